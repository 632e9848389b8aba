"""The workspace key file (``workspace.json``): format version and one key slot per user.

The workspace's random keys (database key, blob key) and each user's Ed25519 private key are
sealed with AES-256-GCM under a key derived from that user's passphrase with Argon2id. A slot
reveals nothing without the passphrase; there are no names in the file. Changing a passphrase
re-seals one slot and re-encrypts no data. Unlocking tries every slot, like LUKS key slots.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.crypto.aead import OpenFailed, open_sealed, seal
from evidence_app.crypto.canonical import canonical_json
from evidence_app.crypto.kdf import KdfParams, derive_key
from evidence_app.errors import WorkspaceCorrupt, WorkspaceTooNew, WrongPassphrase
from evidence_app.vault.files import atomic_write_bytes

KEYFILE_NAME = "workspace.json"
FORMAT = "evidence-app-workspace"
FORMAT_VERSION = 1


@dataclass
class SlotSecrets:
    """What one slot unlocks: the workspace keys and one user's identity."""

    db_key: bytearray
    blob_key: bytearray
    user_id: str
    signing_key: bytearray

    def wipe(self) -> None:
        """Overwrite the key bytes we own (copies inside OpenSSL are beyond our reach)."""
        for buf in (self.db_key, self.blob_key, self.signing_key):
            for i in range(len(buf)):
                buf[i] = 0


@dataclass
class KeyFile:
    """The parsed key file of one workspace."""

    workspace_id: str
    slots: list[dict[str, Any]] = field(default_factory=list)
    created_by_app: str = ""

    @staticmethod
    def path(root: Path) -> Path:
        return root / KEYFILE_NAME

    @classmethod
    def load(cls, root: Path) -> KeyFile:
        """Read and check the key file; refuse one from a newer app without touching it."""
        raw = cls.path(root).read_bytes()
        try:
            data = json.loads(raw)
            fmt, version = data["format"], int(data["format_version"])
            slots = data["slots"]
            workspace_id = str(data["workspace_id"])
            if not isinstance(slots, list) or not all(isinstance(s, dict) for s in slots):
                raise TypeError("slots must be a list of objects")
        except (ValueError, KeyError, TypeError, RecursionError) as exc:
            raise WorkspaceCorrupt(
                "The workspace key file is damaged. Restore workspace.json from a backup."
            ) from exc
        if fmt != FORMAT:
            raise WorkspaceCorrupt("This folder's workspace.json is not an Evidence App key file.")
        if version > FORMAT_VERSION:
            raise WorkspaceTooNew(
                f"This workspace was made by a newer version of Evidence App (key file format "
                f"{version}, this app reads up to {FORMAT_VERSION}). Install the newer version; "
                "nothing was changed."
            )
        return cls(workspace_id=workspace_id, slots=slots,
                   created_by_app=str(data.get("created_by_app", "")))

    def save(self, root: Path) -> None:
        body = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "workspace_id": self.workspace_id, "created_by_app": self.created_by_app,
                "slots": self.slots}
        atomic_write_bytes(self.path(root), json.dumps(body, indent=2).encode("utf-8"))

    def _aad(self, slot_id: str, kdf: dict[str, Any]) -> bytes:
        return canonical_json({"format": FORMAT, "format_version": FORMAT_VERSION,
                               "workspace_id": self.workspace_id, "slot_id": slot_id,
                               "kdf": kdf})

    def _seal_slot(self, slot_id: str, passphrase: str, secrets_: SlotSecrets,
                   params: KdfParams) -> dict[str, Any]:
        kdf_json = params.to_json()
        payload = json.dumps({
            "db_key": bytes(secrets_.db_key).hex(), "blob_key": bytes(secrets_.blob_key).hex(),
            "user_id": secrets_.user_id, "signing_key": bytes(secrets_.signing_key).hex(),
        }).encode("utf-8")
        box = seal(derive_key(passphrase, params), payload, self._aad(slot_id, kdf_json))
        return {"slot_id": slot_id, "kdf": kdf_json, "box": box.hex()}

    def add_slot(self, passphrase: str, secrets_: SlotSecrets,
                 kdf: KdfParams | None = None) -> str:
        """Seal ``secrets_`` under ``passphrase`` in a new slot; return the slot id."""
        slot_id = secrets.token_hex(8)
        self.slots.append(self._seal_slot(slot_id, passphrase, secrets_,
                                          kdf or KdfParams.new()))
        return slot_id

    def unlock(self, passphrase: str) -> tuple[str, SlotSecrets]:
        """Return ``(slot_id, secrets)`` of the slot ``passphrase`` opens.

        Raises :class:`WrongPassphrase` when no slot opens, :class:`WorkspaceCorrupt` when a slot
        is malformed.
        """
        for slot in self.slots:
            try:
                params = KdfParams.from_json(slot["kdf"])
                box = bytes.fromhex(slot["box"])
                aad = self._aad(str(slot["slot_id"]), slot["kdf"])
            except (KeyError, ValueError, TypeError) as exc:
                raise WorkspaceCorrupt(
                    "A key slot in workspace.json is damaged. Restore it from a backup."
                ) from exc
            try:
                payload = json.loads(open_sealed(derive_key(passphrase, params), box, aad))
            except OpenFailed:
                continue
            return str(slot["slot_id"]), SlotSecrets(
                db_key=bytearray.fromhex(payload["db_key"]),
                blob_key=bytearray.fromhex(payload["blob_key"]),
                user_id=str(payload["user_id"]),
                signing_key=bytearray.fromhex(payload["signing_key"]),
            )
        raise WrongPassphrase(
            "That passphrase does not open this workspace. Check the keyboard language and "
            "Caps Lock, then try again. Nothing was changed."
        )

    def replace_slot(self, slot_id: str, passphrase: str, secrets_: SlotSecrets) -> None:
        """Re-seal slot ``slot_id`` under a new passphrase and fresh salt (a passphrase change)."""
        index = next(i for i, s in enumerate(self.slots) if s["slot_id"] == slot_id)
        self.slots[index] = self._seal_slot(slot_id, passphrase, secrets_, KdfParams.new())

    def remove_slot(self, slot_id: str) -> None:
        """Drop a slot (a user removed from this laptop); the data stays readable by the others."""
        self.slots = [s for s in self.slots if s["slot_id"] != slot_id]
