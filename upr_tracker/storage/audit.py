"""The audit trail: every create, update and delete made through the ORM, with who, when, and the
values before and after, written in the same transaction as the change itself."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from upr_tracker.storage.models import AuditEntry, Base

# Bookkeeping columns follow from others. (The derived columns of recommendations are written
# with SQL UPDATEs by storage.derived, which the trail does not see: the changes that cause them are.)
_NOT_AUDITED_COLUMNS = {"created_at", "updated_at", "label_sort", "text_key", "sort_key"}
_DERIVED_COLUMNS = {
    "recommendation": {"current_position", "considered_implemented", "needs_review", "implementation_level",
                       "last_activity_at"},
}
_NOT_AUDITED_TABLES = {"audit_entry", "setting"}


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, Base):
        return str(getattr(value, "id", value))
    if isinstance(value, (list, tuple)):
        return sorted(str(_plain(v)) for v in value)
    return value


def _snapshot(obj: Base, *, old: bool) -> dict[str, Any]:
    """The audited values of an object: its columns and many-to-many links, now or before the flush."""
    state = inspect(obj)
    skipped = _NOT_AUDITED_COLUMNS | _DERIVED_COLUMNS.get(obj.__tablename__, set())
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in skipped:
            continue
        history = state.attrs[attr.key].history
        if old and history.has_changes():
            value = history.deleted[0] if history.deleted else None
        else:
            value = state.attrs[attr.key].loaded_value if attr.key in state.dict else None
        values[attr.key] = _plain(value)
    for rel in state.mapper.relationships:
        if rel.direction.name == "MANYTOONE" and not old and rel.key in state.dict:
            # A new object linked through the relationship has no foreign key value until the flush.
            target = state.dict[rel.key]
            for local in rel.local_columns:
                if values.get(local.key) is None and target is not None:
                    values[local.key] = _plain(getattr(target, "id", None))
            continue
        if rel.secondary is None or (rel.key not in state.dict and not state.attrs[rel.key].history.has_changes()):
            continue
        history = state.attrs[rel.key].history
        if old:
            current = list(history.unchanged) + list(history.deleted)
        else:
            current = list(history.unchanged) + list(history.added)
        values[rel.key] = _plain(current)
    return values


def _changed(obj: Base) -> bool:
    state = inspect(obj)
    return any(
        state.attrs[attr.key].history.has_changes()
        for attr in list(state.mapper.column_attrs) + list(state.mapper.relationships)
        if attr.key not in _NOT_AUDITED_COLUMNS
    )


def _record_id(obj: Base) -> str:
    identity = inspect(obj).identity
    if identity:
        return ",".join(str(part) for part in identity)
    return str(getattr(obj, "id", ""))


# A confidential note's text stays out of the trail, which outlives the note when it is deleted.
CONFIDENTIAL_BODY = "(confidential: the text is not kept in the audit trail)"


def _entry(session: Session, action: str, obj: Base, before: dict | None, after: dict | None) -> AuditEntry:
    if obj.__tablename__ == "note" and ((before or {}).get("confidential") or (after or {}).get("confidential")):
        # Once confidential, a note's text is kept out of both sides of the entry.
        before = (before | {"body": CONFIDENTIAL_BODY}) if before else None
        after = (after | {"body": CONFIDENTIAL_BODY}) if after else None
    return AuditEntry(
        actor=session.info.get("actor", "unknown"),
        action=action,
        table_name=obj.__tablename__,
        record_id=_record_id(obj),
        before=json.dumps(before, ensure_ascii=False, sort_keys=True) if before is not None else None,
        after=json.dumps(after, ensure_ascii=False, sort_keys=True) if after is not None else None,
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    entries: list[AuditEntry] = []
    for obj in session.dirty:
        if getattr(obj, "__tablename__", None) in _NOT_AUDITED_TABLES or not _changed(obj):
            continue
        before, after = _snapshot(obj, old=True), _snapshot(obj, old=False)
        if before != after:
            entries.append(_entry(session, "update", obj, before, after))
    for obj in session.deleted:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            entries.append(_entry(session, "delete", obj, _snapshot(obj, old=True), None))
    # New objects get their ids at flush: give them one now so the entry can name the record.
    for obj in session.new:
        if getattr(obj, "__tablename__", None) in _NOT_AUDITED_TABLES:
            continue
        if hasattr(obj, "id") and obj.id is None:
            obj.id = uuid.uuid4()
        entries.append(_entry(session, "create", obj, None, _snapshot(obj, old=False)))
    session.add_all(entries)


def install_audit_trail(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _before_flush)
