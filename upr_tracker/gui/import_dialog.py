"""The import dialog: drop or choose files, see what each one is and what importing it would do
before anything is written, adjust what was detected, map the columns of a table of no known
format, then import.

Each file is previewed by a dry run of the real importer in the background (progress and cancel
in the dialog); changing its kind, State, cycle or column mapping previews it again. Import runs
the real imports one after another in the background and emits `imported` with their reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import state_text
from upr_tracker.domain.cycles import CYCLE_YEARS
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.column_mapping_panel import ColumnMappingPanel, guessed_mapping
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.import_dialog_widgets import (
    StatCard,
    awaited_banner,
    banner,
    configure_table,
    plain_label,
)
from upr_tracker.gui.import_encoding_row import EncodingRow
from upr_tracker.gui.import_entries import (
    CHOICE_STATUSES,
    KIND_CHOICES,
    AnyReport,
    EntryRole,
    EntryStatus,
    ImportEntry,
    ImportFileListModel,
    ImportOptions,
    TwoLineDelegate,
    file_family,
    file_filter,
    run_import,
    run_preview,
    words,
)
from upr_tracker.gui.import_entry_view import EntryView
from upr_tracker.gui.import_preview_models import (
    PreviewPositionsModel,
    PreviewProblemsModel,
)
from upr_tracker.gui.last_folders import IMPORT, last_folder, remember_folder
from upr_tracker.gui.list_detail_screen import (
    detail_stack,
    placeholder_label,
    side_by_side,
)
from upr_tracker.gui.tasks import Task, TaskCancelled, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.column_mappings import save_mapping, saved_mappings
from upr_tracker.services.document_reading import ChoiceNeededError
from upr_tracker.services.import_review import (
    DetectedDocument,
    TableColumns,
    detect_document,
    table_columns,
)
from upr_tracker.services.json_import import JsonImportReport
from upr_tracker.services.states import list_states
from upr_tracker.services.values import StateInfo
from upr_tracker.storage.database import Database

# --- the dialog -----------------------------------------------------------------------------------


class ImportDialog(EntryView, QDialog):
    """Import with a preview. `database_getter` gives the open database (it may change while the
    dialog is open); `tasks` runs the work. Emits `imported` with the reports of what went in."""

    imported = Signal(list)

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner,
                 paths: list[Path] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import documents and datasets"))
        self.setAcceptDrops(True)
        self.database_getter = database_getter
        self.tasks = tasks
        self.model = ImportFileListModel(self)
        self.positions_model = PreviewPositionsModel(self)
        self.problems_model = PreviewProblemsModel(self)
        self.states: list[StateInfo] = []
        self.mappings: dict[str, dict[str, str]] = {}
        self.last_error_box: QMessageBox | None = None
        self.last_message: str = ""
        self._running: set[Task] = set()
        self._import_queue: list[ImportEntry] = []
        self._reports: list[AnyReport] = []
        self._import_errors: list[str] = []
        self._importing = False
        self._closed = False
        self._updating = False
        self._build()
        self.resize(1180, 760)
        self._load_choices()
        if paths:
            self.add_paths(paths)
        self._show_entry(None)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        intro = plain_label(self.tr("Drop UN documents (Working Group reports, addenda, OHCHR matrices) or tables "
                                    "(UPR Info, UHRI, your own) on this window, or add them. Nothing is written "
                                    "until you choose Import."))
        intro.setWordWrap(True)

        self.file_list = QListView()
        self.file_list.setObjectName("import_file_list")
        self.file_list.setModel(self.model)
        self.file_list.setItemDelegate(TwoLineDelegate(self.file_list))
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.file_list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.drop_hint = QLabel(self.tr("Drop files here\n\nor choose “Add files…”"))
        self.drop_hint.setObjectName("drop_hint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet("QLabel#drop_hint { border: 2px dashed palette(mid); border-radius: 8px; "
                                     "color: palette(placeholder-text); padding: 24px; }")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.drop_hint)
        self.list_stack.addWidget(self.file_list)
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setObjectName("add_files_button")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_file_button")
        self.remove_button.clicked.connect(self.remove_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Files")))
        left_layout.addWidget(self.list_stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.details = self._build_details()
        self.empty_details = placeholder_label(self.tr("Add a file to see what it is and what importing it would do."))
        self.details_stack = detail_stack(self.empty_details, self.details)
        splitter = side_by_side(left, self.details_stack, (330, 850))

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("import_progress")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(220)
        self.progress_label = plain_label()
        self.progress_label.setObjectName("progress_label")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_all)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_bar)
        bottom.addWidget(self.progress_label, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addSpacing(16)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._set_busy_widgets(False)

    def _build_details(self) -> QWidget:
        self.file_title = QLabel()
        self.file_title.setObjectName("file_title")
        self.file_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.file_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.file_title.setFont(font)
        self.file_path = plain_label()
        self.file_path.setStyleSheet("color: palette(placeholder-text);")

        detected = QGroupBox(self.tr("Detected"))
        form = QFormLayout(detected)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.detected_kind = plain_label()
        self.detected_state = plain_label()
        self.detected_cycle = plain_label()
        self.detected_session = plain_label()
        self.detected_symbol = plain_label()
        for name, shown in (("detected_kind", self.detected_kind), ("detected_state", self.detected_state),
                             ("detected_cycle", self.detected_cycle), ("detected_session", self.detected_session),
                             ("detected_symbol", self.detected_symbol)):
            shown.setObjectName(name)
        form.addRow(self.tr("Kind:"), self.detected_kind)
        form.addRow(self.tr("State:"), self.detected_state)
        form.addRow(self.tr("Cycle:"), self.detected_cycle)
        form.addRow(self.tr("Session:"), self.detected_session)
        form.addRow(self.tr("Symbol:"), self.detected_symbol)

        self.read_as = QGroupBox(self.tr("Read it as"))
        read_form = QFormLayout(self.read_as)
        read_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for value, text in KIND_CHOICES:
            self.kind_combo.addItem(words(text), value)
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("state_combo")
        self.state_combo.addItem(self.tr("As the document says"), None)
        self.state_combo.setMinimumContentsLength(18)
        self.cycle_combo = QComboBox()
        self.cycle_combo.setObjectName("cycle_combo")
        self.cycle_combo.addItem(self.tr("As the document says"), None)
        for cycle, years in CYCLE_YEARS.items():
            self.cycle_combo.addItem(fill(self.tr("Cycle %1 (%2)"), cycle, years), cycle)
        read_form.addRow(self.tr("Kind:"), self.kind_combo)
        read_form.addRow(self.tr("State:"), self.state_combo)
        read_form.addRow(self.tr("Cycle:"), self.cycle_combo)
        hint = plain_label(self.tr("Change what was detected if the document is misread; the preview follows."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        read_form.addRow(hint)
        self.kind_combo.currentIndexChanged.connect(self._on_options_changed)
        self.state_combo.currentIndexChanged.connect(self._on_options_changed)
        self.cycle_combo.currentIndexChanged.connect(self._on_options_changed)

        top = QHBoxLayout()
        top.addWidget(detected, 1)
        top.addWidget(self.read_as, 1)
        self.encoding_row = EncodingRow()
        self.encoding_row.chosen.connect(self._on_encoding_chosen)

        # Says what the document leaves unsaid (kind, State or cycle) and asks for it.
        self.cycle_banner = banner("cycle_banner", "#fff4d6", "#e0b84a")
        self.choices_button = QPushButton(self.tr("Preview with these choices"))
        self.choices_button.setObjectName("choices_button")
        self.choices_button.clicked.connect(self.preview_as_chosen)
        self.choices_button.hide()
        self.error_banner = banner("error_banner", "#fde8e6", "#d9776b")
        self.mapping_panel = ColumnMappingPanel()
        self.mapping_panel.apply_requested.connect(self.apply_mapping)
        self.mapping_panel.save_requested.connect(self.save_mapping_as)
        self.mapping_panel.hide()
        self.skip_bad_rows = QCheckBox(self.tr("Skip the rows that cannot be imported and import the others"))
        self.skip_bad_rows.setObjectName("skip_bad_rows")
        self.skip_bad_rows.toggled.connect(self._on_skip_toggled)
        self.skip_bad_rows.hide()

        self.cards = {
            "created": StatCard(self.tr("recommendations to create")),
            "updated": StatCard(self.tr("to update")),
            "unchanged": StatCard(self.tr("already there")),
            "responses": StatCard(self.tr("positions to record")),
            "problems": StatCard(self.tr("points to review")),
        }
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        self.cards_row = QWidget()
        self.cards_row.setLayout(cards)
        cards.setContentsMargins(0, 0, 0, 0)

        self.positions_view = QTableView()
        self.positions_view.setObjectName("preview_positions")
        self.positions_view.setModel(self.positions_model)
        configure_table(self.positions_view, (200, 235, 300, 100), stretch=2)
        self.problems_view = QTableView()
        self.problems_view.setObjectName("preview_problems")
        self.problems_view.setModel(self.problems_model)
        configure_table(self.problems_view, (170, 190, 50, 300), stretch=3)
        self.notes_view = QPlainTextEdit()
        self.notes_view.setObjectName("preview_notes")
        self.notes_view.setReadOnly(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("preview_tabs")
        self.preview_tabs.addTab(self.positions_view, self.tr("Positions"))
        self.preview_tabs.addTab(self.problems_view, self.tr("Points to review"))
        self.preview_tabs.addTab(self.notes_view, self.tr("Notes"))

        self.preview_box = QGroupBox(self.tr("What importing it would do"))
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.cards_row)
        self.awaited_label = awaited_banner()
        preview_layout.addWidget(self.awaited_label)
        preview_layout.addWidget(self.preview_tabs, 1)

        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.file_title)
        layout.addWidget(self.file_path)
        layout.addLayout(top)
        layout.addWidget(self.encoding_row)
        layout.addWidget(self.cycle_banner)
        layout.addWidget(self.choices_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.mapping_panel)
        layout.addWidget(self.skip_bad_rows)
        layout.addWidget(self.preview_box, 1)
        self.preview_placeholder = QLabel()
        self.preview_placeholder.setObjectName("preview_placeholder")
        self.preview_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_placeholder.setWordWrap(True)
        self.preview_placeholder.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.preview_placeholder, 1)
        return widget

    # --- files ----------------------------------------------------------------------------------
    @property
    def entries(self) -> list[ImportEntry]:
        return self.model.entries

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import documents and datasets"),
                                                      str(last_folder(IMPORT)), file_filter())
        if paths:
            remember_folder(IMPORT, paths[0])
            self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: Sequence[Path | str]) -> None:
        """Add files (those already in the list are skipped) and preview each."""
        known = {e.path.resolve() for e in self.model.entries}
        first_new: ImportEntry | None = None
        for raw in paths:
            path = Path(raw)
            if path.resolve() in known or path.is_dir():
                continue
            known.add(path.resolve())
            entry = ImportEntry(ImportOptions(path, file_family(path)))
            self.model.add(entry)
            first_new = first_new or entry
            self._start_preview(entry)
        self.list_stack.setCurrentWidget(self.file_list if self.model.rowCount() else self.drop_hint)
        if first_new is not None:
            self.file_list.setCurrentIndex(self.model.index(self.model.row_of(first_new), 0))
        self._update_buttons()

    def remove_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.status is EntryStatus.IMPORTING:
            return
        entry.generation += 1  # a preview still running is ignored when it returns
        self.model.remove(self.model.row_of(entry))
        self.list_stack.setCurrentWidget(self.file_list if self.model.rowCount() else self.drop_hint)
        self._show_entry(self.current_entry())
        self._update_buttons()

    def current_entry(self) -> ImportEntry | None:
        index = self.file_list.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    def select_entry(self, entry: ImportEntry) -> None:
        self.file_list.setCurrentIndex(self.model.index(self.model.row_of(entry), 0))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # --- choices (States, saved mappings) -----------------------------------------------------
    def _load_choices(self) -> None:
        database = self.database_getter()

        def work(_task: Task) -> tuple[list[StateInfo], dict[str, dict[str, str]]]:
            return list_states(database), saved_mappings(database)

        self._run(work, on_success=self._choices_loaded, label=self.tr("Loading States…"), quiet=True)

    def _choices_loaded(self, loaded: tuple[list[StateInfo], dict[str, dict[str, str]]]) -> None:
        self.states, self.mappings = loaded
        self._updating = True
        try:
            for state in self.states:
                self.state_combo.addItem(fill(self.tr("%1 (%2)", "a State's name and its ISO code"),
                                              state_text(state.iso3, state.name),
                                              state.iso3), state.iso3)
            self.mapping_panel.set_saved(self.mappings)
        finally:
            self._updating = False
        self._show_entry(self.current_entry())

    # --- previews ---------------------------------------------------------------------------------
    def _start_preview(self, entry: ImportEntry) -> None:
        entry.generation += 1
        generation = entry.generation
        entry.status, entry.report, entry.error, entry.detected = EntryStatus.READING, None, None, None
        self.model.entry_changed(entry)
        database = self.database_getter()
        options = entry.options
        if options.family == "table" and entry.columns is None:
            def read_header(_task: Task) -> TableColumns:
                return table_columns(options.path, encoding=options.encoding)

            self._run(read_header, on_success=lambda columns: self._header_read(entry, generation, columns),
                      on_failure=lambda exc: self._preview_failed(entry, generation, exc),
                      label=fill(self.tr("Reading %1…"), options.path.name))
            return
        if options.family == "table" and entry.columns is not None and entry.columns.format is None \
                and options.mapping is None:
            entry.status = EntryStatus.NEEDS_MAPPING
            self._entry_updated(entry)
            return

        def work(task: Task) -> AnyReport:
            return run_preview(database, options, task)

        self._run(work, on_success=lambda report: self._previewed(entry, generation, report),
                  on_failure=lambda exc: self._preview_failed(entry, generation, exc),
                  label=fill(self.tr("Previewing %1…"), options.path.name), writes=True)
        self._entry_updated(entry)

    def _header_read(self, entry: ImportEntry, generation: int, columns: TableColumns) -> None:
        if generation != entry.generation or self._closed:
            return
        entry.columns = columns
        if columns.format is None:
            entry.options = replace(entry.options, mapping=guessed_mapping(columns.columns))
            entry.status = EntryStatus.NEEDS_MAPPING
            self._entry_updated(entry)
            return
        self._start_preview(entry)

    def _previewed(self, entry: ImportEntry, generation: int, report: AnyReport) -> None:
        if generation != entry.generation or self._closed:
            return
        entry.report, entry.error = report, None
        entry.status = EntryStatus.READY
        self._entry_updated(entry)

    def _preview_failed(self, entry: ImportEntry, generation: int, exc: BaseException) -> None:
        if generation != entry.generation or self._closed:
            return
        entry.report = None
        if isinstance(exc, TaskCancelled):
            entry.status = EntryStatus.CANCELLED
            entry.error = self.tr("The preview was cancelled: change an option to preview it again.")
        elif isinstance(exc, ChoiceNeededError) and exc.option in CHOICE_STATUSES:
            # The command line's advice ("; give --state ISO3") is said by the banner in the dialog's words.
            message = re.sub(r"; give --\w+(?: [\w-]+)?$", "", str(exc))
            entry.status, entry.error, entry.guesses = CHOICE_STATUSES[exc.option], message, exc.guesses
            self._detect(entry, generation)
        else:
            entry.status, entry.error = EntryStatus.FAILED, _error_text(exc)
            self.show_error(exc)
        self._entry_updated(entry)

    def _detect(self, entry: ImportEntry, generation: int) -> None:
        """What the document says about itself, for the "Detected" panel, when the import needs
        more than the document says."""
        options = entry.options
        kind = str(entry.guesses.get("kind", options.kind))   # read here: the worker never reads the live entry

        def work(_task: Task) -> DetectedDocument:
            return detect_document(options.path, kind, encoding=options.encoding)

        def detected(found: DetectedDocument) -> None:
            if generation == entry.generation:
                entry.detected = found
                self._entry_updated(entry)

        self._run(work, on_success=detected, on_failure=lambda _exc: None, label=self.tr("Reading…"), quiet=True)

    def _entry_updated(self, entry: ImportEntry) -> None:
        self.model.entry_changed(entry)
        if entry is self.current_entry():
            self._show_entry(entry)
        self._update_buttons()

    def preview_again(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self._start_preview(entry)

    # --- options --------------------------------------------------------------------------------
    def preview_as_chosen(self) -> None:
        """Preview the current file as the "Read it as" choices say, guesses included."""
        self._on_options_changed()

    def _on_options_changed(self) -> None:
        if self._updating:
            return
        entry = self.current_entry()
        if entry is None or entry.options.family != "document" or entry.status is EntryStatus.IMPORTING:
            return
        entry.options = replace(entry.options, kind=self.kind_combo.currentData() or "auto",
                                state=self.state_combo.currentData(), cycle=self.cycle_combo.currentData())
        self._start_preview(entry)

    def _on_encoding_chosen(self, encoding: str | None) -> None:
        entry = self.current_entry()
        if self._updating or entry is None or entry.status in (EntryStatus.IMPORTING, EntryStatus.IMPORTED):
            return
        entry.options = replace(entry.options, encoding=encoding)
        entry.columns = None   # a table's header is read again, in the new encoding
        self._start_preview(entry)

    def _on_skip_toggled(self, checked: bool) -> None:
        entry = self.current_entry()
        if entry is not None and not self._updating:
            entry.options = replace(entry.options, skip_bad_rows=checked)

    # --- column mapping ---------------------------------------------------------------------------
    def apply_mapping(self) -> None:
        """Preview the current table with the mapping the panel shows."""
        entry = self.current_entry()
        if entry is None or entry.options.family != "table":
            return
        entry.options = replace(entry.options, mapping=self.mapping_panel.current_mapping())
        if entry.columns is not None and entry.columns.format is None and "text" not in (entry.options.mapping or {}):
            self._error_message(self.tr("Say which column holds the recommendation's text."))
            return
        self._start_preview(entry)

    def save_mapping_as(self, name: str) -> None:
        """Save the mapping the panel shows under a name, in the background."""
        mapping = self.mapping_panel.current_mapping()
        database = self.database_getter()

        def work(_task: Task) -> tuple[str, dict[str, dict[str, str]]]:
            save_mapping(database, name, mapping)
            return name, saved_mappings(database)

        self._run(work, on_success=self._mapping_saved, on_failure=self.show_error, label=self.tr("Saving the mapping…"),
                  writes=True)

    def _mapping_saved(self, result: tuple[str, dict[str, dict[str, str]]]) -> None:
        name, self.mappings = result
        self.mapping_panel.set_saved(self.mappings, current=name)
        self._say(fill(self.tr("Mapping saved as “%1”."), name))

    # --- showing an entry -------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_entry(current.data(EntryRole) if current.isValid() else None)
        self._update_buttons()

    # --- importing --------------------------------------------------------------------------------
    def import_all(self) -> None:
        """Import every file whose preview is ready, one after another, in the background."""
        if self._importing:
            return
        ready = [e for e in self.model.entries if e.ready]
        if not ready:
            return
        self._importing = True
        self._import_queue = ready
        self._reports, self._import_errors = [], []
        self._import_next()

    def _import_next(self) -> None:
        if not self._import_queue:
            self._import_finished()
            return
        entry = self._import_queue.pop(0)
        entry.status = EntryStatus.IMPORTING
        self._entry_updated(entry)
        database = self.database_getter()
        options = entry.options

        def work(task: Task) -> AnyReport:
            return run_import(database, options, task)

        self._run(work, on_success=lambda report: self._imported_one(entry, report),
                  on_failure=lambda exc: self._import_failed(entry, exc),
                  label=fill(self.tr("Importing %1…"), options.path.name), writes=True)

    def _imported_one(self, entry: ImportEntry, report: AnyReport) -> None:
        entry.status, entry.report = EntryStatus.IMPORTED, report
        self._reports.append(report)
        self._entry_updated(entry)
        self._import_next()

    def _import_failed(self, entry: ImportEntry, exc: BaseException) -> None:
        if isinstance(exc, TaskCancelled):
            entry.status = EntryStatus.CANCELLED
            entry.error = self.tr("The import was cancelled: nothing of this file was written.")
            self._import_queue.clear()
        else:
            entry.status, entry.error = EntryStatus.FAILED, _error_text(exc)
            self._import_errors.append(fill(self.tr("%1: %2", "a file's name: what went wrong"), entry.path.name,
                                            _error_text(exc)))
        self._entry_updated(entry)
        self._import_next()

    def _import_finished(self) -> None:
        self._importing = False
        reports = list(self._reports)
        self._update_buttons()
        if reports:
            self.imported.emit(reports)
        created = sum(_created(r) for r in reports)
        self._say(fill(counted(self.tr("%n file(s) imported: %1 new recommendations.", "", len(reports)), len(reports)),
                       created))
        if self._import_errors:
            self._error_message(fill(self.tr("Not imported (nothing was written for these):\n\n%1"),
                                     "\n\n".join(self._import_errors)))
        elif reports and not any(e.status is EntryStatus.CANCELLED for e in self.model.entries):
            self.accept()

    # --- background work -------------------------------------------------------------------------
    def _run(self, work: Callable[[Task], Any], *, on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None] | None = None, label: str, writes: bool = False,
             quiet: bool = False) -> Task:
        task = self.tasks.run(work, on_success=lambda result: None if self._closed else on_success(result),
                              on_failure=lambda exc: None if self._closed else (on_failure or self.show_error)(exc),
                              writes=writes, label=label)
        if not quiet:
            self._running.add(task)
            task.progressed.connect(self._on_progress)
            task.finished.connect(lambda: self._task_finished(task))
            self.progress_label.setText(label)
            self.progress_bar.setRange(0, 0)
            self._set_busy_widgets(True)
        return task

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 0))
        self.progress_bar.setValue(done)
        if text:
            self.progress_label.setText(text)

    def _task_finished(self, task: Task) -> None:
        self._running.discard(task)
        if not self._running:
            self._set_busy_widgets(False)
            if not self.last_message:
                self.progress_label.clear()
        self._update_buttons()

    def _set_busy_widgets(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.last_message = ""

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel(self) -> None:
        """Ask every running preview or import of the dialog to stop (nothing of it is written)."""
        self._import_queue.clear()
        for task in list(self._running):
            task.cancel()

    def _update_buttons(self) -> None:
        ready = sum(1 for e in self.model.entries if e.ready)
        self.import_button.setText(counted(self.tr("Import %n file(s)", "", ready), ready) if ready else self.tr("Import"))
        self.import_button.setEnabled(bool(ready) and not self._importing)
        entry = self.current_entry()
        self.remove_button.setEnabled(entry is not None and entry.status is not EntryStatus.IMPORTING)
        self.add_button.setEnabled(not self._importing)

    # --- messages ---------------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.last_message = message
        self.progress_label.setText(message)

    def show_error(self, exc: BaseException) -> None:
        box = error_box(self, exc, self.tr("Import"))
        if box is not None:
            self.last_error_box = box

    def _error_message(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import"), text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.last_error_box = box

    def showEvent(self, event: Any) -> None:
        self._closed = False
        super().showEvent(event)

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, UprTrackerError):
        return str(exc)
    return fill(translate("ImportDialog", "Unexpected error: %1: %2"), exc.__class__.__name__, str(exc))


def _created(report: AnyReport) -> int:
    if isinstance(report, JsonImportReport):
        counts = report.counts.get("recommendations")
        return counts.created if counts else 0
    return report.recommendations.created
