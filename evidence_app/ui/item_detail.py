"""One evidence item in full: preview, identity, hash, signer, acquisition, what the file
claims, derivatives and the chain of custody.

Everything shown here that came from the file or from an import (its name, its EXIF, its URL)
is untrusted: it goes into plain-text labels and table cells, never rich text. The SHA-256 is
shown whole in a fixed-width font with the algorithm named beside it (DOMAIN.md).
"""

from __future__ import annotations

import json
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import labels
from evidence_app.ui.fields import plain_label, plain_tooltip
from evidence_app.ui.fonts import monospace_font

if TYPE_CHECKING:
    from evidence_app.services.custody import CustodyEventRead
    from evidence_app.services.items import ItemRead

PREVIEW_PX = 256


def blurred(image: QImage, strength: int = 14) -> QImage:
    """A strongly blurred copy (shrink, then enlarge smoothly): shapes, no detail."""
    if image.isNull():
        return image
    small = image.scaled(max(1, image.width() // strength), max(1, image.height() // strength),
                         Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    return small.scaled(image.width(), image.height(), Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


class PreviewLabel(QLabel):
    """A thumbnail that may start blurred; one click shows it."""

    revealed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(PREVIEW_PX, 140)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._image = QImage()
        self._hidden = False

    def show_image(self, image: QImage, *, hide_graphic: bool) -> None:
        self._image = image
        self._hidden = hide_graphic and not image.isNull()
        self._render()

    def show_text(self, text: str) -> None:
        self._image = QImage()
        self._hidden = False
        self.setPixmap(QPixmap())
        self.setText(text)
        self.setToolTip("")

    def _render(self) -> None:
        if self._image.isNull():
            self.show_text(self.tr("No preview"))
            return
        shown = blurred(self._image) if self._hidden else self._image
        self.setPixmap(QPixmap.fromImage(shown))
        self.setToolTip(self.tr("Graphic content: click to show") if self._hidden else "")
        self.setCursor(Qt.CursorShape.PointingHandCursor if self._hidden
                       else Qt.CursorShape.ArrowCursor)

    @property
    def is_blurred(self) -> bool:
        return self._hidden

    def reveal(self) -> None:
        if self._hidden:
            self._hidden = False
            self._render()
            self.revealed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.reveal()
        super().mousePressEvent(event)


class ItemDetail(QWidget):
    """Shows one :class:`ItemRead`; ``open_requested`` asks the panel to decrypt and show it."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ItemRead | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.preview = PreviewLabel()
        top.addWidget(self.preview)
        facts = QFormLayout()
        self.exhibit_label = plain_label()
        font = self.exhibit_label.font()
        font.setBold(True)
        self.exhibit_label.setFont(font)
        self.name_label = plain_label()
        self.type_label = plain_label()
        self.size_label = plain_label()
        self.signer_label = plain_label()
        self.ingested_label = plain_label()
        facts.addRow(self.tr("Exhibit"), self.exhibit_label)
        facts.addRow(self.tr("File name"), self.name_label)
        facts.addRow(self.tr("Type"), self.type_label)
        facts.addRow(self.tr("Size"), self.size_label)
        facts.addRow(self.tr("Signed by"), self.signer_label)
        facts.addRow(self.tr("Added"), self.ingested_label)
        top.addLayout(facts, 1)
        layout.addLayout(top)
        hash_row = QHBoxLayout()
        hash_row.addWidget(QLabel("SHA-256"))
        self.hash_edit = QLineEdit()
        self.hash_edit.setReadOnly(True)
        self.hash_edit.setFont(monospace_font())
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        hash_row.addWidget(self.hash_edit, 1)
        hash_row.addWidget(self.copy_button)
        hash_row.addWidget(self.open_button)
        layout.addLayout(hash_row)
        more = QFormLayout()
        self.acquisition_label = plain_label()
        self.description_label = plain_label()
        self.handling_label = plain_label()
        self.derivatives_label = plain_label()
        more.addRow(self.tr("Acquisition"), self.acquisition_label)
        more.addRow(self.tr("Description"), self.description_label)
        more.addRow(self.tr("Handling"), self.handling_label)
        more.addRow(self.tr("Related items"), self.derivatives_label)
        layout.addLayout(more)
        layout.addWidget(plain_label(self.tr(
            "Claimed by the file (metadata as found; a claim, not a fact):")))
        self.metadata_tree = QTreeWidget()
        self.metadata_tree.setHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.metadata_tree.setMinimumHeight(140)
        self.metadata_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode
                                                         .ResizeToContents)
        layout.addWidget(self.metadata_tree)
        layout.addWidget(plain_label(self.tr("Chain of custody (signed, oldest first):")))
        self.custody_table = QTableWidget(0, 4)
        self.custody_table.setHorizontalHeaderLabels(
            [self.tr("When (UTC)"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.custody_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody_table.verticalHeader().hide()
        self.custody_table.horizontalHeader().setStretchLastSection(True)
        self.custody_table.setMinimumHeight(150)
        layout.addWidget(self.custody_table)
        self.clear()

    def clear(self) -> None:
        self.item = None
        self.preview.show_text(self.tr("Choose an item to see its details."))
        for label in (self.exhibit_label, self.name_label, self.type_label, self.size_label,
                      self.signer_label, self.ingested_label, self.acquisition_label,
                      self.description_label, self.handling_label, self.derivatives_label):
            label.clear()
        self.hash_edit.clear()
        self.metadata_tree.clear()
        self.custody_table.setRowCount(0)
        self.open_button.setEnabled(False)
        self.copy_button.setEnabled(False)

    def show_item(self, item: ItemRead, custody: list[CustodyEventRead],
                  names: dict[str, str], exhibits: dict[str, str]) -> None:
        """``names``: fingerprint -> alias; ``exhibits``: item id -> exhibit number."""
        from evidence_app.crypto.signing import short_fingerprint

        self.item = item
        self.exhibit_label.setText(item.exhibit_number)
        self.name_label.setText(item.original_filename)
        self.type_label.setText(item.media_type)
        self.size_label.setText(f"{labels.format_size(item.size)} ({item.size:,} bytes)")
        self.signer_label.setText(f"{item.signer_alias or self.tr('unknown signer')} · "
                                  f"{short_fingerprint(item.ingested_by)}")
        self.ingested_label.setText(self.tr("{when} (UTC{tz}), app {version}").format(
            when=item.ingested_at.strftime("%Y-%m-%d %H:%M:%S"), tz=item.ingested_tz,
            version=item.app_version))
        self.hash_edit.setText(item.sha256)
        self.hash_edit.setCursorPosition(0)
        acquisition = [labels.label(labels.acquisitions(), item.acquisition_method)]
        if item.acquired_by:
            acquisition.append(self.tr("by {who}").format(who=item.acquired_by))
        if item.acquired_at:
            when = item.acquired_at
            if when.tzinfo is not None:
                when = when.astimezone(UTC)
            acquisition.append(when.strftime("%Y-%m-%d %H:%M UTC"))
        if item.source_url:
            acquisition.append(item.source_url)
        if item.device:
            acquisition.append(self.tr("device: {d}").format(d=item.device))
        if item.acquisition_note:
            acquisition.append(item.acquisition_note)
        self.acquisition_label.setText(" · ".join(acquisition))
        self.description_label.setText(item.description or "—")
        self.handling_label.setText(self.tr(
            "{conf}; consent: {consent}{graphic}").format(
            conf=labels.label(labels.confidentiality_levels(), item.confidentiality),
            consent=labels.label(labels.consents(), item.consent),
            graphic=self.tr("; graphic content") if item.graphic else ""))
        related = []
        if item.parent_id:
            related.append(self.tr("derived from {ex} ({kind})").format(
                ex=exhibits.get(item.parent_id, item.parent_id),
                kind=item.derivative_kind or ""))
        related += [self.tr("derivative {ex}").format(ex=exhibits.get(child, child))
                    for child in item.derivatives]
        self.derivatives_label.setText("; ".join(related) or self.tr("none"))
        self._show_metadata(item.file_metadata)
        self._show_custody(custody, names)
        self.open_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.copy_button.setText(self.tr("Copy"))

    def _show_metadata(self, metadata: dict[str, Any]) -> None:
        self.metadata_tree.clear()

        def add(parent: QTreeWidget | QTreeWidgetItem, key: str, value: Any) -> None:
            if isinstance(value, dict):
                node = QTreeWidgetItem([key, ""])
                for k, v in value.items():
                    add(node, str(k), v)
            elif isinstance(value, list) and value and isinstance(value[0], (dict, list)):
                node = QTreeWidgetItem([key, ""])
                for i, v in enumerate(value):
                    add(node, str(i + 1), v)
            else:
                text = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
                node = QTreeWidgetItem([key, text])  # tree items never render rich text
            if isinstance(parent, QTreeWidget):
                parent.addTopLevelItem(node)
            else:
                parent.addChild(node)

        for key, value in metadata.items():
            add(self.metadata_tree, key, value)
        if not metadata:
            self.metadata_tree.addTopLevelItem(QTreeWidgetItem(
                [self.tr("(nothing claimed)"), ""]))

    def _show_custody(self, events: list[CustodyEventRead], names: dict[str, str]) -> None:
        actions = labels.custody_actions()
        self.custody_table.setRowCount(len(events))
        for row, event in enumerate(events):
            details = json.dumps(event.details, ensure_ascii=False, sort_keys=True)
            cells = (event.at[:19].replace("T", " "), names.get(event.actor, event.actor[:16]),
                     labels.label(actions, event.action), details)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 3:
                    cell.setToolTip(plain_tooltip(details))
                self.custody_table.setItem(row, col, cell)
        self.custody_table.resizeColumnsToContents()
        self.custody_table.horizontalHeader().setStretchLastSection(True)

    def set_thumbnail(self, image: QImage, *, hide_graphic: bool) -> None:
        self.preview.show_image(image, hide_graphic=hide_graphic)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.hash_edit.text())
        self.copy_button.setText(self.tr("Copied"))

    def _on_open_button_clicked(self) -> None:
        if self.item is not None:
            self.open_requested.emit(self.item.id)
