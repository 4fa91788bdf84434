"""audit_entry.record_id holds up to 200 characters: a link's two ids ("left,right", 73 characters
with their dashes) and a note's tag ("note id,tag") are longer than the 64 it had. SQLite never
enforced the length; PostgreSQL refused such entries, and with them the import that wrote them.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 18:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("record_id", existing_type=sa.String(length=64), type_=sa.String(length=200),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("record_id", existing_type=sa.String(length=200), type_=sa.String(length=64),
                              existing_nullable=False)
