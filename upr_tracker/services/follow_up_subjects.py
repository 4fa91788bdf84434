"""Finding what a note or an assessment is about from what a person types on the command line:
a recommendation by State, cycle and label, a review by State and cycle, a milestone or a note by
its id (or the first characters of it, as listed)."""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.states import resolve_state
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Milestone, Note, Recommendation, Record, Review

MIN_ID_PREFIX = 6   # fewer hexadecimal digits would often name several records


@dataclass(frozen=True)
class Subject:
    """One recommendation, review or milestone, with how to name it to a person."""

    recommendation_id: uuid.UUID | None = None
    review_id: uuid.UUID | None = None
    milestone_id: uuid.UUID | None = None
    description: str = ""


def review_of(session: Session, state: str, cycle: int | None) -> Review:
    """The review of `state` in `cycle`; without a cycle, the State's only review."""
    found = resolve_state(session, state, field="--state")
    reviews = list(session.scalars(select(Review).where(Review.state_id == found.id).order_by(Review.cycle)))
    if cycle is not None:
        chosen = [r for r in reviews if r.cycle == cycle]
        if not chosen:
            have = ", ".join(str(r.cycle) for r in reviews) or "none"
            raise NotFoundError(f"--cycle {cycle}: the database has no review of {found.name} in cycle {cycle} "
                                f"(its cycles: {have})")
        return chosen[0]
    if len(reviews) == 1:
        return reviews[0]
    if not reviews:
        raise NotFoundError(f"--state {state}: the database has no review of {found.name}")
    raise InvalidValueError(f"--cycle: {found.name} has reviews in cycles "
                            f"{', '.join(str(r.cycle) for r in reviews)}; say which with --cycle")


def _label_key(label: str) -> str:
    return "".join(label.split()).casefold()


def recommendation_of(session: Session, review: Review, label: str) -> Recommendation:
    """The recommendation of `review` labelled `label` (spaces and case do not matter)."""
    wanted = _label_key(label)
    if not wanted:
        raise InvalidValueError("--label: the label is empty")
    labels = {_label_key(l): l for l in session.scalars(
        select(Recommendation.label).where(Recommendation.review_id == review.id)) if l}
    if wanted not in labels:
        close = difflib.get_close_matches(wanted, list(labels), n=3, cutoff=0.6)
        hint = f" (did you mean {', '.join(labels[c] for c in close)}?)" if close else ""
        raise NotFoundError(f"--label {label}: no recommendation {label} in the review of {review.state.name}, "
                            f"cycle {review.cycle}{hint}")
    return session.scalars(select(Recommendation).where(Recommendation.review_id == review.id,
                                                        Recommendation.label == labels[wanted])).one()


RecordType = TypeVar("RecordType", bound=Record)


def record_by_id(session: Session, model: type[RecordType], written: str, what: str) -> RecordType:
    """The record whose id is `written`, or begins with it (at least MIN_ID_PREFIX hexadecimal digits)."""
    text = written.strip().lower().replace("-", "")
    if len(text) < MIN_ID_PREFIX or any(c not in "0123456789abcdef" for c in text):
        raise InvalidValueError(f"{what} {written!r}: give its id, or at least its first {MIN_ID_PREFIX} "
                                "characters as listed")
    if len(text) == 32:
        found = session.get(model, uuid.UUID(text))
        if found is None:
            raise NotFoundError(f"{what} {written}: there is none with this id")
        return found
    # Ids are stored as 32 hexadecimal digits: a prefix is a range of the index.
    matches = list(session.scalars(select(model).where(cast(model.id, String).like(f"{text}%")).limit(2)))
    if not matches:
        raise NotFoundError(f"{what} {written}: there is none whose id begins so")
    if len(matches) > 1:
        raise InvalidValueError(f"{what} {written}: several ids begin so; give more of it")
    return matches[0]


def find_subject(db: Database, *, state: str | None, cycle: int | None, label: str | None,
                 milestone: str | None) -> Subject:
    """A recommendation (--state, --cycle, --label), a review (--state, --cycle) or a milestone (--milestone)."""
    if milestone is not None:
        if state is not None or label is not None or cycle is not None:
            raise InvalidValueError("--milestone: a note about a milestone takes no --state, --cycle or --label")
        with db.read() as session:
            found = record_by_id(session, Milestone, milestone, "--milestone")
            return Subject(milestone_id=found.id, description=f"milestone “{found.title}”")
    if state is None:
        raise InvalidValueError("--state: say which State's recommendation (or review) the note is about, "
                                "or give --milestone")
    with db.read() as session:
        review = review_of(session, state, cycle)
        if label is None:
            return Subject(review_id=review.id, description=f"the review of {review.state.name}, cycle {review.cycle}")
        recommendation = recommendation_of(session, review, label)
        return Subject(recommendation_id=recommendation.id,
                       description=f"{review.state.name}, cycle {review.cycle}, {recommendation.label}")


def find_recommendation(db: Database, *, state: str, cycle: int | None, label: str) -> Subject:
    with db.read() as session:
        review = review_of(session, state, cycle)
        recommendation = recommendation_of(session, review, label)
        return Subject(recommendation_id=recommendation.id,
                       description=f"{review.state.name}, cycle {review.cycle}, {recommendation.label}")


def find_note_id(db: Database, written: str) -> uuid.UUID:
    """The id of the note `written` names (its id, or the first characters of it)."""
    with db.read() as session:
        return record_by_id(session, Note, written, "note").id
