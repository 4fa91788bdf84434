"""recommendation.sort_key: the State's name, the cycle and the label in one indexed column, so
that the big table shows its first rows in the default order without sorting the whole corpus.
Kept by triggers (SQLite) whenever a recommendation is inserted or its label or review change.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 17:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# lower(name) sorts States alphabetically whatever their case; the cycle is zero-padded.
SORT_KEY = (
    "(SELECT lower(s.name) || char(31) || substr('00' || v.cycle, -2) || char(31) || {row}.label_sort"
    " FROM review AS v JOIN state AS s ON s.id = v.state_id WHERE v.id = {row}.review_id)"
)


def upgrade() -> None:
    with op.batch_alter_table("recommendation") as batch:
        batch.add_column(sa.Column("sort_key", sa.String(length=300), nullable=True))
    op.create_index("ix_recommendation_sort_key", "recommendation", ["sort_key"])
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"UPDATE recommendation SET sort_key = {SORT_KEY.format(row='recommendation')}")
    op.execute(
        "CREATE TRIGGER sort_key_insert AFTER INSERT ON recommendation BEGIN"
        f" UPDATE recommendation SET sort_key = {SORT_KEY.format(row='NEW')} WHERE id = NEW.id; END"
    )
    op.execute(
        "CREATE TRIGGER sort_key_update AFTER UPDATE OF label_sort, review_id ON recommendation BEGIN"
        f" UPDATE recommendation SET sort_key = {SORT_KEY.format(row='NEW')} WHERE id = NEW.id; END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS sort_key_insert")
        op.execute("DROP TRIGGER IF EXISTS sort_key_update")
    op.drop_index("ix_recommendation_sort_key", "recommendation")
    with op.batch_alter_table("recommendation") as batch:
        batch.drop_column("sort_key")
