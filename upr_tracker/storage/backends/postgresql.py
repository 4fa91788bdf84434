"""The PostgreSQL backend: a team's database on a server (see storage.backends)."""

from __future__ import annotations

import datetime as dt

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, text
from sqlalchemy import exc as sqlalchemy_exc
from sqlalchemy.orm import Session

from upr_tracker.errors import (DatabaseBusyError, DatabaseOpenError, PasswordRequiredError, PermissionDeniedError,
                                StorageFullError, UprTrackerError, WrongPasswordError)
from upr_tracker.storage.backends import postgresql_bulk, postgresql_search
from upr_tracker.storage.backends.base import FulltextMatch, StorageBackend
from upr_tracker.storage.change_notices import CHANNEL, payload

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
        if state == "42501":  # insufficient_privilege, or a row-level security policy's refusal
            raise PermissionDeniedError(_refusal(name, detail)) from exc
        if state in ("40001", "40P01", "55P03"):  # serialization failure, deadlock, lock not available
            raise DatabaseBusyError(f"{name}: another person's change met this one; nothing was changed. "
                                    "Try again.") from exc
        if state in ("53100", "53200"):  # disk full, out of memory
            raise StorageFullError(f"{name}: the server has no room left ({detail}); nothing was changed.") from exc
        if state == "25006":  # read_only_sql_transaction
            raise UprTrackerError(f"{name} was opened read-only: nothing can be changed in it") from exc
        if isinstance(exc, sqlalchemy_exc.OperationalError):
            # libpq says these in the connection's message, without an SQLSTATE.
            if "no password supplied" in detail:
                raise PasswordRequiredError(f"{name}: the server asks for a password (none was found in "
                                            "~/.pgpass or PGPASSWORD)") from exc
            if "password authentication failed" in detail:
                raise WrongPasswordError(f"{name}: the server refused the password ({detail.split('FATAL:')[-1].strip()})"
                                         ) from exc
            raise DatabaseOpenError(f"{name}: the server cannot be reached or refused the connection "
                                    f"({detail}); nothing was changed.") from exc
        raise


def _refusal(name: str, detail: str) -> str:
    from upr_tracker.storage.server_roles import role_needed

    needed = role_needed(detail)
    if needed == "owner":
        return (f"{name}: only the database's owner or the server's superuser may do this ({detail}), as when the "
                "schema is upgraded: they run upr-tracker server init --db … once; nothing was changed.")
    if needed == "author":
        return (f"{name}: only a confidential note's author (or those it is shared with) may write it ({detail}); "
                "nothing was changed.")
    return (f"{name}: this needs the {needed} role on the team database ({detail}); nothing was changed. "
            f"An admin can give it: upr-tracker user role YOUR-NAME --role {needed}")


class PostgresqlBackend(StorageBackend):
    name = "postgresql"
    is_file = False

    def write_options(self) -> dict[str, Any]:
        return {}

    def snapshot_options(self) -> dict[str, Any]:
        return {"isolation_level": "REPEATABLE READ"}  # (READ COMMITTED sees each statement's own state)

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

    def role_of(self, engine: Engine) -> str:
        from upr_tracker.storage.server_roles import current_role

        with engine.connect() as connection:
            return current_role(connection)

    def resolve_grantees(self, session: Session, names: Sequence[str]) -> dict[str, str | None]:
        from upr_tracker.storage.server_roles import resolve_grantees

        return resolve_grantees(session.connection(), names)

    def changes_seen_since(self, session: Session, last_look: dt.datetime) -> dt.datetime:
        # Many writers, each with its own clock: a day's margin for clocks that are behind, and no
        # later than the start of the oldest transaction that was still writing.
        oldest = session.execute(text(
            "SELECT min(xact_start) FROM pg_stat_activity WHERE datname = current_database() "
            "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")).scalar()
        since = last_look - dt.timedelta(days=1)
        return min(since, oldest) if oldest is not None else since

    def may_hide_rows(self, table_name: str) -> bool:
        # Confidential notes, their tags and sharings are read only by whom they are shared with (0014).
        return table_name in ("note", "note_tag", "note_share")

    def hold_exclusively(self, session: Session, purpose: str) -> None:
        # A transaction-level advisory lock: released by the commit or rollback, whatever happens.
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:purpose))"), {"purpose": f"upr:{purpose}"})

    def announce_change(self, session: Session, tables: set[str]) -> None:
        """NOTIFY inside the transaction: the server sends it to the LISTENing windows only once the
        change is committed (storage.change_notices), with the sending session's backend pid."""
        session.execute(text("SELECT pg_notify(:channel, (CAST(:payload AS jsonb)"
                             " || jsonb_build_object('pid', pg_backend_pid()))::text)"),
                        {"channel": CHANNEL, "payload": payload(session, tables)})

    def refresh_planner_statistics(self, session: Session) -> None:
        # ANALYZE of a table one does not own is skipped with a warning, not an error.
        for table in _existing(session, PLANNED_TABLES):
            session.execute(text(f"ANALYZE {table}"))
    def begin_bulk_load(self, connection: Connection, tables: Sequence[Table]) -> None:
        postgresql_bulk.lock_for_load(connection, tables)

    def bulk_insert(self, connection: Connection, table: Table, rows: Iterable[Sequence[Any]]) -> int:
        return postgresql_bulk.copy_rows(connection, table, rows)


POSTGRESQL = PostgresqlBackend()
