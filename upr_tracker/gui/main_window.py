"""The workbench: a sidebar of States, reviews, plans and saved searches; filters and a full-text
search above a lazy table of recommendations sorted and filtered in the database; the chosen
recommendation below, with everything about it, editable, every edit undoable."""

from __future__ import annotations

import dataclasses
import html
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QDialog,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from upr_tracker import __version__
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.about_dialog import AboutBox
from upr_tracker.gui.backup_actions import WindowBackups
from upr_tracker.gui.bundle_dialogs import ON_SERVER as BUNDLES_ON_SERVER
from upr_tracker.gui.bundle_dialogs import save_key_file, show_receive_dialog, show_send_dialog, trust_colleague_key
from upr_tracker.gui.conflicts_view import ConflictsView
from upr_tracker.gui.copy_dialog import show_copy_dialog
from upr_tracker.gui.document_import_flow import DocumentImportFlow
from upr_tracker.gui.edit_commands import LinkMilestoneCommand
from upr_tracker.gui.encryption_actions import WindowEncryption
from upr_tracker.gui.sync_actions import WindowSync, refresh_views
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.filter_bar import FilterBar
from upr_tracker.gui.language_menu import LanguageMenu
from upr_tracker.gui.log_folder_action import open_log_folder
from upr_tracker.gui.milestones_view import MilestonesView
from upr_tracker.gui.navigator_model import (
    ALL,
    PLAN,
    REVIEW,
    SAVED_SEARCH,
    STATE,
    NavigatorModel,
    NodeKindRole,
    NodeValueRole,
    Scope,
)
from upr_tracker.gui.others_changes import OthersChanges
from upr_tracker.gui.problems_view import ProblemsView
from upr_tracker.gui.recommendation_panel import RecommendationPanel
from upr_tracker.gui.recommendation_table_model import (
    RecommendationIdRole,
    RecommendationTableModel,
)
from upr_tracker.gui.search_highlight import HighlightDelegate
from upr_tracker.gui.tasks import Task, TaskCancelled, TaskRunner
from upr_tracker.gui.undo_actions import UndoActions
from upr_tracker.gui.user_guide import UserGuideWindow
from upr_tracker.gui.window_dashboard import WindowDashboard
from upr_tracker.gui.window_databases import WindowDatabases
from upr_tracker.gui.window_import_export import WindowImportExport
from upr_tracker.gui.window_manual_entry import WindowManualEntry
from upr_tracker.gui.window_suggestions import WindowSuggestions
from upr_tracker.gui.window_table_query import AFTER_PAINT_MS, WindowTableQuery
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.milestones import list_milestones
from upr_tracker.services.recommendations import (
    SortColumn,
    recommendation_rows,
)
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.saved_searches import save_search, saved_searches
from upr_tracker.services.states import list_states
from upr_tracker.services.values import MilestoneInfo, ReviewSummary
from upr_tracker.services.vocabularies import list_terms, theme_choices
from upr_tracker.gui.team_database_dialog import remember_server
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress

SEARCH_DELAY_MS = 250
MAX_RECENT = 8
TEXT_COLUMN = 3


# Menu items about database files: a team database's backups and protection are its server's.
ONLY_FOR_FILES = QT_TRANSLATE_NOOP("MainWindow", "A team database on a server: restoring it (pg_restore) and its "
                                   "protection (roles, TLS, the server's disk) are its admin's. File ▸ Back up now "
                                   "saves a copy of it (pg_dump).")


def remember_recent(target: Path | ServerAddress) -> list[str]:
    """The recent list holds files and team servers (their addresses: never a password); the
    window opens the last file again at start."""
    settings = QSettings()
    recent = [p for p in (settings.value("recent_databases") or []) if p != str(target)]
    recent = [str(target)] + recent[: MAX_RECENT - 1]
    settings.setValue("recent_databases", recent)
    if isinstance(target, ServerAddress):
        remember_server(target)
    else:
        settings.setValue("last_database", str(target))
    return recent


def window_title(database: Database) -> str:
    if database.address is not None:
        return fill(translate("MainWindow", "UPR Tracker — %1 (team)"), database.name)
    return fill(translate("MainWindow", "UPR Tracker — %1"), database.name)


class MainWindow(WindowTableQuery, WindowImportExport, WindowManualEntry, WindowDatabases, QMainWindow):
    # Set by bundle_dialogs while it shows them: its last message, its status label and its dialog.
    last_bundle_box: QMessageBox
    bundle_status: QLabel
    bundle_dialog: QDialog

    def __init__(self, database: Database, tasks: TaskRunner | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.database = database
        self.tasks = tasks or TaskRunner(self)
        # The first screen (the dashboard) is read alone; the rest waits for it (WindowDashboard).
        self.tasks.hold_background_reads()
        self.undo_stack = QUndoStack(self)
        self.scope = Scope()
        self.sort = (SortColumn.STATE, False)
        self._query_generation = 0
        self.reviews: dict[uuid.UUID, ReviewSummary] = {}
        self.plans: dict[uuid.UUID, MilestoneInfo] = {}
        self.database_total = -1
        self._ready = False
        self._closed = False
        self._shown_generation = 0
        self._remembered: uuid.UUID | None = None
        self._row_query: str | None = None
        self.user_guide: UserGuideWindow | None = None

        self.navigator = NavigatorModel(self)
        self.recommendations = RecommendationTableModel(
            lambda ids: recommendation_rows(self.database, ids, self._row_query), prefetch=self._read_rows_ahead)
        self.recommendations.sort_requested.connect(self._on_sort_requested)
        self.import_flow = DocumentImportFlow(self, self.tasks, lambda: self.database)
        self.import_flow.finished.connect(lambda _reports: self.load())
        self._build()
        self.backups = WindowBackups(self)
        self.encryption = WindowEncryption(self)
        self.sync = WindowSync(self, self, refresh=lambda: refresh_views(self))
        self._build_menus()
        self.suggestions = WindowSuggestions(self)
        self.suggestions.add_actions(self.tools_menu, after=self.conflicts_action)
        self.dashboard = WindowDashboard(self)
        self.others_changes = OthersChanges(self)
        self._restore_layout()
        remember_recent(database.target)
        self._ready = True
        self.load()
        self.backups.start_schedule()
        self.others_changes.start()
        self.sync.start()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setWindowTitle(window_title(self.database))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(self.tr('Search all text: words, "a phrase", prefix*, -exclude   (Ctrl+F)'))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_query)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self._panel_timer = QTimer(self)
        self._panel_timer.setSingleShot(True)
        self._panel_timer.setInterval(AFTER_PAINT_MS)
        self._panel_timer.timeout.connect(self._show_current_in_panel)
        self.search_box.returnPressed.connect(self.run_query)
        search_bar = QToolBar(self.tr("Search"))
        search_bar.setObjectName("search_toolbar")
        search_bar.setMovable(False)
        search_bar.addWidget(self.search_box)
        self.addToolBar(search_bar)
        self.filter_bar = FilterBar()
        self.filter_bar.setObjectName("filter_bar")
        self.filter_bar.changed.connect(self.run_query)

        self.sidebar = QTreeView()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setModel(self.navigator)
        self.sidebar.setHeaderHidden(True)
        self.sidebar.setUniformRowHeights(True)
        self.sidebar.setMinimumWidth(200)
        self.sidebar.selectionModel().currentChanged.connect(self._on_scope_changed)

        self.table = QTableView()
        self.table.setObjectName("recommendation_table")
        self.table.setModel(self.recommendations)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.highlight = HighlightDelegate(self.table)
        self.table.setItemDelegateForColumn(TEXT_COLUMN, self.highlight)
        # Fixed row heights: the view never measures rows it does not show.
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        for column, width in enumerate((56, 56, 150, 420, 105, 125, 140, 115)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.panel = RecommendationPanel(lambda: self.database, self.tasks, self.undo_stack)
        self.panel.changed.connect(self._on_edited)
        self.panel.edit_failed.connect(self.show_error)
        self.panel.related_chosen.connect(self.show_recommendation)
        self.panel.link_milestone_requested.connect(self.link_selected_to_milestone)
        self.panel.edit_requested.connect(self.edit_recommendation)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.empty_label, 1)  # the space below the filters is theirs
        centre_layout.addWidget(self.table, 1)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("right_splitter")
        self.right_splitter.addWidget(centre)
        self.right_splitter.addWidget(self.panel)
        self.right_splitter.setSizes([470, 330])
        self.milestones_view = MilestonesView(lambda: self.database, self.tasks)
        self.milestones_view.changed.connect(self._milestones_changed)
        self.milestones_view.recommendation_activated.connect(self._open_from_milestones)
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.right_splitter, self.tr("&Recommendations"))
        self.milestones_page = self.pages.addTab(self.milestones_view, self.tr("Milestones and &plans"))
        self.problems_view = ProblemsView(lambda: self.database, self.tasks)
        self.problems_view.changed.connect(self._problems_changed)
        self.problems_page = self.pages.addTab(self.problems_view, self.tr("Problems to re&view"))
        self.conflicts_view = ConflictsView(lambda: self.database, self.tasks)
        self.conflicts_view.changed.connect(self._problems_changed)
        self.conflicts_view.count_changed.connect(self._show_conflict_count)
        self.conflicts_view.recommendation_activated.connect(self._open_from_milestones)
        self.conflicts_page = self.pages.addTab(self.conflicts_view, self.tr("Con&flicts"))
        self.panel.conflicts_requested.connect(self.show_conflicts)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setSizes([250, 1110])
        self.setCentralWidget(self.main_splitter)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)

    def _action(self, menu: QMenu, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        self._action(file_menu, self.tr("&New database…"), self.choose_new_database)
        self._action(file_menu, self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open)
        self._action(file_menu, self.tr("Open &team database…"), self.choose_team_database, "Ctrl+Shift+O")
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import documents or datasets…"), lambda: self.show_import_dialog(),
                     "Ctrl+I")
        self._action(file_menu, self.tr("&Export the recommendations shown…"), self.choose_export, "Ctrl+E")
        self._action(file_menu, self.tr("Briefing &report…"), self.show_report_dialog, "Ctrl+Shift+R")
        self._action(file_menu, self.tr("&Copy database to…"), lambda: show_copy_dialog(self))
        file_menu.addSeparator()
        self.bundle_actions = [
            self._action(file_menu, self.tr("&Send changes to a colleague…"), lambda: show_send_dialog(self)),
            self._action(file_menu, self.tr("Recei&ve changes…"), lambda: show_receive_dialog(self)),
            self._action(file_menu, self.tr("Save this laptop's &key…"), lambda: save_key_file(self)),
            self._action(file_menu, self.tr("Trust a colleague's ke&y…"), lambda: trust_colleague_key(self))]
        self.sync.add_actions(file_menu)
        file_menu.addSeparator()
        # (on a team database, Back up now makes a pg_dump backup into a file one chooses)
        self.back_up_action = self._action(file_menu, self.tr("&Back up now"), self.backups.back_up_now)
        self.file_actions = [
            self._action(file_menu, self.tr("Res&tore from a backup…"),
                         lambda: self.backups.show_dialog(restoring=True))]
        self.encryption.add_lock_action(file_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_actions = UndoActions(self.undo_stack, self,
                                        lambda message: self.statusBar().showMessage(message, 10_000))
        edit_menu.addAction(self.undo_actions.undo)
        edit_menu.addAction(self.undo_actions.redo)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&New note on this recommendation"), self.new_note, "Ctrl+N")
        self._action(edit_menu, self.tr("Your &name in the audit trail…"), self.change_author_name)
        self.link_action = self._action(edit_menu, self.tr("&Link selected to a milestone…"),
                                        self.link_selected_to_milestone, "Ctrl+L")
        self.add_manual_entry_actions(edit_menu)

        view_menu = bar.addMenu(self.tr("&View"))
        find = self._action(view_menu, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.addAction(find)
        self._action(view_menu, self.tr("&Next recommendation"), lambda: self.step(1), "Alt+Down")
        self._action(view_menu, self.tr("&Previous recommendation"), lambda: self.step(-1), "Alt+Up")
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Clear filters and search"), self.clear_filters, "Ctrl+Shift+X")
        self._action(view_menu, self.tr("&Save this search…"), self.save_current_search, "Ctrl+Alt+S")
        filters = QAction(self.tr("Show &filters"), self)
        filters.setCheckable(True)
        filters.setChecked(True)
        filters.toggled.connect(self.filter_bar.setVisible)
        view_menu.addAction(filters)
        self._action(view_menu, self.tr("&Refresh"), self.load, QKeySequence.StandardKey.Refresh)
        view_menu.addSeparator()
        view_menu.addMenu(LanguageMenu(self))

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self._action(self.tools_menu, self.tr("&Recommendations"), lambda: self.pages.setCurrentIndex(0), "Ctrl+1")
        self._action(self.tools_menu, self.tr("&Milestones and plans"),
                     lambda: self.pages.setCurrentIndex(self.milestones_page), "Ctrl+2")
        self._action(self.tools_menu, self.tr("&Problems to review"), self.show_problems, "Ctrl+3")
        self.conflicts_action = self._action(self.tools_menu, self.tr("&Conflicts between databases"),
                                             self.show_conflicts, "Ctrl+4")
        self.tools_menu.addSeparator()
        self._action(self.tools_menu, self.tr("&Vocabularies (themes, SDGs, affected persons)…"),
                     self.show_vocabularies, "Ctrl+Shift+V")
        self.tools_menu.setToolTipsVisible(True)
        self.encryption.add_menu(self.tools_menu)
        self.file_actions.append(self._action(self.tools_menu, self.tr("&Backups…"),
                                              lambda: self.backups.show_dialog()))
        self.update_file_actions()
        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(help_menu, self.tr("&User guide"), self.show_user_guide,
                                         QKeySequence.StandardKey.HelpContents)
        self.log_folder_action = self._action(help_menu, self.tr("Open the &log folder"), open_log_folder)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("&About UPR Tracker"), self.show_about)

    def update_file_actions(self) -> None:
        """On a team database the file-only items are disabled, their tooltip saying why."""
        self.encryption.update_actions()
        on_server = self.database.address is not None
        for action in self.bundle_actions:
            action.setEnabled(not on_server)
            action.setToolTip(BUNDLES_ON_SERVER if on_server else "")
        for action in [*self.file_actions, self.encryption.lock_action, self.encryption.menu.menuAction()]:
            action.setToolTip(translate("MainWindow", ONLY_FOR_FILES) if on_server else "")
            if on_server:
                action.setEnabled(False)
            elif action is not self.encryption.lock_action:  # (enabled for an encrypted file alone)
                action.setEnabled(True)

    # --- loading --------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load the sidebar, the filter choices and the table."""
        def work(_task: Task) -> dict[str, Any]:
            db = self.database
            return {
                "reviews": list_reviews(db), "plans": list_milestones(db, kind="plan"),
                "searches": saved_searches(db),
                "themes": theme_choices(db),
                "sdgs": [(t.code or "", t.name) for t in list_terms(db, "sdgs")],
                "states": [s.name for s in list_states(db)],
            }

        self.tasks.run(work, on_success=self._on_loaded, on_failure=self.show_error)
        self.run_query()
        self.conflicts_view.reload(quiet=True)  # (a sync may have brought some: their count is in the tab)

    def _on_loaded(self, loaded: dict[str, Any]) -> None:
        self.reviews = {r.id: r for r in loaded["reviews"]}
        self.database_total = sum(r.recommendation_count for r in loaded["reviews"])
        if self.database_total == 0:
            self._show_empty_state(self.recommendations.rowCount())
        self.sidebar.selectionModel().blockSignals(True)
        self.plans = {plan.id: plan for plan in loaded["plans"]}
        self.navigator.fill(loaded["reviews"], loaded["plans"], loaded["searches"])
        self.sidebar.selectionModel().blockSignals(False)
        self.sidebar.expand(self.navigator.index(1, 0))
        self._show_scope_in_sidebar()
        self.suggestions.database_loaded()   # (after the rest: the sidebar and the table come first)
        self.filter_bar.set_choices(loaded["themes"], sorted(loaded["sdgs"], key=lambda s: int(s[0] or 0)),
                                    loaded["states"])

    def _show_scope_in_sidebar(self) -> None:
        """Keep what narrows the table chosen and in sight in the refilled sidebar; a scope whose
        entry is gone (a deleted plan or review) no longer narrows it."""
        index = self.navigator.index_of_scope(self.scope)
        if not index.isValid():
            self._set_scope_silently(Scope())
            self.run_query()
            return
        self._set_scope_silently(self.scope)

    def _set_scope_silently(self, scope: Scope) -> None:
        """Choose the sidebar entry of `scope` without the sidebar re-running the query."""
        self.scope = scope
        index = self.navigator.index_of_scope(self.scope)
        selection = self.sidebar.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        parent = index.parent()
        while parent.isValid():
            self.sidebar.expand(parent)
            parent = parent.parent()
        self.sidebar.viewport().update()

    # --- reactions ------------------------------------------------------------------------
    def _on_scope_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(NodeKindRole) if current.isValid() else ALL
        value = current.data(NodeValueRole) if current.isValid() else None
        if kind == REVIEW:
            scope = Scope(review_id=value)
        elif kind == STATE:
            scope = Scope(state=value)
        elif kind == PLAN:
            scope = Scope(plan_id=value)
        elif kind == SAVED_SEARCH and value:
            scope = Scope(saved=value[1])
        else:
            scope = Scope()
        if kind == SAVED_SEARCH and value:
            self.filter_bar.blockSignals(True)
            self.filter_bar.clear()
            self.filter_bar.blockSignals(False)
            self.search_box.blockSignals(True)
            self.search_box.setText(value[1].text_query or "")
            self.search_box.blockSignals(False)
        if kind in (STATE, ALL):
            self.milestones_view.show_state(value if kind == STATE else None)
        elif kind == PLAN:
            self.milestones_view.show_plan(value)
        if scope != self.scope:
            self.scope = scope
            self.run_query()

    def _on_sort_requested(self, column: SortColumn, descending: bool) -> None:
        self.sort = (column, descending)
        if self._ready:  # the view asks for a sort as soon as sorting is enabled, before the first load
            self.run_query()

    def current_recommendation_id(self) -> uuid.UUID | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(RecommendationIdRole) if index.isValid() else None

    def selected_recommendation_ids(self) -> list[uuid.UUID]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.recommendations.id_at(r) for r in rows) if i is not None]

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.current_recommendation_id()
        if current is not None:
            self._remembered = current
        # Read once the table has painted the new selection, and once only while an arrow key is held.
        self._panel_timer.start()

    def _show_current_in_panel(self) -> None:
        self.panel.show_recommendation(self.current_recommendation_id())

    def _on_edited(self, _recommendation_id: uuid.UUID | None) -> None:
        self.recommendations.refresh_rows()

    def show_recommendation(self, recommendation_id: uuid.UUID) -> None:
        """Select it in the table (showing everything first if the current view hides it)."""
        row = self.recommendations.row_of(recommendation_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.recommendations.index(row, 0))
            return
        self._panel_timer.stop()
        self.panel.show_recommendation(recommendation_id)

    def step(self, delta: int) -> None:
        current = self.table.selectionModel().currentIndex()
        row = (current.row() if current.isValid() else -1) + delta
        if 0 <= row < self.recommendations.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.recommendations.index(row, 0))

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def new_note(self) -> None:
        self.panel.focus_new_note()

    def clear_filters(self) -> None:
        self.filter_bar.blockSignals(True)
        self.filter_bar.clear()
        self.filter_bar.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        # The sidebar's choice narrows the table too: back to all recommendations.
        if self.scope != Scope():
            self._set_scope_silently(Scope())
            self.milestones_view.show_state(None)
        self.run_query()

    def save_current_search(self, name: str | None = None) -> None:
        if name is None:
            name, accepted = QInputDialog.getText(self, self.tr("Save this search"), self.tr("Name of the search:"))
            if not accepted:
                return
        wanted = dataclasses.replace(self.current_filter(), review_id=None)
        try:
            save_search(self.database, name, wanted)
        except UprTrackerError as exc:
            self.show_error(exc)
            return
        self.statusBar().showMessage(fill(self.tr("Saved the search “%1”."), name), 5000)
        self.load()

    def _table_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.link_action)
        menu.addAction(self.tr("New note"), self.new_note)
        menu.addAction(self.edit_recommendation_action)
        menu.popup(self.table.viewport().mapToGlobal(position))
        self.last_menu = menu

    def _milestones_changed(self) -> None:
        self.recommendations.refresh_rows()
        self.load()

    def _open_from_milestones(self, recommendation_id: uuid.UUID) -> None:
        self.pages.setCurrentIndex(0)
        self.show_recommendation(recommendation_id)

    def link_selected_to_milestone(self) -> None:
        """Link the selected rows to a milestone: the dialog (provided by the milestones module) chooses it."""
        from upr_tracker.gui.link_milestone_dialog import LinkMilestoneDialog

        ids = self.selected_recommendation_ids()
        rows = [self.recommendations.row_at(self.recommendations.row_of(i)) for i in ids]
        states = {r.state_iso3 for r in rows if r is not None}
        if not ids:
            self.statusBar().showMessage(self.tr("Select the recommendations to link first."), 5000)
            return
        if len(states) != 1:
            self.show_error(UprTrackerError(
                self.tr("Select recommendations of one State: a milestone belongs to one State.")))
            return
        dialog = LinkMilestoneDialog(self.database, states.pop(), ids, self)
        self.last_dialog = dialog
        if dialog.exec() and dialog.linked_milestone_id is not None:
            # The dialog has made the links: the history records them, so that Undo removes them.
            self.link_to_milestone(dialog.linked_milestone_id, ids, dialog.linked_title(),
                                   already_linked=dialog.newly_linked)

    def link_to_milestone(self, milestone_id: uuid.UUID, ids: list[uuid.UUID], title: str = "the milestone", *,
                          already_linked: list[uuid.UUID] | None = None) -> None:
        self.undo_stack.push(LinkMilestoneCommand(lambda: self.database, self._after_link, milestone_id, ids, title,
                                                  failed=self.show_error, already_linked=already_linked))

    def _after_link(self, _recommendation_id: uuid.UUID | None) -> None:
        self.recommendations.refresh_rows()
        self.panel.show_recommendation(self.current_recommendation_id())
        self.milestones_view.reload()
        self.load()

    def _switch_database(self, database: Database) -> None:
        old = self.database
        self.database = database
        self.scope = Scope()
        self.undo_stack.clear()
        self.milestones_view.remove_opened_attachments()  # copies of the database let go
        remember_recent(database.target)
        self.milestones_view.reload()
        self.problems_view.reload()
        self.suggestions.view.reload()
        self.setWindowTitle(window_title(database))
        self.update_file_actions()
        self.load()
        self.dashboard.database_opened(previous=old)
        self.others_changes.start()
        self.sync.start()
        old.close()

    def show_problems(self) -> None:
        self.pages.setCurrentIndex(self.problems_page)
        self.problems_view.reload()

    def show_conflicts(self) -> None:
        self.pages.setCurrentIndex(self.conflicts_page)
        self.conflicts_view.reload()

    def _show_conflict_count(self, count: int) -> None:
        self.pages.setTabText(self.conflicts_page,
                              fill(self.tr("Con&flicts (%1)"), count) if count else self.tr("Con&flicts"))
        self.recommendations.set_in_conflict(self.conflicts_view.recommendations_in_conflict)

    def _problems_changed(self) -> None:
        self.recommendations.refresh_rows()
        self.panel.show_recommendation(self.current_recommendation_id())
        self.load()

    def change_author_name(self) -> None:
        from upr_tracker.gui.author_name import ask_author_name

        name = ask_author_name(self, self.database.actor)
        if name:
            self.database.actor = name  # the next change is recorded under it
            self.statusBar().showMessage(fill(self.tr("Your changes are now recorded as made by %1."), name), 10_000)

    def show_report_dialog(self) -> None:
        """The report dialog, set to what the window shows: the chosen State or review, theme, search."""
        from upr_tracker.gui.report_dialog import (
            ReportDialog,  # loads the report writers
        )

        review = self.reviews.get(self.scope.review_id) if self.scope.review_id else None
        filters = self.filter_bar.values()
        dialog = ReportDialog(lambda: self.database, self.tasks, self,
                              state=review.state_iso3 if review else self.scope.state,
                              cycle=review.cycle if review else filters.get("cycle"),
                              theme=filters.get("theme"), search=self.search_box.text().strip() or None)
        dialog.saved.connect(
            lambda path: self.statusBar().showMessage(fill(self.tr("Report saved to %1."), path), 10_000))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.report_dialog = dialog

    def show_vocabularies(self) -> None:
        from upr_tracker.errors import PermissionDeniedError
        from upr_tracker.gui.vocabularies_dialog import VocabulariesDialog
        from upr_tracker.services.team_server import require_role

        try:
            require_role(self.database, "admin", "Editing the vocabularies")
        except PermissionDeniedError as exc:
            self.show_error(exc)
            return
        dialog = VocabulariesDialog(self.database, self)
        dialog.changed.connect(self.load)
        dialog.changed.connect(self.recommendations.refresh_rows)
        dialog.open()
        self.vocabularies_dialog = dialog

    def show_user_guide(self, page: str | None = None) -> UserGuideWindow:
        """The guide's window, made once and brought to the front when asked again."""
        if self.user_guide is None:
            self.user_guide = UserGuideWindow(self)
        if page:
            self.user_guide.show_page(page)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()
        return self.user_guide

    def show_about(self) -> None:
        self.about_box = AboutBox(
            self,
            self.tr("About UPR Tracker"),
            fill(self.tr("<h3>UPR Tracker %1</h3>"
                         "<p>Follow up the recommendations of the UN Universal Periodic Review: positions, "
                         "milestones, notes and assessments of implementation, offline.</p>"
                         "<p>Database: %2</p>"), html.escape(__version__), html.escape(str(self.database.target))),
        )
        self.about_box.open()

    def show_error(self, exc: BaseException) -> None:
        """A user-level problem shows its message; anything else is a bug and shows its details."""
        if isinstance(exc, TaskCancelled):
            self.statusBar().showMessage(self.tr("Cancelled."), 5000)
            return
        self.last_error_box = error_box(self, exc)

    # --- window state ---------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
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
        # Nothing new starts once closing: a query about to start is outdated, timers are stopped.
        self._closed = True
        self._query_generation += 1
        self._panel_timer.stop()
        self._search_timer.stop()
        self.tasks.wait_for_all()
        self.others_changes.stop()
        self.dashboard.remember_seen()
        self.milestones_view.remove_opened_attachments()
        super().closeEvent(event)
