"""Collecting the changes another database may lack, and applying changes received (one transaction)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.errors import SyncError
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import SyncPeer, SyncRecord, SyncReplica, table_of
from upr_tracker.storage.server_roles import ADMIN_TABLES
from upr_tracker.sync.changeset import ChangedRecord, Changeset, Knowledge
from upr_tracker.sync.conflict_records import conflicts_to_send
from upr_tracker.sync.merge import Merger, covered, merged_knowledge
from upr_tracker.sync.records import linked_recommendations, read_rows, travelled_values
from upr_tracker.sync.references import describe, mentioned_ids
from upr_tracker.sync.replica import check_not_rolled_back, replica_row
from upr_tracker.sync.scan import kept_note_ids, scan_local_changes, stays_here
from upr_tracker.sync.tables import LINKED, PRESENT, note_of, synced_table


@dataclass
class ApplyReport:
    sender_name: str
    received: int = 0      # records changed here
    skipped: int = 0       # records that could not be applied here (logged)
    conflicts: int = 0     # conflicts newly awaiting a person


def current_knowledge(replica: SyncReplica) -> Knowledge:
    knowledge: Knowledge = json.loads(replica.knowledge or "{}")
    return knowledge | {replica.id: replica.clock}


def collect_changes(db: Database, known_by_peer: Knowledge | None,
                    progress: ProgressReporter = NO_PROGRESS) -> Changeset:
    """The records changed here (or received from others) that a database knowing `known_by_peer`
    may lack; None: everything. Local changes are looked for first."""
    with db.write() as session:
        replica = replica_row(session, db)
        if known_by_peer is not None:
            replica = check_not_rolled_back(session, db, replica, known_by_peer.get(replica.id))
        scan_local_changes(session, replica, db.actor)
        return collect_in(session, replica, known_by_peer, progress)


def collect_in(session: Session, replica: SyncReplica, known: Knowledge | None,
               progress: ProgressReporter = NO_PROGRESS) -> Changeset:
    knowledge = current_knowledge(replica)
    t = table_of(SyncRecord)
    query = select(t.c.table_name, t.c.record_id, t.c.stamps, t.c.deleted)
    if known is not None:
        floor = min((known.get(origin, "") for origin in knowledge), default="")
        query = query.where(t.c.last_clock > floor)
    wanted: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(dict)
    records: list[ChangedRecord] = []
    for book in session.connection().execute(query):
        if book.deleted is not None:
            tombstone = json.loads(book.deleted)
            if known is None or not covered(known, tombstone):
                records.append(ChangedRecord(book.table_name, book.record_id, deleted=tombstone))
            continue
        stamps = {name: stamp for name, stamp in json.loads(book.stamps).items()
                  if known is None or not covered(known, stamp)}
        if stamps:
            wanted[book.table_name][book.record_id] = stamps
    kept = kept_note_ids(session)
    total, done = sum(len(v) for v in wanted.values()), 0
    for table_name, by_record in wanted.items():
        progress.check_cancelled()
        synced = synced_table(table_name)
        if synced.is_link:
            for record_id, stamps in by_record.items():
                if note_of(synced.name, record_id) in kept:
                    continue
                records.append(ChangedRecord(table_name, record_id, {PRESENT: True}, {PRESENT: stamps[PRESENT]}))
            continue
        rows = read_rows(session.connection(), synced, by_record)
        linked = linked_recommendations(session.connection(), by_record) if table_name == "response" else {}
        for record_id, stamps in by_record.items():
            row = rows.get(record_id)
            if row is None or stays_here(synced, row, kept):
                continue
            values = travelled_values(synced, row)
            if synced.is_audit and values.get("origin") is None:
                values["origin"] = replica.name
            sent = {k: values[k] for k in stamps if k in values}
            if table_name == "response":
                sent[LINKED] = linked.get(record_id, [])
            records.append(ChangedRecord(table_name, record_id, sent, stamps))
        done += len(by_record)
        progress.report(done, total, f"Collecting {table_name.replace('_', ' ')}")
    names = {peer.id: peer.name for peer in session.scalars(select(SyncPeer))} | {replica.id: replica.name}
    conflicts = conflicts_to_send(session)
    mentioned = [m for r in records if not r.deleted for m in mentioned_ids(synced_table(r.table), r.record_id, r.values)]
    mentioned += [(c["table_name"], str(c["record_id"])) for c in conflicts]
    references = describe(session, mentioned)
    return Changeset(sender_id=replica.id, sender_name=replica.name, since=known, knowledge=knowledge,
                     records=records, conflicts=conflicts, names=names, references=references)


def apply_changes(db: Database, changeset: Changeset, progress: ProgressReporter = NO_PROGRESS) -> ApplyReport:
    """Merge `changeset` into `db`, all of it or nothing; applying it again changes nothing."""
    with db.write() as session:
        return apply_in(session, db, changeset, progress)


def apply_in(session: Session, db: Database, changeset: Changeset,
             progress: ProgressReporter = NO_PROGRESS) -> ApplyReport:
    db.backend.hold_exclusively(session, "sync")
    replica = replica_row(session, db)
    if changeset.sender_id == replica.id:
        raise SyncError(f"{db.name}: these changes were written by this same database; there is nothing to take")
    replica = check_not_rolled_back(session, db, replica, changeset.knowledge.get(replica.id))
    scan_local_changes(session, replica, db.actor)
    before = current_knowledge(replica)
    held = frozenset(ADMIN_TABLES) if db.role != "admin" else frozenset()
    result = Merger(session, replica, changeset, before, progress, held_tables=held).apply()
    merged = merged_knowledge(before, changeset, result.skipped_clocks)
    highest = max([replica.clock, *changeset.knowledge.values()])
    replica.clock = highest
    merged[replica.id] = max(merged.get(replica.id, ""), highest)
    replica.knowledge = json.dumps(merged, sort_keys=True)
    for origin, name in changeset.names.items():
        if origin != replica.id and session.get(SyncPeer, origin) is None:
            session.add(SyncPeer(id=origin, name=name, kind="laptop", knowledge="{}"))
    session.flush()
    return ApplyReport(changeset.sender_name, result.received, result.skipped, result.conflicts)
