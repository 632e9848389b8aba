"""Migrations: head matches the models, and every revision upgrades an empty database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import evidence_app.model.tables  # noqa: F401
from evidence_app.paths import db_migrations_dir
from evidence_app.store import migrate
from evidence_app.store.engine import open_engine


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    return open_engine(tmp_path / "m.db", bytes(range(32)))


def test_head_matches_models(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    migrate.upgrade(engine, tmp_path / "m.db", tmp_path / "backups")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    # FTS5 shadow tables are created by migrations on purpose and are not in the models.
    diff = [d for d in diff if not (d[0] == "remove_table" and
                                    d[1].name.startswith("incident_search"))]
    assert diff == []


def test_every_revision_upgrades_and_downgrades_in_turn(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    cfg = Config()
    cfg.set_main_option("script_location", str(db_migrations_dir()))
    revisions = list(ScriptDirectory.from_config(cfg).walk_revisions())
    for rev in reversed(revisions):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev.revision)
        assert migrate.current_revision(engine) == rev.revision
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrate.current_revision(engine) is None


def test_upgrade_makes_an_encrypted_backup_first(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    cfg = Config()
    cfg.set_main_option("script_location", str(db_migrations_dir()))
    revisions = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revisions[-1])  # the oldest revision
    if len(revisions) == 1:
        assert migrate.upgrade(engine, tmp_path / "m.db", tmp_path / "backups") is None
        return
    backup = migrate.upgrade(engine, tmp_path / "m.db", tmp_path / "backups")
    assert backup is not None
    data = (tmp_path / "backups" / backup).read_bytes()
    assert not data.startswith(b"SQLite format 3")
