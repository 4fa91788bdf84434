"""Synchronisation between databases (laptops and the team server): this database as a replica,
the clock of each field of each record and tombstones, records matched by content across databases,
the peers exchanged with, and the conflicts awaiting a person. Audit entries keep the database
they came from; a confidential note may be kept on this laptop.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 20:37:51
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

UPDATED_TABLES = ("assessment", "attachment", "document", "import_problem", "milestone", "note", "recommendation",
                  "recommendation_link", "response", "review", "state", "state_name", "term", "term_alias")


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('record_id', sa.String(length=200), nullable=False),
    sa.Column('field', sa.String(length=100), nullable=False),
    sa.Column('candidates', sa.Text(), nullable=False),
    sa.Column('resolved', sa.Text(), nullable=False),
    sa.Column('open', sa.Boolean(), nullable=False),
    sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolved_by', sa.String(length=200), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict'))
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_open'), ['open'], unique=False)
        batch_op.create_index('ix_sync_conflict_record', ['table_name', 'record_id'], unique=False)

    op.create_table('sync_identity',
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('other_id', sa.String(length=200), nullable=False),
    sa.Column('local_id', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('table_name', 'other_id', name=op.f('pk_sync_identity'))
    )
    with op.batch_alter_table('sync_identity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_identity_local_id'), ['local_id'], unique=False)

    op.create_table('sync_peer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('knowledge', sa.Text(), nullable=False),
    sa.Column('public_key', sa.LargeBinary(), nullable=True),
    sa.Column('last_sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_received_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_summary', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_peer'))
    )
    op.create_table('sync_record',
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('record_id', sa.String(length=200), nullable=False),
    sa.Column('stamps', sa.Text(), nullable=False),
    sa.Column('digests', sa.Text(), nullable=False),
    sa.Column('last_clock', sa.String(length=40), nullable=False),
    sa.Column('deleted', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('table_name', 'record_id', name=op.f('pk_sync_record'))
    )
    with op.batch_alter_table('sync_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_record_last_clock'), ['last_clock'], unique=False)

    op.create_table('sync_replica',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('clock', sa.String(length=40), nullable=False),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('scanned_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('knowledge', sa.Text(), nullable=False),
    sa.Column('signing_key', sa.LargeBinary(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_replica'))
    )
    op.create_index("ix_sync_record_live", "sync_record", ["table_name", "deleted"], unique=False)
    # Sync reads the records changed since its last look: by their update time.
    for table in UPDATED_TABLES:
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"], unique=False)
    # Plain ADD COLUMN on both engines: the tables (and their full-text triggers) stay as they are.
    op.add_column("audit_entry", sa.Column("origin", sa.String(length=200), nullable=True))
    op.add_column("note", sa.Column("kept_on_laptop", sa.Boolean(), server_default=sa.text("false"), nullable=False))



def downgrade() -> None:
    for table in UPDATED_TABLES:
        op.drop_index(f"ix_{table}_updated_at", table_name=table)
    op.drop_index("ix_sync_record_live", table_name="sync_record")
    op.drop_column("note", "kept_on_laptop")
    op.drop_column("audit_entry", "origin")

    op.drop_table('sync_replica')
    with op.batch_alter_table('sync_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_record_last_clock'))

    op.drop_table('sync_record')
    op.drop_table('sync_peer')
    with op.batch_alter_table('sync_identity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_identity_local_id'))

    op.drop_table('sync_identity')
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_conflict_record')
        batch_op.drop_index(batch_op.f('ix_sync_conflict_open'))

    op.drop_table('sync_conflict')
