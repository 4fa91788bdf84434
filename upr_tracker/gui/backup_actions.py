"""Backups from the window: taken on a schedule while it is open, on demand (File ▸ Back up now),
and put back (File ▸ Restore from a backup…). Whatever touches the files runs off the GUI thread,
through the window's TaskRunner.

The schedule looks soon after the window opens, then every CHECK_EVERY_MS, whether a backup is
due: none (of any kind) taken for the chosen interval, and the database written since the newest
one began. Only the newest `keep` scheduled backups stay; those taken by hand, before an upgrade or
before a restore are never removed here. The interval, `keep` and whether to back up at all are
per-user settings (QSettings), changed in the Backups dialog.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QToolBar, QWidget

from upr_tracker.errors import DatabaseLockedError, DatabaseOpenError, StorageFullError, UprTrackerError
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.tasks import Task
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.storage.backup_restore import (
    MANUAL,
    SCHEDULED,
    BackupInfo,
    CheckedBackup,
    list_backups,
    restore_backup,
    take_backup,
)
from upr_tracker.storage.backups import backup_folder, copy_database
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, database_errors
from upr_tracker.storage.server_backups import ServerBackup, dump_server_database
from upr_tracker.storage.writer_lock import WriterLock

if TYPE_CHECKING:
    from upr_tracker.gui.backups_dialog import BackupsDialog
    from upr_tracker.gui.main_window import MainWindow

AUTOMATIC_KEY = "backups/automatic"
EVERY_HOURS_KEY = "backups/every_hours"
KEEP_KEY = "backups/keep"
DEFAULT_EVERY_HOURS = 24
DEFAULT_KEEP = 10
MAX_EVERY_HOURS = 24 * 7
MAX_KEEP = 100
# The first look waits until the window has read what it shows: a large copy competes with it.
START_DELAY_MS = 10_000
# The schedule is checked often and the interval measured from the newest backup, so a laptop that
# slept, or a change of the interval, is caught up within this time.
CHECK_EVERY_MS = 15 * 60_000
# A check that finds other work running looks again this soon.
IDLE_RETRY_MS = 2_000
# A failing backup (a full disk) writes until it fails: not again at every check.
RETRY_AFTER = dt.timedelta(hours=1)
# File times can be coarser than the clock (2 s on FAT drives): a write this close before a backup
# began counts as after it, so that no change is ever taken as backed up when it may not be.
WRITE_TIME_SLACK = dt.timedelta(seconds=2)
# A restore waits this long at most for the work already running (an import, an export) to end.
RESTORE_WAIT_S = 60.0
IDLE_POLL_MS = 50
DUMP_SUFFIX = ".dump"  # the file pg_dump's custom format is written to
TEAM_BACKUPS = QT_TRANSLATE_NOOP("Backups", "A team database on a server is backed up with pg_dump: File ▸ Back up now writes one into a file "
                "you choose. It is restored into a new, empty database with: upr-tracker restore --db "
                "postgresql://USER@HOST:PORT/DATABASE --from FILE (or by the server's admin with pg_restore).")


@dataclass(frozen=True)
class BackupSchedule:
    automatic: bool = True
    every_hours: int = DEFAULT_EVERY_HOURS
    keep: int = DEFAULT_KEEP

    @property
    def every(self) -> dt.timedelta:
        return dt.timedelta(hours=self.every_hours)


def load_schedule() -> BackupSchedule:
    settings = QSettings()

    def number(key: str, default: int, top: int) -> int:
        try:
            given: Any = settings.value(key, default)   # (QSettings gives text or the default)
            value = int(given)
        except (TypeError, ValueError):
            return default
        return min(max(value, 1), top)

    automatic = settings.value(AUTOMATIC_KEY, True)
    return BackupSchedule(
        automatic=automatic if isinstance(automatic, bool) else str(automatic).lower() == "true",
        every_hours=number(EVERY_HOURS_KEY, DEFAULT_EVERY_HOURS, MAX_EVERY_HOURS),
        keep=number(KEEP_KEY, DEFAULT_KEEP, MAX_KEEP),
    )


def save_schedule(schedule: BackupSchedule) -> None:
    settings = QSettings()
    settings.setValue(AUTOMATIC_KEY, schedule.automatic)
    settings.setValue(EVERY_HOURS_KEY, schedule.every_hours)
    settings.setValue(KEEP_KEY, schedule.keep)


def last_written(db_path: Path) -> dt.datetime | None:
    """When the database last changed on disk: the file's time, or its write-ahead log's when that
    holds anything (SQLite makes an empty one on opening, which is no change)."""
    try:
        times = [db_path.stat().st_mtime]
    except FileNotFoundError:
        return None
    with suppress(FileNotFoundError):
        wal = Path(f"{db_path}-wal").stat()
        if wal.st_size > 0:
            times.append(wal.st_mtime)
    return dt.datetime.fromtimestamp(max(times))


def backup_due(db_path: Path, every: dt.timedelta, now: dt.datetime) -> bool:
    """No backup of any kind for `every`, and the database written since the newest began."""
    newest = next((b.taken_at for b in list_backups(db_path) if b.taken_at is not None), None)
    if newest is None:
        return True
    if now - newest < every:
        return False
    written = last_written(db_path)
    return written is None or written > newest - WRITE_TIME_SLACK


def kind_text(reason: str) -> str:
    """A backup's kind as the user reads it ("before-upgrade-to-0007": before an upgrade)."""
    if reason == SCHEDULED:
        return translate("Backups", "Scheduled")
    if reason == MANUAL:
        return translate("Backups", "Manual")
    if reason.startswith("before-upgrade"):
        return translate("Backups", "Before an upgrade")
    if reason.startswith("before-restore"):
        if reason.endswith("unreadable"):
            return translate("Backups", "Before a restore (unreadable file)")
        return translate("Backups", "Before a restore")
    # (a kind a later version may write: its own words, as they are)
    return reason.replace("-", " ").capitalize() or translate("Backups", "Unknown")


def taken_text(backup: BackupInfo) -> str:
    return backup.taken_at.strftime("%Y-%m-%d %H:%M") if backup.taken_at else "?"


def backup_failure(db_path: Path, exc: BaseException) -> BaseException:
    """A failed backup said so that the user can act on it, naming the file or folder it was to be
    written to. Anything that is not about files (a bug) is left as it is."""
    if isinstance(exc, UprTrackerError):
        return exc
    if isinstance(exc, OSError):
        where, code, text = exc.filename or backup_folder(db_path), exc.errno, str(exc.strerror or exc)
    elif isinstance(exc, database_errors()):
        where, code, text = backup_folder(db_path), None, str(exc)
    else:
        return exc
    lowered = text.lower()
    if code == errno.ENOSPC or "full" in lowered:
        said = translate("Backups", "The backup of %1 could not be written to %2: the disk is full. The database "
                         "itself is unchanged. Free some space on it, then choose File ▸ Back up now.")
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in lowered or "unable to open" in lowered:
        said = translate("Backups", "The backup of %1 could not be written to %2: that folder cannot be written to. "
                         "The database itself is unchanged. Make the folder writable (or move the database), then "
                         "choose File ▸ Back up now.")
    else:
        said = translate("Backups", "The backup of %1 could not be written to %2: %3. The database itself is "
                         "unchanged. Check the folder, then choose File ▸ Back up now.")
    return StorageFullError(fill(said, db_path.name, where, text))


def _take(db_path: Path, kind: str, keep: int | None, passphrase: Passphrase | None) -> Path:
    try:
        return take_backup(db_path, kind, keep=keep, passphrase=passphrase)
    except (OSError,) + database_errors() as exc:
        raise backup_failure(db_path, exc) from exc


@dataclass(frozen=True)
class RestoreOutcome:
    database: Database
    checked: CheckedBackup
    saved: Path | None


class RestoreFailed(Exception):
    """A restore that failed, with the database opened again as it was (None if even that failed)."""

    def __init__(self, error: BaseException, reopened: Database | None, reopen_error: BaseException | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.reopened = reopened
        self.reopen_error = reopen_error


def _reopen(path: Path, actor: str, passphrase: Passphrase | None) -> tuple[Database | None, BaseException | None]:
    try:
        return Database.open_exclusively(path, create=False, actor=actor, passphrase=passphrase), None
    except Exception as exc:  # said to the user beside the restore's own failure
        return None, exc


def restore_closed_database(path: Path, backup: Path, actor: str, passphrase: Passphrase | None) -> RestoreOutcome:
    """Restore `backup` over the database at `path`, which this process has closed, and open it
    again. On failure the database is opened again as it was, and RestoreFailed says both."""
    lock = WriterLock(path)
    try:
        lock.acquire()  # another copy of the app may have taken it since the window let go
        try:
            checked, saved = restore_backup(path, backup, passphrase)
        finally:
            lock.release()
    except Exception as exc:
        raise RestoreFailed(exc, *_reopen(path, actor, passphrase)) from exc
    try:
        restored = Database.open_exclusively(path, create=False, actor=actor, passphrase=passphrase)
    except Exception as exc:
        # The backup passed its checks yet does not open (its upgrade failed): put back the database as it was.
        if saved is not None:
            try:
                copy_database(saved, path, passphrase)
            except Exception:  # said with the restore's own failure; the copy stays among the backups
                logging.getLogger(__name__).exception("The database as it was (%s) could not be put back", saved)
        raise RestoreFailed(exc, *_reopen(path, actor, passphrase)) from exc
    return RestoreOutcome(restored, checked, saved)


class WindowBackups(QObject):
    """The main window's backups: the schedule, Back up now, the Backups dialog, and restoring."""

    backed_up = Signal(object)  # the new backup's Path, whatever its kind
    restored = Signal(object)  # the CheckedBackup put back

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: BackupsDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_message = ""
        self.scheduled_task: Task | None = None
        self._retry_at: dt.datetime | None = None
        self._failure_shown = False
        self._restoring = False
        self._stopped = False
        self._idle_retry_pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.tick)
        # Stays in the status bar until a backup succeeds: a message alone is soon replaced.
        self.warning = QLabel(self.tr("⚠ Backup failed"))
        self.warning.setObjectName("backup_warning")
        self.warning.hide()
        window.statusBar().addPermanentWidget(self.warning)
        window.installEventFilter(self)

    @property
    def restoring(self) -> bool:
        return self._restoring

    # --- the schedule ---------------------------------------------------------------------
    def start_schedule(self) -> None:
        QTimer.singleShot(START_DELAY_MS, self, self.tick)
        self._timer.start()

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()  # nothing new starts while the window closes (it waits for what runs)
        return False

    def tick(self, now: dt.datetime | None = None) -> Task | None:
        """Take a scheduled backup if one is due; the check itself reads files, so it runs in the
        worker too. Nothing starts beside other work (it looks again soon after). Returns the
        task, or None when nothing was started."""
        if self._stopped or self._restoring or self.scheduled_task is not None:
            return None
        if self.window.tasks.busy:  # not beside an import, or a change of encryption that rewrites the file
            if not self._idle_retry_pending:
                self._idle_retry_pending = True
                QTimer.singleShot(IDLE_RETRY_MS, self, self._retry_when_idle)
            return None
        schedule = load_schedule()
        database = self.window.database
        if database.path is None:  # a team database: backed up on the server's side, or by hand (pg_dump)
            return None
        if not schedule.automatic or database.is_locked or database.read_only:  # (read-only: nothing new to keep)
            return None
        now = now or dt.datetime.now()
        if self._retry_at is not None and now < self._retry_at:
            return None
        path, passphrase = database.path, database.passphrase

        def work(_task: Task) -> Path | None:
            if not backup_due(path, schedule.every, now):
                return None
            return _take(path, SCHEDULED, schedule.keep, passphrase)

        self.scheduled_task = self.window.tasks.run(
            work, on_success=self._scheduled_done, on_failure=lambda exc: self._scheduled_failed(exc, now))
        return self.scheduled_task

    def _retry_when_idle(self) -> None:
        self._idle_retry_pending = False
        self.tick()

    def _scheduled_done(self, taken: Path | None) -> None:
        self.scheduled_task = None
        if taken is not None:
            self._succeeded(taken, fill(self.tr("Backed up automatically to %1."), taken.name))

    def _scheduled_failed(self, exc: BaseException, now: dt.datetime) -> None:
        self.scheduled_task = None
        self._retry_at = now + RETRY_AFTER
        self.warning.setToolTip(str(exc))
        self.warning.show()
        self.window.statusBar().showMessage(str(exc), 30_000)
        self.last_message = str(exc)
        if not self._failure_shown:  # once: the warning in the status bar stays until a backup succeeds
            self._failure_shown = True
            self.window.show_error(exc)

    def _succeeded(self, taken: Path, message: str) -> None:
        self._retry_at = None
        self._failure_shown = False
        self.warning.hide()
        self.window.statusBar().showMessage(message, 15_000)
        self.last_message = message
        self.backed_up.emit(taken)

    # --- by hand --------------------------------------------------------------------------
    def back_up_now(self) -> Task | None:
        if self._restoring:
            return None
        database = self.window.database
        if database.address is not None:
            return self.back_up_team_database()
        if database.is_locked:
            self.window.show_error(DatabaseLockedError(fill(
                self.tr("%1 is locked: unlock it with its passphrase, then back it up."), database.file_path.name)))
            return None
        path, passphrase = database.file_path, database.passphrase
        self.window.statusBar().showMessage(fill(self.tr("Backing up %1…"), path.name))
        return self.window.tasks.run(
            lambda _task: _take(path, MANUAL, None, passphrase),
            on_success=lambda taken: self._succeeded(taken, fill(self.tr("Backed up %1 to %2 (in %3)."), path.name,
                                                                 taken.name, taken.parent)),
            on_failure=self._manual_failed)

    def back_up_team_database(self, out: Path | None = None) -> Task | None:
        """A team database: pg_dump into a file the user chooses (storage.server_backups)."""
        address = self.window.database.address
        assert address is not None, "a team database has a server's address"
        if out is None:
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the team database to"),
                                                  f"{address.database}{DUMP_SUFFIX}", self.tr("pg_dump backups (*.dump)"))
            if not name:
                return None
            out = Path(name)
        password = self.window.database.engine.url.password
        self.window.statusBar().showMessage(fill(self.tr("Backing up %1…"), address.name))

        def done(backup: ServerBackup) -> None:
            said = (self.tr("Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back). "
                            "Warning: %4.") if backup.warning else
                    self.tr("Backed up %1 to %2 (in %3; upr-tracker restore --db URL --from FILE brings it back)."))
            self._succeeded(backup.path, fill(said, address.name, backup.path.name, backup.path.parent, backup.warning))
            if backup.warning:
                QMessageBox.warning(self.window, self.tr("Backup incomplete"), backup.warning)

        return self.window.tasks.run(lambda _task: dump_server_database(address, out, password=password),
                                     on_success=done, on_failure=self._manual_failed,
                                     label=self.tr("Backing up the team database…"), progress_parent=self.window)

    def _manual_failed(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(str(exc), 30_000)
        self.last_message = str(exc)
        self.window.show_error(exc)

    def show_dialog(self, restoring: bool = False) -> BackupsDialog:
        """The Backups dialog; `restoring`: opened to choose a backup to restore."""
        from upr_tracker.gui.backups_dialog import BackupsDialog

        if self.window.database.path is None:
            QMessageBox.information(self.window, self.tr("Backups of a team database"),
                                    translate("Backups", TEAM_BACKUPS))
            return None  # type: ignore[return-value]
        if self.dialog is not None:
            self.backed_up.disconnect(self.dialog.refresh)
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = BackupsDialog(self, restoring, self.window)
        self.dialog.open()
        return self.dialog

    # --- restoring ------------------------------------------------------------------------
    def restore(self, backup: BackupInfo, parent: QWidget | None = None) -> bool:
        """Ask, then put `backup` in the place of the window's database and show it. The window
        holds the database open (and its writer lock): it lets go first, and opens it again after,
        restored or, on failure, as it was. Returns whether the restore was started."""
        database = self.window.database
        if self._restoring:
            return False
        if database.is_locked:
            self.window.show_error(DatabaseLockedError(fill(
                self.tr("%1 is locked: unlock it with its passphrase, then restore."), database.file_path.name)))
            return False
        folder = backup_folder(database.file_path)
        answer = QMessageBox.question(
            parent or self.window, self.tr("Restore from a backup"),
            fill(self.tr("Restore %1 from the backup of %2 (%3)?\n\nThis replaces the database as it is now. The "
                         "current state is backed up first (as “before a restore”, in %4), so you can go back to it."),
                 database.file_path.name, taken_text(backup), kind_text(backup.reason).lower(), folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._restoring = True
        self._freeze(True)
        self.window.statusBar().showMessage(fill(self.tr("Restoring %1 from the backup of %2…"),
                                                 database.file_path.name, taken_text(backup)))
        self._when_idle(lambda: self._start_restore(database, backup), time.monotonic() + RESTORE_WAIT_S)
        return True

    def _freeze(self, frozen: bool) -> None:
        """No new work while the database is replaced: the central widget, menus and toolbars wait."""
        window = self.window
        for widget in [window.centralWidget(), window.menuBar(), *window.findChildren(QToolBar)]:
            if widget is not None:
                widget.setEnabled(not frozen)
        if frozen:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def _when_idle(self, then: Any, give_up_at: float) -> None:
        """Run `then` once no task of the window runs (none may read the file being replaced)."""
        if not self.window.tasks.busy:
            then()
        elif time.monotonic() > give_up_at:
            self._restoring = False
            self._freeze(False)
            self.window.statusBar().clearMessage()
            self.window.show_error(UprTrackerError(self.tr(
                "The restore did not start: other work is still running (an import, an export or a report). "
                "Nothing was changed. Try again when it has finished.")))
        else:
            QTimer.singleShot(IDLE_POLL_MS, self, lambda: self._when_idle(then, give_up_at))

    def _start_restore(self, database: Database, backup: BackupInfo) -> None:
        path, actor, passphrase = database.file_path, database.actor, database.passphrase

        def work(_task: Task) -> RestoreOutcome:
            database.close()  # its connections and its writer lock
            return restore_closed_database(path, backup.path, actor, passphrase)

        self.window.tasks.run(work, writes=True, on_success=lambda outcome: self._restored(outcome, backup),
                              on_failure=self._restore_failed)

    def _restored(self, outcome: RestoreOutcome, backup: BackupInfo) -> None:
        self._restoring = False
        self._freeze(False)
        self.window._switch_database(outcome.database)
        checked = outcome.checked
        kept = (fill(self.tr("\n\nThe database as it was is kept in %1: restore that backup to go back to it."),
                     outcome.saved.name) if outcome.saved else "")
        message = fill(self.tr("Restored %1 from the backup of %2: %3, %4."), outcome.database.file_path.name,
                       taken_text(backup),
                       counted(self.tr("%n recommendation(s)", "", checked.recommendations),
                                      checked.recommendations),
                       counted(self.tr("%n note(s)", "", checked.notes), checked.notes))
        self.window.statusBar().showMessage(message, 15_000)
        self.last_message = message
        # Said in a box as well: the status bar is soon taken by the reload.
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Restored"), message + kept, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.message_box = box
        self.restored.emit(checked)

    def _restore_failed(self, exc: BaseException) -> None:
        self._restoring = False
        self._freeze(False)
        self.window.statusBar().clearMessage()
        if not isinstance(exc, RestoreFailed):
            self.window.show_error(exc)
            return
        if exc.reopened is not None:
            self.window._switch_database(exc.reopened)
            self.window.show_error(exc.error)
            return
        self.window.show_error(DatabaseOpenError(fill(
            self.tr("The restore failed: %1\n\n%2 could not be opened again either: %3\n\nOpen it with File ▸ Open "
                    "database…, or restore another backup."), exc.error, self.window.database.file_path.name,
            exc.reopen_error)))
