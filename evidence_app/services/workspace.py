"""Creating, unlocking, locking a workspace, and its users' passphrases.

A workspace is a folder holding ``workspace.json`` (key slots), ``records.db`` (SQLCipher) and
``blobs/`` (encrypted evidence). :func:`open_workspace` unlocks a slot with the passphrase, opens
the database with the unwrapped key, runs migrations (backup first), sweeps temp files left by a
crash, and returns a :class:`Workspace` that holds the keys in memory until :meth:`Workspace.lock`.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, select

from evidence_app import __version__
from evidence_app.crypto.kdf import KdfParams
from evidence_app.crypto.signing import SigningKey
from evidence_app.errors import (
    UsageError,
    WorkspaceExists,
    WorkspaceLocked,
    WorkspaceNotFound,
    WrongPassphrase,
)
from evidence_app.log import logger
from evidence_app.model.tables import Blob, Identity
from evidence_app.store import migrate
from evidence_app.store.engine import DB_NAME, open_engine, unit_of_work
from evidence_app.vault.blobs import BlobStore
from evidence_app.vault.files import private_dir, sweep_temp_files
from evidence_app.vault.keyfile import KeyFile, SlotSecrets

MIN_PASSPHRASE = 8
_STALE_BLOB_AGE = timedelta(hours=24)


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass
class Workspace:
    """An unlocked workspace. Keys stay in memory only until :meth:`lock`."""

    root: Path
    engine: Engine
    blobs: BlobStore
    keyfile: KeyFile
    slot_id: str
    user_id: str
    signer: SigningKey
    alias: str
    _secrets: SlotSecrets = field(repr=False)
    locked: bool = False

    @property
    def fingerprint(self) -> str:
        return self.signer.fingerprint

    def session(self, *, write: bool = True) -> contextlib.AbstractContextManager[Session]:
        """One unit of work on the database (see :func:`unit_of_work`)."""
        if self.locked:
            raise WorkspaceLocked("The workspace is locked. Unlock it with your passphrase.")
        return unit_of_work(self.engine, write=write)

    def lock(self) -> None:
        """Close the database and overwrite the keys we hold (see docs/threat-model.md)."""
        if self.locked:
            return
        self.engine.dispose()
        self._secrets.wipe()
        self.blobs.forget_keys()
        self.signer = SigningKey.generate()  # drop our reference to the real key
        self.locked = True

    close = lock

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_: object) -> None:
        self.lock()


def workspace_exists(root: Path) -> bool:
    return KeyFile.path(root).is_file()


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UsageError(f"The passphrase must have at least {MIN_PASSPHRASE} characters; "
                         "a short sentence you can remember is best.", field="passphrase")


def create_workspace(root: Path, passphrase: str, alias: str, *, team: str | None = None,
                     kdf: KdfParams | None = None) -> Workspace:
    """Create a new workspace at ``root`` with one user, and return it unlocked.

    Raises :class:`WorkspaceExists` if ``root`` already holds one, :class:`UsageError` for a
    passphrase or alias that is too short.
    """
    if workspace_exists(root):
        raise WorkspaceExists(f"A workspace already exists in {root}. Open it instead, or choose "
                              "an empty folder.")
    _check_passphrase(passphrase)
    alias = alias.strip()
    if not alias or len(alias) > 120:
        raise UsageError("Give an alias of 1 to 120 characters (it need not be your real name).",
                         field="alias")
    if root.exists() and any(p for p in root.iterdir() if not p.name.startswith(".")):
        raise WorkspaceExists(f"The folder {root} is not empty. Choose an empty or new folder.")
    private_dir(root)
    signer = SigningKey.generate()
    slot = SlotSecrets(db_key=bytearray(os.urandom(32)), blob_key=bytearray(os.urandom(32)),
                       user_id=str(uuid.uuid4()), signing_key=bytearray(signer.private_raw()))
    keyfile = KeyFile(workspace_id=str(uuid.uuid4()), created_by_app=__version__)
    slot_id = keyfile.add_slot(passphrase, slot, kdf)
    # The key file is written last: until it exists, the folder is not a workspace and a
    # crashed creation can simply be started again.
    engine = open_engine(root / DB_NAME, bytes(slot.db_key))
    migrate.upgrade(engine, root / DB_NAME, root / "backups")
    with unit_of_work(engine) as session:
        session.add(Identity(fingerprint=signer.fingerprint, alias=alias,
                             public_key_pem=signer.public.to_pem(), trust="own",
                             user_id=slot.user_id, team=team, added_at=now_utc(),
                             added_by=signer.fingerprint))
    keyfile.save(root)
    ws = Workspace(root=root, engine=engine, blobs=BlobStore(root, bytes(slot.blob_key)),
                   keyfile=keyfile, slot_id=slot_id, user_id=slot.user_id, signer=signer,
                   alias=alias, _secrets=slot)
    from evidence_app.services import custody

    with ws.session() as session:
        custody.append(session, ws, "workspace", keyfile.workspace_id, "create",
                       {"app_version": __version__, "team": team})
    return ws


def open_workspace(root: Path, passphrase: str) -> Workspace:
    """Unlock the workspace at ``root``.

    Raises :class:`WorkspaceNotFound`, :class:`WrongPassphrase` (after a delay that grows with
    repeated failures, to slow guessing at the keyboard), :class:`WorkspaceTooNew` or
    :class:`WorkspaceCorrupt`. A refused unlock changes nothing in the workspace.
    """
    if not workspace_exists(root):
        raise WorkspaceNotFound(f"There is no workspace in {root}. Create one with "
                                "'evidence-app init', or name the right folder with --workspace.")
    keyfile = KeyFile.load(root)
    try:
        slot_id, slot = keyfile.unlock(passphrase)
    except WrongPassphrase:
        logger.warning("unlock refused (wrong passphrase)")
        _failed_attempt_delay()
        raise
    _FAILURES.clear()
    engine = open_engine(root / DB_NAME, bytes(slot.db_key))
    try:
        migrate.upgrade(engine, root / DB_NAME, root / "backups")
    except BaseException:
        engine.dispose()
        raise
    signer = SigningKey(bytes(slot.signing_key))
    blobs = BlobStore(root, bytes(slot.blob_key))
    sweep_temp_files(blobs.root)
    with unit_of_work(engine, write=False) as session:
        me = session.get(Identity, signer.fingerprint)
        alias = me.alias if me else "?"
    ws = Workspace(root=root, engine=engine, blobs=blobs, keyfile=keyfile, slot_id=slot_id,
                   user_id=slot.user_id, signer=signer, alias=alias, _secrets=slot)
    removed = collect_stale_blobs(ws)
    logger.info("workspace unlocked (slot %s, %d stale blobs removed)", slot_id, removed)
    return ws


_FAILURES: list[float] = []


def _failed_attempt_delay() -> None:
    """Slow down repeated wrong passphrases in this process: 0.5 s doubling up to 8 s.

    Argon2id already makes each guess cost ~0.2 s and 64 MiB; this adds a growing pause for
    someone guessing at an unlocked laptop's prompt. It cannot slow an attacker who copied the
    disk (docs/threat-model.md).
    """
    _FAILURES.append(time.monotonic())
    time.sleep(min(8.0, 0.5 * 2 ** (len(_FAILURES) - 1)))


def collect_stale_blobs(ws: Workspace) -> int:
    """Remove blobs that no row references and that are older than a day.

    Such a blob was renamed into place but its transaction never committed (a crash). The age
    limit keeps us from removing a blob another process has just written and not yet committed.
    """
    with ws.session(write=False) as session:
        referenced = set(session.exec(select(Blob.name)))
    cutoff = time.time() - _STALE_BLOB_AGE.total_seconds()
    stale = {n for n in ws.blobs.names_on_disk()
             if n not in referenced and ws.blobs.path_for(n).stat().st_mtime < cutoff}
    return ws.blobs.remove(stale)


def change_passphrase(ws: Workspace, old: str, new: str) -> None:
    """Re-seal the current user's key slot under ``new``. No data is re-encrypted."""
    _check_passphrase(new)
    slot_id, slot = ws.keyfile.unlock(old)
    if slot_id != ws.slot_id:
        raise WrongPassphrase("That is not your current passphrase. Nothing was changed.")
    ws.keyfile.replace_slot(slot_id, new, slot)
    ws.keyfile.save(ws.root)
    slot.wipe()


def add_user(ws: Workspace, alias: str, passphrase: str, *, team: str | None = None) -> str:
    """Give another person on this laptop their own passphrase and signing key.

    Returns the new user's fingerprint. Their slot unlocks the same records and blobs.
    """
    _check_passphrase(passphrase)
    alias = alias.strip()
    if not alias:
        raise UsageError("Give the new user an alias.", field="alias")
    signer = SigningKey.generate()
    slot = SlotSecrets(db_key=bytearray(ws._secrets.db_key),
                       blob_key=bytearray(ws._secrets.blob_key), user_id=str(uuid.uuid4()),
                       signing_key=bytearray(signer.private_raw()))
    with ws.session() as session:
        session.add(Identity(fingerprint=signer.fingerprint, alias=alias,
                             public_key_pem=signer.public.to_pem(), trust="own",
                             user_id=slot.user_id, team=team, added_at=now_utc(),
                             added_by=ws.fingerprint))
    # The key file is written after the identity is committed: a failure between the two
    # leaves an unused identity row, never a slot whose user is unknown.
    ws.keyfile.add_slot(passphrase, slot)
    ws.keyfile.save(ws.root)
    slot.wipe()
    return signer.fingerprint
