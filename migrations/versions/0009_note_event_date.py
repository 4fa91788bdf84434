"""A note's event date: the day of what it records (a meeting, a testimony), apart from the moment
it was written. Optional; the notes written before have none.

A plain ADD COLUMN (not a batch copy of the table), so the full-text triggers on `note` stay.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 14:25:31
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("note", sa.Column("event_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("note", "event_on")  # SQLite 3.35 and later drop a column in place
