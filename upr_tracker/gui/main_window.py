"""The main window: reviews on the left, their recommendations in a lazy table, the selected
recommendation's detail below, a full-text search box above."""

from __future__ import annotations

import html
import traceback
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from upr_tracker import __version__
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.document_import_flow import DocumentImportFlow
from upr_tracker.gui.display import level_text, position_text, source_text
from upr_tracker.gui.recommendation_table_model import RecommendationIdRole, RecommendationTableModel
from upr_tracker.gui.review_list_model import ReviewIdRole, ReviewListModel
from upr_tracker.gui.tasks import Task, TaskCancelled, TaskRunner
from upr_tracker.services.export_json import export_json
from upr_tracker.services.export_tables import export_table
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    SortColumn,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.values import RecommendationDetail
from upr_tracker.storage.database import Database

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, database: Database, tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.database = database
        self.tasks = tasks or TaskRunner(self)
        self.review_id: uuid.UUID | None = None
        self.sort = (SortColumn.STATE, False)
        self._query_generation = 0
        self._detail_generation = 0

        self.reviews = ReviewListModel()
        self.recommendations = RecommendationTableModel(lambda ids: recommendation_rows(self.database, ids))
        self.recommendations.sort_requested.connect(self._on_sort_requested)
        self.import_flow = DocumentImportFlow(self, self.tasks, lambda: self.database)
        self.import_flow.finished.connect(lambda _reports: self.load())
        self._build()
        self._restore_layout()
        self.load()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(f"UPR Tracker — {self.database.path.name}")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText('Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)')
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_query)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_query)

        toolbar = QToolBar("Search")
        toolbar.setObjectName("search_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

        self.review_list = QListView()
        self.review_list.setObjectName("review_list")
        self.review_list.setModel(self.reviews)
        self.review_list.selectionModel().currentChanged.connect(self._on_review_changed)

        self.table = QTableView()
        self.table.setObjectName("recommendation_table")
        self.table.setModel(self.recommendations)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        # Fixed row heights: the view never measures rows it does not show.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((56, 56, 150, 390, 105, 125, 140, 115)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.detail = QTextBrowser()
        self.detail.setObjectName("recommendation_detail")
        self.detail.setOpenLinks(False)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.empty_label)
        centre_layout.addWidget(self.table)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("right_splitter")
        self.right_splitter.addWidget(centre)
        self.right_splitter.addWidget(self.detail)
        self.right_splitter.setSizes([520, 260])

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.review_list)
        self.main_splitter.addWidget(self.right_splitter)
        self.main_splitter.setSizes([240, 1120])
        self.setCentralWidget(self.main_splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        open_action = QAction("&Open database…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_database)
        file_menu.addAction(open_action)
        import_action = QAction("&Import documents or datasets…", self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.choose_documents)
        file_menu.addAction(import_action)
        export_action = QAction("&Export the recommendations shown…", self)
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.choose_export)
        file_menu.addAction(export_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find_action = QAction("&Find", self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        self.addAction(find_action)
        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(find_action)
        refresh_action = QAction("&Refresh", self)
        refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_action.triggered.connect(self.load)
        view_menu.addAction(refresh_action)

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About UPR Tracker", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # --- loading --------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load the review list and the table."""
        self.tasks.run(lambda _task: list_reviews(self.database), on_success=self._on_reviews_loaded,
                       on_failure=self.show_error)
        self.run_query()

    def _on_reviews_loaded(self, reviews: list) -> None:
        self.reviews.set_reviews(reviews)
        self.review_list.setCurrentIndex(self.reviews.index(self.reviews.row_of(self.review_id), 0))

    def current_filter(self) -> RecommendationFilter:
        return RecommendationFilter(review_id=self.review_id, text_query=self.search_box.text().strip() or None)

    def run_query(self) -> None:
        """Ask the database for the ids in view, off the GUI thread; a newer query wins."""
        self._search_timer.stop()
        self._query_generation += 1
        generation = self._query_generation
        wanted, (column, descending) = self.current_filter(), self.sort

        def work(_task: Task) -> list[uuid.UUID]:
            return list_recommendation_ids(self.database, wanted, column, descending)

        self.statusBar().showMessage("Searching…" if wanted.text_query else "Loading…")
        self.tasks.run(
            work,
            on_success=lambda ids: self._on_ids(generation, ids),
            on_failure=lambda exc: self._on_query_failed(generation, exc),
        )

    def _on_ids(self, generation: int, ids: list[uuid.UUID]) -> None:
        if generation != self._query_generation:
            return
        self.recommendations.set_ids(ids)
        self.statusBar().clearMessage()
        self.count_label.setText(f"{len(ids):,} recommendation{'s' if len(ids) != 1 else ''}")
        self._show_empty_state(len(ids))
        if ids:
            self.table.selectRow(0)
        else:
            self.detail.clear()

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
            message = f"No recommendation matches “{self.search_box.text().strip()}”."
        elif self.reviews.rowCount() <= 1:
            message = ("This database has no recommendations yet.\n"
                       "Import a Working Group report, an addendum or an OHCHR matrix: File ▸ Import documents… (Ctrl+I).")
        else:
            message = "This review has no recommendations yet."
        self.empty_label.setText(message)
        self.empty_label.show()
        self.table.hide()

    # --- reactions ------------------------------------------------------------------------
    def _on_review_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        review_id = current.data(ReviewIdRole) if current.isValid() else None
        if review_id != self.review_id:
            self.review_id = review_id
            self.run_query()

    def _on_sort_requested(self, column: SortColumn, descending: bool) -> None:
        self.sort = (column, descending)
        self.run_query()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.table.selectionModel().currentIndex()
        recommendation_id = current.data(RecommendationIdRole) if current.isValid() else None
        if recommendation_id is None:
            return
        self._detail_generation += 1
        generation = self._detail_generation
        self.tasks.run(
            lambda _task: recommendation_detail(self.database, recommendation_id),
            on_success=lambda detail: self._show_detail(generation, detail),
            on_failure=self.show_error,
        )

    def _show_detail(self, generation: int, detail: RecommendationDetail) -> None:
        if generation == self._detail_generation:
            self.detail.setHtml(detail_html(detail))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Open an UPR Tracker database", str(self.database.path.parent),
            "UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)",
        )
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> None:
        """Open another database in a worker (an upgrade may take a while); switch on success."""
        def work(_task: Task) -> Database:
            return Database.open(path, create=False)

        self.tasks.run(work, on_success=self._switch_database, on_failure=self.show_error,
                       label=f"Opening {path.name}…", progress_parent=self)

    def _switch_database(self, database: Database) -> None:
        old = self.database
        self.database = database
        self.review_id = None
        QSettings().setValue("last_database", str(database.path))
        self.setWindowTitle(f"UPR Tracker — {database.path.name}")
        self.load()
        old.close()

    def choose_documents(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Import documents and datasets", str(Path.home()),
            "Everything UPR Tracker reads (*.txt *.pdf *.docx *.csv *.xlsx *.xls *.json);;"
            "UN documents (*.txt *.pdf *.docx);;Datasets (*.csv *.xlsx *.xls);;UPR Tracker exports (*.json);;"
            "All files (*)",
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import Working Group reports, addenda or OHCHR matrices in the background."""
        self.import_flow.start(paths)

    def choose_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, "Export the recommendations shown", str(Path.home() / "recommendations.xlsx"),
            "Excel workbook (*.xlsx);;CSV table (*.csv);;JSON, everything, for another UPR Tracker (*.json)",
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path, include_confidential: bool = False) -> None:
        """Export what the table shows (the review and search in effect) in the background; the
        format follows the file's extension."""
        wanted = self.current_filter()
        fmt = path.suffix.lower().lstrip(".") or "xlsx"

        def work(task: Task) -> str:
            if fmt == "json":
                summary = export_json(self.database, path, wanted=wanted, include_confidential=include_confidential,
                                      progress=task)
                return f"{summary.recommendations:,} recommendations exported to {path.name}."
            table = export_table(self.database, path, fmt, wanted, progress=task)
            return f"{table.rows:,} recommendations exported to {path.name}."

        self.tasks.run(work, label=f"Exporting to {path.name}…", progress_parent=self,
                       on_success=self._exported, on_failure=self.show_error)

    def _exported(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)
        self.last_export_message = message

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About UPR Tracker",
            f"<h3>UPR Tracker {html.escape(__version__)}</h3>"
            "<p>Follow up the recommendations of the UN Universal Periodic Review: positions, "
            "milestones, notes and assessments of implementation, offline.</p>"
            f"<p>Database: {html.escape(str(self.database.path))}</p>",
        )

    def show_error(self, exc: BaseException) -> None:
        """A user-level problem shows its message; anything else is a bug and shows its details."""
        if isinstance(exc, TaskCancelled):
            self.statusBar().showMessage("Cancelled.", 5000)
            return
        box = QMessageBox(self)
        box.setWindowTitle("UPR Tracker")
        if isinstance(exc, UprTrackerError):
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(str(exc))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setText("Something went wrong that should not have. Your data was not changed by the failed step.")
            box.setDetailedText("".join(traceback.format_exception(exc)))
        box.open()
        self.last_error_box = box

    # --- window state ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        for name, splitter in (("main_splitter", self.main_splitter), ("right_splitter", self.right_splitter)):
            state = settings.value(f"main_window/{name}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        header_state = settings.value("main_window/table_header")
        if isinstance(header_state, QByteArray):
            self.table.horizontalHeader().restoreState(header_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/main_splitter", self.main_splitter.saveState())
        settings.setValue("main_window/right_splitter", self.right_splitter.saveState())
        settings.setValue("main_window/table_header", self.table.horizontalHeader().saveState())
        self.tasks.wait_for_all()
        super().closeEvent(event)


def _e(value: Any) -> str:
    """Text from documents and users is always escaped: shown as text, never interpreted."""
    return html.escape(str(value)) if value is not None else ""


def detail_html(detail: RecommendationDetail) -> str:
    row = detail.row
    parts = [
        f"<h3>{_e(detail.state_name)}, cycle {row.cycle}: recommendation {_e(row.label or '(no label)')}</h3>",
        f"<p>{_e(row.text)}</p>",
        f"<p><b>Recommended by:</b> {_e(', '.join(row.recommending_states) or '—')}"
        + (f" &nbsp; <b>Source:</b> {_e(detail.source)}" if detail.source else "") + "</p>",
        f"<p><b>Position:</b> {_e(position_text(row.position, row.considered_implemented))}"
        f" &nbsp; <b>Implementation:</b> {_e(level_text(row.implementation_level))}"
        + (f" &nbsp; <b>Themes:</b> {_e(', '.join(row.themes))}" if row.themes else "") + "</p>",
    ]
    if row.needs_review:
        parts.append("<p style='color:#a04000'><b>Needs review.</b></p>")
    if detail.responses:
        parts.append("<h4>Position history</h4><ul>")
        for response in detail.responses:
            when = response.responded_on.isoformat() if response.responded_on else "undated"
            source = f" — {_e(response.source)}" if response.source else ""
            flag = f" <i>(needs review: {_e(response.review_reason)})</i>" if response.needs_review else ""
            parts.append(f"<li><b>{_e(position_text(response.position, response.considered_implemented))}</b>"
                         f" ({_e(when)}){source}{flag}")
            if response.response_text:
                parts.append(f"<br>{_e(response.response_text)}")
            parts.append("</li>")
        parts.append("</ul>")
    if detail.assessments:
        parts.append("<h4>Assessments</h4><ul>")
        for a in detail.assessments:
            who = source_text(a.source) + (f" ({a.source_name})" if a.source_name else "")
            parts.append(f"<li>{_e(who)}: <b>{_e(level_text(a.level))}</b>"
                         f"{' — ' + _e(a.evidence) if a.evidence else ''}</li>")
        parts.append("</ul>")
    if detail.milestones:
        parts.append("<h4>Milestones</h4><ul>")
        for m in detail.milestones:
            parts.append(f"<li>{_e(m.date_display or 'undated')}: {_e(m.title)}</li>")
        parts.append("</ul>")
    if detail.notes:
        parts.append("<h4>Notes</h4><ul>")
        for n in detail.notes:
            flag = " <i>(confidential)</i>" if n.confidential else ""
            parts.append(f"<li><b>{_e(n.author)}</b>, {n.written_at:%Y-%m-%d}{flag}: {_e(n.body)}</li>")
        parts.append("</ul>")
    return "".join(parts)

