"""Initial schema: States, reviews, documents, recommendations, responses, milestones,
assessments, notes, vocabularies, audit trail, settings; the full-text index and its triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-24 15:56:51.046448
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# The full-text index: one FTS5 table over the text of recommendations, responses, milestones and
# notes, kept in step by triggers. FTS5 wants integer row ids while our keys are UUIDs, so
# search_document gives each indexed record an integer id. unicode61 with remove_diacritics 2
# matches Cyrillic and accented Latin regardless of case and accents.
INDEXED_TABLES = {
    # table: (title expression, body expression)
    "recommendation": ("coalesce(NEW.label, '') || ' ' || coalesce(NEW.recommended_by, '')", "NEW.text"),
    "response": ("coalesce(NEW.position, '')", "coalesce(NEW.response_text, '')"),
    "milestone": ("NEW.title", "coalesce(NEW.description, '') || ' ' || coalesce(NEW.source_citation, '')"),
    "note": ("NEW.author", "NEW.body"),
}


def _create_fulltext_index() -> None:
    op.execute(
        "CREATE TABLE search_document ("
        " id INTEGER PRIMARY KEY,"
        " kind VARCHAR(20) NOT NULL,"
        " ref_id CHAR(32) NOT NULL,"
        " CONSTRAINT uq_search_document_ref UNIQUE (kind, ref_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_text USING fts5("
        "title, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for table, (title, body) in INDEXED_TABLES.items():
        create_triggers_for(table, title, body)


def create_triggers_for(table: str, title: str, body: str) -> None:
    """(Re)create the three triggers that keep one table's text in the index."""
    document = f"(SELECT id FROM search_document WHERE kind = '{table}' AND ref_id = {{row}}.id)"
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS fts_{table}_{event}")
    op.execute(
        f"CREATE TRIGGER fts_{table}_insert AFTER INSERT ON {table} BEGIN"
        f" INSERT INTO search_document (kind, ref_id) VALUES ('{table}', NEW.id);"
        f" INSERT INTO search_text (rowid, title, body) VALUES (last_insert_rowid(), {title}, {body});"
        " END"
    )
    op.execute(
        f"CREATE TRIGGER fts_{table}_update AFTER UPDATE ON {table} BEGIN"
        f" UPDATE search_text SET title = {title}, body = {body} WHERE rowid = {document.format(row='NEW')};"
        " END"
    )
    op.execute(
        f"CREATE TRIGGER fts_{table}_delete AFTER DELETE ON {table} BEGIN"
        f" DELETE FROM search_text WHERE rowid = {document.format(row='OLD')};"
        f" DELETE FROM search_document WHERE kind = '{table}' AND ref_id = OLD.id;"
        " END"
    )


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('table_name', sa.String(length=50), nullable=False),
    sa.Column('record_id', sa.String(length=64), nullable=False),
    sa.Column('before', sa.Text(), nullable=True),
    sa.Column('after', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_record', ['table_name', 'record_id'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('state',
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('regional_group', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_state')),
    sa.UniqueConstraint('iso3', name=op.f('uq_state_iso3'))
    )
    op.create_table('term',
    sa.Column('vocabulary', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term')),
    sa.UniqueConstraint('vocabulary', 'name_key', name=op.f('uq_term_vocabulary'))
    )
    op.create_table('milestone',
    sa.Column('state_id', sa.Uuid(), nullable=False),
    sa.Column('plan_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('occurred_on', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=10), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('item_number', sa.String(length=40), nullable=True),
    sa.Column('source_citation', sa.Text(), nullable=True),
    sa.Column('source_url', sa.Text(), nullable=True),
    sa.Column('attachment_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachment.id'], name=op.f('fk_milestone_attachment_id_attachment'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['plan_id'], ['milestone.id'], name=op.f('fk_milestone_plan_id_milestone'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['state_id'], ['state.id'], name=op.f('fk_milestone_state_id_state')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_milestone'))
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_occurred_on'), ['occurred_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_plan_id'), ['plan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_state_id'), ['state_id'], unique=False)

    op.create_table('review',
    sa.Column('state_id', sa.Uuid(), nullable=False),
    sa.Column('cycle', sa.Integer(), nullable=False),
    sa.Column('session', sa.Integer(), nullable=True),
    sa.Column('review_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('cycle >= 1', name=op.f('ck_review_cycle_positive')),
    sa.ForeignKeyConstraint(['state_id'], ['state.id'], name=op.f('fk_review_state_id_state')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review')),
    sa.UniqueConstraint('state_id', 'cycle', name=op.f('uq_review_state_id'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_state_id'), ['state_id'], unique=False)

    op.create_table('state_name',
    sa.Column('state_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['state_id'], ['state.id'], name=op.f('fk_state_name_state_id_state'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_state_name')),
    sa.UniqueConstraint('name_key', name=op.f('uq_state_name_name_key'))
    )
    with op.batch_alter_table('state_name', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_state_name_state_id'), ['state_id'], unique=False)

    op.create_table('term_alias',
    sa.Column('term_id', sa.Uuid(), nullable=False),
    sa.Column('vocabulary', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_term_alias_term_id_term'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term_alias')),
    sa.UniqueConstraint('vocabulary', 'name_key', name=op.f('uq_term_alias_vocabulary'))
    )
    with op.batch_alter_table('term_alias', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_term_alias_term_id'), ['term_id'], unique=False)

    op.create_table('document',
    sa.Column('review_id', sa.Uuid(), nullable=True),
    sa.Column('symbol', sa.String(length=100), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=500), nullable=True),
    sa.Column('file_sha256', sa.String(length=64), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_document_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_file_sha256'), ['file_sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_symbol'), ['symbol'], unique=False)

    op.create_table('recommendation',
    sa.Column('review_id', sa.Uuid(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=True),
    sa.Column('label_sort', sa.String(length=80), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_key', sa.String(length=64), nullable=False),
    sa.Column('recommended_by', sa.Text(), nullable=True),
    sa.Column('action_category', sa.Integer(), nullable=True),
    sa.Column('source_document_id', sa.Uuid(), nullable=True),
    sa.Column('source_paragraph', sa.String(length=40), nullable=True),
    sa.Column('current_position', sa.String(length=30), nullable=True),
    sa.Column('considered_implemented', sa.Boolean(), nullable=False),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('implementation_level', sa.String(length=30), nullable=True),
    sa.Column('last_activity_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('action_category BETWEEN 1 AND 5', name=op.f('ck_recommendation_action_category_range')),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_recommendation_review_id_review'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_document_id'], ['document.id'], name=op.f('fk_recommendation_source_document_id_document'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation')),
    sa.UniqueConstraint('review_id', 'label', name=op.f('uq_recommendation_review_id'))
    )
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_current_position'), ['current_position'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_implementation_level'), ['implementation_level'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_last_activity_at'), ['last_activity_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_needs_review'), ['needs_review'], unique=False)
        batch_op.create_index('ix_recommendation_review_sort', ['review_id', 'label_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_text_key'), ['text_key'], unique=False)

    op.create_table('response',
    sa.Column('review_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.String(length=30), nullable=True),
    sa.Column('considered_implemented', sa.Boolean(), nullable=False),
    sa.Column('response_text', sa.Text(), nullable=True),
    sa.Column('deciding_sentence', sa.Text(), nullable=True),
    sa.Column('source_document_id', sa.Uuid(), nullable=True),
    sa.Column('source_paragraph', sa.String(length=40), nullable=True),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('needs_review', sa.Boolean(), nullable=False),
    sa.Column('review_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_response_review_id_review'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_document_id'], ['document.id'], name=op.f('fk_response_source_document_id_document'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_response'))
    )
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_review_id'), ['review_id'], unique=False)

    op.create_table('assessment',
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=True),
    sa.Column('level', sa.String(length=30), nullable=False),
    sa.Column('assessed_on', sa.Date(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_assessment_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('milestone_recommendation',
    sa.Column('milestone_id', sa.Uuid(), nullable=False),
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_milestone_recommendation_milestone_id_milestone'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_milestone_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('milestone_id', 'recommendation_id', name=op.f('pk_milestone_recommendation'))
    )
    with op.batch_alter_table('milestone_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_recommendation_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('note',
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('written_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('confidential', sa.Boolean(), nullable=False),
    sa.Column('recommendation_id', sa.Uuid(), nullable=True),
    sa.Column('milestone_id', sa.Uuid(), nullable=True),
    sa.Column('review_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(CASE WHEN recommendation_id IS NULL THEN 0 ELSE 1 END + CASE WHEN milestone_id IS NULL THEN 0 ELSE 1 END + CASE WHEN review_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_note_one_subject')),
    sa.ForeignKeyConstraint(['milestone_id'], ['milestone.id'], name=op.f('fk_note_milestone_id_milestone'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_note_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_note_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_milestone_id'), ['milestone_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_recommendation_id'), ['recommendation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_review_id'), ['review_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_written_at'), ['written_at'], unique=False)

    op.create_table('recommendation_link',
    sa.Column('earlier_id', sa.Uuid(), nullable=False),
    sa.Column('later_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('earlier_id <> later_id', name=op.f('ck_recommendation_link_not_self')),
    sa.ForeignKeyConstraint(['earlier_id'], ['recommendation.id'], name=op.f('fk_recommendation_link_earlier_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['later_id'], ['recommendation.id'], name=op.f('fk_recommendation_link_later_id_recommendation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recommendation_link')),
    sa.UniqueConstraint('earlier_id', 'later_id', name=op.f('uq_recommendation_link_earlier_id'))
    )
    with op.batch_alter_table('recommendation_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_link_earlier_id'), ['earlier_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_recommendation_link_later_id'), ['later_id'], unique=False)

    op.create_table('recommendation_term',
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.Column('term_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommendation_term_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_recommendation_term_term_id_term'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'term_id', name=op.f('pk_recommendation_term'))
    )
    with op.batch_alter_table('recommendation_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommendation_term_term_id'), ['term_id'], unique=False)

    op.create_table('recommending_state',
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.Column('state_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_recommending_state_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['state_id'], ['state.id'], name=op.f('fk_recommending_state_state_id_state'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('recommendation_id', 'state_id', name=op.f('pk_recommending_state'))
    )
    with op.batch_alter_table('recommending_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recommending_state_state_id'), ['state_id'], unique=False)

    op.create_table('response_recommendation',
    sa.Column('response_id', sa.Uuid(), nullable=False),
    sa.Column('recommendation_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['recommendation_id'], ['recommendation.id'], name=op.f('fk_response_recommendation_recommendation_id_recommendation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['response_id'], ['response.id'], name=op.f('fk_response_recommendation_response_id_response'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('response_id', 'recommendation_id', name=op.f('pk_response_recommendation'))
    )
    with op.batch_alter_table('response_recommendation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_response_recommendation_recommendation_id'), ['recommendation_id'], unique=False)

    op.create_table('note_tag',
    sa.Column('note_id', sa.Uuid(), nullable=False),
    sa.Column('tag', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['note_id'], ['note.id'], name=op.f('fk_note_tag_note_id_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('note_id', 'tag', name=op.f('pk_note_tag'))
    )

    if _is_sqlite():
        _create_fulltext_index()
        # Marks the file as an UPR Tracker database ("UPRT").
        op.execute("PRAGMA application_id = 1431327316")


def downgrade() -> None:
    if _is_sqlite():
        for table in INDEXED_TABLES:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS fts_{table}_{event}")
        op.execute("DROP TABLE IF EXISTS search_text")
        op.execute("DROP TABLE IF EXISTS search_document")
    op.drop_table('note_tag')
    with op.batch_alter_table('response_recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_recommendation_recommendation_id'))

    op.drop_table('response_recommendation')
    with op.batch_alter_table('recommending_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommending_state_state_id'))

    op.drop_table('recommending_state')
    with op.batch_alter_table('recommendation_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_term_term_id'))

    op.drop_table('recommendation_term')
    with op.batch_alter_table('recommendation_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_link_later_id'))
        batch_op.drop_index(batch_op.f('ix_recommendation_link_earlier_id'))

    op.drop_table('recommendation_link')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_written_at'))
        batch_op.drop_index(batch_op.f('ix_note_review_id'))
        batch_op.drop_index(batch_op.f('ix_note_recommendation_id'))
        batch_op.drop_index(batch_op.f('ix_note_milestone_id'))

    op.drop_table('note')
    with op.batch_alter_table('milestone_recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_recommendation_recommendation_id'))

    op.drop_table('milestone_recommendation')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_recommendation_id'))

    op.drop_table('assessment')
    with op.batch_alter_table('response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_response_review_id'))

    op.drop_table('response')
    with op.batch_alter_table('recommendation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recommendation_text_key'))
        batch_op.drop_index('ix_recommendation_review_sort')
        batch_op.drop_index(batch_op.f('ix_recommendation_needs_review'))
        batch_op.drop_index(batch_op.f('ix_recommendation_last_activity_at'))
        batch_op.drop_index(batch_op.f('ix_recommendation_implementation_level'))
        batch_op.drop_index(batch_op.f('ix_recommendation_current_position'))

    op.drop_table('recommendation')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_symbol'))
        batch_op.drop_index(batch_op.f('ix_document_review_id'))
        batch_op.drop_index(batch_op.f('ix_document_file_sha256'))

    op.drop_table('document')
    with op.batch_alter_table('term_alias', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_term_alias_term_id'))

    op.drop_table('term_alias')
    with op.batch_alter_table('state_name', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_state_name_state_id'))

    op.drop_table('state_name')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_state_id'))

    op.drop_table('review')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_state_id'))
        batch_op.drop_index(batch_op.f('ix_milestone_plan_id'))
        batch_op.drop_index(batch_op.f('ix_milestone_occurred_on'))

    op.drop_table('milestone')
    op.drop_table('term')
    op.drop_table('state')
    op.drop_table('setting')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_record')
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    op.drop_table('attachment')
