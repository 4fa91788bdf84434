"""Indexes on (current position, sort key) and (implementation level, sort key): the table filtered
by position or level shows its first rows in its default order without sorting the matches.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24 18:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_recommendation_position_sort", "recommendation", ["current_position", "sort_key"])
    op.create_index("ix_recommendation_level_sort", "recommendation", ["implementation_level", "sort_key"])


def downgrade() -> None:
    op.drop_index("ix_recommendation_level_sort", "recommendation")
    op.drop_index("ix_recommendation_position_sort", "recommendation")
