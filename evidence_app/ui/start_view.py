"""First run: explain what a workspace is and offer to create one or open an existing one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartView(QWidget):
    """The screen shown when no workspace is known yet."""

    create_requested = Signal()
    open_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QVBoxLayout()
        title = QLabel(self.tr("Welcome to Evidence App"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr(
            "Evidence App keeps your team's incident records and evidence files in a "
            "workspace: one folder, encrypted with a passphrase. Without the passphrase "
            "nobody can read it, including anyone who takes this computer.\n\n"
            "Create a new workspace, or open one that you or your team already made."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setMaximumWidth(560)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Create a workspace…"))
        self.create_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open a workspace…"))
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box.addWidget(title)
        box.addSpacing(12)
        box.addWidget(intro)
        box.addSpacing(18)
        box.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _on_open_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the workspace folder"))
        if folder:
            self.open_requested.emit(Path(folder))
