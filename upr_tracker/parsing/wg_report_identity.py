"""Who a Working Group report is about and when: title, State under review, symbol, session, cycle.

Reports of 2008 to today say these things in different places and words, and PDF extraction
loses spaces or breaks lines inside them. Each is taken from every clue the document gives, in
order of trust:

- the State: the name under the title, else "the review of <State> was held at…", else "the
  delegation of <State> was headed by…"; any spelling the reference data knows, words run
  together included ("IslamicRepublicofIran");
- the cycle: the Working Group session ("held its seventh session", "Working Group on the
  Universal Periodic Review, Fourth session"), else the Council session of the symbol
  (A/HRC/<council session>/<n>), else the year the review was held.
Clues that disagree are reported.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache, lru_cache

from upr_tracker.domain.cycles import (
    cycle_of_review_year,
    cycle_of_session,
    cycle_of_symbol,
)
from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import shipped_states
from upr_tracker.i18n.state_names import state_names
from upr_tracker.parsing.document_languages import (
    OTHER_TITLES_PATTERN,
    REPORT_TITLES,
    REVIEW_MEETING,
    date_pattern,
    first_date,
    read_date,
)
from upr_tracker.parsing.session_ordinals import session_in_other_languages
from upr_tracker.parsing.parsed import DocumentIdentity, Problem, ProblemKind

REPORT_TITLE = "Report of the Working Group on the Universal Periodic Review"

# The title's words with any spacing between them, a line break or none ("UniversalPeriodic").
TITLE_PATTERN = r"\s*".join(REPORT_TITLE.split())
_TITLE = re.compile(f"(?:{TITLE_PATTERN}|{OTHER_TITLES_PATTERN})", re.IGNORECASE)
_WORKING_GROUP = re.compile(r"\s*".join("Working Group on the Universal Periodic Review".split()), re.IGNORECASE)
# What may follow the title on its line: a footnote mark ("*", "1", "¹") or a stray full stop.
_TITLE_MARK = re.compile(r"^[\s*.¹²³⁴⁵⁶⁷⁸⁹⁰]*(?:\d{1,2}(?=\s|$))?[\s*.]*")

_SYMBOL = re.compile(r"\bA/HRC/(\d{1,2})/\d{1,3}\b(?![/.]?\d)(?!/Add)")
_ORDINAL = r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+(?:[\s-][A-Za-z]+)?)"   # "twenty-first", "7th"
_SESSION = re.compile(r"held\s+its\s+" + _ORDINAL + r"\s+session", re.IGNORECASE)
# "Working Group on the Universal Periodic Review, Fourth session, Geneva, 2–13 February 2009"
_SESSION_AFTER_NAME = re.compile(r"[\s,]+" + _ORDINAL + r"\s+session\b", re.IGNORECASE)
_SESSION_BEFORE_NAME = re.compile(_ORDINAL + r"\s+session\s+of\s+the\s*$", re.IGNORECASE)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
_DISTRIBUTION_DATE = re.compile(r"Distr\.:\s*\w+\s+" + _DATE.pattern)
_REVIEW_HELD = re.compile(
    r"review\s+of\s+(?P<state>[^.;:]{2,90}?)\s+(?:was\s+held|took\s+place)\s+at\s+the\s+\w+\s+meeting,?"
    r"(?:\s+(?:on|held\s+on)\s+" + _DATE.pattern + ")?", re.IGNORECASE)
_DELEGATION = re.compile(r"\bdelegation\s+of\s+(?P<state>[^.;:]{2,90}?)\s+was\s+headed\s+by", re.IGNORECASE)
# "Geneva, 2–13 February 2009": the session's place and dates
_SESSION_DATES = re.compile(r"Geneva,?\s+\d{1,2}\s*(?:[-–—]|to)\s*" + _DATE.pattern, re.IGNORECASE)
_HEADER_LENGTH = 3000   # at most, the characters of flattened text before the report's body
_BODY_START = re.compile(r"\bIntroduction\b|\b1\.\s+The\s+Working\s+Group|held\s+its\s|\bIntroducción\b|\bВведение\b"
                         r"|\b1\.\s+(?:Le\s+Groupe\s+de\s+travail|El\s+Grupo\s+de\s+Trabajo|Рабочая\s+группа)")


def read_identity(text: str, lines: Sequence[str], problems: list[Problem]) -> DocumentIdentity:
    """The report's identity from its text and its content lines (without page furniture)."""
    flat = " ".join(text.split())
    title, state_name = title_and_state(lines)
    review = _REVIEW_HELD.search(flat)
    if state_name is None or not is_known_state(state_name):
        # A name under the title that no reference spelling knows yields to a known one said elsewhere.
        state_name = _named_state(review) or _named_state(_DELEGATION.search(flat)) or state_name
    symbol = _report_symbol(flat)
    session = _session_number(flat)
    cycle = _cycle(session, symbol, _review_year(flat, review), problems)
    review_date = _review_date(review) or _review_date_in_other_languages(flat)
    return DocumentIdentity(symbol=symbol, state_name=state_name, cycle=cycle, session=session,
                            issued_on=_issue_date(flat, review) or review_date, title=title, review_date=review_date)


def _review_date_in_other_languages(flat: str) -> dt.date | None:
    """"… a eu lieu à la 9e séance, le 12 février 2010", "… en la novena sesión, el 12 de febrero
    de 2010", "… на 9-м заседании 12 февраля 2010 года"."""
    for meeting in REVIEW_MEETING.finditer(flat):
        found = date_pattern().match(flat, meeting.end())
        if found:
            return read_date(found)
    return None


def _named_state(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    written = " ".join(match.group("state").split())
    return known_state_name(re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)) or known_state_name(written)


# --------------------------------------------------------------------------------------------
# Symbol, session, cycle, dates


def _report_symbol(flat: str) -> str | None:
    """The symbol in the running headers: the most frequent one."""
    counts = Counter(match.group(0) for match in _SYMBOL.finditer(flat))
    return counts.most_common(1)[0][0] if counts else None


def _session_number(flat: str) -> int | None:
    """The Working Group session: "held its seventh session", or the session named after (or
    before) the Working Group's name on the cover ("…Periodic Review, Fourth session")."""
    match = _SESSION.search(flat)
    if match and ordinal_number(match.group("ordinal")):
        return ordinal_number(match.group("ordinal"))
    for name in _WORKING_GROUP.finditer(flat[:_HEADER_LENGTH * 2]):
        if re.search(r"Report\s*of\s*the\s*$", flat[max(0, name.start() - 20):name.start()], re.IGNORECASE):
            continue   # the report's title, not the Working Group's session
        after = _SESSION_AFTER_NAME.match(flat, name.end())
        before = _SESSION_BEFORE_NAME.search(flat[max(0, name.start() - 60):name.start()])
        for found in (after, before):
            number = ordinal_number(found.group("ordinal")) if found else None
            if number:
                return number
    return session_in_other_languages(flat)


def _cycle(session: int | None, symbol: str | None, year: int | None, problems: list[Problem]) -> int | None:
    """The cycle from the session, else from the symbol's Council session, else from the year of
    the review; a symbol that says another cycle than the session is reported."""
    by_symbol = cycle_of_symbol(symbol)
    if session:
        cycle = cycle_of_session(session)
        if by_symbol and by_symbol != cycle:
            problems.append(Problem(
                ProblemKind.UNREADABLE,
                f"the report says Working Group session {session} (cycle {cycle}) but its symbol {symbol} is of a "
                f"Council session of cycle {by_symbol}: cycle {cycle} was taken, check it"))
        return cycle
    if by_symbol:
        return by_symbol
    return cycle_of_review_year(year) if year else None


def _review_year(flat: str, review: re.Match[str] | None) -> int | None:
    """The year the review was held, or the Working Group session's (not the report's date: a
    report of an autumn session may be issued in the next year)."""
    if review is not None and review.group(review.re.groups):
        return int(review.group(review.re.groups))
    session_dates = _SESSION_DATES.search(flat[:_HEADER_LENGTH * 2])
    if session_dates:
        return int(session_dates.group(session_dates.re.groups))
    held = re.search(r"held\s+its\s+\S+(?:\s\S+)?\s+session\s+(?:from|on)\s+.{0,40}?\b((?:19|20)\d{2})\b", flat)
    return int(held.group(1)) if held else None


_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}
_TEEN_ORDINALS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_TENS_ORDINALS = {word[:-1] + "ieth": value for word, value in _TENS.items()}  # "twentieth"


def ordinal_number(wording: str) -> int | None:
    """1 to 99 from "seventh", "twenty-first", "forty second", "fiftieth" or "42nd"; else None."""
    word = " ".join(wording.lower().replace("-", " ").split())
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    if digits:
        return int(digits.group(1))
    simple = _UNIT_ORDINALS.get(word) or _TEEN_ORDINALS.get(word) or _TENS_ORDINALS.get(word)
    if simple:
        return simple
    tens, _, unit = word.partition(" ")
    if tens in _TENS and unit in _UNIT_ORDINALS:
        return _TENS[tens] + _UNIT_ORDINALS[unit]
    return None


def _review_date(review: re.Match[str] | None) -> dt.date | None:
    """The day of the review: "The review of Kazakhstan was held at the 9th meeting, on 12 February 2010"."""
    if review is None or not review.group(review.re.groups):
        return None
    day, month, year = (review.group(review.re.groups - 2), review.group(review.re.groups - 1),
                        review.group(review.re.groups))
    try:
        return dt.date(int(year), _MONTHS.index(month.capitalize()) + 1, int(day))
    except ValueError:  # "31 February": not a day
        return None


def _issue_date(flat: str, review: re.Match[str] | None) -> dt.date | None:
    """The distribution date of the report; else the first date of its header; else the review's."""
    body_start = _BODY_START.search(flat)
    header = flat[:min(body_start.start() if body_start else len(flat), _HEADER_LENGTH)]
    candidates = [_DISTRIBUTION_DATE.search(header), _DATE.search(header)]
    for match in candidates:
        if match:
            day, month, year = match.groups()[-3:]
            try:
                return dt.date(int(year), _MONTHS.index(month) + 1, int(day))
            except ValueError:   # "31 February": try the next clue
                continue
    # "Distr. générale 11 juillet 2017", "11 de julio de 2017": months in the other languages.
    return first_date(header) or _review_date(review)


# --------------------------------------------------------------------------------------------
# Title and State under review


def title_and_state(lines: Sequence[str]) -> tuple[str | None, str | None]:
    """The report's title and the State named under it (the title may wrap, lose its spaces,
    and carry a footnote mark)."""
    head = "\n".join(lines[:200])
    match = _TITLE.search(head)
    if match is None:
        return None, None
    after = head[match.end():]
    first_line, _, rest = after.partition("\n")
    first_line = _TITLE_MARK.sub("", first_line, count=1).strip()
    following = ([first_line] if first_line else []) + [line for line in rest.split("\n")[:3]]
    written = " ".join(match.group(0).split()).replace("'", "’")
    title = next((t for t in REPORT_TITLES.values() if t.casefold() == written.casefold()), REPORT_TITLE)
    return title, _state_under_review(following)


def _state_under_review(following: Sequence[str]) -> str | None:
    """The State's name from the lines under the title: a known name over one or two lines."""
    candidates = [line.strip(" *") for line in following if line.strip() and not line.lstrip().startswith("*")]
    if len(candidates) >= 2:
        known = known_state_name(f"{candidates[0]} {candidates[1]}")
        if known:
            return known
    if candidates:
        known = known_state_name(candidates[0])
        if known:
            return known
        if looks_like_state_name(candidates[0]):
            return candidates[0]
    return None


def known_state_name(written: str) -> str | None:
    """The name as written when it is a State's name in any spelling the reference data knows;
    the reference name when it is one whose words were run together ("IslamicRepublicofIran")."""
    if is_known_state(written):
        return written
    if len(written) < 4:
        return None
    glued = name_key(written).replace(" ", "")
    names = _names_without_spaces()
    return names.get(glued) or (names.get(glued[3:]) if glued.startswith("the") else None)


@cache
def _known_state_keys() -> frozenset[str]:
    """Every spelling of every State, in the six UN languages (reports in French, Spanish and
    Russian name the recommending States in their language)."""
    return frozenset(name_key(name) for state in shipped_states() for name in state_names(state.iso3))


@cache
def _names_without_spaces() -> dict[str, str]:
    return {name_key(name).replace(" ", ""): state.name
            for state in shipped_states() for name in (state.name, *state.other_names)}


@lru_cache(maxsize=4096)   # the same few hundred names recur all through a report
def is_known_state(name: str) -> bool:
    """Whether the name is a State's name or other name in the shipped reference data."""
    return name_key(name) in _known_state_keys()


# A capital of the Latin or Cyrillic script ("Côte", "Émirats", "Чили") opens the name.
_STATE_NAME_SHAPE = re.compile(r"(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ][\w'’.\-]*(?:[\s-]+[\w'’.()\-]+)*")


def looks_like_state_name(name: str) -> bool:
    """Capitalised words, no digits, not an acronym: "Kosovo", not "WHO" nor "2009"."""
    return (len(name) <= 60 and not any(char.isdigit() for char in name) and not name.isupper()
            and bool(_STATE_NAME_SHAPE.fullmatch(name)))


def likeliest_state_names(text: str, count: int = 3) -> list[str]:
    """The reference names of the States a text names most often (the State under review is
    named all through its report and its addendum): guesses to offer when it says no State."""
    folded = " " + name_key(text[:200_000]) + " "
    counts: Counter[str] = Counter()
    for state in shipped_states():
        keys = {name_key(name) for name in (state.name, *state.other_names)}
        longest_first = sorted((key for key in keys if len(key) > 3), key=len, reverse=True)
        found = sum(folded.count(f" {key} ") for key in longest_first[:1]) or \
            max((folded.count(f" {key} ") for key in longest_first), default=0)
        if found:
            counts[state.name] = found
    return [name for name, _found in counts.most_common(count)]
