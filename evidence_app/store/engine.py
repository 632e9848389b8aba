"""The SQLCipher engine: key, WAL, foreign keys, temp store in memory, private file modes.

The key is the workspace's random 32-byte database key, handed to SQLCipher as a raw key
(``x'...'``) so no passphrase derivation happens inside SQLite. ``temp_store = MEMORY`` keeps
sorts and temp tables out of plaintext files on disk.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from evidence_app.errors import WorkspaceCorrupt, WrongPassphrase

DB_NAME = "records.db"


def _connect(path: Path, key_hex: str) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=30)
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    # Scrubbing every freed buffer triples query time on 100k incidents (measured); SQLCipher
    # made it off by default in 4.5 for that reason. Decrypted pages live in process memory
    # while unlocked in any case; locking closes every connection (docs/threat-model.md).
    conn.execute("PRAGMA cipher_memory_security = OFF")
    return conn


def open_engine(path: Path, key: bytes) -> Engine:
    """Open (or create) the encrypted database at ``path``.

    Raises :class:`WrongPassphrase` if the key does not open the file (SQLCipher reports
    "file is not a database") and :class:`WorkspaceCorrupt` if it is unreadable otherwise.
    """
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    key_hex = bytes(key).hex()
    engine = create_engine("sqlite://", creator=lambda: _connect(path, key_hex),
                           poolclass=QueuePool, pool_size=4, max_overflow=4,
                           # LIFO: reuse the connection whose page cache is warm.
                           pool_use_lifo=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's BEGIN below manage transactions
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        if sys.platform == "darwin":  # fsync alone leaves commits in the drive's cache there
            cur.execute("PRAGMA fullfsync = ON")
            cur.execute("PRAGMA checkpoint_fullfsync = ON")
        cur.execute("PRAGMA temp_store = MEMORY")
        cur.execute("PRAGMA busy_timeout = 30000")
        # SQLCipher decrypts every page it reads; a 128 MiB cache of decrypted pages keeps list,
        # search and filter queries over 100k incidents near 50 ms (bench/bench_incidents.py).
        # The cache lives in process memory only and goes when the workspace is locked.
        cur.execute("PRAGMA cache_size = -131072")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock at BEGIN (no late SQLITE_BUSY on upgrade); readers stay
        # deferred so the list view keeps reading while an ingest writes (WAL).
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master"))
    except Exception as exc:
        engine.dispose()
        if "not a database" in str(exc):
            raise WrongPassphrase(
                "The database key does not open records.db: the key file and the database do "
                "not belong together, or the database is damaged."
            ) from exc
        raise WorkspaceCorrupt(f"The database cannot be opened: {exc}") from exc
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            Path(str(path) + suffix).chmod(0o600)
    return engine


@contextlib.contextmanager
def unit_of_work(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """One session, one transaction: commit on success, roll back on any exception.

    ``write=True`` starts the transaction with ``BEGIN IMMEDIATE`` (one writer at a time).
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            session.connection(execution_options={"write": write})
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
