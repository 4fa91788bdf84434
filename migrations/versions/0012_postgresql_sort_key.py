"""On PostgreSQL: recommendation.sort_key kept by a trigger, as SQLite's triggers keep it (0005),
and compared byte by byte (collation "C") so that the big table's order is the same on both.
Nothing changes on SQLite.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The same key as 0005's: lower(State name) US cycle (two digits) US label_sort.
SORT_KEY = (
    "(SELECT lower(s.name) || chr(31) || lpad(v.cycle::text, 2, '0') || chr(31) || {row}.label_sort"
    " FROM review AS v JOIN state AS s ON s.id = v.state_id WHERE v.id = {row}.review_id)"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute('ALTER TABLE recommendation ALTER COLUMN sort_key TYPE VARCHAR(300) COLLATE "C"')
    op.execute(f"UPDATE recommendation SET sort_key = {SORT_KEY.format(row='recommendation')}")
    op.execute(
        "CREATE FUNCTION upr_recommendation_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$"
        f" BEGIN NEW.sort_key := {SORT_KEY.format(row='NEW')}; RETURN NEW; END $$"
    )
    op.execute(
        "CREATE TRIGGER sort_key_insert BEFORE INSERT ON recommendation"
        " FOR EACH ROW EXECUTE FUNCTION upr_recommendation_sort_key()"
    )
    op.execute(
        "CREATE TRIGGER sort_key_update BEFORE UPDATE OF label_sort, review_id ON recommendation"
        " FOR EACH ROW EXECUTE FUNCTION upr_recommendation_sort_key()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS sort_key_update ON recommendation")
    op.execute("DROP TRIGGER IF EXISTS sort_key_insert ON recommendation")
    op.execute("DROP FUNCTION IF EXISTS upr_recommendation_sort_key()")
    op.execute("ALTER TABLE recommendation ALTER COLUMN sort_key TYPE VARCHAR(300)")
