"""The one way the UI runs core functions off the UI thread.

:meth:`TaskRunner.start` runs a plain core function on a Qt thread pool and re-emits its
progress callback, its result and its exception as Qt signals of a :class:`Task`, on the UI
thread. Cancelling is cooperative: the function receives a
:class:`~evidence_app.progress.CancelToken` and stops at its next check; nothing is ever killed
(OnionShare's ``QThread.terminate()`` was the mistake to avoid). Progress is throttled to about
twenty updates a second so a fast loop cannot flood the event queue.

Pool threads never emit a task's signals themselves: they put what happened in a thread-safe
mailbox and wake the UI thread, which empties it and emits. With PySide6 6.12, signals emitted
from pool threads to short-lived objects were occasionally lost (about one in 15,000 tasks in a
stress test), which left a view waiting forever; the mailbox is also drained by a timer, so a
lost wake-up only delays delivery by a tenth of a second.
"""

from __future__ import annotations

import functools
import gc
import queue
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from evidence_app.progress import CancelToken

_MIN_INTERVAL = 0.05
_DRAIN_INTERVAL_MS = 100


class Task(QObject):
    """A core call in flight. Connect to its signals right after starting it (they are
    emitted from the event loop, so nothing is missed before the caller returns to it).

    Nothing is emitted once the task is abandoned (the workspace was locked meanwhile: late
    results must not reach views that are gone).
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    def __init__(self, name: str, mailbox: _Mailbox) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self._mailbox = mailbox
        self._last_progress = 0.0
        self.done = False
        self.abandoned = False

    def cancel(self) -> None:
        self.token.cancel()

    def abandon(self) -> None:
        """Cancel, and drop whatever the function still reports."""
        self.abandoned = True
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def report(self, done: int, total: int, label: str) -> None:
        """The progress callback handed to the core function (runs on the worker thread)."""
        now = time.monotonic()
        if now - self._last_progress < _MIN_INTERVAL and done < total:
            return
        self._last_progress = now
        self._mailbox.post(self, "progress", (done, total, label))

    def deliver(self, kind: str, payload: Any) -> None:
        """Emit what the worker reported (on the UI thread, from the mailbox)."""
        if kind == "ended":
            self.done = True
            self.ended.emit()
        elif self.abandoned:
            return
        elif kind == "progress":
            self.progressed.emit(*payload)
        elif kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)


class _Mailbox(QObject):
    """What pool threads report, handed to the UI thread in order."""

    woke = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.SimpleQueue[tuple[Task, str, Any]] = queue.SimpleQueue()
        self.woke.connect(self.drain)  # queued: emitted from pool threads
        self._timer = QTimer(self)
        self._timer.setInterval(_DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self.drain)

    def post(self, task: Task, kind: str, payload: Any = None) -> None:
        """Called on a pool thread."""
        self._queue.put((task, kind, payload))
        self.woke.emit()

    def watch(self, active: bool) -> None:
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def drain(self) -> None:
        while True:
            try:
                task, kind, payload = self._queue.get_nowait()
            except queue.Empty:
                return
            task.deliver(kind, payload)


def _run(mailbox: _Mailbox, task: Task, fn: Callable[..., Any], args: tuple[Any, ...],
         kwargs: dict[str, Any]) -> None:
    """The body of a pool thread: call ``fn`` and report to the mailbox."""
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:  # every failure goes to the UI, which decides what to show
        mailbox.post(task, "failed", exc)
    else:
        mailbox.post(task, "finished", result)
    finally:
        mailbox.post(task, "ended")


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end; one per main window."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        # A pool of our own, so waiting for our tasks never waits for anyone else's.
        self._pool = pool or QThreadPool(self)
        self._mailbox = _Mailbox(self)
        self._tasks: set[Task] = set()

    def start(self, name: str, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
              with_cancel: bool = False, **kwargs: Any) -> Task:
        """Run ``fn(*args, **kwargs)`` on the pool; add ``progress=``/``cancel=`` if asked."""
        task = Task(name, self._mailbox)
        if with_progress:
            kwargs["progress"] = task.report
        if with_cancel:
            kwargs["cancel"] = task.token
        self._tasks.add(task)
        task.ended.connect(self._on_task_ended)
        was_idle = len(self._tasks) == 1
        # A plain callable, not a QRunnable subclass: PySide holds the callable until it has
        # run, whereas a Python QRunnable may be collected before its turn.
        self._pool.start(functools.partial(_run, self._mailbox, task, fn, args, kwargs))
        if was_idle:
            self._mailbox.watch(True)
            self.busy_changed.emit(True)
        return task

    def _on_task_ended(self) -> None:
        for task in [t for t in self._tasks if t.done]:
            self._tasks.discard(task)
        if not self._tasks:
            self._mailbox.watch(False)
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def running(self) -> list[Task]:
        return list(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def abandon_all(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every task, wait for the threads to stop, and drop their late reports.

        Used before the workspace is locked: core functions stop at their next cancel check
        (between chunks or items), so this returns within a fraction of a second.
        """
        for task in list(self._tasks):
            task.abandon()
        finished = self._pool.waitForDone(timeout_ms)
        self._mailbox.drain()  # abandoned: only the bookkeeping of "ended" happens
        return finished


# How often a thread running Python must offer the GIL to another (CPython's default is 5 ms).
# Qt calls into Python for every cell it paints (``data()``); while a worker runs Python, each
# such call may wait a whole interval, and a repaint makes hundreds of them. 0.5 ms keeps a
# repaint during a page query within a frame or two (bench/bench_gui_scroll.py).
SWITCH_INTERVAL_S = 0.0005


def keep_ui_responsive() -> None:
    """Set the GIL switch interval for a UI thread that shares Python with workers."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def settle_heap() -> None:
    """Collect once and freeze what survives (the imported core, caches) so that later full
    collections, which stop every thread, only scan objects made since. Called on unlock."""
    gc.collect()
    gc.freeze()
