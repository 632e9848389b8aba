"""Commands about records: incidents and cases."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from evidence_app import taxonomy
from evidence_app.cli.common import error, print_json, unlock
from evidence_app.errors import UsageError, ValidationError

MAX_JSON_BYTES = 20 * 1024 * 1024


def register(sub: Any) -> None:
    p = sub.add_parser("incident", help="record, list and show incidents")
    isub = p.add_subparsers(dest="incident_command", required=True, metavar="ACTION")

    q = isub.add_parser("add", help="record a new incident; prints its id")
    q.add_argument("--json", metavar="FILE|-", help="a full record in the JSON record format "
                   "(docs/record-format.md); '-' reads standard input")
    q.add_argument("--title")
    q.add_argument("--type", action="append", default=[], metavar="CODE",
                   help="violation type code (AIR, SHL, BRN, DET, KIL...); repeat for several")
    q.add_argument("--date", metavar="YYYY-MM-DD[/YYYY-MM-DD]",
                   help="the date, or a range start/end")
    q.add_argument("--precision", choices=["exact", "day", "week", "month", "range"],
                   help="how precise the date is (default: day, or range for a range)")
    q.add_argument("--time", metavar="HH:MM", help="local time of day, if known")
    q.add_argument("--place", metavar='"Village, Township, State/Region"',
                   help="from smallest to largest, comma-separated; two parts are read as "
                        "township and state/region when the township is known, else as "
                        "village and state/region")
    q.add_argument("--lat", type=float)
    q.add_argument("--lon", type=float)
    q.add_argument("--accuracy-m", type=int, help="how precise the coordinates are, in metres")
    q.add_argument("--cannot-locate", action="store_true",
                   help="the place cannot be located precisely")
    q.add_argument("--description", default="", help="the narrative, in any language")
    q.add_argument("--language", default=None, help="language of the narrative (my, en...)")
    q.add_argument("--case", action="append", default=[], metavar="ID",
                   help="put it into this case (id or reference)")
    q.set_defaults(handler=cmd_incident_add)

    q = isub.add_parser("edit", help="replace an incident's content with a JSON record")
    q.add_argument("id")
    q.add_argument("--json", required=True, metavar="FILE|-")
    q.set_defaults(handler=cmd_incident_edit)

    q = isub.add_parser("list", help="list incidents (newest first)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--case", metavar="ID")
    q.add_argument("--type", action="append", default=[], metavar="CODE")
    q.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--search", default="", metavar="TEXT",
                   help="full-text search, Burmese or English (3+ characters match fastest)")
    q.add_argument("--state", dest="state_region", metavar="STATE/REGION")
    q.add_argument("--township")
    q.add_argument("--status", choices=["draft", "ready_for_review", "verified", "returned"])
    q.add_argument("--limit", type=int, default=100)
    q.add_argument("--offset", type=int, default=0)
    q.set_defaults(handler=cmd_incident_list)

    q = isub.add_parser("show", help="show one incident")
    q.add_argument("id")
    q.add_argument("--json", action="store_true", help="print the JSON record")
    q.set_defaults(handler=cmd_incident_show)

    q = isub.add_parser("review", help="change review status (signed sign-off)")
    q.add_argument("id")
    q.add_argument("status", choices=["draft", "ready_for_review", "verified", "returned"])
    q.add_argument("--comment", default="")
    q.set_defaults(handler=cmd_incident_review)

    p = sub.add_parser("case", help="cases that gather incidents")
    csub = p.add_subparsers(dest="case_command", required=True, metavar="ACTION")
    q = csub.add_parser("add", help="create a case; prints its id")
    q.add_argument("--reference", required=True,
                   help="letters, digits and . _ - / with no spaces, e.g. MMR-EA-2024-01")
    q.add_argument("--title", required=True)
    q.add_argument("--description", default="")
    q.add_argument("--ern-prefix", default="MMR-EA-0001",
                   help="prefix of the dossier's Evidence Reference Numbers: capital letters "
                        "and digits in groups joined by hyphens (default: %(default)s)")
    q.add_argument("--organisation", default="")
    q.add_argument("--contact", default="")
    q.add_argument("--confidentiality", default="confidential",
                   choices=["public", "confidential", "under_seal"])
    q.set_defaults(handler=cmd_case_add)
    q = csub.add_parser("list", help="list cases")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_case_list)
    q = csub.add_parser("include", help="put incidents into a case")
    q.add_argument("case")
    q.add_argument("incident", nargs="+")
    q.set_defaults(handler=cmd_case_include)
    q = csub.add_parser("exclude", help="take incidents out of a case (they are kept)")
    q.add_argument("case")
    q.add_argument("incident", nargs="+")
    q.set_defaults(handler=cmd_case_exclude)


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _load_json(source: str) -> Any:
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_JSON_BYTES + 1)
        else:
            path = Path(source)
            if path.stat().st_size > MAX_JSON_BYTES:
                raise ValidationError("the JSON file is larger than 20 MiB", field="json")
            raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {source}: {exc.strerror or exc}") from exc
    if len(raw) > MAX_JSON_BYTES:
        raise ValidationError("the JSON input is larger than 20 MiB", field="json")
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ValidationError(f"the JSON is not UTF-8 text (byte {exc.start})",
                              field="json") from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(f"invalid JSON at line {exc.lineno}, column {exc.colno}: "
                              f"{exc.msg}", field="json") from exc


def record_from_options(args: argparse.Namespace) -> dict[str, Any]:
    """Build a JSON record from the quick-entry options of ``incident add``."""
    missing = [name for name, value in (("--title", args.title), ("--type", args.type),
                                        ("--date", args.date), ("--place", args.place))
               if not value]
    if missing:
        raise UsageError(f"incident add needs {', '.join(missing)} (or a full record with "
                         "--json FILE)")
    start, _, end = args.date.partition("/")
    precision = args.precision or ("range" if end else "day")
    parts = [p.strip() for p in args.place.split(",") if p.strip()]
    place: dict[str, Any] = {"status": "cannot_locate" if args.cannot_locate else "located"}
    if parts:
        place["state_region"] = parts[-1]
    keys_by_count = {1: [], 2: ["village"], 3: ["village", "township"],
                     4: ["village", "village_tract", "township"],
                     5: ["village", "village_tract", "township", "district"]}
    if len(parts) > 5:
        raise ValidationError("give at most 5 place levels: village, village tract, township, "
                              "district, state/region", field="place")
    levels = list(keys_by_count[len(parts)])
    if len(parts) == 2 and taxonomy.find_township(parts[0], parts[1]):
        levels = ["township"]  # "Kanbalu, Sagaing": a township, not a village called Kanbalu
    for key, value in zip(levels, parts, strict=False):
        place[key] = value
    if args.lat is not None or args.lon is not None:
        place.update(latitude=args.lat, longitude=args.lon, accuracy_m=args.accuracy_m)
    language = args.language or ("my" if any("\u1000" <= c <= "\u109f"
                                              for c in args.description) else "en")
    return {"title": args.title, "narrative": args.description, "narrative_language": language,
            "date": {"start": start, "end": end or None, "precision": precision,
                     "time": args.time},
            "place": place, "acts": [{"violation": code} for code in args.type],
            "cases": args.case}


def cmd_incident_add(args: argparse.Namespace) -> int:
    from evidence_app.services import incidents

    data = _load_json(args.json) if args.json else record_from_options(args)
    record = incidents.parse_record(data)  # validate before asking for the passphrase
    _warn_zawgyi(data)
    with unlock(args) as ws:
        created = incidents.create_incident(ws, record)
    print(created.id)
    return 0


def _warn_zawgyi(data: Any) -> None:
    """Say which fields hold Zawgyi-encoded Burmese (saved, but search and the dossier would
    show them wrongly); the CSV import and the window warn the same way."""
    from evidence_app.services.csv_io import zawgyi_fields

    found = zawgyi_fields(data)
    if found:
        error(f"warning: {', '.join(found)} look(s) like Zawgyi-encoded Burmese, not Unicode; "
              "it is saved, but will not search or print correctly. Convert it to Unicode "
              "and edit the incident.")


def cmd_incident_edit(args: argparse.Namespace) -> int:
    from evidence_app.services import incidents

    data = _load_json(args.json)
    record = incidents.parse_record(data)
    _warn_zawgyi(data)
    with unlock(args) as ws:
        updated = incidents.update_incident(ws, args.id, record)
    print(f"{updated.id} revision {updated.revision}")
    return 0


def cmd_incident_list(args: argparse.Namespace) -> int:
    from evidence_app.services import incidents

    flt = incidents.IncidentFilter(
        search=args.search, case_id=args.case, violation_codes=args.type,
        date_from=args.date_from, date_to=args.date_to, state_region=args.state_region,
        township=args.township, review_status=args.status)
    with unlock(args) as ws:
        page = incidents.list_incidents(ws, flt, offset=args.offset, limit=args.limit)
    if args.json:
        print_json({"total": page.total, "incidents": [r.model_dump(mode="json")
                                                      for r in page.rows]})
        return 0
    for r in page.rows:
        when = r.date_start.isoformat() if r.date_start else "undated"
        place = ", ".join(p for p in (r.village, r.township, r.state_region) if p)
        print(f"{r.id}  {when:<10}  {','.join(r.violation_codes):<8}  {r.evidence_count:>3} "
              f"items  {r.review_status:<16}  {r.title}  [{place}]")
    print(f"{page.total} incident(s) match; showing {len(page.rows)}.", file=sys.stderr)
    return 0


def cmd_incident_show(args: argparse.Namespace) -> int:
    from evidence_app.services import incidents

    with unlock(args) as ws:
        if args.json:
            print_json(incidents.get_record(ws, args.id))
            return 0
        inc = incidents.get_incident(ws, args.id)
    d, p = inc.date, inc.place
    print(f"{inc.title}\n  id {inc.id}  revision {inc.revision}  status {inc.review_status}")
    print(f"  date {d.start}{'/' + str(d.end) if d.end else ''} ({d.precision})"
          f"{' ' + d.time if d.time else ''}")
    print("  place " + ", ".join(x for x in (p.village, p.village_tract, p.township,
                                             p.district, p.state_region) if x)
          + (f"  ({p.latitude}, {p.longitude} ±{p.accuracy_m} m)" if p.latitude else "")
          + (" (cannot locate)" if p.status == "cannot_locate" else ""))
    for act in inc.acts:
        print(f"  act {act.violation}: {', '.join(act.characterizations) or '-'}")
    print(f"  evidence items: {inc.evidence_count}\n\n{inc.narrative}")
    return 0


def cmd_incident_review(args: argparse.Namespace) -> int:
    from evidence_app.services import incidents

    with unlock(args) as ws:
        incidents.set_review_status(ws, args.id, args.status, args.comment)
    print(f"{args.id} is now {args.status}")
    return 0


def cmd_case_add(args: argparse.Namespace) -> int:
    from evidence_app.services import cases

    try:
        data = cases.parse_case({k: getattr(args, k) for k in (
            "reference", "title", "description", "ern_prefix", "organisation", "contact",
            "confidentiality")})
    except ValidationError as exc:  # name the option the user typed, not the model's field
        if exc.field:
            exc.field = "--" + exc.field.replace("_", "-")
        raise
    with unlock(args) as ws:
        case = cases.create_case(ws, data)
    print(case.id)
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    from evidence_app.services import cases

    with unlock(args) as ws:
        rows = cases.list_cases(ws)
    if args.json:
        print_json([c.model_dump(mode="json") for c in rows])
    else:
        for c in rows:
            print(f"{c.id}  {c.reference:<16}  {c.incident_count:>5} incidents  {c.title}")
    return 0


def cmd_case_include(args: argparse.Namespace) -> int:
    from evidence_app.services import cases

    with unlock(args) as ws:
        added = cases.add_incidents(ws, args.case, args.incident)
    print(f"{added} incident(s) added to {args.case}")
    return 0


def cmd_case_exclude(args: argparse.Namespace) -> int:
    from evidence_app.services import cases

    with unlock(args) as ws:
        removed = cases.remove_incidents(ws, args.case, args.incident)
    print(f"{removed} incident(s) taken out of {args.case}")
    return 0
