"""import conflicts: what a bundle import could not merge silently

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 02:30:00

Written by hand. ``importconflict`` keeps, inside the encrypted database, the other side's
version of an incident edited on both sides (for a person to resolve), custody events of a chain
that forked between two laptops (verbatim, signatures intact), and renamed case references
(evidence_app/services/bundle/importer.py, docs/bundle-format.md).
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel  # noqa: F401  (column types refer to it)
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('importconflict',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('subject_type', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('subject_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('bundle_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('received_from', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('received_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('received_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('local_head', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('remote_head', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.Column('remote_record', sa.JSON(), nullable=True),
    sa.Column('remote_events', sa.JSON(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolved_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_importconflict'))
    )
    with op.batch_alter_table('importconflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_importconflict_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_importconflict_subject_id'), ['subject_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('importconflict', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_importconflict_subject_id'))
        batch_op.drop_index(batch_op.f('ix_importconflict_status'))
    op.drop_table('importconflict')
