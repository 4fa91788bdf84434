"""Backups a user can see and take back: listing them, keeping the last few, checking one before it
replaces the database, and restoring it (the database as it was is backed up first).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import DatabaseDamagedError, DatabaseTooNewError, NotAnUprDatabaseError
from upr_tracker.storage.backups import backup_database, backup_folder, copy_database
from upr_tracker.storage.engine import APPLICATION_ID
from upr_tracker.storage.schema_upgrade import known_revisions

SCHEDULED = "scheduled"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
_STAMP = re.compile(r"-(\d{8}-\d{6})-\d{6}-(.+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime | None
    reason: str  # "scheduled", "manual", "before-upgrade-to-0007", "before-restore"
    size: int


@dataclass(frozen=True)
class CheckedBackup:
    """A backup found sound: what restoring it would bring back."""

    path: Path
    revision: str | None
    recommendations: int
    notes: int


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The database's backups, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*.sqlite3"):
        match = _STAMP.search(path.name)
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S") if match else None
        found.append(BackupInfo(path, taken, match.group(2) if match else "", path.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at or dt.datetime.min, b.path.name), reverse=True)


def take_backup(db_path: Path, reason: str = MANUAL, keep: int | None = None) -> Path:
    """Back the database up now; with `keep`, only the newest `keep` backups of that kind stay
    (backups taken before an upgrade or a restore are never removed here)."""
    taken = backup_database(db_path, reason)
    if keep is not None:
        prune_backups(db_path, reason, keep)
    return taken


def prune_backups(db_path: Path, reason: str, keep: int) -> list[Path]:
    if keep < 1:
        raise ValueError("keep at least one backup")
    same_kind = [b for b in list_backups(db_path) if b.reason == reason]
    removed = []
    for old in same_kind[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def last_backup_time(db_path: Path, reason: str) -> dt.datetime | None:
    return next((b.taken_at for b in list_backups(db_path) if b.reason == reason and b.taken_at), None)


def check_backup(path: Path) -> CheckedBackup:
    """Read a backup through before anything is replaced by it: it must be an UPR Tracker database,
    whole (integrity check), of a schema this version knows."""
    if not path.is_file():
        raise NotAnUprDatabaseError(f"{path}: there is no such backup file")
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAnUprDatabaseError(f"{path} is not a backup of an UPR Tracker database; nothing was restored")
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DatabaseDamagedError(f"{path} is damaged ({problems[0]}); nothing was restored. "
                                           "Choose an older backup.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            recommendations = connection.execute("SELECT count(*) FROM recommendation").fetchone()[0]
            notes = connection.execute("SELECT count(*) FROM note").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamagedError(f"{path} cannot be read as a database ({exc}); nothing was restored") from exc
    version = revision[0] if revision else None
    if version is not None and version not in known_revisions():
        raise DatabaseTooNewError(f"{path} was made by a newer version of UPR Tracker (schema {version}); "
                                  "update UPR Tracker to restore it. Nothing was restored.")
    return CheckedBackup(path, version, recommendations, notes)


def restore_backup(db_path: Path, backup: Path) -> tuple[CheckedBackup, Path | None]:
    """Replace the database with a backup after checking it. The database as it was is backed up
    first (unless it is unreadable); returns the checked backup and that copy."""
    checked = check_backup(backup)
    saved: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            saved = backup_database(db_path, BEFORE_RESTORE)
        except sqlite3.DatabaseError:
            saved = _set_aside(db_path)  # damaged beyond copying: keep its bytes all the same
    # SQLite's backup API writes the pages into the database file in one transaction, WAL included.
    copy_database(backup, db_path)
    return checked, saved


def _set_aside(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{BEFORE_RESTORE}-unreadable.sqlite3"
    target.write_bytes(db_path.read_bytes())
    db_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return target
