"""Exporting a case or a selection of incidents as a signed BagIt bundle (zip), optionally
encrypted to a recipient.

No staging folder, for either kind: the bag's files are written straight into a zip stream, each
payload file hashed as it passes for ``manifest-sha256.txt``, evidence decrypted chunk by chunk
from the blob store. For an encrypted export that zip stream is itself encrypted on the fly
(:class:`crypt.EncryptingWriter`), so no plaintext evidence ever touches the disk; for a plain
export the only plaintext written is the bundle the user asked for. Memory stays bounded by a
chunk (1 MiB). The output is written to a temp file beside the destination, fsynced and renamed;
a failure or cancel removes it.

The custody ``export`` event of each item is prepared (signed) before writing so that it travels
inside the bundle, and is stored once the bundle is complete; if an item's chain moved on
meanwhile, a fresh event is appended instead. A workspace-level ``export`` event records the
bundle as a whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlmodel import Session, col, select

from evidence_app import __version__
from evidence_app.errors import IntegrityError, NotFound, UsageError
from evidence_app.model.tables import Case, CaseIncident, CustodyEvent, EvidenceItem, Identity
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.services import cases as cases_service
from evidence_app.services import custody, records
from evidence_app.services.bundle import schema as S
from evidence_app.services.bundle.crypt import EncryptingWriter, Recipient, read_recipient_file
from evidence_app.services.workspace import Workspace
from evidence_app.vault.files import TEMP_PREFIX, fsync_dir

_EXT = re.compile(r"^[A-Za-z0-9]{1,10}$")
_IN_CHUNK = 500


@dataclass
class _Collected:
    incidents: list[dict[str, Any]] = field(default_factory=list)   # index entries + record
    cases: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    blobs: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # sha -> blob, size, path
    chains: dict[str, tuple[str, list[CustodyEvent]]] = field(default_factory=dict)
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)  # fp -> alias, pem
    export_events: list[CustodyEvent] = field(default_factory=list)


def export_bundle(ws: Workspace, *, case: str | None = None,
                  incident_ids: list[str] | None = None, output: Path,
                  recipient_pem: Path | None = None, progress: ProgressFn = no_progress,
                  cancel: CancelToken | None = None) -> BundleExportResult:
    """Write the bundle of ``case`` and/or ``incident_ids`` to ``output``.

    Raises :class:`UsageError` (nothing chosen, output exists), :class:`NotFound` (unknown case
    or incident), :class:`KeyError_` (bad recipient file), :class:`IntegrityError` (a stored
    file no longer matches its hash: nothing is written) and :class:`Cancelled`.
    """
    recipient = read_recipient_file(recipient_pem) if recipient_pem is not None else None
    if not case and not incident_ids:
        raise UsageError("Choose what to export: a case (--case) or incidents (--incident).")
    if output.exists():
        raise UsageError(f"{output} already exists; choose a new file name.")
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.")
    bundle_id = str(uuid.uuid4())
    created = datetime.now(UTC)
    with ws.session(write=False) as session:
        wanted = _resolve_scope(session, case, incident_ids or [])
        data = _collect(session, ws, wanted, bundle_id, recipient)
        me = session.get(Identity, ws.fingerprint)
        alias = me.alias if me else ws.alias
    index = _index(ws, data, bundle_id, created, alias, recipient,
                   {"case": case, "incidents": sorted(incident_ids or [])})
    tmp = output.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    try:
        size = _write(ws, tmp, data, index, created, alias, recipient, progress, cancel)
        if output.exists():
            raise UsageError(f"{output} appeared while exporting; choose a new file name.")
        os.replace(tmp, output)
        fsync_dir(output.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _record_export(ws, data, bundle_id, recipient)
    return S.BundleExportResult(
        path=output, bundle_id=bundle_id, encrypted=recipient is not None,
        recipient_fingerprint=recipient.fingerprint if recipient else None,
        incidents=len(data.incidents), cases=len(data.cases), items=len(data.items),
        files=len(data.blobs), payload_bytes=sum(s for _b, s, _p in data.blobs.values()),
        size=size)


BundleExportResult = S.BundleExportResult


def _resolve_scope(session: Session, case: str | None, incident_ids: list[str]) -> list[str]:
    from evidence_app.model.tables import Incident

    wanted: list[str] = []
    if case:
        row = cases_service.find_case(session, case)
        wanted += list(session.exec(select(CaseIncident.incident_id)
                                    .where(CaseIncident.case_id == row.id)))
    for incident_id in incident_ids:
        if session.get(Incident, incident_id) is None:
            raise NotFound(f"There is no incident with id {incident_id}.")
        wanted.append(incident_id)
    unique = sorted(set(wanted))
    if not unique:
        raise UsageError("There is nothing to export: the case has no incidents.")
    return unique


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start:start + _IN_CHUNK]


def _collect(session: Session, ws: Workspace, incident_ids: list[str], bundle_id: str,
             recipient: Recipient | None) -> _Collected:
    from evidence_app.model.tables import Incident

    out = _Collected()
    incident_set = set(incident_ids)
    items: dict[str, EvidenceItem] = {}
    for part in _chunks(incident_ids):
        for item in session.exec(select(EvidenceItem)
                                 .where(col(EvidenceItem.incident_id).in_(part))):
            items[item.id] = item
    # A derivative's parent travels with it (the attestation names it), and so does the
    # parent's incident, so that every reference resolves in the receiving workspace.
    pending = [i.parent_id for i in items.values() if i.parent_id and i.parent_id not in items]
    while pending:
        parent = session.get(EvidenceItem, pending.pop())
        if parent is None or parent.id in items:
            continue
        items[parent.id] = parent
        incident_set.add(parent.incident_id)
        if parent.parent_id and parent.parent_id not in items:
            pending.append(parent.parent_id)
    case_ids: set[str] = set()
    for incident_id in sorted(incident_set):
        row = session.get(Incident, incident_id)
        if row is None:
            raise NotFound(f"There is no incident with id {incident_id}.")
        record = records.to_record(session, row)
        case_ids.update(record["cases"])
        out.incidents.append({"row": {
            "id": row.id, "revision": row.revision, "created_at": S.iso(row.created_at),
            "created_by": row.created_by, "updated_at": S.iso(row.updated_at),
            "updated_by": row.updated_by, "review_comment": row.review_comment,
            "record": f"data/records/{row.id}.json"}, "record": record})
    for case_id in sorted(case_ids):
        case = session.get(Case, case_id)
        if case is not None:
            out.cases.append({"schema": S.CASE_SCHEMA, **case.model_dump(mode="json"),
                              "created_at": S.iso(case.created_at)})
    for item in sorted(items.values(), key=lambda i: i.id):
        ext = item.original_filename.rsplit(".", 1)[-1] if "." in item.original_filename else ""
        path = out.blobs.get(item.sha256, ("", 0, ""))[2] or (
            f"data/files/{item.sha256}" + (f".{ext.lower()}" if _EXT.match(ext) else ""))
        out.blobs.setdefault(item.sha256, (item.blob_name, item.size, path))
        out.items.append({"row": item, "file": path})
    subjects = ([("incident", i["row"]["id"]) for i in out.incidents]
                + [("case", c["id"]) for c in out.cases]
                + [("item", i["row"].id) for i in out.items])
    ids = [s for _t, s in subjects]
    events: dict[str, list[CustodyEvent]] = {s: [] for s in ids}
    for part in _chunks(ids):
        for event in session.exec(select(CustodyEvent)
                                  .where(col(CustodyEvent.subject_id).in_(part))
                                  .order_by(col(CustodyEvent.subject_id),
                                            col(CustodyEvent.subject_seq))):
            events[event.subject_id].append(event)
    for subject_type, subject_id in subjects:
        chain = events[subject_id]
        if subject_type == "item":
            chain = [*chain, _export_event(ws, subject_id, chain, bundle_id, recipient)]
            out.export_events.append(chain[-1])
        if chain:
            out.chains[subject_id] = (subject_type, chain)
    signers = {ws.fingerprint} | {e.actor for _t, c in out.chains.values() for e in c} \
        | {i["row"].ingested_by for i in out.items} \
        | {c["created_by"] for c in out.cases} \
        | {i["row"]["created_by"] for i in out.incidents} \
        | {i["row"]["updated_by"] for i in out.incidents}
    for fp in sorted(signers):
        ident = session.get(Identity, fp)
        if ident is None:
            raise IntegrityError(f"The key {fp[:16]}... that signed part of this export is not "
                                 "in the keyring; run 'evidence-app verify'.")
        out.keys[fp] = (ident.alias, ident.public_key_pem)
    return out


def _export_event(ws: Workspace, subject_id: str, chain: list[CustodyEvent], bundle_id: str,
                  recipient: Recipient | None) -> CustodyEvent:
    """Sign the item's ``export`` event now, so it travels inside the bundle."""
    prev = chain[-1] if chain else None
    event = CustodyEvent(
        id=str(uuid.uuid4()), subject_type="item", subject_id=subject_id,
        subject_seq=prev.subject_seq + 1 if prev else 1, at=custody.rfc3339_now(),
        actor=ws.fingerprint, action="export",
        details={"kind": "bundle", "bundle_id": bundle_id,
                 "to": recipient.fingerprint if recipient else None,
                 "encrypted": recipient is not None},
        prev_hash=prev.hash if prev else custody.GENESIS, hash="", signature=b"")
    body = custody.event_bytes(event)
    event.hash = hashlib.sha256(body).hexdigest()
    event.signature = ws.signer.sign(body)
    return event


def _index(ws: Workspace, data: _Collected, bundle_id: str, created: datetime, alias: str,
           recipient: Recipient | None, scope: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema": S.BUNDLE_SCHEMA, "bundle_id": bundle_id, "created_at": S.iso(created),
        "app": {"name": "evidence-app", "version": __version__},
        "exporter": {"fingerprint": ws.fingerprint, "alias": alias[:120]},
        "recipient": ({"fingerprint": recipient.fingerprint, "alias": recipient.alias}
                      if recipient else None),
        "scope": scope,
        "incidents": [i["row"] for i in data.incidents],
        "cases": [{"id": c["id"], "file": f"data/cases/{c['id']}.json"} for c in data.cases],
        "items": [{"id": i["row"].id, "file": f"data/items/{i['row'].id}.json"}
                  for i in data.items],
        "custody": [{"subject_type": t, "subject_id": s, "file": f"data/custody/{s}.jsonl",
                     "events": len(chain), "head": chain[-1].hash}
                    for s, (t, chain) in sorted(data.chains.items())],
        "keys": [{"fingerprint": fp, "alias": a[:120], "file": f"data/keys/{fp}.pem"}
                 for fp, (a, _pem) in sorted(data.keys.items())],
        "files": [{"sha256": sha, "size": size, "path": path}
                  for sha, (_b, size, path) in sorted(data.blobs.items())],
    }


def _item_doc(item: EvidenceItem, file_path: str) -> dict[str, Any]:
    doc = item.model_dump(mode="json", exclude={"attestation", "signature", "blob_name"})
    doc.update(schema=S.ITEM_SCHEMA, hash_algorithm="SHA-256", file=file_path,
               ingested_at=S.iso(item.ingested_at), acquired_at=S.iso(item.acquired_at),
               attestation=f"data/items/{item.id}.attestation.json",
               signature=f"data/items/{item.id}.attestation.json.sig")
    return doc


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"


class _BagWriter:
    """Writes bag members into a zip, hashing payload files for the manifest."""

    def __init__(self, zf: zipfile.ZipFile, root: str, when: datetime) -> None:
        self.zf = zf
        self.root = root
        self.when = when.timetuple()[:6]
        self.manifest: dict[str, str] = {}
        self.tags: dict[str, str] = {}
        self.payload_bytes = 0

    def _info(self, path: str, size: int, compress: bool) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self.root}/{path}", date_time=self.when)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o100644 << 16
        info.file_size = size
        return info

    def add(self, path: str, data: bytes) -> None:
        digest = hashlib.sha256(data).hexdigest()
        with self.zf.open(self._info(path, len(data), True), "w") as out:
            out.write(data)
        if path.startswith("data/"):
            self.manifest[path] = digest
            self.payload_bytes += len(data)
        else:
            self.tags[path] = digest

    def add_stream(self, path: str, chunks: Iterable[bytes], size: int) -> str:
        digest = hashlib.sha256()
        written = 0
        info = self._info(path, size, False)
        with self.zf.open(info, "w", force_zip64=size > 0x7FFF0000) as out:
            for chunk in chunks:
                digest.update(chunk)
                out.write(chunk)
                written += len(chunk)
        if written != size:
            raise IntegrityError(f"A stored file has {written} bytes where {size} were "
                                 "recorded; nothing was exported. Run 'evidence-app verify'.")
        self.manifest[path] = digest.hexdigest()
        self.payload_bytes += size
        return digest.hexdigest()


def _write(ws: Workspace, tmp: Path, data: _Collected, index: dict[str, Any], created: datetime,
           alias: str, recipient: Recipient | None, progress: ProgressFn,
           cancel: CancelToken | None) -> int:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        sink: BinaryIO = handle
        writer = EncryptingWriter(handle, recipient) if recipient is not None else None
        if writer is not None:
            sink = writer  # type: ignore[assignment]
        root = f"evidence-bundle-{created.strftime('%Y%m%d')}-{index['bundle_id'][:8]}"
        with zipfile.ZipFile(sink, "w", allowZip64=True) as zf:
            bag = _BagWriter(zf, root, created)
            _write_payload(ws, bag, data, index, progress, cancel)
            _write_tags(ws, bag, index, alias)
        if writer is not None:
            writer.close()
        handle.flush()
        os.fsync(handle.fileno())
        return handle.tell()


def _write_payload(ws: Workspace, bag: _BagWriter, data: _Collected, index: dict[str, Any],
                   progress: ProgressFn, cancel: CancelToken | None) -> None:
    bag.add(S.INDEX, _json(index))
    for inc in data.incidents:
        bag.add(inc["row"]["record"], _json(inc["record"]))
    for case in data.cases:
        bag.add(f"data/cases/{case['id']}.json", _json(case))
    for entry in data.items:
        item: EvidenceItem = entry["row"]
        bag.add(f"data/items/{item.id}.json", _json(_item_doc(item, entry["file"])))
        bag.add(f"data/items/{item.id}.attestation.json", item.attestation)
        bag.add(f"data/items/{item.id}.attestation.json.sig", item.signature)
    for subject_id, (_t, chain) in sorted(data.chains.items()):
        lines = [json.dumps({"body": custody.event_body(e), "hash": e.hash,
                             "signature": e.signature.hex()}, ensure_ascii=False,
                            sort_keys=True) for e in chain]
        bag.add(f"data/custody/{subject_id}.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    for fp, (_alias, pem) in sorted(data.keys.items()):
        bag.add(f"data/keys/{fp}.pem", pem.encode("ascii"))
    total = sum(size for _b, size, _p in data.blobs.values())
    done = 0
    for sha, (blob_name, size, path) in sorted(data.blobs.items()):
        def chunks(name: str = blob_name) -> Iterator[bytes]:
            nonlocal done
            for chunk in ws.blobs.open_plaintext(name):
                if cancel is not None:
                    cancel.check()
                done += len(chunk)
                progress(done, total, "exporting evidence files")
                yield chunk

        if bag.add_stream(path, chunks(), size) != sha:
            raise IntegrityError("A stored evidence file no longer matches its recorded "
                                 "SHA-256; nothing was exported. Run 'evidence-app verify'.")
    progress(total, total, "signing the bundle")


def _write_tags(ws: Workspace, bag: _BagWriter, index: dict[str, Any], alias: str) -> None:
    manifest = "".join(f"{digest}  {path}\n" for path, digest in sorted(bag.manifest.items()))
    bag.add(S.BAGIT_TXT, b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    info = (f"Bag-Software-Agent: evidence-app {__version__}\n"
            f"Bagging-Date: {index['created_at'][:10]}\n"
            f"Payload-Oxum: {bag.payload_bytes}.{len(bag.manifest)}\n"
            f"External-Identifier: {index['bundle_id']}\n"
            f"External-Description: Evidence App bundle: {len(index['incidents'])} incidents, "
            f"{len(index['items'])} evidence items. See README.txt to verify it.\n"
            f"Exporter-Fingerprint: {ws.fingerprint}\n")
    bag.add(S.BAG_INFO, info.encode("utf-8"))
    bag.add(S.MANIFEST, manifest.encode("utf-8"))
    readme = S.README_TEXT.format(bundle_id=index["bundle_id"], created_at=index["created_at"],
                                  alias=alias.replace("\n", " ")[:120],
                                  fingerprint=ws.fingerprint)
    bag.add(S.README, readme.encode("utf-8"))
    bag.add(S.EXPORTER_PEM, ws.signer.public.to_pem().encode("ascii"))
    tagmanifest = "".join(f"{digest}  {path}\n" for path, digest in sorted(bag.tags.items()))
    raw = tagmanifest.encode("utf-8")
    bag.add(S.TAGMANIFEST, raw)
    bag.add(S.SIGNATURE, ws.signer.sign(raw))


def _record_export(ws: Workspace, data: _Collected, bundle_id: str,
                   recipient: Recipient | None) -> None:
    """Store the prepared item events (or fresh ones if a chain moved on) and the bundle's."""
    with ws.session() as session:
        for event in data.export_events:
            head = session.exec(select(CustodyEvent)
                                .where(CustodyEvent.subject_id == event.subject_id)
                                .order_by(col(CustodyEvent.subject_seq).desc()).limit(1)).first()
            if (head.hash if head else custody.GENESIS) == event.prev_hash:
                session.add(event)
                session.flush()
            else:
                custody.append(session, ws, "item", event.subject_id, "export", event.details)
        custody.append(session, ws, "workspace", ws.keyfile.workspace_id, "export", {
            "kind": "bundle", "bundle_id": bundle_id,
            "to": recipient.fingerprint if recipient else None,
            "encrypted": recipient is not None, "incidents": len(data.incidents),
            "items": len(data.items)})
