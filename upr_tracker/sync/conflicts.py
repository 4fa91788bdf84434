"""Conflicts between databases, for a person to settle: what each side wrote, who and where and
when, and the choice written back into the record as any edit is.

A conflict (one row of sync_conflict per field) keeps every competing value (its candidates); the
record meanwhile holds the provisional winner, the candidate with the highest clock. Resolving
writes the chosen (or combined) value through the ORM, so that the audit trail, record versions
and change notices see it as an edit like any other, and the next scan sends it to the others
with a clock later than every candidate's: the conflict then closes everywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError, PendingRollbackError
from sqlalchemy.orm import Session

from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.positions import Position, position_wording
from upr_tracker.errors import InvalidValueError, NotFoundError, SyncError
from upr_tracker.services.notes import check_note_length, mark_confidential
from upr_tracker.services.recommendations import text_key
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Assessment,
    Base,
    Milestone,
    Note,
    Recommendation,
    Response,
    Review,
    SyncConflict,
    SyncPeer,
    SyncReplica,
    milestone_recommendation,
    response_recommendation,
)
from upr_tracker.sync.clock import parse_clock

# The names people know the fields by; any other field shows its column name in words.
FIELD_NAMES = {
    ("recommendation", "text"): "Text",
    ("recommendation", "label"): "Number",
    ("recommendation", "recommended_by"): "Recommending States",
    ("recommendation", "action_category"): "Action category",
    ("response", "position"): "Position",
    ("response", "response_text"): "Response text",
    ("response", "responded_on"): "Date of the response",
    ("assessment", "level"): "Implementation level",
    ("assessment", "evidence"): "Evidence",
    ("assessment", "assessed_on"): "Date of the assessment",
    ("note", "body"): "Text of the note",
    ("note", "event_on"): "Day of the event",
    ("milestone", "title"): "Title",
    ("milestone", "description"): "Description",
    ("milestone", "occurred_on"): "Date",
    ("milestone", "due_on"): "Due date",
    ("milestone", "ends_on"): "End",
    ("review", "review_date"): "Date of the review",
    ("review", "adopted_on"): "Adoption at the Council",
    ("review", "mid_term_on"): "Mid-term report",
    ("review", "next_review_on"): "Next review",
}
# Fields whose values are one of a list: settled by choosing, not by writing a combined text.
CHOICES = {
    ("response", "position"): tuple(p.value for p in Position),
    ("assessment", "level"): tuple(level.value for level in ImplementationLevel),
}
HIDDEN = "(confidential note: not readable here)"


@dataclass(frozen=True)
class ConflictCandidate:
    value: Any               # as JSON: text, number, bool, None, ids and dates as text
    clock: str
    origin: str              # the id of the database where the value was written
    origin_name: str         # its name ("Amina on laptop-3", "team server upr")
    author: str
    at: dt.datetime | None   # when it was written (from the clock), UTC
    current: bool            # the record holds it now (the provisional winner)
    origin_kind: str = ""    # "laptop" or "server" where known

    @property
    def key(self) -> str:
        return f"{self.clock}@{self.origin}"


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    table: str
    record_id: str
    field: str
    record_label: str        # "Kazakhstan, cycle 1, recommendation 97.3"
    field_label: str         # "Text"
    current_value: Any
    candidates: tuple[ConflictCandidate, ...]   # oldest first; numbered from 1 where listed
    open: bool
    found_at: dt.datetime | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    record_exists: bool      # False: the record is deleted (or was never received here)
    readable: bool           # False: a confidential note this database may not read (values hidden)
    recommendation_id: uuid.UUID | None   # the recommendation the record is about, if any
    choices: tuple[str, ...] = ()          # the allowed values, for a field chosen from a list
    # Whether a person may write a combined value (a text field), rather than keep or choose one.
    is_text: bool = False

    @property
    def candidate_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.candidates)


def field_label(table: str, field: str) -> str:
    return FIELD_NAMES.get((table, field)) or field.replace("_", " ").capitalize()


def value_text(view: ConflictView, value: Any) -> str:
    """A candidate's value as a person reads it (positions and levels by their names)."""
    if not view.readable:
        return HIDDEN
    if value is None:
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if (view.table, view.field) == ("response", "position"):
        return position_wording(str(value))
    if (view.table, view.field) == ("assessment", "level") and value in CHOICES[("assessment", "level")]:
        return ImplementationLevel(value).label
    return str(value)


def clock_moment(clock: str) -> dt.datetime | None:
    try:
        millis, _counter = parse_clock(clock)
        return dt.datetime.fromtimestamp(millis / 1000, dt.UTC)
    except (ValueError, OverflowError, OSError):
        return None


# --- the records' classes ----------------------------------------------------------------------

def model_of(table: str) -> type[Base] | None:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    return None


def _record(session: Session, table: str, record_id: str) -> Base | None:
    model = model_of(table)
    if model is None or len(inspect(model).primary_key) != 1:
        return None
    try:
        key: Any = uuid.UUID(record_id) if inspect(model).primary_key[0].type.python_type is uuid.UUID else record_id
    except (ValueError, NotImplementedError, TypeError):
        return None
    try:
        return session.get(model, key)
    except (ValueError, TypeError):
        return None


def _review_label(review: Review | None) -> str:
    return f"{review.state.name}, cycle {review.cycle}" if review is not None else "a review"


def _recommendation_label(recommendation: Recommendation | None) -> str:
    if recommendation is None:
        return "a recommendation"
    return f"{_review_label(recommendation.review)}, recommendation {recommendation.label or '(no number)'}"


def _describe(session: Session, table: str, record: Base | None, record_id: str) -> tuple[str, uuid.UUID | None]:
    """The record's label and the recommendation it is about."""
    if record is None:
        return f"{table.replace('_', ' ')} {record_id} (not in this database)", None
    if isinstance(record, Recommendation):
        return _recommendation_label(record), record.id
    if isinstance(record, Review):
        return _review_label(record), None
    if isinstance(record, Response):
        recommendations = list(record.recommendations)
        first = recommendations[0] if recommendations else None
        more = f" and {len(recommendations) - 1} more" if len(recommendations) > 1 else ""
        return f"Position on {_recommendation_label(first)}{more}", first.id if first else None
    if isinstance(record, Assessment):
        recommendation = session.get(Recommendation, record.recommendation_id)
        by = record.source_name or record.source.replace("_", " ")
        return f"Assessment by {by} of {_recommendation_label(recommendation)}", record.recommendation_id
    if isinstance(record, Note):
        if record.recommendation_id is not None:
            about, rec_id = _recommendation_label(session.get(Recommendation, record.recommendation_id)), \
                record.recommendation_id
        elif record.milestone_id is not None:
            milestone = session.get(Milestone, record.milestone_id)
            about, rec_id = f"the milestone “{milestone.title if milestone else record.milestone_id}”", None
        else:
            about, rec_id = _review_label(session.get(Review, record.review_id)), None
        return f"Note by {record.author} on {about}", rec_id
    if isinstance(record, Milestone):
        return f"Milestone “{record.title}” ({record.state.name})", None
    name = getattr(record, "name", None) or getattr(record, "title", None)
    return f"{table.replace('_', ' ').capitalize()} {name or record_id}", None


def _readable(db: Database, record: Base | None, table: str) -> bool:
    """A confidential note's words are shown where the note can be read: on a laptop always; on a
    team database only if the server lets this user read it (else the record is not found)."""
    if table != "note":
        return True
    return record is not None or db.address is None


# --- reading -------------------------------------------------------------------------------------

def _candidates(row: SyncConflict) -> list[dict[str, Any]]:
    try:
        found = json.loads(row.candidates)
    except json.JSONDecodeError:
        return []
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


def _kinds(db: Database, session: Session) -> dict[str, str]:
    """Whether each database known here is a laptop or a team server."""
    kinds = {peer_id: kind for peer_id, kind in session.execute(select(SyncPeer.id, SyncPeer.kind))}
    for replica_id in session.scalars(select(SyncReplica.id)):
        kinds[replica_id] = "laptop" if db.address is None else "server"
    return kinds


def _view(db: Database, session: Session, row: SyncConflict, kinds: dict[str, str] | None = None) -> ConflictView:
    record = _record(session, row.table_name, row.record_id)
    label, recommendation_id = _describe(session, row.table_name, record, row.record_id)
    current = _json_value(getattr(record, row.field, None)) if record is not None else None
    raw = sorted(_candidates(row), key=lambda c: (str(c.get("clock", "")), str(c.get("origin", ""))))
    newest = raw[-1] if raw else None
    candidates = tuple(
        ConflictCandidate(value=c.get("value"), clock=str(c.get("clock", "")), origin=str(c.get("origin", "")),
                          origin_name=str(c.get("origin_name") or c.get("origin") or "another database"),
                          author=str(c.get("author") or "someone"), at=clock_moment(str(c.get("clock", ""))),
                          current=(c.get("value") == current) if record is not None else c is newest,
                          origin_kind=(kinds or {}).get(str(c.get("origin", "")), ""))
        for c in raw)
    readable = _readable(db, record, row.table_name)
    return ConflictView(
        id=row.id, table=row.table_name, record_id=row.record_id, field=row.field, record_label=label,
        field_label=field_label(row.table_name, row.field), current_value=current if readable else None,
        candidates=candidates if readable else tuple(
            ConflictCandidate(None, c.clock, c.origin, c.origin_name, c.author, c.at, c.current, c.origin_kind)
            for c in candidates),
        open=row.open, found_at=row.found_at, resolved_by=row.resolved_by, resolved_at=row.resolved_at,
        record_exists=record is not None, readable=readable, recommendation_id=recommendation_id,
        choices=CHOICES.get((row.table_name, row.field), ()),
        is_text=(row.table_name, row.field) not in CHOICES and _is_text_column(row.table_name, row.field))


def _is_text_column(table: str, field: str) -> bool:
    model = model_of(table)
    if model is None or field not in model.__table__.c:
        return False
    try:
        return model.__table__.c[field].type.python_type is str
    except NotImplementedError:
        return False


def list_conflicts(db: Database, *, open_only: bool = True) -> list[ConflictView]:
    """The conflicts (open ones, or all), the latest found first."""
    with db.read() as session:
        query = select(SyncConflict).order_by(SyncConflict.found_at.desc(), SyncConflict.id)
        if open_only:
            query = query.where(SyncConflict.open.is_(True))
        kinds = _kinds(db, session)
        rows = list(session.scalars(query))
        loaded = _preload(session, rows)  # (held: the session keeps only weak references)
        views = [_view(db, session, row, kinds) for row in rows]
        del loaded
        return views


def _preload(session: Session, rows: Sequence[SyncConflict]) -> list[Base]:
    """Read the records in conflict a table at a time (the views then find them in the session)."""
    by_table: dict[str, set[uuid.UUID]] = {}
    loaded: list[Base] = []
    for row in rows:
        try:
            by_table.setdefault(row.table_name, set()).add(uuid.UUID(row.record_id))
        except ValueError:
            continue
    for table, ids in by_table.items():
        model = model_of(table)
        if model is None or len(inspect(model).primary_key) != 1 or \
                inspect(model).primary_key[0].type.python_type is not uuid.UUID:
            continue
        key = inspect(model).primary_key[0]
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            loaded += session.scalars(select(model).where(key.in_(ordered[start:start + 500]))).all()
    return loaded


def get_conflict(db: Database, conflict_id: uuid.UUID | str) -> ConflictView:
    with db.read() as session:
        return _view(db, session, _conflict_row(session, conflict_id), _kinds(db, session))


def find_conflict_id(db: Database, text: str) -> uuid.UUID:
    """A conflict named by its id or the first characters of it (as listed)."""
    wanted = text.strip().casefold().replace("-", "")
    if len(wanted) < 4:
        raise InvalidValueError(f"conflict: give at least 4 characters of its id ({text!r} given)")
    with db.read() as session:
        found = [i for i in session.scalars(select(SyncConflict.id)) if str(i).replace("-", "").startswith(wanted)]
    if not found:
        raise NotFoundError(f"conflict: no conflict's id starts with {text!r} (see upr-tracker conflicts --all)")
    if len(found) > 1:
        raise InvalidValueError(f"conflict: {len(found)} conflicts' ids start with {text!r}: give more of it")
    return found[0]


def count_open_conflicts(db: Database) -> int:
    with db.read() as session:
        return len(session.scalars(select(SyncConflict.id).where(SyncConflict.open.is_(True))).all())


def open_conflicts_for(db: Database, table: str, record_ids: Iterable[object]) -> set[str]:
    """Which of these records (ids as text) have a field in conflict."""
    wanted = {str(i) for i in record_ids}
    if not wanted:
        return set()
    with db.read() as session:
        found = session.scalars(select(SyncConflict.record_id).where(
            SyncConflict.open.is_(True), SyncConflict.table_name == table,
            SyncConflict.record_id.in_(sorted(wanted)))).all()
    return set(found)


def conflicts_about_recommendation(db: Database, recommendation_id: uuid.UUID) -> list[ConflictView]:
    """The open conflicts of a recommendation and of what belongs to it (its positions,
    assessments and notes): what its panel says is in conflict."""
    with db.read() as session:
        ids: dict[str, set[str]] = {"recommendation": {str(recommendation_id)}}
        ids["response"] = {str(i) for i in session.scalars(select(response_recommendation.c.response_id).where(
            response_recommendation.c.recommendation_id == recommendation_id))}
        ids["assessment"] = {str(i) for i in session.scalars(select(Assessment.id).where(
            Assessment.recommendation_id == recommendation_id))}
        ids["note"] = {str(i) for i in session.scalars(select(Note.id).where(
            Note.recommendation_id == recommendation_id))}
        rows: list[SyncConflict] = []
        for table, record_ids in ids.items():
            if record_ids:
                rows += session.scalars(select(SyncConflict).where(
                    SyncConflict.open.is_(True), SyncConflict.table_name == table,
                    SyncConflict.record_id.in_(sorted(record_ids)))).all()
        kinds = _kinds(db, session)
        return [_view(db, session, row, kinds) for row in rows]


def banner_text(conflicts: Sequence[ConflictView]) -> str:
    """ "In conflict: Text changed on two laptops — resolve in Conflicts"."""
    if not conflicts:
        return ""
    fields = ", ".join(dict.fromkeys(c.field_label for c in conflicts))
    places = {c.origin: c.origin_kind for conflict in conflicts for c in conflict.candidates}
    kinds = set(places.values())
    count = "two" if len(places) <= 2 else str(len(places))
    if kinds == {"laptop"}:
        where = f"on {count} laptops"
    elif kinds == {"laptop", "server"} and len(places) == 2:
        where = "on a laptop and the team server"
    else:
        where = f"on {count} databases"
    return f"In conflict: {fields} changed {where} — resolve in Conflicts"


# --- resolving -----------------------------------------------------------------------------------

def _conflict_row(session: Session, conflict_id: uuid.UUID | str) -> SyncConflict:
    try:
        key = conflict_id if isinstance(conflict_id, uuid.UUID) else uuid.UUID(str(conflict_id).strip())
    except ValueError:
        raise InvalidValueError(f"conflict: {conflict_id!r} is not a conflict's id (see upr-tracker conflicts)") \
            from None
    row = session.get(SyncConflict, key)
    if row is None:
        raise NotFoundError(f"conflict {key} does not exist in this database")
    return row


def _json_value(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _python_value(model: type[Base], field: str, value: Any) -> Any:
    """The JSON value in the column's Python type; InvalidValueError naming the field if it does not fit."""
    column = model.__table__.c[field]
    if value is None:
        if not column.nullable:
            raise InvalidValueError(f"{field}: this field cannot be empty")
        return None
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return value
    try:
        if kind is bool:
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if kind is int:
            if isinstance(value, bool) or not float(value).is_integer():
                raise ValueError(value)
            return int(value)
        if kind is float:
            return float(value)
        if kind is dt.datetime:
            moment = dt.datetime.fromisoformat(str(value))
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        if kind is dt.date:
            return dt.date.fromisoformat(str(value)[:10])
        if kind is uuid.UUID:
            return uuid.UUID(str(value))
        if kind is str:
            if not isinstance(value, str):
                raise ValueError(value)
            length = getattr(column.type, "length", None)
            if length is not None and len(value) > length:
                raise InvalidValueError(f"{field}: at most {length} characters ({len(value)} given)")
            return value
    except (ValueError, TypeError):
        raise InvalidValueError(f"{field}: {value!r} is not a value this field can hold") from None
    return value


def _cleaned(table: str, field: str, value: Any) -> Any:
    """A text as the service that edits the field keeps it (a recommendation's text on one line)."""
    if not isinstance(value, str):
        return value
    if (table, field) == ("recommendation", "text"):
        return " ".join(value.split())
    if (table, field) == ("note", "body"):
        check_note_length(value)
        if not value.strip():
            raise InvalidValueError("note: the note is empty")
        return value.strip()
    return value


def _after_change(session: Session, record: Base, field: str, value: Any, was: Any) -> None:
    """What follows from the field, as the services that edit it would do."""
    if isinstance(record, Recommendation) and field == "text":
        if not str(value or "").strip():
            raise InvalidValueError("text: a recommendation needs its text")
        record.text_key = text_key(value)
    if isinstance(record, Recommendation) and field == "label":
        record.label_sort = label_sort_key(value)
    if isinstance(record, Note) and field == "confidential" and value and not was:
        record.confidential = False  # (marked again below, its earlier words taken from the trail)
        mark_confidential(session, record)
    if (table_choices := CHOICES.get((record.__tablename__, field))) and value is not None \
            and value not in table_choices:
        raise InvalidValueError(f"{field}: {value!r} is not one of {', '.join(table_choices)}")
    session.flush()
    recommendations: list[uuid.UUID] = []
    if isinstance(record, Response):
        recommendations = list(session.scalars(select(response_recommendation.c.recommendation_id).where(
            response_recommendation.c.response_id == record.id)))
    elif isinstance(record, (Assessment, Note)) and record.recommendation_id is not None:
        recommendations = [record.recommendation_id]
    elif isinstance(record, Milestone):
        recommendations = list(session.scalars(select(milestone_recommendation.c.recommendation_id).where(
            milestone_recommendation.c.milestone_id == record.id)))
    if recommendations:
        refresh_recommendations(session, recommendations)


def _keys(candidates: Iterable[Any]) -> set[str]:
    keys = set()
    for c in candidates:
        if isinstance(c, str):
            keys.add(c)
        elif isinstance(c, dict):
            keys.add(f"{c.get('clock')}@{c.get('origin')}")
        else:
            keys.add(c.key)
    return keys


def resolve_conflict(db: Database, conflict_id: uuid.UUID | str, value: Any, *,
                     expected_candidates: Iterable[Any] | None = None) -> ConflictView:
    """Write `value` (a candidate's, or one a person combined) into the record's field and mark
    the conflict resolved, in one unit of work. `expected_candidates`: the candidates the person
    saw (ConflictCandidate, their keys "clock@origin" or the stored dicts); if others arrived
    since, nothing is written (SyncError)."""
    with db.write() as session:
        row = _conflict_row(session, conflict_id)
        candidates = _candidates(row)
        if expected_candidates is not None and _keys(expected_candidates) != _keys(candidates):
            raise SyncError(f"conflict {row.id}: the versions of {field_label(row.table_name, row.field).lower()} "
                            "changed since you looked (another sync brought a new one); nothing was written. "
                            "Look at the conflict again and choose.")
        if not row.open:
            raise SyncError(f"conflict {row.id} was already resolved by {row.resolved_by or 'someone'}"
                            + (f" on {row.resolved_at:%Y-%m-%d %H:%M} UTC" if row.resolved_at else "")
                            + ": edit the record itself to change it again")
        model = model_of(row.table_name)
        if model is None or row.field not in model.__table__.c or len(inspect(model).primary_key) != 1:
            raise SyncError(f"conflict {row.id}: {row.table_name}.{row.field} cannot be set here; "
                            "resolve it by editing the record")
        record = _record(session, row.table_name, row.record_id)
        if record is None:
            raise NotFoundError(f"conflict {row.id}: {row.table_name.replace('_', ' ')} {row.record_id} is not in "
                                "this database (deleted, or not received yet)")
        if not _readable(db, record, row.table_name):
            raise SyncError(f"conflict {row.id}: the note is confidential and not readable here")
        if (row.table_name, row.field) in CHOICES and isinstance(value, str):
            value = "_".join(value.strip().casefold().replace("-", " ").split())  # "Partially supported" too
        typed = _python_value(model, row.field, _cleaned(row.table_name, row.field, value))
        was = getattr(record, row.field)
        if typed != was:
            field = row.field  # (read before a failed flush leaves the row unreadable)
            try:
                with session.no_autoflush:
                    setattr(record, row.field, typed)
                    _after_change(session, record, row.field, typed, was)
            except (IntegrityError, PendingRollbackError):  # (a label another record of the review has, a name already taken…)
                raise InvalidValueError(f"{field}: {value!r} cannot be kept: another record already has it, "
                                        "or a record it names is missing; edit the record instead") from None
        row.resolved = json.dumps(sorted(_keys(candidates)))
        row.open = False
        row.resolved_by = db.actor
        row.resolved_at = dt.datetime.now(dt.UTC)
        session.flush()
        return _view(db, session, row)


def resolve_with_candidate(db: Database, conflict_id: uuid.UUID | str, number: int) -> ConflictView:
    """Keep candidate `number` (1-based, in the order listed: oldest first)."""
    view = get_conflict(db, conflict_id)
    if not 1 <= number <= len(view.candidates):
        raise InvalidValueError(f"--take: conflict {view.id} has {len(view.candidates)} versions, numbered 1 to "
                                f"{len(view.candidates)} ({number} given)")
    if not view.readable:
        raise SyncError(f"conflict {view.id}: the note is confidential and not readable here")
    with db.read() as session:
        stored = sorted(_candidates(_conflict_row(session, view.id)),
                        key=lambda c: (str(c.get("clock", "")), str(c.get("origin", ""))))
    return resolve_conflict(db, view.id, stored[number - 1].get("value"), expected_candidates=view.candidate_keys)


def conflict_document(view: ConflictView) -> dict[str, Any]:
    """A conflict as JSON (the command line's --json): a stable structure, documented in the README."""
    return {
        "id": str(view.id), "table": view.table, "record_id": view.record_id, "record": view.record_label,
        "field": view.field, "field_label": view.field_label, "open": view.open,
        "record_exists": view.record_exists, "readable": view.readable,
        "current_value": view.current_value,
        "found_at": view.found_at.isoformat() if view.found_at else None,
        "resolved_by": view.resolved_by,
        "resolved_at": view.resolved_at.isoformat() if view.resolved_at else None,
        "candidates": [
            {"number": n, "value": c.value, "author": c.author, "origin": c.origin, "origin_name": c.origin_name,
             "clock": c.clock, "at": c.at.isoformat() if c.at else None, "current": c.current}
            for n, c in enumerate(view.candidates, 1)],
    }
