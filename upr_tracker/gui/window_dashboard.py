"""The dashboard in the window: its page (shown first when a database opens), View ▸ Dashboard
(Ctrl+0), the review dates dialog from the sidebar's review entries, and what a click on the
dashboard opens (a recommendation in the table and panel, a review's recommendations, a milestone
in the milestones view).

"What changed" starts from the moment the user last looked: that moment is read when a database
opens, and the opening itself is remembered (when the window closes or opens another database) as
the next one."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from upr_tracker.gui.dashboard import DashboardView
from upr_tracker.gui.navigator_model import REVIEW, NodeKindRole, NodeValueRole, Scope
from upr_tracker.i18n.catalogs import translate
from upr_tracker.services.changes import mark_seen
from upr_tracker.storage.database import Database

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowDashboard:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view = DashboardView(lambda: window.database, window.tasks)
        self.page = window.pages.addTab(self.view, translate("WindowDashboard", "Dash&board"))
        self.view.recommendation_chosen.connect(self.open_recommendation)
        self.view.review_chosen.connect(self.open_review)
        self.view.milestone_chosen.connect(self.open_milestone)
        self.view.review_dates_requested.connect(self.edit_review_dates)
        self.action = QAction(translate("WindowDashboard", "&Dashboard"), window)
        self.action.setShortcut(QKeySequence("Ctrl+0"))
        self.action.triggered.connect(self.show)
        window.addAction(self.action)
        # The main window's View menu, as it is named in the window's language.
        view_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.text() in ("&View", translate("MainWindow", "&View"))), None)
        if isinstance(view_menu, QMenu):
            view_menu.insertAction(view_menu.actions()[0] if view_menu.actions() else None,  # type: ignore[arg-type]
                                   self.action)   # (None: at the end)
        window.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.sidebar.customContextMenuRequested.connect(self._sidebar_menu)
        self.database_opened()

    def show(self) -> None:
        self.window.pages.setCurrentIndex(self.page)
        self.view.reload()

    def database_opened(self, previous: Database | None = None) -> None:
        """Show the dashboard first, with the changes since the user last looked at this database
        (a database left behind remembers when it was opened)."""
        if previous is not None:
            self._remember_seen(previous)
        self.opened_at = dt.datetime.now(dt.timezone.utc)
        self.window.pages.setCurrentIndex(self.page)
        self.view.reload(since_last_seen=True, when_read=self.window.tasks.release_background_reads)

    def remember_seen(self) -> None:
        """At closing: the next opening shows what changed since this one began. Written only now,
        so that opening a database changes nothing in it (nor calls for a backup)."""
        self._remember_seen(self.window.database)

    def _remember_seen(self, database: Database) -> None:
        try:
            mark_seen(database, self.opened_at)
        except Exception:  # read-only, locked or gone: the mark is only a convenience
            log.info("could not remember when the dashboard was looked at", exc_info=True)

    # --- opening what an item names ---------------------------------------------------------------
    def open_recommendation(self, recommendation_id: uuid.UUID) -> None:
        """Select it in the table and the panel; the filters that hide it are cleared first."""
        window = self.window
        window.pages.setCurrentIndex(0)
        if window.recommendations.row_of(recommendation_id) >= 0:
            window.show_recommendation(recommendation_id)
            return
        window.table.selectionModel().clear()     # else the row selected now would be kept instead
        window._remembered = recommendation_id    # selected once the rows without filters are read
        window.panel.show_recommendation(recommendation_id)
        window.clear_filters()

    def open_review(self, review_id: uuid.UUID) -> None:
        window = self.window
        window.pages.setCurrentIndex(0)
        index = window.navigator.index_of_scope(Scope(review_id=review_id))
        if index.isValid():
            window.sidebar.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            window.sidebar.scrollTo(index)

    def open_milestone(self, milestone_id: uuid.UUID) -> None:
        window = self.window
        window.pages.setCurrentIndex(window.milestones_page)
        view = window.milestones_view
        if view.model.row_of(milestone_id) >= 0:
            view.select_milestone(milestone_id)
            return
        # Not read yet, or hidden by its filters: selected once the view has read the milestones again.
        view._pending_selection = milestone_id
        view.reload()

    # --- review dates -----------------------------------------------------------------------------
    def _sidebar_menu(self, position: QPoint) -> None:
        index = self.window.sidebar.indexAt(position)
        if not index.isValid() or index.data(NodeKindRole) != REVIEW:
            return
        review_id = index.data(NodeValueRole)
        menu = QMenu(self.window)
        menu.addAction(translate("WindowDashboard", "Review &dates…"), lambda: self.edit_review_dates(review_id))
        menu.popup(self.window.sidebar.viewport().mapToGlobal(position))
        self.last_menu = menu

    def edit_review_dates(self, review_id: uuid.UUID) -> None:
        from upr_tracker.gui.review_dates_dialog import ReviewDatesDialog

        try:
            dialog = ReviewDatesDialog(self.window.database, self.window.tasks, review_id, self.window)
        except Exception as exc:  # the review is gone (deleted meanwhile): say so
            self.window.show_error(exc)
            return
        dialog.saved.connect(lambda _dates: self.view.reload())
        self.last_dialog = dialog
        dialog.open()
