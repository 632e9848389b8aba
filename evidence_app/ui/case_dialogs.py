"""The cases screen's two dialogs: a new case, and choosing incidents to put into a case.

:class:`NewCaseDialog` has one field per ``CaseCreate`` field; the core validates
(``cases.parse_case`` names every field at fault) and each problem is shown in words under its
field. :class:`AddIncidentsDialog` searches the incidents (``incidents.list_incidents``, on the
worker: a workspace may hold 100,000) and leaves out those already in the case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app import errors as core
from evidence_app.ui import errors, labels, problems
from evidence_app.ui.fields import SECONDARY_TEXT, FieldError, plain_tooltip
from evidence_app.ui.fit import fit_header_labels

if TYPE_CHECKING:
    from evidence_app.model.schemas import CaseRead, IncidentSummary
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.worker import Task, TaskRunner

SEARCH_LIMIT = 200
SEARCH_DELAY_MS = 250


class NewCaseDialog(QDialog):
    """Create a case; ``created`` holds it once saved."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.created: CaseRead | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("e.g. MMR-EA-2024-01"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Airstrikes in Kanbalu township"))
        self.ern_edit = QLineEdit("MMR-EA-0001")
        self.ern_edit.setToolTip(self.tr(
            "Every page of the case's dossier is numbered PREFIX-0001, PREFIX-0002… "
            "(Evidence Reference Numbers, as international courts use them)."))
        self.organisation_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.confidentiality_combo = QComboBox()
        for code, text in labels.confidentiality_levels().items():
            self.confidentiality_combo.addItem(text, code)
        self.confidentiality_combo.setCurrentIndex(
            max(0, self.confidentiality_combo.findData("confidential")))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.description_edit.setMaximumHeight(90)
        self.field_errors: dict[str, FieldError] = {}
        rows: tuple[tuple[str, str, QWidget], ...] = (
            ("reference", self.tr("Reference:"), self.reference_edit),
            ("title", self.tr("Title:"), self.title_edit),
            ("ern_prefix", self.tr("ERN prefix:"), self.ern_edit),
            ("organisation", self.tr("Submitting organisation:"), self.organisation_edit),
            ("contact", self.tr("Contact:"), self.contact_edit),
            ("confidentiality", self.tr("Confidentiality:"), self.confidentiality_combo),
            ("description", self.tr("Description:"), self.description_edit))
        for name, text, widget in rows:
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            error = FieldError()
            column.addWidget(error)
            self.field_errors[name] = error
            form.addRow(text, cell)
        hint = QLabel(self.tr("ERN prefix: capital letters and digits in groups joined by "
                              "hyphens. The dossier's pages are numbered after it."))
        hint.setWordWrap(True)
        hint.setStyleSheet(SECONDARY_TEXT)
        layout.addLayout(form)
        layout.addWidget(hint)
        self.other_error = FieldError()
        layout.addWidget(self.other_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"reference": self.reference_edit.text(), "title": self.title_edit.text(),
                "ern_prefix": self.ern_edit.text(),
                "organisation": self.organisation_edit.text(),
                "contact": self.contact_edit.text(),
                "confidentiality": self.confidentiality_combo.currentData(),
                "description": self.description_edit.toPlainText()}

    def save(self) -> bool:
        """Validate and create the case; on problems, show each under its field."""
        from evidence_app.services import cases

        for error in (*self.field_errors.values(), self.other_error):
            error.clear_problem()
        try:
            self.created = cases.create_case(self._ws, cases.parse_case(self.values()))
        except core.ValidationError as exc:
            for path, message in exc.problems:
                self.show_problem(path, message)
            self.adjustSize()  # room for the wrapped problem lines under the fields
            return False
        except Exception as exc:
            errors.present(exc, parent=self)
            return False
        return True

    def show_problem(self, path: str, message: str) -> None:
        name = problems.split_path(path)[0] if path else ""
        if name == "reference" and problems.is_pattern_mismatch(message, name):
            text = self.tr("Use letters, digits, dots, hyphens and slashes only, e.g. "
                           "MMR-EA-2024-01.")
        elif name == "ern_prefix" and problems.is_pattern_mismatch(message, name):
            text = self.tr("Use capital letters and digits in groups joined by hyphens, e.g. "
                           "MMR-EA-0001.")
        else:
            text = problems.friendly(message, [name])
        self.field_errors.get(name, self.other_error).set_problem(text)

    def _on_buttons_accepted(self) -> None:
        if self.save():
            self.accept()


def _candidates(ws: Workspace, case_id: str, search: str) -> tuple[list[IncidentSummary], int]:
    """Incidents matching ``search`` that are not in the case yet (runs on the worker)."""
    from evidence_app.services import cases, incidents

    inside = set(cases.case_incident_ids(ws, case_id))
    matching_inside = incidents.list_incidents(
        ws, incidents.IncidentFilter(search=search, case_id=case_id), limit=1).total
    page = incidents.list_incidents(ws, incidents.IncidentFilter(search=search),
                                    limit=SEARCH_LIMIT + matching_inside, sort="date")
    rows = [r for r in page.rows if r.id not in inside][:SEARCH_LIMIT]
    return rows, max(0, page.total - matching_inside)


class AddIncidentsDialog(QDialog):
    """Choose incidents to put into a case; ``added`` says how many went in."""

    loaded = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, case: CaseRead,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._case = case
        self.task: Task | None = None
        self.rows: list[IncidentSummary] = []
        self.added = 0
        self.setWindowTitle(self.tr("Add incidents to {reference}").format(
            reference=case.reference))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr(
            "Search titles, narratives, places and pseudonyms, in Burmese or English"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Title"),
                                              self.tr("Place")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(1, 380)
        self.table.horizontalHeader().setStretchLastSection(True)
        fit_header_labels(self.table)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add to case"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(self._timer.start)
        self.search()

    def search(self) -> Task:
        if self.task is not None:
            self.task.abandon()  # a newer search replaces it
        task = self._runner.start("case-candidates", _candidates, self._ws, self._case.id,
                                  self.search_edit.text().strip())
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        self.task = task
        return task

    def _on_task_finished(self, found: object) -> None:
        self.task = None
        if not isinstance(found, tuple):
            return
        rows: list[IncidentSummary] = found[0]
        total: int = found[1]
        self.rows = rows
        if total == 0 and not self.search_edit.text().strip():
            self.count_label.setText(self.tr("Every incident is already in this case."))
        else:
            self.count_label.setText(
                self.tr("%n incident(s) not yet in the case", "", total)
                + (self.tr(" (showing the first {n})").format(n=len(rows))
                   if total > len(rows) else ""))
        self.table.setRowCount(len(rows))
        for row, incident in enumerate(rows):
            cells = (labels.format_date(incident.date_start, incident.date_end,
                                        incident.date_precision),
                     incident.title,
                     labels.format_place(incident.village, incident.township,
                                         incident.state_region))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # titles come from records: never rich text
                if col == 1:
                    cell.setToolTip(plain_tooltip(text))
                self.table.setItem(row, col, cell)
        self._on_table_selection_changed()
        self.loaded.emit()

    def _on_task_failed(self, exc: object) -> None:
        self.task = None
        if isinstance(exc, BaseException):
            errors.present(exc, parent=self)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def _on_table_selection_changed(self) -> None:
        self.add_button.setEnabled(bool(self.selected_ids()))

    def add_selected(self) -> bool:
        from evidence_app.services import cases

        ids = self.selected_ids()
        if not ids:
            return False
        try:
            self.added = cases.add_incidents(self._ws, self._case.id, ids)
        except Exception as exc:
            errors.present(exc, parent=self)
            return False
        return True

    def _on_buttons_accepted(self) -> None:
        if self.add_selected():
            self.accept()

    def reject(self) -> None:
        if self.task is not None:
            self.task.abandon()
        super().reject()
