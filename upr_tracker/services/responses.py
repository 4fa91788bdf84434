"""The State's responses (positions) to recommendations; every response is kept as history."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.positions import PositionReading, parse_position
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.values import ResponseInfo
from upr_tracker.services.edit_conflicts import fetch_at_version
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations, response_order_key
from upr_tracker.storage.models import Document, Recommendation, Response


def source_citation(document: Document | None, paragraph: str | None) -> str | None:
    """`A/HRC/14/10/Add.1, para. 3`: where a position or a recommendation was read."""
    parts = [(document.symbol or document.title or "") if document else "", f"para. {paragraph}" if paragraph else ""]
    text = ", ".join(p for p in parts if p)
    return text or None


def response_info(response: Response) -> ResponseInfo:
    return ResponseInfo(
        id=response.id,
        position=response.position,
        considered_implemented=response.considered_implemented,
        response_text=response.response_text,
        deciding_sentence=response.deciding_sentence,
        source=source_citation(response.source_document, response.source_paragraph),
        responded_on=response.responded_on,
        needs_review=response.needs_review,
        review_reason=response.review_reason,
        labels=tuple(r.label or "" for r in response.recommendations),
        version=response.version,
    )


def record_response(
    db: Database,
    recommendation_ids: Sequence[uuid.UUID],
    position: str | None,
    *,
    considered_implemented: bool = False,
    response_text: str | None = None,
    deciding_sentence: str | None = None,
    source_document_id: uuid.UUID | None = None,
    source_paragraph: str | None = None,
    responded_on: dt.date | None = None,
    needs_review: bool = False,
    review_reason: str | None = None,
) -> uuid.UUID:
    """Record one response covering one or more recommendations of the same review.

    `position` may be any wording a State or database uses ("accepted", "noted"...). Earlier
    responses stay; the latest (by date, then by when recorded) is the current position.
    """
    if not recommendation_ids:
        raise InvalidValueError("a response must cover at least one recommendation")
    reading = parse_position(position) if position else None
    with db.write() as session:
        recommendations = list(session.scalars(select(Recommendation).where(Recommendation.id.in_(recommendation_ids))))
        missing = set(recommendation_ids) - {r.id for r in recommendations}
        if missing:
            raise NotFoundError(f"recommendations {', '.join(map(str, sorted(missing)))} do not exist")
        return insert_response(
            session, recommendations, reading, considered_implemented=considered_implemented,
            response_text=response_text, deciding_sentence=deciding_sentence, source_document_id=source_document_id,
            source_paragraph=source_paragraph, responded_on=responded_on, needs_review=needs_review,
            review_reason=review_reason).id


def insert_response(
    session: Session,
    recommendations: Sequence[Recommendation],
    reading: PositionReading | None,
    *,
    considered_implemented: bool = False,
    response_text: str | None = None,
    deciding_sentence: str | None = None,
    source_document_id: uuid.UUID | None = None,
    source_paragraph: str | None = None,
    responded_on: dt.date | None = None,
    needs_review: bool = False,
    review_reason: str | None = None,
) -> Response:
    """record_response within a unit of work that may do more; the current positions follow."""
    reviews = {r.review_id for r in recommendations}
    if len(reviews) > 1:
        raise InvalidValueError("one response covers recommendations of one review only")
    response = Response(
        review_id=reviews.pop(),
        position=reading.position.value if reading and reading.position else None,
        considered_implemented=considered_implemented or bool(reading and reading.considered_implemented),
        response_text=response_text,
        deciding_sentence=deciding_sentence,
        source_document_id=source_document_id,
        source_paragraph=source_paragraph,
        responded_on=responded_on,
        needs_review=needs_review,
        review_reason=review_reason if needs_review else None,
        recommendations=list(recommendations),
    )
    session.add(response)
    refresh_recommendations(session, [r.id for r in recommendations])
    return response


def withdraw_response(session: Session, response_id: uuid.UUID) -> None:
    """Remove a response recorded by mistake (an edit undone): the position history and the
    current positions go back to what they were."""
    response = fetch(session, Response, response_id)
    covered = [r.id for r in response.recommendations]
    session.delete(response)
    session.flush()
    refresh_recommendations(session, covered)


def set_needs_review(db: Database, response_id: uuid.UUID, needs_review: bool, reason: str | None = None) -> None:
    """Flag a response for a human to check (with why), or clear the flag once checked."""
    if needs_review and not (reason and reason.strip()):
        raise InvalidValueError("review reason: say why the response needs review")
    with db.write() as session:
        response = fetch(session, Response, response_id)
        response.needs_review = needs_review
        response.review_reason = reason.strip() if needs_review and reason else None
        refresh_recommendations(session, [r.id for r in response.recommendations])


def correct_position(db: Database, response_id: uuid.UUID, position: str,
                     considered_implemented: bool | None = None, *, expected_version: int | None = None) -> None:
    """Correct what a document got wrong (or an import misread); clears the review flag. Whether
    the State considers it implemented is set as given, or as the position's wording says."""
    reading = parse_position(position)
    with db.write() as session:
        response = fetch_at_version(session, Response, response_id, expected_version)
        response.position = reading.position.value if reading.position else None
        response.considered_implemented = (reading.considered_implemented if considered_implemented is None
                                           else considered_implemented)
        response.needs_review = False
        response.review_reason = None
        refresh_recommendations(session, [r.id for r in response.recommendations])


def position_history(session: Session, recommendation: Recommendation) -> list[Response]:
    """Oldest first; the last one is the current position."""
    return sorted(recommendation.responses, key=response_order_key)


