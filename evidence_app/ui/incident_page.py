"""One incident: its record (editor), its evidence, and its review, in tabs.

Leaving the page with unsaved changes asks Save / Discard / Cancel; locking keeps them as an
encrypted draft without asking (a lock may be an emergency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import ask, errors, labels
from evidence_app.ui.incident_editor import IncidentEditor
from evidence_app.ui.settings import GuiSettings
from evidence_app.ui.worker import TaskRunner

if TYPE_CHECKING:
    from evidence_app.model.schemas import IncidentRead
    from evidence_app.services.workspace import Workspace
    from evidence_app.ui.evidence_panel import EvidencePanel
    from evidence_app.ui.review_panel import ReviewPanel


class IncidentPage(QWidget):
    """Editor + evidence + review of one incident; ``closed`` when the user goes back."""

    closed = Signal()
    changed = Signal(str)  # the incident id, after a save, an ingest or a review step

    def __init__(self, ws: Workspace, runner: TaskRunner, settings: GuiSettings,
                 bar: errors.MessageBar, incident: IncidentRead | None = None, *,
                 draft: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._settings = settings
        self._bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← All incidents"))
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.back_button)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.status_label)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.editor = IncidentEditor(ws, bar, incident,
                                     draft_key=getattr(draft, "key", None))
        self.editor.saved.connect(self._on_editor_saved)
        self.tabs.addTab(self.editor, self.tr("Record"))
        self.evidence: EvidencePanel | None = None
        self.review: ReviewPanel | None = None
        if incident is not None:
            self._add_incident_tabs(incident)
        else:
            self.tabs.addTab(QLabel(self.tr("Save the incident first, then add evidence.")),
                             self.tr("Evidence"))
            self.tabs.setTabEnabled(1, False)
        if draft is not None:
            self.editor.restore_draft(draft.body)
        self._show_header(incident)

    @property
    def incident_id(self) -> str | None:
        return self.editor.incident_id

    def _add_incident_tabs(self, incident: IncidentRead) -> None:
        from evidence_app.ui.evidence_panel import EvidencePanel
        from evidence_app.ui.review_panel import ReviewPanel

        if self.tabs.count() > 1:
            self.tabs.removeTab(1)
        self.evidence = EvidencePanel(self._ws, self._runner, self._settings, self._bar,
                                      incident.id)
        self.evidence.items_changed.connect(self._on_child_changed)
        self.review = ReviewPanel(self._ws, self._bar, incident)
        self.review.status_changed.connect(self._on_review_status_changed)
        self.tabs.addTab(self.evidence, self.tr("Evidence"))
        self.tabs.addTab(self.review, self.tr("Review"))

    def _show_header(self, incident: IncidentRead | None) -> None:
        if incident is None:
            self.title_label.setText(self.tr("New incident"))
            self.status_label.setText("")
            return
        self.title_label.setText(incident.title)
        self.status_label.setText(labels.label(labels.review_statuses(),
                                               incident.review_status))

    def _on_editor_saved(self, incident: object) -> None:
        from evidence_app.model.schemas import IncidentRead

        assert isinstance(incident, IncidentRead)
        if self.evidence is None:
            self._add_incident_tabs(incident)
        elif self.review is not None:
            self.review.set_incident(incident)
        self._show_header(incident)
        self.changed.emit(incident.id)

    def _on_child_changed(self) -> None:
        if self.incident_id:
            self.changed.emit(self.incident_id)

    def _on_review_status_changed(self, incident: object) -> None:
        from evidence_app.model.schemas import IncidentRead

        assert isinstance(incident, IncidentRead)
        self.editor.review_status = incident.review_status
        self.editor.revision = incident.revision
        self._show_header(incident)
        self.changed.emit(incident.id)

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved changes; return whether the page may close."""
        if not self.editor.dirty:
            return True
        Button = QMessageBox.StandardButton
        answer = ask.ask(self, self.tr("Unsaved changes"), self.tr(
            "This incident has changes that are not saved. Save them now?"),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.editor.save()
        if answer == Button.Discard:
            self.editor.discard_draft()
            return True
        return False

    def prepare_for_lock(self) -> None:
        """No questions: keep unsaved content as an encrypted draft; drop decrypted copies."""
        self.editor.save_draft_now()
        if self.evidence is not None:
            self.evidence.forget_plaintext()

    def _on_back_button_clicked(self) -> None:
        if self.confirm_leave():
            self.closed.emit()
