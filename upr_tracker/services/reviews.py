"""Reviews (one State, one cycle) and their documents."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_tracker.domain.cycles import check_cycle, check_review_year, check_session_in_cycle
from upr_tracker.domain.documents import DocumentKind, kind_of_symbol, normalise_symbol
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.review_dates import fill_estimated_dates
from upr_tracker.services.states import resolve_state
from upr_tracker.services.values import DocumentInfo, ReviewSummary
from upr_tracker.services.records import fetch
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Document, Recommendation, Review, State



def find_or_create_review(
    session: Session, state: State, cycle: int, wg_session: int | None = None, review_date: dt.date | None = None
) -> Review:
    check_cycle(cycle)
    check_session_in_cycle(cycle, wg_session)
    review = session.scalar(select(Review).where(Review.state_id == state.id, Review.cycle == cycle))
    if review is None:
        review = Review(state=state, cycle=cycle, session=wg_session, review_date=review_date)
        session.add(review)
    else:
        if wg_session is not None and review.session is None:
            review.session = wg_session
        if review_date is not None and review.review_date is None:
            review.review_date = review_date
    fill_estimated_dates(review)
    session.flush()
    return review


def create_review(
    db: Database, state: str, cycle: int, wg_session: int | None = None, review_date: dt.date | None = None
) -> uuid.UUID:
    """The review of `state` (code or name) in `cycle`, created if it does not exist yet."""
    with db.write() as session:
        return find_or_create_review(session, resolve_state(session, state), cycle, wg_session, review_date).id


# The cycles held so far and the next one: a review entered by hand belongs to one of them.
CYCLES_BY_HAND = range(1, 6)


def add_review(
    db: Database, state: str, cycle: int, wg_session: int | None, review_date: dt.date | None = None
) -> ReviewSummary:
    """A review entered by hand (the State under review, the cycle, the Working Group session and
    the day of the review). A State has one review a cycle: a second one is refused, naming the first."""
    if cycle not in CYCLES_BY_HAND:
        raise InvalidValueError(f"cycle: {cycle} is not a UPR cycle ({CYCLES_BY_HAND[0]} to {CYCLES_BY_HAND[-1]})")
    if wg_session is None or wg_session < 1:
        raise InvalidValueError("session: give the Working Group session of the review (a number, e.g. 7 or 45)")
    check_session_in_cycle(cycle, wg_session)
    if review_date is not None:
        check_review_year(cycle, review_date.year)
    with db.write() as session:
        found = resolve_state(session, state)
        existing = session.scalar(select(Review).where(Review.state_id == found.id, Review.cycle == cycle))
        if existing is not None:
            held = ", ".join(filter(None, [f"session {existing.session}" if existing.session else None,
                                           existing.review_date.isoformat() if existing.review_date else None]))
            raise InvalidValueError(f"review: {found.name} already has its cycle {cycle} review"
                                    + (f" ({held})" if held else "") + "; a State is reviewed once a cycle")
        review = Review(state=found, cycle=cycle, session=wg_session, review_date=review_date)
        session.add(review)
        session.flush()
        return _summaries(session, [review])[0]


def find_review(db: Database, state: str, cycle: int) -> ReviewSummary:
    """The review of `state` (code or name) in `cycle`; NotFoundError naming the State's reviews."""
    with db.read() as session:
        found = resolve_state(session, state)
        reviews = list(session.scalars(select(Review).where(Review.state_id == found.id).order_by(Review.cycle)))
        wanted = [r for r in reviews if r.cycle == cycle]
        if not wanted:
            held = ", ".join(str(r.cycle) for r in reviews)
            known = f" (it has reviews of cycle {held})" if held else " (it has none yet)"
            raise NotFoundError(f"review: {found.name} has no review in cycle {cycle}{known}; add the review first")
        return _summaries(session, wanted)[0]


def _summaries(session: Session, reviews: list[Review]) -> list[ReviewSummary]:
    ids = [r.id for r in reviews]
    counts: dict[uuid.UUID, dict[str, int]] = {i: {} for i in ids}
    if ids:
        rows = session.execute(
            select(Recommendation.review_id, Recommendation.current_position, func.count())
            .where(Recommendation.review_id.in_(ids))
            .group_by(Recommendation.review_id, Recommendation.current_position)
        )
        for review_id, position, count in rows:
            counts[review_id][position or "none"] = count
    return [
        ReviewSummary(
            id=r.id,
            state_iso3=r.state.iso3,
            state_name=r.state.name,
            cycle=r.cycle,
            session=r.session,
            review_date=r.review_date,
            recommendation_count=sum(counts[r.id].values()),
            count_by_position=counts[r.id],
        )
        for r in reviews
    ]


def list_reviews(db: Database, state: str | None = None, cycle: int | None = None) -> list[ReviewSummary]:
    """Reviews with their recommendation counts, by State name then cycle."""
    with db.read() as session:
        query = select(Review).join(Review.state).order_by(State.name, Review.cycle)
        if state:
            query = query.where(Review.state_id == resolve_state(session, state).id)
        if cycle:
            query = query.where(Review.cycle == cycle)
        return _summaries(session, list(session.scalars(query)))


def review_summary(db: Database, review_id: uuid.UUID) -> ReviewSummary:
    with db.read() as session:
        return _summaries(session, [fetch(session, Review, review_id)])[0]


def document_info(document: Document) -> DocumentInfo:
    return DocumentInfo(document.id, document.review_id, document.symbol, document.kind, document.title,
                        document.issued_on)


def add_document(
    db: Database,
    review_id: uuid.UUID,
    symbol: str | None,
    kind: str | None = None,
    title: str | None = None,
    issued_on: dt.date | None = None,
) -> uuid.UUID:
    """Record a document of a review; the same symbol twice is the same document."""
    with db.write() as session:
        fetch(session, Review, review_id)
        return find_or_add_document(session, review_id, symbol, kind, title, issued_on).id


def find_or_add_document(
    session: Session,
    review_id: uuid.UUID,
    symbol: str | None,
    kind: str | None = None,
    title: str | None = None,
    issued_on: dt.date | None = None,
) -> Document:
    symbol = normalise_symbol(symbol) if symbol else None
    try:
        document_kind = DocumentKind(kind) if kind else (kind_of_symbol(symbol) if symbol else DocumentKind.OTHER)
    except ValueError:
        allowed = ", ".join(k.value for k in DocumentKind)
        raise InvalidValueError(f"document kind: {kind!r} is not one of {allowed}") from None
    if symbol:
        existing = session.scalar(select(Document).where(Document.review_id == review_id, Document.symbol == symbol))
        if existing is not None:
            return existing
    document = Document(review_id=review_id, symbol=symbol, kind=document_kind.value, title=title, issued_on=issued_on)
    session.add(document)
    session.flush()
    return document


def list_documents(db: Database, review_id: uuid.UUID) -> list[DocumentInfo]:
    with db.read() as session:
        return [document_info(d) for d in fetch(session, Review, review_id).documents]
