"""Progress reporting and cooperative cancellation for long core operations.

Every long core function (ingest, verify, export, import) takes an optional ``progress`` callback
``(done, total, label)`` and an optional :class:`CancelToken`. The CLI draws a progress bar from
the callback; the GUI's worker re-emits it as a Qt signal. Cancelling is cooperative: the core
checks the token between chunks or items and raises :class:`~evidence_app.errors.Cancelled`
after undoing partial work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from evidence_app.errors import Cancelled

ProgressFn = Callable[[int, int, str], None]


def no_progress(done: int, total: int, label: str) -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """A thread-safe flag a UI sets and the core polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was requested."""
        if self._event.is_set():
            raise Cancelled("Cancelled. Nothing partial was kept.")
