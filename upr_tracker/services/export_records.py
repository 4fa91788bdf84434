"""The records every export writes: one dict per recommendation (with its terms, links,
assessments and the ids of its position history), one per response, and the reviews, milestones,
notes and import problems in scope. Recommendations and responses are read a batch at a time as
plain rows (storage.export_reads), so that 200,000 of them never sit in memory at once.

The field names are a contract with users' scripts and with the JSON import: add, never rename.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from upr_tracker.domain.implementation import (
    ImplementationLevel,
    combine,
    latest_per_source,
)
from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.domain.positions import response_stage
from upr_tracker.domain.review_calendar import parse_estimated
from upr_tracker.services.suggestion_terms import TermLookup, category_value
from upr_tracker.services.suggestions_reading import (
    ACTION_CATEGORY,
    SDG,
    THEME,
    accepted_rows,
    pending_rows,
)
from upr_tracker.storage.export_reads import (
    RecommendationBatch,
    batches,
    dashed_id,
    date_text,
    hex_id,
    moment_text,
    read_recommendation_batch,
    read_response_batch,
)
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Milestone,
    Note,
    Review,
    State,
    Term,
)


def iso(value: dt.date | dt.datetime | None) -> str | None:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(dt.UTC).isoformat()  # (a server gives its own time zone's offset)
    return value.isoformat() if value else None


def uid(value: uuid.UUID | None) -> str | None:
    return str(value) if value else None


def recorded(obj: Any) -> dict[str, str | None]:
    """When a record was created and last changed: kept across export and import, because the
    order of a position history and a recommendation's last activity follow from them."""
    return {"created_at": iso(obj.created_at), "updated_at": iso(obj.updated_at)}


def recommendation_records(session: Session, keys: Sequence[str], *, full: bool = True,
                           response_ids: dict[str, None] | None = None) -> Iterator[dict[str, Any]]:
    """One record per recommendation, in the order of `keys` (ids as 32 hexadecimal digits), read a
    batch at a time. With `full` (the JSON export), each has its assessments, links, and the ids
    of its responses in the order they were given; the ids are also added to `response_ids` (in
    the order first met), so that each response is written once, in the file's `responses`.
    Without `full` (the tables), only what a table shows."""
    sdg_names = {code: name for code, name in session.execute(
        select(Term.code, Term.name).where(Term.vocabulary == "sdgs", Term.code.is_not(None))) if code is not None}
    lookup = TermLookup.read(session)  # (suggestions are shown by their term's current name)
    for chunk in batches(keys):
        batch = read_recommendation_batch(session, chunk, full=full)
        sources = accepted_rows(session, chunk, lookup)
        pending = pending_rows(session, chunk, lookup) if full else {}
        for key in chunk:
            row = batch.rows.get(key)
            if row is not None:
                record = _record(row, batch, full, response_ids)
                yield with_suggestions(record, pending.get(key, ()), sources.get(key, {}), sdg_names, full)


def with_suggestions(record: dict[str, Any], pending: Iterable[tuple[str, str, float]],
                     sources: dict[tuple[str, str], str], sdg_names: dict[str, str], full: bool) -> dict[str, Any]:
    """The record with what was suggested: in the JSON export, `suggestions` (those waiting for a
    decision) and `value_sources` (the values that came from accepted suggestions, only when
    some did); in the tables, `accepted_suggestions` in words."""
    standing: dict[str, Any] = {}
    for (kind, value), source in sources.items():
        if kind == ACTION_CATEGORY and str(record["action_category"]) == value:
            standing[kind] = source
        elif kind == THEME and value in record["themes"]:
            standing.setdefault("themes", {})[value] = source
        elif kind == SDG and sdg_names.get(value, value) in record["sdgs"]:
            standing.setdefault("sdgs", {})[sdg_names.get(value, value)] = source
    if not full:
        words = ([f"action category {record['action_category']} ({standing[ACTION_CATEGORY]})"]
                 if ACTION_CATEGORY in standing else [])
        words += [f"theme {name} ({source})" for name, source in standing.get("themes", {}).items()]
        words += [f"SDG {name} ({source})" for name, source in standing.get("sdgs", {}).items()]
        record["accepted_suggestions"] = "; ".join(words) or None
        return record
    suggestions: dict[str, Any] = {"action_category": None, "themes": [], "sdgs": []}
    for kind, value, confidence in pending:
        if kind == ACTION_CATEGORY and suggestions["action_category"] is None:
            if category_value(value) is not None:  # (a value not 1-5, from a sync, is refused on acceptance too)
                suggestions["action_category"] = {"value": category_value(value), "confidence": round(confidence, 4)}
        elif kind in (THEME, SDG):
            suggestions[f"{kind}s"].append({"term": value, "confidence": round(confidence, 4)})
    record["suggestions"] = suggestions
    if standing:
        record["value_sources"] = standing
    return record


def _record(row: Any, batch: RecommendationBatch, full: bool, response_ids: dict[str, None] | None) -> dict[str, Any]:
    (key, review_id, iso3, cycle, wg_session, label, text, recommended_by, position, considered_implemented,
     needs_review, action_category, implementation_level, last_activity_at, source_document_id,
     source_paragraph, symbol, created_at, updated_at) = row
    key = hex_id(key)
    vocabulary_terms: dict[str, list[str]] = {"themes": [], "sdgs": [], "affected_persons": [], "ohchr_themes": []}
    for vocabulary, name in batch.terms.get(key, ()):
        vocabulary_terms.setdefault(vocabulary, []).append(name)
    # (stage, date, recorded): the order in which the positions were given (storage.derived), on
    # the text of the date and the moment (whatever objects the driver gave)
    history = sorted(batch.responses.get(key, ()),
                     key=lambda r: (response_stage(r[2]), date_text(r[3]) or "", moment_text(r[4]) or ""))
    current = history[-1] if history else None
    reasons = [r[10] for r in history if r[9] and r[10]] + batch.problems.get(key, [])
    record = {
        "id": dashed_id(key),
        "review_id": dashed_id(review_id),
        "state": iso3,
        "cycle": cycle,
        "session": wg_session,
        "label": label,
        "text": text,
        "recommending_states": batch.recommending_states.get(key, []),
        "recommended_by": recommended_by,
        "position": position,
        "considered_implemented": considered_implemented,
        "needs_review": needs_review,
        "review_reason": "; ".join(reasons) or None,
        "response_text": current[5] if current else None,
        "position_source": citation(current[6] or current[7], current[8]) if current else None,
        "themes": vocabulary_terms["themes"],
        "sdgs": vocabulary_terms["sdgs"],
        "affected_persons": vocabulary_terms["affected_persons"],
        "ohchr_themes": vocabulary_terms["ohchr_themes"],
        "action_category": action_category,
        "implementation_level": implementation_level,
        "last_activity_at": moment_text(last_activity_at),
        "source": source_citation_of(symbol, source_paragraph),
        "source_document_id": dashed_id(source_document_id),
        "source_paragraph": source_paragraph,
    }
    if full:
        response_keys = [hex_id(r[1]) for r in history]
        if response_ids is not None:
            response_ids.update(dict.fromkeys(response_keys))
        record["later_recommendation_ids"] = [dashed_id(i) for i in batch.later.get(key, ())]
        record["related"] = [
            {"state": iso3, "cycle": cycle, "label": label, "kind": kind, "status": status}
            | ({"score": score} if score is not None else {})
            for iso3, cycle, label, kind, status, score in batch.related.get(key, ())]
        record["responses"] = [dashed_id(k) for k in response_keys]
        record["assessments"] = [_assessment_record(a) for a in batch.assessments.get(key, ())]
        record["implementation_mean"] = _implementation_mean(batch.assessments.get(key, ()))
        for name in LEFT_OUT_WHEN_EMPTY:
            if not record[name]:
                del record[name]
    return record | recorded_moments(created_at, updated_at, full)


# Fields of a recommendation outside the stable list (README, "JSON export") that the JSON export
# leaves out when they are empty (null or an empty list): over 200,000 recommendations their names
# alone take megabytes. A reader takes a missing one as empty.
LEFT_OUT_WHEN_EMPTY = ("recommended_by", "ohchr_themes", "source", "source_document_id", "source_paragraph",
                       "later_recommendation_ids", "implementation_mean", "related")


def recorded_moments(created_at: Any, updated_at: Any, full: bool = True) -> dict[str, str | None]:
    """created_at, and updated_at unless (in the JSON export) it is the same moment: a reader takes
    a missing updated_at as created_at."""
    created, updated = moment_text(created_at), moment_text(updated_at)
    return {"created_at": created} if full and updated == created else {"created_at": created, "updated_at": updated}


def citation(document_name: str | None, paragraph: str | None) -> str | None:
    """`A/HRC/14/10/Add.1, para. 3`, as services.responses.source_citation writes it."""
    parts = [document_name or "", f"para. {paragraph}" if paragraph else ""]
    return ", ".join(p for p in parts if p) or None


def source_citation_of(symbol: str | None, paragraph: str | None) -> str | None:
    parts = [p for p in (symbol, f"para. {paragraph}" if paragraph else None) if p]
    return ", ".join(parts) or None


def response_records(session: Session, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The responses with these ids (32 hexadecimal digits), in that order, each written once
    with every recommendation it covers (also those outside a filtered export)."""
    for chunk in batches(ids):
        rows, covered = read_response_batch(session, chunk)
        by_id = {hex_id(row[0]): row for row in rows}
        for key in chunk:
            if key in by_id:
                yield _response_record(by_id[key], covered.get(key, []))


def _response_record(row: Any, covered: list[tuple[str, str]]) -> dict[str, Any]:
    (key, position, considered_implemented, response_text, deciding_sentence, symbol, title, document_id,
     paragraph, responded_on, needs_review, review_reason, created_at, updated_at) = row
    return {
        "id": dashed_id(key),
        "position": position,
        "considered_implemented": considered_implemented,
        "response_text": response_text,
        "deciding_sentence": deciding_sentence,
        "source": citation(symbol or title, paragraph),
        "source_document_id": dashed_id(document_id),
        "source_paragraph": paragraph,
        "responded_on": date_text(responded_on),
        "needs_review": needs_review,
        "review_reason": review_reason,
        "labels": [label or "" for _, label in covered],
        "recommendation_ids": [dashed_id(i) for i, _ in covered],
    } | recorded_moments(created_at, updated_at)


def _implementation_mean(rows: Any) -> float | None:
    """The mean score behind `implementation_level` (0 to 1), as the window and the reports show
    it: each source's latest view, by domain.implementation. None when nobody assessed."""
    combined = combine(latest_per_source(
        ((source, source_name or ""), date_text(assessed_on), moment_text(created_at), ImplementationLevel(level))
        for _, _key, source, source_name, level, assessed_on, _evidence, created_at, _updated in rows))
    return combined.mean if combined else None


def _assessment_record(row: Any) -> dict[str, Any]:
    _, key, source, source_name, level, assessed_on, evidence, created_at, updated_at = row
    return {
        "id": dashed_id(key),
        "source": source,
        "source_name": source_name,
        "level": level,
        "assessed_on": date_text(assessed_on),
        "evidence": evidence,
    } | recorded_moments(created_at, updated_at)


def review_records(session: Session, review_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    reviews = session.scalars(
        select(Review).where(Review.id.in_(review_ids)).options(selectinload(Review.documents))
        .join(State, State.id == Review.state_id).order_by(State.name, Review.cycle)
    )
    return [
        {
            "id": str(review.id), "state": review.state.iso3, "cycle": review.cycle, "session": review.session,
            "review_date": iso(review.review_date), "adopted_on": iso(review.adopted_on),
            "mid_term_on": iso(review.mid_term_on), "next_review_on": iso(review.next_review_on),
            # the dates derived from the calendar of sessions rather than given by a person
            "estimated_dates": sorted(parse_estimated(review.estimated_dates)),
            "documents": [
                {"id": str(d.id), "symbol": d.symbol, "kind": d.kind, "title": d.title, "issued_on": iso(d.issued_on),
                 "file_name": d.file_name, "file_sha256": d.file_sha256}
                # (sorted here: the engines put documents without a date first or last)
                for d in sorted(review.documents, key=lambda d: (d.issued_on is None, d.issued_on or dt.date.min,
                                                                 d.symbol or "", d.id.hex))
            ],
        }
        for review in reviews
    ]


def milestone_records(session: Session, milestone_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    """Plans before their items, then by date."""
    milestones = list(session.scalars(
        select(Milestone).where(Milestone.id.in_(milestone_ids))
        .options(selectinload(Milestone.recommendations), selectinload(Milestone.attachment),
                 selectinload(Milestone.state))
        .order_by(Milestone.plan_id.is_not(None), Milestone.occurred_on.is_(None), Milestone.occurred_on,
                  Milestone.item_number.is_(None), Milestone.item_number, Milestone.title, Milestone.id)
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
            # The end to its precision ("2012" for a plan of 2009–2012), and the due date.
            "ends": _partial_end(m), "due_on": iso(m.due_on),
            "source_citation": m.source_citation, "source_url": m.source_url, "plan_id": uid(m.plan_id),
            "item_number": m.item_number,
            "recommendation_ids": [str(r.id) for r in m.recommendations],
            "recommendation_labels": [r.label or "" for r in m.recommendations],
            "attachment": attachment,
        } | recorded(m))
    return records


def _partial_end(milestone: Milestone) -> str | None:
    if milestone.ends_on is None:
        return None
    return PartialDate(milestone.ends_on, DatePrecision(milestone.ends_precision or "day")).iso()


def _partial_date(milestone: Milestone) -> str | None:
    if milestone.occurred_on is None:
        return None
    if milestone.date_precision == "year":
        return f"{milestone.occurred_on.year:04d}"
    if milestone.date_precision == "month":
        return f"{milestone.occurred_on.year:04d}-{milestone.occurred_on.month:02d}"
    return milestone.occurred_on.isoformat()


def milestone_ids_in_scope(session: Session, state_ids: set[uuid.UUID] | None) -> set[uuid.UUID]:
    """The milestones of the States in scope, or (no State given) all of them. Not only those linked
    to the exported recommendations: a plan item linked to nothing yet, or a milestone linked only to
    recommendations another filter leaves out, is still part of the record (the import links each
    to the recommendations it has)."""
    query = select(Milestone.id)
    if state_ids is not None:
        query = query.where(Milestone.state_id.in_(state_ids))
    found = set(session.scalars(query))
    # An item's plan always goes with it (it is of the same State, so already there: kept for safety).
    found |= {i for i in session.scalars(select(Milestone.plan_id).where(Milestone.id.in_(found))) if i}
    return found


def note_records(session: Session, recommendation_keys: set[str], milestone_ids: set[uuid.UUID],
                 review_ids: set[uuid.UUID], include_confidential: bool,
                 include_kept: bool = True) -> list[dict[str, Any]]:
    """The notes of the exported recommendations (ids as 32 hexadecimal digits), milestones and reviews;
    `include_kept=False` leaves out the notes kept on this laptop (an export to hand to others)."""
    query = select(Note).options(selectinload(Note.tags)).order_by(Note.written_at, Note.id)
    if not include_confidential:
        query = query.where(Note.confidential.is_(False))
    if not include_kept:
        query = query.where(Note.kept_on_laptop.is_(False))
    query = query.where(or_(Note.milestone_id.in_(milestone_ids), Note.review_id.in_(review_ids),
                            Note.recommendation_id.is_not(None)))
    return [
        {
            "id": str(n.id), "author": n.author, "written_at": iso(n.written_at), "body": n.body,
            "confidential": n.confidential, "tags": [t.tag for t in n.tags],
            "recommendation_id": uid(n.recommendation_id), "milestone_id": uid(n.milestone_id),
            "review_id": uid(n.review_id),
        } | ({"event_on": iso(n.event_on)} if n.event_on else {})
        # (marked only when kept: the exports of notes shared with the team stay as they were)
        | ({"kept_on_laptop": True} if n.kept_on_laptop else {}) | recorded(n)
        for n in session.scalars(query)
        if n.recommendation_id is None or n.recommendation_id.hex in recommendation_keys
    ]


def import_problem_records(session: Session, review_ids: set[uuid.UUID]) -> list[dict[str, Any]]:
    problems = session.scalars(
        select(ImportProblem).join(Document, Document.id == ImportProblem.document_id)
        .where(Document.review_id.in_(review_ids)).options(selectinload(ImportProblem.recommendations))
        .order_by(ImportProblem.created_at, ImportProblem.id)
    )
    return [
        {
            "id": str(p.id), "document_id": str(p.document_id), "kind": p.kind, "labels": p.labels, "line": p.line,
            "excerpt": p.excerpt, "message": p.message, "resolved": p.resolved, "resolution": p.resolution,
            "recommendation_ids": [str(r.id) for r in p.recommendations],
        }
        for p in problems
    ]
