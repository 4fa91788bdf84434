"""The JSON import's suggestions: each recommendation's pending `suggestions` (action category,
themes, SDGs with a confidence) and the values its `value_sources` says came from accepted ones.

A pending suggestion the file has and this database lacks is added, pending, unless the
recommendation here has a value of that kind given by a person or a document. A suggestion this
database already has (pending, accepted or rejected) is kept as it is: a decision taken here is
never undone by a file that still suggests it. A value the file says was "suggested, accepted by
<author>" is recorded here as an accepted suggestion, so that it keeps its source. Terms are named
as the vocabulary here names them (renames, aliases, codes); a term unknown here is left out, said.

Runs once the recommendations and their values are written (it reads them back).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from upr_tracker.services.json_import_reading import SuggestionIn
from upr_tracker.services.suggestion_terms import (
    ACCEPTED,
    ACTION_CATEGORY,
    KIND_WORDS,
    VOCABULARY_OF,
    TermLookup,
    category_value,
    persons_value,
)
from upr_tracker.storage.models import (
    Recommendation,
    Suggestion,
    Term,
    recommendation_term,
    table_of,
)

if TYPE_CHECKING:
    from upr_tracker.services.json_import_writing import ExportWriter

KIND = "suggestions"
# What the model column says of a suggestion that came from a file (the export names no model).
IMPORTED_MODEL = "imported"
# An accepted suggestion's confidence is not in the file: the lowest the column allows is stored.
UNKNOWN_CONFIDENCE = 0.0
_BATCH = 500


class _Here:
    """What this database holds of the recommendations the file suggests values for."""

    def __init__(self, writer: ExportWriter, ids: list[uuid.UUID], lookup: TermLookup) -> None:
        session = writer.session
        self.category: dict[uuid.UUID, int | None] = {}
        self.terms: dict[tuple[uuid.UUID, str], set[uuid.UUID]] = defaultdict(set)   # (rec, kind) -> term ids
        self.accepted: dict[tuple[uuid.UUID, str], list[str]] = defaultdict(list)   # (rec, kind) -> values
        self.known: set[tuple[uuid.UUID, str, str]] = set()                          # (rec, kind, key)
        kind_of = {vocabulary: kind for kind, vocabulary in VOCABULARY_OF.items()}
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start:start + _BATCH]
            self.category |= dict(session.execute(
                select(Recommendation.id, Recommendation.action_category).where(Recommendation.id.in_(chunk))).all())
            for rec_id, term_id, vocabulary in session.execute(
                    select(recommendation_term.c.recommendation_id, Term.id, Term.vocabulary)
                    .join(Term, Term.id == recommendation_term.c.term_id)
                    .where(recommendation_term.c.recommendation_id.in_(chunk),
                           Term.vocabulary.in_(list(kind_of)))):
                self.terms[(rec_id, kind_of[vocabulary])].add(term_id)
            for rec_id, kind, value, status in session.execute(
                    select(Suggestion.recommendation_id, Suggestion.kind, Suggestion.value, Suggestion.status)
                    .where(Suggestion.recommendation_id.in_(chunk))):
                self.known.add((rec_id, kind, _key(kind, value, lookup)))
                if status == ACCEPTED:
                    self.accepted[(rec_id, kind)].append(value)


def _key(kind: str, value: str, lookup: TermLookup) -> str:
    """What makes two suggestions of a recommendation the same: the category, or the term (by id,
    whatever name it was suggested under)."""
    if kind == ACTION_CATEGORY:
        return value.strip()
    term = lookup.term(kind, value)
    return term.id.hex if term is not None else value.strip()


def write_suggestions(writer: ExportWriter) -> None:
    records = [r for r in writer.export.recommendations if r.suggestions or r.suggestion_problems]
    for record in records:
        for problem in record.suggestion_problems:
            writer.report.left_out(KIND, problem)
    if not any(r.suggestions for r in records):
        return
    lookup = TermLookup.read(writer.session)
    here = _Here(writer, sorted({writer.recommendations[r.id] for r in records}), lookup)
    rows: list[dict[str, Any]] = []
    for record in records:
        rec_id = writer.recommendations[record.id]
        # Accepted first: a value that came from a suggestion is not a person's.
        for entry in sorted(record.suggestions, key=lambda s: s.confidence is not None):
            row = _row(writer, here, lookup, rec_id, entry)
            if row is not None:
                rows.append(row)
    for start in range(0, len(rows), _BATCH):
        writer.session.execute(insert(table_of(Suggestion)), rows[start:start + _BATCH])


def _row(writer: ExportWriter, here: _Here, lookup: TermLookup, rec_id: uuid.UUID, entry: SuggestionIn
         ) -> dict[str, Any] | None:
    words = KIND_WORDS[entry.kind]
    if entry.kind == ACTION_CATEGORY:
        if category_value(entry.value) is None:
            writer.report.left_out(KIND, f"{entry.where}: {entry.value!r} is not an action category (1 to 5); "
                                         "the suggestion is left out")
            return None
        value = str(category_value(entry.value))
    else:
        term = lookup.term(entry.kind, entry.value)
        if term is None:
            writer.report.left_out(KIND, f"{entry.where}: this database has no {words} {entry.value!r} "
                                         f"(nor one formerly so named); the suggestion is left out")
            return None
        value = lookup.current(entry.kind, entry.value)
    key = (rec_id, entry.kind, _key(entry.kind, value, lookup))
    if key in here.known:
        writer.report.count(KIND, "unchanged")
        return None
    accepted = entry.confidence is None
    if accepted and not _stands(here, lookup, rec_id, entry.kind, value):
        writer.report.left_out(KIND, f"{entry.where}: the recommendation here has no {words} {value}; "
                                     "its source is left out")
        return None
    if not accepted and persons_value(entry.kind, action_category=here.category.get(rec_id),
                                      term_ids=here.terms[(rec_id, entry.kind)],
                                      accepted_values=here.accepted[(rec_id, entry.kind)], lookup=lookup):
        writer.report.left_out(KIND, f"{entry.where}: the recommendation here has a {words} given by a person "
                                     f"or a document; the suggested {words} {value} is left out")
        return None
    here.known.add(key)
    if accepted:
        here.accepted[(rec_id, entry.kind)].append(value)
    writer.report.count(KIND, "created")
    return {"id": uuid.uuid4(), "recommendation_id": rec_id, "kind": entry.kind, "value": value,
            "confidence": UNKNOWN_CONFIDENCE if accepted else entry.confidence,
            "status": ACCEPTED if accepted else "suggested", "model": IMPORTED_MODEL,
            "decided_by": entry.accepted_by if accepted else None, "decided_at": writer.now if accepted else None,
            "created_at": writer.now, "updated_at": writer.now}


def _stands(here: _Here, lookup: TermLookup, rec_id: uuid.UUID, kind: str, value: str) -> bool:
    """Whether the recommendation here has the value the file says came from a suggestion."""
    if kind == ACTION_CATEGORY:
        return str(here.category.get(rec_id)) == value
    term = lookup.term(kind, value)
    return term is not None and term.id in here.terms[(rec_id, kind)]

