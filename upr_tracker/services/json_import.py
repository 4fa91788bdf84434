"""Importing a UPR Tracker JSON export: into an empty database it gives the same data back, and
into another database it adds what that one lacks (records keep their ids, so the same export
imported twice adds nothing, and two laptops can exchange their work)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.milestones import PartialDate
from upr_tracker.errors import InvalidValueError
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
)

VOCABULARY_FIELDS = ("themes", "sdgs", "affected_persons", "ohchr_themes")


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
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise InvalidValueError(f"{path.name}: not a UTF-8 JSON file") from None
    except json.JSONDecodeError as exc:
        raise InvalidValueError(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (no \"format\": \"{FORMAT_NAME}\")")
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise InvalidValueError(f"{path.name}: written by a newer version of UPR Tracker (format "
                                f"{data.get('format_version')}); install the newer version to import it")
    return data


def import_json_export(db: Database, path: Path | str, *, dry_run: bool = False,
                       progress: ProgressReporter = NO_PROGRESS) -> JsonImportReport:
    path = Path(path)
    data = _load(path)
    report = JsonImportReport(str(path), dry_run)
    try:
        with db.write() as session:
            _ExportReader(session, data, report, progress, path.name).run()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return report


def _uuid(value: Any, where: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InvalidValueError(f"{where}: {value!r} is not an id") from None


def _date(value: Any, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValueError(f"{where}: {value!r} is not a date") from None


def _moment(value: Any, where: str) -> dt.datetime | None:
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValueError(f"{where}: {value!r} is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _recorded(record: dict[str, Any], where: str) -> dict[str, dt.datetime]:
    """created_at / updated_at as exported (absent in files from elsewhere: then now)."""
    found = {key: _moment(record.get(key), where) for key in ("created_at", "updated_at")}
    return {key: value for key, value in found.items() if value is not None}


class _ExportReader:
    def __init__(self, session: Session, data: dict[str, Any], report: JsonImportReport,
                 progress: ProgressReporter, name: str) -> None:
        self.session = session
        self.data = data
        self.report = report
        self.progress = progress
        self.name = name
        self.terms = TermMatcher(session)
        self.reviews: dict[uuid.UUID, Review] = {}
        self.touched: set[uuid.UUID] = set()

    def _where(self, section: str, index: int) -> str:
        return f"{self.name}: {section}[{index}]"

    def run(self) -> None:
        for index, review in enumerate(self.data.get("reviews", [])):
            self._review(review, self._where("reviews", index))
        records = self.data.get("recommendations", [])
        for index, record in enumerate(records):
            if index % 500 == 0:
                self.progress.check_cancelled()
                self.progress.report(index, len(records), "Recommendations")
            self._recommendation(record, self._where("recommendations", index))
        for index, record in enumerate(records):
            self._responses_and_assessments(record, self._where("recommendations", index))
        for index, record in enumerate(records):
            for later in record.get("later_recommendation_ids", []):
                self._link(_uuid(record["id"], self._where("recommendations", index)), _uuid(later, "link"))
        for index, milestone in enumerate(self.data.get("milestones", [])):
            self._milestone(milestone, self._where("milestones", index))
        for index, note in enumerate(self.data.get("notes", [])):
            self._note(note, self._where("notes", index))
        for index, problem in enumerate(self.data.get("import_problems", [])):
            self._problem(problem, self._where("import_problems", index))
        self.report.notices += self.terms.summary()
        refresh_recommendations(self.session, self.touched)

    # --- reviews and documents -------------------------------------------------------------------
    def _review(self, record: dict[str, Any], where: str) -> None:
        """The exported review, or this database's review of the same State and cycle."""
        review_id = _uuid(record["id"], where)
        review = self.session.get(Review, review_id)
        if review is None:
            state = resolve_state(self.session, record["state"], field=f"{where}.state")
            review = self.session.scalar(select(Review).where(Review.state_id == state.id,
                                                              Review.cycle == record["cycle"]))
            if review is None:
                review = Review(id=review_id, state=state, cycle=record["cycle"], session=record.get("session"),
                                review_date=_date(record.get("review_date"), where))
                self.session.add(review)
                self.session.flush()
                self.report.count("reviews", "created")
            else:
                self.report.count("reviews", "unchanged")
        else:
            self.report.count("reviews", "unchanged")
        self.reviews[review_id] = review
        for index, document in enumerate(record.get("documents", [])):
            self._document(review, document, f"{where}.documents[{index}]")

    def _document(self, review: Review, record: dict[str, Any], where: str) -> None:
        document_id = _uuid(record["id"], where)
        if self.session.get(Document, document_id) is not None:
            self.report.count("documents", "unchanged")
            return
        self.session.add(Document(id=document_id, review_id=review.id, symbol=record.get("symbol"),
                                  kind=record.get("kind") or "other", title=record.get("title"),
                                  issued_on=_date(record.get("issued_on"), where), file_name=record.get("file_name"),
                                  file_sha256=record.get("file_sha256")))
        self.session.flush()
        self.report.count("documents", "created")

    def _review_of(self, record: dict[str, Any], where: str) -> Review:
        review_id = _uuid(record.get("review_id"), f"{where}.review_id")
        if review_id in self.reviews:
            return self.reviews[review_id]
        review = self.session.get(Review, review_id)
        if review is None:
            state = resolve_state(self.session, record["state"], field=f"{where}.state")
            review = find_or_create_review(self.session, state, record["cycle"], record.get("session"))
        self.reviews[review_id] = review
        return review

    # --- recommendations --------------------------------------------------------------------------
    def _recommendation(self, record: dict[str, Any], where: str) -> None:
        rec_id = _uuid(record["id"], where)
        if self.session.get(Recommendation, rec_id) is not None:
            self.report.count("recommendations", "unchanged")
            return
        review = self._review_of(record, where)
        text = record.get("text") or ""
        terms = [self.terms.match(vocabulary, name, self.report.notices)
                 for vocabulary in VOCABULARY_FIELDS for name in record.get(vocabulary, [])]
        states = [resolve_state(self.session, name, field=f"{where}.recommending_states")
                  for name in record.get("recommending_states", [])]
        source_document_id = record.get("source_document_id")
        rec = Recommendation(
            id=rec_id, review_id=review.id, label=record.get("label"), label_sort=label_sort_key(record.get("label")),
            text=text, text_key=text_key(text), recommended_by=record.get("recommended_by"),
            action_category=record.get("action_category"),
            source_document_id=_uuid(source_document_id, where) if source_document_id else None,
            source_paragraph=record.get("source_paragraph"),
            recommending_states=list(dict.fromkeys(states)), terms=[t for t in dict.fromkeys(terms) if t],
            **_recorded(record, where),
        )
        self.session.add(rec)
        self.session.flush()
        self.touched.add(rec_id)
        self.report.count("recommendations", "created")

    def _responses_and_assessments(self, record: dict[str, Any], where: str) -> None:
        rec_id = _uuid(record["id"], where)
        for index, response in enumerate(record.get("responses", [])):
            self._response(response, rec_id, f"{where}.responses[{index}]")
        for index, assessment in enumerate(record.get("assessments", [])):
            self._assessment(assessment, rec_id, f"{where}.assessments[{index}]")

    def _response(self, record: dict[str, Any], rec_id: uuid.UUID, where: str) -> None:
        response_id = _uuid(record["id"], where)
        if self.session.get(Response, response_id) is not None:
            return  # shared by several recommendations: made once
        covered = [self.session.get(Recommendation, _uuid(i, where)) for i in record.get("recommendation_ids", [rec_id])]
        covered = [r for r in covered if r is not None]
        document_id = record.get("source_document_id")
        self.session.add(Response(
            id=response_id, review_id=covered[0].review_id, position=record.get("position"),
            considered_implemented=bool(record.get("considered_implemented")),
            response_text=record.get("response_text"), deciding_sentence=record.get("deciding_sentence"),
            source_document_id=_uuid(document_id, where) if document_id else None,
            source_paragraph=record.get("source_paragraph"), responded_on=_date(record.get("responded_on"), where),
            needs_review=bool(record.get("needs_review")), review_reason=record.get("review_reason"),
            recommendations=covered, **_recorded(record, where),
        ))
        self.touched.update(r.id for r in covered)
        self.report.count("responses", "created")

    def _assessment(self, record: dict[str, Any], rec_id: uuid.UUID, where: str) -> None:
        assessment_id = _uuid(record["id"], where)
        if self.session.get(Assessment, assessment_id) is not None:
            self.report.count("assessments", "unchanged")
            return
        self.session.add(Assessment(id=assessment_id, recommendation_id=rec_id, source=record["source"],
                                    source_name=record.get("source_name"), level=record["level"],
                                    assessed_on=_date(record.get("assessed_on"), where),
                                    evidence=record.get("evidence"), **_recorded(record, where)))
        self.touched.add(rec_id)
        self.report.count("assessments", "created")

    def _link(self, earlier: uuid.UUID, later: uuid.UUID) -> None:
        known = self.session.scalar(select(RecommendationLink).where(RecommendationLink.earlier_id == earlier,
                                                                     RecommendationLink.later_id == later))
        if known is None and self.session.get(Recommendation, later) is not None:
            self.session.add(RecommendationLink(earlier_id=earlier, later_id=later))
            self.report.count("links", "created")

    # --- milestones, notes, problems ------------------------------------------------------------
    def _milestone(self, record: dict[str, Any], where: str) -> None:
        milestone_id = _uuid(record["id"], where)
        if self.session.get(Milestone, milestone_id) is not None:
            self.report.count("milestones", "unchanged")
            return
        when = PartialDate.parse(record["date"], field=f"{where}.date") if record.get("date") else None
        attachment = None
        if record.get("attachment"):
            try:
                data = base64.b64decode(record["attachment"]["data_base64"], validate=True)
            except (binascii.Error, KeyError, TypeError):
                raise InvalidValueError(f"{where}.attachment: the attached file is damaged") from None
            attachment = Attachment(file_name=record["attachment"]["file_name"],
                                    media_type=record["attachment"].get("media_type") or "application/octet-stream",
                                    sha256=hashlib.sha256(data).hexdigest(), data=data)
        linked = [self.session.get(Recommendation, _uuid(i, where)) for i in record.get("recommendation_ids", [])]
        plan_id = record.get("plan_id")
        self.session.add(Milestone(
            id=milestone_id, state=resolve_state(self.session, record["state"], field=f"{where}.state"),
            plan_id=_uuid(plan_id, where) if plan_id else None, kind=record["kind"], title=record["title"],
            description=record.get("description"), occurred_on=when.start if when else None,
            date_precision=when.precision.value if when else "day", ends_on=_date(record.get("ends_on"), where),
            item_number=record.get("item_number"), source_citation=record.get("source_citation"),
            source_url=record.get("source_url"), attachment=attachment,
            recommendations=[r for r in linked if r is not None], **_recorded(record, where),
        ))
        self.session.flush()
        self.touched.update(r.id for r in linked if r is not None)
        self.report.count("milestones", "created")

    def _note(self, record: dict[str, Any], where: str) -> None:
        note_id = _uuid(record["id"], where)
        if self.session.get(Note, note_id) is not None:
            self.report.count("notes", "unchanged")
            return
        subject = {key: _uuid(record[key], where) if record.get(key) else None
                   for key in ("recommendation_id", "milestone_id", "review_id")}
        self.session.add(Note(id=note_id, author=record["author"], written_at=_moment(record["written_at"], where),
                              body=record["body"], confidential=bool(record.get("confidential")),
                              tags=[NoteTag(tag=t) for t in dict.fromkeys(record.get("tags", []))], **subject,
                              **_recorded(record, where)))
        if subject["recommendation_id"]:
            self.touched.add(subject["recommendation_id"])
        self.report.count("notes", "created")

    def _problem(self, record: dict[str, Any], where: str) -> None:
        problem_id = _uuid(record["id"], where)
        if self.session.get(ImportProblem, problem_id) is not None:
            return
        linked = [self.session.get(Recommendation, _uuid(i, where)) for i in record.get("recommendation_ids", [])]
        self.session.add(ImportProblem(
            id=problem_id, document_id=_uuid(record["document_id"], where), kind=record["kind"],
            labels=record.get("labels"), line=record.get("line"), excerpt=record.get("excerpt"),
            message=record["message"], resolved=bool(record.get("resolved")), resolution=record.get("resolution"),
            recommendations=[r for r in linked if r is not None],
        ))
        self.touched.update(r.id for r in linked if r is not None)
        self.report.count("import_problems", "created")
