"""Writing the checked records of a JSON export into a database: each exported id mapped to the
local record that is the same thing, what the database lacks added.

Recommendations, responses, assessments, links, milestones, notes and import problems go in with
Core inserts in batches, as the dataset import writes its rows, with an audit entry for each record
created; whether a record is there already is looked up for a batch of ids at a time
(json_import_lookups). Reviews and documents (a few per review) go through the ORM.

A response, milestone or import problem found here is linked to the recommendations of the file it
does not cover yet: a filtered export writes them whole, with recommendations another file brings.
Milestones, notes and import problems are written by json_import_follow_up.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from upr_tracker.domain.documents import normalise_symbol
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import name_keys
from upr_tracker.domain.review_calendar import format_estimated
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services import json_import_lookups as lookups
from upr_tracker.services.json_import_derived import derive_new_recommendations
from upr_tracker.services.json_import_follow_up import FollowUpWriting
from upr_tracker.services.json_import_reading import (
    VOCABULARY_FIELDS,
    AssessmentIn,
    DocumentIn,
    ExportIn,
    RecommendationIn,
    ResponseIn,
    ReviewIn,
)
from upr_tracker.services.json_import_related import write_related_links
from upr_tracker.services.json_import_suggestions import write_suggestions
from upr_tracker.services.progress import ProgressReporter
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.review_dates import fill_estimated_dates
from upr_tracker.services.reviews import find_or_create_review
from upr_tracker.services.states import resolve_state
from upr_tracker.services.term_matching import TermMatcher
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Assessment,
    Attachment,
    AuditEntry,
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
    StateName,
    import_problem_recommendation,
    milestone_recommendation,
    recommendation_term,
    recommending_state,
    response_recommendation,
    utc_now,
    table_of,
)

if TYPE_CHECKING:
    from upr_tracker.services.json_import import JsonImportReport

# Tables in the order their rows are written: a row's parents before it.
_WRITE_ORDER: tuple[Table, ...] = (
    table_of(Recommendation), recommending_state, recommendation_term, table_of(Response),
    response_recommendation, table_of(Assessment), table_of(RecommendationLink), table_of(Attachment),
    table_of(Milestone), milestone_recommendation, table_of(Note), table_of(NoteTag), table_of(ImportProblem),
    import_problem_recommendation, table_of(AuditEntry),
)


def _state(session: Session, name: str, *, field: str) -> State:
    """States are matched, never added: one the database does not know makes the file unusable here."""
    try:
        return resolve_state(session, name, field=field)
    except NotFoundError as exc:
        raise InvalidValueError(str(exc)) from None


def _plain(value: Any) -> Any:
    """Ids and dates in an audit entry, as the audit trail writes them."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} in an audit entry")


# One encoder for every audit entry; ids and dates (rare among the values) converted when met.
_AUDIT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=_plain).encode


class ExportWriter(FollowUpWriting):
    """Adds the checked records, each exported id mapped to the local record that is the same thing."""

    def __init__(self, session: Session, export: ExportIn, report: JsonImportReport,
                 progress: ProgressReporter, name: str) -> None:
        self.session = session
        self.export = export
        self.report = report
        self.progress = progress
        self.name = name
        self.terms = TermMatcher(session)
        self.now = utc_now()
        self.actor = session.info.get("actor", "unknown")
        # exported id -> the local record (or its id)
        self.reviews: dict[uuid.UUID, Review] = {}
        self.documents: dict[uuid.UUID, uuid.UUID] = {}
        self.document_kinds: dict[uuid.UUID, str] = {}
        self.recommendations: dict[uuid.UUID, uuid.UUID] = {}
        self.milestones: dict[uuid.UUID, uuid.UUID] = {}
        # local recommendation id -> its review's id
        self.review_of: dict[uuid.UUID, uuid.UUID] = {}
        # ids of recommendations not in the file: the local id, or None when this database lacks it too
        self.outside: dict[uuid.UUID, uuid.UUID | None] = {}
        # per local review: label -> recommendation, and (recommendations there before) text key -> one
        self.labels: dict[uuid.UUID, dict[str, uuid.UUID]] = {}
        self.text_keys: dict[uuid.UUID, dict[str, uuid.UUID]] = {}
        self.states: dict[tuple[str, str], State] = {}
        self.state_ids: dict[str, uuid.UUID] = {}  # by the name as written
        self.term_ids: dict[tuple[str, str], uuid.UUID | None] = {}
        # exported plan id -> its kind, for milestones this import adds
        self.milestone_kinds: dict[uuid.UUID, str] = {}
        # A response is written under each recommendation it covers (format 1): handled once.
        self.responses_seen: set[uuid.UUID] = set()
        self.links: set[tuple[uuid.UUID, uuid.UUID]] = set()
        # What this database has, fetched a batch at a time before the records that need it:
        # the recommendations each response or milestone found here covers (updated as links are added),
        # the responses covering each recommendation here, links between recommendations, milestones
        # (with their kind), reviews, and import problems by what makes two the same.
        self.response_links: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.milestone_links: dict[uuid.UUID, set[uuid.UUID]] = {}
        self.responses_of: dict[uuid.UUID, list[lookups.ResponseHere]] = {}
        self.links_here: set[tuple[uuid.UUID, uuid.UUID]] = set()
        self.known_milestones: dict[uuid.UUID, Any] = {}
        self.milestones_here: dict[lookups.MilestoneKey, uuid.UUID] = {}
        self.known_reviews: dict[uuid.UUID, Any] = {}
        self.known_problems: dict[uuid.UUID, Any] = {}
        self.problems_here: dict[lookups.ProblemKey, uuid.UUID] = {}
        self.problem_links: dict[uuid.UUID, set[uuid.UUID]] = {}
        # Records this import added: recognising "the same thing" looks only at what was there before,
        # so that a file never loses records of its own (into an empty database, all of it comes back).
        self.added: set[uuid.UUID] = set()
        self.added_by_kind: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.touched: set[uuid.UUID] = set()
        self.pending: dict[Table, list[dict[str, Any]]] = {table: [] for table in _WRITE_ORDER}

    def run(self) -> None:
        self._reviews(self.export.reviews)
        self._recommendations(self.export.recommendations)
        self._responses()
        self._assessments_and_links()
        self._look_up_outside([i for m in self.export.milestones for i in m.recommendation_ids]
                              + [n.subject_id for n in self.export.notes if n.subject == "recommendation_id"]
                              + [i for p in self.export.problems for i in p.recommendation_ids])
        self._milestones(self.export.milestones)
        self._notes(self.export.notes)
        self._problems(self.export.problems)
        self.report.notices += self.terms.summary()
        self.progress.report(3, 4, "Writing")
        new = derive_new_recommendations(self.pending, self._existing, self._document_kinds)
        self._write_pending()
        write_suggestions(self)  # (reads back the values just written)
        # Recommendations that were here before and gained a response, an assessment, a note...
        refresh_recommendations(self.session, self.touched - new)

    # --- writing in bulk ------------------------------------------------------------------------
    def _queue(self, table: Table, row: dict[str, Any], kind: str | None = None,
               audited: dict[str, Any] | None = None, *, counted: bool = True) -> None:
        """A row to insert; with `kind`, a record created (counted, and in the audit trail)."""
        self.pending[table].append(row)
        if kind is not None:
            self.added.add(row["id"])
            self.added_by_kind[kind].add(row["id"])
            if counted:
                self.report.count(kind, "created")
            after = {key: value for key, value in (audited or row).items()
                     if key not in ("created_at", "updated_at")} | {"imported_from": self.name}
            self.pending[table_of(AuditEntry)].append({
                "id": uuid.uuid4(), "at": self.now, "actor": self.actor, "action": "create",
                "table_name": table.name, "record_id": str(row["id"]), "before": None,
                "after": _AUDIT_JSON(after)})

    def _document_kinds(self, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
        kinds = {i: self.document_kinds[i] for i in ids if i in self.document_kinds}
        missing = [i for i in ids if i not in kinds]
        kinds |= {i: found[0] for i, found in self._existing(table_of(Document), missing, Document.kind).items()}
        return kinds

    def _write_pending(self) -> None:
        self.session.flush()  # terms, reviews and documents the rows refer to
        for table in _WRITE_ORDER:
            rows = self.pending[table]
            if rows:
                self.session.execute(insert(table), rows)
                self.pending[table] = []

    def _existing(self, table: Table, ids: Iterable[uuid.UUID], *columns: Any) -> dict[uuid.UUID, Any]:
        return lookups.existing(self.session, table, ids, *columns)

    def _add(self, record: Any, kind: str, *, flush: bool = True) -> None:
        self.session.add(record)
        if flush:
            self.session.flush()
        self.added.add(record.id)
        self.report.count(kind, "created")

    def _before(self, candidates: Iterable[Any]) -> Any | None:
        return next((c for c in candidates if c.id not in self.added), None)

    def _recorded(self, recorded: dict[str, dt.datetime]) -> dict[str, dt.datetime]:
        return {"created_at": recorded.get("created_at", self.now), "updated_at": recorded.get("updated_at", self.now)}

    # --- what the exported ids stand for here ----------------------------------------------------
    def _document_id(self, exported: uuid.UUID, where: str) -> uuid.UUID:
        if exported in self.documents:
            return self.documents[exported]
        if self.session.scalar(select(Document.id).where(Document.id == exported)) is not None:
            self.documents[exported] = exported
            return exported
        raise InvalidValueError(f"{where}: no document with id {exported} in the file or in this database")

    def _look_up_outside(self, exported: Iterable[uuid.UUID]) -> None:
        """Which of these recommendations, not in the file, this database has: one query a batch."""
        wanted = [i for i in dict.fromkeys(exported) if i not in self.recommendations and i not in self.outside]
        found = self._existing(table_of(Recommendation), wanted, Recommendation.review_id)
        for rec_id in wanted:
            self.outside[rec_id] = rec_id if rec_id in found else None
            if rec_id in found:
                self.review_of[rec_id] = found[rec_id][0]

    def _recommendation_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.recommendations:
            return self.recommendations[exported]
        if exported not in self.outside:
            review_id = self.session.scalar(select(Recommendation.review_id).where(Recommendation.id == exported))
            self.outside[exported] = exported if review_id is not None else None
            if review_id is not None:
                self.review_of[exported] = review_id
        return self.outside[exported]

    def _milestone_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.milestones:
            return self.milestones[exported]
        return exported if exported in self.known_milestones else None

    def _review_id(self, exported: uuid.UUID) -> uuid.UUID | None:
        if exported in self.reviews:
            return self.reviews[exported].id
        return exported if exported in self.known_reviews else None

    def _state_object(self, name: str, where: str) -> State:
        """As services.states.resolve_state finds it (by ISO code, then by any spelling), from every
        State read at once; a name it does not know goes to resolve_state, which says so."""
        if not self.states:
            for state in self.session.scalars(select(State)):
                self.states[("iso3", state.iso3)] = state
            for key, state_id in self.session.execute(select(StateName.name_key, StateName.state_id)):
                self.states[("name", key)] = self.session.get_one(State, state_id)
        wanted = name.strip()
        if len(wanted) == 3 and wanted.isalpha() and ("iso3", wanted.upper()) in self.states:
            return self.states[("iso3", wanted.upper())]
        found = next((self.states[("name", key)] for key in name_keys(wanted) if ("name", key) in self.states), None)
        return found if found is not None else _state(self.session, name, field=where)

    def _state_id(self, name: str, where: str) -> uuid.UUID:
        if name not in self.state_ids:
            self.state_ids[name] = self._state_object(name, where).id
        return self.state_ids[name]

    def _term_id(self, vocabulary: str, name: str) -> uuid.UUID | None:
        """The term as the term matcher finds (or adds) it, asked once per name written."""
        if (vocabulary, name) not in self.term_ids:
            term = self.terms.match(vocabulary, name, self.report.notices)
            self.term_ids[(vocabulary, name)] = term.id if term is not None else None
        return self.term_ids[(vocabulary, name)]

    # --- reviews and documents -------------------------------------------------------------------
    def _reviews(self, records: Sequence[ReviewIn]) -> None:
        existing = self._existing(table_of(Review), (r.id for r in records))
        self.known_documents = self._existing(table_of(Document), (d.id for r in records for d in r.documents),
                                              Document.kind)
        # (State, cycle) -> the review this database has: one review per State and cycle.
        self.by_state_cycle = {(state_id, cycle): review_id for review_id, state_id, cycle in
                               self.session.execute(select(Review.id, Review.state_id, Review.cycle))}
        # The reviews of the file this database has, loaded at once (kept: the session holds them weakly),
        # with their documents.
        here = {found for found in (
                    r.id if r.id in existing
                    else self.by_state_cycle.get((self._state_object(r.state, f"{r.where}.state").id, r.cycle))
                    for r in records) if found is not None}
        self.loaded_reviews = lookups.loaded(self.session, Review, here)
        self.documents_here = lookups.documents_by_review(self.session, here)
        for record in records:
            self._review(record, existing)

    def _review(self, record: ReviewIn, existing: dict[uuid.UUID, Any]) -> None:
        """The exported review, or this database's review of the same State and cycle."""
        review_id = record.id if record.id in existing else None
        if review_id is None:
            state = self._state_object(record.state, f"{record.where}.state")
            review_id = self.by_state_cycle.get((state.id, record.cycle))
            if review_id is None:
                review = Review(id=record.id, state=state, cycle=record.cycle, session=record.session,
                                review_date=record.review_date, **record.dates,
                                estimated_dates=format_estimated(record.estimated_dates))
                if not any(record.dates.values()):  # a file of an earlier version
                    fill_estimated_dates(review)
                self._add(review, "reviews", flush=False)
                self.by_state_cycle[(state.id, record.cycle)] = review.id
                self.reviews[record.id] = review
                for document in record.documents:
                    self._document(review, document)
                return
        self.report.count("reviews", "unchanged")
        review = self.session.get_one(Review, review_id)
        self.reviews[record.id] = review
        for document in record.documents:
            self._document(review, document)

    def _document(self, review: Review, record: DocumentIn) -> None:
        local = (lookups.DocumentHere(record.id, None, None, self.known_documents[record.id][0])
                 if record.id in self.known_documents
                 else None if review.id in self.added else self._same_document(review, record))
        if local is not None:
            self.documents[record.id] = local.id
            self.document_kinds[local.id] = local.kind
            self.report.count("documents", "unchanged")
            return
        self.document_kinds[record.id] = record.kind.value
        self._add(Document(id=record.id, review_id=review.id, symbol=record.symbol, kind=record.kind.value,
                           title=record.title, issued_on=record.issued_on, file_name=record.file_name,
                           file_sha256=record.file_sha256), "documents", flush=False)
        self.documents[record.id] = record.id

    def _same_document(self, review: Review, record: DocumentIn) -> lookups.DocumentHere | None:
        symbol = normalise_symbol(record.symbol) if record.symbol and record.symbol.strip() else None
        if symbol is None and not record.file_sha256:
            return None
        return self._before(
            d for d in self.documents_here.get(review.id, ())
            if (symbol is not None and d.symbol and normalise_symbol(d.symbol) == symbol)
            or (record.file_sha256 and d.file_sha256 == record.file_sha256)
        )

    def _review_of(self, record: RecommendationIn) -> Review:
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
    def _recommendations(self, records: Sequence[RecommendationIn]) -> None:
        existing = self._existing(table_of(Recommendation), (r.id for r in records), Recommendation.review_id)
        self._known_in_reviews(self.reviews[r.review_id].id for r in records
                               if r.id not in existing and r.review_id in self.reviews)
        for index, record in enumerate(records):
            if index % 1000 == 0:
                self.progress.check_cancelled()
                self.progress.report(index, len(records), "Recommendations")
            local: uuid.UUID | None
            if record.id in self.recommendations:
                local = self.recommendations[record.id]  # the file holds it twice
            elif record.id in existing and not self._another_review(record, existing[record.id][0]):
                local = record.id
                self.review_of[local] = existing[local][0]
            else:
                review = self._review_of(record)
                key = text_key(record.text)
                local = self._same_recommendation(review.id, record.label, key)
                if local is None:
                    self._new_recommendation(review.id, record, key, taken=record.id in existing)
                    continue
                self.review_of[local] = review.id
            self.recommendations[record.id] = local
            self.report.count("recommendations", "unchanged")

    def _another_review(self, record: RecommendationIn, review_here: uuid.UUID) -> bool:
        """Whether this database's recommendation of the record's id is of another review: another
        recommendation, whose id the file's shares (ids copied by hand, or from another database)."""
        if record.review_id not in self.reviews and self.session.get(Review, record.review_id) is None:
            return False  # the file does not say which review: the id decides
        review = self._review_of(record)
        if review.id == review_here:
            return False
        self.report.problems.append(
            f"{record.where} (recommendation {record.id}, {record.label or 'unlabelled'}): this database has a "
            f"recommendation of another review under this id; the file's is kept apart from it (imported under a "
            "new id, or matched by its label in its own review)")
        return True

    def _known_in_reviews(self, review_ids: Iterable[uuid.UUID]) -> None:
        """The labels and text keys of the recommendations these reviews had before this import."""
        wanted = [i for i in dict.fromkeys(review_ids) if i not in self.labels]
        for review_id in wanted:
            self.labels[review_id], self.text_keys[review_id] = {}, {}
        r = Recommendation
        before = [i for i in wanted if i not in self.added]
        for start in range(0, len(before), lookups.BATCH):
            # Unlabelled ones first, then by label, then the oldest: the one an unlabelled record matches.
            for review_id, rec_id, label, key in self.session.execute(
                    select(r.review_id, r.id, r.label, r.text_key)
                    .where(r.review_id.in_(before[start:start + lookups.BATCH]))
                    .order_by(r.label.is_not(None), r.label_sort, r.created_at)):
                if label:
                    self.labels[review_id][label] = rec_id
                self.text_keys[review_id].setdefault(key, rec_id)

    def _same_recommendation(self, review_id: uuid.UUID, label: str | None, key: str) -> uuid.UUID | None:
        """By label in the review; an unlabelled one by its text. (Within one review a label is
        unique, so a labelled record also matches one this import added: the file holds it twice.)"""
        if review_id not in self.labels:
            self._known_in_reviews([review_id])
        if label:
            return self.labels[review_id].get(label)
        return self.text_keys[review_id].get(key)

    def _new_recommendation(self, review_id: uuid.UUID, record: RecommendationIn, key: str, *,
                            taken: bool = False) -> None:
        """Added under its own id, or (`taken`: another recommendation here has it) under a new one."""
        local_id = uuid.uuid4() if taken else record.id
        terms = [self._term_id(vocabulary, name)
                 for vocabulary in VOCABULARY_FIELDS for name in record.terms[vocabulary]]
        states = [self.state_ids.get(name) or self._state_id(name, f"{record.where}.recommending_states[{index}]")
                  for index, name in enumerate(record.recommending_states)]
        source_document_id = (self._document_id(record.source_document_id, f"{record.where}.source_document_id")
                              if record.source_document_id else None)
        state_ids = list(dict.fromkeys(states))
        term_ids = list(dict.fromkeys(t for t in terms if t))
        row = {
            "id": local_id, "review_id": review_id, "label": record.label, "label_sort": label_sort_key(record.label),
            "text": record.text, "text_key": key, "recommended_by": record.recommended_by,
            "action_category": record.action_category, "source_document_id": source_document_id,
            "source_paragraph": record.source_paragraph, "current_position": None, "considered_implemented": False,
            "needs_review": False, "implementation_level": None, "last_activity_at": None,
            **self._recorded(record.recorded),
        }
        # As the dataset import records the recommendations it adds (their States and terms follow).
        audited = {"id": str(local_id), "review_id": str(review_id), "label": record.label, "text": record.text,
                   "recommended_by": record.recommended_by, "action_category": record.action_category}
        self._queue(table_of(Recommendation), row, "recommendations", audited)
        self.pending[recommending_state] += [{"recommendation_id": local_id, "state_id": i} for i in state_ids]
        self.pending[recommendation_term] += [{"recommendation_id": local_id, "term_id": i} for i in term_ids]
        self.recommendations[record.id] = local_id
        self.review_of[local_id] = review_id
        if record.label:
            self.labels[review_id][record.label] = local_id
        self.touched.add(local_id)

    # --- responses, assessments, links ---------------------------------------------------------------
    def _responses(self) -> None:
        listed = [r for record in self.export.recommendations for r in record.responses] + self.export.responses
        self._look_up_outside([i for r in listed for i in r.recommendation_ids]
                              + [i for r in self.export.recommendations for i in r.later_recommendation_ids])
        existing = self._existing(table_of(Response), (r.id for r in listed), Response.review_id)
        before = {i for r in listed for i in map(self._recommendation_id, r.recommendation_ids)
                  if i is not None and i not in self.added}
        self.responses_of = lookups.responses_covering(self.session, before)
        self.response_links = lookups.linked(
            self.session, response_recommendation.c.response_id, response_recommendation.c.recommendation_id,
            [*existing, *(r.id for found in self.responses_of.values() for r in found)])
        for index, response in enumerate(listed):
            if index % 1000 == 0:
                self.progress.check_cancelled()
            self._response(response, existing)

    def _response(self, record: ResponseIn, existing: dict[uuid.UUID, Any]) -> None:
        if record.id in self.responses_seen:
            return  # shared by several recommendations: made once
        self.responses_seen.add(record.id)
        resolved = [self._recommendation_id(i) for i in record.recommendation_ids]
        known = list(dict.fromkeys(i for i in resolved if i is not None))
        if record.id in existing:
            self._cover(record, record.id, existing[record.id][0], known)
            return
        # Recommendations left out of a filtered export are simply not linked; one at least is in the file.
        reviews = {self.review_of[i] for i in known}
        if len(reviews) != 1:
            raise InvalidValueError(f"{record.where}.recommendation_ids: one response covers recommendations "
                                    "of one review only")
        document_id = (self._document_id(record.source_document_id, f"{record.where}.source_document_id")
                       if record.source_document_id else None)
        review_id = reviews.pop()
        same = self._same_response(record, document_id, known, complete=len(known) == len(resolved))
        if same is not None:
            self._cover(record, same, review_id, known)
            return
        row = {
            "id": record.id, "review_id": review_id, "position": record.position.value if record.position else None,
            "considered_implemented": record.considered_implemented, "response_text": record.response_text,
            "deciding_sentence": record.deciding_sentence, "source_document_id": document_id,
            "source_paragraph": record.source_paragraph, "responded_on": record.responded_on,
            "needs_review": record.needs_review, "review_reason": record.review_reason,
            **self._recorded(record.recorded),
        }
        self._queue(table_of(Response), row, "responses", row | {"recommendations": sorted(map(str, known))})
        self.pending[response_recommendation] += [{"response_id": record.id, "recommendation_id": i} for i in known]
        self.touched.update(known)

    def _same_response(self, record: ResponseIn, document_id: uuid.UUID | None, covered: list[uuid.UUID],
                       complete: bool) -> uuid.UUID | None:
        """A response this database has already: same source document, position and recommendations
        (all of them, or at least those known here when the file names some this database lacks).
        Recommendations this import adds cannot be covered yet: the others decide."""
        before = [i for i in covered if i not in self.added]
        if not before:
            return None
        wanted = set(before)
        position = record.position.value if record.position else None
        for candidate in self.responses_of.get(before[0], ()):
            if candidate.source_document_id != document_id or candidate.position != position:
                continue
            ids = self.response_links[candidate.id] - self.added
            if ids == wanted or (not complete and ids >= wanted):
                return candidate.id
        return None

    def _cover(self, record: ResponseIn, response_id: uuid.UUID, review_id: uuid.UUID,
               covered: list[uuid.UUID]) -> None:
        """A response found here covers the recommendations of the file it does not cover yet: a
        filtered export brings a shared response with only some of the recommendations it covers."""
        linked = self.response_links.setdefault(response_id, set())
        more = [i for i in covered if i not in linked]
        if any(self.review_of[i] != review_id for i in more):
            raise InvalidValueError(f"{record.where}.recommendation_ids: one response covers recommendations "
                                    "of one review only")
        self._add_links(response_recommendation, "response", response_id, linked, more)
        self.report.count("responses", "updated" if more else "unchanged")

    def _add_links(self, table: Table, owner: str, owner_id: uuid.UUID, linked: set[uuid.UUID],
                   more: list[uuid.UUID]) -> None:
        """Links from a record here to more recommendations, in the audit trail as an update of the
        record's recommendations (as the application records linking a milestone)."""
        if not more:
            return
        before = sorted(map(str, linked))
        linked.update(more)
        self.pending[table] += [{f"{owner}_id": owner_id, "recommendation_id": i} for i in more]
        self.pending[table_of(AuditEntry)].append({
            "id": uuid.uuid4(), "at": self.now, "actor": self.actor, "action": "update", "table_name": owner,
            "record_id": str(owner_id), "before": _AUDIT_JSON({"recommendations": before}),
            "after": _AUDIT_JSON({"recommendations": sorted(map(str, linked)), "imported_from": self.name})})
        self.touched.update(more)

    def _assessments_and_links(self) -> None:
        records = self.export.recommendations
        existing = self._existing(table_of(Assessment), (a.id for r in records for a in r.assessments),
                                  Assessment.recommendation_id)
        for record in records:
            local_id = self.recommendations[record.id]
            for assessment in record.assessments:
                self._assessment(assessment, local_id, existing)
        self.links_here = lookups.recommendation_links(self.session, (
            self.recommendations[r.id] for r in records
            if r.later_recommendation_ids and self.recommendations[r.id] not in self.added))
        for record in records:
            for later in record.later_recommendation_ids:
                self._link(self.recommendations[record.id], later)
        write_related_links(self)

    def _assessment(self, record: AssessmentIn, rec_id: uuid.UUID, existing: dict[uuid.UUID, Any]) -> None:
        taken = record.id in existing and existing[record.id][0] != rec_id
        if (record.id in existing and not taken) or record.id in self.added_by_kind["assessments"]:
            self.report.count("assessments", "unchanged")
            return
        if taken:
            self.report.problems.append(
                f"{record.where} (assessment {record.id}): this database has an assessment of another recommendation "
                "under this id; the file's is added beside it, under a new id")
        self._queue(table_of(Assessment), {
            "id": uuid.uuid4() if taken else record.id, "recommendation_id": rec_id, "source": record.source.value,
            "source_name": record.source_name, "level": record.level.value, "assessed_on": record.assessed_on,
            "evidence": record.evidence, **self._recorded(record.recorded)}, "assessments")
        self.touched.add(rec_id)

    def _link(self, earlier: uuid.UUID, exported_later: uuid.UUID) -> None:
        later = self._recommendation_id(exported_later)
        if later is None or later == earlier:
            return  # a later recommendation outside the export, or the same one here
        known = (earlier, later) in self.links or (earlier, later) in self.links_here
        if known:
            self.report.count("links", "unchanged")
            return
        self.links.add((earlier, later))
        self._queue(table_of(RecommendationLink), {
            "id": uuid.uuid4(), "earlier_id": earlier, "later_id": later, "kind": "recommended_again",
            "comment": None, "status": "confirmed", "score": None, "decided_by": None, "decided_at": None,
            "created_at": self.now, "updated_at": self.now}, "links")
