"""Recommendations entered and corrected by a person: the label, text, recommending States, action
category, themes, and a position with the document it was read in. Each change is one unit of work
(all of it or nothing), audited like every other; a new position is a new response, so the position
history keeps the earlier ones."""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.action_categories import parse_action_category
from upr_tracker.domain.cycles import cycle_of_symbol
from upr_tracker.domain.documents import normalise_symbol
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import name_key
from upr_tracker.domain.positions import PositionReading, parse_position, position_wording
from upr_tracker.errors import InvalidValueError, NearDuplicateError, NotFoundError
from upr_tracker.services.edit_conflicts import fetch_at_version
from upr_tracker.services.recommendations import check_label_free, insert_recommendation, text_key
from upr_tracker.services.follow_up_subjects import recommendation_of
from upr_tracker.services.records import fetch
from upr_tracker.services.responses import insert_response, position_history, withdraw_response
from upr_tracker.services.reviews import find_or_add_document, find_review
from upr_tracker.services.states import resolve_state
from upr_tracker.services.vocabularies import resolve_term
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Review, State, Term

# Labels and paragraphs fit their columns (String(40)).
_LONGEST_LABEL = 40
# A UN document symbol: A/HRC/14/10/Add.1, A/HRC/WG.6/7/KAZ/1 (as normalise_symbol writes it).
_SYMBOL = re.compile(r"^[A-Z]+(?:/[A-Za-z0-9.\-]+)+$")


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP  # an edit's value that leaves the field as it is


@dataclass(frozen=True)
class PositionGiven:
    """A position as a person enters it: any wording States use ("accepted", "noted"…), with the
    symbol of the document that states it and the paragraph."""

    position: str
    source: str
    paragraph: str | None = None
    responded_on: dt.date | None = None


@dataclass(frozen=True)
class EditableRecommendation:
    """What the editor shows, and what an edit is undone to."""

    id: uuid.UUID
    review_id: uuid.UUID
    label: str | None
    text: str
    recommending_states: tuple[str, ...]
    action_category: int | None
    themes: tuple[str, ...]
    position: str | None
    considered_implemented: bool
    position_source: str | None
    position_paragraph: str | None
    version: int = 1


@dataclass(frozen=True)
class RecommendationEdit:
    recommendation_id: uuid.UUID
    changed: tuple[str, ...]           # the fields that changed ("position" for a new response)
    response_id: uuid.UUID | None      # the response recorded for a new position
    notice: str | None = None          # what the person must know (the new position is not the current one)
    version: int = 0                   # the recommendation's version the edit left


def check_label(label: str | None) -> str:
    cleaned = (label or "").strip()
    if not cleaned:
        raise InvalidValueError("label: give the recommendation's label, as the report numbers it (e.g. 97.12)")
    if len(cleaned) > _LONGEST_LABEL or any(c.isspace() for c in cleaned):
        raise InvalidValueError(f"label: {cleaned!r} is not a label (one word of at most {_LONGEST_LABEL} "
                                "characters, e.g. 97.12)")
    return cleaned


def _check_paragraph(paragraph: str | None) -> str | None:
    cleaned = (paragraph or "").strip() or None
    if cleaned and len(cleaned) > _LONGEST_LABEL:
        raise InvalidValueError(f"paragraph: {cleaned[:50]!r} is too long for a paragraph number")
    return cleaned


def _reading(given: PositionGiven) -> PositionReading:
    reading = parse_position(given.position)
    if reading.position is None:
        raise InvalidValueError(f"position: {given.position!r} states no position; give supported, noted, "
                                "partially supported or pending")
    return reading


def _source_document(session: Session, review: Review, given: PositionGiven) -> uuid.UUID:
    written = (given.source or "").strip()
    if not written:
        raise InvalidValueError("source: give the symbol of the document that states the position "
                                "(e.g. A/HRC/14/10/Add.1)")
    symbol = normalise_symbol(written)
    if not _SYMBOL.match(symbol):
        raise InvalidValueError(f"source: {written!r} is not a UN document symbol (e.g. A/HRC/14/10/Add.1)")
    cycle = cycle_of_symbol(symbol)
    if cycle is not None and cycle != review.cycle:
        raise InvalidValueError(f"source: {symbol} is a document of cycle {cycle}, and the review is of cycle "
                                f"{review.cycle}")
    return find_or_add_document(session, review.id, symbol).id


def _theme(session: Session, name: str) -> Term:
    """The theme called `name`; an unknown one names the themes that contain its words."""
    try:
        return resolve_term(session, "themes", name, field="theme")
    except NearDuplicateError:
        raise
    except NotFoundError as exc:
        key = name_key(name)
        containing = [t.name for t in session.scalars(select(Term).where(Term.vocabulary == "themes")
                                                      .order_by(Term.name)) if key and key in t.name_key]
        hint = (f" (did you mean {', '.join(repr(n) for n in containing[:3])}?)" if containing
                else "; a new theme is added to the vocabulary first (Tools ▸ Vocabularies)")
        raise NotFoundError(f"{exc}{hint}") from None


def _themes(session: Session, names: Sequence[str]) -> list[Term]:
    return list(dict.fromkeys(_theme(session, name) for name in names if name.strip()))


def _states(session: Session, names: Sequence[str]) -> list[State]:
    return list(dict.fromkeys(resolve_state(session, name, field="recommending state")
                              for name in names if name.strip()))


def add_recommendation_by_hand(
    db: Database,
    review_id: uuid.UUID,
    *,
    label: str,
    text: str,
    recommending_states: Sequence[str] = (),
    action_category: int | str | None = None,
    themes: Sequence[str] = (),
    position: PositionGiven | None = None,
) -> uuid.UUID:
    """A recommendation typed in by a person, with its position if known. Its label must be free in
    the review; the States and themes must be known (no near-duplicate is made up)."""
    label = check_label(label)
    reading = _reading(position) if position else None
    with db.write() as session:
        review = fetch(session, Review, review_id)
        states = _states(session, recommending_states)
        recommendation = insert_recommendation(
            session, review_id, text, label=label, recommending_states=[s.iso3 for s in states],
            recommended_by=", ".join(s.name for s in states) or None, action_category=action_category)
        recommendation.terms = _themes(session, themes)
        if position is not None and reading is not None:
            insert_response(session, [recommendation], reading,
                            source_document_id=_source_document(session, review, position),
                            source_paragraph=_check_paragraph(position.paragraph), responded_on=position.responded_on)
        session.flush()
        return recommendation.id


def edit_recommendation(
    db: Database,
    recommendation_id: uuid.UUID,
    *,
    label: str | _Keep = KEEP,
    text: str | _Keep = KEEP,
    recommending_states: Sequence[str] | _Keep = KEEP,
    action_category: int | str | None | _Keep = KEEP,
    themes: Sequence[str] | _Keep = KEEP,
    add_themes: Sequence[str] = (),
    remove_themes: Sequence[str] = (),
    position: PositionGiven | None = None,
    withdraw: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> RecommendationEdit:
    """Change what is given, leave the rest. A position different from the current one (or from
    another source) is recorded as a new response; `withdraw` removes a response recorded by an
    earlier edit (that edit undone). `expected_version`: the version the edit started from
    (EditConflictError if someone changed the recommendation since, see services.edit_conflicts)."""
    reading = _reading(position) if position else None
    changed: list[str] = []
    with db.write() as session:
        recommendation = fetch_at_version(session, Recommendation, recommendation_id, expected_version)
        if label is not KEEP:
            new_label = check_label(label)
            if new_label != recommendation.label:
                check_label_free(session, recommendation.review_id, new_label, but=recommendation.id)
                recommendation.label, recommendation.label_sort = new_label, label_sort_key(new_label)
                changed.append("label")
        if text is not KEEP:
            cleaned = " ".join(text.split())
            if not cleaned:
                raise InvalidValueError("text: a recommendation needs its text")
            if cleaned != recommendation.text:
                recommendation.text, recommendation.text_key = cleaned, text_key(cleaned)
                changed.append("text")
        if recommending_states is not KEEP:
            states = _states(session, recommending_states)
            if [s.id for s in states] != [s.id for s in recommendation.recommending_states]:
                recommendation.recommending_states = states
                recommendation.recommended_by = ", ".join(s.name for s in states) or None
                changed.append("recommending States")
        if action_category is not KEEP:
            category = parse_action_category(action_category)
            if category != recommendation.action_category:
                recommendation.action_category = category
                changed.append("action category")
        wanted = list(recommendation.terms) if themes is KEEP else (
            [t for t in recommendation.terms if t.vocabulary != "themes"] + _themes(session, themes))
        for term in _themes(session, add_themes):
            if term not in wanted:
                wanted.append(term)
        for name in remove_themes:
            term = _theme(session, name)
            if term not in wanted:
                raise InvalidValueError(f"theme: {recommendation.label or 'the recommendation'} does not have the "
                                        f"theme {term.name!r}")
            wanted.remove(term)
        if {t.id for t in wanted} != {t.id for t in recommendation.terms}:
            recommendation.terms = wanted
            changed.append("themes")
        response_id, notice = None, None
        if withdraw is not None:
            withdraw_response(session, withdraw)
            changed.append("position")
        if position is not None and reading is not None:
            review = fetch(session, Review, recommendation.review_id)
            document_id = _source_document(session, review, position)
            paragraph = _check_paragraph(position.paragraph)
            if not _repeats_latest(session, recommendation, reading, document_id, paragraph):
                response = insert_response(session, [recommendation], reading, source_document_id=document_id,
                                           source_paragraph=paragraph, responded_on=position.responded_on)
                response_id = response.id
                changed.append("position")
                session.refresh(recommendation)
                if (recommendation.current_position != response.position
                        or recommendation.considered_implemented != response.considered_implemented):
                    current = position_wording(recommendation.current_position,
                                               recommendation.considered_implemented, missing="none")
                    assert response.source_document is not None, "a position read from a document"
                    notice = (f"The position from {response.source_document.symbol} was added to the position "
                              f"history, but the current position stays {current}: it was stated at a later stage "
                              "(a Working Group report comes before its addendum, an addendum before later "
                              "documents and entries).")
        session.flush()
        return RecommendationEdit(recommendation.id, tuple(dict.fromkeys(changed)), response_id, notice,
                                  recommendation.version)


def _repeats_latest(session: Session, recommendation: Recommendation, reading: PositionReading,
                    document_id: uuid.UUID, paragraph: str | None) -> bool:
    history = position_history(session, recommendation)
    if not history:
        return False
    latest = history[-1]
    return (latest.position == (reading.position.value if reading.position else None)
            and latest.considered_implemented == reading.considered_implemented
            and latest.source_document_id == document_id and latest.source_paragraph == paragraph)


def editable_recommendation(db: Database, recommendation_id: uuid.UUID) -> EditableRecommendation:
    with db.read() as session:
        recommendation = fetch(session, Recommendation, recommendation_id)
        history = position_history(session, recommendation)
        latest = history[-1] if history else None
        document = latest.source_document if latest is not None else None
        return EditableRecommendation(
            id=recommendation.id,
            review_id=recommendation.review_id,
            label=recommendation.label,
            text=recommendation.text,
            recommending_states=tuple(s.name for s in recommendation.recommending_states),
            action_category=recommendation.action_category,
            themes=tuple(t.name for t in recommendation.terms if t.vocabulary == "themes"),
            position=recommendation.current_position,
            considered_implemented=recommendation.considered_implemented,
            position_source=(document.symbol or document.title) if document is not None else None,
            position_paragraph=latest.source_paragraph if latest is not None else None,
            version=recommendation.version,
        )


def find_recommendation(db: Database, state: str, cycle: int, label: str) -> uuid.UUID:
    """The recommendation labelled `label` in the review of `state` in `cycle` (spaces and case in
    the label do not matter); what is missing is named, with the labels that come close."""
    review = find_review(db, state, cycle)
    with db.read() as session:
        return recommendation_of(session, fetch(session, Review, review.id), label).id
