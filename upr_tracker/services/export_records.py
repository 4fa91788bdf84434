"""The records every export writes: one dict per recommendation (with its position history,
assessments, terms and links), and the reviews, milestones, notes and import problems in scope.
Built in batches so that 200,000 recommendations never sit in memory at once.

The field names are a contract with users' scripts and with the JSON import: add, never rename.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from upr_tracker.services.responses import source_citation
from upr_tracker.storage.derived import response_order_key
from upr_tracker.storage.models import (
    Assessment,
    Document,
    ImportProblem,
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    Response,
    Review,
    State,
    Term,
    import_problem_recommendation,
    milestone_recommendation,
    recommendation_term,
    recommending_state,
    response_recommendation,
)

BATCH = 1_000


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def uid(value: uuid.UUID | None) -> str | None:
    return str(value) if value else None


def recorded(obj: Any) -> dict[str, str | None]:
    """When a record was created and last changed: kept across export and import, because the
    order of a position history and a recommendation's last activity follow from them."""
    return {"created_at": iso(obj.created_at), "updated_at": iso(obj.updated_at)}


def _grouped(session: Session, query: Any) -> dict[uuid.UUID, list[Any]]:
    grouped: dict[uuid.UUID, list[Any]] = defaultdict(list)
    for key, *rest in session.execute(query):
        grouped[key].append(rest[0] if len(rest) == 1 else tuple(rest))
    return grouped


def recommendation_records(session: Session, ids: Sequence[uuid.UUID]) -> Iterator[dict[str, Any]]:
    """Full records, in the order of `ids`."""
    for start in range(0, len(ids), BATCH):
        yield from _batch_records(session, list(ids[start : start + BATCH]))


def _batch_records(session: Session, batch: list[uuid.UUID]) -> Iterator[dict[str, Any]]:
    recommendations = {
        rec.id: (rec, cycle, wg_session, iso3, symbol)
        for rec, cycle, wg_session, iso3, symbol in session.execute(
            select(Recommendation, Review.cycle, Review.session, State.iso3, Document.symbol)
            .join(Review, Review.id == Recommendation.review_id)
            .join(State, State.id == Review.state_id)
            .outerjoin(Document, Document.id == Recommendation.source_document_id)
            .where(Recommendation.id.in_(batch))
        )
    }
    states = _grouped(session, select(recommending_state.c.recommendation_id, State.name)
                      .join(State, State.id == recommending_state.c.state_id)
                      .where(recommending_state.c.recommendation_id.in_(batch)).order_by(State.name))
    terms = _grouped(session, select(recommendation_term.c.recommendation_id, Term.vocabulary, Term.name)
                     .join(Term, Term.id == recommendation_term.c.term_id)
                     .where(recommendation_term.c.recommendation_id.in_(batch)).order_by(Term.name))
    history = _grouped(session, select(response_recommendation.c.recommendation_id, Response)
                       .join(Response, Response.id == response_recommendation.c.response_id)
                       .where(response_recommendation.c.recommendation_id.in_(batch))
                       .options(selectinload(Response.source_document), selectinload(Response.recommendations)))
    assessments = _grouped(session, select(Assessment.recommendation_id, Assessment)
                           .where(Assessment.recommendation_id.in_(batch))
                           .order_by(Assessment.assessed_on, Assessment.created_at))
    later = _grouped(session, select(RecommendationLink.earlier_id, RecommendationLink.later_id)
                     .where(RecommendationLink.earlier_id.in_(batch)))
    problems = _grouped(session, select(import_problem_recommendation.c.recommendation_id, ImportProblem.message)
                        .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
                        .where(import_problem_recommendation.c.recommendation_id.in_(batch),
                               ImportProblem.resolved.is_(False)))
    for rec_id in batch:
        if rec_id not in recommendations:
            continue
        rec, cycle, wg_session, iso3, symbol = recommendations[rec_id]
        vocabulary_terms: dict[str, list[str]] = defaultdict(list)
        for vocabulary, name in terms[rec_id]:
            vocabulary_terms[vocabulary].append(name)
        responses = sorted(history[rec_id], key=response_order_key)
        current = responses[-1] if responses else None
        reasons = [r.review_reason for r in responses if r.needs_review and r.review_reason] + problems[rec_id]
        yield {
            "id": str(rec.id),
            "review_id": str(rec.review_id),
            "state": iso3,
            "cycle": cycle,
            "session": wg_session,
            "label": rec.label,
            "text": rec.text,
            "recommending_states": states[rec_id],
            "recommended_by": rec.recommended_by,
            "position": rec.current_position,
            "considered_implemented": rec.considered_implemented,
            "needs_review": rec.needs_review,
            "review_reason": "; ".join(reasons) or None,
            "response_text": current.response_text if current else None,
            "position_source": source_citation(current.source_document, current.source_paragraph) if current else None,
            "themes": vocabulary_terms["themes"],
            "sdgs": vocabulary_terms["sdgs"],
            "affected_persons": vocabulary_terms["affected_persons"],
            "ohchr_themes": vocabulary_terms["ohchr_themes"],
            "action_category": rec.action_category,
            "implementation_level": rec.implementation_level,
            "last_activity_at": iso(rec.last_activity_at),
            "source": source_citation_of(symbol, rec.source_paragraph),
            "source_document_id": uid(rec.source_document_id),
            "source_paragraph": rec.source_paragraph,
            "later_recommendation_ids": [str(i) for i in later[rec_id]],
            "responses": [_response_record(r) for r in responses],
            "assessments": [_assessment_record(a) for a in assessments[rec_id]],
        } | recorded(rec)


def source_citation_of(symbol: str | None, paragraph: str | None) -> str | None:
    parts = [p for p in (symbol, f"para. {paragraph}" if paragraph else None) if p]
    return ", ".join(parts) or None


def _response_record(response: Response) -> dict[str, Any]:
    return {
        "id": str(response.id),
        "position": response.position,
        "considered_implemented": response.considered_implemented,
        "response_text": response.response_text,
        "deciding_sentence": response.deciding_sentence,
        "source": source_citation(response.source_document, response.source_paragraph),
        "source_document_id": uid(response.source_document_id),
        "source_paragraph": response.source_paragraph,
        "responded_on": iso(response.responded_on),
        "needs_review": response.needs_review,
        "review_reason": response.review_reason,
        "labels": [r.label or "" for r in response.recommendations],
        "recommendation_ids": [str(r.id) for r in response.recommendations],
    } | recorded(response)


def _assessment_record(assessment: Assessment) -> dict[str, Any]:
    return {
        "id": str(assessment.id),
        "source": assessment.source,
        "source_name": assessment.source_name,
        "level": assessment.level,
        "assessed_on": iso(assessment.assessed_on),
        "evidence": assessment.evidence,
    } | recorded(assessment)


def review_records(session: Session, review_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    reviews = session.scalars(
        select(Review).where(Review.id.in_(review_ids)).options(selectinload(Review.documents))
        .join(State, State.id == Review.state_id).order_by(State.name, Review.cycle)
    )
    return [
        {
            "id": str(review.id), "state": review.state.iso3, "cycle": review.cycle, "session": review.session,
            "review_date": iso(review.review_date),
            "documents": [
                {"id": str(d.id), "symbol": d.symbol, "kind": d.kind, "title": d.title, "issued_on": iso(d.issued_on),
                 "file_name": d.file_name, "file_sha256": d.file_sha256}
                for d in review.documents
            ],
        }
        for review in reviews
    ]


def milestone_records(session: Session, milestone_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    """Plans before their items, then by date."""
    milestones = list(session.scalars(
        select(Milestone).where(Milestone.id.in_(milestone_ids))
        .options(selectinload(Milestone.recommendations), selectinload(Milestone.attachment))
        .order_by(Milestone.plan_id.is_not(None), Milestone.occurred_on.is_(None), Milestone.occurred_on,
                  Milestone.item_number, Milestone.title)
    ))
    records = []
    for m in milestones:
        attachment = None
        if m.attachment is not None:
            attachment = {"file_name": m.attachment.file_name, "media_type": m.attachment.media_type,
                          "data_base64": base64.b64encode(m.attachment.data).decode("ascii")}
        records.append({
            "id": str(m.id), "state": m.state.iso3, "kind": m.kind, "title": m.title,
            "date": _partial_date(m), "description": m.description, "ends_on": iso(m.ends_on),
            "source_citation": m.source_citation, "source_url": m.source_url, "plan_id": uid(m.plan_id),
            "item_number": m.item_number,
            "recommendation_ids": [str(r.id) for r in m.recommendations],
            "recommendation_labels": [r.label or "" for r in m.recommendations],
            "attachment": attachment,
        } | recorded(m))
    return records


def _partial_date(milestone: Milestone) -> str | None:
    if milestone.occurred_on is None:
        return None
    if milestone.date_precision == "year":
        return f"{milestone.occurred_on.year:04d}"
    if milestone.date_precision == "month":
        return f"{milestone.occurred_on.year:04d}-{milestone.occurred_on.month:02d}"
    return milestone.occurred_on.isoformat()


def milestone_ids_in_scope(session: Session, state_ids: set[uuid.UUID] | None,
                           recommendation_ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """The milestones of the States in scope, or (no State given) those linked to the exported
    recommendations; with the plans of any item."""
    if state_ids is not None:
        found = set(session.scalars(select(Milestone.id).where(Milestone.state_id.in_(state_ids))))
    else:
        found = set()
        linked = list(recommendation_ids)
        for start in range(0, len(linked), BATCH):
            found |= set(session.scalars(select(milestone_recommendation.c.milestone_id).where(
                milestone_recommendation.c.recommendation_id.in_(linked[start:start + BATCH]))))
        found |= {i for i in session.scalars(select(Milestone.plan_id).where(Milestone.id.in_(found))) if i}
    return found


def note_records(session: Session, recommendation_ids: set[uuid.UUID], milestone_ids: set[uuid.UUID],
                 review_ids: set[uuid.UUID], include_confidential: bool) -> list[dict[str, Any]]:
    query = select(Note).options(selectinload(Note.tags)).order_by(Note.written_at)
    if not include_confidential:
        query = query.where(Note.confidential.is_(False))
    query = query.where(or_(Note.milestone_id.in_(milestone_ids), Note.review_id.in_(review_ids),
                            Note.recommendation_id.is_not(None)))
    return [
        {
            "id": str(n.id), "author": n.author, "written_at": iso(n.written_at), "body": n.body,
            "confidential": n.confidential, "tags": [t.tag for t in n.tags],
            "recommendation_id": uid(n.recommendation_id), "milestone_id": uid(n.milestone_id),
            "review_id": uid(n.review_id),
        } | recorded(n)
        for n in session.scalars(query)
        if n.recommendation_id is None or n.recommendation_id in recommendation_ids
    ]


def import_problem_records(session: Session, review_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    problems = session.scalars(
        select(ImportProblem).join(Document, Document.id == ImportProblem.document_id)
        .where(Document.review_id.in_(review_ids)).options(selectinload(ImportProblem.recommendations))
        .order_by(ImportProblem.created_at)
    )
    return [
        {
            "id": str(p.id), "document_id": str(p.document_id), "kind": p.kind, "labels": p.labels, "line": p.line,
            "excerpt": p.excerpt, "message": p.message, "resolved": p.resolved, "resolution": p.resolution,
            "recommendation_ids": [str(r.id) for r in p.recommendations],
        }
        for p in problems
    ]
