"""Notes and assessments listed across the database, each with what it is about, narrowed by
State, cycle, recommendation, tag, source, level or day (the command line's `note list` and
`assessment list`)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from upr_tracker.domain.implementation import parse_level, parse_source
from upr_tracker.errors import InvalidValueError
from upr_tracker.services.follow_up_subjects import recommendation_of, review_of
from upr_tracker.services.notes import note_info
from upr_tracker.services.states import resolve_state
from upr_tracker.services.values import AssessmentInfo, NoteInfo
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Assessment,
    Milestone,
    Note,
    Recommendation,
    Review,
    State,
)

if TYPE_CHECKING:
    from upr_tracker.storage.models import AnySelect


@dataclass(frozen=True)
class FollowUpFilter:
    state: str | None = None
    cycle: int | None = None
    label: str | None = None
    tag: str | None = None
    since: dt.date | None = None      # notes: the event's day, else the day written; assessments: assessed_on
    source: str | None = None         # assessments only
    level: str | None = None          # assessments only
    include_confidential: bool = False


@dataclass(frozen=True)
class ListedNote:
    note: NoteInfo
    about: str       # "Kazakhstan, cycle 1, 97.3", "the review of Kazakhstan, cycle 1", "milestone “…”"
    state_iso3: str
    cycle: int | None
    label: str | None

    @property
    def day(self) -> dt.date:
        """The day the note is about: its event's, else the day it was written."""
        return self.note.event_on or self.note.written_at.date()


@dataclass(frozen=True)
class ListedAssessment:
    assessment: AssessmentInfo
    state_iso3: str
    state_name: str
    cycle: int
    label: str | None


def _narrowed_to_review(session: Session,
                        wanted: FollowUpFilter) -> tuple[State | None, Review | None, uuid.UUID | None]:
    """The State, review and recommendation the filter names (None where it names none)."""
    if wanted.label is not None and wanted.state is None:
        raise InvalidValueError("--label: give the State (--state) and, if it has several reviews, the cycle "
                                "(--cycle)")
    state = resolve_state(session, wanted.state, field="--state") if wanted.state else None
    review = None
    if state is not None and wanted.state and (wanted.cycle is not None or wanted.label is not None):
        review = review_of(session, wanted.state, wanted.cycle)
    recommendation = recommendation_of(session, review, wanted.label).id if review and wanted.label else None
    return state, review, recommendation


def list_notes_about(db: Database, wanted: FollowUpFilter) -> list[ListedNote]:
    """Notes in the order they were written; confidential ones are listed with their words
    (text and tags) only when include_confidential, and a tag matches only notes whose tags may show."""
    rec_review, rec_state = aliased(Review), aliased(State)
    own_review, own_state = aliased(Review), aliased(State)
    milestone_state = aliased(State)
    with db.read() as session:
        state, review, recommendation_id = _narrowed_to_review(session, wanted)
        query: AnySelect = (
            select(Note, Recommendation.label, rec_review.cycle, rec_state.iso3, rec_state.name,
                   own_review.cycle, own_state.iso3, own_state.name, Milestone.title, milestone_state.iso3)
            .outerjoin(Recommendation, Note.recommendation_id == Recommendation.id)
            .outerjoin(rec_review, Recommendation.review_id == rec_review.id)
            .outerjoin(rec_state, rec_review.state_id == rec_state.id)
            .outerjoin(own_review, Note.review_id == own_review.id)
            .outerjoin(own_state, own_review.state_id == own_state.id)
            .outerjoin(Milestone, Note.milestone_id == Milestone.id)
            .outerjoin(milestone_state, Milestone.state_id == milestone_state.id)
            .options(selectinload(Note.tags))
            .order_by(Note.written_at, Note.id)
        )
        if recommendation_id is not None:
            query = query.where(Note.recommendation_id == recommendation_id)
        elif review is not None:  # the review's recommendations and the review itself (milestones have no cycle)
            query = query.where(or_(rec_review.id == review.id, own_review.id == review.id))
        elif state is not None:
            query = query.where(func.coalesce(rec_state.id, own_state.id, milestone_state.id) == state.id)
        elif wanted.cycle is not None:
            query = query.where(func.coalesce(rec_review.cycle, own_review.cycle) == wanted.cycle)
        if wanted.tag is not None:
            tag = " ".join(wanted.tag.split()).casefold()   # (SQLite's lower() folds ASCII only)
            query = query.where(Note.tags.any())
            if not wanted.include_confidential:
                query = query.where(Note.confidential.is_(False))
        listed = []
        for (note, label, rec_cycle, rec_iso3, rec_name, cycle, iso3, name, title,
             milestone_iso3) in session.execute(query):
            if label is not None or rec_iso3 is not None:
                about, where = f"{rec_name}, cycle {rec_cycle}, {label or '(no label)'}", (rec_iso3, rec_cycle, label)
            elif iso3 is not None:
                about, where = f"the review of {name}, cycle {cycle}", (iso3, cycle, None)
            else:
                about, where = f"milestone “{title}”", (milestone_iso3, None, None)
            item = ListedNote(note_info(note), about, *where)
            if wanted.tag is not None and tag not in (t.casefold() for t in item.note.tags):
                continue
            if wanted.since is None or item.day >= wanted.since:
                listed.append(item)
        return listed


def list_assessments_about(db: Database, wanted: FollowUpFilter) -> list[ListedAssessment]:
    """Assessments by State, cycle and label, each source's oldest first."""
    source = parse_source(wanted.source, field="--source").value if wanted.source else None
    level = parse_level(wanted.level, field="--level").value if wanted.level else None
    with db.read() as session:
        state, review, recommendation_id = _narrowed_to_review(session, wanted)
        query = (select(Assessment, Recommendation.label, Review.cycle, State.iso3, State.name)
                 .join(Recommendation, Assessment.recommendation_id == Recommendation.id)
                 .join(Review, Recommendation.review_id == Review.id)
                 .join(State, Review.state_id == State.id)
                 .order_by(State.name, Review.cycle, Recommendation.label_sort, Assessment.assessed_on,
                           Assessment.created_at))
        if recommendation_id is not None:
            query = query.where(Assessment.recommendation_id == recommendation_id)
        elif review is not None:
            query = query.where(Review.id == review.id)
        elif state is not None:
            query = query.where(State.id == state.id)
        elif wanted.cycle is not None:
            query = query.where(Review.cycle == wanted.cycle)
        if source is not None:
            query = query.where(Assessment.source == source)
        if level is not None:
            query = query.where(Assessment.level == level)
        if wanted.since is not None:
            query = query.where(Assessment.assessed_on >= wanted.since)
        return [ListedAssessment(AssessmentInfo(a.id, a.recommendation_id, a.source, a.source_name, a.level,
                                                a.assessed_on, a.evidence, version=a.version),
                                 iso3, name, cycle, label)
                for a, label, cycle, iso3, name in session.execute(query)]
