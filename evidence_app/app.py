"""The desktop client's composition root: ``run_gui`` builds the app and shows the window.

The window is shown first; the heavy core (SQLModel, SQLCipher, Alembic: about a second to
import) is loaded on a worker thread after the first paint, while the user types the passphrase
(NOTES.md: importing sqlmodel alone costs 441 ms). This module and ``evidence_app.ui`` are the
only places that import PySide6.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from evidence_app.paths import settings_dir
from evidence_app.ui.errors import install_excepthook
from evidence_app.ui.fonts import register_fonts
from evidence_app.ui.i18n import install_translators
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.worker import keep_ui_responsive

SETTINGS_FILE = "gui.ini"


class _FirstPaint(QObject):
    """Calls ``callback`` once, after the watched window has painted for the first time."""

    def __init__(self, callback: object) -> None:
        super().__init__()
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._fired and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self._fired = True
            QTimer.singleShot(0, self._callback)  # type: ignore[call-overload]
        return False


def build_window(app: QApplication, workspace: Path | None = None,
                 settings: GuiSettings | None = None) -> MainWindow:
    """Fonts, translations, crash dialog and the main window (not shown yet)."""
    settings = settings or GuiSettings.load(settings_dir() / SETTINGS_FILE)
    app.setApplicationName("Evidence App")
    app.setApplicationDisplayName("Evidence App")
    install_translators(app, settings.language)
    register_fonts(app)
    install_excepthook()
    window = MainWindow(settings, workspace)
    window.resize(1280, 800)
    return window


def run_gui(workspace: Path | None = None) -> int:
    """Start the desktop client on ``workspace`` (default: the last one, else the per-user
    folder); return the process exit code."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    keep_ui_responsive()
    window = build_window(app, workspace)
    first_paint = _FirstPaint(window.start_background_loading)
    window.installEventFilter(first_paint)
    window.show()
    return int(app.exec())
