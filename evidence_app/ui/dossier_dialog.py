"""Export a dossier: readiness first, a plaintext warning to acknowledge, then the PDF.

The dialog runs ``services.dossier.readiness`` on the worker as soon as it opens and shows the
gaps (export stays allowed: a court filing may have to go out incomplete). The options are the
CLI's: the redacted version for disclosure, signing, the output file. Before anything is
written the user must acknowledge that the dossier is a plaintext file outside the encrypted
workspace (the CLI prints the same warning). ``export_dossier`` then runs on the worker with a
progress bar and a working Cancel; a cancelled export leaves no file and no custody event (the
core guarantees it), so the dialog only says so. Errors go through ``ui.errors`` into the
dialog's own message bar, except a bad output file, which is shown under the file field.
The dossier's own headings and notes are in English or Burmese (records are printed as they
are); the choice starts at the UI's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import errors as core
from evidence_app.ui import errors, labels
from evidence_app.ui.dossier_panels import ReadinessPanel, ResultPanel
from evidence_app.ui.fields import FieldError, dialog_buttons, push_button, select_data
from evidence_app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.worker import Task, TaskRunner

# No "background" on the QCheckBox: with one, the style sheet draws the unchecked box
# transparent, and the acknowledgement the export waits for showed no box to tick.
WARNING_STYLE = ("#plaintextWarning {background:#fff4d6; border:1px solid #e5c15c; "
                 "border-radius:4px;} QLabel {color:#4a3800; background:transparent;} "
                 "QCheckBox {color:#4a3800;}")


class DossierDialog(QDialog):
    """The dossier of a case (``case``) or of incidents (``incident_ids``)."""

    readiness_ended = Signal()
    export_ended = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, *, subject: str,
                 case: str | None = None, incident_ids: list[str] | None = None,
                 file_name: str = "dossier.pdf", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._case = case
        self._incident_ids = list(incident_ids) if incident_ids else None
        self._file_name = file_name
        self._overwrite: Path | None = None  # a file the save dialog already asked to replace
        self._close_when_ended = False
        self.readiness_task: Task | None = None
        self.export_task: Task | None = None
        self.result: Any = None
        self.setWindowTitle(self.tr("Export a dossier"))
        self.setMinimumWidth(760)
        self.resize(860, 640)  # fits a 1366x768 screen with the gaps readable
        layout = QVBoxLayout(self)
        self.bar = errors.MessageBar()
        layout.addWidget(self.bar)
        heading = QLabel(subject)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a case title, from records
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        layout.addWidget(heading)
        self.readiness = ReadinessPanel()
        layout.addWidget(self.readiness, 1)
        self.options = self._build_options()
        layout.addWidget(self.options)
        self.warning = self._build_warning()
        layout.addWidget(self.warning)
        self.result_panel = ResultPanel()
        self.result_panel.hide()
        layout.addWidget(self.result_panel)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        self.export_button = push_button(self.tr("Export dossier"),
                                         self._on_export_button_clicked, default=True)
        self.cancel_button = push_button(self.tr("Cancel"), self._on_cancel_button_clicked)
        layout.addLayout(dialog_buttons(self.export_button, self.cancel_button))
        self._update_buttons()
        self.check_readiness()

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("Options"))
        column = QVBoxLayout(box)
        self.redacted_check = QCheckBox(self.tr(
            "Redacted version for disclosure: pseudonyms only; confidential and under-seal "
            "exhibits left out"))
        self.redacted_check.toggled.connect(self._on_redacted_check_toggled)
        self.sign_check = QCheckBox(self.tr(
            "Sign the PDF (PAdES) with a key bound to your identity"))
        self.sign_check.setChecked(True)
        column.addWidget(self.redacted_check)
        column.addWidget(self.sign_check)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(self.tr("Language of the dossier's headings and notes:")))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        select_data(self.language_combo, labels.language(), add_missing=False)
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        column.addLayout(language_row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save as:")))
        self.output_edit = QLineEdit()
        self.output_edit.setPlaceholderText(self.tr("Choose where to write the PDF"))
        self.output_edit.textEdited.connect(self._on_output_edit_text_edited)
        self.output_edit.textChanged.connect(self._update_buttons)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        row.addWidget(self.output_edit, 1)
        row.addWidget(self.choose_button)
        column.addLayout(row)
        self.output_error = FieldError()
        column.addWidget(self.output_error)
        return box

    def _build_warning(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("plaintextWarning")
        frame.setStyleSheet(WARNING_STYLE)
        column = QVBoxLayout(frame)
        self.warning_label = QLabel()
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.ack_check = QCheckBox(self.tr(
            "I understand that this file will not be encrypted."))
        self.ack_check.toggled.connect(self._update_buttons)
        column.addWidget(self.warning_label)
        column.addWidget(self.ack_check)
        self._on_redacted_check_toggled(False)
        return frame

    # --- readiness -----------------------------------------------------------------------------

    def check_readiness(self) -> Task:
        from evidence_app.services import dossier

        task = self._runner.start("dossier-readiness", dossier.readiness, self._ws,
                                  self._incident_ids, case=self._case)
        task.finished.connect(self._on_readiness_task_finished)
        task.failed.connect(self._on_readiness_task_failed)
        task.ended.connect(self._on_readiness_task_ended)
        self.readiness_task = task
        return task

    def _on_readiness_task_finished(self, gaps: object) -> None:
        self.readiness.show_gaps(gaps if isinstance(gaps, list) else [])

    def _on_readiness_task_failed(self, exc: object) -> None:
        self.readiness.show_failure()
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self.bar, parent=self)

    def _on_readiness_task_ended(self) -> None:
        self.readiness_task = None
        self._update_buttons()
        self.readiness_ended.emit()

    # --- options -------------------------------------------------------------------------------

    def _on_redacted_check_toggled(self, redacted: bool) -> None:
        what = (self.tr("pseudonyms only (the redacted version)") if redacted else
                self.tr("the real names, ages and contacts of victims and witnesses"))
        self.warning_label.setText(self.tr(
            "The dossier is a plaintext PDF, written outside the encrypted workspace because "
            "you ask for an export. It holds {what}, and pictures of the evidence. Anyone who "
            "gets the file can read it: store and send it as carefully as the evidence "
            "itself.").format(what=what))

    def _on_output_edit_text_edited(self, _text: str) -> None:
        self._overwrite = None  # typed by hand: the core refuses to replace a file
        self.output_error.clear_problem()

    def set_output(self, path: Path, *, replace_confirmed: bool = False) -> None:
        """Write to ``path``; ``replace_confirmed`` when the user agreed to replace it."""
        self.output_edit.setText(str(path))
        self._overwrite = path if replace_confirmed else None
        self.output_error.clear_problem()

    def _on_choose_button_clicked(self) -> None:
        start = self.output_edit.text().strip() or str(Path.home() / self._file_name)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the dossier as"), start, self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        # The save dialog asks before choosing an existing file; nothing else may replace one.
        self.set_output(path, replace_confirmed=path.exists())

    # --- export --------------------------------------------------------------------------------

    def can_export(self) -> bool:
        return (self.ack_check.isChecked() and bool(self.output_edit.text().strip())
                and self.readiness_task is None and self.export_task is None
                and self.result is None)

    def _update_buttons(self) -> None:
        running = self.export_task is not None
        self.export_button.setEnabled(self.can_export())
        self.export_button.setVisible(self.result is None)
        self.options.setEnabled(not running and self.result is None)
        self.ack_check.setEnabled(not running and self.result is None)
        if not running:
            self.cancel_button.setEnabled(True)
        if running:
            self.cancel_button.setText(self.tr("Cancel export"))
        elif self.result is not None:
            self.cancel_button.setText(self.tr("Close"))
        else:
            self.cancel_button.setText(self.tr("Cancel"))

    def export(self) -> Task | None:
        """Start the export on the worker (the Export button does this)."""
        from evidence_app.services import dossier

        if not self.can_export():
            return None
        output = Path(self.output_edit.text().strip()).expanduser()
        self.output_error.clear_problem()
        self.bar.hide()
        task = self._runner.start(
            "dossier-export", dossier.export_dossier, self._ws, case=self._case,
            incident_ids=self._incident_ids, output=output,
            redacted=self.redacted_check.isChecked(), sign=self.sign_check.isChecked(),
            language=self.language_combo.currentData(),
            overwrite=self._overwrite == output, with_progress=True, with_cancel=True)
        task.progressed.connect(self._on_export_task_progressed)
        task.finished.connect(self._on_export_task_finished)
        task.failed.connect(self._on_export_task_failed)
        task.ended.connect(self._on_export_task_ended)
        self.export_task = task
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p%")
        self.progress_bar.show()
        self.status_label.setText(self.tr("Writing the dossier…"))
        self.status_label.show()
        self._update_buttons()
        return task

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_export_task_progressed(self, done: int, total: int, label: str) -> None:
        self.progress_bar.setValue(int(1000 * done / total) if total else 0)
        self.progress_bar.setFormat(f"%p%  {label}" if label else "%p%")

    def _on_export_task_finished(self, result: object) -> None:
        self.result = result
        self.status_label.setText(self.tr(
            "The dossier was written and its export recorded in each exhibit's custody."))
        self.result_panel.show_result(result, self._ws.alias)  # type: ignore[arg-type]
        self.options.hide()
        self.warning.hide()
        self.result_panel.show()

    def _on_export_task_failed(self, exc: object) -> None:
        if isinstance(exc, core.Cancelled):
            self.status_label.setText(self.tr("Export cancelled. Nothing was written."))
        elif isinstance(exc, core.UsageError) and exc.field == "output":
            self.status_label.setText(self.tr("Nothing was written."))
            self.output_error.set_problem(exc.message)
        elif isinstance(exc, BaseException):
            self.status_label.setText(self.tr("The export did not finish. Nothing was "
                                              "written."))
            errors.present(exc, bar=self.bar, parent=self)

    def _on_export_task_ended(self) -> None:
        self.export_task = None
        self.progress_bar.hide()
        self._update_buttons()
        self.export_ended.emit()
        if self._close_when_ended:
            self.done(QDialog.DialogCode.Rejected)

    # --- closing -------------------------------------------------------------------------------

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.status_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _on_cancel_button_clicked(self) -> None:
        if self.export_task is not None:
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape, the window's close button, Cancel or Close: never leave an export
        running behind a closed dialog; cancel it and close once it has stopped."""
        if self.export_task is not None:
            self._close_when_ended = True
            self.cancel_export()
            return
        if self.readiness_task is not None:
            self.readiness_task.abandon()
        super().reject()
