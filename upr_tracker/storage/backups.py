"""Copies of a database file, taken with SQLite's online backup (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
from contextlib import closing, suppress
from pathlib import Path

from upr_tracker.errors import StorageFullError, UprTrackerError
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.storage.encryption import (Passphrase, connect, database_errors, flush_file, flush_folder,
                                            opens_with)

STALE_PARTIAL_BACKUP = dt.timedelta(hours=1)

log = logging.getLogger(__name__)


def backup_folder(db_path: Path) -> Path:
    """Backups sit beside the database, in `<name>-backups/`, so they move with it."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_database(db_path: Path, reason: str, passphrase: Passphrase | None = None) -> Path:
    """Copy the database to a new, timestamped file in its backup folder and return its path
    (encrypted with the database's own `passphrase`, if it has one)."""
    folder = backup_folder(db_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    # Written under a hidden name first: a copy cut short (a full disk, a kill) is never listed as
    # the newest backup, where it would crowd out good ones.
    part = partial_backup_path(target)
    if encryption_change_under_way(db_path):
        raise UprTrackerError(f"{db_path.name} is having its encryption changed; no backup was made. Back it up "
                              "again when that has finished.")
    for stale in partial_backups(db_path, older_than=STALE_PARTIAL_BACKUP):
        stale.unlink(missing_ok=True)
    try:
        make_private_folder(folder)
        copy_database(db_path, part, passphrase)
        flush_file(part)
        os.replace(part, target)
        flush_folder(folder)
        if encryption_change_under_way(db_path) or not opens_with(db_path, passphrase):
            # The key changed while the copy was made (a change that began meanwhile): the copy would
            # stay under the old one, or readable beside an encrypted database.
            target.unlink(missing_ok=True)
            raise UprTrackerError(f"{db_path.name} had its encryption changed while it was being backed up; no "
                                  "backup was made. Back it up again.")
    except BaseException as exc:
        with suppress(OSError):
            part.unlink(missing_ok=True)
            Path(f"{part}-journal").unlink(missing_ok=True)
        why = _cannot_write(exc)
        if why:
            raise StorageFullError(f"{db_path.name} could not be backed up in {folder} ({why}); no backup was "
                                   "made.") from exc
        raise  # the database itself cannot be read: callers tell a damaged file apart
    log.info("Backed up %s (%s) to %s", db_path.name, reason, target)
    return target


def partial_backup_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def partial_backups(db_path: Path, older_than: dt.timedelta | None = None) -> list[Path]:
    """Backups cut short (a kill while one was written), or being written now: with `older_than`,
    only those left untouched that long (a backup being written is written to all the time)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob(f".{db_path.stem}-*.sqlite3.part") if path.is_file()]
    if older_than is not None:
        limit = dt.datetime.now().timestamp() - older_than.total_seconds()
        found = [path for path in found if path.stat().st_mtime < limit]
    return found


def encryption_change_under_way(db_path: Path) -> bool:
    """True while the database's key is being changed (its journal is there: see
    storage.encryption_change)."""
    from upr_tracker.storage.encryption_change import journal_path  # (it lists backups: imported late)

    return journal_path(db_path).exists()


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
