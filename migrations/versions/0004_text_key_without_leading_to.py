"""Recompute recommendation.text_key so that "To ratify…" (cycle-1 reports) and "Ratify…" (UPR Info)
have the same key.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 16:50:00
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A frozen copy of the key as this revision defines it: later changes to the app's own
# text_key() must not change what this migration did.
_NON_ALNUM = re.compile(r"[\W_]+")


def _key(text: str, *, drop_leading_to: bool) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().replace("&", " and ")
    key = _NON_ALNUM.sub(" ", folded).strip()
    key = key[4:] if key.startswith("the ") else key
    if drop_leading_to and key.startswith("to "):
        key = key[3:]
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _recompute(drop_leading_to: bool) -> None:
    connection = op.get_bind()
    recommendation = sa.table("recommendation", sa.column("id"), sa.column("text"), sa.column("text_key"))
    rows = connection.execute(sa.select(recommendation.c.id, recommendation.c.text)).all()
    changes = [{"rid": rid, "key": _key(text or "", drop_leading_to=drop_leading_to)} for rid, text in rows]
    if changes:
        connection.execute(
            recommendation.update().where(recommendation.c.id == sa.bindparam("rid"))
            .values(text_key=sa.bindparam("key")),
            changes,
        )


def upgrade() -> None:
    _recompute(drop_leading_to=True)


def downgrade() -> None:
    _recompute(drop_leading_to=False)
