"""The SQLite backend: one file on this computer (see storage.backends)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, text
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from upr_tracker.errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseOpenError,
    StorageFullError,
)
from upr_tracker.storage.backends import sqlite_search
from upr_tracker.storage.backends.base import FulltextMatch, StorageBackend

# The tables the recommendations table and the search go through. The full-text index's own
# tables are never analysed: with statistics on them, SQLite planned FTS5's internal statements
# so badly that writing into the index became six times slower.
PLANNED_TABLES = ("recommendation", "recommendation_term", "recommending_state", "review", "state",
                  "search_document", "milestone_recommendation", "note", "response_recommendation")

# Rows per executemany of a bulk load (one statement, many rows: SQLAlchemy's insertmanyvalues).
BULK_BATCH = 5000


@contextmanager
def translated_errors(path: Path | str) -> Iterator[None]:
    """Database failures a user can act on, said in one sentence (the unit of work is rolled back)."""
    path = Path(path)
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseBusyError(
                f"{path.name} is being written by another program or another copy of UPR Tracker; "
                "nothing was changed. Try again when it has finished."
            ) from exc
        if "full" in text or "disk i/o" in text:
            raise StorageFullError(f"there is no room left to write {path.name} (the disk is full); nothing was "
                                   "changed. Free some space and try again.") from exc
        if "readonly" in text or "read-only" in text:
            raise StorageFullError(f"{path} is read-only (or its folder is); nothing was changed.") from exc
        raise DatabaseOpenError(f"{path.name}: {exc.orig}") from exc
    except sqlalchemy_exc.DatabaseError as exc:
        raise DatabaseDamagedError(
            f"{path} is damaged ({exc.orig}); restore it from a backup in {path.parent / (path.stem + '-backups')}"
        ) from exc



class SqliteBackend(StorageBackend):
    name = "sqlite"
    is_file = True

    def write_options(self) -> dict[str, Any]:
        # BEGIN IMMEDIATE takes the write lock up front instead of failing half-way (storage.engine).
        return {"sqlite_begin": "BEGIN IMMEDIATE"}

    def snapshot_options(self) -> dict[str, Any]:
        return {}  # a read transaction in WAL mode sees one state of the file until it ends

    def translated_errors(self, name: str) -> Any:
        return translated_errors(Path(name))

    def matching_records(self, user_text: str, kind: str) -> Any:
        return sqlite_search.matching_records(user_text, kind)

    def matching_recommendations(self, user_text: str, with_confidential: bool) -> Any:
        return sqlite_search.matching_recommendations(user_text, with_confidential)

    def where_found(self, session: Session, user_text: str,
                    recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        return sqlite_search.where_found(session, user_text, recommendation_ids)

    def find_matches(self, session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
        return sqlite_search.find_matches(session, user_text, kinds, limit)

    def count_matches(self, session: Session, user_text: str, kinds: Sequence[str]) -> int:
        return sqlite_search.count_matches(session, user_text, kinds)

    def purge_deleted_text(self, session: Session) -> None:
        sqlite_search.purge_deleted_text(session)

    def write_out_purged_pages(self, engine: Engine) -> bool:
        return sqlite_search.write_out_purged_pages(engine)

    def role_of(self, engine: Engine) -> str:
        return "admin"  # whoever may open the file may change everything in it

    def resolve_grantees(self, session: Session, names: Sequence[str]) -> dict[str, str | None]:
        return {name: name for name in names}  # a file has no accounts: kept for a copy on a server

    def refresh_planner_statistics(self, session: Session) -> None:
        """Count the rows and index spreads of PLANNED_TABLES again (ANALYZE: under half a second at
        200,000 recommendations). Run after each import, when the numbers change most. Without them
        SQLite guesses, and finds a search's recommendations through the table instead of the covering
        (id, sort key) index, twice as slowly."""
        for table in PLANNED_TABLES:
            session.execute(text(f"ANALYZE {table}"))
        # statistics older versions took of the index's tables
        session.execute(text("DELETE FROM sqlite_stat1 WHERE tbl LIKE 'search\\_text%' ESCAPE '\\'"))

    def begin_bulk_load(self, connection: Connection, tables: Sequence[Table]) -> None:
        # Foreign keys checked at the commit; BEGIN IMMEDIATE (write_options) already keeps others out.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def bulk_insert(self, connection: Connection, table: Table, rows: Iterable[Sequence[Any]]) -> int:
        keys = [column.key for column in table.columns]
        count = 0
        remaining = iter(rows)
        while batch := [dict(zip(keys, row, strict=True)) for row in islice(remaining, BULK_BATCH)]:
            connection.execute(table.insert(), batch)
            count += len(batch)
        return count


SQLITE = SqliteBackend()
