"""The audit trail as people read it: who changed what in a record, when, from what to what; and
the whole trail exported for an auditor or a donor."""

from __future__ import annotations

import csv
import datetime as dt
import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from upr_tracker.services.activity_log import log_written
from upr_tracker.services.atomic_files import Output, open_output, output_name
from upr_tracker.services.export_tables import csv_safe
from upr_tracker.services.suggestion_terms import KIND_TITLES
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Assessment,
    AuditEntry,
    Note,
    Suggestion,
    response_recommendation,
)

# The records whose history belongs with a recommendation's: its notes, assessments and responses.
RECORD_KINDS = {"recommendation": "Recommendation", "note": "Note", "assessment": "Assessment",
                "response": "Response", "suggestion": "Suggestion"}
AUDIT_COLUMNS = ("at", "actor", "action", "table", "record", "field", "before", "after", "made_on")


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class RecordChange:
    at: dt.datetime
    actor: str
    action: str      # "create", "update", "delete"
    table_name: str
    record_id: str
    changes: tuple[FieldChange, ...]
    # The database (a colleague's laptop, the team server) the change was made on and came from by
    # sync; None: made here.
    origin: str | None = None
    # What the change means in words, where the fields alone do not say it (a suggestion
    # accepted: "Theme Death penalty suggested, accepted by A").
    description: str | None = None

    @property
    def who(self) -> str:
        return f"{self.actor} (on {self.origin})" if self.origin else self.actor

    @property
    def what(self) -> str:
        return RECORD_KINDS.get(self.table_name, self.table_name.replace("_", " ").capitalize())


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# Kept in the trail to tell which changes an edit missed (services.edit_conflicts), not a change of its own.
BOOKKEEPING = {"version"}


def field_changes(before: str | None, after: str | None) -> tuple[FieldChange, ...]:
    """The fields that differ between two snapshots (all of them for a creation or a deletion)."""
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    return tuple(FieldChange(key, _shown(old.get(key)), _shown(new.get(key)))
                 for key in sorted(set(old) | set(new)) if old.get(key) != new.get(key) and key not in BOOKKEEPING)


def _change(entry: AuditEntry) -> RecordChange:
    return RecordChange(entry.at, entry.actor, entry.action, entry.table_name, entry.record_id,
                        field_changes(entry.before, entry.after), entry.origin, _description(entry))


def _description(entry: AuditEntry) -> str | None:
    """A suggestion a person decided on, in words."""
    if entry.table_name != "suggestion" or not entry.after:
        return None
    after = json.loads(entry.after)
    before = json.loads(entry.before) if entry.before else {}
    status = after.get("status")
    if status not in ("accepted", "rejected") or before.get("status") == status:
        return None
    kind = KIND_TITLES.get(after.get("kind"), str(after.get("kind")))
    return f"{kind} {after.get('value')} suggested, {status} by {after.get('decided_by') or entry.actor}"


def recommendation_history(db: Database, recommendation_id: uuid.UUID) -> list[RecordChange]:
    """Every recorded change of the recommendation and of its notes, assessments and responses,
    newest first."""
    with db.read() as session:
        related: dict[str, set[str]] = {
            "recommendation": {str(recommendation_id)},
            "note": {str(i) for i in session.scalars(select(Note.id).where(Note.recommendation_id == recommendation_id))},
            "assessment": {str(i) for i in session.scalars(
                select(Assessment.id).where(Assessment.recommendation_id == recommendation_id))},
            "response": {str(i) for i in session.scalars(
                select(response_recommendation.c.response_id)
                .where(response_recommendation.c.recommendation_id == recommendation_id))},
            "suggestion": {str(i) for i in session.scalars(
                select(Suggestion.id).where(Suggestion.recommendation_id == recommendation_id))},
        }
        # A deleted note is no longer linked: its trail entries still name the recommendation.
        deleted_notes = select(AuditEntry.record_id).where(
            AuditEntry.table_name == "note", AuditEntry.before.contains(str(recommendation_id)))
        related["note"] |= set(session.scalars(deleted_notes))
        conditions = [(AuditEntry.table_name == table) & AuditEntry.record_id.in_(ids)
                      for table, ids in related.items() if ids]
        entries = session.scalars(select(AuditEntry).where(or_(*conditions))
                                  .order_by(AuditEntry.at.desc(), AuditEntry.id))
        return with_accepted_categories([_change(entry) for entry in entries])


# An accepted suggestion's entry and the recommendation's are written in one flush: this far apart at most.
_SAME_ACCEPTANCE = dt.timedelta(seconds=5)


def with_accepted_categories(changes: list[RecordChange]) -> list[RecordChange]:
    """The recommendation's change of action category that an accepted suggestion made says so
    beside the value ("4 (suggested, accepted by A)")."""
    prefix = KIND_TITLES["action_category"] + " "
    accepted = [(c.at, c.actor, c.description[len(prefix):].split(" suggested, ", 1)[0], c.description)
                for c in changes if c.table_name == "suggestion" and c.description
                and c.description.startswith(prefix) and " suggested, accepted by " in c.description]
    if not accepted:
        return changes
    marked = []
    for change in changes:
        category = next((f for f in change.changes if f.field == "action_category"), None)
        match = category is not None and change.table_name == "recommendation" and next(
            (d for at, actor, value, d in accepted if actor == change.actor and value == category.after
             and abs(at - change.at) <= _SAME_ACCEPTANCE), None)
        if match:
            source = match.split(" suggested, ", 1)[1]
            fields = tuple(FieldChange(f.field, f.before, f"{f.after} (suggested, {source})") if f is category else f
                           for f in change.changes)
            change = RecordChange(change.at, change.actor, change.action, change.table_name, change.record_id,
                                  fields, change.origin, match)
        marked.append(change)
    return marked


def export_audit_trail(db: Database, path: Output, *, since: dt.datetime | None = None) -> int:
    """Write the trail as CSV, one line per changed field (a deletion or creation lists every
    field); returns the number of changes written. Texts never become spreadsheet formulas."""
    written = 0
    with db.read() as session, open_output(path, "w") as stream:
        writer = csv.writer(stream)
        writer.writerow(AUDIT_COLUMNS)
        query = select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id)
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        for entry in session.scalars(query.execution_options(yield_per=1000)):
            change = _change(entry)
            written += 1
            for field in change.changes or (FieldChange("", "", ""),):
                writer.writerow([csv_safe(v) for v in (change.at.isoformat(timespec="seconds"), change.actor,
                                                       change.action, change.table_name, change.record_id,
                                                       field.field, field.before, field.after, change.origin or "")])
    log_written("audit trail", Path(output_name(path)).name, "csv", f"{written} changes")
    return written
