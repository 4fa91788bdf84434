"""A laptop's first sync, when its database holds nothing yet: a copy of the team server's records
and of their sync bookkeeping, table by table in bulk, in one transaction (instead of merging a
changeset record by record: a copy of 200,000 recommendations in minutes, not hours).

Only what the laptop's user may read is copied: a confidential note the server keeps from them is
neither copied nor registered, so that the laptop never takes it for deleted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session

from upr_tracker.services.database_copy import read_snapshot
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Base, SyncReplica, utc_now
from upr_tracker.sync.changeset import Knowledge
from upr_tracker.sync.replica import replica_row
from upr_tracker.sync.tables import note_of

# Tables whose rows are this database's own: its settings, its replica, its peers.
OWN_TABLES = frozenset({"setting", "sync_replica", "sync_peer"})
BOOKKEEPING_TABLES = ("sync_record", "sync_identity", "sync_conflict")
# Tables whose rows mean the database holds something of its own (not only shipped reference data).
DATA_TABLES = ("review", "document", "recommendation", "note", "milestone", "attachment", "sync_record",
               "sync_conflict")
READ_BATCH = 5000


def holds_nothing(db: Database) -> bool:
    with db.read() as session:
        return not any(session.scalar(select(func.count()).select_from(Base.metadata.tables[name]))
                       for name in DATA_TABLES)


def copy_from_server(local: Database, server: Database, server_knows: Knowledge, server_name: str,
                     progress: ProgressReporter = NO_PROGRESS) -> int:
    """Fill the empty `local` with the server's records; returns how many records were copied."""
    data_tables = [t for t in Base.metadata.sorted_tables if t.name not in OWN_TABLES and
                   t.name not in BOOKKEEPING_TABLES]
    bookkeeping = [Base.metadata.tables[name] for name in BOOKKEEPING_TABLES]
    copied = 0
    with read_snapshot(server) as reading, local.engine.connect() as writing:
        writing = writing.execution_options(**local.backend.write_options())
        with local.backend.translated_errors(local.name), writing.begin():
            local.backend.begin_bulk_load(writing, data_tables + bookkeeping)
            total = sum(_count(reading, t) for t in data_tables)
            # Only the shipped reference data is here: the server's own, with its ids, replaces it.
            for table in reversed(data_tables + bookkeeping):
                writing.execute(table.delete())
            visible_notes: set[str] = set()
            for table in data_tables:
                progress.check_cancelled()
                rows = _rows(reading, table)
                if table.name == "note":
                    rows = _noting(rows, table.columns.keys().index("id"), visible_notes)
                copied += local.backend.bulk_insert(writing, table, rows)
                progress.report(copied, total, f"Copying {table.name.replace('_', ' ')}")
            for table in bookkeeping:
                rows = _rows(reading, table)
                if table.name == "sync_record":
                    rows = (row for row in rows if _readable(row, visible_notes))
                local.backend.bulk_insert(writing, table, rows)
            # The trail's entries were made on the server (or came to it from elsewhere).
            writing.execute(text("UPDATE audit_entry SET origin = :name WHERE origin IS NULL"), {"name": server_name})
            session = Session(bind=writing, join_transaction_mode="create_savepoint")
            replica = replica_row(session, local)
            _take_knowledge(replica, server_knows)
            # The copied records come with the server's digests: the next look for changes here
            # starts from now instead of reading everything once more.
            replica.scanned_at = utc_now()
            session.commit()
            session.close()
    return copied


def _take_knowledge(replica: SyncReplica, server_knows: Knowledge) -> None:
    knowledge = json.loads(replica.knowledge or "{}")
    for origin, clock in server_knows.items():
        if clock > knowledge.get(origin, ""):
            knowledge[origin] = clock
    replica.clock = max([replica.clock, *server_knows.values()])
    knowledge[replica.id] = replica.clock
    replica.knowledge = json.dumps(knowledge, sort_keys=True)


def _count(connection: Connection, table: Table) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _rows(connection: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    # (the option on the statement: on the connection it would stay for what follows)
    for row in connection.execute(select(*table.columns).execution_options(yield_per=READ_BATCH)):
        yield tuple(row)


def _noting(rows: Iterator[tuple[Any, ...]], id_index: int, visible: set[str]) -> Iterator[tuple[Any, ...]]:
    """The notes as they pass, remembering which the user can read."""
    for row in rows:
        visible.add(str(row[id_index]))
        yield row


def _readable(row: tuple[Any, ...], visible_notes: set[str]) -> bool:
    note = note_of(row[0], row[1])
    return note is None or note in visible_notes

