"""The dashboard's figures as plain data: upcoming deadlines, reviews with answers pending,
recommendations to review, counts by position and implementation level per review, and what
changed. Everything is aggregated in SQL, so that it is read at once at 200,000 recommendations."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import case, func, select

from upr_tracker.domain.positions import Position
from upr_tracker.domain.review_calendar import ADOPTED, DATE_WORDS, MID_TERM, NEXT_REVIEW, parse_estimated
from upr_tracker.services.changes import MILESTONE, REVIEW, ChangeReport, changes_since
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Milestone,
    Recommendation,
    Review,
    State,
    import_problem_recommendation,
)

DEFAULT_REMINDER_WEEKS = 8
# Deadlines further ahead than this are not listed (a next review five years away is no deadline yet).
HORIZON_DAYS = 3 * 365
MAX_DEADLINES = 40
OVERDUE_DAYS = 90
MAX_TO_REVIEW = 20


@dataclass(frozen=True)
class Deadline:
    due_on: dt.date
    what: str                 # "Mid-term report", "Next review", "Due: National plan…"
    subject: str              # the review or the milestone
    kind: str                 # REVIEW or MILESTONE: what a click opens
    subject_id: uuid.UUID
    estimated: bool = False   # derived from the calendar, not given by a person

    def days_left(self, today: dt.date) -> int:
        return (self.due_on - today).days

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today


@dataclass(frozen=True)
class ReviewCounts:
    review_id: uuid.UUID
    title: str
    total: int
    by_position: dict[str, int]     # Position values, "none" for no position yet
    by_level: dict[str, int]        # ImplementationLevel values, "none" for not assessed
    needs_review: int
    open_problems: int

    @property
    def pending(self) -> int:
        return self.by_position.get(Position.PENDING.value, 0) + self.by_position.get("none", 0)


@dataclass(frozen=True)
class RecommendationToReview:
    recommendation_id: uuid.UUID
    title: str


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    deadlines: list[Deadline]
    reviews: list[ReviewCounts]
    to_review: list[RecommendationToReview]
    needs_review_total: int
    open_problems_total: int
    changes: ChangeReport | None
    reminder_weeks: int = DEFAULT_REMINDER_WEEKS
    notes: list[str] = field(default_factory=list)

    @property
    def pending_reviews(self) -> list[ReviewCounts]:
        return [r for r in self.reviews if r.pending]

    def reminders(self) -> list[Deadline]:
        """The deadlines within the reminder period."""
        limit = self.today + dt.timedelta(weeks=self.reminder_weeks)
        return [d for d in self.deadlines if d.due_on <= limit]


def upcoming_deadlines(db: Database, today: dt.date, horizon_days: int = HORIZON_DAYS) -> list[Deadline]:
    end = today + dt.timedelta(days=horizon_days)
    deadlines: list[Deadline] = []
    with db.read() as session:
        for column, what in ((Review.adopted_on, ADOPTED), (Review.mid_term_on, MID_TERM),
                             (Review.next_review_on, NEXT_REVIEW)):
            rows = session.execute(
                select(Review.id, column, State.name, Review.cycle, Review.estimated_dates)
                .join(State, State.id == Review.state_id).where(column >= today, column <= end))
            for review_id, due, state, cycle, estimated in rows:
                if due is None:   # (the query asks for dates in the window)
                    continue
                deadlines.append(Deadline(due, DATE_WORDS[what].capitalize(), f"{state}: cycle {cycle}", REVIEW,
                                          review_id, what in parse_estimated(estimated)))
        # A plan or milestone whose due date passed lately stays listed, as overdue.
        milestones = session.execute(
            select(Milestone.id, Milestone.due_on, Milestone.title, Milestone.kind, State.iso3)
            .join(State, State.id == Milestone.state_id)
            .where(Milestone.due_on >= today - dt.timedelta(days=OVERDUE_DAYS), Milestone.due_on <= end))
        for milestone_id, due, title, kind, iso3 in milestones:
            if due is None:
                continue
            what = "Plan due" if kind == "plan" else "Due"
            if due < today:
                what = f"Overdue ({what.lower()})"
            deadlines.append(Deadline(due, what, f"{title} ({iso3})", MILESTONE, milestone_id))
    deadlines.sort(key=lambda d: (d.due_on, d.subject))
    return deadlines[:MAX_DEADLINES]


def review_counts(db: Database) -> list[ReviewCounts]:
    """Per review: recommendations by position and by level, those needing review, open problems."""
    with db.read() as session:
        titles = {review_id: f"{state}: cycle {cycle}" for review_id, state, cycle in session.execute(
            select(Review.id, State.name, Review.cycle).join(State, State.id == Review.state_id)
            .order_by(State.name, Review.cycle))}
        positions: dict[uuid.UUID, dict[str, int]] = {i: {} for i in titles}
        levels: dict[uuid.UUID, dict[str, int]] = {i: {} for i in titles}
        needing: dict[uuid.UUID, int] = {}
        # Two small groupings rather than one over every combination (tens of thousands of rows at
        # 200,000 recommendations), both read from the index ix_recommendation_review_counts.
        for review_id, position, count, needs in session.execute(
                select(Recommendation.review_id, Recommendation.current_position, func.count(),
                       func.sum(case((Recommendation.needs_review, 1), else_=0)))  # a sum of booleans is SQLite's alone
                .group_by(Recommendation.review_id, Recommendation.current_position)):
            by_position = positions.setdefault(review_id, {})
            by_position[position or "none"] = by_position.get(position or "none", 0) + count
            needing[review_id] = needing.get(review_id, 0) + int(needs or 0)
        for review_id, level, count in session.execute(
                select(Recommendation.review_id, Recommendation.implementation_level, func.count())
                .group_by(Recommendation.review_id, Recommendation.implementation_level)):
            by_level = levels.setdefault(review_id, {})
            by_level[level or "none"] = by_level.get(level or "none", 0) + count
        problems = dict(session.execute(
            select(Document.review_id, func.count()).select_from(ImportProblem)
            .join(Document, Document.id == ImportProblem.document_id)
            .where(ImportProblem.resolved.is_(False)).group_by(Document.review_id)).all())
    return [ReviewCounts(review_id, title, sum(positions[review_id].values()), positions[review_id],
                         levels[review_id], needing.get(review_id, 0), problems.get(review_id, 0))
            for review_id, title in titles.items()]


def recommendations_to_review(db: Database, limit: int = MAX_TO_REVIEW) -> list[RecommendationToReview]:
    """The first recommendations flagged for review or named by an open import problem."""
    with db.read() as session:
        with_problem = (select(import_problem_recommendation.c.recommendation_id)
                        .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
                        .where(ImportProblem.resolved.is_(False)))
        flagged = list(session.scalars(
            select(Recommendation.id).where(Recommendation.needs_review.is_(True))
            .order_by(Recommendation.sort_key).limit(limit)))
        if len(flagged) < limit:
            named = [i for i in session.scalars(with_problem.limit(limit)) if i not in flagged]
            flagged += named[:limit - len(flagged)]
        rows = session.execute(
            select(Recommendation.id, Recommendation.label, Recommendation.text, State.name, Review.cycle)
            .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
            .where(Recommendation.id.in_(flagged)))
        found = {rec_id: f"{state}, cycle {cycle}, {label or 'unnumbered'}: {' '.join(text.split())[:90]}"
                 for rec_id, label, text, state, cycle in rows}
    return [RecommendationToReview(i, found[i]) for i in flagged if i in found]


def build_dashboard(db: Database, *, since: dt.datetime | None = None, today: dt.date | None = None,
                    reminder_weeks: int = DEFAULT_REMINDER_WEEKS) -> Dashboard:
    today = today or dt.date.today()
    reviews = review_counts(db)
    with db.read() as session:
        open_problems = session.scalar(select(func.count()).select_from(ImportProblem)
                                       .where(ImportProblem.resolved.is_(False))) or 0
    return Dashboard(
        today=today, deadlines=upcoming_deadlines(db, today), reviews=reviews,
        to_review=recommendations_to_review(db), needs_review_total=sum(r.needs_review for r in reviews),
        open_problems_total=open_problems, changes=changes_since(db, since) if since is not None else None,
        reminder_weeks=reminder_weeks)
