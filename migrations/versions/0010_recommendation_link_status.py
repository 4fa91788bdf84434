"""A link between recommendations of two cycles gets a status: suggested (found by similar wording,
with its score), confirmed or rejected by a person (who and when kept). Links made before were made
by hand: they are confirmed.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-06 14:25:01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The table has no triggers (its audit trail is written by the ORM), so recreating it in batch
    # mode loses nothing.
    with op.batch_alter_table("recommendation_link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("status", sa.String(length=20), server_default="confirmed", nullable=False))
        batch_op.add_column(sa.Column("score", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("decided_by", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_recommendation_link_status"), ["status"], unique=False)
        batch_op.create_check_constraint("status_known", "status IN ('suggested', 'confirmed', 'rejected')")


def downgrade() -> None:
    with op.batch_alter_table("recommendation_link", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_recommendation_link_status_known"), type_="check")
        batch_op.drop_index(batch_op.f("ix_recommendation_link_status"))
        batch_op.drop_column("decided_at")
        batch_op.drop_column("decided_by")
        batch_op.drop_column("score")
        batch_op.drop_column("status")
