"""UPR Info's action categories: how much a recommendation asks of the State, from its first verb."""

from __future__ import annotations

from upr_tracker.errors import InvalidValueError

ACTION_CATEGORIES: dict[int, str] = {
    1: "Minimal action",
    2: "Continuing action",
    3: "Considering action",
    4: "General action",
    5: "Specific action",
}


def parse_action_category(value: str | int | None, *, field: str = "action category") -> int | None:
    """Accept 1–5 (as a number or text); empty means unknown."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if number not in ACTION_CATEGORIES:
        raise InvalidValueError(f"{field}: {value!r} is not an action category (1 to 5)")
    return number
