"""The writes of one bundle import, inside the importer's single transaction.

:class:`Merge` turns the decisions of :mod:`.plan` into rows. Signers, cases and incidents are
few and go through the ORM and the records service (an incident's children, case links and
search entry). Items, the custody events copied verbatim from the bundle's chains, blobs and
flagged branches can number thousands: they are collected as plain rows and written with one
insert per table (through the ORM, one query and flush per item cost ~2.8 ms an item). Our own
``receive`` events then go in with :func:`custody.append_many`: the same signed events, in the
same order, as :func:`custody.append` one by one.

The rows and their order are those of the one-item-at-a-time merge this replaced: copied events
get their sequence numbers in the same order (pending copies are written before any event we
sign here), and exhibit labels are given out as :func:`ingest.next_exhibit_number` would with
every earlier item of the import already in the table.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, text
from sqlmodel import Session, SQLModel, col, select

from evidence_app.errors import BundleRejected
from evidence_app.model.tables import (
    Blob,
    Case,
    CustodyEvent,
    EvidenceItem,
    Identity,
    ImportConflict,
    Incident,
)
from evidence_app.services import custody, ingest, records
from evidence_app.services.bundle import plan as P
from evidence_app.services.bundle import schema as S
from evidence_app.services.bundle.verify import ParsedBundle
from evidence_app.services.incidents import parse_record
from evidence_app.services.workspace import Workspace, now_utc
from evidence_app.store import search

_IN_CHUNK = 500  # SQLite's limit on bound variables is 999 in old builds
# BundleItem fields that are not EvidenceItem columns, or that are stored converted.
_NOT_COLUMNS = {"schema_", "hash_algorithm", "file", "attestation", "signature",
                "exhibit_number", "ingested_at", "acquired_at"}


def _line(event: CustodyEvent) -> dict[str, Any]:
    return {"body": custody.event_body(event), "hash": event.hash,
            "signature": event.signature.hex()}


def _copy(event: CustodyEvent) -> dict[str, Any]:
    """A bundle's event as a row, exactly as signed (``seq`` is ours: the table numbers it)."""
    return {"id": event.id, "subject_type": event.subject_type, "subject_id": event.subject_id,
            "subject_seq": event.subject_seq, "at": event.at, "actor": event.actor,
            "action": event.action, "details": event.details, "prev_hash": event.prev_hash,
            "hash": event.hash, "signature": event.signature}


def _in_chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _IN_CHUNK):
        yield ordered[start:start + _IN_CHUNK]


class _Exhibits:
    """Exhibit labels taken here, read once for the whole import.

    An item keeps the bundle's label unless the label is taken (here, or by an item added
    earlier in this import); then it gets the next free number, by the rule of
    :func:`ingest.next_exhibit_number` (one more than the highest ``EX-<digits>``) applied to
    the table as it would be with the earlier items inserted. One query for all instead of two
    per item.
    """

    def __init__(self, session: Session, wanted: Iterable[str]) -> None:
        self.taken: set[str] = set()
        for part in _in_chunks(wanted):
            self.taken.update(session.exec(select(EvidenceItem.exhibit_number)
                                           .where(col(EvidenceItem.exhibit_number).in_(part))))
        self.last = ingest.last_exhibit_number(session)

    def take(self, label: str) -> str:
        while label in self.taken:
            label = f"EX-{self.last + 1:05d}"
            self.last += 1
        self.taken.add(label)
        self.last = max(self.last, ingest.exhibit_number_of(label) or 0)
        return label


class Merge:
    """The writes of one import, inside the caller's transaction: call :meth:`run` once."""

    def __init__(self, ws: Workspace, session: Session, parsed: ParsedBundle,
                 outcome: P.Outcome, result: S.ImportResult, signer_trust: str) -> None:
        self.ws = ws
        self.s = session
        self.p = parsed
        self.o = outcome
        self.r = result
        self.trust = signer_trust
        self.now = now_utc()
        self.copies: list[dict[str, Any]] = []     # the bundle's events, not yet inserted
        self.branches: list[dict[str, Any]] = []   # ImportConflict rows, in the order found
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
        self._items(self._parents_first(by_kind["item"]))
        self._write_copies()
        self._insert(ImportConflict, self.branches)
        # Each item's `receive` event, after its copied chain: the same signed events as
        # custody.append one by one, in one insert.
        custody.append_many(self.s, self.ws, "item", self.receipts)
        custody.append(self.s, self.ws, "workspace", self.ws.keyfile.workspace_id, "receive", {
            **self.origin, "added": self.r.added, "updated": self.r.updated,
            "conflicts": self.r.conflicts, "histories": self.r.histories,
            "signers_added": self.r.signers_added})

    def _insert(self, table: type[SQLModel], rows: list[dict[str, Any]]) -> None:
        """One executemany of ``rows`` on the table itself: SQLAlchemy Core, without the ORM's
        bulk path (which still walks every row through the mapper: ~40% of the insert)."""
        if rows:
            self.s.execute(insert(table.__table__), rows)  # type: ignore[attr-defined]

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
        self.copies += [_copy(e) for e in self.p.chains[subject_id][1][relation.common:]]

    def _write_copies(self) -> None:
        """Insert the copied events collected so far. Called before we sign an event here, so
        every event gets the sequence number it had when each copy was flushed at once."""
        self._insert(CustodyEvent, self.copies)
        self.copies = []

    def _branch(self, subject_type: str, subject_id: str, kind: str, status: str, note: str,
                remote_record: dict[str, Any] | None = None) -> None:
        relation = self.o.relations[subject_id]
        remote = self.p.chains[subject_id][1]
        self.branches.append({
            "id": str(uuid.uuid4()), "kind": kind, "status": status,
            "subject_type": subject_type, "subject_id": subject_id,
            "bundle_id": self.p.index.bundle_id,
            "received_from": self.p.index.exporter.fingerprint,
            "received_by": self.ws.fingerprint, "received_at": self.now,
            "local_head": relation.local[-1][0] if relation.local else None,
            "remote_head": remote[-1].hash, "remote_record": remote_record,
            "remote_events": [_line(e) for e in remote[relation.common:]], "note": note,
            "resolved_at": None, "resolved_by": None})
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
                self._write_copies()
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

    def _items(self, decisions: list[S.Decision]) -> None:
        """Every item decision, parents first; their rows go in with one insert per table."""
        adding = [self.p.items[d.id] for d in decisions if d.action == "add"]
        blob_names: dict[str, str] = {}  # sha256 -> blob name, here or added by this import
        for part in _in_chunks(i.sha256 for i in adding):
            blob_names.update((sha, name) for sha, name in self.s.exec(
                select(Blob.sha256, Blob.name).where(col(Blob.sha256).in_(part))))
        exhibits = _Exhibits(self.s, (i.exhibit_number for i in adding))
        blobs: list[dict[str, Any]] = []
        rows: list[dict[str, Any]] = []
        for decision in decisions:
            item = self.p.items[decision.id]
            if decision.action == "add":
                name = blob_names.get(item.sha256)
                if name is None:
                    name = blob_names[item.sha256] = self.ws.blobs.name_for(item.sha256)
                    blobs.append({"name": name, "sha256": item.sha256, "size": item.size,
                                  "stored_at": self.now})
                attestation, signature = self.p.attestations[item.id]
                rows.append({**item.model_dump(exclude=_NOT_COLUMNS),
                             "exhibit_number": exhibits.take(item.exhibit_number),
                             "blob_name": name, "ingested_at": S.utc(item.ingested_at),
                             "acquired_at": S.utc(item.acquired_at),
                             "attestation": attestation, "signature": signature})
                self._append_remote(item.id)
                self.count(self.r.added, "item")
            elif decision.action == "update":
                self._append_remote(item.id)
                self.count(self.r.updated, "item")
            elif decision.action == "history":
                self._branch("item", item.id, "custody_branch", "recorded",
                             "the item's custody chain forked; the bundle's branch is kept here")
            else:
                continue
            self.receipts.append((item.id, "receive", {
                **self.origin, "remote_head": self.p.chains[item.id][1][-1].hash}))
        self.s.flush()  # the incidents added above, which the items' foreign keys name
        self._insert(Blob, blobs)
        self._insert(EvidenceItem, rows)  # parents first: parent_id is a foreign key too
