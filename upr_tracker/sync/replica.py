"""This database as a replica: its id, its name, its clock and what it has seen of others."""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.storage.database import Database
from upr_tracker.storage.models import SyncReplica
from upr_tracker.sync.changeset import Knowledge
from upr_tracker.sync.clock import ZERO


@dataclass(frozen=True)
class Replica:
    id: str
    name: str


def place_of(db: Database) -> str:
    """Where the database is: the host and file of a laptop's database, the address of a server's."""
    if db.path is not None:
        return f"{socket.gethostname()}:{db.path}"
    return f"server:{db.name}"


def default_name(db: Database) -> str:
    if db.path is not None:
        return f"{db.actor} on {socket.gethostname()}"
    return f"team server {db.name}"


def replica_row(session: Session, db: Database) -> SyncReplica:
    """This database's replica row, made on first use. A file copied to another place (another
    laptop, another folder) takes a new id, keeping what it had seen: two databases must never
    share one, or their changes could not be told apart."""
    place = place_of(db)
    row = session.scalars(select(SyncReplica)).first()
    if row is not None and row.place == place:
        return row
    knowledge = json.loads(row.knowledge) if row is not None else {}
    clock = row.clock if row is not None else ZERO
    if row is not None:
        knowledge[row.id] = row.clock
        session.delete(row)
        session.flush()
    row = SyncReplica(id=str(uuid.uuid4()), name=default_name(db), clock=clock, place=place,
                      knowledge=json.dumps(knowledge), scanned_at=None)
    session.add(row)
    session.flush()
    return row


def check_not_rolled_back(session: Session, db: Database, replica: SyncReplica, seen_of_us: str | None) -> SyncReplica:
    """Give this database a new id if another has seen changes of it that it no longer has (it was
    restored from a backup or its file replaced by an older copy): under its old id, its next changes
    would be taken for ones the others already have. What it had of its old self stays known up to
    where it really is, so the others send it back what it lost."""
    if seen_of_us is None or seen_of_us <= replica.clock:
        return replica
    knowledge = json.loads(replica.knowledge or "{}") | {replica.id: replica.clock}
    row = SyncReplica(id=str(uuid.uuid4()), name=replica.name, clock=seen_of_us, place=replica.place,
                      knowledge=json.dumps(knowledge, sort_keys=True), scanned_at=replica.scanned_at,
                      signing_key=replica.signing_key)
    session.delete(replica)
    session.flush()
    session.add(row)
    session.flush()
    return row


def this_replica(db: Database) -> Replica:
    with db.write() as session:
        row = replica_row(session, db)
        return Replica(row.id, row.name)


def knowledge_of(db: Database) -> Knowledge:
    with db.write() as session:
        row = replica_row(session, db)
        knowledge: Knowledge = json.loads(row.knowledge)
        return knowledge | {row.id: row.clock}


def rename_replica(db: Database, name: str) -> None:
    with db.write() as session:
        replica_row(session, db).name = name.strip() or default_name(db)
