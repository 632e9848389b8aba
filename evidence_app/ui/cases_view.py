"""Cases and dossiers: the legal advocate's screen.

On the left the cases (reference, title, number of incidents) and a button for a new one; on the
right the chosen case's particulars, its incidents, and what can be done with them: add
incidents, take them out of the case (the incidents are kept), open one, and export the case's
dossier (:class:`~evidence_app.ui.dossier_dialog.DossierDialog`). Everything goes through
``services.cases`` and ``services.incidents``; the incidents of a case are listed on the worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors, labels
from evidence_app.ui.case_dialogs import AddIncidentsDialog, NewCaseDialog
from evidence_app.ui.dossier_dialog import DossierDialog
from evidence_app.ui.fields import SECONDARY_TEXT, plain_tooltip, screen_title
from evidence_app.ui.fit import fit_header_labels

if TYPE_CHECKING:
    from evidence_app.model.schemas import CaseRead, IncidentSummary
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.worker import Task, TaskRunner

INCIDENTS_SHOWN = 2000


def _table(headers: list[str], *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Rows of untrusted text (titles from records): table items never render rich text."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(plain_tooltip(text))
            table.setItem(row, col, item)


class CasesView(QWidget):
    """Lists cases and the incidents of the chosen one; asks the shell to open an incident."""

    open_requested = Signal(str)
    cases_changed = Signal()
    incidents_loaded = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, bar: errors.MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._bar = bar
        self.cases: list[CaseRead] = []
        self.incidents: list[IncidentSummary] = []
        self.task: Task | None = None
        self.dossier_dialog: DossierDialog | None = None
        layout = QVBoxLayout(self)
        title = screen_title(self.tr("Cases and dossiers"))
        layout.addWidget(title)
        explain = QLabel(self.tr(
            "A case gathers the incidents of one investigation or filing. Its dossier is a "
            "signed PDF with every page numbered (ERN), each exhibit's hash, signature and "
            "custody, ready for a court or an investigative mechanism."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_cases_side())
        splitter.addWidget(self._build_case_side())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 760])
        layout.addWidget(splitter, 1)
        # Filled when first shown (showEvent), not at unlock: most sessions never come here.

    def _build_cases_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New case…"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        column.addLayout(top)
        self.cases_table = _table([self.tr("Reference"), self.tr("Title"),
                                   self.tr("Incidents")])
        header = self.cases_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.cases_table.itemSelectionChanged.connect(self._on_cases_table_selection_changed)
        column.addWidget(self.cases_table, 1)
        return side

    def _build_case_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.case_title_label = QLabel()
        self.case_title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_title_label.setWordWrap(True)
        font = self.case_title_label.font()
        font.setBold(True)
        self.case_title_label.setFont(font)
        self.case_meta_label = QLabel()
        self.case_meta_label.setTextFormat(Qt.TextFormat.PlainText)
        self.case_meta_label.setWordWrap(True)
        self.case_meta_label.setStyleSheet(SECONDARY_TEXT)
        self.case_meta_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel()
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)
        self.description_label.setMaximumHeight(self.fontMetrics().height() * 4)
        column.addWidget(self.case_title_label)
        column.addWidget(self.case_meta_label)
        column.addWidget(self.description_label)
        self.incidents_label = QLabel()
        column.addWidget(self.incidents_label)
        self.incidents_table = _table([self.tr("Date"), self.tr("Title"), self.tr("Place"),
                                       self.tr("Evidence"), self.tr("Review")], multi=True)
        header = self.incidents_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 165), (2, 170), (3, 70), (4, 120)):
            self.incidents_table.setColumnWidth(col, width)
        fit_header_labels(self.incidents_table)
        self.incidents_table.itemSelectionChanged.connect(self._update_buttons)
        self.incidents_table.doubleClicked.connect(self._on_incidents_table_double_clicked)
        column.addWidget(self.incidents_table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add incidents…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Take out of case…"))
        self.remove_button.setToolTip(self.tr("The incidents are kept; only their membership "
                                              "of this case ends."))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.open_button = QPushButton(self.tr("Open incident"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.dossier_button = QPushButton(self.tr("Export dossier…"))
        self.dossier_button.clicked.connect(self._on_dossier_button_clicked)
        for button in (self.add_button, self.remove_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.dossier_button)
        column.addLayout(buttons)
        return side

    # --- cases ---------------------------------------------------------------------------------

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the cases, keeping (or moving to) the selected one."""
        from evidence_app.services import cases

        selected = self.current_case()
        current = select_id or (selected.id if selected else None)
        try:
            self.cases = cases.list_cases(self._ws)
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return
        self.count_label.setText(self.tr("%n case(s)", "", len(self.cases)))
        self.cases_table.blockSignals(True)
        _fill(self.cases_table, [(c.reference, c.title, str(c.incident_count))
                                 for c in self.cases])
        rows = [i for i, c in enumerate(self.cases) if c.id == current]
        if rows or self.cases:
            self.cases_table.selectRow(rows[0] if rows else 0)
        self.cases_table.blockSignals(False)
        self._on_cases_table_selection_changed()

    def current_case(self) -> CaseRead | None:
        rows = {i.row() for i in self.cases_table.selectedIndexes()}
        return self.cases[rows.pop()] if len(rows) == 1 and self.cases else None

    def select_case(self, id_or_reference: str) -> None:
        for row, case in enumerate(self.cases):
            if id_or_reference in (case.id, case.reference):
                self.cases_table.selectRow(row)

    def _on_cases_table_selection_changed(self) -> None:
        case = self.current_case()
        levels = labels.confidentiality_levels()
        if case is None:
            self.case_title_label.setText(self.tr("Create a case to gather incidents for a "
                                                  "dossier.") if not self.cases else "")
            self.case_meta_label.clear()
            self.description_label.clear()
        else:
            self.case_title_label.setText(f"{case.reference} – {case.title}")
            self.case_meta_label.setText(self.tr(
                "ERN prefix {ern} · {level} · {organisation} · created {when}").format(
                ern=case.ern_prefix, level=labels.label(levels, case.confidentiality),
                organisation=case.organisation or self.tr("no organisation given"),
                when=case.created_at.astimezone().strftime("%Y-%m-%d")))
            self.description_label.setText(case.description)
        self.description_label.setVisible(bool(case and case.description))
        self.load_incidents()

    def _on_new_button_clicked(self) -> None:
        self.new_case()

    def new_case(self) -> NewCaseDialog:
        dialog = NewCaseDialog(self._ws, self)
        dialog.accepted.connect(lambda: self._on_new_case_accepted(dialog))
        dialog.open()
        return dialog

    def _on_new_case_accepted(self, dialog: NewCaseDialog) -> None:
        if dialog.created is not None:
            self.refresh(select_id=dialog.created.id)
            self.cases_changed.emit()
            self._bar.show_message(self.tr("Case created"), self.tr(
                "Add incidents to {reference}, then export its dossier.").format(
                reference=dialog.created.reference), "info", timeout_ms=6000)

    # --- the incidents of a case ---------------------------------------------------------------

    def load_incidents(self) -> Task | None:
        """List the chosen case's incidents on the worker (``incidents_loaded`` when done)."""
        from evidence_app.services import incidents

        if self.task is not None:
            self.task.abandon()
            self.task = None
        case = self.current_case()
        if case is None:
            self.incidents = []
            self.incidents_table.setRowCount(0)
            self.incidents_label.clear()
            self._update_buttons()
            return None
        task = self._runner.start("case-incidents", incidents.list_incidents, self._ws,
                                  incidents.IncidentFilter(case_id=case.id),
                                  limit=INCIDENTS_SHOWN, sort="date", descending=False)
        task.finished.connect(self._on_task_finished)
        task.failed.connect(self._on_task_failed)
        self.task = task
        self._update_buttons()
        return task

    def _on_task_finished(self, page: object) -> None:
        self.task = None
        rows: list[IncidentSummary] = list(getattr(page, "rows", []))
        total = int(getattr(page, "total", len(rows)))
        self.incidents = rows
        statuses = labels.review_statuses()
        _fill(self.incidents_table, [
            (labels.format_date(r.date_start, r.date_end, r.date_precision), r.title,
             labels.format_place(r.village, r.township, r.state_region),
             str(r.evidence_count), labels.label(statuses, r.review_status)) for r in rows])
        text = self.tr("%n incident(s) in this case", "", total)
        if total > len(rows):
            text += self.tr(" (showing the first {n})").format(n=len(rows))
        self.incidents_label.setText(text)
        self._update_buttons()
        self.incidents_loaded.emit()

    def _on_task_failed(self, exc: object) -> None:
        self.task = None
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self._bar, parent=self)

    def selected_incident_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.incidents_table.selectedIndexes()})
        return [self.incidents[r].id for r in rows if r < len(self.incidents)]

    def _update_buttons(self) -> None:
        case = self.current_case()
        chosen = self.selected_incident_ids()
        self.add_button.setEnabled(case is not None)
        self.remove_button.setEnabled(bool(chosen))
        self.open_button.setEnabled(len(chosen) == 1)
        self.dossier_button.setEnabled(case is not None and case.incident_count > 0)

    def _on_add_button_clicked(self) -> None:
        self.add_incidents()

    def add_incidents(self) -> AddIncidentsDialog | None:
        case = self.current_case()
        if case is None:
            return None
        dialog = AddIncidentsDialog(self._ws, self._runner, case, self)
        dialog.accepted.connect(lambda: self._on_membership_changed(case.id))
        dialog.open()
        return dialog

    def remove_selected(self) -> int:
        """Take the selected incidents out of the case, after asking; return how many."""
        from evidence_app.services import cases

        case = self.current_case()
        chosen = self.selected_incident_ids()
        if case is None or not chosen or not ask.confirm(
                self, self.tr("Take incidents out of the case?"),
                self.tr("Take {n} incident(s) out of {reference}? The incidents are kept, "
                        "with their evidence; the change is recorded in their custody.")
                .format(n=len(chosen), reference=case.reference)):
            return 0
        try:
            removed = cases.remove_incidents(self._ws, case.id, chosen)
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return 0
        self._on_membership_changed(case.id)
        return removed

    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()

    def _on_membership_changed(self, case_id: str) -> None:
        self.refresh(select_id=case_id)
        self.cases_changed.emit()

    def _on_open_button_clicked(self) -> None:
        chosen = self.selected_incident_ids()
        if len(chosen) == 1:
            self.open_requested.emit(chosen[0])

    def _on_incidents_table_double_clicked(self) -> None:
        self._on_open_button_clicked()

    # --- dossier -------------------------------------------------------------------------------

    def open_dossier_dialog(self) -> DossierDialog | None:
        case = self.current_case()
        if case is None:
            return None
        dialog = DossierDialog(
            self._ws, self._runner, case=case.id, parent=self,
            file_name=case.reference.replace("/", "-") + "-dossier.pdf",
            subject=self.tr("Dossier of case {reference} – {title} ({n} incident(s))").format(
                reference=case.reference, title=case.title, n=case.incident_count))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dossier_dialog_finished)
        self.dossier_dialog = dialog
        dialog.open()
        return dialog

    def _on_dossier_button_clicked(self) -> None:
        self.open_dossier_dialog()

    def _on_dossier_dialog_finished(self) -> None:
        self.dossier_dialog = None

    def showEvent(self, event: QShowEvent) -> None:
        # Incidents may have joined or left cases in the editor since this was last shown.
        super().showEvent(event)
        self.refresh()
