"""Documents keep the text read from their file: shown beside the problems to review, and
read again when the report arrives after its addendum.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 16:22:37.719325
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_text', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('source_text')
