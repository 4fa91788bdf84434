"""A person accepts or rejects suggestions.

Accepting sets the value (an empty action category, or a theme or SDG attached) and marks the
suggestion accepted, by whom and when, in one unit of work: the audit trail holds both changes.
It is refused when a value of that kind set by a person or a document now stands: a suggestion
never overwrites. Rejecting is remembered; the value is never suggested again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from upr_tracker.errors import InvalidValueError
from upr_tracker.services.records import fetch
from upr_tracker.services.suggestions_reading import (
    ACCEPTED,
    ACTION_CATEGORY,
    ID_BATCH,
    REJECTED,
    SDG,
    VOCABULARY_OF,
    SuggestionFilter,
    _rows_query,
    with_state_code,
)
from upr_tracker.services.vocabularies import find_term
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Suggestion, Term, utc_now

_KIND_WORDS = {ACTION_CATEGORY: "action category", "theme": "theme", SDG: "SDG"}


def _where(recommendation: Recommendation) -> str:
    review = recommendation.review
    label = f" {recommendation.label}" if recommendation.label else ""
    return f"recommendation{label} ({review.state.iso3}, cycle {review.cycle})"


def _accepted_values(session: Session, recommendation_id: uuid.UUID, kind: str) -> set[str]:
    return set(session.scalars(select(Suggestion.value).where(
        Suggestion.recommendation_id == recommendation_id, Suggestion.kind == kind, Suggestion.status == ACCEPTED)))


def _term_value(term: Term, kind: str) -> str | None:
    return term.code if kind == SDG else term.name


def _accept(session: Session, suggestion: Suggestion, actor: str) -> None:
    """Set the suggested value on its recommendation and mark the suggestion accepted; refused
    (InvalidValueError) when a person's or a document's value of that kind now stands."""
    if suggestion.status == ACCEPTED:
        return
    recommendation = suggestion.recommendation
    accepted = _accepted_values(session, recommendation.id, suggestion.kind)
    words = _KIND_WORDS[suggestion.kind]
    if suggestion.kind == ACTION_CATEGORY:
        current = recommendation.action_category
        if current is not None:
            whose = "an accepted suggestion" if str(current) in accepted else "a person or a document"
            raise InvalidValueError(
                f"{_where(recommendation)}: the action category is already {current}, set by {whose}; "
                f"the suggested {suggestion.value} is not put in its place")
        recommendation.action_category = int(suggestion.value)
    else:
        vocabulary = VOCABULARY_OF[suggestion.kind]
        standing = [t for t in recommendation.terms if t.vocabulary == vocabulary
                    and _term_value(t, suggestion.kind) not in accepted]
        if standing:
            raise InvalidValueError(
                f"{_where(recommendation)}: a person or a document has given its {words}s "
                f"({', '.join(_term_value(t, suggestion.kind) or t.name for t in standing)}); "
                f"the suggested {words} {suggestion.value!r} is not added")
        term = find_term(session, vocabulary, suggestion.value)
        if term is None:
            raise InvalidValueError(f"{_where(recommendation)}: the suggested {words} {suggestion.value!r} is no "
                                    f"longer a term of {vocabulary}")
        if term not in recommendation.terms:
            recommendation.terms = [*recommendation.terms, term]
    suggestion.status = ACCEPTED
    suggestion.decided_by = actor
    suggestion.decided_at = utc_now()
    session.info.setdefault("touched_tables", set()).add("recommendation_term")


def accept_suggestion(db: Database, suggestion_id: uuid.UUID) -> None:
    """Accept one suggestion: its value is set, and its source says "suggested, accepted by" the
    database's user. InvalidValueError if a person's/document's value now stands."""
    with db.write() as session:
        _accept(session, fetch(session, Suggestion, suggestion_id), db.actor)


def reject_suggestion(db: Database, suggestion_id: uuid.UUID) -> None:
    """Reject one suggestion (kept, so that it is never suggested again). An accepted one is
    refused: its value stands, and is removed as any value is."""
    with db.write() as session:
        suggestion = fetch(session, Suggestion, suggestion_id)
        if suggestion.status == ACCEPTED:
            raise InvalidValueError(f"suggestion {suggestion.value!r} was accepted by {suggestion.decided_by}; "
                                    "remove the value from the recommendation instead")
        suggestion.status = REJECTED
        suggestion.decided_by = db.actor
        suggestion.decided_at = utc_now()


def accept_ids(db: Database, suggestion_ids: Iterable[uuid.UUID]) -> tuple[int, int]:
    """Accept these suggestions, a batch per unit of work; (accepted, refused): those whose
    recommendation gained a person's value in the meantime are left pending."""
    ids = list(suggestion_ids)
    accepted = refused = 0
    for start in range(0, len(ids), ID_BATCH // 10):
        batch = ids[start:start + ID_BATCH // 10]
        with db.write() as session:
            suggestions = session.scalars(
                select(Suggestion).where(Suggestion.id.in_(batch))
                .options(selectinload(Suggestion.recommendation).selectinload(Recommendation.terms))).all()
            order = {suggestion_id: index for index, suggestion_id in enumerate(batch)}
            for suggestion in sorted(suggestions, key=lambda s: order[s.id]):
                try:  # (_accept refuses before it changes anything)
                    _accept(session, suggestion, db.actor)
                except InvalidValueError:
                    refused += 1
                    continue
                accepted += 1
    return accepted, refused


def accept_suggestions(db: Database, where: SuggestionFilter) -> int:
    """Accept every suggestion the filter shows ("accept all shown"), the best first; returns how
    many were accepted."""
    with db.read() as session:
        query = (_rows_query(with_state_code(session, where)).with_only_columns(Suggestion.id)
                 .order_by(Suggestion.confidence.desc(), Suggestion.id))
        ids = list(session.scalars(query))
    return accept_ids(db, ids)[0]
