"""A guard against a PySide6 bug that crashes the app on Python 3.11.

PySide6 6.12 returns ``None`` from methods that return ``void``, and ``True`` from
``Signal.emit`` and ``disconnect``, without taking a reference to the object it returns. On
Python 3.12+ that is harmless (PEP 683 made ``None``, ``True`` and ``False`` immortal); on 3.11
each such call removes a reference that was never given, and after a few thousand calls the
count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc", or
"bool_dealloc"). Scrolling 100,000 incidents did it (bench/bench_gui_scroll.py), and so does
running a few thousand worker tasks (each re-emits its signals).

:func:`guard_singletons` measures the leak at start-up with harmless calls and, only if it is
there, gives ``None``, ``True`` and ``False`` reference counts so large that they behave as on
3.12 (these objects are never freed anyway, so nothing else changes). Remove this module once the
app requires Python 3.12, or a PySide6 that takes the references.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 64
_ALLOWANCE = 1 << 40  # a trillion leaked references: years of calls


class _Probe(QObject):
    emitted = Signal()


def singleton_leaks() -> dict[str, int]:
    """References to ``None`` and ``True`` lost by 64 calls of a void method and of emit."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
        probe.emitted.emit()
    return {"None": none_before - sys.getrefcount(None),
            "True": true_before - sys.getrefcount(True)}


def guard_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if this PySide6 leaks their
    references; return whether the guard was needed."""
    if sys.version_info >= (3, 12):
        return False
    if max(singleton_leaks().values()) < _PROBE_CALLS // 2:
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython 3.11 (non-debug builds).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _ALLOWANCE
    return True
