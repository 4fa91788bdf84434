"""Take the words and tags of confidential notes out of the audit trail and the full-text index.

Earlier versions kept the text a note had before it was marked confidential in the trail's earlier
entries, every confidential note's tags in its tags' entries, and old words in the index's old
segments; the app now removes them when a note is marked confidential. This does it once for the
notes marked before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 12:00:00
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Frozen copies of the placeholders the app writes (storage.audit): later changes to the app's
# own must not change what this migration did.
CONFIDENTIAL_BODY = "(confidential: the text is not kept in the audit trail)"
CONFIDENTIAL_TAG = "(confidential)"
CONFIDENTIAL_TAGS = "(confidential: the tags are not kept in the audit trail)"

_entry = sa.table("audit_entry", sa.column("id"), sa.column("table_name"), sa.column("record_id"),
                  sa.column("before"), sa.column("after"))


def _sides(row: Any) -> dict[str, dict]:
    sides = {}
    for name in ("before", "after"):
        try:
            value = json.loads(getattr(row, name)) if getattr(row, name) else None
        except ValueError:
            value = None
        if isinstance(value, dict):
            sides[name] = value
    return sides


def _write(connection: sa.Connection, row: Any, sides: dict[str, dict], placeholders: dict[str, str],
           record_id: str | None = None) -> None:
    values: dict[str, str] = {}
    for name, side in sides.items():
        scrubbed = side | {k: v for k, v in placeholders.items() if k in side}
        if scrubbed != side:
            values[name] = json.dumps(scrubbed, ensure_ascii=False, sort_keys=True)
    if record_id is not None and record_id != row.record_id:
        values["record_id"] = record_id
    if values:
        connection.execute(_entry.update().where(_entry.c.id == row.id).values(**values))


def upgrade() -> None:
    connection = op.get_bind()
    notes = connection.execute(sa.text("SELECT id FROM note WHERE confidential")).scalars().all()
    if not notes:
        return
    tags_of: dict[str, set[str]] = {}
    for note_id, tag in connection.execute(sa.text(
            "SELECT note_tag.note_id, note_tag.tag FROM note_tag JOIN note ON note.id = note_tag.note_id"
            " WHERE note.confidential")).all():
        tags_of.setdefault(str(uuid.UUID(hex=str(note_id).replace("-", ""))), set()).add(tag)
    words: set[str] = set()
    for stored in notes:
        key = str(uuid.UUID(hex=str(stored).replace("-", "")))
        words |= tags_of.get(key, set())
        for row in connection.execute(sa.select(_entry).where(_entry.c.table_name == "note",
                                                              _entry.c.record_id == key)).all():
            sides = _sides(row)
            words |= {t for side in sides.values() if isinstance(side.get("tags"), list) for t in side["tags"]}
            _write(connection, row, sides, {"body": CONFIDENTIAL_BODY, "tags": CONFIDENTIAL_TAGS})
        for row in connection.execute(sa.select(_entry).where(_entry.c.table_name == "note_tag",
                                                              _entry.c.record_id.startswith(f"{key},",
                                                                                            autoescape=True))).all():
            sides = _sides(row)
            words |= {side["tag"] for side in sides.values() if isinstance(side.get("tag"), str)}
            _write(connection, row, sides, {"tag": CONFIDENTIAL_TAG}, record_id=f"{key},{CONFIDENTIAL_TAG}")
    # Tag entries that do not name their note go when their tag is one a confidential note had.
    words.discard(CONFIDENTIAL_TAG)
    for row in connection.execute(sa.select(_entry).where(_entry.c.table_name == "note_tag",
                                                          _entry.c.record_id == "")).all():
        sides = _sides(row)
        if any(side.get("note_id") is None and side.get("tag") in words for side in sides.values()):
            _write(connection, row, sides, {"tag": CONFIDENTIAL_TAG})
    if connection.dialect.name == "sqlite":
        op.execute("INSERT INTO search_text (search_text) VALUES ('optimize')")


def downgrade() -> None:
    pass  # what was removed is not kept anywhere to put back
