"""The day an event happened (a meeting a note records, an assessment): read as the user writes it
and shown as a briefing prints it."""

from __future__ import annotations

import datetime as dt
import re

from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.errors import InvalidValueError

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WRITTEN_DAY = re.compile(r"^(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})$")


def parse_day(text: str, *, field: str = "date") -> dt.date:
    """A day written 2011-03-12 or 12 March 2011 (a month's name or its first three letters)."""
    written = text.strip()
    try:
        if match := _ISO_DAY.match(written):
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        if match := _WRITTEN_DAY.match(written):
            month = next((i for i, name in enumerate(_MONTHS, 1)
                          if len(match[2]) >= 3 and name.startswith(match[2].casefold())), None)
            if month is not None:
                return dt.date(int(match[3]), month, int(match[1]))
    except ValueError as exc:
        raise InvalidValueError(f"{field}: {text!r} is not a valid date ({exc})") from None
    raise InvalidValueError(f"{field}: {text!r} is not a date (write 2011-03-12 or 12 March 2011)")


def display_day(day: dt.date) -> str:
    """`12 March 2011`."""
    return PartialDate(day, DatePrecision.DAY).display()
