"""Parallel decryption and re-hashing of stored blobs, for :mod:`.verify`.

Measured on the 2-core field machines (Python 3.11, cryptography 50; bench/README.md):
``hashlib``'s ``update`` releases the GIL for buffers of 2 KiB and more (1.75x with two
threads); the one-shot ``hashlib.sha256(data)``, ``cryptography``'s AES-GCM and Ed25519 do not
(1.0x). Hashing is most of the work, so threads use both cores: a pool runs one task per large
blob (whose hashing also moves to a helper thread, so decryption and hashing overlap) and one
task per batch of small blobs (per-task overhead otherwise dominates at 100 KiB; NOTES.md).
10,000 blobs of 100 KiB: 2.39 s with one thread, 1.54 s with two. A process pool measured
slower (5.4 s: start-up, pickling) and would need the blob key handed to other processes; it is
not used for blobs (the Ed25519 checks, which need no key, do run in helper processes meanwhile:
evidence_app/crypto/batch_verify.py). Memory stays bounded: each task holds at most
:data:`PIPE_DEPTH` + 2 chunks. The blob key never leaves :class:`BlobStore`.
"""

from __future__ import annotations

import hashlib
import os
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from types import GeneratorType
from typing import Literal

from evidence_app.crypto.stream import StreamError
from evidence_app.errors import Cancelled
from evidence_app.progress import CancelToken, ProgressFn
from evidence_app.vault.blobs import BlobStore

LARGE_BLOB = 16 << 20       # blobs this large get their own task and a hashing thread
BATCH_FILES = 256           # small blobs per task (NOTES.md: ~250 per task beats one per task)
BATCH_BYTES = 64 << 20
PIPE_DEPTH = 4              # chunks in flight between decryption and hashing of one blob


@dataclass(frozen=True)
class BlobResult:
    """What re-reading one blob gave: ``read`` with its plaintext SHA-256 and size, or why not."""

    state: Literal["read", "missing", "unreadable", "undecryptable"]
    sha256: str | None = None
    size: int | None = None
    detail: str = ""


class _Tracker:
    """Bytes and files done, shared by the hashing threads; read by the caller's thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.bytes = 0
        self.files = 0

    def add(self, nbytes: int = 0, files: int = 0) -> None:
        with self._lock:
            self.bytes += nbytes
            self.files += files


def check_blobs(blobs: BlobStore, sizes: dict[str, int], progress: ProgressFn,
                cancel: CancelToken | None) -> dict[str, BlobResult]:
    """Decrypt and re-hash each blob named in ``sizes`` (name -> expected plaintext size).

    Progress goes to ``progress`` from the caller's thread, over the expected total bytes.
    Raises :class:`Cancelled` (after stopping every task at its next chunk) if ``cancel`` fires;
    any other exception of a task is re-raised the same way. Problems with a blob are results,
    not exceptions.
    """
    total = sum(sizes.values())
    tracker = _Tracker()
    stop = threading.Event()
    results: dict[str, BlobResult] = {}
    label = f"Checking {len(sizes)} stored files"
    progress(0, total, label)
    if not sizes:
        return results
    batches = _batches(sizes)
    workers = max(1, min(len(batches), _cpu_count()))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="verify") as pool:
        pending: set[Future[dict[str, BlobResult]]] = {
            pool.submit(_check_batch, blobs, batch, tracker, stop, cancel)
            for batch in batches}
        try:
            while pending:
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_EXCEPTION)
                for future in done:
                    results.update(future.result())
                progress(min(tracker.bytes, total), total, label)
                if cancel is not None:
                    cancel.check()
        finally:
            stop.set()  # on any error, running tasks stop at their next chunk
            for future in pending:
                future.cancel()
    return results


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _batches(sizes: dict[str, int]) -> list[list[tuple[str, int]]]:
    """Large blobs one per task, biggest first; small ones grouped (thread overhead per task)."""
    ordered = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))
    batches = [[kv] for kv in ordered if kv[1] >= LARGE_BLOB]
    current: list[tuple[str, int]] = []
    current_bytes = 0
    for name, size in ordered:
        if size >= LARGE_BLOB:
            continue
        if current and (len(current) >= BATCH_FILES or current_bytes + size > BATCH_BYTES):
            batches.append(current)
            current, current_bytes = [], 0
        current.append((name, size))
        current_bytes += size
    if current:
        batches.append(current)
    return batches


def _check_batch(blobs: BlobStore, batch: list[tuple[str, int]], tracker: _Tracker,
                 stop: threading.Event, cancel: CancelToken | None) -> dict[str, BlobResult]:
    def check() -> None:
        if stop.is_set() or (cancel is not None and cancel.cancelled):
            raise Cancelled("Cancelled. Nothing was recorded.")

    out = {}
    for name, size in batch:
        check()
        out[name] = _check_blob(blobs, name, size >= LARGE_BLOB, tracker, check)
        tracker.add(files=1)
    return out


def _check_blob(blobs: BlobStore, name: str, large: bool, tracker: _Tracker,
                check: Callable[[], None]) -> BlobResult:
    chunks = blobs.open_plaintext(name)
    try:
        digest, size = (_digest_pipelined if large else _digest)(chunks, tracker, check)
    except FileNotFoundError:
        return BlobResult("missing", detail="the encrypted file is not on disk")
    except StreamError as exc:
        return BlobResult("undecryptable", detail=str(exc))
    except OSError as exc:
        return BlobResult("unreadable", detail=exc.strerror or type(exc).__name__)
    finally:
        if isinstance(chunks, GeneratorType):
            chunks.close()  # closes the blob file now, also after an error
    return BlobResult("read", digest, size)


def _digest(chunks: Iterator[bytes], tracker: _Tracker,
            check: Callable[[], None]) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks:
        check()
        digest.update(chunk)  # releases the GIL for chunks >= 2 KiB
        size += len(chunk)
        tracker.add(len(chunk))
    return digest.hexdigest(), size


def _digest_pipelined(chunks: Iterator[bytes], tracker: _Tracker,
                      check: Callable[[], None]) -> tuple[str, int]:
    """Hash on a helper thread while this one reads and decrypts the next chunks."""
    digest = hashlib.sha256()
    pipe: queue.Queue[bytes | None] = queue.Queue(maxsize=PIPE_DEPTH)

    def consume() -> None:
        while (chunk := pipe.get()) is not None:
            digest.update(chunk)
            tracker.add(len(chunk))

    hasher = threading.Thread(target=consume, name="verify-hash", daemon=True)
    hasher.start()
    size = 0
    try:
        for chunk in chunks:
            check()
            pipe.put(chunk)
            size += len(chunk)
    finally:
        pipe.put(None)
        hasher.join()
    return digest.hexdigest(), size
