"""Milestones of implementation and their dates, which are often known only to the month or year."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from upr_tracker.errors import InvalidValueError


class MilestoneKind(enum.StrEnum):
    LAW = "law"
    POLICY = "policy"
    PLAN = "plan"
    PLAN_ITEM = "plan_item"
    INSTITUTION = "institution"
    RATIFICATION = "ratification"
    MORATORIUM = "moratorium"
    VISIT = "visit"
    COURT_DECISION = "court_decision"
    SETBACK = "setback"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class DatePrecision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or the year; stored as its first day plus a precision."""

    start: dt.date
    precision: DatePrecision

    @classmethod
    def parse(cls, text: str, *, field: str = "date") -> PartialDate:
        """Read `2009`, `2009-07` or `2009-07-10`."""
        match = _ISO_PARTIAL.match(text.strip())
        if not match:
            raise InvalidValueError(f"{field}: {text!r} is not a date (write 2009, 2009-07 or 2009-07-10)")
        year, month, day = match.groups()
        try:
            if day:
                return cls(dt.date(int(year), int(month), int(day)), DatePrecision.DAY)
            if month:
                return cls(dt.date(int(year), int(month), 1), DatePrecision.MONTH)
            return cls(dt.date(int(year), 1, 1), DatePrecision.YEAR)
        except ValueError as exc:
            raise InvalidValueError(f"{field}: {text!r} is not a valid date ({exc})") from None

    def iso(self) -> str:
        if self.precision is DatePrecision.YEAR:
            return f"{self.start.year:04d}"
        if self.precision is DatePrecision.MONTH:
            return f"{self.start.year:04d}-{self.start.month:02d}"
        return self.start.isoformat()

    def display(self) -> str:
        """As a briefing would print it: `10 July 2009`, `July 2009`, `2009`."""
        if self.precision is DatePrecision.YEAR:
            return str(self.start.year)
        month = _MONTHS[self.start.month - 1]
        if self.precision is DatePrecision.MONTH:
            return f"{month} {self.start.year}"
        return f"{self.start.day} {month} {self.start.year}"

    def last_day(self) -> dt.date:
        """The last day the date covers (31 December 2012 for `2012`): a plan ending in 2012 runs
        through that year."""
        if self.precision is DatePrecision.YEAR:
            return dt.date(self.start.year, 12, 31)
        if self.precision is DatePrecision.MONTH:
            following = dt.date(self.start.year + self.start.month // 12, self.start.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return self.start


def period_display(start: PartialDate | None, end: PartialDate | None) -> str | None:
    """A plan's period as a briefing prints it: `2009–2012`, `July 2009 – June 2012`, `until 2012`
    (a start alone is that date)."""
    if start is None and end is None:
        return None
    if end is None:
        return start.display() if start else None
    if start is None:
        return f"until {end.display()}"
    if start.precision is DatePrecision.YEAR and end.precision is DatePrecision.YEAR:
        return start.display() if start.start.year == end.start.year else f"{start.display()}–{end.display()}"
    return f"{start.display()} – {end.display()}"


def check_period(start: PartialDate | None, end: PartialDate | None, *, field: str = "end") -> None:
    if start is not None and end is not None and end.last_day() < start.start:
        raise InvalidValueError(f"{field}: {end.display()} is before the start ({start.display()})")
