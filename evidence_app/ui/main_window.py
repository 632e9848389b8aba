"""The main window: start, unlock, the unlocked workspace, lock, auto-lock and quick exit.

It owns the one :class:`~evidence_app.ui.worker.TaskRunner`, the message bar and the unlocked
:class:`Workspace` (the only place that holds it besides the views it hands it to). Locking
saves editors' unsaved content as encrypted drafts, stops background work, wipes the keys
(``Workspace.lock()``) and returns to the passphrase screen. Core modules are imported only when
first needed, so this window paints before SQLModel is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.paths import WORKSPACE_ENV, default_workspace_dir
from evidence_app.ui import errors
from evidence_app.ui.idle import IdleWatcher
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.start_view import StartView
from evidence_app.ui.unlock_view import UnlockView
from evidence_app.ui.worker import TaskRunner, settle_heap

if TYPE_CHECKING:
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.create_dialog import CreateWorkspaceDialog
    from evidence_app.ui.shell import Shell

QUICK_EXIT_KEYS = "Ctrl+Shift+Q"
KEYFILE_NAME = "workspace.json"  # evidence_app.vault.keyfile.KEYFILE_NAME, without the import


def _preload_core() -> None:
    """Import the heavy core modules on a worker thread after the first paint."""
    import evidence_app.services.incidents
    import evidence_app.services.workspace  # noqa: F401


class MainWindow(QMainWindow):
    unlocked = Signal()
    locked = Signal()

    def __init__(self, settings: GuiSettings, workspace_dir: Path | None = None, *,
                 kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Evidence App"))
        self.settings = settings
        self._kdf = kdf
        self.runner = TaskRunner(self)
        self.workspace: Workspace | None = None
        self.shell: Shell | None = None
        self.create_dialog: CreateWorkspaceDialog | None = None
        # --workspace, then $EVIDENCE_APP_WORKSPACE (scripts/dev.py run, tests), then the last
        # workspace opened: the variable was ignored once any workspace had been opened, and
        # "dev.py run" printed the demo's passphrase over another workspace's unlock screen.
        if workspace_dir is None and os.environ.get(WORKSPACE_ENV):
            workspace_dir = default_workspace_dir()
        self.folder = workspace_dir or (Path(settings.last_workspace)
                                        if settings.last_workspace else default_workspace_dir())
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.bar = errors.MessageBar()
        layout.addWidget(self.bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.start_view = StartView()
        self.start_view.create_requested.connect(self._on_start_view_create_requested)
        self.start_view.open_requested.connect(self._on_start_view_open_requested)
        self.unlock_view = UnlockView()
        self.unlock_view.unlock_requested.connect(self._on_unlock_view_unlock_requested)
        self.unlock_view.open_other_requested.connect(self._on_start_view_open_requested)
        self.unlock_view.create_requested.connect(self._on_start_view_create_requested)
        self.stack.addWidget(self.start_view)
        self.stack.addWidget(self.unlock_view)
        self._build_actions()
        self.idle = IdleWatcher(self)
        self.idle.timed_out.connect(self._on_idle_timed_out)
        self.idle.set_timeout_ms(settings.auto_lock_minutes * 60_000)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.show_entry_screen()

    # --- actions -------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Workspace"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(False)
        self.lock_action.triggered.connect(self._on_lock_action_triggered)
        self.quick_exit_action = QAction(self.tr("&Quick exit (lock and close now)"), self)
        self.quick_exit_action.setShortcut(QKeySequence(QUICK_EXIT_KEYS))
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit_action.triggered.connect(self.quick_exit)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        for action in (self.lock_action, self.quick_exit_action, self.settings_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self.addAction(self.quick_exit_action)

    def start_background_loading(self) -> None:
        """Called once the window is painted: load the core while the user types."""
        task = self.runner.start("preload", _preload_core)
        task.failed.connect(self._on_task_failed)

    # --- entry screens -------------------------------------------------------------------------

    def show_entry_screen(self, notice: str = "") -> None:
        if (self.folder / KEYFILE_NAME).is_file():
            self.unlock_view.set_folder(self.folder)
            self.unlock_view.set_notice(notice)
            self.unlock_view.reset()
            self.stack.setCurrentWidget(self.unlock_view)
        else:
            self.stack.setCurrentWidget(self.start_view)

    def _on_start_view_open_requested(self, folder: Path) -> None:
        if not (folder / KEYFILE_NAME).is_file():
            self.bar.show_message(self.tr("No workspace in this folder"), self.tr(
                "Choose the folder that holds workspace.json, or create a new workspace."),
                "error")
            return
        self.bar.hide()
        self.folder = folder
        self.show_entry_screen()

    def _on_start_view_create_requested(self) -> None:
        from evidence_app.ui.create_dialog import CreateWorkspaceDialog

        folder = self.folder
        if (folder / KEYFILE_NAME).is_file():
            folder = folder.parent / (folder.name + "-2")
        self.create_dialog = CreateWorkspaceDialog(self.runner, folder, self, kdf=self._kdf)
        self.create_dialog.accepted.connect(self._on_create_dialog_accepted)
        self.create_dialog.open()

    def _on_create_dialog_accepted(self) -> None:
        dialog = self.create_dialog
        if dialog is not None and dialog.workspace is not None:
            self.folder = dialog.workspace.root
            self.open_shell(dialog.workspace)

    def _on_unlock_view_unlock_requested(self, passphrase: str) -> None:
        from evidence_app.services.workspace import open_workspace

        task = self.runner.start("unlock", open_workspace, self.folder, passphrase)
        task.finished.connect(self._on_unlock_task_finished)
        task.failed.connect(self._on_unlock_task_failed)

    def _on_unlock_task_finished(self, workspace: object) -> None:
        self.open_shell(workspace)  # type: ignore[arg-type]  # open_workspace's result

    def _on_unlock_task_failed(self, exc: object) -> None:
        if not isinstance(exc, BaseException):
            return
        shown = errors.describe(exc)
        if shown.kind == "bar":
            self.unlock_view.show_error(f"{shown.title}. {shown.next_step}")
        else:
            self.unlock_view.set_busy(False)
            errors.present(exc, bar=self.bar, parent=self)

    def _on_task_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self.bar, parent=self)

    # --- unlocked ------------------------------------------------------------------------------

    def open_shell(self, workspace: Workspace) -> None:
        from evidence_app.ui.shell import Shell

        self.bar.hide()
        self.workspace = workspace
        self.settings.last_workspace = str(workspace.root)
        self.settings.save()
        self.shell = Shell(workspace, self.runner, self.settings, self.bar)
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        settle_heap()
        self.lock_action.setEnabled(True)
        self.idle.arm(True)
        self.unlocked.emit()

    def lock(self, notice: str = "") -> None:
        """Keep unsaved edits as encrypted drafts, stop work, wipe the keys, ask again."""
        self.idle.arm(False)
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not self:
            modal.close()  # a question left open answers "Cancel"; the keys go regardless
        if self.shell is not None:
            self.shell.prepare_for_lock()
        self.runner.abandon_all()
        if self.shell is not None:
            self.stack.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        if self.workspace is not None:
            self.workspace.lock()
            self.workspace = None
        self.lock_action.setEnabled(False)
        self.bar.hide()
        self.show_entry_screen(notice)
        self.locked.emit()

    def _on_lock_action_triggered(self) -> None:
        self.lock()

    def _on_idle_timed_out(self) -> None:
        minutes = self.settings.auto_lock_minutes
        self.lock(self.tr("Locked after {n} minutes without activity. Unsaved changes were "
                          "kept as an encrypted draft.").format(n=minutes))

    def quick_exit(self) -> None:
        """Hide at once, keep drafts, wipe keys, quit: no questions asked."""
        self.hide()
        try:
            self.lock()
        finally:
            QApplication.quit()

    def _on_settings_action_triggered(self) -> None:
        from evidence_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.idle.set_timeout_ms(self.settings.auto_lock_minutes * 60_000)
            if self.shell is not None:
                self.shell.apply_settings()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.shell is not None and not self.shell.confirm_close():
            event.ignore()
            return
        self.lock()
        event.accept()
