"""Rows that are the same recommendation, merged into one.

Real exports hold rows of one recommendation that disagree (Accepted in one, Noted in another;
action category 4 and 2; other issues). They are merged all the same: the lists are joined, the
value most rows give is kept (ties go the same way whatever the order of the rows), and each
disagreement is described, with every value, line and recommending State, for the importer to
keep in the history and flag for review. The result does not depend on the order of the rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter
from typing import Any

from upr_tracker.parsing.dataset_records import (
    DatasetRecommendation,
    DisagreeingValue,
    Disagreement,
)

LIST_FIELDS = ("recommending_states", "themes", "sdgs", "affected_persons", "ohchr_themes")
# Fields of one value per recommendation; "position" stands for the position with its
# "considered implemented", which one wording gives together.
SINGLE_VALUE_FIELDS = ("position", "action_category", "document_symbol", "published_on", "annotation_id")
# How a disagreement names a field when the file's header does not (a mapped table's field).
FIELD_NAMES = {"position": "position", "action_category": "action category", "document_symbol": "document symbol",
               "published_on": "publication date", "annotation_id": "annotation id", "themes": "themes",
               "sdgs": "SDGs", "affected_persons": "affected persons", "ohchr_themes": "OHCHR themes"}
# Where rows disagree on these lists, all their values are kept (the union) and the rows are named.
_COMPARED_LISTS = ("themes", "sdgs", "affected_persons", "ohchr_themes")
_SHOWN_ROWS = 4   # rows named per value in a reason; the others are counted


def merge_rows(rows: Iterable[DatasetRecommendation], columns: Mapping[str, str] | None = None,
               source: str = "The") -> DatasetRecommendation:
    """One recommendation from rows of it (single rows or recommendations merged before).

    `columns` gives the file's name of each field's column, for the reasons; `source` begins them
    ("UPR Info" gives "UPR Info rows disagree: …")."""
    singles = {id(row): row for given in rows for row in given.rows}
    ordered = sorted(singles.values(), key=lambda row: row.lines[0] if row.lines else 0)
    if len(ordered) == 1:
        return ordered[0]
    columns = columns or {}
    first = ordered[0]
    changes: dict[str, Any] = {
        name: tuple(_unique(value for row in ordered for value in getattr(row, name))) for name in LIST_FIELDS}
    changes["lines"] = tuple(line for row in ordered for line in row.lines)
    disagreements: list[Disagreement] = []
    for name in SINGLE_VALUE_FIELDS:
        groups = _grouped(ordered, _VALUE_OF.get(name, attrgetter(name)))
        if not groups:
            continue
        kept = max(groups, key=lambda value: (len(groups[value]), _order_key(value)))
        keeper = groups[kept][0]
        if name == "position":
            changes.update(position=keeper.position, considered_implemented=keeper.considered_implemented,
                           position_wording=keeper.position_wording)
        else:
            changes[name] = kept
        if len(groups) > 1:
            disagreements.append(_disagreement(name, groups, kept, columns, source, _shown_single))
    for name in _COMPARED_LISTS:
        groups = _grouped(ordered, _as_set(name))
        if len(groups) > 1:
            kept = max(groups, key=lambda value: (len(groups[value]), _order_key(value)))
            disagreements.append(_disagreement(name, groups, kept, columns, source, _shown_list, all_kept=True))
    changes["disagreements"] = tuple(disagreements)
    changes["odd_values"] = tuple(odd for row in rows for odd in row.odd_values)
    changes["merged_from"] = tuple(ordered)
    return dataclasses.replace(first, **changes)


def _as_set(name: str) -> Callable[[DatasetRecommendation], frozenset[str] | None]:
    """The values of a list field as a set, None when it has none."""
    return lambda row: frozenset(getattr(row, name)) or None


def _position_value(row: DatasetRecommendation) -> tuple[str, bool] | None:
    return (row.position, row.considered_implemented) if row.position is not None else None


_VALUE_OF: dict[str, Callable[[DatasetRecommendation], object]] = {"position": _position_value}


def _grouped(rows: Sequence[DatasetRecommendation], value_of: Callable[[DatasetRecommendation], object]
             ) -> dict[object, list[DatasetRecommendation]]:
    """value -> the rows that give it, for rows that give one (an empty cell disagrees with nothing)."""
    groups: dict[object, list[DatasetRecommendation]] = {}
    for row in rows:
        value = value_of(row)
        if value is not None:
            groups.setdefault(value, []).append(row)
    return groups


def _order_key(value: object) -> str:
    """Breaks a tie between values the same whatever the order of the rows."""
    if isinstance(value, frozenset):
        return " | ".join(sorted(map(str, value)))
    return str(value)


def _shown_single(value: object, rows: Sequence[DatasetRecommendation]) -> str:
    if isinstance(value, tuple):   # a position: the first wording of it, else the position itself
        return next((row.position_wording for row in rows if row.position_wording), str(value[0]))
    return str(value)


def _shown_list(value: object, _rows: Sequence[DatasetRecommendation]) -> str:
    return repr(", ".join(sorted(value))) if isinstance(value, frozenset) else str(value)


def _disagreement(name: str, groups: Mapping[object, list[DatasetRecommendation]], kept: object,
                  columns: Mapping[str, str], source: str,
                  shown: Callable[[object, Sequence[DatasetRecommendation]], str], *,
                  all_kept: bool = False) -> Disagreement:
    order = [kept] + sorted((value for value in groups if value != kept), key=_order_key)
    values = tuple(DisagreeingValue(shown(value, groups[value]),
                                    tuple((row.lines[0] if row.lines else 0, ", ".join(row.recommending_states)
                                           or "no State named") for row in groups[value]))
                   for value in order)
    column = columns.get(name) or FIELD_NAMES.get(name, name)
    described = " vs ".join(f"{value.shown} ({_rows_text(value.rows)})" for value in values)
    outcome = "all are kept" if all_kept else f"{values[0].shown} is kept, the others are in the history"
    if name != "position" and not all_kept:
        outcome = f"{values[0].shown} is kept"
    reason = f"{source} rows disagree: {column} {described}; {outcome}"
    return Disagreement(name, column, values, reason)


def _rows_text(rows: Sequence[tuple[int, str]]) -> str:
    named = [f"line {line}, {states}" for line, states in rows[:_SHOWN_ROWS]]
    more = len(rows) - _SHOWN_ROWS
    return "; ".join(named) + (f"; and {more} more row{'s' if more != 1 else ''}" if more > 0 else "")


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
