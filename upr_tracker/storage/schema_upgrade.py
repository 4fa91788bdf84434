"""Bringing a database to the schema of this version of the code, with Alembic, from code.

The file is backed up before any step runs; all steps run in one exclusive transaction, so a
failure leaves the database exactly as it was; a database from a newer version is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from upr_tracker.errors import DatabaseTooNewError, MigrationError, StorageFullError
from upr_tracker.storage.backups import backup_database
from upr_tracker.storage.encryption import Passphrase

log = logging.getLogger(__name__)


def migrations_folder() -> Path:
    folder = files("upr_tracker.migrations")
    if not isinstance(folder, Path):  # e.g. a zipped install: Alembic needs real files
        raise MigrationError("the migrations of UPR Tracker are not installed as files; reinstall the package")
    return folder


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_folder()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


@contextmanager
def foreign_keys_deferred_to_the_end(connection: Connection) -> Iterator[None]:
    """Foreign keys off while the steps run, on again after.

    A migration in batch mode recreates a table: SQLite drops the old one, and with foreign keys
    on, that cascades to every row pointing to it (links, notes, assessments would be deleted).
    The pragma must be set outside a transaction, on the driver's connection, before BEGIN; the
    keys are checked as a whole before the commit instead (check_foreign_keys)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    driver = connection.connection.dbapi_connection
    assert driver is not None, "a connection in use has its driver's connection"
    driver.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        driver.execute("PRAGMA foreign_keys = ON")


def check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise MigrationError(f"the upgrade would leave {len(broken)} rows pointing to records that do not exist "
                             f"(in {', '.join(tables)})")


def revision_known(engine: Engine, db_path: Path | None) -> str | None:
    """The database's schema revision (None: a new database); DatabaseTooNewError for one this
    version does not know."""
    with engine.connect() as probe:
        current = current_revision(probe)
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            f"{db_path or 'the database'} was written by a newer version of UPR Tracker "
            f"(schema {current}); install the newer version to open it. Nothing was changed."
        )
    return current


def upgrade_to_head(engine: Engine, db_path: Path | None, target: str = "head",
                    passphrase: Passphrase | None = None) -> Path | None:
    """Run the pending migrations; return the backup taken first (None when nothing was pending
    or the database was new). The backup of an encrypted database is encrypted with `passphrase`."""
    current = revision_known(engine, db_path)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    backup = None
    if db_path and current:
        try:
            backup = backup_database(db_path, f"before-upgrade-to-{wanted}", passphrase)
        except StorageFullError as exc:
            raise StorageFullError(f"{db_path.name} was not upgraded for this version of UPR Tracker (nothing was "
                                   f"changed): it is backed up before an upgrade, and {exc}") from exc
    name = db_path.name if db_path is not None else "the database"
    log.info("Upgrading %s from schema %s to %s (backup: %s)", name, current or "none (new)", wanted, backup or "none")
    try:
        with engine.connect().execution_options(sqlite_begin="BEGIN EXCLUSIVE") as connection:
            with foreign_keys_deferred_to_the_end(connection), connection.begin():
                command.upgrade(alembic_config(connection), target)
                check_foreign_keys(connection)
    except Exception as exc:  # any failure rolled the whole upgrade back
        where = f" (a copy taken before it is {backup})" if backup else ""
        log.error("Upgrading %s failed and was undone", name, exc_info=exc)
        raise MigrationError(f"upgrading {db_path or 'the database'} failed and was undone{where}: {exc}") from exc
    log.info("Upgraded %s to schema %s", name, wanted)
    return backup
