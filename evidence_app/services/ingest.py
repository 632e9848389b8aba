"""Ingest: turning a file into an evidence item (Berkeley Protocol paras 153-154).

For each file, in one streaming pass with bounded memory: SHA-256 of the original bytes, AES-256-GCM
chunked encryption into the blob store (temp file, fsync, rename), then a transaction that
references the blob, records the item with its acquisition and the metadata the file claims, and
stores a signed attestation and a custody event. Files go in batches (:data:`BATCH_FILES`): the
blobs of a batch are all made durable first, then recorded in one transaction
(:class:`~evidence_app.vault.blobs.BlobBatch` says why that is as crash-safe as one file at a
time). A file that fails is reported and skipped; the others go on. Originals are never
changed; derivatives (redacted copy, transcript, translation) are new items pointing at their
parent.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Row, cast
from sqlmodel import Session, col, func, select

from evidence_app import __version__
from evidence_app.crypto.canonical import canonical_json
from evidence_app.errors import Cancelled, IngestError, NotFound, ValidationError
from evidence_app.log import logger
from evidence_app.media.detect import detect_media_type
from evidence_app.media.metadata import extract_metadata
from evidence_app.model.tables import Blob, EvidenceItem, Incident
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import custody
from evidence_app.services.workspace import Workspace, now_utc
from evidence_app.taxonomy import ACQUISITION_METHODS, DERIVATIVE_KINDS
from evidence_app.vault.blobs import BlobBatch, StagedBlob, StoredBlob

ATTESTATION_TYPE = "evidence-app/ingest-attestation"
ATTESTATION_VERSION = 1
MAX_NAME_CHARS = 1024


@dataclass
class Acquisition:
    """How an item came to us (Berkeley Protocol: who, when, how, from where)."""

    method: str = "field"
    url: str | None = None
    acquired_by: str = ""
    acquired_at: datetime | None = None
    note: str = ""
    device: str = ""
    description: str = ""
    confidentiality: str = "confidential"
    consent: str = "not_asked"
    graphic: bool = False

    def validate(self) -> None:
        if self.method not in ACQUISITION_METHODS:
            raise ValidationError(f"acquisition must be one of {', '.join(ACQUISITION_METHODS)}",
                                  field="acquired")
        if self.method == "web" and not self.url:
            raise ValidationError("material downloaded from the web needs its --url "
                                  "(Berkeley Protocol para 155)", field="url")
        if self.url is not None and not self.url.startswith(("http://", "https://", "ftp://")):
            raise ValidationError("the URL must start with http://, https:// or ftp://",
                                  field="url")
        if self.confidentiality not in ("public", "confidential", "under_seal"):
            raise ValidationError("confidentiality must be public, confidential or under_seal",
                                  field="confidentiality")
        if self.acquired_at is not None:
            # A time without its UTC offset cannot be stored (it crashed the ingest with a
            # database traceback), and guessing the zone would misdate evidence.
            if self.acquired_at.utcoffset() is None:
                raise ValidationError(
                    f"{self.acquired_at.isoformat()} has no time zone; add its UTC offset, "
                    "e.g. 2023-04-11T11:02+06:30 for Myanmar time", field="acquired_at")
            if self.acquired_at > datetime.now(UTC):
                raise ValidationError(f"{self.acquired_at.isoformat()} is in the future",
                                      field="acquired_at")


@dataclass(frozen=True)
class IngestedItem:
    item_id: str
    exhibit_number: str
    path: str
    sha256: str
    size: int
    media_type: str
    deduplicated: bool


@dataclass(frozen=True)
class IngestFailure:
    path: str
    reason: str


@dataclass
class IngestResult:
    items: list[IngestedItem] = field(default_factory=list)
    failures: list[IngestFailure] = field(default_factory=list)
    cancelled: bool = False


def untrusted_filename(path: Path) -> str:
    """The file's name as text: undecodable bytes escaped, control characters made visible."""
    raw = os.fsencode(path.name).decode("utf-8", errors="backslashreplace")
    shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in raw)
    return shown[:MAX_NAME_CHARS]


def ingest_files(ws: Workspace, incident_id: str, paths: list[Path],
                 acquisition: Acquisition | None = None, *, parent_id: str | None = None,
                 derivative_kind: str | None = None, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> IngestResult:
    """Ingest ``paths`` into an incident; each file succeeds or fails on its own.

    Progress is reported over the total bytes of all files. On cancel, the file in progress is
    discarded (nothing partial is referenced), files already ingested stay, and the result says
    ``cancelled``. Raises :class:`NotFound` for an unknown incident or parent and
    :class:`ValidationError` for bad acquisition fields, before touching any file.
    """
    acq = acquisition or Acquisition()
    acq.validate()
    if derivative_kind is not None and derivative_kind not in DERIVATIVE_KINDS:
        raise ValidationError(f"derivative kind must be one of {', '.join(DERIVATIVE_KINDS)}",
                              field="derivative")
    if (parent_id is None) != (derivative_kind is None):
        raise ValidationError("a derivative needs both its parent item and its kind",
                              field="derivative")
    with ws.session(write=False) as session:
        if session.get(Incident, incident_id) is None:
            raise NotFound(f"There is no incident with id {incident_id}.")
        if parent_id is not None and session.get(EvidenceItem, parent_id) is None:
            raise NotFound(f"There is no evidence item with id {parent_id} to derive from.")
    sizes = {}
    for p in paths:
        try:
            sizes[p] = p.stat().st_size
        except OSError:
            sizes[p] = 0
    total = sum(sizes.values())
    done_before = 0
    result = IngestResult()
    staged: list[_Staged] = []
    batch = ws.blobs.batch()
    try:
        for path in paths:
            def file_progress(done: int, _total: int, label: str, base: int = done_before) -> None:
                progress(base + done, total, label)

            try:
                if cancel is not None:
                    cancel.check()
                staged.append(_stage_one(batch, path, file_progress, cancel))
            except Cancelled:
                result.cancelled = True
                break
            except IngestError as exc:
                logger.info("ingest of one file into incident %s refused", incident_id)
                result.failures.append(IngestFailure(str(path), exc.message))
            done_before += sizes[path]
            if len(batch) >= BATCH_FILES or batch.bytes >= BATCH_BYTES:
                _commit_batch(ws, batch, staged, incident_id, acq, parent_id, derivative_kind,
                              result)
                batch, staged = ws.blobs.batch(), []
        # After a cancel too: the files finished before it are kept, as the contract says.
        _commit_batch(ws, batch, staged, incident_id, acq, parent_id, derivative_kind, result)
    except BaseException:
        with batch:  # removes what the unfinished batch wrote, then stops its threads
            raise
    return result


BATCH_FILES = 256  # files made durable and recorded together (bench/README.md)
BATCH_BYTES = 256 << 20  # ... or this many bytes, whichever comes first


@dataclass(frozen=True)
class _Staged:
    """A file encrypted into the current batch, with what was read from it before."""

    path: Path
    name: str
    media_type: str
    claimed: dict[str, Any]
    blob: StagedBlob


def _stage_one(batch: BlobBatch, path: Path, progress: ProgressFn,
               cancel: CancelToken | None) -> _Staged:
    name = untrusted_filename(path)
    source = path
    try:
        if path.is_symlink():
            source = path.resolve(strict=True)
        # Checked before opening: opening a named pipe blocks until someone writes to it.
        if not stat.S_ISREG(source.stat().st_mode):
            raise IngestError("This is not a regular file (a folder, a device or a pipe?).")
        with source.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        raise IngestError(f"Cannot read the file: {exc.strerror or exc}.") from exc
    if not head:
        raise IngestError("The file is empty; there is nothing to preserve.")
    media_type = detect_media_type(head, name)
    try:
        claimed = extract_metadata(source, media_type)
    except Exception as exc:  # untrusted content: metadata must never stop an ingest
        claimed = {"errors": [f"metadata could not be read: {type(exc).__name__}"]}
    blob = batch.add_file(source, progress=progress, cancel=cancel)
    return _Staged(source, name, media_type, claimed, blob)


def _commit_batch(ws: Workspace, batch: BlobBatch, staged: list[_Staged], incident_id: str,
                  acq: Acquisition, parent_id: str | None, derivative_kind: str | None,
                  result: IngestResult) -> None:
    """Make the batch's blobs durable, then record all its items in ONE transaction.

    If the disk refuses the batch, each of its files is reported as failed and nothing of it
    is kept; if the transaction fails, the blobs the batch created are removed and the error
    propagates (the ``with`` block): in no case does a row reference a blob that is not durable.
    """
    with batch:
        if not staged:
            return
        try:
            stored = batch.commit()
        except IngestError as exc:
            batch.abort()
            result.failures.extend(IngestFailure(str(s.path), exc.message) for s in staged)
            return
        with ws.session() as session:
            # Numbered once per batch, then counted up: one query instead of one per item
            # (the same labels, as the batch's transaction is the only writer).
            first = int(next_exhibit_number(session)[3:])
            known = _KnownContent.load(session, stored)
            events: list[tuple[str, str, dict[str, Any]]] = []
            items = [_record_one(session, ws, incident_id, s, b, f"EX-{first + n:05d}", known,
                                 events, acq, parent_id, derivative_kind)
                     for n, (s, b) in enumerate(zip(staged, stored, strict=True))]
            # The same signed events, in the same order, as custody.append one by one.
            custody.append_many(session, ws, "item", events)
    result.items.extend(items)
    for item in items:
        logger.info("ingested item %s", item.item_id)  # never the plaintext hash (NOTES.md)


@dataclass
class _KnownContent:
    """Blob rows and item hashes already present, read once per batch (two queries instead of
    two per item), and kept up to date as the batch adds its own."""

    blobs: set[str]
    items: set[str]

    @classmethod
    def load(cls, session: Session, stored: list[StoredBlob]) -> _KnownContent:
        names = sorted({b.name for b in stored})
        shas = sorted({b.sha256 for b in stored})
        return cls(
            set(session.exec(select(Blob.name).where(col(Blob.name).in_(names)))),
            set(session.exec(select(EvidenceItem.sha256)
                             .where(col(EvidenceItem.sha256).in_(shas)))))


def _record_one(session: Session, ws: Workspace, incident_id: str, staged: _Staged,
                stored: StoredBlob, exhibit: str, known: _KnownContent,
                events: list[tuple[str, str, dict[str, Any]]], acq: Acquisition,
                parent_id: str | None, derivative_kind: str | None) -> IngestedItem:
    """Add one item and its attestation in the caller's transaction; its custody events go to
    ``events`` (written by the caller with ``custody.append_many``)."""
    ingested_at = now_utc()
    local = datetime.now().astimezone()
    item_id = str(uuid.uuid4())
    name, media_type = staged.name, staged.media_type
    if stored.name not in known.blobs:
        session.add(Blob(name=stored.name, sha256=stored.sha256, size=stored.size,
                         stored_at=ingested_at))
        known.blobs.add(stored.name)
    deduplicated = stored.sha256 in known.items
    known.items.add(stored.sha256)
    parent_sha = None
    if parent_id is not None:
        parent = session.get(EvidenceItem, parent_id)
        parent_sha = parent.sha256 if parent else None
    item = EvidenceItem(
        id=item_id, exhibit_number=exhibit, incident_id=incident_id,
        blob_name=stored.name, sha256=stored.sha256, size=stored.size,
        media_type=media_type, original_filename=name, description=acq.description,
        acquisition_method=acq.method, source_url=acq.url, acquired_by=acq.acquired_by,
        acquired_at=acq.acquired_at, acquisition_note=acq.note, device=acq.device,
        ingested_at=ingested_at, ingested_tz=local.strftime("%z")[:3] + ":"
        + local.strftime("%z")[3:], ingested_by=ws.fingerprint, app_version=__version__,
        file_metadata=staged.claimed, parent_id=parent_id, derivative_kind=derivative_kind,
        confidentiality=acq.confidentiality, consent=acq.consent, graphic=acq.graphic,
        attestation=b"", signature=b"")
    item.attestation = canonical_json(attestation_body(item, parent_sha))
    item.signature = ws.signer.sign(item.attestation)
    session.add(item)
    events.append((item_id, "ingest", {
        "incident_id": incident_id, "sha256": stored.sha256, "size": stored.size,
        "attestation_sha256": hashlib.sha256(item.attestation).hexdigest(),
        "acquisition": acq.method, "deduplicated": deduplicated}))
    if parent_id is not None:
        events.append((parent_id, "derive", {"child_id": item_id,
                                             "child_sha256": stored.sha256,
                                             "kind": derivative_kind}))
    return IngestedItem(item_id, exhibit, str(staged.path), stored.sha256, stored.size,
                        media_type, deduplicated)


# The columns :func:`attestation_body` reads: verification selects just these (and a few more),
# without building ORM objects.
ATTESTED_COLUMNS = ("id", "incident_id", "sha256", "size", "media_type", "original_filename",
                    "acquisition_method", "source_url", "acquired_by", "acquired_at",
                    "acquisition_note", "device", "parent_id", "derivative_kind", "ingested_at",
                    "ingested_tz", "app_version", "ingested_by")


def attestation_body(item: EvidenceItem | Row[Any], parent_sha256: str | None) -> dict[str, Any]:
    """The signed statement made at ingest (canonical JSON, versioned)."""
    return {
        "type": ATTESTATION_TYPE, "version": ATTESTATION_VERSION,
        "item_id": item.id, "incident_id": item.incident_id,
        "hash": {"algorithm": "SHA-256", "value": item.sha256},
        "size": item.size, "media_type": item.media_type,
        "original_filename": item.original_filename,
        "acquisition": {"method": item.acquisition_method, "url": item.source_url,
                        "acquired_by": item.acquired_by,
                        "acquired_at": _iso(item.acquired_at), "note": item.acquisition_note,
                        "device": item.device},
        "parent": ({"item_id": item.parent_id, "hash": {"algorithm": "SHA-256",
                                                         "value": parent_sha256},
                    "kind": item.derivative_kind} if item.parent_id else None),
        "ingested_at": _iso(item.ingested_at), "ingested_tz": item.ingested_tz,
        "app": {"name": "evidence-app", "version": item.app_version},
        "signer": item.ingested_by,
    }


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    if value.year >= 1000:  # isoformat pads years below 1000, strftime's %Y may not
        return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"
    return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def next_exhibit_number(session: Session) -> str:
    """The next free exhibit label of this workspace, ``EX-00001`` style: one more than the
    highest number of any ``EX-<digits>`` label (a suffix after the digits is allowed).

    Labels of another form (a bundle may carry any) never stop the numbering: taking the
    "last" label by its text instead once made an imported ``EX-ZZZZ`` restart it at
    ``EX-00001``, and every later ingest then failed on a label already taken.
    """
    return f"EX-{last_exhibit_number(session) + 1:05d}"


def last_exhibit_number(session: Session) -> int:
    """The highest ``n`` of the ``EX-<n>`` labels in the workspace, 0 if there are none."""
    label = col(EvidenceItem.exhibit_number)
    highest = session.exec(select(func.max(cast(func.substr(label, 4), Integer)))
                           .where(label.op("GLOB")("EX-[0-9]*"))).one()
    return int(highest or 0)


_EXHIBIT = re.compile(r"EX-([0-9]+)")


def exhibit_number_of(label: str) -> int | None:
    """The number of an ``EX-<digits>`` label (as :func:`last_exhibit_number` reads it)."""
    found = _EXHIBIT.match(label)
    return int(found.group(1)) if found else None
