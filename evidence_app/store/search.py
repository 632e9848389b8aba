"""Full-text search over incidents: SQLite FTS5 with the trigram tokenizer.

Burmese is written without spaces between words, so word tokenizers find nothing useful; the
trigram tokenizer matches any substring of three or more characters in any script. Queries
shorter than three characters fall back to a LIKE scan of the same index. The PostgreSQL
counterpart is a ``pg_trgm`` GIN index on the same text.

Layout (revision 0004): ``incident_search`` holds only the text, one row per incident; its
rowid is the ``seq`` of a narrow ordinary table ``incident_search_key(seq INTEGER PRIMARY KEY,
incident_id, date_start)``. A match yields rowids straight from the FTS index, and the key table
turns them into incident ids and the default sort key without reading the text rows or the wide
incident rows (a common Burmese word matches ~10,000 of 100,000 incidents): the search-only,
date-sorted page went from 64 to 23 ms in raw SQLite (bench/bench_incidents.py). The key is an
explicit INTEGER PRIMARY KEY rather than ``incident.rowid`` because VACUUM and table rebuilds
(Alembic batch migrations) may renumber the rowids of a table with a text primary key.

The index is maintained explicitly by :func:`index_incident` from the services that write
incidents (incidents, bundle import), not by triggers, so translations and place names are
included; the date copied into the key table is refreshed with the text on every such write.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, text
from sqlmodel import Session

FTS_TABLE = "incident_search"
KEY_TABLE = "incident_search_key"

_UPSERT_KEY = text(
    f"INSERT INTO {KEY_TABLE}(incident_id, date_start) VALUES (:id, :date_start) "
    "ON CONFLICT(incident_id) DO UPDATE SET date_start = excluded.date_start RETURNING seq")
_DELETE_TEXT = text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :seq")
_INSERT_TEXT = text(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (:seq, :body)")


def _body(parts: Iterable[str | None]) -> str:
    return "\n".join(p for p in parts if p)


def index_incident(session: Session, incident_id: str, parts: Iterable[str | None],
                   date_start: date | None) -> None:
    """Replace the searchable text of one incident and the sort key kept beside it."""
    seq = session.execute(_UPSERT_KEY, {"id": incident_id, "date_start": _iso(date_start)}
                          ).scalar_one()
    session.execute(_DELETE_TEXT, {"seq": seq})
    session.execute(_INSERT_TEXT, {"seq": seq, "body": _body(parts)})


def index_new_incidents(conn: Connection,
                        rows: Iterable[tuple[str, date | None, Iterable[str | None]]]) -> None:
    """Index many incidents not indexed yet, in the caller's transaction (bulk generators)."""
    rows = list(rows)
    start = conn.execute(text(f"SELECT coalesce(max(seq), 0) FROM {KEY_TABLE}")).scalar_one()
    keys: list[dict[str, Any]] = []
    bodies: list[dict[str, Any]] = []
    for seq, (incident_id, date_start, parts) in enumerate(rows, start + 1):
        keys.append({"seq": seq, "id": incident_id, "date_start": _iso(date_start)})
        bodies.append({"seq": seq, "body": _body(parts)})
    if keys:
        conn.execute(text(f"INSERT INTO {KEY_TABLE}(seq, incident_id, date_start) "
                          "VALUES (:seq, :id, :date_start)"), keys)
        conn.execute(_INSERT_TEXT, bodies)


def unindex_incident(session: Session, incident_id: str) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN "
                         f"(SELECT seq FROM {KEY_TABLE} WHERE incident_id = :id)"),
                    {"id": incident_id})
    session.execute(text(f"DELETE FROM {KEY_TABLE} WHERE incident_id = :id"),
                    {"id": incident_id})


def _iso(value: date | None) -> str | None:
    # The same text SQLAlchemy's Date type stores in incident.date_start, so both sort alike.
    return value.isoformat() if value is not None else None


def match_condition(query: str, seq_column: str) -> tuple[str, dict[str, str]]:
    """Return an SQL condition on a key-table ``seq`` column for a user's search text.

    Each whitespace-separated term must occur (AND). Terms are quoted so that FTS5 syntax in
    user input (``OR``, ``*``, quotes) is taken literally. An empty query gives ``1=1``.
    """
    terms = [t for t in query.split() if t]
    if not terms:
        return "1=1", {}
    params: dict[str, str] = {}
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    conditions = []
    if long_terms:
        params["fts"] = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        conditions.append(
            f"{seq_column} IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts)")
    for i, term in enumerate(short_terms):
        key = f"like{i}"
        params[key] = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") \
            + "%"
        conditions.append(
            f"{seq_column} IN (SELECT rowid FROM {FTS_TABLE} WHERE body LIKE :{key} ESCAPE '\\')")
    return " AND ".join(conditions), params


def match_clause(query: str) -> tuple[str, dict[str, str]]:
    """Return an SQL condition on ``incident.id`` for a user's search text, and its params."""
    condition, params = match_condition(query, "seq")
    if condition == "1=1":
        return condition, params
    return f"incident.id IN (SELECT incident_id FROM {KEY_TABLE} WHERE {condition})", params


def date_sorted_matches(query: str, descending: bool) -> tuple[str, dict[str, str]]:
    """A SELECT of ``(pid, total)``: matching incident ids in date order, with the count.

    Used for the commonest search, text alone sorted by date: it reads only the FTS index and
    the narrow key table. ``:limit`` and ``:offset`` are left for the caller to bind.
    """
    condition, params = match_condition(query, "k.seq")
    direction = "DESC" if descending else "ASC"
    return (f"SELECT k.incident_id AS pid, count(*) OVER () AS total FROM {KEY_TABLE} k "
            f"WHERE {condition} ORDER BY k.date_start {direction}, k.incident_id {direction} "
            "LIMIT :limit OFFSET :offset"), params
