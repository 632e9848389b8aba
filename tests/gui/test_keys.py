"""Keys and team: fingerprint and QR, export, import, trust after a confirmation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from evidence_app.services import keys
from evidence_app.services.workspace import Workspace, create_workspace
from evidence_app.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE, fast_kdf


def test_keys_view_exports_imports_and_trusts(window: MainWindow, ws: Workspace,
                                              tmp_path: Path, answers: Any) -> None:
    assert window.shell is not None
    view = window.shell.keys_view
    me = keys.my_identity(ws)
    assert view.short_label.text() == me.short_fingerprint
    assert me.fingerprint in view.full_label.text()
    assert not view.qr_image.isNull() and view.qr_image.width() >= 25 * 6
    view.export_key(tmp_path / "tester.pem")
    assert "BEGIN PUBLIC KEY" in (tmp_path / "tester.pem").read_text()
    other = create_workspace(tmp_path / "other", PASSPHRASE, "Ko Aung", kdf=fast_kdf())
    keys.export_public_key(other, tmp_path / "aung.pem")
    other.lock()
    view.import_key(tmp_path / "aung.pem")
    row = next(r for r, i in enumerate(view.identities) if i.alias == "Ko Aung")
    assert view.table.item(row, 2).text() == "Not yet trusted"
    view.table.selectRow(row)
    answers.queue = [QMessageBox.StandardButton.No]
    view.set_trust("trusted")
    assert "compar" in answers.asked[-1][1]
    assert next(i for i in keys.list_identities(ws) if i.alias == "Ko Aung").trust == \
        "untrusted"
    row = next(r for r, i in enumerate(view.identities) if i.alias == "Ko Aung")
    view.table.selectRow(row)
    answers.queue = [QMessageBox.StandardButton.Yes]
    view.set_trust("trusted")
    assert next(i for i in keys.list_identities(ws) if i.alias == "Ko Aung").trust == "trusted"
    own = next(r for r, i in enumerate(view.identities) if i.trust == "own")
    view.table.selectRow(own)
    assert not view.trust_button.isEnabled()


def test_importing_a_bad_key_is_explained_in_the_message_bar(
        window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-key.pem"
    bad.write_text("hello")
    assert window.shell is not None
    window.shell.keys_view.import_button.setEnabled(True)
    from evidence_app.ui import errors

    try:
        window.shell.keys_view.import_key(bad)
    except Exception as exc:
        shown = errors.present(exc, bar=window.bar)
    assert shown.kind == "bar"
    assert window.bar.isVisibleTo(window) and "key" in window.bar.title_label.text().lower()
