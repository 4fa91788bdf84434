"""Column mappings for tables of no known format, saved in the database under a name (the window
saves them; `upr-tracker import --map NAME` uses them)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.datasets import MAPPABLE_FIELDS
from upr_tracker.services.dataset_import import parse_mapping
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Setting

_PREFIX = "column_mapping:"


def _check(mapping: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(mapping) - set(MAPPABLE_FIELDS))
    if unknown:
        raise InvalidValueError(f"column mapping: unknown field {', '.join(unknown)} (fields: {', '.join(MAPPABLE_FIELDS)})")
    if "text" not in mapping:
        raise InvalidValueError("column mapping: the column with the recommendation's text (text=…) is required")
    return mapping


def save_mapping(db: Database, name: str, mapping: dict[str, str]) -> None:
    if not name.strip():
        raise InvalidValueError("column mapping: give it a name")
    with db.write() as session:
        key = _PREFIX + name.strip()
        setting = session.get(Setting, key)
        value = json.dumps(_check(dict(mapping)), ensure_ascii=False)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value


def saved_mappings(db: Database) -> dict[str, dict[str, str]]:
    with db.read() as session:
        return {key[len(_PREFIX):]: json.loads(value)
                for key, value in session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(_PREFIX)))}


def resolve_mapping(db: Database, given: str) -> dict[str, str]:
    """What `--map` says: a saved mapping's name, `@file.json`, a JSON object, or `field=column;…`."""
    saved = saved_mappings(db)
    if given in saved:
        return saved[given]
    if given.startswith("@"):
        path = Path(given[1:])
        try:
            given = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InvalidValueError(f"--map: cannot read {path} ({exc.strerror})") from exc
    return _check(parse_mapping(given))
