"""Others' changes shown without a restart: the window's table, panel and dashboard are read again
when another person (or another copy of the app) changes the database.

The waiting is done by a watcher of storage.change_notices in a thread of its own (LISTEN on a
server, polling on a file); its notices come to the GUI thread by a queued signal, and a burst of
them (an import's) is read again once. The table keeps its selection and scroll; the panel is read
again too, which leaves a note or an edit being typed as it is: saving it then meets the other
change and asks what to keep (gui.edit_conflict_dialog), and the panel says who changed what.
"""

from __future__ import annotations

import html
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from upr_tracker.i18n.catalogs import fill
from upr_tracker.storage.change_notices import ChangeNotice, watch_changes

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# How often a file (or a server without LISTEN) is asked whether it changed.
POLL_SECONDS = 3.0
RELOAD_LINK = "reload"
# Notices closer than this are read again together.
GATHER_MS = 300
# Tables whose rows the big table shows (a change elsewhere, in the vocabularies or settings, does not).
TABLE_TABLES = {"recommendation", "response", "assessment", "note", "milestone", "recommendation_link",
                "review", "recommending_state", "recommendation_term", "response_recommendation",
                "milestone_recommendation", "state", "term"}


class OthersChanges(QObject):
    """Watches the window's database; `refreshed(notice)` once the window shows the changes."""

    noticed = Signal(object)     # from the watcher's thread (queued to the GUI thread)
    refreshed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.poll_seconds = POLL_SECONDS
        self.watcher: Any = None   # a storage.change_notices watcher, once started
        self._pending: list[ChangeNotice] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._show_changes)
        self.noticed.connect(self._gather)
        window.panel.note_message.linkActivated.connect(self._discard_typed)

    def start(self) -> None:
        """Start watching the window's database (the watcher starts off the GUI thread)."""
        self.stop()
        database = self.window.database
        if database.read_only:
            return

        def start_watching(_task: object) -> object:
            return watch_changes(database, self.noticed.emit, interval=self.poll_seconds)

        def started(watcher: object) -> None:
            if self.window.database is database and not self.window._closed:
                self.watcher = watcher
            else:
                watcher.stop()  # type: ignore[attr-defined]  # the window moved on meanwhile

        self.window.tasks.run(start_watching, on_success=started,
                              on_failure=lambda exc: log.warning("others' changes will not be shown: %s", exc))

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self._pending.clear()

    def _discard_typed(self, link: str) -> None:
        """Reload offered while a note was being typed: the note editor is emptied, the panel read again."""
        if link != RELOAD_LINK:
            return
        panel = self.window.panel
        panel.clear_note_editor()
        panel.note_message.clear()
        if panel.detail is not None:
            panel.show_recommendation(panel.detail.row.id)

    def _gather(self, notice: ChangeNotice) -> None:
        self._pending.append(notice)
        self._timer.start()

    def merged(self) -> ChangeNotice:
        notices, self._pending = self._pending, []
        return ChangeNotice(frozenset().union(*(n.tables for n in notices)),
                            frozenset().union(*(n.rows_added_or_removed for n in notices)),
                            tuple(dict.fromkeys(a for n in notices for a in n.actors)))

    def _who(self, notice: ChangeNotice) -> str:
        return ", ".join(notice.actors) or self.tr("someone")

    def _show_changes(self) -> None:
        if not self._pending or self.window._closed:
            return
        notice = self.merged()
        window = self.window
        if notice.tables & TABLE_TABLES:
            if notice.rows_added_or_removed & {"recommendation", "review", "state"}:
                window.load()  # rows came or went: the sidebar's counts and the rows, selection kept
            else:
                window.recommendations.refresh_rows()  # the same rows, read again: selection and scroll stay
            panel = window.panel
            if panel.detail is not None:
                if panel.editing_note is not None or panel.note_editor.toPlainText().strip():
                    panel.note_message.setText(fill(
                        self.tr("Changed by %1 meanwhile: what you are typing is kept, and saving it will show both "
                                "versions. <a href='%2'>Reload</a> to discard yours."),
                        html.escape(self._who(notice)), RELOAD_LINK))
                panel.show_recommendation(panel.detail.row.id)
        if window.pages.currentIndex() == window.dashboard.page:
            window.dashboard.view.reload()
        window.statusBar().showMessage(fill(self.tr("Changes by %1 are shown."), self._who(notice)), 8000)
        self.refreshed.emit(notice)


