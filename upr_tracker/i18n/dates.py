"""Dates as each language writes them: "23 March 2010", "23 mars 2010", "23 de marzo de 2010",
"23 марта 2010 г.", "2010年3月23日", and a month or a year alone ("March 2010", "mars 2010", "2010年3月")
for dates known only that far. The window uses its locale; a report its own language's."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from upr_tracker.domain.milestones import DatePrecision, PartialDate

# A day, in Qt's date format, per language (the locale's long format would add the weekday).
_DAY = {"en": "d MMMM yyyy", "fr": "d MMMM yyyy", "es": "d 'de' MMMM 'de' yyyy", "ru": "d MMMM yyyy 'г.'",
        "zh": "yyyy'年'M'月'd'日'", "ar": "d MMMM yyyy"}
# A month: the month's name standing alone (Russian "март", not the "марта" of a full date).
_MONTH = {"en": "{month} {year}", "fr": "{month} {year}", "es": "{month} de {year}", "ru": "{month} {year} г.",
          "zh": "{year}年{number}月", "ar": "{month} {year}"}


def _language(locale: QLocale) -> str:
    code = locale.name().split("_")[0]
    return code if code in _DAY else "en"


def _year(locale: QLocale, year: int) -> str:
    # Without the thousands separator ("2010", not "2,010"), in the locale's digits.
    return locale.toString(year).replace(locale.groupSeparator(), "")


def day_label(day: dt.date, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), _DAY[_language(locale)])


def partial_date_label(date: PartialDate, locale: QLocale | None = None) -> str:
    """A date known to the day, the month or the year, as far as it is known."""
    locale = locale or QLocale()
    if date.precision is DatePrecision.YEAR:
        return _year(locale, date.start.year)
    if date.precision is DatePrecision.MONTH:
        return _MONTH[_language(locale)].format(
            month=locale.standaloneMonthName(date.start.month, QLocale.FormatType.LongFormat),
            year=_year(locale, date.start.year), number=locale.toString(date.start.month))
    return day_label(date.start, locale)


def moment_label(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A time something happened (a change, a backup), in local time: the locale's short form, and
    in English the app's unambiguous "2010-03-23 14:05" (an American "3/23/10" reads wrong in Europe)."""
    locale = locale or QLocale()
    local = moment.astimezone() if moment.tzinfo else moment
    if _language(locale) == "en":
        return local.strftime("%Y-%m-%d %H:%M")
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(stamp, QLocale.FormatType.ShortFormat)
