"""The vocabularies manager: the terms of each vocabulary (themes, SDGs, affected persons, OHCHR
themes) with how many recommendations use them, and the three ways to change them: add, rename,
merge. Terms are never deleted: merging is how a duplicate goes away, and its names stay findable
as former names of the term that stays.

Reads and writes run off the GUI thread (gui/tasks.py). Every window the dialog opens is opened
with `open()` and kept on an attribute (`add_dialog`, `rename_dialog`, `merge_dialog`,
`duplicate_box`, `message_box`), so the tests can read and answer it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.reference import VOCABULARIES, VOCABULARY_LABELS
from upr_tracker.errors import NearDuplicateError
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.gui.term_table_model import (
    CODE,
    FORMER_NAMES,
    NAME,
    USAGE,
    TermTableModel,
)
from upr_tracker.services.values import TermInfo
from upr_tracker.services.vocabularies import (
    add_term,
    list_terms,
    merge_terms,
    rename_term,
)
from upr_tracker.storage.database import Database

# add_term refuses a name close to an existing term with this wording; the dialog then offers to
# add it anyway (force=True). Any other refusal is only shown.

INTRO = ("Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the "
         "term that stays. Terms are never deleted: merging is how one goes away, and its names stay "
         "findable as former names.")


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _quoted(names: Sequence[str]) -> str:
    """“A”, “B” and “C”."""
    quoted = [f"“{n}”" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


class VocabulariesDialog(QDialog):
    """Browse and edit the vocabularies. `changed` is emitted after every change that succeeded
    (the window then reloads what shows terms)."""

    changed = Signal()
    loaded = Signal()  # a vocabulary's terms are in the table

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularies_dialog")
        self.setWindowTitle("Vocabularies")
        self.database = database
        self.tasks = TaskRunner(self)
        self.model = TermTableModel()
        self.vocabulary = VOCABULARIES[0]
        self._load_generation = 0
        self._loading = False
        self._writing = False
        self._select_after_load: uuid.UUID | None = None
        self._pending_add: tuple[str, str | None] | None = None
        self.add_dialog: AddTermDialog | None = None
        self.rename_dialog: RenameTermDialog | None = None
        self.merge_dialog: MergeTermsDialog | None = None
        self.duplicate_box: QMessageBox | None = None
        self.message_box: QMessageBox | None = None
        self.add_anyway_button: QPushButton | None = None
        self._build()
        self._restore_geometry()
        self.reload()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.vocabulary_combo = QComboBox()
        self.vocabulary_combo.setObjectName("vocabulary_combo")
        for name in VOCABULARIES:
            self.vocabulary_combo.addItem(VOCABULARY_LABELS[name], name)
        self.vocabulary_combo.currentIndexChanged.connect(self._on_vocabulary_changed)
        vocabulary_label = QLabel("&Vocabulary:")
        vocabulary_label.setBuddy(self.vocabulary_combo)

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filter_box")
        self.filter_box.setPlaceholderText("Name, code or former name  (Ctrl+F)")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(240)
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.filter_box.returnPressed.connect(self._focus_table)
        self.filter_box.installEventFilter(self)
        filter_label = QLabel("&Filter:")
        filter_label.setBuddy(self.filter_box)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_filter)

        top = QHBoxLayout()
        top.addWidget(vocabulary_label)
        top.addWidget(self.vocabulary_combo)
        top.addSpacing(24)
        top.addWidget(filter_label)
        top.addWidget(self.filter_box, 1)

        intro = QLabel(INTRO)
        intro.setObjectName("intro_label")
        intro.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("term_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(USAGE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FORMER_NAMES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(NAME, 300)
        header.resizeSection(CODE, 64)
        # Room for the title in bold (the header highlights the selected row's sections) and the
        # sort arrow, which would otherwise cover its last letters.
        bold = header.font()
        bold.setBold(True)
        header.resizeSection(USAGE, QFontMetrics(bold).horizontalAdvance("Recommendations") + 40)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.activated.connect(self._on_activated)  # Enter or double-click: rename

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setMargin(24)
        self.empty_label.setFrameShape(QFrame.Shape.StyledPanel)  # sits where the list was, framed alike
        self.empty_label.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_label.setAutoFillBackground(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.add_button = QPushButton("&Add…")
        self.add_button.setObjectName("add_button")
        self.add_button.setToolTip("Add a term to this vocabulary")
        self.add_button.clicked.connect(self.start_add)
        self.rename_button = QPushButton("&Rename…")
        self.rename_button.setObjectName("rename_button")
        self.rename_button.setToolTip("Rename the selected term (F2, or Enter in the list); "
                                      "its old name stays findable as a former name")
        self.rename_button.clicked.connect(self.start_rename)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.start_rename,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.merge_button = QPushButton("&Merge…")
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setToolTip("Merge the selected terms (select two or more with Ctrl or Shift) "
                                     "into the one that stays")
        self.merge_button.clicked.connect(self.start_merge)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(buttons)

        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice_label")
        self.notice_label.setWordWrap(True)
        close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_box.rejected.connect(self.reject)
        # No default button: Enter acts on what has focus (see keyPressEvent), never on Add or Close.
        for button in (self.add_button, self.rename_button, self.merge_button, *close_box.buttons()):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.notice_label, 1)
        bottom.addWidget(close_box)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        self.setMinimumSize(640, 400)
        self._update_buttons()
        self.filter_box.setFocus()  # typing finds a term at once

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("vocabularies_dialog/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(900, 560)

    def done(self, result: int) -> None:
        QSettings().setValue("vocabularies_dialog/geometry", self.saveGeometry())
        self.tasks.wait_for_all()  # a write under way finishes before the dialog goes
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("vocabularies_dialog/geometry", self.saveGeometry())
        super().closeEvent(event)

    # --- public ---------------------------------------------------------------------------
    def select_vocabulary(self, vocabulary: str) -> None:
        """Show one vocabulary ("themes", "sdgs", "affected_persons", "ohchr_themes")."""
        self.vocabulary_combo.setCurrentIndex(VOCABULARIES.index(vocabulary))

    def reload(self) -> None:
        """Read the current vocabulary's terms again (off the GUI thread)."""
        self._load_generation += 1
        generation, vocabulary = self._load_generation, self.vocabulary
        self._loading = True
        self.count_label.setText("Loading…")
        self._update_buttons()

        def work(_task: Task) -> tuple[int, list[TermInfo]]:
            return generation, list_terms(self.database, vocabulary)

        self.tasks.run(work, on_success=self._on_terms, on_failure=self._on_load_failed)

    def focus_filter(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def selected_terms(self) -> list[TermInfo]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [t for t in (self.model.term_at(r) for r in rows) if t is not None]

    def select_term(self, term_id: uuid.UUID) -> bool:
        row = self.model.row_of(term_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, NAME))
        return True

    # --- loading --------------------------------------------------------------------------
    def _on_terms(self, result: tuple[int, list[TermInfo]]) -> None:
        generation, terms = result
        if generation != self._load_generation:
            return
        self._loading = False
        self.model.set_terms(terms)
        self.table.setColumnHidden(CODE, not any(t.code for t in terms))  # themes have none
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None and self.model.row_of(wanted) < 0 and self.model.filtered:
            self.filter_box.clear()  # the filter hid the term just added or renamed
        if wanted is not None:
            self.select_term(wanted)
        self._show_counts()
        self.loaded.emit()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.count_label.clear()
        self._update_buttons()
        self.tell(exc)

    def _on_vocabulary_changed(self, index: int) -> None:
        self.vocabulary = self.vocabulary_combo.itemData(index)
        self.notice_label.clear()
        self.model.set_terms([])
        self.reload()

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        if not self._loading:
            self._show_counts()

    def _show_counts(self) -> None:
        total, shown = self.model.total_count, self.model.rowCount()
        label = VOCABULARY_LABELS[self.vocabulary]
        if self.model.filtered:
            self.count_label.setText(f"{shown:,} of {_plural(total, 'term')}")
        else:
            self.count_label.setText(_plural(total, "term"))
        if shown:
            self.stack.setCurrentWidget(self.table)
        else:
            if self.model.filtered:
                text = (f"No term of {label} matches “{self.filter_box.text().strip()}”.\n"
                        "Press Esc to clear the filter, or add the term with Add… (Alt+A).")
            elif self.vocabulary == "ohchr_themes":
                text = ("There are no OHCHR themes yet.\nImporting an OHCHR matrix brings its coded themes; "
                        "you can also add one with Add… (Alt+A).")
            else:
                text = f"{label} has no terms yet.\nAdd one with Add… (Alt+A)."
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in a filled filter box clears it rather than closing the dialog."""
        if (watched is self.filter_box and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.filter_box.text()):  # type: ignore[attr-defined]
            self.filter_box.clear()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter acts on the widget that has focus (a focused button clicks itself, Enter in the
        list renames, in the filter box goes to the list); it never falls through to a default
        button. Esc closes."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused.isEnabled():
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _on_activated(self, _index: QModelIndex) -> None:
        if len(self.selected_terms()) == 1:
            self.start_rename()

    def _update_buttons(self) -> None:
        idle = not self._loading and not self._writing
        selected = len(self.table.selectionModel().selectedRows()) if self.model.rowCount() else 0
        self.add_button.setEnabled(idle)
        self.rename_button.setEnabled(idle and selected == 1)
        self.merge_button.setEnabled(idle and selected >= 2)

    # --- add ------------------------------------------------------------------------------
    def start_add(self) -> None:
        if self._loading or self._writing:
            return
        self.add_dialog = AddTermDialog(VOCABULARY_LABELS[self.vocabulary], self.filter_box.text().strip(), self)
        self.add_dialog.accepted.connect(self._on_add_accepted)
        self.add_dialog.open()

    def _on_add_accepted(self) -> None:
        dialog = self.add_dialog
        if dialog is not None:
            self.add(dialog.name(), dialog.code())

    def add(self, name: str, code: str | None = None, *, force: bool = False) -> None:
        """Add a term to the current vocabulary; a near-duplicate asks before being forced in."""
        if self._writing:
            return
        vocabulary = self.vocabulary
        self._pending_add = (name, code)
        self._write(lambda _task: add_term(self.database, vocabulary, name, code, force=force),
                    done=lambda term: f"Added “{term.name}”.",
                    failed=None if force else self._on_add_refused)

    def _on_add_refused(self, exc: BaseException) -> None:
        if not (isinstance(exc, NearDuplicateError) and self._pending_add):
            self.tell(exc)
            return
        name, _code = self._pending_add
        box = QMessageBox(self)
        box.setObjectName("duplicate_box")
        box.setWindowTitle("A close term exists")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(str(exc))
        box.setInformativeText(f"Add “{name}” anyway, as a term of its own? If it means the same thing, "
                               "cancel and use the existing term instead.")
        self.add_anyway_button = box.addButton("&Add anyway", QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.accepted.connect(self._on_add_anyway)
        self.duplicate_box = box
        box.open()

    def _on_add_anyway(self) -> None:
        if self._pending_add is not None:
            name, code = self._pending_add
            self.add(name, code, force=True)

    # --- rename ---------------------------------------------------------------------------
    def start_rename(self) -> None:
        terms = self.selected_terms()
        if len(terms) != 1 or self._loading or self._writing:
            return
        self.rename_dialog = RenameTermDialog(terms[0], self)
        self.rename_dialog.accepted.connect(self._on_rename_accepted)
        self.rename_dialog.open()

    def _on_rename_accepted(self) -> None:
        dialog = self.rename_dialog
        if dialog is not None and dialog.new_name() != dialog.term.name:
            self.rename(dialog.term, dialog.new_name())

    def rename(self, term: TermInfo, new_name: str) -> None:
        """Rename a term; its old name becomes a former name (an alias)."""
        if self._writing:
            return
        old = term.name

        def done(renamed: TermInfo) -> str:
            if old in renamed.aliases:
                return f"Renamed “{old}” to “{renamed.name}”; “{old}” stays findable as a former name."
            return f"Renamed “{old}” to “{renamed.name}”."

        self._write(lambda _task: rename_term(self.database, term.id, new_name), done=done)

    # --- merge ----------------------------------------------------------------------------
    def start_merge(self) -> None:
        terms = self.selected_terms()
        if len(terms) < 2 or self._loading or self._writing:
            return
        self.merge_dialog = MergeTermsDialog(terms, self)
        self.merge_dialog.accepted.connect(self._on_merge_accepted)
        self.merge_dialog.open()

    def _on_merge_accepted(self) -> None:
        dialog = self.merge_dialog
        if dialog is not None:
            self.merge(dialog.sources(), dialog.target())

    def merge(self, sources: Sequence[TermInfo], target: TermInfo) -> None:
        """Fold `sources` into `target`: their recommendations move to it, their names become its
        former names. Each source is merged in its own transaction."""
        if self._writing:
            return
        source_ids = [s.id for s in sources if s.id != target.id]
        count = len(source_ids)

        def work(_task: Task) -> TermInfo:
            merged = target
            for source_id in source_ids:
                merged = merge_terms(self.database, source_id, target.id)
            return merged

        self._write(work, done=lambda kept: f"Merged {_plural(count, 'term')} into “{kept.name}”.")

    # --- writing and telling --------------------------------------------------------------
    def _write(self, work: Callable[[Task], TermInfo], *, done: Callable[[TermInfo], str],
               failed: Callable[[BaseException], None] | None = None) -> None:
        """Run a change off the GUI thread; on success reload, select the term and emit `changed`."""
        self._writing = True
        self._update_buttons()
        self.notice_label.clear()
        self._write_done_text: Callable[[TermInfo], str] = done
        self._write_failed: Callable[[BaseException], None] | None = failed
        self.tasks.run(work, writes=True, on_success=self._on_written, on_failure=self._on_write_failed,
                       label="Saving…", progress_parent=self)

    def _on_written(self, term: TermInfo) -> None:
        self._writing = False
        self._pending_add = None
        self.notice_label.setText(self._write_done_text(term))
        self._select_after_load = term.id
        self.reload()
        self.changed.emit()

    def _on_write_failed(self, exc: BaseException) -> None:
        self._writing = False
        self._update_buttons()
        handler, self._write_failed = self._write_failed, None
        if handler is not None:
            handler(exc)
        else:
            self.tell(exc)
        if not isinstance(exc, NearDuplicateError):
            self.reload()  # a merge may have gone part of the way; show what is in the database

    def tell(self, exc: BaseException) -> None:
        """Show a problem: a user-level one with its message, anything else as a bug with details."""
        box = error_box(self, exc, "Vocabularies")
        if box is not None:
            box.setObjectName("message_box")
            self.message_box = box


class AddTermDialog(QDialog):
    """A name and an optional code."""

    def __init__(self, vocabulary_label: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_term_dialog")
        self.setWindowTitle(f"Add a term to {vocabulary_label}")
        self.name_box = QLineEdit(name)
        self.name_box.setObjectName("name_box")
        self.name_box.setMinimumWidth(380)
        self.code_box = QLineEdit()
        self.code_box.setObjectName("code_box")
        self.code_box.setPlaceholderText("optional (an SDG number, an OHCHR code such as A12)")
        form = QFormLayout()
        form.addRow("&Name:", self.name_box)
        form.addRow("&Code:", self.code_box)
        note = QLabel("A name close to an existing term is refused first, so that near-duplicates "
                      "(“Death Penalty” beside “Death penalty”) are not added by mistake.")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.name_box.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.name()))

    def name(self) -> str:
        return " ".join(self.name_box.text().split())

    def code(self) -> str | None:
        return self.code_box.text().strip() or None

    def accept(self) -> None:
        if self.name():
            super().accept()


class RenameTermDialog(QDialog):
    """A new name; says that the old one stays findable."""

    def __init__(self, term: TermInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = term
        self.setObjectName("rename_term_dialog")
        self.setWindowTitle(f"Rename “{term.name}”")
        self.explanation = QLabel(
            f"The old name “{term.name}” stays findable: it becomes a former name of the term, so "
            f"imports and searches that use it still find the term. The "
            f"{_plural(term.usage_count, 'recommendation')} tagged with it keep it under the new name.")
        self.explanation.setWordWrap(True)
        self.name_box = QLineEdit(term.name)
        self.name_box.setObjectName("name_box")
        self.name_box.setMinimumWidth(360)
        self.name_box.selectAll()
        form = QFormLayout()
        form.addRow("&New name:", self.name_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Rename")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name_box.textChanged.connect(self._update)
        self._update()

    def new_name(self) -> str:
        return " ".join(self.name_box.text().split())

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.new_name()) and self.new_name() != self.term.name)

    def accept(self) -> None:
        if self.ok_button.isEnabled():
            super().accept()


class MergeTermsDialog(QDialog):
    """Which of the selected terms stays, and a sentence saying what the merge will do."""

    def __init__(self, terms: Sequence[TermInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = list(terms)
        self.setObjectName("merge_terms_dialog")
        self.setWindowTitle(f"Merge {len(self.terms)} terms")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Keep this term; the others are merged into it:"))
        self.choices = QButtonGroup(self)
        # The most used term stays by default: the fewest recommendations move.
        default = max(range(len(self.terms)), key=lambda i: (self.terms[i].usage_count, -i))
        for i, term in enumerate(self.terms):
            code = f" [{term.code}]" if term.code else ""
            button = QRadioButton(f"{term.name}{code} — {_plural(term.usage_count, 'recommendation')}")
            button.setChecked(i == default)
            self.choices.addButton(button, i)
            layout.addWidget(button)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setMinimumWidth(420)
        layout.addSpacing(8)
        layout.addWidget(self.summary_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Merge")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.choices.idToggled.connect(lambda _id, _on: self._update())
        self._update()

    def target(self) -> TermInfo:
        return self.terms[max(self.choices.checkedId(), 0)]

    def sources(self) -> list[TermInfo]:
        target = self.target()
        return [t for t in self.terms if t.id != target.id]

    def choose(self, term_id: uuid.UUID) -> None:
        for i, term in enumerate(self.terms):
            if term.id == term_id:
                self.choices.button(i).setChecked(True)

    def summary_text(self) -> str:
        target, sources = self.target(), self.sources()
        moving = sum(s.usage_count for s in sources)
        names = [s.name for s in sources]
        if len(sources) == 1:
            count = sources[0].usage_count
            moves = (f"The {_plural(count, 'recommendation')} tagged “{sources[0].name}” will be tagged "
                     f"“{target.name}” instead." if count else f"No recommendation is tagged “{sources[0].name}”.")
        else:
            parts = ", ".join(f"{s.usage_count:,} from “{s.name}”" for s in sources)
            moves = (f"{_plural(moving, 'recommendation')} will move to “{target.name}” ({parts})."
                     if moving else f"No recommendation is tagged {_quoted(names)}.")
        gone = (f"{_quoted(names)} will leave the list and stay findable as "
                f"{'a former name' if len(names) == 1 else 'former names'} of “{target.name}”.")
        return f"{moves} {gone} A merge cannot be undone."

    def _update(self) -> None:
        self.summary_label.setText(self.summary_text())
