"""Recording incidents: the list, search and filters, the editor, validation and drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from evidence_app.services import custody, drafts, incidents
from evidence_app.services.workspace import Workspace
from evidence_app.ui.fields import select_data
from evidence_app.ui.incident_page import IncidentPage
from evidence_app.ui.incidents_model import IncidentTableModel
from evidence_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.gui.conftest import type_text

BURMESE_TITLE = "ကျွန်းပင်ဆိပ်ရွာ လေကြောင်းတိုက်ခိုက်မှု"
BURMESE_NARRATIVE = ("နံနက် ၇ နာရီ ၃၀ မိနစ်ခန့်တွင် စစ်ဂျက်လေယာဉ် တစ်စင်းသည် ဈေးနှင့် "
                     "မူလတန်းကျောင်းအနီးသို့ ဗုံးနှစ်လုံး ကြဲချခဲ့သည်။")


def _record(title: str, code: str = "AIR", state: str = "Sagaing", day: str = "2023-11-16",
            **extra: Any) -> Any:
    return incidents.parse_record({
        "title": title, "acts": [{"violation": code}], "date": {"start": day},
        "place": {"state_region": state}, **extra})


def settle(qtbot: Any, view: Any) -> None:
    """Wait for the list's page queries, which run on the worker."""
    qtbot.waitUntil(lambda: not view.model.busy, timeout=10_000)


def _new_page(window: MainWindow, qtbot: Any) -> IncidentPage:
    shell = window.shell
    assert shell is not None
    qtbot.mouseClick(shell.incidents_view.new_button, Qt.MouseButton.LeftButton)
    assert shell.incident_page is not None
    return shell.incident_page


def test_new_incident_with_burmese_text_is_saved_and_found(window: MainWindow, ws: Workspace,
                                                           qtbot: Any) -> None:
    page = _new_page(window, qtbot)
    editor = page.editor
    type_text(editor.general.title_edit, BURMESE_TITLE)
    editor.general.narrative_edit.setPlainText(BURMESE_NARRATIVE)
    editor.date.start_edit.set_value("2023-11-16")
    select_data(editor.date.precision_combo, "exact")
    editor.date.time_box.setChecked(True)
    select_data(editor.place.state_combo, "Sagaing")
    editor.place.township_combo.setEditText("Kanbalu")
    editor.place.lat_edit.setText("23.2641")
    editor.place.lon_edit.setText("95.4738")
    select_data(editor.place.accuracy_combo, 100)
    select_data(editor.acts.acts[0].violation_combo, "AIR")
    assert "8(2)(e)(i)" in [editor.acts.acts[0].article_list.item(i).data(
        Qt.ItemDataRole.UserRole) for i in range(editor.acts.acts[0].article_list.count())]
    editor.acts.acts[0].article_list.item(0).setCheckState(Qt.CheckState.Checked)
    editor.acts.acts[0].victims.add_row({"outcome": "killed", "count": 5})
    editor.people.table.add_row({"pseudonym": "W-0001", "role": "witness",
                                 "consent": "given"})
    assert editor.dirty
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.dirty, editor.record_error.text()
    stored = incidents.get_incident(ws, editor.incident_id or "")
    assert stored.title == BURMESE_TITLE and stored.narrative == BURMESE_NARRATIVE
    assert stored.place.latitude == 23.2641 and stored.place.accuracy_m == 100
    assert stored.acts[0].characterizations == ["8(2)(e)(i)"]
    assert stored.acts[0].victims[0].count == 5
    assert stored.people[0].pseudonym == "W-0001"
    assert page.tabs.isTabEnabled(1)  # evidence can now be added
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    view = window.shell.incidents_view if window.shell else None
    assert view is not None
    settle(qtbot, view)
    assert view.model.rowCount() == 1
    view.search_edit.setText("လေကြောင်း")
    view.apply_filter()
    settle(qtbot, view)
    assert view.model.total == 1
    assert "1 incident" in view.count_label.text()
    view.search_edit.setText("Kanbalu")
    view.apply_filter()
    settle(qtbot, view)
    assert view.model.total == 1
    view.search_edit.setText("shelling")
    view.apply_filter()
    settle(qtbot, view)
    assert view.model.total == 0


def test_zawgyi_text_is_saved_with_a_warning(window: MainWindow, ws: Workspace,
                                            qtbot: Any) -> None:
    """Text typed with a Zawgyi keyboard was saved with a plain "Saved"; it now says the
    Burmese will not search or print correctly (Unicode text still gets "Saved")."""
    page = _new_page(window, qtbot)
    editor = page.editor
    type_text(editor.general.title_edit, "ရြာ မီးရႈိ႕ခံရမႈ")  # Zawgyi
    editor.date.start_edit.set_value("2023-05-01")
    select_data(editor.place.state_combo, "Sagaing")
    select_data(editor.acts.acts[0].violation_combo, "BRN")
    assert editor.save()
    assert window.bar.title_label.text() == "Saved, but check the Burmese"
    assert "Zawgyi" in window.bar.text_label.text()
    editor.general.title_edit.clear()
    type_text(editor.general.title_edit, BURMESE_TITLE)
    assert editor.save()
    assert window.bar.title_label.text() == "Saved"


def test_tab_leaves_every_multi_line_field(window: MainWindow, qtbot: Any) -> None:
    """Tab moves on from the narrative, an act's description and the review comment (it
    typed a tab character, and neither Tab nor Ctrl+Tab left the field: a keyboard trap)."""
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    page = _new_page(window, qtbot)
    editor = page.editor
    editor.general.title_edit.setText("Airstrike on Pazigyi")
    editor.acts.add_act({"violation": "AIR"})
    fields = [w for w in editor.findChildren(QPlainTextEdit) if not w.isReadOnly()]
    assert editor.general.narrative_edit in fields and len(fields) >= 2
    for field in fields:
        editor.scroll_area.ensureWidgetVisible(field)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not field
        assert "\t" not in field.toPlainText()


def test_validation_problems_are_shown_next_to_their_fields(window: MainWindow, ws: Workspace,
                                                            qtbot: Any) -> None:
    page = _new_page(window, qtbot)
    editor = page.editor
    editor.place.lat_edit.setText("north")
    editor.date.start_edit.clear_value()
    editor.people.table.add_row({"pseudonym": "W 7 !", "role": "witness"})
    assert not editor.save()
    general = editor.general.errors
    assert general["title"].isVisibleTo(editor) and "empty" in general["title"].text()
    assert "decimal number" in editor.place.errors["place.coordinates"].text()
    assert "start date is required" in editor.date.errors["date"].text()
    act_error = editor.acts.acts[0].errors["violation"].text()
    assert "cannot be empty" in act_error
    # A pattern, said in the UI's own (translated) words rather than the model's English rule.
    assert editor.people.errors["people"].text().endswith(
        "Use only letters, digits, dots and hyphens, e.g. W-0007.")
    assert "need attention" in window.bar.text_label.text()
    assert incidents.list_incidents(ws).total == 0


def test_core_problems_from_saving_are_mapped_to_fields(window: MainWindow, ws: Workspace,
                                                        qtbot: Any) -> None:
    incidents.create_incident(ws, _record("first", people=[
        {"pseudonym": "W-0009", "role": "witness", "real_name": "Daw A"}]))
    page = _new_page(window, qtbot)
    editor = page.editor
    editor.general.title_edit.setText("second")
    editor.date.start_edit.set_value("2024-01-02")
    select_data(editor.acts.acts[0].violation_combo, "SHL")
    editor.people.table.add_row({"pseudonym": "W-0009", "role": "victim",
                                 "real_name": "U B"})
    assert not editor.save()
    assert "pseudonym w-0009 already names" in editor.people.errors["people"].text().lower()


def test_edits_go_through_the_core_with_old_and_new_values(window: MainWindow, ws: Workspace,
                                                           qtbot: Any) -> None:
    created = incidents.create_incident(ws, _record("Shelling of the market", "SHL"))
    window.shell.incidents_view.refresh()  # type: ignore[union-attr]
    window.shell.open_incident(created.id)  # type: ignore[union-attr]
    page = window.shell.incident_page  # type: ignore[union-attr]
    assert page is not None and page.editor.general.title_edit.text() == created.title
    page.editor.general.title_edit.setText("Shelling of the morning market")
    page.editor.general.title_edit.textEdited.emit("")
    assert page.editor.save()
    edits = [e for e in custody.history(ws, created.id) if e.action == "edit"]
    assert edits[-1].details["changes"]["title"] == {
        "old": "Shelling of the market", "new": "Shelling of the morning market"}
    assert page.title_label.text() == "Shelling of the morning market"


def test_draft_is_autosaved_encrypted_and_offered_after_unlock(
        window: MainWindow, ws: Workspace, qtbot: Any, answers: Any) -> None:
    page = _new_page(window, qtbot)
    secret = "DRAFTMARKER ကျေးရွာ"
    type_text(page.editor.general.title_edit, secret)
    qtbot.waitUntil(lambda: bool(drafts.list_drafts(ws)), timeout=5_000)  # autosave timer
    assert "encrypted draft" in page.editor.status_label.text()
    window.lock()  # no question asked: the draft keeps the work
    assert answers.asked == []
    for path in Path(ws.root).rglob("*"):
        if path.is_file():
            assert b"DRAFTMARKER" not in path.read_bytes(), path
    window.unlock_view.unlock_requested.emit(PASSPHRASE)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=15_000)
    view = window.shell.incidents_view  # type: ignore[union-attr]
    assert view.drafts_button.isVisibleTo(view)
    qtbot.mouseClick(view.drafts_button, Qt.MouseButton.LeftButton)
    page = window.shell.incident_page  # type: ignore[union-attr]
    assert page is not None and page.editor.general.title_edit.text() == secret
    assert page.editor.dirty


def test_leaving_with_unsaved_changes_asks(window: MainWindow, ws: Workspace, qtbot: Any,
                                           answers: Any) -> None:
    created = incidents.create_incident(ws, _record("Village burned", "BRN"))
    window.shell.open_incident(created.id)  # type: ignore[union-attr]
    page = window.shell.incident_page  # type: ignore[union-attr]
    assert page is not None
    qtbot.keyClicks(page.editor.general.title_edit, " (updated)")
    answers.queue = [QMessageBox.StandardButton.Cancel]
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.shell.incident_page is page  # type: ignore[union-attr]
    assert "Unsaved changes" in answers.asked[-1][0]
    answers.queue = [QMessageBox.StandardButton.Discard]
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.shell.incident_page is None  # type: ignore[union-attr]
    assert drafts.get_draft(ws, created.id) is None
    assert incidents.get_incident(ws, created.id).title == "Village burned"


def test_filters_sorting_and_count(window: MainWindow, ws: Workspace, qtbot: Any) -> None:
    incidents.create_incident(ws, _record("Airstrike A", "AIR", "Sagaing", "2023-01-05"))
    incidents.create_incident(ws, _record("Burning B", "BRN", "Magway", "2023-06-01"))
    incidents.create_incident(ws, _record("Checkpoint C", "DET", "Magway", "2024-02-12"))
    view = window.shell.incidents_view  # type: ignore[union-attr]

    def total_after(change: Any = None) -> int:
        if change is not None:
            change()
        settle(qtbot, view)
        return view.model.total

    assert total_after(view.refresh) == 3
    assert view.model.data(view.model.index(0, 3)) == "Checkpoint C"  # newest first
    assert total_after(lambda: select_data(view.state_combo, "Magway")) == 2
    assert total_after(lambda: select_data(view.type_combo, "BRN")) == 1
    assert "1 incident" in view.count_label.text()
    assert total_after(view.clear_button.click) == 3
    view.from_edit.set_value("2023-03-01")
    assert total_after(lambda: view.to_edit.set_value("2023-12-31")) == 1
    view.clear_button.click()
    assert total_after(lambda: select_data(view.status_combo, "verified")) == 0
    total_after(view.clear_button.click)
    total_after(lambda: view.table.horizontalHeader().sectionClicked.emit(3))  # title, A-Z
    assert [view.model.data(view.model.index(r, 3)) for r in range(3)] == [
        "Airstrike A", "Burning B", "Checkpoint C"]
    view.table.horizontalHeader().sectionClicked.emit(2)  # not sortable: nothing changes
    assert view.model.sort_key == ("title", False)


def test_model_fetches_more_rows_as_the_view_asks(ws: Workspace, qtbot: Any) -> None:
    for i in range(45):
        incidents.create_incident(ws, _record(f"Incident {i:02d}", day=f"2023-01-{i % 28 + 1:02d}"))
    model = IncidentTableModel(ws, page_size=20)
    model.reload()
    assert model.rowCount() == 20 and model.total == 45
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 45 and not model.canFetchMore()
    ids = {model.incident_id(r) for r in range(45)}
    assert len(ids) == 45


def test_pages_load_on_the_worker_without_blocking(ws: Workspace, qtbot: Any) -> None:
    from evidence_app.ui.worker import TaskRunner

    for i in range(30):
        incidents.create_incident(ws, _record(f"Incident {i:02d}"))
    runner = TaskRunner()
    model = IncidentTableModel(ws, page_size=20, runner=runner)
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.reload()
        assert model.busy and model.rowCount() == 0  # returned at once; the query runs
    assert model.rowCount() == 20 and model.total == 30
    with qtbot.waitSignal(model.page_loaded, timeout=10_000):
        model.fetchMore()
        assert not model.canFetchMore()  # one page at a time
    assert model.rowCount() == 30
    runner.abandon_all()
