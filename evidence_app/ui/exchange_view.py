"""Exchange: move records between workspaces and tools.

Bundles (signed BagIt zips, encrypted to the receiver, for USB sticks) are exported with
:class:`~evidence_app.ui.bundle_export_wizard.BundleExportWizard` and imported with
:class:`~evidence_app.ui.bundle_import_dialog.BundleImportDialog`; spreadsheets with the dialogs
of :mod:`evidence_app.ui.csv_dialogs`; incidents an import found edited on both sides are listed
and resolved in :class:`~evidence_app.ui.conflicts_view.ConflictsView`. This screen only opens
those and tells the shell when records changed (``records_changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors
from evidence_app.ui.conflicts_view import ConflictsView
from evidence_app.ui.fields import screen_title
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.bundle_export_wizard import BundleExportWizard
    from evidence_app.ui.bundle_import_dialog import BundleImportDialog
    from evidence_app.ui.csv_dialogs import CsvExportDialog, CsvImportDialog


def _section(title: str, explain: str, *buttons: QPushButton) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    text = QLabel(explain)
    text.setWordWrap(True)
    column.addWidget(text)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)
    return box


class ExchangeView(QWidget):
    """Bundles, CSV and import conflicts."""

    records_changed = Signal()

    def __init__(self, ws: Workspace, runner: TaskRunner, bar: errors.MessageBar,
                 selected_incident_ids: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._bar = bar
        self._selected = selected_incident_ids or (lambda: [])
        self.export_wizard: BundleExportWizard | None = None
        self.import_dialog: BundleImportDialog | None = None
        self.csv_import_dialog: CsvImportDialog | None = None
        self.csv_export_dialog: CsvExportDialog | None = None
        layout = QVBoxLayout(self)
        title = screen_title(self.tr("Exchange"))
        layout.addWidget(title)
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.clicked.connect(self.open_export_wizard)
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.clicked.connect(self.open_import_dialog)
        self.csv_import_button = QPushButton(self.tr("Import incidents from CSV…"))
        self.csv_import_button.clicked.connect(self.open_csv_import_dialog)
        self.csv_export_button = QPushButton(self.tr("Export incidents as CSV (ACLED)…"))
        self.csv_export_button.clicked.connect(self.open_csv_export_dialog)
        top = QHBoxLayout()
        top.addWidget(_section(
            self.tr("Bundles"),
            self.tr("A case or chosen incidents with their evidence, signatures and custody, "
                    "in one file for a USB stick. Encrypt it to the person receiving it. "
                    "Anyone can verify it, even without Evidence App."),
            self.export_button, self.import_button), 1)
        top.addWidget(_section(
            self.tr("Spreadsheets (CSV)"),
            self.tr("Import incidents listed in a spreadsheet (every row is checked first), "
                    "or export incidents with ACLED-compatible columns. CSV files are not "
                    "encrypted."),
            self.csv_import_button, self.csv_export_button), 1)
        layout.addLayout(top)
        conflicts = QGroupBox(self.tr("Edited on both sides"))
        column = QVBoxLayout(conflicts)
        self.conflicts_view = ConflictsView(ws, bar)
        self.conflicts_view.resolved.connect(self._on_conflicts_view_resolved)
        column.addWidget(self.conflicts_view)
        layout.addWidget(conflicts, 1)

    def showEvent(self, event: QShowEvent) -> None:
        """Conflicts may have come in from the command line meanwhile."""
        super().showEvent(event)
        self.conflicts_view.refresh()

    def _open(self, dialog: QDialog) -> None:
        dialog.setModal(True)
        dialog.open()  # window-modal and non-blocking: a lock closes it like any question

    def open_export_wizard(self) -> BundleExportWizard:
        from evidence_app.ui.bundle_export_wizard import BundleExportWizard

        self.export_wizard = BundleExportWizard(
            self._ws, self._runner, selected_incident_ids=self._selected(), parent=self)
        self._open(self.export_wizard)
        return self.export_wizard

    def open_import_dialog(self) -> BundleImportDialog:
        from evidence_app.ui.bundle_import_dialog import BundleImportDialog

        self.import_dialog = BundleImportDialog(self._ws, self._runner, parent=self)
        self.import_dialog.imported.connect(self._on_import_dialog_imported)
        self._open(self.import_dialog)
        return self.import_dialog

    def open_csv_import_dialog(self) -> CsvImportDialog:
        from evidence_app.ui.csv_dialogs import CsvImportDialog

        self.csv_import_dialog = CsvImportDialog(self._ws, self._runner, parent=self)
        self.csv_import_dialog.imported.connect(self._on_csv_import_dialog_imported)
        self._open(self.csv_import_dialog)
        return self.csv_import_dialog

    def open_csv_export_dialog(self) -> CsvExportDialog:
        from evidence_app.ui.csv_dialogs import CsvExportDialog

        self.csv_export_dialog = CsvExportDialog(self._ws, self._runner, parent=self)
        self._open(self.csv_export_dialog)
        return self.csv_export_dialog

    def _on_import_dialog_imported(self, _result: object) -> None:
        self.conflicts_view.refresh()
        self.records_changed.emit()

    def _on_csv_import_dialog_imported(self, _ids: object) -> None:
        self.records_changed.emit()

    def _on_conflicts_view_resolved(self, _incident_id: str) -> None:
        self.records_changed.emit()
