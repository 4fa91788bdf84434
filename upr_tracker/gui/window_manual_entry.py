"""The window's entries by hand: Edit ▸ New review…, New recommendation… and Edit recommendation…
(also the panel's button and the table's menu). The dialogs open without blocking the window; a
new or changed recommendation is shown in the table and the panel at once, and Edit ▸ Undo takes
it back."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.recommendation_editor import RecommendationEditor
from upr_tracker.gui.review_dialog import ReviewDialog
from upr_tracker.i18n.catalogs import translate
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.reviews import list_reviews, review_summary
from upr_tracker.services.states import list_states
from upr_tracker.services.values import ReviewSummary
from upr_tracker.services.vocabularies import list_terms

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar, QTableView

    from upr_tracker.gui.navigator_model import Scope
    from upr_tracker.gui.recommendation_panel import RecommendationPanel
    from upr_tracker.gui.recommendation_table_model import RecommendationTableModel
    from upr_tracker.storage.database import Database

    _Base = QMainWindow
else:
    _Base = object


class WindowManualEntry(_Base):
    """Mixed into the main window (before QMainWindow): uses its database, undo stack, table, panel
    and sidebar scope."""

    if TYPE_CHECKING:
        manual_dialog: ReviewDialog | RecommendationEditor
        database: Database
        undo_stack: QUndoStack
        scope: Scope
        panel: RecommendationPanel
        recommendations: RecommendationTableModel
        table: QTableView

        def load(self) -> None: ...
        def show_error(self, exc: BaseException) -> None: ...
        def show_recommendation(self, recommendation_id: uuid.UUID) -> None: ...
        def current_recommendation_id(self) -> uuid.UUID | None: ...
        def statusBar(self) -> QStatusBar: ...

    def add_manual_entry_actions(self, menu: QMenu) -> None:
        self.new_review_action = self._manual_action(menu, translate("WindowManualEntry", "New re&view…"),
                                                     self.new_review)
        self.new_recommendation_action = self._manual_action(
            menu, translate("WindowManualEntry", "New &recommendation…"), self.new_recommendation, "Ctrl+Shift+N")
        self.edit_recommendation_action = self._manual_action(
            menu, translate("WindowManualEntry", "&Edit recommendation…"), self.edit_recommendation, "F2")

    def _manual_action(self, menu: QMenu, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- reviews ----------------------------------------------------------------------------------
    def new_review(self) -> ReviewDialog | None:
        try:
            states = list_states(self.database)
        except (UprTrackerError, OSError) as exc:
            self.show_error(exc)
            return None
        dialog = ReviewDialog(self.database, states, self)
        dialog.accepted.connect(lambda: self._review_added(dialog.created))
        self.manual_dialog = dialog
        dialog.open()
        return dialog

    def _review_added(self, review: ReviewSummary | None) -> None:
        if review is None:
            return
        from upr_tracker.gui.navigator_model import Scope

        self.scope = Scope(review_id=review.id)   # the new review chosen in the sidebar once refilled
        self.load()

    # --- recommendations --------------------------------------------------------------------------
    def new_recommendation(self) -> RecommendationEditor | None:
        try:
            reviews = list_reviews(self.database)
        except (UprTrackerError, OSError) as exc:
            self.show_error(exc)
            return None
        if not reviews:
            self.show_error(UprTrackerError(translate("WindowManualEntry",
                                                      "There is no review yet: add one first (Edit ▸ New review…).")))
            return None
        review_id = self.scope.review_id
        current = self.current_recommendation_id()
        if review_id is None and current is not None:
            row = self.recommendations.row_at(self.recommendations.row_of(current))
            review_id = row.review_id if row is not None else None
        return self._open_editor(reviews=reviews, review_id=review_id)

    def edit_recommendation(self) -> RecommendationEditor | None:
        # The one the panel shows (also one opened from another cycle's), else the table's.
        current = (self.panel.detail.row.id if self.panel.detail else None) or self.current_recommendation_id()
        if current is None:
            self.statusBar().showMessage(translate("WindowManualEntry", "Choose the recommendation to edit first."), 5000)
            return None
        try:
            before = editable_recommendation(self.database, current)
            review = review_summary(self.database, before.review_id)
        except (UprTrackerError, OSError) as exc:
            self.show_error(exc)
            return None
        return self._open_editor(before=before, reviews=[review], review_id=review.id)

    def _open_editor(self, **chosen: object) -> RecommendationEditor | None:
        try:
            states = [s.name for s in list_states(self.database)]
            themes = [t.name for t in list_terms(self.database, "themes")]
        except (UprTrackerError, OSError) as exc:
            self.show_error(exc)
            return None
        dialog = RecommendationEditor(lambda: self.database, self.undo_stack, self._recommendation_changed,
                                      states=states, themes=themes, parent=self, **chosen)  # type: ignore[arg-type]
        dialog.accepted.connect(lambda: self._recommendation_saved(dialog))
        self.manual_dialog = dialog
        dialog.open()
        return dialog

    def _recommendation_saved(self, dialog: RecommendationEditor) -> None:
        if dialog.done_id is None:
            return
        if dialog.notice:   # said in a box: the status bar's messages give way to the table's loading
            box = QMessageBox(QMessageBox.Icon.Information, translate("WindowManualEntry", "Position recorded"),
                              dialog.notice,
                              QMessageBox.StandardButton.Ok, self)
            self.manual_notice = box
            box.open()
        self.show_recommendation(dialog.done_id)

    def _recommendation_changed(self, recommendation_id: uuid.UUID | None) -> None:
        """After the change, its undo and its redo: the table, the sidebar's counts and the panel."""
        if recommendation_id is not None:
            self._select_when_shown(recommendation_id)
        self.recommendations.refresh_rows()
        self.load()
        self.panel.show_recommendation(self.current_recommendation_id() or recommendation_id)

    def _select_when_shown(self, recommendation_id: uuid.UUID) -> None:
        """Choose the recommendation in the table as soon as the table's rows, read again in the
        background, hold it (the window otherwise keeps the row chosen before)."""
        self._to_select: uuid.UUID | None = recommendation_id
        if not getattr(self, "_selecting_hooked", False):
            self.recommendations.modelReset.connect(self._select_pending)
            self.recommendations.rowsInserted.connect(self._select_pending)
            self._selecting_hooked = True

    def _select_pending(self, *_args: object) -> None:
        pending = getattr(self, "_to_select", None)
        row = self.recommendations.row_of(pending) if pending is not None else -1
        if row >= 0:
            self._to_select = None
            self.table.selectRow(row)
            self.table.scrollTo(self.recommendations.index(row, 0))
