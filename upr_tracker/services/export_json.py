"""Export to JSON: the recommendations with their positions and implementation, the milestones and
the notes in scope. The field names are a contract with users' scripts: add, never rename."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from upr_tracker import __version__
from upr_tracker.services.atomic_files import atomic_output
from upr_tracker.services.milestones import milestone_info
from upr_tracker.services.notes import note_info
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids, rows_for
from upr_tracker.services.responses import response_info
from upr_tracker.services.states import resolve_state
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import response_order_key
from upr_tracker.storage.models import (
    Assessment,
    ImportProblem,
    Milestone,
    Note,
    Recommendation,
    Response,
    Review,
    Term,
    import_problem_recommendation,
    milestone_recommendation,
    recommendation_term,
    response_recommendation,
)

FORMAT_NAME = "upr-tracker-export"
FORMAT_VERSION = 1
_BATCH = 500


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    recommendations: int
    milestones: int
    notes: int
    confidential_notes_included: bool


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _recommendation_records(session: Session, ids: Sequence[uuid.UUID]) -> Iterator[dict[str, Any]]:
    for start in range(0, len(ids), _BATCH):
        batch = list(ids[start : start + _BATCH])
        rows = rows_for(session, batch)
        history: dict[uuid.UUID, list[Response]] = defaultdict(list)
        for recommendation_id, response in session.execute(
            select(response_recommendation.c.recommendation_id, Response)
            .join(Response, Response.id == response_recommendation.c.response_id)
            .where(response_recommendation.c.recommendation_id.in_(batch))
            .options(selectinload(Response.source_document), selectinload(Response.recommendations))
        ):
            history[recommendation_id].append(response)
        terms: dict[tuple[uuid.UUID, str], list[str]] = defaultdict(list)
        for recommendation_id, vocabulary, name in session.execute(
            select(recommendation_term.c.recommendation_id, Term.vocabulary, Term.name)
            .join(Term, Term.id == recommendation_term.c.term_id)
            .where(recommendation_term.c.recommendation_id.in_(batch), Term.vocabulary != "themes")
            .order_by(Term.name)
        ):
            terms[(recommendation_id, vocabulary)].append(name)
        assessments: dict[uuid.UUID, list[Assessment]] = defaultdict(list)
        for assessment in session.scalars(
            select(Assessment).where(Assessment.recommendation_id.in_(batch)).order_by(Assessment.assessed_on)
        ):
            assessments[assessment.recommendation_id].append(assessment)
        problems: dict[uuid.UUID, list[str]] = defaultdict(list)
        for recommendation_id, message in session.execute(
            select(import_problem_recommendation.c.recommendation_id, ImportProblem.message)
            .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
            .where(import_problem_recommendation.c.recommendation_id.in_(batch), ImportProblem.resolved.is_(False))
        ):
            problems[recommendation_id].append(message)
        sources = dict(
            session.execute(
                select(Recommendation.id, Recommendation.source_paragraph).where(Recommendation.id.in_(batch))
            ).all()
        )
        for row in rows:
            responses = [response_info(r) for r in sorted(history[row.id], key=response_order_key)]
            current = responses[-1] if responses else None
            reasons = [r.review_reason for r in responses if r.needs_review and r.review_reason] + problems[row.id]
            yield {
                "id": str(row.id),
                "state": row.state_iso3,
                "cycle": row.cycle,
                "session": row.session,
                "label": row.label,
                "text": row.text,
                "recommending_states": list(row.recommending_states),
                "position": row.position,
                "considered_implemented": row.considered_implemented,
                "needs_review": row.needs_review,
                "review_reason": "; ".join(reasons) or None,
                "response_text": current.response_text if current else None,
                "position_source": current.source if current else None,
                "themes": list(row.themes),
                "sdgs": terms[(row.id, "sdgs")],
                "affected_persons": terms[(row.id, "affected_persons")],
                "action_category": row.action_category,
                "implementation_level": row.implementation_level,
                "source_paragraph": sources.get(row.id),
                "responses": [
                    {
                        "position": r.position,
                        "considered_implemented": r.considered_implemented,
                        "response_text": r.response_text,
                        "source": r.source,
                        "responded_on": _iso(r.responded_on),
                        "needs_review": r.needs_review,
                        "review_reason": r.review_reason,
                        "labels": list(r.labels),
                    }
                    for r in responses
                ],
                "assessments": [
                    {
                        "source": a.source,
                        "source_name": a.source_name,
                        "level": a.level,
                        "assessed_on": _iso(a.assessed_on),
                        "evidence": a.evidence,
                    }
                    for a in assessments[row.id]
                ],
            }


def export_json(
    db: Database,
    out: Path,
    *,
    state: str | None = None,
    cycle: int | None = None,
    include_confidential: bool = False,
) -> ExportSummary:
    """Write the recommendations of the scope (all, one State, one cycle, or both) to `out`.

    Milestones are those of the States in scope; notes are those about the exported
    recommendations, milestones and reviews. Confidential notes only when asked for.
    """
    ids = list_recommendation_ids(db, RecommendationFilter(state=state, cycle=cycle))
    with db.read() as session:
        milestone_query = select(Milestone).order_by(Milestone.occurred_on.is_(None), Milestone.occurred_on)
        if state:
            milestone_query = milestone_query.where(Milestone.state_id == resolve_state(session, state).id)
        elif cycle:
            linked = select(milestone_recommendation.c.milestone_id).join(
                Recommendation, Recommendation.id == milestone_recommendation.c.recommendation_id
            ).join(Review, Review.id == Recommendation.review_id).where(Review.cycle == cycle)
            milestone_query = milestone_query.where(Milestone.id.in_(linked))
        milestones = [milestone_info(m) for m in session.scalars(milestone_query)]
        review_query = select(Review.id)
        if state:
            review_query = review_query.where(Review.state_id == resolve_state(session, state).id)
        if cycle:
            review_query = review_query.where(Review.cycle == cycle)
        scope_ids = set(ids)
        milestone_ids = {m.id for m in milestones}
        review_ids = set(session.scalars(review_query))
        notes = [
            note_info(n)
            for n in session.scalars(
                select(Note)
                .where(or_(Note.recommendation_id.is_not(None), Note.milestone_id.is_not(None), Note.review_id.is_not(None)))
                .order_by(Note.written_at)
            )
            if (n.recommendation_id in scope_ids or n.milestone_id in milestone_ids or n.review_id in review_ids)
            and (include_confidential or not n.confidential)
        ]
        with atomic_output(out) as stream:
            header = {
                "format": FORMAT_NAME,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "scope": {"state": state, "cycle": cycle},
                "includes_confidential_notes": include_confidential,
            }
            # Written piece by piece so that 200,000 recommendations never sit in memory at once.
            stream.write(json.dumps(header, ensure_ascii=False, indent=1)[:-2] + ',\n "recommendations": [\n')
            for index, record in enumerate(_recommendation_records(session, ids)):
                stream.write((",\n" if index else "") + json.dumps(record, ensure_ascii=False))
            stream.write('\n],\n "milestones": ')
            stream.write(json.dumps([_milestone_record(m) for m in milestones], ensure_ascii=False, indent=1))
            stream.write(',\n "notes": ')
            stream.write(json.dumps([_note_record(n) for n in notes], ensure_ascii=False, indent=1))
            stream.write("\n}\n")
    return ExportSummary(Path(out), len(ids), len(milestones), len(notes), include_confidential)


def _milestone_record(m: Any) -> dict[str, Any]:
    return {
        "id": str(m.id),
        "state": m.state_iso3,
        "kind": m.kind,
        "title": m.title,
        "date": m.date,
        "description": m.description,
        "source_citation": m.source_citation,
        "source_url": m.source_url,
        "plan_id": str(m.plan_id) if m.plan_id else None,
        "item_number": m.item_number,
        "recommendation_ids": [str(i) for i in m.recommendation_ids],
        "recommendation_labels": list(m.recommendation_labels),
    }


def _note_record(n: Any) -> dict[str, Any]:
    return {
        "id": str(n.id),
        "author": n.author,
        "written_at": _iso(n.written_at),
        "body": n.body,
        "confidential": n.confidential,
        "tags": list(n.tags),
        "recommendation_id": str(n.recommendation_id) if n.recommendation_id else None,
        "milestone_id": str(n.milestone_id) if n.milestone_id else None,
        "review_id": str(n.review_id) if n.review_id else None,
    }
