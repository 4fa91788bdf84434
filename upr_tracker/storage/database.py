"""An open UPR Tracker database: one engine, units of work for reading and for writing.

Opening checks that the file is ours before anything is written to it, brings the schema up to
date (backing the file up first), and loads the reference data (States, vocabularies).
Writes are serialised: one writer at a time inside the process, BEGIN IMMEDIATE across processes.
"""

from __future__ import annotations

import getpass
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from upr_tracker.errors import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseLockedError,
    DatabaseOpenError,
    DatabaseReadOnlyError,
    EditConflictError,
    NotAnUprDatabaseError,
)
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.storage.audit import install_audit_trail
from upr_tracker.storage.backends import backend_of
from upr_tracker.storage.backends.sqlite import translated_errors
from upr_tracker.storage.backup_restore import key_opens_a_backup
from upr_tracker.storage.change_notices import OwnChanges, announce_changes, install_change_tracking
from upr_tracker.storage.encryption import (Passphrase, PassphraseRequiredError, WrongPassphraseError, connect,
                                            database_errors, is_plain_sqlite, may_be_encrypted, opens_with)
from upr_tracker.storage.encryption_change import FinishedChange, KeyChange, change_key, finish_interrupted_change
from upr_tracker.storage.engine import APPLICATION_ID, create_sqlite_engine
from upr_tracker.storage.record_versions import install_record_versions
from upr_tracker.storage.read_only import ReadOnlyAccess, read_only_access
from upr_tracker.storage.reference_data import load_reference_data, reference_data_is_current
from upr_tracker.storage.schema_upgrade import head_revision, revision_known, upgrade_to_head
from upr_tracker.storage.server_address import ServerAddress, database_target
from upr_tracker.storage.writer_lock import WriterLock

__all__ = ["AuditedSession", "Database", "check_is_ours", "default_actor", "translated_errors"]


log = logging.getLogger(__name__)


def _refuse_while_locked() -> None:
    raise DatabaseLockedError("the database is locked: give its passphrase to go on")


class AuditedSession(Session):
    """A session whose flushes write the audit trail (see storage.audit)."""


install_record_versions(AuditedSession)  # first: the trail records the new version
install_audit_trail(AuditedSession)
install_change_tracking(AuditedSession)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment (some containers)
        return "unknown"


def check_is_ours(path: Path, passphrase: Passphrase | None = None, *, immutable: bool = False) -> bool:
    """Tell whether `path` can be opened as an UPR Tracker database (with `passphrase`, if it is
    encrypted; `immutable`: where its -shm cannot be made, see storage.read_only).

    Returns False for a file that does not exist or is still empty (a new database), True for one of
    ours, and raises NotAnUprDatabaseError for anything else, naming what it found;
    PassphraseRequiredError for a file that may be encrypted when no passphrase is given;
    WrongPassphraseError when the passphrase does not open it.
    """
    if not path.exists() or path.stat().st_size == 0:
        return False
    if path.is_dir():
        raise NotAnUprDatabaseError(f"{path} is a folder, not a database file")
    if is_plain_sqlite(path):
        if passphrase is not None:
            raise DatabaseOpenError(f"{path} is not encrypted, so it needs no passphrase; to encrypt it: "
                                    f"upr-tracker encrypt --db {path}")
    elif passphrase is None:
        if may_be_encrypted(path):
            raise PassphraseRequiredError(
                f"{path} is encrypted (or is not a database at all): its passphrase is needed to open it")
        raise NotAnUprDatabaseError(
            f"{path} is not an UPR Tracker database: it is not an SQLite file (it may be damaged, "
            "or a file of another kind). Nothing was changed."
        )
    try:
        with closing(_connect_or_say_damaged(path, passphrase, immutable)) as connection:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    except database_errors() as exc:
        raise NotAnUprDatabaseError(f"{path} cannot be read as a database ({exc}). Nothing was changed.") from exc
    if application_id == APPLICATION_ID:
        return True
    if not tables:
        return False
    shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
    raise NotAnUprDatabaseError(
        f"{path} is an SQLite database of another application (tables: {shown}), "
        "not an UPR Tracker database. Nothing was changed."
    )


def access_to_read(path: Path, passphrase: Passphrase | None) -> ReadOnlyAccess:
    """How the database at `path` can be read without writing anything, once it is known to be one
    of ours (DatabaseOpenError for a missing or empty file)."""
    if not path.exists():
        raise DatabaseOpenError(f"there is no database at {path}")
    access = read_only_access(path, passphrase)
    if not check_is_ours(path, passphrase, immutable=access.immutable):
        raise DatabaseOpenError(f"{path} is empty: it is not a database yet")
    return access


def _connect_or_say_damaged(path: Path, passphrase: Passphrase | None, immutable: bool = False) -> Any:
    """A read-only connection; a passphrase that does not open the file but opens its backups
    means the file is damaged (SQLCipher cannot tell a wrong key from a damaged first page)."""
    try:
        return connect(path, passphrase, read_only=True, immutable=immutable)
    except WrongPassphraseError:
        if passphrase is not None and key_opens_a_backup(path, passphrase):
            raise DatabaseDamagedError(
                f"{path} is damaged: its passphrase opens its backups but not it. To go back to the newest "
                f"sound backup: upr-tracker restore --db {path} --latest") from None
        raise


class Database:
    """One open database: a file, or a team's database on a server. Hand it to the service
    functions; close it when done."""

    def __init__(self, path: Path | None, engine: Engine, actor: str, passphrase: Passphrase | None = None,
                 *, address: ServerAddress | None = None) -> None:
        self.path = path  # None on a server
        self.address = address  # None for a file
        self.engine = engine
        self.backend = backend_of(engine)
        self.passphrase = passphrase  # None: the file is not encrypted
        self.actor = actor
        self.last_migration_backup: Path | None = None
        # An encryption change a kill interrupted, finished as this database was opened (to say so).
        self.finished_change: FinishedChange | None = None
        self._sessions = sessionmaker(bind=engine, class_=AuditedSession, expire_on_commit=False)
        self._write_lock = threading.RLock()
        self._writer_lock: WriterLock | None = None
        self._locked = False
        self.read_only_access: ReadOnlyAccess | None = None  # set by open_read_only
        self._role: str | None = None
        # Who writes, as others' windows are told (storage.change_notices), and what it wrote itself.
        self.sender = uuid.uuid4().hex
        self.own_changes = OwnChanges()
        self.closed = False

    @property
    def file_path(self) -> Path:
        """The file of a SQLite database (what only a file has is never asked of a server's)."""
        assert self.path is not None, "a database on a server has no file"
        return self.path

    @property
    def name(self) -> str:
        """How the window and messages name the database: its file's name, or `upr on HOST`."""
        return self.address.name if self.address is not None else self.path.name  # type: ignore[union-attr]

    @property
    def role(self) -> str:
        """"viewer", "editor" or "admin": what the user may do here (always "admin" on a file),
        asked once, so that the window and the services can say it before trying."""
        if self._role is None:
            with self.backend.translated_errors(self._where):
                self._role = self.backend.role_of(self.engine)
        return self._role

    @property
    def target(self) -> Path | ServerAddress:
        """What `--db` names: the file's path, or the server's address."""
        return self.address if self.address is not None else self.path  # type: ignore[return-value]

    @property
    def _where(self) -> str:
        return str(self.path) if self.path is not None else self.name

    @classmethod
    def open(cls, path: Path | str | ServerAddress, *, create: bool = True, actor: str | None = None,
             passphrase: Passphrase | None = None, _lock_held: bool = False, password: str | None = None) -> Database:
        """Open (or, with create, make) the database at `path`, upgrading its schema if needed.
        With `passphrase`, the file is encrypted (a new one is created encrypted). An encryption
        change a kill interrupted is finished first (see storage.encryption_change).
        A PostgreSQL address (or URL) opens the team database on that server (storage.server_opening;
        `password` only when it was asked for: otherwise ~/.pgpass or PGPASSWORD give it)."""
        target = database_target(path) if isinstance(path, str) else path
        if isinstance(target, ServerAddress):
            from upr_tracker.storage.server_opening import open_on_server

            return open_on_server(cls, target, password=password, create=create)
        path = Path(target).expanduser().resolve()
        if not path.exists() and not create:
            raise DatabaseOpenError(f"there is no database at {path}")
        finished = finish_interrupted_change(path, lock_held=_lock_held)
        is_ours = check_is_ours(path, passphrase)
        if not is_ours:
            try:
                make_private_folder(path.parent)
                create_private_file(path)  # private before SQLite opens it: its WAL and -shm take its mode
            except OSError as exc:
                raise DatabaseOpenError(f"cannot create {exc.filename or path}: {exc.strerror}") from exc
        engine = create_sqlite_engine(path, passphrase)
        try:
            database = cls(path, engine, actor or default_actor(), passphrase)
            database.finished_change = finished
            database.last_migration_backup = upgrade_to_head(engine, path, passphrase=passphrase)
            with database.read() as session:
                current = reference_data_is_current(session)
            if not current:
                with database.write() as session:
                    load_reference_data(session)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseOpenError(f"cannot open {path}: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise
        database.log_opened("to write")
        return database

    @classmethod
    def open_exclusively(cls, path: Path | str | ServerAddress, *, create: bool = True, actor: str | None = None,
                         passphrase: Passphrase | None = None, password: str | None = None) -> Database:
        """Open for this running copy of the app alone, until close(): the window and the commands
        that write use this; reading needs no lock. The lock is taken before anything is read or
        upgraded, so two copies never migrate one file. (A team database on a server is written by
        many at once: the server serialises their changes.)"""
        target = database_target(path) if isinstance(path, str) else path
        if isinstance(target, ServerAddress):
            return cls.open(target, create=create, actor=actor, password=password)
        path = Path(target).expanduser().resolve()  # one lock file however the path is spelled (a link)
        if not create and not path.exists():
            return cls.open(path, create=False, actor=actor, passphrase=passphrase)  # says the file is missing
        lock = WriterLock(path)
        lock.acquire()
        try:
            database = cls.open(path, create=create, actor=actor, passphrase=passphrase, _lock_held=True)
        except BaseException:
            lock.release()
            raise
        database._writer_lock = lock
        return database

    @classmethod
    def open_read_only(cls, path: Path | str | ServerAddress, *, actor: str | None = None,
                       passphrase: Passphrase | None = None, password: str | None = None) -> Database:
        """Open for reading alone, for the commands that only read: nothing is written in the file or
        beside it, so that read-only media, a folder or a file that cannot be written are read as
        well (`read_only_reason` then says why nothing can be written there). No reference data is
        loaded. A schema older than this version's is upgraded first, as open_exclusively does, under
        the writer lock; where that cannot be done (nothing may be written there, or another copy has
        the file open) the file is refused, saying what to do. On a server every transaction is read-only."""
        target = database_target(path) if isinstance(path, str) else path
        if isinstance(target, ServerAddress):
            from upr_tracker.storage.server_opening import open_on_server

            return open_on_server(cls, target, password=password, create=False, read_only=True)
        path = Path(target).expanduser().resolve()
        access = access_to_read(path, passphrase)
        engine = _reading_engine(path, passphrase, access)
        try:
            if revision_known(engine, path) != head_revision():
                engine.dispose()
                _upgrade_before_reading(path, access, actor, passphrase)
                engine = _reading_engine(path, passphrase, access)
            database = cls(path, engine, actor or default_actor(), passphrase)
        except OperationalError as exc:
            engine.dispose()
            raise DatabaseOpenError(f"cannot open {path}: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise
        database.read_only_access = access
        database.log_opened("to read")
        return database

    def log_opened(self, how: str) -> None:
        """One line in the log: which database (its file's or server's name, not the folder: it
        may name a person), the engine, the schema revision and whether it is encrypted."""
        log.info("Database %s opened %s: %s, schema %s, encrypted: %s", self.name, how,
                 self.engine.url.get_backend_name(), head_revision(), "yes" if self.passphrase is not None else "no")

    @property
    def read_only(self) -> bool:
        return self.read_only_access is not None

    @property
    def read_only_reason(self) -> str | None:
        """Why nothing can be written where the file is (None: it could be, but it was opened to read)."""
        return self.read_only_access.reason if self.read_only_access is not None else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A unit of work that only reads."""
        with self.backend.translated_errors(self._where), self._sessions() as session:
            session.info["actor"] = self.actor
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that writes: committed at the end, rolled back whole on any error."""
        if self.read_only_access is not None:
            why = f" ({self.read_only_reason})" if self.read_only_reason else ""
            raise DatabaseReadOnlyError(f"{self.name} was opened read-only{why}: nothing can be changed in it")
        with self.backend.translated_errors(self._where), self._write_lock, self._sessions() as session:
            session.info["actor"] = self.actor
            session.info["sender"] = self.sender
            session.connection(execution_options=self.backend.write_options())
            try:
                yield session
                session.flush()  # what it touched is known, and announced in the same transaction
                announce_changes(self, session)
                session.commit()
            except StaleDataError as exc:  # a versioned record changed between this edit's read and write
                session.rollback()
                raise EditConflictError(f"{self.name}: someone else changed this record at the same moment; nothing "
                                        "of yours was saved. Reload it and edit again.") from exc
            except BaseException:
                session.rollback()
                raise

    @property
    def is_encrypted(self) -> bool:
        return self.passphrase is not None

    @property
    def is_locked(self) -> bool:
        return self._locked

    def change_encryption(self, new: Passphrase | None) -> KeyChange:
        """Encrypt this database with `new`, change its passphrase to `new`, or (None) decrypt it,
        in place, and its backups with it, as one operation (see storage.encryption_change): every
        connection is closed first, and the engine reopened with whichever key then opens the file.
        No unit of work may be running."""
        with self._write_lock:
            self.engine.dispose()
            try:
                change = change_key(self.file_path, self.passphrase, new)
            except BaseException:
                # (the database is replaced last: unless that very step failed, it is under the old key)
                self._use_engine(new if opens_with(self.file_path, new) else self.passphrase)
                raise
            self._use_engine(new)
            return change

    def lock(self) -> None:
        """Close every connection and forget the passphrase of an encrypted database: nothing can be
        read from it until unlock() is given the passphrase again."""
        if self.passphrase is None:
            return
        with self._write_lock:
            self.engine.dispose()
            self.engine = create_sqlite_engine(self.file_path, creator=_refuse_while_locked)
            self._sessions.configure(bind=self.engine)
            self.passphrase = None
            self._locked = True

    def unlock(self, passphrase: Passphrase) -> None:
        """Open a locked database again; WrongPassphraseError leaves it locked."""
        connect(self.file_path, passphrase, read_only=True).close()
        with self._write_lock:
            self._locked = False
            self._use_engine(passphrase)

    def _use_engine(self, passphrase: Passphrase | None) -> None:
        self.engine.dispose()
        access = self.read_only_access
        self.engine = (create_sqlite_engine(self.file_path, passphrase) if access is None
                       else _reading_engine(self.file_path, passphrase, access))
        self._sessions.configure(bind=self.engine)
        self.passphrase = passphrase

    def close(self) -> None:
        self.closed = True
        self.engine.dispose()
        if self._writer_lock is not None:
            self._writer_lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _reading_engine(path: Path, passphrase: Passphrase | None, access: ReadOnlyAccess) -> Engine:
    if access.reason is None:  # the folder and the file can be written: SQLite may tidy up after reading
        return create_sqlite_engine(path, passphrase, query_only=True)
    return create_sqlite_engine(path, passphrase, read_only=True, immutable=access.immutable)


def _upgrade_before_reading(path: Path, access: ReadOnlyAccess, actor: str | None,
                            passphrase: Passphrase | None) -> None:
    """Bring an older schema up to date for a command that only reads: as a writing command would,
    under the writer lock, so that two copies never upgrade one file."""
    older = f"{path.name} was written by an older version of UPR Tracker and must be upgraded before this one can read it"
    if access.reason is not None:
        raise DatabaseOpenError(f"{older}, which cannot be done here ({access.reason}). Copy it to a folder "
                                "that can be written and open the copy (it is backed up before the upgrade). "
                                "Nothing was changed.")
    try:
        Database.open_exclusively(path, create=False, actor=actor, passphrase=passphrase).close()
    except DatabaseInUseError as exc:
        raise DatabaseInUseError(f"{older}, and another copy of UPR Tracker has it open, so it was not upgraded "
                                 "(nothing was changed): open it in the window or run a writing command (an "
                                 f"import) first, once the other copy has closed it. {exc}") from None
