"""Text that must not be cut off on a 1366 x 768 screen, in English and in Burmese.

Burmese labels are often twice as wide as the English ones the column widths were chosen for,
and a header section or a row of filters clips what does not fit, without an ellipsis.
``keep_example_whole`` keeps the example shown in an empty field (its placeholder) readable, and
``fit_header_labels`` gives every header label of a table or tree its room: a label wider than
its column is broken into two lines at a space, and the column is widened only as far as it
still needs. ``FlowLayout`` lays widgets out in a row that continues on the next line when the
window is too narrow for all of them (Qt's flow layout example), so a row of filters never makes
the window wider than the screen and never shrinks a filter below its text.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QTableView,
    QTreeView,
    QWidget,
)

_RESIZABLE = (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed)


def keep_example_whole(edit: QLineEdit) -> QLineEdit:
    """Never let ``edit`` shrink below its placeholder (the example of what goes there); the
    layout takes the room from a neighbour that can wrap or stretch."""
    text = edit.placeholderText()
    # The text margins and frame of a line edit, beyond its text.
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(text) + 16 if text else 0)
    return edit


def _two_lines(text: str, metrics: QFontMetrics) -> tuple[str, int]:
    """``text`` broken at the space that makes its wider line narrowest, and that width."""
    best = (text, metrics.horizontalAdvance(text))
    for at, char in enumerate(text):
        if char != " ":
            continue
        lines = (text[:at], text[at + 1:])
        width = max(metrics.horizontalAdvance(line) for line in lines)
        if width < best[1]:
            best = ("\n".join(lines), width)
    return best


def fit_header_labels(view: QTableView | QTreeView) -> None:
    """Make each horizontal header label of ``view`` fit its column (see the module docstring).

    Call it once the columns have their widths. Columns that stretch or size to their contents
    are left to Qt; a label already on two lines is left as it is.
    """
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    model = view.model()
    if header is None or model is None:
        return
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionResizeMode(section) not in _RESIZABLE:
            continue
        need = header.sectionSizeHint(section)
        size = header.sectionSize(section)
        if need <= size:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(text, str) and "\n" not in text:
            broken, _width = _two_lines(text, metrics)
            if broken != text and model.setHeaderData(section, Qt.Orientation.Horizontal,
                                                      broken):
                need = header.sectionSizeHint(section)  # margins, sort indicator included
        if need > size:
            header.resizeSection(section, need)


class FlowLayout(QLayout):
    """Widgets side by side at their size hints, continuing on the next line when needed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (only measure unless ``move``); return the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        gap = self.spacing()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()
