"""A guard against a PySide6 bug that crashes the app on Python 3.11.

PySide6 6.12 returns ``None`` from every method that returns ``void`` without taking a reference
to it. On Python 3.12+ that is harmless (PEP 683 made ``None`` immortal); on 3.11 each such call
removes one reference that was never given, and after a few thousand calls ``None``'s count
reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"). Scrolling 100,000
incidents did it (bench/bench_gui_scroll.py).

:func:`guard_none_refcount` measures the leak at start-up with a harmless call and, only if it is
there, gives ``None`` a reference count so large that it behaves as on 3.12 (``None`` is never
freed anyway, so this changes nothing else). Remove this module once the app requires Python 3.12
or a PySide6 that takes the reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBE_CALLS = 64
_ALLOWANCE = 1 << 40  # a trillion leaked references: years of calls


def none_refcount_leak() -> int:
    """How many references to ``None`` 64 calls of a ``void`` PySide6 method lose."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("")
    return before - sys.getrefcount(None)


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal if this PySide6 leaks its references; return whether
    the guard was needed."""
    if sys.version_info >= (3, 12) or none_refcount_leak() < _PROBE_CALLS // 2:
        return False
    # ob_refcnt is the first field of every object in CPython 3.11 (non-debug builds).
    ctypes.c_ssize_t.from_address(id(None)).value += _ALLOWANCE
    return True
