"""Recommended again: a recommendation of one cycle linked to the one that repeats it in a later
cycle of the same State.

A person links two recommendations by hand (the link is confirmed at once), or the app suggests
pairs whose wording is alike, with a score; a person then confirms or rejects each suggestion. A
rejected pair is kept with its decision, so that it is never suggested again.

The wording's similarity is upr_tracker.suggestions.similarity (shared with the suggestion model's
text normalisation); this module keeps the database work.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError
from upr_tracker.services.recommendations import rows_for
from upr_tracker.services.records import fetch
from upr_tracker.services.states import resolve_state
from upr_tracker.services.values import RecommendationRow, RelatedRecommendation
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Recommendation,
    RecommendationLink,
    Review,
    utc_now,
)
# MINIMUM_WORDS and SUGGESTION_THRESHOLD are the similarity's settings, named here too for the faces
# that show them.
from upr_tracker.suggestions.similarity import (
    MINIMUM_WORDS as MINIMUM_WORDS,
    SUGGESTION_THRESHOLD as SUGGESTION_THRESHOLD,
    comparable_text,
    similar_pairs,
)

RECOMMENDED_AGAIN = "recommended_again"
SUGGESTED, CONFIRMED, REJECTED = "suggested", "confirmed", "rejected"
LINK_STATUSES = (SUGGESTED, CONFIRMED, REJECTED)


@dataclass(frozen=True)
class SuggestionReport:
    state_iso3: str
    created: int
    # Pairs above the threshold that already had a link (suggested, confirmed or rejected).
    already_linked: int
    cycles: tuple[tuple[int, int], ...]


def _ordered_pair(session: Session, first_id: uuid.UUID, second_id: uuid.UUID) -> tuple[uuid.UUID, uuid.UUID]:
    """The two recommendations as (earlier, later): of the same State, from two different cycles."""
    if first_id == second_id:
        raise InvalidValueError("a recommendation cannot be linked to itself")
    first = fetch(session, Recommendation, first_id)
    second = fetch(session, Recommendation, second_id)
    if first.review.state_id != second.review.state_id:
        raise InvalidValueError("recommended again: the two recommendations are addressed to different States")
    if first.review.cycle == second.review.cycle:
        raise InvalidValueError(f"recommended again: both recommendations are of cycle {first.review.cycle}; "
                                "link recommendations of two different cycles")
    return (first_id, second_id) if first.review.cycle < second.review.cycle else (second_id, first_id)


def _link_between(session: Session, earlier_id: uuid.UUID, later_id: uuid.UUID) -> RecommendationLink | None:
    return session.scalar(select(RecommendationLink).where(
        RecommendationLink.earlier_id == earlier_id, RecommendationLink.later_id == later_id))


def link_by_hand(db: Database, first_id: uuid.UUID, second_id: uuid.UUID, comment: str | None = None) -> uuid.UUID:
    """Link two recommendations of different cycles as recommended again, confirmed by the person
    who made the link (a suggestion or a rejected pair between them becomes confirmed)."""
    with db.write() as session:
        earlier_id, later_id = _ordered_pair(session, first_id, second_id)
        link = _link_between(session, earlier_id, later_id)
        if link is None:
            link = RecommendationLink(earlier_id=earlier_id, later_id=later_id, kind=RECOMMENDED_AGAIN)
            session.add(link)
        link.status = CONFIRMED
        link.decided_by = db.actor
        link.decided_at = utc_now()
        if comment:
            link.comment = comment
        session.flush()
        return link.id


def remove_link(db: Database, first_id: uuid.UUID, second_id: uuid.UUID) -> bool:
    """Take the link between two recommendations away (whatever its status); False if there was none."""
    with db.write() as session:
        for earlier_id, later_id in ((first_id, second_id), (second_id, first_id)):
            link = _link_between(session, earlier_id, later_id)
            if link is not None:
                session.delete(link)
                return True
        return False


def decide_suggestion(db: Database, link_id: uuid.UUID, accept: bool) -> None:
    """A person confirms or rejects a link (a rejected one stays, so that it is not suggested again)."""
    with db.write() as session:
        link = fetch(session, RecommendationLink, link_id)
        link.status = CONFIRMED if accept else REJECTED
        link.decided_by = db.actor
        link.decided_at = utc_now()


def related_recommendations(db: Database, recommendation_id: uuid.UUID, *,
                            with_rejected: bool = False) -> tuple[RelatedRecommendation, ...]:
    """The recommendations linked to this one, earlier cycles first (rejected pairs left out unless asked)."""
    with db.read() as session:
        return related_links(session, recommendation_id, with_rejected=with_rejected)


def related_links(session: Session, recommendation_id: uuid.UUID, *,
             with_rejected: bool = False) -> tuple[RelatedRecommendation, ...]:
    query = select(RecommendationLink).where(or_(RecommendationLink.earlier_id == recommendation_id,
                                                 RecommendationLink.later_id == recommendation_id))
    if not with_rejected:
        query = query.where(RecommendationLink.status != REJECTED)
    links = list(session.scalars(query))
    others = [link.later_id if link.earlier_id == recommendation_id else link.earlier_id for link in links]
    rows = {row.id: row for row in rows_for(session, others)}
    related = [
        RelatedRecommendation(link.id, rows[other], "later" if link.earlier_id == recommendation_id else "earlier",
                              link.kind, link.status, link.score, link.decided_by, link.decided_at)
        for link, other in zip(links, others) if other in rows
    ]
    related.sort(key=lambda r: (r.row.cycle, r.status != CONFIRMED, -(r.score or 0), r.row.label or ""))
    return tuple(related)


def link_candidates(db: Database, recommendation_id: uuid.UUID) -> list[RecommendationRow]:
    """The recommendations it may be linked to by hand: the same State's, of the other cycles."""
    with db.read() as session:
        recommendation = fetch(session, Recommendation, recommendation_id)
        ids = session.scalars(
            select(Recommendation.id).join(Review, Review.id == Recommendation.review_id)
            .where(Review.state_id == recommendation.review.state_id, Review.cycle != recommendation.review.cycle)
            .order_by(Review.cycle, Recommendation.label_sort)).all()
        return rows_for(session, list(ids))


def recommendation_chain(db: Database, recommendation_id: uuid.UUID) -> tuple[RecommendationRow, ...]:
    """The recommendation and those confirmed as the same one in other cycles, followed link by link
    both ways (2010 → 2014 → 2019), in cycle order."""
    with db.read() as session:
        return tuple(confirmed_chain(session, recommendation_id))


def confirmed_chain(session: Session, recommendation_id: uuid.UUID) -> list[RecommendationRow]:
    seen = {recommendation_id}
    frontier = [recommendation_id]
    while frontier:
        pairs = session.execute(select(RecommendationLink.earlier_id, RecommendationLink.later_id).where(
            RecommendationLink.status == CONFIRMED,
            or_(RecommendationLink.earlier_id.in_(frontier), RecommendationLink.later_id.in_(frontier))))
        found = {i for pair in pairs for i in pair} - seen
        seen |= found
        frontier = list(found)
    return sorted(rows_for(session, list(seen)), key=lambda r: (r.cycle, r.label or "", str(r.id)))


def suggest_recommended_again(
    db: Database, state: str, *, threshold: float = SUGGESTION_THRESHOLD,
    cancelled: Callable[[], bool] = lambda: False,
) -> SuggestionReport:
    """Suggest, for each pair of the State's consecutive cycles, the later recommendations whose
    wording is like an earlier one's (score at least `threshold`). Each later recommendation gets
    its best earlier match (and any tied with it); a pair already linked, confirmed or rejected,
    is left as it is."""
    with db.read() as session:
        state_row = resolve_state(session, state)
        iso3 = state_row.iso3
        reviews = session.execute(select(Review.id, Review.cycle).where(Review.state_id == state_row.id)
                                  .order_by(Review.cycle)).all()
        cycles = sorted({cycle for _id, cycle in reviews})
        texts: dict[int, list[tuple[uuid.UUID, str]]] = {cycle: [] for cycle in cycles}
        for recommendation_id, cycle, text in session.execute(
            select(Recommendation.id, Review.cycle, Recommendation.text)
            .join(Review, Review.id == Recommendation.review_id).where(Review.state_id == state_row.id)
        ):
            cleaned = comparable_text(text)
            if cleaned is not None:
                texts[cycle].append((recommendation_id, cleaned))
        existing = {tuple(pair) for pair in session.execute(
            select(RecommendationLink.earlier_id, RecommendationLink.later_id)
            .join(Recommendation, Recommendation.id == RecommendationLink.later_id)
            .join(Review, Review.id == Recommendation.review_id).where(Review.state_id == state_row.id)
        )}
    pairs = [(earlier, later) for earlier, later in itertools.pairwise(cycles) if later == earlier + 1]
    found: list[tuple[uuid.UUID, uuid.UUID, float]] = []
    for earlier_cycle, later_cycle in pairs:
        if cancelled():
            break
        found += similar_pairs(texts[earlier_cycle], texts[later_cycle], threshold)
    new = [(e, later, s) for e, later, s in found if (e, later) not in existing]
    if new and not cancelled():
        with db.write() as session:
            for earlier_id, later_id, score in new:
                session.add(RecommendationLink(earlier_id=earlier_id, later_id=later_id, kind=RECOMMENDED_AGAIN,
                                               status=SUGGESTED, score=round(score, 1)))
    else:
        new = []
    return SuggestionReport(iso3, len(new), len(found) - len(new), tuple(pairs))


def suggestion_rows(db: Database, state: str | None = None, *, status: str = SUGGESTED
                    ) -> list[tuple[uuid.UUID, float | None, RecommendationRow, RecommendationRow]]:
    """The links of one status (suggested, by default), as (link id, score, earlier, later), best first."""
    if status not in LINK_STATUSES:
        raise InvalidValueError(f"status: {status!r} is not one of {', '.join(LINK_STATUSES)}")
    with db.read() as session:
        query = select(RecommendationLink.id, RecommendationLink.score, RecommendationLink.earlier_id,
                       RecommendationLink.later_id).where(RecommendationLink.status == status)
        if state:
            state_id = resolve_state(session, state).id
            query = (query.join(Recommendation, Recommendation.id == RecommendationLink.later_id)
                     .join(Review, Review.id == Recommendation.review_id).where(Review.state_id == state_id))
        links = session.execute(query).all()
        rows = {row.id: row for row in rows_for(session, [i for link in links for i in link[2:]])}
    result = [(link_id, score, rows[earlier], rows[later]) for link_id, score, earlier, later in links
              if earlier in rows and later in rows]
    result.sort(key=lambda item: (-(item[1] or 0), item[3].cycle, item[3].label or ""))
    return result
