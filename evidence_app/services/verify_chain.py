"""Custody-chain and keyring checks for :mod:`.verify`, and recording its ``verify`` events.

A chain (one per subject: an item, incident, case or the workspace) is sound when its events are
numbered 1, 2, 3... without gaps, each ``prev_hash`` is the hash of the event before (the first
links to :data:`custody.GENESIS`), each hash is the SHA-256 of the event's canonical body as it
is stored now, and each signature verifies with the actor's key from the keyring. A keyring
entry is only used if its fingerprint is the SHA-256 of its public key (else it was
substituted) and it is not revoked. Deleting the newest events of a chain cannot be seen in the
chain itself; a hole in the workspace-wide sequence numbers shows it (:func:`log_gaps`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Row

from evidence_app.crypto.batch_verify import Check
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.signing import BadKey, PublicIdentity, short_fingerprint
from evidence_app.model.tables import CustodyEvent, Identity
from evidence_app.progress import CancelToken
from evidence_app.services import custody
from evidence_app.services.workspace import Workspace

LOOKED_UP = ("item", "incident", "case")  # subject types whose rows a full run reads
_REORDER_PROBE = 32


class ChainVerdict(BaseModel):
    """The result for one subject's custody chain (an item, incident, case or the workspace)."""

    subject_type: str
    subject_id: str
    events: int
    ok: bool
    findings: list[str]


@dataclass(frozen=True)
class Key:
    """A keyring entry as verification sees it; ``public`` is None when it must not be used."""

    fingerprint: str
    alias: str
    trust: str
    public: PublicIdentity | None
    problem: str | None  # why signatures by this key cannot be trusted, if they cannot


@dataclass(frozen=True)
class Event:
    """A custody event read from the database, with its canonical body recomputed."""

    seq: int
    id: str
    subject_type: str
    subject_id: str
    subject_seq: int
    actor: str
    action: str
    details: dict[str, Any]
    prev_hash: str
    hash: str
    signature: bytes
    body: bytes  # custody.event_bytes of the row as it is now


def key_of(row: Identity) -> Key:
    """Check a keyring row: a valid Ed25519 key whose SHA-256 is the fingerprint, not revoked."""
    problem = None
    public = None
    try:
        public = PublicIdentity.from_pem(row.public_key_pem)
    except BadKey:
        problem = f"the keyring entry for {row.fingerprint} is not a valid Ed25519 public key"
    if public is not None and public.fingerprint != row.fingerprint:
        problem = (f"the keyring entry for {row.fingerprint} holds a public key whose "
                   f"fingerprint is {public.fingerprint}: the key was substituted")
        public = None
    elif problem is None and row.trust == "revoked":
        problem = f"the key {short_fingerprint(row.fingerprint)} is revoked"
    return Key(row.fingerprint, row.alias, row.trust, public, problem)


EVENT_COLUMNS = ("seq", "id", "subject_type", "subject_id", "subject_seq", "at", "actor",
                 "action", "details", "prev_hash", "hash", "signature")


def event_of(row: CustodyEvent | Row[Any]) -> Event:
    """Copy an event out of its session (an ORM row, or a row of :data:`EVENT_COLUMNS`); the
    body is :func:`custody.event_bytes` of the row."""
    return Event(seq=row.seq or 0, id=row.id, subject_type=row.subject_type,
                 subject_id=row.subject_id, subject_seq=row.subject_seq, actor=row.actor,
                 action=row.action, details=dict(row.details or {}), prev_hash=row.prev_hash,
                 hash=row.hash, signature=bytes(row.signature), body=custody.event_bytes(row))


def signature_check(event: Event, keys: dict[str, Key]) -> Check | None:
    """The signature check :func:`chain_findings` will make for ``event``, to do ahead in bulk
    (:mod:`evidence_app.crypto.batch_verify`); None if its key cannot be used."""
    key = keys.get(event.actor)
    if key is not None and key.problem is None and key.public is not None:
        return key.public.public_raw, event.signature, event.body
    return None


def signature_ok(key: PublicIdentity, signature: bytes, message: bytes,
                 done: Mapping[Check, bool] | None) -> bool:
    """The answer checked ahead (:mod:`evidence_app.crypto.batch_verify`), else checked now."""
    if done is not None:
        answer = done.get((key.public_raw, signature, message))
        if answer is not None:
            return answer
    return key.verify(signature, message)


def check_chains(subjects: dict[str, str], events_by_subject: dict[str, list[Event]],
                 keys: dict[str, Key], *, workspace_id: str, log_seqs: list[int] | None,
                 cancel: CancelToken | None,
                 signatures: Mapping[Check, bool] | None = None) -> dict[str, ChainVerdict]:
    """Return a verdict per subject in ``subjects`` (id -> type), keyed by subject id.

    ``events_by_subject`` holds each subject's events ordered by ``subject_seq``. With
    ``log_seqs`` (every event's workspace-wide seq: a full run) every other chain gets a verdict
    too (one whose subject type is in :data:`LOOKED_UP` but is not in ``subjects`` was deleted),
    and log gaps and substituted keys are added to the workspace's verdict. ``signatures``
    holds answers checked ahead (:func:`signature_checks`); others are checked here.
    Raises :class:`Cancelled` if ``cancel`` fires.
    """
    verdicts: dict[str, ChainVerdict] = {}
    for n, (subject_id, subject_type) in enumerate(subjects.items()):
        if cancel is not None and n % 256 == 0:
            cancel.check()
        events = events_by_subject.get(subject_id, [])
        findings = chain_findings(events, subject_type, keys, signatures) if events else [
            f"no custody events: the {subject_type}'s chain is missing (its first event was "
            "deleted, or the record was added to the database directly)"]
        verdicts[subject_id] = ChainVerdict(subject_type=subject_type, subject_id=subject_id,
                                            events=len(events), ok=not findings,
                                            findings=findings)
    if log_seqs is None:
        return verdicts
    for subject_id, events in events_by_subject.items():
        if subject_id in subjects:
            continue
        first = events[0]
        findings = chain_findings(events, first.subject_type, keys, signatures)
        if first.subject_type in LOOKED_UP:  # its row should exist: it was deleted
            gone = (f"the {first.subject_type} this chain belongs to is not in the database: "
                    f"it was deleted (first event #{first.subject_seq}, {first.action!r}")
            summary = {k: first.details[k] for k in ("sha256", "incident_id")
                       if k in first.details}
            findings.insert(0, gone + (f", {json.dumps(summary)})" if summary else ")"))
        verdicts[subject_id] = ChainVerdict(subject_type=first.subject_type,
                                            subject_id=subject_id, events=len(events),
                                            ok=not findings, findings=findings)
    log_findings = log_gaps(log_seqs) + sorted(
        {k.problem for k in keys.values() if k.problem and "substituted" in k.problem})
    if log_findings and workspace_id in verdicts:
        workspace = verdicts[workspace_id]
        verdicts[workspace_id] = workspace.model_copy(update={
            "ok": False, "findings": workspace.findings + log_findings})
    return verdicts


def chain_findings(events: list[Event], subject_type: str, keys: dict[str, Key],
                   signatures: Mapping[Check, bool] | None = None) -> list[str]:
    """Name every break in one chain: the event, what is wrong and the values involved."""
    findings: list[str] = []
    unusable: dict[str, list[int]] = {}
    previous: Event | None = None
    for event in events:
        where = f"event #{event.subject_seq} ({event.action!r}, id {event.id})"
        expected = previous.subject_seq + 1 if previous else 1
        if event.subject_seq > expected:
            gap = (f"#{expected}" if event.subject_seq == expected + 1
                   else f"#{expected} to #{event.subject_seq - 1}")
            start = (f"the chain starts at #{event.subject_seq}" if previous is None else
                     f"the chain jumps from #{expected - 1} to #{event.subject_seq}")
            findings.append(f"event {gap} missing: {start} (deleted)")
        elif event.subject_seq < expected:
            findings.append(f"{where}: out of order after #{expected - 1}")
        if event.subject_type != subject_type:
            findings.append(f"{where}: names subject type {event.subject_type!r} in a chain of "
                            f"type {subject_type!r}")
        link = previous.hash if previous else custody.GENESIS
        if event.prev_hash != link:
            findings.append(f"{where}: prev_hash {event.prev_hash[:16]}… does not link to the "
                            f"event before it ({link[:16]}…): the chain was cut or reordered")
        if hashlib.sha256(event.body).hexdigest() != event.hash:
            findings.append(f"{where}: {hash_mismatch(event, len(events))}")
        key = keys.get(event.actor)
        if key is None:
            unusable.setdefault(f"signed by {event.actor}, which is not in the keyring",
                                []).append(event.subject_seq)
        elif key.problem is not None or key.public is None:
            unusable.setdefault(f"signed by {key.alias}: {key.problem}",
                                []).append(event.subject_seq)
        elif not signature_ok(key.public, event.signature, event.body, signatures):
            findings.append(f"{where}: the signature does not verify with the key of "
                            f"{key.alias} ({short_fingerprint(event.actor)})")
        previous = event
    # One finding per unusable key, not one per event: a long chain would repeat it hundreds
    # of times.
    for problem, seqs in unusable.items():
        shown = ", ".join(f"#{n}" for n in seqs[:10]) + (" …" if len(seqs) > 10 else "")
        noun = "event" if len(seqs) == 1 else f"{len(seqs)} events"
        findings.append(f"{noun} {shown} cannot be checked: {problem}")
    return findings


def hash_mismatch(event: Event, chain_length: int) -> str:
    """Explain a recomputed hash that differs; detect an event moved to another position.

    Positions within :data:`_REORDER_PROBE` of the event's are tried (one encoding each), so a
    long, heavily altered chain stays linear to check.
    """
    body = json.loads(event.body)
    low = max(1, event.subject_seq - _REORDER_PROBE)
    for seq in range(low, min(chain_length + 1, event.subject_seq + _REORDER_PROBE) + 1):
        if seq != event.subject_seq:
            body["subject_seq"] = seq
            if hashlib.sha256(canonical_json(body)).hexdigest() == event.hash:
                return (f"it was signed as event #{seq} but sits at #{event.subject_seq}: "
                        "events were reordered (subject_seq changed)")
    return ("its content no longer matches its recorded hash: a field was edited after "
            "it was signed")


def log_gaps(seqs: list[int]) -> list[str]:
    """Gaps in the workspace-wide sequence reveal a deleted event even at the end of a chain.

    SQLite hands out rowids as max + 1 and a rolled-back insert leaves no gap, so any hole in
    1..max means a row was removed (PostgreSQL sequences do leave gaps: revisit there).
    """
    if not seqs:
        return []
    present = set(seqs)
    missing = [n for n in range(1, max(present) + 1) if n not in present]
    if not missing:
        return []
    shown = ", ".join(str(n) for n in missing[:10]) + (" …" if len(missing) > 10 else "")
    if len(missing) == 1:
        return [f"custody log: 1 event was deleted (workspace sequence number {shown} is "
                "missing)"]
    return [f"custody log: {len(missing)} events were deleted (workspace sequence numbers "
            f"{shown} are missing)"]


def record_verify_events(ws: Workspace, results: list[tuple[str, str, str | None]]) -> None:
    """Append one signed ``verify`` event per ``(item_id, status, sha256 found)``, in one
    transaction (:func:`custody.append_many`); details are ``{"status", "sha256"}``."""
    with ws.session() as session:
        custody.append_many(session, ws, "item", [
            (item_id, "verify", {"status": status, "sha256": sha256})
            for item_id, status, sha256 in results])
