"""A UN document's position beside the one a database (UPR Info, the UHRI) recorded first.

Imported after the report or the addendum, a database records a position only where no source
has it yet, and flags one that contradicts them. Imported before, its positions are already there
when the document comes: the document's then replaces an echo of it (which would otherwise outrank
the report and hide what it says, such as "considered implemented"), a contradiction is flagged,
and an addendum that agrees with the database settles the flag the database raised against the
report's "will be examined". Every order of import gives the same history and the same flags.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Sequence

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


def settle_database_positions(session: Session, recs: Sequence[Recommendation], position: str | None,
                              document: Document, document_name: str) -> list[Recommendation]:
    """Drop the database responses that echo `position`, which `document` gives these
    recommendations; flag, under the database's document as a database imported later would, a
    database position that contradicts it (rows that disagree may give both). An addendum that
    gives the database's position settles the flag a database raised against the report's
    ("will be examined" there, noted in the database): nothing contradicts any more. Returns the
    recommendations newly flagged."""
    if position is None or not recs:
        return []
    by_id = {rec.id: rec for rec in recs}
    found: dict[uuid.UUID, list[tuple[Response, Document]]] = defaultdict(list)
    for rec_id, response, database in session.execute(
        select(response_recommendation.c.recommendation_id, Response, Document)
        .join(Response, Response.id == response_recommendation.c.response_id)
        .join(Document, Document.id == Response.source_document_id)
        .where(response_recommendation.c.recommendation_id.in_(list(by_id)),
               Document.kind == DocumentKind.DATABASE_EXPORT.value)
    ):
        found[rec_id].append((response, database))
    raised: dict[uuid.UUID, list[ImportProblem]] = defaultdict(list)   # settled or not: never raised twice
    for rec_id, problem in session.execute(
        select(import_problem_recommendation.c.recommendation_id, ImportProblem)
        .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
        .join(Document, Document.id == ImportProblem.document_id)
        .where(import_problem_recommendation.c.recommendation_id.in_(list(found)),
               ImportProblem.kind == ProblemKind.CONFLICTING_POSITIONS.value,
               Document.kind == DocumentKind.DATABASE_EXPORT.value)
    ):
        raised[rec_id].append(problem)
    flagged = []
    for rec_id, responses in found.items():
        rec = by_id[rec_id]
        echoed = False
        for response, _database in responses:
            if response.position != position or _edited(response):
                continue   # a person's correction stays
            echoed = True
            if rec in response.recommendations:
                response.recommendations.remove(rec)
            if not response.recommendations:   # it answered nothing else
                session.delete(response)
        other = [(r, d) for r, d in responses if r.position and r.position != position]
        if other and not raised[rec_id]:
            said = ", ".join(sorted({r.position for r, _d in other if r.position}))
            database = other[0][1]
            session.add(ImportProblem(
                document=database, kind=ProblemKind.CONFLICTING_POSITIONS.value, labels=rec.label,
                excerpt=(rec.text or "")[:300], recommendations=[rec],
                message=f"{database.title or database.file_name or 'A database export'} records {said} where "
                        f"{document_name} says {position}"))
            flagged.append(rec)
        elif echoed and not other and document.kind == DocumentKind.ADDENDUM.value:
            for problem in raised[rec_id]:
                if not problem.resolved and [r.id for r in problem.recommendations] == [rec_id]:
                    problem.resolved = True
                    problem.resolution = f"{document_name} gives {position}, as the database does"
    session.flush()
    return flagged


def _edited(response: Response) -> bool:
    created, updated = response.created_at, response.updated_at
    return bool(created and updated and (updated - created) > dt.timedelta(seconds=1))
