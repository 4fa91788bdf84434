"""Opening a team's database on a PostgreSQL server (psycopg 3).

The password is never part of the address: libpq reads `~/.pgpass` or `PGPASSWORD` itself, and a
password asked for by the terminal or the window is handed to the driver alone. The schema is
created or upgraded by the same Alembic migrations as a file's, under an advisory lock so that two
people opening an older database at once do not both upgrade it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.pool import NullPool

from upr_tracker.errors import DatabaseOpenError, NotAnUprDatabaseError
from upr_tracker.storage.backends.postgresql import translated_errors
from upr_tracker.storage.read_only import ReadOnlyAccess
from upr_tracker.storage.reference_data import load_reference_data, reference_data_is_current
from upr_tracker.storage.schema_upgrade import head_revision, revision_known, upgrade_to_head
from upr_tracker.storage.server_address import ServerAddress

if TYPE_CHECKING:
    from upr_tracker.storage.database import Database

CONNECT_TIMEOUT_S = 10
# pg_advisory_xact_lock's key for "the schema is being upgraded" ("UPRT").
UPGRADE_LOCK_KEY = 0x55505254
READ_ONLY_REASON = "opened to read: every change is refused"


def create_server_engine(address: ServerAddress, password: str | None = None, *, read_only: bool = False,
                         **kwargs: Any) -> Engine:
    """An engine on the server's database. `read_only`: every transaction is read-only."""
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "UPR Tracker"}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    # pre_ping: a laptop's connection dropped by sleep or a changed network is replaced, not reported.
    # hide_parameters: errors' messages, which reach the log, never quote a statement's values.
    return create_engine(address.url(password), pool_pre_ping=True, hide_parameters=True,
                         connect_args=connect_args, **kwargs)


def _existing_tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def check_is_ours_on_server(engine: Engine, address: ServerAddress) -> bool:
    """False for an empty database (a new one), True for one of ours; NotAnUprDatabaseError for a
    database of another application."""
    tables = _existing_tables(engine)
    if not tables:
        return False
    if {"alembic_version", "recommendation", "review"} <= tables:
        return True
    shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
    raise NotAnUprDatabaseError(f"{address.name} is a database of another application (tables: {shown}), "
                                "not an UPR Tracker database. Nothing was changed.")


def upgrade_server_schema(engine: Engine) -> None:
    """Create or upgrade the schema, one client at a time (the others wait for the lock, then find
    nothing left to do). The lock is a session's: it is taken and released on one connection, held
    aside while the upgrade runs on another."""
    with engine.connect() as holder:
        holder.execute(text("SELECT pg_advisory_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        holder.commit()
        try:
            upgrade_to_head(engine, None)
        finally:
            holder.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": UPGRADE_LOCK_KEY})
            holder.commit()


def open_on_server(cls: type[Database], address: ServerAddress, *, password: str | None = None,
                   create: bool = False, read_only: bool = False) -> Database:
    """Open the team database at `address`. `create`: an empty database gets the schema and the
    reference data (as `server init` does); without it, an empty database is refused, saying how
    to set it up. The audit trail's author is the user the server authenticated."""
    engine = create_server_engine(address, password, read_only=read_only)
    try:
        with translated_errors(address.name):
            ours = check_is_ours_on_server(engine, address)
            if not ours and not create:
                raise DatabaseOpenError(f"{address.name} has no UPR Tracker data yet: an admin sets it up with "
                                        f"upr-tracker server init --db {address}")
            backup = None
            if ours and revision_known(engine, None) == head_revision():
                pass  # nothing to upgrade
            elif read_only:
                raise DatabaseOpenError(f"{address.name} was written by an older version of UPR Tracker: it must be "
                                        "upgraded first, by opening it to write (or by server init)")
            else:
                if ours:
                    from upr_tracker.storage.server_backups import backup_before_upgrade

                    backup = backup_before_upgrade(engine, address)
                    if backup is not None:
                        logging.getLogger(__name__).warning("%s was backed up to %s before its schema was upgraded",
                                                            address.name, backup.path)
                upgrade_server_schema(engine)
            with engine.connect() as connection:
                actor = connection.execute(text("SELECT current_user")).scalar_one()
            database = cls(None, engine, actor, address=address)
            database.last_migration_backup = backup.path if backup is not None else None
            # The reference data (States, vocabularies) is an admin's to write: others use it as it is.
            if not read_only and database.role == "admin":
                with database.read() as session:
                    current = reference_data_is_current(session)
                if not current:
                    with database.write() as session:
                        load_reference_data(session)
    except BaseException:
        engine.dispose()
        raise
    if read_only:
        database.read_only_access = ReadOnlyAccess(immutable=False, reason=None)
    elif database.role == "viewer":
        # A viewer's window and commands refuse every change before trying, saying why.
        database.read_only_access = ReadOnlyAccess(immutable=False, reason=viewer_reason(database.name))
    database.log_opened(f"to read (role {database.role})" if database.read_only else f"(role {database.role})")
    return database


def viewer_reason(name: str) -> str:
    return f"your role on {name} is viewer"


def check_login(address: ServerAddress, password: str | None) -> None:
    """Connect once and leave: PasswordRequiredError, WrongPasswordError or DatabaseOpenError say why not."""
    engine = create_server_engine(address, password, poolclass=NullPool)
    try:
        with translated_errors(address.name), engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    finally:
        engine.dispose()
