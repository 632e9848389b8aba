"""The encrypted workspace: unlock, refuse, rewrap, several users, nothing readable at rest."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from evidence_app.errors import (
    UsageError,
    WorkspaceExists,
    WorkspaceNotFound,
    WorkspaceTooNew,
    WrongPassphrase,
)
from evidence_app.services import incidents, keys
from evidence_app.services.workspace import (
    Workspace,
    add_user,
    change_passphrase,
    create_workspace,
    open_workspace,
)
from evidence_app.store.engine import DB_NAME
from tests.conftest import PASSPHRASE, fast_kdf

MARKER = "ZQXJ-marker-ကျေးရွာ-7731"


def _record(title: str = "Airstrike on a village", narrative: str = "") -> object:
    return incidents.parse_record({
        "title": title, "narrative": narrative,
        "date": {"start": "2023-11-16", "precision": "day"},
        "place": {"state_region": "Sagaing", "township": "Kanbalu", "village": "Pazigyi"},
        "acts": [{"violation": "AIR", "characterizations": ["8(2)(e)(i)"]}],
    })


def test_default_kdf_unlock_and_wrong_passphrase(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    create_workspace(root, PASSPHRASE, "alice").lock()  # default (OWASP-level) parameters
    slots = json.loads((root / "workspace.json").read_text())["slots"]
    assert slots[0]["kdf"]["memory_kib"] >= 19 * 1024 and slots[0]["kdf"]["algorithm"] == "argon2id"
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    with pytest.raises(WrongPassphrase, match="does not open"):
        open_workspace(root, "not the passphrase")
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert before == after
    with open_workspace(root, PASSPHRASE) as ws:
        assert ws.alias == "alice"


def test_file_modes_are_private(workspace: Workspace) -> None:
    root = workspace.root
    assert (root.stat().st_mode & 0o777) == 0o700
    for name in ("workspace.json", DB_NAME):
        assert ((root / name).stat().st_mode & 0o777) == 0o600


def test_create_refuses_existing_and_short_passphrase(tmp_path: Path,
                                                      workspace: Workspace) -> None:
    with pytest.raises(WorkspaceExists):
        create_workspace(workspace.root, PASSPHRASE, "bob", kdf=fast_kdf())
    with pytest.raises(UsageError, match="at least"):
        create_workspace(tmp_path / "other", "short", "bob", kdf=fast_kdf())
    with pytest.raises(WorkspaceNotFound):
        open_workspace(tmp_path / "nothing-here", PASSPHRASE)


def test_change_passphrase_rewraps_without_reencrypting(workspace: Workspace) -> None:
    created = incidents.create_incident(workspace, _record())
    db_before = (workspace.root / DB_NAME).read_bytes()
    change_passphrase(workspace, PASSPHRASE, "a brand new passphrase")
    assert (workspace.root / DB_NAME).read_bytes() == db_before
    root = workspace.root
    workspace.lock()
    with pytest.raises(WrongPassphrase):
        open_workspace(root, PASSPHRASE)
    with open_workspace(root, "a brand new passphrase") as ws:
        assert incidents.get_incident(ws, created.id).title == "Airstrike on a village"


def test_two_users_share_a_workspace_with_their_own_keys(workspace: Workspace) -> None:
    fp = add_user(workspace, "bob", "bob's own passphrase")
    root = workspace.root
    alice_fp = workspace.fingerprint
    workspace.lock()
    with open_workspace(root, "bob's own passphrase") as bob:
        assert bob.fingerprint == fp != alice_fp
        created = incidents.create_incident(bob, _record())
        assert created.created_by == fp
        assert {i.alias for i in keys.list_identities(bob)} == {"tester", "bob"}


def test_newer_database_schema_is_refused_untouched(workspace: Workspace) -> None:
    from sqlalchemy import text

    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    root = workspace.root
    workspace.lock()
    before = (root / DB_NAME).read_bytes()
    with pytest.raises(WorkspaceTooNew):
        open_workspace(root, PASSPHRASE)
    assert (root / DB_NAME).read_bytes() == before


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_marker_is_nowhere_on_disk_and_sqlite_cannot_open(workspace: Workspace) -> None:
    incidents.create_incident(workspace, _record(f"Title {MARKER}", f"Narrative {MARKER}"))
    root = workspace.root
    workspace.lock()
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be"),
               b"ZQXJ-marker", "ZQXJ-marker".encode("utf-16-le")]
    files = _all_bytes(root)
    assert files, "the workspace should hold files"
    for path, data in files:
        for needle in needles:
            assert needle not in data, f"marker found in {path}"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(root / DB_NAME).execute("SELECT * FROM sqlite_master").fetchall()
    tool = subprocess.run(["sqlite3", str(root / DB_NAME), ".tables"], capture_output=True,
                          check=False) if _has("sqlite3") else None
    if tool is not None:
        assert tool.returncode != 0 or b"incident" not in tool.stdout


def _has(command: str) -> bool:
    import shutil

    return shutil.which(command) is not None


def test_core_and_cli_import_no_qt() -> None:
    code = ("import sys, evidence_app.cli, evidence_app.services.workspace, "
            "evidence_app.services.incidents, evidence_app.services.ingest, "
            "evidence_app.services.items, evidence_app.services.demo\n"
            "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
