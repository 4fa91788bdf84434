"""Reading records and their sync bookkeeping in batches (plain rows, no ORM objects: a first sync
moves hundreds of thousands)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, bindparam, select, tuple_
from sqlalchemy.orm import Session

from upr_tracker.storage.models import SyncRecord, response_recommendation, table_of
from upr_tracker.sync.tables import SyncedTable
from upr_tracker.sync.values import digest, to_json

BATCH = 500
Stamp = list[str]  # [clock, origin, author]
_Item = TypeVar("_Item")


@dataclass
class Bookkeeping:
    """One record's sync_record row, decoded."""

    stamps: dict[str, Stamp]
    digests: dict[str, str]
    deleted: Stamp | None
    stored: bool = True  # whether the row exists (False: to be inserted)

    @property
    def last_clock(self) -> str:
        clocks = [s[0] for s in self.stamps.values()] + ([self.deleted[0]] if self.deleted else [])
        return max(clocks, default="")


def batches(items: list[_Item], size: int = BATCH) -> Iterator[list[_Item]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def key_value(synced: SyncedTable, column: str, text: str) -> Any:
    """A record id's part as the column stores it."""
    return uuid.UUID(text) if synced.column(column).type.python_type is uuid.UUID else text


def key_condition(synced: SyncedTable, record_ids: list[str]) -> Any:
    if not synced.is_link:
        return synced.column(synced.key[0]).in_([key_value(synced, synced.key[0], r) for r in record_ids])
    columns = [synced.column(k) for k in synced.key]
    values = [tuple(key_value(synced, k, v) for k, v in zip(synced.key, synced.key_values(r), strict=True))
              for r in record_ids]
    return tuple_(*columns).in_(values)


def travelled_values(synced: SyncedTable, row: Any) -> dict[str, Any]:
    mapping = row._mapping
    return {name: to_json(synced.column(name), mapping[name]) for name in synced.fields}


def value_digests(values: dict[str, Any]) -> dict[str, str]:
    return {name: digest(value) for name, value in values.items()}


def read_rows(connection: Connection, synced: SyncedTable, record_ids: Iterable[str]) -> dict[str, Any]:
    """The current rows of the given records, by record id (missing ones absent)."""
    found: dict[str, Any] = {}
    for batch in batches(list(record_ids)):
        for row in connection.execute(select(synced.table).where(key_condition(synced, batch))):
            found[synced.record_id(row._mapping)] = row
    return found


def linked_recommendations(connection: Connection, response_ids: Iterable[str] | None = None) -> dict[str, list[str]]:
    """The recommendations each response answers (of the given responses, or of all), sorted."""
    linked: dict[str, list[str]] = {}
    if response_ids is None:
        queries = [select(response_recommendation)]
    else:
        queries = [select(response_recommendation).where(
            response_recommendation.c.response_id.in_([uuid.UUID(i) for i in batch]))
            for batch in batches(list(response_ids))]
    for query in queries:
        for row in connection.execute(query):
            linked.setdefault(str(row.response_id), []).append(str(row.recommendation_id))
    return {k: sorted(v) for k, v in linked.items()}


def read_bookkeeping(session: Session, table_name: str, record_ids: Iterable[str]) -> dict[str, Bookkeeping]:
    found: dict[str, Bookkeeping] = {}
    t = table_of(SyncRecord)
    for batch in batches(list(record_ids)):
        for row in session.connection().execute(
                select(t.c.record_id, t.c.stamps, t.c.digests, t.c.deleted)
                .where(t.c.table_name == table_name, t.c.record_id.in_(batch))):
            found[row.record_id] = Bookkeeping(json.loads(row.stamps), json.loads(row.digests),
                                               json.loads(row.deleted) if row.deleted else None)
    return found


def write_bookkeeping(session: Session, table_name: str, changed: dict[str, Bookkeeping]) -> None:
    t = table_of(SyncRecord)
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for record_id, book in changed.items():
        values = {"table_name": table_name, "record_id": record_id,
                  "stamps": json.dumps(book.stamps, ensure_ascii=False, sort_keys=True),
                  "digests": json.dumps(book.digests, sort_keys=True),
                  "last_clock": book.last_clock,
                  "deleted": json.dumps(book.deleted, ensure_ascii=False) if book.deleted else None}
        (updates if book.stored else inserts).append(values)
        book.stored = True
    connection = session.connection()
    if inserts:
        connection.execute(t.insert(), inserts)
    if updates:
        connection.execute(
            t.update().where(t.c.table_name == bindparam("b_table"), t.c.record_id == bindparam("b_record"))
            .values(stamps=bindparam("stamps"), digests=bindparam("digests"), last_clock=bindparam("last_clock"),
                    deleted=bindparam("deleted")),
            [{"b_table": u["table_name"], "b_record": u["record_id"], "stamps": u["stamps"],
              "digests": u["digests"], "last_clock": u["last_clock"], "deleted": u["deleted"]} for u in updates])
