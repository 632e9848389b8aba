"""Importing a bundle: verify everything, show what would change, then merge in one transaction.

:func:`inspect_bundle` verifies the bundle completely (:mod:`.verify`) and compares it with the
workspace (:mod:`.plan`) without writing anything: the :class:`BundlePlan` it returns is the
pre-import summary a person accepts or refuses. :func:`import_bundle` then

1. refuses if the plan has blocking problems, or signers not in the keyring that the user did not
   accept (nothing is written);
2. streams every new evidence file from the bundle into the encrypted blob store as one
   :class:`~evidence_app.vault.blobs.BlobBatch` (temp files, fsynced, then renamed, each folder
   fsynced once; checked against the verified SHA-256) -- harmless until referenced;
3. in ONE transaction: re-decides against the current state (refusing if it changed since the
   summary was shown), adds accepted signers to the keyring, then cases, incidents, blobs, items
   and their custody events exactly as signed, flagged copies of conflicts, a ``receive`` custody
   event on every item added or updated (who received it, from whom, when) and one on the
   workspace for the bundle as a whole (:mod:`.merge`: the item rows and events in bulk).

If anything fails, the transaction rolls back and the blobs written in step 2 are removed.
Importing the same bundle twice finds everything present and writes nothing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlmodel import col, select

from evidence_app.crypto.signing import short_fingerprint
from evidence_app.errors import BundleRejected, UsageError
from evidence_app.model.tables import Blob, ImportConflict
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services.bundle import plan as P
from evidence_app.services.bundle import schema as S
from evidence_app.services.bundle.crypt import BundleIdentity
from evidence_app.services.bundle.merge import Merge
from evidence_app.services.bundle.reader import open_bundle
from evidence_app.services.bundle.verify import ParsedBundle, check
from evidence_app.services.workspace import Workspace
from evidence_app.taxonomy import TRUST_LEVELS

BundlePlan = S.BundlePlan
ImportResult = S.ImportResult


def inspect_bundle(path: Path, ws: Workspace | None = None, *,
                   progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> S.BundlePlan:
    """Verify ``path`` and, with a workspace, say what importing it would do. Writes nothing.

    Raises :class:`BundleRejected` (a :class:`BundleVerificationFailed` carrying the report when
    a check failed) for any bundle that does not verify.
    """
    identity = BundleIdentity.from_signer(ws.signer) if ws is not None else None
    report, parsed = check(path, identity=identity, progress=progress, cancel=cancel)
    if parsed is None:
        raise S.BundleVerificationFailed(report)
    if ws is None:
        signers = [S.SignerInfo(fp, short_fingerprint(fp), parsed.key_aliases.get(fp, ""),
                                "new") for fp in sorted(parsed.keys)]
        return S.BundlePlan(path=path, report=report, decisions=[], signers=signers,
                            data=parsed)
    with ws.session(write=False) as session:
        outcome = P.decide(session, parsed)
    return S.BundlePlan(path=path, report=report, decisions=outcome.decisions,
                        signers=outcome.signers, new_files=len(outcome.new_files),
                        new_bytes=sum(outcome.new_files.values()), problems=outcome.problems,
                        warnings=outcome.warnings, data=parsed)


def import_bundle(ws: Workspace, plan_or_path: S.BundlePlan | Path, *,
                  accept_signers: bool = False, signer_trust: str = "untrusted",
                  progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> S.ImportResult:
    """Merge a bundle into ``ws`` (see the module docstring). Raises :class:`BundleRejected`
    with nothing written when the bundle fails, signers are refused, or the plan is blocked."""
    if signer_trust not in TRUST_LEVELS:
        raise UsageError(f"signer trust must be one of {', '.join(TRUST_LEVELS)}")
    plan = plan_or_path if isinstance(plan_or_path, S.BundlePlan) else \
        inspect_bundle(plan_or_path, ws, progress=progress, cancel=cancel)
    parsed: ParsedBundle | None = plan.data
    if parsed is None or not plan.report.ok:
        raise BundleRejected("This bundle was not verified; nothing was imported.")
    if plan.problems:
        raise BundleRejected("The bundle cannot be merged; nothing was imported: "
                             + "; ".join(plan.problems[:5]))
    result = S.ImportResult(bundle_id=parsed.index.bundle_id)
    if plan.nothing_to_do:
        result.nothing_to_do = True
        return result
    if plan.new_signers and not accept_signers:
        shown = ", ".join(f"{s.short_fingerprint} ({s.untrusted_alias or 'no name'})"
                          for s in plan.new_signers)
        raise BundleRejected(f"The bundle is signed by keys that are not in your keyring: "
                             f"{shown}. Compare these fingerprints with their owners, then "
                             "accept them to import. Nothing was imported.")
    created = _store_files(ws, plan, parsed, result, progress, cancel)
    try:
        with ws.session() as session:
            outcome = P.decide(session, parsed)
            if outcome.key() != sorted((d.kind, d.id, d.action) for d in plan.decisions) \
                    or outcome.problems:
                raise BundleRejected("The workspace changed since this bundle was inspected; "
                                     "inspect it again. Nothing was imported.")
            Merge(ws, session, parsed, outcome, result, signer_trust).run()
    except BaseException:
        ws.blobs.remove(created)
        raise
    return result


def _store_files(ws: Workspace, plan: S.BundlePlan, parsed: ParsedBundle,
                 result: S.ImportResult, progress: ProgressFn,
                 cancel: CancelToken | None) -> set[str]:
    """Stream the new evidence files into the blob store; return the blob names created."""
    adding = {d.id for d in plan.decisions if d.kind == "item" and d.action == "add"}
    wanted = {i.sha256: i for i in parsed.items.values() if i.id in adding}
    shas = sorted(wanted)
    present: set[str] = set()
    with ws.session(write=False) as session:
        for start in range(0, len(shas), 500):
            present.update(session.exec(select(Blob.sha256)
                                        .where(col(Blob.sha256).in_(shas[start:start + 500]))))
    todo = {sha: item for sha, item in wanted.items() if sha not in present}
    total = sum(i.size for i in todo.values())
    done = 0
    identity = BundleIdentity.from_signer(ws.signer)
    # One BlobBatch for the whole import: every file encrypted to a temp file and fsynced (in
    # the background, overlapping the next file), then all renamed, each folder fsynced once
    # (vault/blobs.py says why this is as crash-safe as one file at a time). On any error or
    # cancel the batch removes everything it wrote.
    with ws.blobs.batch() as batch, open_bundle(plan.path, identity=identity) as archive:
        if hashlib.sha256(archive.read(S.TAGMANIFEST, S.MAX_TAG)).hexdigest() \
                != parsed.tagmanifest_sha256:
            raise BundleRejected("The bundle file changed since it was verified; verify "
                                 "it again. Nothing was imported.")
        for sha, item in sorted(todo.items()):
            def step(now: int, _total: int, _label: str, base: int = done) -> None:
                progress(base + now, total, "storing evidence files")

            with archive.open(item.file) as handle:
                staged = batch.add_stream(handle, size=item.size, label=item.file,
                                          progress=step, cancel=cancel)
            if staged.sha256 != sha or staged.size != item.size:
                raise BundleRejected("An evidence file in the bundle changed since it was "
                                     "verified; nothing was imported.")
            done += item.size
            result.files_stored += 1
            result.bytes_stored += item.size
        return {stored.name for stored in batch.commit() if stored.created}


class ConflictRead(BaseModel):
    id: str
    kind: str
    status: str
    subject_type: str
    subject_id: str
    bundle_id: str
    received_from: str
    received_at: Any
    note: str


def list_conflicts(ws: Workspace, *, status: str | None = "open") -> list[ConflictRead]:
    """The flagged imports waiting for a person (``status=None`` for all)."""
    with ws.session(write=False) as session:
        query = select(ImportConflict).order_by(col(ImportConflict.received_at))
        if status is not None:
            query = query.where(ImportConflict.status == status)
        return [ConflictRead(**row.model_dump(include=set(ConflictRead.model_fields)))
                for row in session.exec(query)]

