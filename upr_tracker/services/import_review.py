"""Reviewing an import: a preview before anything is written, then the problems the importer kept.

A preview is a dry run of the real importer (everything it would do, rolled back). The problems
(`ImportProblem`) are listed as plain values beside the source text the importer stored, and a
person settles each one: accepts the reading, corrects a position, assigns a text that lost its
numbers to the labels it answers, splits a text that answers two groups, or resolves it with a
note. Each of these is one unit of work; it refreshes the recommendations' derived columns, so
that "needs review" clears once nothing about them is left open.

Texts are taken from the document's stored text by line (the line numbers the parsers report),
so what is recorded is what the person saw.
"""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.cycles import cycle_of_session
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.positions import Position, parse_position
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.parsing.datasets import detect_dataset_format
from upr_tracker.parsing.label_ranges import parse_label_list
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.parsing.position_classifier import (
    classify_response,
    position_statements,
)
from upr_tracker.parsing.tables import read_table
from upr_tracker.parsing.text_encoding import EncodingUsed
from upr_tracker.services.dataset_import import (
    OWN_EXPORT_MAPPING,
    DatasetImportReport,
    import_dataset,
)
from upr_tracker.services.document_import import ImportReport, import_document
from upr_tracker.services.document_reading import DocumentText, ImportKind
from upr_tracker.services.problem_source_text import (
    document_name,
    joined_text,
    lines_of,
    locate,
    span_from,
    text_span,
)
from upr_tracker.services.problem_source_text import source_lines as source_lines
from upr_tracker.services.problem_values import KIND_TITLES as KIND_TITLES
from upr_tracker.services.problem_values import ProblemInfo as ProblemInfo
from upr_tracker.services.problem_values import SourceLine as SourceLine
from upr_tracker.services.problem_values import TextReading as TextReading
from upr_tracker.services.problem_values import compact_labels as compact_labels
from upr_tracker.services.problem_values import kind_title as kind_title
from upr_tracker.services.problem_values import read_lines as read_lines
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.records import fetch
from upr_tracker.services.responses import response_info
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Recommendation,
    Response,
    response_recommendation,
)

# Lines of source text shown before and after the lines a problem concerns.
CONTEXT_LINES = 4
# The most lines of source text a problem carries (a very long response is cut after this).
MAX_CONTEXT_LINES = 160


# --------------------------------------------------------------------------------------------
# Previews


def preview_document(
    db: Database,
    path: Path | str,
    *,
    kind: ImportKind | str = "auto",
    state: str | None = None,
    cycle: int | None = None,
    progress: ProgressReporter = NO_PROGRESS,
    encoding: str | None = None,
) -> ImportReport:
    """What importing the document would do (created, updated, positions, problems); nothing is
    written. Raises what the import would raise (CycleNeededError when the cycle must be given)."""
    return import_document(db, path, kind=kind, state=state, cycle=cycle, dry_run=True, progress=progress,
                           encoding=encoding)


def preview_dataset(
    db: Database,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressReporter = NO_PROGRESS,
    encoding: str | None = None,
) -> DatasetImportReport:
    """What importing the table would do; rows that cannot be imported are listed in `bad_rows`
    (the real import refuses them unless told to skip them). Nothing is written."""
    return import_dataset(db, path, mapping=mapping, skip_bad_rows=True, dry_run=True, progress=progress,
                          encoding=encoding)


@dataclass(frozen=True)
class DetectedDocument:
    """What a document says about itself, read without the database."""

    file: str
    kind: str                # an ImportKind value (never "auto")
    symbol: str | None
    state_name: str | None
    cycle: int | None
    session: int | None
    title: str | None
    encoding: EncodingUsed | None = None   # the encoding a text file was read in


def detect_document(path: Path | str, kind: ImportKind | str = "auto", *,
                    encoding: str | None = None) -> DetectedDocument:
    """Read a document and say what it is (kind, symbol, State, cycle, session), without the
    database: what the import dialog shows when the import itself needs more (the cycle)."""
    document = DocumentText(Path(path), ImportKind(kind), encoding=encoding)
    identity = document.parse().identity
    cycle = identity.cycle
    if cycle is None and identity.session:
        cycle = cycle_of_session(identity.session)
    return DetectedDocument(Path(path).name, document.kind.value, identity.symbol, identity.state_name, cycle,
                            identity.session, identity.title, document.encoding)


@dataclass(frozen=True)
class TableColumns:
    """The header of a table file and the format it is recognised as (None: it needs a mapping)."""

    file: str
    columns: tuple[str, ...]
    format: str | None  # "uprinfo", "uhri", "upr-tracker" or None
    encoding: EncodingUsed | None = None   # the encoding a CSV file was read in


def table_columns(path: Path | str, *, encoding: str | None = None) -> TableColumns:
    """Read only the header of a CSV/XLSX/XLS file (for the column-mapping panel)."""
    table = read_table(Path(path), encoding=encoding)
    found = detect_dataset_format(table.header)
    if found is None and set(OWN_EXPORT_MAPPING.values()) <= set(table.header):
        found = "upr-tracker"
    return TableColumns(Path(path).name, tuple(table.header), found, table.encoding)


def list_problems(
    db: Database,
    *,
    review_id: uuid.UUID | None = None,
    document_id: uuid.UUID | None = None,
    unresolved_only: bool = True,
) -> list[ProblemInfo]:
    """The import problems (of a review, of a document, or all), by document and line."""
    with db.read() as session:
        query = select(ImportProblem).join(Document, Document.id == ImportProblem.document_id)
        if review_id is not None:
            query = query.where(Document.review_id == review_id)
        if document_id is not None:
            query = query.where(ImportProblem.document_id == document_id)
        if unresolved_only:
            query = query.where(ImportProblem.resolved.is_(False))
        problems = list(session.scalars(query))
        texts: dict[uuid.UUID, list[str]] = {}
        infos = [_problem_info(session, problem, texts) for problem in problems]
    return sorted(infos, key=lambda p: (p.review_title, p.document, p.line if p.line is not None else 10**9,
                                        p.kind, tuple(label_sort_key(label) for label in p.labels)))


def problem_info(db: Database, problem_id: uuid.UUID) -> ProblemInfo:
    with db.read() as session:
        return _problem_info(session, fetch(session, ImportProblem, problem_id), {})


def assignable_labels(db: Database, problem_id: uuid.UUID) -> list[str]:
    """The labels a problem's text may be assigned to: the review's recommendations, and labels
    the document's open problems name that have no recommendation yet (an addendum read before
    its report knows some numbers only as "no response")."""
    with db.read() as session:
        problem = fetch(session, ImportProblem, problem_id)
        labels = set(_review_labels(session, problem.document.review_id))
        labels |= _labels_named_by_open_problems(session, problem.document_id)
        return sorted(labels, key=label_sort_key)


def labels_without_response(db: Database, problem_id: uuid.UUID) -> list[str]:
    """The labels the problem's document leaves unanswered, as its open "no response" problems
    name them: the likeliest owners of a text that lost its numbers."""
    with db.read() as session:
        problem = fetch(session, ImportProblem, problem_id)
        labels: set[str] = set()
        for written in session.scalars(select(ImportProblem.labels).where(
                ImportProblem.document_id == problem.document_id, ImportProblem.resolved.is_(False),
                ImportProblem.kind == ProblemKind.NO_RESPONSE.value)):
            labels.update(_split_labels(written))
        return sorted(labels, key=label_sort_key)


# --------------------------------------------------------------------------------------------
# Settling problems


def resolve_problem(db: Database, problem_id: uuid.UUID, resolution: str) -> None:
    """Mark the problem resolved with a note saying how (checked against the printed document,
    left as it is…). The review flags of the responses it concerns are cleared with it."""
    note = " ".join(resolution.split())
    if not note:
        raise InvalidValueError("resolution: say how the problem was resolved")
    with db.write() as session:
        problem = _open_problem(session, problem_id)
        touched = _close(session, problem, note)
        refresh_recommendations(session, touched)


def accept_position(db: Database, problem_id: uuid.UUID) -> None:
    """The import read it right (the suggestion it applied, the position it read): resolve."""
    with db.write() as session:
        problem = _open_problem(session, problem_id)
        unread = [r for r in _responses_concerned(session, problem) if r.position is None]
        if unread:
            labels = ", ".join(_labels_of(unread[0]))
            raise InvalidValueError(
                f"no position was read for {labels}, so there is none to accept: correct the position"
                + (" or split the text" if problem.kind == ProblemKind.MERGED_GROUPS.value else "")
            )
        touched = _close(session, problem, "Accepted as read.")
        refresh_recommendations(session, touched)


def correct_problem_position(
    db: Database,
    problem_id: uuid.UUID,
    position: str,
    *,
    labels: Sequence[str] | None = None,
) -> None:
    """Correct the position the document's responses give to the problem's recommendations (or
    to `labels` among them), then resolve the problem.

    As `responses.correct_position` does, in one unit of work with the problem: a response of
    the document that covers only recommendations being corrected is corrected in place; one that
    also covers others keeps them, and the corrected ones get their own copy of it; a
    recommendation the document gave no response gets one from the document with this position.
    """
    reading = parse_position(position)
    if reading.position is None:
        raise InvalidValueError(f"position: {position!r} gives no position; choose supported, noted, "
                                "partially supported or pending")
    with db.write() as session:
        problem = _open_problem(session, problem_id)
        document = problem.document
        if labels is not None:
            targets = _recommendations_for(session, problem, labels)
        else:
            targets = list(problem.recommendations) or _recommendations_for(session, problem, _split_labels(problem.labels))
        if not targets:
            raise InvalidValueError("this problem names no recommendation: choose the labels to correct")
        target_ids = {r.id for r in targets}
        touched = set(target_ids)
        answered: set[uuid.UUID] = set()
        for response in _document_responses(session, document.id, target_ids):
            covered = {r.id for r in response.recommendations}
            touched |= covered
            chosen = [r for r in response.recommendations if r.id in target_ids]
            answered |= {r.id for r in chosen}
            if covered <= target_ids:
                _set_position(response, reading.position, reading.considered_implemented)
            else:
                copy = _copy_response(response, chosen)
                _set_position(copy, reading.position, reading.considered_implemented)
                response.recommendations = [r for r in response.recommendations if r.id not in target_ids]
                session.add(copy)
        for recommendation in targets:
            if recommendation.id not in answered:
                session.add(Response(
                    review_id=recommendation.review_id, position=reading.position.value,
                    considered_implemented=reading.considered_implemented, source_document_id=document.id,
                    responded_on=document.issued_on, recommendations=[recommendation],
                ))
        session.flush()
        written = ", ".join(_sorted_labels(targets))
        note = f"Position corrected to {_position_words(reading.position, reading.considered_implemented)} for {written}."
        touched |= _close(session, problem, note)
        touched |= _settle_unanswered(session, document, f"Answered by hand: {note}")
        refresh_recommendations(session, touched)


def assign_text(
    db: Database,
    problem_id: uuid.UUID,
    labels: Sequence[str],
    position: str | None = None,
    *,
    last_line: int | None = None,
) -> uuid.UUID:
    """Record a text that lost its numbers as the response of `labels` (the review's labels; a
    bare number is matched to the review's full label), from the problem's document, with the
    position given or, if None, the one its words state; then resolve the problem.

    The text runs from the problem's line to the next group of numbers (or to `last_line`). A
    response the import made of the same text (an applied suggestion) is replaced; a
    recommendation it answered that is not among `labels` gets a "no response" problem, since
    nothing answers it any more. Returns the new response's id.
    """
    with db.write() as session:
        problem = _open_problem(session, problem_id)
        if problem.kind not in (ProblemKind.ORPHAN_TEXT.value, ProblemKind.SUGGESTION_APPLIED.value):
            raise InvalidValueError(f"only a text without numbers can be assigned to recommendations, not a "
                                    f"problem of the kind “{kind_title(problem.kind)}”")
        document = problem.document
        lines = lines_of(document)
        replaced = _replaceable_responses(session, problem, lines)
        first, last = text_span(problem, lines, replaced)
        if last_line is not None:
            if not first <= last_line <= len(lines):
                raise InvalidValueError(f"last line: the text starts at line {first}; give a line from {first} to "
                                        f"{len(lines)}")
            last = last_line
        text = joined_text(lines, first, last)
        if not text:
            raise InvalidValueError(f"lines {first}–{last} of {document_name(document)} hold no text")
        recommendations = _recommendations_for(session, problem, labels)
        if not recommendations:
            raise InvalidValueError("choose the labels the text answers")
        chosen, implemented, sentence = _reading(text, position, f"the text of lines {first}–{last}")
        paragraph = replaced[0].source_paragraph if replaced else None
        touched = {r.id for r in recommendations}
        left_out = _replace(session, replaced, {r.id for r in recommendations}, touched)
        response = _new_response(recommendations, document, chosen, implemented, sentence, text, paragraph)
        session.add(response)
        session.flush()
        written = ", ".join(_sorted_labels(recommendations))
        note = (f"Text of lines {first}–{last} assigned to {written} as "
                f"{_position_words(chosen, implemented)}.")
        touched |= _close(session, problem, note)
        _flag_left_out(session, document, left_out, f"the text of lines {first}–{last} was assigned to other "
                                                    "recommendations by hand")
        touched |= _settle_unanswered(session, document, f"Answered by hand: {note}")
        refresh_recommendations(session, touched)
        return response.id


def split_text(
    db: Database,
    problem_id: uuid.UUID,
    first_labels: Sequence[str],
    second_labels: Sequence[str],
    split_line: int,
    *,
    first_position: str | None = None,
    second_position: str | None = None,
) -> tuple[uuid.UUID, uuid.UUID]:
    """Record a run-together text as two responses: the lines before `split_line` answer
    `first_labels`, the lines from it on answer `second_labels`, each with the position given or
    the one its words state. The responses the import made of the text are replaced (every label
    they covered must go with one part), and the problem is resolved. Returns the two new ids."""
    with db.write() as session:
        problem = _open_problem(session, problem_id)
        if problem.kind not in (ProblemKind.MERGED_GROUPS.value, ProblemKind.SUGGESTION_APPLIED.value):
            raise InvalidValueError(f"only a text that answers two groups can be split, not a problem of the "
                                    f"kind “{kind_title(problem.kind)}”")
        document = problem.document
        lines = lines_of(document)
        replaced = _replaceable_responses(session, problem, lines)
        first, last = text_span(problem, lines, replaced)
        if not first < split_line <= last:
            raise InvalidValueError(f"split line: the text runs from line {first} to line {last}; split it at a "
                                    f"line from {first + 1} to {last}")
        parts = [(first, split_line - 1), (split_line, last)]
        texts = [joined_text(lines, a, b) for a, b in parts]
        for (a, b), text in zip(parts, texts):
            if not text:
                raise InvalidValueError(f"split line: lines {a}–{b} hold no text; split the text elsewhere")
        groups = [_recommendations_for(session, problem, first_labels),
                  _recommendations_for(session, problem, second_labels)]
        for name, group in zip(("first", "second"), groups):
            if not group:
                raise InvalidValueError(f"choose the labels the {name} part answers")
        both = {r.id for r in groups[0]} & {r.id for r in groups[1]}
        if both:
            shared = ", ".join(_sorted_labels(r for r in groups[0] if r.id in both))
            raise InvalidValueError(f"{shared}: a label goes with one part only")
        wanted = {r.id for group in groups for r in group}
        missing = [r for response in replaced for r in response.recommendations if r.id not in wanted]
        if missing:
            raise InvalidValueError(f"every label the text answered goes with one part: "
                                    f"{', '.join(_sorted_labels(missing))} is in neither")
        readings = [
            _reading(texts[0], first_position, f"the first part (lines {parts[0][0]}–{parts[0][1]})"),
            _reading(texts[1], second_position, f"the second part (lines {parts[1][0]}–{parts[1][1]})"),
        ]
        paragraph = replaced[0].source_paragraph if replaced else None
        touched = set(wanted)
        _replace(session, replaced, wanted, touched)
        new = [_new_response(group, document, position, implemented, sentence, text, paragraph)
               for group, (position, implemented, sentence), text in zip(groups, readings, texts)]
        session.add_all(new)
        session.flush()
        summary = "; ".join(
            f"{', '.join(_sorted_labels(group))}: {_position_words(reading[0], reading[1])} (lines {a}–{b})"
            for group, reading, (a, b) in zip(groups, readings, parts)
        )
        note = f"Text split at line {split_line}: {summary}."
        touched |= _close(session, problem, note)
        touched |= _settle_unanswered(session, document, f"Answered by hand: {note}")
        refresh_recommendations(session, touched)
        return new[0].id, new[1].id


# --------------------------------------------------------------------------------------------
# Inside a unit of work


def _open_problem(session: Session, problem_id: uuid.UUID) -> ImportProblem:
    problem = fetch(session, ImportProblem, problem_id)
    if problem.resolved:
        raise InvalidValueError(f"this problem was already resolved ({problem.resolution or 'no note'})")
    return problem


def _close(session: Session, problem: ImportProblem, note: str) -> set[uuid.UUID]:
    """Resolve the problem; the person has looked at the responses it concerns, so their review
    flags clear. Returns the recommendations whose derived columns must be refreshed."""
    problem.resolved = True
    problem.resolution = note
    touched = {r.id for r in problem.recommendations}
    for response in _responses_concerned(session, problem):
        if response.needs_review:
            response.needs_review = False
            response.review_reason = None
        touched |= {r.id for r in response.recommendations}
    return touched


def _document_responses(session: Session, document_id: uuid.UUID, recommendation_ids: Iterable[uuid.UUID]) -> list[Response]:
    ids = list(recommendation_ids)
    if not ids:
        return []
    found = session.scalars(
        select(Response).join(response_recommendation, response_recommendation.c.response_id == Response.id)
        .where(Response.source_document_id == document_id, response_recommendation.c.recommendation_id.in_(ids))
        .order_by(Response.created_at)
    )
    return list(dict.fromkeys(found))


def _responses_concerned(session: Session, problem: ImportProblem) -> list[Response]:
    """The problem's document's responses to the problem's recommendations."""
    return _document_responses(session, problem.document_id, (r.id for r in problem.recommendations))


def _replaceable_responses(session: Session, problem: ImportProblem, lines: list[str]) -> list[Response]:
    """The responses the import made of the problem's text, in the order of the text: those of
    the document that answer only recommendations of the problem."""
    own = {r.id for r in problem.recommendations}
    found = [r for r in _responses_concerned(session, problem) if {x.id for x in r.recommendations} <= own]
    spans = {r.id: locate(lines, r.response_text or "", problem.line) for r in found}
    return sorted(found, key=lambda r: (spans[r.id] or (10**9, 0))[0])


def _replace(session: Session, replaced: Sequence[Response], kept: set[uuid.UUID],
             touched: set[uuid.UUID]) -> list[Recommendation]:
    """Delete the responses being replaced; return the recommendations they answered that the
    new responses do not."""
    left_out: dict[uuid.UUID, Recommendation] = {}
    for response in replaced:
        for recommendation in response.recommendations:
            touched.add(recommendation.id)
            if recommendation.id not in kept:
                left_out[recommendation.id] = recommendation
        session.delete(response)
    session.flush()
    return list(left_out.values())


def _flag_left_out(session: Session, document: Document, recommendations: Sequence[Recommendation], why: str) -> None:
    """Recommendations that lost their only answer from the document: say so, never silently."""
    still_answered = {
        recommendation.id
        for response in _document_responses(session, document.id, [r.id for r in recommendations])
        for recommendation in response.recommendations
    }
    orphaned = [r for r in recommendations if r.id not in still_answered]
    if not orphaned:
        return
    labels = _sorted_labels(orphaned)
    session.add(ImportProblem(
        document=document, kind=ProblemKind.NO_RESPONSE.value, labels=", ".join(labels),
        message=f"{', '.join(labels)} got no response in this document once {why}.",
        recommendations=list(orphaned),
    ))
    session.flush()


def _new_response(recommendations: Sequence[Recommendation], document: Document, position: Position,
                  implemented: bool, sentence: str | None, text: str, paragraph: str | None) -> Response:
    return Response(
        review_id=recommendations[0].review_id, position=position.value, considered_implemented=implemented,
        response_text=text, deciding_sentence=sentence, source_document_id=document.id, source_paragraph=paragraph,
        responded_on=document.issued_on, needs_review=False, recommendations=list(recommendations),
    )


def _copy_response(response: Response, recommendations: Sequence[Recommendation]) -> Response:
    return Response(
        review_id=response.review_id, position=response.position,
        considered_implemented=response.considered_implemented, response_text=response.response_text,
        deciding_sentence=response.deciding_sentence, source_document_id=response.source_document_id,
        source_paragraph=response.source_paragraph, responded_on=response.responded_on,
        recommendations=list(recommendations),
    )


def _set_position(response: Response, position: Position, implemented: bool) -> None:
    """What responses.correct_position does to one response."""
    response.considered_implemented = implemented or (response.considered_implemented and position is Position.SUPPORTED)
    response.position = position.value
    response.needs_review = False
    response.review_reason = None


def _settle_unanswered(session: Session, document: Document, note: str) -> set[uuid.UUID]:
    """Resolve the document's open "no response" problems whose labels it now answers."""
    session.flush()
    answered = set(session.scalars(
        select(response_recommendation.c.recommendation_id)
        .join(Response, Response.id == response_recommendation.c.response_id)
        .where(Response.source_document_id == document.id)
    ))
    touched: set[uuid.UUID] = set()
    open_problems = session.scalars(select(ImportProblem).where(
        ImportProblem.document_id == document.id, ImportProblem.resolved.is_(False),
        ImportProblem.kind == ProblemKind.NO_RESPONSE.value))
    for problem in open_problems:
        written = _split_labels(problem.labels)
        try:
            recommendations = _recommendations_for(session, problem, written, create=False)
        except (InvalidValueError, NotFoundError):
            continue
        if written and len(recommendations) == len(written) and all(r.id in answered for r in recommendations):
            touched |= _close(session, problem, note)
    return touched


def _reading(text: str, position: str | None, what: str) -> tuple[Position, bool, str | None]:
    """(position, considered implemented, deciding sentence): the one given, or the one the text states."""
    classified = classify_response(text)
    if position:
        reading = parse_position(position)
        if reading.position is None:
            raise InvalidValueError(f"position: {position!r} gives no position; choose supported, noted, "
                                    "partially supported or pending")
        agrees = classified.position is reading.position
        implemented = reading.considered_implemented or (agrees and classified.considered_implemented)
        return reading.position, implemented, classified.deciding_sentence if agrees else None
    if classified.position is None:
        raise InvalidValueError(f"{what} states no single position (no sentence of it accepts or refuses, or it "
                                "does both): choose the position")
    return classified.position, classified.considered_implemented, classified.deciding_sentence


def _split_labels(written: str | None) -> list[str]:
    return [label.strip() for label in (written or "").split(",") if label.strip()]


def _labels_of(response: Response) -> list[str]:
    return _sorted_labels(response.recommendations)


def _sorted_labels(recommendations: Iterable[Recommendation]) -> list[str]:
    return sorted((r.label or "(no label)" for r in recommendations), key=label_sort_key)


def _position_words(position: Position, implemented: bool) -> str:
    return position.label.lower() + (" (considered implemented)" if implemented else "")


def _review_labels(session: Session, review_id: uuid.UUID | None) -> list[str]:
    if review_id is None:
        return []
    return [label for label in session.scalars(
        select(Recommendation.label).where(Recommendation.review_id == review_id, Recommendation.label.is_not(None))
        .order_by(Recommendation.label_sort)) if label]


def _labels_named_by_open_problems(session: Session, document_id: uuid.UUID) -> set[str]:
    named: set[str] = set()
    for written in session.scalars(select(ImportProblem.labels).where(
            ImportProblem.document_id == document_id, ImportProblem.resolved.is_(False))):
        named.update(_split_labels(written))
    return named


def _recommendations_for(session: Session, problem: ImportProblem, written: Iterable[str], *,
                         create: bool = True) -> list[Recommendation]:
    """The review's recommendations with these labels. A bare number ("16") is the review's full
    label ending in it, when only one does (the problem's own recommendations are looked at
    first). A label no recommendation has yet is created, label only, as the importer does for an
    addendum read before its report, but only when an open problem of the document names it."""
    document = problem.document
    review_id = document.review_id
    if review_id is None:
        raise InvalidValueError(f"{document_name(document)} belongs to no review")
    by_label = {r.label: r for r in session.scalars(select(Recommendation).where(Recommendation.review_id == review_id))
                if r.label}
    named: set[str] | None = None
    found: list[Recommendation] = []
    for raw in written:
        label = raw.strip().rstrip(".").strip()
        if not label:
            continue
        recommendation = by_label.get(label)
        if recommendation is None and label.isdigit():
            candidates = [r for r in problem.recommendations if r.label and _number_of(r.label) == label]
            if len(candidates) != 1:
                candidates = [r for key, r in by_label.items() if _number_of(key) == label]
            if len(candidates) > 1:
                raise InvalidValueError(f"label {label} is ambiguous in this review "
                                        f"({', '.join(_sorted_labels(candidates))}): write the full label")
            recommendation = candidates[0] if candidates else None
        if recommendation is None:
            if named is None:
                named = _labels_named_by_open_problems(session, document.id)
            if not create or label not in named:
                raise NotFoundError(f"the review has no recommendation {label}")
            recommendation = Recommendation(review_id=review_id, label=label, label_sort=label_sort_key(label),
                                            text="", text_key=text_key(""))
            session.add(recommendation)
            session.flush()
            by_label[label] = recommendation
        if recommendation not in found:
            found.append(recommendation)
    return found


def _number_of(label: str) -> str | None:
    """The number of a full label ("97.16" → "16"); None for a bare one."""
    return label.rsplit(".", 1)[1] if "." in label else None


def _problem_info(session: Session, problem: ImportProblem, texts: dict[uuid.UUID, list[str]]) -> ProblemInfo:
    document = problem.document
    if document.id not in texts:
        texts[document.id] = source_lines(document.source_text)
    lines = texts[document.id]
    responses = _responses_concerned(session, problem)
    spans = {r.id: locate(lines, r.response_text or "", problem.line) for r in responses} if lines else {}
    own = {r.id for r in problem.recommendations}
    replaceable = sorted((r for r in responses if {x.id for x in r.recommendations} <= own),
                         key=lambda r: (spans.get(r.id) or (10**9, 0))[0])
    first = last = None
    if lines:
        located = [span for r in replaceable if (span := spans.get(r.id))]
        if located:
            first, last = min(s[0] for s in located), max(s[1] for s in located)
        elif problem.kind in (ProblemKind.ORPHAN_TEXT.value, ProblemKind.MERGED_GROUPS.value) and problem.line \
                and 1 <= problem.line <= len(lines):
            span = span_from(lines, problem.line)
            if span:
                first, last = span
    context: tuple[SourceLine, ...] = ()
    if lines and (problem.line or first):
        anchors = [n for n in (problem.line, first, last) if n]
        start = max(1, min(anchors) - CONTEXT_LINES)
        end = min(len(lines), max(anchors) + CONTEXT_LINES, start + MAX_CONTEXT_LINES - 1)
        context = tuple(SourceLine(n, lines[n - 1]) for n in range(start, end + 1))
    review = document.review
    review_title = f"{review.state.name}, cycle {review.cycle}" if review is not None else ""
    groups, split_at = _split_suggestion(problem, lines, replaceable, spans, first, last)
    return ProblemInfo(
        id=problem.id,
        review_id=document.review_id,
        review_title=review_title,
        document_id=document.id,
        document=document_name(document),
        document_kind=document.kind,
        kind=problem.kind,
        labels=tuple(_split_labels(problem.labels)),
        line=problem.line,
        excerpt=problem.excerpt,
        message=problem.message,
        resolved=problem.resolved,
        resolution=problem.resolution,
        recommendation_ids=tuple(r.id for r in problem.recommendations),
        recommendation_labels=tuple(r.label or "" for r in problem.recommendations),
        responses=tuple(response_info(r) for r in replaceable + [r for r in responses if r not in replaceable]),
        context=context,
        text_first_line=first,
        text_last_line=last,
        suggested_groups=groups,
        suggested_split_line=split_at,
        created_at=problem.created_at,
    )


def _split_suggestion(problem: ImportProblem, lines: list[str], replaceable: list[Response],
                      spans: Mapping[uuid.UUID, tuple[int, int] | None], first: int | None,
                      last: int | None) -> tuple[tuple[tuple[str, ...], ...], int | None]:
    """For a text that answers two groups: the groups (full labels), and where to split."""
    if problem.kind not in (ProblemKind.MERGED_GROUPS.value, ProblemKind.SUGGESTION_APPLIED.value):
        return (), None
    if len(replaceable) >= 2:
        groups = tuple(tuple(_labels_of(r)) for r in replaceable)
        second = spans.get(replaceable[1].id)
        return groups, second[0] if second else None
    if problem.kind != ProblemKind.MERGED_GROUPS.value or not lines or not problem.line or first is None or last is None:
        return (), None
    full: dict[str, str] = {}
    for recommendation in problem.recommendations:
        if recommendation.label:
            full[recommendation.label] = recommendation.label
            number = _number_of(recommendation.label)
            if number:
                full.setdefault(number, recommendation.label)
    groups_written: list[list[str]] = [[]]
    for raw in lines[problem.line - 1:first - 1]:
        listed = parse_label_list(raw.strip()) if raw.strip() else None
        if listed:
            groups_written[-1].extend(listed)
        elif groups_written[-1]:
            groups_written.append([])
    groups = tuple(tuple(full.get(label, label) for label in group) for group in groups_written if group)
    # Where the words turn: the first sentence that states a position other than the first one's.
    numbered = [(n, " ".join(lines[n - 1].split())) for n in range(first, last + 1)]
    text = ""
    offsets: list[tuple[int, int]] = []
    for line_number, words in numbered:
        offsets.append((len(text), line_number))
        text += words + "\n"
    statements = position_statements(text)
    split_at: int | None = None
    decisive = [s for s in statements if s.position is not Position.PENDING]
    if decisive:
        opening = decisive[0].position
        turn = next((s for s in decisive if s.position is not opening), None)
        if turn is not None:
            index = bisect.bisect_right([o for o, _n in offsets], turn.sentence.start) - 1
            split_at = offsets[index][1]
            if split_at <= first:
                split_at = None
    return groups, split_at
