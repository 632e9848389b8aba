"""The incidents list: full-text search, filters, sortable columns and the count of matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors, labels
from evidence_app.ui.fields import (
    OptionalDateEdit,
    compact,
    editable_combo,
    plain_tooltip,
    set_suggestions,
    text_or_none,
)
from evidence_app.ui.fit import FlowLayout, fit_header_labels
from evidence_app.ui.incidents_model import COLUMNS, IncidentTableModel

if TYPE_CHECKING:
    from evidence_app.model.schemas import CaseRead
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.worker import TaskRunner

SEARCH_DELAY_MS = 250


class IncidentsView(QWidget):
    """Lists incidents; asks the shell to open one (or a new one, or a draft)."""

    open_requested = Signal(str)
    new_requested = Signal()
    draft_requested = Signal(str)
    dossier_requested = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner | None = None,
                 bar: errors.MessageBar | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app import taxonomy
        from evidence_app.services import cases

        self._ws = ws
        self._bar = bar
        self._select_after_load: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr(
            "Search titles, narratives, places and pseudonyms, in Burmese or English"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New incident"))
        self.new_button.clicked.connect(self.new_requested)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        self.dossier_button = QPushButton(self.tr("Dossier of selected…"))
        self.dossier_button.setToolTip(self.tr("Export a PDF dossier of the selected incidents "
                                               "(Ctrl+click or Shift+click selects several)"))
        self.dossier_button.setEnabled(False)
        self.dossier_button.clicked.connect(self.dossier_requested)
        top.addWidget(self.dossier_button)
        layout.addLayout(top)

        # Wraps onto a second line where the filters are wider than the window (Burmese at
        # 1366 pixels) instead of cutting their texts.
        filters = FlowLayout()
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All violation types"), None)
        for v in taxonomy.violation_types():
            self.type_combo.addItem(f"{v.code} – {v.names.get(labels.language())}", v.code)
        self.from_edit = OptionalDateEdit(empty_text=self.tr("from any date"))
        self.to_edit = OptionalDateEdit(empty_text=self.tr("to any date"))
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states/regions"), None)
        for s in taxonomy.states_regions():
            self.state_combo.addItem(s.name.get(labels.language()), s.name.en)
        self.township_combo = editable_combo([])
        township_edit = self.township_combo.lineEdit()
        if township_edit is not None:
            township_edit.setPlaceholderText(self.tr("Any township"))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any review status"), None)
        for code, text in labels.review_statuses().items():
            self.status_combo.addItem(text, code)
        self.case_combo = QComboBox()
        self.reload_cases(cases.list_cases(ws))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        for combo, chars in ((self.type_combo, 22), (self.township_combo, 12),
                             (self.case_combo, 14)):
            compact(combo, chars)
        for combo in (self.state_combo, self.status_combo):  # short entries: shown whole
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for widget in (self.type_combo, self.from_edit, self.to_edit, self.state_combo,
                       self.township_combo, self.status_combo, self.case_combo):
            filters.addWidget(widget)
        layout.addLayout(filters)

        info = QHBoxLayout()
        self.count_label = QLabel()
        self.drafts_button = QPushButton()
        self.drafts_button.setFlat(True)
        self.drafts_button.hide()
        self.drafts_button.clicked.connect(self._on_drafts_button_clicked)
        info.addWidget(self.count_label)
        # Beside the count rather than at the end of the filters: in Burmese the filter row
        # alone is wider than a 1366-pixel screen.
        info.addWidget(self.clear_button)
        info.addStretch(1)
        info.addWidget(self.drafts_button)
        layout.addLayout(info)

        self.model = IncidentTableModel(ws, runner=runner)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.failed.connect(self._on_model_failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        rows.setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))  # stacked Burmese
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 230), (2, 120), (4, 80), (5, 130)):
            self.table.setColumnWidth(column, width)
        fit_header_labels(self.table)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        layout.addWidget(self.table, 1)
        selection = self.table.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._on_table_selection_changed)
        self.model.modelReset.connect(self._on_table_selection_changed)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        for combo in (self.type_combo, self.state_combo, self.status_combo, self.case_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.state_combo.currentIndexChanged.connect(self._on_state_combo_changed)
        self.township_combo.currentTextChanged.connect(self._search_timer.start)
        self.from_edit.value_changed.connect(self.apply_filter)
        self.to_edit.value_changed.connect(self.apply_filter)
        self._show_sort_indicator()
        self.apply_filter()
        self.refresh_drafts()

    def reload_cases(self, cases: list[CaseRead]) -> None:
        """The case filter's choices (again after a case was created), keeping the choice."""
        chosen = self.case_combo.currentData()
        self.case_combo.blockSignals(True)
        self.case_combo.clear()
        self.case_combo.addItem(self.tr("All cases"), None)
        for case in cases:
            self.case_combo.addItem(case.reference, case.id)
            self.case_combo.setItemData(self.case_combo.count() - 1,
                                        plain_tooltip(case.title), Qt.ItemDataRole.ToolTipRole)
        self.case_combo.setCurrentIndex(max(0, self.case_combo.findData(chosen)))
        self.case_combo.blockSignals(False)

    def _on_table_selection_changed(self) -> None:
        selection = self.table.selectionModel()
        self.dossier_button.setEnabled(selection is not None and selection.hasSelection())

    def current_filter(self) -> object:
        from evidence_app.services.incidents import IncidentFilter

        code = self.type_combo.currentData()
        return IncidentFilter(
            search=self.search_edit.text().strip(), case_id=self.case_combo.currentData(),
            violation_codes=[code] if code else [], date_from=self.from_edit.value(),
            date_to=self.to_edit.value(), state_region=self.state_combo.currentData(),
            township=text_or_none(self.township_combo.currentText()),
            review_status=self.status_combo.currentData())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())  # type: ignore[arg-type]

    def refresh(self, select_id: str | None = None) -> None:
        """Reload after an edit, keeping the filter; select ``select_id`` once it is loaded."""
        self._select_after_load = select_id
        self.model.reload()
        self.refresh_drafts()

    def _on_model_page_loaded(self) -> None:
        if self._select_after_load:
            row = self.model.row_of(self._select_after_load)
            self._select_after_load = None
            if row >= 0:
                self.table.selectRow(row)

    def _on_model_failed(self, exc: object) -> None:
        if isinstance(exc, BaseException):
            errors.present(exc, bar=self._bar, parent=self)

    def refresh_drafts(self) -> None:
        from evidence_app.services import drafts

        new_drafts = [d for d in drafts.list_drafts(self._ws) if d.incident_id is None]
        self._new_draft_keys = [d.key for d in new_drafts]
        if new_drafts:
            self.drafts_button.setText(self.tr(
                "{n} unsaved new incident(s): continue editing").format(n=len(new_drafts)))
        self.drafts_button.setVisible(bool(new_drafts))

    def _on_drafts_button_clicked(self) -> None:
        if self._new_draft_keys:
            self.draft_requested.emit(self._new_draft_keys[0])

    def _on_model_total_changed(self, total: int) -> None:
        self.count_label.setText(self.tr("%n incident(s) match", "", total))

    def _on_state_combo_changed(self) -> None:
        from evidence_app import taxonomy

        state = self.state_combo.currentData()
        names = [t.name.en for t in taxonomy.townships(state)] if state else []
        set_suggestions(self.township_combo, names)

    def _on_clear_button_clicked(self) -> None:
        widgets = (self.search_edit, self.type_combo, self.state_combo, self.status_combo,
                   self.case_combo, self.township_combo, self.from_edit, self.to_edit)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.type_combo, self.state_combo, self.status_combo, self.case_combo):
            combo.setCurrentIndex(0)
        self.township_combo.setEditText("")
        self.from_edit.clear_value()
        self.to_edit.clear_value()
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()

    def _on_header_section_clicked(self, column: int) -> None:
        if COLUMNS[column][1] is None:
            self._show_sort_indicator()
            return
        sort, descending = self.model.sort_key
        # The same column again flips the order; a new one starts newest first for dates and
        # A to Z for text.
        descending = not descending if COLUMNS[column][1] == sort else column == 0
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.model.sort(column, order)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        _sort, descending = self.model.sort_key
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder
                                if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def _on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.incident_id(index.row()))
