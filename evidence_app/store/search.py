"""Full-text search over incidents: SQLite FTS5 with the trigram tokenizer.

Burmese is written without spaces between words, so word tokenizers find nothing useful; the
trigram tokenizer matches any substring of three or more characters in any script. Queries
shorter than three characters fall back to a LIKE scan of the same index. The PostgreSQL
counterpart is a ``pg_trgm`` GIN index on the same text.

The index is maintained explicitly by :func:`index_incident` from the incidents service (the one
place incidents are written), not by triggers, so translations and place names are included.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text
from sqlmodel import Session

FTS_TABLE = "incident_search"


def create_search_index(conn: Connection) -> None:
    """Create the FTS5 table (called from a migration)."""
    conn.execute(text(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
        "USING fts5(incident_id UNINDEXED, body, tokenize='trigram')"
    ))


def drop_search_index(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))


def index_incident(session: Session, incident_id: str, parts: Iterable[str | None]) -> None:
    """Replace the searchable text of one incident."""
    body = "\n".join(p for p in parts if p)
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE incident_id = :id"),
                    {"id": incident_id})
    session.execute(text(f"INSERT INTO {FTS_TABLE}(incident_id, body) VALUES (:id, :body)"),
                    {"id": incident_id, "body": body})


def unindex_incident(session: Session, incident_id: str) -> None:
    session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE incident_id = :id"),
                    {"id": incident_id})


def match_clause(query: str) -> tuple[str, dict[str, str]]:
    """Return an SQL condition on ``incident.id`` for a user's search text, and its params.

    Each whitespace-separated term must occur (AND). Terms are quoted so that FTS5 syntax in
    user input (``OR``, ``*``, quotes) is taken literally.
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
            f"incident.id IN (SELECT incident_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :fts)")
    for i, term in enumerate(short_terms):
        key = f"like{i}"
        params[key] = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") \
            + "%"
        conditions.append(
            f"incident.id IN (SELECT incident_id FROM {FTS_TABLE} "
            f"WHERE body LIKE :{key} ESCAPE '\\')")
    return " AND ".join(conditions), params
