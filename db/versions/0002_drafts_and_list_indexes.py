"""editor drafts table; (column, id) indexes for paging the incidents list

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:00:00

Written by hand. ``draft`` holds the incident editor's autosaved content inside the encrypted
database (never a plaintext file). The ``ix_incident_list_*`` indexes let the incidents list page
through 100,000 rows in a stable order without sorting the table for each page.
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (column types refer to it)
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LIST_INDEXES = {
    'ix_incident_list_date': ['date_start', 'id'],
    'ix_incident_list_title': ['title', 'id'],
    'ix_incident_list_place': ['state_region', 'id'],
    'ix_incident_list_status': ['review_status', 'id'],
    'ix_incident_list_created': ['created_at', 'id'],
}


def upgrade() -> None:
    op.create_table('draft',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
    sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('incident_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('base_revision', sa.Integer(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('body', sa.JSON(), nullable=True),
    sa.Column('saved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', 'owner', name=op.f('pk_draft'))
    )
    with op.batch_alter_table('incident', schema=None) as batch_op:
        for name, columns in _LIST_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('incident', schema=None) as batch_op:
        for name in _LIST_INDEXES:
            batch_op.drop_index(name)
    op.drop_table('draft')
