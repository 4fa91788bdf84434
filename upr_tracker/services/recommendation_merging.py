"""Several stored recommendations found to be one: folded into the one kept, in the caller's unit
of work.

A database such as UPR Info's keeps one row per recommending State where the UN report keeps one
label ("To consider ratifying X (Slovenia); ratify X (Republic of Korea)"). Imported before the
report, each row is a recommendation of its own; the report shows they are one. Everything that
hangs on the duplicates moves to the kept one (recommending States, terms, action category,
responses, notes, assessments, milestone links, links between cycles, import problems), the
duplicates are deleted (the full-text index follows by its triggers), and the audit trail records
the merge with what each duplicate was. Positions that disagree stay in the history, flagged.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.storage.models import (
    Assessment,
    AuditEntry,
    Document,
    ImportProblem,
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    milestone_recommendation,
)

# The kind the dataset import gives rows of one recommendation that disagree: the same flag.
ROWS_DISAGREE = ProblemKind.ROWS_DISAGREE.value
_SHOWN_TEXT = 120


@dataclass(frozen=True)
class MergeOutcome:
    kept: uuid.UUID
    merged: tuple[uuid.UUID, ...]
    positions_disagree: bool


def merge_recommendations(session: Session, kept: Recommendation, duplicates: Sequence[Recommendation], *,
                          document: Document, reason: str) -> MergeOutcome:
    """Fold `duplicates` into `kept` and delete them. `document` is the one whose import found
    them to be one (a disagreement is flagged under it); `reason` says how, for the audit trail."""
    duplicates = [d for d in dict.fromkeys(duplicates) if d.id != kept.id]
    if not duplicates:
        return MergeOutcome(kept.id, (), False)
    ids = [d.id for d in duplicates]
    everyone = [kept, *duplicates]
    before = [_described(r) for r in everyone]
    disagree = _flag_disagreeing_positions(session, kept, everyone, document)
    for duplicate in duplicates:
        for state in duplicate.recommending_states:
            if state not in kept.recommending_states:
                kept.recommending_states.append(state)
        for term in duplicate.terms:
            if term not in kept.terms:
                kept.terms.append(term)
        for response in list(duplicate.responses):   # each response that covered it now covers the kept one
            if kept not in response.recommendations:
                response.recommendations.append(kept)
            response.recommendations.remove(duplicate)
    kept.action_category = _category(everyone)
    if not kept.recommended_by:   # the States as a document wrote them: the kept one's, if it has them
        kept.recommended_by = _joined(r.recommended_by for r in everyone)
    _move_records(session, kept, ids)
    session.add(AuditEntry(
        actor=session.info.get("actor", "unknown"), action="merge", table_name="recommendation",
        record_id=str(kept.id),
        before=json.dumps({"recommendations": before}, ensure_ascii=False, sort_keys=True),
        after=json.dumps({"kept": str(kept.id), "merged": [str(i) for i in ids], "reason": reason},
                         ensure_ascii=False, sort_keys=True),
    ))
    session.flush()
    for duplicate in duplicates:
        session.delete(duplicate)
    session.flush()
    return MergeOutcome(kept.id, tuple(ids), disagree)


def _described(rec: Recommendation) -> dict[str, object]:
    return {"id": str(rec.id), "label": rec.label, "text": rec.text, "recommended_by": rec.recommended_by,
            "action_category": rec.action_category, "current_position": rec.current_position}


def _category(recs: Sequence[Recommendation]) -> int | None:
    """The action category most of them have; a tie goes to the higher (a specific action in one
    State's sentence makes the joined recommendation specific), whatever the order, as the dataset
    import decides between rows."""
    counts = Counter(r.action_category for r in recs if r.action_category is not None)
    if not counts:
        return None
    return max(counts, key=lambda value: (counts[value], str(value)))


def _joined(names: Iterable[str | None]) -> str | None:
    seen: dict[str, None] = {}
    for written in names:
        for name in (written or "").split(","):
            if name.strip():
                seen.setdefault(name.strip(), None)
    return ", ".join(seen) or None


def _move_records(session: Session, kept: Recommendation, ids: list[uuid.UUID]) -> None:
    """Notes, assessments, milestone links, links between cycles and import problems move over."""
    for note in session.scalars(select(Note).where(Note.recommendation_id.in_(ids))):
        note.recommendation_id = kept.id
    for assessment in session.scalars(select(Assessment).where(Assessment.recommendation_id.in_(ids))):
        assessment.recommendation_id = kept.id
    milestones = session.scalars(
        select(Milestone).join(milestone_recommendation, milestone_recommendation.c.milestone_id == Milestone.id)
        .where(milestone_recommendation.c.recommendation_id.in_(ids))).unique()
    for milestone in milestones:
        if kept not in milestone.recommendations:
            milestone.recommendations.append(kept)
    problems = session.scalars(
        select(ImportProblem).where(ImportProblem.recommendations.any(Recommendation.id.in_(ids))))
    for problem in problems:
        if kept not in problem.recommendations:
            problem.recommendations.append(kept)
    _move_links(session, kept.id, set(ids))


def _move_links(session: Session, kept_id: uuid.UUID, ids: set[uuid.UUID]) -> None:
    """A link to a duplicate links the kept one; one that would link it to itself, or repeat a
    link it has, goes."""
    links = list(session.scalars(select(RecommendationLink).where(
        or_(RecommendationLink.earlier_id.in_(ids), RecommendationLink.later_id.in_(ids)))))
    moved = {link.id for link in links}
    existing = {(link.earlier_id, link.later_id) for link in session.scalars(select(RecommendationLink).where(
        or_(RecommendationLink.earlier_id == kept_id, RecommendationLink.later_id == kept_id))) if link.id not in moved}
    for link in links:
        pair = (kept_id if link.earlier_id in ids else link.earlier_id,
                kept_id if link.later_id in ids else link.later_id)
        if pair[0] == pair[1] or pair in existing:
            session.delete(link)
            continue
        link.earlier_id, link.later_id = pair
        existing.add(pair)
    session.flush()


def _flag_disagreeing_positions(session: Session, kept: Recommendation, recs: Sequence[Recommendation],
                                document: Document) -> bool:
    """When the recommendations merged give different positions, each stays in the history and
    a person is asked which holds, with every value and whose it was."""
    given: dict[str, list[Recommendation]] = {}
    for rec in recs:
        if rec.current_position is not None:
            given.setdefault(rec.current_position, []).append(rec)
    if len(given) < 2:
        return False
    values = "; ".join(
        f"{position} ({', '.join(_whose(r) for r in holders)})" for position, holders in sorted(given.items()))
    label = kept.label or ""
    session.add(ImportProblem(
        document=document, kind=ROWS_DISAGREE, labels=label or None, line=None,
        excerpt=(kept.text or "")[:300],
        message=(f"{len(recs)} recommendations stored apart were found to be one{' (' + label + ')' if label else ''}"
                 f" and merged, but their positions disagree: {values}; each stays in the position history"),
        recommendations=[kept],
    ))
    return True


def _whose(rec: Recommendation) -> str:
    text = rec.text or ""
    shown = text if len(text) <= _SHOWN_TEXT else text[:_SHOWN_TEXT] + "…"
    return f"{rec.recommended_by or 'no State named'}: \"{shown}\""
