"""A realistic synthetic UPR corpus, deterministic from a seed, for the benchmarks.

Two products:

- `build_corpus_database(path, recommendations=200_000, states=200, seed=1)`: a UPR Tracker database
  at the scale the app is designed for (docs/domain.md, "Scale"): every State reviewed in cycles
  1-4, ~250 recommendations a review on average (at most 500), with recommending States, themes,
  responses from the Working Group report and the addendum, milestones, notes (some confidential)
  and assessments, and the derived columns of `recommendation` set as storage.derived would set
  them. Filled with SQLAlchemy Core executemany (the ORM would take minutes); the full-text
  triggers fire on each insert, so the search index is built as the app builds it.
- `write_uprinfo_csv(path, rows=40_000, seed=2)`: a UPR Info database export (one row per
  recommending State), UTF-8, with the columns of the real export.

Command line:
    python benchmarks/generate_corpus.py --db corpus.sqlite [--recommendations 200000]
    python benchmarks/generate_corpus.py --uprinfo-csv export.csv [--rows 40000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sys
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import Connection, Table, func, select

from phrasebook import (
    CONFIDENTIAL_NOTE_BODIES,
    ENGLISH,
    FRENCH,
    MILESTONE_SUBJECTS,
    MILESTONE_TEMPLATES,
    NOTE_AUTHORS,
    NOTE_BODIES,
    NOTE_TAGS,
    OTHER_LANGUAGES,
    RESPONSE_TEXTS,
    REVIEW_REASONS,
    RUSSIAN,
    SPANISH,
    WG_REPORT_TEXTS,
    Phrasebook,
)
from upr_tracker.domain.implementation import ImplementationLevel, combined_level, latest_per_source
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import StateEntry, shipped_states
from upr_tracker.services.recommendations import text_key
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import search_document
from upr_tracker.storage.models import (
    Assessment,
    Document,
    Milestone,
    Note,
    NoteTag,
    Recommendation,
    Response,
    Review,
    State,
    StateName,
    Term,
    milestone_recommendation,
    recommendation_term,
    recommending_state,
    response_recommendation,
)
from upr_tracker.storage.statistics import refresh_planner_statistics

UTC = dt.timezone.utc
# The corpus is "as of" this moment, not of the wall clock, so that the same seed gives the same file.
CORPUS_NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
GENERATOR_VERSION = 2   # part of the benchmarks' cache key: raise when the corpus changes

# --- Scale (docs/domain.md) ----------------------------------------------------------------------
# Mean recommendations per review in each cycle; scaled together to reach the requested total.
CYCLE_MEAN = {1: 109, 2: 187, 3: 223, 4: 271}
MAX_PER_REVIEW = 500
# Sessions each cycle spreads its reviews over (cycle 4 up to the sessions held by CORPUS_NOW).
CYCLE_SESSIONS = {1: range(1, 13), 2: range(13, 27), 3: range(27, 42), 4: range(42, 54)}
# Working Group session -> opening date; dates between anchors are interpolated.
SESSION_DATES = ((1, dt.date(2008, 4, 7)), (12, dt.date(2011, 10, 3)), (13, dt.date(2012, 5, 21)),
                 (26, dt.date(2016, 10, 31)), (27, dt.date(2017, 5, 1)), (41, dt.date(2022, 11, 7)),
                 (42, dt.date(2023, 1, 23)), (53, dt.date(2026, 10, 26)))

# Text length: log-normal, tuned for a mean of ~150 characters; capped as the longest real one.
TEXT_LENGTH_MU = 4.55
TEXT_LENGTH_SIGMA = 0.62
MAX_TEXT = 1_750
LIST_FROM = 380          # targets above this get a lettered list of measures

NOTES_PER_RECOMMENDATION = 1 / 40
FOLLOW_UP_START = dt.date(2009, 1, 1)   # the first milestones an NGO would log
ASSESSED_SHARE = 1 / 20
CONFIDENTIAL_SHARE = 0.15
FICTITIOUS_STATES = (("XAR", "Arcadia"), ("XBO", "Borduria"), ("XSY", "Syldavia"), ("XRU", "Ruritania"),
                     ("XFR", "Freedonia"), ("XGE", "Genovia"), ("XLA", "Latveria"), ("XEL", "Elbonia"))
INSERT_BATCH = 20_000    # recommendations buffered before the buffers are written


# --------------------------------------------------------------------------------------------------
# Recommendation texts


@dataclass(frozen=True)
class DraftText:
    text: str
    action_category: int
    themes: tuple[str, ...]


class TextMaker:
    """Recommendation texts from the phrasebooks, of realistic length and language mix."""

    def __init__(self, rng: random.Random, other_languages: Sequence[tuple[Phrasebook, float]] = OTHER_LANGUAGES):
        self.rng = rng
        self.other_languages = other_languages

    def recommendation(self) -> DraftText:
        book = self._language()
        target = min(MAX_TEXT, self.rng.lognormvariate(TEXT_LENGTH_MU, TEXT_LENGTH_SIGMA))
        text, category, themes = self._opening(book)
        if target > LIST_FROM:
            text = self._add_list(book, text, target, themes)
        else:
            text = self._extend(book, text, target, themes)
        return DraftText(text + ".", category, tuple(dict.fromkeys(themes))[:5])

    def _language(self) -> Phrasebook:
        draw = self.rng.random()
        for book, share in self.other_languages:
            if draw < share:
                return book
            draw -= share
        return ENGLISH

    def _opening(self, book: Phrasebook) -> tuple[str, int, list[str]]:
        draw = self.rng.random()
        if draw < 0.15:
            verb, category = self.rng.choice(book.ratifying)
            instrument, themes = self.rng.choice(book.instruments)
            return f"{verb} {instrument}", category, list(themes)
        if draw < 0.27:
            sentence, category, themes = self.rng.choice(book.sentences)
            return sentence, category, list(themes)
        verb, category = self._weighted_opening(book)
        goal, themes = self.rng.choice(book.goals)
        text = f"{verb} {goal}" if verb else goal[0].upper() + goal[1:]
        return text, category, list(themes)

    def _weighted_opening(self, book: Phrasebook) -> tuple[str, int]:
        # UPR Info's mix of action categories: mostly general (4) and specific (5) actions.
        wanted = self.rng.choices((4, 5, 2, 3, 1), weights=(48, 22, 16, 10, 4))[0]
        candidates = [opening for opening in book.openings if opening[1] == wanted] or list(book.openings)
        return self.rng.choice(candidates)

    def _extend(self, book: Phrasebook, text: str, target: float, themes: list[str]) -> str:
        # At most one means, one alignment and two more goals: more reads like no real recommendation.
        room = {"means": 1, "goal": 2, "alignment": 1}
        for _attempt in range(8):
            if len(text) >= target or not any(room.values()):
                break
            kind, piece, piece_themes = self._extension(book)
            if not room[kind] or piece in text or len(text) + len(piece) > MAX_TEXT:
                continue
            room[kind] -= 1
            text += piece
            themes.extend(piece_themes)
        return text

    def _extension(self, book: Phrasebook) -> tuple[str, str, tuple[str, ...]]:
        draw = self.rng.random()
        if draw < 0.4:
            return "means", self.rng.choice(book.by_connectors) + self.rng.choice(book.means), ()
        if draw < 0.75:
            goal, themes = self.rng.choice(book.goals)
            return "goal", book.and_connector + goal, themes
        return "alignment", self.rng.choice(book.alignments), ()

    def _add_list(self, book: Phrasebook, text: str, target: float, themes: list[str]) -> str:
        """The long recommendations: a lettered list of measures, as some States write them."""
        items: list[str] = []
        length = len(text) + len(book.list_intro)
        for letter in "abcdefghijklmnopqrstuvwxyz":
            goal, goal_themes = self.rng.choice(book.goals)
            item = f"({letter}) {goal}"
            if self.rng.random() < 0.5:
                item += self.rng.choice(book.by_connectors) + self.rng.choice(book.means)
            if length + len(item) + len(book.list_separator) > min(target, MAX_TEXT - 1):
                break
            items.append(item)
            themes.extend(goal_themes)
            length += len(item) + len(book.list_separator)
        return text + book.list_intro + book.list_separator.join(items) if items else text


# --------------------------------------------------------------------------------------------------
# When each State is reviewed


@dataclass(frozen=True)
class ReviewSlot:
    state_index: int
    cycle: int
    session: int
    review_date: dt.date
    report_symbol: str          # the Working Group report, A/HRC/<council session>/<n>


def session_date(session: int) -> dt.date:
    for (first, start), (last, end) in zip(SESSION_DATES, SESSION_DATES[1:]):
        if first <= session <= last:
            span = (end - start).days * (session - first) // max(1, last - first)
            return start + dt.timedelta(days=span)
    raise ValueError(f"no date known for session {session}")


def review_slots(state_count: int, rng: random.Random) -> list[ReviewSlot]:
    """Each State in each cycle. As in the real calendar, a State keeps its place in the order
    from one cycle to the next (session 1 of every cycle reviews the same States)."""
    order = list(range(state_count))
    rng.shuffle(order)
    slots = []
    for cycle, sessions in CYCLE_SESSIONS.items():
        per_session: dict[int, list[int]] = defaultdict(list)
        for place, state_index in enumerate(order):
            per_session[sessions[place * len(sessions) // state_count]].append(state_index)
        for session, states in per_session.items():
            council = session + 7 + session // 12     # the Council session that adopts the report
            for position, state_index in enumerate(states):
                day = session_date(session) + dt.timedelta(days=position * 14 // len(states))
                slots.append(ReviewSlot(state_index, cycle, session, day, f"A/HRC/{council}/{position + 5}"))
    return slots


def review_sizes(slots: Sequence[ReviewSlot], total: int, rng: random.Random) -> list[int]:
    """Recommendations per review: realistic per cycle, scaled so that they add up to `total`."""
    weights = [CYCLE_MEAN[slot.cycle] * rng.lognormvariate(0, 0.25) for slot in slots]
    scale = total / sum(weights)
    sizes = [max(1, min(MAX_PER_REVIEW, round(w * scale))) for w in weights]
    # Rounding and the cap leave a small difference: spread it one by one over reviews with room.
    while (difference := total - sum(sizes)) != 0:
        index = rng.randrange(len(sizes))
        step = 1 if difference > 0 else -1
        if 1 <= sizes[index] + step <= MAX_PER_REVIEW:
            sizes[index] += step
    return sizes


# --------------------------------------------------------------------------------------------------
# The records of one State, drafted in memory so that the derived columns can be computed


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def moment(day: dt.date, rng: random.Random, *, within_days: int = 0) -> dt.datetime:
    """A time on `day` (or up to `within_days` later), never after CORPUS_NOW."""
    when = dt.datetime.combine(day, dt.time(8, 0), UTC) + dt.timedelta(
        days=rng.randint(0, within_days), seconds=rng.randint(0, 10 * 3600))
    return min(when, CORPUS_NOW - dt.timedelta(seconds=rng.randint(60, 86_400 * 30)))


def timestamps(created: dt.datetime) -> dict[str, dt.datetime]:
    return {"created_at": created, "updated_at": created}


class GivenPosition(NamedTuple):
    """What a recommendation needs to know of one of its responses. The first three fields are
    the order of responses (storage.derived.response_order_key): stage, date, recorded at."""

    stage: int                  # 0 Working Group report, 1 addendum
    responded_on: dt.date
    recorded_at: dt.datetime    # created_at = updated_at
    position: str
    considered_implemented: bool
    needs_review: bool


class GivenAssessment(NamedTuple):
    source: str
    assessed_on: dt.date
    recorded_at: dt.datetime
    level: str


@dataclass
class DraftRecommendation:
    row: dict                   # the recommendation row, derived columns filled in at the end
    themes: tuple[str, ...]
    positions: list[GivenPosition] = field(default_factory=list)
    assessments: list[GivenAssessment] = field(default_factory=list)
    activity: list[dt.datetime] = field(default_factory=list)  # notes' and milestones' updated_at

    def finish(self) -> dict:
        """Set the derived columns as storage.derived.refresh_recommendations would."""
        latest = max(self.positions, key=lambda p: p[:3]) if self.positions else None
        level = combined_level(latest_per_source(((a.source, ""), a.assessed_on, a.recorded_at,
                                                  ImplementationLevel(a.level)) for a in self.assessments))
        moments = self.activity + [p.recorded_at for p in self.positions] + [a.recorded_at for a in self.assessments]
        self.row.update(
            current_position=latest.position if latest else None,
            considered_implemented=bool(latest and latest.considered_implemented),
            needs_review=any(p.needs_review for p in self.positions),
            implementation_level=level.value if level else None,
            last_activity_at=max(moments) if moments else None,
        )
        return self.row


class Buffers:
    """Rows waiting to be inserted, per table, written in foreign-key order."""

    ORDER: tuple[Table, ...] = (
        Review.__table__, Document.__table__, Recommendation.__table__,
        recommending_state, recommendation_term, Response.__table__, response_recommendation, Milestone.__table__,
        milestone_recommendation, Assessment.__table__, Note.__table__, NoteTag.__table__,
    )

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.written: dict[str, int] = defaultdict(int)

    def add(self, table: Table, row: dict) -> None:
        self.rows[table.name].append(row)

    def pending(self, table: Table) -> int:
        return len(self.rows[table.name])

    def write(self, connection: Connection) -> None:
        for table in self.ORDER:
            if rows := self.rows.pop(table.name, None):
                connection.execute(table.insert(), rows)
                self.written[table.name] += len(rows)


class StateCorpus:
    """Drafts everything about one State (its four reviews, their recommendations and responses,
    its milestones, notes and assessments) into the buffers."""

    def __init__(self, corpus: CorpusBuilder, state_id: uuid.UUID) -> None:
        self.corpus = corpus
        self.rng = corpus.rng
        self.state_id = state_id
        self.drafts: list[DraftRecommendation] = []
        self.by_theme: dict[str, list[DraftRecommendation]] = defaultdict(list)
        self.review_ids: list[uuid.UUID] = []

    # --- reviews and their documents
    def add_review(self, slot: ReviewSlot, size: int) -> None:
        rng, buffers = self.rng, self.corpus.buffers
        review_id = new_id(rng)
        self.review_ids.append(review_id)
        buffers.add(Review.__table__, {"id": review_id, "state_id": self.state_id, "cycle": slot.cycle,
                                       "session": slot.session, "review_date": slot.review_date,
                                       **timestamps(moment(slot.review_date, rng, within_days=200))})
        report = self._document(review_id, slot.report_symbol, "working_group_report", slot.review_date, 60)
        addendum = self._document(review_id, slot.report_symbol + "/Add.1", "addendum", slot.review_date, 150)
        drafts = self._recommendations(review_id, slot, size, report)
        self._responses(review_id, slot, drafts, report, addendum)
        self.drafts.extend(drafts)

    def _document(self, review_id: uuid.UUID, symbol: str, kind: str, review_date: dt.date, days: int) -> tuple:
        document_id = new_id(self.rng)
        issued = review_date + dt.timedelta(days=days)
        title = "Report of the Working Group on the Universal Periodic Review" + (
            ": views on conclusions and/or recommendations" if kind == "addendum" else "")
        self.corpus.buffers.add(Document.__table__, {
            "id": document_id, "review_id": review_id, "symbol": symbol, "kind": kind, "title": title,
            "issued_on": issued, "file_name": symbol.replace("/", "_") + ".pdf",
            **timestamps(moment(issued, self.rng, within_days=60))})
        return document_id, issued

    # --- recommendations
    def _labels(self, slot: ReviewSlot, size: int) -> list[str]:
        """Cycle 1 numbers again in each paragraph (95 supported, 96 not, 97 to be examined);
        later cycles put all in one paragraph."""
        if slot.cycle == 1:
            supported, rejected = round(size * 0.6), round(size * 0.1)
            parts = ((95, supported), (96, rejected), (97, size - supported - rejected))
            return [f"{paragraph}.{n}" for paragraph, count in parts for n in range(1, count + 1)]
        paragraph = self.rng.randint(90, 160)
        return [f"{paragraph}.{n}" for n in range(1, size + 1)]

    def _recommendations(self, review_id: uuid.UUID, slot: ReviewSlot, size: int,
                         report: tuple) -> list[DraftRecommendation]:
        rng, corpus = self.rng, self.corpus
        drafts = []
        created = moment(report[1], rng, within_days=90)
        for label in self._labels(slot, size):
            drafted = corpus.texts.recommendation()
            recommenders = corpus.recommenders(exclude=self.state_id)
            rec_id = new_id(rng)
            row = {"id": rec_id, "review_id": review_id, "label": label, "label_sort": label_sort_key(label),
                   "text": drafted.text, "text_key": text_key(drafted.text),
                   "recommended_by": ", ".join(name for _id, name in recommenders),
                   "action_category": drafted.action_category, "source_document_id": report[0],
                   "source_paragraph": label.split(".")[0], **timestamps(created)}
            for state_id, _name in recommenders:
                corpus.buffers.add(recommending_state, {"recommendation_id": rec_id, "state_id": state_id})
            for theme in drafted.themes:
                corpus.buffers.add(recommendation_term,
                                   {"recommendation_id": rec_id, "term_id": corpus.theme_ids[theme]})
            draft = DraftRecommendation(row, drafted.themes)
            drafts.append(draft)
            for theme in drafted.themes:
                self.by_theme[theme].append(draft)
        return drafts

    # --- responses
    def _responses(self, review_id: uuid.UUID, slot: ReviewSlot, drafts: list[DraftRecommendation],
                   report: tuple, addendum: tuple) -> None:
        """The report's initial positions (one response per paragraph), then the addendum's, one per
        recommendation or per small group of consecutive labels."""
        if slot.cycle == 1:
            by_paragraph: dict[str, list[DraftRecommendation]] = defaultdict(list)
            for draft in drafts:
                by_paragraph[draft.row["source_paragraph"]].append(draft)
            for paragraph, position in (("95", "supported"), ("96", "noted"), ("97", "pending")):
                if group := by_paragraph.get(paragraph):
                    self._response(review_id, group, position, report, stage=0, text=WG_REPORT_TEXTS[position])
            examined, weights = by_paragraph.get("97", []), (45, 50, 5)
        else:
            if self.rng.random() < 0.5:
                self._response(review_id, drafts, "pending", report, stage=0, text=WG_REPORT_TEXTS["pending"])
            examined, weights = drafts, (70, 27, 3)
        index = 0
        while index < len(examined):
            size = 1 if self.rng.random() < 0.75 else self.rng.randint(2, 6)
            group = examined[index : index + size]
            index += size
            position = self.rng.choices(("supported", "noted", "partially_supported"), weights=weights)[0]
            implemented = position == "supported" and slot.cycle > 1 and self.rng.random() < 0.1
            wording = "supported_implemented" if implemented else position
            text = self.rng.choice(RESPONSE_TEXTS[wording]) if self.rng.random() < (0.6 if size > 1 else 0.35) else None
            self._response(review_id, group, position, addendum, stage=1, text=text, implemented=implemented)

    def _response(self, review_id: uuid.UUID, group: list[DraftRecommendation], position: str, document: tuple,
                  *, stage: int, text: str | None, implemented: bool = False) -> None:
        rng = self.rng
        response_id = new_id(rng)
        doubtful = rng.random() < 0.005
        responded_on = document[1]
        created = moment(responded_on, rng, within_days=120)
        first, last = group[0].row["label"], group[-1].row["label"]
        self.corpus.buffers.add(Response.__table__, {
            "id": response_id, "review_id": review_id, "position": position, "considered_implemented": implemented,
            "response_text": text, "deciding_sentence": text.split(".")[0] if text else None,
            "source_document_id": document[0], "source_paragraph": first if first == last else f"{first}-{last}",
            "responded_on": responded_on, "needs_review": doubtful,
            "review_reason": rng.choice(REVIEW_REASONS) if doubtful else None, **timestamps(created)})
        for draft in group:
            self.corpus.buffers.add(response_recommendation,
                                    {"response_id": response_id, "recommendation_id": draft.row["id"]})
            draft.positions.append(GivenPosition(stage, responded_on, created, position, implemented, doubtful))

    # --- follow-up: milestones, notes, assessments
    def add_follow_up(self) -> None:
        for _ in range(self.rng.randint(2, 7)):
            self._milestone()
        for draft in self.drafts:
            if self.rng.random() < NOTES_PER_RECOMMENDATION:
                self._note(recommendation=draft)
            if draft.row["review_id"] != self.review_ids[0] and self.rng.random() < ASSESSED_SHARE:
                self._assessments(draft)
        for review_id in self.review_ids[2:]:
            if self.rng.random() < 0.5:
                self._note(review_id=review_id)

    def _milestone(self, plan_id: uuid.UUID | None = None, item: int | None = None) -> None:
        rng = self.rng
        subject, themes = rng.choice(MILESTONE_SUBJECTS)
        kind = "plan_item" if plan_id else rng.choice(list(MILESTONE_TEMPLATES))
        title, description, citation = MILESTONE_TEMPLATES["law" if kind == "plan_item" else kind]
        occurred = FOLLOW_UP_START + dt.timedelta(days=rng.randint(0, (CORPUS_NOW.date() - FOLLOW_UP_START).days))
        values = {"subject": subject, "number": rng.randint(10, 300), "date": occurred.strftime("%d %B %Y"),
                  "year": occurred.year, "end": occurred.year + 4, "items": rng.randint(3, 6)}
        milestone_id = new_id(rng)
        created = moment(occurred, rng, within_days=90)
        self.corpus.buffers.add(Milestone.__table__, {
            "id": milestone_id, "state_id": self.state_id, "plan_id": plan_id, "kind": kind,
            "title": (f"Item {item}: " if item else "") + title.format(**values),
            "description": description.format(**values), "occurred_on": occurred,
            "date_precision": rng.choice(("day", "day", "month", "year")), "ends_on": None,
            "item_number": str(item) if item else None, "source_citation": citation.format(**values),
            "source_url": None, "attachment_id": None, **timestamps(created)})
        linked = self.by_theme.get(themes[0], [])
        for draft in rng.sample(linked, min(len(linked), rng.randint(1, 6))):
            self.corpus.buffers.add(milestone_recommendation, {"milestone_id": milestone_id,
                                                               "recommendation_id": draft.row["id"]})
            draft.activity.append(created)
        if rng.random() < 0.2:
            self._note(milestone_id=milestone_id)
        if kind == "plan":
            for number in range(1, values["items"] + 1):
                self._milestone(plan_id=milestone_id, item=number)

    def _note(self, *, recommendation: DraftRecommendation | None = None, milestone_id: uuid.UUID | None = None,
              review_id: uuid.UUID | None = None) -> None:
        rng = self.rng
        confidential = rng.random() < CONFIDENTIAL_SHARE
        written = moment(dt.date(2012, 1, 1), rng, within_days=(CORPUS_NOW.date() - dt.date(2012, 1, 1)).days)
        note_id = new_id(rng)
        self.corpus.buffers.add(Note.__table__, {
            "id": note_id, "author": rng.choice(NOTE_AUTHORS), "written_at": written,
            "body": rng.choice(CONFIDENTIAL_NOTE_BODIES if confidential else NOTE_BODIES), "confidential": confidential,
            "recommendation_id": recommendation.row["id"] if recommendation else None,
            "milestone_id": milestone_id, "review_id": review_id, **timestamps(written)})
        for tag in rng.sample(NOTE_TAGS, rng.choice((0, 0, 1, 2))):
            self.corpus.buffers.add(NoteTag.__table__, {"note_id": note_id, "tag": tag})
        if recommendation is not None:
            recommendation.activity.append(written)

    def _assessments(self, draft: DraftRecommendation) -> None:
        rng = self.rng
        for source in rng.sample(("ngo", "state", "un_body"), rng.choice((1, 1, 2, 3))):
            level = rng.choice(list(ImplementationLevel)).value
            mid_term = draft.row["created_at"].date() + dt.timedelta(days=rng.randint(500, 1500))
            assessed = min(CORPUS_NOW.date(), mid_term)
            created = moment(assessed, rng, within_days=30)
            self.corpus.buffers.add(Assessment.__table__, {
                "id": new_id(rng), "recommendation_id": draft.row["id"], "source": source,
                "source_name": None, "level": level, "assessed_on": assessed,
                "evidence": "Mid-term assessment, based on interviews with the ministry and civil society.",
                **timestamps(created)})
            draft.assessments.append(GivenAssessment(source, assessed, created, level))

    def finish(self) -> None:
        for draft in self.drafts:
            self.corpus.buffers.add(Recommendation.__table__, draft.finish())


# --------------------------------------------------------------------------------------------------
# The database


@dataclass(frozen=True)
class CorpusSummary:
    path: Path
    seconds: float
    rows: dict[str, int]


class CorpusBuilder:
    def __init__(self, connection: Connection, reviewed: list[tuple[uuid.UUID, str]],
                 recommending: list[tuple[uuid.UUID, str]], rng: random.Random) -> None:
        self.connection = connection
        self.reviewed = reviewed
        self.recommending = recommending
        self.rng = rng
        self.texts = TextMaker(rng)
        self.buffers = Buffers()
        themes = dict(connection.execute(select(Term.name, Term.id).where(Term.vocabulary == "themes")).all())
        self.theme_ids = {name: themes[name] for name in _phrasebook_themes()}   # KeyError: a theme not shipped

    def recommenders(self, exclude: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """One to three recommending States, never the State under review."""
        count = self.rng.choices((1, 2, 3), weights=(88, 9, 3))[0]
        chosen: dict[uuid.UUID, str] = {}
        while len(chosen) < count:
            state_id, name = self.rng.choice(self.recommending)
            if state_id != exclude:
                chosen[state_id] = name
        return list(chosen.items())

    def build(self, recommendations: int) -> None:
        slots = review_slots(len(self.reviewed), self.rng)
        sizes = review_sizes(slots, recommendations, self.rng)
        by_state: dict[int, list[tuple[ReviewSlot, int]]] = defaultdict(list)
        for slot, size in zip(slots, sizes):
            by_state[slot.state_index].append((slot, size))
        for state_index, (state_id, _name) in enumerate(self.reviewed):
            state = StateCorpus(self, state_id)
            for slot, size in sorted(by_state[state_index], key=lambda pair: pair[0].cycle):
                state.add_review(slot, size)
            state.add_follow_up()
            state.finish()
            if self.buffers.pending(Recommendation.__table__) >= INSERT_BATCH:
                self.buffers.write(self.connection)
        self.buffers.write(self.connection)


def _phrasebook_themes() -> set[str]:
    themes: set[str] = set()
    for book in (ENGLISH, FRENCH, SPANISH, RUSSIAN):
        for _text, goal_themes in (*book.goals, *book.instruments):
            themes.update(goal_themes)
        for _text, _category, sentence_themes in book.sentences:
            themes.update(sentence_themes)
    for _subject, subject_themes in MILESTONE_SUBJECTS:
        themes.update(subject_themes)
    return themes


def _add_fictitious_states(connection: Connection, count: int, rng: random.Random) -> None:
    """More States than the 195 shipped ones: fictitious ones, with the names the app matches on."""
    if count > len(FICTITIOUS_STATES):
        raise ValueError(f"at most {195 + len(FICTITIOUS_STATES)} States")
    created = CORPUS_NOW - dt.timedelta(days=400)
    for iso3, name in FICTITIOUS_STATES[:count]:
        state_id = new_id(rng)
        connection.execute(State.__table__.insert(), [{"id": state_id, "iso3": iso3, "name": name,
                                                       "regional_group": "WEOG", "status": "member",
                                                       **timestamps(created)}])
        connection.execute(StateName.__table__.insert(), [{"id": new_id(rng), "state_id": state_id, "name": name,
                                                           "name_key": name_key(name), **timestamps(created)}])


def build_corpus_database(path: Path | str, recommendations: int = 200_000, states: int = 200,
                          seed: int = 1) -> CorpusSummary:
    """Create the database at `path` (which must not exist) and fill it; see the module docstring.

    `states` above the 195 shipped States adds fictitious ones (at most 8); below, the first ones
    in alphabetical order are reviewed (all of them still recommend).
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: the corpus is made in a new file")
    started = time.perf_counter()
    rng = random.Random(seed)
    with Database.open(path, actor="benchmark corpus") as db:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA cache_size = -262144")   # 256 MB: random UUID keys touch every page
            if states > len(shipped_states()):
                _add_fictitious_states(connection, states - len(shipped_states()), rng)
            all_states = [tuple(row) for row in connection.execute(select(State.id, State.name).order_by(State.name))]
            reviewed_names = _reviewed_names(states)
            reviewed = [s for s in all_states if s[1] in reviewed_names]
            builder = CorpusBuilder(connection, reviewed, all_states, rng)
            builder.build(recommendations)
        with db.write() as session:  # as the app's imports leave a database
            refresh_planner_statistics(session)
        rows = dict(builder.buffers.written)
        _check_index(db, rows)
    return CorpusSummary(path, time.perf_counter() - started, rows)


def _reviewed_names(count: int) -> set[str]:
    shipped = sorted(s.name for s in shipped_states())
    return set((shipped + [name for _iso3, name in FICTITIOUS_STATES])[:count])


def _check_index(db: Database, rows: dict[str, int]) -> None:
    """The triggers must have indexed every recommendation, and a search must find them."""
    with db.read() as session:
        indexed = session.scalar(select(func.count()).select_from(search_document)
                                 .where(search_document.c.kind == "recommendation"))
    if indexed != rows.get("recommendation", 0):
        raise RuntimeError(f"the full-text index holds {indexed} recommendations, not {rows.get('recommendation')}")
    if not search(db, "torture", limit=5):
        raise RuntimeError("the corpus was written but a search for 'torture' finds nothing")


# --------------------------------------------------------------------------------------------------
# The UPR Info export


UPRINFO_HEADER = ("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
                  "Session")
UPRINFO_GROUPS = {"Asia-Pacific": "Asia"}     # UPR Info's spelling of the regional groups
ORGANISATIONS = {
    "Africa": ("AU", "AU, OIF", "AU, Commonwealth", "AU, OIC", "AU, OIC, AL", "AU, OIC, OIF"),
    "Asia-Pacific": ("OIC", "ASEAN", "Commonwealth", "OIC, AL", "ASEAN, Commonwealth", ""),
    "EEG": ("EU", "CIS", "OIC, CIS", "EU, OIF", ""),
    "GRULAC": ("OAS", "OAS, OEI", "OAS, OEI, ACS", "OAS, CARICOM, Commonwealth"),
    "WEOG": ("EU", "EU, OIF", "OAS, OIF, Commonwealth", "EU, Commonwealth", ""),
    None: ("",),
}
UPRINFO_LAST_SESSION = 45
# UPR Info translates nearly everything into English; a few texts keep their French or Spanish.
UPRINFO_LANGUAGES = ((FRENCH, 0.015), (SPANISH, 0.015))


def write_uprinfo_csv(path: Path | str, rows: int = 40_000, seed: int = 2) -> int:
    """Write a UPR Info database export of `rows` rows (one per recommending State) to `path`;
    sorted by State under review, session and text, as the site exports. Returns the row count."""
    rng = random.Random(seed)
    members = [s for s in shipped_states() if s.status == "member"]
    organisation = {s.iso3: rng.choice(ORGANISATIONS[s.regional_group]) for s in shipped_states()}
    texts = TextMaker(rng, UPRINFO_LANGUAGES)
    slots = [slot for slot in review_slots(len(members), rng) if slot.session <= UPRINFO_LAST_SESSION]
    rng.shuffle(slots)
    lines: list[tuple[str, ...]] = []
    for slot in slots:
        if len(lines) >= rows:
            break
        lines.extend(_uprinfo_review(slot, members, organisation, texts, rng))
    del lines[rows:]
    lines.sort(key=lambda line: (line[0], int(line[10]), line[3]))
    with Path(path).open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(UPRINFO_HEADER)
        writer.writerows(lines)
    return len(lines)


def _uprinfo_review(slot: ReviewSlot, members: list[StateEntry], organisation: dict[str, str], texts: TextMaker,
                    rng: random.Random) -> Iterator[tuple[str, ...]]:
    state = members[slot.state_index]
    size = max(5, round(CYCLE_MEAN[slot.cycle] * rng.lognormvariate(0, 0.3) / 1.15))
    seen: set[str] = set()
    for _ in range(size):
        drafted = texts.recommendation()
        key = name_key(drafted.text)
        if key in seen:        # two rows of one review with one text would be one recommendation
            continue
        seen.add(key)
        # The export has no final full stop and often a trailing space.
        text = drafted.text.rstrip(".") + (" " if rng.random() < 0.7 else "")
        response = "Accepted" if rng.random() < 0.74 else "Noted"
        count = rng.choices((1, 2, 3), weights=(90, 8, 2))[0]
        for recommender in rng.sample([m for m in members if m.iso3 != state.iso3], count):
            yield (state.name, _uprinfo_group(state), organisation[state.iso3], text, recommender.name,
                   _uprinfo_group(recommender), organisation[recommender.iso3], response,
                   str(drafted.action_category), ",".join(drafted.themes), str(slot.session))


def _uprinfo_group(state: StateEntry) -> str:
    return UPRINFO_GROUPS.get(state.regional_group or "", state.regional_group or "")


# --------------------------------------------------------------------------------------------------
# Command line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="create a corpus database at this path (must not exist)")
    parser.add_argument("--recommendations", type=int, default=200_000)
    parser.add_argument("--states", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="default: 1 for --db, 2 for --uprinfo-csv")
    parser.add_argument("--uprinfo-csv", type=Path, help="write a synthetic UPR Info export to this path")
    parser.add_argument("--rows", type=int, default=40_000)
    args = parser.parse_args(argv)
    if not args.db and not args.uprinfo_csv:
        parser.error("give --db PATH and/or --uprinfo-csv PATH")
    if args.db:
        seed = 1 if args.seed is None else args.seed
        summary = build_corpus_database(args.db, args.recommendations, args.states, seed)
        counts = ", ".join(f"{table} {count:,}" for table, count in summary.rows.items())
        print(f"{summary.path}: {counts} ({summary.seconds:.1f} s)")
    if args.uprinfo_csv:
        started = time.perf_counter()
        written = write_uprinfo_csv(args.uprinfo_csv, args.rows, 2 if args.seed is None else args.seed)
        print(f"{args.uprinfo_csv}: {written:,} rows ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
