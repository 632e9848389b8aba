"""Evidence: files dropped on the panel are ingested on the worker with progress; items show
their preview, hash, signer, claimed metadata and custody; opening decrypts in memory."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from evidence_app.media import synth
from evidence_app.services import incidents, items
from evidence_app.services.workspace import Workspace
from evidence_app.ui.evidence_panel import EvidencePanel
from evidence_app.ui.main_window import MainWindow


def _panel(window: MainWindow, ws: Workspace) -> EvidencePanel:
    created = incidents.create_incident(ws, incidents.parse_record({
        "title": "Airstrike on the market", "acts": [{"violation": "AIR"}],
        "date": {"start": "2023-11-16"}}))
    assert window.shell is not None
    window.shell.open_incident(created.id)
    page = window.shell.incident_page
    assert page is not None and page.evidence is not None
    page.tabs.setCurrentWidget(page.evidence)
    return page.evidence


def _drop(panel: EvidencePanel, paths: list[Path]) -> None:
    """What the window system does when files are dropped: a QDropEvent with file URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)


def _photo(tmp_path: Path, name: str = "IMG_20231116_0742.jpg") -> Path:
    return synth.make_photo(tmp_path / name, lat=23.2641, lon=95.4738,
                            taken=datetime(2023, 11, 16, 1, 12, tzinfo=UTC), seed=3)


def test_dropped_files_are_ingested_with_progress(window: MainWindow, ws: Workspace,
                                                  qtbot: Any, tmp_path: Path) -> None:
    panel = _panel(window, ws)
    photo = _photo(tmp_path)
    statement = synth.make_statement(tmp_path / "W-0001_statement_my.txt",
                                     "ကျွန်မ နံနက် ၇ နာရီခွဲတွင် လေယာဉ်သံ ကြားခဲ့သည်။\n")
    progress: list[tuple[int, int]] = []
    with qtbot.waitSignal(panel.ingest_finished, timeout=20_000) as finished:
        _drop(panel, [photo, statement])
        assert panel.ingest_task is not None and panel.progress_box.isVisibleTo(panel)
        panel.ingest_task.progressed.connect(lambda d, t, _l: progress.append((d, t)))
    result = finished.args[0]
    assert len(result.items) == 2 and not result.failures
    assert progress and progress[-1][0] == progress[-1][1]  # reached 100 %
    assert not panel.progress_box.isVisibleTo(panel)
    assert panel.item_list.count() == 2
    assert "2 file(s) added" in window.bar.text_label.text()
    # the photo: thumbnail made in memory, hash, claimed GPS, signer, custody
    photo_item = next(i for i in items.list_items(ws) if i.media_type == "image/jpeg")
    qtbot.waitUntil(lambda: photo_item.id in panel._thumbs, timeout=10_000)
    assert not panel._thumbs[photo_item.id].isNull()
    row = next(r for r in range(panel.item_list.count())
               if panel.item_list.item(r).data(Qt.ItemDataRole.UserRole) == photo_item.id)
    panel.item_list.setCurrentRow(row)
    detail = panel.detail
    assert detail.hash_edit.text() == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert detail.name_label.text() == photo.name
    assert detail.name_label.textFormat() == Qt.TextFormat.PlainText
    assert "tester" in detail.signer_label.text()
    claimed = [detail.metadata_tree.topLevelItem(i).text(0)
               for i in range(detail.metadata_tree.topLevelItemCount())]
    assert "gps_latitude" in claimed
    actions = [detail.custody_table.item(r, 2).text()
               for r in range(detail.custody_table.rowCount())]
    assert actions[0] == "added"
    assert not detail.preview.pixmap().isNull()
    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == detail.hash_edit.text()


def test_cancelling_an_ingest_keeps_nothing_partial(window: MainWindow, ws: Workspace,
                                                    qtbot: Any, tmp_path: Path) -> None:
    panel = _panel(window, ws)
    big = tmp_path / "long_video.mp4"
    with big.open("wb") as handle:
        for _ in range(256):
            handle.write(b"\x00\x00\x00\x18ftypmp42" + bytes(1 << 20))
    with qtbot.waitSignal(panel.ingest_finished, timeout=30_000) as finished:
        _drop(panel, [big])
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].cancelled and not finished.args[0].items
    assert items.list_items(ws) == []
    assert "Cancelled" in window.bar.text_label.text()


def test_web_material_without_its_url_asks_for_the_source_url_field(
        window: MainWindow, ws: Workspace, qtbot: Any, tmp_path: Path) -> None:
    """The window said "needs its --url" (a command-line option) and "correct what is marked
    in red" with nothing marked; it now names the Source URL field and puts the cursor in it."""
    panel = _panel(window, ws)
    panel.method_combo.setCurrentIndex(panel.method_combo.findData("web"))
    assert not panel.add_paths([_photo(tmp_path)])
    assert panel.ingest_task is None and items.list_items(ws) == []
    assert window.bar.title_label.text() == "Source URL needed"
    assert "source URL" in window.bar.text_label.text()
    assert "--url" not in window.bar.text_label.text()
    assert panel.url_edit.hasFocus() or QApplication.focusWidget() is panel.url_edit
    panel.url_edit.setText("https://example.org/post/1")
    with qtbot.waitSignal(panel.ingest_finished, timeout=30_000):
        assert panel.add_paths([_photo(tmp_path)])
    assert [i.source_url for i in items.list_items(ws)] == ["https://example.org/post/1"]


def test_graphic_photo_is_blurred_until_clicked_and_opens_in_the_app(
        window: MainWindow, ws: Workspace, qtbot: Any, tmp_path: Path) -> None:
    panel = _panel(window, ws)
    panel.graphic_box.setChecked(True)
    with qtbot.waitSignal(panel.ingest_finished, timeout=20_000):
        _drop(panel, [_photo(tmp_path, "injured.jpg")])
    item = items.list_items(ws)[0]
    assert item.graphic
    qtbot.waitUntil(lambda: not panel.detail.preview.pixmap().isNull(), timeout=10_000)
    assert panel.detail.preview.is_blurred
    qtbot.mouseClick(panel.detail.preview, Qt.MouseButton.LeftButton)
    assert not panel.detail.preview.is_blurred
    qtbot.mouseClick(panel.detail.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "viewer", None) is not None, timeout=10_000)
    viewer = panel.viewer
    assert viewer.image_label is not None and viewer.image_label.is_blurred
    viewer.close()
    assert [e.action for e in items.item_custody(ws, item.id)].count("view") == 1


def test_other_types_open_outside_only_if_confirmed_and_the_copy_is_deleted(
        window: MainWindow, ws: Workspace, qtbot: Any, tmp_path: Path, answers: Any,
        monkeypatch: Any) -> None:
    panel = _panel(window, ws)
    with qtbot.waitSignal(panel.ingest_finished, timeout=20_000):
        _drop(panel, [synth.make_wav(tmp_path / "voice_note.wav", 1.0)])
    item = items.list_items(ws)[0]
    opened: list[Path] = []
    monkeypatch.setattr(panel.copies, "open", lambda path: opened.append(path) or True)
    answers.queue = [QMessageBox.StandardButton.No]
    panel.open_item(item.id)
    assert "another program" in answers.asked[-1][0] and not opened
    seen: list[bytes] = []

    def done_answer(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        seen.append(opened[0].read_bytes())  # the copy exists while the user works with it
        return QMessageBox.StandardButton.Ok

    answers.queue = [QMessageBox.StandardButton.Yes]
    monkeypatch.setattr("evidence_app.ui.ask.ask", lambda *a, **k: (
        answers(*a, **k) if answers.queue else done_answer()))
    panel.open_item(item.id)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert hashlib.sha256(seen[0]).hexdigest() == item.sha256
    assert not opened[0].exists() and not opened[0].parent.exists()
    assert [e.action for e in items.item_custody(ws, item.id)][-1] == "open"
