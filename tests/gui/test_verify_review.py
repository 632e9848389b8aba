"""Verification in the background with per-item verdicts and an exported report; review
steps signed by the core."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from evidence_app.media import synth
from evidence_app.model.tables import EvidenceItem
from evidence_app.services import custody, incidents, ingest
from evidence_app.services.workspace import Workspace
from evidence_app.ui.fields import select_data
from evidence_app.ui.main_window import MainWindow


def _incident_with_items(ws: Workspace, tmp_path: Path) -> tuple[str, list[str]]:
    created = incidents.create_incident(ws, incidents.parse_record({
        "title": "Detentions at the checkpoint", "acts": [{"violation": "DET"}],
        "date": {"start": "2024-02-12"}}))
    files = [synth.make_statement(tmp_path / "W-0007.txt", "Statement of W-0007.\n"),
             synth.make_photo(tmp_path / "checkpoint.jpg", seed=5)]
    result = ingest.ingest_files(ws, created.id, files)
    return created.id, [i.item_id for i in result.items]


def test_verify_view_shows_verdicts_filters_and_exports(window: MainWindow, ws: Workspace,
                                                        qtbot: Any, tmp_path: Path) -> None:
    _incident, item_ids = _incident_with_items(ws, tmp_path)
    assert window.shell is not None
    window.shell.nav.setCurrentRow(1)
    view = window.shell.verify_view
    progress: list[int] = []
    with qtbot.waitSignal(view.run().finished, timeout=30_000):
        assert view.task is not None
        view.task.progressed.connect(lambda d, _t, _l: progress.append(d))
    assert progress
    assert view.table.rowCount() == 2
    assert {view.table.item(r, 1).text() for r in range(2)} == {"Intact"}
    assert "All intact" in view.summary_label.text()
    # tamper with the stored, encrypted photo
    with ws.session(write=False) as session:
        blob_name = session.get(EvidenceItem, item_ids[1]).blob_name  # type: ignore[union-attr]
    path = ws.blobs.path_for(blob_name)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF
    path.write_bytes(bytes(data))
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.task is None, timeout=30_000)
    statuses = {view.table.item(r, 0).text(): view.table.item(r, 1).data(
        Qt.ItemDataRole.UserRole) for r in range(view.table.rowCount())}
    assert sorted(statuses.values()) == ["intact", "modified"]
    assert "Problems found" in view.summary_label.text()
    select_data(view.filter_combo, "problems")
    assert view.visible_rows() == 1
    select_data(view.filter_combo, "intact")
    assert view.visible_rows() == 1
    select_data(view.filter_combo, "all")
    assert view.visible_rows() == 2
    report = tmp_path / "report.txt"
    view.export_report(report)
    text = report.read_text("utf-8")
    assert "MODIFIED" in text and "PROBLEMS FOUND" in text


def test_review_steps_are_signed_and_returning_needs_a_comment(
        window: MainWindow, ws: Workspace, qtbot: Any, tmp_path: Path) -> None:
    incident_id, _ = _incident_with_items(ws, tmp_path)
    assert window.shell is not None
    window.shell.open_incident(incident_id)
    page = window.shell.incident_page
    assert page is not None and page.review is not None
    review = page.review
    assert [s for s, b in review.step_buttons.items() if b.isVisibleTo(review)] == [
        "ready_for_review"]
    qtbot.mouseClick(review.step_buttons["ready_for_review"], Qt.MouseButton.LeftButton)
    assert incidents.get_incident(ws, incident_id).review_status == "ready_for_review"
    assert not review.step("returned")  # a return needs a comment
    assert "Comment needed" in window.bar.title_label.text()
    review.comment_edit.setPlainText("Add the consent form of W-0007.")
    assert review.step("returned")
    review.step("ready_for_review")
    qtbot.mouseClick(review.step_buttons["verified"], Qt.MouseButton.LeftButton)
    stored = incidents.get_incident(ws, incident_id)
    assert stored.review_status == "verified"
    steps = [e for e in custody.history(ws, incident_id) if e.action == "review"]
    assert [e.details["to"] for e in steps] == ["ready_for_review", "returned",
                                                "ready_for_review", "verified"]
    assert all(e.signature_hex and e.actor == ws.fingerprint for e in steps)
    assert len(steps[-1].details["record_sha256"]) == 64
    assert review.history.rowCount() == 4
    assert page.status_label.text() == "Verified"
    assert page.editor.review_status == "verified"
