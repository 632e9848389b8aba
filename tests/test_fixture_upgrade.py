"""A workspace made by an earlier build always opens in this one.

Each folder in tests/fixtures/workspaces/ is a real workspace written at one schema revision by
scripts/make_fixture.py, with ``fixture.json`` listing what it holds. Every fixture is copied to
a temporary folder and opened with the current code: the schema is upgraded to head (after an
encrypted backup, when there is anything to upgrade), every record listed is found unchanged,
Burmese search still works, and verification reports every item intact and every custody chain
whole. Fixtures are kept forever (docs/packaging.md).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from evidence_app.paths import db_migrations_dir
from evidence_app.services import cases, custody, incidents, items
from evidence_app.services.verify import verify_workspace
from evidence_app.services.workspace import open_workspace
from evidence_app.store import migrate
from evidence_app.store.engine import DB_NAME, open_engine
from evidence_app.vault.keyfile import KeyFile

FIXTURES = Path(__file__).parent / "fixtures" / "workspaces"
FOLDERS = sorted(p for p in FIXTURES.iterdir() if (p / "fixture.json").is_file()) \
    if FIXTURES.is_dir() else []


def _manifest(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "fixture.json").read_text("utf-8"))
    return data


def _revision_of(root: Path, passphrase: str, db: Path | None = None) -> str | None:
    """The schema revision stored in a database, read without running any migration."""
    _slot_id, secrets = KeyFile.load(root).unlock(passphrase)
    engine = open_engine(db or root / DB_NAME, bytes(secrets.db_key))
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()
        secrets.wipe()


def test_there_is_at_least_one_fixture() -> None:
    assert FOLDERS, f"no workspace fixtures in {FIXTURES}; run scripts/make_fixture.py"


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_fixture_is_named_after_a_known_revision(folder: Path) -> None:
    manifest = _manifest(folder)
    assert manifest["revision"] == folder.name
    assert _revision_of(folder / "workspace", manifest["passphrase"]) == folder.name
    # A revision this code does not know would be refused as "made by a newer version".
    script = ScriptDirectory(str(db_migrations_dir()))
    assert script.get_revision(folder.name) is not None


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_fixture_opens_upgrades_and_verifies(folder: Path, tmp_path: Path) -> None:
    manifest = _manifest(folder)
    root = tmp_path / "workspace"
    shutil.copytree(folder / "workspace", root)
    for path in [root, *root.rglob("*")]:  # the modes a git checkout gives, not 0600/0700
        path.chmod(0o755 if path.is_dir() else 0o644)
    passphrase = manifest["passphrase"]
    head = migrate.head_revision()

    ws = open_workspace(root, passphrase)
    try:
        # The schema is at head; an older one was backed up first, and the backup is the old
        # database, still encrypted with the same key.
        assert migrate.current_revision(ws.engine) == head
        backups = sorted((root / "backups").glob("*.db")) if (root / "backups").is_dir() else []
        if manifest["revision"] == head:
            assert backups == []
        else:
            assert [b.name.split("-")[1] for b in backups] == [manifest["revision"]]
            assert _revision_of(root, passphrase, backups[0]) == manifest["revision"]

        assert ws.fingerprint == manifest["fingerprint"]
        assert ws.alias == manifest["alias"]
        assert cases.get_case(ws, manifest["case"]["reference"]).id == manifest["case"]["id"]
        for expected in manifest["incidents"]:
            found = incidents.get_incident(ws, expected["id"])
            assert (found.title, found.narrative, found.review_status) == (
                expected["title"], expected["narrative"], expected["review_status"])
        page = incidents.list_incidents(
            ws, incidents.IncidentFilter(search=manifest["search"]["term"]))
        assert [row.id for row in page.rows] == manifest["search"]["incident_ids"]

        stored = {i.id: i for i in items.list_items(ws)}
        assert set(stored) == {e["id"] for e in manifest["items"]}
        for expected in manifest["items"]:
            item = stored[expected["id"]]
            assert (item.exhibit_number, item.incident_id, item.sha256, item.size,
                    item.original_filename, item.parent_id) == (
                expected["exhibit_number"], expected["incident_id"], expected["sha256"],
                expected["size"], expected["original_filename"], expected["parent_id"])
        with ws.session(write=False) as session:
            assert custody.count(session) == manifest["custody_events"]

        report = verify_workspace(ws)
        assert report.ok, [(v.exhibit_number, v.status, v.findings) for v in report.items
                           if v.status != "intact"]
        assert len(report.items) == len(manifest["items"])
    finally:
        ws.lock()

    # Opening again (now at head) changes nothing more and needs no new backup.
    again = open_workspace(root, passphrase)
    again.lock()
    backups_after = list((root / "backups").glob("*.db")) if (root / "backups").is_dir() else []
    assert len(backups_after) == (0 if manifest["revision"] == head else 1)
