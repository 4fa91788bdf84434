"""Finding what changed here since the last look, and stamping it.

Every write path of the app (a person's edit, an import's bulk insert, a vocabulary merge) is
found the same way: each record's values are compared with the digests kept at the last scan.
Records with an update time are read only when changed since the last scan (with a minute's
margin), in batches; the first scan reads everything once. Deletions are looked for by comparing
the records here with those registered, only when the counts say some went (or a record they name
went); links likewise, and for the records whose links changed (named by the audit trail or by
their update time). A record gone since is given a tombstone.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from upr_tracker.storage.backends import backend_of
from upr_tracker.storage.models import (
    AuditEntry,
    Note,
    SyncRecord,
    SyncReplica,
    utc_now,
    table_of,
)
from upr_tracker.storage.reference_data import REFERENCE_DATA_ACTOR
from upr_tracker.sync.clock import tick
from upr_tracker.sync.records import (
    BATCH,
    Bookkeeping,
    batches,
    key_value,
    read_bookkeeping,
    read_rows,
    travelled_values,
    value_digests,
    write_bookkeeping,
)
from upr_tracker.sync.tables import (
    NOTE_TABLES,
    PRESENT,
    SyncedTable,
    note_of,
    synced_table,
    synced_tables,
)

# Above this many changed records, the author of each is not looked up in the audit trail (a first
# scan of a big database): the stamp names the user who synced.
AUTHOR_LOOKUP_LIMIT = 2000
# A suggestion decided here travels whole (every field stamped): a database that deleted it while
# it was pending there makes it again.
WHOLE_WHEN_DECIDED = frozenset({"suggestion"})


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


def stays_here(synced: SyncedTable, row: Any, kept: set[str]) -> bool:
    """Whether a row never travels: a note kept on this laptop, one of its tags or sharings, an audit
    entry about them, or an entry of the shipped reference data's loading (every database has its own)."""
    mapping = row._mapping
    if synced.is_audit and mapping["actor"] == REFERENCE_DATA_ACTOR:
        return True
    if not kept:
        return False
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
    since = None  # (never looked, or the clock went back since: everything)
    if replica.scanned_at is not None and replica.scanned_at <= now:
        since = backend_of(session).changes_seen_since(session, replica.scanned_at)
    hidden = {t.name for t in synced_tables() if backend_of(session).may_hide_rows(t.name)}
    scan = _Scan(session, since, _Stamper(replica, actor), kept_note_ids(session), hidden)
    for synced in synced_tables():
        scan.table(synced)
    replica.clock = scan.stamper.clock
    replica.scanned_at = now
    knowledge = json.loads(replica.knowledge or "{}")
    knowledge[replica.id] = scan.stamper.clock
    replica.knowledge = json.dumps(knowledge, sort_keys=True)
    session.flush()
    return scan.stamper.count


class _Scan:
    def __init__(self, session: Session, since: dt.datetime | None, stamper: _Stamper, kept: set[str],
                 hidden: set[str]) -> None:
        self.session = session
        # Tables whose rows the user may not all see (a team server's confidential notes): there a
        # record not seen is gone only when the trail says it was deleted, or (a tag, a sharing)
        # when its note is seen without it.
        self.hidden = hidden
        self.connection = session.connection()
        self.since = since
        self.stamper = stamper
        self.kept = kept
        self.went: set[str] = set()       # tables where a record went in this scan
        self.touched: dict[str, set[str]] = {}  # table -> records changed since the last scan

    def table(self, synced: SyncedTable) -> None:
        if synced.is_link:
            self._links(synced)
        else:
            self._records(synced)

    # -- records ----------------------------------------------------------------------------------
    def _records(self, synced: SyncedTable) -> None:
        query = select(synced.table)
        time_column = "at" if synced.is_audit else "updated_at"
        if self.since is not None:
            query = query.where(synced.column(time_column) >= self.since)
        seen: set[str] = set()
        newly_registered = 0
        # (on the statement: options given to the connection would stay on it for what follows)
        result = self.connection.execute(query.execution_options(yield_per=BATCH))
        for rows in result.partitions():
            batch = {synced.record_id(row._mapping): row for row in rows}
            seen.update(batch)
            newly_registered += self._stamp_rows(synced, batch)
        self.touched[synced.name] = seen
        if synced.is_audit:  # (audit entries are never deleted)
            return
        present = self._count(synced.table) - (len(self.kept) if synced.name == "note" else 0)
        live = self._live_count(synced.name)
        if self.since is None and live == newly_registered and present == live:
            return
        if present == live and self.since is not None and not newly_registered:
            return
        # Some went, or some were made without a new update time: compare the ids.
        ids = self._present_ids(synced)
        registered = self._registered(synced.name)
        gone = [r for r, dead in registered.items() if not dead and r not in ids]
        if synced.name in self.hidden:
            gone = self._deleted_by_the_trail(synced.name, gone)
        self._tombstone(synced, gone)
        missing = [r for r in ids if registered.get(r, True) and r not in seen]
        for chunk in batches(missing):
            self._stamp_rows(synced, read_rows(self.connection, synced, chunk))

    def _stamp_rows(self, synced: SyncedTable, rows: dict[str, Any]) -> int:
        """Stamp the fields that changed in these rows; returns how many were registered anew."""
        rows = {r: row for r, row in rows.items() if not stays_here(synced, row, self.kept)}
        books = read_bookkeeping(self.session, synced.name, list(rows))
        touched: dict[str, tuple[Bookkeeping, dict[str, str]]] = {}
        for record_id, row in rows.items():
            values = travelled_values(synced, row)
            if synced.is_audit and values.get("origin") is None:
                values["origin"] = self.stamper.replica.name
            digests = value_digests(values)
            book = books.get(record_id)
            if book is not None and book.deleted is None and book.digests == digests:
                continue
            touched[record_id] = (book or Bookkeeping({}, {}, None, stored=False), digests)
        authors = _authors(self.session, synced.name, list(touched)) if len(touched) <= AUTHOR_LOOKUP_LIMIT else {}
        changed: dict[str, Bookkeeping] = {}
        anew = 0
        for record_id, (book, digests) in touched.items():
            stamp = self.stamper.stamp(authors.get(record_id))
            if book.deleted is not None or not book.stored:  # new, or made again under the same id
                book.stamps, book.digests, book.deleted = {}, {}, None
                anew += 1
            whole = synced.name in WHOLE_WHEN_DECIDED and book.digests.get("status") != digests.get("status")
            for name, value_digest in digests.items():
                if whole or book.digests.get(name) != value_digest or name not in book.stamps:
                    book.stamps[name] = stamp
            book.digests = digests
            changed[record_id] = book
        write_bookkeeping(self.session, synced.name, changed)
        return anew

    def _tombstone(self, synced: SyncedTable, gone: list[str]) -> None:
        if not gone:
            return
        changed = {}
        for record_id, book in read_bookkeeping(self.session, synced.name, gone).items():
            book.deleted = self.stamper.stamp()
            changed[record_id] = book
        write_bookkeeping(self.session, synced.name, changed)
        self.went.add(synced.name)

    # -- links --------------------------------------------------------------------------------------
    def _links(self, synced: SyncedTable) -> None:
        owner_column = synced.key[0]
        owner_table = synced.references.get(owner_column)
        other_tables = {t for c, t in synced.references.items() if c != owner_column}
        present_count = self._count(synced.table)
        live = self._live_count(synced.name)
        if self.since is not None and present_count == live and not (other_tables & self.went) \
                and owner_table not in self.went:
            owners = self._owners_changed(owner_table) if owner_table else set()
            if not owners:
                return
            ids: set[str] = set()
            column = synced.column(owner_column)
            for chunk in batches(sorted(owners)):
                values = [key_value(synced, owner_column, o) for o in chunk]
                ids |= {synced.record_id(row._mapping) for row in self.connection.execute(
                    select(*(synced.column(k) for k in synced.key)).where(column.in_(values)))}
            registered = self._registered(synced.name, owners=owners)
        else:
            ids = self._present_ids(synced)
            registered = self._registered(synced.name)
        gone = [r for r, dead in registered.items() if not dead and r not in ids]
        if synced.name in self.hidden and gone:
            seen_owners = self._present_ids(synced_table(owner_table)) if owner_table else set()
            gone = [r for r in gone if json.loads(r)[0] in seen_owners]
        self._tombstone(synced, gone)
        made = [r for r in ids if registered.get(r) is not False]  # new, or made again after removal
        if synced.name in NOTE_TABLES and self.kept:
            made = [r for r in made if note_of(synced.name, r) not in self.kept]
        if not made:
            return
        books = read_bookkeeping(self.session, synced.name, [r for r in made if r in registered])
        changed = {}
        for record_id in made:
            book = books.get(record_id) or Bookkeeping({}, {}, None, stored=False)
            book.stamps = {PRESENT: self.stamper.stamp()}
            book.digests = {PRESENT: value_digests({PRESENT: True})[PRESENT]}
            book.deleted = None
            changed[record_id] = book
        write_bookkeeping(self.session, synced.name, changed)

    def _owners_changed(self, owner_table: str) -> set[str]:
        """The records of `owner_table` changed since the last scan: by update time, or named by the
        audit trail (a change of links alone keeps a record's update time)."""
        owners = set(self.touched.get(owner_table, ()))
        owners |= set(self.connection.scalars(select(AuditEntry.record_id).where(
            AuditEntry.table_name == owner_table, AuditEntry.at >= self.since)))
        return {o.split(",")[0] for o in owners}

    def _deleted_by_the_trail(self, table_name: str, record_ids: list[str]) -> list[str]:
        deleted: set[str] = set()
        for chunk in batches(record_ids):
            deleted |= set(self.connection.scalars(select(AuditEntry.record_id).where(
                AuditEntry.table_name == table_name, AuditEntry.action == "delete", AuditEntry.record_id.in_(chunk))))
        return [r for r in record_ids if r in deleted]

    # -- reading ------------------------------------------------------------------------------------
    def _count(self, table: Any) -> int:
        return int(self.connection.scalar(select(func.count()).select_from(table)) or 0)

    def _live_count(self, table_name: str) -> int:
        t = table_of(SyncRecord)
        return int(self.connection.scalar(select(func.count()).select_from(t).where(
            t.c.table_name == table_name, t.c.deleted.is_(None))) or 0)

    def _registered(self, table_name: str, owners: set[str] | None = None) -> dict[str, bool]:
        """The records of a table that have bookkeeping: record id -> whether it is a tombstone (of
        the given owners' links only, if given)."""
        t = table_of(SyncRecord)
        query = select(t.c.record_id, t.c.deleted).where(t.c.table_name == table_name)
        found = {}
        if owners is None:
            for row in self.connection.execute(query):
                found[row.record_id] = row.deleted is not None
            return found
        # Each owner's links: the ids from '["owner id",' on (ranges of the key's index; LIKE would
        # read the whole table), a few dozen owners a query.
        for chunk in batches(sorted(owners), 50):
            prefixes = [json.dumps([owner])[:-1] + "," for owner in chunk]
            ranges = union_all(*(query.where(t.c.record_id >= p, t.c.record_id < p + "\uffff") for p in prefixes))
            for row in self.connection.execute(ranges):
                found[row.record_id] = row.deleted is not None
        return found

    def _present_ids(self, synced: SyncedTable) -> set[str]:
        columns = [synced.column(k) for k in synced.key]
        return {synced.record_id(row._mapping) for row in self.connection.execute(select(*columns))}


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
