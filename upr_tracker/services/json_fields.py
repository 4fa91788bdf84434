"""Reading one object of a JSON file field by field, each value checked: a problem names the file,
the place (`notes[3].written_at`) and what is wrong, in words a user can act on."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import uuid
from typing import Any, NoReturn, TypeVar
from uuid import UUID  # (inside the reader, `uuid` names its method)

from upr_tracker.domain.milestones import PartialDate
from upr_tracker.errors import InvalidValueError

E = TypeVar("E", bound=enum.StrEnum)
# The largest whole number the database can store.
LARGEST_INTEGER = 2**63 - 1


def shown(value: Any) -> str:
    """A value as a message shows it, with what kind of JSON value it is when that is the problem."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


class Fields:
    """One object of the file, read field by field; every problem names the place and what is wrong."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise InvalidValueError(f"{where}: expected an object, found {shown(value)}")
        self.record = value
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def fail(self, key: str, problem: str) -> NoReturn:
        raise InvalidValueError(f"{self.at(key)}: {problem}")

    def _value(self, key: str, required: bool, what: str) -> Any:
        value = self.record.get(key)
        if value is None and required:
            self.fail(key, f"missing (expected {what})" if key not in self.record else f"null (expected {what})")
        return value

    def text(self, key: str, *, required: bool = False, blank: bool = True) -> str | None:
        value = self._value(key, required, "text")
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, f"expected text, found {shown(value)}")
        if not is_storable(value):
            self.fail(key, NOT_UNICODE)
        if not blank and not value.strip():
            self.fail(key, "empty (expected text)")
        return value

    def needed_text(self, key: str) -> str:
        value = self.text(key, required=True, blank=False)
        assert value is not None
        return value

    def flag(self, key: str) -> bool:
        value = self.record.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, found {shown(value)}")
        return value

    def integer(self, key: str, *, required: bool = False, minimum: int | None = None,
                maximum: int | None = None, what: str = "a whole number") -> int | None:
        value = self._value(key, required, what)
        if value is None:
            return None
        maximum = LARGEST_INTEGER if maximum is None else maximum
        if (not isinstance(value, int) or isinstance(value, bool) or (minimum is not None and value < minimum)
                or value > maximum):
            self.fail(key, f"{shown(value)} is not {what}")
        return value

    def choice(self, key: str, allowed: type[E], what: str, *, required: bool = False) -> E | None:
        value = self.record.get(key)
        if isinstance(value, str) and value in _values_of(allowed):
            return allowed(value)
        known = ", ".join(member.value for member in allowed)
        value = self._value(key, required, f"one of {known}")
        if value is None:
            return None
        self.fail(key, f"{shown(value)} is not {what} (expected one of {known}{'' if required else ', or null'})")

    def needed_choice(self, key: str, allowed: type[E], what: str) -> E:
        value = self.choice(key, allowed, what, required=True)
        assert value is not None
        return value

    def uuid(self, key: str, *, required: bool = False) -> uuid.UUID | None:
        value = self._value(key, required, "an id")
        if value is None:
            return None
        return as_uuid(value, self.at(key))

    def needed_uuid(self, key: str) -> UUID:
        value = self.uuid(key, required=True)
        assert value is not None
        return value

    def id(self) -> UUID:
        return self.needed_uuid("id")

    def date(self, key: str) -> dt.date | None:
        value = self.record.get(key)
        if value is None or value == "":
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(key, f"{shown(value)} is not a date (expected YYYY-MM-DD)")

    def moment(self, key: str, *, required: bool = False) -> dt.datetime | None:
        value = self._value(key, required, "a date and time")
        if value is None or (value == "" and not required):
            return None
        try:
            moment = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(key, f"{shown(value)} is not a date and time (expected YYYY-MM-DDTHH:MM:SS+00:00)")
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    def partial_date(self, key: str) -> PartialDate | None:
        value = self.record.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(key, f"{shown(value)} is not a date (write 2009, 2009-07 or 2009-07-10)")
        return PartialDate.parse(value, field=self.at(key))

    def items(self, key: str) -> list[Any]:
        value = self.record.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, f"expected a list, found {shown(value)}")
        return value

    def objects(self, key: str) -> list[Fields]:
        return [Fields(item, f"{self.at(key)}[{index}]") for index, item in enumerate(self.items(key))]

    def texts(self, key: str) -> list[str]:
        values = self.items(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise InvalidValueError(f"{self.at(key)}[{index}]: expected text, found {shown(value)}")
            if not is_storable(value):
                raise InvalidValueError(f"{self.at(key)}[{index}]: {NOT_UNICODE}")
        return values

    def uuids(self, key: str) -> list[UUID]:
        values = self.items(key)
        try:
            return [_parsed_id(value) for value in values]
        except (TypeError, ValueError, AttributeError):
            # Said where, for the first that is not an id.
            return [as_uuid(value, f"{self.at(key)}[{index}]") for index, value in enumerate(values)]

    def recorded(self) -> dict[str, dt.datetime]:
        """created_at / updated_at as exported (absent in files from elsewhere: then now). An export
        leaves updated_at out when it is created_at."""
        found = {key: self.moment(key) for key in ("created_at", "updated_at")}
        if found["updated_at"] is None and "updated_at" not in self.record:
            found["updated_at"] = found["created_at"]
        return {key: value for key, value in found.items() if value is not None}


@functools.cache
def _values_of(allowed: type[enum.StrEnum]) -> frozenset[str]:
    return frozenset(member.value for member in allowed)


NOT_UNICODE = "holds a character that is not valid Unicode (a lone UTF-16 surrogate such as \\ud800)"


def is_storable(text: str) -> bool:
    """JSON may escape half of a UTF-16 pair ("\\ud800"), which no encoding can write to the database."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def as_uuid(value: Any, where: str) -> uuid.UUID:
    if not isinstance(value, str):
        raise InvalidValueError(f"{where}: {shown(value)} is not an id")
    try:
        return _parsed_id(value)
    except ValueError:
        raise InvalidValueError(f"{where}: {shown(value)} is not an id") from None


@functools.lru_cache(maxsize=4096)
def _parsed_id(value: str) -> uuid.UUID:
    """A review's or a document's id comes back with each of its recommendations: parsed once."""
    return uuid.UUID(value)
