"""Finding what a note or an assessment is about from what a person types on the command line:
a recommendation by State, cycle and label, a review by State and cycle, a milestone or a note by
its id (or the first characters of it, as listed)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.domain.labels import label_sort_key
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
    labels = {_label_key(label): label for label in session.scalars(
        select(Recommendation.label).where(Recommendation.review_id == review.id)) if label}
    if wanted not in labels:
        close = sorted((labels[c] for c in close_matches(wanted, list(labels), n=3, cutoff=0.6)),
                       key=label_sort_key)
        hint = f" (did you mean {', '.join(close)}?)" if close else ""
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
    # A prefix is a range of ids (of the index), whichever way the engine writes a UUID as text.
    lowest, highest = uuid.UUID(text.ljust(32, "0")), uuid.UUID(text.ljust(32, "f"))
    matches = list(session.scalars(select(model).where(model.id.between(lowest, highest)).limit(2)))
    if not matches:
        raise NotFoundError(f"{what} {written}: there is none whose id begins so")
    if len(matches) > 1:
        raise InvalidValueError(f"{what} {written}: several ids begin so; give more of it")
    return matches[0]


def _recommendation_subject(session: Session, recommendation: Recommendation) -> Subject:
    review = session.get(Review, recommendation.review_id)
    assert review is not None
    return Subject(recommendation_id=recommendation.id,
                   description=f"{review.state.name}, cycle {review.cycle}, {recommendation.label or '(no label)'}")


def _by_id_alone(option: str, state: str | None, cycle: int | None, label: str | None) -> None:
    if state is not None or label is not None or cycle is not None:
        raise InvalidValueError(f"{option}: it names the record alone; give no --state, --cycle or --label with it")


def find_subject(db: Database, *, state: str | None, cycle: int | None, label: str | None,
                 milestone: str | None = None, recommendation: str | None = None) -> Subject:
    """A recommendation (--state, --cycle, --label; or --recommendation ID, for one without a
    label, as UPR Info's rows are), a review (--state, --cycle) or a milestone (--milestone ID)."""
    if milestone is not None and recommendation is not None:
        raise InvalidValueError("--milestone: give either --milestone or --recommendation, not both")
    with db.read() as session:
        if milestone is not None:
            _by_id_alone("--milestone", state, cycle, label)
            found = record_by_id(session, Milestone, milestone, "--milestone")
            return Subject(milestone_id=found.id, description=f"milestone “{found.title}”")
        if recommendation is not None:
            _by_id_alone("--recommendation", state, cycle, label)
            return _recommendation_subject(session, record_by_id(session, Recommendation, recommendation,
                                                                 "--recommendation"))
        if state is None:
            raise InvalidValueError("--state: say which State's recommendation (or review) it is about, or give "
                                    "--recommendation or --milestone")
        review = review_of(session, state, cycle)
        if label is None:
            return Subject(review_id=review.id, description=f"the review of {review.state.name}, cycle {review.cycle}")
        return _recommendation_subject(session, recommendation_of(session, review, label))


def find_recommendation(db: Database, *, state: str | None, cycle: int | None, label: str | None,
                        recommendation: str | None = None) -> Subject:
    """A recommendation by --state, --cycle and --label, or by --recommendation ID."""
    if recommendation is None and (state is None or label is None):
        raise InvalidValueError("--label: say which recommendation, with --state, --label (and --cycle when the "
                                "State has several reviews), or with --recommendation ID")
    subject = find_subject(db, state=state, cycle=cycle, label=label, recommendation=recommendation)
    assert subject.recommendation_id is not None
    return subject


def find_note_id(db: Database, written: str) -> uuid.UUID:
    """The id of the note `written` names (its id, or the first characters of it)."""
    with db.read() as session:
        return record_by_id(session, Note, written, "note").id
