"""Encryption at rest: a database file can be encrypted with a passphrase (SQLCipher, AES-256 with
a key derived from the passphrase), and every connection to it is opened here.

A plain database goes through Python's own sqlite3, an encrypted one through sqlcipher3, which is
SQLite with SQLCipher built in: the same SQL, full-text search included. The passphrase lives only
in memory, in a Passphrase, whose repr never shows it.

Encrypting, decrypting and changing the passphrase write a new copy of each file with the new
key and check it (make_rekeyed_copy); storage.encryption_change puts the copies in place, the
database's and its backups' together, as one operation that a kill cannot leave half done.
"""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from contextlib import closing, suppress
from pathlib import Path
from types import ModuleType
from typing import Any

from upr_tracker.private_files import create_private_file
from upr_tracker.errors import DatabaseOpenError, UprTrackerError

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes pages of 4096 bytes; an encrypted file is a whole number of them.
CIPHER_PAGE_SIZE = 4096


class PassphraseRequiredError(DatabaseOpenError):
    """The database is encrypted (or is not a database at all) and no passphrase was given."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the file."""


class EncryptionUnavailableError(UprTrackerError):
    """SQLCipher (the sqlcipher3 package) is not installed."""


class Passphrase:
    """A passphrase, held in memory only; printing it shows nothing of it."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str, *, as_typed: bool = False) -> None:
        if not secret:
            raise UprTrackerError("a passphrase cannot be empty")
        if "\x00" in secret:
            raise UprTrackerError("a passphrase cannot contain a NUL character")
        # NFC: é typed as one character or as e + accent is one passphrase (as_typed: the form
        # databases encrypted before that rule were keyed with, tried when the NFC form fails)
        self._secret = secret if as_typed else unicodedata.normalize("NFC", secret)

    def key_statement(self, schema: str | None = None) -> str:
        """The PRAGMA that gives SQLCipher this key (`schema`: an attached database)."""
        prefix = f"{schema}." if schema else ""
        return f"PRAGMA {prefix}key = {_sql_string(self._secret)}"

    def attach_key(self) -> str:
        """This passphrase as the KEY of an ATTACH DATABASE."""
        return _sql_string(self._secret)

    def encoded(self) -> bytes:
        """The passphrase as UTF-8 bytes, for what encrypts with it outside SQLite (archives)."""
        return self._secret.encode("utf-8")

    def __len__(self) -> int:
        return len(self._secret)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passphrase) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(("Passphrase", self._secret))

    def __repr__(self) -> str:
        return "Passphrase(…)"

    __str__ = __repr__


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def sqlcipher() -> ModuleType:
    """The DB-API module of SQLCipher."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailableError(
            "encrypted databases need the sqlcipher3 package (pip install sqlcipher3-wheels)"
        ) from exc
    return dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API errors of both drivers: a failure from either is caught the same way."""
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    with suppress(EncryptionUnavailableError):
        errors.append(sqlcipher().DatabaseError)
    return tuple(errors)


def is_plain_sqlite(path: Path) -> bool:
    """True for a (non-empty) file that begins as every unencrypted SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def may_be_encrypted(path: Path) -> bool:
    """True for a file that could be an encrypted database: not plain SQLite, made of whole
    SQLCipher pages. (An encrypted file looks like random bytes; nothing tells it from noise.)"""
    size = path.stat().st_size
    return size > 0 and size % CIPHER_PAGE_SIZE == 0 and not is_plain_sqlite(path)


def connect(path: Path, passphrase: Passphrase | None = None, *, read_only: bool = False,
            immutable: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to the database at `path`: plain without a passphrase, encrypted
    with one (a new file is created encrypted). A wrong passphrase raises WrongPassphraseError.
    `immutable` (read-only): the file alone is read, where its -shm cannot be made (storage.read_only)."""
    # (a URI, so that a path with "?", "#" or "%" in it is the file meant)
    read_only = read_only or immutable
    target = (f"{Path(path).resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
              if read_only else str(path))
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only, **kwargs)
    module = sqlcipher()
    connection = module.connect(target, uri=read_only, **kwargs)
    try:
        # SQLCipher logs failed decryptions to stderr; a wrong passphrase is said once, by us.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(passphrase.key_statement())
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # SQLite's temporary files (big sorts, temporary indexes) are not encrypted: keep them in
        # memory whatever default the SQLCipher build was compiled with.
        connection.execute("PRAGMA temp_store = MEMORY")
    except module.DatabaseError as exc:
        connection.close()
        raise WrongPassphraseError(
            f"{path}: the passphrase is wrong, or the file is not an UPR Tracker database "
            "(it may be damaged). Nothing was changed."
        ) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def opens_with(path: Path, passphrase: Passphrase | None) -> bool:
    """Whether the file is plain (`passphrase` None) or opens with `passphrase`."""
    if passphrase is None:
        return is_plain_sqlite(path)
    try:
        connect(path, passphrase, read_only=True).close()
    except (WrongPassphraseError,) + database_errors():
        return False
    return True


def make_rekeyed_copy(path: Path, copy: Path, current: Passphrase | None, new: Passphrase | None) -> None:
    """Write a copy of the database at `path` to `copy` under a new key: encrypted with `new`, or
    plain (`new` None); `current` opens `path` (None: it is plain). No connection may be open on
    `path`. The copy is checked, row by row counted, and flushed to the disk; `path` is not changed.
    (storage.encryption_change puts copies in their files' places, as one operation.)"""
    module = sqlcipher()
    try:
        with closing(module.connect(str(path), isolation_level=None)) as source:
            source.execute("PRAGMA cipher_log_level = NONE")
            if current is not None:
                source.execute(current.key_statement())
            try:
                counts = _table_counts(source)
            except module.DatabaseError as exc:
                raise WrongPassphraseError(f"{path}: the passphrase is wrong, or the file is not a database; "
                                           "nothing was changed") from exc
            # Every change into the file itself and the WAL emptied: the old WAL must hold nothing
            # once the copy takes the old file's name. A reader elsewhere keeps frames in it.
            busy, in_log, copied = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or in_log != copied:
                raise UprTrackerError(f"{path.name} is being read by another program (or another command of "
                                      "UPR Tracker); nothing was changed. Try again when it has finished.")
            application_id = source.execute("PRAGMA application_id").fetchone()[0]
            user_version = source.execute("PRAGMA user_version").fetchone()[0]
            key = new.attach_key() if new is not None else "''"
            create_private_file(copy)  # SQLite would make it readable by all (umask 022)
            source.execute(f"ATTACH DATABASE {_sql_string(str(copy))} AS rekeyed KEY {key}")
            source.execute("SELECT sqlcipher_export('rekeyed')")
            source.execute(f"PRAGMA rekeyed.application_id = {int(application_id)}")
            source.execute(f"PRAGMA rekeyed.user_version = {int(user_version)}")
            source.execute("DETACH DATABASE rekeyed")
        _check_copy(copy, new, counts, module)
        flush_file(copy)
    except module.OperationalError as exc:
        raise _write_failure(path, exc) from exc


def _table_counts(connection: Any) -> dict[str, int]:
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}


def _check_copy(temporary: Path, new: Passphrase | None, counts: dict[str, int], module: ModuleType) -> None:
    with closing(module.connect(str(temporary))) as copy:
        copy.execute("PRAGMA cipher_log_level = NONE")
        if new is not None:
            copy.execute(new.key_statement())
        problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
        copied = _table_counts(copy)
    if problems != ["ok"] or copied != counts:
        raise UprTrackerError(f"the re-encrypted copy of {temporary.name} did not check out "
                              f"({problems[0] if problems != ['ok'] else 'rows differ'}); nothing was changed")


def _write_failure(path: Path, exc: BaseException) -> UprTrackerError:
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return UprTrackerError(f"there is no room left beside {path} for its re-encrypted copy; nothing was changed. "
                               "Free some space and try again.")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UprTrackerError(f"{path.parent} cannot be written; nothing was changed")
    return UprTrackerError(f"{path}: {exc}; nothing was changed")


def flush_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def flush_folder(folder: Path) -> None:
    with suppress(OSError):  # not every system lets a folder be opened
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
