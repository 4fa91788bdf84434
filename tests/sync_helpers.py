"""Helpers of the sync tests: what a database holds, independent of its ids, and exchanges."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select

from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Assessment,
    AuditEntry,
    Milestone,
    Note,
    Recommendation,
    Response,
    Review,
    SyncConflict,
    Term,
)
from upr_tracker.sync.exchange import ApplyReport, apply_changes, collect_changes
from upr_tracker.sync.replica import knowledge_of


def content_of(db: Database) -> dict[str, Any]:
    """Everything people see, named by content rather than by id (two databases that merged hold
    their shared records under different ids)."""
    with db.read() as session:
        def rec_name(rec: Recommendation) -> str:
            return f"{rec.review.state.iso3}/{rec.review.cycle}/{rec.label or rec.text_key}"

        recs = {}
        for rec in session.scalars(select(Recommendation)):
            recs[rec_name(rec)] = {
                "text": rec.text, "recommended_by": rec.recommended_by, "action_category": rec.action_category,
                "position": rec.current_position, "level": rec.implementation_level,
                "terms": sorted(f"{t.vocabulary}:{t.name}" for t in rec.terms),
                "states": sorted(s.iso3 for s in rec.recommending_states),
                "responses": sorted(f"{r.position}|{r.response_text}" for r in rec.responses),
            }
        by_id = {r.id: rec_name(r) for r in session.scalars(select(Recommendation))}
        notes = sorted(json.dumps([n.body, n.author, n.confidential, by_id.get(n.recommendation_id),
                                   sorted(t.tag for t in n.tags)], ensure_ascii=False)
                       for n in session.scalars(select(Note)) if not n.kept_on_laptop)
        assessments = sorted(f"{by_id.get(a.recommendation_id)}|{a.source}|{a.level}|{a.evidence}"
                             for a in session.scalars(select(Assessment)))
        milestones = sorted(json.dumps([m.title, m.kind, str(m.occurred_on),
                                        sorted(by_id[r.id] for r in m.recommendations)])
                            for m in session.scalars(select(Milestone)))
        reviews = sorted(f"{r.state.iso3}/{r.cycle}/{r.review_date}/{r.next_review_on}" for r in session.scalars(select(Review)))
        terms = sorted(f"{t.vocabulary}:{t.name}" for t in session.scalars(select(Term)))
        responses = session.query(Response).count()
        conflicts = sorted(f"{c.table_name}.{c.field}:{c.open}:{len(json.loads(c.candidates))}"
                           for c in session.scalars(select(SyncConflict)))
        return {"recommendations": recs, "notes": notes, "assessments": assessments, "milestones": milestones,
                "reviews": reviews, "terms": terms, "responses": responses, "conflicts": conflicts}


def send(source: Database, target: Database, *, everything: bool = False) -> ApplyReport:
    """What `target` lacks of `source`, applied to it."""
    changes = collect_changes(source, None if everything else knowledge_of(target))
    return apply_changes(target, changes)


def exchange(a: Database, b: Database) -> None:
    send(a, b)
    send(b, a)


def audit_values(db: Database, table: str, field: str) -> set[Any]:
    """Every value a field took, as the audit trail keeps it (before and after of every entry)."""
    found = set()
    with db.read() as session:
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.table_name == table)):
            for side in (entry.before, entry.after):
                if side and field in json.loads(side):
                    found.add(json.loads(side)[field])
    return found


@contextmanager
def open_two_laptops(demo_file: Path, folder: Path) -> Iterator[tuple[Database, Database]]:
    """Alice's laptop with the demo, and Bob's, a new database that takes a full copy of it."""
    shutil.copy(demo_file, folder / "alice.sqlite3")
    alice = Database.open(folder / "alice.sqlite3", actor="alice")
    bob = Database.open(folder / "bob.sqlite3", actor="bob")
    try:
        send(alice, bob, everything=True)
        yield alice, bob
    finally:
        alice.close()
        bob.close()
