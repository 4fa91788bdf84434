"""The PostgreSQL backend: a team's database on a server (see storage.backends)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.orm import Session

from upr_tracker.errors import (DatabaseBusyError, DatabaseOpenError, PermissionDeniedError, StorageFullError,
                                UprTrackerError)
from upr_tracker.storage.backends import postgresql_search
from upr_tracker.storage.backends.base import FulltextMatch, StorageBackend

PLANNED_TABLES = ("recommendation", "recommendation_term", "recommending_state", "review", "state",
                  "search_document", "milestone_recommendation", "note", "response_recommendation")
# Tables whose dead rows may hold the words of a deleted confidential note until vacuumed.
PURGED_TABLES = ("note", "note_tag", "search_document", "audit_entry")


def _existing(connection: Any, tables: Sequence[str]) -> list[str]:
    """Those of `tables` the database has (the full-text index's tables come with its own migration)."""
    return list(connection.execute(text("SELECT t FROM unnest(CAST(:tables AS text[])) AS t WHERE to_regclass(t) IS NOT NULL"),
                                   {"tables": list(tables)}).scalars())


def _sqlstate(exc: sqlalchemy_exc.DBAPIError) -> str:
    return getattr(exc.orig, "sqlstate", None) or ""


@contextmanager
def translated_errors(name: str) -> Iterator[None]:
    """The server's failures a user can act on, in one sentence (the unit of work is rolled back)."""
    try:
        yield
    except sqlalchemy_exc.DBAPIError as exc:
        state = _sqlstate(exc)
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
        if state == "42501":  # insufficient_privilege
            raise PermissionDeniedError(f"{name}: your role on the team database does not allow this ({detail}); "
                                        "nothing was changed. An admin can give you the editor role.") from exc
        if state in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
            raise DatabaseBusyError(f"{name}: another person's change met this one; nothing was changed. "
                                    "Try again.") from exc
        if state in ("53100", "53200"):  # disk full, out of memory
            raise StorageFullError(f"{name}: the server has no room left ({detail}); nothing was changed.") from exc
        if state == "25006":  # read_only_sql_transaction
            raise UprTrackerError(f"{name} was opened read-only: nothing can be changed in it") from exc
        if isinstance(exc, sqlalchemy_exc.OperationalError):
            raise DatabaseOpenError(f"{name}: the server cannot be reached or refused the connection "
                                    f"({detail}); nothing was changed.") from exc
        raise


class PostgresqlBackend(StorageBackend):
    name = "postgresql"
    is_file = False

    def write_options(self) -> dict[str, Any]:
        return {}

    def translated_errors(self, name: str) -> Any:
        return translated_errors(name)

    def matching_records(self, user_text: str, kind: str) -> Any:
        return postgresql_search.matching_records(user_text, kind)

    def matching_recommendations(self, user_text: str, with_confidential: bool) -> Any:
        return postgresql_search.matching_recommendations(user_text, with_confidential)

    def where_found(self, session: Session, user_text: str,
                    recommendation_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[str]]:
        return postgresql_search.where_found(session, user_text, recommendation_ids)

    def find_matches(self, session: Session, user_text: str, kinds: Sequence[str], limit: int) -> list[FulltextMatch]:
        return postgresql_search.find_matches(session, user_text, kinds, limit)

    def count_matches(self, session: Session, user_text: str, kinds: Sequence[str]) -> int:
        return postgresql_search.count_matches(session, user_text, kinds)

    def purge_deleted_text(self, session: Session) -> None:
        """Nothing in the transaction: PostgreSQL's index is rows of ordinary tables, and their old
        versions go with VACUUM once the change is committed (write_out_purged_pages)."""

    def write_out_purged_pages(self, engine: Engine) -> bool:
        """VACUUM the tables that held the words (outside a transaction). Only the tables' owner may:
        for others PostgreSQL's autovacuum does it a little later, and False says so."""
        try:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                owner = connection.execute(text(
                    "SELECT bool_and(pg_has_role(current_user, tableowner, 'USAGE')) FROM pg_tables"
                    " WHERE tablename = ANY(:tables)"), {"tables": list(PURGED_TABLES)}).scalar()
                if not owner:
                    return False
                connection.execute(text("VACUUM " + ", ".join(_existing(connection, PURGED_TABLES))))
        except sqlalchemy_exc.DBAPIError:
            return False
        return True

    def refresh_planner_statistics(self, session: Session) -> None:
        # ANALYZE of a table one does not own is skipped with a warning, not an error.
        for table in _existing(session, PLANNED_TABLES):
            session.execute(text(f"ANALYZE {table}"))

POSTGRESQL = PostgresqlBackend()
