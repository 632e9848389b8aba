"""The one way the UI runs core functions off the UI thread.

:func:`run_task` runs a plain core function on Qt's thread pool and re-emits its progress
callback, its result and its exception as Qt signals, delivered on the UI thread (queued
connections: the :class:`Task` lives there). Cancelling is cooperative: the function receives a
:class:`~evidence_app.progress.CancelToken` and stops at its next check; nothing is ever killed
(OnionShare's ``QThread.terminate()`` was the mistake to avoid). Progress is throttled to about
twenty updates a second so a fast loop cannot flood the event queue.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from evidence_app.progress import CancelToken

_MIN_INTERVAL = 0.05


class Task(QObject):
    """A core call in flight. Connect to its public signals right after starting it.

    The worker thread emits the private ``_*_raw`` signals; they reach this object on the UI
    thread (queued) and are re-emitted as the public ones unless the task was abandoned (the
    workspace was locked meanwhile: late results must not touch views that are gone).
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    ended = Signal()

    _progress_raw = Signal(int, int, str)
    _finished_raw = Signal(object)
    _failed_raw = Signal(object)
    _ended_raw = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self._last_progress = 0.0
        self.done = False
        self.abandoned = False
        self._progress_raw.connect(self._relay_progress)
        self._finished_raw.connect(self._relay_finished)
        self._failed_raw.connect(self._relay_failed)
        self._ended_raw.connect(self._relay_ended)

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
        self._progress_raw.emit(done, total, label)

    def _relay_progress(self, done: int, total: int, label: str) -> None:
        if not self.abandoned:
            self.progressed.emit(done, total, label)

    def _relay_finished(self, result: object) -> None:
        if not self.abandoned:
            self.finished.emit(result)

    def _relay_failed(self, exc: object) -> None:
        if not self.abandoned:
            self.failed.emit(exc)

    def _relay_ended(self) -> None:
        self.done = True
        self.ended.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple[Any, ...],
                 kwargs: dict[str, Any]) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        task = self._task
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # every failure goes to the UI, which decides what to show
            task._failed_raw.emit(exc)
        else:
            task._finished_raw.emit(result)
        finally:
            task._ended_raw.emit()


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they end; one per main window."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        # A pool of our own, so waiting for our tasks never waits for anyone else's.
        self._pool = pool or QThreadPool(self)
        self._tasks: set[Task] = set()

    def start(self, name: str, fn: Callable[..., Any], *args: Any, with_progress: bool = False,
              with_cancel: bool = False, **kwargs: Any) -> Task:
        """Run ``fn(*args, **kwargs)`` on the pool; add ``progress=``/``cancel=`` if asked.

        Returns the :class:`Task`; connect to its signals right away (they are delivered through
        the event loop, so nothing is missed before the caller returns to it).
        """
        task = Task(name)
        if with_progress:
            kwargs["progress"] = task.report
        if with_cancel:
            kwargs["cancel"] = task.token
        self._tasks.add(task)
        task.ended.connect(lambda: self._on_task_ended(task))
        was_idle = len(self._tasks) == 1
        self._pool.start(_Runner(task, fn, args, kwargs))
        if was_idle:
            self.busy_changed.emit(True)
        return task

    def _on_task_ended(self, task: Task) -> None:
        self._tasks.discard(task)
        if not self._tasks:
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
        """Cancel every task, wait for the threads to stop, and drop their late signals.

        Used before the workspace is locked: core functions stop at their next cancel check
        (between chunks or items), so this returns within a fraction of a second.
        """
        for task in list(self._tasks):
            task.abandon()
        return self._pool.waitForDone(timeout_ms)


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
