"""A person accepts or rejects suggestions.

Accepting sets the value (an empty action category, or a theme or SDG attached) and marks the
suggestion accepted, by whom and when, in one unit of work: the audit trail holds both changes.
It is refused when a value of that kind set by a person or a document now stands: a suggestion
never overwrites. Rejecting is remembered; the value is never suggested again.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from upr_tracker.errors import InvalidValueError, UprTrackerError, WorkCancelledError
from upr_tracker.services.records import fetch
from upr_tracker.services.suggestion_terms import (
    KIND_WORDS,
    VOCABULARY_OF,
    TermLookup,
    category_value,
    persons_terms,
    persons_value,
)
from upr_tracker.services.suggestions_reading import (
    ACCEPTED,
    ACTION_CATEGORY,
    ID_BATCH,
    REJECTED,
    SuggestionFilter,
    _rows_query,
    with_state_code,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Review, Suggestion, Term, utc_now

log = logging.getLogger(__name__)

# Suggestions accepted in one unit of work: a failure or a cancel loses at most this many.
ACCEPT_BATCH = 500


def _where(recommendation: Recommendation) -> str:
    review = recommendation.review
    label = f" {recommendation.label}" if recommendation.label else ""
    return f"recommendation{label} ({review.state.iso3}, cycle {review.cycle})"


class _Known:
    """What accepting needs, read once for a batch of suggestions: the vocabularies' terms and the
    values already accepted on the batch's recommendations."""

    def __init__(self, session: Session, recommendation_ids: Iterable[uuid.UUID]) -> None:
        self.lookup = TermLookup.read(session)
        self.terms = {term.id: term for term in session.scalars(
            select(Term).where(Term.vocabulary.in_(list(VOCABULARY_OF.values()))))}
        self.accepted: defaultdict[tuple[uuid.UUID, str], set[str]] = defaultdict(set)
        ids = list(set(recommendation_ids))
        for start in range(0, len(ids), ID_BATCH):
            for recommendation_id, kind, value in session.execute(
                    select(Suggestion.recommendation_id, Suggestion.kind, Suggestion.value)
                    .where(Suggestion.recommendation_id.in_(ids[start:start + ID_BATCH]),
                           Suggestion.status == ACCEPTED)):
                self.accepted[(recommendation_id, kind)].add(value)


def _accept(session: Session, suggestion: Suggestion, actor: str, known: _Known | None = None) -> None:
    """Set the suggested value on its recommendation and mark the suggestion accepted; refused
    (InvalidValueError) when a person's or a document's value of that kind now stands, or when the
    value is not one a recommendation can take."""
    if suggestion.status == ACCEPTED:
        return
    recommendation = suggestion.recommendation
    known = known or _Known(session, [recommendation.id])
    accepted = known.accepted[(recommendation.id, suggestion.kind)]
    words = KIND_WORDS.get(suggestion.kind, suggestion.kind)
    if suggestion.kind == ACTION_CATEGORY:
        number = category_value(suggestion.value)
        if number is None:
            raise InvalidValueError(f"{_where(recommendation)}: the suggested action category {suggestion.value!r} "
                                    "is not one of 1-5; it is not set")
        current = recommendation.action_category
        if current is not None:
            whose = ("a person or a document" if persons_value(ACTION_CATEGORY, action_category=current, term_ids=(),
                                                               accepted_values=accepted, lookup=known.lookup)
                     else "an accepted suggestion")
            raise InvalidValueError(
                f"{_where(recommendation)}: the action category is already {current}, set by {whose}; "
                f"the suggested {suggestion.value} is not put in its place")
        recommendation.action_category = number
    elif suggestion.kind in VOCABULARY_OF:
        vocabulary = VOCABULARY_OF[suggestion.kind]
        given = {t.id: t for t in recommendation.terms if t.vocabulary == vocabulary}
        standing = persons_terms(suggestion.kind, given, accepted, known.lookup)
        if standing:
            names = ", ".join(sorted(((term.code or term.name) if suggestion.kind == "sdg" else term.name)
                                     for term in (given[i] for i in standing)))
            raise InvalidValueError(
                f"{_where(recommendation)}: a person or a document has given its {words}s ({names}); "
                f"the suggested {words} {suggestion.value!r} is not added")
        found = known.lookup.term(suggestion.kind, suggestion.value)
        term = known.terms.get(found.id) if found is not None else None
        if term is None:
            raise InvalidValueError(f"{_where(recommendation)}: the suggested {words} {suggestion.value!r} is no "
                                    f"longer a term of {vocabulary}")
        if term.id not in given:
            recommendation.terms = [*recommendation.terms, term]
    else:
        raise InvalidValueError(f"{_where(recommendation)}: {suggestion.kind!r} is not a kind of suggestion")
    suggestion.status = ACCEPTED
    suggestion.decided_by = actor
    suggestion.decided_at = utc_now()
    accepted.add(suggestion.value)
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


def accept_ids(db: Database, suggestion_ids: Iterable[uuid.UUID],
               check: Callable[[], None] | None = None) -> tuple[int, int]:
    """Accept these suggestions, ACCEPT_BATCH per unit of work; (accepted, refused): those whose
    recommendation gained a person's value in the meantime, or whose value is not one a
    recommendation can take, are left pending (the reason is logged).

    check() is called between batches (it raises WorkCancelledError to stop). A cancel or a
    failure keeps the batches accepted before it, and its message says how many."""
    ids = list(suggestion_ids)
    accepted = refused = 0
    order = {suggestion_id: index for index, suggestion_id in enumerate(ids)}
    try:
        for start in range(0, len(ids), ACCEPT_BATCH):
            if check is not None:
                check()
            batch = ids[start:start + ACCEPT_BATCH]
            done = refused_here = 0
            with db.write() as session, session.no_autoflush:
                suggestions = session.scalars(
                    select(Suggestion).where(Suggestion.id.in_(batch))
                    .options(selectinload(Suggestion.recommendation).selectinload(Recommendation.terms),
                             selectinload(Suggestion.recommendation).selectinload(Recommendation.review)
                             .selectinload(Review.state))).all()
                known = _Known(session, {s.recommendation_id for s in suggestions})
                for suggestion in sorted(suggestions, key=lambda s: order[s.id]):
                    try:  # (_accept refuses before it changes anything)
                        _accept(session, suggestion, db.actor, known)
                    except InvalidValueError as error:
                        refused_here += 1
                        log.info("suggestion %s left pending: %s", suggestion.id, error)
                        continue
                    done += 1
            accepted += done
            refused += refused_here
    except WorkCancelledError:
        raise WorkCancelledError(f"accepting was cancelled: {accepted:,} suggestions had been accepted "
                                 "(they stay accepted); the others wait for a decision") from None
    except UprTrackerError as error:
        if not accepted:
            raise
        raise type(error)(f"{error} ({accepted:,} suggestions had been accepted before this; they stay "
                          "accepted)") from error
    return accepted, refused


def accept_suggestions(db: Database, where: SuggestionFilter, *, check: Callable[[], None] | None = None) -> int:
    """Accept every suggestion the filter shows ("accept all shown"), the best first; returns how
    many were accepted."""
    return accept_shown(db, where, check=check)[0]


def accept_shown(db: Database, where: SuggestionFilter, *,
                 check: Callable[[], None] | None = None) -> tuple[int, int]:
    """As accept_suggestions; (accepted, refused)."""
    with db.read() as session:
        query = (_rows_query(session, with_state_code(session, where)).with_only_columns(Suggestion.id)
                 .order_by(Suggestion.confidence.desc(), Suggestion.id))
        ids = list(session.scalars(query))
    return accept_ids(db, ids, check)
