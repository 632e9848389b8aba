"""Verify: re-check every stored item, signature and custody chain, and export the report.

``verify.verify_workspace`` runs on the worker with progress and Cancel; the result is one row
per item (intact, modified, missing, bad signature, unknown signer, custody chain broken) with
its findings, filterable, and the chains with problems. The report exported is the core's own
plain text (``verify.report_to_text``), so the CLI and the app write the same thing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors, labels
from evidence_app.ui.fields import plain_tooltip, screen_title
from evidence_app.ui.fit import fit_header_labels
from evidence_app.ui.fonts import monospace_font
from evidence_app.ui.worker import Task, TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace

STATUS_COLOURS = {"intact": "#2d6a12", "modified": "#b00020", "missing": "#b00020",
                  "signature_invalid": "#b00020", "unknown_signer": "#8a5a00",
                  "chain_broken": "#b00020"}


class VerifyView(QWidget):
    """Runs verification and shows the verdict per item."""

    def __init__(self, ws: Workspace, runner: TaskRunner, bar: errors.MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._bar = bar
        self.report: Any = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        title = screen_title(self.tr("Verify evidence"))
        layout.addWidget(title)
        explain = QLabel(self.tr(
            "Decrypts and re-hashes every stored file, compares it with the SHA-256 recorded "
            "when it was added, checks each signed attestation against the team's keys, and "
            "walks every chain of custody. Each check is itself recorded in the item's "
            "custody."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        controls = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Verify all evidence"))
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.hide()
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("All items"), "all")
        self.filter_combo.addItem(self.tr("Problems only"), "problems")
        for code, text in labels.verdicts().items():
            self.filter_combo.addItem(text, code)
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        controls.addWidget(self.run_button)
        controls.addWidget(self.cancel_button)
        controls.addWidget(self.progress_bar, 1)
        controls.addStretch(0)
        controls.addWidget(QLabel(self.tr("Show:")))
        controls.addWidget(self.filter_combo)
        controls.addWidget(self.export_button)
        layout.addLayout(controls)
        self.summary_label = QLabel(self.tr("Not run yet in this session."))
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Exhibit"), self.tr("Result"), self.tr("File name"), self.tr("SHA-256"),
            self.tr("Signed by"), self.tr("Findings")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # hashes: start and end
        for column, width in ((0, 90), (1, 130), (2, 230), (3, 250), (4, 150)):
            self.table.setColumnWidth(column, width)
        fit_header_labels(self.table)
        layout.addWidget(self.table, 3)
        self.chains_label = QLabel()
        self.chains_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chains_label.setWordWrap(True)
        layout.addWidget(self.chains_label)

    def run(self) -> Task:
        """Start verification on the worker (the Verify button does this)."""
        from evidence_app.services.verify import verify_workspace

        task = self._runner.start("verify", verify_workspace, self._ws, with_progress=True,
                                  with_cancel=True)
        task.progressed.connect(self._on_task_progressed)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        task.ended.connect(self._on_task_ended)
        self.task = task
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.summary_label.setText(self.tr("Verifying…"))
        return task

    def _on_run_button_clicked(self) -> None:
        self.run()

    def _on_cancel_button_clicked(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _on_task_progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setValue(int(1000 * done / total) if total else 0)
        self.progress_bar.setFormat(f"%p%  {label}" if label else "%p%")

    def _on_task_failed(self, exc: object) -> None:
        self.summary_label.setText(self.tr("Verification did not finish."))
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self._bar, parent=self)

    def _on_task_ended(self) -> None:
        self.task = None
        self.run_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress_bar.hide()

    def _on_task_finished(self, report: Any) -> None:
        self.report = report
        self.export_button.setEnabled(True)
        verdicts = labels.verdicts()
        self.table.setRowCount(len(report.items))
        mono = monospace_font()
        for row, item in enumerate(report.items):
            cells = (item.exhibit_number, labels.label(verdicts, item.status),
                     item.original_filename, item.sha256, item.signer_alias or "",
                     "; ".join(item.findings))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # table cells never render rich text
                if col == 1:
                    cell.setForeground(QBrush(QColor(STATUS_COLOURS.get(item.status, "#000"))))
                    cell.setData(Qt.ItemDataRole.UserRole, item.status)
                if col == 3:
                    cell.setFont(mono)
                if col == 5:
                    cell.setToolTip(plain_tooltip("\n".join(item.findings)))
                self.table.setItem(row, col, cell)
        counts = ", ".join(f"{n} {labels.label(verdicts, s).lower()}"
                           for s, n in report.counts.items() if n)
        when = report.finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
        result = self.tr("All intact.") if report.ok else self.tr("Problems found.")
        self.summary_label.setText(self.tr("{result} {n} item(s) checked at {when}: "
                                           "{counts}.").format(
            result=result, n=len(report.items), when=when, counts=counts or self.tr("none")))
        self.summary_label.setStyleSheet(f"color:{'#2d6a12' if report.ok else '#b00020'};"
                                         "font-weight:bold;")
        broken = [c for c in report.chains if not c.ok]
        self.chains_label.setText(self.tr("Custody chains: {n} checked, {b} with problems.")
                                  .format(n=len(report.chains), b=len(broken))
                                  + "".join(f"\n{c.subject_type} {c.subject_id}: "
                                            + "; ".join(c.findings) for c in broken[:20]))
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.filter_combo.currentData()
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 1)
            status = cell.data(Qt.ItemDataRole.UserRole) if cell else None
            show = (wanted == "all" or (wanted == "problems" and status != "intact")
                    or status == wanted)
            self.table.setRowHidden(row, not show)

    def visible_rows(self) -> int:
        return sum(1 for r in range(self.table.rowCount()) if not self.table.isRowHidden(r))

    def export_report(self, path: Path) -> None:
        from evidence_app.services.verify import report_to_text

        path.write_text(report_to_text(self.report), encoding="utf-8")

    def _on_export_button_clicked(self) -> None:
        if self.report is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export verification report"),
            f"verification-{self.report.finished_at:%Y%m%d-%H%M}.txt",
            self.tr("Text files (*.txt)"))
        if not name:
            return
        try:
            self.export_report(Path(name))
        except OSError as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return
        self._bar.show_message(self.tr("Report exported"), self.tr(
            "The report lists file names and hashes in plain text; keep it as carefully as "
            "the evidence."), "info", timeout_ms=8000)
