"""Everything about one recommendation, for its page in the GUI and for reports."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select

from upr_tracker.services.assessments import assessment_info
from upr_tracker.services.milestones import milestone_info
from upr_tracker.services.notes import note_info
from upr_tracker.services.recommendations import rows_for
from upr_tracker.services.recommended_again import confirmed_chain, related_links
from upr_tracker.services.records import fetch
from upr_tracker.services.responses import (
    position_history,
    response_info,
    source_citation,
)
from upr_tracker.services.values import RecommendationDetail
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Assessment,
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    milestone_recommendation,
)


def recommendation_detail(db: Database, recommendation_id: uuid.UUID) -> RecommendationDetail:
    with db.read() as session:
        recommendation = fetch(session, Recommendation, recommendation_id)
        assessments = session.scalars(
            select(Assessment)
            .where(Assessment.recommendation_id == recommendation_id)
            .order_by(Assessment.assessed_on, Assessment.created_at)
        )
        milestones = session.scalars(
            select(Milestone)
            .join(milestone_recommendation, milestone_recommendation.c.milestone_id == Milestone.id)
            .where(milestone_recommendation.c.recommendation_id == recommendation_id)
            .order_by(Milestone.occurred_on.is_(None), Milestone.occurred_on)
        )
        notes = session.scalars(
            select(Note).where(Note.recommendation_id == recommendation_id).order_by(Note.written_at)
        )
        links = session.execute(
            select(RecommendationLink.earlier_id, RecommendationLink.later_id).where(
                or_(RecommendationLink.earlier_id == recommendation_id, RecommendationLink.later_id == recommendation_id)
            )
        )
        related_ids = [later if earlier == recommendation_id else earlier for earlier, later in links]
        terms = recommendation.terms
        return RecommendationDetail(
            row=rows_for(session, [recommendation_id])[0],
            state_name=recommendation.review.state.name,
            source=source_citation(recommendation.source_document, recommendation.source_paragraph),
            affected_persons=tuple(t.name for t in terms if t.vocabulary == "affected_persons"),
            sdgs=tuple(t.name for t in terms if t.vocabulary == "sdgs"),
            responses=tuple(response_info(r) for r in position_history(session, recommendation)),
            assessments=tuple(
                assessment_info(a)
                for a in assessments
            ),
            milestones=tuple(milestone_info(m) for m in milestones),
            notes=tuple(note_info(n) for n in notes),
            related=tuple(rows_for(session, related_ids)),
            links=related_links(session, recommendation_id),
            chain=tuple(confirmed_chain(session, recommendation_id)),
        )
