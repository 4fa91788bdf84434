"""Copies of a database file, taken with SQLite's online backup (consistent even while in use)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path


def backup_folder(db_path: Path) -> Path:
    """Backups sit beside the database, in `<name>-backups/`, so they move with it."""
    return db_path.parent / f"{db_path.stem}-backups"


def backup_database(db_path: Path, reason: str) -> Path:
    """Copy the database to a new, timestamped file in its backup folder and return its path."""
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite3"
    copy_database(db_path, target)
    return target


def copy_database(db_path: Path, target: Path) -> None:
    """A consistent copy of the database (its WAL included), without writing to the original."""
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as source, closing(
        sqlite3.connect(target)
    ) as copy:
        source.backup(copy)
