"""The incidents table's item model: pages of ``incidents.list_incidents``, fetched on demand.

Qt asks ``canFetchMore``/``fetchMore`` as the view scrolls near the end, so only the rows seen so
far are in memory and each page is one indexed query (bench/bench_gui_scroll.py: 100,000 rows
scroll with no UI-thread block above 50 ms). Rows are the core's ``IncidentSummary`` read
models, formatted once when their page arrives so that ``data()`` stays a lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from evidence_app.ui import labels

if TYPE_CHECKING:
    from evidence_app.model.schemas import IncidentSummary
    from evidence_app.services.incidents import IncidentFilter
    from evidence_app.services.workspace import Workspace

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (key, core sort key or None when the core cannot sort by it)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("date", "date"), ("place", "place"), ("types", None), ("title", "title"),
    ("evidence", None), ("status", "status"),
)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class _Row:
    id: str
    cells: tuple[str, ...]
    types_tip: str


class IncidentTableModel(QAbstractTableModel):
    """Incidents matching a filter, in the core's sort order, loaded a page at a time."""

    total_changed = Signal(int)

    def __init__(self, ws: Workspace, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        from evidence_app.services.incidents import IncidentFilter

        self._ws = ws
        self._page_size = page_size
        self._rows: list[_Row] = []
        self._total = 0
        self._filter: IncidentFilter = IncidentFilter()
        self._sort = "date"
        self._descending = True
        self._headers = (self.tr("Date"), self.tr("Place"), self.tr("Violation types"),
                         self.tr("Title"), self.tr("Evidence"), self.tr("Review status"))

    # --- querying ------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: IncidentFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Drop the rows and load the first page again (after a filter, a sort or an edit)."""
        page = self._fetch(0)
        self.beginResetModel()
        self._rows = [self._format(r) for r in page.rows]
        self._total = page.total
        self.endResetModel()
        self.total_changed.emit(self._total)

    def _fetch(self, offset: int) -> Any:
        from evidence_app.services.incidents import list_incidents

        return list_incidents(self._ws, self._filter, offset=offset, limit=self._page_size,
                              sort=self._sort, descending=self._descending)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch(len(self._rows))
        rows = [self._format(r) for r in page.rows]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        total = page.total if rows else len(self._rows)  # rows vanished meanwhile: stop here
        if total != self._total:
            self._total = total
            self.total_changed.emit(total)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self._sort = COLUMNS[column][1] or "date"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, (_k, s) in enumerate(COLUMNS) if s == self._sort)

    def incident_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, incident_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == incident_id), -1)

    def _format(self, s: IncidentSummary) -> _Row:
        statuses = labels.review_statuses()
        return _Row(
            id=s.id,
            cells=(labels.format_date(s.date_start, s.date_end, s.date_precision),
                   labels.format_place(s.village, s.township, s.state_region),
                   ", ".join(s.violation_codes), s.title, str(s.evidence_count),
                   labels.label(statuses, s.review_status)),
            types_tip="\n".join(f"{c}: {labels.violation_name(c)}" for c in s.violation_codes))

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[index.column()][0] == "types":
                return row.types_tip
            if COLUMNS[index.column()][0] == "title":
                return row.cells[3]
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][0] == "evidence":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and COLUMNS[section][1] is None):
            return self.tr("This column cannot be sorted")
        return None
