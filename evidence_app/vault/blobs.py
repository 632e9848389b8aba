"""The encrypted blob store: original evidence bytes, encrypted, named by a keyed hash.

A blob is stored once per distinct content at ``blobs/<2 hex>/<64 hex>``, the name being
HMAC-SHA-256 of the plaintext SHA-256 under a key derived from the workspace blob key. A plain
content hash as a name would tell whoever holds a list of known hashes that this workspace holds
that exact file (NOTES.md); the keyed name does not. The plaintext SHA-256 lives only inside the
encrypted database. Blobs are padded (the EAB2 format, crypto/stream.py) so that their size on
disk does not give away the file's exact size either.

Writes are crash-safe: temp file, fsync, rename, fsync of the folder, and only then does the
caller reference the blob in a database transaction. A blob on disk that no row references is
harmless and is removed at a later open (``services.workspace.collect_stale_blobs``). Many
files are made durable together by a :class:`BlobBatch` (ingest of many files, bundle import),
with the same ordering for the whole batch.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from evidence_app.crypto.stream import (
    DEFAULT_CHUNK,
    PaddedStreamWriter,
    StreamError,
    decrypt_chunks,
)
from evidence_app.errors import IngestError
from evidence_app.progress import CancelToken, ProgressFn, no_progress
from evidence_app.vault.files import TEMP_PREFIX, durable_sync, fsync_dir, private_dir

BLOB_DIR = "blobs"


@dataclass(frozen=True)
class StoredBlob:
    """The result of storing a file: plaintext hash and size, the blob's name, whether new."""

    sha256: str
    size: int
    name: str
    created: bool


@dataclass(frozen=True)
class BlobCheck:
    """The result of re-reading one blob: ``status`` is intact, modified, missing or unreadable."""

    name: str
    status: str
    sha256: str | None
    size: int | None
    detail: str = ""


class BlobStore:
    """Stores and reads encrypted blobs under ``<workspace>/blobs``."""

    def __init__(self, root: Path, blob_key: bytes, chunk_size: int = DEFAULT_CHUNK) -> None:
        self.root = private_dir(root / BLOB_DIR)
        self._key = bytes(blob_key)
        self._name_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                              info=b"evidence-app blob names v1").derive(self._key)
        self.chunk_size = chunk_size

    def name_for(self, sha256_hex: str) -> str:
        """Return the on-disk name of the blob holding content with this SHA-256."""
        return hmac.new(self._name_key, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()

    def path_for(self, name: str) -> Path:
        return self.root / name[:2] / name

    def exists(self, name: str) -> bool:
        return self.path_for(name).is_file()

    def batch(self) -> BlobBatch:
        """Start a :class:`BlobBatch`: many blobs made durable together (ingest, import)."""
        return BlobBatch(self)

    def put_file(self, source: Path, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> StoredBlob:
        """Hash, encrypt and store ``source`` in one streaming pass with bounded memory.

        Raises :class:`IngestError` if the file cannot be read, is not a regular file, or changes
        while being read, and :class:`Cancelled` if ``cancel`` fires; in every such case nothing
        is left in the store. A batch of one: see :class:`BlobBatch` for many files.
        """
        with self.batch() as batch:
            batch.add_file(source, progress=progress, cancel=cancel)
            return batch.commit()[0]

    def put_stream(self, handle: BinaryIO, *, size: int, label: str = "",
                   progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> StoredBlob:
        """Like :meth:`put_file` for an open stream (a member of a bundle being imported).

        ``size`` is the expected length, for progress only; the caller compares the returned
        SHA-256 with the one it expects. On any error or cancel nothing is left in the store.
        """
        with self.batch() as batch:
            batch.add_stream(handle, size=size, label=label, progress=progress, cancel=cancel)
            return batch.commit()[0]

    def _encrypt_into(self, handle: BinaryIO, out: BinaryIO, total: int, label: str,
                      progress: ProgressFn, cancel: CancelToken | None) -> tuple[str, int]:
        """Stream ``handle`` through SHA-256 and the chunked AEAD into ``out`` (not fsynced).

        SHA-256 runs on a helper thread (``hashlib`` releases the GIL) while this thread reads,
        encrypts and writes, and writeback of what is written is started every
        :data:`WRITEBACK_STEP` bytes, so the disk works while we hash and the final fsync has
        little left: 1 GiB with fsync, median on the shared 2-core machine, ~2.5 s before, ~1.9 s
        after, against 2.0 s for a plain ``dd conv=fsync`` copy (bench/README.md). A file of
        at most two chunks is hashed inline: there is nothing to overlap, and starting and
        joining a thread cost ~2 ms per file in a profile of 100 KiB files (bench/README.md).
        """
        done = 0
        digest: _Sha256Thread | _Sha256Inline = (
            _Sha256Inline() if total <= 2 * self.chunk_size else _Sha256Thread())
        with digest:
            writer = PaddedStreamWriter(self._key, out, self.chunk_size)
            flushed = writer.written
            while piece := _read_full(handle, self.chunk_size):
                if cancel is not None:
                    cancel.check()
                digest.update(piece)
                writer.write(piece)
                if writer.written - flushed >= WRITEBACK_STEP:
                    out.flush()
                    _start_writeback(out.fileno(), flushed, writer.written - flushed)
                    flushed = writer.written
                done += len(piece)
                progress(done, total, label)
            writer.finish()
            out.flush()
            sha = digest.hexdigest()
        return sha, done

    def open_plaintext(self, name: str) -> Iterator[bytes]:
        """Yield the decrypted chunks of blob ``name``; raise StreamError if it is altered."""
        with self.path_for(name).open("rb") as handle:
            yield from decrypt_chunks(self._key, handle)

    def read_bytes(self, name: str, *, limit: int = 256 << 20) -> bytes:
        """Return a whole decrypted blob (for small items: text, images to show)."""
        parts: list[bytes] = []
        size = 0
        for chunk in self.open_plaintext(name):
            size += len(chunk)
            if size > limit:
                raise IngestError("The item is too large to open in memory.")
            parts.append(chunk)
        return b"".join(parts)

    def check(self, name: str, *, cancel: CancelToken | None = None) -> BlobCheck:
        """Decrypt and re-hash blob ``name``."""
        path = self.path_for(name)
        if not path.is_file():
            return BlobCheck(name, "missing", None, None, "the encrypted file is not on disk")
        digest = hashlib.sha256()
        size = 0
        try:
            for chunk in self.open_plaintext(name):
                if cancel is not None:
                    cancel.check()
                digest.update(chunk)
                size += len(chunk)
        except StreamError as exc:
            return BlobCheck(name, "modified", None, None, str(exc))
        except OSError as exc:
            return BlobCheck(name, "unreadable", None, None, str(exc))
        return BlobCheck(name, "intact", digest.hexdigest(), size)

    def names_on_disk(self) -> Iterator[str]:
        for sub in sorted(self.root.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                for entry in sorted(sub.iterdir()):
                    if not entry.name.startswith(TEMP_PREFIX):
                        yield entry.name

    def remove(self, names: set[str]) -> int:
        """Delete the named blobs (only ever those no record references); return how many."""
        removed = 0
        for name in names:
            with contextlib.suppress(OSError):
                self.path_for(name).unlink()
                removed += 1
        return removed

    def forget_keys(self) -> None:
        """Drop this store's references to the keys (on lock)."""
        self._key = b""
        self._name_key = b""


@dataclass(frozen=True)
class StagedBlob:
    """A blob written to a temp file of a :class:`BlobBatch`, not yet in place."""

    sha256: str
    size: int
    name: str


@dataclass
class _Pending:
    tmp: Path
    blob: StagedBlob
    durable: Future[None]


class BlobBatch:
    """Many blobs made durable together, then referenced by the caller in one transaction.

    Use as ``with store.batch() as batch``: :meth:`add_file` / :meth:`add_stream` for each
    file, :meth:`commit`, then the caller's database transaction, inside the ``with``. The
    order for the batch is the one rule of the store, applied to all its files at once:

    1. every blob is encrypted into its own temp file in ``blobs/incoming``; its ``fsync`` is
       handed to a small thread pool and overlaps the encryption of the next files (``fsync``
       releases the GIL, and concurrent fsyncs share ext4 journal commits);
    2. :meth:`commit` waits until every temp file's fsync has *succeeded* (an error fails the
       whole batch), only then renames each to its keyed name, and fsyncs each folder touched
       (the blob folders and ``incoming``) once -- instead of two folder fsyncs per file;
    3. only after :meth:`commit` returns does the caller reference the blobs, all in one
       transaction.

    So at any crash, a blob a committed row references was durable under its final name before
    that row was written (the same guarantee as one file at a time); what a crash can leave is a
    temp file (swept at the next open) or a renamed but unreferenced blob (harmless, removed
    at a later open by ``services.workspace.collect_stale_blobs``). ``os.sync()`` once per
    batch was as fast in the measurements but flushes every file system of the machine and,
    outside Linux, may return before the data is on disk; ``fdatasync`` was no faster for new
    files (bench/README.md).

    On an exception inside the ``with`` (a failed file, a cancel, a failed transaction after
    :meth:`commit`), everything the batch wrote is removed: temp files and the blobs it renamed
    into place, so nothing is left that this batch created. A file that fails in
    :meth:`add_file` leaves nothing and the batch can go on with the others.
    """

    def __init__(self, store: BlobStore) -> None:
        self._store = store
        self._pending: list[_Pending] = []
        self._inflight: deque[Future[None]] = deque()
        self._created: list[Path] = []
        self._folders: set[Path] = set()
        self._pool = ThreadPoolExecutor(max_workers=_FSYNC_THREADS,
                                        thread_name_prefix="blob-fsync")
        self._staging = private_dir(store.root / "incoming")
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._pending)

    def __enter__(self) -> BlobBatch:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is not None:
            self.abort()
        self._pool.shutdown(wait=True)

    def add_file(self, source: Path, *, progress: ProgressFn = no_progress,
                 cancel: CancelToken | None = None) -> StagedBlob:
        """Encrypt ``source`` into a temp file of this batch; as :meth:`BlobStore.put_file`.

        Raises :class:`IngestError` (this file leaves nothing; the batch can go on) or
        :class:`Cancelled`.
        """
        try:
            before = source.stat()
            if not source.is_file():
                raise IngestError("This is not a regular file (a folder or a device?).")
            handle = source.open("rb")
        except OSError as exc:
            raise IngestError(f"Cannot read the file: {exc.strerror or exc}.") from exc

        def unchanged(size: int) -> None:
            after = os.fstat(handle.fileno())
            if (after.st_size != before.st_size or after.st_mtime_ns != before.st_mtime_ns
                    or size != before.st_size):
                raise IngestError(
                    "The file changed while it was being read (is it still being written or "
                    "copied?). Wait until it is complete and add it again."
                )

        try:
            with handle:
                return self._stage(handle, before.st_size, source.name, progress, cancel,
                                   unchanged)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise IngestError("The disk is full. Free some space and add the file "
                                  "again; nothing was stored.") from exc
            raise IngestError(f"Reading or storing the file failed: "
                              f"{exc.strerror or exc}.") from exc

    def add_stream(self, handle: BinaryIO, *, size: int, label: str = "",
                   progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> StagedBlob:
        """Encrypt an open stream into a temp file of this batch (as :meth:`put_stream`)."""
        return self._stage(handle, size, label, progress, cancel, None)

    def _stage(self, handle: BinaryIO, total: int, label: str, progress: ProgressFn,
               cancel: CancelToken | None, check: Callable[[int], None] | None) -> StagedBlob:
        tmp = self._staging / f"{TEMP_PREFIX}{os.urandom(8).hex()}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        try:
            with os.fdopen(fd, "wb", closefd=False) as out:
                sha, size = self._store._encrypt_into(handle, out, total, label, progress,
                                                      cancel)
            if check is not None:
                check(size)
            # Bounded: each temp file keeps its descriptor open until its fsync is done.
            while len(self._inflight) >= _MAX_INFLIGHT:
                wait([self._inflight.popleft()])
            durable = self._pool.submit(_fsync_and_close, fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        self._inflight.append(durable)
        blob = StagedBlob(sha, size, self._store.name_for(sha))
        self._pending.append(_Pending(tmp, blob, durable))
        self.bytes += size
        return blob

    def commit(self) -> list[StoredBlob]:
        """Make every staged blob durable under its name; return them in the order added.

        Raises :class:`IngestError` if the disk refused a write (nothing of the batch is kept
        once the ``with`` block ends).
        """
        for pending in self._pending:
            error = pending.durable.exception()
            if error is not None:
                raise IngestError(f"Writing to the disk failed: {error}; nothing of this "
                                  "batch was stored.") from error
        self._inflight.clear()
        try:
            return self._rename_all()
        except OSError as exc:
            raise IngestError(f"Storing the files failed: {exc.strerror or exc}; nothing of "
                              "this batch was stored.") from exc

    def _rename_all(self) -> list[StoredBlob]:
        stored: list[StoredBlob] = []
        touched: set[Path] = {self._staging}
        for pending in self._pending:
            dest = self._store.path_for(pending.blob.name)
            blob = pending.blob
            if dest.is_file():  # already stored, or twice in this batch
                pending.tmp.unlink()
                stored.append(StoredBlob(blob.sha256, blob.size, blob.name, created=False))
                continue
            if dest.parent not in self._folders:
                private_dir(dest.parent)
                self._folders.add(dest.parent)
            os.replace(pending.tmp, dest)
            self._created.append(dest)
            touched.add(dest.parent)
            stored.append(StoredBlob(blob.sha256, blob.size, blob.name, created=True))
        self._pending = []
        for future in [self._pool.submit(fsync_dir, folder) for folder in touched]:
            future.result()
        return stored

    def abort(self) -> None:
        """Remove every temp file and every blob this batch created (nothing references them)."""
        for pending in self._pending:
            wait([pending.durable])  # the descriptor is closed before the file is removed
            with contextlib.suppress(OSError):
                pending.tmp.unlink()
        self._pending = []
        for dest in self._created:
            with contextlib.suppress(OSError):
                dest.unlink()
        self._created = []


_FSYNC_THREADS = 4  # 1,000 x 100 KiB: 4 and 16 threads measured alike (bench/README.md)
_MAX_INFLIGHT = 64  # temp files whose fsync is pending: bounds open descriptors


def _fsync_and_close(fd: int) -> None:
    try:
        durable_sync(fd)
    finally:
        os.close(fd)


class _Sha256Inline:
    """SHA-256 on the calling thread, with :class:`_Sha256Thread`'s interface (small files)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()

    def update(self, chunk: bytes) -> None:
        self._digest.update(chunk)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()

    def __enter__(self) -> _Sha256Inline:
        return self

    def __exit__(self, *_: object) -> None:
        pass


WRITEBACK_STEP = 8 << 20  # measured best of 8, 32 MiB and none (bench/README.md)
_PIPE_DEPTH = 8  # chunks queued for the hashing thread: bounded memory (8 MiB by default)


class _Sha256Thread:
    """SHA-256 on a helper thread, fed in order through a bounded queue.

    ``hexdigest`` waits for every chunk given so far. Leaving the ``with`` block (also on an
    error or a cancel) stops and joins the thread.
    """

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self._error: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_PIPE_DEPTH)
        self._thread = threading.Thread(target=self._run, name="blob-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        # Keeps draining after an error, so the producer can never block on a full queue.
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._digest.update(chunk)
                except BaseException as exc:  # re-raised in the producer by hexdigest()
                    self._error = exc

    def update(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def hexdigest(self) -> str:
        self._stop()
        if self._error is not None:
            raise self._error
        return self._digest.hexdigest()

    def _stop(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> _Sha256Thread:
        return self

    def __exit__(self, *_: object) -> None:
        self._stop()


def _start_writeback(fd: int, offset: int, length: int) -> None:
    """Ask the kernel to start writing a range to disk now, without waiting for it.

    On Linux, POSIX_FADV_DONTNEED starts writeback of dirty pages (and drops clean ones from
    the cache); elsewhere this does nothing and the final fsync does all the work.
    """
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, offset, length, os.POSIX_FADV_DONTNEED)


def _read_full(handle: BinaryIO, size: int) -> bytes:
    """Read exactly ``size`` bytes unless the file ends first (pipes may return short reads)."""
    data = handle.read(size)
    if len(data) == size or not data:
        return data
    parts = [data]
    got = len(data)
    while got < size:
        more = handle.read(size - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)
