"""Start, create, unlock, lock, auto-lock and quick exit, through the real window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from evidence_app.services.workspace import Workspace
from evidence_app.ui.create_dialog import passphrase_strength
from evidence_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE


def test_first_run_offers_create_and_creates_a_workspace(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    folder = tmp_path / "new-ws"
    window = make_window(folder)
    assert window.stack.currentWidget() is window.start_view
    qtbot.mouseClick(window.start_view.create_button, Qt.MouseButton.LeftButton)
    dialog = window.create_dialog
    assert dialog is not None
    assert "cannot be recovered" in dialog.understood_box.text()
    dialog.folder_edit.setText(str(folder))
    dialog.team_edit.setText("Team North")
    dialog.alias_edit.setText("Ma Thida")
    qtbot.keyClicks(dialog.passphrase_edit, "river village morning tea")
    assert "Strong" in dialog.strength_label.text()
    qtbot.keyClicks(dialog.repeat_edit, "river village morning tea")
    assert not dialog.create_button.isEnabled()  # the warning must be acknowledged first
    dialog.understood_box.setChecked(True)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=10_000)
    assert (folder / "workspace.json").is_file()
    assert window.workspace is not None and window.workspace.alias == "Ma Thida"
    assert window.settings.last_workspace == str(folder)


def test_create_dialog_refuses_differing_passphrases(
        make_window: Callable[..., MainWindow], tmp_path: Path, qtbot: Any) -> None:
    window = make_window(tmp_path / "x")
    window.start_view.create_requested.emit()
    dialog = window.create_dialog
    assert dialog is not None
    dialog.alias_edit.setText("a")
    dialog.passphrase_edit.setText("one two three four")
    dialog.repeat_edit.setText("one two three five")
    dialog.understood_box.setChecked(True)
    assert not dialog.create_button.isEnabled()
    assert "differ" in dialog.create_button.toolTip()
    dialog.reject()


def test_passphrase_strength_hint() -> None:
    assert passphrase_strength("short") == 0
    assert passphrase_strength("aaaaaaaaaaaa") == 1
    assert passphrase_strength("Tr0ub4dor&3") == 3
    assert passphrase_strength("ငါ့ရွာ မနက်ခင်း လက်ဖက်ရည် ဆိုင်") == 4


def test_later_runs_ask_only_for_the_passphrase_and_wrong_one_is_explained(
        make_window: Callable[..., MainWindow], ws: Workspace, qtbot: Any) -> None:
    ws.lock()
    window = make_window(ws.root)
    assert window.stack.currentWidget() is window.unlock_view
    qtbot.keyClicks(window.unlock_view.passphrase_edit, "not the passphrase")
    qtbot.keyClick(window.unlock_view.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in window.unlock_view.status_label.text(),
                    timeout=15_000)
    assert window.shell is None
    assert window.unlock_view.passphrase_edit.text() == ""  # never kept in the widget
    qtbot.keyClicks(window.unlock_view.passphrase_edit, PASSPHRASE)
    qtbot.mouseClick(window.unlock_view.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=15_000)
    assert window.workspace is not None and not window.workspace.locked


def test_the_workspace_variable_wins_over_the_last_workspace_opened(
        ws: Workspace, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """`scripts/dev.py run` sets EVIDENCE_APP_WORKSPACE to the demo; the window opened the
    last workspace used instead, under a printed demo passphrase that did not open it."""
    from evidence_app.ui.settings import GuiSettings

    ws.lock()
    monkeypatch.setenv("EVIDENCE_APP_WORKSPACE", str(ws.root))
    window = MainWindow(GuiSettings(last_workspace=str(tmp_path / "another")))
    qtbot.addWidget(window)
    assert window.folder == ws.root
    assert window.stack.currentWidget() is window.unlock_view
    monkeypatch.delenv("EVIDENCE_APP_WORKSPACE")
    later = MainWindow(GuiSettings(last_workspace=str(ws.root)))
    qtbot.addWidget(later)
    assert later.folder == ws.root  # without the variable, the last workspace as before


def test_lock_wipes_keys_and_returns_to_the_unlock_screen(
        window: MainWindow, ws: Workspace, qtbot: Any) -> None:
    assert window.lock_action.isEnabled()
    window.lock_action.trigger()
    assert ws.locked
    assert window.shell is None and window.workspace is None
    assert window.stack.currentWidget() is window.unlock_view
    assert not window.lock_action.isEnabled()


def test_auto_lock_after_idle_time(window: MainWindow, ws: Workspace, qtbot: Any) -> None:
    window.idle.set_timeout_ms(300)
    window.idle.arm(True)
    qtbot.waitUntil(lambda: ws.locked, timeout=5_000)
    assert window.stack.currentWidget() is window.unlock_view
    assert "without activity" in window.unlock_view.notice_label.text()


def test_quick_exit_locks_at_once(window: MainWindow, ws: Workspace) -> None:
    assert window.quick_exit_action.shortcut().toString() == "Ctrl+Shift+Q"
    window.quick_exit_action.trigger()
    assert ws.locked
    assert not window.isVisible()
