"""Searching all the text of the database: recommendations, responses, milestones and notes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select

from upr_tracker.services.values import SearchHit, TextSegment
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import find_matches, split_snippet
from upr_tracker.storage.models import Milestone, Note, Recommendation, Response, milestone_recommendation

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
        if ids := by_kind.get("recommendation"):
            for rec in session.scalars(select(Recommendation).where(Recommendation.id.in_(ids))):
                titles[rec.id] = f"{rec.review.state.name}, cycle {rec.review.cycle}: recommendation {rec.label or ''}".rstrip()
                concerns[rec.id] = (rec.id,)
        if ids := by_kind.get("response"):
            for response in session.scalars(select(Response).where(Response.id.in_(ids))):
                labels = ", ".join(r.label or "?" for r in response.recommendations)
                titles[response.id] = f"Response ({response.position or 'no position'}) to {labels}"
                concerns[response.id] = tuple(r.id for r in response.recommendations)
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
