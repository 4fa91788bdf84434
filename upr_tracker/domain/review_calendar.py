"""The calendar of a review: when the Council adopts its outcome, when the mid-term report is due,
when the State is reviewed again.

The Working Group sessions and the Council sessions that adopted their reports are data
(resources/review_sessions.csv): sessions 1–49 as held, later ones projected from the pattern of
three sessions a year (January, May, November), marked "projected". Every date derived here is an
estimate, which a person can replace by the real one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from upr_tracker.errors import InvalidValueError

# The mid-term report is conventionally due half-way between two reviews: about two and a half
# years after the Council adopted the outcome.
MID_TERM_MONTHS = 30
# From the second cycle on every cycle has 14 sessions reviewing the States in the same order, so a
# State reviewed in session s is reviewed again in session s + 14.
SESSIONS_PER_CYCLE = 14
LAST_FIRST_CYCLE_SESSION = 12
FIRST_CYCLE_STATES_PER_SESSION = 16

ADOPTED = "adopted_on"
MID_TERM = "mid_term_on"
NEXT_REVIEW = "next_review_on"
DATE_NAMES = (ADOPTED, MID_TERM, NEXT_REVIEW)
DATE_WORDS = {ADOPTED: "adoption at the Council", MID_TERM: "mid-term report", NEXT_REVIEW: "next review"}


@dataclass(frozen=True)
class WorkingGroupSession:
    number: int
    cycle: int
    starts_on: dt.date
    ends_on: dt.date
    council_session: int
    adoption_estimate: dt.date
    projected: bool


@dataclass(frozen=True)
class DerivedDates:
    """Dates computed from the calendar; `notes` says why a date is uncertain."""

    adopted_on: dt.date | None = None
    mid_term_on: dt.date | None = None
    next_review_on: dt.date | None = None
    next_review_session: int | None = None
    notes: tuple[str, ...] = ()


def _date(text: str, row: int, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValueError(f"review_sessions.csv, line {row}, {field}: {text!r} is not a date "
                                "(YYYY-MM-DD)") from None


def read_sessions(text: str) -> dict[int, WorkingGroupSession]:
    """The sessions of a calendar file; a bad line is named with its field."""
    sessions = {}
    for row, record in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            number, cycle, council = int(record["session"]), int(record["cycle"]), int(record["council_session"])
        except (TypeError, ValueError, KeyError):
            raise InvalidValueError(f"review_sessions.csv, line {row}: session, cycle and council_session "
                                    "must be numbers") from None
        sessions[number] = WorkingGroupSession(
            number, cycle, _date(record["starts_on"], row, "starts_on"), _date(record["ends_on"], row, "ends_on"),
            council, _date(record["adoption_estimate"], row, "adoption_estimate"),
            (record.get("status") or "").strip() == "projected")
    return sessions


@cache
def sessions() -> dict[int, WorkingGroupSession]:
    text = files("upr_tracker.resources").joinpath("review_sessions.csv").read_text(encoding="utf-8")
    return read_sessions(text)


def session_held_on(day: dt.date) -> int | None:
    """The Working Group session that sat on that day (a review's date), if any."""
    for number, session in sessions().items():
        if session.starts_on <= day <= session.ends_on:
            return number
    return None


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (day.day, 30, 29, 28):  # 31 August + 6 months is the last day of February
        try:
            return dt.date(year, month, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def mid_term_after(adopted_on: dt.date) -> dt.date:
    return add_months(adopted_on, MID_TERM_MONTHS)


def next_session(session: int) -> tuple[int, str | None]:
    """The session of the next review of a State reviewed in `session`, and why it is uncertain.
    The first cycle had 12 sessions of 16 States, the next ones 14 of 14 in the same order: a
    first-cycle session's States spread over two second-cycle sessions."""
    if session > LAST_FIRST_CYCLE_SESSION:
        return session + SESSIONS_PER_CYCLE, None
    first_place = (session - 1) * FIRST_CYCLE_STATES_PER_SESSION
    last_place = first_place + FIRST_CYCLE_STATES_PER_SESSION - 1
    earliest = LAST_FIRST_CYCLE_SESSION + 1 + first_place // SESSIONS_PER_CYCLE
    latest = LAST_FIRST_CYCLE_SESSION + 1 + last_place // SESSIONS_PER_CYCLE
    if earliest == latest:
        return earliest, None
    return earliest, (f"the States of session {session} were reviewed again in session {earliest} or {latest}: "
                      "check which")


def derive_dates(session: int | None, review_date: dt.date | None) -> DerivedDates:
    """The dates the calendar gives a review held in `session` (or on `review_date`)."""
    if session is None and review_date is not None:
        session = session_held_on(review_date)
    calendar = sessions()
    if session is None or session not in calendar:
        return DerivedDates()
    notes = []
    held = calendar[session]
    adopted = held.adoption_estimate
    notes.append(f"adoption estimated from Council session {held.council_session}")
    following, doubt = next_session(session)
    next_on = calendar[following].starts_on if following in calendar else None
    if doubt:
        notes.append(doubt)
    if following in calendar and calendar[following].projected:
        notes.append(f"session {following} is projected, its dates not yet published")
    return DerivedDates(adopted, mid_term_after(adopted), next_on, following, tuple(notes))


def parse_estimated(text: str | None) -> frozenset[str]:
    return frozenset(name for name in (text or "").split(",") if name in DATE_NAMES)


def format_estimated(names: frozenset[str] | set[str]) -> str | None:
    return ",".join(name for name in DATE_NAMES if name in names) or None
