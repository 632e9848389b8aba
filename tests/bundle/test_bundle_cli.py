"""The ``bundle`` and ``csv`` commands: plaintext warning, verify without a workspace,
nothing imported without consent (no terminal, no --yes), idempotent imports, no Qt."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_app.cli import main
from evidence_app.services.workspace import Workspace
from tests.bundle.helpers import Frozen, Populated
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)


def _export(populated: Populated, tmp_path: Path, capsys: pytest.CaptureFixture[str],
            *extra: str) -> Path:
    root = populated.ws.root
    populated.ws.lock()  # the CLI opens the workspace itself
    out = tmp_path / "case.zip"
    assert main(["--workspace", str(root), "bundle", "export", "--case", populated.case_id,
                 "-o", str(out), *extra]) == 0
    return out


def test_export_warns_plaintext_and_verify_needs_no_workspace(
        populated: Populated, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = _export(populated, tmp_path, capsys)
    captured = capsys.readouterr()
    assert "will NOT be encrypted" in captured.err and "--to" in captured.err
    assert "NOT encrypted" in captured.out
    monkeypatch.delenv("EVIDENCE_APP_PASSPHRASE")
    monkeypatch.setenv("EVIDENCE_APP_WORKSPACE", str(tmp_path / "no-workspace-here"))
    assert main(["bundle", "verify", str(out)]) == 0
    report = capsys.readouterr().out
    assert "VERIFIED" in report and report.count("OK  ") == 5 and "photo.jpg" in report
    raw = bytearray(out.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    out.write_bytes(bytes(raw))
    assert main(["bundle", "verify", str(out)]) == 1
    captured = capsys.readouterr()
    assert "NOT VERIFIED" in captured.out or "evidence-app: " in captured.err


def test_import_needs_consent(populated: Populated, ws_b: Workspace, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    out = _export(populated, tmp_path, capsys)
    frozen = Frozen(ws_b)
    frozen.ws.lock()
    root = str(ws_b.root)
    try:
        # no terminal and no --yes: nothing is imported
        assert main(["--workspace", root, "bundle", "import", str(out),
                     "--accept-signers"]) == 1
        assert "Nothing was imported" in capsys.readouterr().err
        # --yes but the signer is not accepted: nothing is imported
        assert main(["--workspace", root, "bundle", "import", str(out), "--yes"]) == 1
        captured = capsys.readouterr()
        assert "NEW SIGNER" in captured.out and "Signers refused" in captured.err
        frozen.assert_unchanged()
        frozen.ws.lock()
        assert main(["--workspace", root, "bundle", "import", str(out), "--yes",
                     "--accept-signers"]) == 0
        # counted in words, not a Python dict
        assert ("Imported: added 1 case, 2 incidents, 5 items, updated nothing"
                in capsys.readouterr().out)
        assert main(["--workspace", root, "bundle", "import", str(out), "--yes"]) == 0
        assert "already here" in capsys.readouterr().out
    finally:
        frozen.ws.lock()


def test_encrypted_export_and_verify_with_the_recipients_workspace(
        populated: Populated, ws_b: Workspace, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    root_b = str(ws_b.root)
    ws_b.lock()
    assert main(["--workspace", root_b, "key", "export", "-o", str(tmp_path / "b.pem")]) == 0
    out = _export(populated, tmp_path, capsys, "--to", str(tmp_path / "b.pem"))
    assert "will NOT be encrypted" not in capsys.readouterr().err
    assert main(["--workspace", root_b, "bundle", "verify", str(out)]) == 0
    assert "encrypted: yes" in capsys.readouterr().out
    assert main(["--workspace", str(populated.ws.root), "bundle", "verify", str(out)]) == 1
    assert "encrypted for someone else" in capsys.readouterr().err


def test_csv_commands(workspace: Workspace, tmp_path: Path,
                      capsys: pytest.CaptureFixture[str]) -> None:
    root = str(workspace.root)
    workspace.lock()
    good = "title,violations,date_start,state_region\nAirstrike,AIR,2023-04-11,Sagaing\n"
    (tmp_path / "good.csv").write_text(good)
    (tmp_path / "bad.csv").write_text(good + "Bad,AIR,11/04/2023,Sagaing\n")
    assert main(["--workspace", root, "csv", "import", str(tmp_path / "bad.csv"), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "line 3: ERROR date_start" in captured.out and "nothing was imported" in captured.err
    assert main(["--workspace", root, "csv", "import", str(tmp_path / "good.csv")]) == 1
    assert main(["--workspace", root, "csv", "import", str(tmp_path / "good.csv"),
                 "--yes"]) == 0
    assert main(["--workspace", root, "csv", "export", "-o", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_text().startswith("event_date,time_precision,")


def test_commands_do_not_load_qt() -> None:
    code = ("import sys, evidence_app.cli, evidence_app.services.bundle, "
            "evidence_app.services.csv_io, evidence_app.cli.bundle_cmds; "
            "assert 'PySide6' not in sys.modules, 'Qt loaded'")
    subprocess.run([sys.executable, "-c", code], check=True)
