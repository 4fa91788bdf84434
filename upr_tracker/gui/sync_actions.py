"""Syncing with the team server from the window: File ▸ Sync now, File ▸ Sync automatically, and a
line in the status bar that says when the last sync was and what came in and went out.

The sync runs as a background write task (gui.tasks), never on the GUI thread. The first Sync now
asks for the server in the team database dialog, which opens it; the server stays open while the
window is (so a password typed once serves the automatic syncs too: it is never written anywhere).
The server's address and "sync automatically" are kept in the laptop's database
(services.team_server_sync), so they follow the database, not the person's window settings.
An automatic sync runs once soon after a database opens, then every AUTO_SYNC_MS, and only when no
other work runs; its failure shows in the status line alone (and the log), never in a dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QWidget

from upr_tracker.errors import (
    DatabaseOpenError,
    PasswordRequiredError,
    UprTrackerError,
    WrongPasswordError,
)
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.tasks import Task, TaskCancelled, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services import team_server_sync
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.sync.peers import list_peers
from upr_tracker.sync.server_sync import SyncReport

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow

log = logging.getLogger(__name__)

AUTO_SYNC_MS = 5 * 60_000
# The first automatic sync waits until the window has read what it shows.
FIRST_SYNC_DELAY_MS = 15_000
# An automatic sync that finds other work running looks again this soon.
IDLE_RETRY_MS = 2_000
# In English; shown through translate("SyncActions", NOT_ON_A_SERVER).
NOT_ON_A_SERVER = QT_TRANSLATE_NOOP("SyncActions", "The open database is the team server's own: it is what laptops "
                                    "sync with, so there is nothing to sync here.")


class SyncHost(Protocol):
    """What the sync needs of the window."""

    database: Database
    tasks: TaskRunner

    def statusBar(self) -> QStatusBar: ...


@dataclass(frozen=True)
class LastSync:
    at: dt.datetime
    sent: int
    received: int
    conflicts: int


def clock_text(moment: dt.datetime) -> str:
    """The time of day (24-hour clock) in the window's language's digits."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


class SyncActions(QObject):
    """The counted phrases of the sync, in this module's translation context (lupdate records the
    plural forms of a message from tr() alone)."""

    @staticmethod
    def synced(conflicts: int) -> str:
        return counted(SyncActions.tr("Synced %1: %2 out, %3 in, %n conflict(s)", "", conflicts), conflicts)  # type: ignore[arg-type]


def synced_text(last: LastSync | None) -> str:
    if last is None:
        return translate("SyncActions", "Not synced yet")
    return fill(SyncActions.synced(last.conflicts), clock_text(last.at.astimezone()), last.sent, last.received)


def failure_reason(exc: BaseException) -> str:
    """A failed sync in a few words, for the status line (the whole message is its tooltip)."""
    if isinstance(exc, PasswordRequiredError):
        return translate("SyncActions", "the server asks for a password (File ▸ Sync now)")
    if isinstance(exc, WrongPasswordError):
        return translate("SyncActions", "the server refused the password (File ▸ Sync now)")
    if isinstance(exc, DatabaseOpenError) and "cannot be reached" in str(exc):
        return translate("SyncActions", "server unreachable")
    if isinstance(exc, UprTrackerError):
        return str(exc)
    return fill(translate("SyncActions", "an unexpected error (%1; see the log)"), type(exc).__name__)


def last_server_sync(db: Database) -> LastSync | None:
    """The last exchange with a team server, as this database remembers it."""
    last: LastSync | None = None
    for peer in list_peers(db):
        moments = [m for m in (peer.last_sent_at, peer.last_received_at) if m is not None]
        if peer.kind != "server" or not moments:
            continue
        summary = peer.last_summary or {}
        candidate = LastSync(max(moments), int(summary.get("sent", 0)), int(summary.get("received", 0)),
                             int(summary.get("conflicts", 0)))
        if last is None or candidate.at > last.at:
            last = candidate
    return last


def refresh_views(window: MainWindow) -> None:
    """After a sync brought others' changes: every view reads its data again (the selection stays)."""
    window.load()
    window.recommendations.refresh_rows()
    if window.panel.detail is not None:
        window.panel.show_recommendation(window.panel.detail.row.id)
    window.problems_view.reload()
    window.milestones_view.reload()
    if window.pages.currentIndex() == window.dashboard.page:
        window.dashboard.view.reload()


@dataclass(frozen=True)
class _Outcome:
    report: SyncReport
    server: Database


class WindowSync(QObject):
    """File ▸ Sync now and Sync automatically, the automatic timer, and the status line."""

    synced = Signal(object)   # the SyncReport, once the views read the changes again
    failed = Signal(object)   # the exception, once the status line says it

    def __init__(self, host: SyncHost, parent: QWidget, *, refresh: Callable[[], None],
                 ask_server: Callable[[ServerAddress | None, str | None], Database | None] | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.parent_widget = parent
        self.refresh = refresh
        # The team database dialog by default; tests give their own.
        self.ask_server = ask_server or self._ask_server
        self.server: Database | None = None     # the team server, kept open once opened
        self.address: ServerAddress | None = None
        self.automatic = False
        self.task: Task | None = None
        self.last_error: BaseException | None = None
        self._stopped = False
        self._retry_pending = False
        self._generation = 0
        self.label = QLabel(synced_text(None))
        self.label.setObjectName("sync_status")
        self.label.setContentsMargins(12, 0, 0, 0)  # apart from the counts beside it
        host.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_SYNC_MS)
        self.timer.timeout.connect(self.sync_automatically)
        self.first_delay_ms = FIRST_SYNC_DELAY_MS
        self.sync_action = QAction(self.tr("S&ync now"), self)
        self.sync_action.setObjectName("sync_now")
        self.sync_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_action.triggered.connect(self.sync_now)
        self.automatic_action = QAction(self.tr("Sync &automatically"), self)
        self.automatic_action.setObjectName("sync_automatically")
        self.automatic_action.setCheckable(True)
        self.automatic_action.toggled.connect(self._automatic_chosen)
        parent.installEventFilter(self)

    def add_actions(self, menu: QMenu) -> None:
        menu.addAction(self.sync_action)
        menu.addAction(self.automatic_action)

    # --- the database the window shows --------------------------------------------------------
    def start(self) -> None:
        """For the window's database (at opening, and after it switched to another): what it
        remembers of its syncs, read in a task; the automatic syncs follow its setting."""
        self._generation += 1
        generation = self._generation
        self.timer.stop()
        self._forget_server()
        database = self.host.database
        on_a_server = database.address is not None
        for action in (self.sync_action, self.automatic_action):
            action.setEnabled(not on_a_server)
            action.setToolTip(translate("SyncActions", NOT_ON_A_SERVER) if on_a_server else "")
        self.label.setVisible(not on_a_server)
        self.automatic_action.blockSignals(True)
        self.automatic_action.setChecked(False)
        self.automatic_action.blockSignals(False)
        self.automatic = False
        self.address = None
        if on_a_server:
            return

        def read(_task: Task) -> tuple[ServerAddress | None, bool, LastSync | None]:
            return (team_server_sync.remembered_server(database), team_server_sync.syncs_automatically(database),
                    last_server_sync(database))

        self.host.tasks.run(read, on_success=lambda found: self._read(generation, *found),
                            on_failure=lambda exc: log.warning("the sync settings could not be read: %s", exc))

    def _read(self, generation: int, address: ServerAddress | None, automatic: bool, last: LastSync | None) -> None:
        if generation != self._generation or self._stopped:
            return
        self.address = address
        self.automatic = automatic
        self.automatic_action.blockSignals(True)
        self.automatic_action.setChecked(automatic)
        self.automatic_action.blockSignals(False)
        self.label.setText(synced_text(last))
        self.label.setToolTip(fill(self.tr("Team server: %1"), address.name) if address
                              else self.tr("File ▸ Sync now to choose the team server"))
        if automatic:
            self._start_automatic(first=True)

    def _start_automatic(self, *, first: bool) -> None:
        self.timer.start()
        if first:
            QTimer.singleShot(self.first_delay_ms, self, self.sync_automatically)

    def _automatic_chosen(self, on: bool) -> None:
        database = self.host.database
        self.automatic = on
        if on:
            self._start_automatic(first=self.address is not None)
        else:
            self.timer.stop()
        self.host.tasks.run(lambda _task: team_server_sync.set_syncs_automatically(database, on), writes=True,
                            on_failure=lambda exc: log.warning("the sync setting could not be saved: %s", exc))

    # --- syncing ------------------------------------------------------------------------------
    def sync_now(self) -> Task | None:
        """File ▸ Sync now: the first time (or after a refused password) through the team
        database dialog, which opens the server; then in a background task with its progress."""
        if self.task is not None or self.host.database.address is not None:
            return None
        if self.server is None and self.address is None:  # the first time: which server?
            server = self.ask_server(None, None)
            if server is None:
                return None  # the person cancelled
            self._keep_server(server)
        return self._run(manual=True)

    def sync_automatically(self) -> Task | None:
        """The timer's sync: only with a remembered server, when nothing else runs."""
        if self._stopped or not self.automatic or self.task is not None or self.address is None:
            return None
        database = self.host.database
        if database.address is not None or database.read_only or database.is_locked:
            return None
        if self.host.tasks.busy:  # not beside an import, a backup, a change of encryption
            if not self._retry_pending:
                self._retry_pending = True
                QTimer.singleShot(IDLE_RETRY_MS, self, self._retry_when_idle)
            return None
        return self._run(manual=False)

    def _retry_when_idle(self) -> None:
        self._retry_pending = False
        self.sync_automatically()

    def _run(self, *, manual: bool) -> Task:
        local, server, address = self.host.database, self.server, self.address
        generation = self._generation

        def work(task: Task) -> _Outcome:
            # (a remembered server not open yet: its password from ~/.pgpass or PGPASSWORD, else asked)
            opened = server or Database.open(address, create=False)  # type: ignore[arg-type]
            try:
                report = team_server_sync.sync_with(local, opened, progress=task)
            except BaseException:
                if opened is not server:
                    opened.close()
                raise
            return _Outcome(report, opened)

        where = (server.name if server is not None else address.name if address is not None
                 else self.tr("the team server"))
        syncing = fill(self.tr("Syncing with %1…"), where)
        self.label.setText(syncing)
        self.task = self.host.tasks.run(
            work, writes=True, label=syncing,
            progress_parent=self.parent_widget if manual else None,
            on_success=lambda outcome: self._done(generation, outcome),
            on_failure=lambda exc: self._failed(generation, exc, manual))
        return self.task

    def _done(self, generation: int, outcome: _Outcome) -> None:
        self.task = None
        if generation != self._generation or self._stopped:
            if outcome.server is not self.server:
                outcome.server.close()
            return
        self._keep_server(outcome.server)
        report = outcome.report
        self.last_error = None
        self.label.setText(synced_text(LastSync(report.at, report.sent, report.received, report.conflicts)))
        self.label.setToolTip(fill(self.tr("Team server: %1"), outcome.server.name))
        self.label.setStyleSheet("")
        if self.automatic and not self.timer.isActive():
            self.timer.start()
        if report.received or report.conflicts:
            self.refresh()
        self.synced.emit(report)

    def _failed(self, generation: int, exc: BaseException, manual: bool) -> None:
        self.task = None
        if generation != self._generation or self._stopped:
            return
        if isinstance(exc, TaskCancelled):  # the person's choice, not a failure: the next sync resumes it
            self.label.setText(fill(self.tr("Sync cancelled %1"), clock_text(dt.datetime.now())))
            self.label.setStyleSheet("")
            self.failed.emit(exc)
            return
        self.last_error = exc
        if isinstance(exc, UprTrackerError):
            log.warning("sync with the team server failed: %s", exc)
        else:
            log.error("sync with the team server failed", exc_info=exc)
        now = dt.datetime.now()
        self.label.setText(fill(self.tr("Sync failed %1: %2"), clock_text(now), failure_reason(exc)))
        self.label.setToolTip(str(exc))
        self.label.setStyleSheet("color: #a40000;")
        if manual:
            self.host.statusBar().showMessage(fill(self.tr("Sync failed: %1"), exc), 15_000)
        if isinstance(exc, (PasswordRequiredError, WrongPasswordError)):
            self._forget_server()
            if manual:  # asked for: the dialog says what the server wants, and syncs once it opens
                server = self.ask_server(self.address, str(exc))
                if server is not None:
                    self._keep_server(server)
                    self._run(manual=True)
        self.failed.emit(exc)

    def _ask_server(self, address: ServerAddress | None, problem: str | None) -> Database | None:
        from upr_tracker.gui.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(self.parent_widget, address=address, problem=problem)
        dialog.setWindowTitle(self.tr("Sync with the team server"))
        dialog.open_button.setText(self.tr("&Sync"))
        self.dialog = dialog
        dialog.exec()
        return dialog.database

    def _keep_server(self, server: Database) -> None:
        if self.server is not None and self.server is not server:
            self.server.close()
        self.server = server
        self.address = server.address

    def _forget_server(self) -> None:
        if self.server is not None:
            server, self.server = self.server, None
            server.close()

    # --- closing ------------------------------------------------------------------------------
    def stop(self) -> None:
        """Nothing new starts; the server is let go once the work running is over."""
        self._stopped = True
        self.timer.stop()
        self.host.tasks.wait_for_all()
        self._forget_server()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_widget and event.type() == QEvent.Type.Close:
            self.stop()
        return False

