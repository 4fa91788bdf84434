"""Assessments of how far a recommendation is implemented, by whose account: adding, editing,
deleting (and putting back what was deleted), and the combined level with its figure."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from upr_tracker.domain.implementation import (
    CombinedAssessment,
    ImplementationLevel,
    combine,
    latest_per_source,
    parse_level,
    parse_source,
)
from upr_tracker.errors import InvalidValueError
from upr_tracker.services.edit_conflicts import fetch_at_version
from upr_tracker.services.records import fetch
from upr_tracker.services.values import AssessmentInfo
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import Assessment, Recommendation

# The fields edit_assessment changes when given; None for source_name, assessed_on and evidence
# clears them, so "not given" needs a marker of its own.
_UNCHANGED: object = object()


def assessment_info(assessment: Assessment) -> AssessmentInfo:
    a = assessment
    return AssessmentInfo(a.id, a.recommendation_id, a.source, a.source_name, a.level, a.assessed_on, a.evidence,
                          a.created_at, a.version)


def combined_assessment(assessments: Iterable[AssessmentInfo]) -> CombinedAssessment | None:
    """The combined level with its mean, from the same rule as the stored level (storage.derived):
    each source's latest view, averaged and banded."""
    return combine(latest_per_source(
        ((a.source, a.source_name or ""), a.assessed_on, a.recorded_at, ImplementationLevel(a.level))
        for a in assessments
    ))


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
            source_name=_cleaned(source_name),
            level=implementation.value,
            assessed_on=assessed_on,
            evidence=_cleaned(evidence),
        )
        session.add(assessment)
        refresh_recommendations(session, [recommendation_id])
        return assessment.id


def edit_assessment(
    db: Database,
    assessment_id: uuid.UUID,
    *,
    source: str | None = None,
    level: str | None = None,
    source_name: str | None | object = _UNCHANGED,
    assessed_on: dt.date | None | object = _UNCHANGED,
    evidence: str | None | object = _UNCHANGED,
    expected_version: int | None = None,
) -> AssessmentInfo:
    """Change what is given of an assessment (None clears the name, the date or the evidence);
    the audit trail keeps the values before and after, and the combined level follows."""
    with db.write() as session:
        assessment = fetch_at_version(session, Assessment, assessment_id, expected_version)
        if source is not None:
            assessment.source = parse_source(source).value
        if level is not None:
            assessment.level = parse_level(level).value
        if source_name is not _UNCHANGED:
            assessment.source_name = _cleaned(source_name)  # type: ignore[arg-type]
        if assessed_on is not _UNCHANGED:
            if assessed_on is not None and not isinstance(assessed_on, dt.date):
                raise InvalidValueError(f"assessed on: {assessed_on!r} is not a date")
            assessment.assessed_on = assessed_on
        if evidence is not _UNCHANGED:
            assessment.evidence = _cleaned(evidence)  # type: ignore[arg-type]
        session.flush()  # (the new version, for the info returned)
        refresh_recommendations(session, [assessment.recommendation_id])
        return assessment_info(assessment)


def delete_assessment(db: Database, assessment_id: uuid.UUID) -> AssessmentInfo:
    """Delete an assessment; what it held is returned, for restore_assessment to put it back."""
    with db.write() as session:
        assessment = fetch(session, Assessment, assessment_id)
        deleted = assessment_info(assessment)
        session.delete(assessment)
        refresh_recommendations(session, [deleted.recommendation_id])
        return deleted


def restore_assessment(db: Database, deleted: AssessmentInfo) -> uuid.UUID:
    """Put back a deleted assessment as it was: the same id, values and time of entry, so that the
    latest view of its source is the same as before (undo of a delete)."""
    with db.write() as session:
        fetch(session, Recommendation, deleted.recommendation_id)
        if session.get(Assessment, deleted.id) is not None:
            raise InvalidValueError(f"assessment: {deleted.id} exists already")
        assessment = Assessment(
            id=deleted.id,
            recommendation_id=deleted.recommendation_id,
            source=parse_source(deleted.source).value,
            source_name=deleted.source_name,
            level=parse_level(deleted.level).value,
            assessed_on=deleted.assessed_on,
            evidence=deleted.evidence,
        )
        if deleted.recorded_at is not None:
            assessment.created_at = deleted.recorded_at
        session.add(assessment)
        refresh_recommendations(session, [deleted.recommendation_id])
        return assessment.id


def _cleaned(text: str | None) -> str | None:
    return (text or "").strip() or None
