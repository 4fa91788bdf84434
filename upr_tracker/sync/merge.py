"""Applying a changeset: field by field, in one transaction.

For each field the receiver compares the sender's stamp with its own:
- a stamp it has already seen (its knowledge covers it) changes nothing;
- if the sender had seen the receiver's stamp when it sent, the sender's value is the later
  decision and is taken;
- otherwise the two were made without seeing each other: equal values agree; different values
  are a conflict, kept with both candidates for a person, while the field holds the candidate with
  the later clock (so every database shows the same value meanwhile). Notes never conflict: the
  other version is kept as a note of its own.
A deleted record stays deleted; a link is there or not, whichever was decided later. The one
exception: a suggestion a person decided (accepted, rejected) outlives the deletion of the same
suggestion while it was still pending elsewhere (computing again replaces pending ones there).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.audit import scrub_note_from_trail
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    SyncReplica,
    import_problem_recommendation,
    response_recommendation,
    utc_now,
)
from upr_tracker.sync.changeset import ChangedRecord, Changeset, Knowledge
from upr_tracker.sync.clock import clock_text, parse_clock, tick
from upr_tracker.sync.conflict_records import candidate, parse_moment, record_conflict
from upr_tracker.sync.identity import Identities
from upr_tracker.sync.records import (
    Bookkeeping,
    key_value,
    read_bookkeeping,
    read_rows,
    travelled_values,
    value_digests,
    write_bookkeeping,
)
from upr_tracker.sync.tables import PRESENT, SyncedTable, synced_table, synced_tables
from upr_tracker.sync.values import digest, from_json

log = logging.getLogger(__name__)

# Fields whose concurrent differences are no disagreement of people (bookkeeping, values that
# follow from others): the later clock is kept without asking.
QUIET_FIELDS = frozenset({"created_at", "label_sort", "text_key", "name_key"})
QUIET_TABLES = frozenset({"audit_entry", "attachment"})
# A note changed on two sides keeps both versions: the other becomes a note of its own.
NOTE_FIELDS_KEPT_TWICE = frozenset({"body", "event_on", "confidential"})


@dataclass
class MergeResult:
    received: int = 0
    skipped: int = 0
    conflicts: int = 0
    recommendations: set[uuid.UUID] = field(default_factory=set)
    skipped_clocks: dict[str, str] = field(default_factory=dict)


@dataclass
class _Pending:
    """A record's values to write, queued until its table's records are all merged."""

    record: ChangedRecord
    local_id: str
    row: Any              # the row here before (None: a new record)
    taken: dict[str, Any]
    decoded: dict[str, Any]
    book: Bookkeeping


def decided_suggestion(table: str, theirs: dict[str, Any], mine: dict[str, Any]) -> str | None:
    """For a suggestion decided on one side only ("theirs" or "mine"), while still pending on the
    other (computed there on its own): the decision is kept, with all its fields, and no person is
    asked. None otherwise (two different decisions are a conflict like any other)."""
    if table != "suggestion" or "status" not in theirs or "status" not in mine:
        return None
    theirs_decided, mine_decided = theirs["status"] != "suggested", mine["status"] != "suggested"
    if theirs_decided == mine_decided:
        return None
    return "theirs" if theirs_decided else "mine"


def keeps_decision(table: str, values: dict[str, Any]) -> bool:
    """Whether these values are a suggestion a person decided: computing elsewhere deletes only
    pending suggestions, so a deletion received for it was made before its decision was seen there
    (a decided suggestion goes only with its recommendation, which a deletion of its own removes)."""
    return table == "suggestion" and values.get("status") not in (None, "suggested")


def covered(knowledge: Knowledge, stamp: list[str]) -> bool:
    return knowledge.get(stamp[1], "") >= stamp[0]


def later_stamp(a: list[str], b: list[str]) -> list[str]:
    return a if (a[0], a[1]) >= (b[0], b[1]) else b


class Merger:
    def __init__(self, session: Session, replica: SyncReplica, changeset: Changeset, knowledge: Knowledge,
                 progress: ProgressReporter = NO_PROGRESS, held_tables: frozenset[str] = frozenset()) -> None:
        self.session = session
        # Tables the user may not change here (the vocabularies, for an editor on a team server):
        # their changes wait, logged, for someone who may (their bookkeeping still merges).
        self.held_tables = held_tables
        self.connection = session.connection()
        self.replica = replica
        self.changeset = changeset
        self.knowledge = knowledge  # what this database had seen before this changeset
        self.progress = progress
        self.identities = Identities(session, changeset.references)
        self.result = MergeResult()
        self.names = dict(changeset.names) | {replica.id: replica.name}
        self.now = utc_now()
        self.new_notes: list[dict[str, Any]] = []
        self._pending: list[_Pending] = []
        self.scrub: set[str] = set()

    # --- the whole changeset ---------------------------------------------------------------
    def apply(self) -> MergeResult:
        by_table: dict[str, list[ChangedRecord]] = defaultdict(list)
        for record in self.changeset.records:
            by_table[record.table].append(record)
        unknown = set(by_table) - {t.name for t in synced_tables()}
        for name in unknown:  # a table of a newer version of the app
            log.warning("sync: %d records of table %s are unknown to this version and were left",
                        len(by_table[name]), name)
            self.result.skipped += len(by_table[name])
        total, done = len(self.changeset.records), 0
        for synced in synced_tables():
            records = by_table.get(synced.name)
            if not records:
                continue
            self.progress.check_cancelled()
            self._apply_table(synced, records)
            done += len(records)
            self.progress.report(done, total, f"Merging {synced.name.replace('_', ' ')}")
        for note in self.new_notes:
            self._insert_note_copy(note)
        for note_id in self.scrub:
            scrub_note_from_trail(self.session, uuid.UUID(note_id))
        self._merge_conflicts()
        if self.result.recommendations:
            refresh_recommendations(self.session, self.result.recommendations)
        return self.result

    # --- one table ---------------------------------------------------------------------------
    def _apply_table(self, synced: SyncedTable, records: list[ChangedRecord]) -> None:
        located: list[tuple[ChangedRecord, str]] = []
        if synced.name == "milestone":  # (a plan before its items, written together)
            records = sorted(records, key=lambda r: r.values.get("plan_id") is not None)
        if not synced.is_link:  # (which of the ids received are here already, in one read)
            ids = [r.record_id for r in records]
            self.identities.note_here(synced.name, set(read_rows(self.connection, synced, ids)), ids)
        for record in records:
            if synced.is_link:
                parts = self.identities.translate_key(synced, synced.key_values(record.record_id))
                located.append((record, json.dumps(parts, ensure_ascii=False)))
            else:
                located.append((record, self.identities.local_id(synced.name, record.record_id)))
        rows = read_rows(self.connection, synced, [local for _r, local in located])
        books = read_bookkeeping(self.session, synced.name, [local for _r, local in located])
        changed_books: dict[str, Bookkeeping] = {}
        for record, local_id in located:
            if (not synced.is_link and record.deleted is None and local_id not in rows and local_id not in books
                    and record.values):
                matched = self.identities.match(synced, self.identities.translate_values(synced, record.values))
                if matched is not None:
                    self.identities.remember(synced.name, record.record_id, matched)
                    local_id = matched
                    rows.update(read_rows(self.connection, synced, [matched]))
                    books.update(read_bookkeeping(self.session, synced.name, [matched]))
            try:
                book = self._apply_record(synced, record, local_id, rows.get(local_id), books.get(local_id))
            except (DBAPIError, ValueError) as exc:  # (a key, a reference, a policy of the server: that record waits)
                self._skip(record, f"{synced.name} {record.record_id}: {exc}")
                continue
            if book is not None:
                changed_books[local_id] = book
        self._flush(synced, changed_books)
        write_bookkeeping(self.session, synced.name, changed_books)
        if self.result.received:
            self.session.info.setdefault("touched_tables", set()).add(synced.name)
            self.session.info.setdefault("rows_added_or_removed", set()).add(synced.name)

    def _skip(self, record: ChangedRecord, why: str) -> None:
        log.warning("sync: a received change was not applied (%s)", why.splitlines()[0][:300])
        self.result.skipped += 1
        for stamp in [*record.stamps.values(), *([record.deleted] if record.deleted else [])]:
            known = self.result.skipped_clocks.get(stamp[1])
            if known is None or stamp[0] < known:
                self.result.skipped_clocks[stamp[1]] = stamp[0]

    def _apply_record(self, synced: SyncedTable, record: ChangedRecord, local_id: str, row: Any,
                      book: Bookkeeping | None) -> Bookkeeping | None:
        if synced.is_link:
            return self._apply_link(synced, record, local_id, row, book)
        if record.deleted is not None:
            return self._apply_deletion(synced, record, local_id, row, book)
        values = self.identities.translate_values(synced, {k: v for k, v in record.values.items() if k in synced.fields})
        if book is not None and book.deleted is not None:
            if not self._decision_outlives_deletion(synced, values):
                return None  # deleted here: a deletion is final
            book = Bookkeeping({}, {}, None, stored=True)  # made again here, whole, as decided
        local_values = travelled_values(synced, row) if row is not None else {}
        book = book or Bookkeeping({}, {}, None, stored=False)
        taken: dict[str, Any] = {}
        for name, stamp in record.stamps.items():
            if name not in synced.fields or name not in values:
                continue
            mine = book.stamps.get(name)
            if row is None or mine is None:
                taken[name] = values[name]
                book.stamps[name] = stamp
                continue
            if stamp[:2] == mine[:2] or covered(self.knowledge, stamp):
                continue
            if covered(self.changeset.knowledge, mine):
                if digest(values[name]) != book.digests.get(name):  # (the same value needs no write)
                    taken[name] = values[name]
                book.stamps[name] = stamp
                continue
            # Made without seeing each other.
            if digest(values[name]) == digest(local_values.get(name)):
                book.stamps[name] = later_stamp(stamp, mine)
                continue
            winner = later_stamp(stamp, mine)
            decided = decided_suggestion(synced.name, values, local_values)
            if decided is not None:  # a person's decision beats a suggestion still pending, whatever the clocks
                winner = stamp if decided == "theirs" else mine
            elif synced.name not in QUIET_TABLES and name not in QUIET_FIELDS:
                if synced.name == "note" and name in NOTE_FIELDS_KEPT_TWICE:
                    loser_values = local_values if winner is stamp else {**local_values, **values}
                    self.new_notes.append({"of": local_id, "values": loser_values, "stamp": mine if winner is stamp
                                           else stamp})
                else:
                    mine_candidate = candidate(local_values.get(name), mine, self.names)
                    theirs = candidate(values[name], stamp, self.names)
                    if record_conflict(self.session, synced.name, local_id, name, [mine_candidate, theirs]):
                        self.result.conflicts += 1
            if winner is stamp:
                taken[name] = values[name]
            book.stamps[name] = winner
        if not taken and row is not None:
            return book if book.stamps else None
        if synced.name in self.held_tables:
            raise ValueError(f"{synced.name.replace('_', ' ')} is changed by an admin of this database only")
        self._write(synced, record, local_id, row, taken, book)
        return book

    def _write(self, synced: SyncedTable, record: ChangedRecord, local_id: str, row: Any, taken: dict[str, Any],
               book: Bookkeeping) -> None:
        """Queue the record's new values; the table's writes go out together (_flush)."""
        decoded = {name: from_json(synced.column(name), value) for name, value in taken.items()}
        if synced.name == "note" and decoded.get("confidential") is True and row is not None \
                and not row._mapping["confidential"]:
            self.scrub.add(local_id)
        self._pending.append(_Pending(record, local_id, row, taken, decoded, book))

    def _flush(self, synced: SyncedTable, changed_books: dict[str, Bookkeeping]) -> None:
        """Write the table's queued records, many a statement; where a batch fails (a key taken, a
        reference missing, a policy of the server), record by record, the failing ones waiting."""
        pending, self._pending = self._pending, []
        groups: dict[tuple[bool, frozenset[str]], list[_Pending]] = defaultdict(list)
        for write in pending:
            groups[(write.row is None, frozenset(write.decoded))].append(write)
        for (insert, _columns), group in groups.items():
            try:
                with self.connection.begin_nested():
                    self._execute(synced, insert, group)
                written = group
            except DBAPIError:
                written = []
                for write in group:
                    try:
                        with self.connection.begin_nested():
                            self._execute(synced, insert, [write])
                        written.append(write)
                    except DBAPIError as exc:
                        self._skip(write.record, f"{synced.name} {write.record.record_id}: {exc}")
                        changed_books.pop(write.local_id, None)
            for write in written:
                for name, value in write.taken.items():
                    write.book.digests[name] = digest(value)
                if write.row is None or set(write.taken) - QUIET_FIELDS:  # (bookkeeping alone is no news)
                    self.result.received += 1
                self._note_recommendations(synced, write.local_id, write.row, write.decoded)

    def _execute(self, synced: SyncedTable, insert: bool, writes: list[_Pending]) -> None:
        table, key = synced.table, synced.key[0]
        stamped = {"updated_at": self.now} if "updated_at" in table.c else {}
        if insert:
            self.connection.execute(table.insert(), [
                {key: key_value(synced, key, w.local_id), **w.decoded, **stamped} for w in writes])
            return
        columns = sorted(writes[0].decoded)
        values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns}
        if stamped:
            values["updated_at"] = bindparam("v_updated_at")
        if "version" in table.c:
            values["version"] = table.c.version + 1
        statement = table.update().where(synced.column(key) == bindparam("v_key")).values(values)
        self.connection.execute(statement, [
            {"v_key": key_value(synced, key, w.local_id), **{f"v_{c}": w.decoded[c] for c in columns},
             **({"v_updated_at": self.now} if stamped else {})} for w in writes])

    def _decision_outlives_deletion(self, synced: SyncedTable, values: dict[str, Any]) -> bool:
        """A decided suggestion received whole for one deleted here while pending: made again, as long
        as its recommendation is still here."""
        if not keeps_decision(synced.name, values) or not set(synced.fields) <= set(values):
            return False
        recommendation = values.get("recommendation_id")
        return recommendation is not None and bool(
            read_rows(self.connection, synced_table("recommendation"), [str(recommendation)]))

    def _restamp(self, synced: SyncedTable, row: Any, book: Bookkeeping) -> Bookkeeping:
        """Stamp every field of the record anew here, so that it travels whole to every database
        (one that deleted it makes it again)."""
        self.replica.clock = tick(self.replica.clock)
        values = travelled_values(synced, row)
        stamp = [self.replica.clock, self.replica.id, values.get("decided_by") or ""]
        book.stamps = {name: list(stamp) for name in values}
        book.digests = value_digests(values)
        book.deleted = None
        return book

    def _apply_deletion(self, synced: SyncedTable, record: ChangedRecord, local_id: str, row: Any,
                        book: Bookkeeping | None) -> Bookkeeping | None:
        book = book or Bookkeeping({}, {}, None, stored=False)
        if book.deleted is not None:
            return None
        if row is not None and keeps_decision(synced.name, travelled_values(synced, row)):
            log.info("sync: a deletion of %s %s made while it was pending elsewhere was refused: it was decided here",
                     synced.name, local_id)
            return self._restamp(synced, row, book)
        if row is not None:
            self._note_recommendations(synced, local_id, row, {})
            key_column = synced.column(synced.key[0])
            with self.connection.begin_nested():
                self.connection.execute(synced.table.delete().where(
                    key_column == key_value(synced, synced.key[0], local_id)))
            self.result.received += 1
        book.deleted = record.deleted
        return book

    def _apply_link(self, synced: SyncedTable, record: ChangedRecord, local_id: str, row: Any,
                    book: Bookkeeping | None) -> Bookkeeping | None:
        theirs = record.deleted if record.deleted is not None else record.stamps.get(PRESENT)
        if theirs is None:
            return None
        book = book or Bookkeeping({}, {}, None, stored=False)
        mine = book.deleted if book.deleted is not None else book.stamps.get(PRESENT)
        if mine is not None and (theirs[:2] == mine[:2] or later_stamp(theirs, mine) is mine):
            return None
        parts = json.loads(local_id)
        key = {k: key_value(synced, k, v) for k, v in zip(synced.key, parts, strict=True)}
        condition = [synced.column(k) == v for k, v in key.items()]
        if record.deleted is not None:
            if row is not None:
                with self.connection.begin_nested():
                    self.connection.execute(synced.table.delete().where(*condition))
                self.result.received += 1
            book.deleted, book.stamps = record.deleted, {}
        else:
            if row is None:
                with self.connection.begin_nested():
                    self.connection.execute(synced.table.insert().values(**key))
                self.result.received += 1
            book.deleted, book.stamps, book.digests = None, {PRESENT: theirs}, {PRESENT: digest(True)}
        self._note_recommendations(synced, local_id, row, key)
        return book

    def _note_recommendations(self, synced: SyncedTable, local_id: str, row: Any, values: dict[str, Any]) -> None:
        """Remember the recommendations whose derived columns the change may move."""
        found = self.result.recommendations
        if synced.name == "recommendation":
            found.add(uuid.UUID(local_id))
        elif synced.is_link and "recommendation_id" in synced.key:
            found.add(uuid.UUID(json.loads(local_id)[synced.key.index("recommendation_id")]))
        elif synced.name in ("assessment", "note"):
            rec = values.get("recommendation_id") or (row._mapping["recommendation_id"] if row is not None else None)
            if rec is not None:
                found.add(rec if isinstance(rec, uuid.UUID) else uuid.UUID(str(rec)))
        elif synced.name == "response":
            found.update(self.connection.scalars(select(response_recommendation.c.recommendation_id).where(
                response_recommendation.c.response_id == uuid.UUID(local_id))))
        elif synced.name == "import_problem":
            found.update(self.connection.scalars(select(import_problem_recommendation.c.recommendation_id).where(
                import_problem_recommendation.c.import_problem_id == uuid.UUID(local_id))))

    def _insert_note_copy(self, note: dict[str, Any]) -> None:
        """The version of a note that lost to a later one made elsewhere, kept as a note of its own.
        Its id follows from the note and the version, so every database makes the same one."""
        synced = synced_table("note")
        stamp = note["stamp"]
        copy_id = str(uuid.uuid5(uuid.UUID(note["of"]), f"{stamp[0]}@{stamp[1]}"))
        if read_rows(self.connection, synced, [copy_id]):
            return
        values = dict(note["values"])
        values["author"] = stamp[2] if len(stamp) > 2 and stamp[2] else values.get("author")
        values["kept_on_laptop"] = False
        decoded = {name: from_json(synced.column(name), value) for name, value in values.items()
                   if name in synced.fields}
        decoded["id"] = uuid.UUID(copy_id)
        decoded["updated_at"] = self.now
        with self.connection.begin_nested():
            self.connection.execute(synced.table.insert().values(**decoded))

    # --- conflicts known elsewhere -------------------------------------------------------------
    def _merge_conflicts(self) -> None:
        for conflict in self.changeset.conflicts:
            try:
                table = conflict["table_name"]
                if table not in {t.name for t in synced_tables()}:
                    continue  # (a table of a newer version of the app)
                record_id = self.identities.local_id(table, str(conflict["record_id"]))
                newly = record_conflict(self.session, table, record_id, str(conflict["field"]),
                                        list(conflict["candidates"]), list(conflict["resolved"]),
                                        found_at=parse_moment(conflict.get("found_at")),
                                        resolved_by=conflict.get("resolved_by"),
                                        resolved_at=parse_moment(conflict.get("resolved_at")))
                self.result.conflicts += int(newly)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("sync: a conflict received could not be read (%s)", exc)


def just_before(clock: str) -> str:
    """The clock just before `clock`: knowledge up to it leaves `clock` unseen."""
    millis, counter = parse_clock(clock)
    return clock_text(millis, counter - 1) if counter > 0 else clock_text(millis - 1, 9999)


def merged_knowledge(before: Knowledge, changeset: Changeset, skipped: dict[str, str]) -> Knowledge:
    """What this database has seen after applying the changeset: the sender's knowledge, for each
    origin where this database had all the changeset assumed (and short of any change left out)."""
    merged = dict(before)
    since = changeset.since or {}
    for origin, clock in changeset.knowledge.items():
        if changeset.since is not None and before.get(origin, "") < since.get(origin, ""):
            continue  # the changeset continues from what this database lacks (a restored backup)
        if origin in skipped:
            clock = min(clock, just_before(skipped[origin]))
        if clock > merged.get(origin, ""):
            merged[origin] = clock
    return merged

