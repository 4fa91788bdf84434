"""Implementation levels and how assessments from several sources combine.

The combination follows UPR Info's mid-term assessment: each source scores 0 (not), 0.5
(partially) or 1 (fully); the mean is banded below 0.33 as not, below 0.66 as partially, else fully.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from upr_tracker.domain.names import name_key
from upr_tracker.errors import InvalidValueError


class ImplementationLevel(enum.StrEnum):
    NOT_IMPLEMENTED = "not_implemented"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    FULLY_IMPLEMENTED = "fully_implemented"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def score(self) -> float:
        return _SCORES[self]


_SCORES = {
    ImplementationLevel.NOT_IMPLEMENTED: 0.0,
    ImplementationLevel.PARTIALLY_IMPLEMENTED: 0.5,
    ImplementationLevel.FULLY_IMPLEMENTED: 1.0,
}


class AssessmentSource(enum.StrEnum):
    """Whose account an assessment gives."""

    STATE = "state"
    NGO = "ngo"
    UN_BODY = "un_body"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"state": "State", "ngo": "NGO", "un_body": "UN body", "other": "Other"}[self.value]


_LEVEL_WORDINGS = {
    name_key(w): level
    for level, wordings in {
        ImplementationLevel.NOT_IMPLEMENTED: ("not implemented", "not", "no action", "none"),
        ImplementationLevel.PARTIALLY_IMPLEMENTED: ("partially implemented", "partially", "partial", "ongoing"),
        ImplementationLevel.FULLY_IMPLEMENTED: ("fully implemented", "fully", "full", "completed", "implemented"),
    }.items()
    for w in wordings
}


def parse_level(wording: str, *, field: str = "level") -> ImplementationLevel:
    """Read a level as written by UPR Info ("partially implemented") or a State ("ongoing")."""
    try:
        return _LEVEL_WORDINGS[name_key(wording.replace("_", " "))]
    except KeyError:
        known = ", ".join(level.value for level in ImplementationLevel)
        raise InvalidValueError(f"{field}: unknown implementation level {wording!r} (expected one of {known})") from None


def parse_source(wording: str, *, field: str = "source") -> AssessmentSource:
    key = name_key(wording.replace("_", " "))
    for source in AssessmentSource:
        if key in (source.value.replace("_", " "), name_key(source.label)):
            return source
    known = ", ".join(s.value for s in AssessmentSource)
    raise InvalidValueError(f"{field}: unknown assessment source {wording!r} (expected one of {known})")


def combined_level(levels: Iterable[ImplementationLevel]) -> ImplementationLevel | None:
    """Band the mean score of the sources' levels; None when nobody assessed."""
    scores = [level.score for level in levels]
    if not scores:
        return None
    mean = sum(scores) / len(scores)
    if mean < 0.33:
        return ImplementationLevel.NOT_IMPLEMENTED
    if mean < 0.66:
        return ImplementationLevel.PARTIALLY_IMPLEMENTED
    return ImplementationLevel.FULLY_IMPLEMENTED


def latest_per_source(
    assessments: Iterable[tuple[object, object, object, ImplementationLevel]],
) -> list[ImplementationLevel]:
    """From (source key, date, recorded at, level) tuples keep each source's latest level: a source
    that re-assessed counts once, with its newest view. Undated assessments rank before dated ones."""
    latest: dict[object, tuple[tuple[bool, object, object], ImplementationLevel]] = {}
    for source, on, recorded_at, level in assessments:
        rank = (on is not None, on or "", recorded_at or "")
        if source not in latest or rank >= latest[source][0]:
            latest[source] = (rank, level)
    return [level for _rank, level in latest.values()]
