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
   workspace for the bundle as a whole.

If anything fails, the transaction rolls back and the blobs written in step 2 are removed.
Importing the same bundle twice finds everything present and writes nothing.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import text
from sqlmodel import Session, col, select

from evidence_app.crypto.signing import short_fingerprint
from evidence_app.errors import BundleRejected, UsageError
from evidence_app.model.tables import (
    Blob,
    Case,
    CustodyEvent,
    EvidenceItem,
    Identity,
    ImportConflict,
    Incident,
)
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import custody, records
from evidence_app.services.bundle import plan as P
from evidence_app.services.bundle import schema as S
from evidence_app.services.bundle.crypt import BundleIdentity
from evidence_app.services.bundle.reader import open_bundle
from evidence_app.services.bundle.verify import ParsedBundle, check
from evidence_app.services.incidents import parse_record
from evidence_app.services.ingest import next_exhibit_number
from evidence_app.services.workspace import Workspace, now_utc
from evidence_app.store import search
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
            _Merge(ws, session, parsed, outcome, result, signer_trust).run()
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


def _copy(event: CustodyEvent) -> CustodyEvent:
    return CustodyEvent(id=event.id, subject_type=event.subject_type,
                        subject_id=event.subject_id, subject_seq=event.subject_seq, at=event.at,
                        actor=event.actor, action=event.action, details=event.details,
                        prev_hash=event.prev_hash, hash=event.hash, signature=event.signature)


def _line(event: CustodyEvent) -> dict[str, Any]:
    return {"body": custody.event_body(event), "hash": event.hash,
            "signature": event.signature.hex()}


class _Merge:
    """The writes of one import, inside the caller's transaction."""

    def __init__(self, ws: Workspace, session: Session, parsed: ParsedBundle,
                 outcome: P.Outcome, result: S.ImportResult, signer_trust: str) -> None:
        self.ws = ws
        self.s = session
        self.p = parsed
        self.o = outcome
        self.r = result
        self.trust = signer_trust
        self.now = now_utc()
        self.receipts: list[tuple[str, str, dict[str, Any]]] = []
        self.origin = {"bundle_id": parsed.index.bundle_id,
                       "from": parsed.index.exporter.fingerprint,
                       "from_alias": parsed.index.exporter.alias,
                       "bundle_created_at": S.iso(parsed.index.created_at),
                       "tagmanifest_sha256": parsed.tagmanifest_sha256}

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    def run(self) -> None:
        for signer in self.o.signers:
            if signer.status == "new":
                self.s.add(Identity(
                    fingerprint=signer.fingerprint,
                    alias=(signer.untrusted_alias or f"key {signer.short_fingerprint[:9]}")[:120],
                    public_key_pem=self.p.keys[signer.fingerprint].to_pem(), trust=self.trust,
                    added_at=self.now, added_by=self.ws.fingerprint))
                self.r.signers_added.append(signer.fingerprint)
        self.s.flush()
        by_kind: dict[str, list[S.Decision]] = {"case": [], "incident": [], "item": []}
        for decision in self.o.decisions:
            by_kind[decision.kind].append(decision)
        for decision in by_kind["case"]:
            self._case(decision)
        for decision in by_kind["incident"]:
            self._incident(decision)
        for decision in self._parents_first(by_kind["item"]):
            self._item(decision)
        # Each item's `receive` event, after its copied chain: the same signed events as
        # custody.append one by one (each chain's head is read after the copies are flushed),
        # in one insert instead of a query and a flush per item.
        custody.append_many(self.s, self.ws, "item", self.receipts)
        custody.append(self.s, self.ws, "workspace", self.ws.keyfile.workspace_id, "receive", {
            **self.origin, "added": self.r.added, "updated": self.r.updated,
            "conflicts": self.r.conflicts, "histories": self.r.histories,
            "signers_added": self.r.signers_added})

    def _parents_first(self, decisions: list[S.Decision]) -> list[S.Decision]:
        ordered: list[S.Decision] = []
        pending = list(decisions)
        while pending:
            waiting = {d.id for d in pending}
            rest = [d for d in pending if self.p.items[d.id].parent_id in waiting
                    and self.p.items[d.id].parent_id != d.id]
            ready = [d for d in pending if d not in rest]
            if not ready:  # a cycle cannot be signed into existence; be safe
                ordered += rest
                break
            ordered += ready
            pending = rest
        return ordered

    # -- chains ---------------------------------------------------------------------------

    def _append_remote(self, subject_id: str) -> None:
        relation = self.o.relations[subject_id]
        for event in self.p.chains[subject_id][1][relation.common:]:
            self.s.add(_copy(event))
        self.s.flush()

    def _branch(self, subject_type: str, subject_id: str, kind: str, status: str, note: str,
                remote_record: dict[str, Any] | None = None) -> None:
        relation = self.o.relations[subject_id]
        remote = self.p.chains[subject_id][1]
        self.s.add(ImportConflict(
            id=str(uuid.uuid4()), kind=kind, status=status, subject_type=subject_type,
            subject_id=subject_id, bundle_id=self.p.index.bundle_id,
            received_from=self.p.index.exporter.fingerprint, received_by=self.ws.fingerprint,
            received_at=self.now, local_head=relation.local[-1][0] if relation.local else None,
            remote_head=remote[-1].hash, remote_record=remote_record,
            remote_events=[_line(e) for e in remote[relation.common:]], note=note))
        if kind == "record":
            self.r.conflicts += 1
        else:
            self.r.histories += 1

    # -- cases ----------------------------------------------------------------------------

    def _case(self, decision: S.Decision) -> None:
        case = self.p.cases[decision.id]
        if decision.action == "add":
            reference = case.reference
            if self.s.exec(select(Case).where(Case.reference == reference)).first():
                reference = self._free_reference(reference)
                self._branch("case", case.id, "case_reference", "open",
                             f"the bundle's case reference {case.reference} was taken here; "
                             f"stored as {reference}")
            self.s.add(Case(**case.model_dump(exclude={"schema_", "reference", "created_at"}),
                            reference=reference, created_at=S.utc(case.created_at)))
            self.s.flush()
            self._append_remote(case.id)
            self.count(self.r.added, "case")
        elif decision.action == "update":
            self._append_remote(case.id)
            self.count(self.r.updated, "case")
        elif decision.action == "history":
            self._branch("case", case.id, "custody_branch", "recorded", "the case's custody "
                         "chain forked; the bundle's branch is kept here")

    def _free_reference(self, reference: str) -> str:
        for n in range(2, 10_000):
            candidate = f"{reference[:56]}.{n}"
            if not self.s.exec(select(Case).where(Case.reference == candidate)).first():
                return candidate
        raise BundleRejected("Too many cases share this reference.")

    # -- incidents ------------------------------------------------------------------------

    def _incident(self, decision: S.Decision) -> None:
        incident_id = decision.id
        record = self.p.records[incident_id]
        meta = self.p.incident_meta[incident_id]
        data = parse_record(record)
        if decision.action == "add":
            row = Incident(id=incident_id, title="", review_status=data.review_status,
                           review_comment=meta.review_comment, revision=meta.revision,
                           created_at=S.utc(meta.created_at), created_by=meta.created_by,
                           updated_at=S.utc(meta.updated_at), updated_by=meta.updated_by)
            records.apply_scalars(row, data)
            self.s.add(row)
            self.s.flush()
            self._content(row, data)
            self._append_remote(incident_id)
            self.count(self.r.added, "incident")
        elif decision.action == "update":
            existing = self.s.get(Incident, incident_id)
            assert existing is not None
            row = existing
            relation = self.o.relations[incident_id]
            before = records.to_record(self.s, row)
            records.apply_scalars(row, data)
            row.review_status = data.review_status
            self.s.exec(text("DELETE FROM caseincident WHERE incident_id = :id")  # type: ignore[call-overload]
                        .bindparams(id=incident_id))
            if relation.kind == "remote_ahead":
                row.revision, row.review_comment = meta.revision, meta.review_comment
                row.updated_at, row.updated_by = S.utc(meta.updated_at), meta.updated_by
                self._content(row, data)
                self._append_remote(incident_id)
            else:  # forked, changed only in the bundle: take its content as a local edit
                row.revision += 1
                row.updated_at, row.updated_by = self.now, self.ws.fingerprint
                after = self._content(row, data)
                changes = {k: {"old": before[k], "new": after[k]}
                           for k in after if before.get(k) != after[k]}
                self._branch("incident", incident_id, "custody_branch", "recorded",
                             "the incident's chain forked; its content was taken from the "
                             "bundle, whose branch is kept here")
                custody.append(self.s, self.ws, "incident", incident_id, "edit", {
                    "revision": row.revision, "changes": changes,
                    "merged_from": {**self.origin,
                                    "remote_head": self.p.chains[incident_id][1][-1].hash}})
            self.count(self.r.updated, "incident")
        elif decision.action == "history":
            self._branch("incident", incident_id, "custody_branch", "recorded",
                         "the incident's chain forked with the same content; the bundle's "
                         "branch is kept here")
        elif decision.action == "conflict":
            self._branch("incident", incident_id, "record", "open",
                         "edited here and in the bundle: both versions are kept; a person must "
                         "decide", remote_record={"record": record,
                                                  "meta": meta.model_dump(mode="json")})

    def _content(self, row: Incident, data: Any) -> dict[str, Any]:
        self.s.add(row)
        self.s.flush()
        records.replace_children(self.s, row.id, data)
        records.link_cases(self.s, row.id, data.cases, self.now)
        self.s.flush()
        record = records.to_record(self.s, row)
        search.index_incident(self.s, row.id, records.search_text(record), row.date_start)
        return record

    # -- items ----------------------------------------------------------------------------

    def _item(self, decision: S.Decision) -> None:
        item = self.p.items[decision.id]
        if decision.action == "add":
            blob = self.s.exec(select(Blob).where(Blob.sha256 == item.sha256)).first()
            if blob is None:
                blob = Blob(name=self.ws.blobs.name_for(item.sha256), sha256=item.sha256,
                            size=item.size, stored_at=self.now)
                self.s.add(blob)
            exhibit = item.exhibit_number
            if self.s.exec(select(EvidenceItem.id)
                           .where(EvidenceItem.exhibit_number == exhibit)).first():
                exhibit = next_exhibit_number(self.s)
            self.s.flush()
            attestation, signature = self.p.attestations[item.id]
            fields = item.model_dump(exclude={"schema_", "hash_algorithm", "file", "attestation",
                                              "signature", "exhibit_number", "ingested_at",
                                              "acquired_at"})
            self.s.add(EvidenceItem(
                **fields, exhibit_number=exhibit,
                blob_name=blob.name,
                ingested_at=S.utc(item.ingested_at), acquired_at=S.utc(item.acquired_at),
                attestation=attestation, signature=signature))
            self.s.flush()
            self._append_remote(item.id)
            self.count(self.r.added, "item")
        elif decision.action == "update":
            self._append_remote(item.id)
            self.count(self.r.updated, "item")
        elif decision.action == "history":
            self._branch("item", item.id, "custody_branch", "recorded",
                         "the item's custody chain forked; the bundle's branch is kept here")
        else:
            return
        self.receipts.append((item.id, "receive", {
            **self.origin, "remote_head": self.p.chains[item.id][1][-1].hash}))


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

