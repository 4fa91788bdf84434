"""Hybrid logical clocks: the wall-clock time in milliseconds with a counter, so that a change made
after seeing another is always later than it, even when the two machines' clocks disagree.

A clock is text that sorts in time order: "0001733500000000.0000" (milliseconds, counter)."""

from __future__ import annotations

import time

ZERO = "0000000000000000.0000"


def clock_text(millis: int, counter: int) -> str:
    return f"{millis:016d}.{counter:04d}"


def parse_clock(clock: str) -> tuple[int, int]:
    millis, _, counter = clock.partition(".")
    return int(millis), int(counter or 0)


def tick(last: str, now_millis: int | None = None) -> str:
    """The clock of a new local change, after `last` (the highest clock this database has seen)."""
    now = int(time.time() * 1000) if now_millis is None else now_millis
    last_millis, counter = parse_clock(last)
    if now > last_millis:
        return clock_text(now, 0)
    if counter >= 9999:  # more than 10,000 changes in one millisecond: borrow the next one
        return clock_text(last_millis + 1, 0)
    return clock_text(last_millis, counter + 1)


def later(a: str, b: str) -> str:
    return max(a, b)
