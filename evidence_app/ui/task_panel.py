"""A progress bar, what is being done, and a Cancel button for one task on the worker.

The exchange dialogs (bundle export and import, CSV import) show one of these while a core
function runs; Cancel sets the task's :class:`~evidence_app.progress.CancelToken` and the core
stops at its next check, undoing partial work. The panel never decides what a failure means:
its owner does, through :mod:`evidence_app.ui.errors`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from evidence_app.ui.worker import Task


class TaskPanel(QWidget):
    """Follows one :class:`Task` at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.step_label = QLabel()
        # labels come from the core and may name files from a bundle or a CSV
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.step_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.title_label)
        layout.addLayout(row)
        layout.addWidget(self.step_label)
        layout.addStretch(1)

    def follow(self, task: Task, title: str, *, cancellable: bool = True) -> None:
        """Show ``task``'s progress under ``title`` until it ends."""
        self.task = task
        self.title_label.setText(title)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.step_label.clear()
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setText(self.tr("Cancel"))
        task.progressed.connect(self._on_task_progressed)
        task.ended.connect(self._on_task_ended)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Cancelling…"))

    def _on_cancel_button_clicked(self) -> None:
        self.cancel()

    def _on_task_progressed(self, done: int, total: int, label: str) -> None:
        if self.progress_bar.maximum() == 0:
            self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * done / total) if total else 0)
        self.step_label.setText(label)

    def _on_task_ended(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
