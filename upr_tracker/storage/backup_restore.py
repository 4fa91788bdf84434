"""Backups a user can see and take back: listing them, keeping the last few, checking one before it
replaces the database, and restoring it (the database as it was is backed up first).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import DatabaseDamagedError, DatabaseTooNewError, NotAnUprDatabaseError, UprTrackerError
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.storage.backups import backup_database, backup_folder, copy_database
from upr_tracker.storage.encryption import (Passphrase, PassphraseRequiredError, WrongPassphraseError, connect,
                                            database_errors, is_plain_sqlite, opens_with)
from upr_tracker.storage.engine import APPLICATION_ID
from upr_tracker.storage.schema_upgrade import known_revisions

log = logging.getLogger(__name__)

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


def take_backup(db_path: Path, reason: str = MANUAL, keep: int | None = None,
                passphrase: Passphrase | None = None) -> Path:
    """Back the database up now (encrypted as the database is, with its `passphrase`); with `keep`,
    only the newest `keep` backups of that kind stay (backups taken before an upgrade or a restore
    are never removed here)."""
    taken = backup_database(db_path, reason, passphrase)
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


def check_backup(path: Path, passphrase: Passphrase | None = None) -> CheckedBackup:
    """Read a backup through before anything is replaced by it: it must be an UPR Tracker database,
    whole (integrity check), of a schema this version knows, and open with the database's own
    `passphrase` (None: not encrypted), as the database will be opened with it."""
    if not path.is_file():
        raise NotAnUprDatabaseError(f"{path}: there is no such backup file")
    if passphrase is None and path.stat().st_size and not is_plain_sqlite(path):
        raise PassphraseRequiredError(f"{path} is encrypted (or damaged): give the database's passphrase to "
                                      "restore it. Nothing was restored.")
    try:
        with closing(connect(path, passphrase, read_only=True)) as connection:
            if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                raise NotAnUprDatabaseError(f"{path} is not a backup of an UPR Tracker database; nothing was restored")
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise DatabaseDamagedError(f"{path} is damaged ({problems[0]}); nothing was restored. "
                                           "Choose an older backup.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            recommendations = connection.execute("SELECT count(*) FROM recommendation").fetchone()[0]
            notes = connection.execute("SELECT count(*) FROM note").fetchone()[0]
    except WrongPassphraseError as exc:
        raise WrongPassphraseError(f"{path}: the passphrase does not open this backup (or it is damaged); "
                                   "nothing was restored") from exc
    except database_errors() as exc:
        raise DatabaseDamagedError(f"{path} cannot be read as a database ({exc}); nothing was restored") from exc
    version = revision[0] if revision else None
    if version is not None and version not in known_revisions():
        raise DatabaseTooNewError(f"{path} was made by a newer version of UPR Tracker (schema {version}); "
                                  "update UPR Tracker to restore it. Nothing was restored.")
    return CheckedBackup(path, version, recommendations, notes)


def newest_sound_backup(db_path: Path, passphrase: Passphrase | None = None,
                        skipped: list[tuple[Path, str]] | None = None) -> CheckedBackup:
    """The newest of the database's backups that checks out (see check_backup); those skipped on
    the way, with why, are added to `skipped`."""
    refused: list[WrongPassphraseError | PassphraseRequiredError] = []
    for backup in list_backups(db_path):
        try:
            return check_backup(backup.path, passphrase)
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            refused.append(exc)  # a damaged backup reads as a wrong key too: an older one may open
            if skipped is not None:
                skipped.append((backup.path, str(exc)))
        except UprTrackerError as exc:
            if skipped is not None:
                skipped.append((backup.path, str(exc)))
    if refused and len(refused) == len(list_backups(db_path)):
        raise refused[0]  # none opened: the passphrase is what is missing or wrong
    raise UprTrackerError(f"{db_path.name} has no sound backup in {backup_folder(db_path)}")


def key_opens_a_backup(db_path: Path, passphrase: Passphrase) -> bool:
    """True if `passphrase` opens one of the database's backups: then a database it does not open
    is damaged, not given a wrong passphrase."""
    return any(not is_plain_sqlite(backup.path) and opens_with(backup.path, passphrase)
               for backup in list_backups(db_path))


def restore_backup(db_path: Path, backup: Path,
                   passphrase: Passphrase | None = None) -> tuple[CheckedBackup, Path | None]:
    """Replace the database with a backup after checking it (both encrypted with `passphrase`, or
    neither). The database as it was is backed up first (unless it is unreadable); returns the
    checked backup and that copy."""
    checked = check_backup(backup, passphrase)
    saved: Path | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            saved = backup_database(db_path, BEFORE_RESTORE, passphrase)
        except database_errors() + (WrongPassphraseError,) as exc:
            saved = _set_aside(db_path)  # damaged beyond copying: keep its bytes all the same
            log.warning("%s could not be backed up before the restore (%s): its bytes were set aside as %s",
                        db_path.name, type(exc).__name__, saved)
    # SQLite's backup API writes the pages into the database file in one transaction, WAL included.
    copy_database(backup, db_path, passphrase)
    _become_another_replica(db_path, passphrase)
    log.info("Restored %s from %s (%d recommendations, %d notes; the database as it was: %s)", db_path.name, backup,
             checked.recommendations, checked.notes, saved or "none")
    return checked, saved


def _become_another_replica(db_path: Path, passphrase: Passphrase | None) -> None:
    """A restored database is, for sync, another replica than the one its backup was taken of: the
    others have seen changes of that one which the backup lacks (upr_tracker.sync.replica makes the
    new id when the place no longer matches)."""
    with closing(connect(db_path, passphrase)) as connection:
        try:
            connection.execute("UPDATE sync_replica SET place = NULL")
            connection.commit()
        except database_errors():  # a backup from before sync: it has no replica yet
            pass


@dataclass(frozen=True)
class BackupOutOfStep:
    path: Path
    readable: bool   # a plain backup beside an encrypted database: anyone with the file can read it
    why: str


def backups_out_of_step(db_path: Path, passphrase: Passphrase | None) -> list[BackupOutOfStep]:
    """Backups not under the database's own key (as a change cut short by an older version, or a
    file copied in by hand, can leave them): plain beside an encrypted database, encrypted beside a
    plain one, or under another passphrase."""
    found = []
    for backup in list_backups(db_path):
        plain = is_plain_sqlite(backup.path)
        if passphrase is not None and plain:
            found.append(BackupOutOfStep(backup.path, True, "it is not encrypted, although the database is"))
        elif passphrase is None and not plain:
            found.append(BackupOutOfStep(backup.path, False, "it is encrypted, although the database is not"))
        elif passphrase is not None and not opens_with(backup.path, passphrase):
            found.append(BackupOutOfStep(backup.path, False, "the database's passphrase does not open it "
                                                             "(another passphrase, or damaged)"))
    return found


def _set_aside(db_path: Path) -> Path:
    folder = backup_folder(db_path)
    make_private_folder(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{db_path.stem}-{stamp}-{BEFORE_RESTORE}-unreadable.sqlite3"
    create_private_file(target)
    target.write_bytes(db_path.read_bytes())
    db_path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return target
