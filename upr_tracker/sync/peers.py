"""The other databases this one exchanged changes with."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.storage.database import Database
from upr_tracker.storage.models import SyncPeer, utc_now
from upr_tracker.sync.changeset import Knowledge


@dataclass(frozen=True)
class PeerInfo:
    id: str
    name: str
    kind: str
    knowledge: Knowledge
    last_sent_at: dt.datetime | None
    last_received_at: dt.datetime | None
    last_summary: dict[str, Any] | None
    public_key: bytes | None


def _info(row: SyncPeer) -> PeerInfo:
    return PeerInfo(row.id, row.name, row.kind, json.loads(row.knowledge or "{}"), row.last_sent_at,
                    row.last_received_at, json.loads(row.last_summary) if row.last_summary else None, row.public_key)


def list_peers(db: Database) -> list[PeerInfo]:
    with db.read() as session:
        return [_info(row) for row in session.scalars(select(SyncPeer).order_by(SyncPeer.name))]


def find_peer(db: Database, id_or_name: str) -> PeerInfo | None:
    """A peer by its id or its name (as `--for PEER` gives it)."""
    with db.read() as session:
        row = session.get(SyncPeer, id_or_name) or session.scalars(
            select(SyncPeer).where(SyncPeer.name == id_or_name)).first()
        return _info(row) if row is not None else None


def peer_knowledge(db: Database, peer_id: str) -> Knowledge | None:
    peer = find_peer(db, peer_id)
    return peer.knowledge if peer is not None else None


def remember_peer(session: Session, peer_id: str, name: str, *, kind: str = "laptop",
                  knowledge: Knowledge | None = None, public_key: bytes | None = None, sent: bool = False,
                  received: bool = False, summary: dict[str, Any] | None = None) -> SyncPeer:
    """Record an exchange with a peer (in the session of the exchange, so both land together).
    Its knowledge only grows: an older bundle applied late does not make it seem to know less."""
    row = session.get(SyncPeer, peer_id)
    if row is None:
        row = SyncPeer(id=peer_id, name=name, kind=kind, knowledge="{}")
        session.add(row)
    row.name = name
    row.kind = kind
    if knowledge:
        known = json.loads(row.knowledge or "{}")
        for origin, clock in knowledge.items():
            if clock > known.get(origin, ""):
                known[origin] = clock
        row.knowledge = json.dumps(known, sort_keys=True)
    if public_key is not None:
        row.public_key = public_key
    now = utc_now()
    if sent:
        row.last_sent_at = now
    if received:
        row.last_received_at = now
    if summary is not None:
        row.last_summary = json.dumps(summary)
    return row
