"""A version on the records people edit (review, recommendation, response, milestone, assessment,
note): every change counts one more, so that an edit started from an older version is refused
instead of silently overwriting another person's change. Existing rows start at version 1.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

VERSIONED = ("review", "recommendation", "response", "milestone", "assessment", "note")


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy of the tables): the full-text triggers stay as they are.
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))


def downgrade() -> None:
    for table in VERSIONED:
        op.drop_column(table, "version")
