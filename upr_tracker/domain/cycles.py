"""UPR cycles and the Working Group sessions that belong to them."""

from __future__ import annotations

from upr_tracker.errors import InvalidValueError

# (cycle, first session, last session); the fourth cycle is still running.
CYCLE_SESSIONS: tuple[tuple[int, int, int | None], ...] = (
    (1, 1, 12),
    (2, 13, 26),
    (3, 27, 41),
    (4, 42, None),
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


def check_session_in_cycle(cycle: int, session: int | None) -> None:
    if session is not None and cycle_of_session(session) != cycle:
        raise InvalidValueError(
            f"session: Working Group session {session} belongs to cycle {cycle_of_session(session)}, not cycle {cycle}"
        )
