"""Importing UN documents: Working Group reports, addenda with the State's positions, OHCHR matrices.

One file is one unit of work: it is written whole or not at all. Importing the same file twice
changes nothing; a second document about the same review adds to the position history; the
report and the addendum give the same result in either order (an addendum read first creates
the recommendations it answers by label, and the report fills in their texts).
Whatever the parser could not be sure of is stored as an import problem, and the recommendations
concerned are marked as needing review until a person resolves it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.domain.cycles import (
    check_cycle,
    cycle_of_session,
    cycle_of_symbol,
)
from upr_tracker.domain.documents import DocumentKind, normalise_symbol
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.positions import Position
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.parsing.parsed import (
    ParsedDocument,
    ParsedRecommendation,
    ParsedResponse,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.position_classifier import is_deferral
from upr_tracker.parsing.text_encoding import EncodingUsed
from upr_tracker.parsing.wg_report import footnote_notes
from upr_tracker.services.activity_log import log_import
from upr_tracker.services.database_positions import settle_database_positions
from upr_tracker.services.document_reading import (
    ChoiceNeededError,
    DocumentText,
    ImportKind,
)
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendation_matching import StoredRecommendations
from upr_tracker.services.recommendation_merging import merge_recommendations
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.recommended_again import suggest_recommended_again
from upr_tracker.services.reviews import find_or_add_document, find_or_create_review
from upr_tracker.services.state_guesses import guessed_states
from upr_tracker.services.states import resolve_state
from upr_tracker.services.term_matching import TermMatcher
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Recommendation,
    Response,
    Review,
    State,
    Term,
    response_recommendation,
)
from upr_tracker.storage.statistics import refresh_planner_statistics

# Below this the classifier's reading of a response is only a guess: a person checks it.
CONFIDENT = 0.6

_DOCUMENT_KINDS = {
    ImportKind.WG_REPORT: DocumentKind.WORKING_GROUP_REPORT,
    ImportKind.ADDENDUM: DocumentKind.ADDENDUM,
    ImportKind.MATRIX: DocumentKind.OTHER,
}


class CycleNeededError(ChoiceNeededError):
    """The document does not say its cycle and the database cannot tell: the user must say it."""

    option = "cycle"


class StateNeededError(ChoiceNeededError):
    """The document does not say which State was reviewed, or names none the database knows."""

    option = "state"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


@dataclass(frozen=True)
class AssignedPosition:
    labels: tuple[str, ...]
    position: str | None
    considered_implemented: bool
    deciding_sentence: str | None
    confidence: float
    needs_review: bool


@dataclass(frozen=True)
class AwaitedAnswers:
    """What an addendum did with the recommendations that awaited the State's answer."""

    awaiting: int                    # recommendations the addendum was expected to answer
    answered: int                    # of them, those it answers
    unanswered: tuple[str, ...]      # the others' labels, each flagged for review

    def summary(self) -> str:
        flagged = f"; {len(self.unanswered)} flagged for review" if self.unanswered else ""
        return f"answered {self.answered} of {self.awaiting} recommendations awaiting an answer{flagged}"


@dataclass
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    file: str
    kind: str
    symbol: str | None
    state_iso3: str
    state_name: str
    cycle: int
    session: int | None
    review_id: uuid.UUID | None
    dry_run: bool
    recommendations: Counts = field(default_factory=Counts)
    responses: Counts = field(default_factory=Counts)
    positions: list[AssignedPosition] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    awaited: AwaitedAnswers | None = None   # for an addendum: the answers it gave and did not give
    encoding: EncodingUsed | None = None   # the encoding a text file was read in
    # Links suggested after the import: its recommendations that repeat ones of the cycle before.
    recommended_again: int = 0

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["review_id"] = str(self.review_id) if self.review_id else None
        if self.awaited is not None:
            data["awaited"] = asdict(self.awaited) | {"unanswered": list(self.awaited.unanswered),
                                                      "summary": self.awaited.summary()}
        data["encoding"] = self.encoding.as_json() if self.encoding else None
        data["problems"] = [
            {"kind": p.kind.value, "labels": list(p.labels), "line": p.line, "excerpt": p.excerpt, "message": p.message}
            for p in self.problems
        ]
        data["positions"] = [asdict(p) | {"labels": list(p.labels)} for p in self.positions]
        return data


class _DryRun(Exception):
    """Raised at the end of a dry run so that the unit of work rolls back."""


def _edited(created: dt.datetime | None, updated: dt.datetime | None) -> bool:
    """Changed after it was created (by a person: imports do not edit their own responses)."""
    return bool(created and updated and (updated - created) > dt.timedelta(seconds=1))


def import_document(
    db: Database,
    path: Path | str,
    *,
    kind: ImportKind | str = ImportKind.AUTO,
    state: str | None = None,
    cycle: int | None = None,
    dry_run: bool = False,
    progress: ProgressReporter = NO_PROGRESS,
    encoding: str | None = None,
) -> ImportReport:
    """Import one document file; raise a UprTrackerError (nothing written) if it cannot be.
    `encoding` forces a text file's encoding (else it is detected)."""
    path = Path(path)
    progress.report(0, 3, f"Reading {path.name}")
    document = DocumentText(path, ImportKind(kind), encoding=encoding)
    progress.check_cancelled()
    report: ImportReport | None = None
    try:
        with db.write() as session:
            report = _Importer(session, document, state, cycle, dry_run, progress).run()
            if dry_run:
                raise _DryRun
            refresh_planner_statistics(session)
    except _DryRun:
        pass
    assert report is not None
    report.encoding = document.encoding
    if not dry_run and report.cycle > 1 and report.recommendations.created:
        report.recommended_again = suggest_recommended_again(db, report.state_iso3).created
    log_import(path.name, report.kind, {"recommendations": report.recommendations, "responses": report.responses},
               len(report.problems), dry_run=dry_run,
               extra=f"{report.state_iso3} cycle {report.cycle}"
               + (f"; encoding {report.encoding.describe()}" if report.encoding is not None else ""))
    return report


class _Importer:
    def __init__(self, session: Session, document: DocumentText, state: str | None, cycle: int | None,
                 dry_run: bool, progress: ProgressReporter) -> None:
        self.session = session
        self.document = document
        self.wanted_state = state
        self.wanted_cycle = check_cycle(cycle) if cycle is not None else None
        self.dry_run = dry_run
        self.progress = progress
        self.terms = TermMatcher(session)
        self.touched: set[uuid.UUID] = set()
        self._adopted: set[uuid.UUID] = set()   # stored without a label, labelled by this document

    # --- the steps ---------------------------------------------------------------------------
    def run(self) -> ImportReport:
        first_reading = self.document.parse()
        state = self._state(first_reading)
        review = self._review(state, first_reading)
        by_label = self._recommendations_by_label(review)
        self.unlabelled = self._unlabelled_recommendations(review)
        parsed = first_reading
        awaiting: list[str] | None = None
        if self.document.kind is ImportKind.ADDENDUM and by_label:
            awaiting = self._awaiting_labels(review, first_reading)
            parsed = self.document.parse({label: rec.text for label, rec in by_label.items() if rec.text},
                                         awaiting=awaiting)
        self.progress.report(1, 3, "Matching recommendations")
        document = self._document(review, parsed)
        report = ImportReport(
            file=str(self.document.path), kind=self.document.kind.value, symbol=document.symbol,
            state_iso3=state.iso3, state_name=state.name, cycle=review.cycle, session=review.session,
            review_id=review.id, dry_run=self.dry_run,
            problems=list(parsed.problems) + footnote_notes(parsed.recommendations),
        )
        if parsed.recommendations:
            self._relabel_bare_numbers(review, parsed.recommendations, by_label, report)
            for item in parsed.recommendations:
                self.progress.check_cancelled()
                report.recommendations.add(self._recommendation(review, document, item, by_label, report))
        self.progress.report(2, 3, "Recording positions")
        if self.document.kind is ImportKind.WG_REPORT:
            self._initial_positions(review, document, parsed, by_label, report)
            if report.recommendations.created or report.recommendations.updated:
                self._reread_addenda(review, document, report)
        else:
            for response in parsed.responses:
                self.progress.check_cancelled()
                self._response(review, document, response, by_label, report)
        if self.document.kind is ImportKind.ADDENDUM:
            report.awaited = _awaited_answers(parsed, awaiting)
        self._store_problems(document, report.problems, by_label)
        report.notices += self.terms.summary()
        refresh_recommendations(self.session, self.touched)
        self.progress.report(3, 3, "Done")
        return report

    def _state(self, parsed: ParsedDocument) -> State:
        if self.wanted_state:
            state = resolve_state(self.session, self.wanted_state)
            written = parsed.identity.state_name
            if written:
                try:
                    said = resolve_state(self.session, written)
                except NotFoundError:
                    said = None
                if said is not None and said.id != state.id:
                    raise InvalidValueError(
                        f"{self.document.path.name}: the document is about {said.name}, not {state.name} (--state)"
                    )
            return state
        written = parsed.identity.state_name
        stored = self._review_of_stored_report(parsed)
        if written:
            try:
                return resolve_state(self.session, written, field="State under review")
            except NotFoundError as exc:
                if stored is not None:
                    return stored.state
                why = str(exc)
        elif stored is not None:
            return stored.state   # A/HRC/36/9/Add.1 answers A/HRC/36/9, whose State is known
        else:
            why = "the document does not say which State was reviewed"
        candidates = guessed_states(self.session, written, self.document.text)
        raise StateNeededError(f"{self.document.path.name}: {why}; give --state ISO3", candidates,
                               self._known_choices() | ({"state": candidates[0]} if candidates else {}))

    def _review(self, state: State, parsed: ParsedDocument) -> Review:
        identity = parsed.identity
        cycle = self.wanted_cycle or identity.cycle
        if cycle is None and identity.session:
            cycle = cycle_of_session(identity.session)
        stored = self._review_of_stored_report(parsed)
        if cycle is None and stored is not None and stored.state_id == state.id:
            cycle = stored.cycle
        if cycle is None:
            cycle = self._cycle_of_same_file(state) or cycle_of_symbol(parsed.identity.symbol) \
                or self._awaiting_review_cycle(state)
        if identity.cycle and self.wanted_cycle and identity.cycle != self.wanted_cycle:
            raise InvalidValueError(
                f"{self.document.path.name}: the document is of cycle {identity.cycle}, not {self.wanted_cycle} (--cycle)"
            )
        session_number = identity.session if identity.session and cycle_of_session(identity.session) == cycle else None
        # The review's day, as the Working Group report says it (kept if already known).
        return find_or_create_review(self.session, state, cycle, session_number, identity.review_date)

    def _review_of_stored_report(self, parsed: ParsedDocument) -> Review | None:
        """The review of the stored Working Group report an addendum's symbol points at
        (A/HRC/36/9/Add.1 → A/HRC/36/9)."""
        symbol = parsed.identity.symbol
        if self.document.kind is not ImportKind.ADDENDUM or not symbol or "/add." not in symbol.lower():
            return None
        report_symbol = normalise_symbol(symbol[:symbol.lower().rindex("/add.")])
        return self.session.scalar(
            select(Review).join(Document, Document.review_id == Review.id)
            .where(Document.symbol == report_symbol,
                   Document.kind == DocumentKind.WORKING_GROUP_REPORT.value).limit(1)
        )

    def _cycle_of_same_file(self, state: State) -> int | None:
        """The cycle of the review this very file was imported into before, if it was."""
        if not self.document.sha256:
            return None
        return self.session.scalar(
            select(Review.cycle).join(Document, Document.review_id == Review.id)
            .where(Review.state_id == state.id, Document.file_sha256 == self.document.sha256).limit(1)
        )

    def _awaiting_review_cycle(self, state: State) -> int:
        """The cycle of the State's one review that still awaits answers (an addendum that does
        not say its cycle joins it)."""
        reviews = list(self.session.scalars(select(Review).where(Review.state_id == state.id).order_by(Review.cycle)))
        awaiting = [r.cycle for r in reviews if self._awaits_answers(r)]
        if len(awaiting) == 1:
            return awaiting[0]
        known = [r.cycle for r in reviews]
        if not awaiting and not known:
            why = f"there is no review of {state.name} in the database yet"
        elif not awaiting:
            why = f"none of {state.name}'s reviews (cycles {', '.join(map(str, known))}) awaits answers"
        else:
            why = f"{state.name} has reviews awaiting answers in cycles {', '.join(map(str, awaiting))}"
        candidates = awaiting or known
        raise CycleNeededError(
            f"{self.document.path.name}: the document does not say its cycle and {why}; give --cycle",
            candidates, self._known_choices() | {"state": state.iso3}
            | ({"cycle": candidates[0]} if len(candidates) == 1 else {}),
        )

    def _known_choices(self) -> dict[str, object]:
        """What is already settled, for a question about the rest."""
        return {"kind": self.document.kind.value}

    def _awaits_answers(self, review: Review) -> bool:
        """A review awaits the State's answers when some of its recommendations are pending, or its
        Working Group report said some would be examined and no addendum has come yet (a database
        imported earlier may already record the final positions)."""
        if self.session.scalar(select(Recommendation.id).where(
                Recommendation.review_id == review.id,
                Recommendation.current_position == Position.PENDING.value).limit(1)):
            return True
        has_addendum = self.session.scalar(select(Document.id).where(
            Document.review_id == review.id, Document.kind == DocumentKind.ADDENDUM.value).limit(1))
        report_pending = self.session.scalar(
            select(Response.id).join(Document, Document.id == Response.source_document_id)
            .where(Response.review_id == review.id, Response.position == Position.PENDING.value,
                   Document.kind == DocumentKind.WORKING_GROUP_REPORT.value).limit(1))
        return bool(report_pending) and not has_addendum

    def _awaiting_labels(self, review: Review, parsed: ParsedDocument) -> list[str]:
        """The labels of the review that await the State's answer: no document but this one gives
        them a position other than pending ("will be examined" in the report, or none at all)."""
        this = {d.id for d in self.session.scalars(select(Document).where(Document.review_id == review.id))
                if (self.document.sha256 and d.file_sha256 == self.document.sha256)
                or (parsed.identity.symbol and d.symbol == normalise_symbol(parsed.identity.symbol))}
        decided = set(self.session.scalars(
            select(response_recommendation.c.recommendation_id)
            .join(Response, Response.id == response_recommendation.c.response_id)
            .where(Response.review_id == review.id, Response.position.is_not(None),
                   Response.position != Position.PENDING.value,
                   Response.source_document_id.not_in(this) | Response.source_document_id.is_(None))
        ))
        labels = self.session.execute(select(Recommendation.id, Recommendation.label).where(
            Recommendation.review_id == review.id, Recommendation.label.is_not(None)))
        return sorted((label for rec_id, label in labels if rec_id not in decided and label is not None),
                      key=label_sort_key)

    def _recommendations_by_label(self, review: Review) -> dict[str, Recommendation]:
        recommendations = self.session.scalars(select(Recommendation).where(Recommendation.review_id == review.id))
        return {r.label: r for r in recommendations if r.label}

    def _unlabelled_recommendations(self, review: Review) -> StoredRecommendations:
        """Recommendations stored without a label (from a database such as UPR Info's), which a UN
        document's labelled ones may be."""
        stored = StoredRecommendations()
        for rec_id, key, text in self.session.execute(
            select(Recommendation.id, Recommendation.text_key, Recommendation.text)
            .where(Recommendation.review_id == review.id, Recommendation.label.is_(None))
        ):
            stored.add(rec_id, None, key, text)
        return stored

    def _adopt_unlabelled(self, item: ParsedRecommendation, rec: Recommendation | None, document: Document,
                          report: ImportReport) -> Recommendation | None:
        """Fold into this labelled recommendation the stored unlabelled ones that are it (from a
        database such as UPR Info's, imported first: one for its text, or one for each State's
        sentence of a label that joins several). Without `rec` (no recommendation has the label
        yet), the first of them takes the label. They take the report's wording: the UN text is
        the reference, and the result is the one importing the report first gives."""
        found = self.unlabelled.unlabelled_matches(item.text, ", ".join(item.recommending_states), text_key)
        near = False
        if not found and rec is None:
            similar = self.unlabelled.similar(item.text, unlabelled_only=True)
            found, near = ([similar], True) if similar is not None else ([], False)
        if not found:
            return rec
        for rec_id in found:
            self.unlabelled.remove(rec_id)
        recs = [self.session.get(Recommendation, rec_id) for rec_id in found]
        stored = [r for r in recs if r is not None]
        kept = rec if rec is not None else stored[0]
        if kept.label != item.label:
            kept.label, kept.label_sort = item.label, label_sort_key(item.label)
            self.session.flush()
        if near:
            report.problems.append(Problem(
                ProblemKind.SUGGESTION_APPLIED,
                f"{item.label} was taken as a recommendation already stored without a label whose text differs "
                f"slightly (\"{kept.text[:200]}\"), and takes the report's text; check that they are the same",
                (item.label,), item.line, item.text[:200]))
        duplicates = [r for r in stored if r is not kept]
        if duplicates:
            outcome = merge_recommendations(
                self.session, kept, duplicates, document=document,
                reason=f"{document.symbol or self.document.path.name} {item.label} joins their texts under one label")
            self.touched.difference_update(outcome.merged)
            report.notices.append(f"{item.label}: {len(duplicates) + 1} recommendations stored apart (a database's "
                                  "rows of it, one per State's sentence) were merged into one")
        if rec is None or not rec.text:   # a text a UN document gave is compared, not replaced (below)
            if kept.text != item.text:
                kept.text, kept.text_key = item.text, text_key(item.text)
            if item.recommending_states:
                kept.recommended_by = ", ".join(item.recommending_states)
            kept.source_document_id, kept.source_paragraph = document.id, item.paragraph
        self.touched.add(kept.id)
        self._adopted.add(kept.id)
        return kept

    def _document(self, review: Review, parsed: ParsedDocument) -> Document:
        path = self.document.path
        digest = self.document.sha256
        kind = _DOCUMENT_KINDS[self.document.kind]
        symbol = parsed.identity.symbol
        documents = list(self.session.scalars(select(Document).where(Document.review_id == review.id)))
        report_symbol = next((d.symbol for d in documents if d.kind == DocumentKind.WORKING_GROUP_REPORT.value
                              and d.symbol), None)
        if kind is DocumentKind.WORKING_GROUP_REPORT and symbol:
            # An addendum read before its report learns its symbol now.
            for other in documents:
                if other.kind == DocumentKind.ADDENDUM.value and not other.symbol:
                    other.symbol = normalise_symbol(symbol) + "/Add.1"
        if kind is DocumentKind.ADDENDUM and not symbol and report_symbol:
            symbol = report_symbol + "/Add.1"
        same_file = next((d for d in documents if digest and d.file_sha256 == digest), None)
        if same_file is not None:
            return same_file
        if kind is DocumentKind.ADDENDUM and not symbol:
            unnamed = next((d for d in documents if d.kind == kind.value and not d.symbol), None)
            if unnamed is not None:
                return unnamed
        document = find_or_add_document(self.session, review.id, symbol, kind.value, parsed.identity.title,
                                        parsed.identity.issued_on)
        document.file_name = document.file_name or path.name
        document.file_sha256 = document.file_sha256 or digest
        document.source_text = document.source_text or self.document.text
        if document.issued_on is None and parsed.identity.issued_on:
            document.issued_on = parsed.identity.issued_on
        return document

    def _reread_addenda(self, review: Review, report_document: Document, report: ImportReport) -> None:
        """An addendum imported before its report was read without the recommendations' texts,
        which help map its numbers and split its run-together answers: read it again now, so that
        the order of import does not matter. Not when a person has already corrected its positions."""
        addenda = self.session.scalars(
            select(Document).where(Document.review_id == review.id, Document.kind == DocumentKind.ADDENDUM.value,
                                   Document.source_text.is_not(None), Document.id != report_document.id)
        )
        for addendum in addenda:
            responses = list(self.session.scalars(select(Response).where(Response.source_document_id == addendum.id)))
            if any(_edited(r.created_at, r.updated_at) for r in responses):
                report.notices.append(f"{addendum.symbol or addendum.file_name} was not read again: its positions "
                                      "have been corrected by hand")
                continue
            for response in responses:
                self.touched.update(r.id for r in response.recommendations)
                self.session.delete(response)
            for problem in self.session.scalars(
                select(ImportProblem).where(ImportProblem.document_id == addendum.id, ImportProblem.resolved.is_(False))
            ):
                self.session.delete(problem)
            self.session.flush()
            stored = DocumentText.from_stored_text(addendum.file_name or "addendum", addendum.source_text or "",
                                                   ImportKind.ADDENDUM, addendum.file_sha256)
            again = _Importer(self.session, stored, review.state.iso3, review.cycle, self.dry_run, NO_PROGRESS).run()
            report.notices.append(
                f"{addendum.symbol or addendum.file_name}, imported before this report, was read again with the "
                f"recommendations' texts: {len(again.positions)} positions, {len(again.problems)} points to review"
            )

    # --- recommendations ----------------------------------------------------------------------
    def _relabel_bare_numbers(self, review: Review, items: Sequence[ParsedRecommendation],
                              by_label: dict[str, Recommendation], report: ImportReport) -> None:
        """An addendum read before the report may have stored bare numbers ("5"). The report says
        which paragraph they belong to: the one list that awaits answers ("will be examined") and
        has all these numbers, else the one list that has them all. "5" becomes "97.5"."""
        bare = {label: rec for label, rec in by_label.items() if label.isdigit()}
        if not bare:
            return
        numbers_in: dict[str, set[str]] = defaultdict(set)
        for item in items:
            numbers_in[item.paragraph].add(item.label.rpartition(".")[2])
        fitting = sorted(p for p, numbers in numbers_in.items() if set(bare) <= numbers)
        awaiting = [p for p in fitting if any(i.paragraph == p and i.position in (None, Position.PENDING.value)
                                              for i in items)]
        chosen = awaiting if len(awaiting) == 1 else fitting if len(fitting) == 1 else []
        if not chosen:
            report.notices.append(
                "labels " + ", ".join(sorted(bare, key=int)) + " from an addendum could not be matched to a "
                "paragraph of the report: " + (f"paragraphs {', '.join(fitting)} all have these numbers"
                                               if fitting else "no paragraph has all these numbers")
            )
            return
        paragraph = chosen[0]
        for number, rec in bare.items():
            full = f"{paragraph}.{number}"
            if full in by_label:
                continue
            rec.label, rec.label_sort = full, label_sort_key(full)
            by_label[full] = by_label.pop(number)
            self.touched.add(rec.id)
        report.notices.append(f"labels answered by an earlier addendum were read as paragraph {paragraph}")

    def _recommendation(self, review: Review, document: Document, item: ParsedRecommendation,
                        by_label: dict[str, Recommendation], report: ImportReport) -> str:
        states = self._states(item, report)
        rec = by_label.get(item.label)
        themes, affected = self._terms(item, report)
        if item.text:
            rec = self._adopt_unlabelled(item, rec, document, report)
            if rec is not None:
                by_label[item.label] = rec
        if rec is None:
            rec = Recommendation(
                review_id=review.id, label=item.label, label_sort=label_sort_key(item.label), text=item.text,
                text_key=text_key(item.text), recommended_by=", ".join(item.recommending_states) or None,
                source_document_id=document.id, source_paragraph=item.paragraph,
                recommending_states=states, terms=themes + affected,
            )
            self.session.add(rec)
            self.session.flush()
            by_label[item.label] = rec
            self.touched.add(rec.id)
            return "created"
        changed = False
        if not rec.text:  # created from an addendum, which knows labels only
            rec.text, rec.text_key = item.text, text_key(item.text)
            rec.source_document_id, rec.source_paragraph = document.id, item.paragraph
            changed = True
        elif rec.text_key != text_key(item.text):
            report.problems.append(Problem(
                ProblemKind.UNREADABLE,
                f"the text of {item.label} differs from the one stored; the stored text was kept",
                (item.label,), item.line, item.text[:200],
            ))
        if not rec.recommended_by and item.recommending_states:
            rec.recommended_by = ", ".join(item.recommending_states)
            changed = True
        for state in states:
            if state not in rec.recommending_states:
                rec.recommending_states.append(state)
                changed = True
        for term in themes + affected:
            if term not in rec.terms:
                rec.terms.append(term)
                changed = True
        if rec.id in self._adopted:
            changed = True
        if changed:
            self.touched.add(rec.id)
        return "updated" if changed else "unchanged"

    def _states(self, item: ParsedRecommendation, report: ImportReport) -> list[State]:
        found: list[State] = []
        for name in item.recommending_states:
            try:
                state = resolve_state(self.session, name, field=f"recommending State of {item.label}")
            except NotFoundError as exc:
                report.problems.append(Problem(ProblemKind.UNREADABLE, str(exc), (item.label,), item.line, name))
                continue
            if state not in found:
                found.append(state)
        return found

    def _terms(self, item: ParsedRecommendation, report: ImportReport) -> tuple[list[Term], list[Term]]:
        themes = [self.terms.match("ohchr_themes" if self.document.kind is ImportKind.MATRIX else "themes", name,
                                   report.notices) for name in item.themes]
        affected = [self.terms.match("affected_persons", name, report.notices) for name in item.affected_persons]
        return [t for t in themes if t is not None], [t for t in affected if t is not None]

    # --- positions ----------------------------------------------------------------------------
    def _initial_positions(self, review: Review, document: Document, parsed: ParsedDocument,
                           by_label: dict[str, Recommendation], report: ImportReport) -> None:
        """A Working Group report states one position per list: record one response per list."""
        groups: dict[tuple[str, str | None, bool], list[ParsedRecommendation]] = defaultdict(list)
        for item in parsed.recommendations:
            groups[(item.paragraph, item.position, item.considered_implemented)].append(item)
        for (paragraph, position, implemented), items in groups.items():
            if position is None:
                continue
            labels = tuple(i.label for i in items)
            recs = [by_label[label] for label in labels if label in by_label]
            outcome = self._record(review, document, paragraph, recs, position, implemented, None, None,
                                   document.issued_on, needs_review=False, reason=None)
            report.responses.add(outcome)
            self._settle_database_positions(recs, position, document, report)
            report.positions.append(AssignedPosition(labels, position, implemented, None, 1.0, False))

    def _response(self, review: Review, document: Document, parsed: ParsedResponse,
                  by_label: dict[str, Recommendation], report: ImportReport) -> None:
        if not parsed.labels:
            return  # an orphan text: kept as a problem until a person assigns it
        recs = [self._recommendation_for_label(review, label, by_label, report) for label in parsed.labels]
        source = document
        if parsed.source_symbol:
            source = find_or_add_document(self.session, review.id, parsed.source_symbol, DocumentKind.ADDENDUM.value)
        reason = _review_reason(parsed, addendum=self.document.kind is ImportKind.ADDENDUM)
        unsure = reason is not None
        outcome = self._record(review, source, parsed.paragraph, recs, parsed.position, parsed.considered_implemented,
                               parsed.text, parsed.deciding_sentence, source.issued_on, needs_review=unsure,
                               reason=reason)
        report.responses.add(outcome)
        self._settle_database_positions(recs, parsed.position, source, report)
        report.positions.append(AssignedPosition(tuple(r.label or "" for r in recs), parsed.position,
                                                 parsed.considered_implemented, parsed.deciding_sentence,
                                                 parsed.confidence, unsure))

    def _settle_database_positions(self, recs: list[Recommendation], position: str | None, document: Document,
                                   report: ImportReport) -> None:
        """A database imported before this document echoed its position: the document's own
        replaces the echo; a database position that contradicts it is flagged (as a database
        imported after it would do)."""
        name = document.symbol or self.document.path.name
        flagged = settle_database_positions(self.session, recs, position, document, name)
        if flagged:
            report.notices.append(
                f"a database records another position than {name} for " + ", ".join(r.label or "?" for r in flagged)
                + ": flagged for review")

    def _recommendation_for_label(self, review: Review, label: str, by_label: dict[str, Recommendation],
                                  report: ImportReport) -> Recommendation:
        """The recommendation with this label; created with its label only when the report that
        has its text was not imported yet."""
        rec = by_label.get(label)
        if rec is None:
            rec = Recommendation(review_id=review.id, label=label, label_sort=label_sort_key(label), text="",
                                 text_key=text_key(""))
            self.session.add(rec)
            self.session.flush()
            by_label[label] = rec
            report.recommendations.add("created")
        self.touched.add(rec.id)
        return rec

    def _record(self, review: Review, document: Document, paragraph: str | None, recs: list[Recommendation],
                position: str | None, implemented: bool, text: str | None, sentence: str | None,
                responded_on: dt.date | None, *, needs_review: bool, reason: str | None) -> str:
        """Add a response, unless this document already gave it (then it is unchanged, or
        completed with the recommendations it now also covers)."""
        wanted = {r.id for r in recs}
        # Only those that can be the same answer: reading the recommendations of every response
        # of the document for each new one made a matrix of 250 rows take 15 s (and grow squared).
        existing = self.session.scalars(
            select(Response).where(Response.source_document_id == document.id, Response.review_id == review.id,
                                   Response.position.is_not_distinct_from(position),
                                   Response.source_paragraph.is_not_distinct_from(paragraph))
        )
        for response in existing:
            covered = {r.id for r in response.recommendations}
            same_answer = (response.position == position and (response.response_text or None) == (text or None)
                           and response.source_paragraph == paragraph)
            if same_answer and (covered == wanted or (text is None and covered & wanted)):
                missing = [r for r in recs if r.id not in covered]
                response.recommendations.extend(missing)
                self.touched.update(wanted)
                return "updated" if missing else "unchanged"
        response = Response(
            review_id=review.id, position=position, considered_implemented=implemented, response_text=text,
            deciding_sentence=sentence, source_document_id=document.id, source_paragraph=paragraph,
            responded_on=responded_on, needs_review=needs_review, review_reason=reason, recommendations=recs,
        )
        self.session.add(response)
        self.touched.update(wanted)
        return "created"

    # --- problems -----------------------------------------------------------------------------
    def _store_problems(self, document: Document, problems: Iterable[Problem],
                        by_label: dict[str, Recommendation]) -> None:
        """Keep each problem once (a second import of the file does not repeat it, nor revive a
        problem a person has resolved)."""
        known = {
            (p.kind, p.labels or "", p.message)
            for p in self.session.scalars(select(ImportProblem).where(ImportProblem.document_id == document.id))
        }
        for problem in problems:
            labels = ", ".join(problem.labels)
            if (problem.kind.value, labels, problem.message) in known:
                continue
            recs = [by_label[label] for label in problem.labels if label in by_label]
            self.session.add(ImportProblem(
                document=document, kind=problem.kind.value, labels=labels or None, line=problem.line,
                excerpt=problem.excerpt, message=problem.message, recommendations=recs,
            ))
            known.add((problem.kind.value, labels, problem.message))
            self.touched.update(r.id for r in recs)


def _awaited_answers(parsed: ParsedDocument, awaiting: Sequence[str] | None) -> AwaitedAnswers | None:
    """How many of the recommendations awaiting an answer the addendum answers. Without the
    review's positions, those it answers and those it was found to leave unanswered."""
    answered = {label for response in parsed.responses for label in response.labels}
    unanswered = tuple(dict.fromkeys(label for p in parsed.problems if p.kind is ProblemKind.NO_RESPONSE
                                     for label in p.labels))
    expected = set(awaiting) if awaiting is not None else answered | set(unanswered)
    if not expected:
        return None
    return AwaitedAnswers(len(expected), len(expected & answered), unanswered)


def _review_reason(parsed: ParsedResponse, *, addendum: bool) -> str | None:
    """Why a person should check this response, or None. An addendum is the State's answer: one
    that still says "pending" leaves the recommendation awaiting it, which is never left unsaid."""
    sentence = parsed.deciding_sentence or ""
    if parsed.position is None:
        return "no sentence of the response states a position"
    if is_deferral(sentence):
        return (f"the State puts its position off (\"{sentence[:120]}\"): read as pending, though it may mean "
                "noted")
    if parsed.confidence < CONFIDENT:
        return f"the position was read with low confidence ({parsed.confidence:.0%})"
    if addendum and parsed.position == Position.PENDING.value:
        return "the addendum still gives no position (pending): the State's answer is still awaited"
    return None
