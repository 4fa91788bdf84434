"""What the briefing reports read from the database, as plain values.

Everything about the recommendations in a report's scope is read in a handful of set-based
queries (rows, recommending States, themes, current responses, assessments, milestones, latest
notes), in batches of ids, never one query per recommendation: a country brief of a
500-recommendation review costs the same few queries as one of five. Each function is one unit of
work; `upr_tracker.reports.compose` turns the values into a report.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from upr_tracker.domain.cycles import check_cycle
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate
from upr_tracker.domain.names import name_key
from upr_tracker.errors import InvalidValueError
from upr_tracker.services.assessments import assessment_info
from upr_tracker.services.export_records import source_citation_of
from upr_tracker.services.notes import note_info
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
    rows_for,
)
from upr_tracker.services.reviews import list_documents, list_reviews
from upr_tracker.services.states import resolve_state
from upr_tracker.services.suggestion_terms import TermLookup
from upr_tracker.services.suggestions import SUGGESTED, THEME, pending_by_recommendation
from upr_tracker.services.suggestions_reading import still_lacking
from upr_tracker.services.values import (
    AssessmentInfo,
    DocumentInfo,
    NoteInfo,
    RecommendationRow,
    ReviewSummary,
)
from upr_tracker.services.vocabularies import resolve_theme_terms, theme_title
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import response_order_key
from upr_tracker.storage.models import (
    Assessment,
    Document,
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    Response,
    Review,
    State,
    Suggestion,
    milestone_recommendation,
    response_recommendation,
)

if TYPE_CHECKING:
    from upr_tracker.storage.models import AnyRow

# Ids per IN (...) list: under the 999 variables older SQLite builds allow in one statement.
BATCH = 900
# Links followed from a report's recommendations to earlier and later cycles (a chain is rarely
# longer than the four cycles; the bound keeps a corrupt loop of links from running on).
MAX_LINK_HOPS = 12


# --- Values ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PositionClaim:
    """The State's current response to a recommendation: its position and what it said."""

    position: str | None
    considered_implemented: bool
    response_text: str | None
    source: str | None  # "A/HRC/14/10/Add.1, para. 17"
    responded_on: dt.date | None


@dataclass(frozen=True)
class MilestoneMention:
    """A milestone as a recommendation's line names it."""

    id: uuid.UUID
    kind: str
    title: str
    date: PartialDate | None


@dataclass(frozen=True)
class RecommendationFacts:
    """One recommendation with everything a report may print about it."""

    row: RecommendationRow
    state_name: str  # the State under review
    claim: PositionClaim | None
    assessments: tuple[AssessmentInfo, ...]  # oldest first
    milestones: tuple[MilestoneMention, ...]  # in date order, undated first
    latest_note: NoteInfo | None  # confidential ones only when asked for
    # The UPR Info issues the app suggests (pending, as the window shows them), best first; only
    # when no person or document gave the recommendation one.
    suggested_themes: tuple[str, ...] = ()

    @property
    def latest_milestone(self) -> MilestoneMention | None:
        return self.milestones[-1] if self.milestones else None


@dataclass(frozen=True)
class RepetitionChain:
    """Recommendations to one State that repeat from cycle to cycle, earliest cycle first."""

    state_name: str
    members: tuple[RecommendationRow, ...]
    linked: bool  # a RecommendationLink joins some of them
    same_wording: bool  # some share their normalised wording (text_key)
    in_scope: frozenset[uuid.UUID]  # the members the report's own filter selected


@dataclass(frozen=True)
class LinkedRecommendation:
    id: uuid.UUID
    state_iso3: str
    cycle: int
    label: str | None
    label_sort: str


@dataclass(frozen=True)
class TimelineMilestone:
    id: uuid.UUID
    state_iso3: str
    kind: str
    title: str
    description: str | None
    date: PartialDate | None
    ends_on: dt.date | None
    item_number: str | None
    source_citation: str | None
    source_url: str | None
    recommendations: tuple[LinkedRecommendation, ...]  # by cycle, then label
    items: tuple[TimelineMilestone, ...] = ()  # a plan's items, by item number then date
    ends: PartialDate | None = None             # a plan's end, to its precision
    due_on: dt.date | None = None


@dataclass(frozen=True)
class Timeline:
    milestones: tuple[TimelineMilestone, ...]  # in date order (undated last), plans with their items
    not_shown: int = 0  # the State's milestones outside the timeline's scope


@dataclass(frozen=True)
class PlanSummary:
    id: uuid.UUID
    title: str
    state_iso3: str
    state_name: str
    date: PartialDate | None


# --- Finding what a report is about -----------------------------------------------------------


def find_review(db: Database, state: str | None, cycle: int | None, *, purpose: str) -> ReviewSummary:
    """The review of `state` in `cycle`; the error names the field and lists the State's cycles.
    `purpose` says what needs the review ("a country brief")."""
    if not state or not state.strip():
        raise InvalidValueError(f"state: {purpose} needs a State (its ISO3 code or name) and the cycle of its review")
    with db.read() as session:
        found = resolve_state(session, state)
        iso3, name = found.iso3, found.name
    reviews = list_reviews(db, state=iso3)
    if not reviews:
        raise InvalidValueError(f"state: there is no review of {name} in the database yet")
    cycles = ", ".join(str(r.cycle) for r in reviews)
    if cycle is None:
        raise InvalidValueError(f"cycle: {purpose} needs the cycle of the review ({name} was reviewed in cycle "
                                f"{cycles})")
    check_cycle(cycle)
    for review in reviews:
        if review.cycle == cycle:
            return review
    raise InvalidValueError(f"cycle: {name} has no review in cycle {cycle} (its reviews: cycle {cycles})")


# The order in which a review's documents appeared: the State's report, the UN's two, the Working
# Group's report, then the State's reply.
_DOCUMENT_ORDER = ("national_report", "compilation", "stakeholder_summary", "working_group_report", "addendum")


def read_review_documents(db: Database, review_id: uuid.UUID) -> list[DocumentInfo]:
    """The review's UN documents (those with a symbol: not a database's export), in the order
    they appeared."""
    documents = [d for d in list_documents(db, review_id) if d.symbol]

    def order(document: DocumentInfo) -> tuple[int, dt.date, str]:
        kind = _DOCUMENT_ORDER.index(document.kind) if document.kind in _DOCUMENT_ORDER else len(_DOCUMENT_ORDER)
        return kind, document.issued_on or dt.date.max, document.symbol or ""
    return sorted(documents, key=order)


def theme_name(db: Database, theme: str) -> str:
    """The theme's name as its vocabulary spells it (the user may have typed an alias or a code),
    with the vocabulary when it is not a UPR Info issue: "D23 Death penalty (OHCHR themes)"."""
    with db.read() as session:
        return theme_title(resolve_theme_terms(session, theme))


def state_name(db: Database, state: str) -> str:
    with db.read() as session:
        return resolve_state(session, state).name


def find_plan(db: Database, plan: str, state: str | None = None) -> PlanSummary:
    """A plan of action by its id (as printed, with or without dashes) or its title (any case or
    accents), among one State's plans when `state` is given."""
    wanted = plan.strip()
    if not wanted:
        raise InvalidValueError("plan: give the plan of action's title or id")
    where = ""
    with db.read() as session:
        query = (select(Milestone, State.iso3, State.name).join(State, State.id == Milestone.state_id)
                 .where(Milestone.kind == MilestoneKind.PLAN.value))
        if state:
            owner = resolve_state(session, state)
            query, where = query.where(Milestone.state_id == owner.id), f" of {owner.name}"
        plans = [_plan_summary(m, iso3, name) for m, iso3, name in session.execute(query)]
    by_id = _as_uuid(wanted)
    found = [p for p in plans if p.id == by_id] or [p for p in plans if name_key(p.title) == name_key(wanted)]
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(_plan_text(p) for p in found)
        raise InvalidValueError(f"plan: several plans are called {wanted!r} ({listed}); give the State or the id")
    known = "; ".join(_plan_text(p) for p in sorted(plans, key=lambda p: (p.state_name, p.title))[:12])
    more = "…" if len(plans) > 12 else ""
    listing = f" (the plans{where}: {known}{more})" if plans else f" (there is no plan of action{where} yet)"
    raise InvalidValueError(f"plan: no plan of action{where} is called {wanted!r}{listing}")


def _plan_summary(milestone: Milestone, iso3: str, name: str) -> PlanSummary:
    return PlanSummary(milestone.id, milestone.title, iso3, name, _partial_date(milestone))


def _plan_text(plan: PlanSummary) -> str:
    when = f", {plan.date.display()}" if plan.date else ""
    return f"{plan.title} ({plan.state_name}{when}, id {plan.id.hex})"


def _as_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


# --- Recommendations ----------------------------------------------------------------------------


def read_review_recommendations(
    db: Database, review_id: uuid.UUID, *, include_confidential: bool = False,
    include_suggestions: bool = True, progress: ProgressReporter = NO_PROGRESS,
) -> tuple[RecommendationFacts, ...]:
    """A review's recommendations in label order, with what reports print about each."""
    return read_matching_recommendations(db, RecommendationFilter(review_id=review_id),
                                         include_confidential=include_confidential,
                                         include_suggestions=include_suggestions, progress=progress)


def read_matching_recommendations(
    db: Database, wanted: RecommendationFilter, *, include_confidential: bool = False,
    include_suggestions: bool = True, progress: ProgressReporter = NO_PROGRESS,
) -> tuple[RecommendationFacts, ...]:
    """The recommendations the table would show for `wanted`, in label order: the same filter, so
    a report and the table never disagree about what a theme or a search covers. With
    `include_suggestions`, each carries its suggested themes, and a theme also finds the
    recommendations it is suggested for (after those that carry it)."""
    ids = list_recommendation_ids(db, wanted)
    facts: list[RecommendationFacts] = []
    with db.read() as session:
        for batch in _batches(ids):
            progress.check_cancelled()
            facts += _facts(session, batch, include_confidential, include_suggestions)
    if include_suggestions and wanted.theme:
        facts += _suggested_for_theme(db, wanted, set(ids), include_confidential, progress)
    return tuple(facts)


def _suggested_for_theme(db: Database, wanted: RecommendationFilter, found: set[uuid.UUID],
                         include_confidential: bool, progress: ProgressReporter) -> list[RecommendationFacts]:
    """The recommendations, among those the rest of `wanted` selects, for which the theme (a UPR
    Info issue) is suggested and shown."""
    with db.read() as session:
        terms = {t.id: t.name for t in resolve_theme_terms(session, wanted.theme or "") if t.vocabulary == "themes"}
        if not terms:
            return []
        names = set(terms.values())
        progress.check_cancelled()
        # A suggestion names its theme as it was called then: every name that is now this theme.
        lookup = TermLookup.read(session)
        values = [v for v in session.scalars(select(Suggestion.value).distinct().where(
            Suggestion.kind == THEME, Suggestion.status == SUGGESTED))
            if (term := lookup.term(THEME, v)) is not None and term.id in terms]
        if not values:
            return []
        # The pending suggestions the window shows (still_lacking), of this theme, in SQL: a
        # corpus holds hundreds of thousands of suggestions.
        suggested = set(session.scalars(
            select(Suggestion.recommendation_id).join(Recommendation, Recommendation.id == Suggestion.recommendation_id)
            .where(Suggestion.kind == THEME, Suggestion.status == SUGGESTED, Suggestion.value.in_(values),
                   still_lacking(session, lookup)))) - found
    if not suggested:
        return []
    # The rest of the filter (State, cycle, search ...) in SQL, in label order.
    ids = [i for i in list_recommendation_ids(db, replace(wanted, theme=None)) if i in suggested]
    facts: list[RecommendationFacts] = []
    with db.read() as session:
        for batch in _batches(ids):
            progress.check_cancelled()
            facts += [f for f in _facts(session, batch, include_confidential, True)
                      if names & set(f.suggested_themes)]
    return facts


_Id = TypeVar("_Id", uuid.UUID, str)


def _batches(ids: Sequence[_Id]) -> Iterator[list[_Id]]:
    for start in range(0, len(ids), BATCH):
        yield list(ids[start : start + BATCH])


def _facts(session: Session, ids: list[uuid.UUID], include_confidential: bool,
           include_suggestions: bool = True) -> list[RecommendationFacts]:
    rows = rows_for(session, ids)
    suggested = _suggested_themes(session, ids) if include_suggestions else {}
    names = _state_names(session, {r.state_iso3 for r in rows})
    claims = _current_claims(session, ids)
    assessments = _assessments(session, ids)
    milestones = _milestone_mentions(session, ids)
    notes = _latest_notes(session, ids, include_confidential)
    return [
        RecommendationFacts(
            row=row,
            state_name=names.get(row.state_iso3, row.state_iso3),
            claim=claims.get(row.id),
            assessments=tuple(assessments[row.id]),
            milestones=tuple(milestones[row.id]),
            latest_note=notes.get(row.id),
            # A theme a person or a document gave (or a suggestion accepted) stands alone.
            suggested_themes=() if row.themes else suggested.get(row.id, ()),
        )
        for row in rows
    ]


def _suggested_themes(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    return {recommendation_id: tuple(s.value for s in found.themes)
            for recommendation_id, found in pending_by_recommendation(session, ids).items() if found.themes}


def _state_names(session: Session, codes: set[str]) -> dict[str, str]:
    return {iso3: name for iso3, name in session.execute(select(State.iso3, State.name).where(State.iso3.in_(codes)))}


def _current_claims(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, PositionClaim]:
    """Each recommendation's latest response, in the order storage.derived gives the history (so
    the claim always matches the current position). Columns, not objects: a thematic brief reads
    tens of thousands."""
    history: dict[uuid.UUID, list[AnyRow]] = defaultdict(list)
    for row in session.execute(
        select(response_recommendation.c.recommendation_id, Response.position, Response.considered_implemented,
               Response.response_text, Response.source_paragraph, Response.responded_on, Response.created_at,
               Document.kind, Document.symbol, Document.title)
        .join(Response, Response.id == response_recommendation.c.response_id)
        .outerjoin(Document, Document.id == Response.source_document_id)
        .where(response_recommendation.c.recommendation_id.in_(ids))
    ):
        history[row.recommendation_id].append(row)
    claims = {}
    for recommendation_id, responses in history.items():
        # The row has the dates response_order_key reads; "" (not None) tells it the kind is known.
        latest = max(responses, key=lambda row: response_order_key(row, row.kind or ""))  # type: ignore[arg-type]
        claims[recommendation_id] = PositionClaim(
            position=latest.position,
            considered_implemented=latest.considered_implemented,
            response_text=latest.response_text,
            source=source_citation_of(latest.symbol or latest.title, latest.source_paragraph),
            responded_on=latest.responded_on,
        )
    return claims


def _assessments(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[AssessmentInfo]]:
    found: dict[uuid.UUID, list[AssessmentInfo]] = defaultdict(list)
    for a in session.scalars(
        select(Assessment).where(Assessment.recommendation_id.in_(ids))
        .order_by(Assessment.assessed_on.is_not(None), Assessment.assessed_on, Assessment.created_at)
    ):
        found[a.recommendation_id].append(
            assessment_info(a))
    return found


def _milestone_mentions(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[MilestoneMention]]:
    # Links first, then their milestones: joined in one statement, SQLite scans every milestone.
    links = session.execute(
        select(milestone_recommendation.c.recommendation_id, milestone_recommendation.c.milestone_id)
        .where(milestone_recommendation.c.recommendation_id.in_(ids))
    ).all()
    mentions = {
        milestone_id: MilestoneMention(milestone_id, kind, title,
                                       PartialDate(occurred_on, DatePrecision(precision)) if occurred_on else None)
        for milestone_id, kind, title, occurred_on, precision in session.execute(
            select(Milestone.id, Milestone.kind, Milestone.title, Milestone.occurred_on, Milestone.date_precision)
            .where(Milestone.id.in_({milestone_id for _r, milestone_id in links}))
        )
    }
    found: dict[uuid.UUID, list[MilestoneMention]] = defaultdict(list)
    for recommendation_id, milestone_id in links:
        found[recommendation_id].append(mentions[milestone_id])
    for listed in found.values():
        listed.sort(key=lambda m: (m.date is not None, m.date.start if m.date else dt.date.min, m.title.casefold()))
    return found


def _latest_notes(session: Session, ids: list[uuid.UUID], include_confidential: bool) -> dict[uuid.UUID, NoteInfo]:
    """Each recommendation's most recent note (among those the report may show), ranked in SQL: by
    the day of the event it records, else the day it was written (a note typed today about a
    decree of 2011 is not the latest news)."""
    day = func.coalesce(Note.event_on, func.date(Note.written_at))
    ranked = select(
        Note.id,
        func.row_number().over(partition_by=Note.recommendation_id,
                               order_by=(day.desc(), Note.written_at.desc(), Note.created_at.desc())).label("rank"),
    ).where(Note.recommendation_id.in_(ids))
    if not include_confidential:
        ranked = ranked.where(Note.confidential.is_(False))
    latest = ranked.subquery()
    notes = session.scalars(
        select(Note).join(latest, latest.c.id == Note.id).where(latest.c.rank == 1).options(selectinload(Note.tags))
    )
    return {note.recommendation_id: note_info(note) for note in notes if note.recommendation_id}


# --- Recommended again ----------------------------------------------------------------------------


def read_repetition_chains(
    db: Database, recommendation_ids: Sequence[uuid.UUID], *, progress: ProgressReporter = NO_PROGRESS,
) -> tuple[RepetitionChain, ...]:
    """The chains of recommendations, reaching at least two cycles, that repeat those given: joined
    by a confirmed RecommendationLink (earlier → later, followed both ways and transitively) or sharing their
    normalised wording within the same State under review. A chain may reach recommendations
    outside the given ones (the cycle-1 wording without the theme): that is the pattern to show."""
    scope = set(recommendation_ids)
    with db.read() as session:
        progress.check_cancelled()
        links = _link_edges(session, scope)
        progress.check_cancelled()
        wording = _same_wording_edges(session, scope)
        groups = _connected(links | wording)
        members = sorted({i for group in groups for i in group if group & scope})
        rows = {row.id: row for batch in _batches(members) for row in rows_for(session, batch)}
        names = _state_names(session, {r.state_iso3 for r in rows.values()})
    group_of = {node: index for index, group in enumerate(groups) for node in group}
    linked_groups = {group_of[a] for a, _b in links}
    worded_groups = {group_of[a] for a, _b in wording}
    chains = []
    for index, group in enumerate(groups):
        chain_rows = sorted((rows[i] for i in group if i in rows), key=lambda r: (r.cycle, label_sort_key(r.label)))
        if not group & scope or len({r.cycle for r in chain_rows}) < 2:
            continue
        state_iso3 = chain_rows[0].state_iso3
        chains.append(RepetitionChain(
            state_name=names.get(state_iso3, state_iso3),
            members=tuple(chain_rows),
            linked=index in linked_groups,
            same_wording=index in worded_groups,
            in_scope=frozenset(group & scope),
        ))
    chains.sort(key=lambda c: (c.state_name.casefold(), c.members[0].cycle, label_sort_key(c.members[0].label)))
    return tuple(chains)


def _link_edges(session: Session, scope: set[uuid.UUID]) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """The links reachable from the scope, one set-based query per hop and direction."""
    edges: set[tuple[uuid.UUID, uuid.UUID]] = set()
    seen = set(scope)
    frontier = list(scope)
    for _hop in range(MAX_LINK_HOPS):
        if not frontier:
            break
        found: set[tuple[uuid.UUID, uuid.UUID]] = set()
        for batch in _batches(frontier):
            # Only the links a person confirmed: a suggestion is no evidence yet.
            pair = (select(RecommendationLink.earlier_id, RecommendationLink.later_id)
                    .where(RecommendationLink.status == "confirmed"))
            found |= {(p[0], p[1]) for p in session.execute(pair.where(RecommendationLink.earlier_id.in_(batch)))}
            found |= {(p[0], p[1]) for p in session.execute(pair.where(RecommendationLink.later_id.in_(batch)))}
        edges |= found
        frontier = [i for pair in found for i in pair if i not in seen]
        seen.update(frontier)
    return edges


def _same_wording_edges(session: Session, scope: set[uuid.UUID]) -> set[tuple[uuid.UUID, uuid.UUID]]:
    """Pairs of recommendations to the same State, in different cycles, with the same text_key."""
    keys: set[str] = set()
    for batch in _batches(sorted(scope)):
        keys |= set(session.scalars(select(Recommendation.text_key).where(Recommendation.id.in_(batch))))
    groups: dict[tuple[uuid.UUID, str], list[tuple[uuid.UUID, int]]] = defaultdict(list)
    for key_batch in _batches(sorted(keys)):
        for recommendation_id, key, state_id, cycle in session.execute(
            select(Recommendation.id, Recommendation.text_key, Review.state_id, Review.cycle)
            .join(Review, Review.id == Recommendation.review_id)
            .where(Recommendation.text_key.in_(key_batch))
        ):
            groups[(state_id, key)].append((recommendation_id, cycle))
    edges = set()
    for members in groups.values():
        if len({cycle for _id, cycle in members}) > 1:
            first = members[0][0]
            edges |= {(first, other) for other, _cycle in members[1:]}
    return edges


def _connected(edges: set[tuple[uuid.UUID, uuid.UUID]]) -> list[set[uuid.UUID]]:
    """The connected groups of an undirected graph given by its edges (union-find)."""
    parent: dict[uuid.UUID, uuid.UUID] = {}

    def root(node: uuid.UUID) -> uuid.UUID:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        parent[root(a)] = root(b)
    groups: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for node in list(parent):
        groups[root(node)].add(node)
    return list(groups.values())


# --- Milestones -------------------------------------------------------------------------------


def read_review_timeline(db: Database, review_id: uuid.UUID) -> Timeline:
    """The milestones linked to at least one recommendation of the review, each plan of action
    among them (or owning one of them) complete with its items. `not_shown` counts the State's
    other milestones."""
    with db.read() as session:
        linked = set(session.scalars(
            select(milestone_recommendation.c.milestone_id).distinct()
            .join(Recommendation, Recommendation.id == milestone_recommendation.c.recommendation_id)
            .where(Recommendation.review_id == review_id)
        ))
        plans = {plan for plan in session.scalars(select(Milestone.plan_id).where(
            Milestone.id.in_(linked), Milestone.plan_id.is_not(None))) if plan is not None}
        plans |= set(session.scalars(select(Milestone.id).where(
            Milestone.id.in_(linked), Milestone.kind == MilestoneKind.PLAN.value)))
        items = set(session.scalars(select(Milestone.id).where(Milestone.plan_id.in_(plans))))
        shown = linked | plans | items
        state_id = session.scalar(select(Review.state_id).where(Review.id == review_id))
        total = session.scalar(select(func.count(Milestone.id)).where(Milestone.state_id == state_id)) or 0
        return Timeline(_timeline(session, shown), not_shown=total - len(shown))


def read_plan_timeline(db: Database, plan_id: uuid.UUID) -> Timeline:
    """A plan of action and its items."""
    with db.read() as session:
        shown = set(session.scalars(select(Milestone.id).where(
            (Milestone.id == plan_id) | (Milestone.plan_id == plan_id))))
        return Timeline(_timeline(session, shown))


def _timeline(session: Session, milestone_ids: set[uuid.UUID]) -> tuple[TimelineMilestone, ...]:
    ids = sorted(milestone_ids)
    milestones: list[tuple[Milestone, str]] = []
    linked: dict[uuid.UUID, list[LinkedRecommendation]] = defaultdict(list)
    for batch in _batches(ids):
        milestones += list(session.execute(
            select(Milestone, State.iso3).join(State, State.id == Milestone.state_id).where(Milestone.id.in_(batch))))
        for milestone_id, *recommendation in session.execute(
            select(milestone_recommendation.c.milestone_id, Recommendation.id, State.iso3, Review.cycle,
                   Recommendation.label, Recommendation.label_sort)
            .join(Recommendation, Recommendation.id == milestone_recommendation.c.recommendation_id)
            .join(Review, Review.id == Recommendation.review_id)
            .join(State, State.id == Review.state_id)
            .where(milestone_recommendation.c.milestone_id.in_(batch))
        ):
            linked[milestone_id].append(LinkedRecommendation(*recommendation))
    items: dict[uuid.UUID, list[TimelineMilestone]] = defaultdict(list)
    top: list[TimelineMilestone] = []
    for milestone, iso3 in milestones:
        entry = _timeline_milestone(milestone, iso3, linked[milestone.id])
        # An item is listed under its plan when the plan is in the timeline, else on its own.
        (items[milestone.plan_id] if milestone.plan_id in milestone_ids else top).append(entry)
    with_items = [
        _with_items(m, sorted(items[m.id], key=lambda i: (label_sort_key(i.item_number), *_date_order(i))))
        for m in top
    ]
    return tuple(sorted(with_items, key=_date_order))


def _timeline_milestone(milestone: Milestone, iso3: str, linked: list[LinkedRecommendation]) -> TimelineMilestone:
    return TimelineMilestone(
        id=milestone.id,
        state_iso3=iso3,
        kind=milestone.kind,
        title=milestone.title,
        description=milestone.description,
        date=_partial_date(milestone),
        ends_on=milestone.ends_on,
        ends=(PartialDate(milestone.ends_on, DatePrecision(milestone.ends_precision or "day"))
              if milestone.ends_on else None),
        due_on=milestone.due_on,
        item_number=milestone.item_number,
        source_citation=milestone.source_citation,
        source_url=milestone.source_url,
        recommendations=tuple(sorted(linked, key=lambda r: (r.state_iso3, r.cycle, r.label_sort))),
    )


def _with_items(milestone: TimelineMilestone, items: list[TimelineMilestone]) -> TimelineMilestone:
    if not items:
        return milestone
    return replace(milestone, items=tuple(items))


def _date_order(milestone: TimelineMilestone) -> tuple[bool, dt.date, str]:
    """Date order, undated last; the same date by title."""
    return (milestone.date is None, milestone.date.start if milestone.date else dt.date.min,
            milestone.title.casefold())


def _partial_date(milestone: Milestone) -> PartialDate | None:
    if milestone.occurred_on is None:
        return None
    return PartialDate(milestone.occurred_on, DatePrecision(milestone.date_precision))
