"""Dossiers: the readiness check and the signed, numbered PDF export of a case or incidents.

:func:`readiness` lists what each incident and exhibit lacks against the Berkeley Protocol
and the Leiden Guidelines, as data for the GUI and the CLI. :func:`export_dossier` reads the
selection (:mod:`.dossier_records`), checks every exhibit with ``services.verify`` (without
recording: the result goes into the export's own custody event), lays the PDF out
(:mod:`evidence_app.dossier`), embeds the files a reviewer needs, signs it (PAdES, P-256 key
derived from the user's Ed25519 identity), writes it crash-safely and only then records, in
one transaction, an ``export`` custody event with the dossier's SHA-256 on every exhibit.

An export is plaintext on purpose (the user asked for it): evidence pictures are decrypted
in memory only and embedded downscaled; nothing else derived from evidence touches the disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from evidence_app.dossier import attachments, builder
from evidence_app.dossier import readiness as rules
from evidence_app.dossier.content import DossierContent, ExhibitPages, Gap, Verdict
from evidence_app.dossier.qr import QrMatrices
from evidence_app.dossier.signing import (
    Attachment,
    PdfSigningIdentity,
    finish_pdf,
    make_identity,
)
from evidence_app.dossier.words import LANGUAGES as DOSSIER_LANGUAGES
from evidence_app.errors import UsageError
from evidence_app.model.tables import Identity
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import custody
from evidence_app.services.dossier_records import (
    Selection,
    assemble,
    load_selection,
    preview_fn,
    resolve_selection,
)
from evidence_app.services.workspace import Workspace
from evidence_app.vault.files import TEMP_PREFIX, durable_sync, fsync_dir

__all__ = ["DossierResult", "ExhibitPages", "Gap", "export_dossier", "readiness"]


@dataclass(frozen=True)
class DossierResult:
    """What was written: where, its SHA-256, pages, id and each exhibit's ERN range."""

    path: Path
    sha256: str
    pages: int
    dossier_id: str
    exhibits: list[ExhibitPages]
    signed: bool
    redacted: bool
    size: int
    gaps: list[Gap] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)


def readiness(ws: Workspace, incident_ids: list[str] | None = None, *,
              case: str | None = None) -> list[Gap]:
    """Return what the selected incidents and their exhibits lack, worst first per subject.

    Select with ``case`` (id or reference) or ``incident_ids``. Integrity is not re-checked
    here (that hashes every file); :func:`export_dossier` does it and adds what it finds.
    Raises :class:`NotFound` for an unknown case or incident, :class:`UsageError` for an
    empty selection.
    """
    selection = resolve_selection(ws, case=case, incident_ids=incident_ids)
    loaded = load_selection(ws, selection)
    content = assemble(ws, selection, loaded, redacted=False, verdicts={}, signer=None)
    return rules.check(content.incidents, content.exhibits)


def export_dossier(ws: Workspace, *, case: str | None = None,
                   incident_ids: list[str] | None = None, output: Path,
                   redacted: bool = False, sign: bool = True, overwrite: bool = False,
                   language: str = "en", progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> DossierResult:
    """Write the dossier of a case (``case``) or of incidents (``incident_ids``) to ``output``.

    ``redacted`` replaces victims' and witnesses' identities by pseudonyms everywhere and
    leaves out exhibits marked confidential or under seal; ``sign`` signs the PDF (PAdES).
    ``language`` ("en" or "my") is that of the dossier's own headings, labels and notes;
    records, hashes, commands and ERNs are printed as they are.
    Re-exporting the same selection gives the same dossier id and exhibit numbers.
    Raises :class:`UsageError` (bad output path, or it exists and not ``overwrite``),
    :class:`NotFound`, :class:`Cancelled` (nothing is left behind and nothing recorded).
    """
    if language not in DOSSIER_LANGUAGES:
        raise UsageError(f"unknown dossier language {language!r}: use one of "
                         + ", ".join(DOSSIER_LANGUAGES))
    output = Path(output)
    _check_output(output, overwrite)
    selection = resolve_selection(ws, case=case, incident_ids=incident_ids)
    loaded = load_selection(ws, selection)
    items = [item_id for item_id in loaded.item_order
             if not redacted or item_id not in loaded.withheld_ids]
    steps = len(items) * 2 + len(selection.incident_ids) + 3
    progress(0, steps, "Checking exhibits")
    # The QR codes need only the recorded hashes: a helper makes them during verification and
    # layout (qr.py); the layout waits for one only if it catches up.
    with contextlib.ExitStack() as stack:
        codes = stack.enter_context(QrMatrices([loaded.items[i]["sha256"] for i in items]))
        verdicts = _verify(ws, items, progress, cancel, steps)
        _check(cancel)
        identity = _signing_identity(ws, selection) if sign else None
        content = assemble(ws, selection, loaded, redacted=redacted, verdicts=verdicts,
                           signer=identity.info if identity else None)
        content = dataclasses.replace(_with_gaps(content), language=language)
        base = len(items)
        unsigned = stack.enter_context(_temp_file(output.parent))
        layout = builder.build_pdf(content, unsigned, preview_fn(ws, loaded), progress=progress,
                                   cancel=cancel, progress_base=base, progress_total=steps,
                                   qr=codes.get)
        codes.close()  # every code is drawn: stop the helper
        _check(cancel)
        progress(steps - 2, steps, "Signing" if identity else "Attaching files")
        unsigned.seek(0)
        files = attachments.collect(content, identity)
        digest, size = _write_final(output, unsigned, files, identity, content.dossier_id)
    progress(steps - 1, steps, "Recording the export in custody")
    try:
        _record(ws, content.dossier_id, digest, layout.exhibits, verdicts, redacted,
                identity is not None)
    except BaseException:
        with contextlib.suppress(OSError):
            output.unlink()  # an export the custody log does not know of must not exist
        raise
    progress(steps, steps, "Done")
    return DossierResult(path=output, sha256=digest, pages=layout.pages,
                         dossier_id=content.dossier_id, exhibits=list(layout.exhibits),
                         signed=identity is not None, redacted=redacted, size=size,
                         gaps=list(content.gaps),
                         withheld=[w.exhibit_number for w in content.withheld])


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None:
        cancel.check()


def _check_output(output: Path, overwrite: bool) -> None:
    if output.suffix.lower() != ".pdf":
        raise UsageError("The dossier file name must end in .pdf.", field="output")
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.", field="output")
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give a file name.", field="output")
    if output.exists() and not overwrite:
        raise UsageError(f"{output} already exists; choose another name, or allow "
                         "overwriting it.", field="output")


def _verify(ws: Workspace, item_ids: list[str], progress: ProgressFn,
            cancel: CancelToken | None, steps: int) -> dict[str, Verdict]:
    """Each exhibit's status now, from ``services.verify``, without recording custody events.

    Not recorded because the export's own custody event carries the verdict: one signed event
    per exhibit and export, and nothing written at all if the export is cancelled.
    """
    if not item_ids:
        return {}
    from evidence_app.services.verify import verify_workspace

    def on_progress(done: int, total: int, label: str) -> None:
        progress(min(done, total) * len(item_ids) // max(total, 1), steps, label)

    report = verify_workspace(ws, item_ids=item_ids, progress=on_progress, cancel=cancel,
                              record=False)
    checked_at = custody.rfc3339_now()
    return {v.item_id: Verdict(status=v.status, findings=tuple(str(f) for f in v.findings),
                               checked_at=checked_at) for v in report.items}


def _signing_identity(ws: Workspace, selection: Selection) -> PdfSigningIdentity:
    with ws.session(write=False) as session:
        me = session.get(Identity, ws.fingerprint)
        team = me.team if me and me.team else ""
        since = me.added_at if me else None
    # The certificate depends on the person only (their alias and team), never on the case, so
    # one identity always signs with the same certificate and reviewers can pin it.
    del selection
    return make_identity(ws.signer, alias=ws.alias, organisation=team, since=since)


def _with_gaps(content: DossierContent) -> DossierContent:
    gaps = rules.check(content.incidents, content.exhibits)
    return dataclasses.replace(content, gaps=tuple(gaps))


@contextlib.contextmanager
def _temp_file(folder: Path) -> Iterator[BinaryIO]:
    """A private read-write temp file beside the output, always removed afterwards."""
    path = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _write_final(output: Path, unsigned: BinaryIO, files: list[Attachment],
                 identity: PdfSigningIdentity | None, dossier_id: str) -> tuple[str, int]:
    """Embed, sign, fsync and rename into place; return the file's SHA-256 and size."""
    folder = output.parent
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "w+b") as signed:
            finish_pdf(unsigned, signed, files, identity,
                       reason=f"Evidence dossier {dossier_id}: authenticity and integrity")
            signed.flush()
            durable_sync(signed.fileno())
            signed.seek(0)
            digest = hashlib.file_digest(signed, "sha256").hexdigest()
            size = signed.tell()
        os.replace(tmp, output)
        fsync_dir(folder)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    return digest, size


def _record(ws: Workspace, dossier_id: str, digest: str, pages: tuple[ExhibitPages, ...],
            verdicts: dict[str, Verdict], redacted: bool, signed: bool) -> None:
    events = []
    for page in pages:
        verdict = verdicts.get(page.item_id)
        events.append((page.item_id, "export", {
            "kind": "dossier", "dossier_id": dossier_id,
            "dossier_sha256": digest, "exhibit_number": page.exhibit_number,
            "ern_first": page.ern_first, "ern_last": page.ern_last,
            "redacted": redacted, "signed": signed,
            "status_at_export": verdict.status if verdict else "not_checked"}))
    with ws.session() as session:  # one bulk append, not a query and a flush per exhibit
        custody.append_many(session, ws, "item", events)
