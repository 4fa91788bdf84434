"""A review's calendar: the Working Group session, the adoption at the Council, the mid-term report,
the next review. Dates derived from the calendar of sessions are kept as estimates until a person
gives the real ones."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.cycles import check_cycle
from upr_tracker.domain.review_calendar import (
    ADOPTED,
    DATE_NAMES,
    MID_TERM,
    NEXT_REVIEW,
    derive_dates,
    format_estimated,
    mid_term_after,
    parse_estimated,
)
from upr_tracker.domain.event_dates import parse_day as parse_written_day
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.records import fetch
from upr_tracker.services.states import resolve_state
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Review


@dataclass(frozen=True)
class ReviewDates:
    review_id: uuid.UUID
    state_iso3: str
    state_name: str
    cycle: int
    session: int | None
    review_date: dt.date | None
    adopted_on: dt.date | None
    mid_term_on: dt.date | None
    next_review_on: dt.date | None
    estimated: frozenset[str]          # the names of the dates derived from the calendar
    notes: tuple[str, ...]             # why the estimates are uncertain

    @property
    def title(self) -> str:
        return f"{self.state_name}: cycle {self.cycle}"

    def as_json(self) -> dict[str, Any]:
        def iso(d: dt.date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "state": self.state_iso3, "state_name": self.state_name, "cycle": self.cycle, "session": self.session,
            "review_date": iso(self.review_date), "adopted_on": iso(self.adopted_on),
            "mid_term_on": iso(self.mid_term_on), "next_review_on": iso(self.next_review_on),
            "estimated": [name for name in DATE_NAMES if name in self.estimated], "notes": list(self.notes),
        }


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def fill_estimated_dates(review: Review) -> None:
    """Give a review the dates the calendar derives for it, where it has none yet."""
    derived = derive_dates(review.session, review.review_date)
    estimated = set(parse_estimated(review.estimated_dates))
    for name in DATE_NAMES:
        value = getattr(derived, name)
        if value is not None and (getattr(review, name) is None or name in estimated):
            setattr(review, name, value)
            estimated.add(name)
    review.estimated_dates = format_estimated(estimated)


def review_dates_of(review: Review) -> ReviewDates:
    estimated = parse_estimated(review.estimated_dates)
    notes = derive_dates(review.session, review.review_date).notes if estimated else ()
    return ReviewDates(review.id, review.state.iso3, review.state.name, review.cycle, review.session,
                       review.review_date, review.adopted_on, review.mid_term_on, review.next_review_on,
                       estimated, notes)


def find_review(session: Session, state: str, cycle: int) -> Review:
    check_cycle(cycle)
    owner = resolve_state(session, state)
    review = session.scalar(select(Review).where(Review.state_id == owner.id, Review.cycle == cycle))
    if review is None:
        raise NotFoundError(f"{owner.name} has no review in cycle {cycle}")
    return review


def review_dates(db: Database, review_id: uuid.UUID) -> ReviewDates:
    with db.read() as session:
        return review_dates_of(fetch(session, Review, review_id))


def review_id_of(db: Database, state: str, cycle: int) -> uuid.UUID:
    with db.read() as session:
        return find_review(session, state, cycle).id


def set_review_dates(
    db: Database,
    review_id: uuid.UUID,
    *,
    adopted_on: dt.date | None = KEEP,
    mid_term_on: dt.date | None = KEEP,
    next_review_on: dt.date | None = KEEP,
) -> ReviewDates:
    """Set the dates given (None clears one); a date given is no longer an estimate. A new adoption
    date moves an estimated mid-term report with it."""
    given = {ADOPTED: adopted_on, MID_TERM: mid_term_on, NEXT_REVIEW: next_review_on}
    given = {name: value for name, value in given.items() if value is not KEEP}
    for name, value in given.items():
        if value is not None and not isinstance(value, dt.date):
            raise InvalidValueError(f"{name}: {value!r} is not a date")
    with db.write() as session:
        review = fetch(session, Review, review_id)
        estimated = set(parse_estimated(review.estimated_dates))
        for name, value in given.items():
            setattr(review, name, value)
            estimated.discard(name)
        moves_mid_term = review.mid_term_on is None or MID_TERM in estimated
        if ADOPTED in given and MID_TERM not in given and moves_mid_term and review.adopted_on is not None:
            review.mid_term_on = mid_term_after(review.adopted_on)
            estimated.add(MID_TERM)
        review.estimated_dates = format_estimated(estimated)
        adopted, mid_term, next_review = review.adopted_on, review.mid_term_on, review.next_review_on
        if adopted and review.review_date and adopted < review.review_date:
            raise InvalidValueError(f"adopted_on: {adopted} is before the review itself ({review.review_date})")
        if adopted and mid_term and mid_term <= adopted:
            raise InvalidValueError(f"mid_term_on: {mid_term} is not after the adoption ({adopted})")
        if adopted and next_review and next_review <= adopted:
            raise InvalidValueError(f"next_review_on: {next_review} is not after the adoption ({adopted})")
        session.flush()
        return review_dates_of(review)


def parse_day(text: str, field: str) -> dt.date | None:
    """A day as people write it (2030-01-30, 30 January 2030); "none" or an empty text clears the date."""
    if text.strip().lower() in ("", "none", "-"):
        return None
    try:
        return parse_written_day(text, field=field)
    except InvalidValueError:
        raise InvalidValueError(f"{field}: {text!r} is not a day (write YYYY-MM-DD or 30 January 2030, or none "
                                "to clear it)") from None