"""Syncing from the window: File ▸ Sync now (the server asked for the first time, the sync in a
background task, the views read again), the status line, automatic syncs on a timer, failures said
quietly, and nothing to sync on a team server's own database."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from upr_tracker.gui import sync_actions
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.services import recommendations, reviews, team_server_sync
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress, database_target
from upr_tracker.sync import server_sync
from upr_tracker.sync.peers import remember_peer
from upr_tracker.sync.server_sync import SyncReport

pytestmark = pytest.mark.usefixtures("gui_settings")

UNREACHABLE = database_target("postgresql://someone@127.0.0.1:9/team")


class FakeSync:
    """Stands for the sync engine: each call "receives" a recommendation into the laptop's database
    and remembers the server as a peer, as the engine does."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, local: Database, server: Database, progress=None) -> SyncReport:
        self.calls += 1
        review = reviews.create_review(local, "Kazakhstan", 1, 7) if self.calls == 1 else None
        if review is not None:
            recommendations.add_recommendation(local, review, "Abolish the death penalty", label="97.3")
        with local.write() as session:
            remember_peer(session, "server-replica", f"team server {server.name}", kind="server", sent=True,
                          received=True, summary={"sent": 3, "received": 5, "conflicts": 1})
        return SyncReport(f"team server {server.name}", 3, 5, 1, dt.datetime.now(dt.UTC))


@pytest.fixture
def fake_sync(monkeypatch: pytest.MonkeyPatch) -> FakeSync:
    fake = FakeSync()
    monkeypatch.setattr(server_sync, "sync_with_server", fake)
    return fake


@pytest.fixture
def quick_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_actions, "FIRST_SYNC_DELAY_MS", 50)
    monkeypatch.setattr(sync_actions, "AUTO_SYNC_MS", 300)
    monkeypatch.setattr(sync_actions, "IDLE_RETRY_MS", 50)


def open_window(qtbot, database: Database, tasks) -> MainWindow:
    window = MainWindow(database, tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync.label.text() != "" and not tasks.busy, timeout=5000)
    return window


def laptop(db_path: Path, *, server: ServerAddress | None = None, automatic: bool = False) -> Database:
    database = Database.open_exclusively(db_path, actor="tester")
    if server is not None:
        team_server_sync.remember_server(database, server)
    team_server_sync.set_syncs_automatically(database, automatic)
    return database


def test_sync_now_asks_for_the_server_then_syncs_in_a_task(qtbot, db_path: Path, team_db: ServerAddress,
                                                            fake_sync: FakeSync, tasks) -> None:
    window = open_window(qtbot, laptop(db_path), tasks)
    assert window.sync.label.text() == "Not synced yet"
    assert window.sync.sync_action.shortcut().toString() == "Ctrl+Shift+S"
    asked: list[tuple] = []

    def ask(address, problem):
        asked.append((address, problem))
        return Database.open(team_db)

    window.sync.ask_server = ask
    with qtbot.waitSignal(window.sync.synced, timeout=10_000):
        window.sync.sync_action.trigger()
    assert asked == [(None, None)] and fake_sync.calls == 1
    assert window.sync.label.text() == f"Synced {dt.datetime.now():%H:%M}: 3 out, 5 in, 1 conflict"
    # The views read the received changes again.
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    assert team_server_sync.remembered_server(window.database) == team_db
    # The second time the server open is used again: nothing is asked.
    with qtbot.waitSignal(window.sync.synced, timeout=10_000):
        window.sync.sync_now()
    assert len(asked) == 1 and fake_sync.calls == 2


def test_a_remembered_server_is_synced_without_asking_and_shown_at_opening(
        qtbot, db_path: Path, team_db: ServerAddress, fake_sync: FakeSync, tasks) -> None:
    database = laptop(db_path, server=team_db)
    with Database.open(team_db) as server:
        fake_sync(database, server)   # an earlier sync (the command line's)
    window = open_window(qtbot, database, tasks)
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced "), timeout=5000)
    assert window.sync.label.text().endswith(": 3 out, 5 in, 1 conflict")
    window.sync.ask_server = lambda *_args: pytest.fail("asked for the server")
    with qtbot.waitSignal(window.sync.synced, timeout=10_000):
        window.sync.sync_now()
    assert fake_sync.calls == 2


def test_an_unreachable_server_is_said_quietly(qtbot, db_path: Path, fake_sync: FakeSync, tasks) -> None:
    window = open_window(qtbot, laptop(db_path, server=UNREACHABLE), tasks)
    with qtbot.waitSignal(window.sync.failed, timeout=10_000):
        window.sync.sync_now()
    assert window.sync.label.text() == f"Sync failed {dt.datetime.now():%H:%M}: server unreachable"
    assert "cannot be reached" in window.sync.label.toolTip()
    assert QApplication.activeModalWidget() is None   # no dialog
    assert fake_sync.calls == 0


def test_automatic_sync_after_opening_and_on_the_timer(qtbot, db_path: Path, team_db: ServerAddress,
                                                         fake_sync: FakeSync, quick_timers: None, tasks) -> None:
    window = open_window(qtbot, laptop(db_path, server=team_db, automatic=True), tasks)
    assert window.sync.automatic_action.isChecked()
    qtbot.waitUntil(lambda: fake_sync.calls >= 2, timeout=10_000)   # once after opening, then the timer
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Synced "), timeout=5000)
    # Unticked: no more syncs, and the choice is kept in the database.
    window.sync.automatic_action.setChecked(False)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    calls = fake_sync.calls
    qtbot.wait(700)
    assert fake_sync.calls == calls
    assert team_server_sync.syncs_automatically(window.database) is False


def test_an_automatic_sync_that_fails_says_so_in_the_status_line_alone(
        qtbot, db_path: Path, fake_sync: FakeSync, quick_timers: None, tasks) -> None:
    window = open_window(qtbot, laptop(db_path, server=UNREACHABLE, automatic=True), tasks)
    shown: list[BaseException] = []
    window.show_error = shown.append   # type: ignore[method-assign]
    qtbot.waitUntil(lambda: window.sync.label.text().startswith("Sync failed"), timeout=10_000)
    assert window.sync.label.text().endswith("server unreachable")
    assert shown == [] and QApplication.activeModalWidget() is None


def test_automatic_syncs_wait_for_other_work(qtbot, db_path: Path, team_db: ServerAddress, fake_sync: FakeSync,
                                            tasks) -> None:
    window = open_window(qtbot, laptop(db_path, server=team_db, automatic=True), tasks)
    qtbot.waitUntil(lambda: window.sync.automatic, timeout=5000)
    release = threading.Event()
    tasks.run(lambda _task: release.wait(5), label="an import")
    assert window.sync.sync_automatically() is None
    assert fake_sync.calls == 0
    release.set()


def test_nothing_to_sync_on_a_team_servers_own_database(qtbot, team_db: ServerAddress, tasks) -> None:
    window = open_window(qtbot, Database.open(team_db), tasks)
    assert not window.sync.sync_action.isEnabled() and not window.sync.automatic_action.isEnabled()
    assert "team server's own" in window.sync.sync_action.toolTip()
    assert not window.sync.label.isVisible()
    assert window.sync.sync_now() is None


def test_a_server_that_asks_for_a_password_is_opened_through_the_dialog(
        qtbot, db_path: Path, role, team_db: ServerAddress, no_password_around: None, fake_sync: FakeSync,
        tasks) -> None:
    address = role.address(team_db)
    window = open_window(qtbot, laptop(db_path, server=address), tasks)
    asked: list[tuple] = []

    def ask(given, problem):
        asked.append((given, problem))
        return Database.open(address, password=role.password)   # as the dialog opens it, the password typed

    window.sync.ask_server = ask
    with qtbot.waitSignal(window.sync.synced, timeout=10_000):
        window.sync.sync_now()
    assert [given for given, _problem in asked] == [address]
    assert "asks for a password" in asked[0][1]
    assert fake_sync.calls == 1
    assert role.password not in window.sync.label.text() + window.sync.label.toolTip()


def test_sync_now_with_the_sync_engine_brings_the_teams_changes(qtbot, db_path: Path, team_db: ServerAddress,
                                                                 tasks) -> None:
    from upr_tracker.services import notes

    database = laptop(db_path, server=team_db)
    review = reviews.create_review(database, "Kazakhstan", 1, 7)
    rec = recommendations.add_recommendation(database, review, "Abolish the death penalty", label="97.3")
    window = open_window(qtbot, database, tasks)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync.sync_now()
    assert synced.args[0].sent > 0 and synced.args[0].conflicts == 0
    with Database.open(team_db) as server:   # a colleague, on the team server, writes a note about it
        assert [n.body for n in notes.list_notes(server)] == []
        notes.add_note(server, "The law was adopted in March", recommendation_id=rec)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=5000)
    assert window.panel.detail.notes == ()
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync.sync_now()
    assert synced.args[0].received >= 1
    # The panel reads the recommendation again: the colleague's note is there.
    qtbot.waitUntil(lambda: [n.body for n in window.panel.detail.notes] == ["The law was adopted in March"],
                    timeout=5000)
    assert window.sync.label.text().startswith(f"Synced {dt.datetime.now():%H:%M}: ")
    assert window.sync.label.text().endswith(", 0 conflicts")


def test_a_cancelled_sync_is_said_as_such(qtbot, db_path: Path, team_db: ServerAddress, tasks,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def cancelled_midway(local: Database, server: Database, progress) -> SyncReport:
        progress.report(10, 100, "Looking for changes")
        progress.cancel()   # as the progress window's Cancel does
        progress.check_cancelled()
        raise AssertionError("not cancelled")

    monkeypatch.setattr(server_sync, "sync_with_server", cancelled_midway)
    window = open_window(qtbot, laptop(db_path, server=team_db), tasks)
    with qtbot.waitSignal(window.sync.failed, timeout=10_000):
        window.sync.sync_now()
    assert window.sync.label.text() == f"Sync cancelled {dt.datetime.now():%H:%M}"
    assert window.sync.task is None and window.sync.last_error is None
