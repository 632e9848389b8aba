"""The unlocked workspace: navigation between incidents, verification, and keys and team.

The shell is created on unlock and thrown away on lock, so no view outlives the keys. It opens
incident pages over the incidents list and tells the pages when the workspace is about to lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors
from evidence_app.ui.cases_view import CasesView
from evidence_app.ui.dossier_dialog import DossierDialog
from evidence_app.ui.exchange_view import ExchangeView
from evidence_app.ui.incident_page import IncidentPage
from evidence_app.ui.incidents_view import IncidentsView
from evidence_app.ui.keys_view import KeysView
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.verify_view import VerifyView
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.services.workspace import Workspace


class Shell(QWidget):
    """Navigation on the left, the current screen on the right."""

    def __init__(self, ws: Workspace, runner: TaskRunner, settings: GuiSettings,
                 bar: errors.MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._runner = runner
        self._settings = settings
        self._bar = bar
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        side = QVBoxLayout()
        who = QLabel(self.tr("Signed in as {alias}").format(alias=ws.alias))
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.addItems([self.tr("Incidents"), self.tr("Verify evidence"),
                           self.tr("Keys and team")])
        self.nav.setFixedWidth(170)
        # Burmese names of the screens are longer than 170 px: wrap them, never scroll sideways.
        self.nav.setWordWrap(True)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(who)
        side.addWidget(self.nav, 1)
        layout.addLayout(side)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.incidents_stack = QStackedWidget()
        self.incidents_view = IncidentsView(ws, runner, bar)
        self.incidents_view.open_requested.connect(self._on_incidents_view_open_requested)
        self.incidents_view.new_requested.connect(self._on_incidents_view_new_requested)
        self.incidents_view.draft_requested.connect(self._on_incidents_view_draft_requested)
        self.incidents_view.dossier_requested.connect(self._on_incidents_view_dossier_requested)
        self.incidents_stack.addWidget(self.incidents_view)
        self.verify_view = VerifyView(ws, runner, bar)
        self.keys_view = KeysView(ws, bar)
        for page in (self.incidents_stack, self.verify_view, self.keys_view):
            self.pages.addWidget(page)
        self.exchange_view = ExchangeView(ws, runner, bar, self._selected_incident_ids)
        self.exchange_view.records_changed.connect(self._on_exchange_view_records_changed)
        self.nav.addItem(self.tr("Exchange"))
        self.pages.addWidget(self.exchange_view)
        self.cases_view = CasesView(ws, runner, bar)
        self.cases_view.open_requested.connect(self._on_incidents_view_open_requested)
        self.cases_view.cases_changed.connect(self._on_cases_view_cases_changed)
        self.nav.addItem(self.tr("Cases and dossiers"))
        self.pages.addWidget(self.cases_view)
        self.incident_page: IncidentPage | None = None
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(0)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def _selected_incident_ids(self) -> list[str]:
        selection = self.incidents_view.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return [self.incidents_view.model.incident_id(i.row()) for i in rows]

    def _on_cases_view_cases_changed(self) -> None:
        from evidence_app.services import cases

        self.incidents_view.reload_cases(cases.list_cases(self.ws))
        self.incidents_view.refresh()

    def _on_incidents_view_dossier_requested(self) -> None:
        self.open_dossier_dialog(self._selected_incident_ids())

    def open_dossier_dialog(self, incident_ids: list[str]) -> DossierDialog | None:
        """The dossier of incidents chosen in the list (a case's dossier: the cases screen)."""
        if not incident_ids:
            return None
        dialog = DossierDialog(
            self.ws, self._runner, incident_ids=incident_ids, parent=self,
            subject=self.tr("Dossier of %n selected incident(s)", "", len(incident_ids)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_exchange_view_records_changed(self) -> None:
        self.incidents_view.refresh()

    # --- incident pages ------------------------------------------------------------------------

    def open_incident(self, incident_id: str | None, draft_key: str | None = None) -> None:
        """Show one incident (None: a new one), restoring a draft if the user wants it."""
        from evidence_app.services import drafts, incidents

        if self.incident_page is not None and not self.close_incident():
            return
        incident = incidents.get_incident(self.ws, incident_id) if incident_id else None
        key = draft_key or incident_id
        draft = drafts.get_draft(self.ws, key) if key else None
        if draft is not None and draft_key is None and not self._want_draft(draft, incident):
            drafts.delete_draft(self.ws, draft.key)
            draft = None
        page = IncidentPage(self.ws, self._runner, self._settings, self._bar, incident,
                            draft=draft)
        page.closed.connect(self._on_incident_page_closed)
        page.changed.connect(self._on_incident_page_changed)
        self.incident_page = page
        self.incidents_stack.addWidget(page)
        self.incidents_stack.setCurrentWidget(page)
        self.nav.setCurrentRow(0)

    def _want_draft(self, draft: object, incident: object) -> bool:
        from evidence_app.ui import ask

        saved_at = getattr(draft, "saved_at", None)
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M") if saved_at else "?"
        text = self.tr("You have unsaved changes to this incident from {when}. Restore "
                       "them?").format(when=when)
        if incident is not None and getattr(draft, "base_revision", None) not in (
                None, getattr(incident, "revision", None)):
            text += "\n\n" + self.tr("The incident was changed since then; check the "
                                     "restored fields before saving.")
        return ask.confirm(self, self.tr("Restore unsaved changes?"), text)

    def close_incident(self) -> bool:
        page = self.incident_page
        if page is None:
            return True
        if not page.confirm_leave():
            return False
        self._drop_page(page)
        return True

    def _drop_page(self, page: IncidentPage) -> None:
        page.prepare_for_lock()  # drops decrypted copies the evidence panel may hold
        self.incidents_stack.removeWidget(page)
        page.deleteLater()
        self.incident_page = None
        self.incidents_stack.setCurrentWidget(self.incidents_view)

    def _on_incident_page_closed(self) -> None:
        if self.incident_page is not None:
            selected = self.incident_page.incident_id
            self._drop_page(self.incident_page)
            self.incidents_view.refresh(select_id=selected)

    def _on_incident_page_changed(self, incident_id: str) -> None:
        self.incidents_view.refresh(select_id=incident_id)

    def _on_incidents_view_open_requested(self, incident_id: str) -> None:
        self.open_incident(incident_id)

    def _on_incidents_view_new_requested(self) -> None:
        self.open_incident(None)

    def _on_incidents_view_draft_requested(self, key: str) -> None:
        self.open_incident(None, draft_key=key)

    # --- lifecycle -----------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        return self.incident_page is None or self.incident_page.confirm_leave()

    def prepare_for_lock(self) -> None:
        """Keep drafts, then silence every descendant: after this nothing here may call the
        core (the shell is deleted later, from the event loop)."""
        if self.incident_page is not None:
            self.incident_page.prepare_for_lock()
        for timer in self.findChildren(QTimer):
            timer.stop()
        for child in self.findChildren(QObject):
            child.blockSignals(True)
        self.blockSignals(True)

    def apply_settings(self) -> None:
        if self.incident_page is not None and self.incident_page.evidence is not None:
            self.incident_page.evidence.apply_settings()
