"""Assessments of how far a recommendation is implemented, by whose account."""

from __future__ import annotations

import datetime as dt
import uuid

from upr_tracker.domain.implementation import parse_level, parse_source
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import Assessment, Recommendation


def add_assessment(
    db: Database,
    recommendation_id: uuid.UUID,
    source: str,
    level: str,
    *,
    source_name: str | None = None,
    assessed_on: dt.date | None = None,
    evidence: str | None = None,
) -> uuid.UUID:
    """Record one source's view; the recommendation's combined level follows UPR Info's scoring."""
    source_kind, implementation = parse_source(source), parse_level(level)
    with db.write() as session:
        fetch(session, Recommendation, recommendation_id)
        assessment = Assessment(
            recommendation_id=recommendation_id,
            source=source_kind.value,
            source_name=source_name,
            level=implementation.value,
            assessed_on=assessed_on,
            evidence=evidence,
        )
        session.add(assessment)
        refresh_recommendations(session, [recommendation_id])
        return assessment.id


def delete_assessment(db: Database, assessment_id: uuid.UUID) -> None:
    with db.write() as session:
        assessment = fetch(session, Assessment, assessment_id)
        recommendation_id = assessment.recommendation_id
        session.delete(assessment)
        refresh_recommendations(session, [recommendation_id])
