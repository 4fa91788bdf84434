"""The derived columns (current position, level, last activity...) of the recommendations a JSON
import adds, computed from the rows it is about to write, as storage.derived computes them from
the database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, NamedTuple

from sqlalchemy import Table

from upr_tracker.storage.derived import derived_values
from upr_tracker.storage.models import (
    Assessment,
    ImportProblem,
    Milestone,
    Note,
    Recommendation,
    Response,
    import_problem_recommendation,
    milestone_recommendation,
    response_recommendation,
    table_of,
)

# Which of some ids a table has, with the values of the columns asked for each.
Existing = Callable[..., dict[uuid.UUID, Any]]


def derive_new_recommendations(pending: dict[Table, list[dict[str, Any]]], existing: Existing,
                               document_kinds: Callable[[set[uuid.UUID]], dict[uuid.UUID, str]]) -> set[uuid.UUID]:
    """The derived columns (current position, level, last activity...) of the recommendations
    this import adds, from the rows it is about to write and the responses, milestones and import
    problems found here that it links them to. Written with the rows, they need no update afterwards (an update of
    a recommendation also rewrites its full-text entry). The same computation as storage.derived's
    refresh."""
    rows = {row["id"]: row for row in pending[table_of(Recommendation)]}
    responses = {row["id"]: row for row in pending[table_of(Response)]}
    columns = ("position", "considered_implemented", "needs_review", "responded_on", "created_at",
               "updated_at", "source_document_id")
    responses |= {response_id: dict(zip(columns, values, strict=True)) for response_id, values in existing(
        table_of(Response), {link["response_id"] for link in pending[response_recommendation]
                             if link["recommendation_id"] in rows and link["response_id"] not in responses},
        *(table_of(Response).c[c] for c in columns)).items()}
    kinds = document_kinds({r["source_document_id"] for r in responses.values()} - {None})
    entries = {response_id: (_HistoryEntry(r["position"], r["considered_implemented"], r["needs_review"],
                                           r["responded_on"], r["created_at"],
                                           kinds.get(r["source_document_id"]) or ""), r["updated_at"])
               for response_id, r in responses.items()}
    history: dict[uuid.UUID, list[_HistoryEntry]] = {}
    assessed: dict[uuid.UUID, list[_AssessmentEntry]] = {}
    latest: dict[uuid.UUID, dt.datetime] = {}

    def active(rec_id: uuid.UUID, moment: dt.datetime) -> None:
        if rec_id not in latest or moment > latest[rec_id]:
            latest[rec_id] = moment

    for link in pending[response_recommendation]:
        rec_id = link["recommendation_id"]
        if rec_id in rows:
            entry, moment = entries[link["response_id"]]
            history.setdefault(rec_id, []).append(entry)
            active(rec_id, moment)
    for a in pending[table_of(Assessment)]:
        if a["recommendation_id"] in rows:
            assessed.setdefault(a["recommendation_id"], []).append(_AssessmentEntry(
                a["source"], a["source_name"], a["assessed_on"], a["created_at"], a["level"]))
            active(a["recommendation_id"], a["updated_at"])
    for note in pending[table_of(Note)]:
        if note["recommendation_id"] in rows:
            active(note["recommendation_id"], note["updated_at"])
    milestones = {row["id"]: row for row in pending[table_of(Milestone)]}
    milestones |= {milestone_id: {"updated_at": values[0]} for milestone_id, values in existing(
        table_of(Milestone), {link["milestone_id"] for link in pending[milestone_recommendation]
                              if link["recommendation_id"] in rows and link["milestone_id"] not in milestones},
        Milestone.updated_at).items()}
    for link in pending[milestone_recommendation]:
        if link["recommendation_id"] in rows:
            active(link["recommendation_id"], milestones[link["milestone_id"]]["updated_at"])
    open_problems = {row["id"] for row in pending[table_of(ImportProblem)] if not row["resolved"]}
    open_problems |= {problem_id for problem_id, (resolved,) in existing(
        table_of(ImportProblem), {link["import_problem_id"] for link in pending[import_problem_recommendation]
                                  if link["recommendation_id"] in rows}, ImportProblem.resolved).items()
                      if not resolved}
    unresolved = {link["recommendation_id"] for link in pending[import_problem_recommendation]
                  if link["import_problem_id"] in open_problems}
    for rec_id, row in rows.items():
        row.update(derived_values(history.get(rec_id, ()), assessed.get(rec_id, ()), rec_id in unresolved,
                                  latest.get(rec_id)))
    return set(rows)


class _HistoryEntry(NamedTuple):
    """A response as storage.derived.derived_values reads it."""

    position: str | None
    considered_implemented: bool
    needs_review: bool
    responded_on: dt.date | None
    created_at: dt.datetime
    kind: str


class _AssessmentEntry(NamedTuple):
    source: str
    source_name: str | None
    assessed_on: dt.date | None
    created_at: dt.datetime
    level: str
