"""What changed since a day, or since the user last looked: new milestones, notes, positions,
assessments and edits, grouped by what they concern, with who and when.

Read from the audit trail without its reference-data noise (States, terms, documents, tags,
attachments) and without the words of confidential notes. Recommendations created by an import are
counted per review rather than listed one by one.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.positions import Position
from upr_tracker.domain.review_calendar import DATE_NAMES, DATE_WORDS
from upr_tracker.errors import InvalidValueError
from upr_tracker.storage.database import Database
from upr_tracker.storage.sql_functions import json_text_field
from upr_tracker.storage.models import (
    AuditEntry,
    Milestone,
    Note,
    Recommendation,
    Review,
    Setting,
    State,
    response_recommendation,
)

# The trail's tables people follow; the others (state, term, document, note_tag...) are reference data.
FOLLOWED_TABLES = ("milestone", "note", "response", "assessment", "recommendation", "review")
LAST_SEEN_KEY = "changes:last_seen"
# At most this many entries are read (the newest): the dashboard must open at once even after a
# large import; a longer period is read with `upr-tracker audit`.
MAX_ENTRIES = 2000
SNIPPET = 80
# Responses created together beyond this number are an import: counted, not listed.
BATCH = 6

RECOMMENDATION, MILESTONE, REVIEW = "recommendation", "milestone", "review"


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    actor: str
    description: str        # "New note: …", "Position: Supported → Noted"


@dataclass
class ChangeGroup:
    """The changes of one recommendation, milestone or review, newest first."""

    kind: str               # RECOMMENDATION, MILESTONE or REVIEW
    subject_id: uuid.UUID | None
    title: str
    changes: list[Change] = field(default_factory=list)

    @property
    def latest(self) -> dt.datetime:
        return max(c.at for c in self.changes)

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "id": str(self.subject_id) if self.subject_id else None, "title": self.title,
                "changes": [{"at": c.at.isoformat(timespec="seconds"), "by": c.actor, "what": c.description}
                            for c in self.changes]}


@dataclass(frozen=True)
class ChangeReport:
    since: dt.datetime
    groups: list[ChangeGroup]
    truncated: bool         # more entries than MAX_ENTRIES: the oldest were not read

    @property
    def count(self) -> int:
        return sum(len(g.changes) for g in self.groups)


def _load(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _uuid(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def _position(value: Any) -> str:
    try:
        return Position(value).label if value else "none"
    except ValueError:
        return str(value)


def _level(value: Any) -> str:
    try:
        return ImplementationLevel(value).label.lower()
    except ValueError:
        return str(value or "none")


def _snippet(text: Any) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= SNIPPET else words[: SNIPPET - 1].rstrip() + "…"


def _described(entry: AuditEntry, before: dict[str, Any], after: dict[str, Any], confidential_now: set[str]) -> str | None:
    table, action = entry.table_name, entry.action
    if action == "overwrite":
        return None  # (the edit it kept has its own entry; this one says whose change it replaced)
    values = after or before
    if table == "note":
        secret = entry.record_id in confidential_now or values.get("confidential")
        words = "(confidential)" if secret else f"“{_snippet(values.get('body'))}”"
        verb = {"create": "New note", "delete": "Note deleted"}.get(action, "Note edited")
        return f"{verb} by {values.get('author') or entry.actor}: {words}"
    if table == "assessment":
        source = values.get("source_name") or values.get("source") or ""
        verb = {"create": "Assessed", "delete": "Assessment deleted"}.get(action, "Assessment changed")
        return f"{verb}: {_level(values.get('level'))} ({source})"
    if table == "response":
        if action == "update" and before.get("position") == after.get("position"):
            return "Response edited"
        if action == "delete":
            return f"Response deleted (was {_position(before.get('position'))})"
        if action == "update":
            return f"Position: {_position(before.get('position'))} → {_position(after.get('position'))}"
        return f"Position: {_position(after.get('position'))}"
    if table == "milestone":
        title = values.get("title") or ""
        if action == "create":
            return f"New {str(values.get('kind') or 'milestone').replace('_', ' ')}: {title}"
        if action == "delete":
            return f"Deleted: {title}"
        fields = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k) and k != "version")
        if fields == ["recommendations"]:
            added = len(set(after.get("recommendations") or []) - set(before.get("recommendations") or []))
            removed = len(set(before.get("recommendations") or []) - set(after.get("recommendations") or []))
            return f"Links: {added} added, {removed} removed"
        return f"Edited ({', '.join(f.replace('_', ' ') for f in fields)})"
    if table == "review":
        if action != "update":
            return None
        said = [f"{DATE_WORDS[n]} {after.get(n) or 'cleared'}" for n in DATE_NAMES if before.get(n) != after.get(n)]
        return "Dates: " + "; ".join(said) if said else None
    if table == "recommendation":
        if action == "create":
            return None   # counted per review
        if action == "delete":
            return f"Deleted: {_snippet(before.get('text'))}"
        fields = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k) and k != "version")
        return f"Edited ({', '.join(f.replace('_', ' ') for f in fields)})" if fields else None
    return None


def _subjects(session: Session, entry: AuditEntry, before: dict[str, Any], after: dict[str, Any],
              responses: dict[str, list[uuid.UUID]]) -> list[tuple[str, uuid.UUID | None]]:
    values = after or before
    table = entry.table_name
    if table == "recommendation":
        return [(RECOMMENDATION, _uuid(entry.record_id))]
    if table == "milestone":
        return [(MILESTONE, _uuid(entry.record_id))]
    if table == "review":
        return [(REVIEW, _uuid(entry.record_id))]
    if table == "assessment":
        return [(RECOMMENDATION, _uuid(values.get("recommendation_id")))]
    if table == "note":
        for key, kind in (("recommendation_id", RECOMMENDATION), ("milestone_id", MILESTONE),
                          ("review_id", REVIEW)):
            if values.get(key):
                return [(kind, _uuid(values.get(key)))]
        return []
    if table == "response":
        linked = responses.get(entry.record_id) or [
            i for i in map(_uuid, values.get("recommendations") or []) if i is not None]
        if linked:
            return [(RECOMMENDATION, i) for i in linked]
        return [(REVIEW, _uuid(values.get("review_id")))]
    return []


def _titles(session: Session, wanted: dict[str, set[uuid.UUID]]) -> dict[tuple[str, uuid.UUID | None], str]:
    titles: dict[tuple[str, uuid.UUID | None], str] = {}
    ids = list(wanted[RECOMMENDATION])
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Recommendation.id, Recommendation.label, Recommendation.text, State.name, Review.cycle)
            .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
            .where(Recommendation.id.in_(ids[start:start + 500])))
        for rec_id, label, text, state, cycle in rows:
            titles[(RECOMMENDATION, rec_id)] = f"{state}, cycle {cycle}, {label or 'unnumbered'}: {_snippet(text)}"
    if wanted[MILESTONE]:
        for milestone_id, title, iso3 in session.execute(
                select(Milestone.id, Milestone.title, State.iso3).join(State, State.id == Milestone.state_id)
                .where(Milestone.id.in_(list(wanted[MILESTONE])))):
            titles[(MILESTONE, milestone_id)] = f"{title} ({iso3})"
    if wanted[REVIEW]:
        for review_id, state, cycle in session.execute(
                select(Review.id, State.name, Review.cycle).join(State, State.id == Review.state_id)
                .where(Review.id.in_(list(wanted[REVIEW])))):
            titles[(REVIEW, review_id)] = f"{state}: cycle {cycle}"
    return titles


def changes_since(db: Database, since: dt.datetime, *, limit: int = MAX_ENTRIES) -> ChangeReport:
    """The changes made on or after `since`, grouped by what they concern, the latest group first."""
    with db.read() as session:
        entries = list(session.scalars(
            select(AuditEntry).where(AuditEntry.at >= since, AuditEntry.table_name.in_(FOLLOWED_TABLES))
            .where(~((AuditEntry.table_name == "recommendation") & (AuditEntry.action == "create")))
            .order_by(AuditEntry.at.desc(), AuditEntry.id).limit(limit + 1)))
        truncated = len(entries) > limit
        entries = entries[:limit]
        note_ids = [_uuid(e.record_id) for e in entries if e.table_name == "note"]
        confidential_now = {str(i) for i in session.scalars(
            select(Note.id).where(Note.id.in_([i for i in note_ids if i]), Note.confidential.is_(True)))}
        response_ids = [i for i in (_uuid(e.record_id) for e in entries if e.table_name == "response") if i]
        responses: dict[str, list[uuid.UUID]] = {}
        for response_id, rec_id in session.execute(
                select(response_recommendation.c.response_id, response_recommendation.c.recommendation_id)
                .where(response_recommendation.c.response_id.in_(response_ids))):
            responses.setdefault(str(response_id), []).append(rec_id)
        groups: dict[tuple[str, uuid.UUID | None], ChangeGroup] = {}
        fallback_titles: dict[tuple[str, uuid.UUID | None], str] = {}
        batches = _response_batches(entries)
        for (review_id, actor, _minute), batch in batches.items():
            if len(batch) < BATCH:
                continue
            positions: dict[str, int] = {}
            for entry in batch:
                label = _position(_load(entry.after).get("position"))
                positions[label] = positions.get(label, 0) + 1
            key = (REVIEW, _uuid(review_id))
            group = groups.setdefault(key, ChangeGroup(REVIEW, key[1], ""))
            counted = ", ".join(f"{label} {count}" for label, count in sorted(positions.items()))
            group.changes.append(Change(batch[0].at, actor, f"{len(batch)} positions recorded ({counted})"))
        batched = {id(e) for batch in batches.values() if len(batch) >= BATCH for e in batch}
        for entry in entries:
            if id(entry) in batched:
                continue
            before, after = _load(entry.before), _load(entry.after)
            description = _described(entry, before, after, confidential_now)
            if description is None:
                continue
            for kind, subject in _subjects(session, entry, before, after, responses):
                key = (kind, subject)
                group = groups.setdefault(key, ChangeGroup(kind, subject, ""))
                group.changes.append(Change(entry.at, entry.actor, description))
                if entry.table_name == "milestone" and kind == MILESTONE:
                    fallback_titles.setdefault(key, str((after or before).get("title") or ""))
        for (review_id, count, actor, latest) in session.execute(
                select(json_text_field(AuditEntry.after, "review_id"), func.count(), func.max(AuditEntry.actor),
                       func.max(AuditEntry.at))
                .where(AuditEntry.at >= since, AuditEntry.table_name == "recommendation",
                       AuditEntry.action == "create")
                .group_by(json_text_field(AuditEntry.after, "review_id"))):
            key = (REVIEW, _uuid(review_id))
            group = groups.setdefault(key, ChangeGroup(REVIEW, key[1], ""))
            group.changes.append(Change(_aware(latest), actor, f"{count} recommendation{'s' if count != 1 else ''} "
                                        "added (imported or entered)"))
        wanted: dict[str, set[uuid.UUID]] = {RECOMMENDATION: set(), MILESTONE: set(), REVIEW: set()}
        for kind, subject in groups:
            if subject is not None:
                wanted[kind].add(subject)
        titles = _titles(session, wanted)
    for key, group in groups.items():
        group.title = titles.get(key) or (f"{fallback_titles[key]} (deleted)" if fallback_titles.get(key)
                                          else f"a deleted {group.kind}")
        group.changes.sort(key=lambda c: c.at, reverse=True)
    return ChangeReport(since, sorted(groups.values(), key=lambda g: g.latest, reverse=True), truncated)


def _response_batches(entries: list[AuditEntry]) -> dict[tuple[Any, str, str], list[AuditEntry]]:
    """Responses created by one person in one review in the same minute: an import, summed up."""
    batches: dict[tuple[Any, str, str], list[AuditEntry]] = {}
    for entry in entries:
        if entry.table_name == "response" and entry.action == "create":
            key = (_load(entry.after).get("review_id"), entry.actor, entry.at.strftime("%Y-%m-%d %H:%M"))
            batches.setdefault(key, []).append(entry)
    return batches


def _aware(value: Any) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    moment: dt.datetime = value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)
    return moment


def last_seen(db: Database) -> dt.datetime | None:
    """When the changes were last looked at in the window (None the first time)."""
    with db.read() as session:
        setting = session.get(Setting, LAST_SEEN_KEY)
    if setting is None:
        return None
    try:
        return _aware(json.loads(setting.value))
    except (ValueError, TypeError):
        return None


def mark_seen(db: Database, at: dt.datetime | None = None) -> None:
    value = json.dumps((at or dt.datetime.now(dt.timezone.utc)).isoformat())
    with db.write() as session:
        setting = session.get(Setting, LAST_SEEN_KEY)
        if setting is None:
            session.add(Setting(key=LAST_SEEN_KEY, value=value))
        else:
            setting.value = value


def parse_since(text: str, db: Database) -> dt.datetime:
    """`--since`: a day (YYYY-MM-DD), a moment (ISO 8601), or `last` (when they were last looked at;
    a week ago the first time)."""
    if text.strip().lower() == "last":
        return last_seen(db) or dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
    try:
        if len(text.strip()) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text.strip()), dt.time(), tzinfo=dt.timezone.utc)
        return _aware(dt.datetime.fromisoformat(text.strip()))
    except ValueError:
        raise InvalidValueError(f"--since {text}: give a day as YYYY-MM-DD, or last") from None


def plain_text(report: ChangeReport) -> Iterable[str]:
    """The report as a person reads it in a terminal."""
    since = report.since.astimezone().strftime("%Y-%m-%d %H:%M")
    if not report.groups:
        yield f"No changes since {since}."
        return
    yield f"{report.count} change{'s' if report.count != 1 else ''} since {since}, newest first:"
    for group in report.groups:
        yield ""
        yield f"{group.kind.capitalize()} — {group.title}"
        for change in group.changes:
            yield f"  {change.at.astimezone().strftime('%Y-%m-%d %H:%M')}  {change.actor}: {change.description}"
    if report.truncated:
        yield ""
        yield f"(only the newest {MAX_ENTRIES} changes were read; `upr-tracker audit --since` exports them all)"
