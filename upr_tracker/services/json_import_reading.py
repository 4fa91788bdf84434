"""Reading a UPR Tracker JSON export into checked records, before anything is written.

Both formats are read: 1, where each recommendation carries its responses in full, and 2, where
responses are written once in `responses` and recommendations name them by id.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.cycles import check_cycle, check_session_in_cycle
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import AssessmentSource, ImplementationLevel
from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate
from upr_tracker.domain.positions import Position
from upr_tracker.domain.review_calendar import DATE_NAMES, parse_estimated
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import milestones
from upr_tracker.services.json_fields import Fields, as_uuid, is_storable, shown
from upr_tracker.services.notes import check_note_length

VOCABULARY_FIELDS = ("themes", "sdgs", "affected_persons", "ohchr_themes")
SECTIONS = ("reviews", "recommendations", "responses", "milestones", "notes", "import_problems")


@dataclass
class DocumentIn:
    where: str
    id: uuid.UUID
    symbol: str | None
    kind: DocumentKind
    title: str | None
    issued_on: dt.date | None
    file_name: str | None
    file_sha256: str | None


@dataclass
class ReviewIn:
    where: str
    id: uuid.UUID
    state: str
    cycle: int
    session: int | None
    review_date: dt.date | None
    documents: list[DocumentIn]
    dates: dict[str, dt.date | None] = field(default_factory=dict)   # adoption, mid-term, next review
    estimated_dates: frozenset[str] = frozenset()


@dataclass
class ResponseIn:
    where: str
    id: uuid.UUID
    position: Position | None
    considered_implemented: bool
    response_text: str | None
    deciding_sentence: str | None
    source_document_id: uuid.UUID | None
    source_paragraph: str | None
    responded_on: dt.date | None
    needs_review: bool
    review_reason: str | None
    recommendation_ids: list[uuid.UUID]
    recorded: dict[str, dt.datetime]


@dataclass
class AssessmentIn:
    where: str
    id: uuid.UUID
    source: AssessmentSource
    source_name: str | None
    level: ImplementationLevel
    assessed_on: dt.date | None
    evidence: str | None
    recorded: dict[str, dt.datetime]


@dataclass
class RelatedIn:
    """A recommendation of another cycle linked to this one, named as a person would name it."""

    where: str
    state: str
    cycle: int
    label: str
    kind: str
    status: str
    score: float | None


@dataclass
class SuggestionIn:
    """A suggestion of the file: pending (with its confidence) or, from `value_sources`, accepted
    (by `accepted_by`; the file gives no confidence)."""

    where: str
    kind: str              # action_category | theme | sdg
    value: str             # "4", or a term as the file names it
    confidence: float | None
    accepted_by: str | None = None


@dataclass
class RecommendationIn:
    where: str
    id: uuid.UUID
    review_id: uuid.UUID
    state: str | None
    cycle: int | None
    session: int | None
    label: str | None
    text: str
    recommending_states: list[str]
    recommended_by: str | None
    action_category: int | None
    terms: dict[str, list[str]]
    source_document_id: uuid.UUID | None
    source_paragraph: str | None
    later_recommendation_ids: list[uuid.UUID]
    related: list[RelatedIn]
    responses: list[ResponseIn]  # written out under the recommendation (format 1)
    # (place, id) of responses written once in the file's `responses` (format 2)
    response_ids: list[tuple[str, uuid.UUID]]
    assessments: list[AssessmentIn]
    recorded: dict[str, dt.datetime]
    suggestions: list[SuggestionIn] = field(default_factory=list)
    # Entries of `suggestions` and `value_sources` that are left out, each said.
    suggestion_problems: list[str] = field(default_factory=list)


@dataclass
class AttachmentIn:
    file_name: str
    media_type: str
    data: bytes


@dataclass
class MilestoneIn:
    where: str
    id: uuid.UUID
    state: str
    kind: MilestoneKind
    title: str
    date: PartialDate | None
    description: str | None
    ends: PartialDate | None
    due_on: dt.date | None
    source_citation: str | None
    source_url: str | None
    plan_id: uuid.UUID | None
    item_number: str | None
    recommendation_ids: list[uuid.UUID]
    attachment: AttachmentIn | None
    recorded: dict[str, dt.datetime]


@dataclass
class NoteIn:
    where: str
    id: uuid.UUID
    author: str
    written_at: dt.datetime
    body: str
    confidential: bool
    tags: list[str]
    subject: str  # "recommendation_id", "milestone_id" or "review_id"
    subject_id: uuid.UUID
    recorded: dict[str, dt.datetime]
    event_on: dt.date | None = None   # exports made before event dates have none


@dataclass
class ProblemIn:
    where: str
    id: uuid.UUID
    document_id: uuid.UUID
    kind: str
    labels: str | None
    line: int | None
    excerpt: str | None
    message: str
    resolved: bool
    resolution: str | None
    recommendation_ids: list[uuid.UUID]


@dataclass
class ExportIn:
    reviews: list[ReviewIn]
    recommendations: list[RecommendationIn]
    responses: list[ResponseIn]
    milestones: list[MilestoneIn]
    notes: list[NoteIn]
    problems: list[ProblemIn]
    # Records that share an id with an earlier one of the file but differ from it: left out, said.
    conflicts: list[str] = field(default_factory=list)


def read_export(data: dict[str, Any], name: str) -> ExportIn:
    """Every record of the file, checked: nothing is written before the whole file has passed."""
    sections = {}
    conflicts: list[str] = []
    for section in SECTIONS:
        items = data.get(section)
        if items is None:
            items = []  # a file from elsewhere may have no milestones or notes at all
        elif not isinstance(items, list):
            raise InvalidValueError(f"{name}: {section}: expected a list, found {shown(items)}")
        # Places read "file.json: notes[3].written_at".
        sections[section] = _without_conflicting_duplicates(
            [Fields(item, f"{name}: {section}[{index}]") for index, item in enumerate(items)], conflicts)
    export = ExportIn(
        reviews=[_read_review(f) for f in sections["reviews"]],
        recommendations=[_read_recommendation(f) for f in sections["recommendations"]],
        responses=[_read_response(f, None) for f in sections["responses"]],
        milestones=[_read_milestone(f) for f in sections["milestones"]],
        notes=[_read_note(f) for f in sections["notes"]],
        problems=[_read_problem(f) for f in sections["import_problems"]],
        conflicts=conflicts,
    )
    _check_response_ids(export)
    return export


def _without_conflicting_duplicates(records: list[Fields], conflicts: list[str]) -> list[Fields]:
    """The records of a section, less those that have the id of an earlier one but differ from it
    (said in `conflicts`, naming both): which of the two is right, no one can tell here. A record
    written twice alike is kept; the import counts it once."""
    first: dict[str, Fields] = {}
    kept = []
    for record in records:
        key = str(record.record.get("id", "")).strip().lower()
        earlier = first.setdefault(key, record) if key else record
        if earlier is not record and earlier.record != record.record:
            differing = sorted(k for k in earlier.record.keys() | record.record.keys()
                               if earlier.record.get(k) != record.record.get(k))
            place = record.where.split(": ", 1)[-1]
            conflicts.append(f"{earlier.where} and {place} have the same id {key} but differ "
                             f"({', '.join(differing)}): the first is imported, the second left out")
            continue
        kept.append(record)
    return kept


def attachment_data(encoded: str, where: str, file_name: str, owner: str) -> bytes:
    """The attached file, no larger than the window lets one be (services.milestones)."""
    limit = milestones.MAX_ATTACHMENT_BYTES
    too_big = (f"{where}: the file {file_name} attached to {owner} is larger than {limit // (1024 * 1024)} MB, "
               "the limit of an attachment")
    if len(encoded) // 4 * 3 > limit + 3:  # said before decoding it
        raise InvalidValueError(too_big)
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidValueError(f"{where}: the attached file is damaged (not base64)") from None
    if len(data) > limit:
        raise InvalidValueError(too_big)
    return data


def _check_response_ids(export: ExportIn) -> None:
    """A recommendation names its responses by id (format 2): each must be in the file's
    `responses`, and cover the recommendation."""
    covered: dict[uuid.UUID, set[uuid.UUID]] = {}
    for response in export.responses:
        covered.setdefault(response.id, set(response.recommendation_ids))
    for record in export.recommendations:
        for where, response_id in record.response_ids:
            if response_id not in covered:
                raise InvalidValueError(f"{where}: no response with id {response_id} in the file's responses")
            if record.id not in covered[response_id]:
                raise InvalidValueError(f"{where}: response {response_id} does not cover this recommendation "
                                        f"(its recommendation_ids do not include {record.id})")


_CYCLE = "a UPR cycle (a whole number from 1)"
_SESSION = "a Working Group session (a whole number from 1, or null)"


def _read_review(f: Fields) -> ReviewIn:
    cycle = f.integer("cycle", required=True, minimum=1, what=_CYCLE)
    session = f.integer("session", minimum=1, what=_SESSION)
    assert cycle is not None
    for check in (lambda: check_cycle(cycle), lambda: check_session_in_cycle(cycle, session)):
        try:
            check()
        except InvalidValueError as exc:
            raise InvalidValueError(f"{f.where}.{exc}") from None
    return ReviewIn(f.where, f.id(), f.needed_text("state"), cycle, session, f.date("review_date"),
                     [_read_document(d) for d in f.objects("documents")],
                    {name: f.date(name) for name in DATE_NAMES},
                    parse_estimated(",".join(f.texts("estimated_dates"))))


def _read_document(f: Fields) -> DocumentIn:
    return DocumentIn(
        f.where, f.id(), f.text("symbol"),
        f.choice("kind", DocumentKind, "a document kind") or DocumentKind.OTHER,
        f.text("title"), f.date("issued_on"), f.text("file_name"), f.text("file_sha256"),
    )


def _read_recommendation(f: Fields) -> RecommendationIn:
    rec_id = f.id()
    # Derived values are recomputed from the history, but a file holding impossible ones is damaged.
    f.choice("position", Position, "a position")
    f.choice("implementation_level", ImplementationLevel, "an implementation level")
    for derived in ("considered_implemented", "needs_review"):
        f.flag(derived)
    f.moment("last_activity_at")
    responses, response_ids = [], []
    for index, item in enumerate(f.items("responses")):
        where = f"{f.where}.responses[{index}]"
        if isinstance(item, str):
            response_ids.append((where, as_uuid(item, where)))
        elif isinstance(item, dict):
            responses.append(_read_response(Fields(item, where), rec_id))
        else:
            raise InvalidValueError(f"{where}: expected a response id or a response, found {shown(item)}")
    record = RecommendationIn(
        where=f.where, id=rec_id, review_id=f.needed_uuid("review_id"),
        state=f.text("state"), cycle=f.integer("cycle", minimum=1, what=_CYCLE),
        session=f.integer("session", minimum=1, what=_SESSION),
        label=f.text("label") or None, text=f.needed_text("text"),
        recommending_states=f.texts("recommending_states"), recommended_by=f.text("recommended_by"),
        action_category=f.integer("action_category", minimum=min(ACTION_CATEGORIES),
                                  maximum=max(ACTION_CATEGORIES), what="an action category (1 to 5, or null)"),
        terms={vocabulary: f.texts(vocabulary) for vocabulary in VOCABULARY_FIELDS},
        source_document_id=f.uuid("source_document_id"), source_paragraph=f.text("source_paragraph"),
        later_recommendation_ids=f.uuids("later_recommendation_ids"),
        related=[_read_related(r) for r in f.objects("related")],
        responses=responses, response_ids=response_ids, assessments=[_read_assessment(a) for a in f.objects("assessments")],
        recorded=f.recorded(),
    )
    place = f"{f.where} ({record.state or '?'} cycle {record.cycle or '?'}, {record.label or 'no label'})"
    record.suggestions, record.suggestion_problems = read_suggestions(f.record, place, record.action_category)
    return record


_SUGGESTED_KINDS = (("themes", "theme"), ("sdgs", "sdg"))
_SOURCE_START = "suggested, accepted by "


def read_suggestions(record: dict[str, Any], place: str, action_category: int | None) -> tuple[list[SuggestionIn], list[str]]:
    """The recommendation's pending `suggestions` and the accepted ones its `value_sources` name.
    A bad entry is left out (said, naming the recommendation and the field); the rest is read."""
    found: list[SuggestionIn] = []
    problems: list[str] = []

    def bad(at: str, problem: str) -> None:
        problems.append(f"{place}.{at}: {problem}; the suggestion is left out")

    def confidence(at: str, value: Any) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            bad(f"{at}.confidence", f"expected a number from 0 to 1, found {shown(value)}")
            return None
        return float(value)

    suggestions = record.get("suggestions")
    if suggestions is not None and not isinstance(suggestions, dict):
        bad("suggestions", f"expected an object, found {shown(suggestions)}")
        suggestions = None
    for key in (suggestions or {}):
        if key not in ("action_category", "themes", "sdgs"):
            bad(f"suggestions.{key}", "not a kind of suggestion (action_category, themes, sdgs)")
    category = (suggestions or {}).get("action_category")
    if category is not None:
        at = "suggestions.action_category"
        if not isinstance(category, dict):
            bad(at, f"expected an object, found {shown(category)}")
        elif isinstance(category.get("value"), bool) or category.get("value") not in ACTION_CATEGORIES:
            bad(f"{at}.value", f"expected an action category (1 to 5), found {shown(category.get('value'))}")
        elif (score := confidence(at, category.get("confidence"))) is not None:
            found.append(SuggestionIn(f"{place}.{at}", "action_category", str(category["value"]), score))
    for field_name, kind in _SUGGESTED_KINDS:
        entries = (suggestions or {}).get(field_name) or []
        if not isinstance(entries, list):
            bad(f"suggestions.{field_name}", f"expected a list, found {shown(entries)}")
            continue
        for index, entry in enumerate(entries):
            at = f"suggestions.{field_name}[{index}]"
            term = entry.get("term") if isinstance(entry, dict) else None
            if not isinstance(entry, dict):
                bad(at, f"expected an object, found {shown(entry)}")
            elif not isinstance(term, str) or not term.strip() or not is_storable(term):
                bad(f"{at}.term", f"expected a term's name, found {shown(term)}")
            elif (score := confidence(at, entry.get("confidence"))) is not None:
                found.append(SuggestionIn(f"{place}.{at}", kind, term.strip(), score))
    found += _read_sources(record.get("value_sources"), place, action_category, bad)
    return found, problems


def _read_sources(sources: Any, place: str, action_category: int | None, bad: Any) -> list[SuggestionIn]:
    """The values `value_sources` says came from accepted suggestions, with who accepted them."""
    if sources is None:
        return []
    if not isinstance(sources, dict):
        bad("value_sources", f"expected an object, found {shown(sources)}")
        return []
    named: list[tuple[str, str, str, Any]] = []   # (place, kind, value, source)
    for key, value in sources.items():
        if key == "action_category":
            # Keyed by kind only: the value is the recommendation's own action category.
            if action_category is None:
                bad(f"value_sources.{key}", "the recommendation has no action category")
            else:
                named.append((f"value_sources.{key}", key, str(action_category), value))
        elif key in dict(_SUGGESTED_KINDS):
            if not isinstance(value, dict):
                bad(f"value_sources.{key}", f"expected an object of terms, found {shown(value)}")
                continue
            named += [(f"value_sources.{key}.{term}", dict(_SUGGESTED_KINDS)[key], term, source)
                      for term, source in value.items()]
        else:
            bad(f"value_sources.{key}", "not a kind of value (action_category, themes, sdgs)")
    found = []
    for at, kind, value, source in named:
        if not isinstance(source, str) or not source.startswith(_SOURCE_START) or not is_storable(source):
            bad(at, f"expected \"{_SOURCE_START}<name>\", found {shown(source)}")
        elif not value.strip() or not is_storable(value):
            bad(at, "an empty or unreadable term")
        else:
            found.append(SuggestionIn(f"{place}.{at}", kind, value.strip(), None,
                                      source[len(_SOURCE_START):].strip() or None))
    return found


_LINK_STATUSES = ("suggested", "confirmed", "rejected")


def _read_related(f: Fields) -> RelatedIn:
    status = f.text("status") or "confirmed"
    if status not in _LINK_STATUSES:
        f.fail("status", f"{shown(status)} is not a link status ({', '.join(_LINK_STATUSES)})")
    score = f.record.get("score")
    if score is not None and (isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 100):
        f.fail("score", f"expected a score from 0 to 100, found {shown(score)}")
    return RelatedIn(where=f.where, state=f.needed_text("state"),
                     cycle=f.integer("cycle", required=True, minimum=1, what=_CYCLE),  # type: ignore[arg-type]
                     label=f.needed_text("label"), kind=f.text("kind") or "recommended_again", status=status,
                     score=float(score) if score is not None else None)


def _read_response(f: Fields, rec_id: uuid.UUID | None) -> ResponseIn:
    """A response written under the recommendation `rec_id` (format 1), which it covers if it names
    no other; or (`rec_id` None) one of the file's `responses` (format 2), which names them all."""
    if rec_id is None:
        covered = f.uuids("recommendation_ids")
        if f.record.get("recommendation_ids") is None:
            f.fail("recommendation_ids", "missing (expected the ids of the recommendations it covers)")
    else:
        covered = f.uuids("recommendation_ids") if f.record.get("recommendation_ids") is not None else [rec_id]
    if not covered:
        f.fail("recommendation_ids", "empty (a response covers at least one recommendation)")
    if rec_id is not None and rec_id not in covered:
        f.fail("recommendation_ids", f"does not include the recommendation the response is listed under ({rec_id})")
    return ResponseIn(
        f.where, f.id(), f.choice("position", Position, "a position"), f.flag("considered_implemented"),
        f.text("response_text"), f.text("deciding_sentence"), f.uuid("source_document_id"),
        f.text("source_paragraph"), f.date("responded_on"), f.flag("needs_review"), f.text("review_reason"),
        covered, f.recorded(),
    )


def _read_assessment(f: Fields) -> AssessmentIn:
    return AssessmentIn(
        f.where, f.id(), f.needed_choice("source", AssessmentSource, "an assessment source"), f.text("source_name"),
        f.needed_choice("level", ImplementationLevel, "an implementation level"), f.date("assessed_on"),
        f.text("evidence"), f.recorded(),
    )


def _read_milestone(f: Fields) -> MilestoneIn:
    milestone_id = f.id()
    attachment = None
    if f.record.get("attachment") is not None:
        a = Fields(f.record["attachment"], f.at("attachment"))
        encoded = a.needed_text("data_base64")
        file_name = a.needed_text("file_name")
        data = attachment_data(encoded, a.at("data_base64"), file_name, f"milestone {milestone_id}")
        attachment = AttachmentIn(file_name, a.text("media_type") or "application/octet-stream", data)
    return MilestoneIn(
        where=f.where, id=milestone_id, state=f.needed_text("state"),
        kind=f.needed_choice("kind", MilestoneKind, "a milestone kind"), title=f.needed_text("title"),
        date=f.partial_date("date"), description=f.text("description"), 
        # "ends" keeps the end's precision; files of earlier versions have only the day "ends_on".
        ends=f.partial_date("ends") or (PartialDate(day, DatePrecision.DAY) if (day := f.date("ends_on")) else None),
        due_on=f.date("due_on"),
        source_citation=f.text("source_citation"), source_url=f.text("source_url"), plan_id=f.uuid("plan_id"),
        item_number=f.text("item_number"), recommendation_ids=f.uuids("recommendation_ids"),
        attachment=attachment, recorded=f.recorded(),
    )


def _read_note(f: Fields) -> NoteIn:
    subjects = [(key, f.uuid(key)) for key in ("recommendation_id", "milestone_id", "review_id")]
    given = [(key, value) for key, value in subjects if value is not None]
    if len(given) != 1:
        raise InvalidValueError(f"{f.where}: a note belongs to exactly one recommendation, milestone or review "
                                f"(recommendation_id, milestone_id, review_id), this one to {len(given)}")
    written_at = f.moment("written_at", required=True)
    assert written_at is not None
    note_id, body = f.id(), f.needed_text("body")
    check_note_length(body, f.at("body"), f"the text of note {note_id}")
    return NoteIn(
        f.where, note_id, f.needed_text("author"), written_at, body, f.flag("confidential"),
        list(dict.fromkeys(f.texts("tags"))), given[0][0], given[0][1],
        f.recorded(), f.date("event_on"),
    )


def _read_problem(f: Fields) -> ProblemIn:
    return ProblemIn(
        f.where, f.id(), f.needed_uuid("document_id"),
        f.needed_text("kind"), f.text("labels"), f.integer("line", minimum=0, what="a line number"),
        f.text("excerpt"), f.needed_text("message"), f.flag("resolved"), f.text("resolution"),
        f.uuids("recommendation_ids"),
    )
