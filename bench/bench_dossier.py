"""Benchmark: a dossier of 500 incidents and 1,000 exhibits against raw reportlab.

Builds a real workspace (records inserted in bulk, evidence files ingested through the real
ingest path so that hashes, signatures and custody verify), exports the signed dossier through
``services.dossier.export_dossier`` exactly as the CLI does (verification, layout, attachments,
PAdES signature, custody events included), then builds the same number of pages with raw
reportlab (paragraphs and a table per page, standard fonts, no shaping). Each run happens in
its own child process so that its peak RSS is its own. Goals (issue 5): our pages per second
>= 0.5x raw reportlab's; peak RSS <= 500 MiB.

    python bench/bench_dossier.py [--small] [--incidents 500] [--exhibits 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PASS = "benchmark passphrase"
STATES = [("Sagaing", "Kanbalu"), ("Magway", "Gangaw"), ("Chin", "Falam"),
          ("Kayah", "Demoso"), ("Shan", "Lashio"), ("Rakhine", "Pauktaw")]
CODES = [("AIR", ["8(2)(e)(i)", "7(1)(a)"]), ("SHL", ["8(2)(e)(i)"]),
         ("BRN", ["8(2)(e)(xii)", "7(1)(d)"]), ("DET", ["8(2)(c)(iv)", "7(1)(e)"]),
         ("KIL", ["8(2)(c)(i)", "7(1)(a)"]), ("TOR", ["8(2)(c)(i)", "7(1)(f)"])]
BURMESE = ("နံနက် ၇ နာရီခန့်တွင် စစ်ဂျက်လေယာဉ် တစ်စင်းသည် ကျေးရွာ အရှေ့ဘက်ရှိ ဈေးနှင့် "
           "မူလတန်းကျောင်းအနီးသို့ ဗုံးနှစ်လုံး ကြဲချခဲ့သည်။ အရပ်သား ငါးဦး သေဆုံးခဲ့ပြီး ကိုးဦး "
           "ဒဏ်ရာရခဲ့သည်။ ရွာအတွင်း လက်နက်ကိုင်အဖွဲ့၏ စခန်း မရှိကြောင်း မျက်မြင်သက်သေ နှစ်ဦးက "
           "ပြောကြားသည်။")
ENGLISH = ("At about 07:30 a jet aircraft dropped two bombs near the market and the primary "
           "school on the east side of the village. Five civilians were killed and nine were "
           "injured. Two eyewitnesses say there was no camp of any armed group in or near the "
           "village; seven houses and a school building were damaged.")


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def populate(root: Path, n_incidents: int, n_exhibits: int) -> str:
    """Create the workspace; return the case id. Records in bulk, evidence via ingest."""
    from sqlalchemy import insert

    from evidence_app.media import synth
    from evidence_app.model.schemas import CaseCreate
    from evidence_app.model.tables import (
        Act,
        CaseIncident,
        Incident,
        IncidentTranslation,
        Involvement,
        Person,
        VictimCount,
    )
    from evidence_app.services import cases, ingest
    from evidence_app.services.workspace import create_workspace
    from tests.conftest import fast_kdf

    rng = random.Random(5)
    ws = create_workspace(root, PASS, "Bench advocate", team="Bench team", kdf=fast_kdf())
    case = cases.create_case(ws, CaseCreate(reference="BENCH-1", title="Benchmark case",
                                            organisation="Bench organisation",
                                            contact="desk@example.org"))
    now = datetime.now(UTC)
    rows: dict[str, list[dict[str, object]]] = {k: [] for k in (
        "incident", "act", "victims", "translation", "person", "involvement", "link")}
    incident_ids = []
    for i in range(n_incidents):
        iid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        incident_ids.append(iid)
        state, township = STATES[i % len(STATES)]
        burmese = i % 2 == 0
        rows["incident"].append({
            "id": iid, "title": (f"ကျေးရွာ {i} လေကြောင်းတိုက်ခိုက်မှု" if burmese
                                 else f"Airstrike on village {i}"),
            "narrative": BURMESE if burmese else ENGLISH,
            "narrative_language": "my" if burmese else "en",
            "date_start": date(2022, 1, 1) + timedelta(days=rng.randrange(900)),
            "date_end": None, "date_precision": "day", "time_local": "07:30",
            "date_basis": "Two witness statements.", "state_region": state, "district": None,
            "township": township, "village_tract": None, "village": f"Village {i}",
            "place_description": "", "latitude": 21.0 + rng.random(), "longitude": 95.0
            + rng.random(), "accuracy_m": 100, "location_status": "located", "place_basis": "",
            "confidentiality": "confidential", "review_status": "verified",
            "review_comment": "", "revision": 1, "created_at": now,
            "created_by": ws.fingerprint, "updated_at": now, "updated_by": ws.fingerprint})
        if burmese:
            rows["translation"].append({"id": str(uuid.uuid4()), "incident_id": iid,
                                        "language": "en", "title": f"Airstrike on village {i}",
                                        "narrative": ENGLISH, "translator": "Bench desk"})
        code, articles = CODES[i % len(CODES)]
        act_id = str(uuid.uuid4())
        rows["act"].append({"id": act_id, "incident_id": iid, "position": 0,
                            "violation_code": code, "description": "Two bombs dropped.",
                            "characterizations": articles})
        rows["victims"].append({"id": str(uuid.uuid4()), "act_id": act_id, "outcome": "killed",
                                "count": rng.randrange(1, 9), "notes": ""})
        person_id = str(uuid.uuid4())
        rows["person"].append({"id": person_id, "pseudonym": f"W-{i:05d}",
                               "real_name": f"Daw Bench Witness {i}", "sex": "female",
                               "age": 40, "ethnicity": "Bamar", "contact": "via FC-2",
                               "consent": "given", "notes": "", "created_at": now})
        rows["involvement"].append({"id": str(uuid.uuid4()), "incident_id": iid,
                                    "person_id": person_id, "role": "witness", "notes": ""})
        rows["link"].append({"case_id": case.id, "incident_id": iid, "added_at": now})
    with ws.engine.begin() as conn:
        for table, key in ((Incident, "incident"), (Act, "act"), (VictimCount, "victims"),
                           (IncidentTranslation, "translation"), (Person, "person"),
                           (Involvement, "involvement"), (CaseIncident, "link")):
            if rows[key]:
                conn.execute(insert(table), rows[key])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = [synth.make_photo(folder / f"photo{k}.jpg", width=480, height=360, seed=k,
                                   lat=21.5, lon=95.5, taken=datetime(2023, 5, 1, tzinfo=UTC))
                  for k in range(12)]
        per_incident = max(1, n_exhibits // n_incidents)
        made = 0
        for index, iid in enumerate(incident_ids):
            paths = []
            for j in range(per_incident if index < n_incidents - 1
                           else n_exhibits - made):
                kind = (made + j) % 3
                if kind == 0:
                    paths.append(photos[(made + j) % len(photos)])
                elif kind == 1:
                    paths.append(synth.make_statement(folder / f"s{made + j}.txt",
                                                      f"Statement {made + j}. " + ENGLISH))
                else:
                    paths.append(synth.make_pdf_document(folder / f"d{made + j}.pdf",
                                                         f"Report {made + j}", [ENGLISH]))
            made += len(paths)
            acq = ingest.Acquisition(method="field", acquired_by="Bench team",
                                     acquired_at=datetime(2023, 5, 2, tzinfo=UTC),
                                     description="Generated benchmark exhibit.",
                                     confidentiality="public", consent="given")
            result = ingest.ingest_files(ws, iid, paths, acq)
            if result.failures:
                raise RuntimeError(result.failures[0].reason)
    ws.lock()
    return case.id


def _count_content() -> dict[str, int]:
    """Count what our layout puts on its pages, for a raw baseline of the same density."""
    from evidence_app.dossier import layout, tables

    counts = {"paragraphs": 0, "chars": 0, "strings": 0}
    make_para, make_fixed, make_cell = layout.Styles.p, layout.Styles.fixed, tables._cell

    def para(self: layout.Styles, text: str, style: Any = None) -> Any:
        counts["paragraphs"] += 1
        counts["chars"] += len(text)
        return make_para(self, text, style)

    def fixed(self: layout.Styles, text: str, style: Any = None) -> Any:
        counts["paragraphs"] += 1
        counts["chars"] += len(text)
        return make_fixed(self, text, style)

    def cell(*args: Any) -> Any:
        made = make_cell(*args)
        if isinstance(made, str) and made:
            counts["strings"] += 1
        return made

    # Counting wrappers, installed in this child process only.
    layout.Styles.p = para  # type: ignore[method-assign]
    layout.Styles.fixed = fixed  # type: ignore[method-assign]
    tables._cell = cell  # type: ignore[assignment]
    return counts


def child_export(root: Path, case_id: str) -> dict[str, float]:
    from evidence_app.services import dossier
    from evidence_app.services.workspace import open_workspace

    counts = _count_content()
    ws = open_workspace(root, PASS)
    out = root.parent / "dossier.pdf"
    start, cpu = time.perf_counter(), time.process_time()
    result = dossier.export_dossier(ws, case=case_id, output=out, overwrite=True)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ws.lock()
    return {"seconds": seconds, "cpu": cpu, "pages": result.pages, "peak_mib": _peak_mib(),
            "size_mib": result.size / 2**20, "exhibits": len(result.exhibits),
            "paragraphs": counts["paragraphs"], "chars": counts["chars"],
            "strings": counts["strings"]}


def child_raw(pages: int, paragraphs: int, chars: int, strings: int,
              out: Path) -> dict[str, float]:
    """The same number of pages, paragraphs (of the same mean length) and table strings,
    with plain reportlab: standard fonts, no shaping, no syllable breaking, no signature."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    words = ENGLISH.split()
    mean_chars = max(1, chars // max(paragraphs, 1))
    text = ""
    while len(text) < mean_chars:
        text += words[len(text) % len(words)] + " "
    text = text[:mean_chars]
    per_page = paragraphs / pages
    rows_per_page = max(1, round(strings / pages / 4))
    start, cpu = time.perf_counter(), time.process_time()
    story = []
    made = 0
    for page in range(pages):
        due = round(per_page * (page + 1)) - made
        made += due
        story += [Paragraph(text, styles["BodyText"]) for _ in range(due)]
        data = [[f"Field {r}", f"value {page}-{r}", "2023-05-02 07:30 UTC", "intact"]
                for r in range(rows_per_page)]
        table = Table(data, colWidths=[90, 150, 140, 80])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
        story += [table, PageBreak()]
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "pages": doc.page, "peak_mib": _peak_mib()}


def child_typical(pages: int, out: Path) -> dict[str, float]:
    """The page NOTES.md measured (164 pages/s): a heading, body paragraphs and a table whose
    cells are paragraphs (how raw reportlab code makes table text wrap)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"]
    start, cpu = time.perf_counter(), time.process_time()
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Exhibit {page}", styles["Heading2"]))
        story += [Paragraph(ENGLISH, styles["BodyText"]) for _ in range(3)]
        data = [[Paragraph(f"Field {r}", cell), Paragraph(f"value {page}-{r}", cell),
                 Paragraph("2023-05-02 07:30 UTC", cell), Paragraph("intact", cell)]
                for r in range(10)]
        table = Table(data, colWidths=[90, 150, 140, 80])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
        story += [table, PageBreak()]
    doc = SimpleDocTemplate(str(out), pagesize=A4)
    doc.build(story)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "pages": doc.page, "peak_mib": _peak_mib()}


def _run_child(*args: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", *args], check=True,
                          capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="50 incidents, 100 exhibits")
    parser.add_argument("--incidents", type=int, default=500)
    parser.add_argument("--exhibits", type=int, default=1000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "export":
            print(json.dumps(child_export(Path(rest[0]), rest[1])))
        elif kind == "typical":
            print(json.dumps(child_typical(int(rest[0]), Path(rest[1]))))
        else:
            pages, paragraphs, chars, strings = (int(x) for x in rest[:4])
            print(json.dumps(child_raw(pages, paragraphs, chars, strings, Path(rest[4]))))
        return
    n_incidents, n_exhibits = (50, 100) if args.small else (args.incidents, args.exhibits)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "ws"
        start = time.perf_counter()
        case_id = populate(root, n_incidents, n_exhibits)
        print(f"workspace: {n_incidents} incidents, {n_exhibits} exhibits in "
              f"{time.perf_counter() - start:.1f} s")
        ours = _run_child("export", str(root), case_id)
        raw = _run_child("raw", *(str(int(ours[k])) for k in ("pages", "paragraphs", "chars",
                                                                  "strings")),
                         str(Path(tmp) / "raw.pdf"))
        typical = _run_child("typical", str(int(ours["pages"])), str(Path(tmp) / "typ.pdf"))
    rate = ours["pages"] / ours["seconds"]
    print(f"dossier (signed, verified, {int(ours['exhibits'])} exhibits): "
          f"{int(ours['pages'])} pages in {ours['seconds']:.1f} s (CPU {ours['cpu']:.1f} s) = "
          f"{rate:.1f} pages/s, "
          f"peak RSS {ours['peak_mib']:.0f} MiB, file {ours['size_mib']:.1f} MiB")
    print(f"  per page: {ours['paragraphs'] / ours['pages']:.1f} paragraphs "
          f"({ours['chars'] / max(ours['paragraphs'], 1):.0f} characters on average) and "
          f"{ours['strings'] / ours['pages']:.1f} table strings")
    for name, run in (("raw reportlab, typical page (NOTES.md: paragraphs + a table)", typical),
                      ("raw reportlab, same paragraphs and strings per page", raw)):
        raw_rate = run["pages"] / run["seconds"]
        ratio = rate / raw_rate
        cpu_ratio = (ours["pages"] / ours["cpu"]) / (run["pages"] / run["cpu"])
        print(f"{name}: {int(run['pages'])} pages in {run['seconds']:.1f} s (CPU "
              f"{run['cpu']:.1f} s) = {raw_rate:.1f} pages/s, peak RSS {run['peak_mib']:.0f} "
              f"MiB -> ratio {ratio:.2f}x, by CPU time {cpu_ratio:.2f}x "
              f"({'meets' if ratio >= 0.5 else 'below'} the 0.5x goal)")
    print(f"peak RSS {ours['peak_mib']:.0f} MiB: "
          f"{'meets' if ours['peak_mib'] <= 500 else 'over'} the 500 MiB goal")


if __name__ == "__main__":
    main()
