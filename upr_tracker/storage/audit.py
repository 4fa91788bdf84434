"""The audit trail: every create, update and delete made through the ORM, with who, when, and the
values before and after, written in the same transaction as the change itself."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import String, event, inspect, or_, select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import AuditEntry, Base, Note, NoteTag, table_of

# Bookkeeping columns follow from others. (The derived columns of recommendations are written
# with SQL UPDATEs by storage.derived, which the trail does not see: the changes that cause them are.)
_NOT_AUDITED_COLUMNS = {"created_at", "updated_at", "label_sort", "text_key", "sort_key"}
_DERIVED_COLUMNS = {
    "recommendation": {"current_position", "considered_implemented", "needs_review", "implementation_level",
                       "last_activity_at"},
}
# (The sync bookkeeping is not history of the data: what it brings in carries its own entries.)
_NOT_AUDITED_TABLES = {"audit_entry", "setting", "sync_conflict", "sync_identity", "sync_peer", "sync_record",
                       "sync_replica"}
# The longest record id the audit trail keeps (its column's length).
RECORD_ID_LENGTH = cast(String, table_of(AuditEntry).c.record_id.type).length


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
                if local.key is not None and values.get(local.key) is None and target is not None:
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


def changes_what_is_audited(obj: Base) -> bool:
    """Whether a pending change of `obj` touches a value the trail keeps (not only bookkeeping or
    derived columns): such a change is a new version of the record (storage.record_versions)."""
    state = inspect(obj)
    skipped = _NOT_AUDITED_COLUMNS | _DERIVED_COLUMNS.get(obj.__tablename__, set()) | {"version"}
    # Its own columns and many-to-many links, as the trail's snapshots hold (a note added to a
    # recommendation is the note's change, not the recommendation's).
    kept = [*state.mapper.column_attrs, *(r for r in state.mapper.relationships if r.secondary is not None)]
    return any(state.attrs[attr.key].history.has_changes() for attr in kept if attr.key not in skipped)


def _record_id(obj: Base) -> str:
    identity = inspect(obj).identity
    if identity:
        return ",".join(str(part) for part in identity)
    return str(getattr(obj, "id", ""))


# A confidential note's text stays out of the trail, which outlives the note when it is deleted.
CONFIDENTIAL_BODY = "(confidential: the text is not kept in the audit trail)"
# Its tags too: in a tag's own entries (and in the record id, which names the tag), and in the
# list of tags an imported note's entry holds.
CONFIDENTIAL_TAG = "(confidential)"
CONFIDENTIAL_TAGS = "(confidential: the tags are not kept in the audit trail)"


def _entry(session: Session, action: str, obj: Base, before: dict[str, Any] | None, after: dict[str, Any] | None, *,
           record_id: str | None = None) -> AuditEntry:
    if obj.__tablename__ == "note" and ((before or {}).get("confidential") or (after or {}).get("confidential")):
        # Once confidential, a note's text is kept out of both sides of the entry.
        before = (before | {"body": CONFIDENTIAL_BODY}) if before else None
        after = (after | {"body": CONFIDENTIAL_BODY}) if after else None
    return AuditEntry(
        actor=session.info.get("actor", "unknown"),
        action=action,
        table_name=obj.__tablename__,
        record_id=record_id if record_id is not None else _record_id(obj),
        before=_json(before),
        after=_json(after),
    )


def _json(values: dict[str, Any] | None) -> str | None:
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values is not None else None


def is_or_was_confidential(note: Note) -> bool:
    """Whether the note is confidential, or was before the changes about to be written."""
    return bool(note.confidential) or True in inspect(note).attrs.confidential.history.deleted


def _tag_owners(changed: list[Any]) -> dict[int, Note]:
    """The note of each tag being added (a new tag learns its note's id only at the flush)."""
    owners: dict[int, Note] = {}
    for obj in changed:
        if isinstance(obj, Note):
            history = inspect(obj).attrs.tags.history
            for tag in (*history.added, *history.unchanged):
                owners[id(tag)] = obj
    return owners


def _tag_entry(session: Session, action: str, tag: NoteTag, before: dict[str, Any] | None, after: dict[str, Any] | None,
               owners: dict[int, Note]) -> AuditEntry:
    """A tag's entry names its note; a confidential note's tag is kept out of it, record id included."""
    owner = owners.get(id(tag))
    note_id = tag.note_id or (owner.id if owner is not None else None)
    if owner is None and note_id is not None:
        with session.no_autoflush:
            owner = session.get(Note, note_id)
    shown = CONFIDENTIAL_TAG if owner is not None and is_or_was_confidential(owner) else tag.tag
    named = {"tag": shown} | ({"note_id": str(note_id)} if note_id is not None else {})
    # The record id holds as much of the tag as its column does (a server enforces the length; the
    # whole tag is in the entry's values).
    record_id = f"{note_id},{shown}"[:RECORD_ID_LENGTH] if note_id is not None else None
    return _entry(session, action, tag, before and before | named, after and after | named, record_id=record_id)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # New objects get their ids at flush: give them one now so the entries can name the records.
    for obj in session.new:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES and hasattr(obj, "id") and obj.id is None:
            obj.id = uuid.uuid4()
    dirty = list(session.dirty)
    changed = [*session.new, *dirty]
    owners = _tag_owners(changed) if any(isinstance(o, NoteTag) for o in changed) else {}

    def entry(action: str, obj: Base, before: dict[str, Any] | None, after: dict[str, Any] | None) -> AuditEntry:
        if isinstance(obj, NoteTag):
            return _tag_entry(session, action, obj, before, after, owners)
        return _entry(session, action, obj, before, after)

    entries: list[AuditEntry] = []
    for obj in dirty:
        if getattr(obj, "__tablename__", None) in _NOT_AUDITED_TABLES or not _changed(obj):
            continue
        before, after = _snapshot(obj, old=True), _snapshot(obj, old=False)
        if before != after:
            entries.append(entry("update", obj, before, after))
    for obj in session.deleted:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            entries.append(entry("delete", obj, _snapshot(obj, old=True), None))
    for obj in session.new:
        if getattr(obj, "__tablename__", None) not in _NOT_AUDITED_TABLES:
            entries.append(entry("create", obj, None, _snapshot(obj, old=False)))
    session.add_all(entries)


def install_audit_trail(session_class: type[Session]) -> None:
    event.listen(session_class, "before_flush", _before_flush)


def scrub_note_from_trail(session: Session, note_id: uuid.UUID, tags: Iterable[str] = ()) -> int:
    """Take a note's words and tags out of the entries already written about it (for a note made
    confidential after it was written); returns how many entries changed. `tags` are its tags,
    now and before: the entries of tags written by earlier versions do not name their note, so
    those of the same words go too (better another note's tag entry lost than this one's kept)."""
    key = str(note_id)
    scrubbed = 0
    words = {t for t in tags if t != CONFIDENTIAL_TAG}
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note",
                                                          AuditEntry.record_id == key)):
        sides = _sides(entry)
        words |= {t for side in sides.values() if isinstance(side.get("tags"), list) for t in side["tags"]}
        scrubbed += _replace_sides(entry, sides, {"body": CONFIDENTIAL_BODY} | (
            {"tags": CONFIDENTIAL_TAGS} if any("tags" in side for side in sides.values()) else {}))
    tag_entries = session.scalars(select(AuditEntry).where(
        AuditEntry.table_name == "note_tag",
        or_(AuditEntry.record_id.startswith(f"{key},", autoescape=True), AuditEntry.record_id == ""))).all()
    unnamed = []
    for entry in tag_entries:
        sides = _sides(entry)
        named = {side.get("note_id") for side in sides.values()} - {None}
        if entry.record_id or named == {key}:
            words |= {side["tag"] for side in sides.values() if side.get("tag") not in (None, CONFIDENTIAL_TAG)}
            renamed = entry.record_id != f"{key},{CONFIDENTIAL_TAG}"
            entry.record_id = f"{key},{CONFIDENTIAL_TAG}"
            scrubbed += _replace_sides(entry, sides, {"tag": CONFIDENTIAL_TAG}) or renamed
        elif not named:
            unnamed.append((entry, sides))
    for entry, sides in unnamed:
        if any(side.get("tag") in words for side in sides.values()):
            scrubbed += _replace_sides(entry, sides, {"tag": CONFIDENTIAL_TAG})
    return scrubbed


def _sides(entry: AuditEntry) -> dict[str, dict[str, Any]]:
    return {name: json.loads(value) for name in ("before", "after") if (value := getattr(entry, name))}


def _replace_sides(entry: AuditEntry, sides: dict[str, dict[str, Any]], placeholders: dict[str, str]) -> bool:
    """Put the placeholders in the fields the entry has; whether that changed anything."""
    changed = False
    for name, values in sides.items():
        replaced = values | {k: v for k, v in placeholders.items() if k in values}
        if replaced != values:
            setattr(entry, name, _json(replaced))
            changed = True
    return changed
