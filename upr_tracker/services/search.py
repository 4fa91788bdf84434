"""Searching all the text of the database: recommendations, responses, milestones and notes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select

from upr_tracker.services.values import SearchHit, TextSegment
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import find_matches, split_snippet
from upr_tracker.storage.models import (
    Milestone,
    Note,
    Recommendation,
    Response,
    Review,
    State,
    milestone_recommendation,
    response_recommendation,
)

KINDS = ("recommendation", "response", "milestone", "note")


def search(
    db: Database,
    query: str,
    *,
    kinds: Sequence[str] | None = None,
    limit: int = 100,
    include_confidential: bool = True,
) -> list[SearchHit]:
    """The best matches for `query` (words, "phrases", prefix*, OR, -exclusions), best first,
    each with a snippet whose matched words are marked, and the recommendations it concerns."""
    with db.read() as session:
        matches = find_matches(session, query, kinds=kinds, limit=limit)
        by_kind: dict[str, list[uuid.UUID]] = {}
        for match in matches:
            by_kind.setdefault(match.kind, []).append(match.ref_id)
        titles: dict[uuid.UUID, str] = {}
        concerns: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
        confidential: set[uuid.UUID] = set()
        # One query per kind for the titles (loading each hit's review and State one by one cost
        # more than the search itself).
        if ids := by_kind.get("recommendation"):
            for rec_id, label, cycle, state_name in session.execute(
                select(Recommendation.id, Recommendation.label, Review.cycle, State.name)
                .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
                .where(Recommendation.id.in_(ids))
            ):
                titles[rec_id] = f"{state_name}, cycle {cycle}: recommendation {label or ''}".rstrip()
                concerns[rec_id] = (rec_id,)
        if ids := by_kind.get("response"):
            positions = dict(session.execute(select(Response.id, Response.position).where(Response.id.in_(ids))).all())
            covered: dict[uuid.UUID, list[tuple[uuid.UUID, str | None]]] = {i: [] for i in ids}
            for response_id, rec_id, label in session.execute(
                select(response_recommendation.c.response_id, Recommendation.id, Recommendation.label)
                .join(Recommendation, Recommendation.id == response_recommendation.c.recommendation_id)
                .where(response_recommendation.c.response_id.in_(ids))
                .order_by(Recommendation.label_sort)
            ):
                covered[response_id].append((rec_id, label))
            for response_id, recs in covered.items():
                labels = ", ".join(label or "?" for _rec, label in recs[:12]) + (", …" if len(recs) > 12 else "")
                titles[response_id] = f"Response ({positions.get(response_id) or 'no position'}) to {labels}"
                concerns[response_id] = tuple(rec for rec, _label in recs)
        if ids := by_kind.get("milestone"):
            for milestone in session.scalars(select(Milestone).where(Milestone.id.in_(ids))):
                titles[milestone.id] = f"Milestone: {milestone.title}"
                concerns[milestone.id] = tuple(
                    session.scalars(
                        select(milestone_recommendation.c.recommendation_id).where(
                            milestone_recommendation.c.milestone_id == milestone.id
                        )
                    )
                )
        if ids := by_kind.get("note"):
            for note in session.scalars(select(Note).where(Note.id.in_(ids))):
                titles[note.id] = f"Note by {note.author}, {note.written_at:%Y-%m-%d}"
                concerns[note.id] = (note.recommendation_id,) if note.recommendation_id else ()
                if note.confidential:
                    confidential.add(note.id)
        hits = []
        for match in matches:
            if match.ref_id in confidential and not include_confidential:
                continue
            hits.append(
                SearchHit(
                    kind=match.kind,
                    id=match.ref_id,
                    title=titles.get(match.ref_id, match.kind),
                    snippet=tuple(TextSegment(text, is_match) for text, is_match in split_snippet(match.body_snippet)),
                    recommendation_ids=concerns.get(match.ref_id, ()),
                    confidential=match.ref_id in confidential,
                )
            )
        return hits
