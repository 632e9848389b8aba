"""Schema migrations: Alembic scripts in ``db/``, run in code when a workspace opens.

Installers have no shell to run ``alembic upgrade``, so the app upgrades the schema itself, on
its own encrypted connection, after an encrypted backup copy of the database (STYLE.md). A
database whose revision this app does not know was written by a newer app: it is refused, never
downgraded or touched.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from evidence_app.errors import WorkspaceTooNew
from evidence_app.paths import db_migrations_dir


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(db_migrations_dir()))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migration scripts found in db/versions")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path, backup_dir: Path) -> str | None:
    """Bring the database to the newest schema; return the backup's path name if one was made.

    Raises :class:`WorkspaceTooNew` if the database has a revision this app does not know.
    """
    script = ScriptDirectory.from_config(_config())
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise WorkspaceTooNew(
                "This workspace's database was upgraded by a newer version of Evidence App. "
                "Install that version to open it; nothing was changed."
            ) from exc
    backup_name = None
    if current is not None:
        with engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        folder = backup_dir
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = folder / f"records-{current}-{stamp}.db"
        shutil.copy2(db_path, target)  # still encrypted with the same key
        target.chmod(0o600)
        backup_name = target.name
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup_name
