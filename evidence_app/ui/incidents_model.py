"""The incidents table's item model: pages of ``incidents.list_incidents``, fetched on demand.

Qt asks ``canFetchMore``/``fetchMore`` as the view scrolls near the end, so only the rows seen so
far are in memory. With a :class:`TaskRunner` (as in the app) each page is queried and formatted
on the worker and only inserted on the UI thread, so a slow page (a full-text search over
100,000 incidents) never freezes the window (bench/bench_gui_scroll.py); without one (unit
tests, scripts) pages load synchronously. Rows are kept as tuples of strings, which Python's
garbage collector stops tracking, so 100,000 loaded rows add no collection pauses; and when a
new sort or search replaces them, the old rows are freed a slice per event-loop turn, since
freeing 100,000 at once held the UI thread for ~60 ms.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from evidence_app.ui import labels
from evidence_app.ui.fields import plain_tooltip

if TYPE_CHECKING:
    from evidence_app.model.schemas import IncidentSummary
    from evidence_app.services.incidents import IncidentFilter
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.worker import TaskRunner

PAGE_SIZE = 200
RELEASE_STEP = 4096  # replaced rows freed per event-loop turn: ~2 ms each
ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (key, core sort key or None when the core cannot sort by it)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("date", "date"), ("place", "place"), ("types", None), ("title", "title"),
    ("evidence", None), ("status", "status"),
)
_TYPES, _TITLE, _EVIDENCE = 2, 3, 4

_Index = QModelIndex | QPersistentModelIndex
# One row: (incident id, the six cells, the violation types' tooltip)
Row = tuple[str, tuple[str, str, str, str, str, str], str]


def format_rows(summaries: list[IncidentSummary]) -> list[Row]:
    """The cells of each row, with the labels looked up once per page."""
    statuses = labels.review_statuses()
    names: dict[str, str] = {}
    rows: list[Row] = []
    for s in summaries:
        for code in s.violation_codes:
            if code not in names:
                names[code] = labels.violation_name(code)
        rows.append((s.id,
                     (labels.format_date(s.date_start, s.date_end, s.date_precision),
                      labels.format_place(s.village, s.township, s.state_region),
                      ", ".join(s.violation_codes), s.title, str(s.evidence_count),
                      statuses.get(s.review_status, s.review_status)),
                     "\n".join(f"{c}: {names[c]}" for c in s.violation_codes)))
    return rows


def fetch_page(ws: Workspace, flt: IncidentFilter, offset: int, limit: int, sort: str,
               descending: bool) -> tuple[int, list[Row]]:
    """One page, queried and formatted (runs on the worker, or inline without a runner)."""
    from evidence_app.services.incidents import list_incidents

    page = list_incidents(ws, flt, offset=offset, limit=limit, sort=sort,
                          descending=descending)
    return page.total, format_rows(page.rows)


class IncidentTableModel(QAbstractTableModel):
    """Incidents matching a filter, in the core's sort order, loaded a page at a time."""

    total_changed = Signal(int)
    page_loaded = Signal()
    failed = Signal(object)

    def __init__(self, ws: Workspace, page_size: int = PAGE_SIZE,
                 runner: TaskRunner | None = None) -> None:
        super().__init__()
        from evidence_app.services.incidents import IncidentFilter

        self._ws = ws
        self._runner = runner
        self._page_size = page_size
        self._rows: list[Row] = []
        self._total = 0
        self._filter: IncidentFilter = IncidentFilter()
        self._sort = "date"
        self._descending = True
        self._generation = 0  # a reload makes pages of earlier queries stale
        self._loading = False
        self._replaced: list[list[Row]] = []
        self._release_timer = QTimer(self)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._on_release_timer_timeout)
        self._headers = [self.tr("Date"), self.tr("Place"), self.tr("Violation types"),
                         self.tr("Title"), self.tr("Evidence"), self.tr("Review status")]

    # --- querying ------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def busy(self) -> bool:
        """A page is being fetched."""
        return self._loading

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: IncidentFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Load the first page again (after a filter, a sort or an edit); the rows shown are
        replaced when it arrives."""
        self._generation += 1
        self._load(0, reset=True)

    def _load(self, offset: int, *, reset: bool) -> None:
        args = (self._ws, replace(self._filter), offset, self._page_size, self._sort,
                self._descending)
        generation = self._generation
        self._loading = True
        if self._runner is None:
            try:
                result = fetch_page(*args)
            finally:
                self._loading = False
            self._apply(generation, reset, result)
            return
        task = self._runner.start("incidents-page", fetch_page, *args)
        task.finished.connect(lambda result: self._apply(generation, reset, result))
        task.failed.connect(lambda exc: self._on_fetch_failed(generation, exc))

    def _on_fetch_failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            self._loading = False
            self.failed.emit(exc)

    def _apply(self, generation: int, reset: bool, result: Any) -> None:
        if generation != self._generation:
            return  # a page of a query the user has since replaced
        self._loading = False
        total, rows = result
        if reset:
            self.beginResetModel()
            replaced, self._rows = self._rows, list(rows)
            self.endResetModel()
            if len(replaced) > RELEASE_STEP:
                self._replaced.append(replaced)
                self._release_timer.start()
        elif rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if not rows and not reset:
            total = len(self._rows)  # rows vanished meanwhile: stop fetching here
        if total != self._total or reset:
            self._total = total
            self.total_changed.emit(total)
        self.page_loaded.emit()

    def _on_release_timer_timeout(self) -> None:
        """Free one slice of the rows a reset replaced (see the module docstring)."""
        if self._replaced:
            rows = self._replaced[-1]
            del rows[-RELEASE_STEP:]
            if not rows:
                self._replaced.pop()
        if not self._replaced:
            self._release_timer.stop()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loading or len(self._rows) >= self._total:
            return
        self._load(len(self._rows), reset=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][1] is None:
            return
        self._sort = COLUMNS[column][1] or "date"
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, (_k, s) in enumerate(COLUMNS) if s == self._sort)

    def incident_id(self, row: int) -> str:
        return self._rows[row][0]

    def row_of(self, incident_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == incident_id), -1)

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row[1][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == _TYPES:
                return row[2]
            return plain_tooltip(row[1][_TITLE]) if column == _TITLE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == _EVIDENCE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and COLUMNS[section][1] is None):
            return self.tr("This column cannot be sorted")
        return None

    def setHeaderData(self, section: int, orientation: Qt.Orientation, value: Any,
                      role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A header label laid out again (``fit.fit_header_labels`` breaks a long one)."""
        if (orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers)
                or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole)):
            return False
        self._headers[section] = str(value)
        self.headerDataChanged.emit(orientation, section, section)
        return True
