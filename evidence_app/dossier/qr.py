"""The exhibits' QR codes (each the 64 hex digits of a SHA-256), made ahead of the layout.

``qrcode`` encodes in pure Python, Reed-Solomon included: ~3 ms a code, one per exhibit, about
5% of an export. :class:`QrMatrices` hands every value to one helper process when the export
starts (the fresh-interpreter helpers of :mod:`evidence_app.crypto.batch_verify`), so the
codes are made on the other core while the exhibits are verified and the first sections are
laid out; :meth:`QrMatrices.get` waits only if the layout catches up with the helper. What
crosses to the helper is the SHA-256 values the codes print, through a pipe, and the module
matrices come back. With too few values, one core, or no helper (a sandbox), a code is made
here when asked: the matrix is the same either way.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ProcessPoolExecutor

import qrcode

from evidence_app.crypto.batch_verify import cpu_count, helper_context

Matrix = list[list[bool]]  # rows of modules, True = dark, the quiet zone included

MIN_FOR_HELPER = 50  # fewer codes than this are made here (a helper starts in ~0.1-0.3 s)
CHUNK = 50           # codes per task: the first ones come back while the rest are made

log = logging.getLogger(__name__)


def matrix(value: str) -> Matrix:
    """The QR code of ``value``: error correction M, a 4-module quiet zone, mask 0.

    A fixed mask: choosing the "best" of eight costs ~10 ms per code and scanners read every
    mask alike.
    """
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4,
                         box_size=1, mask_pattern=0)
    code.add_data(value)
    code.make(fit=True)
    made: Matrix = code.get_matrix()
    return made


def matrices(values: list[str]) -> list[Matrix]:
    """:func:`matrix` of each value; the task the helper runs."""
    return [matrix(value) for value in values]


class QrMatrices:
    """The codes of ``values``, made in a helper process in the order given.

    Use it as a context manager, or call :meth:`close`, so that the helper stops also when the
    export fails or is cancelled.
    """

    def __init__(self, values: list[str]) -> None:
        self._ready: dict[str, Matrix] = {}
        self._pending: dict[str, tuple[Future[list[Matrix]], list[str]]] = {}
        self._pool: ProcessPoolExecutor | None = None
        wanted = list(dict.fromkeys(values))
        if len(wanted) < MIN_FOR_HELPER or cpu_count() < 2:
            return
        try:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=helper_context())
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start:start + CHUNK]
                future = self._pool.submit(matrices, chunk)
                self._pending.update((value, (future, chunk)) for value in chunk)
        except (OSError, RuntimeError, ImportError) as exc:
            log.warning("no helper process for QR codes (%s); making them here",
                        type(exc).__name__)
            self.close()

    def get(self, value: str) -> Matrix:
        """The code of ``value``: the helper's if it made it, else made here."""
        pending = self._pending.pop(value, None)
        if pending is not None:
            future, chunk = pending
            try:
                made = future.result()
            except Exception as exc:  # the helper died or could not start: make the rest here
                log.warning("QR codes in a helper process failed (%s); making them here",
                            type(exc).__name__)
                self.close()
            else:
                self._ready[value] = made[chunk.index(value)]
                for other, code in zip(chunk, made, strict=True):
                    if self._pending.pop(other, None) is not None:
                        self._ready[other] = code
        found = self._ready.pop(value, None)  # drawn once: do not keep it
        return found if found is not None else matrix(value)

    def close(self) -> None:
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> QrMatrices:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
