"""Suggestions as the window, the command line and the exports read them: the kinds and statuses,
which pending suggestions are shown, and which values of a recommendation came from an accepted
suggestion rather than from a person or a document.

A pending suggestion is shown only while its recommendation still lacks a value of its kind set
by a person or a document: an action category set since hides the category suggested; a theme
(or SDG) attached by a person hides the themes (SDGs) suggested. A value counts as a person's
unless an accepted suggestion of the recommendation names it, by any name the term has had (the
rule lives in suggestion_terms). Values are shown by their term's current name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, func, not_, or_, select
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError
# The kinds of suggestion, named here too for the modules that read and decide suggestions.
from upr_tracker.services.suggestion_terms import (
    ACTION_CATEGORY as ACTION_CATEGORY,
    SDG as SDG,
    THEME as THEME,
    TermLookup,
    person_term_exists,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.export_reads import among, as_text, batches, hex_id
from upr_tracker.storage.models import (
    Recommendation,
    Review,
    State,
    Suggestion,
)

if TYPE_CHECKING:
    from upr_tracker.storage.models import AnySelect
    from upr_tracker.suggestions import TextSuggestions

SUGGESTION_KINDS = (ACTION_CATEGORY, THEME, SDG)
SUGGESTED, ACCEPTED, REJECTED = "suggested", "accepted", "rejected"
SUGGESTION_STATUSES = (SUGGESTED, ACCEPTED, REJECTED)
# How many ids go into one IN (...) (SQLite's limit on bound parameters is 32,766).
ID_BATCH = 5000


@dataclass(frozen=True)
class SuggestionRow:
    id: uuid.UUID
    recommendation_id: uuid.UUID
    review_id: uuid.UUID
    state_iso3: str
    cycle: int
    label: str | None
    text: str              # the recommendation's text
    kind: str
    value: str             # "4" | theme name | SDG code
    confidence: float
    status: str
    decided_by: str | None


@dataclass(frozen=True)
class SuggestionFilter:
    review_id: uuid.UUID | None = None
    state_iso3: str | None = None
    cycle: int | None = None
    kind: str | None = None
    min_confidence: float = 0.0
    status: str = SUGGESTED


def source_text(author: str | None) -> str:
    """What a value that came from an accepted suggestion says of its source."""
    return f"suggested, accepted by {author or 'someone'}"


def check_confidence(value: float | str, field: str = "confidence") -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidValueError(f"{field}: {value!r} is not a number between 0 and 1") from None
    if not 0.0 <= number <= 1.0:
        raise InvalidValueError(f"{field}: {value!r} is not between 0 and 1 (0.8 means 80% confident)")
    return number


def check_filter(where: SuggestionFilter) -> None:
    if where.kind is not None and where.kind not in SUGGESTION_KINDS:
        raise InvalidValueError(f"kind: {where.kind!r} is not one of {', '.join(SUGGESTION_KINDS)}")
    if where.status not in SUGGESTION_STATUSES:
        raise InvalidValueError(f"status: {where.status!r} is not one of {', '.join(SUGGESTION_STATUSES)}")
    check_confidence(where.min_confidence, "minimum confidence")


def still_lacking(session: Session, lookup: TermLookup | None = None) -> ColumnElement[bool]:
    """SQL, over Suggestion joined to Recommendation: the suggestion's recommendation still lacks a
    value of its kind set by a person or a document (so a pending suggestion of it is shown)."""
    lookup = lookup or TermLookup.read(session)
    return or_(
        and_(Suggestion.kind == ACTION_CATEGORY, Recommendation.action_category.is_(None)),
        *(and_(Suggestion.kind == kind, not_(person_term_exists(Suggestion.recommendation_id, kind,
                                                                lookup.accepted_term_names(session, kind))))
          for kind in (THEME, SDG)),
    )


KIND_ORDER = case({ACTION_CATEGORY: 0, THEME: 1, SDG: 2}, value=Suggestion.kind, else_=3)


def _rows_query(session: Session, where: SuggestionFilter) -> AnySelect:
    check_filter(where)
    query = (select(Suggestion.id, Suggestion.recommendation_id, Review.id, State.iso3, Review.cycle,
                    Recommendation.label, Recommendation.text, Suggestion.kind, Suggestion.value,
                    Suggestion.confidence, Suggestion.status, Suggestion.decided_by)
             .join(Recommendation, Recommendation.id == Suggestion.recommendation_id)
             .join(Review, Review.id == Recommendation.review_id)
             .join(State, State.id == Review.state_id)
             .where(Suggestion.status == where.status))
    if where.status == SUGGESTED:
        query = query.where(still_lacking(session))
    if where.review_id is not None:
        query = query.where(Review.id == where.review_id)
    if where.state_iso3 is not None:
        query = query.where(State.iso3 == where.state_iso3.strip().upper())
    if where.cycle is not None:
        query = query.where(Review.cycle == where.cycle)
    if where.kind is not None:
        query = query.where(Suggestion.kind == where.kind)
    if where.min_confidence > 0:
        query = query.where(Suggestion.confidence >= where.min_confidence)
    return query


def _row(values: Sequence[Any], lookup: TermLookup) -> SuggestionRow:
    row = SuggestionRow(*values)
    return replace(row, value=lookup.current(row.kind, row.value))


def with_state_code(session: Session, where: SuggestionFilter) -> SuggestionFilter:
    """The filter with its State as an ISO3 code (a name in any spelling the database knows is
    resolved; an unknown one is NotFoundError, naming it)."""
    given = where.state_iso3
    if given is None or (len(given.strip()) == 3 and given.strip().isalpha()):
        return where
    from upr_tracker.services.states import resolve_state

    return replace(where, state_iso3=resolve_state(session, given).iso3)


def list_suggestions(db: Database, where: SuggestionFilter, *, limit: int | None = None,
                     offset: int = 0) -> list[SuggestionRow]:
    """The suggestions the filter keeps, in the table's order (State, cycle, label), each
    recommendation's action category first, then themes, then SDGs, best first."""
    with db.read() as session:
        lookup = TermLookup.read(session)
        query = (_rows_query(session, with_state_code(session, where))
                 .order_by(Recommendation.sort_key, Recommendation.id, KIND_ORDER, Suggestion.confidence.desc(),
                           Suggestion.value)
                 .offset(offset))
        if limit is not None:
            query = query.limit(limit)
        return [_row(values, lookup) for values in session.execute(query)]


def count_suggestions(db: Database, where: SuggestionFilter) -> int:
    with db.read() as session:
        query = _rows_query(session, with_state_code(session, where))
        return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def pending_suggestions(db: Database, recommendation_id: uuid.UUID) -> list[SuggestionRow]:
    """The suggestions shown beside one recommendation: action category first, then themes, then
    SDGs, best first."""
    with db.read() as session:
        lookup = TermLookup.read(session)
        query = (_rows_query(session, SuggestionFilter()).where(Suggestion.recommendation_id == recommendation_id)
                 .order_by(KIND_ORDER, Suggestion.confidence.desc(), Suggestion.value))
        return [_row(values, lookup) for values in session.execute(query)]


def suggestion_reviews(db: Database) -> list[tuple[uuid.UUID, str, int, int]]:
    """The reviews that have pending suggestions shown: (review id, State's ISO3, cycle, how many)."""
    with db.read() as session:
        query = (select(Review.id, State.iso3, Review.cycle, func.count(Suggestion.id))
                 .select_from(Suggestion)
                 .join(Recommendation, Recommendation.id == Suggestion.recommendation_id)
                 .join(Review, Review.id == Recommendation.review_id)
                 .join(State, State.id == Review.state_id)
                 .where(Suggestion.status == SUGGESTED, still_lacking(session))
                 .group_by(Review.id, State.iso3, Review.cycle)
                 .order_by(State.iso3, Review.cycle))
        return [(review_id, iso3, cycle, count) for review_id, iso3, cycle, count in session.execute(query)]


def _hex_batches(ids: Iterable[uuid.UUID | str]) -> Iterable[list[str]]:
    keys = [i.hex if isinstance(i, uuid.UUID) else hex_id(i) for i in ids]
    return batches(keys, ID_BATCH)


def pending_rows(session: Session, recommendation_ids: Iterable[uuid.UUID | str], lookup: TermLookup | None = None
                 ) -> dict[str, list[tuple[str, str, float]]]:
    """{recommendation id as 32 hexadecimal digits: [(kind, value, confidence), best first]} of the
    pending suggestions shown (read as plain rows, for the exports), each value by its term's
    current name."""
    lookup = lookup or TermLookup.read(session)
    lacking = still_lacking(session, lookup)
    found: dict[str, list[tuple[str, str, float]]] = {}
    for keys in _hex_batches(recommendation_ids):
        query = (select(as_text(Suggestion.recommendation_id), Suggestion.kind, Suggestion.value,
                        Suggestion.confidence)
                 .join(Recommendation, Recommendation.id == Suggestion.recommendation_id)
                 .where(among(session, Suggestion.recommendation_id, keys), Suggestion.status == SUGGESTED,
                        lacking)
                 .order_by(Suggestion.confidence.desc(), Suggestion.value))
        for key, kind, value, confidence in session.execute(query):
            found.setdefault(hex_id(key), []).append((kind, lookup.current(kind, value), confidence))
    return found


def pending_by_recommendation(session: Session, recommendation_ids: Iterable[uuid.UUID]
                              ) -> dict[uuid.UUID, TextSuggestions]:
    """The pending suggestions shown for each of these recommendations, as TextSuggestions (only
    recommendations that have some)."""
    from upr_tracker.suggestions import Scored, TextSuggestions

    found = {}
    for key, rows in pending_rows(session, recommendation_ids).items():
        lists: tuple[list[Scored], list[Scored], list[Scored]] = ([], [], [])
        for kind, value, confidence in rows:
            lists[SUGGESTION_KINDS.index(kind)].append(Scored(value, confidence))
        categories, themes, sdgs = lists
        found[uuid.UUID(hex=key)] = TextSuggestions(categories[0] if categories else None, tuple(themes),
                                                    tuple(sdgs))
    return found


def accepted_rows(session: Session, recommendation_ids: Iterable[uuid.UUID | str], lookup: TermLookup | None = None
                  ) -> dict[str, dict[tuple[str, str], str]]:
    """As accepted_sources, keyed by the id as 32 hexadecimal digits (for the exports)."""
    lookup = lookup or TermLookup.read(session)
    found: dict[str, dict[tuple[str, str], str]] = {}
    for keys in _hex_batches(recommendation_ids):
        query = (select(as_text(Suggestion.recommendation_id), Suggestion.kind, Suggestion.value,
                        Suggestion.decided_by)
                 .where(among(session, Suggestion.recommendation_id, keys), Suggestion.status == ACCEPTED))
        for key, kind, value, author in session.execute(query):
            found.setdefault(hex_id(key), {})[(kind, lookup.current(kind, value))] = source_text(author)
    return found


def accepted_sources(session: Session, recommendation_ids: Iterable[uuid.UUID]
                     ) -> dict[uuid.UUID, dict[tuple[str, str], str]]:
    """{recommendation id: {(kind, value): "suggested, accepted by <author>"}} for the values that
    came from accepted suggestions (a theme by its current name, an SDG by its code)."""
    return {uuid.UUID(hex=key): sources for key, sources in accepted_rows(session, recommendation_ids).items()}
