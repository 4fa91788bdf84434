"""Who a confidential note is shared with (`note_share`), and, on PostgreSQL, row-level security
that holds every connection to it: a confidential note, its tags, its shares and its words in the
full-text index are visible only to its author and to the people and roles it is shared with.

`note_share.grantee` is a user name or a role name (`upr_editor`, `team`); `shared_by` is the user
who shared it (the note's author), so that the author sees the note's shares without the share
table's policy having to read `note`, whose own policy reads `note_share` (PostgreSQL refuses
policies that refer to each other).

The policies are FORCE'd: the tables' owner is held to them as well (only superusers, and roles
given BYPASSRLS, are not). A role is matched through pg_roles, so a share with a name that is no
role (a user removed since) shows nothing instead of failing every query.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 17:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# Whether `member` names the current user or a role the current user belongs to (directly or not).
_IS_ME_OR_MY_ROLE = ("EXISTS (SELECT 1 FROM pg_roles AS r WHERE r.rolname = {member}"
                     " AND pg_has_role(current_user, r.oid, 'MEMBER'))")

NOTE_VISIBLE = (
    "NOT confidential OR author = current_user OR EXISTS (SELECT 1 FROM note_share AS s"
    " JOIN pg_roles AS r ON r.rolname = s.grantee"
    " WHERE s.note_id = note.id AND pg_has_role(current_user, r.oid, 'MEMBER'))"
)
SHARE_VISIBLE = f"shared_by = current_user OR {_IS_ME_OR_MY_ROLE.format(member='grantee')}"
# A tag is seen when its note is: the subquery on note is itself filtered by note's policy.
TAG_VISIBLE = "EXISTS (SELECT 1 FROM note AS n WHERE n.id = note_tag.note_id)"
# The index's rows of notes: seen when the note is (rows of other kinds always).
SEARCH_VISIBLE = "kind <> 'note' OR EXISTS (SELECT 1 FROM note AS n WHERE n.id = {ref})"

PROTECTED = ("note", "note_tag", "note_share")


def upgrade() -> None:
    op.create_table(
        "note_share",
        sa.Column("note_id", sa.Uuid(), nullable=False),
        sa.Column("grantee", sa.String(length=63), nullable=False),
        sa.Column("shared_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"], name=op.f("fk_note_share_note_id_note"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "grantee", name=op.f("pk_note_share")),
    )
    op.create_index(op.f("ix_note_share_grantee"), "note_share", ["grantee"], unique=False)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE POLICY note_visible ON note USING ({NOTE_VISIBLE})")
    op.execute(f"CREATE POLICY note_share_visible ON note_share USING ({SHARE_VISIBLE})"
               " WITH CHECK (shared_by = current_user)")
    op.execute(f"CREATE POLICY note_tag_visible ON note_tag USING ({TAG_VISIBLE})")
    for table in PROTECTED:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    protect_search_index()


def protect_search_index() -> None:
    """The full-text index's table, where this database has it (made by the full-text migration)."""
    bind = op.get_bind()
    ref_type = bind.execute(sa.text(
        "SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema()"
        " AND table_name = 'search_document' AND column_name = 'ref_id'")).scalar()
    if ref_type is None:
        return
    ref = "search_document.ref_id" if ref_type == "uuid" else "search_document.ref_id::uuid"
    visible = SEARCH_VISIBLE.format(ref=ref)
    op.execute(f"CREATE POLICY search_document_visible ON search_document FOR SELECT USING ({visible})")
    op.execute(f"CREATE POLICY search_document_written ON search_document FOR INSERT WITH CHECK ({visible})")
    op.execute(f"CREATE POLICY search_document_changed ON search_document FOR UPDATE USING ({visible})")
    # Rows are deleted by the note's own triggers once the note is gone (it no longer shows then).
    op.execute("CREATE POLICY search_document_removed ON search_document FOR DELETE USING (true)")
    op.execute("ALTER TABLE search_document ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE search_document FORCE ROW LEVEL SECURITY")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in PROTECTED:
            op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute("DROP POLICY IF EXISTS note_visible ON note")
        op.execute("DROP POLICY IF EXISTS note_tag_visible ON note_tag")
        op.execute("ALTER TABLE IF EXISTS search_document NO FORCE ROW LEVEL SECURITY")
        op.execute("ALTER TABLE IF EXISTS search_document DISABLE ROW LEVEL SECURITY")
        for policy in ("visible", "written", "changed", "removed"):
            op.execute(f"DROP POLICY IF EXISTS search_document_{policy} ON search_document")
    op.drop_index(op.f("ix_note_share_grantee"), table_name="note_share")
    op.drop_table("note_share")
