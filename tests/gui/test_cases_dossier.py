"""The legal advocate's screens on a real workspace: cases (field-level validation, incidents
in and out), and a dossier exported through the dialog (readiness, plaintext acknowledgement,
progress, SHA-256 shown equal to the file's, Cancel leaves nothing)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from evidence_app.dossier.words import Words
from evidence_app.media import synth
from evidence_app.services import cases, custody, dossier, incidents, ingest
from evidence_app.services.workspace import Workspace
from evidence_app.ui.cases_view import CasesView
from evidence_app.ui.dossier_dialog import DossierDialog
from evidence_app.ui.fields import select_data
from evidence_app.ui.main_window import MainWindow
from tests.gui.conftest import Answers


def _incident(ws: Workspace, title: str) -> str:
    return incidents.create_incident(ws, incidents.parse_record({
        "title": title, "acts": [{"violation": "AIR"}], "date": {"start": "2023-04-11"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu"}})).id


def _cases_view(window: MainWindow, qtbot: Any) -> CasesView:
    assert window.shell is not None
    nav = window.shell.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Cases and dossiers")
    view = window.shell.cases_view
    with qtbot.waitSignal(view.incidents_loaded, timeout=10_000, raising=False):
        nav.setCurrentRow(row)
    assert window.shell.pages.currentWidget() is view
    return view


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_create_case_then_put_incidents_in_and_take_them_out(
        window: MainWindow, ws: Workspace, qtbot: Any, answers: Answers) -> None:
    pazigyi = _incident(ws, "Airstrike on Pazigyi")
    _incident(ws, "Shelling of Let Yet Kone")
    view = _cases_view(window, qtbot)
    assert view.cases_table.rowCount() == 0
    assert not view.dossier_button.isEnabled()

    dialog = view.new_case()
    dialog.reference_edit.setText("MMR EA 2024")  # a space is not allowed
    dialog.ern_edit.setText("mmr-ea-0001")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    _click(qtbot, save)
    assert dialog.isVisible()  # nothing saved: each problem is shown under its field
    shown = {name: error.text() for name, error in dialog.field_errors.items()
             if error.isVisibleTo(dialog)}
    assert set(shown) == {"reference", "title", "ern_prefix"}
    # The dialog's own (translated) words, not the record model's English rule or a pattern.
    assert shown["reference"] == ("Use letters, digits, dots, hyphens and slashes only, e.g. "
                                  "MMR-EA-2024-01.")
    assert shown["title"] == "This cannot be empty."
    assert shown["ern_prefix"] == ("Use capital letters and digits in groups joined by hyphens, "
                                   "e.g. MMR-EA-0001.")
    assert cases.list_cases(ws) == []

    dialog.reference_edit.setText("MMR-EA-2024-01")
    dialog.title_edit.setText("Airstrikes in Kanbalu township")
    dialog.ern_edit.setText("MMR-EA-0001")
    dialog.organisation_edit.setText("Sagaing documentation team")
    with qtbot.waitSignal(view.incidents_loaded, timeout=10_000):
        _click(qtbot, save)
    assert not dialog.isVisible()
    assert [c.reference for c in cases.list_cases(ws)] == ["MMR-EA-2024-01"]
    assert view.cases_table.item(0, 0).text() == "MMR-EA-2024-01"
    assert view.cases_table.item(0, 2).text() == "0"
    assert "MMR-EA-0001" in view.case_meta_label.text()
    assert window.shell is not None  # the incidents list can filter by the new case at once
    combo = window.shell.incidents_view.case_combo
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["MMR-EA-2024-01"]

    picker = view.add_incidents()
    assert picker is not None
    qtbot.waitUntil(lambda: picker.table.rowCount() == 2, timeout=10_000)
    with qtbot.waitSignal(picker.loaded, timeout=10_000):
        picker.search_edit.setText("Pazigyi")
    assert [r.id for r in picker.rows] == [pazigyi]
    picker.table.selectRow(0)
    with qtbot.waitSignal(view.incidents_loaded, timeout=10_000):
        _click(qtbot, picker.add_button)
    assert cases.case_incident_ids(ws, "MMR-EA-2024-01") == [pazigyi]
    assert view.cases_table.item(0, 2).text() == "1"
    assert view.incidents_table.rowCount() == 1
    assert view.incidents_table.item(0, 1).text() == "Airstrike on Pazigyi"
    assert view.dossier_button.isEnabled()

    view.incidents_table.selectRow(0)
    answers.queue.append(QMessageBox.StandardButton.No)
    assert view.remove_selected() == 0  # the user said no
    answers.queue.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.incidents_loaded, timeout=10_000):
        assert view.remove_selected() == 1
    assert cases.case_incident_ids(ws, "MMR-EA-2024-01") == []
    assert view.incidents_table.rowCount() == 0
    assert incidents.get_incident(ws, pazigyi).title == "Airstrike on Pazigyi"  # kept
    assert [e.details["changes"]["cases"] for e in custody.history(ws, pazigyi)
            if e.action == "edit"][-1] == {"removed": cases.list_cases(ws)[0].id}


def _case_with_evidence(ws: Workspace, tmp_path: Path) -> str:
    case = cases.create_case(ws, cases.parse_case({
        "reference": "MMR-EA-2024-02", "title": "Burning of Kyun Pin Seik",
        "ern_prefix": "MMR-EA-0002", "organisation": "Test Documentation Network"}))
    incident_id = _incident(ws, "Village burned at Kyun Pin Seik")
    ingest.ingest_files(ws, incident_id, [
        synth.make_photo(tmp_path / "burned-houses.jpg", seed=3),
        synth.make_statement(tmp_path / "W-0001.txt", "Statement of W-0001.\n")])
    cases.add_incidents(ws, case.id, [incident_id])
    return case.id


def test_dossier_export_through_the_dialog(window: MainWindow, ws: Workspace, qtbot: Any,
                                          tmp_path: Path) -> None:
    case_id = _case_with_evidence(ws, tmp_path)
    view = _cases_view(window, qtbot)
    dialog = view.open_dossier_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.readiness_task is None, timeout=30_000)
    expected = dossier.readiness(ws, case=case_id)
    assert expected  # these records lack consent, basis of the date...: gaps are listed
    assert dialog.readiness.gaps == expected
    assert dialog.readiness.tree.topLevelItemCount() == len(
        {(g.subject_type, g.subject_id) for g in expected})
    assert "you may still export" in dialog.readiness.summary_label.text()

    out = tmp_path / "out"
    out.mkdir()
    dialog.set_output(out / "dossier.pdf")
    assert not dialog.export_button.isEnabled()  # the plaintext warning is not acknowledged
    assert "plaintext PDF" in dialog.warning_label.text()
    assert "real names" in dialog.warning_label.text()
    dialog.ack_check.setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.language_combo.currentData() == "en"  # the UI's language
    select_data(dialog.language_combo, "my")  # headings and notes in Burmese
    progress: list[int] = []
    with qtbot.waitSignal(dialog.export_ended, timeout=120_000):
        _click(qtbot, dialog.export_button)
        assert dialog.export_task is not None
        assert not dialog.options.isEnabled()
        dialog.export_task.progressed.connect(lambda d, _t, _l: progress.append(d))
    assert progress
    written = out / "dossier.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):  # the headings are in the language chosen
        text = subprocess.run(["pdftotext", str(written), "-"], capture_output=True,
                              check=True, text=True).stdout
        summary = Words("my").translate("dossier", "Summary")
        assert summary != "Summary" and summary in text
    digest = hashlib.sha256(written.read_bytes()).hexdigest()
    panel = dialog.result_panel
    assert panel.isVisibleTo(dialog) and not dialog.options.isVisibleTo(dialog)
    assert panel.sha256_label.text() == digest
    assert panel.path_label.text() == str(written)
    assert panel.pages_label.text().startswith(f"{dialog.result.pages} ")
    assert panel.signed_label.text().startswith("Signed (PAdES) by tester")
    assert panel.version_label.text().startswith("Full version")
    _click(qtbot, panel.copy_button)
    assert QGuiApplication.clipboard().text() == digest
    assert dialog.cancel_button.text() == "Close"
    _click(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: view.dossier_dialog is None, timeout=5_000)

    # a file typed by hand that exists is refused under the field, and left as it was
    again = view.open_dossier_dialog()
    assert again is not None
    qtbot.waitUntil(lambda: again.readiness_task is None, timeout=30_000)
    again.output_edit.setText(str(written))
    again.ack_check.setChecked(True)
    with qtbot.waitSignal(again.export_ended, timeout=30_000):
        again.export()
    assert again.output_error.isVisibleTo(again)
    assert "already exists" in again.output_error.text()
    assert hashlib.sha256(written.read_bytes()).hexdigest() == digest

    # Cancel while it runs: no file, nothing in custody
    before = len(custody.history(ws))
    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    again.redacted_check.setChecked(True)
    assert "pseudonyms only" in again.warning_label.text()
    again.set_output(cancelled / "dossier-redacted.pdf")
    task = again.export()
    assert task is not None
    assert again.cancel_button.text() == "Cancel export"
    task.progressed.connect(lambda *_: again.cancel_export())
    with qtbot.waitSignal(again.export_ended, timeout=60_000):
        pass
    assert "cancelled" in again.status_label.text().lower()
    assert list(cancelled.iterdir()) == []
    assert len(custody.history(ws)) == before
    assert again.export_button.isEnabled()  # may be tried again


def test_dossier_of_incidents_selected_in_the_list(window: MainWindow, ws: Workspace,
                                                  qtbot: Any) -> None:
    chosen = [_incident(ws, "Airstrike on Pazigyi"), _incident(ws, "Shelling of Let Yet Kone")]
    _incident(ws, "Not chosen")
    assert window.shell is not None
    view = window.shell.incidents_view
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and not view.model.busy,
                    timeout=10_000)
    assert not view.dossier_button.isEnabled()
    rows = [view.model.row_of(i) for i in chosen]
    view.table.selectRow(rows[0])
    view.table.selectionModel().select(
        view.model.index(rows[1], 0),
        view.table.selectionModel().SelectionFlag.Select
        | view.table.selectionModel().SelectionFlag.Rows)
    assert view.dossier_button.isEnabled()
    _click(qtbot, view.dossier_button)
    dialog = window.shell.findChild(DossierDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.readiness_task is None, timeout=30_000)
    assert sorted(dialog._incident_ids) == sorted(chosen)
    assert dialog.readiness.gaps == dossier.readiness(ws, dialog._incident_ids)
    dialog.reject()


def test_locking_during_an_export_leaves_no_file(window: MainWindow, ws: Workspace, qtbot: Any,
                                                 tmp_path: Path) -> None:
    _case_with_evidence(ws, tmp_path)
    view = _cases_view(window, qtbot)
    dialog = view.open_dossier_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.readiness_task is None, timeout=30_000)
    out = tmp_path / "out"
    out.mkdir()
    dialog.set_output(out / "dossier.pdf")
    dialog.ack_check.setChecked(True)
    task = dialog.export()
    assert task is not None
    with qtbot.waitSignal(task.progressed, timeout=30_000):
        pass
    window.lock()  # what auto-lock does: the export is cancelled, the keys go
    assert window.shell is None and window.workspace is None
    assert list(out.iterdir()) == []


def test_the_plaintext_acknowledgement_shows_a_box_to_tick(window: MainWindow, ws: Workspace,
                                                          qtbot: Any, tmp_path: Path) -> None:
    """The warning's style sheet once made the unchecked box transparent: only its text
    showed, and nothing said where to click before "Export dossier" would work."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    _case_with_evidence(ws, tmp_path)
    dialog = _cases_view(window, qtbot).open_dossier_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.readiness_task is None, timeout=30_000)
    check = dialog.ack_check
    assert not check.isChecked()
    option = QStyleOptionButton()
    check.initStyleOption(option)
    box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
    image = check.grab(box).toImage()
    frame_colour = image.pixelColor(box.width() // 2, box.height() // 2)
    edge = [image.pixelColor(x, box.height() // 2) for x in range(box.width())]
    assert any(abs(c.lightness() - frame_colour.lightness()) > 60 for c in edge) or (
        frame_colour.lightness() > 245)  # a drawn border, or a white box on the yellow frame
    dialog.reject()
