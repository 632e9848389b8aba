"""Crash-safe, private file writes: temp file, fsync, rename, fsync of the folder; 0600/0700.

A temp file is named ``.tmp-<random>`` in the destination folder so that the rename is atomic
and leftovers after a crash can be found and removed at the next open (:func:`sweep_temp_files`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

if sys.platform == "darwin":
    import fcntl

TEMP_PREFIX = ".tmp-"
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it accessible to the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):  # not supported on every file system (FAT sticks)
        path.chmod(DIR_MODE)
    return path


def durable_sync(fd: int) -> None:
    """Flush a file's data to the disk itself, so it survives a power cut.

    ``fsync`` does that on Linux and Windows (``FlushFileBuffers``); on macOS it only hands the
    data to the drive, whose cache may lose it, and ``F_FULLFSYNC`` is what asks the drive to
    write it (Apple's fsync(2)). File systems that refuse ``F_FULLFSYNC`` (some network and FAT
    volumes) get a plain ``fsync``, as SQLite does.
    """
    if sys.platform == "darwin":
        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        except OSError:
            pass
        else:
            return
    os.fsync(fd)


def fsync_dir(path: Path) -> None:
    """Flush a folder's entry table so a rename inside it survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        durable_sync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(dest: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on clean exit it is fsynced and renamed onto ``dest``.

    On any exception the temp file is removed and ``dest`` is untouched.
    """
    folder = dest.parent
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 FILE_MODE)
    handle = os.fdopen(fd, "wb")
    try:
        yield handle
        handle.flush()
        durable_sync(handle.fileno())
        handle.close()
        os.replace(tmp, dest)
        fsync_dir(folder)
    except BaseException:
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(dest: Path, data: bytes) -> None:
    """Write ``data`` to ``dest`` crash-safely with owner-only permissions."""
    with atomic_writer(dest) as handle:
        handle.write(data)


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files left by an interrupted write below ``folder``; return how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for tmp in folder.rglob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed
