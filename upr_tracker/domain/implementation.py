"""Implementation levels and how assessments from several sources combine.

The combination follows UPR Info's mid-term assessment: each source's latest view scores 0 (not),
0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not, below 0.66 as partially, else
fully. The mean and the band are shown together (`CombinedAssessment.describe`), so that a reader
sees that "fully" from an NGO and "partially" from a UN body make a mean of 0.75, banded "fully".
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

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


# The bands of the mean score, highest first: (lowest mean of the band, level). Stored levels
# (recommendation.implementation_level) follow them, so a change here needs a migration that
# recomputes them.
BANDS = (
    (0.66, ImplementationLevel.FULLY_IMPLEMENTED),
    (0.33, ImplementationLevel.PARTIALLY_IMPLEMENTED),
    (0.0, ImplementationLevel.NOT_IMPLEMENTED),
)
BANDING_RULE = "UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not"


def band(mean: float) -> ImplementationLevel:
    """The level of a mean score, by BANDS."""
    for lowest, level in BANDS:
        if mean >= lowest:
            return level
    return ImplementationLevel.NOT_IMPLEMENTED


@dataclass(frozen=True)
class CombinedAssessment:
    """The combined level of several sources' views, with the figure it comes from."""

    level: ImplementationLevel
    mean: float  # 0 to 1
    sources: int  # how many sources' latest views were averaged
    lowest: ImplementationLevel
    highest: ImplementationLevel

    @property
    def mean_text(self) -> str:
        return f"{self.mean:.2f}".rstrip("0").rstrip(".") if self.mean % 1 else f"{self.mean:.0f}"

    @property
    def sources_differ(self) -> bool:
        return self.lowest is not self.highest

    def figure(self) -> str:
        """"mean 0.75 of 1 from 2 sources (partially to fully; UPR Info scoring: …)"."""
        spread = (f"{self.lowest.label.split()[0].lower()} to {self.highest.label.split()[0].lower()}; "
                  if self.sources_differ else "")
        count = "1 source" if self.sources == 1 else f"{self.sources} sources"
        return f"mean {self.mean_text} of 1 from {count} ({spread}{BANDING_RULE})"

    def describe(self) -> str:
        """"Fully implemented: mean 0.75 of 1 from 2 sources (partially to fully; …)"."""
        return f"{self.level.label}: {self.figure()}"


def combine(levels: Iterable[ImplementationLevel]) -> CombinedAssessment | None:
    """The mean score of the sources' levels and its band; None when nobody assessed."""
    listed = list(levels)
    if not listed:
        return None
    mean = round(sum(level.score for level in listed) / len(listed), 4)
    return CombinedAssessment(band(mean), mean, len(listed), min(listed, key=lambda lv: lv.score),
                              max(listed, key=lambda lv: lv.score))


def combined_level(levels: Iterable[ImplementationLevel]) -> ImplementationLevel | None:
    """Band the mean score of the sources' levels; None when nobody assessed."""
    combined = combine(levels)
    return combined.level if combined else None


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
