"""Importing datasets: UPR Info database exports, UHRI exports, and any table with a column mapping.

Built for the whole UPR (hundreds of thousands of rows): new recommendations go in with bulk
inserts in one transaction, and the import is recorded in the audit trail as one entry with its
counts. A recommendation already in the database (from a UN document or an earlier import) is
matched by its review and its text, normalised and tolerant of small differences, and enriched
rather than duplicated; importing the same file twice adds nothing. States are matched by every
spelling the database knows, never added; themes are matched or reported. A file with bad rows
(no text, no State under review, no session) writes nothing unless the user asked to skip them.

Odd rows that can be read are imported and flagged for review, never refused: rows of one
recommendation that disagree (each position they give goes into the position history, with its
lines and States), and a recommending State that is unnamed or unknown (the recommendation is kept
without it; the flag gives the name as written).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from upr_tracker.domain.cycles import cycle_of_session
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import lookup_name, name_key
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.parsing.dataset_merging import merge_rows
from upr_tracker.parsing.datasets import (
    MAPPABLE_FIELDS,
    SOURCE_NAMES,
    DatasetRecommendation,
    ParsedDataset,
    RowProblem,
    detect_dataset_format,
    parse_mapped_table,
    parse_uhri_export,
    parse_uprinfo_export,
    split_states,
)
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.parsing.tables import Table, read_table, without_formula_guards
from upr_tracker.parsing.text_encoding import EncodingUsed, encoding_title
from upr_tracker.services.activity_log import log_import
from upr_tracker.services.document_import import Counts
from upr_tracker.services.export_tables import RECOGNISED_COLUMNS as EXPORTED_COLUMNS
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendation_matching import StoredRecommendations
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.term_matching import TermMatcher
from upr_tracker.services.team_server import require_role
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    AuditEntry,
    Document,
    ImportProblem,
    Recommendation,
    Response,
    Review,
    State,
    StateName,
    Term,
    import_problem_recommendation,
    recommendation_term,
    recommending_state,
    response_recommendation,
    utc_now,
    table_of,
)
from upr_tracker.storage.statistics import refresh_planner_statistics

_BATCH = 2_000
_SHOWN_BAD_ROWS = 20
_SHOWN_UNKNOWN = 10   # rows named in a flag for unknown States; the others are counted
_ANY_MESSAGE = object()
# Kinds of the review flags this importer raises, and how the summary counts them.
ROWS_DISAGREE = ProblemKind.ROWS_DISAGREE.value
UNKNOWN_STATE = ProblemKind.UNKNOWN_RECOMMENDING_STATE.value
ENCODING_GUESSED = ProblemKind.ENCODING_GUESSED.value
ODD_VALUE = ProblemKind.ODD_VALUE.value
FLAG_SUMMARIES = {ROWS_DISAGREE: "whose rows disagree",
                  UNKNOWN_STATE: "with an unnamed or unknown recommending State",
                  ODD_VALUE: "with a cell that could not be read (kept empty)",
                  ENCODING_GUESSED: "whose accented letters may be misread (the file's encoding was a guess)"}
_FORMAT_TITLES = {"uprinfo": "UPR Info database export", "uhri": "UHRI export", "mapped": "Table",
                  "upr-tracker": "UPR Tracker table export"}
# The columns of UPR Tracker's own CSV/XLSX export, read back with this mapping.
OWN_EXPORT_MAPPING = {
    "state_under_review": "state", "session": "session", "cycle": "cycle", "label": "label", "text": "text",
    "recommending_states": "recommending_states", "position": "position", "action_category": "action_category",
    "themes": "themes", "sdgs": "sdgs", "affected_persons": "affected_persons",
}


def _known_states(name: str, states: Mapping[str, uuid.UUID]) -> list[uuid.UUID]:
    """The State of that name; or, for a cell that holds several ("Slovenia, Czech Republic"), each
    of them when every one is known; [] otherwise."""
    found = lookup_name(states, name)
    if found is not None:
        return [found]
    pieces = split_states(name) if "," in name else []
    ids = [lookup_name(states, piece) for piece in pieces]
    return [state_id for state_id in ids if state_id is not None] if len(pieces) > 1 and all(ids) else []


class BadRowsError(UprTrackerError):
    """The file has rows that cannot be imported; nothing was written."""

    def __init__(self, source: str, problems: Sequence[RowProblem]) -> None:
        shown = "\n".join(f"  {problem}" for problem in problems[:_SHOWN_BAD_ROWS])
        more = f"\n  … and {len(problems) - _SHOWN_BAD_ROWS} more" if len(problems) > _SHOWN_BAD_ROWS else ""
        super().__init__(
            f"{source}: {len(problems)} row{'s' if len(problems) != 1 else ''} cannot be imported, so nothing "
            f"was written (give --skip-bad-rows to import the others):\n{shown}{more}"
        )
        self.problems = list(problems)


@dataclass
class DatasetImportReport:
    file: str
    format: str
    rows_read: int
    dry_run: bool
    reviews_created: int = 0
    recommendations: Counts = field(default_factory=Counts)
    responses: Counts = field(default_factory=Counts)
    skipped: dict[str, int] = field(default_factory=dict)
    bad_rows: list[RowProblem] = field(default_factory=list)
    unmapped_columns: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    encoding: EncodingUsed | None = None   # the encoding a CSV file was read in
    flagged: dict[str, int] = field(default_factory=dict)   # flag kind -> recommendations flagged for review

    def flagged_lines(self) -> list[str]:
        """ "12 recommendations flagged for review whose rows disagree", one line per kind flagged."""
        return [f"{self.flagged[kind]:,} recommendation{'s' if self.flagged[kind] != 1 else ''} flagged for review "
                f"{summary}" for kind, summary in FLAG_SUMMARIES.items() if self.flagged.get(kind)]

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "format": self.format, "rows_read": self.rows_read, "dry_run": self.dry_run,
            "reviews_created": self.reviews_created,
            "recommendations": vars(self.recommendations), "responses": vars(self.responses),
            "skipped": self.skipped,
            "bad_rows": [{"line": p.line, "column": p.column, "value": p.value, "message": p.message}
                         for p in self.bad_rows],
            "unmapped_columns": self.unmapped_columns, "notices": self.notices,
            "flagged_for_review": {kind: self.flagged.get(kind, 0) for kind in FLAG_SUMMARIES},
            "encoding": self.encoding.as_json() if self.encoding else None,
        }


class _DryRun(Exception):
    pass


def parse_mapping(text: str) -> dict[str, str]:
    """`field=column;field=column` (or a JSON object) as given on the command line."""
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            mapping = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InvalidValueError(f"--map: not valid JSON ({exc.msg} at character {exc.pos})") from None
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            raise InvalidValueError("--map: give an object of field names to column names")
        return mapping
    mapping = {}
    for part in filter(None, (p.strip() for p in stripped.replace("\n", ";").split(";"))):
        if "=" not in part:
            raise InvalidValueError(f"--map: {part!r} is not field=column (fields: {', '.join(MAPPABLE_FIELDS)})")
        name, column = (piece.strip() for piece in part.split("=", 1))
        mapping[name] = column
    return mapping


def read_dataset(path: Path, mapping: Mapping[str, str] | None = None, *,
                 encoding: str | None = None) -> tuple[str, ParsedDataset]:
    """Parse a dataset file; UPR Tracker's own table exports are recognised and read back.
    `encoding` forces a CSV file's encoding."""
    return _parse_table(read_table(path, encoding=encoding), mapping)


def _parse_table(table: Table, mapping: Mapping[str, str] | None) -> tuple[str, ParsedDataset]:
    if mapping is not None:
        return "mapped", parse_mapped_table(table, mapping)
    found = detect_dataset_format(table.header)
    if found == "uprinfo":
        return found, parse_uprinfo_export(table)
    if found == "uhri":
        return found, parse_uhri_export(table)
    if set(OWN_EXPORT_MAPPING.values()) <= set(table.header):
        if table.sheet is None and set(EXPORTED_COLUMNS) <= set(table.header):
            # The app's CSV export, by its header: the apostrophes it put before formulas go.
            table = without_formula_guards(table)
        return "upr-tracker", parse_mapped_table(table, OWN_EXPORT_MAPPING)
    raise InvalidValueError(
        f"{table.source} is not a UPR Info or UHRI export (columns found: {', '.join(table.header)}); "
        "give a column mapping with --map field=column;… (fields: " + ", ".join(MAPPABLE_FIELDS) + ")"
    )


def import_dataset(
    db: Database,
    path: Path | str,
    *,
    mapping: Mapping[str, str] | None = None,
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    progress: ProgressReporter = NO_PROGRESS,
    encoding: str | None = None,
) -> DatasetImportReport:
    path = Path(path)
    progress.report(0, 4, f"Reading {path.name}")
    table = read_table(path, encoding=encoding)
    dataset_format, parsed = _parse_table(table, mapping)
    progress.check_cancelled()
    reviews = {(r.state_under_review, r.cycle or r.session) for r in parsed.recommendations}
    if len(reviews) > 1 and not dry_run:
        require_role(db, "admin", f"Importing {path.name}, which touches {len(reviews)} reviews,")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    report = DatasetImportReport(str(path), dataset_format, parsed.rows_read, dry_run, skipped=dict(parsed.skipped),
                                 unmapped_columns=list(parsed.unmapped_columns), encoding=table.encoding)
    if table.encoding is not None and table.encoding.uncertain:
        report.notices.append(f"the encoding was a guess: {table.encoding.describe()}")
    try:
        with db.write() as session:
            _DatasetWriter(session, path, digest, dataset_format, parsed, report, skip_bad_rows, progress).run()
            if dry_run:
                raise _DryRun
            refresh_planner_statistics(session)
    except _DryRun:
        pass
    log_import(path.name, report.format, {"recommendations": report.recommendations, "responses": report.responses},
               len(report.bad_rows) + sum(report.flagged.values()), dry_run=dry_run,
               extra=f"{report.rows_read} rows read, {report.reviews_created} reviews created")
    return report


@dataclass
class _Planned:
    """One dataset recommendation, resolved to database ids."""

    source: DatasetRecommendation
    state_id: uuid.UUID
    cycle: int
    recommending_ids: list[uuid.UUID]
    unknown_states: list[tuple[int, str]] = field(default_factory=list)   # (line, name as written; "" for none)


@dataclass(frozen=True)
class _PositionEntry:
    """One position to record in a recommendation's history."""

    position: str | None               # None: a response that takes no position ("General Response")
    considered_implemented: bool
    wording: str
    response_text: str | None = None   # the rows that give it, where rows disagree (the flag says why)


class _DatasetWriter:
    def __init__(self, session: Session, path: Path, digest: str, dataset_format: str, parsed: ParsedDataset,
                 report: DatasetImportReport, skip_bad_rows: bool, progress: ProgressReporter) -> None:
        self.session = session
        self.path = path
        self.digest = digest
        self.format = dataset_format
        self.parsed = parsed
        self.report = report
        self.skip_bad_rows = skip_bad_rows
        self.progress = progress
        self.terms = TermMatcher(session)
        self.now = utc_now()
        self.touched: set[uuid.UUID] = set()
        self._near_matches: list[tuple[uuid.UUID, DatasetRecommendation]] = []
        self._keys: dict[str, str] = {}
        self.source_name = SOURCE_NAMES.get(parsed.format, "The table's")
        self._flagged: dict[str, set[uuid.UUID]] = defaultdict(set)

    def run(self) -> None:
        planned, bad = self._resolve()
        bad = sorted(self.parsed.problems + bad, key=lambda p: (p.line, p.column or ""))
        if bad and not self.skip_bad_rows:
            raise BadRowsError(self.path.name, bad)
        self.report.bad_rows = bad
        self.progress.report(1, 4, "Matching recommendations")
        reviews = self._reviews(planned)
        documents = {review_id: self._document(review_id) for review_id in {reviews[(p.state_id, p.cycle)] for p in planned}}
        existing = self._existing(set(documents))
        new_rows: list[tuple[_Planned, uuid.UUID]] = []
        matches: dict[uuid.UUID, list[_Planned]] = {}
        for index, plan in enumerate(planned):
            if index % 1000 == 0:
                self.progress.check_cancelled()
            review_id = reviews[(plan.state_id, plan.cycle)]
            match = self._match(existing[review_id], plan.source)
            if match is None:
                new_rows.append((plan, review_id))
            else:
                matches.setdefault(match, []).append(plan)
        # Rows of one stored recommendation enrich it together, however many they are (the UN
        # documents keep one label where UPR Info has a row per State, or per sentence).
        matched = [(rec_id, self._together(plans), documents[reviews[(plans[0].state_id, plans[0].cycle)]])
                   for rec_id, plans in matches.items()]
        self._flag_near_matches(documents)
        for start in range(0, len(matched), _BATCH):
            self.progress.check_cancelled()
            self._enrich_batch(matched[start:start + _BATCH])
        self.progress.report(2, 4, f"Writing {len(new_rows):,} new recommendations")
        self._insert_new(new_rows, documents)
        self.progress.report(3, 4, "Updating what changed")
        refresh_recommendations(self.session, self.touched)
        self.report.flagged = {kind: len(ids) for kind, ids in self._flagged.items() if ids}
        self.report.notices += self.report.flagged_lines() + self.terms.summary()
        # One entry per document the file fed: a record id names one record (and fits its column).
        summary = json.dumps({"file": self.path.name, "format": self.format,
                              "recommendations": vars(self.report.recommendations),
                              "responses": vars(self.report.responses)})
        self.session.add_all(
            AuditEntry(actor=self.session.info.get("actor", "unknown"), action="import", table_name="document",
                       record_id=document_id, after=summary)
            for document_id in sorted({str(d.id) for d in documents.values()}))
        self.progress.report(4, 4, "Done")

    # --- resolving names ------------------------------------------------------------------------
    def _state_index(self) -> dict[str, uuid.UUID]:
        index = {key: state_id for key, state_id in self.session.execute(select(StateName.name_key, StateName.state_id))}
        for iso3, state_id in self.session.execute(select(State.iso3, State.id)):
            index.setdefault(name_key(iso3), state_id)
        return index

    def _resolve(self) -> tuple[list[_Planned], list[RowProblem]]:
        states = self._state_index()
        planned: list[_Planned] = []
        bad: list[RowProblem] = []
        for item in self.parsed.recommendations:
            line = item.lines[0] if item.lines else 0
            problems = []
            state_id = lookup_name(states, item.state_under_review or "")
            if state_id is None:
                problems.append(RowProblem(line, "State under review", item.state_under_review,
                                           "no State of that name is known" if item.state_under_review
                                           else "the State under review is missing"))
            recommending: list[uuid.UUID] = []
            unknown: list[tuple[int, str]] = []
            for row in item.rows:
                row_line = row.lines[0] if row.lines else line
                if not row.recommending_states and self.parsed.format == "uprinfo":   # a row per State
                    unknown.append((row_line, ""))
                for name in row.recommending_states:
                    found_ids = _known_states(name, states)
                    if not found_ids:   # never added, never refused: kept as unknown and flagged
                        unknown.append((row_line, name))
                    recommending += [found for found in found_ids if found not in recommending]
            cycle = item.cycle or (cycle_of_session(item.session) if item.session else None)
            if cycle is None:
                problems.append(RowProblem(line, "session", None, "neither a session nor a cycle is given"))
            if problems:
                bad += problems
                continue
            assert state_id is not None and cycle is not None
            planned.append(_Planned(item, state_id, cycle, recommending, unknown))
        return planned, bad

    # --- reviews and documents ------------------------------------------------------------------
    def _reviews(self, planned: Sequence[_Planned]) -> dict[tuple[uuid.UUID, int], uuid.UUID]:
        known = {(state_id, cycle): review_id
                 for review_id, state_id, cycle in self.session.execute(select(Review.id, Review.state_id, Review.cycle))}
        sessions: dict[tuple[uuid.UUID, int], int | None] = {}
        for plan in planned:
            sessions.setdefault((plan.state_id, plan.cycle), plan.source.session)
        new = []
        for (state_id, cycle), wg_session in sessions.items():
            if (state_id, cycle) not in known:
                review_id = uuid.uuid4()
                known[(state_id, cycle)] = review_id
                new.append({"id": review_id, "state_id": state_id, "cycle": cycle, "session": wg_session,
                            "created_at": self.now, "updated_at": self.now})
        if new:
            self.session.execute(insert(table_of(Review)), new)
        self.report.reviews_created = len(new)
        return known

    def _document(self, review_id: uuid.UUID) -> Document:
        """One document per review and source (UPR Info, the UHRI…), whatever file it came in: a
        re-saved or re-encoded copy of the same export is the same source."""
        document = self.session.scalar(
            select(Document).where(Document.review_id == review_id,
                                   Document.kind == DocumentKind.DATABASE_EXPORT.value,
                                   Document.title == _FORMAT_TITLES[self.format]))
        if document is not None:
            document.file_name, document.file_sha256 = self.path.name, self.digest
        if document is None:
            document = Document(review_id=review_id, kind=DocumentKind.DATABASE_EXPORT.value,
                                title=_FORMAT_TITLES[self.format], file_name=self.path.name,
                                file_sha256=self.digest)
            self.session.add(document)
            self.session.flush()
        return document

    # --- matching ---------------------------------------------------------------------------------
    def _existing(self, review_ids: set[uuid.UUID]) -> dict[uuid.UUID, StoredRecommendations]:
        found = {review_id: StoredRecommendations(self._key) for review_id in review_ids}
        rows = self.session.execute(
            select(Recommendation.id, Recommendation.review_id, Recommendation.label, Recommendation.text_key,
                   Recommendation.text, Recommendation.recommended_by).where(Recommendation.review_id.in_(review_ids))
        )
        for rec_id, review_id, label, key, text, recommended_by in rows:
            found[review_id].add(rec_id, label, key, text, recommended_by)
        return found

    def _key(self, text: str) -> str:
        """text_key, computed once per text (matching and inserting both need it)."""
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = text_key(text)
        return key

    def _match(self, known: StoredRecommendations, item: DatasetRecommendation) -> uuid.UUID | None:
        key = self._key(item.text)
        if item.label and item.label in known.by_label:
            return known.by_label[item.label]
        if not any(character.isalpha() for character in item.text):
            return None   # no words to compare (a text whose letters were lost): never taken for another
        if key in known.by_key:
            return known.by_key[key]
        if (part := known.part(key)) is not None:   # one State's sentence of a label joining several
            return part
        if (same := known.same_wording(item.text)) is not None:   # edited, not reworded ("and to" / "and")
            return same
        match = known.similar(item.text)
        if match is not None:
            self._near_matches.append((match, item))
        return match

    def _terms_of(self, item: DatasetRecommendation) -> list[Term]:
        wanted = [("themes", n) for n in item.themes] + [("sdgs", n) for n in item.sdgs]
        wanted += [("affected_persons", n) for n in item.affected_persons] + [("ohchr_themes", n) for n in item.ohchr_themes]
        terms: list[Term] = []
        for vocabulary, name in wanted:
            term = self.terms.match(vocabulary, name, self.report.notices)
            if term is not None and term not in terms:
                terms.append(term)
        return terms

    def _flag_near_matches(self, documents: Mapping[uuid.UUID, Document]) -> None:
        """A near match is probably the same recommendation; a person confirms it."""
        if not self._near_matches:
            return
        lines = [str(item.lines[0]) for _rec, item in self._near_matches if item.lines]
        self.report.notices.append(
            f"{len(self._near_matches)} rows were matched to stored recommendations whose text differs slightly "
            f"(lines {', '.join(lines[:10])}{', …' if len(lines) > 10 else ''}); they are marked for review")
        for rec_id, item in self._near_matches:
            rec = self.session.get_one(Recommendation, rec_id)
            self.session.add(ImportProblem(
                document=documents[rec.review_id], kind=ProblemKind.NEAR_MATCH.value, labels=rec.label,
                line=item.lines[0] if item.lines else None, excerpt=item.text[:300],
                message=f"{self.path.name} line {item.lines[0] if item.lines else '?'} was taken as this "
                        f"recommendation, whose stored text differs slightly: check that they are the same",
                recommendations=[rec]))
            self.touched.add(rec_id)

    # --- odd rows: kept, and flagged -------------------------------------------------------------------
    def _together(self, plans: list[_Planned]) -> _Planned:
        """Several items of the file taken as one stored recommendation, as one item."""
        if len(plans) == 1:
            return plans[0]
        merged = merge_rows([plan.source for plan in plans], self.parsed.columns, self.source_name)
        if len({self._key(plan.source.text) for plan in plans}) > 1:
            # Different sentences under one label ask for different actions on different issues
            # by nature: only their positions can contradict each other.
            kept = [d for d in merged.disagreements if d.field == "position"]
            kept += [d for plan in plans for d in plan.source.disagreements if d.field != "position"]
            merged = replace(merged, disagreements=tuple(kept))
        recommending = list(dict.fromkeys(state_id for plan in plans for state_id in plan.recommending_ids))
        unknown = sorted({entry for plan in plans for entry in plan.unknown_states})
        return _Planned(merged, plans[0].state_id, plans[0].cycle, recommending, unknown)

    def _flags(self, plan: _Planned) -> list[tuple[str, str, int | None]]:
        """(kind, message, line) of each review flag the item raises."""
        item = plan.source
        flags = []
        if item.disagreements:
            flags.append((ROWS_DISAGREE, "; ".join(d.reason for d in item.disagreements),
                          item.lines[0] if item.lines else None))
        if plan.unknown_states:
            said = [f"line {line} names the recommending State {name!r}, which is no known State" if name
                    else f"line {line} names no recommending State" for line, name in plan.unknown_states[:_SHOWN_UNKNOWN]]
            more = len(plan.unknown_states) - _SHOWN_UNKNOWN
            if more > 0:
                said.append(f"and {more} more")
            message = (f"{self.source_name} {'; '.join(said)}: the recommendation is kept without it; "
                       f"add the State if you know it")
            flags.append((UNKNOWN_STATE, message, plan.unknown_states[0][0]))
        if item.odd_values:
            odd = "; ".join(str(value) for value in item.odd_values[:_SHOWN_UNKNOWN])
            more = len(item.odd_values) - _SHOWN_UNKNOWN
            flags.append((ODD_VALUE, (f"{self.source_name} {odd}{f'; and {more} more' if more > 0 else ''}: "
                                      "kept empty; give the value by hand"), item.odd_values[0].line))
        encoding = self.report.encoding
        if encoding is not None and encoding.uncertain and not item.text.isascii():
            others = " or ".join(encoding_title(codec) for codec in encoding.alternatives)
            flags.append((ENCODING_GUESSED,
                          f"{self.source_name}: the file's encoding was a guess: it was read as {encoding.title}"
                          + (f", but it may be {others}" if others else "")
                          + ". Check the accented letters of this text; if they are wrong, import the file again "
                          "in its encoding (--encoding, or “Read as” in the import dialog)",
                          item.lines[0] if item.lines else None))
        return flags

    def _position_entries(self, item: DatasetRecommendation) -> list[_PositionEntry]:
        """The positions to record: the item's, or, where its rows disagree, each position they give
        (the kept one last, so that it is the current one), each naming its rows."""
        if item.position is None:
            # "General Response", "No Response": no position, but what the State did is kept.
            wording = item.position_wording.strip()
            return [_PositionEntry(None, False, wording, wording)] if wording else []
        if not any(d.field == "position" for d in item.disagreements):
            return [_PositionEntry(item.position, item.considered_implemented, item.position_wording)]
        groups: dict[tuple[str, bool], list[DatasetRecommendation]] = {}
        for row in item.rows:
            if row.position is not None:
                groups.setdefault((row.position, row.considered_implemented), []).append(row)
        kept = (item.position, item.considered_implemented)
        entries = []
        for value in sorted((v for v in groups if v != kept), key=str) + [kept]:
            rows = groups[value]
            wording = rows[0].position_wording or value[0]
            shown = ", ".join(f"line {row.lines[0] if row.lines else '?'} "
                              f"({', '.join(row.recommending_states) or 'no State named'})" for row in rows[:10])
            more = f" and {len(rows) - 10} more" if len(rows) > 10 else ""
            entries.append(_PositionEntry(value[0], value[1], wording, f"{wording}: {self.source_name} {shown}{more}"))
        return entries

    # --- enriching stored recommendations, in bulk --------------------------------------------------
    def _enrich_batch(self, batch: Sequence[tuple[uuid.UUID, _Planned, Document]]) -> None:
        """Add what the file knows and the stored recommendations lack: recommending States, terms,
        an action category, a text (for one known by label only), and the file's position."""
        ids = list({rec_id for rec_id, _plan, _document in batch})
        state_links = {tuple(row) for row in self.session.execute(
            select(recommending_state.c.recommendation_id, recommending_state.c.state_id)
            .where(recommending_state.c.recommendation_id.in_(ids)))}
        term_links = {tuple(row) for row in self.session.execute(
            select(recommendation_term.c.recommendation_id, recommendation_term.c.term_id)
            .where(recommendation_term.c.recommendation_id.in_(ids)))}
        stored = {rec_id: (category, text, label) for rec_id, category, text, label in self.session.execute(
            select(Recommendation.id, Recommendation.action_category, Recommendation.text, Recommendation.label)
            .where(Recommendation.id.in_(ids)))}
        positions: dict[uuid.UUID, list[tuple[uuid.UUID | None, str | None, str | None]]] = defaultdict(list)
        for rec_id, document_id, position, kind in self.session.execute(
            select(response_recommendation.c.recommendation_id, Response.source_document_id, Response.position,
                   Document.kind)
            .join(Response, Response.id == response_recommendation.c.response_id)
            .outerjoin(Document, Document.id == Response.source_document_id)
            .where(response_recommendation.c.recommendation_id.in_(ids))):
            positions[rec_id].append((document_id, position, kind))
        raised: set[tuple[Any, ...]] = set()   # flags an earlier import raised, settled or not
        for rec_id, kind, message, document_kind in self.session.execute(
            select(import_problem_recommendation.c.recommendation_id, ImportProblem.kind, ImportProblem.message,
                   Document.kind)
            .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
            .join(Document, Document.id == ImportProblem.document_id)
            .where(import_problem_recommendation.c.recommendation_id.in_(ids),
                   ImportProblem.kind.in_(tuple(FLAG_SUMMARIES)))):
            raised.add((rec_id, kind, message))
            if document_kind != DocumentKind.DATABASE_EXPORT.value:
                # raised when a UN document merged rows stored apart: their disagreement is flagged
                raised.add((rec_id, kind, _ANY_MESSAGE))
        new_states, new_terms, updates = [], [], []
        for rec_id, plan, document in batch:
            item = plan.source
            changed = False
            for state_id in plan.recommending_ids:
                if (rec_id, state_id) not in state_links:
                    state_links.add((rec_id, state_id))
                    new_states.append({"recommendation_id": rec_id, "state_id": state_id})
                    changed = True
            for term in self._terms_of(item):
                if (rec_id, term.id) not in term_links:
                    term_links.add((rec_id, term.id))
                    new_terms.append({"recommendation_id": rec_id, "term_id": term.id})
                    changed = True
            category, text, label = stored[rec_id]
            change: dict[str, Any] = {}
            if category is None and item.action_category:
                change["action_category"] = item.action_category
            if not text:  # known by label only, from an addendum
                change.update(text=item.text, text_key=text_key(item.text))
            if change:
                updates.append((rec_id, change))
                changed = True
            for kind, message, line in self._flags(plan):
                self._flagged[kind].add(rec_id)
                if (rec_id, kind, message) not in raised and (rec_id, kind, _ANY_MESSAGE) not in raised:
                    raised.add((rec_id, kind, message))
                    self.session.add(ImportProblem(
                        document=document, kind=kind, labels=label, line=line, excerpt=item.text[:300],
                        message=message, recommendations=[self.session.get(Recommendation, rec_id)]))
                    changed = True
            self.report.recommendations.add("updated" if changed else "unchanged")
            for order, entry in enumerate(self._position_entries(item)):
                self._position(rec_id, label, entry, item, document, positions[rec_id], order)
            if changed:
                self.touched.add(rec_id)
        for table, rows in ((recommending_state, new_states), (recommendation_term, new_terms)):
            if rows:
                self.session.execute(insert(table), rows)
        for rec_id, change in updates:
            rec = self.session.get(Recommendation, rec_id)
            for name, value in change.items():
                setattr(rec, name, value)

    def _position(self, rec_id: uuid.UUID, label: str | None, entry: _PositionEntry, item: DatasetRecommendation,
                  document: Document, known: list[tuple[uuid.UUID | None, str | None, str | None]], order: int) -> None:
        """Record the file's position only when no source has recorded it yet (an echo adds nothing
        and must not hide what the UN documents say, such as "considered implemented"); when it
        contradicts them, record it and flag the recommendation."""
        if any(position == entry.position for _document, position, _kind in known) \
                or (entry.position is None and known):   # no position adds nothing to a recorded one
            self.report.responses.add("unchanged")
            return
        rec = self.session.get_one(Recommendation, rec_id)
        at = self.now + dt.timedelta(microseconds=order)   # the order of the entries is the order of the history
        self.session.add(Response(review_id=rec.review_id, position=entry.position,
                                  considered_implemented=entry.considered_implemented,
                                  response_text=entry.response_text, source_document_id=document.id,
                                  recommendations=[rec], created_at=at, updated_at=at))
        earlier = sorted({position or "no position" for _document, position, _kind in known})
        known.append((document.id, entry.position, document.kind))
        self.report.responses.add("created")
        self.touched.add(rec_id)
        if earlier:
            wording = entry.wording or entry.position
            self.session.add(ImportProblem(
                document=document, kind="conflicting_positions", labels=label,
                line=item.lines[0] if item.lines else None, excerpt=wording,
                message=f"{self.path.name} records {wording} where earlier sources say {', '.join(earlier)}",
                recommendations=[rec],
            ))

    def _audit_rows(self, table: str, rows: Sequence[dict[str, Any]], fields: Sequence[str]) -> list[dict[str, Any]]:
        """Audit entries for rows written in bulk (the ORM, which writes them otherwise, is bypassed)."""
        actor = self.session.info.get("actor", "unknown")
        return [
            {"id": uuid.uuid4(), "at": self.now, "actor": actor, "action": "create", "table_name": table,
             "record_id": str(row["id"]), "before": None,
             "after": json.dumps({f: str(row[f]) if isinstance(row[f], uuid.UUID) else row[f] for f in fields}
                                 | {"id": str(row["id"]), "imported_from": self.path.name}, ensure_ascii=False)}
            for row in rows
        ]

    # --- new recommendations, in bulk -----------------------------------------------------------------
    def _insert_new(self, new_rows: Sequence[tuple[_Planned, uuid.UUID]], documents: Mapping[uuid.UUID, Document]) -> None:
        for start in range(0, len(new_rows), _BATCH):
            self.progress.check_cancelled()
            self._insert_batch(new_rows[start:start + _BATCH], documents)
            self.progress.report(2, 4, f"Writing new recommendations: {min(start + _BATCH, len(new_rows)):,} "
                                       f"of {len(new_rows):,}")

    def _insert_batch(self, batch: Sequence[tuple[_Planned, uuid.UUID]], documents: Mapping[uuid.UUID, Document]) -> None:
        recommendations, states, terms, responses, covered, problems, flagged = [], [], [], [], [], [], []
        now = self.now
        for plan, review_id in batch:
            item = plan.source
            rec_id = uuid.uuid4()
            document_id = documents[review_id].id
            flags = self._flags(plan)
            recommendations.append({
                "id": rec_id, "review_id": review_id, "label": item.label, "label_sort": label_sort_key(item.label),
                "text": item.text, "text_key": self._key(item.text),
                "recommended_by": ", ".join(item.recommending_states) or None,
                "action_category": item.action_category, "source_document_id": document_id,
                "source_paragraph": None, "current_position": item.position,
                "considered_implemented": item.considered_implemented, "needs_review": bool(flags),
                "implementation_level": None, "last_activity_at": now, "created_at": now, "updated_at": now,
            })
            states += [{"recommendation_id": rec_id, "state_id": s} for s in plan.recommending_ids]
            terms += [{"recommendation_id": rec_id, "term_id": t.id} for t in self._terms_of(item)]
            for order, entry in enumerate(self._position_entries(item)):
                response_id = uuid.uuid4()
                at = now + dt.timedelta(microseconds=order)   # the kept position last: the current one
                responses.append({
                    "id": response_id, "review_id": review_id, "position": entry.position,
                    "considered_implemented": entry.considered_implemented, "response_text": entry.response_text,
                    "deciding_sentence": None, "source_document_id": document_id,
                    "source_paragraph": None, "responded_on": item.published_on,
                    "needs_review": False, "review_reason": None,
                    "created_at": at, "updated_at": at,
                })
                covered.append({"response_id": response_id, "recommendation_id": rec_id})
            for kind, message, line in flags:
                problem_id = uuid.uuid4()
                problems.append({"id": problem_id, "document_id": document_id, "kind": kind, "labels": item.label,
                                 "line": line, "excerpt": item.text[:300], "message": message, "resolved": False,
                                 "resolution": None, "created_at": now, "updated_at": now})
                flagged.append({"import_problem_id": problem_id, "recommendation_id": rec_id})
                self._flagged[kind].add(rec_id)
        trail = self._audit_rows("recommendation", recommendations, ("label", "text", "review_id", "recommended_by",
                                                                     "action_category"))
        trail += self._audit_rows("response", responses, ("position", "considered_implemented", "review_id",
                                                         "source_document_id"))
        trail += self._audit_rows("import_problem", problems, ("kind", "message", "document_id"))
        for table, rows in ((table_of(Recommendation), recommendations), (recommending_state, states),
                            (recommendation_term, terms), (table_of(Response), responses),
                            (response_recommendation, covered), (table_of(ImportProblem), problems),
                            (import_problem_recommendation, flagged), (table_of(AuditEntry), trail)):
            if rows:
                self.session.execute(insert(table), rows)
        self.report.recommendations.created += len(recommendations)
        self.report.responses.created += len(responses)
