"""Two people editing the same record: no silent overwrite.

An edit says which version of the record it started from (`expected_version`, kept by the window
from what it showed). When the record has changed since, the edit is refused with an
EditConflictError that says who changed it, when and what (read from the audit trail), so that the
person chooses: reload (discard theirs), keep theirs (edit again from the current version: the trail
records that they overwrote the other change), or, for a note, keep both (theirs as a new note).
A check that races another writer between the read and the write is caught when the row is
written (WHERE version = the one read: storage.models.Versioned).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.errors import EditConflictError
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Record, Versioned

T = TypeVar("T")
R = TypeVar("R", bound=Record)

# How a record is named in the message.
_WHAT = {"recommendation": "recommendation", "response": "position", "milestone": "milestone",
         "assessment": "assessment", "note": "note", "review": "review"}
# A value shown in the message is cut to this many characters.
_SHOWN = 80
OVERWRITE_ACTION = "overwrite"


@dataclass(frozen=True)
class ChangedField:
    field: str
    before: str
    after: str
    links: bool = False  # a list of linked records (themes, States): their ids say nothing to a person


def _shown(value: object) -> str:
    if value is None:
        return ""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else str(value)


def _changed_fields(before: str | None, after: str | None) -> tuple[ChangedField, ...]:
    old, new = (json.loads(before) if before else {}), (json.loads(after) if after else {})
    return tuple(ChangedField(key, _shown(old.get(key)), _shown(new.get(key)),
                              isinstance(old.get(key), list) or isinstance(new.get(key), list))
                 for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key) and key != "version")


@dataclass(frozen=True)
class ChangeSince:
    """One change the edit did not start from: who, when, and the fields before and after."""

    at: dt.datetime
    actor: str
    action: str  # update, delete
    version: int | None
    fields: tuple[ChangedField, ...]

    def describe(self) -> str:
        when = self.at.astimezone().strftime("%Y-%m-%d %H:%M")
        if self.action == "delete":
            return f"Deleted by {self.actor} at {when}"
        said = "; ".join(f"{f.field.replace('_', ' ')}: {'changed' if f.links else _cut(f.after) or '(cleared)'}"
                         for f in self.fields)
        return f"Changed by {self.actor} at {when}" + (f": {said}" if said else "")


def _cut(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= _SHOWN else words[: _SHOWN - 1].rstrip() + "…"


def _version_of(values: str | None) -> int | None:
    version = json.loads(values).get("version") if values else None
    return version if isinstance(version, int) else None


def changes_since(session: Session, table: str, record_id: uuid.UUID, version: int) -> list[ChangeSince]:
    """The trail's changes of the record that made versions after `version`, oldest first."""
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.table_name == table, AuditEntry.record_id == str(record_id),
        AuditEntry.action.in_(("update", "delete"))).order_by(AuditEntry.at, AuditEntry.id))
    changes = []
    for entry in entries:
        made = _version_of(entry.after) if entry.action == "update" else None
        if entry.action == "update" and (made is None or made <= version):
            continue
        if entry.action == "delete" and (_version_of(entry.before) or 0) < version:
            continue
        changes.append(ChangeSince(entry.at, entry.actor, entry.action, made, _changed_fields(entry.before, entry.after)))
    return changes


def check_version(session: Session, record: Versioned, expected_version: int | None) -> None:
    """Refuse the edit (EditConflictError) if `record` is no longer at the version it started from
    (None: the caller did not say, as the command line and undo do not)."""
    if expected_version is None or record.version == expected_version:
        return
    table = record.__tablename__  # type: ignore[attr-defined]
    record_id = record.id  # type: ignore[attr-defined]
    changes = changes_since(session, table, record_id, expected_version)
    raise conflict(table, record_id, expected_version, record.version, changes)


def conflict(table: str, record_id: uuid.UUID | None, expected: int | None, current: int | None,
             changes: list[ChangeSince]) -> EditConflictError:
    what = _WHAT.get(table, table.replace("_", " "))
    said = "\n".join(change.describe() for change in changes) or "Changed by someone else just now."
    if current is None:  # deleted meanwhile: said as a record not found is, with who and when
        message = f"{what} {record_id} does not exist any more; nothing of yours was saved.\n{said}"
    else:
        message = (f"This {what} was changed by someone else since you opened it; nothing of yours was saved.\n"
                   f"{said}\nReload it to see their version, or keep yours over theirs.")
    return EditConflictError(
        message,
        table=table, record_id=record_id, expected_version=expected, current_version=current, changes=tuple(changes))


def fetch_at_version(session: Session, model: type[R], record_id: uuid.UUID, expected_version: int | None) -> R:
    """The record to edit, still at the version the edit started from (see check_version); one
    deleted meanwhile is a conflict too when the edit said where it started (else NotFoundError)."""
    record = session.get(model, record_id)
    if record is None and expected_version is not None:
        table = model.__tablename__
        raise conflict(table, record_id, expected_version, None,
                       changes_since(session, table, record_id, expected_version))
    record = fetch(session, model, record_id)
    assert isinstance(record, Versioned), f"{model.__name__} has no version"
    check_version(session, record, expected_version)
    return record


def keep_mine(db: Database, error: EditConflictError, edit: Callable[[int], T]) -> T:
    """Save one's own edit over the other person's: `edit` is run again from the current version
    (it may meet a newer conflict still), and the trail records that it overwrote the change(s) named."""
    if error.current_version is None:
        raise error  # the record is gone: there is nothing to overwrite
    result = edit(error.current_version)
    overwritten = [{"actor": c.actor, "at": c.at.isoformat(timespec="seconds"), "version": c.version}
                   for c in error.changes]
    with db.write() as session:
        session.add(AuditEntry(actor=db.actor, action=OVERWRITE_ACTION, table_name=error.table,
                               record_id=str(error.record_id), before=None,
                               after=json.dumps({"overwrote": overwritten}, ensure_ascii=False, sort_keys=True)))
    return result
