"""The calendar of each review (adoption at the Council, mid-term report, next review) and due
dates of plans and milestones; a plan's end keeps its precision ("2009–2012").

The dates of existing reviews are filled from the calendar of sessions where their session (or
review date) is known, and marked as estimated. Columns are added without recreating the tables,
so the full-text triggers on milestone stay as they are.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from upr_tracker.domain.review_calendar import DATE_NAMES, derive_dates, format_estimated, parse_estimated

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_review = sa.table("review", sa.column("id"), sa.column("session"), sa.column("review_date", sa.Date),
                   sa.column("adopted_on", sa.Date), sa.column("mid_term_on", sa.Date),
                   sa.column("next_review_on", sa.Date), sa.column("estimated_dates"))


def _add_column(table: str, column: sa.Column, present: set[str]) -> None:
    if column.name not in present:
        op.add_column(table, column)


def _create_index(name: str, table: str, columns: list[str], present: set[str]) -> None:
    if name not in present:
        op.create_index(name, table, columns)


def upgrade() -> None:
    # Each column and index only where it is missing: a database put back at an earlier revision
    # mark with its tables as they are (as some tests of earlier migrations do) upgrades again.
    inspector = sa.inspect(op.get_bind())
    columns = {table: {c["name"] for c in inspector.get_columns(table)} for table in ("milestone", "review")}
    indexes = {i["name"] for table in ("milestone", "review", "recommendation") for i in inspector.get_indexes(table)}
    _add_column("milestone", sa.Column("ends_precision", sa.String(length=10), nullable=True), columns["milestone"])
    _add_column("milestone", sa.Column("due_on", sa.Date(), nullable=True), columns["milestone"])
    _create_index("ix_milestone_due_on", "milestone", ["due_on"], indexes)
    for name in ("adopted_on", "mid_term_on", "next_review_on"):
        _add_column("review", sa.Column(name, sa.Date(), nullable=True), columns["review"])
    _add_column("review", sa.Column("estimated_dates", sa.String(length=100), nullable=True), columns["review"])
    _create_index("ix_review_mid_term_on", "review", ["mid_term_on"], indexes)
    _create_index("ix_review_next_review_on", "review", ["next_review_on"], indexes)
    # The dashboard counts each review's recommendations by position, level and review flag from
    # this index alone (0.4 s → a tenth of that at 200,000 recommendations).
    _create_index("ix_recommendation_review_counts", "recommendation",
                  ["review_id", "current_position", "implementation_level", "needs_review"], indexes)
    # A plan's end was a day until now.
    op.execute("UPDATE milestone SET ends_precision = 'day' WHERE ends_on IS NOT NULL AND ends_precision IS NULL")

    connection = op.get_bind()
    for row in connection.execute(sa.select(_review.c.id, _review.c.session, _review.c.review_date,
                                            _review.c.estimated_dates,
                                            *(_review.c[name] for name in DATE_NAMES))).all():
        derived = derive_dates(row.session, row.review_date)
        values = {name: getattr(derived, name) for name in DATE_NAMES
                  if getattr(derived, name) is not None and getattr(row, name) is None}
        if values:
            connection.execute(_review.update().where(_review.c.id == row.id)
                               .values(**values, estimated_dates=format_estimated(
                                   parse_estimated(row.estimated_dates) | set(values))))


def downgrade() -> None:
    op.drop_index("ix_recommendation_review_counts", "recommendation")
    op.drop_index("ix_review_next_review_on", "review")
    op.drop_index("ix_review_mid_term_on", "review")
    for column in ("estimated_dates", "next_review_on", "mid_term_on", "adopted_on"):
        op.drop_column("review", column)
    op.drop_index("ix_milestone_due_on", "milestone")
    op.drop_column("milestone", "due_on")
    op.drop_column("milestone", "ends_precision")
