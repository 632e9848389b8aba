"""Later runs: ask only for the passphrase of the known workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui.fields import SECONDARY_TEXT


class UnlockView(QWidget):
    """A passphrase field for the workspace at ``folder``; the main window does the unlock."""

    unlock_requested = Signal(str)
    open_other_requested = Signal(Path)
    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel(self.tr("Unlock your workspace"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.folder_label = QLabel()
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet(SECONDARY_TEXT)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData
                                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setMinimumWidth(360)
        self.passphrase_edit.returnPressed.connect(self._on_unlock_button_clicked)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        entry = QHBoxLayout()
        entry.addWidget(self.passphrase_edit, 1)
        entry.addWidget(self.unlock_button)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        others = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Open another workspace…"))
        self.other_button.setFlat(True)
        self.other_button.clicked.connect(self._on_other_button_clicked)
        self.create_button = QPushButton(self.tr("Create a new workspace…"))
        self.create_button.setFlat(True)
        self.create_button.clicked.connect(self.create_requested)
        others.addWidget(self.other_button)
        others.addWidget(self.create_button)
        others.addStretch(1)
        hint = QLabel(self.tr("Quick exit at any time: Ctrl+Shift+Q locks and closes the app."))
        hint.setStyleSheet(SECONDARY_TEXT)
        box.addWidget(title)
        box.addWidget(self.folder_label)
        box.addSpacing(8)
        box.addWidget(self.notice_label)
        box.addLayout(entry)
        box.addWidget(self.status_label)
        box.addSpacing(16)
        box.addLayout(others)
        box.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_folder(self, folder: Path) -> None:
        self.folder_label.setText(self.tr("Workspace: {folder}").format(folder=str(folder)))

    def set_notice(self, text: str) -> None:
        """A line above the field, e.g. why the workspace was locked."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.passphrase_edit.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.status_label.setText(self.tr("Unlocking…") if busy else "")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.status_label.setText(text)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def reset(self) -> None:
        self.passphrase_edit.clear()
        self.set_busy(False)
        self.passphrase_edit.setFocus()

    def _on_unlock_button_clicked(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            self.status_label.setText(self.tr("Type your passphrase."))
            return
        self.set_busy(True)
        self.passphrase_edit.clear()  # do not keep it in the widget longer than needed
        self.unlock_requested.emit(passphrase)

    def _on_other_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the workspace folder"))
        if folder:
            self.open_other_requested.emit(Path(folder))
