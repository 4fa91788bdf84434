"""A UN document's position beside the one a database (UPR Info, the UHRI) recorded first.

Imported after the report, a database records a position only where no source has it yet, and
flags one that contradicts them. Imported before, its positions are already there when the
report comes: the report's then replaces an echo of it (which would otherwise outrank the report
and hide what it says, such as "considered implemented"), and a contradiction is flagged. Either
order of import gives the same history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.documents import DocumentKind
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Recommendation,
    Response,
    import_problem_recommendation,
    response_recommendation,
)


@dataclass(frozen=True)
class Contradiction:
    recommendation: Recommendation
    positions: tuple[str, ...]   # what the database says
    sources: tuple[str, ...]     # which database exports say it


def settle_database_positions(session: Session, recs: Sequence[Recommendation], position: str | None
                              ) -> list[Contradiction]:
    """Drop the database responses that echo `position` on these recommendations; return those
    for which a database records another position (rows that disagree may record both), for the
    caller to flag."""
    if position is None or not recs:
        return []
    by_id = {rec.id: rec for rec in recs}
    found: dict[uuid.UUID, list[tuple[Response, str]]] = defaultdict(list)
    for rec_id, response, title in session.execute(
        select(response_recommendation.c.recommendation_id, Response, Document.title)
        .join(Response, Response.id == response_recommendation.c.response_id)
        .join(Document, Document.id == Response.source_document_id)
        .where(response_recommendation.c.recommendation_id.in_(list(by_id)),
               Document.kind == DocumentKind.DATABASE_EXPORT.value)
    ):
        found[rec_id].append((response, title or "A database export"))
    flagged = set(session.scalars(   # a contradiction flagged once (settled or not) is not flagged again
        select(import_problem_recommendation.c.recommendation_id)
        .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
        .where(import_problem_recommendation.c.recommendation_id.in_(list(found)),
               ImportProblem.kind == ProblemKind.CONFLICTING_POSITIONS.value)))
    contradictions = []
    for rec_id, responses in found.items():
        rec = by_id[rec_id]
        for response, _title in responses:
            if response.position != position or _edited(response):
                continue   # a person's correction stays
            if rec in response.recommendations:
                response.recommendations.remove(rec)
            if not response.recommendations:   # it answered nothing else
                session.delete(response)
        said = tuple(sorted({r.position for r, _title in responses if r.position and r.position != position}))
        if said and rec_id not in flagged:
            contradictions.append(Contradiction(rec, said, tuple(sorted({t for _r, t in responses}))))
    session.flush()
    return contradictions


def _edited(response: Response) -> bool:
    created, updated = response.created_at, response.updated_at
    return bool(created and updated and (updated - created) > dt.timedelta(seconds=1))
