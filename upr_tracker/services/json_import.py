"""Importing a UPR Tracker JSON export: into an empty database it gives the same data back, and
into another database it adds what that one lacks.

Records keep their ids, so the same export imported twice adds nothing and two laptops can exchange
their work. A record the database already has under another id (both laptops imported the same UN
documents, or built the same demo) is recognised as the same thing: a review by its State and
cycle, a document by its review and symbol (or the hash of its file), a recommendation by its
review and label (unlabelled ones by their text), a response by its source document, position and
recommendations, a milestone by its State, kind, title and date, an import problem by its document,
kind and message. Everything that refers to an exported record then refers to the local one.

The file is read whole and checked first: a missing field, a value of the wrong type or one the
domain does not allow (a position, a milestone kind, a level...) stops the import with a message
naming the file, the place (`notes[3].written_at`) and what is wrong, and nothing is written.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.cycles import check_cycle, check_session_in_cycle
from upr_tracker.domain.documents import DocumentKind, normalise_symbol
from upr_tracker.domain.implementation import AssessmentSource, ImplementationLevel
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.milestones import MilestoneKind, PartialDate
from upr_tracker.domain.positions import Position
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.document_import import Counts
from upr_tracker.services.export_json import FORMAT_NAME, FORMAT_VERSION
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.reviews import find_or_create_review
from upr_tracker.services.states import resolve_state
from upr_tracker.services.term_matching import TermMatcher
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Assessment,
    Attachment,
    Document,
    ImportProblem,
    Milestone,
    Note,
    NoteTag,
    Recommendation,
    RecommendationLink,
    Response,
    Review,
    State,
    response_recommendation,
)
from upr_tracker.storage.statistics import refresh_planner_statistics

VOCABULARY_FIELDS = ("themes", "sdgs", "affected_persons", "ohchr_themes")
SECTIONS = ("reviews", "recommendations", "milestones", "notes", "import_problems")


@dataclass
class JsonImportReport:
    file: str
    dry_run: bool
    counts: dict[str, Counts] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counts()).add(outcome)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "format": FORMAT_NAME, "dry_run": self.dry_run,
                "counts": {kind: vars(c) for kind, c in self.counts.items()}, "notices": self.notices}


class _DryRun(Exception):
    pass


def is_export_file(path: Path) -> bool:
    """Whether the file starts like a UPR Tracker JSON export."""
    try:
        with path.open("rb") as handle:
            head = handle.read(400).decode("utf-8", errors="replace")
    except OSError:
        return False
    return FORMAT_NAME in head


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValueError(f"{path.name}: not a UTF-8 JSON file") from None
    except OSError as exc:
        raise InvalidValueError(f"{path.name}: cannot be read ({exc.strerror})") from None
    if not text.strip():
        raise InvalidValueError(f"{path.name}: the file is empty")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (its lists and objects are nested "
                                f"too deeply to be read)") from None
    except json.JSONDecodeError as exc:
        # An export is one object: a text that stops short of its closing brace, or fails where it ends
        # (inside a string, after a value), was cut off.
        kept = text.rstrip()
        ends_early = (exc.pos >= len(kept) or not kept.endswith("}")
                      or exc.msg.startswith("Unterminated string"))
        cut = " (the file ends too early: it was probably cut off while being written or copied)" if ends_early else ""
        raise InvalidValueError(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                                f"{exc.msg}){cut}") from None
    except ValueError as exc:   # a number of thousands of digits, which Python refuses to convert
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (it holds a number too long to be "
                                f"read: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (no \"format\": \"{FORMAT_NAME}\")")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidValueError(f"{path.name}: format_version: {version!r} is not a format version "
                                f"(a whole number from 1)")
    if version > FORMAT_VERSION:
        raise InvalidValueError(f"{path.name}: written by a newer version of UPR Tracker (format "
                                f"{version}, this version reads up to {FORMAT_VERSION}); install the newer "
                                f"version to import it")
    return data


def import_json_export(db: Database, path: Path | str, *, dry_run: bool = False,
                       progress: ProgressReporter = NO_PROGRESS) -> JsonImportReport:
    path = Path(path)
    export = _read_export(_load(path), path.name)
    report = JsonImportReport(str(path), dry_run)
    try:
        with db.write() as session:
            _ExportWriter(session, export, report, progress, path.name).run()
            if dry_run:
                raise _DryRun
            refresh_planner_statistics(session)
    except _DryRun:
        pass
    return report


# --- reading and checking the file --------------------------------------------------------------

E = TypeVar("E", bound=enum.StrEnum)
# The largest whole number the database can store.
_LARGEST_INTEGER = 2**63 - 1


def _shown(value: Any) -> str:
    """A value as a message shows it, with what kind of JSON value it is when that is the problem."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


class _Fields:
    """One object of the file, read field by field; every problem names the place and what is wrong."""

    def __init__(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise InvalidValueError(f"{where}: expected an object, found {_shown(value)}")
        self.record = value
        self.where = where

    def at(self, key: str) -> str:
        return f"{self.where}.{key}"

    def fail(self, key: str, problem: str) -> NoReturn:
        raise InvalidValueError(f"{self.at(key)}: {problem}")

    def _value(self, key: str, required: bool, what: str) -> Any:
        value = self.record.get(key)
        if value is None and required:
            self.fail(key, f"missing (expected {what})" if key not in self.record else f"null (expected {what})")
        return value

    def text(self, key: str, *, required: bool = False, blank: bool = True) -> str | None:
        value = self._value(key, required, "text")
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, f"expected text, found {_shown(value)}")
        if not _is_storable(value):
            self.fail(key, _NOT_UNICODE)
        if not blank and not value.strip():
            self.fail(key, "empty (expected text)")
        return value

    def needed_text(self, key: str) -> str:
        value = self.text(key, required=True, blank=False)
        assert value is not None
        return value

    def flag(self, key: str) -> bool:
        value = self.record.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, found {_shown(value)}")
        return value

    def integer(self, key: str, *, required: bool = False, minimum: int | None = None,
                maximum: int | None = None, what: str = "a whole number") -> int | None:
        value = self._value(key, required, what)
        if value is None:
            return None
        maximum = _LARGEST_INTEGER if maximum is None else maximum
        if (not isinstance(value, int) or isinstance(value, bool) or (minimum is not None and value < minimum)
                or value > maximum):
            self.fail(key, f"{_shown(value)} is not {what}")
        return value

    def choice(self, key: str, allowed: type[E], what: str, *, required: bool = False) -> E | None:
        known = ", ".join(member.value for member in allowed)
        value = self._value(key, required, f"one of {known}")
        if value is None:
            return None
        if isinstance(value, str) and value in allowed.__members__.values():
            return allowed(value)
        self.fail(key, f"{_shown(value)} is not {what} (expected one of {known}{'' if required else ', or null'})")

    def needed_choice(self, key: str, allowed: type[E], what: str) -> E:
        value = self.choice(key, allowed, what, required=True)
        assert value is not None
        return value

    def uuid(self, key: str, *, required: bool = False) -> uuid.UUID | None:
        value = self._value(key, required, "an id")
        if value is None:
            return None
        return _as_uuid(value, self.at(key))

    def needed_uuid(self, key: str) -> uuid.UUID:
        value = self.uuid(key, required=True)
        assert value is not None
        return value

    def id(self) -> uuid.UUID:
        return self.needed_uuid("id")

    def date(self, key: str) -> dt.date | None:
        value = self.record.get(key)
        if value is None or value == "":
            return None
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(key, f"{_shown(value)} is not a date (expected YYYY-MM-DD)")

    def moment(self, key: str, *, required: bool = False) -> dt.datetime | None:
        value = self._value(key, required, "a date and time")
        if value is None or (value == "" and not required):
            return None
        try:
            moment = dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(key, f"{_shown(value)} is not a date and time (expected YYYY-MM-DDTHH:MM:SS+00:00)")
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    def partial_date(self, key: str) -> PartialDate | None:
        value = self.record.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.fail(key, f"{_shown(value)} is not a date (write 2009, 2009-07 or 2009-07-10)")
        return PartialDate.parse(value, field=self.at(key))

    def items(self, key: str) -> list[Any]:
        value = self.record.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, f"expected a list, found {_shown(value)}")
        return value

    def objects(self, key: str) -> list[_Fields]:
        return [_Fields(item, f"{self.at(key)}[{index}]") for index, item in enumerate(self.items(key))]

    def texts(self, key: str) -> list[str]:
        values = self.items(key)
        for index, value in enumerate(values):
            if not isinstance(value, str):
                raise InvalidValueError(f"{self.at(key)}[{index}]: expected text, found {_shown(value)}")
            if not _is_storable(value):
                raise InvalidValueError(f"{self.at(key)}[{index}]: {_NOT_UNICODE}")
        return values

    def uuids(self, key: str) -> list[uuid.UUID]:
        return [_as_uuid(value, f"{self.at(key)}[{index}]") for index, value in enumerate(self.items(key))]

    def recorded(self) -> dict[str, dt.datetime]:
        """created_at / updated_at as exported (absent in files from elsewhere: then now)."""
        found = {key: self.moment(key) for key in ("created_at", "updated_at")}
        return {key: value for key, value in found.items() if value is not None}


_NOT_UNICODE = "holds a character that is not valid Unicode (a lone UTF-16 surrogate such as \\ud800)"


def _is_storable(text: str) -> bool:
    """JSON may escape half of a UTF-16 pair ("\\ud800"), which no encoding can write to the database."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _as_uuid(value: Any, where: str) -> uuid.UUID:
    if not isinstance(value, str):
        raise InvalidValueError(f"{where}: {_shown(value)} is not an id")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise InvalidValueError(f"{where}: {_shown(value)} is not an id") from None


@dataclass
class _DocumentIn:
    where: str
    id: uuid.UUID
    symbol: str | None
    kind: DocumentKind
    title: str | None
    issued_on: dt.date | None
    file_name: str | None
    file_sha256: str | None


@dataclass
class _ReviewIn:
    where: str
    id: uuid.UUID
    state: str
    cycle: int
    session: int | None
    review_date: dt.date | None
    documents: list[_DocumentIn]


@dataclass
class _ResponseIn:
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
class _AssessmentIn:
    where: str
    id: uuid.UUID
    source: AssessmentSource
    source_name: str | None
    level: ImplementationLevel
    assessed_on: dt.date | None
    evidence: str | None
    recorded: dict[str, dt.datetime]


@dataclass
class _RecommendationIn:
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
    responses: list[_ResponseIn]
    assessments: list[_AssessmentIn]
    recorded: dict[str, dt.datetime]


@dataclass
class _AttachmentIn:
    file_name: str
    media_type: str
    data: bytes


@dataclass
class _MilestoneIn:
    where: str
    id: uuid.UUID
    state: str
    kind: MilestoneKind
    title: str
    date: PartialDate | None
    description: str | None
    ends_on: dt.date | None
    source_citation: str | None
    source_url: str | None
    plan_id: uuid.UUID | None
    item_number: str | None
    recommendation_ids: list[uuid.UUID]
    attachment: _AttachmentIn | None
    recorded: dict[str, dt.datetime]


@dataclass
class _NoteIn:
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


@dataclass
class _ProblemIn:
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
class _Export:
    reviews: list[_ReviewIn]
    recommendations: list[_RecommendationIn]
    milestones: list[_MilestoneIn]
    notes: list[_NoteIn]
    problems: list[_ProblemIn]


def _read_export(data: dict[str, Any], name: str) -> _Export:
    """Every record of the file, checked: nothing is written before the whole file has passed."""
    sections = {}
    for section in SECTIONS:
        items = data.get(section)
        if items is None:
            items = []  # a file from elsewhere may have no milestones or notes at all
        elif not isinstance(items, list):
            raise InvalidValueError(f"{name}: {section}: expected a list, found {_shown(items)}")
        # Places read "file.json: notes[3].written_at".
        sections[section] = [_Fields(item, f"{name}: {section}[{index}]") for index, item in enumerate(items)]
    return _Export(
        reviews=[_read_review(f) for f in sections["reviews"]],
        recommendations=[_read_recommendation(f) for f in sections["recommendations"]],
        milestones=[_read_milestone(f) for f in sections["milestones"]],
        notes=[_read_note(f) for f in sections["notes"]],
        problems=[_read_problem(f) for f in sections["import_problems"]],
    )


_CYCLE = "a UPR cycle (a whole number from 1)"
_SESSION = "a Working Group session (a whole number from 1, or null)"


def _read_review(f: _Fields) -> _ReviewIn:
    cycle = f.integer("cycle", required=True, minimum=1, what=_CYCLE)
    session = f.integer("session", minimum=1, what=_SESSION)
    assert cycle is not None
    for check in (lambda: check_cycle(cycle), lambda: check_session_in_cycle(cycle, session)):
        try:
            check()
        except InvalidValueError as exc:
            raise InvalidValueError(f"{f.where}.{exc}") from None
    return _ReviewIn(f.where, f.id(), f.needed_text("state"), cycle, session, f.date("review_date"),
                     [_read_document(d) for d in f.objects("documents")])


def _read_document(f: _Fields) -> _DocumentIn:
    return _DocumentIn(
        f.where, f.id(), f.text("symbol"),
        f.choice("kind", DocumentKind, "a document kind") or DocumentKind.OTHER,
        f.text("title"), f.date("issued_on"), f.text("file_name"), f.text("file_sha256"),
    )


def _read_recommendation(f: _Fields) -> _RecommendationIn:
    rec_id = f.id()
    # Derived values are recomputed from the history, but a file holding impossible ones is damaged.
    f.choice("position", Position, "a position")
    f.choice("implementation_level", ImplementationLevel, "an implementation level")
    for derived in ("considered_implemented", "needs_review"):
        f.flag(derived)
    f.moment("last_activity_at")
    responses = [_read_response(r, rec_id) for r in f.objects("responses")]
    return _RecommendationIn(
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
        responses=responses, assessments=[_read_assessment(a) for a in f.objects("assessments")],
        recorded=f.recorded(),
    )


def _read_response(f: _Fields, rec_id: uuid.UUID) -> _ResponseIn:
    covered = f.uuids("recommendation_ids") if f.record.get("recommendation_ids") is not None else [rec_id]
    if not covered:
        f.fail("recommendation_ids", "empty (a response covers at least one recommendation)")
    if rec_id not in covered:
        f.fail("recommendation_ids", f"does not include the recommendation the response is listed under ({rec_id})")
    return _ResponseIn(
        f.where, f.id(), f.choice("position", Position, "a position"), f.flag("considered_implemented"),
        f.text("response_text"), f.text("deciding_sentence"), f.uuid("source_document_id"),
        f.text("source_paragraph"), f.date("responded_on"), f.flag("needs_review"), f.text("review_reason"),
        covered, f.recorded(),
    )


def _read_assessment(f: _Fields) -> _AssessmentIn:
    return _AssessmentIn(
        f.where, f.id(), f.needed_choice("source", AssessmentSource, "an assessment source"), f.text("source_name"),
        f.needed_choice("level", ImplementationLevel, "an implementation level"), f.date("assessed_on"),
        f.text("evidence"), f.recorded(),
    )


def _read_milestone(f: _Fields) -> _MilestoneIn:
    attachment = None
    if f.record.get("attachment") is not None:
        a = _Fields(f.record["attachment"], f.at("attachment"))
        encoded = a.needed_text("data_base64")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            a.fail("data_base64", "the attached file is damaged (not base64)")
        attachment = _AttachmentIn(a.needed_text("file_name"), a.text("media_type") or "application/octet-stream",
                                   data)
    return _MilestoneIn(
        where=f.where, id=f.id(), state=f.needed_text("state"),
        kind=f.needed_choice("kind", MilestoneKind, "a milestone kind"), title=f.needed_text("title"),
        date=f.partial_date("date"), description=f.text("description"), ends_on=f.date("ends_on"),
        source_citation=f.text("source_citation"), source_url=f.text("source_url"), plan_id=f.uuid("plan_id"),
        item_number=f.text("item_number"), recommendation_ids=f.uuids("recommendation_ids"),
        attachment=attachment, recorded=f.recorded(),
    )


def _read_note(f: _Fields) -> _NoteIn:
    subjects = [(key, f.uuid(key)) for key in ("recommendation_id", "milestone_id", "review_id")]
    given = [(key, value) for key, value in subjects if value is not None]
    if len(given) != 1:
        raise InvalidValueError(f"{f.where}: a note belongs to exactly one recommendation, milestone or review "
                                f"(recommendation_id, milestone_id, review_id), this one to {len(given)}")
    written_at = f.moment("written_at", required=True)
    assert written_at is not None
    return _NoteIn(
        f.where, f.id(), f.needed_text("author"), written_at, f.needed_text("body"), f.flag("confidential"),
        list(dict.fromkeys(f.texts("tags"))), given[0][0], given[0][1],
        f.recorded(),
    )


def _read_problem(f: _Fields) -> _ProblemIn:
    return _ProblemIn(
        f.where, f.id(), f.needed_uuid("document_id"),
        f.needed_text("kind"), f.text("labels"), f.integer("line", minimum=0, what="a line number"),
        f.text("excerpt"), f.needed_text("message"), f.flag("resolved"), f.text("resolution"),
        f.uuids("recommendation_ids"),
    )


# --- writing ---------------------------------------------------------------------------------------


def _state(session: Session, name: str, *, field: str) -> State:
    """States are matched, never added: one the database does not know makes the file unusable here."""
    try:
        return resolve_state(session, name, field=field)
    except NotFoundError as exc:
        raise InvalidValueError(str(exc)) from None


class _ExportWriter:
    """Adds the checked records, each exported id mapped to the local record that is the same thing."""

    def __init__(self, session: Session, export: _Export, report: JsonImportReport,
                 progress: ProgressReporter, name: str) -> None:
        self.session = session
        self.export = export
        self.report = report
        self.progress = progress
        self.name = name
        self.terms = TermMatcher(session)
        # exported id -> the local record (or its id)
        self.reviews: dict[uuid.UUID, Review] = {}
        self.documents: dict[uuid.UUID, uuid.UUID] = {}
        self.recommendations: dict[uuid.UUID, uuid.UUID] = {}
        self.milestones: dict[uuid.UUID, uuid.UUID] = {}
        # Responses appear under each recommendation they cover: handled once.
        self.responses_seen: set[uuid.UUID] = set()
        # Records this import added: recognising "the same thing" looks only at what was there before,
        # so that a file never loses records of its own (into an empty database, all of it comes back).
        self.added: set[uuid.UUID] = set()
        self.touched: set[uuid.UUID] = set()

    def run(self) -> None:
        for review in self.export.reviews:
            self._review(review)
        records = self.export.recommendations
        for index, record in enumerate(records):
            if index % 500 == 0:
                self.progress.check_cancelled()
                self.progress.report(index, len(records), "Recommendations")
            self._recommendation(record)
        for record in records:
            local_id = self.recommendations[record.id]
            for response in record.responses:
                self._response(response)
            for assessment in record.assessments:
                self._assessment(assessment, local_id)
        for record in records:
            for later in record.later_recommendation_ids:
                self._link(self.recommendations[record.id], later)
        self._milestones(self.export.milestones)
        for note in self.export.notes:
            self._note(note)
        for problem in self.export.problems:
            self._problem(problem)
        self.report.notices += self.terms.summary()
        refresh_recommendations(self.session, self.touched)

    def _add(self, record: Any, kind: str) -> None:
        self.session.add(record)
        self.session.flush()
        self.added.add(record.id)
        self.report.count(kind, "created")

    def _before(self, candidates: Iterable[Any]) -> Any | None:
        return next((c for c in candidates if c.id not in self.added), None)

    # --- what the exported ids stand for here ----------------------------------------------------
    def _document_id(self, exported: uuid.UUID, where: str) -> uuid.UUID:
        if exported in self.documents:
            return self.documents[exported]
        if self.session.get(Document, exported) is not None:
            return exported
        raise InvalidValueError(f"{where}: no document with id {exported} in the file or in this database")

    def _recommendation_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.recommendations:
            return self.recommendations[exported]
        return exported if self.session.get(Recommendation, exported) is not None else None

    def _milestone_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.milestones:
            return self.milestones[exported]
        return exported if self.session.get(Milestone, exported) is not None else None

    def _review_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.reviews:
            return self.reviews[exported].id
        return exported if self.session.get(Review, exported) is not None else None

    # --- reviews and documents -------------------------------------------------------------------
    def _review(self, record: _ReviewIn) -> None:
        """The exported review, or this database's review of the same State and cycle."""
        review = self.session.get(Review, record.id)
        if review is None:
            state = _state(self.session, record.state, field=f"{record.where}.state")
            review = self.session.scalar(select(Review).where(Review.state_id == state.id,
                                                              Review.cycle == record.cycle))
            if review is None:
                review = Review(id=record.id, state=state, cycle=record.cycle, session=record.session,
                                review_date=record.review_date)
                self._add(review, "reviews")
            else:
                self.report.count("reviews", "unchanged")
        else:
            self.report.count("reviews", "unchanged")
        self.reviews[record.id] = review
        for document in record.documents:
            self._document(review, document)

    def _document(self, review: Review, record: _DocumentIn) -> None:
        local = self.session.get(Document, record.id) or self._same_document(review, record)
        if local is not None:
            self.documents[record.id] = local.id
            self.report.count("documents", "unchanged")
            return
        self._add(Document(id=record.id, review_id=review.id, symbol=record.symbol, kind=record.kind.value,
                           title=record.title, issued_on=record.issued_on, file_name=record.file_name,
                           file_sha256=record.file_sha256), "documents")
        self.documents[record.id] = record.id

    def _same_document(self, review: Review, record: _DocumentIn) -> Document | None:
        symbol = normalise_symbol(record.symbol) if record.symbol and record.symbol.strip() else None
        if symbol is None and not record.file_sha256:
            return None
        return self._before(
            d for d in self.session.scalars(select(Document).where(Document.review_id == review.id)
                                            .order_by(Document.created_at))
            if (symbol is not None and d.symbol and normalise_symbol(d.symbol) == symbol)
            or (record.file_sha256 and d.file_sha256 == record.file_sha256)
        )

    def _review_of(self, record: _RecommendationIn) -> Review:
        if record.review_id in self.reviews:
            return self.reviews[record.review_id]
        review = self.session.get(Review, record.review_id)
        if review is None:
            if not record.state or record.cycle is None:
                raise InvalidValueError(f"{record.where}.review_id: no review with id {record.review_id} in the "
                                        "file or in this database, and no state and cycle to find it by")
            state = _state(self.session, record.state, field=f"{record.where}.state")
            try:
                review = find_or_create_review(self.session, state, record.cycle, record.session)
            except InvalidValueError as exc:
                raise InvalidValueError(f"{record.where}.{exc}") from None
        self.reviews[record.review_id] = review
        return review

    # --- recommendations --------------------------------------------------------------------------
    def _recommendation(self, record: _RecommendationIn) -> None:
        local = self.session.get(Recommendation, record.id)
        if local is None:
            review = self._review_of(record)
            local = self._same_recommendation(review, record)
            if local is None:
                self._new_recommendation(review, record)
                return
        self.recommendations[record.id] = local.id
        self.report.count("recommendations", "unchanged")

    def _same_recommendation(self, review: Review, record: _RecommendationIn) -> Recommendation | None:
        """By label in the review; an unlabelled one by its text. (Within one review a label is
        unique, so a labelled record also matches one this import added: the file holds it twice.)"""
        if record.label:
            return self.session.scalar(select(Recommendation).where(Recommendation.review_id == review.id,
                                                                    Recommendation.label == record.label))
        return self._before(self.session.scalars(
            select(Recommendation).where(Recommendation.review_id == review.id,
                                         Recommendation.text_key == text_key(record.text))
            .order_by(Recommendation.label.is_not(None), Recommendation.label_sort, Recommendation.created_at)))

    def _new_recommendation(self, review: Review, record: _RecommendationIn) -> None:
        terms = [self.terms.match(vocabulary, name, self.report.notices)
                 for vocabulary in VOCABULARY_FIELDS for name in record.terms[vocabulary]]
        states = [_state(self.session, name, field=f"{record.where}.recommending_states[{index}]")
                  for index, name in enumerate(record.recommending_states)]
        source_document_id = (self._document_id(record.source_document_id, f"{record.where}.source_document_id")
                              if record.source_document_id else None)
        self._add(Recommendation(
            id=record.id, review_id=review.id, label=record.label, label_sort=label_sort_key(record.label),
            text=record.text, text_key=text_key(record.text), recommended_by=record.recommended_by,
            action_category=record.action_category, source_document_id=source_document_id,
            source_paragraph=record.source_paragraph, recommending_states=list(dict.fromkeys(states)),
            terms=[t for t in dict.fromkeys(terms) if t], **record.recorded,
        ), "recommendations")
        self.recommendations[record.id] = record.id
        self.touched.add(record.id)

    # --- responses, assessments, links ---------------------------------------------------------------
    def _response(self, record: _ResponseIn) -> None:
        if record.id in self.responses_seen:
            return  # shared by several recommendations: made once
        self.responses_seen.add(record.id)
        if self.session.get(Response, record.id) is not None:
            self.report.count("responses", "unchanged")
            return
        resolved = [self._recommendation_id(i) for i in record.recommendation_ids]
        known = list(dict.fromkeys(i for i in resolved if i is not None))
        # Recommendations left out of a filtered export are simply not linked; one at least is in the file.
        covered = [self.session.get(Recommendation, i) for i in known]
        reviews = {r.review_id for r in covered if r is not None}
        if len(reviews) != 1:
            raise InvalidValueError(f"{record.where}.recommendation_ids: one response covers recommendations "
                                    "of one review only")
        document_id = (self._document_id(record.source_document_id, f"{record.where}.source_document_id")
                       if record.source_document_id else None)
        if self._same_response(record, document_id, set(known), complete=len(known) == len(resolved)):
            self.report.count("responses", "unchanged")
            return
        self._add(Response(
            id=record.id, review_id=reviews.pop(), position=record.position.value if record.position else None,
            considered_implemented=record.considered_implemented, response_text=record.response_text,
            deciding_sentence=record.deciding_sentence, source_document_id=document_id,
            source_paragraph=record.source_paragraph, responded_on=record.responded_on,
            needs_review=record.needs_review, review_reason=record.review_reason,
            recommendations=[r for r in covered if r is not None], **record.recorded,
        ), "responses")
        self.touched.update(known)

    def _same_response(self, record: _ResponseIn, document_id: uuid.UUID | None, covered: set[uuid.UUID],
                       complete: bool) -> bool:
        """A response this database has already: same source document, position and recommendations
        (all of them, or at least those known here when the file names some this database lacks)."""
        candidates = self.session.scalars(
            select(Response).join(response_recommendation, response_recommendation.c.response_id == Response.id)
            .where(response_recommendation.c.recommendation_id == next(iter(covered)),
                   Response.source_document_id == document_id,
                   Response.position == (record.position.value if record.position else None)))
        for candidate in candidates:
            if candidate.id in self.added:
                continue
            ids = {r.id for r in candidate.recommendations}
            if ids == covered or (not complete and ids >= covered):
                return True
        return False

    def _assessment(self, record: _AssessmentIn, rec_id: uuid.UUID) -> None:
        if self.session.get(Assessment, record.id) is not None:
            self.report.count("assessments", "unchanged")
            return
        self._add(Assessment(id=record.id, recommendation_id=rec_id, source=record.source.value,
                             source_name=record.source_name, level=record.level.value,
                             assessed_on=record.assessed_on, evidence=record.evidence, **record.recorded),
                  "assessments")
        self.touched.add(rec_id)

    def _link(self, earlier: uuid.UUID, exported_later: uuid.UUID) -> None:
        later = self._recommendation_id(exported_later)
        if later is None or later == earlier:
            return  # a later recommendation outside the export, or the same one here
        known = self.session.scalar(select(RecommendationLink).where(RecommendationLink.earlier_id == earlier,
                                                                     RecommendationLink.later_id == later))
        if known is not None:
            self.report.count("links", "unchanged")
            return
        self._add(RecommendationLink(earlier_id=earlier, later_id=later), "links")

    # --- milestones, notes, problems ------------------------------------------------------------
    def _milestones(self, records: list[_MilestoneIn]) -> None:
        """Plans before their items, whatever the order of the file."""
        in_file = {m.id for m in records}
        pending = records
        while pending:
            waiting = [m for m in pending if m.plan_id in in_file and m.plan_id not in self.milestones
                       and m.plan_id != m.id]
            ready = [m for m in pending if m not in waiting]
            if not ready:
                raise InvalidValueError(f"{waiting[0].where}.plan_id: the plans of these milestones refer to "
                                        "one another in a loop")
            for milestone in ready:
                self._milestone(milestone)
            pending = waiting

    def _milestone(self, record: _MilestoneIn) -> None:
        state = _state(self.session, record.state, field=f"{record.where}.state")
        plan_id = None
        if record.plan_id is not None:
            plan_id = self._milestone_id(record.plan_id) if record.plan_id != record.id else None
            plan = self.session.get(Milestone, plan_id) if plan_id else None
            if plan is None or plan.kind != MilestoneKind.PLAN.value:
                raise InvalidValueError(f"{record.where}.plan_id: {record.plan_id} is not a plan of action in the "
                                        "file or in this database")
        local = self.session.get(Milestone, record.id) or self._same_milestone(state.id, plan_id, record)
        if local is not None:
            self.milestones[record.id] = local.id
            self.report.count("milestones", "unchanged")
            return
        attachment = None
        if record.attachment is not None:
            data = record.attachment.data
            attachment = Attachment(file_name=record.attachment.file_name, media_type=record.attachment.media_type,
                                    sha256=hashlib.sha256(data).hexdigest(), data=data)
        linked = [self.session.get(Recommendation, i) for i in self._known_recommendations(record.recommendation_ids)]
        when = record.date
        self._add(Milestone(
            id=record.id, state=state, plan_id=plan_id, kind=record.kind.value, title=record.title,
            description=record.description, occurred_on=when.start if when else None,
            date_precision=when.precision.value if when else "day", ends_on=record.ends_on,
            item_number=record.item_number, source_citation=record.source_citation, source_url=record.source_url,
            attachment=attachment, recommendations=[r for r in linked if r is not None], **record.recorded,
        ), "milestones")
        self.milestones[record.id] = record.id
        self.touched.update(r.id for r in linked if r is not None)

    def _same_milestone(self, state_id: uuid.UUID, plan_id: uuid.UUID | None, record: _MilestoneIn) -> Milestone | None:
        """The same event recorded here already (both laptops built the demo, or wrote down the same law)."""
        when = record.date
        return self._before(self.session.scalars(select(Milestone).where(
            Milestone.state_id == state_id, Milestone.kind == record.kind.value, Milestone.title == record.title,
            Milestone.plan_id == plan_id, Milestone.occurred_on == (when.start if when else None),
            Milestone.date_precision == (when.precision.value if when else "day"),
        ).order_by(Milestone.created_at)))

    def _known_recommendations(self, exported: list[uuid.UUID]) -> list[uuid.UUID]:
        """The local ids of those recommendations this database has (a filtered export names others)."""
        return list(dict.fromkeys(i for i in map(self._recommendation_id, exported) if i is not None))

    def _note(self, record: _NoteIn) -> None:
        if self.session.get(Note, record.id) is not None:
            self.report.count("notes", "unchanged")
            return
        resolve = {"recommendation_id": self._recommendation_id, "milestone_id": self._milestone_id,
                   "review_id": self._review_id}[record.subject]
        subject_id = resolve(record.subject_id)
        if subject_id is None:
            what = record.subject.removesuffix("_id")
            raise InvalidValueError(f"{record.where}.{record.subject}: no {what} with id {record.subject_id} in the "
                                    "file or in this database")
        self._add(Note(id=record.id, author=record.author, written_at=record.written_at, body=record.body,
                       confidential=record.confidential, tags=[NoteTag(tag=t) for t in record.tags],
                       **{record.subject: subject_id}, **record.recorded), "notes")
        if record.subject == "recommendation_id":
            self.touched.add(subject_id)

    def _problem(self, record: _ProblemIn) -> None:
        if self.session.get(ImportProblem, record.id) is not None:
            self.report.count("import_problems", "unchanged")
            return
        document_id = self._document_id(record.document_id, f"{record.where}.document_id")
        same = self._before(self.session.scalars(select(ImportProblem).where(
            ImportProblem.document_id == document_id, ImportProblem.kind == record.kind,
            ImportProblem.labels == record.labels, ImportProblem.line == record.line,
            ImportProblem.message == record.message,
        ).order_by(ImportProblem.created_at)))
        if same is not None:
            self.report.count("import_problems", "unchanged")
            return
        linked = [self.session.get(Recommendation, i) for i in self._known_recommendations(record.recommendation_ids)]
        self._add(ImportProblem(
            id=record.id, document_id=document_id, kind=record.kind, labels=record.labels, line=record.line,
            excerpt=record.excerpt, message=record.message, resolved=record.resolved, resolution=record.resolution,
            recommendations=[r for r in linked if r is not None],
        ), "import_problems")
        self.touched.update(r.id for r in linked if r is not None)
