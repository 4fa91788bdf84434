"""The language a report is written in: its catalogue (`Words`), its dates and numbers. The
headings and the words of the reports are translated; what users and documents wrote (the
recommendations, notes, titles of milestones) stays as written."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QLocale

from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.errors import InvalidValueError
from upr_tracker.i18n.catalogs import Words
from upr_tracker.i18n.dates import day_label, partial_date_label
from upr_tracker.i18n.languages import SOURCE_LANGUAGE, UnknownLanguage, language
from upr_tracker.i18n.state_names import iso3_of_name, state_name

__all__ = ["Words", "english", "words_for", "date_text", "partial_date_text", "period_text",
           "share_text", "number", "check_language", "state_wording", "states_wording"]


def check_language(code: str) -> None:
    """Raise InvalidValueError naming the field when `code` is not one of the six languages."""
    try:
        language(code)
    except UnknownLanguage as error:
        raise InvalidValueError(f"language: {error}") from None


@cache
def words_for(code: str) -> Words:
    """The catalogue of a language (one of the six; a locale name such as "fr_CH" works too)."""
    return Words(language(code).code)


def english() -> Words:
    return words_for(SOURCE_LANGUAGE)


def date_text(words: Words, day: dt.date) -> str:
    """A day in the report's language: "23 March 2010", "23 mars 2010", "2010年3月23日"."""
    return day_label(day, words.locale)


def partial_date_text(words: Words, date: PartialDate) -> str:
    """A date known to the day, the month or the year, as far as it is known."""
    return partial_date_label(date, words.locale)


def period_text(words: Words, start: PartialDate | None, end: PartialDate | None) -> str | None:
    """A plan's period: `2009–2012`, `July 2009 – June 2012`, `until 2012` (see period_display)."""
    if start is None and end is None:
        return None
    if end is None:
        return partial_date_text(words, start) if start else None
    if start is None:
        return words.fill(words.translate("ReportDates", "until %1"), partial_date_text(words, end))
    if start.precision is DatePrecision.YEAR and end.precision is DatePrecision.YEAR:
        if start.start.year == end.start.year:
            return partial_date_text(words, start)
        return f"{partial_date_text(words, start)}–{partial_date_text(words, end)}"
    return f"{partial_date_text(words, start)} – {partial_date_text(words, end)}"


@cache
def _counting_locale(code: str) -> QLocale:
    locale = QLocale(code)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number(words: Words, value: int) -> str:
    """A count in the report's digits, without a thousands separator (as in the tables' cells)."""
    return _counting_locale(words.locale.name()).toString(value)


def share_text(words: Words, count: int, total: int) -> str:
    """A percentage in the report's digits: "42%", "٤٢٪"."""
    if not total:
        return "—"
    return f"{number(words, round(count * 100 / total))}{words.locale.percent()}"


def state_wording(words: Words, name: str, iso3: str | None = None) -> str:
    """A State as the report's language names it (the UN's short name, else CLDR's): the database
    keeps codes and English names, a French brief says "Fédération de Russie". A name no table
    knows (a State added by hand) stays as stored."""
    if words.language.code == SOURCE_LANGUAGE or not name:
        return name
    code = iso3 or iso3_of_name(name)
    return state_name(code, words.language.code) if code else name


def states_wording(words: Words, names: tuple[str, ...] | list[str]) -> list[str]:
    return [state_wording(words, name) for name in names]
