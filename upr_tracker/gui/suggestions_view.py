"""The Suggestions screen: the pending suggestions of a review (action categories, UPR Info issues,
SDGs the app suggests where a recommendation lacks them), filtered by confidence and kind, in a
lazy table; Accept / Reject for the selected rows, "Accept all shown" after saying how many.

Reading runs in the background; decisions run on the window's serialised write queue. `changed`
is emitted after decisions, so that the window refreshes the recommendations it shows."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.breaking_row import BreakingRow, group_of
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.list_detail_screen import GREY, heading_label
from upr_tracker.gui.suggestion_table_model import (
    PAGE_SIZE,
    TEXT_COLUMN,
    SuggestionRole,
    SuggestionTableModel,
)
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill
from upr_tracker.services.suggestions import (
    ACTION_CATEGORY,
    SDG,
    THEME,
    SuggestingReport,
    SuggestionFilter,
    SuggestionRow,
    accept_suggestion,
    accept_suggestions,
    count_suggestions,
    list_suggestions,
    reject_suggestion,
    suggestion_reviews,
)
from upr_tracker.storage.database import Database

# The confidence a first look starts from: below it suggestions are mostly noise to a reader.
DEFAULT_MIN_PERCENT = 50


def decide_each(db: Database, ids: list[uuid.UUID], accept: bool) -> tuple[int, list[str]]:
    """Accept or reject each suggestion; (how many were, why the others were not)."""
    done, refused = 0, []
    for suggestion_id in ids:
        try:
            (accept_suggestion if accept else reject_suggestion)(db, suggestion_id)
        except UprTrackerError as exc:   # a value set meanwhile, a suggestion gone: said, not dropped
            refused.append(str(exc))
        else:
            done += 1
    return done, refused


class SuggestionsView(QWidget):
    changed = Signal()                    # suggestions were decided
    pending_counted = Signal(int)         # pending suggestions of every review, for the navigation
    recommendation_activated = Signal(object)
    compute_requested = Signal()          # "Suggest…": the window runs it

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_view")
        self.database_getter = database_getter
        self.tasks = tasks
        self.model = SuggestionTableModel(self)
        self.model.page_wanted.connect(self._read_page)
        self.shown_filter: SuggestionFilter | None = None
        self.reviews: list[tuple[uuid.UUID, str, int, int]] = []
        self.last_error_box: QMessageBox | None = None
        self._generation = 0
        self._wanted_review: uuid.UUID | None = None
        self._build()

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("suggestions_review")
        # Wide enough for the review and its count in every language (the list is short).
        self.review_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.review_combo.currentIndexChanged.connect(lambda _i: self.query())
        self.min_confidence = QSpinBox()
        self.min_confidence.setObjectName("suggestions_min_confidence")
        self.min_confidence.setRange(0, 99)
        self.min_confidence.setSuffix(self.tr("%", "a percent after a number"))
        self.min_confidence.setValue(DEFAULT_MIN_PERCENT)
        self.min_confidence.setAccessibleName(self.tr("Confidence above, in percent"))
        self.min_confidence.valueChanged.connect(lambda _v: self.query())
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("suggestions_kind")
        for text, kind in ((self.tr("All kinds"), None), (self.tr("Action categories"), ACTION_CATEGORY),
                           (self.tr("UPR Info issues"), THEME), (self.tr("SDGs"), SDG)):
            self.kind_combo.addItem(text, kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.query())
        self.count_label = QLabel()
        self.count_label.setObjectName("suggestions_count")
        self.count_label.setStyleSheet(GREY)
        review_label = QLabel(self.tr("&Review:"))
        review_label.setBuddy(self.review_combo)
        confidence_label = QLabel(self.tr("Confidence &above:"))
        confidence_label.setBuddy(self.min_confidence)
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_combo)
        top = BreakingRow(group_of(heading_label(self.tr("Suggestions")), review_label, self.review_combo),
                          group_of(confidence_label, self.min_confidence, kind_label, self.kind_combo,
                                   self.count_label))

        self.table = QTableView()
        self.table.setObjectName("suggestions_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in enumerate((70, 520, 130, 240, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.accept_button = QPushButton(self.tr("✓ &Accept selected"))
        self.accept_button.setObjectName("accept_selected_suggestions")
        self.accept_button.setToolTip(self.tr("The selected suggestions become values of their recommendations, "
                                              "accepted by you"))
        self.accept_button.clicked.connect(lambda: self.decide_selected(True))
        self.reject_button = QPushButton(self.tr("✗ R&eject selected"))
        self.reject_button.setObjectName("reject_selected_suggestions")
        self.reject_button.setToolTip(self.tr("The selected suggestions are not suggested again"))
        self.reject_button.clicked.connect(lambda: self.decide_selected(False))
        self.accept_all_button = QPushButton(self.tr("Accept a&ll shown…"))
        self.accept_all_button.setObjectName("accept_all_suggestions")
        self.accept_all_button.setToolTip(self.tr("Every suggestion the filters show, not only the rows on screen "
                                                  "(you are told how many first)"))
        self.accept_all_button.clicked.connect(self.accept_all_shown)
        self.compute_button = QPushButton(self.tr("&Suggest categories and themes…"))
        self.compute_button.setObjectName("compute_suggestions")
        self.compute_button.clicked.connect(self.compute_requested)
        buttons = BreakingRow(group_of(self.accept_button, self.reject_button, self.accept_all_button),
                              group_of(self.compute_button))
        self.message = QLabel()
        self.message.setObjectName("suggestions_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------------
    def reload(self, review_id: uuid.UUID | None = None) -> None:
        """Read the reviews that have pending suggestions (with their counts), then the list (of
        `review_id` when it has some, else of the review chosen before)."""
        self._wanted_review = review_id
        database = self.database_getter()
        self.tasks.run(lambda _task: suggestion_reviews(database), on_success=self._set_reviews,
                       on_failure=self._show_error)

    def _set_reviews(self, reviews: list[tuple[uuid.UUID, str, int, int]]) -> None:
        chosen = self.review_combo.currentData()
        if self._wanted_review is not None and any(r[0] == self._wanted_review for r in reviews):
            chosen = self._wanted_review
        self.reviews = list(reviews)
        self.pending_counted.emit(sum(review[3] for review in self.reviews))
        self.review_combo.blockSignals(True)
        self.review_combo.clear()
        for review_id, state, cycle, pending in self.reviews:
            self.review_combo.addItem(counted(fill(self.tr("%1, cycle %2 (%n pending)", "", pending), state, cycle),
                                              pending), review_id)
        if not self.reviews:
            self.review_combo.addItem(self.tr("No review has suggestions"), None)
        self.review_combo.setCurrentIndex(max(self.review_combo.findData(chosen), 0))
        self.review_combo.blockSignals(False)
        self.query()

    def choose_review(self, review_id: uuid.UUID | None) -> None:
        index = self.review_combo.findData(review_id)
        if index >= 0:
            self.review_combo.setCurrentIndex(index)

    def current_review(self) -> uuid.UUID | None:
        return self.review_combo.currentData()

    def current_filter(self) -> SuggestionFilter:
        return SuggestionFilter(review_id=self.current_review(), kind=self.kind_combo.currentData(),
                                min_confidence=self.min_confidence.value() / 100)

    def query(self) -> None:
        """Read the count and the first page of what the filters show."""
        self._generation += 1
        generation = self._generation
        if self.current_review() is None:
            self.shown_filter = None
            self.model.reset([], 0)
            self._show_count()
            return
        where = self.current_filter()
        database = self.database_getter()

        def work(_task: Task) -> tuple[list[SuggestionRow], int]:
            return list_suggestions(database, where, limit=PAGE_SIZE), count_suggestions(database, where)

        def shown(result: tuple[list[SuggestionRow], int]) -> None:
            if generation != self._generation:
                return
            self.shown_filter = where
            self.model.reset(*result)
            self._show_count()

        self.tasks.run(work, on_success=shown, on_failure=self._show_error)

    def _read_page(self, offset: int) -> None:
        where, generation, database = self.shown_filter, self._generation, self.database_getter()
        if where is None:
            return

        def shown(rows: list[SuggestionRow]) -> None:
            if generation == self._generation:
                self.model.append(offset, rows)

        self.tasks.run(lambda _task: list_suggestions(database, where, limit=PAGE_SIZE, offset=offset),
                       on_success=shown, on_failure=self._show_error)

    def _show_count(self) -> None:
        total = self.model.total
        self.count_label.setText(counted(self.tr("%n suggestion(s) shown", "", total), total))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = bool(self.table.selectionModel().selectedRows())
        self.accept_button.setEnabled(selected)
        self.reject_button.setEnabled(selected)
        self.accept_all_button.setEnabled(self.model.total > 0)

    def selected_suggestions(self) -> list[SuggestionRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(row) for row in rows) if r is not None]

    def _open(self, index: QModelIndex) -> None:
        row = index.data(SuggestionRole)
        if row is not None:
            self.recommendation_activated.emit(row.recommendation_id)

    # --- deciding -----------------------------------------------------------------------------
    def decide_selected(self, accept: bool) -> None:
        ids = [row.id for row in self.selected_suggestions()]
        if not ids:
            return
        database = self.database_getter()

        def done(result: tuple[int, list[str]]) -> None:
            count, refused = result
            text = (counted(self.tr("%n suggestion(s) accepted.", "", count), count) if accept
                    else counted(self.tr("%n suggestion(s) rejected: they will not be suggested again.", "", count),
                                 count))
            if refused:
                text += " " + counted(fill(self.tr("%n could not be: %1", "", len(refused)), refused[0]),
                                      len(refused))
            self._decided(text)

        self.tasks.run(lambda _task: decide_each(database, ids, accept), writes=True,
                       label=self.tr("Saving the decisions…"), progress_parent=self.window(),
                       on_success=done, on_failure=self._show_error)

    def accept_all_shown(self) -> None:
        """After saying how many, accept every suggestion the filters show."""
        where = self.shown_filter
        if where is None:
            return
        database = self.database_getter()
        self.tasks.run(lambda _task: count_suggestions(database, where), urgent=True,
                       on_success=lambda count: self._confirm_accept_all(where, count), on_failure=self._show_error)

    def _confirm_accept_all(self, where: SuggestionFilter, count: int) -> None:
        if count == 0 or where != self.shown_filter:
            return
        answer = QMessageBox.question(
            self, self.tr("Accept all shown"),
            counted(self.tr("Accept the %n suggestion(s) shown? Each becomes a value of its recommendation, "
                            "accepted by you (the audit trail says so).", "", count), count))
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database_getter()
        self.tasks.run(lambda _task: accept_suggestions(database, where), writes=True,
                       label=self.tr("Accepting the suggestions…"), progress_parent=self.window(),
                       on_success=lambda n: self._decided(counted(self.tr("%n suggestion(s) accepted.", "", n), n)),
                       on_failure=self._show_error)

    def _decided(self, text: str) -> None:
        self.message.setText(text)
        self.changed.emit()
        self.reload()

    def _show_error(self, exc: BaseException) -> None:
        self.last_error_box = error_box(self, exc)

    def computed_text(self, report: SuggestingReport) -> str:
        return counted(fill(self.tr("%n suggestion(s) stored for %1 recommendations looked at (%2 values set by a "
                                    "person or a document left alone).", "", report.suggested),
                            report.recommendations, report.kept_values), report.suggested)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

