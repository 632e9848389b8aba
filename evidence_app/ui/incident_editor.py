"""The incident editor: every field of the record, validation next to each field, and drafts.

Saving goes through ``incidents.create_incident`` / ``update_incident`` (the custody event keeps
old and new values; ``expected_revision`` refuses to overwrite a teammate's newer edit). The
core's ``ValidationError.problems`` are shown under the fields they name. Unsaved content is
autosaved as an encrypted draft in the workspace database (``services.drafts``) a moment after
each change, and when the workspace locks, so a crash, a lock or a quick exit loses nothing;
leaving the editor with unsaved changes asks what to do.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.ui import errors, problems
from evidence_app.ui.editor_acts import ActsSection
from evidence_app.ui.editor_sections import (
    CasesSection,
    DateSection,
    GeneralSection,
    PlaceSection,
    Problems,
    Section,
)
from evidence_app.ui.editor_tables import PeopleSection, TranslationsSection
from evidence_app.ui.fields import FieldError

if TYPE_CHECKING:
    from evidence_app.model.schemas import IncidentRead
    from evidence_app.services.workspace import Workspace

AUTOSAVE_DELAY_MS = 1500


class IncidentEditor(QWidget):
    """Edits one incident (``incident`` None: a new one)."""

    saved = Signal(object)
    dirty_changed = Signal(bool)

    def __init__(self, ws: Workspace, bar: errors.MessageBar,
                 incident: IncidentRead | None = None, *, draft_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from evidence_app.services import cases

        self._ws = ws
        self._bar = bar
        self.incident_id: str | None = incident.id if incident else None
        self.revision: int | None = incident.revision if incident else None
        self.review_status = incident.review_status if incident else "draft"
        self.draft_key = draft_key or self.incident_id or f"new:{uuid.uuid4()}"
        self._dirty = False
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.record_error = FieldError()
        layout.addWidget(self.record_error)
        self.general = GeneralSection()
        self.date = DateSection()
        self.place = PlaceSection()
        self.acts = ActsSection()
        self.people = PeopleSection()
        self.translations = TranslationsSection()
        self.cases = CasesSection(cases.list_cases(ws))
        self.sections: list[Section] = [self.general, self.date, self.place, self.acts,
                                         self.people, self.translations, self.cases]
        body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.general)
        left.addWidget(self.date)
        left.addStretch(1)
        top.addLayout(left, 3)
        top.addWidget(self.place, 2)
        column.addLayout(top)
        for section in self.sections[3:]:
            column.addWidget(section)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        layout.addWidget(self.scroll_area, 1)
        footer = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Save incident"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.save_button)
        layout.addLayout(footer)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)
        for section in self.sections:
            section.changed.connect(self._on_section_changed)
        if incident is not None:
            self.load_record(incident.model_dump(mode="json", by_alias=True))
        else:
            self.load_record({"acts": [{}], "date": {"precision": "day"},
                              "narrative_language": "my"})
        self._set_dirty(False)

    # --- state ---------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        if not dirty:
            self.status_label.setText(self.tr("All changes saved.") if self.incident_id
                                      else self.tr("New incident, not saved yet."))
        if changed:
            self.dirty_changed.emit(dirty)

    def _on_section_changed(self) -> None:
        if self._loading:
            return
        self._set_dirty(True)
        self.status_label.setText(self.tr("Unsaved changes."))
        self._autosave.start()

    def load_record(self, record: dict[str, Any]) -> None:
        self._loading = True
        try:
            for section in self.sections:
                section.load(record)
            for edit in self.findChildren(QLineEdit):
                edit.setCursorPosition(0)  # show the start of long texts, not their end
        finally:
            self._loading = False

    def collect(self) -> tuple[dict[str, Any], Problems]:
        """The form as a JSON record, and the problems found while reading it."""
        record: dict[str, Any] = {}
        found: Problems = []
        for section in self.sections:
            section.dump(record, found)
        record["review_status"] = self.review_status
        return record, found

    # --- drafts --------------------------------------------------------------------------------

    def restore_draft(self, body: dict[str, Any]) -> None:
        """Load a draft's content; it stays unsaved until the user saves it."""
        self.load_record(dict(body.get("record") or {}))
        self._set_dirty(True)
        self.status_label.setText(self.tr("Restored from your draft; not saved yet."))

    def save_draft_now(self) -> None:
        """Keep the unsaved content as an encrypted draft (no-op when nothing changed)."""
        self._autosave.stop()
        if not self._dirty:
            return
        from evidence_app.services import drafts

        record, _ = self.collect()
        try:
            drafts.save_draft(self._ws, self.draft_key, {"record": record},
                              incident_id=self.incident_id, base_revision=self.revision)
        except Exception as exc:  # a failed draft must not lose the form: say so, keep going
            errors.present(exc, bar=self._bar, parent=self)
            return
        self.status_label.setText(self.tr("Unsaved changes, kept as an encrypted draft "
                                          "({time}).").format(
            time=QTime.currentTime().toString("HH:mm")))

    def discard_draft(self) -> None:
        from evidence_app.services import drafts

        self._autosave.stop()
        drafts.delete_draft(self._ws, self.draft_key)
        self._set_dirty(False)

    # --- validation and saving -----------------------------------------------------------------

    def clear_problems(self) -> None:
        self.record_error.clear_problem()
        for section in self.sections:
            section.clear_errors()

    def show_problems(self, found: Problems) -> None:
        """Put each problem under the field its path names (or at the top)."""
        first: QWidget | None = None
        for path_text, message in found:
            path = problems.split_path(path_text)
            text = problems.friendly(message, path)
            target: tuple[FieldError, list[str]] | None = None
            for section in self.sections:
                target = section.error_label(path)
                if target is not None:
                    break
            label, rest = target if target is not None else (self.record_error, path)
            if rest:
                text = f"{problems.describe_rest(rest)}: {text}"
            label.set_problem(text)
            first = first or label
        if first is not None:
            QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(first, 50, 80))

    def save(self) -> bool:
        """Validate and store; return whether it was saved."""
        from evidence_app.errors import ValidationError
        from evidence_app.services import drafts, incidents
        from evidence_app.services.csv_io import zawgyi_fields

        self.clear_problems()
        record, found = self.collect()
        data = None
        try:
            data = incidents.parse_record(record)
        except ValidationError as exc:
            found += exc.problems
        if found or data is None:
            self._report_problems(found)
            return False
        try:
            if self.incident_id is None:
                saved = incidents.create_incident(self._ws, data)
            else:
                saved = incidents.update_incident(self._ws, self.incident_id, data,
                                                  expected_revision=self.revision)
        except ValidationError as exc:
            self._report_problems(exc.problems)
            return False
        except Exception as exc:
            errors.present(exc, bar=self._bar, parent=self)
            return False
        self._autosave.stop()
        drafts.delete_draft(self._ws, self.draft_key)
        self.incident_id = saved.id
        self.revision = saved.revision
        self.review_status = saved.review_status
        self.draft_key = saved.id
        self.load_record(saved.model_dump(mode="json", by_alias=True))
        self._set_dirty(False)
        if zawgyi_fields(record):  # typed with a Zawgyi keyboard: saved, but mis-encoded
            self._bar.show_message(self.tr("Saved, but check the Burmese"), self.tr(
                "Some Burmese text looks like Zawgyi, not Unicode: it will not be found by "
                "search or print correctly in a dossier. Retype it with a Unicode Burmese "
                "keyboard and save again."), "warning")
        else:
            self._bar.show_message(self.tr("Saved"), self.tr(
                "The incident was saved and signed in its custody record."), "info",
                timeout_ms=4000)
        self.saved.emit(saved)
        return True

    def _report_problems(self, found: Problems) -> None:
        self.show_problems(found)
        self._bar.show_message(self.tr("Not saved yet"), self.tr(
            "{n} field(s) need attention; they are marked in red.").format(n=len(found)),
            "error")

    def _on_save_button_clicked(self) -> None:
        self.save()
