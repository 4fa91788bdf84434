"""Copies of a database file, taken with SQLite's online backup (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
import errno
from contextlib import closing, suppress
from pathlib import Path

from upr_tracker.errors import StorageFullError
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.storage.encryption import Passphrase, connect, database_errors


def backup_folder(db_path: Path) -> Path:
    """Backups sit beside the database, in `<name>-backups/`, so they move with it."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_database(db_path: Path, reason: str, passphrase: Passphrase | None = None) -> Path:
    """Copy the database to a new, timestamped file in its backup folder and return its path
    (encrypted with the database's own `passphrase`, if it has one)."""
    folder = backup_folder(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        make_private_folder(folder)
        copy_database(db_path, target, passphrase)
    except BaseException as exc:
        # A copy cut short (a full disk) would be listed as the newest backup and crowd out good ones.
        with suppress(OSError):
            target.unlink(missing_ok=True)
        why = _cannot_write(exc)
        if why:
            raise StorageFullError(f"{db_path.name} could not be backed up in {folder} ({why}); no backup was "
                                   "made.") from exc
        raise  # the database itself cannot be read: callers tell a damaged file apart
    return target


def _cannot_write(exc: BaseException) -> str | None:
    """Why the backup could not be written, when that is the problem (and not the database)."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "the disk is full: free some space and try again"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "the folder cannot be written"
        return exc.strerror or str(exc)
    if not isinstance(exc, database_errors()):
        return None
    text = str(exc).lower()
    if "full" in text or "disk i/o" in text:
        return "the disk is full: free some space and try again"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "the folder cannot be written"
    return None


def copy_database(db_path: Path, target: Path, passphrase: Passphrase | None = None) -> None:
    """A consistent copy of the database (its WAL included), without writing to the original.
    An encrypted database is copied page by page under the same key: the copy is as encrypted."""
    create_private_file(target)
    with closing(connect(db_path, passphrase, read_only=True)) as source, closing(
        connect(target, passphrase)
    ) as copy:
        source.backup(copy)
