"""What a database has already of the records a JSON export names, looked up a batch of ids per
statement: a big export names tens of thousands of records, and a query per record would cost
more than the writing."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Milestone,
    RecommendationLink,
    Response,
    response_recommendation,
)

# Ids looked up per statement.
BATCH = 2_000


class ResponseHere(NamedTuple):
    """A response this database has, as the import compares it with a response of the file."""

    id: uuid.UUID
    source_document_id: uuid.UUID | None
    position: str | None


class DocumentHere(NamedTuple):
    """A document this database has, as the import compares it with a document of the file."""

    id: uuid.UUID
    symbol: str | None
    file_sha256: str | None
    kind: str


def _batches(ids: Iterable[Any]) -> Iterable[list[Any]]:
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), BATCH):
        yield wanted[start:start + BATCH]


def existing(session: Session, table: Table, ids: Iterable[uuid.UUID], *columns: Any) -> dict[uuid.UUID, Any]:
    """Which of these ids the table has, with the values of `columns` for each."""
    found: dict[uuid.UUID, Any] = {}
    for batch in _batches(ids):
        for row in session.execute(select(table.c.id, *columns).where(table.c.id.in_(batch))):
            found[row[0]] = tuple(row[1:])
    return found


def linked(session: Session, owner: Column[Any], other: Column[Any],
           owner_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, set[uuid.UUID]]:
    """The links an association table has from each of these owners (a response, a milestone):
    owner id -> the ids it links to; an owner with none gets an empty set."""
    found: dict[uuid.UUID, set[uuid.UUID]] = {}
    for batch in _batches(owner_ids):
        found |= {i: set() for i in batch}
        for owner_id, other_id in session.execute(select(owner, other).where(owner.in_(batch))):
            found[owner_id].add(other_id)
    return found


def responses_covering(session: Session, recommendation_ids: Iterable[uuid.UUID]
                       ) -> dict[uuid.UUID, list[ResponseHere]]:
    """The responses covering each of these recommendations."""
    found: dict[uuid.UUID, list[ResponseHere]] = defaultdict(list)
    link = response_recommendation.c
    for batch in _batches(recommendation_ids):
        for rec_id, response_id, document_id, position in session.execute(
                select(link.recommendation_id, Response.id, Response.source_document_id, Response.position)
                .join(Response, Response.id == link.response_id).where(link.recommendation_id.in_(batch))
                .order_by(Response.created_at)):
            found[rec_id].append(ResponseHere(response_id, document_id, position))
    return found


def recommendation_links(session: Session, earlier_ids: Iterable[uuid.UUID]) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """The (earlier, later) pairs of "recommended again" links from these recommendations."""
    found: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for batch in _batches(earlier_ids):
        found.update((earlier, later) for earlier, later in session.execute(
            select(RecommendationLink.earlier_id, RecommendationLink.later_id)
            .where(RecommendationLink.earlier_id.in_(batch))))
    return found


ProblemKey = tuple[uuid.UUID, str, str | None, int | None, str]


def problems_by_key(session: Session, document_ids: Iterable[uuid.UUID]) -> dict[ProblemKey, uuid.UUID]:
    """The import problems of these documents by what makes two the same (document, kind, labels,
    line, message): the oldest of each."""
    found: dict[ProblemKey, uuid.UUID] = {}
    p = ImportProblem
    for batch in _batches(document_ids):
        for problem_id, *key in session.execute(
                select(p.id, p.document_id, p.kind, p.labels, p.line, p.message)
                .where(p.document_id.in_(batch)).order_by(p.created_at)):
            found.setdefault(tuple(key), problem_id)  # type: ignore[arg-type]
    return found


MilestoneKey = tuple[uuid.UUID, str, str, uuid.UUID | None, dt.date | None, str]


def milestones_by_key(session: Session, state_ids: Iterable[uuid.UUID]) -> dict[MilestoneKey, uuid.UUID]:
    """The milestones of these States by what makes two the same event (State, kind, title, plan,
    date and its precision): the oldest of each."""
    found: dict[MilestoneKey, uuid.UUID] = {}
    m = Milestone
    for batch in _batches(state_ids):
        for milestone_id, *key in session.execute(
                select(m.id, m.state_id, m.kind, m.title, m.plan_id, m.occurred_on, m.date_precision)
                .where(m.state_id.in_(batch)).order_by(m.created_at)):
            found.setdefault(tuple(key), milestone_id)  # type: ignore[arg-type]
    return found


def loaded(session: Session, model: type[Any], ids: Iterable[uuid.UUID]) -> list[Any]:
    """These records as ORM objects, loaded a batch at a time: `session.get` then finds them
    without a query as long as the list is kept."""
    found: list[Any] = []
    for batch in _batches(ids):
        found += session.scalars(select(model).where(model.id.in_(batch)))
    return found


def documents_by_review(session: Session, review_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[DocumentHere]]:
    """The documents of these reviews, the oldest first."""
    found: dict[uuid.UUID, list[DocumentHere]] = defaultdict(list)
    d = Document
    for batch in _batches(review_ids):
        for review_id, document_id, symbol, file_sha256, kind in session.execute(
                select(d.review_id, d.id, d.symbol, d.file_sha256, d.kind)
                .where(d.review_id.in_(batch)).order_by(d.created_at)):
            if review_id is not None:   # (the query asks for these reviews' documents)
                found[review_id].append(DocumentHere(document_id, symbol, file_sha256, kind))
    return found
