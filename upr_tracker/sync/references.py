"""Describing by content the records a changeset mentions, so that a receiver that holds them under
other ids (made on another database, matched by content there or elsewhere) can find them."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from upr_tracker.sync.records import linked_recommendations, read_rows
from upr_tracker.sync.tables import LINKED, NATURAL_KEYS, SyncedTable, synced_table
from upr_tracker.sync.values import to_json


def mentioned_ids(synced: SyncedTable, record_id: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(table, id) of the records a changed record names."""
    found = []
    if synced.is_link:
        for column, part in zip(synced.key, synced.key_values(record_id), strict=True):
            if column in synced.references:
                found.append((synced.references[column], part))
    else:
        found.append((synced.name, record_id))
        for column, table in synced.references.items():
            if values.get(column) is not None:
                found.append((table, str(values[column])))
        for rec in values.get(LINKED) or ():
            found.append(("recommendation", str(rec)))
    return found


def describe(session: Session, wanted: list[tuple[str, str]]) -> dict[str, dict[str, dict[str, Any]]]:
    """The natural keys of the wanted records and, in turn, of the records their keys name."""
    described: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    pending = [(t, i) for t, i in wanted if t in NATURAL_KEYS]
    while pending:
        by_table: dict[str, set[str]] = defaultdict(set)
        for table, record_id in pending:
            if record_id not in described[table]:
                by_table[table].add(record_id)
        pending = []
        for table, ids in by_table.items():
            synced = synced_table(table)
            columns = sorted({c for d in NATURAL_KEYS[table] for c in d} - {LINKED})
            rows = read_rows(session.connection(), synced, ids)
            linked = linked_recommendations(session.connection(), rows) if table == "response" else {}
            for record_id, row in rows.items():
                values = {c: to_json(synced.column(c), row._mapping[c]) for c in columns}
                if table == "response":
                    values[LINKED] = linked.get(record_id, [])
                    pending += [("recommendation", r) for r in values[LINKED]]
                described[table][record_id] = values
                pending += [(synced.references[c], str(v)) for c, v in values.items()
                            if c in synced.references and v is not None and synced.references[c] in NATURAL_KEYS]
            for record_id in ids - set(rows):
                described[table][record_id] = {}  # (gone here: nothing to describe)
    return {table: {i: v for i, v in ids.items() if v} for table, ids in described.items() if ids}
