"""Import problems kept for review: what an import could not be sure of, with the
recommendations concerned, until a person resolves it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 16:15:01.127970
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_problem',
    sa.Column('document_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('labels', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('excerpt', sa.Text(), nullable=True),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_import_problem_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_problem'))
    )
    with op.batch_alter_table('import_problem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_problem_document_id'), ['document_id'], unique=False)

    op.create_table('import_problem_recommendation',
    sa.Column('import_problem_id', sa.Uuid(), nullable=False),
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['import_problem_id'], ['import_problem.id'], name=op.f('fk_import_problem_recommendation_import_problem_id_import_problem'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_import_problem_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('import_problem_id', 'recommendation_id', name=op.f('pk_import_problem_recommendation'))
    )
    with op.batch_alter_table('import_problem_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_problem_recommendation_recommendation_id'), ['recommendation_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('import_problem_recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_problem_recommendation_recommendation_id'))

    op.drop_table('import_problem_recommendation')
    with op.batch_alter_table('import_problem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_problem_document_id'))

    op.drop_table('import_problem')
