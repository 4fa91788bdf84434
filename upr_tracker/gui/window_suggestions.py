"""Suggestions in the window: the Suggestions page (Tools ▸ Suggestions, Ctrl+5), and Tools ▸ Suggest
categories and themes…, which computes the suggestions of the current review or of every review in
a background task (progress after a short delay, cancellable), then says how many it stored."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from upr_tracker.gui.suggestions_view import SuggestionsView
from upr_tracker.gui.tasks import Task
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.suggestions import (
    SuggestingReport,
    compute_suggestions,
    suggestion_reviews,
)
from upr_tracker.services.values import ReviewSummary

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowSuggestions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.view = SuggestionsView(lambda: window.database, window.tasks)
        self.page = window.pages.addTab(self.view, translate("WindowSuggestions", "Su&ggestions"))
        self.view.changed.connect(self._decided)
        self.view.recommendation_activated.connect(window._open_from_milestones)
        self.view.compute_requested.connect(self.ask_and_compute)
        self.view.pending_counted.connect(self._show_pending_count)
        window.panel.suggestions.changed.connect(lambda _id: self._reload_if_shown())
        self.last_task: Task | None = None
        self.last_report: SuggestingReport | None = None
        self._counted: object = None   # the database whose pending suggestions the tab counts

    def add_actions(self, menu: Any, after: QAction | None = None) -> None:
        """Tools ▸ Suggestions (the page) and Tools ▸ Suggest categories and themes…"""
        self.show_action = QAction(translate("WindowSuggestions", "&Suggestions"), self.window)
        self.show_action.setShortcut(QKeySequence("Ctrl+5"))
        self.show_action.triggered.connect(self.show)
        self.compute_action = QAction(translate("WindowSuggestions", "Suggest categories and &themes…"), self.window)
        self.compute_action.setToolTip(translate("WindowSuggestions", "Suggest action categories, UPR Info "
                                                 "issues and SDGs where recommendations lack them"))
        self.compute_action.triggered.connect(self.ask_and_compute)
        actions = menu.actions()
        following = actions[actions.index(after) + 1] if after in actions and \
            actions.index(after) + 1 < len(actions) else None
        menu.insertActions(following, [self.show_action, self.compute_action])

    def show(self, review_id: uuid.UUID | None = None) -> None:
        self.window.pages.setCurrentIndex(self.page)
        self.view.reload(review_id or self.window.scope.review_id)

    def _reload_if_shown(self) -> None:
        if self.window.pages.currentIndex() == self.page:
            self.view.reload()
        else:   # (the tab's count only: the list is read when the page is shown)
            self.count_pending()

    def database_loaded(self) -> None:
        """Count once per database opened: on a large one the count takes a second or two, and
        the window loads again after many edits; decisions and computing count again themselves."""
        if self._counted is not self.window.database:
            self._counted = self.window.database
            self.count_pending()

    def count_pending(self) -> None:
        database = self.window.database
        self.window.tasks.run(lambda _task: suggestion_reviews(database),
                              on_success=lambda reviews: self._show_pending_count(sum(r[3] for r in reviews)),
                              # (the count is a hint on the tab; the page itself shows what failed)
                              on_failure=lambda exc: log.warning("the pending suggestions could not be counted",
                                                                 exc_info=exc))

    def _show_pending_count(self, count: int) -> None:
        if not isValid(self.window.pages):
            return   # (the window closed while the count was read)
        self.window.pages.setTabText(self.page, fill(translate("WindowSuggestions", "Su&ggestions (%1)"), count)
                                     if count else translate("WindowSuggestions", "Su&ggestions"))

    def _decided(self) -> None:
        window = self.window
        window.recommendations.refresh_rows()
        window.panel.show_recommendation(window.current_recommendation_id())

    # --- computing ------------------------------------------------------------------------------
    def current_review(self) -> ReviewSummary | None:
        """The review the window is on: the Suggestions page's, else the sidebar's."""
        window = self.window
        review_id = self.view.current_review() if window.pages.currentIndex() == self.page else None
        review_id = review_id or window.scope.review_id
        return window.reviews.get(review_id) if review_id is not None else None

    def ask_and_compute(self) -> None:
        """For the current review or for all: asked when the window is on a review."""
        review = self.current_review()
        scope = self.ask_scope(review) if review is not None else "all"
        if scope == "review":
            self.compute(review)
        elif scope == "all":
            self.compute(None)

    def ask_scope(self, review: ReviewSummary) -> str | None:
        """"review", "all", or None (cancelled)."""
        question = translate("WindowSuggestions", "Suggest action categories, UPR Info issues and SDGs where "
                             "recommendations lack them: for %1, cycle %2, or for every review? Values set by a "
                             "person or a document are left alone.")
        box = QMessageBox(QMessageBox.Icon.Question, translate("WindowSuggestions", "Suggest categories and themes"),
                          fill(question, review.state_iso3, review.cycle), QMessageBox.StandardButton.Cancel,
                          self.window)
        this_review = box.addButton(translate("WindowSuggestions", "This review"), QMessageBox.ButtonRole.AcceptRole)
        every_review = box.addButton(translate("WindowSuggestions", "All reviews"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(this_review)
        box.exec()
        if box.clickedButton() is this_review:
            return "review"
        return "all" if box.clickedButton() is every_review else None

    def compute(self, review: ReviewSummary | None) -> Task:
        """Compute in a background task (writes are serialised); the window says what came of it."""
        window = self.window
        database = window.database
        state, cycle = (review.state_iso3, review.cycle) if review is not None else (None, None)
        if review is not None:
            label = fill(translate("WindowSuggestions", "Suggesting categories and themes (%1, cycle %2)…"),
                         state, cycle)
        else:
            label = translate("WindowSuggestions", "Suggesting categories and themes (all reviews)…")

        def work(task: Task) -> SuggestingReport:
            return compute_suggestions(database, state_iso3=state, cycle=cycle,
                                       progress=lambda done, total: task.report(done, total),
                                       cancelled=lambda: task.cancelled)

        task = window.tasks.run(work, writes=True, label=label, progress_parent=window,
                                on_success=self._computed, on_failure=lambda exc: self._failed(task, exc))
        self.last_task = task
        return task

    def _computed(self, report: SuggestingReport) -> None:
        self.last_report = report
        text = self.view.computed_text(report)
        self.window.statusBar().showMessage(text, 15_000)
        self.view.show_message(text)
        self._decided()
        self.view.reload()   # (and the tab's count)

    def _failed(self, task: Task, exc: BaseException) -> None:
        if task.cancelled:
            text = translate("WindowSuggestions", "Suggesting was cancelled: the suggestions stay as they were.")
            self.window.statusBar().showMessage(text, 10_000)
            self.view.show_message(text)
            return
        self.window.show_error(exc)
