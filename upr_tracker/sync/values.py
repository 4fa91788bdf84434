"""Values of columns as they travel (JSON) and their digests."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import Boolean, Column, Date, Float, Integer, LargeBinary, Uuid

from upr_tracker.storage.models import UtcDateTime


def to_json(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(column.type, Boolean):
        return bool(value)
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """The column's Python value of a travelled value; raises ValueError for one that does not fit."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, UtcDateTime):
        moment = dt.datetime.fromisoformat(str(value))
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(kind, LargeBinary):
        return base64.b64decode(str(value), validate=True)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise ValueError(f"{column.name}: {value!r} is not true or false")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{column.name}: {value!r} is not a whole number")
        return value
    if isinstance(kind, Float):
        return float(value)
    if not isinstance(value, str):
        raise ValueError(f"{column.name}: {value!r} is not text")
    return value


def digest(value: Any) -> str:
    """A short fingerprint of a travelled value, to tell whether it changed."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
