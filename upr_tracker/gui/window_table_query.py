"""The main window's table query: what narrows the table (the sidebar's scope, the filters, the
search) read off the GUI thread in two steps, the first rows at once and the rest with the counts
after; the newest query wins. A part of MainWindow."""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.memory import freeze_long_lived_objects
from upr_tracker.gui.recommendation_table_model import FOUND_IN_COLUMN, PAGE_SIZE
from upr_tracker.gui.tasks import Task
from upr_tracker.i18n.catalogs import fill
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_by_position,
    list_recommendation_keys,
    recommendation_rows,
)
from upr_tracker.services.values import RecommendationRow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QLineEdit, QStatusBar, QTableView

    from upr_tracker.gui.filter_bar import FilterBar
    from upr_tracker.gui.navigator_model import Scope
    from upr_tracker.gui.recommendation_panel import RecommendationPanel
    from upr_tracker.gui.recommendation_table_model import RecommendationTableModel
    from upr_tracker.gui.search_highlight import HighlightDelegate
    from upr_tracker.gui.tasks import TaskRunner
    from upr_tracker.services.recommendations import SortColumn
    from upr_tracker.storage.database import Database

log = logging.getLogger(__name__)

# Rows fetched first so the table shows something at once; the rest follow.
FIRST_ROWS = 300
# Background reads start this long after the rows they follow are shown. A Python thread at work
# makes the GUI thread wait for the interpreter at each of the model's calls while painting.
AFTER_PAINT_MS = 40


class TableCounts(QObject):
    """The counts under the table in words ("31 recommendations · 20 supported"): whole phrases, so
    that each language makes the word agree with the number. (Plurals are looked up under the
    class of the object asked: a QObject of their own, not a part of MainWindow.)"""

    def recommendations(self, n: int) -> str:
        return counted(self.tr("%n recommendation(s)", "", n), n)

    def recommendations_so_far(self, n: int) -> str:
        return counted(self.tr("%n recommendation(s)…", "", n), n)

    def count_of(self, key: str, n: int) -> str:
        if key == "supported":
            return self.tr("%n supported", "", n)
        if key == "noted":
            return self.tr("%n noted", "", n)
        if key == "partially_supported":
            return self.tr("%n partially", "", n)
        if key == "pending":
            return self.tr("%n pending", "", n)
        return self.tr("%n to review", "", n)


if TYPE_CHECKING:
    class _WindowParts:
        """What the table query uses of MainWindow."""

        database: Database
        tasks: TaskRunner
        scope: Scope
        sort: tuple[SortColumn, bool]
        filter_bar: FilterBar
        search_box: QLineEdit
        highlight: HighlightDelegate
        table: QTableView
        recommendations: RecommendationTableModel
        count_label: QLabel
        empty_label: QLabel
        panel: RecommendationPanel
        database_total: int
        _query_generation: int
        _shown_generation: int | None
        _row_query: str | None
        _remembered: uuid.UUID | None
        _closed: bool
        _search_timer: QTimer
        _panel_timer: QTimer

        def statusBar(self) -> QStatusBar: ...
        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def current_recommendation_id(self) -> uuid.UUID | None: ...
        def show_error(self, exc: BaseException) -> None: ...
else:
    # (A base named outside the class body: lupdate loses the class's translation context when a
    # method is defined under an `if` in it.)
    _WindowParts = object


class WindowTableQuery(_WindowParts):
    """Reads the table's rows for MainWindow."""

    def current_filter(self) -> RecommendationFilter:
        base = self.scope.saved or RecommendationFilter()
        chosen = {k: v for k, v in self.filter_bar.values().items() if v is not None}
        text = self.search_box.text().strip() or base.text_query
        return dataclasses.replace(base, review_id=self.scope.review_id or base.review_id,
                                   plan_id=self.scope.plan_id or base.plan_id,
                                   state=self.scope.state or base.state, text_query=text or None, **chosen)

    def run_query(self) -> None:
        """Ask the database for the rows in view, off the GUI thread: first the rows the table shows
        (quick, from the index), then the rest and the counts. The newest query wins."""
        self._search_timer.stop()
        self._query_generation += 1
        generation = self._query_generation
        wanted, (column, descending) = self.current_filter(), self.sort
        self.highlight.set_query(wanted.text_query or "")
        self._row_query = wanted.text_query
        # Where each row was found (its text, a response, a milestone, a note) matters only while searching.
        self.table.setColumnHidden(FOUND_IN_COLUMN, not wanted.text_query)
        self.statusBar().showMessage(self.tr("Searching…") if wanted.text_query
                                     else self.tr("Loading…"))

        def first_rows(_task: Task) -> tuple[list[str], list[RecommendationRow]]:
            keys = list_recommendation_keys(self.database, wanted, column, descending, limit=FIRST_ROWS)
            # The rows of the first page too: the table paints them without a read of its own.
            return keys, recommendation_rows(self.database, [uuid.UUID(hex=k) for k in keys[:PAGE_SIZE]],
                                             wanted.text_query)

        def all_rows(_task: Task) -> tuple[list[str], dict[str, int]]:
            keys = list_recommendation_keys(self.database, wanted, column, descending)
            return keys, count_by_position(self.database, wanted)

        def read_all_rows() -> None:
            if generation == self._query_generation:
                self.tasks.run(all_rows, on_success=lambda result: self._on_all_rows(generation, *result),
                               on_failure=lambda exc: self._on_query_failed(generation, exc))

        # The rest of the rows and the counts are read once the first rows are shown, so that the
        # two reads do not compete for the interpreter while the user waits.
        def on_first_rows(result: tuple[list[str], list[RecommendationRow]]) -> None:
            self._on_first_rows(generation, *result)
            QTimer.singleShot(AFTER_PAINT_MS, self, read_all_rows)  # type: ignore[call-overload]

        self.tasks.run(first_rows, urgent=True, on_success=on_first_rows,
                       on_failure=lambda exc: self._on_query_failed(generation, exc))

    def _read_rows_ahead(self, ids: list[uuid.UUID], deliver: Callable[[list[RecommendationRow]], None]) -> None:
        """The table's read-ahead of the pages around the one in view (a failure is left to the
        table's own read when the page is needed)."""
        database, query = self.database, self._row_query

        def start() -> None:  # once the paint that asked for it is over (it is asked for while painting)
            if not self._closed:
                self.tasks.run(lambda _task: recommendation_rows(database, ids, query), urgent=True,
                               on_success=deliver, on_failure=_read_ahead_failed)

        QTimer.singleShot(0, self, start)  # type: ignore[call-overload]

    def _on_first_rows(self, generation: int, keys: list[str], rows: list[RecommendationRow]) -> None:
        if generation != self._query_generation or self._shown_generation == generation:
            return
        self._shown_generation = generation
        self._show_rows(keys, rows)
        if len(keys) == FIRST_ROWS:  # more are on their way
            self.count_label.setText(fill(self.tr("%1+ recommendations…"), len(keys)))
        else:
            self.count_label.setText(TableCounts().recommendations_so_far(len(keys)))

    def _on_all_rows(self, generation: int, keys: list[str], counts: dict[str, int]) -> None:
        if generation != self._query_generation:
            return
        shown = self.recommendations.keys()
        if self._shown_generation == generation and keys[: len(shown)] == shown:
            self.recommendations.extend_keys(keys[len(shown):])
        else:
            self._shown_generation = generation
            self._show_rows(keys)
        self._select_remembered()
        self.statusBar().clearMessage()
        freeze_long_lived_objects()
        words = TableCounts()
        parts = [words.recommendations(len(keys))]
        for key in ("supported", "noted", "partially_supported", "pending", "needs_review"):
            if counts.get(key):
                parts.append(words.count_of(key, counts[key]))
        self.count_label.setText(" · ".join(parts))
        self._show_empty_state(len(keys))

    def _show_rows(self, keys: list[str], first_rows: list[RecommendationRow] | None = None) -> None:
        current = self.current_recommendation_id()
        if current is not None:
            self._remembered = current
        self.recommendations.set_keys(keys, first_rows or ())
        self._show_empty_state(len(keys))
        if keys:
            self._select_remembered(default_first=True)
        else:
            self._panel_timer.stop()
            self.panel.show_recommendation(None)

    def _select_remembered(self, default_first: bool = False) -> None:
        """Keep the recommendation that was chosen chosen, once it is among the rows."""
        row = self.recommendations.row_of(self._remembered) if self._remembered else -1
        if row >= 0:
            if self.current_recommendation_id() != self._remembered:
                self.table.selectRow(row)
        elif default_first and self.current_recommendation_id() is None:
            self.table.selectRow(0)

    def _on_query_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._query_generation:
            self.statusBar().clearMessage()
            self.show_error(exc)

    def _show_empty_state(self, count: int) -> None:
        if count:
            self.empty_label.hide()
            self.table.show()
            return
        if self.search_box.text().strip():
            message = fill(self.tr("No recommendation matches “%1”."),
                           self.search_box.text().strip())
        elif self.filter_bar.active_count():
            message = self.tr("No recommendation passes these filters. View ▸ Clear filters "
                                "and search (Ctrl+Shift+X).")
        elif self.database_total == 0:
            message = self.tr("This database has no recommendations yet.\nImport a Working "
                                "Group report, an addendum, an OHCHR matrix or a UPR Info export: File ▸ Import "
                                "documents or datasets… (Ctrl+I).")
        else:
            message = self.tr("Nothing to show here yet.")
        self.empty_label.setText(message)
        self.empty_label.show()
        self.table.hide()


def _read_ahead_failed(error: BaseException) -> None:
    # Not shown: the table reads the page again when it is needed, and shows a failure then.
    log.warning("Reading the table's rows ahead failed: %s", type(error).__name__)
