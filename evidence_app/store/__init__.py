"""The database: SQLCipher engine, sessions, migrations, full-text search, append-only guards.

Everything SQLite-specific (the key pragma, FTS5, triggers) stays in this package behind small
functions with obvious PostgreSQL counterparts (NOTES.md, "Planning ahead").
"""
