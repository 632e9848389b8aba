"""Auto-lock: notice when nobody has touched the keyboard or mouse for a while.

An unlocked laptop left on a table is the most likely way records are read by the wrong people,
so the app locks itself after a configurable idle time (``GuiSettings.auto_lock_minutes``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_INPUT_EVENTS = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    """Emits ``timed_out`` once after ``timeout_ms`` without input, while armed."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_s = 0.0
        self._last_input = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 switches auto-lock off."""
        self._timeout_s = timeout_ms / 1000
        self._timer.setInterval(max(50, min(5000, timeout_ms // 4 or 1000)))
        self._update_timer()

    def arm(self, armed: bool) -> None:
        """Watch only while a workspace is unlocked."""
        self._armed = armed
        self._last_input = time.monotonic()
        self._update_timer()

    def _update_timer(self) -> None:
        if self._armed and self._timeout_s > 0:
            self._timer.start()
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _on_timer_timeout(self) -> None:
        if self._armed and time.monotonic() - self._last_input >= self._timeout_s:
            self._armed = False
            self._timer.stop()
            self.timed_out.emit()
