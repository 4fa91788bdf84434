"""Suggested action categories, themes (UPR Info's issues) and SDGs for the recommendations that
lack them, from the model shipped with the package (upr_tracker.suggestions).

A recommendation lacks a kind when no value of that kind was set by a person or a document
(values that came from accepted suggestions do not count). Computing never touches a
recommendation's values: it stores pending suggestions, replacing the pending ones computed
before; accepted and rejected ones are kept forever, and their value is never suggested again.
Only accepting (by a person, or `accept_above` through the same path) sets a value.

Reading and deciding live in suggestions_reading and suggestions_deciding; everything is
importable from here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from upr_tracker.errors import InvalidValueError, WorkCancelledError
from upr_tracker.services.progress import ProgressReporter
from upr_tracker.services.states import resolve_state
from upr_tracker.services.suggestion_terms import (
    KIND_TITLES,
    KIND_WORDS,
    VOCABULARY_OF,
    TermLookup,
    category_value,
    persons_value,
)
from upr_tracker.services.suggestions_deciding import (
    accept_ids,
    accept_shown,
    accept_suggestion,
    accept_suggestions,
    reject_suggestion,
)
from upr_tracker.services.suggestions_reading import (
    ACCEPTED,
    ACTION_CATEGORY,
    ID_BATCH,
    REJECTED,
    SDG,
    SUGGESTED,
    SUGGESTION_KINDS,
    SUGGESTION_STATUSES,
    THEME,
    SuggestionFilter,
    SuggestionRow,
    accepted_sources,
    check_confidence,
    count_suggestions,
    list_suggestions,
    pending_by_recommendation,
    pending_suggestions,
    source_text,
    suggestion_reviews,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Recommendation,
    Review,
    Suggestion,
    Term,
    recommendation_term,
    utc_now,
    table_of,
)

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from upr_tracker.suggestions import Suggester

__all__ = [
    "ACCEPTED",
    "ACTION_CATEGORY",
    "KIND_TITLES",
    "KIND_WORDS",
    "REJECTED",
    "SDG",
    "SUGGESTED",
    "SUGGESTION_KINDS",
    "SUGGESTION_STATUSES",
    "THEME",
    "SuggestingReport",
    "SuggestionFilter",
    "SuggestionRow",
    "accept_ids",
    "accept_shown",
    "accept_suggestion",
    "accept_suggestions",
    "accepted_sources",
    "compute_suggestions",
    "count_suggestions",
    "list_suggestions",
    "pending_by_recommendation",
    "pending_suggestions",
    "reject_suggestion",
    "source_text",
    "suggestion_reviews",
]

# Recommendations read, and given to the model, at a time: large enough for the model's batch
# work to pay, small enough for progress to move every second or so.
BATCH = 2000


@dataclass(frozen=True)
class SuggestingReport:
    recommendations: int   # recommendations looked at
    suggested: int         # pending suggestions stored
    accepted: int          # accepted at once by accept_above
    kept_values: int       # values (set by a person or a document) left alone
    refused: int = 0       # above accept_above but not accepted (a person's value stands; a bad value)


@dataclass
class _Known:
    """What a recommendation already has, as far as suggesting goes. Theme and SDG values are
    their term's current name (SDGs: code), suggestions' values resolved through `lookup`."""

    action_category: int | None
    lookup: TermLookup
    terms: dict[str, dict[uuid.UUID, str]] = field(default_factory=lambda: {THEME: {}, SDG: {}})  # kind -> id -> value
    decided: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, value) -> accepted/rejected
    pending: dict[tuple[str, str], tuple[uuid.UUID, float, str]] = field(default_factory=dict)  # (id, conf., model)
    duplicates: list[uuid.UUID] = field(default_factory=list)  # pending ones naming a term another one names

    def accepted(self, kind: str) -> set[str]:
        return {value for (k, value), status in self.decided.items() if k == kind and status == ACCEPTED}

    def persons_value(self, kind: str) -> bool:
        """Whether a person or a document set a value of this kind."""
        return persons_value(kind, action_category=self.action_category, term_ids=self.terms.get(kind, {}),
                             accepted_values=self.accepted(kind), lookup=self.lookup)

    def has_value(self, kind: str) -> bool:
        return self.action_category is not None if kind == ACTION_CATEGORY else bool(self.terms[kind])


def _scope(session: Session, state_iso3: str | None, cycle: int | None) -> list[uuid.UUID]:
    query = select(Recommendation.id).join(Review, Review.id == Recommendation.review_id)
    if state_iso3 is not None:
        state = resolve_state(session, state_iso3)
        query = query.where(Review.state_id == state.id)
    if cycle is not None:
        query = query.where(Review.cycle == cycle)
    return list(session.scalars(query.order_by(Recommendation.id)))


def _known(session: Session, ids: list[uuid.UUID]) -> tuple[dict[uuid.UUID, str], dict[uuid.UUID, _Known]]:
    texts: dict[uuid.UUID, str] = {}
    known: dict[uuid.UUID, _Known] = {}
    lookup = TermLookup.read(session)
    for recommendation_id, text, category in session.execute(
            select(Recommendation.id, Recommendation.text, Recommendation.action_category)
            .where(Recommendation.id.in_(ids))):
        texts[recommendation_id] = text
        known[recommendation_id] = _Known(category, lookup)
    kind_of = {vocabulary: kind for kind, vocabulary in VOCABULARY_OF.items()}
    for recommendation_id, term_id, vocabulary, name, code in session.execute(
            select(recommendation_term.c.recommendation_id, Term.id, Term.vocabulary, Term.name, Term.code)
            .join(Term, Term.id == recommendation_term.c.term_id)
            .where(recommendation_term.c.recommendation_id.in_(ids), Term.vocabulary.in_(list(kind_of)))):
        kind = kind_of[vocabulary]
        known[recommendation_id].terms[kind][term_id] = code if kind == SDG and code else name
    for suggestion_id, recommendation_id, kind, value, status, confidence, model in session.execute(
            select(Suggestion.id, Suggestion.recommendation_id, Suggestion.kind, Suggestion.value, Suggestion.status,
                   Suggestion.confidence, Suggestion.model).where(Suggestion.recommendation_id.in_(ids))):
        value = lookup.current(kind, value)  # (a theme renamed since: its current name)
        if status == SUGGESTED:
            facts = known[recommendation_id]
            if (kind, value) in facts.pending or (kind, value) in facts.decided:
                facts.duplicates.append(suggestion_id)  # two names of one term since a merge: one is kept
            else:
                facts.pending[(kind, value)] = (suggestion_id, confidence, model)
        else:
            known[recommendation_id].decided[(kind, value)] = status
    return texts, known


def _wanted(known: _Known, suggestions: Any, lacking: set[str]) -> dict[tuple[str, str], float]:
    """The pending suggestions a recommendation should have: of the kinds it lacks, never a value
    decided before or one it has."""
    scored = {ACTION_CATEGORY: [suggestions.action_category] if suggestions.action_category else [],
              THEME: list(suggestions.themes), SDG: list(suggestions.sdgs)}
    wanted: dict[tuple[str, str], float] = {}
    for kind in lacking:
        if kind == ACTION_CATEGORY and known.has_value(kind):
            continue  # one category only: an accepted suggestion already gave it
        for item in scored[kind]:
            value = known.lookup.current(kind, str(item.value))
            if kind == ACTION_CATEGORY and category_value(value) is None:
                continue
            if (kind, value) in known.decided or value in known.terms.get(kind, {}).values():
                continue
            wanted[(kind, value)] = float(item.confidence)
    return wanted


def _reporting(progress: ProgressReporter | Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None
               ) -> tuple[Callable[[int, int], None], Callable[[], None]]:
    """The progress and cancel callbacks as two functions, from two callables or from one
    ProgressReporter (services.progress) passed as `progress`."""
    given: Any = getattr(progress, "report", progress)   # a ProgressReporter's method, or the callable
    report: Callable[[int, int], None] = given or (lambda _done, _total: None)
    checks = [check for check in (getattr(progress, "check_cancelled", None),) if check is not None]

    def check() -> None:
        for reporter_check in checks:
            reporter_check()
        if cancelled is not None and cancelled():
            raise WorkCancelledError("suggesting was cancelled: no suggestion was stored")

    return (lambda done, total: report(done, total)), check


def compute_suggestions(db: Database, *, state_iso3: str | None = None, cycle: int | None = None,
                        accept_above: float | None = None,
                        progress: ProgressReporter | Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None,
                        suggester: Suggester | None = None) -> SuggestingReport:
    """Suggest values for the recommendations (of a State, of a cycle, or all) that lack them.

    progress(done, total) is called as recommendations are read; cancelled() is asked between
    batches (True: WorkCancelledError, nothing stored). With accept_above, the pending
    suggestions of the scope at or above that confidence are then accepted as a person's
    acceptance would be (by the database's user). `suggester`: the model (the shipped one by
    default)."""
    if accept_above is not None:
        accept_above = check_confidence(accept_above, "accept above")
    if cycle is not None and (not isinstance(cycle, int) or cycle < 1):
        raise InvalidValueError(f"cycle: {cycle!r} is not a cycle number (1, 2, 3, 4...)")
    report, check = _reporting(progress, cancelled)
    if suggester is None:
        from upr_tracker.suggestions import load_suggester

        suggester = load_suggester()
    model = str(suggester.model_version)[:40]
    with db.read() as session:
        iso3 = resolve_state(session, state_iso3).iso3 if state_iso3 is not None else None
        ids = _scope(session, iso3, cycle)
    total = len(ids)
    report(0, total)
    removed: list[uuid.UUID] = []
    changed: list[dict[str, Any]] = []
    added: list[dict[str, Any]] = []
    pending = kept_values = 0
    for start in range(0, total, BATCH):
        check()
        batch = ids[start:start + BATCH]
        with db.read() as session:
            texts, known = _known(session, batch)
        asked: list[tuple[uuid.UUID, set[str]]] = []
        for recommendation_id in batch:
            facts = known.get(recommendation_id)
            if facts is None:
                continue  # deleted meanwhile
            removed += facts.duplicates
            lacking = set()
            for kind in SUGGESTION_KINDS:
                if facts.persons_value(kind):
                    kept_values += 1
                else:
                    lacking.add(kind)
            if lacking:
                asked.append((recommendation_id, lacking))
            else:
                removed += [i for i, _c, _m in facts.pending.values()]
        results = suggester.suggest([texts[i] for i, _lacking in asked]) if asked else []
        for (recommendation_id, lacking), suggestions in zip(asked, results, strict=True):
            facts = known[recommendation_id]
            wanted = _wanted(facts, suggestions, lacking)
            pending += len(wanted)
            for key, (suggestion_id, confidence, old_model) in facts.pending.items():
                if key not in wanted:
                    removed.append(suggestion_id)
                elif round(confidence, 6) != round(wanted[key], 6) or old_model != model:
                    changed.append({"b_id": suggestion_id, "confidence": wanted[key], "model": model,
                                    "updated_at": utc_now()})
            added += [{"recommendation_id": recommendation_id, "kind": kind, "value": value,
                       "confidence": confidence, "status": SUGGESTED, "model": model}
                      for (kind, value), confidence in wanted.items() if (kind, value) not in facts.pending]
        report(min(start + BATCH, total), total)
    check()
    _store(db, removed, changed, added)
    accepted = refused = 0
    if accept_above is not None:
        # Accepted in units of ACCEPT_BATCH after the suggestions are stored: each value accepted
        # writes the audit trail, too much for one unit of work on a corpus; a cancel or a failure
        # keeps what was stored and accepted before it, and says how many.
        accepted, refused = accept_shown(db, SuggestionFilter(state_iso3=iso3, cycle=cycle,
                                                              min_confidence=accept_above), check=check)
    outcome = SuggestingReport(total, max(0, pending - accepted), accepted, kept_values, refused)
    log.info("Suggestions computed for %s%s: %d recommendations, %d pending, %d accepted, %d refused, "
             "%d values kept", iso3 or "every State", f" cycle {cycle}" if cycle else "", outcome.recommendations,
             outcome.suggested, outcome.accepted, outcome.refused, outcome.kept_values)
    return outcome


def _store(db: Database, removed: list[uuid.UUID], changed: list[dict[str, Any]], added: list[dict[str, Any]]) -> None:
    """Write what computing found in one unit of work (Core statements: pending suggestions are
    not history for the audit trail; sync sees them by their update time)."""
    if not (removed or changed or added):
        return
    with db.write() as session:
        for start in range(0, len(removed), ID_BATCH):
            session.execute(delete(Suggestion).where(Suggestion.id.in_(removed[start:start + ID_BATCH]),
                                                     Suggestion.status == SUGGESTED))
        if changed:
            session.connection().execute(
                update(table_of(Suggestion)).where(table_of(Suggestion).c.id == bindparam("b_id"),
                                                   table_of(Suggestion).c.status == SUGGESTED), changed)
        for start in range(0, len(added), ID_BATCH):
            session.connection().execute(insert(table_of(Suggestion)), added[start:start + ID_BATCH])
        session.info.setdefault("touched_tables", set()).add("suggestion")
        if removed or added:
            session.info.setdefault("rows_added_or_removed", set()).add("suggestion")

