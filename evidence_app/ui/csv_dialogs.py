"""CSV in and out: import incidents from a spreadsheet after seeing every problem, and export
incidents with ACLED-compatible columns (docs/csv-format.md).

Import is the core's two steps: ``csv_io.read_csv_import`` decodes and validates every row on the
worker, and the dialog lists every problem and warning (each bad row, Zawgyi-encoded Burmese) by
line and column, as plain text; nothing is written until the user presses Import, and if any row
is bad, only after choosing to import only the valid rows. ``csv_io.import_csv`` then records the
incidents and ingests their files on the worker (progress, Cancel). Export warns that the CSV is
plaintext, asks, and runs ``csv_io.export_csv`` on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors
from evidence_app.ui.bundle_summary import WARNING_STYLE
from evidence_app.ui.fields import dialog_buttons, plain_label, plain_tooltip, push_button
from evidence_app.ui.fit import fit_header_labels
from evidence_app.ui.task_panel import TaskPanel
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.csv_io import CsvImportPlan
    from evidence_app.services.workspace import Workspace


def _file_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class CsvImportDialog(QDialog):
    """Pick, validate, review every problem, accept, import. ``imported`` carries the ids."""

    imported = Signal(object)

    def __init__(self, ws: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self.plan: CsvImportPlan | None = None
        self.import_result: Any = None
        self.setWindowTitle(self.tr("Import incidents from CSV"))
        self.setMinimumSize(760, 520)
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A .csv file (UTF-8), or a .zip holding one .csv and the files it names. Every row "
            "is checked first; nothing is imported until you accept."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file_edit = QLineEdit()
        self.file_button = QPushButton(self.tr("Choose file…"))
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.clicked.connect(self._on_check_button_clicked)
        row = _file_row(self.file_edit, self.file_button)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        report = QWidget()
        column = QVBoxLayout(report)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary_label = plain_label()
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        column.addWidget(self.summary_label)
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Level"),
                                                       self.tr("Column"), self.tr("Problem")])
        self.problems_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_table.verticalHeader().hide()
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        for col, width in ((0, 60), (1, 90), (2, 140)):
            self.problems_table.setColumnWidth(col, width)
        fit_header_labels(self.problems_table)
        column.addWidget(self.problems_table, 1)
        self.skip_check = QCheckBox()
        self.skip_check.toggled.connect(self._update_buttons)
        column.addWidget(self.skip_check)
        self.pages.addWidget(report)

        self.panel = TaskPanel()
        self.pages.addWidget(self.panel)

        done = QWidget()
        column = QVBoxLayout(done)
        self.result_label = plain_label()
        column.addWidget(self.result_label)
        column.addStretch(1)
        self.pages.addWidget(done)

        self.error_label = plain_label()
        self.error_label.setStyleSheet(WARNING_STYLE)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.import_button = push_button(self.tr("Import"), self._on_import_button_clicked)
        self.close_button = push_button(self.tr("Close"), self.reject)
        layout.addLayout(dialog_buttons(self.import_button, self.close_button))
        self._update_buttons()

    def check(self, path: Path) -> None:
        """Validate ``path`` on the worker and show the report."""
        from evidence_app.services.csv_io import read_csv_import

        self.file_edit.setText(str(path))
        self.plan = None
        self.error_label.hide()
        task = self._runner.start("csv-read", read_csv_import, path)
        task.finished.connect(self._on_read_finished)
        task.failed.connect(self._on_task_failed)
        self.panel.follow(task, self.tr("Checking every row…"), cancellable=False)
        task.ended.connect(self._update_buttons)  # after the panel has let the task go
        self.pages.setCurrentWidget(self.panel)
        self._update_buttons()

    def _on_read_finished(self, plan: Any) -> None:
        self.plan = plan
        rows: list[tuple[str, str, str, str]] = [
            ("", self.tr("Note"), "", w) for w in plan.warnings]
        for r in plan.rows:
            rows += [(str(r.line), self.tr("Error"), c, m) for c, m in r.problems]
            rows += [(str(r.line), self.tr("Warning"), c, m) for c, m in r.warnings]
        self.problems_table.setRowCount(len(rows))
        for n, cells in enumerate(rows):
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # plain text: messages quote the CSV's cells
                if col == 3:
                    cell.setToolTip(plain_tooltip(text))
                if col == 1 and cells[1] == self.tr("Error"):
                    cell.setForeground(Qt.GlobalColor.red)
                self.problems_table.setItem(n, col, cell)
        if len(rows) < 2000:  # measuring every row of a huge report would freeze the window
            self.problems_table.resizeRowsToContents()
        valid, invalid = len(plan.valid_rows), len(plan.invalid_rows)
        self.summary_label.setText(self.tr(
            "{name}: {n} row(s), {valid} valid, {invalid} with problems.").format(
            name=plan.csv_name, n=len(plan.rows), valid=valid, invalid=invalid))
        self.skip_check.setText(self.tr(
            "Import only the {n} valid row(s); leave out the rows with problems").format(n=valid))
        self.skip_check.setChecked(False)
        self.skip_check.setVisible(bool(invalid and valid))
        self.pages.setCurrentIndex(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self.plan if self.pages.currentIndex() == 0 else None
        busy = self.panel.task is not None
        finished = self.import_result is not None  # one import per dialog: no duplicates
        for widget in (self.check_button, self.file_button, self.file_edit):
            widget.setEnabled(not busy and not finished)
        self.close_button.setEnabled(not busy)
        ready = plan is not None and bool(plan.valid_rows) and (
            not plan.invalid_rows or self.skip_check.isChecked())
        self.import_button.setEnabled(ready)
        if plan is not None:
            self.import_button.setText(self.tr("Import {n} incident(s)").format(
                n=len(plan.valid_rows)))

    def start_import(self) -> bool:
        """Record the accepted rows on the worker (the Import button)."""
        from evidence_app.services.csv_io import import_csv

        if self.plan is None or not self.import_button.isEnabled():
            return False
        task = self._runner.start("csv-import", import_csv, self._ws, self.plan,
                                  skip_invalid=self.skip_check.isChecked(),
                                  with_progress=True, with_cancel=True)
        task.finished.connect(self._on_import_finished)
        task.failed.connect(self._on_task_failed)
        self.panel.follow(task, self.tr("Importing incidents and their files…"))
        task.ended.connect(self._update_buttons)
        self.pages.setCurrentWidget(self.panel)
        self._update_buttons()
        return True

    def _on_import_finished(self, result: Any) -> None:
        self.import_result = result
        self.plan = None
        lines = [self.tr("Imported {n} incident(s) and {items} evidence file(s).").format(
            n=len(result.incident_ids), items=result.items)]
        if result.cancelled:
            lines.append(self.tr("Cancelled: the incidents imported so far are kept."))
        lines += [self.tr("Not added: {f}").format(f=f) for f in result.failures]
        self.result_label.setText("\n".join(lines))
        self.pages.setCurrentIndex(2)
        self.import_button.hide()
        self._update_buttons()
        self.imported.emit(result.incident_ids)

    def _on_task_failed(self, exc: object) -> None:
        self.pages.setCurrentIndex(0)
        self._update_buttons()
        if isinstance(exc, BaseException):
            errors.present_inline(exc, self.error_label, parent=self)

    def _on_file_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import incidents from CSV"), "",
            self.tr("CSV or zip (*.csv *.zip);;All files (*)"))
        if name:
            self.check(Path(name))

    def _on_check_button_clicked(self) -> None:
        if self.file_edit.text().strip():
            self.check(Path(self.file_edit.text().strip()).expanduser())

    def _on_import_button_clicked(self) -> None:
        self.start_import()

    def reject(self) -> None:
        if self.panel.task is not None:
            self.panel.cancel()
            return
        super().reject()


class CsvExportDialog(QDialog):
    """Choose all incidents or a case's, and the file; warn about plaintext; write."""

    def __init__(self, ws: Workspace, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app.services import cases

        self._ws = ws
        self._runner = runner
        self.rows_written: int | None = None
        self.setWindowTitle(self.tr("Export incidents as CSV (ACLED columns)"))
        self.setMinimumSize(620, 300)
        layout = QVBoxLayout(self)
        self.case_combo = QComboBox()
        self.case_combo.addItem(self.tr("All incidents"), None)
        for case in cases.list_cases(ws):
            self.case_combo.addItem(f"{case.reference} – {case.title}", case.id)
        layout.addWidget(QLabel(self.tr("Incidents to export")))
        layout.addWidget(self.case_combo)
        self.output_edit = QLineEdit()
        self.output_button = QPushButton(self.tr("Choose…"))
        self.output_button.clicked.connect(self._on_output_button_clicked)
        layout.addWidget(QLabel(self.tr("Save as")))
        layout.addLayout(_file_row(self.output_edit, self.output_button))
        warning = QLabel(self.tr(
            "The CSV is not encrypted: it holds the incidents' narratives and places in plain "
            "text. Anyone who gets the file can read it."))
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        layout.addWidget(warning)
        self.status_label = plain_label()
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.export_button = push_button(self.tr("Export"), self._on_export_button_clicked)
        self.close_button = push_button(self.tr("Close"), self.reject)
        layout.addLayout(dialog_buttons(self.export_button, self.close_button))

    def start_export(self) -> bool:
        """Ask about plaintext, then write on the worker."""
        from evidence_app.errors import UsageError
        from evidence_app.services.csv_io import export_csv

        text = self.output_edit.text().strip()
        if not text:
            errors.present_inline(UsageError(self.tr("Choose where to save the CSV.")),
                                  self.status_label, parent=self)
            return False
        if not ask.confirm(self, self.tr("Write an unencrypted CSV?"), self.tr(
                "The CSV will NOT be encrypted. Anyone who gets the file can read the "
                "incidents' narratives and places. Write it anyway?")):
            return False
        task = self._runner.start("csv-export", export_csv, self._ws, Path(text).expanduser(),
                                  case=self.case_combo.currentData())
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        task.ended.connect(self._on_task_ended)
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing…"))
        return True

    def _on_task_finished(self, count: Any) -> None:
        self.rows_written = int(count)
        self.status_label.setText(self.tr("Wrote {n} row(s) to {path}.").format(
            n=count, path=self.output_edit.text().strip()))
        self.export_button.hide()

    def _on_task_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            errors.present_inline(exc, self.status_label, parent=self)

    def _on_task_ended(self) -> None:
        self.export_button.setEnabled(True)

    def _on_output_button_clicked(self) -> None:
        # No "replace it?" question: the export never replaces a file, so a "yes" would only
        # be followed by "already exists; choose a new file name".
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the CSV as"), "incidents-acled.csv",
            self.tr("CSV files (*.csv)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.output_edit.setText(name)

    def _on_export_button_clicked(self) -> None:
        self.start_export()
