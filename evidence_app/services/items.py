"""Evidence items: list, show, open (decrypt to memory), and export for outside verification.

``export_item`` writes what a reviewer needs to check an item with standard tools alone: the
original bytes, a ``sha256sum`` line, the canonical attestation and its raw Ed25519 signature,
the signer's public key (PEM) and the item's custody events, with a README giving the commands.
Exporting writes plaintext on the user's request and is recorded in the item's custody chain.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlmodel import Session, col, select

from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.stream import StreamError
from evidence_app.errors import IntegrityError, NotFound, UsageError
from evidence_app.model.tables import EvidenceItem, Identity
from evidence_app.services import custody
from evidence_app.services.custody import CustodyEventRead
from evidence_app.services.workspace import Workspace
from evidence_app.vault.files import atomic_write_bytes, atomic_writer, private_dir


class ItemRead(BaseModel):
    id: str
    exhibit_number: str
    incident_id: str
    sha256: str
    hash_algorithm: str = "SHA-256"
    size: int
    media_type: str
    original_filename: str
    description: str
    acquisition_method: str
    source_url: str | None
    acquired_by: str
    acquired_at: datetime | None
    acquisition_note: str
    device: str
    ingested_at: datetime
    ingested_tz: str
    ingested_by: str
    signer_alias: str | None
    app_version: str
    file_metadata: dict[str, Any]
    parent_id: str | None
    derivative_kind: str | None
    derivatives: list[str] = []
    confidentiality: str
    consent: str
    graphic: bool
    signature_hex: str


def _to_read(session: Session, row: EvidenceItem) -> ItemRead:
    signer = session.get(Identity, row.ingested_by)
    children = list(session.exec(select(EvidenceItem.id)
                                 .where(EvidenceItem.parent_id == row.id)))
    data = row.model_dump(exclude={"attestation", "signature", "blob_name"})
    return ItemRead(**data, signer_alias=signer.alias if signer else None,
                    derivatives=children, signature_hex=row.signature.hex())


def list_items(ws: Workspace, incident_id: str | None = None) -> list[ItemRead]:
    with ws.session(write=False) as session:
        query = select(EvidenceItem).order_by(col(EvidenceItem.exhibit_number))
        if incident_id is not None:
            query = query.where(EvidenceItem.incident_id == incident_id)
        return [_to_read(session, r) for r in session.exec(query)]


def _load(session: Session, item_id: str) -> EvidenceItem:
    row = session.get(EvidenceItem, item_id) or session.exec(
        select(EvidenceItem).where(EvidenceItem.exhibit_number == item_id)).first()
    if row is None:
        raise NotFound(f"There is no evidence item {item_id!r}. 'evidence-app item list' "
                       "shows the items.")
    return row


def get_item(ws: Workspace, item_id: str) -> ItemRead:
    with ws.session(write=False) as session:
        return _to_read(session, _load(session, item_id))


def item_custody(ws: Workspace, item_id: str) -> list[CustodyEventRead]:
    with ws.session(write=False) as session:
        real_id = _load(session, item_id).id
    return custody.history(ws, real_id)


def open_item(ws: Workspace, item_id: str, *, purpose: str = "view",
              limit: int = 256 << 20) -> bytes:
    """Decrypt an item into memory, check its hash, and record the viewing in custody.

    Raises :class:`IntegrityError` if the stored bytes no longer match the recorded hash.
    """
    import hashlib

    with ws.session(write=False) as session:
        row = _load(session, item_id)
        blob_name, expected, real_id = row.blob_name, row.sha256, row.id
    data = ws.blobs.read_bytes(blob_name, limit=limit)
    if hashlib.sha256(data).hexdigest() != expected:
        raise IntegrityError("This item's stored bytes do not match its recorded SHA-256. Run "
                             "'evidence-app verify' and restore the workspace from a backup.")
    with ws.session() as session:
        custody.append(session, ws, "item", real_id, "view" if purpose == "view" else "open",
                       {"purpose": purpose})
    return data


_UNSAFE_RUN = re.compile("\0+")
MAX_EXPORT_NAME_BYTES = 160  # + "EX-00001_" stays well under the 255-byte limit of file systems


def safe_export_name(original: str, fallback: str) -> str:
    """A file name safe on every file system, keeping Burmese and other letters.

    Letters, digits and combining marks are kept (Burmese vowel signs and virama are marks,
    not ``\\w``); every other run becomes ``_``. The name is cut to
    :data:`MAX_EXPORT_NAME_BYTES` of UTF-8 at a character boundary, keeping the extension.
    """
    kept = "".join(c if unicodedata.category(c)[0] in "LNM" or c in ".-_" else "\0"
                   for c in unicodedata.normalize("NFC", original))
    name = _UNSAFE_RUN.sub("_", kept).strip("._")
    if len(name.encode("utf-8")) > MAX_EXPORT_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        if not dot or len(suffix.encode("utf-8")) > 16:
            stem, suffix = name, ""
        room = MAX_EXPORT_NAME_BYTES - len(suffix.encode("utf-8")) - len(dot)
        stem = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip("._")
        name = stem + dot + suffix
    return name or fallback


def export_item(ws: Workspace, item_id: str, dest: Path) -> list[Path]:
    """Write the item's original bytes and everything needed to verify it to folder ``dest``.

    Returns the written paths. The folder is created if needed; existing files of the same names
    are refused (:class:`UsageError`), never overwritten.
    """
    import hashlib

    with ws.session(write=False) as session:
        row = _load(session, item_id)
        signer = session.get(Identity, row.ingested_by)
        item = _to_read(session, row)
        attestation, signature = row.attestation, row.signature
        blob_name = row.blob_name
    events = custody.history(ws, item.id)
    base = safe_export_name(item.original_filename, item.exhibit_number)
    stem = item.exhibit_number
    names = {"original": f"{stem}_{base}", "sha": f"{stem}.sha256",
             "att": f"{stem}.attestation.json", "sig": f"{stem}.attestation.json.sig",
             "pem": f"{stem}.signer.pem", "custody": f"{stem}.custody.jsonl",
             "events": f"{stem}.custody", "readme": f"{stem}.README.txt"}
    private_dir(dest)
    clashes = [n for n in names.values() if (dest / n).exists()]
    if clashes:
        raise UsageError(f"{dest} already holds {clashes[0]}; choose an empty folder.")
    written = []
    digest = hashlib.sha256()
    if not ws.blobs.exists(blob_name):
        raise IntegrityError("The stored bytes of this item are missing; nothing was exported. "
                             "Run 'evidence-app verify' and restore the workspace from a backup.")
    try:
        with atomic_writer(dest / names["original"]) as out:
            for chunk in ws.blobs.open_plaintext(blob_name):
                digest.update(chunk)
                out.write(chunk)
    except StreamError as exc:  # the temp file is already removed by atomic_writer
        raise IntegrityError("The stored bytes of this item fail authentication (altered or "
                             "damaged); nothing was exported. Run 'evidence-app verify'.") from exc
    if digest.hexdigest() != item.sha256:
        (dest / names["original"]).unlink()
        raise IntegrityError("The stored bytes of this item do not match its recorded SHA-256; "
                             "nothing was exported. Run 'evidence-app verify'.")
    written.append(dest / names["original"])
    files = {
        "sha": f"{item.sha256}  {names['original']}\n".encode(),
        "att": attestation, "sig": signature,
        "pem": (signer.public_key_pem if signer else "").encode(),
        "custody": b"".join(json.dumps({**e.model_dump(), "body": custody_body(e)},
                                       ensure_ascii=False).encode() + b"\n" for e in events),
        "readme": _readme(names, item.sha256).encode("utf-8"),
    }
    for key, data in files.items():
        atomic_write_bytes(dest / names[key], data)
        written.append(dest / names[key])
    written += _write_event_files(ws, private_dir(dest / names["events"]), events)
    with ws.session() as session:
        custody.append(session, ws, "item", item.id, "export",
                       {"kind": "item-export", "files": sorted(names.values())})
    return written


def custody_body(event: CustodyEventRead) -> dict[str, Any]:
    """The signed body of an event (what its signature covers)."""
    return {"type": custody.EVENT_TYPE, "version": custody.EVENT_VERSION, "id": event.id,
            "subject_type": event.subject_type, "subject_id": event.subject_id,
            "subject_seq": event.subject_seq, "at": event.at, "actor": event.actor,
            "action": event.action, "details": event.details, "prev_hash": event.prev_hash}


def _write_event_files(ws: Workspace, folder: Path,
                       events: list[CustodyEventRead]) -> list[Path]:
    """Per event: the exact signed bytes, the raw signature and the actor's public key, so that
    a reviewer checks every signature of the chain with ``openssl`` alone (README step 5)."""
    with ws.session(write=False) as session:
        pems = {fp: row.public_key_pem for fp in {e.actor for e in events}
                if (row := session.get(Identity, fp)) is not None}
    written = []
    for number, event in enumerate(events, start=1):
        stem = folder / f"{number:04d}"
        for suffix, data in ((".json", canonical_json(custody_body(event))),
                             (".sig", bytes.fromhex(event.signature_hex)),
                             (".pem", pems.get(event.actor, "").encode())):
            atomic_write_bytes(stem.with_suffix(suffix), data)
            written.append(stem.with_suffix(suffix))
    return written


def _readme(names: dict[str, str], sha: str) -> str:
    return f"""Evidence App item export: how to verify it with standard tools

1. The file is unchanged since it was recorded (its SHA-256 is {sha}):
     sha256sum -c {names['sha']}
2. The attestation was signed by the key in {names['pem']}:
     openssl pkeyutl -verify -pubin -inkey {names['pem']} -rawin \\
         -in {names['att']} -sigfile {names['sig']}
   ("Signature Verified Successfully"). The attestation names the same SHA-256 under "hash".
3. The signer's fingerprint is the SHA-256 of the raw public key:
     openssl pkey -pubin -in {names['pem']} -outform DER | tail -c 32 | sha256sum
   Compare it with "signer" in the attestation and with the fingerprint the signer gave you.
4. {names['custody']} holds the item's chain of custody, one event per line; each event's
   "hash" is the SHA-256 of the canonical JSON (RFC 8785) of its "body", and "prev_hash" links
   it to the event before.
5. Every event of the chain was signed by the key of its "actor". {names['events']}/ holds, per
   event in order, NNNN.json (the exact signed bytes), NNNN.sig and NNNN.pem (the actor's key):
     cd {names['events']} && for n in $(ls *.json | sed 's/[.]json$//'); do \\
         openssl pkeyutl -verify -pubin -inkey $n.pem -rawin -in $n.json -sigfile $n.sig \\
         || echo "EVENT $n FAILED"; done
   ("Signature Verified Successfully" once per event). sha256sum *.json gives each event's
   "hash"; each NNNN.json names the previous event's hash under "prev_hash".
"""
