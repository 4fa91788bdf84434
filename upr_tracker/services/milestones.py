"""Milestones of implementation (laws, plans and their items, moratoria, visits, setbacks...)."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate, check_period, period_display
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.notes import delete_notes
from upr_tracker.services.edit_conflicts import fetch_at_version
from upr_tracker.services.records import fetch
from upr_tracker.services.states import resolve_state
from upr_tracker.services.values import MilestoneInfo
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.fulltext import write_out_purged_pages
from upr_tracker.storage.models import (
    Attachment,
    Milestone,
    Note,
    Recommendation,
    State,
)

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def _partial_date(milestone: Milestone) -> PartialDate | None:
    if milestone.occurred_on is None:
        return None
    return PartialDate(milestone.occurred_on, DatePrecision(milestone.date_precision))


def _partial_end(milestone: Milestone) -> PartialDate | None:
    if milestone.ends_on is None:
        return None
    return PartialDate(milestone.ends_on, DatePrecision(milestone.ends_precision or DatePrecision.DAY.value))


def _partial(value: str | PartialDate | None, field: str) -> PartialDate | None:
    if isinstance(value, str):
        return PartialDate.parse(value, field=field) if value.strip() else None
    return value


def milestone_info(milestone: Milestone) -> MilestoneInfo:
    date = _partial_date(milestone)
    end = _partial_end(milestone)
    return MilestoneInfo(
        id=milestone.id,
        state_iso3=milestone.state.iso3,
        plan_id=milestone.plan_id,
        kind=milestone.kind,
        title=milestone.title,
        description=milestone.description,
        date=date.iso() if date else None,
        date_display=date.display() if date else None,
        item_number=milestone.item_number,
        source_citation=milestone.source_citation,
        source_url=milestone.source_url,
        recommendation_ids=tuple(r.id for r in milestone.recommendations),
        recommendation_labels=tuple(r.label or "" for r in milestone.recommendations),
        ends=end.iso() if end else None,
        period_display=period_display(date, end) if end else None,
        due_on=milestone.due_on,
        version=milestone.version,
    )


def _recommendations(session: Session, ids: Sequence[uuid.UUID]) -> list[Recommendation]:
    found = list(session.scalars(select(Recommendation).where(Recommendation.id.in_(list(ids)))))
    missing = set(ids) - {r.id for r in found}
    if missing:
        raise NotFoundError(f"recommendations {', '.join(map(str, sorted(missing)))} do not exist")
    return found


def _attachment(path: Path) -> Attachment:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidValueError(f"attachment: cannot read {path}: {exc.strerror}") from exc
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise InvalidValueError(f"attachment: {path} is larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(file_name=path.name, media_type=media_type, sha256=hashlib.sha256(data).hexdigest(), data=data)


def add_milestone(
    db: Database,
    state: str,
    kind: str,
    title: str,
    *,
    date: str | PartialDate | None = None,
    description: str | None = None,
    source_citation: str | None = None,
    source_url: str | None = None,
    attachment: Path | None = None,
    plan_id: uuid.UUID | None = None,
    item_number: str | None = None,
    recommendation_ids: Sequence[uuid.UUID] = (),
    ends: str | PartialDate | None = None,
    due_on: dt.date | None = None,
) -> uuid.UUID:
    """Record a milestone of a State, optionally as an item of a plan, linked to recommendations.
    A plan runs from `date` to `ends` ("2009–2012"); `due_on` is when it or an item is due."""
    try:
        milestone_kind = MilestoneKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in MilestoneKind)
        raise InvalidValueError(f"milestone kind: {kind!r} is not one of {allowed}") from None
    if not title.strip():
        raise InvalidValueError("milestone title: a milestone needs a title")
    when = PartialDate.parse(date, field="milestone date") if isinstance(date, str) else date
    end = _partial(ends, "milestone end")
    check_period(when, end, field="milestone end")
    with db.write() as session:
        owner: State = resolve_state(session, state)
        plan = None
        if plan_id is not None:
            plan = session.get(Milestone, plan_id)
            if plan is None or plan.kind != MilestoneKind.PLAN.value:
                raise InvalidValueError(f"plan: {plan_id} is not a plan of action")
            if plan.state_id != owner.id:
                raise InvalidValueError("plan: the plan belongs to another State")
        milestone = Milestone(
            state=owner,
            plan=plan,
            kind=(MilestoneKind.PLAN_ITEM if plan is not None and milestone_kind is MilestoneKind.OTHER
                  else milestone_kind).value,
            title=title.strip(),
            description=description,
            occurred_on=when.start if when else None,
            date_precision=(when.precision if when else DatePrecision.DAY).value,
            ends_on=end.start if end else None,
            ends_precision=end.precision.value if end else None,
            due_on=due_on,
            item_number=item_number,
            source_citation=source_citation,
            source_url=source_url,
            attachment=_attachment(attachment) if attachment else None,
            recommendations=_recommendations(session, recommendation_ids),
        )
        session.add(milestone)
        refresh_recommendations(session, recommendation_ids)
        return milestone.id



def link_milestone(db: Database, milestone_id: uuid.UUID, recommendation_ids: Sequence[uuid.UUID]) -> int:
    """Link a milestone to more recommendations; returns how many links are new."""
    with db.write() as session:
        milestone = fetch(session, Milestone, milestone_id)
        linked = {r.id for r in milestone.recommendations}
        new = [r for r in _recommendations(session, recommendation_ids) if r.id not in linked]
        milestone.recommendations.extend(new)
        refresh_recommendations(session, [r.id for r in new])
        return len(new)


def unlink_milestone(db: Database, milestone_id: uuid.UUID, recommendation_ids: Sequence[uuid.UUID]) -> None:
    with db.write() as session:
        milestone = fetch(session, Milestone, milestone_id)
        drop = set(recommendation_ids)
        milestone.recommendations = [r for r in milestone.recommendations if r.id not in drop]
        refresh_recommendations(session, drop)


def list_milestones(
    db: Database, state: str | None = None, plan_id: uuid.UUID | None = None, kind: str | None = None
) -> list[MilestoneInfo]:
    """Milestones in date order (undated last)."""
    with db.read() as session:
        query = select(Milestone)
        if state:
            query = query.where(Milestone.state_id == resolve_state(session, state).id)
        if plan_id:
            query = query.where(Milestone.plan_id == plan_id)
        if kind:
            query = query.where(Milestone.kind == kind)
        query = query.order_by(Milestone.occurred_on.is_(None), Milestone.occurred_on, Milestone.item_number,
                               Milestone.title)
        return [milestone_info(m) for m in session.scalars(query)]


def attachment_of(db: Database, milestone_id: uuid.UUID) -> tuple[str, str, bytes] | None:
    """(file name, media type, bytes) of a milestone's attached file, if any."""
    with db.read() as session:
        attachment = fetch(session, Milestone, milestone_id).attachment
        return (attachment.file_name, attachment.media_type, attachment.data) if attachment else None


class _Keep:
    """The value of a field edit_milestone leaves as it is."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def _text_or_none(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def edit_milestone(
    db: Database,
    milestone_id: uuid.UUID,
    *,
    state: str = KEEP,
    kind: str = KEEP,
    title: str = KEEP,
    date: str | PartialDate | None = KEEP,
    description: str | None = KEEP,
    source_citation: str | None = KEEP,
    source_url: str | None = KEEP,
    attachment: Path | None = KEEP,
    plan_id: uuid.UUID | None = KEEP,
    item_number: str | None = KEEP,
    ends: str | PartialDate | None = KEEP,
    due_on: dt.date | None = KEEP,
    expected_version: int | None = None,
) -> MilestoneInfo:
    """Change the fields given (the others keep their value). `date=None` makes the milestone
    undated, `attachment=None` removes its file, `plan_id=None` takes an item out of its plan.
    Takes the keywords add_milestone takes, except the recommendations (see link_milestone);
    `expected_version`: the version the edit started from (services.edit_conflicts)."""
    if kind is not KEEP:
        try:
            kind = MilestoneKind(kind).value
        except ValueError:
            allowed = ", ".join(k.value for k in MilestoneKind)
            raise InvalidValueError(f"milestone kind: {kind!r} is not one of {allowed}") from None
    if title is not KEEP and not (title or "").strip():
        raise InvalidValueError("milestone title: a milestone needs a title")
    if isinstance(date, str):
        when = PartialDate.parse(date, field="milestone date") if date.strip() else None
    else:
        when = date
    new_attachment = _attachment(attachment) if isinstance(attachment, Path) else None
    with db.write() as session:
        milestone = fetch_at_version(session, Milestone, milestone_id, expected_version)
        if state is not KEEP:
            owner = resolve_state(session, state)
            if owner.id != milestone.state_id:
                if milestone.items:
                    raise InvalidValueError(
                        "milestone State: a plan with items cannot move to another State (move or delete its "
                        "items first)")
                milestone.state = owner
        if kind is not KEEP:
            if kind != MilestoneKind.PLAN.value and milestone.items:
                raise InvalidValueError(
                    f"milestone kind: “{milestone.title}” has {len(milestone.items)} plan items, so it stays a plan")
            milestone.kind = kind
        if title is not KEEP:
            milestone.title = title.strip()
        if when is not KEEP:
            milestone.occurred_on = when.start if when else None
            milestone.date_precision = (when.precision if when else DatePrecision.DAY).value
        if ends is not KEEP:
            end = _partial(ends, "milestone end")
            milestone.ends_on = end.start if end else None
            milestone.ends_precision = end.precision.value if end else None
        if due_on is not KEEP:
            milestone.due_on = due_on
        check_period(_partial_date(milestone), _partial_end(milestone), field="milestone end")
        if description is not KEEP:
            milestone.description = _text_or_none(description)
        if source_citation is not KEEP:
            milestone.source_citation = _text_or_none(source_citation)
        if source_url is not KEEP:
            milestone.source_url = _text_or_none(source_url)
        if item_number is not KEEP:
            milestone.item_number = _text_or_none(item_number)
        if plan_id is not KEEP:
            if plan_id is None:
                milestone.plan = None
            else:
                plan = session.get(Milestone, plan_id)
                if plan is None or plan.kind != MilestoneKind.PLAN.value:
                    raise InvalidValueError(f"plan: {plan_id} is not a plan of action")
                if plan.id == milestone.id or milestone.items:
                    raise InvalidValueError("plan: a plan cannot be an item of a plan")
                milestone.plan = plan
        if milestone.plan is not None and milestone.plan.state_id != (milestone.state.id if milestone.state else None):
            raise InvalidValueError("plan: the plan belongs to another State")
        if attachment is not KEEP:
            old = milestone.attachment
            milestone.attachment = new_attachment
            if old is not None:
                session.delete(old)
        session.flush()
        refresh_recommendations(session, [r.id for r in milestone.recommendations])
        return milestone_info(milestone)


def delete_milestone(db: Database, milestone_id: uuid.UUID) -> int:
    """Delete a milestone, with its attached file and its notes; deleting a plan deletes its items.
    The recommendations stay (only their links go). Returns how many milestones were deleted."""
    with db.write() as session:
        milestone = fetch(session, Milestone, milestone_id)
        doomed = [*milestone.items, milestone]
        recommendation_ids = {r.id for m in doomed for r in m.recommendations}
        doomed_ids = [m.id for m in doomed]
        purged = delete_notes(session, session.scalars(select(Note).where(Note.milestone_id.in_(doomed_ids))).all())
        for m in doomed:
            attachment = m.attachment
            m.recommendations = []
            session.delete(m)
            if attachment is not None:
                session.delete(attachment)
        refresh_recommendations(session, recommendation_ids)
    if purged:
        write_out_purged_pages(db.engine)
    return len(doomed)


def attachment_summary(db: Database, milestone_id: uuid.UUID) -> tuple[str, str, int] | None:
    """(file name, media type, size in bytes) of a milestone's attached file, without reading it."""
    with db.read() as session:
        milestone = fetch(session, Milestone, milestone_id)
        if milestone.attachment_id is None:
            return None
        row = session.execute(
            select(Attachment.file_name, Attachment.media_type, func.length(Attachment.data))
            .where(Attachment.id == milestone.attachment_id)
        ).one()
        return row[0], row[1], int(row[2] or 0)


def attachment_names(db: Database, milestone_ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, str]:
    """The attached file's name of each milestone that has one (of those given, or of all)."""
    with db.read() as session:
        query = select(Milestone.id, Attachment.file_name).join(Attachment, Attachment.id == Milestone.attachment_id)
        if milestone_ids is not None:
            query = query.where(Milestone.id.in_(list(milestone_ids)))
        return {milestone_id: name for milestone_id, name in session.execute(query)}
