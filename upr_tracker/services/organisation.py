"""The organisation a database belongs to: named on the cover of every report made from it.

Kept in the database (not in the window's settings) so that a report made from the command line,
or on a colleague's laptop with a copy of the file, names the same organisation.
"""

from __future__ import annotations

import json

from upr_tracker.errors import InvalidValueError
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Setting

_KEY = "report:organisation"
MAX_LENGTH = 200


def organisation_name(db: Database) -> str | None:
    with db.read() as session:
        setting = session.get(Setting, _KEY)
        return (json.loads(setting.value) or None) if setting is not None else None


def set_organisation_name(db: Database, name: str | None) -> None:
    """Name the organisation (None or blank: no name)."""
    cleaned = " ".join((name or "").split())
    if len(cleaned) > MAX_LENGTH:
        raise InvalidValueError(f"organisation: at most {MAX_LENGTH} characters, not {len(cleaned)}")
    with db.write() as session:
        setting = session.get(Setting, _KEY)
        value = json.dumps(cleaned, ensure_ascii=False)  # settings are stored as JSON text
        if setting is None:
            session.add(Setting(key=_KEY, value=value))
        else:
            setting.value = value
