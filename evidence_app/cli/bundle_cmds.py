"""Commands that move records between workspaces and tools: ``bundle`` and ``csv``.

``bundle export`` writes a signed BagIt bundle (plain, or encrypted to a recipient's key file),
``bundle verify`` checks one with no workspace (unless it is encrypted), ``bundle import`` shows
what it would add, update or leave and merges only when accepted: ``--yes`` accepts the summary,
``--accept-signers`` the signers not yet in the keyring; without them and without a terminal,
nothing is imported. ``csv import`` / ``csv export`` exchange incidents as CSV (docs/csv-format.md).
Exit codes: 0 success, 1 refused or failed checks, 2 usage. Text from a bundle or CSV is printed
with control characters made visible.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import ProgressBar, error, in_words, unlock
from evidence_app.errors import BundleRejected, UsageError

if TYPE_CHECKING:
    from evidence_app.services.bundle import BundlePlan, BundleReport
    from evidence_app.services.bundle.crypt import BundleIdentity

PLAINTEXT_WARNING = (
    "WARNING: this bundle will NOT be encrypted. Anyone who gets the file (a lost USB stick, a "
    "border check) can read every record, name and evidence file in it. To encrypt it to the "
    "person receiving it, use --to THEIR-KEY.pem (made by 'evidence-app key export').")


def register(sub: Any) -> None:
    p = sub.add_parser("bundle", help="export, verify and import signed evidence bundles")
    bsub = p.add_subparsers(dest="bundle_command", required=True, metavar="ACTION")
    q = bsub.add_parser("export", help="write a case or incidents as a signed bundle (zip)")
    q.add_argument("--case", metavar="ID", help="the case (id or reference) to export")
    q.add_argument("--incident", action="append", default=[], metavar="ID",
                   help="an incident to export; repeat for several")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    q.add_argument("--to", type=Path, metavar="KEY.pem",
                   help="encrypt to the person whose key file this is (strongly advised)")
    q.set_defaults(handler=cmd_export)
    q = bsub.add_parser("verify", help="check a bundle: bag, hashes, signatures, custody "
                        "chains (no workspace needed unless it is encrypted)")
    q.add_argument("file", type=Path, metavar="FILE")
    q.set_defaults(handler=cmd_verify)
    q = bsub.add_parser("import", help="verify a bundle, show what it changes, then merge it")
    q.add_argument("file", type=Path, metavar="FILE")
    q.add_argument("--yes", action="store_true",
                   help="accept the summary without asking (for scripts)")
    q.add_argument("--accept-signers", action="store_true",
                   help="add signers not in your keyring, as untrusted (compare their "
                        "fingerprints with their owners first)")
    q.add_argument("--trust-signers", action="store_true",
                   help="like --accept-signers, but mark them trusted")
    q.set_defaults(handler=cmd_import)
    q = bsub.add_parser("conflicts", help="list incidents an import found edited on both sides")
    q.add_argument("--all", action="store_true", help="also resolved and recorded entries")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_conflicts)
    q = bsub.add_parser("resolve", help="keep the local or the bundle's version of an incident")
    q.add_argument("conflict", metavar="CONFLICT_ID")
    q.add_argument("--keep", required=True, choices=["local", "remote"])
    q.add_argument("--note", default="", help="why (recorded in the custody log)")
    q.set_defaults(handler=cmd_resolve)

    p = sub.add_parser("csv", help="import or export incidents as CSV")
    csub = p.add_subparsers(dest="csv_command", required=True, metavar="ACTION")
    q = csub.add_parser("import", help="import incidents from FILE.csv, or FILE.zip holding "
                        "a CSV and the files it names; reports every bad row first")
    q.add_argument("file", type=Path, metavar="FILE.zip|FILE.csv")
    q.add_argument("--yes", action="store_true", help="import without asking")
    q.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows even if some rows are bad")
    q.set_defaults(handler=cmd_csv_import)
    q = csub.add_parser("export", help="write incidents as CSV with ACLED-compatible columns")
    q.add_argument("--case", metavar="ID", help="only this case's incidents")
    q.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.csv")
    q.set_defaults(handler=cmd_csv_export)


def shown(text: str, limit: int = 120) -> str:
    """Untrusted text for the terminal: control characters visible, length bounded."""
    out = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
    return out if len(out) <= limit else out[:limit - 1] + "…"


def _ask(question: str) -> bool:
    sys.stdout.write(f"{question} [y/N] ")
    sys.stdout.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_export(args: argparse.Namespace) -> int:
    from evidence_app.services.bundle import export_bundle

    if not args.case and not args.incident:
        raise UsageError("Choose what to export: --case ID or --incident ID.")
    if args.to is None:
        print(PLAINTEXT_WARNING, file=sys.stderr)
    with unlock(args) as ws:
        result = export_bundle(ws, case=args.case, incident_ids=args.incident,
                               output=args.output, recipient_pem=args.to,
                               progress=ProgressBar())
    kind = (f"encrypted to {result.recipient_fingerprint[:16]}..."
            if result.recipient_fingerprint else "NOT encrypted")
    print(f"Wrote {result.path} ({result.size} bytes, {kind}): {result.incidents} incidents, "
          f"{result.cases} cases, {result.items} items, {result.files} files.")
    print(f"Bundle id {result.bundle_id}")
    return 0


def _identity_if_needed(args: argparse.Namespace, path: Path) -> BundleIdentity | None:
    from evidence_app.services.bundle.crypt import BundleIdentity, is_encrypted

    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}") from exc
    if not is_encrypted(head):
        return None
    print("This bundle is encrypted: unlock your workspace to decrypt it.", file=sys.stderr)
    with unlock(args) as ws:
        return BundleIdentity.from_signer(ws.signer)


def print_report(report: BundleReport) -> None:
    print(f"Bundle {report.bundle_id or '?'}  created {report.created_at or '?'}")
    print(f"  exporter {report.exporter_fingerprint or '?'} "
          f"(calls itself {shown(report.untrusted_exporter_alias)!r})")
    print(f"  encrypted: {'yes' if report.encrypted else 'no'}   exporter signature: "
          f"{'valid' if report.signature_ok else 'NOT VALID'}")
    print(f"  {report.files_checked} files, {report.bytes_checked} bytes hashed; "
          f"{report.incidents} incidents, {report.cases} cases, {report.chains} custody chains "
          f"({report.events} events)")
    for item in report.items:
        status = "OK  " if item.ok else "FAIL"
        print(f"  {status} {item.exhibit_number:<9} {item.sha256[:16]}  {item.size:>12}  "
              f"{shown(item.untrusted_filename, 60)}")
        for problem in item.problems:
            print(f"         - {shown(in_words(problem), 200)}")
    for problem in report.problems:
        print(f"  FAIL {shown(in_words(problem), 200)}")
    print("VERIFIED: every hash, signature and custody chain checks out." if report.ok
          else "NOT VERIFIED: do not rely on this bundle.")


def cmd_verify(args: argparse.Namespace) -> int:
    from evidence_app.services.bundle import verify_bundle

    identity = _identity_if_needed(args, args.file)
    report = verify_bundle(args.file, identity=identity, progress=ProgressBar())
    print_report(report)
    return 0 if report.ok else 1


def print_plan(plan: BundlePlan) -> None:
    report = plan.report
    print(f"Bundle {report.bundle_id} from {report.exporter_fingerprint[:16]}... "
          f"(calls itself {shown(report.untrusted_exporter_alias)!r}), created "
          f"{report.created_at}: verified.")
    labels = {"add": "new", "update": "updated", "present": "already here",
              "local_newer": "already here (yours is newer)",
              "history": "kept yours; other history recorded",
              "conflict": "CONFLICT: both versions kept, needs a person"}
    for kind, actions in sorted(plan.counts().items()):
        parts = ", ".join(f"{n} {labels[a]}" for a, n in sorted(actions.items()))
        print(f"  {kind}s: {parts}")
    for d in plan.changes[:50]:
        print(f"    {d.action:<8} {d.kind:<8} {d.id}  {shown(d.untrusted_label, 60)}"
              + (f"  ({d.detail})" if d.detail else ""))
    if len(plan.changes) > 50:
        print(f"    ... and {len(plan.changes) - 50} more")
    print(f"  new evidence files to store: {plan.new_files} ({plan.new_bytes} bytes)")
    for signer in plan.new_signers:
        print(f"  NEW SIGNER {signer.short_fingerprint}  calls itself "
              f"{shown(signer.untrusted_alias)!r}  (full: {signer.fingerprint})")
    for warning in plan.warnings:
        print(f"  warning: {shown(warning, 300)}")
    for problem in plan.problems:
        print(f"  BLOCKED: {shown(in_words(problem), 300)}")


def cmd_import(args: argparse.Namespace) -> int:
    from evidence_app.services.bundle import import_bundle, inspect_bundle

    with unlock(args) as ws:
        plan = inspect_bundle(args.file, ws, progress=ProgressBar())
        print_plan(plan)
        if plan.problems:
            raise BundleRejected("The bundle cannot be merged (see BLOCKED above). Nothing "
                                 "was imported.")
        if plan.nothing_to_do:
            print("Everything in this bundle is already here. Nothing to import.")
            return 0
        interactive = sys.stdin.isatty()
        accept = args.accept_signers or args.trust_signers
        if plan.new_signers and not accept:
            if not interactive or not _ask("Add these signers to your keyring as untrusted "
                                           "(compare the fingerprints with their owners)?"):
                error("Signers refused. Nothing was imported. (To accept them: "
                      "--accept-signers.)")
                return 1
            accept = True
        if not args.yes and (not interactive or not _ask("Import as shown above?")):
            error("Not confirmed. Nothing was imported." + ("" if interactive else
                  " (No terminal to ask: re-run with --yes to accept the summary.)"))
            return 1
        result = import_bundle(ws, plan, accept_signers=accept,
                               signer_trust="trusted" if args.trust_signers else "untrusted",
                               progress=ProgressBar())
    print(f"Imported: added {_counted(result.added)}, updated {_counted(result.updated)}"
          f", {result.files_stored} files stored, {result.conflicts} conflicts flagged, "
          f"{result.histories} other histories kept, "
          f"{len(result.signers_added)} signers added.")
    return 0


def _counted(counts: Mapping[str, int]) -> str:
    """``{'case': 1, 'incident': 2}`` as ``1 case, 2 incidents`` (``nothing`` when empty)."""
    parts = [f"{n} {kind}{'' if n == 1 else 's'}" for kind, n in counts.items() if n]
    return ", ".join(parts) or "nothing"


def cmd_conflicts(args: argparse.Namespace) -> int:
    from evidence_app.cli.common import print_json
    from evidence_app.services.bundle import list_conflicts

    with unlock(args) as ws:
        rows = list_conflicts(ws, status=None if args.all else "open")
    if args.json:
        print_json([r.model_dump(mode="json") for r in rows])
        return 0
    for r in rows:
        print(f"{r.id}  {r.kind:<15} {r.status:<9} {r.subject_type} {r.subject_id}  "
              f"from {r.received_from[:16]}  {r.received_at}")
    print(f"{len(rows)} conflict(s).", file=sys.stderr)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from evidence_app.services.bundle import resolve_conflict

    with unlock(args) as ws:
        resolve_conflict(ws, args.conflict, args.keep, args.note)
    print(f"Conflict {args.conflict} resolved: kept the {args.keep} version.")
    return 0


def cmd_csv_import(args: argparse.Namespace) -> int:
    from evidence_app.services import csv_io

    plan = csv_io.read_csv_import(args.file)
    print(in_words(csv_io.report_text(plan)))
    if not plan.rows:
        raise UsageError("The CSV holds no rows to import.")
    if plan.invalid_rows and not args.skip_invalid:
        error(f"{len(plan.invalid_rows)} row(s) have problems; nothing was imported. Fix them, "
              "or re-run with --skip-invalid to import only the valid rows.")
        return 1
    if not plan.valid_rows:
        error("No valid rows. Nothing was imported.")
        return 1
    if not args.yes and (not sys.stdin.isatty()
                         or not _ask(f"Import {len(plan.valid_rows)} incident(s)?")):
        error("Not confirmed. Nothing was imported.")
        return 1
    with unlock(args) as ws:
        result = csv_io.import_csv(ws, plan, skip_invalid=args.skip_invalid,
                                   progress=ProgressBar())
    print(f"Imported {len(result.incident_ids)} incident(s) and {result.items} evidence file(s).")
    return 0


def cmd_csv_export(args: argparse.Namespace) -> int:
    from evidence_app.services import csv_io

    print("Note: the CSV is not encrypted; it holds the incidents' narratives and places.",
          file=sys.stderr)
    with unlock(args) as ws:
        count = csv_io.export_csv(ws, args.output, case=args.case)
    print(f"Wrote {count} row(s) to {args.output}")
    return 0
