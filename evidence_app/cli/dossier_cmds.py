"""``evidence-app dossier``: the readiness check and the signed PDF dossier of a case.

    evidence-app dossier (--case ID | --incident ID...) -o FILE.pdf [--redacted] [--no-sign]
                         [--check-only] [--force] [--language en|my]

It prints what the selection lacks (Berkeley Protocol, Leiden Guidelines), warns on stderr
that the dossier it writes is plaintext, shows progress, and ends with the file's SHA-256.
Exit codes: 0 written (or, with ``--check-only``, nothing lacking), 1 ``--check-only`` found
gaps, 2 usage or unlock errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.cli.common import ProgressBar, unlock
from evidence_app.errors import UsageError

if TYPE_CHECKING:
    from evidence_app.dossier.content import Gap

PLAINTEXT_WARNING = (
    "Note: the dossier is a plaintext PDF, outside the encrypted workspace, because you asked "
    "for an export. It holds {what}. Store and send it as carefully as the evidence itself.")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "dossier", help="check readiness and export a signed, numbered PDF dossier",
        description="Export an ICC-style PDF dossier of a case or of incidents: every page "
                    "numbered (ERN), exhibits with their hashes, signatures and custody, "
                    "signed (PAdES) with a key bound to your identity.")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--case", metavar="ID", help="the case (id or reference)")
    which.add_argument("--incident", action="append", metavar="ID", dest="incidents",
                       help="an incident to include; repeat for several")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf",
                   help="where to write the dossier (required unless --check-only)")
    p.add_argument("--redacted", action="store_true",
                   help="version for disclosure: pseudonyms only, confidential and under-seal "
                        "exhibits left out (ERNs end in -R)")
    p.add_argument("--no-sign", dest="sign", action="store_false",
                   help="do not sign the PDF (a draft for proofreading)")
    p.add_argument("--check-only", action="store_true",
                   help="only list what the records lack; write nothing")
    p.add_argument("--force", action="store_true", help="overwrite FILE.pdf if it exists")
    p.add_argument("--language", choices=("en", "my"), default="en",
                   help="language of the dossier's headings, labels and notes: en (English, "
                        "the default) or my (Burmese); records are printed as written")
    p.set_defaults(handler=cmd_dossier)


def print_gaps(gaps: Sequence[Gap], out: Any = None) -> None:
    """The readiness gaps, grouped by subject, worst first within each."""
    out = out or sys.stdout
    if not gaps:
        print("Readiness: nothing lacking against the Berkeley Protocol and Leiden "
              "Guidelines checks.", file=out)
        return
    high = sum(1 for g in gaps if g.severity == "high")
    print(f"Readiness: {len(gaps)} gap(s), {high} of high severity (listed in the dossier's "
          "Appendix C; the export is still allowed):", file=out)
    current = None
    for gap in gaps:
        subject = (gap.subject_type, gap.subject_id)
        if subject != current:
            current = subject
            print(f"  {gap.subject_type} {_printable(gap.label)}", file=out)
        print(f"    [{gap.severity}] {_printable(gap.message)} ({gap.standard})", file=out)


def _printable(text: str) -> str:
    """Untrusted text with control characters made visible (no terminal escapes)."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)


def cmd_dossier(args: argparse.Namespace) -> int:
    from evidence_app.services import dossier

    if not args.check_only and args.output is None:
        raise UsageError("Give the dossier's file name with -o FILE.pdf (or use --check-only).")
    if not args.check_only and args.output.exists() and not args.force:
        # before the passphrase and the readiness list: nothing to do until a name is free
        raise UsageError(f"{args.output} already exists; choose another name, or add --force "
                         "to overwrite it. Nothing was written.")
    with unlock(args) as ws:
        gaps = dossier.readiness(ws, args.incidents, case=args.case)
        print_gaps(gaps)
        if args.check_only:
            return 1 if gaps else 0
        what = ("pseudonyms only (redacted version)" if args.redacted else
                "the real names, ages and contacts of victims and witnesses")
        print(PLAINTEXT_WARNING.format(what=what), file=sys.stderr)
        result = dossier.export_dossier(
            ws, case=args.case, incident_ids=args.incidents, output=args.output,
            redacted=args.redacted, sign=args.sign, overwrite=args.force,
            language=args.language, progress=ProgressBar())
    print(f"Wrote {result.path}: dossier {result.dossier_id}, {result.pages} pages, "
          f"{len(result.exhibits)} exhibit(s)"
          + (f", {len(result.withheld)} withheld" if result.withheld else "")
          + ("" if result.signed else ", NOT signed") + ".")
    if result.exhibits:
        first, last = result.exhibits[0], result.exhibits[-1]
        print(f"Exhibits {first.exhibit_number}..{last.exhibit_number}, ERN "
              f"{first.ern_first}..{last.ern_last}.")
    print(f"SHA-256 {result.sha256}  {result.path.name}")
    return 0
