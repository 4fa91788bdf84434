"""Opening a database for the window: the passphrase of an encrypted one is asked (again after a
wrong one), and a file that cannot be opened (damaged, not ours, from a newer version) brings an
offer to restore its newest sound backup instead of a dead end. A database where nothing can be
written (read-only media) is opened read-only, and the window says so."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QEventLoop, QLocale, QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from upr_tracker.errors import DatabaseOpenError
from upr_tracker.gui.passphrase_dialog import WRONG_PASSPHRASE, ask_passphrase
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.passphrase_forms import open_with_text
from upr_tracker.storage.backup_restore import CheckedBackup, list_backups, newest_sound_backup, restore_backup
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, PassphraseRequiredError, WrongPassphraseError
from upr_tracker.storage.encryption_change import finish_interrupted_change
from upr_tracker.storage.read_only import FOLDER_READ_ONLY, read_only_access
from upr_tracker.storage.writer_lock import WriterLock


class DatabaseOpening(QObject):
    """The counted phrases of opening a database, in this module's translation context (lupdate
    records the plural forms of a message from tr() alone)."""

    @staticmethod
    def recommendations(count: int) -> str:
        return counted(DatabaseOpening.tr("%n recommendation(s)", "", count), count)  # type: ignore[arg-type]

    @staticmethod
    def notes(count: int) -> str:
        return counted(DatabaseOpening.tr("%n note(s)", "", count), count)  # type: ignore[arg-type]

    @staticmethod
    def restore_offered(backups: int) -> str:
        return counted(DatabaseOpening.tr(
            "%1\n\nIt has %n backup(s), the newest from %2. Restore the newest one that is sound? The file as it "  # type: ignore[arg-type]
            "is now is kept in the backup folder.", "", backups), backups)  # type: ignore[arg-type]


def wait_for(work: Callable[[Task], Any], label: str, parent: QWidget | None = None) -> Any:
    """Run `work` off the GUI thread (with a progress dialog if it takes a while) and wait for it
    in an event loop: for what must be done before the window can go on (opening its database)."""
    runner = TaskRunner()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner.run(work, label=label, on_success=lambda v: done("result", v),
               on_failure=lambda e: done("error", e), progress_parent=parent or QWidget())
    if not outcome:  # (a task that failed at once has already answered)
        loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def open_database_asking(parent: QWidget | None, path: Path, *, actor: str, create: bool = True) -> Database | None:
    """The database at `path`, opened for this copy of the app alone; None if the user gave up.
    An encryption change a kill interrupted is finished first, and the user told."""
    finished = wait_for(lambda _task: finish_interrupted_change(path),
                        fill(translate("DatabaseOpening", "Checking %1…"), path.name), parent)
    if finished is not None:
        QMessageBox.information(parent, translate("DatabaseOpening", "Encryption change finished"), finished.message(path))
    typed: str | None = None  # the passphrase as typed (None: try without one)

    def keyed(work: Callable[[Passphrase | None], Any]) -> Callable[[Task], Any]:
        return lambda _task: work(None) if typed is None else open_with_text(typed, work)

    while True:
        try:
            database = wait_for(keyed(lambda passphrase: open_for_the_window(
                path, create=create, actor=actor, passphrase=passphrase)),
                                fill(translate("DatabaseOpening", "Opening %1…"), path.name), parent)
            if database.read_only:
                tell_opened_read_only(parent, database)
            return database
        except (PassphraseRequiredError, WrongPassphraseError) as exc:
            typed = ask_passphrase(parent, path, WRONG_PASSPHRASE if isinstance(exc, WrongPassphraseError)
                                   and typed is not None else None)
            if typed is None:
                return None
        except DatabaseOpenError as exc:
            if not list_backups(path) or not offers_restore(parent, path, exc):
                raise
            try:
                restored = wait_for(keyed(lambda passphrase: restore_newest(path, passphrase)),
                                    fill(translate("DatabaseOpening", "Restoring %1 from its newest sound backup…"),
                                         path.name), parent)
            except (PassphraseRequiredError, WrongPassphraseError):
                typed = ask_passphrase(parent, path, None)  # the backups are encrypted: asked, then again
                if typed is None:
                    return None
                continue
            QMessageBox.information(parent, translate("DatabaseOpening", "Database restored"), fill(
                translate("DatabaseOpening", "%1 was restored from %2 (%3, %4)."), path.name, restored.path.name,
                DatabaseOpening.recommendations(restored.recommendations), DatabaseOpening.notes(restored.notes)))


def open_for_the_window(path: Path, *, create: bool, actor: str, passphrase: Passphrase | None) -> Database:
    """For this copy of the app alone; read-only where nothing can be written (no writer lock is
    needed then: no copy can change the file there)."""
    path = Path(path).expanduser().resolve()
    if path.is_file() and path.stat().st_size > 0 and read_only_access(path, passphrase).reason is not None:
        return Database.open_read_only(path, actor=actor, passphrase=passphrase)
    try:
        return Database.open_exclusively(path, create=create, actor=actor, passphrase=passphrase)
    except OSError as exc:  # the lock file beside it cannot be made, whatever the permissions said
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        if not path.is_file():
            raise DatabaseOpenError(fill(translate("DatabaseOpening", "no database can be made at %1: %2"),
                                         path, FOLDER_READ_ONLY)) from exc
        return Database.open_read_only(path, actor=actor, passphrase=passphrase)


def read_only_message(database: Database) -> str:
    why = database.read_only_reason or translate("DatabaseOpening", "it was opened to be read")
    return fill(translate("DatabaseOpening", "%1 is opened read-only (%2): nothing can be changed in it."),
                database.name, why)


def tell_opened_read_only(parent: QWidget | None, database: Database) -> None:
    QMessageBox.information(parent, translate("DatabaseOpening", "Opened read-only"), fill(
        translate("DatabaseOpening", "%1\n\nYou can read, search, export and write reports. To change it, copy it "
                  "to a folder that can be written and open the copy."), read_only_message(database)))


def show_read_only(window: QMainWindow, database: Database) -> None:
    """The title and the status bar of the window say that its database cannot be changed."""
    if not database.read_only:
        return
    window.setWindowTitle(fill(translate("DatabaseOpening", "%1 (read-only)"), window.windowTitle()))
    label = QLabel(read_only_message(database))
    label.setObjectName("read_only_label")
    window.statusBar().addPermanentWidget(label)


def read_only_label(window: QMainWindow) -> str:
    label = window.findChild(QLabel, "read_only_label")
    return label.text() if label is not None else ""


def offers_restore(parent: QWidget | None, path: Path, problem: DatabaseOpenError) -> bool:
    """Ask whether to restore the newest sound backup of the database that could not be opened."""
    backups = list_backups(path)
    taken = backups[0].taken_at
    # (the month's name in the window's language)
    newest = (QLocale().toString(QDateTime(taken.year, taken.month, taken.day, taken.hour, taken.minute),  # type: ignore[call-overload]
                                 "dd MMMM yyyy, HH:mm") if taken else backups[0].path.name)
    box = QMessageBox(QMessageBox.Icon.Warning, "UPR Tracker",
                      fill(translate("DatabaseOpening", "%1 could not be opened."), path.name), parent=parent)
    box.setInformativeText(fill(DatabaseOpening.restore_offered(len(backups)), problem, newest))
    restore = box.addButton(translate("DatabaseOpening", "Restore from backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def restore_newest(path: Path, passphrase: Passphrase | None) -> CheckedBackup:
    lock = WriterLock(path)
    lock.acquire()
    try:
        checked = newest_sound_backup(path, passphrase)
        restore_backup(path, checked.path, passphrase)
    finally:
        lock.release()
    return checked
