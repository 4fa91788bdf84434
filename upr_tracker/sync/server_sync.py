"""Two-way sync of a laptop's database with the team server's.

The server is a replica like the laptops. The laptop sends what the server has not seen, in one
transaction on the server; then takes what it has not seen, in one transaction on the laptop. A
sync cut short between the two is resumed by the next: what was applied is known on both sides.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select

from upr_tracker.errors import SyncError
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import SyncReplica, utc_now
from upr_tracker.sync.exchange import apply_in, collect_in, current_knowledge
from upr_tracker.sync.first_copy import copy_from_server, holds_nothing
from upr_tracker.sync.peers import remember_peer
from upr_tracker.sync.replica import check_not_rolled_back, replica_row
from upr_tracker.sync.scan import scan_local_changes

log = logging.getLogger(__name__)


@dataclass
class SyncReport:
    server_name: str
    sent: int
    received: int
    conflicts: int
    at: dt.datetime


class _Stage:
    """Progress of one half of the sync, as part of the whole."""

    def __init__(self, progress: ProgressReporter, offset: int, text: str) -> None:
        self.progress, self.offset, self.text = progress, offset, text

    def report(self, done: int, total: int, text: str = "") -> None:
        share = (done * 50 // total) if total else 50
        self.progress.report(self.offset + share, 100, f"{self.text}: {text}" if text else self.text)

    def check_cancelled(self) -> None:
        self.progress.check_cancelled()


def sync_with_server(local: Database, server: Database, progress: ProgressReporter = NO_PROGRESS) -> SyncReport:
    """Send the server what it lacks, then take from it what the laptop lacks (each step one
    transaction; a sync cut short is resumed by the next). A laptop that holds nothing yet takes a
    copy; a viewer of the team database only takes."""
    progress.report(0, 100, "Looking for changes")
    may_send = server.role != "viewer"
    empty = holds_nothing(local)
    if may_send:
        with server.write() as session:
            server_replica = replica_row(session, server)
            server_id, server_name = server_replica.id, server_replica.name
            if empty:  # (a copy takes the server's bookkeeping as it is: up to date first)
                server.backend.hold_exclusively(session, "sync")
                scan_local_changes(session, server_replica, server.actor)
            server_knows = current_knowledge(server_replica)
    else:
        with server.read() as session:
            found = session.scalars(select(SyncReplica)).first()
            if found is None:
                raise SyncError(f"{server.name} has never been synced with: an editor of the team database must "
                                "sync first (a viewer only takes what is there)")
            server_id, server_name, server_knows = found.id, found.name, current_knowledge(found)
    if empty:
        copied = copy_from_server(local, server, server_knows, server_name, _Stage(progress, 0, "Copying"))
        with local.write() as session:
            summary = {"sent": 0, "received": copied, "conflicts": 0}
            remember_peer(session, server_id, server_name, kind="server", knowledge=server_knows, sent=True,
                          received=True, summary=summary)
        progress.report(100, 100, "Synced")
        log.info("Synced with %s: a first copy, %d records received", server.name, copied)
        return SyncReport(server.name, 0, copied, 0, utc_now())
    with local.write() as session:
        replica = replica_row(session, local)
        replica = check_not_rolled_back(session, local, replica, server_knows.get(replica.id))
        scan_local_changes(session, replica, local.actor)
        outgoing = collect_in(session, replica, server_knows, _Stage(progress, 0, "Collecting")) if may_send else None
        local_knows = current_knowledge(replica)
    sent = None
    if outgoing is not None:
        with server.write() as session:
            sent = apply_in(session, server, outgoing, _Stage(progress, 25, "Sending"))
            remember_peer(session, outgoing.sender_id, outgoing.sender_name, kind="laptop",
                          knowledge=outgoing.knowledge, received=True,
                          summary={"sent": 0, "received": sent.received, "conflicts": sent.conflicts})
            incoming = collect_in(session, replica_row(session, server), local_knows,
                                  _Stage(progress, 50, "Receiving"))
    else:
        with server.read() as session:
            incoming = collect_in(session, session.scalars(select(SyncReplica)).one(), local_knows,
                                  _Stage(progress, 50, "Receiving"))
    with local.write() as session:
        received = apply_in(session, local, incoming, _Stage(progress, 75, "Merging"))
        sent_count = len(outgoing.records) if outgoing is not None else 0
        summary = {"sent": sent_count, "received": received.received,
                   "conflicts": received.conflicts + (sent.conflicts if sent is not None else 0)}
        remember_peer(session, server_id, server_name, kind="server", knowledge=incoming.knowledge, sent=True,
                      received=True, summary=summary)
    progress.report(100, 100, "Synced")
    log.info("Synced with %s: %d records sent, %d received, %d conflicts", server.name, sent_count,
             received.received, summary["conflicts"])
    return SyncReport(server.name, sent_count, received.received, summary["conflicts"], utc_now())
