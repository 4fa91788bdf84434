"""Which tables and columns sync, how their records are named across databases, and how a record
made independently on two databases (the same State, term, review or recommendation) is recognised.

Bookkeeping columns (update time, record version) and the columns derived from others (a
recommendation's current position, level, review flag...) do not travel: each database keeps its
own, recomputed after a merge. Settings (saved searches, window preferences) belong to one database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Column, Table

from upr_tracker.storage.models import Base

NOT_SYNCED_TABLES = frozenset({"setting", "sync_conflict", "sync_identity", "sync_peer", "sync_record",
                               "sync_replica"})
NOT_SYNCED_COLUMNS = frozenset({"updated_at", "version", "sort_key"})
# The shipped reference data is loaded by every database on its own: when it was is no news.
REFERENCE_TABLES = frozenset({"state", "state_name", "term", "term_alias"})
DERIVED_COLUMNS = {
    "recommendation": frozenset({"current_position", "considered_implemented", "needs_review",
                                 "implementation_level", "last_activity_at"}),
}
# The field a link (a row that is only its key) has: whether it is there.
PRESENT = "present"
# Audit entries never change once written (but for a confidential note's words taken out): one
# field holds the whole entry.
WHOLE = "*"

# A note and the rows that are its own: they travel, or stay on the laptop, with it.
NOTE_TABLES = ("note", "note_tag", "note_share")


def note_of(table_name: str, record_id: str) -> str | None:
    """The note a record of the note tables belongs to (its own id, or its key's first part)."""
    if table_name == "note":
        return record_id
    if table_name in NOTE_TABLES:
        return str(json.loads(record_id)[0])
    return None


# A response travels with the ids of the recommendations it answers (not a column: its links are
# rows of their own), so that it can be recognised by them.
LINKED = "_recommendations"

# What makes a record the same one when two databases made it under different ids. Columns that
# are foreign keys are compared after translating them to this database's ids.
NATURAL_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "state": (("iso3",),),
    "state_name": (("name_key",),),
    "term": (("vocabulary", "name_key"),),
    "term_alias": (("vocabulary", "name_key"),),
    "review": (("state_id", "cycle"),),
    "document": (("review_id", "file_sha256"), ("review_id", "symbol", "kind")),
    "recommendation": (("review_id", "label"), ("review_id", "text_key")),
    # A response is the same when it answers the same recommendations with the same words.
    "response": (("review_id", "source_document_id", "source_paragraph", "response_text", LINKED),),
    "import_problem": (("document_id", "kind", "line", "labels", "message"),),
    "recommendation_link": (("earlier_id", "later_id"),),
    # A suggestion is the same when it names the same value of the same kind for the same recommendation.
    "suggestion": (("recommendation_id", "kind", "value"),),
    "attachment": (("sha256",),),
    "milestone": (("state_id", "plan_id", "kind", "title", "occurred_on", "item_number"),),
    "assessment": (("recommendation_id", "source", "source_name", "level", "assessed_on"),),
}


@dataclass(frozen=True)
class SyncedTable:
    table: Table
    fields: tuple[str, ...]           # the columns that travel (a link: none but its key)
    key: tuple[str, ...]              # primary key columns
    references: dict[str, str] = field(default_factory=dict)  # column -> referenced table

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def is_link(self) -> bool:
        """A row that is nothing but its composite key (a link, a note's tag or sharing)."""
        return len(self.key) > 1

    @property
    def is_audit(self) -> bool:
        return self.name == "audit_entry"

    @property
    def has_update_time(self) -> bool:
        return "updated_at" in self.table.c

    def column(self, name: str) -> Column[Any]:
        return self.table.c[name]

    def record_id(self, row: Mapping[Any, Any]) -> str:
        """How the record is named: its id, or its key as a JSON list."""
        if not self.is_link:
            return str(row[self.key[0]])
        return json.dumps([str(row[k]) for k in self.key], ensure_ascii=False)

    def key_values(self, record_id: str) -> list[str]:
        return [record_id] if not self.is_link else json.loads(record_id)


@cache
def synced_tables() -> tuple[SyncedTable, ...]:
    """The synced tables, parents before children."""
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_SYNCED_TABLES:
            continue
        key = tuple(c.name for c in table.primary_key)
        skipped = NOT_SYNCED_COLUMNS | DERIVED_COLUMNS.get(table.name, frozenset()) | set(key)
        if table.name in REFERENCE_TABLES:
            skipped |= {"created_at"}
        fields = tuple(c.name for c in table.columns if c.name not in skipped)
        if len(key) > 1:
            fields = ()
        references = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        found.append(SyncedTable(table, fields, key, references))
    return tuple(found)


@cache
def synced_table(name: str) -> SyncedTable:
    for synced in synced_tables():
        if synced.name == name:
            return synced
    raise KeyError(name)


def table_order(name: str) -> int:
    return [t.name for t in synced_tables()].index(name)
