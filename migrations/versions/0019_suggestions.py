"""Suggestions: an action category, theme or SDG that the shipped model suggests for a
recommendation lacking one, with its confidence, the model's version, and a person's decision
(accepted or rejected rows are kept, so that they are never suggested again). A new table only:
the same statements on SQLite and PostgreSQL.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 03:11:48
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('suggestion',
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('status', sa.String(length=20), server_default='suggested', nullable=False),
    sa.Column('model', sa.String(length=40), nullable=False),
    sa.Column('decided_by', sa.String(length=200), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('action_category', 'theme', 'sdg')", name=op.f('ck_suggestion_kind_known')),
    sa.CheckConstraint("status IN ('suggested', 'accepted', 'rejected')", name=op.f('ck_suggestion_status_known')),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_suggestion_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suggestion')),
    sa.UniqueConstraint('recommendation_id', 'kind', 'value', name=op.f('uq_suggestion_recommendation_id'))
    )
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suggestion_recommendation_id'), ['recommendation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_suggestion_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('suggestion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suggestion_updated_at'))
        batch_op.drop_index(batch_op.f('ix_suggestion_recommendation_id'))

    op.drop_table('suggestion')
