"""Editable tables of the incident editor: people (pseudonyms, roles, consent) and translations.

:class:`RowTable` is the small grid used wherever a record holds a list of flat entries (people,
translations, an act's perpetrators and victim counts): text cells, choice cells and number
cells, with Add and Remove buttons, read back as a list of dicts in record format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import labels
from evidence_app.ui.editor_sections import Problems, Section
from evidence_app.ui.fields import compact, select_data
from evidence_app.ui.fit import fit_header_labels


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: Literal["text", "choice", "number"] = "text"
    choices: dict[Any, str] = field(default_factory=dict)
    minimum: int = 0
    maximum: int = 10_000_000
    optional: bool = False  # a number that may be left empty (shown blank, read as None)
    width: int = 0


class RowTable(QWidget):
    """A grid of entries with Add/Remove; ``rows()`` returns them as dicts."""

    changed = Signal()

    def __init__(self, columns: list[Column], add_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.fontMetrics().height() * 2.0))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollBarPolicy(
            self.table.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            width = column.width
            if column.kind == "choice":  # the longest choice shown whole in its combo
                combo = QComboBox()
                combo.addItems(list(column.choices.values()))
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                width = max(width, combo.sizeHint().width())
            if width:
                self.table.setColumnWidth(i, width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_header_labels(self.table)
        self.table.itemChanged.connect(self.changed)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(self.table.rowCount(), 1)
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth() + 8)
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().height()
        self.table.setFixedHeight(height)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def add_row(self, values: dict[str, Any] | None = None) -> None:
        values = values or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            value = values.get(column.key)
            if column.kind == "choice":
                combo = compact(QComboBox(), 6)
                for code, text in column.choices.items():
                    combo.addItem(text, code)
                select_data(combo, value)
                combo.currentIndexChanged.connect(self.changed)
                self.table.setCellWidget(row, col, combo)
            elif column.kind == "number":
                spin = QSpinBox()
                spin.setRange(column.minimum - (1 if column.optional else 0), column.maximum)
                if column.optional:
                    spin.setSpecialValueText(" ")
                spin.setValue(int(value) if value is not None else spin.minimum())
                spin.valueChanged.connect(self.changed)
                self.table.setCellWidget(row, col, spin)
            else:
                self.table.setItem(row, col, QTableWidgetItem("" if value is None
                                                              else str(value)))
        self.table.blockSignals(False)
        self._fit_height()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
        self._fit_height()

    def rows(self) -> list[dict[str, Any]]:
        result = []
        for row in range(self.table.rowCount()):
            values: dict[str, Any] = {}
            for col, column in enumerate(self.columns):
                widget = self.table.cellWidget(row, col)
                if isinstance(widget, QComboBox):
                    values[column.key] = widget.currentData()
                elif isinstance(widget, QSpinBox):
                    empty = column.optional and widget.value() < column.minimum
                    values[column.key] = None if empty else widget.value()
                else:
                    item = self.table.item(row, col)
                    values[column.key] = item.text().strip() if item else ""
            result.append(values)
        return result

    def _on_add_button_clicked(self) -> None:
        self.add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.changed.emit()

    def _on_remove_button_clicked(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.rowCount() - 1]
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        self.changed.emit()


class PeopleSection(Section):
    """Victims, witnesses and sources, by pseudonym; real names stay inside the workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("People (by pseudonym)"), parent)
        self.table = RowTable([
            Column("pseudonym", self.tr("Pseudonym"), width=100),
            Column("role", self.tr("Role"), "choice", labels.roles(), width=150),
            Column("sex", self.tr("Sex"), "choice", labels.sexes(), width=95),
            Column("age", self.tr("Age"), "number", maximum=130, optional=True, width=60),
            Column("ethnicity", self.tr("Ethnicity"), width=90),
            Column("consent", self.tr("Consent"), "choice", labels.consents(), width=120),
            Column("real_name", self.tr("Real name (sensitive)"), width=150),
            Column("contact", self.tr("Contact (sensitive)"), width=150),
            Column("notes", self.tr("Notes")),
        ], self.tr("Add person"))
        self.table.setToolTip(self.tr(
            "Real names and contacts are stored encrypted and left out of redacted exports. "
            "Leave them empty when they are not needed."))
        self.add_field("", self.table, "people")
        self.table.changed.connect(self.changed)

    def load(self, record: dict[str, Any]) -> None:
        self.table.set_rows(list(record.get("people") or []))

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        people = []
        for values in self.table.rows():
            if not any(v not in (None, "", "unknown", "not_asked", "victim")
                       for v in values.values()):
                continue  # an untouched new row
            people.append(values)
        record["people"] = people


class TranslationsSection(Section):
    """The title and narrative in other languages, with who translated them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Translations"), parent)
        self.table = RowTable([
            Column("language", self.tr("Language"), width=90),
            Column("title", self.tr("Title"), width=220),
            Column("narrative", self.tr("Narrative"), width=320),
            Column("translator", self.tr("Translator")),
        ], self.tr("Add translation"))
        self.add_field("", self.table, "translations")
        self.table.changed.connect(self.changed)

    def load(self, record: dict[str, Any]) -> None:
        self.table.set_rows(list(record.get("translations") or []))

    def dump(self, record: dict[str, Any], problems: Problems) -> None:
        record["translations"] = [t for t in self.table.rows()
                                  if any(t.get(k) for k in ("title", "narrative"))
                                  or t.get("language")]
