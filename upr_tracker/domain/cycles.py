"""UPR cycles and the Working Group sessions that belong to them."""

from __future__ import annotations

import re

from upr_tracker.errors import InvalidValueError

# (cycle, first session, last session); the fourth cycle is still running. It began with the 41st
# session (November 2022), which reviewed again the States of the 27th, the third cycle's first.
CYCLE_SESSIONS: tuple[tuple[int, int, int | None], ...] = (
    (1, 1, 12),
    (2, 13, 26),
    (3, 27, 40),
    (4, 41, None),
)

CYCLE_YEARS = {1: "2008–2011", 2: "2012–2016", 3: "2017–2022", 4: "2022–"}


def cycle_of_session(session: int) -> int:
    """The cycle a Working Group session belongs to."""
    if session < 1:
        raise InvalidValueError(f"session: {session} is not a Working Group session number")
    for cycle, first, last in CYCLE_SESSIONS:
        if session >= first and (last is None or session <= last):
            return cycle
    raise AssertionError("unreachable: the last cycle is open-ended")


def check_cycle(cycle: int) -> int:
    if cycle < 1 or cycle > 10:
        raise InvalidValueError(f"cycle: {cycle} is not a UPR cycle (1, 2, 3, 4…)")
    return cycle


# Cycles so far held 12 to 15 Working Group sessions: a later cycle begins at least this many
# sessions after the running one began (where the running one ends is not known yet).
FEWEST_SESSIONS_IN_A_CYCLE = 12


def check_session_in_cycle(cycle: int, session: int | None) -> None:
    if session is None:
        return
    found = cycle_of_session(session)
    running, running_first, _ = CYCLE_SESSIONS[-1]
    if found == running and cycle > running:
        earliest = running_first + FEWEST_SESSIONS_IN_A_CYCLE * (cycle - running)
        if session >= earliest:
            return
        raise InvalidValueError(f"session: Working Group session {session} belongs to cycle {running}; cycle {cycle} "
                                f"cannot begin before session {earliest}")
    if found != cycle:
        raise InvalidValueError(
            f"session: Working Group session {session} belongs to cycle {found}, not cycle {cycle}"
        )


# The Human Rights Council sessions that adopted the Working Group reports of each cycle (the
# report's symbol is A/HRC/<council session>/<n>): sessions 20, 35 and 51 adopted none (the 50th
# adopted the 40th Working Group session's, the 52nd the 41st's).
COUNCIL_SESSIONS: tuple[tuple[int, int, int | None], ...] = (
    (1, 8, 19),
    (2, 21, 34),
    (3, 36, 50),
    (4, 52, None),
)


def cycle_of_council_session(council_session: int) -> int | None:
    """The cycle of the Working Group reports a Council session adopted; None when it adopted none."""
    for cycle, first, last in COUNCIL_SESSIONS:
        if council_session >= first and (last is None or council_session <= last):
            return cycle
    return None


_COUNCIL_SESSION = re.compile(r"^A/HRC/(\d+)/", re.IGNORECASE)


def cycle_of_symbol(symbol: str | None) -> int | None:
    """The cycle of the Council session a report's or addendum's symbol names (A/HRC/19/12/Add.1:
    session 19, cycle 1); None when it names none, or a session that adopted no report."""
    council = _COUNCIL_SESSION.match(symbol or "")
    return cycle_of_council_session(int(council.group(1))) if council else None


def cycle_of_review_year(year: int) -> int | None:
    """The cycle of a review held in that year (the Working Group's sessions, not the report's
    date); None before the first review, and for a year in which one cycle ended and the next began."""
    cycles = []
    for cycle, years in CYCLE_YEARS.items():
        first, _, last = years.partition("–")
        if int(first) <= year and (not last or year <= int(last)):
            cycles.append(cycle)
    return cycles[0] if len(cycles) == 1 else None


def check_review_year(cycle: int, year: int) -> None:
    """A review of `cycle` held in `year`: within the cycle's years (the running cycle and those
    after it have no known end, and a later cycle begins after the running one began)."""
    first_cycle = min(CYCLE_YEARS)
    if cycle in CYCLE_YEARS:
        first, _, last = CYCLE_YEARS[cycle].partition("–")
        if year < int(first) or (last and year > int(last)):
            raise InvalidValueError(f"date: cycle {cycle} ran in {CYCLE_YEARS[cycle]}, not in {year}")
    elif cycle > first_cycle:
        running = max(CYCLE_YEARS)
        begun = int(CYCLE_YEARS[running].partition("–")[0])
        if year <= begun:
            raise InvalidValueError(f"date: cycle {cycle} comes after cycle {running} ({CYCLE_YEARS[running]}), "
                                    f"not in {year}")
