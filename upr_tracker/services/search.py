"""Searching all the text of the database: recommendations, responses, milestones and notes."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.services.values import RecommendationReference, SearchHit, TextSegment
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import count_matches, find_matches, split_snippet
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
_IDS_AT_ONCE = 500  # SQLite's limit on bound values is far above, but long IN lists plan badly


def count_hits(db: Database, query: str, *, kinds: Sequence[str] | None = None) -> int:
    """How many records match `query` in all (search returns only the best `limit`)."""
    with db.read() as session:
        return count_matches(session, query, kinds=kinds)


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
            linked: dict[uuid.UUID, list[uuid.UUID]] = {i: [] for i in ids}
            # One query for the links of all (one per milestone costs a round trip each on a server).
            for milestone_id, rec_id in session.execute(
                select(milestone_recommendation.c.milestone_id, milestone_recommendation.c.recommendation_id)
                .where(milestone_recommendation.c.milestone_id.in_(ids))
            ):
                linked[milestone_id].append(rec_id)
            for milestone_id, title in session.execute(select(Milestone.id, Milestone.title).where(Milestone.id.in_(ids))):
                titles[milestone_id] = f"Milestone: {title}"
                concerns[milestone_id] = tuple(linked[milestone_id])
        if ids := by_kind.get("note"):
            for note in session.scalars(select(Note).where(Note.id.in_(ids))):
                titles[note.id] = f"Note by {note.author}, {note.written_at:%Y-%m-%d}"
                concerns[note.id] = (note.recommendation_id,) if note.recommendation_id else ()
                if note.confidential:
                    confidential.add(note.id)
        references = _references(session, {rec for match in matches if match.kind != "recommendation"
                                            for rec in concerns.get(match.ref_id, ())})
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
                    recommendations=() if match.kind == "recommendation" else tuple(
                        references[rec] for rec in concerns.get(match.ref_id, ()) if rec in references),
                )
            )
        return hits


def _references(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, RecommendationReference]:
    """State, cycle and label of each recommendation, read in a few queries."""
    found: dict[uuid.UUID, RecommendationReference] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), _IDS_AT_ONCE):
        for rec_id, label, cycle, state_name in session.execute(
            select(Recommendation.id, Recommendation.label, Review.cycle, State.name)
            .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
            .where(Recommendation.id.in_(ordered[start:start + _IDS_AT_ONCE]))
        ):
            found[rec_id] = RecommendationReference(state_name, cycle, label)
    return found


_LABELS_NAMED = 12


def _label_order(label: str | None) -> tuple[tuple[int, int, str], ...]:
    """97.2 before 97.12: numbers compared as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", label or ""))


def concerned_recommendations(references: Sequence[RecommendationReference]) -> str:
    """What a response, milestone or note hit concerns, for a reader: "on Kazakhstan, cycle 1:
    97.2, 97.12", each review in turn; "linked to no recommendation" when there is none."""
    if not references:
        return "linked to no recommendation"
    by_review: dict[tuple[str, int], list[str | None]] = {}
    for reference in references:
        by_review.setdefault((reference.state, reference.cycle), []).append(reference.label)
    parts = []
    for (state, cycle), labels in sorted(by_review.items()):
        ordered = sorted(labels, key=_label_order)
        named = ", ".join(label or "(no label)" for label in ordered[:_LABELS_NAMED])
        more = f" and {len(ordered) - _LABELS_NAMED} more" if len(ordered) > _LABELS_NAMED else ""
        parts.append(f"{state}, cycle {cycle}: {named}{more}")
    return "on " + "; ".join(parts)
