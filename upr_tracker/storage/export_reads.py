"""What the exports read, as plain rows in batches: SQLAlchemy Core, no ORM objects.

An export of the whole UPR reads 200,000 recommendations with their States, terms and position
histories. Loaded as ORM objects (and a response object per recommendation it covers) that took
minutes; as plain rows, read for a batch of recommendations at a time with one query per table,
it takes seconds and the memory stays that of one batch.

Ids, moments and dates come back as text where the driver keeps them as text (SQLite): turning
each into a Python object only to write it out again as text would cost more than the query.
`hex_id`, `moment_text` and `date_text` accept either form, so that another database, whose
driver returns objects, gives the same output.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from upr_tracker.storage.models import (
    Assessment,
    Document,
    ImportProblem,
    Recommendation,
    RecommendationLink,
    Response,
    Review,
    State,
    Term,
    import_problem_recommendation,
    recommendation_term,
    recommending_state,
    response_recommendation,
)

# Recommendations read per batch: a query's IN list stays under every database's limit on
# parameters, and the rows of one batch are all that sit in memory.
BATCH = 2_000


def as_text(column: Any) -> Any:
    """The column as the database stores it, without the Python object SQLAlchemy would make of it."""
    return type_coerce(column, String)


@overload
def hex_id(value: None) -> None: ...
@overload
def hex_id(value: uuid.UUID | str) -> str: ...
def hex_id(value: uuid.UUID | str | None) -> str | None:
    """An id as 32 hexadecimal digits, whether the driver gave text or a UUID."""
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return value.hex
    return value.replace("-", "") if len(value) != 32 else value


def dashed_id(value: Any) -> str | None:
    """An id as written in files: 8-4-4-4-12 hexadecimal digits."""
    if value is None:
        return None
    if isinstance(value, uuid.UUID):
        return str(value)
    if len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    written: str = value
    return written


def moment_text(value: Any) -> str | None:
    """A stored moment (UTC) in ISO 8601 with its offset: `2026-12-06T08:49:37.777794+00:00`."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        # As SQLite stores it (always six digits of microseconds), in UTC whatever the server's time
        # zone: the same moment reads the same from either engine.
        aware = value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.isoformat(timespec="microseconds")
    text: str = value.replace(" ", "T", 1)
    return text if text.endswith(("+00:00", "Z")) else text + "+00:00"


def date_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    written: str = value
    return written


@dataclass
class RecommendationBatch:
    """One batch of recommendations and what hangs from each, by recommendation id (hex)."""

    rows: dict[str, Any]
    recommending_states: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    terms: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    # (stage-sortable row) per recommendation, unsorted; see ResponseRow
    responses: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    problems: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    assessments: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    later: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # (State ISO3, cycle, label, kind, status, score) of each recommendation linked to it, suggested
    # or confirmed, either way.
    related: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))


def among(session: Session, column: Any, keys: Sequence[str]) -> Any:
    """`column IN keys` for ids given as 32 hexadecimal digits: compared as stored, as text, where the
    database has no UUID type (SQLAlchemy then stores them so), as UUIDs where it has one."""
    if session.get_bind().dialect.supports_native_uuid:
        return column.in_([uuid.UUID(hex=key) for key in keys])
    return as_text(column).in_(keys)


def read_recommendation_batch(session: Session, keys: Sequence[str], *, full: bool) -> RecommendationBatch:
    """The recommendations with these ids, their recommending States (by name), terms (by name),
    position histories and unresolved import problems; with `full`, their assessments (oldest
    first) and the ids of the later recommendations they are linked to."""
    connection = session.connection()  # Core rows: the ORM's per-row work is not needed here

    def run(query: Any) -> Sequence[Any]:
        return connection.execute(query).all()

    r = Recommendation
    main = (
        select(as_text(r.id), as_text(r.review_id), State.iso3, Review.cycle, Review.session, r.label, r.text,
               r.recommended_by, r.current_position, r.considered_implemented, r.needs_review,
               r.action_category, r.implementation_level, as_text(r.last_activity_at),
               as_text(r.source_document_id), r.source_paragraph, Document.symbol,
               as_text(r.created_at), as_text(r.updated_at))
        .join(Review, Review.id == r.review_id)
        .join(State, State.id == Review.state_id)
        .outerjoin(Document, Document.id == r.source_document_id)
        .where(among(session, r.id, keys))
    )
    batch = RecommendationBatch(rows={hex_id(row[0]): row for row in run(main)})
    rec = as_text(recommending_state.c.recommendation_id)
    for key, name in run(
            select(rec, State.name).join(State, State.id == recommending_state.c.state_id)
            .where(among(session, recommending_state.c.recommendation_id, keys)).order_by(State.name)):
        batch.recommending_states[hex_id(key)].append(name)
    rec = as_text(recommendation_term.c.recommendation_id)
    for key, vocabulary, name in run(
            select(rec, Term.vocabulary, Term.name).join(Term, Term.id == recommendation_term.c.term_id)
            .where(among(session, recommendation_term.c.recommendation_id, keys)).order_by(Term.name)):
        batch.terms[hex_id(key)].append((vocabulary, name))
    rec = as_text(response_recommendation.c.recommendation_id)
    for row in run(
            select(rec, as_text(Response.id), Document.kind, as_text(Response.responded_on),
                   as_text(Response.created_at), Response.response_text, Document.symbol, Document.title,
                   Response.source_paragraph, Response.needs_review, Response.review_reason)
            .join(Response, Response.id == response_recommendation.c.response_id)
            .outerjoin(Document, Document.id == Response.source_document_id)
            .where(among(session, response_recommendation.c.recommendation_id, keys))):
        batch.responses[hex_id(row[0])].append(row)
    rec = as_text(import_problem_recommendation.c.recommendation_id)
    for key, message in run(
            select(rec, ImportProblem.message)
            .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
            .where(among(session, import_problem_recommendation.c.recommendation_id, keys),
                   ImportProblem.resolved.is_(False))
            .order_by(ImportProblem.created_at)):
        batch.problems[hex_id(key)].append(message)
    if full:
        a = Assessment
        for row in run(
                select(as_text(a.recommendation_id), as_text(a.id), a.source, a.source_name, a.level,
                       as_text(a.assessed_on), a.evidence, as_text(a.created_at), as_text(a.updated_at))
                .where(among(session, a.recommendation_id, keys)).order_by(a.assessed_on, a.created_at)):
            batch.assessments[hex_id(row[0])].append(row)
        link = RecommendationLink
        for earlier, later in run(
                select(as_text(link.earlier_id), as_text(link.later_id))
                .where(among(session, link.earlier_id, keys), link.status == "confirmed")):
            batch.later[hex_id(earlier)].append(hex_id(later))
        for own_column, other_column in ((link.earlier_id, link.later_id), (link.later_id, link.earlier_id)):
            # The links first, then what they point to, by id: in one join, a planner without statistics
            # of a (still empty) link table walks every recommendation for each batch.
            links = run(select(as_text(own_column), as_text(other_column), link.kind, link.status, link.score)
                        .where(among(session, own_column, keys), link.status != "rejected"))
            if not links:
                continue
            others = {hex_id(row[0]): tuple(row[1:]) for row in run(
                select(as_text(Recommendation.id), State.iso3, Review.cycle, Recommendation.label,
                       Recommendation.label_sort)
                .join(Review, Review.id == Recommendation.review_id).join(State, State.id == Review.state_id)
                .where(among(session, Recommendation.id, sorted({hex_id(row[1]) for row in links}))))}
            found = [(hex_id(own), others[hex_id(to)], kind, status, score)
                     for own, to, kind, status, score in links if hex_id(to) in others]
            found.sort(key=lambda row: (row[1][1], row[1][3] or "", row[1][0], row[1][2]))  # cycle, label order
            for own, (iso3, cycle, label, _order), kind, status, score in found:
                batch.related[own].append((iso3, cycle, label, kind, status, score))
    return batch


def read_response_batch(session: Session, keys: Sequence[str]) -> tuple[list[Any], dict[str, list[tuple[str, str]]]]:
    """The responses with these ids (in no particular order), with their source document's symbol
    and title; and for each, the (id, label) of every recommendation it covers, by label."""
    connection = session.connection()

    def run(query: Any) -> Sequence[Any]:
        return connection.execute(query).all()

    rows = list(run(
        select(as_text(Response.id), Response.position, Response.considered_implemented, Response.response_text,
               Response.deciding_sentence, Document.symbol, Document.title, as_text(Response.source_document_id),
               Response.source_paragraph, as_text(Response.responded_on), Response.needs_review,
               Response.review_reason, as_text(Response.created_at), as_text(Response.updated_at))
        .outerjoin(Document, Document.id == Response.source_document_id)
        .where(among(session, Response.id, keys))))
    covered: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for response_id, rec_id, label in run(
            select(as_text(response_recommendation.c.response_id), as_text(Recommendation.id), Recommendation.label)
            .join(Recommendation, Recommendation.id == response_recommendation.c.recommendation_id)
            .where(among(session, response_recommendation.c.response_id, keys))
            .order_by(Recommendation.label_sort)):
        covered[hex_id(response_id)].append((hex_id(rec_id), label))
    return rows, covered


def batches(keys: Sequence[str] | Iterable[str], size: int = BATCH) -> Iterable[list[str]]:
    chunk: list[str] = []
    for key in keys:
        chunk.append(key)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
