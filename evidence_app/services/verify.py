"""Verification of stored evidence, signed attestations, the keyring and custody chains.

:func:`verify_workspace` answers "is everything still what was recorded and signed?" for every
item (or the items named): it decrypts and re-hashes each stored blob, compares every field of
the item's signed ingest attestation with the database row, verifies the attestation signature
against the keyring, and walks each subject's custody chain (sequence, hash links, recomputed
hashes, signatures). Every finding names the item, the field or the event and the two values
that disagree. Berkeley Protocol paras 153-154 (hash at collection, preserve) and 167 (chain
of custody) are what this checks.

Stored bytes are re-hashed in parallel (:mod:`.verify_blobs`); chains and the keyring are
checked by :mod:`.verify_chain`, after the blobs: canonical JSON and the comparisons hold the
GIL, and running them beside the hashing threads would make those queue for it. The Ed25519
checks (~100 µs each with the GIL held, two or more per item) are handed to helper processes
before the blobs are re-hashed (:mod:`evidence_app.crypto.batch_verify`: public keys, signed
bytes and signatures only), so they run while this process hashes. Nothing here raises for a
problem found; problems are findings in the report.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel
from sqlalchemy import Row, or_
from sqlalchemy import select as sa_select
from sqlmodel import col, select

from evidence_app.crypto import batch_verify
from evidence_app.crypto.batch_verify import Check
from evidence_app.crypto.signing import short_fingerprint
from evidence_app.errors import NotFound
from evidence_app.model.tables import Blob, Case, CustodyEvent, EvidenceItem, Identity, Incident
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import ingest
from evidence_app.services.verify_blobs import BlobResult, check_blobs
from evidence_app.services.verify_chain import (
    EVENT_COLUMNS,
    ChainVerdict,
    Event,
    Key,
    check_chains,
    event_of,
    key_of,
    record_verify_events,
    signature_check,
    signature_ok,
)
from evidence_app.services.workspace import Workspace, now_utc
from evidence_app.vault.blobs import BlobStore

__all__ = ["STATUSES", "ChainVerdict", "ItemStatus", "ItemVerdict", "VerifyReport",
           "report_to_text", "verify_workspace"]

ItemStatus = Literal["intact", "modified", "missing", "signature_invalid", "unknown_signer",
                     "chain_broken"]
STATUSES: tuple[ItemStatus, ...] = get_args(ItemStatus)
# Worst first: an item's status is the worst class among its findings.
PRECEDENCE: tuple[ItemStatus, ...] = ("missing", "modified", "signature_invalid",
                                      "unknown_signer", "chain_broken", "intact")


class ItemVerdict(BaseModel):
    """The result for one evidence item; ``findings`` name each problem and its evidence."""

    item_id: str
    exhibit_number: str
    incident_id: str
    original_filename: str
    sha256: str
    status: ItemStatus
    findings: list[str]
    signer: str | None
    signer_alias: str | None


class VerifyReport(BaseModel):
    """A whole run: ``ok`` only if every item is intact and every chain is ok."""

    started_at: datetime
    finished_at: datetime
    items: list[ItemVerdict]
    chains: list[ChainVerdict]
    ok: bool
    counts: dict[str, int]


# --- facts read from the database (plain values: ORM rows never leave the session) ---------

@dataclass(frozen=True)
class _Item:
    id: str
    exhibit_number: str
    incident_id: str
    original_filename: str
    sha256: str
    size: int
    blob_name: str
    parent_id: str | None
    ingested_by: str
    attestation: bytes
    signature: bytes
    expected: dict[str, Any]  # the attestation body rebuilt from the database row
    blob_row: tuple[str, int] | None  # (sha256, size) of the Blob row


_Parsed = tuple[dict[str, Any], list[tuple[ItemStatus, str]]]  # attestation, its findings


@dataclass
class _Facts:
    items: list[_Item]
    keys: dict[str, Key]
    events: dict[str, list[Event]]             # subject_id -> events by subject_seq
    subjects: dict[str, str]                    # subject_id -> type, for rows that exist
    log_seqs: list[int] = field(default_factory=list)  # every event's global seq (full runs)
    attested: dict[str, _Parsed] = field(default_factory=dict)  # item id -> parsed attestation
    workspace_id: str = ""
    full: bool = True


# --- public API ------------------------------------------------------------------------------

def verify_workspace(ws: Workspace, *, item_ids: list[str] | None = None,
                     progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                     record: bool = True) -> VerifyReport:
    """Check every item (or those in ``item_ids``: ids or exhibit numbers) and custody chains.

    A full run also checks the chains of incidents, cases and the workspace, chains whose
    subject has disappeared, and gaps in the custody log. Progress is reported over the total
    plaintext bytes to re-hash; ``cancel`` is honoured between chunks and raises
    :class:`Cancelled` (nothing is recorded then). With ``record``, one ``verify`` custody event
    per checked item (details: the status and the SHA-256 found) is appended afterwards in one
    transaction. Raises :class:`NotFound` for an unknown item id, before any work. Problems
    found are not exceptions: they are in the report.
    """
    started = now_utc()
    with batch_verify.Checker() as checker:  # helpers stop on any exit, a cancel included
        facts = _load_facts(ws, item_ids, checker)
        sizes: dict[str, int] = {}
        for item in facts.items:
            sizes[item.blob_name] = max(sizes.get(item.blob_name, 0), item.size, 0)
        blob_results = check_blobs(ws.blobs, sizes, progress, cancel)
        total = sum(sizes.values())
        progress(total, total, "Checking signatures and custody chains")
        signatures = checker.results()
    chains = check_chains(facts.subjects, facts.events, facts.keys,
                          workspace_id=facts.workspace_id,
                          log_seqs=facts.log_seqs if facts.full else None, cancel=cancel,
                          signatures=signatures)
    by_sha: dict[str, list[str]] = defaultdict(list)
    for item in facts.items:
        by_sha[item.sha256].append(item.exhibit_number)
    verdicts = [_check_item(ws.blobs, item, blob_results[item.blob_name], facts, chains, by_sha,
                            signatures)
                for item in facts.items]
    if cancel is not None:
        cancel.check()
    counts = dict.fromkeys(STATUSES, 0)
    for verdict in verdicts:
        counts[verdict.status] += 1
    chain_list = sorted(chains.values(), key=lambda c: (c.subject_type, c.subject_id))
    ok = all(v.status == "intact" for v in verdicts) and all(c.ok for c in chain_list)
    if record and verdicts:
        found = {i.id: blob_results[i.blob_name].sha256 for i in facts.items}
        record_verify_events(ws, [(v.item_id, v.status, found[v.item_id]) for v in verdicts])
    return VerifyReport(started_at=started, finished_at=now_utc(), items=verdicts,
                        chains=chain_list, ok=ok, counts=counts)


def report_to_text(report: VerifyReport) -> str:
    """A plain-text report: one line per item (exhibit, status, SHA-256, file name), each
    finding indented below it, then the custody chains with problems, then the totals."""
    lines = [f"Evidence App verification, {report.started_at:%Y-%m-%d %H:%M:%S} UTC "
             f"({(report.finished_at - report.started_at).total_seconds():.1f} s)", ""]
    for item in report.items:
        lines.append(f"{item.exhibit_number:<10} {item.status.upper():<17} SHA-256 {item.sha256}"
                     f"  {_printable(item.original_filename)}")
        lines.extend(f"    - {_printable(f)}" for f in item.findings)
    broken = [c for c in report.chains if not c.ok]
    lines.append("")
    lines.append(f"Custody chains: {len(report.chains)} checked, {len(broken)} with problems")
    for chain in broken:
        lines.append(f"  {chain.subject_type} {chain.subject_id} ({chain.events} events)")
        lines.extend(f"    - {_printable(f)}" for f in chain.findings)
    summary = ", ".join(f"{n} {s}" for s, n in report.counts.items() if n)
    lines.append("")
    lines.append(f"Items: {len(report.items)} ({summary or 'none'})")
    lines.append("Result: all intact" if report.ok else "Result: PROBLEMS FOUND")
    return "\n".join(lines) + "\n"


# --- loading ---------------------------------------------------------------------------------

_MAX_IN_LIST = 500  # more ids than this: read everything and filter (SQLite's variable limit)

def _load_facts(ws: Workspace, item_ids: list[str] | None,
                checker: batch_verify.Checker) -> _Facts:
    """Read everything to check; signature checks go to ``checker`` as they are found.

    Rows are read as plain column tuples, not ORM objects: building 10,000 items and 20,000
    events through the ORM took most of a full run's loading time (bench/README.md).
    """
    with ws.session(write=False) as session:
        db = session.connection()
        keys = {row.fingerprint: key_of(row) for row in session.exec(select(Identity))}
        query = sa_select(*_ITEM_COLUMNS).order_by(col(EvidenceItem.exhibit_number))
        if item_ids is not None:
            wanted = list(dict.fromkeys(item_ids))
            if len(wanted) <= _MAX_IN_LIST:
                query = query.where(or_(col(EvidenceItem.id).in_(wanted),
                                        col(EvidenceItem.exhibit_number).in_(wanted)))
            chosen = set(wanted)
            rows = [r for r in db.execute(query)
                    if r.id in chosen or r.exhibit_number in chosen]
            found = {r.id for r in rows} | {r.exhibit_number for r in rows}
            unknown = [i for i in wanted if i not in found]
            if unknown:
                raise NotFound(f"There is no evidence item {unknown[0]!r}. 'evidence-app item "
                               "list' shows the items.")
        else:
            rows = list(db.execute(query))
        blob_rows = {name: (sha, size) for name, sha, size in
                     db.execute(sa_select(col(Blob.name), col(Blob.sha256), col(Blob.size)))}
        parent_ids = sorted({r.parent_id for r in rows if r.parent_id})
        parent_sha: dict[str, str] = {}
        for start in range(0, len(parent_ids), _MAX_IN_LIST):
            parent_sha.update((i, sha) for i, sha in db.execute(
                sa_select(col(EvidenceItem.id), col(EvidenceItem.sha256))
                .where(col(EvidenceItem.id).in_(parent_ids[start:start + _MAX_IN_LIST]))))
        facts = _Facts(items=[], keys=keys, events={}, subjects={},
                       workspace_id=ws.keyfile.workspace_id, full=item_ids is None)
        checker.expect(2 * len(rows))  # an attestation and an ingest event each, at least
        for start in range(0, len(rows), batch_verify.CHUNK):  # the helpers start meanwhile
            items = [_item_of(r, parent_sha, blob_rows) for r in
                     rows[start:start + batch_verify.CHUNK]]
            facts.items += items
            facts.attested.update((item.id, _attestation_findings(item)) for item in items)
            checker.submit(_attestation_checks(facts, items))
        events = sa_select(*_EVENT_COLUMNS).order_by(col(CustodyEvent.subject_id),
                                                     col(CustodyEvent.subject_seq))
        if item_ids is None:
            facts.subjects = {i.id: "item" for i in facts.items}
            facts.subjects.update(dict.fromkeys(session.exec(select(Incident.id)), "incident"))
            facts.subjects.update(dict.fromkeys(session.exec(select(Case.id)), "case"))
            facts.subjects[facts.workspace_id] = "workspace"
        else:
            facts.subjects = {i.id: "item" for i in facts.items}
            if len(facts.subjects) <= _MAX_IN_LIST:
                events = events.where(col(CustodyEvent.subject_id).in_(list(facts.subjects)))
        batch: list[Check] = []
        for row in db.execute(events):
            if not facts.full and row.subject_id not in facts.subjects:
                continue
            event = event_of(row)
            facts.events.setdefault(row.subject_id, []).append(event)
            facts.log_seqs.append(event.seq)
            if (check := signature_check(event, keys)) is not None:
                batch.append(check)
                if len(batch) >= batch_verify.CHUNK:
                    checker.submit(batch)
                    batch = []
        checker.submit(batch)
    return facts


_ITEM_COLUMNS = [getattr(EvidenceItem, name) for name in dict.fromkeys(
    (*ingest.ATTESTED_COLUMNS, "exhibit_number", "blob_name", "attestation", "signature"))]
_EVENT_COLUMNS = [getattr(CustodyEvent, name) for name in EVENT_COLUMNS]


def _item_of(row: Row[Any], parent_sha: dict[str, str],
             blob_rows: dict[str, tuple[str, int]]) -> _Item:
    expected = ingest.attestation_body(row, parent_sha.get(row.parent_id or ""))
    return _Item(id=row.id, exhibit_number=row.exhibit_number, incident_id=row.incident_id,
                 original_filename=row.original_filename, sha256=row.sha256, size=row.size,
                 blob_name=row.blob_name, parent_id=row.parent_id, ingested_by=row.ingested_by,
                 attestation=bytes(row.attestation), signature=bytes(row.signature),
                 expected=expected, blob_row=blob_rows.get(row.blob_name))


# --- items -----------------------------------------------------------------------------------

_FIELD_NAMES = {"hash.value": "SHA-256", "hash.algorithm": "hash algorithm",
                "incident_id": "incident", "item_id": "item id", "media_type": "media type",
                "original_filename": "original filename", "ingested_at": "ingest time",
                "ingested_tz": "ingest time zone", "app.version": "app version",
                "parent.hash.value": "parent's SHA-256", "parent.item_id": "parent item",
                "parent.kind": "derivative kind"}


def _signer(item: _Item, attested: dict[str, Any]) -> str:
    return str(attested.get("signer") or item.ingested_by) if attested else item.ingested_by


def _attestation_checks(facts: _Facts, items: list[_Item]) -> Iterator[Check]:
    """The attestation signature checks :func:`_check_item` will make, done ahead in bulk."""
    for item in items:
        key = facts.keys.get(_signer(item, facts.attested[item.id][0]))
        if key is not None and key.problem is None and key.public is not None:
            yield key.public.public_raw, item.signature, item.attestation


def _check_item(blobs: BlobStore, item: _Item, blob: BlobResult, facts: _Facts,
                chains: dict[str, ChainVerdict], by_sha: dict[str, list[str]],
                signatures: Mapping[Check, bool]) -> ItemVerdict:
    found: list[tuple[ItemStatus, str]] = []
    found += _content_findings(blobs, item, blob, by_sha)
    attested, attestation_findings = facts.attested[item.id]
    found += attestation_findings
    signer = _signer(item, attested)
    key = facts.keys.get(signer)
    if key is None:
        found.append(("unknown_signer", f"signer: {signer} is not in the keyring"))
    elif key.problem is not None or key.public is None:
        found.append(("unknown_signer", f"signer: {key.alias}: {key.problem}"))
    elif not signature_ok(key.public, item.signature, item.attestation, signatures):
        found.append(("signature_invalid", "signature: the attestation's signature does not "
                      f"verify with the key of {key.alias} ({short_fingerprint(signer)})"))
    events = facts.events.get(item.id, [])
    if events:
        found += _ingest_event_findings(item, events)
    chain = chains.get(item.id)
    if chain is not None and not chain.ok:
        found += [("chain_broken", f"custody: {f}") for f in chain.findings]
    status: ItemStatus = "intact"
    for candidate in PRECEDENCE:
        if any(cls == candidate for cls, _ in found):
            status = candidate
            break
    return ItemVerdict(item_id=item.id, exhibit_number=item.exhibit_number,
                       incident_id=item.incident_id, original_filename=item.original_filename,
                       sha256=item.sha256, status=status, findings=[text for _, text in found],
                       signer=signer, signer_alias=key.alias if key else None)


def _content_findings(blobs: BlobStore, item: _Item, blob: BlobResult,
                      by_sha: dict[str, list[str]]) -> list[tuple[ItemStatus, str]]:
    where = f"blob {item.blob_name[:16]}…"
    if blob.state == "missing":
        return [("missing", f"content: the encrypted file of this item ({where}) is not on disk")]
    if blob.state == "unreadable":
        return [("missing", f"content: the encrypted file ({where}) cannot be read: "
                            f"{blob.detail}")]
    if blob.state == "undecryptable":
        return [("modified", f"content: the encrypted file ({where}) fails authentication "
                             f"({blob.detail}): it was altered, truncated or replaced")]
    out: list[tuple[ItemStatus, str]] = []
    if blob.sha256 != item.sha256:
        others = [e for e in by_sha.get(blob.sha256 or "", []) if e != item.exhibit_number]
        owner = f" (the bytes of {', '.join(others)})" if others else ""
        out.append(("modified", f"SHA-256: the database says {item.sha256}, the stored bytes "
                                f"hash to {blob.sha256}{owner}"))
        if blob.sha256 is not None and blobs.name_for(blob.sha256) != item.blob_name:
            out.append(("modified", f"content: the file {where} holds content stored under "
                                    "another name: blob files were swapped or copied over "
                                    "each other"))
    if blob.size != item.size:
        out.append(("modified", f"size: the database says {item.size} bytes, the stored bytes "
                                f"are {blob.size} bytes"))
    if item.blob_row is None:
        out.append(("modified", f"blob record: the database has no record of {where}"))
    else:
        row_sha, row_size = item.blob_row
        if row_sha != item.sha256:
            out.append(("modified", f"blob record: the blob table says SHA-256 {row_sha}, the "
                                    f"item says {item.sha256}"))
        if row_size != item.size:
            out.append(("modified", f"blob record: the blob table says {row_size} bytes, the "
                                    f"item says {item.size}"))
    if blobs.name_for(item.sha256) != item.blob_name:
        out.append(("modified", f"blob name: the item points to {where}, which is not the name "
                                "for its SHA-256 (the reference was changed)"))
    return out


def _attestation_findings(item: _Item) -> _Parsed:
    """Parse the stored attestation and name every field that differs from the row."""
    try:
        attested = json.loads(item.attestation.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}, [("signature_invalid", "attestation: the stored attestation is not JSON")]
    if not isinstance(attested, dict):
        return {}, [("signature_invalid", "attestation: the stored attestation is not a JSON "
                                          "object")]
    # Whether the bytes are canonical JSON is not checked: the signature covers these exact
    # bytes, so a re-written attestation fails it (and re-encoding costs 0.1 ms per item).
    out: list[tuple[ItemStatus, str]] = []
    if attested == item.expected:  # the common case, at C speed; _diff only names differences
        return attested, out
    for path, db_value, att_value in _diff(item.expected, attested):
        name = _FIELD_NAMES.get(path, path.replace("_", " ").replace(".", " "))
        out.append(("modified", f"{name}: the database says {_show(db_value)}, the signed "
                                f"attestation says {_show(att_value)}"))
    return attested, out


_ABSENT = object()


def _diff(expected: Any, actual: Any, path: str = "") -> Iterable[tuple[str, Any, Any]]:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            yield from _diff(expected.get(key, _ABSENT), actual.get(key, _ABSENT),
                             f"{path}.{key}" if path else str(key))
    elif expected != actual or type(expected) is not type(actual):
        yield path, expected, actual


def _show(value: Any) -> str:
    if value is _ABSENT:
        return "nothing"
    return json.dumps(value, ensure_ascii=False)


def _ingest_event_findings(item: _Item, events: list[Event]) -> list[tuple[ItemStatus, str]]:
    """Cross-check the ingest event (signed by whoever ingested) with the row and attestation."""
    ingest_event = next((e for e in events if e.action == "ingest"), None)
    if ingest_event is None:
        return [("chain_broken", "custody: the item's chain has no 'ingest' event")]
    d = ingest_event.details
    where = f"the ingest event (#{ingest_event.subject_seq})"
    out: list[tuple[ItemStatus, str]] = []
    if d.get("sha256") != item.sha256:
        out.append(("modified", f"SHA-256: the database says {item.sha256}, {where} recorded "
                                f"{d.get('sha256')}"))
    if d.get("size") != item.size:
        out.append(("modified", f"size: the database says {item.size}, {where} recorded "
                                f"{d.get('size')}"))
    if d.get("incident_id") != item.incident_id:
        out.append(("modified", f"incident: the database says {item.incident_id}, {where} "
                                f"recorded {d.get('incident_id')}"))
    att_sha = hashlib.sha256(item.attestation).hexdigest()
    if d.get("attestation_sha256") != att_sha:
        out.append(("modified", f"attestation: its SHA-256 is {att_sha}, {where} recorded "
                                f"{d.get('attestation_sha256')}: the attestation was replaced"))
    return out


def _printable(text: str) -> str:
    """Untrusted text for a plain-text report: control characters made visible."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
