"""Review: move an incident from draft to ready for review to verified, or return it.

Each step is ``incidents.set_review_status``; the core signs it as a custody event that holds
the SHA-256 of the record as reviewed, so the sign-off names exactly what was checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors, labels

if TYPE_CHECKING:
    from evidence_app.model.schemas import IncidentRead
    from evidence_app.services.workspace import Workspace

# status -> the steps offered from it (the core's allowed transitions)
STEPS: dict[str, tuple[str, ...]] = {
    "draft": ("ready_for_review",),
    "returned": ("ready_for_review", "draft"),
    "ready_for_review": ("verified", "returned", "draft"),
    "verified": ("returned",),
}


class ReviewPanel(QWidget):
    """The review state of one incident and the sign-offs so far."""

    status_changed = Signal(object)

    def __init__(self, ws: Workspace, bar: errors.MessageBar, incident: IncidentRead,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._bar = bar
        self.incident = incident
        layout = QVBoxLayout(self)
        self.status_label = QLabel()
        font = self.status_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.status_label.setFont(font)
        self.comment_label = QLabel()
        self.comment_label.setTextFormat(Qt.TextFormat.PlainText)
        self.comment_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        layout.addWidget(self.comment_label)
        explain = QLabel(self.tr(
            "Each step is signed with your key and records the SHA-256 of the incident as it "
            "is now, so a sign-off names exactly what was reviewed. Returning an incident "
            "needs a comment saying what to fix."))
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.comment_edit.setPlaceholderText(self.tr("Comment (required to return)"))
        self.comment_edit.setFixedHeight(int(self.fontMetrics().height() * 4.5))
        layout.addWidget(self.comment_edit)
        buttons = QHBoxLayout()
        texts = {"ready_for_review": self.tr("Submit for review"),
                 "verified": self.tr("Mark verified (sign off)"),
                 "returned": self.tr("Return with comment"),
                 "draft": self.tr("Back to draft")}
        self.step_buttons: dict[str, QPushButton] = {}
        for status, text in texts.items():
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.step(s))
            self.step_buttons[status] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Review history (signed):")))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"),
                                                self.tr("Step"), self.tr("Comment"),
                                                self.tr("Record SHA-256")])
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.history, 1)
        self.set_incident(incident)

    def set_incident(self, incident: IncidentRead) -> None:
        self.incident = incident
        statuses = labels.review_statuses()
        self.status_label.setText(self.tr("Status: {status}").format(
            status=labels.label(statuses, incident.review_status)))
        self.comment_label.setText(self.tr("Last comment: {c}").format(
            c=incident.review_comment) if incident.review_comment else "")
        offered = STEPS.get(incident.review_status, ())
        for status, button in self.step_buttons.items():
            button.setVisible(status in offered)
        self._load_history()

    def _load_history(self) -> None:
        from evidence_app.services import custody, keys

        names = {i.fingerprint: i.alias for i in keys.list_identities(self._ws)}
        statuses = labels.review_statuses()
        events = [e for e in custody.history(self._ws, self.incident.id) if e.action == "review"]
        self.history.setRowCount(len(events))
        for row, event in enumerate(reversed(events)):
            d = event.details
            cells = (event.at[:19].replace("T", " "), names.get(event.actor, event.actor[:16]),
                     f"{labels.label(statuses, d.get('from'))} → "
                     f"{labels.label(statuses, d.get('to'))}",
                     str(d.get("comment", "")), str(d.get("record_sha256", "")))
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setStretchLastSection(True)

    def step(self, status: str) -> bool:
        """Move the incident to ``status`` (signed by the core); return whether it moved."""
        from evidence_app.services import incidents

        comment = self.comment_edit.toPlainText().strip()
        if status == "returned" and not comment:
            self._bar.show_message(self.tr("Comment needed"), self.tr(
                "Say what needs fixing before returning the incident."), "error")
            self.comment_edit.setFocus()
            return False
        try:
            incidents.set_review_status(self._ws, self.incident.id, status, comment)
            updated = incidents.get_incident(self._ws, self.incident.id)
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return False
        self.comment_edit.clear()
        self.set_incident(updated)
        self._bar.show_message(self.tr("Review"), self.tr("Status changed to {s}; the step "
                                                          "was signed.").format(
            s=labels.label(labels.review_statuses(), status)), "info", timeout_ms=5000)
        self.status_changed.emit(updated)
        return True
