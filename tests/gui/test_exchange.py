"""The Exchange screen on real workspaces: a bundle exported from A through the wizard and
imported into B through the dialog (signer accepted, or refused: nothing imported), a tampered
bundle refused with its report, a conflict listed and resolved, and a CSV whose bad rows are
shown and nothing imported until the user accepts."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from evidence_app.crypto.signing import SigningKey, short_fingerprint
from evidence_app.model.tables import Identity
from evidence_app.services import bundle, incidents, keys
from evidence_app.services.workspace import Workspace, create_workspace
from evidence_app.ui.bundle_import_dialog import REPORT, RESULT, SUMMARY
from evidence_app.ui.exchange_view import ExchangeView
from evidence_app.ui.i18n import install_translators
from evidence_app.ui.main_window import MainWindow
from tests.bundle.helpers import Populated, populate, read_bundle, record, reseal, write_bundle
from tests.conftest import PASSPHRASE, fast_kdf
from tests.gui.conftest import Answers

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def populated(tmp_path: Path) -> Iterator[Populated]:
    ws_a = create_workspace(tmp_path / "a", PASSPHRASE, "alice", team="Team A", kdf=fast_kdf())
    yield populate(ws_a, tmp_path)
    ws_a.lock()


def _exchange(window: MainWindow) -> ExchangeView:
    assert window.shell is not None
    nav = window.shell.nav
    row = next(r for r in range(nav.count()) if nav.item(r).text() == "Exchange")
    nav.setCurrentRow(row)
    assert window.shell.pages.currentWidget() is window.shell.exchange_view
    return window.shell.exchange_view


def _ids(ws: Workspace) -> set[str]:
    from evidence_app.model.tables import Incident

    with ws.session(write=False) as session:
        return set(session.exec(select(Incident.id)))


def _import(window: MainWindow, qtbot: Any, path: Path) -> Any:
    dialog = _exchange(window).open_import_dialog()
    dialog.file_edit.setText(str(path))
    qtbot.mouseClick(dialog.verify_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() in (REPORT, SUMMARY), timeout=30_000)
    return dialog


def test_export_wizard_then_import_dialog_moves_the_case(
        make_window: Callable[..., MainWindow], window: MainWindow, ws: Workspace,
        populated: Populated, qtbot: Any, tmp_path: Path) -> None:
    ws_a = populated.ws
    window_a = make_window(ws_a.root)
    window_a.open_shell(ws_a)
    b_key = tmp_path / "bob.pem"
    keys.export_public_key(ws, b_key)

    wizard = _exchange(window_a).open_export_wizard()
    assert wizard.case_combo.currentData() == populated.case_id
    assert wizard.set_recipient(b_key)
    assert short_fingerprint(ws.fingerprint) in wizard.recipient_fingerprint_label.text()
    assert "Not in your keyring" in wizard.recipient_label.text()
    output = tmp_path / "case.eab"
    wizard.set_output(output)
    qtbot.mouseClick(wizard.export_button, CLICK)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=30_000)
    assert output.is_file()
    digest = hashlib.sha256(output.read_bytes()).hexdigest()
    assert wizard.result_labels["sha256"].text() == digest
    assert wizard.result_labels["path"].text() == str(output)
    assert "Encrypted to" in wizard.result_labels["encryption"].text()

    dialog = _import(window, qtbot, output)
    assert dialog.pages.currentIndex() == SUMMARY
    summary = dialog.summary
    assert summary.signers_box.isVisibleTo(dialog)
    shown = summary.signers_table.item(0, 1).text().replace(" ", "").lower()
    assert shown == ws_a.fingerprint
    assert summary.signers_table.item(0, 0).text() == "alice"
    assert "2 will be added" in summary.counts_label.text()
    assert not dialog.import_button.isEnabled()  # the signer is not accepted yet
    summary.accept_signers_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT, timeout=30_000)
    assert dialog.import_result is not None
    assert dialog.import_result.added == {"case": 1, "incident": 2, "item": 5}
    assert _ids(ws) == set(populated.incident_ids)
    for incident_id in populated.incident_ids:
        assert incidents.get_record(ws, incident_id) == incidents.get_record(ws_a, incident_id)
    with ws.session(write=False) as session:
        signer = session.get(Identity, ws_a.fingerprint)
        assert signer is not None and signer.trust == "untrusted"


def test_unencrypted_export_asks_first_and_refusing_the_signer_imports_nothing(
        make_window: Callable[..., MainWindow], window: MainWindow, ws: Workspace,
        populated: Populated, answers: Answers, qtbot: Any, tmp_path: Path) -> None:
    ws_a = populated.ws
    window_a = make_window(ws_a.root)
    window_a.open_shell(ws_a)
    wizard = _exchange(window_a).open_export_wizard()
    wizard.plain_radio.setChecked(True)
    assert wizard.plain_warning.isVisibleTo(wizard)
    output = tmp_path / "plain.zip"
    wizard.set_output(output)
    answers.queue = [No]
    assert not wizard.start_export()
    assert "NOT be encrypted" in answers.asked[-1][1]
    assert not output.exists() and wizard.pages.currentIndex() == 0
    answers.queue = [Yes]
    assert wizard.start_export()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=30_000)
    assert "NOT encrypted" in wizard.result_labels["encryption"].text()

    blobs_before = sorted(ws.blobs.names_on_disk())
    dialog = _import(window, qtbot, output)
    assert dialog.refuse_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.refuse_button, CLICK)
    assert dialog.pages.currentIndex() == RESULT
    assert "Nothing was imported" in dialog.result_title.text()
    assert _ids(ws) == set()
    assert sorted(ws.blobs.names_on_disk()) == blobs_before
    with ws.session(write=False) as session:
        assert session.get(Identity, ws_a.fingerprint) is None


def test_cancelled_export_leaves_nothing(make_window: Callable[..., MainWindow],
                                         populated: Populated, answers: Answers, qtbot: Any,
                                         tmp_path: Path) -> None:
    window_a = make_window(populated.ws.root)
    window_a.open_shell(populated.ws)
    wizard = _exchange(window_a).open_export_wizard()
    wizard.plain_radio.setChecked(True)
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    wizard.set_output(out_dir / "case.zip")
    answers.queue = [Yes]
    assert wizard.start_export()
    wizard.panel.cancel()  # before the worker reaches its first check
    qtbot.waitUntil(lambda: wizard.panel.task is None, timeout=30_000)
    assert wizard.pages.currentIndex() == 0 and wizard.export_result is None
    assert not wizard.error_label.isVisibleTo(wizard)  # a cancel is not an error
    assert list(out_dir.iterdir()) == []


def test_a_tampered_bundle_shows_the_report_and_imports_nothing(
        window: MainWindow, ws: Workspace, populated: Populated, qtbot: Any,
        tmp_path: Path) -> None:
    path = tmp_path / "case.zip"
    bundle.export_bundle(populated.ws, case=populated.case_id, output=path)
    root, members = read_bundle(path)
    name = next(n for n in members if n.startswith("data/records/"))
    members[name] = members[name].replace(b"Pazigyi", b"Pazigyu")
    tampered = write_bundle(tmp_path / "tampered.zip", root, members)
    dialog = _import(window, qtbot, tampered)
    assert dialog.pages.currentIndex() == REPORT
    assert "failed verification" in dialog.report_title.text()
    assert "FAIL" in dialog.report_text.toPlainText()
    assert not dialog.import_button.isVisibleTo(dialog)
    assert _ids(ws) == set()


def _resigned_with_a_bad_sha256(populated: Populated, tmp_path: Path) -> tuple[Path, str]:
    """A real bundle whose first item names a SHA-256 of 8 characters, sealed and signed again
    by the exporter's key: the hashes and the signature pass, the item's format does not."""
    path = bundle.export_bundle(populated.ws, case=populated.case_id,
                                output=tmp_path / "case.zip").path
    root, members = read_bundle(path)
    name = f"data/items/{populated.item_ids[0]}.json"
    item = json.loads(members[name])
    item["sha256"] = "deadbeef"
    members[name] = json.dumps(item).encode()
    reseal(members, SigningKey(populated.ws.signer.private_raw()))
    return write_bundle(tmp_path / "damaged.zip", root, members), name


WORDS = "sha256: a SHA-256 is 64 characters 0-9 and a-f"
ADVICE = "the bundle is damaged or was altered: ask the sender to export it again"
REGEX = re.compile(r"should match pattern|\^\[|\]\{\d")


def test_a_field_out_of_its_form_is_said_in_words_in_the_report(
        window: MainWindow, ws: Workspace, populated: Populated, qtbot: Any,
        tmp_path: Path) -> None:
    damaged, name = _resigned_with_a_bad_sha256(populated, tmp_path)
    dialog = _import(window, qtbot, damaged)
    assert dialog.pages.currentIndex() == REPORT
    title, report = dialog.report_title.text(), dialog.report_text.toPlainText()
    assert title.startswith("The bundle failed verification\n")
    assert f"{name}: {WORDS} ({ADVICE})" in title
    assert f"        - {name}: {WORDS} ({ADVICE})" in report.splitlines()
    assert not REGEX.search(title + report)
    assert _ids(ws) == set()


def test_in_burmese_the_report_keeps_the_words_beside_the_translated_title(
        window: MainWindow, ws: Workspace, populated: Populated, qtbot: Any,
        qapp: QCoreApplication, tmp_path: Path) -> None:
    """The dialog translates its own title and next step; the core's problem stays in its
    English words (core messages are English-only), never a regular expression."""
    damaged, name = _resigned_with_a_bad_sha256(populated, tmp_path)
    installed = install_translators(qapp, "my")
    assert installed, "evidence_app_my.qm was not found or did not load"
    try:
        dialog = _import(window, qtbot, damaged)
        assert dialog.pages.currentIndex() == REPORT
        title, report = dialog.report_title.text(), dialog.report_text.toPlainText()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert title.startswith("bundle သည် စစ်ဆေးမှုတွင် မအောင်မြင်ပါ\n")
    assert f"{name}: {WORDS} ({ADVICE})" in title
    assert "ပို့သူထံ အခြားနည်းဖြင့် ပို့ထားသော မိတ္တူအသစ် တောင်းပါ" in title
    assert f"        - {name}: {WORDS} ({ADVICE})" in report.splitlines()
    assert "မအောင်မြင်" in report  # the item's line: FAIL, in the dialog's language
    assert not REGEX.search(title + report)


def test_a_conflict_is_listed_side_by_side_and_resolved(
        window: MainWindow, ws: Workspace, populated: Populated, answers: Answers, qtbot: Any,
        tmp_path: Path) -> None:
    ws_a = populated.ws
    first = bundle.export_bundle(ws_a, case=populated.case_id, output=tmp_path / "one.zip")
    bundle.import_bundle(ws, first.path, accept_signers=True)
    target = populated.incident_ids[0]
    keep = {"cases": [populated.case_id]}
    incidents.update_incident(ws_a, target, record("Airstrike (A's correction)", **keep))
    incidents.update_incident(ws, target, record("Airstrike (B's correction)", **keep))
    second = bundle.export_bundle(ws_a, case=populated.case_id, output=tmp_path / "two.zip")

    dialog = _import(window, qtbot, second.path)
    assert "CONFLICT" in dialog.summary.changes_table.item(0, 0).text()
    assert dialog.import_button.isEnabled()  # the signer is known now
    qtbot.mouseClick(dialog.import_button, CLICK)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT, timeout=30_000)
    assert "edited on both sides" in dialog.result_text.text()

    view = _exchange(window).conflicts_view
    assert view.table.rowCount() == 1
    assert view.table.item(0, 0).text() == "Airstrike (B's correction)"
    assert "title: Airstrike (B's correction)" in view.local_text.toPlainText()
    assert "title: Airstrike (A's correction)" in view.remote_text.toPlainText()
    assert "≠ title" in view.remote_text.toPlainText()
    answers.queue = [Yes]
    qtbot.mouseClick(view.keep_remote_button, CLICK)
    assert view.table.rowCount() == 0
    assert incidents.get_incident(ws, target).title == "Airstrike (A's correction)"
    assert bundle.list_conflicts(ws) == []


HEADER = "title,narrative,date_start,date_precision,state_region,violations\n"
ZAWGYI = "ရြာကို ေလေၾကာင္းမွ တိုက္ခိုက္ခဲ့သည္"


def test_csv_import_shows_every_bad_row_and_imports_nothing_until_accepted(
        window: MainWindow, ws: Workspace, qtbot: Any, tmp_path: Path) -> None:
    source = tmp_path / "incidents.csv"
    source.write_text(HEADER
                      + "Airstrike on Pazigyi,Jets struck.,2023-04-11,day,Sagaing,AIR\n"
                      + "Bad date,Shelling.,11/04/2023,day,Sagaing,SHL\n"
                      + f"Zawgyi narrative,{ZAWGYI},2023-04-12,day,Sagaing,AIR\n"
                      + "<b>No type</b>,x,2023-04-13,day,Sagaing,\n", "utf-8")
    dialog = _exchange(window).open_csv_import_dialog()
    dialog.check(source)
    qtbot.waitUntil(lambda: dialog.plan is not None and dialog.panel.task is None,
                    timeout=30_000)
    rows = [tuple(dialog.problems_table.item(r, c).text() for c in range(4))
            for r in range(dialog.problems_table.rowCount())]
    assert rows[[r[0] for r in rows].index("3")][:3] == ("3", "Error", "date_start")
    assert any(r[0] == "4" and r[1] == "Warning" and "Zawgyi" in r[3] for r in rows)
    assert any(r[0] == "5" and r[1] == "Error" for r in rows)
    assert "4 row(s), 2 valid, 2 with problems" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()  # bad rows: nothing until the user chooses
    assert _ids(ws) == set()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Import 2 incident(s)"
    qtbot.mouseClick(dialog.import_button, CLICK)
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=30_000)
    assert len(_ids(ws)) == 2
    assert "Imported 2 incident(s)" in dialog.result_label.text()
    assert not dialog.check_button.isEnabled()  # the same file cannot be imported twice here


def test_csv_export_warns_about_plaintext(window: MainWindow, ws: Workspace, answers: Answers,
                                         qtbot: Any, tmp_path: Path) -> None:
    incidents.create_incident(ws, record())
    dialog = _exchange(window).open_csv_export_dialog()
    output = tmp_path / "acled.csv"
    dialog.output_edit.setText(str(output))
    answers.queue = [No]
    assert not dialog.start_export()
    assert not output.exists()
    answers.queue = [Yes]
    assert dialog.start_export()
    qtbot.waitUntil(lambda: dialog.rows_written is not None, timeout=30_000)
    assert dialog.rows_written == 1
    assert output.read_text("utf-8").startswith("event_date,")


def test_save_dialogs_do_not_offer_to_replace_a_file(window: MainWindow, ws: Workspace,
                                                    answers: Answers, qtbot: Any,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Exports never replace a file, so the save dialogs must not ask "replace it?" (a "yes"
    was followed by "already exists; choose a new file name"); choosing an existing file
    gets that one clear refusal, and the file is left alone."""
    from PySide6.QtWidgets import QFileDialog

    incidents.create_incident(ws, record())
    existing = tmp_path / "acled.csv"
    existing.write_text("keep me", "utf-8")
    asked: list[Any] = []

    def save_name(*args: Any, options: Any = None, **_: Any) -> tuple[str, str]:
        asked.append(options)
        return str(existing), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    view = _exchange(window)
    dialog = view.open_csv_export_dialog()
    qtbot.mouseClick(dialog.output_button, CLICK)
    wizard = view.open_export_wizard()
    qtbot.mouseClick(wizard.output_button, CLICK)
    assert len(asked) == 2
    assert all(o is not None and o & QFileDialog.Option.DontConfirmOverwrite for o in asked)
    answers.queue = [Yes]
    assert dialog.start_export()
    qtbot.waitUntil(lambda: "already exists" in dialog.status_label.text(), timeout=30_000)
    assert existing.read_text("utf-8") == "keep me"
    wizard.reject()


def test_wizard_offers_the_selected_incident_and_refuses_a_key_without_encryption_key(
        make_window: Callable[..., MainWindow], populated: Populated, answers: Answers,
        qtbot: Any, tmp_path: Path) -> None:
    window_a = make_window(populated.ws.root)
    window_a.open_shell(populated.ws)
    assert window_a.shell is not None
    view = window_a.shell.incidents_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=30_000)
    view.table.selectRow(0)
    chosen = view.model.incident_id(0)
    wizard = _exchange(window_a).open_export_wizard()
    assert wizard.selection_radio.isEnabled()
    # a bare signing key (no encryption key, no binding) cannot be encrypted to
    bare = tmp_path / "bare.pem"
    bare.write_text(keys.my_identity(populated.ws).public_key_pem, "utf-8")
    assert not wizard.set_recipient(bare)
    assert wizard.error_label.isVisibleTo(wizard)
    assert "no encryption key" in wizard.error_label.text()
    wizard.selection_radio.setChecked(True)
    wizard.plain_radio.setChecked(True)
    wizard.set_output(tmp_path / "one.zip")
    answers.queue = [Yes]
    assert wizard.start_export()
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == 2, timeout=30_000)
    plan = bundle.inspect_bundle(tmp_path / "one.zip")
    assert sorted(plan.data.records) == [chosen]


def test_locking_with_the_import_dialog_open_is_quiet(
        window: MainWindow, ws: Workspace, populated: Populated, qtbot: Any,
        tmp_path: Path) -> None:
    path = bundle.export_bundle(populated.ws, case=populated.case_id,
                                output=tmp_path / "case.zip").path
    dialog = _import(window, qtbot, path)
    assert dialog.pages.currentIndex() == SUMMARY
    window.lock()
    assert window.shell is None and window.workspace is None
    assert _ids_after_unlock(ws.root) == set()


def _ids_after_unlock(root: Path) -> set[str]:
    from evidence_app.services.workspace import open_workspace

    again = open_workspace(root, PASSPHRASE)
    try:
        return _ids(again)
    finally:
        again.lock()
