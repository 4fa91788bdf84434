"""Records made on two databases under different ids that are the same thing (a State, a term, a
review imported on two laptops) are recognised by their content and read as one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import SyncIdentity, table_of
from upr_tracker.sync.records import linked_recommendations, read_rows
from upr_tracker.sync.tables import LINKED, NATURAL_KEYS, SyncedTable, synced_table
from upr_tracker.sync.values import to_json

# Two records here with one key: the key names neither.
AMBIGUOUS = "(ambiguous)"

# Tables whose records may match with some parts of the key empty (a response without a
# paragraph); elsewhere an empty part (a recommendation without a label) means "use the next key".
EMPTY_PARTS_ALLOWED = frozenset({"response", "import_problem", "milestone", "assessment"})


class Identities:
    """The ids of other databases known to name records here, and the natural keys of the records here."""

    def __init__(self, session: Session, references: dict[str, dict[str, dict[str, Any]]] | None = None) -> None:
        self.session = session
        self.references = references or {}
        self._maps: dict[str, dict[str, str]] = {}
        self._keys: dict[str, list[dict[tuple[Any, ...], str]]] = {}
        self._here: dict[str, dict[str, bool]] = {}
        self._resolving: set[tuple[str, str]] = set()

    def map_of(self, table: str) -> dict[str, str]:
        if table not in self._maps:
            t = table_of(SyncIdentity)
            self._maps[table] = {row.other_id: row.local_id for row in self.session.connection().execute(
                select(t.c.other_id, t.c.local_id).where(t.c.table_name == table))}
        return self._maps[table]

    def local_id(self, table: str, other_id: str) -> str:
        """The id here of a record another database names `other_id`: as matched before, or found
        now by the content the changeset describes it with, or the same id."""
        known = self.map_of(table).get(other_id)
        if known is not None:
            return known
        described = self.references.get(table, {}).get(other_id)
        if described is None or self._is_here(table, other_id) or (table, other_id) in self._resolving:
            return other_id
        self._resolving.add((table, other_id))  # (a record whose key names itself, however odd)
        try:
            synced = synced_table(table)
            matched = self.match(synced, self.translate_values(synced, described))
        finally:
            self._resolving.discard((table, other_id))
        if matched is None:
            return other_id
        self.remember(table, other_id, matched)
        return matched

    def note_here(self, table: str, present: set[str], looked_for: list[str]) -> None:
        """What a batch read found here (so that naming those records asks nothing more)."""
        here = self._here.setdefault(table, {})
        for record_id in looked_for:
            here[record_id] = record_id in present

    def _is_here(self, table: str, record_id: str) -> bool:
        here = self._here.setdefault(table, {})
        if record_id not in here:
            synced = synced_table(table)
            here[record_id] = bool(read_rows(self.session.connection(), synced, [record_id]))
        return here[record_id]

    def remember(self, table: str, other_id: str, local_id: str) -> None:
        if other_id == local_id or self.map_of(table).get(other_id) == local_id:
            return
        t = table_of(SyncIdentity)
        if other_id in self.map_of(table):
            self.session.connection().execute(t.update().where(t.c.table_name == table, t.c.other_id == other_id)
                                              .values(local_id=local_id))
        else:
            self.session.connection().execute(t.insert().values(table_name=table, other_id=other_id,
                                                                local_id=local_id))
        self.map_of(table)[other_id] = local_id

    def translate_values(self, synced: SyncedTable, values: dict[str, Any]) -> dict[str, Any]:
        """The values with the ids of other records (foreign keys) read as this database's."""
        translated = dict(values)
        for column, table in synced.references.items():
            if column in translated and translated[column] is not None:
                translated[column] = self.local_id(table, str(translated[column]))
        if isinstance(translated.get(LINKED), list):
            translated[LINKED] = sorted(self.local_id("recommendation", str(i)) for i in translated[LINKED])
        return translated

    def translate_key(self, synced: SyncedTable, parts: list[str]) -> list[str]:
        return [self.local_id(synced.references[column], part) if column in synced.references else part
                for column, part in zip(synced.key, parts, strict=True)]

    def _natural_keys(self, synced: SyncedTable) -> list[dict[tuple[Any, ...], str]]:
        if synced.name not in self._keys:
            definitions = NATURAL_KEYS.get(synced.name, ())
            found: list[dict[tuple[Any, ...], str]] = [{} for _ in definitions]
            if definitions:
                columns = sorted({c for d in definitions for c in d} - {LINKED})
                linked = linked_recommendations(self.session.connection()) if synced.name == "response" else {}
                query = select(synced.column(synced.key[0]), *(synced.column(c) for c in columns))
                for row in self.session.connection().execute(query):
                    mapping = row._mapping
                    record_id = str(mapping[synced.key[0]])
                    values = {c: to_json(synced.column(c), mapping[c]) for c in columns}
                    if synced.name == "response":
                        values[LINKED] = linked.get(record_id, [])
                    for index, definition in enumerate(definitions):
                        key = self._key(synced, definition, values)
                        if key is not None:
                            found[index][key] = AMBIGUOUS if key in found[index] else record_id
                            break
            self._keys[synced.name] = found
        return self._keys[synced.name]

    @staticmethod
    def _key(synced: SyncedTable, definition: tuple[str, ...], values: dict[str, Any]) -> tuple[Any, ...] | None:
        if any(c not in values for c in definition):
            return None
        key = tuple(tuple(values[c]) if isinstance(values[c], list) else values[c] for c in definition)
        if synced.name not in EMPTY_PARTS_ALLOWED and any(v is None for v in key):
            return None
        return key

    def match(self, synced: SyncedTable, values: dict[str, Any]) -> str | None:
        """The id here of a record with the same natural key as `values` (translated), if any. The
        first key the record has decides (a recommendation with a label is matched by its label only,
        never by its text: a review may hold the same words twice under two labels)."""
        for definition, known in zip(NATURAL_KEYS.get(synced.name, ()), self._natural_keys(synced), strict=False):
            key = self._key(synced, definition, values)
            if key is not None:
                found = known.get(key)
                return None if found == AMBIGUOUS else found
        return None
