"""Keys and team: your fingerprint (and its QR code), exporting your public key, importing
teammates' keys and deciding which to trust.

A teammate's key is trusted only after the two of you compared fingerprints in person or over a
call; the app asks that question before marking a key trusted. The QR code is drawn into a
``QImage`` in memory from ``qrcode``'s module matrix; nothing is written to disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors, labels
from evidence_app.ui.fonts import monospace_font

if TYPE_CHECKING:
    from evidence_app.model.schemas import IdentityRead
    from evidence_app.services.workspace import Workspace


def qr_image(text: str, scale: int = 6) -> QImage:
    """A QR code of ``text`` as a black-on-white image, ``scale`` pixels per module."""
    import qrcode

    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    size = len(matrix) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, QColor("black"))
    painter.end()
    return image


class KeysView(QWidget):
    """Your identity and the team keyring."""

    def __init__(self, ws: Workspace, bar: errors.MessageBar,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._bar = bar
        self.identities: list[IdentityRead] = []
        layout = QVBoxLayout(self)
        mine = QGroupBox(self.tr("Your key"))
        grid = QGridLayout(mine)
        self.qr_label = QLabel()
        self.qr_label.setToolTip(self.tr("Your full fingerprint as a QR code, for a teammate "
                                         "to scan and compare"))
        grid.addWidget(self.qr_label, 0, 0, 5, 1)
        self.alias_label = QLabel()
        self.alias_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.alias_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.alias_label.setFont(font)
        self.short_label = QLabel()
        big = monospace_font()
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.short_label.setFont(big)
        self.short_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_label = QLabel()
        self.full_label.setFont(monospace_font())
        self.full_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_label.setWordWrap(True)
        explain = QLabel(self.tr(
            "Read the grouped fingerprint aloud to a teammate, or let them scan the QR code, "
            "so they can check that the key they received is yours. Everything you add or "
            "review is signed with this key."))
        explain.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export my public key…"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        grid.addWidget(self.alias_label, 0, 1)
        grid.addWidget(self.short_label, 1, 1)
        grid.addWidget(self.full_label, 2, 1)
        grid.addWidget(explain, 3, 1)
        grid.addWidget(self.export_button, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        layout.addWidget(mine)
        team = QGroupBox(self.tr("Team keyring"))
        column = QVBoxLayout(team)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Alias"), self.tr("Fingerprint"),
                                              self.tr("Trust"), self.tr("Team"),
                                              self.tr("Added")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a teammate's key…"))
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.trust_button = QPushButton(self.tr("Mark trusted…"))
        self.trust_button.clicked.connect(lambda: self.set_trust("trusted"))
        self.untrust_button = QPushButton(self.tr("Mark not trusted"))
        self.untrust_button.clicked.connect(lambda: self.set_trust("untrusted"))
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.clicked.connect(lambda: self.set_trust("revoked"))
        for button in (self.import_button, self.trust_button, self.untrust_button,
                       self.revoke_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        layout.addWidget(team, 1)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.refresh()

    def refresh(self) -> None:
        from evidence_app.services import keys

        me = keys.my_identity(self._ws)
        self.alias_label.setText(me.alias)
        self.short_label.setText(me.short_fingerprint)
        self.full_label.setText(self.tr("Full fingerprint (SHA-256): {fp}").format(
            fp=me.fingerprint))
        self.qr_image = qr_image(me.fingerprint)
        self.qr_label.setPixmap(QPixmap.fromImage(self.qr_image))
        self.identities = keys.list_identities(self._ws)
        trust = labels.trust_levels()
        self.table.setRowCount(len(self.identities))
        for row, ident in enumerate(self.identities):
            cells = (ident.alias, ident.short_fingerprint, labels.label(trust, ident.trust),
                     ident.team or "", ident.added_at.strftime("%Y-%m-%d"))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)  # aliases come from imported files: plain text
                if col == 1:
                    cell.setFont(monospace_font())
                    cell.setToolTip(ident.fingerprint)
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._on_table_selection_changed()

    def selected(self) -> IdentityRead | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.identities[rows.pop()] if len(rows) == 1 else None

    def _on_table_selection_changed(self) -> None:
        ident = self.selected()
        editable = ident is not None and ident.trust != "own"
        for button in (self.trust_button, self.untrust_button, self.revoke_button):
            button.setEnabled(editable)

    def export_key(self, dest: Path) -> None:
        from evidence_app.services import keys

        keys.export_public_key(self._ws, dest)
        self._bar.show_message(self.tr("Key exported"), self.tr(
            "Give {name} to your teammates. It holds no secret.").format(name=dest.name),
            "info", timeout_ms=6000)

    def import_key(self, source: Path) -> None:
        from evidence_app.services import keys

        ident = keys.import_public_key(self._ws, source)
        self.refresh()
        self._bar.show_message(self.tr("Key imported"), self.tr(
            "{alias}'s key was added as not yet trusted. Compare the fingerprint {fp} with "
            "them before marking it trusted.").format(alias=ident.alias,
                                                      fp=ident.short_fingerprint),
            "info")

    def set_trust(self, trust: str) -> None:
        from evidence_app.services import keys

        ident = self.selected()
        if ident is None:
            return
        if trust == "trusted" and not ask.confirm(self, self.tr("Trust this key?"), self.tr(
                "Only trust {alias}'s key after comparing its fingerprint with them, in "
                "person or over a call:\n\n{fp}\n\nDid you compare it, and is it the "
                "same?").format(alias=ident.alias, fp=ident.short_fingerprint)):
            return
        if trust == "revoked" and not ask.confirm(self, self.tr("Revoke this key?"), self.tr(
                "Items and steps signed by {alias} will then show as signed by a revoked "
                "key. Revoke it?").format(alias=ident.alias)):
            return
        try:
            keys.set_trust(self._ws, ident.fingerprint, trust)
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return
        self.refresh()

    def _on_export_button_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export my public key"), f"{self._ws.alias}.pub.pem",
            self.tr("Public keys (*.pem)"))
        if name:
            try:
                self.export_key(Path(name))
            except Exception as exc:
                errors.present(exc, bar=self._bar, parent=self)

    def _on_import_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a teammate's public key"), "",
            self.tr("Public keys (*.pem *.pub);;All files (*)"))
        if name:
            try:
                self.import_key(Path(name))
            except Exception as exc:
                errors.present(exc, bar=self._bar, parent=self)
