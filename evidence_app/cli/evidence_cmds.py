"""Commands about evidence: attach files, list/show/export items, custody, verify.

Exit codes follow :mod:`evidence_app.cli`: 0 success (for ``verify``: everything intact), 1 a
problem (a file that could not be attached, anything ``verify`` found), 2 usage or bad input.
Names and metadata come from untrusted files: they are printed with control characters made
visible, so a crafted file name cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app import taxonomy
from evidence_app.cli.common import ProgressBar, error, print_json, unlock
from evidence_app.errors import UsageError
from evidence_app.progress import ProgressFn
from evidence_app.vault.files import atomic_write_bytes

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace


def register(sub: Any) -> None:
    p = sub.add_parser("attach", help="add evidence files to an incident (hashed, encrypted, "
                       "signed); prints item id, exhibit number and SHA-256 per file")
    p.add_argument("incident", metavar="INCIDENT_ID")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--acquired", choices=taxonomy.ACQUISITION_METHODS, default="field",
                   help="how it came to you: taken in the field, given by a witness, "
                        "downloaded from the web, imported from another tool (default: field)")
    p.add_argument("--url", help="where web material was found (required with --acquired web)")
    p.add_argument("--note", default="", help="how it was acquired, in your words")
    p.add_argument("--by", default="", metavar="NAME", help="who acquired it (an alias is fine)")
    p.add_argument("--acquired-at", type=_datetime, metavar="YYYY-MM-DDTHH:MM+06:30",
                   help="when it was acquired, with its UTC offset (Myanmar time: +06:30)")
    p.add_argument("--device", default="", help="the device that recorded it")
    p.add_argument("--description", default="", help="what the file shows")
    p.add_argument("--confidentiality", default="confidential",
                   choices=["public", "confidential", "under_seal"])
    p.add_argument("--consent", default="not_asked",
                   choices=["given", "refused", "not_asked", "not_applicable"])
    p.add_argument("--graphic", action="store_true", help="mark it as graphic content")
    p.add_argument("--derived-from", metavar="ITEM_ID",
                   help="the original this is made from (id or exhibit number)")
    p.add_argument("--derivative", choices=taxonomy.DERIVATIVE_KINDS,
                   help="what kind of derivative (with --derived-from)")
    p.set_defaults(handler=cmd_attach)

    p = sub.add_parser("item", help="list, show and export evidence items")
    isub = p.add_subparsers(dest="item_command", required=True, metavar="ACTION")
    q = isub.add_parser("list", help="list evidence items by exhibit number")
    q.add_argument("--incident", metavar="ID")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_item_list)
    q = isub.add_parser("show", help="an item's record, the metadata its file claims, its "
                        "derivatives and its custody")
    q.add_argument("id", metavar="ID", help="item id or exhibit number")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_item_show)
    q = isub.add_parser("export", help="write the original file and everything needed to "
                        "verify it with sha256sum and openssl")
    q.add_argument("id", metavar="ID", help="item id or exhibit number")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    q.set_defaults(handler=cmd_item_export)

    p = sub.add_parser("custody", help="the chain of custody (all events, or one item's)")
    p.add_argument("--item", metavar="ID", help="item id or exhibit number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_custody)

    p = sub.add_parser("verify", help="re-hash all evidence and check signatures and custody "
                       "chains; exit 1 if anything is wrong")
    p.add_argument("--item", action="append", metavar="ID",
                   help="check only this item (id or exhibit number); repeat for several")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--report", type=Path, metavar="FILE",
                   help="also write the report to FILE (JSON if FILE ends in .json)")
    p.add_argument("--no-record", action="store_true",
                   help="do not add 'verify' events to the items' custody chains")
    p.set_defaults(handler=cmd_verify)


def _datetime(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date and time "
                                         "(YYYY-MM-DDTHH:MM)") from exc


def shown(text: str) -> str:
    """Untrusted text for the terminal: control characters (escape sequences) made visible."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def _progress() -> ProgressFn:
    bar = ProgressBar()

    def draw(done: int, total: int, label: str) -> None:
        bar(done, total, shown(label))

    return draw


def cmd_attach(args: argparse.Namespace) -> int:
    from evidence_app.services import ingest, items

    if (args.derived_from is None) != (args.derivative is None):
        raise UsageError("--derived-from and --derivative go together")
    acquisition = ingest.Acquisition(
        method=args.acquired, url=args.url, acquired_by=args.by, acquired_at=args.acquired_at,
        note=args.note, device=args.device, description=args.description,
        confidentiality=args.confidentiality, consent=args.consent, graphic=args.graphic)
    acquisition.validate()  # before asking for the passphrase
    with unlock(args) as ws:
        parent = items.get_item(ws, args.derived_from).id if args.derived_from else None
        result = ingest.ingest_files(ws, args.incident, list(args.files), acquisition,
                                     parent_id=parent, derivative_kind=args.derivative,
                                     progress=_progress())
    for item in result.items:
        again = "  (same content as an earlier item; stored once)" if item.deduplicated else ""
        print(f"{item.exhibit_number}  {item.item_id}  SHA-256 {item.sha256}  "
              f"{shown(item.path)}{again}")
    for failure in result.failures:
        error(f"{shown(failure.path)}: {failure.reason}")
    if result.cancelled:
        error("Cancelled: the file in progress and those after it were not added.")
    return 1 if result.failures or result.cancelled else 0


def cmd_item_list(args: argparse.Namespace) -> int:
    from evidence_app.services import items

    with unlock(args) as ws:
        rows = items.list_items(ws, args.incident)
    if args.json:
        print_json([r.model_dump(mode="json") for r in rows])
        return 0
    for r in rows:
        print(f"{r.exhibit_number:<9} {r.id}  {r.size:>12,} B  {r.media_type:<24} "
              f"SHA-256 {r.sha256[:16]}…  {shown(r.original_filename)}")
    print(f"{len(rows)} item(s).", file=sys.stderr)
    return 0


def cmd_item_show(args: argparse.Namespace) -> int:
    from evidence_app.services import items

    with unlock(args) as ws:
        item = items.get_item(ws, args.id)
        events = items.item_custody(ws, item.id)
        names = _exhibits(ws, [*item.derivatives, *([item.parent_id] if item.parent_id else [])])
        aliases = _aliases(ws)
    if args.json:
        print_json({"item": item.model_dump(mode="json"),
                    "custody": [e.model_dump(mode="json") for e in events]})
        return 0
    print(f"{item.exhibit_number}  {shown(item.original_filename)}")
    print(f"  id {item.id}, incident {item.incident_id}")
    print(f"  {item.media_type}, {item.size:,} bytes, {item.hash_algorithm} {item.sha256}")
    acquired = f"  acquired: {item.acquisition_method}"
    if item.acquired_by:
        acquired += f" by {shown(item.acquired_by)}"
    if item.acquired_at:
        acquired += f" at {item.acquired_at.isoformat()}"
    print(acquired)
    for label, value in (("url", item.source_url), ("device", item.device),
                         ("note", item.acquisition_note), ("description", item.description)):
        if value:
            print(f"  {label}: {shown(value)}")
    print(f"  ingested {item.ingested_at:%Y-%m-%d %H:%M:%S} UTC ({item.ingested_tz} local) by "
          f"{shown(item.signer_alias or '?')} ({item.ingested_by[:16]}…), app {item.app_version}")
    print(f"  confidentiality {item.confidentiality}, consent {item.consent}"
          + (", graphic" if item.graphic else ""))
    if item.parent_id:
        print(f"  derived ({item.derivative_kind}) from {names.get(item.parent_id, '?')} "
              f"({item.parent_id})")
    if item.derivatives:
        print("  derivatives: " + ", ".join(f"{names.get(d, '?')} ({d})"
                                            for d in item.derivatives))
    print("  metadata claimed by the file (as found, not verified):")
    _print_claimed(item.file_metadata, "    ")
    print("  custody:")
    for e in events:
        who = shown(aliases.get(e.actor, e.actor[:16]))
        print(f"    #{e.subject_seq} {e.at}  {e.action:<8} {who}"
              f"  {shown(json.dumps(e.details, ensure_ascii=False))}")
    return 0


def _print_claimed(data: dict[str, Any], indent: str) -> None:
    """Metadata as found in the file: one value per line, nested groups (EXIF tags) indented."""
    shown_any = False
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        shown_any = True
        if isinstance(value, dict):
            print(f"{indent}{shown(str(key))}:")
            _print_claimed(value, indent + "  ")
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        print(f"{indent}{shown(str(key))}: {shown(text)}")
    if not shown_any:
        print(f"{indent}(none)")


def _exhibits(ws: Workspace, ids: list[str]) -> dict[str, str]:
    from evidence_app.services import items

    return {i: items.get_item(ws, i).exhibit_number for i in ids}


def _aliases(ws: Workspace) -> dict[str, str]:
    from evidence_app.services import keys

    return {k.fingerprint: k.alias for k in keys.list_identities(ws)}


def cmd_item_export(args: argparse.Namespace) -> int:
    from evidence_app.services import items

    print("WARNING: the exported file is NOT encrypted: anyone who gets the folder can open it. "
          "Export only to a place you control, and delete the copy when it has served.",
          file=sys.stderr)
    with unlock(args) as ws:
        written = items.export_item(ws, args.id, args.output)
    for path in written:
        print(shown(str(path)))
    readme = next((p for p in written if p.name.endswith(".README.txt")), None)
    if readme is not None:
        print(f"How to check it with standard tools: {shown(str(readme))}", file=sys.stderr)
    return 0


def cmd_custody(args: argparse.Namespace) -> int:
    from evidence_app.services import custody, items

    with unlock(args) as ws:
        events = (items.item_custody(ws, args.item) if args.item
                  else custody.history(ws))
        aliases = _aliases(ws)
    if args.json:
        print_json([e.model_dump(mode="json") for e in events])
        return 0
    for e in events:
        print(f"{e.seq:>6}  {e.subject_type:<9} {e.subject_id[:8]} #{e.subject_seq:<4} {e.at}  "
              f"{e.action:<8} {shown(aliases.get(e.actor, e.actor[:16]))}  "
              f"{shown(json.dumps(e.details, ensure_ascii=False))[:200]}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from evidence_app.services import verify

    with unlock(args) as ws:
        report = verify.verify_workspace(ws, item_ids=args.item, progress=_progress(),
                                         record=not args.no_record)
    as_json = report.model_dump(mode="json")
    if args.report is not None:
        data = (json.dumps(as_json, ensure_ascii=False, indent=2) + "\n"
                if args.report.suffix.lower() == ".json" else verify.report_to_text(report))
        try:
            atomic_write_bytes(args.report, data.encode("utf-8"))
        except OSError as exc:
            raise UsageError(f"Cannot write the report to {args.report}: "
                             f"{exc.strerror or exc}") from exc
    if args.json:
        print_json(as_json)
    else:
        sys.stdout.write(verify.report_to_text(report))
    return 0 if report.ok else 1
