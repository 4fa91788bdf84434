"""Backups from the window: the schedule, Back up now, the Backups dialog, restoring, failures."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from tests.test_gui_main_window import labels_shown, open_window
from upr_tracker.errors import DatabaseInUseError
from upr_tracker.gui import backup_actions
from upr_tracker.gui.backup_actions import (
    AUTOMATIC_KEY,
    CHECK_EVERY_MS,
    KEEP_KEY,
    BackupSchedule,
    backup_failure,
    load_schedule,
)
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.services import recommendations, reviews
from upr_tracker.storage import backups as storage_backups
from upr_tracker.storage.backup_restore import MANUAL, SCHEDULED, check_backup, list_backups, take_backup
from upr_tracker.storage.backups import backup_database, backup_folder
from upr_tracker.storage.database import Database
from upr_tracker.storage.writer_lock import WriterLock

pytestmark = [pytest.mark.usefixtures("gui_settings"), pytest.mark.sqlite_only("backups of the database file")]


@pytest.fixture(autouse=True)
def no_check_at_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests call the schedule's tick themselves: the window's own first check (after some
    seconds), or a check again once the window is idle, would otherwise add a backup in the middle
    of a slow test."""
    monkeypatch.setattr(backup_actions, "START_DELAY_MS", 3_600_000)
    monkeypatch.setattr(backup_actions, "IDLE_RETRY_MS", 3_600_000)


def fill(database: Database) -> None:
    review = reviews.create_review(database, "Kazakhstan", 1, 7)
    recommendations.add_recommendation(database, review, "Abolish the death penalty", label="97.1")
    recommendations.add_recommendation(database, review, "Ratify the Convention against Torture", label="97.2")


def add(database: Database, text: str, label: str) -> None:
    recommendations.add_recommendation(database, reviews.list_reviews(database)[0].id, text, label=label)


@pytest.fixture
def filled(db: Database) -> Database:
    fill(db)
    return db


@pytest.fixture
def held(db_path: Path) -> Iterator[Database]:
    """A database opened as the application opens it: with its writer lock."""
    database = Database.open_exclusively(db_path, actor="tester")
    fill(database)
    yield database
    database.close()


def backdate(db_path: Path, hours: float = 1) -> None:
    """As if the database had last been written `hours` ago."""
    past = time.time() - hours * 3600
    for path in (db_path, Path(f"{db_path}-wal")):
        if path.exists():
            os.utime(path, (past, past))


def tick(qtbot, window: MainWindow, now: dt.datetime | None = None) -> None:
    """One check of the schedule, once the window is idle (it starts none beside other work), to its end."""
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    task = window.backups.tick(now)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=10_000)


def later(hours: float) -> dt.datetime:
    return dt.datetime.now() + dt.timedelta(hours=hours)


def of_kind(db_path: Path, kind: str) -> list[Path]:
    return [b.path for b in list_backups(db_path) if b.reason == kind]


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == menu_title]
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_the_schedule_backs_up_when_due_and_only_after_a_change(qtbot, filled: Database) -> None:
    backdate(filled.path)
    window = open_window(qtbot, filled)
    other_work = window.tasks.run(lambda _task: time.sleep(0.3))
    assert window.backups.tick() is None  # not beside other work
    qtbot.waitUntil(lambda: other_work.done, timeout=5000)
    assert list_backups(filled.path) == []
    tick(qtbot, window)  # no backup yet: due at once
    [first] = of_kind(filled.path, SCHEDULED)
    assert window.statusBar().currentMessage() == f"Backed up automatically to {first.name}."

    tick(qtbot, window, later(25))  # a day later, nothing changed
    assert of_kind(filled.path, SCHEDULED) == [first]

    add(filled, "Adopt a law on domestic violence", "97.3")
    tick(qtbot, window)  # changed, but the last backup is not a day old
    assert of_kind(filled.path, SCHEDULED) == [first]

    tick(qtbot, window, later(25))
    kept = of_kind(filled.path, SCHEDULED)
    assert len(kept) == 2 and kept[1] == first
    assert check_backup(kept[0]).recommendations == 3


def test_opening_the_database_is_no_change_to_back_up(qtbot, db_path: Path) -> None:
    with Database.open(db_path) as database:
        fill(database)
    backdate(db_path)
    taken = take_backup(db_path, SCHEDULED)
    database = Database.open_exclusively(db_path)  # SQLite starts an empty write-ahead log
    try:
        window = open_window(qtbot, database)
        tick(qtbot, window, later(25))
        assert of_kind(db_path, SCHEDULED) == [taken]
        add(database, "Adopt a law on domestic violence", "97.3")
        tick(qtbot, window, later(25))
        assert len(of_kind(db_path, SCHEDULED)) == 2
        window.close()
    finally:
        database.close()


def test_the_schedule_starts_with_the_window_and_follows_the_settings(qtbot, filled: Database,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_actions, "START_DELAY_MS", 0)  # while the window still reads: looks again when idle
    monkeypatch.setattr(backup_actions, "IDLE_RETRY_MS", 100)
    QSettings().setValue(AUTOMATIC_KEY, False)
    window = open_window(qtbot, filled)
    assert window.backups._timer.isActive() and window.backups._timer.interval() == CHECK_EVERY_MS
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert window.backups.tick() is None
    qtbot.wait(200)
    assert list_backups(filled.path) == []
    window.close()

    QSettings().setValue(AUTOMATIC_KEY, True)
    open_window(qtbot, filled)
    qtbot.waitUntil(lambda: len(of_kind(filled.path, SCHEDULED)) == 1, timeout=10_000)


def test_only_the_last_n_scheduled_backups_are_kept(qtbot, filled: Database) -> None:
    QSettings().setValue(KEEP_KEY, 2)
    manual = take_backup(filled.path, MANUAL)
    window = open_window(qtbot, filled)
    for number in range(4):
        add(filled, f"Recommendation {number}", f"98.{number}")
        tick(qtbot, window, later(25))
    kept = of_kind(filled.path, SCHEDULED)
    assert len(kept) == 2
    assert [check_backup(path).recommendations for path in kept] == [6, 5]  # the newest two
    assert manual.exists()


def test_back_up_now_makes_one_and_says_its_name(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    with qtbot.waitSignal(window.backups.backed_up, timeout=10_000) as signal:
        menu_action(window, "&File", "&Back up now").trigger()
    [taken] = of_kind(filled.path, MANUAL)
    assert signal.args == [taken]
    assert taken.name in window.statusBar().currentMessage()
    assert check_backup(taken).recommendations == 2


def test_the_backups_dialog_lists_them_and_changes_the_schedule(qtbot, filled: Database) -> None:
    take_backup(filled.path, MANUAL)
    take_backup(filled.path, SCHEDULED)
    backup_database(filled.path, "before-upgrade-to-0007")
    window = open_window(qtbot, filled)
    menu_action(window, "&Tools", "&Backups…").trigger()
    dialog = window.backups.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.listed is not None, timeout=5000)
    table = dialog.table
    rows = [[table.topLevelItem(r).text(c) for c in range(3)] for r in range(table.topLevelItemCount())]
    assert [row[1] for row in rows] == ["Before an upgrade", "Scheduled", "Manual"]  # newest first
    assert all(row[0].startswith(str(dt.date.today().year)) and row[2].endswith(("kB", "MB")) for row in rows)
    assert str(backup_folder(filled.path)) in dialog.folder_label.text()
    assert not dialog.empty_label.isVisible()

    dialog.every.setValue(12)
    dialog.keep.setValue(3)
    assert load_schedule() == BackupSchedule(automatic=True, every_hours=12, keep=3)
    dialog.automatic.setChecked(False)
    assert not load_schedule().automatic and not dialog.every.isEnabled()

    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.listed is not None and len(dialog.listed) == 4, timeout=10_000)
    assert table.topLevelItem(0).text(1) == "Manual"


def test_restore_from_the_window_brings_the_old_content_back(qtbot, held: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_yes(monkeypatch)
    path = held.path
    window = open_window(qtbot, held)
    old = take_backup(path, MANUAL)
    add(window.database, "Ratify the Optional Protocol", "97.3")
    window.load()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 3, timeout=5000)

    menu_action(window, "&File", "Res&tore from a backup…").trigger()
    dialog = window.backups.dialog
    qtbot.waitUntil(lambda: dialog.listed is not None, timeout=5000)
    assert dialog.selected() is not None and dialog.selected().path == old  # the newest, ready to restore
    with qtbot.waitSignal(window.backups.restored, timeout=20_000):
        dialog.restore_button.click()
    assert not dialog.isVisible()
    assert "replaces the database as it is now" in asked[0] and "backed up first" in asked[0]

    assert window.database is not held and window.database.path == path
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 2, timeout=5000)
    assert sorted(labels_shown(window)) == ["97.1", "97.2"]
    [before] = of_kind(path, "before-restore")
    assert check_backup(before).recommendations == 3  # the state it replaced, kept
    assert before.name in window.backups.message_box.text()
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled()
    with pytest.raises(DatabaseInUseError):  # the window holds the restored database as it held the old one
        WriterLock(path).acquire()
    add(window.database, "Adopt a national action plan", "97.4")  # and writes to it
    window.close()
    window.database.close()


def test_a_failed_restore_reopens_the_database_as_it_was(qtbot, held: Database,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    answer_yes(monkeypatch)
    path = held.path
    window = open_window(qtbot, held)
    damaged = take_backup(path, MANUAL)
    data = bytearray(damaged.read_bytes())
    for offset in range(4096, len(data), 97):  # scribble over every page but the header
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    add(window.database, "Ratify the Optional Protocol", "97.3")
    [info] = list_backups(path)

    assert window.backups.restore(info)
    qtbot.waitUntil(lambda: window.database is not held, timeout=20_000)
    box = window.last_error_box
    assert "nothing was restored" in box.text() and damaged.name in box.text()
    assert box.icon() == QMessageBox.Icon.Warning and box.detailedText() == ""
    window.load()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 3, timeout=5000)
    assert window.menuBar().isEnabled() and not window.backups.restoring
    with pytest.raises(DatabaseInUseError):
        WriterLock(path).acquire()
    window.close()
    window.database.close()


def test_a_failed_backup_is_said_once_and_the_window_goes_on(qtbot, filled: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(_source: Path, target: Path, *_args: object) -> None:
        target.write_bytes(b"SQLite format 3\x00 cut short")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr(storage_backups, "copy_database", disk_full)
    window = open_window(qtbot, filled)
    tick(qtbot, window)
    box = window.last_error_box
    assert box.icon() == QMessageBox.Icon.Warning and box.detailedText() == ""  # said, not a traceback
    assert "disk is full" in box.text() and str(backup_folder(filled.path)) in box.text()
    assert "could not be backed up" in window.statusBar().currentMessage()
    assert window.backups.warning.isVisible()
    assert list_backups(filled.path) == []  # the copy cut short is not left to pass for a backup

    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert window.backups.tick() is None  # not tried again at every check
    tick(qtbot, window, later(2))
    assert window.last_error_box is box  # failing again is not said again in a box
    assert window.backups.warning.isVisible()

    monkeypatch.undo()
    tick(qtbot, window, later(4))
    assert len(of_kind(filled.path, SCHEDULED)) == 1
    assert not window.backups.warning.isVisible()
    window.load()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 2, timeout=5000)


def test_backup_failures_name_the_file_and_what_to_do(tmp_path: Path) -> None:
    db_path = tmp_path / "ngo.sqlite3"
    read_only = backup_failure(db_path, PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "x")))
    assert "cannot be written to" in str(read_only) and str(tmp_path / "x") in str(read_only)
    full = backup_failure(db_path, sqlite3.OperationalError("database or disk is full"))
    assert "disk is full" in str(full) and str(backup_folder(db_path)) in str(full)
    bug = ZeroDivisionError("a bug")
    assert backup_failure(db_path, bug) is bug  # shown as a bug, with its details
