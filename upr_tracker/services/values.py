"""Plain, immutable values the services hand to the GUI, the command line and the tests.

No live ORM object leaves a unit of work: these are safe to pass between threads and keep.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StateInfo:
    id: uuid.UUID
    iso3: str
    name: str
    regional_group: str | None
    status: str


@dataclass(frozen=True)
class ReviewSummary:
    id: uuid.UUID
    state_iso3: str
    state_name: str
    cycle: int
    session: int | None
    review_date: dt.date | None
    recommendation_count: int
    count_by_position: dict[str, int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        session = f", session {self.session}" if self.session else ""
        return f"{self.state_name}: cycle {self.cycle}{session}"


@dataclass(frozen=True)
class DocumentInfo:
    id: uuid.UUID
    review_id: uuid.UUID | None
    symbol: str | None
    kind: str
    title: str | None
    issued_on: dt.date | None


@dataclass(frozen=True)
class RecommendationRow:
    """One line of the recommendations table."""

    id: uuid.UUID
    review_id: uuid.UUID
    state_iso3: str
    cycle: int
    session: int | None
    label: str | None
    text: str
    recommending_states: tuple[str, ...]
    position: str | None
    considered_implemented: bool
    needs_review: bool
    implementation_level: str | None
    themes: tuple[str, ...]  # the UPR Info issues (the editable "themes" vocabulary)
    action_category: int | None
    last_activity_at: dt.datetime | None
    # Where a search found it: "recommendation" (its own text), "response", "milestone", "note".
    found_in: tuple[str, ...] = ()
    # Every term of every vocabulary, as (vocabulary, term as shown), vocabularies in the order of
    # domain.reference.VOCABULARIES_SHOWN: OHCHR themes, SDGs and affected persons as well as the issues.
    terms: tuple[tuple[str, str], ...] = ()

    def terms_of(self, vocabulary: str) -> tuple[str, ...]:
        return tuple(name for v, name in self.terms if v == vocabulary)

    def terms_by_vocabulary(self) -> dict[str, tuple[str, ...]]:
        grouped: dict[str, list[str]] = {}
        for vocabulary, name in self.terms:
            grouped.setdefault(vocabulary, []).append(name)
        return {vocabulary: tuple(names) for vocabulary, names in grouped.items()}


@dataclass(frozen=True)
class ResponseInfo:
    id: uuid.UUID
    position: str | None
    considered_implemented: bool
    response_text: str | None
    deciding_sentence: str | None
    source: str | None
    responded_on: dt.date | None
    needs_review: bool
    review_reason: str | None
    labels: tuple[str, ...]
    version: int = 1                  # the record's version shown: an edit starts from it (services.edit_conflicts)


@dataclass(frozen=True)
class AssessmentInfo:
    id: uuid.UUID
    recommendation_id: uuid.UUID
    source: str
    source_name: str | None
    level: str
    assessed_on: dt.date | None
    evidence: str | None
    recorded_at: dt.datetime | None = None  # when it was entered: of one source's views, the latest counts
    version: int = 1                  # the record's version shown: an edit starts from it (services.edit_conflicts)


@dataclass(frozen=True)
class MilestoneInfo:
    id: uuid.UUID
    state_iso3: str
    plan_id: uuid.UUID | None
    kind: str
    title: str
    description: str | None
    date: str | None  # ISO, to the precision known: 2009, 2009-07 or 2009-07-10
    date_display: str | None
    item_number: str | None
    source_citation: str | None
    source_url: str | None
    recommendation_ids: tuple[uuid.UUID, ...]
    recommendation_labels: tuple[str, ...]
    ends: str | None = None             # a plan's end, ISO to the precision known
    period_display: str | None = None   # "2009–2012" for a plan with an end, else the date
    due_on: dt.date | None = None
    version: int = 1                  # the record's version shown: an edit starts from it (services.edit_conflicts)

    @property
    def when_display(self) -> str | None:
        return self.period_display or self.date_display


@dataclass(frozen=True)
class NoteInfo:
    id: uuid.UUID
    author: str
    written_at: dt.datetime
    body: str
    confidential: bool
    tags: tuple[str, ...]
    recommendation_id: uuid.UUID | None
    milestone_id: uuid.UUID | None
    review_id: uuid.UUID | None
    event_on: dt.date | None = None   # the day of what the note records
    shared_with: tuple[str, ...] = ()  # users and roles a confidential note is shared with (team database)
    version: int = 1                  # the record's version shown: an edit starts from it (services.edit_conflicts)
    kept_on_laptop: bool = False      # a confidential note that never leaves this laptop (no sync, no bundle)


@dataclass(frozen=True)
class RecommendationDetail:
    row: RecommendationRow
    state_name: str
    source: str | None
    affected_persons: tuple[str, ...]
    sdgs: tuple[str, ...]
    responses: tuple[ResponseInfo, ...]  # oldest first; the last is the current position
    assessments: tuple[AssessmentInfo, ...]
    milestones: tuple[MilestoneInfo, ...]
    notes: tuple[NoteInfo, ...]
    related: tuple[RecommendationRow, ...]
    # Recommended again: the links to recommendations of other cycles (rejected ones left out), and
    # the chain of confirmed ones across cycles, this one included, in cycle order.
    links: tuple[RelatedRecommendation, ...] = ()
    chain: tuple[RecommendationRow, ...] = ()


@dataclass(frozen=True)
class RelatedRecommendation:
    """A recommendation linked to the one shown, with how (and how surely) they are linked."""

    link_id: uuid.UUID
    row: RecommendationRow
    # "earlier" when the related one is of an earlier cycle than the one shown, else "later".
    direction: str
    kind: str
    status: str
    score: float | None
    decided_by: str | None
    decided_at: dt.datetime | None


@dataclass(frozen=True)
class TermInfo:
    id: uuid.UUID
    vocabulary: str
    name: str
    code: str | None
    aliases: tuple[str, ...]
    usage_count: int


@dataclass(frozen=True)
class TextSegment:
    """A piece of a snippet; `match` marks the words the query found. Never markup: views render
    the segments themselves, so text from a document is always shown as text."""

    text: str
    match: bool


@dataclass(frozen=True)
class RecommendationReference:
    """Which recommendation a hit concerns, as a reader names it."""

    state: str
    cycle: int
    label: str | None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # recommendation, response, milestone, note
    id: uuid.UUID
    title: str
    snippet: tuple[TextSegment, ...]
    recommendation_ids: tuple[uuid.UUID, ...]
    confidential: bool = False
    # The recommendations a response, milestone or note concerns (empty for a recommendation's own hit).
    recommendations: tuple[RecommendationReference, ...] = ()

    @property
    def snippet_text(self) -> str:
        return "".join(segment.text for segment in self.snippet)


@dataclass(frozen=True)
class CheckFinding:
    severity: str  # "error" or "warning"
    message: str


@dataclass(frozen=True)
class CheckReport:
    path: str
    schema_revision: str | None
    head_revision: str
    integrity: str
    counts: dict[str, int]
    findings: tuple[CheckFinding, ...]
    read_only_reason: str | None = None  # why nothing can be written where the file is

    @property
    def ok(self) -> bool:
        return not any(f.severity == "error" for f in self.findings)
