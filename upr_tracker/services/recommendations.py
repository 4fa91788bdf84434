"""Recommendations: adding and editing them, listing them for the big table, one in detail."""

from __future__ import annotations

import enum
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, String, asc, desc, func, not_, or_, select, type_coerce
from sqlalchemy.orm import Session

from upr_tracker.domain.action_categories import parse_action_category
from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import name_key
from upr_tracker.domain.positions import Position
from upr_tracker.domain.reference import (
    REGIONAL_GROUPS,
    VOCABULARIES_SHOWN,
    regional_group_of,
    term_display,
)
from upr_tracker.errors import InvalidValueError
from upr_tracker.services.notes import delete_notes
from upr_tracker.services.records import fetch
from upr_tracker.services.states import resolve_state
from upr_tracker.services.values import RecommendationRow
from upr_tracker.services.vocabularies import resolve_term, resolve_theme_terms
from upr_tracker.storage.database import Database
from upr_tracker.storage.export_reads import hex_id
from upr_tracker.storage.fulltext import matching_recommendations, where_found, write_out_purged_pages
from upr_tracker.storage.models import (
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    Review,
    State,
    Term,
    milestone_recommendation,
    recommendation_term,
    recommending_state,
)

if TYPE_CHECKING:
    from upr_tracker.storage.models import AnySelect


def text_key(text: str) -> str:
    """A fingerprint of a recommendation's wording, blind to case, accents, punctuation and spacing,
    and to the infinitive "To" cycle-1 reports put first ("To ratify…" is UPR Info's "Ratify…").

    Stored in `recommendation.text_key`: a change here needs a migration that recomputes it
    (see migration 0004)."""
    key = name_key(text)
    key = key.removeprefix("to ")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()



def add_recommendation(
    db: Database,
    review_id: uuid.UUID,
    text: str,
    *,
    label: str | None = None,
    recommending_states: Sequence[str] = (),
    recommended_by: str | None = None,
    themes: Sequence[str] = (),
    action_category: int | str | None = None,
    source_document_id: uuid.UUID | None = None,
    source_paragraph: str | None = None,
) -> uuid.UUID:
    """Add one recommendation to a review. States and themes are named as users write them."""
    with db.write() as session:
        return insert_recommendation(
            session, review_id, text, label=label, recommending_states=recommending_states,
            recommended_by=recommended_by, themes=themes, action_category=action_category,
            source_document_id=source_document_id, source_paragraph=source_paragraph).id


def check_label_free(session: Session, review_id: uuid.UUID, label: str, *, but: uuid.UUID | None = None) -> None:
    """A label names one recommendation of its review."""
    query = select(Recommendation.id).where(Recommendation.review_id == review_id, Recommendation.label == label)
    if but is not None:
        query = query.where(Recommendation.id != but)
    if session.scalar(query):
        raise InvalidValueError(f"label: the review already has a recommendation {label}")


def insert_recommendation(
    session: Session,
    review_id: uuid.UUID,
    text: str,
    *,
    label: str | None = None,
    recommending_states: Sequence[str] = (),
    recommended_by: str | None = None,
    themes: Sequence[str] = (),
    action_category: int | str | None = None,
    source_document_id: uuid.UUID | None = None,
    source_paragraph: str | None = None,
) -> Recommendation:
    """add_recommendation within a unit of work that may do more."""
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InvalidValueError("text: a recommendation needs its text")
    fetch(session, Review, review_id)
    label = label.strip() if label else None
    if label:
        check_label_free(session, review_id, label)
    recommendation = Recommendation(
        review_id=review_id,
        label=label,
        label_sort=label_sort_key(label),
        text=cleaned,
        text_key=text_key(cleaned),
        recommended_by=recommended_by or (", ".join(recommending_states) or None),
        action_category=parse_action_category(action_category),
        source_document_id=source_document_id,
        source_paragraph=source_paragraph,
    )
    recommendation.recommending_states = [
        resolve_state(session, name, field="recommending state") for name in recommending_states
    ]
    recommendation.terms = [resolve_term(session, "themes", name, field="theme") for name in themes]
    session.add(recommendation)
    session.flush()
    return recommendation


def set_terms(db: Database, recommendation_id: uuid.UUID, vocabulary: str, names: Sequence[str]) -> None:
    """Replace a recommendation's terms of one vocabulary (themes, sdgs, affected_persons)."""
    with db.write() as session:
        recommendation = fetch(session, Recommendation, recommendation_id)
        wanted = [resolve_term(session, vocabulary, name) for name in names]
        others = [t for t in recommendation.terms if t.vocabulary != vocabulary]
        recommendation.terms = others + list(dict.fromkeys(wanted))


def set_action_category(db: Database, recommendation_id: uuid.UUID, category: int | str | None) -> None:
    with db.write() as session:
        fetch(session, Recommendation, recommendation_id).action_category = parse_action_category(category)


def link_recommendations(
    db: Database, earlier_id: uuid.UUID, later_id: uuid.UUID, comment: str | None = None
) -> uuid.UUID:
    """Record that `later` repeats (or follows from) `earlier`, typically a cycle later."""
    if earlier_id == later_id:
        raise InvalidValueError("a recommendation cannot be linked to itself")
    with db.write() as session:
        fetch(session, Recommendation, earlier_id)
        fetch(session, Recommendation, later_id)
        existing = session.scalar(
            select(RecommendationLink).where(
                RecommendationLink.earlier_id == earlier_id, RecommendationLink.later_id == later_id
            )
        )
        if existing is not None:
            return existing.id
        link = RecommendationLink(earlier_id=earlier_id, later_id=later_id, comment=comment)
        session.add(link)
        session.flush()
        return link.id


class SortColumn(enum.StrEnum):
    STATE = "state"
    CYCLE = "cycle"
    LABEL = "label"
    TEXT = "text"
    RECOMMENDING_STATES = "recommending_states"
    POSITION = "position"
    IMPLEMENTATION = "implementation"
    ACTION_CATEGORY = "action_category"
    LAST_ACTIVITY = "last_activity"


@dataclass(frozen=True)
class RecommendationFilter:
    """What the table shows; every field narrows it (None means any)."""

    review_id: uuid.UUID | None = None
    # A plan of action: the recommendations linked to the plan itself or to any of its items.
    plan_id: uuid.UUID | None = None
    state: str | None = None
    cycle: int | None = None
    session: int | None = None
    position: str | None = None
    considered_implemented: bool | None = None
    needs_review: bool | None = None
    implementation_level: str | None = None
    theme: str | None = None  # a term of any vocabulary, or "vocabulary:name" (see resolve_theme_terms)
    sdg: str | None = None
    recommending_state: str | None = None
    regional_group: str | None = None  # of a recommending State
    action_category: int | None = None
    has_milestones: bool | None = None
    has_notes: bool | None = None
    # Linked to a recommendation of another cycle: "confirmed" (recommended again), "suggested" (a
    # suggestion waiting for a decision), or "none" (neither).
    recommended_again: str | None = None
    text_query: str | None = None
    # Whether the words of confidential notes find their recommendations: not in what leaves the
    # database without confidential notes (an export or report would otherwise betray them).
    search_confidential_notes: bool = True


def _filtered(session: Session, query: AnySelect, wanted: RecommendationFilter, *, joined: bool = False
              ) -> AnySelect:
    """Add the filter's conditions. The query is joined to its review only when a condition (or,
    with `joined`, the order) needs it: over 200,000 rows a join that serves nothing costs."""
    r = Recommendation
    if joined or wanted.state or wanted.cycle or wanted.session:
        query = query.join(Review, Review.id == r.review_id)
    if joined:
        query = query.join(State, State.id == Review.state_id)
    if wanted.review_id:
        query = query.where(r.review_id == wanted.review_id)
    if wanted.plan_id:
        plan_and_items = select(Milestone.id).where(or_(Milestone.id == wanted.plan_id,
                                                        Milestone.plan_id == wanted.plan_id))
        query = query.where(r.id.in_(select(milestone_recommendation.c.recommendation_id)
                                     .where(milestone_recommendation.c.milestone_id.in_(plan_and_items))))
    if wanted.state:
        query = query.where(Review.state_id == resolve_state(session, wanted.state).id)
    if wanted.cycle:
        query = query.where(Review.cycle == wanted.cycle)
    if wanted.session:
        query = query.where(Review.session == wanted.session)
    if wanted.position:
        if wanted.position == "none":
            query = query.where(r.current_position.is_(None))
        else:
            query = query.where(r.current_position == Position(wanted.position).value)
    if wanted.considered_implemented is not None:
        query = query.where(r.considered_implemented == wanted.considered_implemented)
    if wanted.needs_review is not None:
        query = query.where(r.needs_review == wanted.needs_review)
    if wanted.implementation_level:
        if wanted.implementation_level == "none":
            query = query.where(r.implementation_level.is_(None))
        else:
            query = query.where(r.implementation_level == ImplementationLevel(wanted.implementation_level).value)
    if wanted.theme:
        term_ids = [t.id for t in resolve_theme_terms(session, wanted.theme)]
        query = query.where(r.id.in_(
            select(recommendation_term.c.recommendation_id).where(recommendation_term.c.term_id.in_(term_ids))))
    if wanted.sdg:
        term = resolve_term(session, "sdgs", wanted.sdg, field="SDG")
        query = query.where(r.id.in_(
            select(recommendation_term.c.recommendation_id).where(recommendation_term.c.term_id == term.id)))
    if wanted.regional_group:
        group = regional_group_of(wanted.regional_group)
        if group is None:
            raise InvalidValueError(f"regional group: {wanted.regional_group!r} is not one of {', '.join(REGIONAL_GROUPS)}")
        query = query.where(r.id.in_(
            select(recommending_state.c.recommendation_id)
            .join(State, State.id == recommending_state.c.state_id).where(State.regional_group == group)))
    if wanted.recommending_state:
        state = resolve_state(session, wanted.recommending_state, field="recommending state")
        query = query.where(r.id.in_(
            select(recommending_state.c.recommendation_id).where(recommending_state.c.state_id == state.id)))
    if wanted.action_category:
        query = query.where(r.action_category == wanted.action_category)
    if wanted.has_milestones is not None:
        # IN (a list built once) rather than EXISTS (probed for each of 200,000 rows).
        linked = r.id.in_(select(milestone_recommendation.c.recommendation_id))
        query = query.where(linked if wanted.has_milestones else ~linked)
    if wanted.has_notes is not None:
        noted = r.id.in_(select(Note.recommendation_id).where(Note.recommendation_id.is_not(None)))
        query = query.where(noted if wanted.has_notes else ~noted)
    if wanted.recommended_again:
        query = query.where(_recommended_again(wanted.recommended_again))
    if wanted.text_query and wanted.text_query.strip():
        # Like the command line's search: the words of a response, milestone or note find the
        # recommendations they concern.
        query = query.where(r.id.in_(matching_recommendations(session, wanted.text_query,
                                                                 wanted.search_confidential_notes)))
    return query


RECOMMENDED_AGAIN_FILTERS = ("confirmed", "suggested", "none")


def _recommended_again(wanted: str) -> ColumnElement[bool]:
    """The recommendations on either end of a link of that status (IN lists built once, as above)."""
    if wanted not in RECOMMENDED_AGAIN_FILTERS:
        raise InvalidValueError(f"recommended again: {wanted!r} is not one of {', '.join(RECOMMENDED_AGAIN_FILTERS)}")
    link = RecommendationLink
    statuses = ("confirmed", "suggested") if wanted == "none" else (wanted,)
    linked = or_(
        Recommendation.id.in_(select(link.earlier_id).where(link.status.in_(statuses))),
        Recommendation.id.in_(select(link.later_id).where(link.status.in_(statuses))))
    return not_(linked) if wanted == "none" else linked


def _ordered(query: AnySelect, column: SortColumn, descending: bool) -> AnySelect:
    """Order a query made by _filtered; ties fall back to the label, then the id, for a stable order."""
    r = Recommendation
    direction = desc if descending else asc
    if column is SortColumn.STATE:  # State name, cycle, label: one indexed column (migration 0005)
        return query.order_by(direction(r.sort_key), r.id)
    if column is SortColumn.CYCLE:
        return query.order_by(direction(Review.cycle), direction(State.name), r.label_sort)
    key = {
        SortColumn.LABEL: r.label_sort,
        SortColumn.TEXT: r.text,
        SortColumn.RECOMMENDING_STATES: r.recommended_by,
        SortColumn.POSITION: r.current_position,
        SortColumn.IMPLEMENTATION: r.implementation_level,
        SortColumn.ACTION_CATEGORY: r.action_category,
        SortColumn.LAST_ACTIVITY: r.last_activity_at,
    }[column]
    return query.order_by(direction(key), r.label_sort, r.id)


def list_recommendation_ids(
    db: Database,
    wanted: RecommendationFilter = RecommendationFilter(),
    sort: SortColumn = SortColumn.LABEL,
    descending: bool = False,
) -> list[uuid.UUID]:
    """The ids of the recommendations that pass the filter, in the order asked: filtered and sorted
    in SQL, so the table stays fast over the whole corpus."""
    return [uuid.UUID(hex=key) for key in list_recommendation_keys(db, wanted, sort, descending)]


def list_recommendation_keys(
    db: Database,
    wanted: RecommendationFilter = RecommendationFilter(),
    sort: SortColumn = SortColumn.LABEL,
    descending: bool = False,
    *,
    limit: int | None = None,
) -> list[str]:
    """Like list_recommendation_ids, as the ids' 32-character hex keys: the table keeps 200,000 of
    them, and making a UUID object of each would cost more than the query. `limit` gives only the
    first ones (the table shows them while the rest come)."""
    sort = SortColumn(sort)
    with db.read() as session:
        column = type_coerce(Recommendation.id, String)
        query = _ordered(_filtered(session, select(column), wanted, joined=sort is SortColumn.CYCLE), sort, descending)
        if limit is not None:
            query = query.limit(limit)
        return [hex_id(key) for key in session.scalars(query)]


def reviews_in_scope(session: Session, wanted: RecommendationFilter) -> set[uuid.UUID]:
    """The reviews of the recommendations that pass the filter, and (with a State or cycle given)
    that State's or cycle's reviews even where they have none."""
    found = set(session.scalars(_filtered(session, select(Recommendation.review_id).distinct(), wanted)))
    if wanted.state or wanted.cycle:
        query = select(Review.id)
        if wanted.state:
            query = query.where(Review.state_id == resolve_state(session, wanted.state).id)
        if wanted.cycle:
            query = query.where(Review.cycle == wanted.cycle)
        found |= set(session.scalars(query))
    return found


def count_by_position(db: Database, wanted: RecommendationFilter = RecommendationFilter()) -> dict[str, int]:
    """How many recommendations that pass the filter have each current position ("none" for
    none yet), and how many need review (under "needs_review")."""
    with db.read() as session:
        query = _filtered(session, select(Recommendation.current_position, func.count(Recommendation.id)), wanted)
        counts = {position or "none": number for position, number in session.execute(
            query.group_by(Recommendation.current_position))}
        review_query = _filtered(session, select(func.count(Recommendation.id)), wanted)
        counts["needs_review"] = session.scalar(review_query.where(Recommendation.needs_review.is_(True))) or 0
        return counts


def count_recommendations(db: Database, wanted: RecommendationFilter = RecommendationFilter()) -> int:
    with db.read() as session:
        query = _filtered(session, select(func.count(Recommendation.id)), wanted)
        return session.scalar(query) or 0


_FOUND_ORDER = ("recommendation", "response", "milestone", "note")


def rows_for(session: Session, ids: Sequence[uuid.UUID], text_query: str | None = None) -> list[RecommendationRow]:
    """Table rows for these recommendations, in the order of `ids` (missing ones are left out);
    with `text_query`, each says where the search found it."""
    if not ids:
        return []
    found = where_found(session, text_query, ids) if text_query and text_query.strip() else {}
    r = Recommendation
    # Plain columns rather than ORM objects: a page of the table is read while the user scrolls.
    records = session.execute(
        select(r.id, r.review_id, State.iso3, Review.cycle, Review.session, r.label, r.text, r.current_position,
               r.considered_implemented, r.needs_review, r.implementation_level, r.action_category,
               r.last_activity_at)
        .join(Review, Review.id == r.review_id)
        .join(State, State.id == Review.state_id)
        .where(r.id.in_(ids))
    ).all()
    recommending: dict[uuid.UUID, list[str]] = defaultdict(list)
    for recommendation_id, name in session.execute(
        select(recommending_state.c.recommendation_id, State.name)
        .join(State, State.id == recommending_state.c.state_id)
        .where(recommending_state.c.recommendation_id.in_(ids))
        .order_by(State.name)
    ):
        recommending[recommendation_id].append(name)
    themes: dict[uuid.UUID, list[str]] = defaultdict(list)
    terms: dict[uuid.UUID, list[tuple[str, str]]] = defaultdict(list)
    for recommendation_id, vocabulary, name, code in session.execute(
        select(recommendation_term.c.recommendation_id, Term.vocabulary, Term.name, Term.code)
        .join(Term, Term.id == recommendation_term.c.term_id)
        .where(recommendation_term.c.recommendation_id.in_(ids))
        .order_by(Term.name)
    ):
        if vocabulary == "themes":
            themes[recommendation_id].append(name)
        terms[recommendation_id].append((vocabulary, term_display(vocabulary, name, code)))
    order = {vocabulary: index for index, vocabulary in enumerate(VOCABULARIES_SHOWN)}
    by_id = {
        record.id: RecommendationRow(
            id=record.id,
            review_id=record.review_id,
            state_iso3=record.iso3,
            cycle=record.cycle,
            session=record.session,
            label=record.label,
            text=record.text,
            recommending_states=tuple(recommending[record.id]),
            position=record.current_position,
            considered_implemented=record.considered_implemented,
            needs_review=record.needs_review,
            implementation_level=record.implementation_level,
            themes=tuple(themes[record.id]),
            terms=tuple(sorted(terms[record.id], key=lambda t: (order.get(t[0], len(order)), t[1].casefold()))),
            action_category=record.action_category,
            last_activity_at=record.last_activity_at,
            found_in=tuple(k for k in _FOUND_ORDER if k in found.get(record.id, ())),
        )
        for record in records
    }
    return [by_id[i] for i in ids if i in by_id]


def recommendation_rows(db: Database, ids: Sequence[uuid.UUID],
                        text_query: str | None = None) -> list[RecommendationRow]:
    with db.read() as session:
        return rows_for(session, list(ids), text_query)


def delete_recommendation(db: Database, recommendation_id: uuid.UUID) -> None:
    """Delete a recommendation with its notes (see notes.delete_notes), assessments, links, and the
    responses that answered it alone."""
    with db.write() as session:
        recommendation = fetch(session, Recommendation, recommendation_id)
        for response in list(recommendation.responses):  # an answer to it alone answers nothing left
            if len(response.recommendations) == 1:
                session.delete(response)
        purged = delete_notes(session, session.scalars(select(Note).where(
            Note.recommendation_id == recommendation_id)).all())
        session.delete(recommendation)
    if purged:
        write_out_purged_pages(db.engine)



