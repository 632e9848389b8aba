"""Many Ed25519 signature checks at once, in helper processes when there are enough of them.

``cryptography``'s ``Ed25519PublicKey.verify`` holds the GIL (~100 µs each on the field
machines; bench/README.md), so a thread pool cannot spread it over cores, and a full
verification of 10,000 items makes ~20,000 of them (one attestation and at least one custody
event per item). A :class:`Checker` hands them to a process pool as they are found; the pool
works while the caller does something else (verify loads the custody events and re-hashes the
blobs meanwhile), and :meth:`Checker.results` collects the answers.

What crosses to the helper processes is public keys, signed bytes (attestations and custody
event bodies: the same facts the keys sign, which are inside the encrypted database at rest)
and signatures, through a pipe, never a file. The helpers are started from a fresh interpreter
(``forkserver``, or ``spawn`` where there is no fork server; see :func:`_context`), never forked
from this process, so they inherit nothing of its memory: no database key, blob key or signing
key is ever in them. They stop when the checks are done. A frozen build needs
``multiprocessing.freeze_support()`` first thing in its entry point (packaging/entry.py).

If a pool cannot be started (no ``/dev/shm``, a sandbox refusing processes), or there are too
few checks to repay the start-up (~0.2 s), the checks run in this process instead: the results
are the same either way. Each answer equals :meth:`PublicIdentity.verify
<evidence_app.crypto.signing.PublicIdentity.verify>` for the same inputs.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

Check = tuple[bytes, bytes, bytes]  # (raw public key, signature, signed bytes)

MIN_FOR_PROCESSES = 2_000  # fewer checks than this run in-process (~0.2 s)
CHUNK = 1_000               # checks per task: results stream back, pickling stays small
MAX_PROCESSES = 4

log = logging.getLogger(__name__)


def check_all(checks: Iterable[Check]) -> list[bool]:
    """Verify each ``(public_raw, signature, message)`` here; the task the helpers run."""
    keys: dict[bytes, Ed25519PublicKey | None] = {}
    out = []
    for public_raw, signature, message in checks:
        if public_raw not in keys:
            try:
                keys[public_raw] = Ed25519PublicKey.from_public_bytes(public_raw)
            except ValueError:
                keys[public_raw] = None
        key = keys[public_raw]
        try:
            if key is None:
                raise InvalidSignature
            key.verify(signature, message)
        except (InvalidSignature, ValueError):
            out.append(False)
        else:
            out.append(True)
    return out


class Checker:
    """Collects checks as they are found and verifies them, in helper processes when there are
    enough; :meth:`results` waits for every answer. Use it as a context manager, or call
    :meth:`close`, so that the helpers stop also when the caller gives up (a cancel)."""

    def __init__(self) -> None:
        self._order: list[Check] = []  # every distinct check, in the order submitted
        self._seen: set[Check] = set()
        self._unsent: list[Check] = []  # the tail of ``_order`` not yet handed to helpers
        self._pool: ProcessPoolExecutor | None = None
        self._futures: list[Future[list[bool]]] = []
        self._local = False  # helpers could not be started: everything runs here
        self._expected = 0  # checks the caller said are coming (:meth:`expect`)

    def expect(self, count: int) -> None:
        """Say that about ``count`` checks are coming, so that the helpers can start with the
        first chunk rather than wait until :data:`MIN_FOR_PROCESSES` have been found."""
        self._expected = max(self._expected, count)

    def submit(self, checks: Iterable[Check]) -> None:
        """Add checks; full chunks go to the helpers as soon as there are enough of them."""
        for check in checks:
            if check not in self._seen:
                self._seen.add(check)
                self._order.append(check)
                self._unsent.append(check)
        if len(self._unsent) >= CHUNK and self._ensure_pool():
            self._send(whole_chunks_only=True)

    def results(self) -> dict[Check, bool]:
        """Every submitted check's answer, keyed by the check itself. Stops the helpers."""
        answers: list[bool] = []
        try:
            if self._pool is not None:
                self._send(whole_chunks_only=False)
                for future in self._futures:
                    answers += future.result()
            else:
                answers = check_all(self._order)
        except Exception as exc:  # a helper died or could not start: do the checks here
            log.warning("signature checks in helper processes failed (%s); checking here",
                        type(exc).__name__)
            answers = check_all(self._order)
        finally:
            self.close()
        return dict(zip(self._order, answers, strict=True))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Checker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _ensure_pool(self) -> bool:
        if self._pool is not None:
            return True
        if (self._local or max(len(self._order), self._expected) < MIN_FOR_PROCESSES
                or _cpu_count() < 2):
            return False
        try:
            self._pool = ProcessPoolExecutor(max_workers=min(MAX_PROCESSES, _cpu_count()),
                                             mp_context=_context())
        except (OSError, RuntimeError, ImportError) as exc:
            log.warning("no helper processes for signature checks (%s); checking here",
                        type(exc).__name__)
            self._local = True
            return False
        return True

    def _send(self, *, whole_chunks_only: bool) -> None:
        assert self._pool is not None
        while len(self._unsent) >= CHUNK or (self._unsent and not whole_chunks_only):
            chunk, self._unsent = self._unsent[:CHUNK], self._unsent[CHUNK:]
            self._futures.append(self._pool.submit(check_all, chunk))


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where there is one (Linux, macOS), else ``spawn`` (Windows).

    Both start from a fresh interpreter (exec), never from a fork of this process. Each helper
    then runs the top level of the program's main script (not its ``__main__`` part), as
    multiprocessing does with both methods. The fork server is asked to import that script
    once, but on Python 3.11 it never does (its start-up drops the script's path), so every
    helper runs it: the entry points (the ``evidence-app`` command, packaging/entry.py) import
    next to nothing at their top level and must stay so; a script with heavy imports at its top
    level makes each helper take as long to start (bench/bench_verify.py guards its imports).
    """
    if "forkserver" in multiprocessing.get_all_start_methods():  # frozen too (PyInstaller 6)
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", __name__])
        return context
    return multiprocessing.get_context("spawn")


def helper_context() -> multiprocessing.context.BaseContext:
    """The start method of helper processes for other pure-Python work (the dossier's QR
    codes): the same fresh interpreters, and the same fork server, as the signature checks."""
    return _context()


def cpu_count() -> int:
    """The cores this process may run on."""
    return _cpu_count()


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
