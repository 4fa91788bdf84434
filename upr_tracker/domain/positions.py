"""The State's position on a recommendation, and how the many wordings map onto it."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from upr_tracker.domain.names import name_key
from upr_tracker.errors import InvalidValueError


class Position(enum.StrEnum):
    SUPPORTED = "supported"
    NOTED = "noted"
    PARTIALLY_SUPPORTED = "partially_supported"
    PENDING = "pending"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Position.SUPPORTED: "Supported",
    Position.NOTED: "Noted",
    Position.PARTIALLY_SUPPORTED: "Partially supported",
    Position.PENDING: "Pending",
}


@dataclass(frozen=True)
class PositionReading:
    """What a position word in a database or document means."""

    position: Position | None
    considered_implemented: bool = False


# Keys are name_key() forms. "None" means the wording carries no position (a general response).
_WORDINGS: dict[str, PositionReading] = {}


def _add(position: Position | None, *wordings: str, implemented: bool = False) -> None:
    for wording in wordings:
        _WORDINGS[name_key(wording)] = PositionReading(position, implemented)


_add(Position.SUPPORTED, "supported", "accepted", "accept", "enjoys support", "support", "agreed")
_add(
    Position.SUPPORTED,
    "accepted and considered already implemented",
    "supported and considered already implemented",
    "accepted and considered already implemented or in process of implementation",
    "supported and considered already implemented or in process of implementation",
    "already implemented",
    "considered already implemented",
    "in process of implementation",
    implemented=True,
)
_add(
    Position.NOTED,
    "noted",
    "not accepted",
    "rejected",
    "not supported",
    "does not enjoy support",
    "did not enjoy support",
    "not enjoy support",
)
_add(
    Position.PARTIALLY_SUPPORTED,
    "partially supported",
    "partially accepted",
    "accepted in part",
    "supported in part",
    "partially",
    "partly accepted",
)
_add(
    Position.PENDING,
    "pending",
    "will be examined",
    "under consideration",
    "to be examined",
    "deferred",
)
_add(None, "general response", "no response", "voluntary pledge", "")


def position_wording(position: str | None, considered_implemented: bool = False, *, missing: str = "—") -> str:
    """A current position as people read it ("Supported (considered implemented)"); `missing`
    when the State has given none yet."""
    if not position:
        return missing
    text = Position(position).label
    return f"{text} (considered implemented)" if considered_implemented else text


def parse_position(wording: str, *, field: str = "position") -> PositionReading:
    """Read a position as databases and users write it ("Accepted", "Noted", "supported"...).

    Raises InvalidValueError naming the unknown wording.
    """
    key = name_key(wording.replace("_", " "))
    try:
        return _WORDINGS[key]
    except KeyError:
        known = ", ".join(p.value for p in Position)
        raise InvalidValueError(f"{field}: unknown position {wording!r} (expected one of {known})") from None


def response_stage(document_kind: str | None) -> int:
    """Where a response stands in the life of a position, from the kind of its source document.

    The Working Group report records the initial position, the addendum a later one, and
    anything else (a later document, or an entry by a user) a revision after that. A database
    export (UPR Info, the UHRI) records the position too, but second-hand: it ranks after the
    report and before the State's own addendum. Within a stage, the response date decides. Addenda
    are often undated in extracted text: the stage still puts them after the report, whichever was
    imported first.
    """
    return {"working_group_report": 0, "database_export": 1, "addendum": 2}.get(document_kind or "", 3)
