"""CSV interchange: import incidents (with their files) from a spreadsheet, export them with
ACLED-compatible columns (docs/csv-format.md).

Import is two steps so that nothing is written until a person has seen every problem:
:func:`read_csv_import` decodes and validates every row (UTF-8 or UTF-16 with BOM; Zawgyi-encoded
Burmese detected with ``myanmartools`` and warned about; dates, coordinates, counts and the files
each row names checked) and returns a report that lists every bad row; :func:`import_csv`
re-checks against the workspace (cases exist, ids unused) and only then records the incidents and
ingests their files through the ordinary services (hash, encrypt, sign, custody). A row's files
are extracted one at a time into a private temporary folder, ingested and removed: the source zip
is itself plaintext, and this keeps at most one file's copy on disk at any time.

Export writes one row per act (ACLED codes one event type per row) with ACLED's columns first,
then our ids. Text cells that a spreadsheet would run as a formula are prefixed with ``'``.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from myanmartools import ZawgyiDetector
from sqlmodel import col, select

from evidence_app import taxonomy
from evidence_app.errors import BundleRejected, Cancelled, UsageError, ValidationError
from evidence_app.model.schemas import IncidentCreate
from evidence_app.model.tables import Case, CaseIncident, Incident
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import cases as cases_service
from evidence_app.services import custody, incidents, ingest, records
from evidence_app.services.bundle.reader import BundleArchive, check_member_name, open_zip
from evidence_app.services.workspace import Workspace

MAX_CSV = 64 << 20
REQUIRED = ("title", "violations")
COLUMNS = (
    "id", "title", "narrative", "narrative_language", "date_start", "date_end",
    "date_precision", "time", "date_basis", "state_region", "district", "township",
    "village_tract", "village", "place_description", "latitude", "longitude", "accuracy_m",
    "location_status", "place_basis", "violations", "characterizations", "perpetrator",
    "perpetrator_class", "killed", "injured", "detained", "disappeared", "displaced",
    "confidentiality", "cases", "files", "file_acquired", "file_url", "file_description")
OUTCOMES = ("killed", "injured", "detained", "disappeared", "displaced")
ACLED_COLUMNS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "inter1", "actor2", "inter2", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "fatalities", "notes", "source", "iso", "country",
    "incident_id", "act", "violation_code")
# Myanmar's extent, for a warning only (swapped or mistyped coordinates).
_LAT = (9.5, 28.6)
_LON = (92.1, 101.2)
_MYANMAR = re.compile("[\u1000-\u109f\uaa60-\uaa7f]")
_FIELD_OF = {"date": "date_start", "date.start": "date_start", "date.end": "date_end",
             "date.precision": "date_precision", "date.time": "time",
             "place": "latitude", "place.latitude": "latitude",
             "place.longitude": "longitude", "place.state_region": "state_region",
             "place.accuracy_m": "accuracy_m", "place.status": "location_status",
             "acts": "violations"}


@dataclass
class CsvRow:
    """One data row: its line in the file, the record it makes, its files, its problems."""

    line: int
    record: IncidentCreate | None = None
    files: list[str] = field(default_factory=list)
    acquisition: ingest.Acquisition = field(default_factory=ingest.Acquisition)
    problems: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.record is not None


@dataclass
class CsvImportPlan:
    """The validation report of a CSV (nothing written yet)."""

    source: Path
    csv_name: str
    is_zip: bool
    rows: list[CsvRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def valid_rows(self) -> list[CsvRow]:
        return [r for r in self.rows if r.ok]

    @property
    def invalid_rows(self) -> list[CsvRow]:
        return [r for r in self.rows if not r.ok]


@dataclass
class CsvImportResult:
    incident_ids: list[str] = field(default_factory=list)
    items: int = 0
    failures: list[str] = field(default_factory=list)
    cancelled: bool = False


# --- reading ----------------------------------------------------------------------------------

def decode_csv(raw: bytes, name: str) -> str:
    """Text of a CSV file: UTF-8 (BOM optional) or UTF-16 with BOM; anything else is refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"{name} is damaged UTF-16 text.", field="file") from exc
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[:exc.start].count(b"\n") + 1
            raise ValidationError(
                f"{name} is not UTF-8 text (line {line} has byte 0x{raw[exc.start]:02x}, e.g. "
                "a legacy code page). Save it from your spreadsheet as 'CSV UTF-8' and try "
                "again. Nothing was imported.", field="file") from exc
    if "\x00" in text:
        raise ValidationError(f"{name} contains NUL characters: it is not a text CSV.",
                              field="file")
    return text


def read_csv_import(path: Path) -> CsvImportPlan:
    """Decode and validate ``path`` (a .csv, or a .zip holding one .csv and its files).

    Raises :class:`ValidationError` for problems with the file as a whole (encoding, missing
    columns, unsafe zip); problems of single rows are listed in the returned plan.
    """
    if path.suffix.lower() == ".zip":
        try:
            with open_zip(path) as archive:
                csv_names = [n for n in archive.members if n.lower().endswith(".csv")]
                if len(csv_names) != 1:
                    raise ValidationError(f"{path.name} must hold exactly one .csv file "
                                          f"(it holds {len(csv_names)}).", field="file")
                raw = archive.read(csv_names[0], MAX_CSV)
                plan = CsvImportPlan(path, csv_names[0], True)
                _parse(plan, decode_csv(raw, csv_names[0]), archive)
                return plan
        except BundleRejected as exc:
            raise ValidationError(exc.message, field="file") from exc
    try:
        if path.stat().st_size > MAX_CSV:
            raise ValidationError(f"{path.name} is larger than {MAX_CSV >> 20} MiB.")
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror or exc}", field="file") \
            from exc
    plan = CsvImportPlan(path, path.name, False)
    _parse(plan, decode_csv(raw, path.name), None)
    return plan


def _parse(plan: CsvImportPlan, text: str, archive: BundleArchive | None) -> None:
    first = text.split("\n", 1)[0]
    delimiter = "," if "," in first else ";" if ";" in first else "\t" if "\t" in first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration as exc:
        raise ValidationError(f"{plan.csv_name} is empty.", field="file") from exc
    except csv.Error as exc:
        raise ValidationError(f"{plan.csv_name}: {exc}", field="file") from exc
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ValidationError(f"{plan.csv_name} has no column {', '.join(missing)}; the first "
                              "line must name the columns (docs/csv-format.md).", field="file")
    if len(set(header)) != len(header):
        raise ValidationError(f"{plan.csv_name} names a column twice.", field="file")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        plan.warnings.append(f"ignored unknown column(s): {', '.join(unknown)}")
    seen_ids: dict[str, int] = {}
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            plan.rows.append(CsvRow(reader.line_num, problems=[("row", str(exc))]))
            break
        if not any(v.strip() for v in values):
            continue
        row = CsvRow(reader.line_num)
        plan.rows.append(row)
        if len(values) != len(header):
            row.problems.append(("row", f"has {len(values)} fields where the header has "
                                        f"{len(header)} (a stray comma or quote?)"))
            continue
        cells = {h: v.strip() for h, v in zip(header, values, strict=True) if h in COLUMNS}
        for column, value in cells.items():
            if looks_like_zawgyi(value):
                row.warnings.append((column, "looks like Zawgyi-encoded Burmese, not Unicode; "
                                             "convert it first or it will not search or print "
                                             "correctly"))
        _validate_row(row, cells, archive, plan.source)
        if row.record is not None and row.record.id:
            if row.record.id in seen_ids:
                row.problems.append(("id", f"the same id is on line {seen_ids[row.record.id]}"))
            seen_ids.setdefault(row.record.id, row.line)


@functools.cache
def _zawgyi_detector() -> ZawgyiDetector:
    return ZawgyiDetector()


def looks_like_zawgyi(text: str) -> bool:
    """Whether ``text`` is Burmese in the Zawgyi encoding rather than Unicode (it would not
    search or print correctly); myanmartools' detector, probability > 0.95."""
    return bool(_MYANMAR.search(text)) and _zawgyi_detector().get_zawgyi_probability(text) > 0.95


def zawgyi_fields(data: Any, where: str = "") -> list[str]:
    """The paths (``title``, ``acts[0].description``) of the strings in a JSON-like record
    that look like Zawgyi-encoded Burmese; for a warning (the record is still valid)."""
    if isinstance(data, str):
        return [where] if looks_like_zawgyi(data) else []
    if isinstance(data, dict):
        return [p for key, value in data.items()
                for p in zawgyi_fields(value, f"{where}.{key}" if where else str(key))]
    if isinstance(data, list):
        return [p for i, value in enumerate(data) for p in zawgyi_fields(value, f"{where}[{i}]")]
    return []


def _date(row: CsvRow, cells: dict[str, str], column: str) -> str | None:
    value = cells.get(column, "")
    if not value:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        row.problems.append((column, f"{value!r} is not a date; write YYYY-MM-DD "
                                     "(e.g. 2023-04-11)"))
        return None
    if parsed > date.today():
        row.problems.append((column, f"{value} is in the future"))
    elif parsed.year < 1948:
        row.problems.append((column, f"{value} is before 1948; is the year right?"))
    return value


def _number(row: CsvRow, cells: dict[str, str], column: str, kind: type) -> Any:
    value = cells.get(column, "")
    if not value:
        return None
    try:
        return kind(value.replace(",", "") if kind is int else value)
    except ValueError:
        word = "a whole number" if kind is int else "a number (decimal point, not comma)"
        row.problems.append((column, f"{value!r} is not {word}"))
        return None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _validate_row(row: CsvRow, cells: dict[str, str], archive: BundleArchive | None,
                  source: Path) -> None:
    lat = _number(row, cells, "latitude", float)
    lon = _number(row, cells, "longitude", float)
    if lat is not None and lon is not None:
        if not -90 <= lat <= 90 and -90 <= lon <= 90:
            row.problems.append(("latitude", f"{lat} is not a latitude; are latitude and "
                                             "longitude swapped?"))
        elif not (_LAT[0] <= lat <= _LAT[1] and _LON[0] <= lon <= _LON[1]):
            row.warnings.append(("latitude", f"{lat}, {lon} is outside Myanmar; check it"))
    counts = {o: _number(row, cells, o, int) for o in OUTCOMES}
    start, end = _date(row, cells, "date_start"), _date(row, cells, "date_end")
    act: dict[str, Any] = {
        "characterizations": _split(cells.get("characterizations", "")),
        "victims": [{"outcome": o, "count": n} for o, n in counts.items() if n is not None]}
    if cells.get("perpetrator"):
        act["perpetrators"] = [{"name": cells["perpetrator"],
                                "actor_class": _number(row, cells, "perpetrator_class", int)}]
    codes = _split(cells.get("violations", ""))
    acts = [{**act, "violation": codes[0]}] + [{"violation": c} for c in codes[1:]] \
        if codes else []
    precision = cells.get("date_precision") or ("range" if end else "day" if start
                                                else "unknown")
    data: dict[str, Any] = {
        "title": cells.get("title", ""), "narrative": cells.get("narrative", ""),
        "narrative_language": cells.get("narrative_language") or (
            "my" if _MYANMAR.search(cells.get("narrative", "")) else "en"),
        "date": {"start": start, "end": end, "precision": precision,
                 "time": cells.get("time") or None, "basis": cells.get("date_basis", "")},
        "place": {"state_region": cells.get("state_region") or None,
                  "district": cells.get("district") or None,
                  "township": cells.get("township") or None,
                  "village_tract": cells.get("village_tract") or None,
                  "village": cells.get("village") or None,
                  "description": cells.get("place_description", ""), "latitude": lat,
                  "longitude": lon, "accuracy_m": _number(row, cells, "accuracy_m", int),
                  "status": cells.get("location_status") or "located",
                  "basis": cells.get("place_basis", "")},
        "acts": acts, "confidentiality": cells.get("confidentiality") or "confidential",
        "cases": _split(cells.get("cases", ""))}
    if cells.get("id"):
        data["id"] = cells["id"].lower()
    if row.problems:
        return
    try:
        row.record = incidents.parse_record(data)
    except ValidationError as exc:
        for where, message in exc.problems:
            column = _FIELD_OF.get(where, _FIELD_OF.get(where.rsplit(".", 1)[0], where))
            if where.startswith("acts"):
                column = "violations" if "violation" in where or where == "acts" else \
                    "perpetrator" if "perpetrators" in where else \
                    "characterizations" if "characterizations" in where else "killed"
            row.problems.append((column, message))
    row.acquisition = ingest.Acquisition(method=cells.get("file_acquired") or "import",
                                         url=cells.get("file_url") or None,
                                         description=cells.get("file_description", ""))
    try:
        row.acquisition.validate()
    except ValidationError as exc:
        row.problems.append(("file_acquired", exc.message))
    for name in _split(cells.get("files", "")):
        problem = _file_problem(name, archive, source)
        if problem:
            row.problems.append(("files", problem))
        else:
            row.files.append(name)


def _file_problem(name: str, archive: BundleArchive | None, source: Path) -> str | None:
    try:
        check_member_name(name)
    except BundleRejected:
        return f"{name!r} is not a relative path inside the {'zip' if archive else 'folder'}"
    if archive is not None:
        if name not in archive.members:
            return f"{name} is not in the zip"
        if archive.file_size(name) == 0:
            return f"{name} is empty"
        return None
    path = source.parent / PurePosixPath(name)
    if not path.is_file() or path.is_symlink():
        return f"{name} is not a file next to the CSV"
    return None


def report_text(plan: CsvImportPlan) -> str:
    """The validation report for a person: every bad row, every warning."""
    lines = [f"{plan.csv_name}: {len(plan.rows)} row(s), {len(plan.valid_rows)} valid, "
             f"{len(plan.invalid_rows)} with problems."]
    lines += [f"  note: {w}" for w in plan.warnings]
    for row in plan.rows:
        for column, message in row.problems:
            lines.append(f"  line {row.line}: ERROR {column}: {message}")
        for column, message in row.warnings:
            lines.append(f"  line {row.line}: warning {column}: {message}")
    return "\n".join(lines)


# --- importing --------------------------------------------------------------------------------

def import_csv(ws: Workspace, plan: CsvImportPlan, *, skip_invalid: bool = False,
               progress: ProgressFn = no_progress,
               cancel: CancelToken | None = None) -> CsvImportResult:
    """Record the plan's incidents and ingest their files.

    Raises :class:`ValidationError` listing every problem, with nothing written, if any row is
    invalid (unless ``skip_invalid``) or names a case that does not exist or an id already used.
    """
    if plan.invalid_rows and not skip_invalid:
        raise ValidationError(f"{len(plan.invalid_rows)} row(s) have problems; nothing was "
                              "imported", problems=[(f"line {r.line} {c}", m)
                                                    for r in plan.invalid_rows
                                                    for c, m in r.problems])
    rows = plan.valid_rows
    problems: list[tuple[str, str]] = []
    with ws.session(write=False) as session:
        for row in rows:
            assert row.record is not None
            if row.record.id and session.get(Incident, row.record.id) is not None:
                problems.append((f"line {row.line} id", "an incident with this id exists"))
            for ref in row.record.cases:
                if session.get(Case, ref) is None and session.exec(
                        select(Case).where(Case.reference == ref)).first() is None:
                    problems.append((f"line {row.line} cases", f"no case {ref!r} here"))
    if problems:
        raise ValidationError(f"{len(problems)} problem(s) with this workspace; nothing was "
                              f"imported: {problems[0][0]}: {problems[0][1]}", problems=problems)
    result = CsvImportResult()
    with _extractor(plan) as extract:
        for index, row in enumerate(rows):
            assert row.record is not None
            if cancel is not None and cancel.cancelled:
                result.cancelled = True
                break
            progress(index, len(rows), f"line {row.line}")
            created = incidents.create_incident(ws, row.record)
            result.incident_ids.append(created.id)
            for name in row.files:
                try:
                    path = extract(name)
                    outcome = ingest.ingest_files(ws, created.id, [path], row.acquisition,
                                                  cancel=cancel)
                finally:
                    extract(None)
                result.items += len(outcome.items)
                result.failures += [f"line {row.line} {name}: {f.reason}"
                                    for f in outcome.failures]
                if outcome.cancelled:
                    raise Cancelled("Cancelled; the incidents imported so far are kept.")
    progress(len(rows), len(rows), "done")
    return result


@dataclass
class _Extract:
    plan: CsvImportPlan
    archive: BundleArchive | None
    folder: Path
    current: Path | None = None

    def __call__(self, name: str | None) -> Path:
        if self.current is not None:
            self.current.unlink(missing_ok=True)
            self.current = None
        if name is None:
            return self.folder
        if self.archive is None:
            return self.plan.source.parent / PurePosixPath(name)
        target = self.folder / PurePosixPath(name).name
        with self.archive.open(name) as src, target.open("xb") as out:
            target.chmod(0o600)
            shutil.copyfileobj(src, out, 1 << 20)
        self.current = target
        return target


@contextlib.contextmanager
def _extractor(plan: CsvImportPlan) -> Iterator[_Extract]:
    """Yield a function extracting one zip member at a time into a private temp folder."""
    folder = Path(tempfile.mkdtemp(prefix="evidence-csv-"))
    folder.chmod(0o700)
    try:
        if plan.is_zip:
            with open_zip(plan.source) as archive:
                yield _Extract(plan, archive, folder)
        else:
            yield _Extract(plan, None, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- exporting --------------------------------------------------------------------------------

def _safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _time_precision(record: dict[str, Any]) -> tuple[str, str]:
    d = record["date"]
    if not d["start"]:
        return "", ""
    precision = d["precision"]
    if precision == "range" and d["end"]:
        days = (date.fromisoformat(d["end"]) - date.fromisoformat(d["start"])).days
        return d["start"], "1" if days < 1 else "2" if days <= 7 else "3"
    return d["start"], {"exact": "1", "day": "1", "week": "2", "month": "3"}.get(precision, "3")


def _geo_precision(place: dict[str, Any]) -> str:
    if place["status"] == "cannot_locate":
        return "3"
    accuracy = place["accuracy_m"]
    if place["latitude"] is not None and (place["village"] or (accuracy or 10**9) <= 1000):
        return "1"
    if place["township"] or (accuracy or 10**9) <= 25_000:
        return "2"
    return "3"


def acled_rows(record: dict[str, Any], source: str) -> Iterator[dict[str, str]]:
    """The ACLED-style rows (one per act) of one incident record."""
    event_date, time_precision = _time_precision(record)
    place = record["place"]
    location = place["village"] or place["village_tract"] or place["township"] \
        or place["state_region"] or ""
    notes = record["title"] + (f". {record['narrative']}" if record["narrative"] else "")
    for number, act in enumerate(record["acts"], 1):
        kind = taxonomy.violation(act["violation"])
        perps = act["perpetrators"]
        victims = act["victims"]
        harmed = any(v["count"] for v in victims)
        yield {
            "event_date": event_date, "time_precision": time_precision,
            "event_type": kind.acled_event_type or "", "sub_event_type":
            kind.acled_sub_event_type or "",
            "actor1": _safe_cell(perps[0]["name"]) if perps else "",
            "assoc_actor_1": _safe_cell("; ".join(p["name"] for p in perps[1:])),
            "inter1": str(perps[0]["actor_class"] or "") if perps else "",
            "actor2": "Civilians (Myanmar)" if harmed else "", "inter2": "7" if harmed else "",
            "admin1": place["state_region"] or "", "admin2": place["district"] or "",
            "admin3": place["township"] or "", "location": _safe_cell(location),
            "latitude": "" if place["latitude"] is None else f"{place['latitude']:.5f}",
            "longitude": "" if place["longitude"] is None else f"{place['longitude']:.5f}",
            "geo_precision": _geo_precision(place),
            "fatalities": str(sum(v["count"] for v in victims if v["outcome"] == "killed")),
            "notes": _safe_cell(notes), "source": _safe_cell(source), "iso": "104",
            "country": "Myanmar", "incident_id": record["id"], "act": str(number),
            "violation_code": act["violation"]}


def export_csv(ws: Workspace, output: Path, *, case: str | None = None) -> int:
    """Write the incidents (of ``case``, or all) to ``output``; return the number of rows.

    The CSV is plaintext (the caller warns); the export is recorded on the workspace's custody
    chain. Raises :class:`UsageError` when ``output`` exists (never overwritten) or its folder
    does not (a FileNotFoundError traceback on the command line before), and
    :class:`NotFound` for an unknown case.
    """
    from evidence_app.vault.files import atomic_writer

    if output.exists():
        raise UsageError(f"{output} already exists; choose a new file name.")
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.")
    with ws.session(write=False) as session:
        if case:
            case_row = cases_service.find_case(session, case)
            ids = list(session.exec(select(Incident.id).join(
                CaseIncident, col(CaseIncident.incident_id) == Incident.id)
                .where(CaseIncident.case_id == case_row.id)
                .order_by(col(Incident.date_start), col(Incident.id))))
            source = case_row.organisation or "Evidence App"
        else:
            ids = list(session.exec(select(Incident.id).order_by(col(Incident.date_start),
                                                                 col(Incident.id))))
            source = "Evidence App"
        buffer = io.StringIO(newline="")
        writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        count = 0
        for incident_id in ids:
            row = session.get(Incident, incident_id)
            assert row is not None
            for out in acled_rows(records.to_record(session, row), source):
                writer.writerow(out)
                count += 1
    with atomic_writer(output) as handle:
        handle.write(buffer.getvalue().encode("utf-8"))
    with ws.session() as session:
        custody.append(session, ws, "workspace", ws.keyfile.workspace_id, "export", {
            "kind": "csv", "case": case, "incidents": len(ids), "rows": count,
            "at": datetime.now().astimezone().isoformat(timespec="seconds")})
    return count
