"""Errors a user can act on. Every face (GUI, command line) shows their message as it is.

They live at the bottom of the layers so that domain, storage and services can all raise them.
"""

from __future__ import annotations


class UprTrackerError(Exception):
    """A problem the user can understand and fix: the message says what is wrong and where."""


class DatabaseOpenError(UprTrackerError):
    """The database file cannot be opened as an UPR Tracker database."""


class NotAnUprDatabaseError(DatabaseOpenError):
    """The file is not an SQLite database, or an SQLite database of another application."""


class DatabaseTooNewError(DatabaseOpenError):
    """The database was written by a newer version of UPR Tracker."""


class MigrationError(DatabaseOpenError):
    """An upgrade of the database failed; it was rolled back."""


class NotFoundError(UprTrackerError):
    """A record the user named does not exist."""


class InvalidValueError(UprTrackerError):
    """A value given by the user is not allowed (a position, a level, a date...)."""


class NearDuplicateError(InvalidValueError):
    """A new name is so close to an existing one that it is probably the same thing misspelt."""


class DatabaseBusyError(UprTrackerError):
    """Another program (or another copy of UPR Tracker) holds the database's write lock."""


class DatabaseInUseError(UprTrackerError):
    """Another running copy of UPR Tracker has the database open for writing."""


class DatabaseReadOnlyError(UprTrackerError):
    """The database was opened read-only (read-only media, a folder that cannot be written)."""


class StorageFullError(UprTrackerError):
    """The disk is full or the file cannot be written: the change was rolled back."""


class DatabaseDamagedError(DatabaseOpenError):
    """The database file is damaged."""


class DatabaseLockedError(UprTrackerError):
    """An encrypted database was locked (after a time without use) and waits for its passphrase."""


class EditConflictError(UprTrackerError):
    """Someone else changed the record since this edit started (a team database, or two windows on
    one file). It names the record (`table`, `record_id`), the version the edit started from and the
    current one (None: the record was deleted), and the `changes` made since (who, when, what:
    services.edit_conflicts.ChangeSince)."""

    def __init__(self, message: str, *, table: str = "", record_id: object = None,
                 expected_version: int | None = None, current_version: int | None = None,
                 changes: tuple = ()) -> None:
        super().__init__(message)
        self.table = table
        self.record_id = record_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.changes = changes


class PermissionDeniedError(UprTrackerError):
    """The team database's role of the user does not allow this (a viewer writing, an editor adding users)."""


class PasswordRequiredError(DatabaseOpenError):
    """The team server asks for a password that neither ~/.pgpass nor PGPASSWORD gave."""


class WrongPasswordError(DatabaseOpenError):
    """The team server refused the password (or the user is unknown to it)."""


class SyncError(UprTrackerError):
    """A sync or an exchange of changes could not be done (the other side unreachable, a change that
    does not fit this database); nothing of that batch was applied."""


class BundleError(SyncError):
    """A bundle file of changes was refused: damaged, forged, from outside the team, for another
    database, or opened with the wrong passphrase or key. Nothing of it was applied."""


class WorkCancelledError(UprTrackerError):
    """Long work stopped because the person asked it to; what it would have written was not."""
