"""Saved searches: a named set of filters and search words, kept in the database so that the
whole team finds them in the sidebar."""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

from sqlalchemy import select

from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Setting

_PREFIX = "saved_search:"


def _plain(wanted: RecommendationFilter) -> dict[str, Any]:
    values = {}
    for field in dataclasses.fields(wanted):
        value = getattr(wanted, field.name)
        if value is not None:
            values[field.name] = str(value) if isinstance(value, uuid.UUID) else value
    return values


def _filter(values: dict[str, Any]) -> RecommendationFilter:
    known = {f.name for f in dataclasses.fields(RecommendationFilter)}
    kept = {k: v for k, v in values.items() if k in known}
    for key in ("review_id", "plan_id"):
        if key in kept:
            kept[key] = uuid.UUID(kept[key])
    return RecommendationFilter(**kept)


def save_search(db: Database, name: str, wanted: RecommendationFilter) -> None:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidValueError("saved search: give it a name")
    with db.write() as session:
        key = _PREFIX + cleaned
        value = json.dumps(_plain(wanted), ensure_ascii=False)
        setting = session.get(Setting, key)
        if setting is None:
            session.add(Setting(key=key, value=value))
        else:
            setting.value = value


def saved_searches(db: Database) -> dict[str, RecommendationFilter]:
    with db.read() as session:
        rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(_PREFIX))
                               .order_by(Setting.key))
        return {key[len(_PREFIX):]: _filter(json.loads(value)) for key, value in rows}


def delete_search(db: Database, name: str) -> None:
    with db.write() as session:
        setting = session.get(Setting, _PREFIX + name)
        if setting is None:
            raise NotFoundError(f"saved search {name!r} does not exist")
        session.delete(setting)
