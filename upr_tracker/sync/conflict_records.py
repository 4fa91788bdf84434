"""The engine's side of conflicts: recording one when two sides changed a field differently, and
merging the conflicts another database knows with ours (their candidates and decisions are sets,
so that every database ends up with the same)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import SyncConflict, utc_now

_NAMESPACE = uuid.UUID("4b1f7a56-2a8e-4c0e-9d59-7f3c2d1e0a11")


def conflict_id(table: str, record_id: str, field: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{table}|{record_id}|{field}")


def candidate_key(candidate: dict[str, Any]) -> str:
    return f"{candidate['clock']}@{candidate['origin']}"


def candidate(value: Any, stamp: list[str], names: dict[str, str]) -> dict[str, Any]:
    return {"value": value, "clock": stamp[0], "origin": stamp[1], "author": stamp[2] if len(stamp) > 2 else "",
            "origin_name": names.get(stamp[1], stamp[1])}


def record_conflict(session: Session, table: str, record_id: str, field: str, candidates: list[dict[str, Any]],
                    resolved: Sequence[str] = (), *, found_at: dt.datetime | None = None,
                    resolved_by: str | None = None, resolved_at: dt.datetime | None = None) -> bool:
    """Add candidates (and decisions) to the field's conflict, making it if needed; returns whether
    the conflict is newly open."""
    row = session.get(SyncConflict, conflict_id(table, record_id, field))
    if row is None:
        row = SyncConflict(id=conflict_id(table, record_id, field), table_name=table, record_id=record_id,
                           field=field, candidates="[]", resolved="[]", open=False, found_at=found_at or utc_now())
        session.add(row)
        was_open = False
    else:
        was_open = row.open
    known = {candidate_key(c): c for c in json.loads(row.candidates)}
    for c in candidates:
        known.setdefault(candidate_key(c), c)
    decided = set(json.loads(row.resolved)) | set(resolved)
    row.candidates = json.dumps(sorted(known.values(), key=candidate_key), ensure_ascii=False)
    row.resolved = json.dumps(sorted(decided))
    row.open = any(key not in decided for key in known)
    if resolved_at is not None and (row.resolved_at is None or resolved_at > row.resolved_at):
        row.resolved_at, row.resolved_by = resolved_at, resolved_by
    session.flush()
    return row.open and not was_open


def conflicts_to_send(session: Session) -> list[dict[str, Any]]:
    return [{"table_name": c.table_name, "record_id": c.record_id, "field": c.field,
             "candidates": json.loads(c.candidates), "resolved": json.loads(c.resolved),
             "found_at": c.found_at.isoformat() if c.found_at else None, "resolved_by": c.resolved_by,
             "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None}
            for c in session.scalars(select(SyncConflict))]


def parse_moment(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
