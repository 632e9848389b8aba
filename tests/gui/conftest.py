"""GUI test fixtures: real windows offscreen over real workspaces in tmp_path.

No mock of our own core: every test drives the widgets, and the widgets call the real services
on a real SQLCipher workspace (cheap Argon2 parameters, as in tests/conftest.py). Decision
dialogs are answered through ``evidence_app.ui.ask`` (the one place questions are asked).
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence_app.services.workspace import Workspace, create_workspace
from evidence_app.ui.main_window import MainWindow
from evidence_app.ui.settings import GuiSettings
from tests.conftest import PASSPHRASE, fast_kdf

pytestmark = pytest.mark.gui


class Answers:
    """Queued answers to the UI's questions; every question asked is recorded."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[tuple[str, str]] = []

    def __call__(self, parent: Any, title: str, text: str, buttons: Any, default: Any,
                 **_: Any) -> QMessageBox.StandardButton:
        self.asked.append((title, text))
        return self.queue.pop(0) if self.queue else default


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr("evidence_app.ui.ask.ask", found)
    return found


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., MainWindow]]:
    made: list[MainWindow] = []

    def make(folder: Path | None = None, settings: GuiSettings | None = None) -> MainWindow:
        window = MainWindow(settings or GuiSettings(), folder or tmp_path / "ws",
                            kdf=fast_kdf())
        qtbot.addWidget(window, before_close_func=_lock_quietly)
        window.resize(1366, 768)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        _lock_quietly(window)


def _lock_quietly(window: MainWindow) -> None:
    """Lock without the unsaved-changes question (pytest-qt closes windows after a test)."""
    if window.shell is not None:
        window.shell.incident_page = None
    window.lock()


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    return tmp_path / "ws"


@pytest.fixture
def ws(workspace_dir: Path) -> Iterator[Workspace]:
    workspace = create_workspace(workspace_dir, PASSPHRASE, "tester", team="Team A",
                                 kdf=fast_kdf())
    yield workspace
    workspace.lock()


@pytest.fixture
def window(make_window: Callable[..., MainWindow], ws: Workspace) -> Iterator[MainWindow]:
    """A main window showing the unlocked workspace ``ws``."""
    win = make_window(ws.root)
    win.open_shell(ws)
    yield win
    _lock_quietly(win)


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` as a keyboard layout would, Burmese included (QTest.keyClicks only knows
    ASCII): one key event per character, carrying the character."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))
