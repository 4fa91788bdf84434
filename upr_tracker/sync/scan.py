"""Finding what changed here since the last look, and stamping it.

Every write path of the app (a person's edit, an import's bulk insert, a vocabulary merge) is
found the same way: each record's values are compared with the digests kept at the last scan.
Records with an update time are read only when changed since the last scan (with a minute's
margin); links are compared as sets of keys. A record gone since is given a tombstone.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import AuditEntry, Note, SyncRecord, SyncReplica, utc_now
from upr_tracker.sync.clock import tick
from upr_tracker.sync.records import (Bookkeeping, batches, read_bookkeeping, read_rows, travelled_values,
                                      value_digests, write_bookkeeping)
from upr_tracker.sync.tables import PRESENT, SyncedTable, synced_tables

MARGIN = dt.timedelta(minutes=1)
# Above this many changed records, the author of each is not looked up in the audit trail (a first
# scan of a big database): the stamp names the user who synced.
AUTHOR_LOOKUP_LIMIT = 2000
NOTE_TABLES = ("note", "note_tag", "note_share")


class _Stamper:
    def __init__(self, replica: SyncReplica, actor: str) -> None:
        self.replica = replica
        self.actor = actor
        self.clock = replica.clock
        self.count = 0

    def stamp(self, author: str | None = None) -> list[str]:
        self.clock = tick(self.clock)
        self.count += 1
        return [self.clock, self.replica.id, author or self.actor]


def kept_note_ids(session: Session) -> set[str]:
    return {str(i) for i in session.scalars(select(Note.id).where(Note.kept_on_laptop.is_(True)))}


def is_about_kept_note(synced: SyncedTable, row: Any, kept: set[str]) -> bool:
    """Whether a row is a kept note, one of its tags or sharings, or an audit entry about them."""
    if not kept:
        return False
    mapping = row._mapping
    if synced.name == "note":
        return str(mapping["id"]) in kept
    if synced.name in ("note_tag", "note_share"):
        return str(mapping["note_id"]) in kept
    if synced.is_audit and mapping["table_name"] in NOTE_TABLES:
        return str(mapping["record_id"]).split(",")[0] in kept
    return False


def scan_local_changes(session: Session, replica: SyncReplica, actor: str) -> int:
    """Stamp the records changed here since the last scan; returns how many were stamped."""
    now = utc_now()
    since = replica.scanned_at - MARGIN if replica.scanned_at is not None and replica.scanned_at <= now else None
    stamper = _Stamper(replica, actor)
    kept = kept_note_ids(session)
    for synced in synced_tables():
        _scan_table(session, synced, since, stamper, kept)
    replica.clock = stamper.clock
    replica.scanned_at = now
    knowledge = json.loads(replica.knowledge or "{}")
    knowledge[replica.id] = stamper.clock
    replica.knowledge = json.dumps(knowledge, sort_keys=True)
    session.flush()
    return stamper.count


def _registered(session: Session, table_name: str) -> dict[str, bool]:
    """The records of a table that have bookkeeping: record id -> whether it is a tombstone."""
    t = SyncRecord.__table__
    return {row.record_id: row.deleted is not None for row in session.connection().execute(
        select(t.c.record_id, t.c.deleted).where(t.c.table_name == table_name))}


def _present_ids(session: Session, synced: SyncedTable) -> set[str]:
    columns = [synced.column(k) for k in synced.key]
    return {synced.record_id(row._mapping) for row in session.connection().execute(select(*columns))}


def _scan_table(session: Session, synced: SyncedTable, since: dt.datetime | None, stamper: _Stamper,
                kept: set[str]) -> None:
    connection = session.connection()
    registered = _registered(session, synced.name)
    changed: dict[str, Bookkeeping] = {}
    if not synced.is_audit:  # (audit entries are never deleted)
        present = _present_ids(session, synced)
        gone = [r for r, dead in registered.items() if not dead and r not in present]
        for record_id, book in read_bookkeeping(session, synced.name, gone).items():
            book.deleted = stamper.stamp()
            changed[record_id] = book
    if synced.is_link:
        present_rows = [r for r in present if registered.get(r) is not False]  # new, or made again after removal
        books = read_bookkeeping(session, synced.name, [r for r in present_rows if r in registered])
        of_kept_notes = {r for r in present_rows if json.loads(r)[0] in kept} if synced.name in NOTE_TABLES else set()
        for record_id in present_rows:
            if record_id in of_kept_notes:
                continue
            book = books.get(record_id) or Bookkeeping({}, {}, None, stored=False)
            book.stamps = {PRESENT: stamper.stamp()}
            book.digests = {PRESENT: value_digests({PRESENT: True})[PRESENT]}
            book.deleted = None
            changed[record_id] = book
        write_bookkeeping(session, synced.name, changed)
        return
    # Records: those changed since the last scan (or all, the first time), and any not yet registered.
    query = select(synced.table)
    time_column = "at" if synced.is_audit else "updated_at"
    if since is not None:
        query = query.where(synced.column(time_column) >= since)
    candidates = {synced.record_id(row._mapping): row for row in connection.execute(query)}
    if since is not None and not synced.is_audit:
        unregistered = [r for r in present if r not in registered or registered[r]]
        missing = [r for r in unregistered if r not in candidates]
        candidates.update(read_rows(connection, synced, missing))
    rows = {r: row for r, row in candidates.items() if not is_about_kept_note(synced, row, kept)}
    books = read_bookkeeping(session, synced.name, [r for r in rows if r in registered])
    touched: dict[str, tuple[Bookkeeping, dict[str, str], dict[str, Any]]] = {}
    for record_id, row in rows.items():
        values = travelled_values(synced, row)
        if synced.is_audit and values.get("origin") is None:
            values["origin"] = stamper.replica.name
        digests = value_digests(values)
        book = books.get(record_id)
        if book is not None and book.deleted is None and book.digests == digests:
            continue
        touched[record_id] = (book or Bookkeeping({}, {}, None, stored=False), digests, values)
    authors = _authors(session, synced.name, list(touched)) if len(touched) <= AUTHOR_LOOKUP_LIMIT else {}
    for record_id, (book, digests, _values) in touched.items():
        stamp = stamper.stamp(authors.get(record_id))
        if book.deleted is not None:  # made again under the same id: a new record
            book.stamps, book.digests, book.deleted = {}, {}, None
        for name, value_digest in digests.items():
            if book.digests.get(name) != value_digest or name not in book.stamps:
                book.stamps[name] = stamp
        book.digests = digests
        changed[record_id] = book
    write_bookkeeping(session, synced.name, changed)


def _authors(session: Session, table_name: str, record_ids: list[str]) -> dict[str, str]:
    """Who last changed each record, from the audit trail."""
    found: dict[str, tuple[dt.datetime, str]] = {}
    for batch in batches(record_ids):
        for row in session.connection().execute(
                select(AuditEntry.record_id, AuditEntry.at, AuditEntry.actor)
                .where(AuditEntry.table_name == table_name, AuditEntry.record_id.in_(batch))):
            if row.record_id not in found or row.at > found[row.record_id][0]:
                found[row.record_id] = (row.at, row.actor)
    return {record_id: actor for record_id, (_at, actor) in found.items()}

