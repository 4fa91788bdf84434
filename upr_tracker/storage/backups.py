"""Copies of a database file, taken with SQLite's online backup (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

from upr_tracker.storage.encryption import Passphrase, connect


def backup_folder(db_path: Path) -> Path:
    """Backups sit beside the database, in `<name>-backups/`, so they move with it."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_database(db_path: Path, reason: str, passphrase: Passphrase | None = None) -> Path:
    """Copy the database to a new, timestamped file in its backup folder and return its path
    (encrypted with the database's own `passphrase`, if it has one)."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    try:
        copy_database(db_path, target, passphrase)
    except BaseException:
        # A copy cut short (a full disk) would be listed as the newest backup and crowd out good ones.
        target.unlink(missing_ok=True)
        raise
    return target


def copy_database(db_path: Path, target: Path, passphrase: Passphrase | None = None) -> None:
    """A consistent copy of the database (its WAL included), without writing to the original.
    An encrypted database is copied page by page under the same key: the copy is as encrypted."""
    with closing(connect(db_path, passphrase, read_only=True)) as source, closing(
        connect(target, passphrase)
    ) as copy:
        source.backup(copy)
