"""``evidence-app dossier``: readiness, the plaintext warning, progress, and the SHA-256 line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from evidence_app.cli import main
from evidence_app.services.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.dossier.test_dossier import build


@pytest.fixture
def cli_env(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    folder = tmp_path / "files"
    folder.mkdir()
    case_id = build(workspace, folder).case_id
    monkeypatch.setenv("EVIDENCE_APP_PASSPHRASE", PASSPHRASE)
    return case_id


def test_check_only_lists_gaps_and_writes_nothing(workspace: Workspace, cli_env: str,
                                                  tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--workspace", str(workspace.root), "dossier", "--case", "MMR-2023-TEST",
                 "--check-only"])
    out = capsys.readouterr()
    assert code == 1  # gaps found
    assert "Readiness:" in out.out and "consent was not asked" in out.out
    assert "[high]" in out.out
    assert not list(tmp_path.glob("*.pdf"))


def test_export_warns_shows_gaps_and_prints_the_hash(workspace: Workspace, cli_env: str,
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "dossier-R.pdf"
    code = main(["--workspace", str(workspace.root), "dossier", "--case", cli_env, "-o",
                 str(target), "--redacted"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "plaintext" in out.err and "pseudonyms only" in out.err
    assert "Readiness:" in out.out
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"SHA-256 {digest}  {target.name}" in out.out
    assert "-R" in out.out and "withheld" in out.out
    # Without --force an existing file is refused (exit 2), and left alone.
    code = main(["--workspace", str(workspace.root), "dossier", "--case", cli_env, "-o",
                 str(target), "--no-sign"])
    assert code == 2
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    err = capsys.readouterr().err
    # said before unlocking or listing gaps, naming the option that allows it
    assert "--force" in err and "plaintext" not in err
    assert "DeprecationWarning" not in out.err  # pyHanko's DSA warning stays off the terminal


def test_output_is_required_unless_checking(workspace: Workspace, cli_env: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--workspace", str(workspace.root), "dossier", "--case", cli_env])
    assert code == 2
    assert "-o FILE.pdf" in capsys.readouterr().err
