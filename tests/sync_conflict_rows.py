"""Conflicts made in a test database as the sync engine writes them: one sync_conflict row per
field, the record holding the candidate with the highest clock (the provisional winner)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import select

from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Review, State, SyncConflict
from upr_tracker.sync.clock import clock_text

# 2026-12-01 09:30 UTC and a minute later.
EARLIER = clock_text(1_796_117_400_000, 0)
LATER = clock_text(1_796_117_460_000, 0)


def candidate(value: Any, clock: str, origin: str, origin_name: str, author: str) -> dict[str, Any]:
    return {"value": value, "clock": clock, "origin": origin, "origin_name": origin_name, "author": author}


def two_laptops(first: Any, second: Any) -> list[dict[str, Any]]:
    return [candidate(first, EARLIER, "a" * 8, "Amina on laptop-a", "Amina"),
            candidate(second, LATER, "b" * 8, "Bakyt on laptop-b", "Bakyt")]


def put_conflict(db: Database, table: str, record_id: object, field: str, candidates: list[dict[str, Any]],
                 *, set_winner: type | None = None) -> uuid.UUID:
    """A conflict row; with `set_winner` (the record's model) the record takes the newest value."""
    conflict_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{table}/{record_id}/{field}")
    with db.write() as session:
        session.add(SyncConflict(id=conflict_id, table_name=table, record_id=str(record_id), field=field,
                                 candidates=json.dumps(candidates), resolved="[]", open=True,
                                 found_at=dt.datetime.now(dt.UTC)))
        if set_winner is not None:
            newest = max(candidates, key=lambda c: c["clock"])
            setattr(session.get(set_winner, record_id), field, newest["value"])
    return conflict_id


def kazakhstan_recommendation(db: Database, cycle: int = 1) -> tuple[uuid.UUID, str, str]:
    """(id, label, text) of the first recommendation of Kazakhstan's review of `cycle` (the demo)."""
    with db.read() as session:
        row = session.execute(
            select(Recommendation.id, Recommendation.label, Recommendation.text)
            .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
            .where(State.iso3 == "KAZ", Review.cycle == cycle).order_by(Recommendation.label_sort).limit(1)).one()
    return row.id, row.label, row.text
