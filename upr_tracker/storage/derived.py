"""The derived columns of recommendations: current position, combined implementation level and
last activity. Kept in the row so the big table sorts and filters in SQL without joins; refreshed
by the services after every change to responses, assessments, milestones or notes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from upr_tracker.domain.implementation import (
    ImplementationLevel,
    combined_level,
    latest_per_source,
)
from upr_tracker.domain.positions import response_stage
from upr_tracker.storage.models import (
    Assessment,
    Document,
    ImportProblem,
    Milestone,
    Note,
    Recommendation,
    Response,
    import_problem_recommendation,
    milestone_recommendation,
    response_recommendation,
    table_of,
)

_BATCH = 500


def response_order_key(response: Response, document_kind: str | None = None) -> tuple[int, dt.date, dt.datetime]:
    """Responses in the order they were given: by stage (report, addendum, later), then by date,
    then by when they were recorded. `document_kind` saves loading the source document."""
    if document_kind is None and response.source_document is not None:
        document_kind = response.source_document.kind
    return (
        response_stage(document_kind),
        response.responded_on or dt.date.min,
        response.created_at or dt.datetime.min.replace(tzinfo=dt.UTC),
    )


def derived_values(responses: Iterable[Any], assessments: Iterable[Any], unresolved_problem: bool,
                   last_activity_at: dt.datetime | None) -> dict[str, Any]:
    """The derived columns of one recommendation, from its responses (each with position,
    considered_implemented, needs_review, responded_on, created_at, and kind: its source document's
    kind, "" for none), its assessments (source, source_name, assessed_on, created_at, level),
    whether an import problem about it is unresolved, and its latest activity."""
    history = sorted(responses, key=lambda r: response_order_key(r, r.kind or ""))
    # A response that could not be read (no position) does not undo what an earlier one stated:
    # a recommendation pending since the report stays pending while its answer awaits review.
    stated = [r for r in history if r.position is not None]
    latest = stated[-1] if stated else (history[-1] if history else None)
    level = combined_level(
        latest_per_source(
            ((a.source, a.source_name or ""), a.assessed_on, a.created_at, ImplementationLevel(a.level))
            for a in assessments
        )
    )
    return {
        "current_position": latest.position if latest else None,
        "considered_implemented": bool(latest and latest.considered_implemented),
        "needs_review": unresolved_problem or any(r.needs_review for r in history),
        "implementation_level": level.value if level else None,
        "last_activity_at": last_activity_at,
    }


def refresh_recommendations(session: Session, ids: Iterable[uuid.UUID]) -> None:
    """Recompute the derived columns of the given recommendations from their history."""
    session.flush()
    id_list = list(dict.fromkeys(ids))
    for start in range(0, len(id_list), _BATCH):
        _refresh_batch(session, id_list[start : start + _BATCH])


def _refresh_batch(session: Session, ids: list[uuid.UUID]) -> None:
    # Plain rows of the columns needed (no ORM objects): an import refreshes tens of thousands.
    connection = session.connection()
    responses: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in connection.execute(
        select(response_recommendation.c.recommendation_id, Response.position, Response.considered_implemented,
               Response.needs_review, Response.responded_on, Response.created_at, Response.updated_at, Document.kind)
        .join(Response, Response.id == response_recommendation.c.response_id)
        .outerjoin(Document, Document.id == Response.source_document_id)
        .where(response_recommendation.c.recommendation_id.in_(ids))
    ):
        responses[row.recommendation_id].append(row)

    assessments: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for row in connection.execute(
        select(Assessment.recommendation_id, Assessment.source, Assessment.source_name, Assessment.assessed_on,
               Assessment.created_at, Assessment.updated_at, Assessment.level)
        .where(Assessment.recommendation_id.in_(ids))
    ):
        assessments[row.recommendation_id].append(row)

    # Problems an import could not settle keep their recommendations in review until resolved.
    unresolved = set(
        connection.execute(
            select(import_problem_recommendation.c.recommendation_id)
            .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
            .where(import_problem_recommendation.c.recommendation_id.in_(ids), ImportProblem.resolved.is_(False))
        ).scalars()
    )

    activity: dict[uuid.UUID, dt.datetime] = {}

    def note_activity(recommendation_id: uuid.UUID, moment: dt.datetime | None) -> None:
        if moment is None:
            return
        if recommendation_id not in activity or moment > activity[recommendation_id]:
            activity[recommendation_id] = moment

    for recommendation_id, moment in connection.execute(
        select(Note.recommendation_id, func.max(Note.updated_at))
        .where(Note.recommendation_id.in_(ids))
        .group_by(Note.recommendation_id)
    ):
        if recommendation_id is not None:   # (the query asks for notes on these recommendations)
            note_activity(recommendation_id, moment)
    for recommendation_id, moment in connection.execute(
        select(milestone_recommendation.c.recommendation_id, func.max(Milestone.updated_at))
        .join(Milestone, Milestone.id == milestone_recommendation.c.milestone_id)
        .where(milestone_recommendation.c.recommendation_id.in_(ids))
        .group_by(milestone_recommendation.c.recommendation_id)
    ):
        note_activity(recommendation_id, moment)
    for recommendation_id, items in responses.items():
        for response in items:
            note_activity(recommendation_id, response.updated_at)
    for recommendation_id, items in assessments.items():
        for assessment in items:
            note_activity(recommendation_id, assessment.updated_at)

    values = []
    for recommendation_id in ids:
        found = derived_values(responses.get(recommendation_id, []), assessments.get(recommendation_id, []),
                               recommendation_id in unresolved, activity.get(recommendation_id))
        values.append({"rid": recommendation_id} | {f"new_{key}": value for key, value in found.items()})
    if values:
        session.connection().execute(
            update(table_of(Recommendation))
            .where(table_of(Recommendation).c.id == bindparam("rid"))
            .values(
                current_position=bindparam("new_current_position"),
                considered_implemented=bindparam("new_considered_implemented"),
                needs_review=bindparam("new_needs_review"),
                implementation_level=bindparam("new_implementation_level"),
                last_activity_at=bindparam("new_last_activity_at"),
                # Derived values are not an edit of the recommendation: keep its updated_at.
                updated_at=table_of(Recommendation).c.updated_at,
            ),
            values,
        )
        # Objects already in the session must not keep stale derived values.
        for obj in session.identity_map.values():
            if isinstance(obj, Recommendation) and obj.id in ids:
                session.expire(obj, ["current_position", "considered_implemented", "needs_review",
                                     "implementation_level", "last_activity_at"])
