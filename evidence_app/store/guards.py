"""Append-only guards on the custody log, enforced by the database itself.

Code never updates or deletes custody events; these triggers make the database refuse it too, so
a bug or a careless script cannot rewrite history (the chain's hashes and signatures catch an
adversary who drops the triggers). PostgreSQL counterpart: a plpgsql trigger raising an exception.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

APPEND_ONLY_TABLES = ("custodyevent",)


def create_append_only_triggers(conn: Connection) -> None:
    for table in APPEND_ONLY_TABLES:
        for op in ("UPDATE", "DELETE"):
            conn.execute(text(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{op.lower()} BEFORE {op} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
            ))


def drop_append_only_triggers(conn: Connection) -> None:
    for table in APPEND_ONLY_TABLES:
        for op in ("update", "delete"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_no_{op}"))
