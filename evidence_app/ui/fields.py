"""Small form widgets shared by the editor and the filters: error labels, optional dates, combos.

``FieldError`` is the red line of words under a field that the editor fills from the core's
``ValidationError.problems``. ``OptionalDateEdit`` is a date field that can be empty (an unknown
date must never silently become today's date).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

_NULL_DATE = QDate(1900, 1, 1)
SECONDARY_TEXT = "color: #555555;"  # hints and paths: quieter than text, still readable (WCAG AA)


class FieldError(QLabel):
    """Words under a field saying what is wrong with it; hidden while there is nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color:#b00020;")
        self.hide()

    def set_problem(self, text: str) -> None:
        current = self.text()
        if current and text not in current.split("\n"):
            text = current + "\n" + text
        self.setText(text)
        self.setVisible(bool(text))

    def clear_problem(self) -> None:
        self.clear()
        self.hide()


class OptionalDateEdit(QDateEdit):
    """A calendar date field whose lowest value shows as "not set" and reads as None."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, empty_text: str = "") -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NULL_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(empty_text or self.tr("not set"))
        self.setDate(_NULL_DATE)
        self.dateChanged.connect(self._on_self_date_changed)

    def value(self) -> date | None:
        current = self.date()
        if current == _NULL_DATE:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                value = None
        self.setDate(QDate(value.year, value.month, value.day) if value else _NULL_DATE)

    def clear_value(self) -> None:
        self.setDate(_NULL_DATE)

    def focusInEvent(self, event: QFocusEvent) -> None:
        # An empty field opens its calendar on the current month, not on January 1900.
        calendar = self.calendarWidget()
        if self.value() is None and calendar is not None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        super().focusInEvent(event)

    def _on_self_date_changed(self, _value: QDate) -> None:
        self.value_changed.emit()


def select_data(combo: QComboBox, value: Any, *, add_missing: bool = True) -> None:
    """Select the item whose data is ``value`` (adding it when unknown, so nothing is lost)."""
    index = combo.findData(value)
    if index < 0 and add_missing and value not in (None, ""):
        combo.addItem(str(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(max(index, 0))


def compact(combo: QComboBox, chars: int = 12) -> QComboBox:
    """Let a combo with long entries (article titles, Burmese names) shrink with the window
    instead of forcing the whole form wider than the screen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def editable_combo(suggestions: list[str], parent: QWidget | None = None) -> QComboBox:
    """A combo the user may type into, suggesting ``suggestions`` by substring."""
    combo = compact(QComboBox(parent))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    set_suggestions(combo, suggestions)
    return combo


def set_suggestions(combo: QComboBox, suggestions: list[str]) -> None:
    text = combo.currentText()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem("")
    combo.addItems(suggestions)
    combo.setEditText(text)
    combo.blockSignals(False)
    completer = QCompleter(suggestions, combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Qt guesses whether a tooltip is rich text, so
    untrusted text (file names, titles from imports, EXIF) is escaped into a rich-text
    paragraph that can only show it as it is."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def text_or_none(value: str) -> str | None:
    value = value.strip()
    return value or None


def plain_label(text: str = "", *, mono: bool = False) -> QLabel:
    """A label for untrusted or user-entered text: never rich text (SecureDrop's SecureQLabel),
    wrapped, selectable with the mouse; ``mono`` for hashes and fingerprints."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        from evidence_app.ui.fonts import monospace_font

        label.setFont(monospace_font())
    return label


def screen_title(text: str) -> QLabel:
    """The heading at the top of a screen: the body font, larger and bold."""
    title = QLabel(text)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    return title


def push_button(text: str, on_click: Callable[[], object], *,
                default: bool = False) -> QPushButton:
    """A button (``text`` already translated by the caller) that calls ``on_click``."""
    button = QPushButton(text)
    button.setDefault(default)
    button.clicked.connect(on_click)
    return button


def dialog_buttons(*buttons: QPushButton) -> QHBoxLayout:
    """A dialog's bottom row: the buttons at the right, in the order given."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
