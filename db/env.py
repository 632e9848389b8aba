"""Alembic environment: always run in code on the app's own (encrypted) connection.

``evidence_app.store.migrate`` passes the open SQLAlchemy connection in ``config.attributes``;
``render_as_batch`` lets SQLite alter tables (NOTES.md).
"""

from alembic import context
from sqlmodel import SQLModel

import evidence_app.model.tables  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata

connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Migrations run inside the app (evidence_app.store.migrate), on the encrypted database."
    )
context.configure(connection=connection, target_metadata=target_metadata,
                  render_as_batch=True, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
