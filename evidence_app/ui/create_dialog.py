"""Creating a workspace: folder, team, alias and passphrase, with an honest warning.

Argon2id and the first migration take a moment, so the core's ``create_workspace`` runs on the
worker. Tests inject cheap Argon2 parameters through ``kdf``; the app always uses the defaults.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.crypto.kdf import KdfParams
    from evidence_app.services.workspace import Workspace

MIN_PASSPHRASE = 8  # the core's minimum (services.workspace.MIN_PASSPHRASE), checked early here


def passphrase_strength(passphrase: str) -> int:
    """A rough score 0-4 for the hint under the field (the core enforces only the minimum).

    Length counts most: a sentence of several words beats a short string of symbols, and
    Burmese letters count like any other (each is one character of the passphrase).
    """
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    if len(set(passphrase)) < 5:
        return 1
    words = len(passphrase.split())
    classes = sum([any(c.islower() for c in passphrase), any(c.isupper() for c in passphrase),
                   any(c.isdigit() for c in passphrase),
                   any(not c.isalnum() and not c.isspace() for c in passphrase),
                   any(ord(c) > 127 for c in passphrase)])
    if len(passphrase) >= 20 or words >= 4:
        return 4
    if len(passphrase) >= 14 or (len(passphrase) >= 11 and classes >= 3):
        return 3
    return 2


class CreateWorkspaceDialog(QDialog):
    """Ask for what a new workspace needs; on success ``workspace`` holds it, unlocked."""

    def __init__(self, runner: TaskRunner, folder: Path, parent: QWidget | None = None,
                 kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a workspace"))
        self.setMinimumWidth(560)
        self._runner = runner
        self._kdf = kdf
        self.workspace: Workspace | None = None
        layout = QVBoxLayout(self)
        self.bar = errors.MessageBar(self)
        layout.addWidget(self.bar)
        form = QFormLayout()
        self.folder_edit = QLineEdit(str(folder))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_button_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Folder (new or empty)"), folder_row)
        self.team_edit = QLineEdit()
        self.team_edit.setPlaceholderText(self.tr("e.g. Documentation team North"))
        form.addRow(self.tr("Team name"), self.team_edit)
        self.alias_edit = QLineEdit()
        self.alias_edit.setPlaceholderText(self.tr("A name your team knows you by; "
                                                   "it need not be your real name"))
        form.addRow(self.tr("Your alias"), self.alias_edit)
        self.passphrase_edit = self._secret_edit()
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        form.addRow("", self.strength_label)
        self.repeat_edit = self._secret_edit()
        form.addRow(self.tr("Passphrase again"), self.repeat_edit)
        layout.addLayout(form)
        warning = QLabel(self.tr(
            "Important: nobody can recover a lost passphrase. Not your team, not the makers "
            "of this app. If you forget it, everything in this workspace is lost for good. "
            "Write it down and keep it somewhere safe, away from this computer."))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setStyleSheet("background:#fff4d6; border:1px solid #e5c15c; padding:8px;"
                              "color:#4a3800;")
        layout.addWidget(warning)
        self.understood_box = QCheckBox(self.tr("I understand that a lost passphrase "
                                                "cannot be recovered"))
        layout.addWidget(self.understood_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Create workspace"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.passphrase_edit, self.repeat_edit, self.alias_edit):
            edit.textChanged.connect(self._on_fields_changed)
        self.understood_box.toggled.connect(self._on_fields_changed)
        self._on_fields_changed()

    def _secret_edit(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        return edit

    def _strength_text(self, score: int) -> str:
        return [self.tr("Too short: use at least {n} characters.").format(n=MIN_PASSPHRASE),
                self.tr("Weak: too many repeated characters."),
                self.tr("Fair. A short sentence of four or more words is stronger."),
                self.tr("Good."),
                self.tr("Strong.")][score]

    def _on_fields_changed(self, *_: Any) -> None:
        passphrase = self.passphrase_edit.text()
        score = passphrase_strength(passphrase)
        self.strength_label.setText(self._strength_text(score) if passphrase else self.tr(
            "A sentence you can remember, of four or more words, is best."))
        colour = ["#a01010", "#a01010", "#7a5b00", "#2d6a12", "#2d6a12"][score]
        self.strength_label.setStyleSheet(f"color:{colour};" if passphrase else "")
        ready = (score > 0 and passphrase == self.repeat_edit.text()
                 and bool(self.alias_edit.text().strip()) and self.understood_box.isChecked())
        self.create_button.setEnabled(ready)
        if self.repeat_edit.text() and passphrase != self.repeat_edit.text():
            self.create_button.setToolTip(self.tr("The two passphrases differ."))
        else:
            self.create_button.setToolTip("")

    def _on_browse_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose an empty folder"))
        if folder:
            self.folder_edit.setText(folder)

    def _on_buttons_accepted(self) -> None:
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.bar.show_message(self.tr("Passphrases differ"),
                                  self.tr("Type the same passphrase twice."), "error")
            return
        from evidence_app.services.workspace import create_workspace

        folder = Path(self.folder_edit.text().strip()).expanduser()
        task = self._runner.start("create-workspace", create_workspace, folder,
                                  self.passphrase_edit.text(), self.alias_edit.text().strip(),
                                  team=self.team_edit.text().strip() or None, kdf=self._kdf)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        self.buttons.setEnabled(False)  # a half-made workspace must not be left unlocked
        self.create_button.setText(self.tr("Creating…"))

    def _on_task_finished(self, workspace: object) -> None:
        self.workspace = workspace  # type: ignore[assignment]  # create_workspace's result
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self.accept()

    def _on_task_failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self.create_button.setText(self.tr("Create workspace"))
        self._on_fields_changed()
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self.bar, parent=self)
