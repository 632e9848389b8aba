"""search index keyed by a narrow table carrying the incident id and date

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:20:00

Written by hand. Before, ``incident_search`` was an FTS5 table ``(incident_id UNINDEXED, body)``:
turning ~10,000 matches of a common Burmese word into incident ids read every matching text row,
and sorting them by date read every matching incident row (83 ms per search over 100,000
incidents, issue 2). Now the FTS5 table holds only ``body``, its rowid is the ``seq`` of
``incident_search_key(seq INTEGER PRIMARY KEY, incident_id UNIQUE, date_start)``, and a search
sorted by date reads only the FTS index and that narrow table (evidence_app/store/search.py).
The unique index on ``incident_id`` also makes re-indexing one incident a lookup instead of a
scan of every text row. Existing text is copied, so no record needs re-reading. The DDL is
spelled out here, not imported, so that this revision keeps creating this exact layout.
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE incident_search RENAME TO incident_search_0003")
    op.execute("CREATE TABLE incident_search_key (seq INTEGER PRIMARY KEY, "
               "incident_id TEXT NOT NULL UNIQUE, date_start TEXT)")
    op.execute("CREATE VIRTUAL TABLE incident_search USING fts5(body, tokenize='trigram')")
    # One row per incident that still exists (the old index was never meant to hold more).
    op.execute("INSERT INTO incident_search_key(seq, incident_id, date_start) "
               "SELECT s.rowid, s.incident_id, i.date_start FROM incident_search_0003 s "
               "JOIN incident i ON i.id = s.incident_id WHERE s.rowid IN "
               "(SELECT max(rowid) FROM incident_search_0003 GROUP BY incident_id)")
    op.execute("INSERT INTO incident_search(rowid, body) SELECT k.seq, s.body "
               "FROM incident_search_key k JOIN incident_search_0003 s ON s.rowid = k.seq")
    op.execute("DROP TABLE incident_search_0003")


def downgrade() -> None:
    op.execute("ALTER TABLE incident_search RENAME TO incident_search_0004")
    op.execute("CREATE VIRTUAL TABLE incident_search "
               "USING fts5(incident_id UNINDEXED, body, tokenize='trigram')")
    op.execute("INSERT INTO incident_search(rowid, incident_id, body) "
               "SELECT k.seq, k.incident_id, s.body FROM incident_search_key k "
               "JOIN incident_search_0004 s ON s.rowid = k.seq")
    op.execute("DROP TABLE incident_search_0004")
    op.execute("DROP TABLE incident_search_key")
