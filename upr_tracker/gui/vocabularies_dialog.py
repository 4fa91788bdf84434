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
from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
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
from upr_tracker.gui.english_plurals import counted
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
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.storage.database import Database

# add_term refuses a name close to an existing term with this wording; the dialog then offers to
# add it anyway (force=True). Any other refusal is only shown.

# The vocabularies' names (domain.reference.VOCABULARY_LABELS), marked for translation.
VOCABULARY_NAMES = {
    "themes": QT_TRANSLATE_NOOP("VocabulariesDialog", "Themes"),
    "sdgs": QT_TRANSLATE_NOOP("VocabulariesDialog", "Sustainable Development Goals"),
    "affected_persons": QT_TRANSLATE_NOOP("VocabulariesDialog", "Affected persons"),
    "ohchr_themes": QT_TRANSLATE_NOOP("VocabulariesDialog", "OHCHR themes"),
}


def vocabulary_name(vocabulary: str) -> str:
    """A vocabulary's name in the window's language."""
    english = VOCABULARY_NAMES.get(vocabulary) or VOCABULARY_LABELS.get(vocabulary, vocabulary)
    return translate("VocabulariesDialog", english)  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)


def _quoted(names: Sequence[str]) -> str:
    """“A”, “B” and “C”."""
    quoted = [fill(translate("VocabulariesDialog", "“%1”", "a term's name in quotes"), n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return fill(translate("VocabulariesDialog", "%1 and %2", "the last two of a list of terms"),
                translate("VocabulariesDialog", ", ", "between the terms of a list").join(quoted[:-1]), quoted[-1])


class VocabulariesDialog(QDialog):
    """Browse and edit the vocabularies. `changed` is emitted after every change that succeeded
    (the window then reloads what shows terms)."""

    changed = Signal()
    loaded = Signal()  # a vocabulary's terms are in the table

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vocabularies_dialog")
        self.setWindowTitle(self.tr("Vocabularies"))
        self.database = database
        self.tasks = TaskRunner(self)
        self.model = TermTableModel()
        self.vocabulary = VOCABULARIES[0]
        self.model.vocabulary = self.vocabulary
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
            self.vocabulary_combo.addItem(vocabulary_name(name), name)
        self.vocabulary_combo.currentIndexChanged.connect(self._on_vocabulary_changed)
        vocabulary_label = QLabel(self.tr("&Vocabulary:"))
        vocabulary_label.setBuddy(self.vocabulary_combo)

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("filter_box")
        self.filter_box.setPlaceholderText(self.tr("Name, code or former name  (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setMinimumWidth(240)
        self.filter_box.textChanged.connect(self._on_filter_changed)
        self.filter_box.returnPressed.connect(self._focus_table)
        self.filter_box.installEventFilter(self)
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_box)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_filter)  # type: ignore[call-overload]

        top = QHBoxLayout()
        top.addWidget(vocabulary_label)
        top.addWidget(self.vocabulary_combo)
        top.addSpacing(24)
        top.addWidget(filter_label)
        top.addWidget(self.filter_box, 1)

        intro = QLabel(self.tr(
            "Terms tag recommendations. Rename a term to correct its spelling; merge duplicates into the "
            "term that stays. Terms are never deleted: merging is how one goes away, and its names stay "
            "findable as former names."))
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
        header.resizeSection(USAGE, QFontMetrics(bold).horizontalAdvance(
            str(self.model.headerData(USAGE, Qt.Orientation.Horizontal))) + 40)
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

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add_button")
        self.add_button.setToolTip(self.tr("Add a term to this vocabulary"))
        self.add_button.clicked.connect(self.start_add)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.setObjectName("rename_button")
        self.rename_button.setToolTip(self.tr("Rename the selected term (F2, or Enter in the list); "
                                              "its old name stays findable as a former name"))
        self.rename_button.clicked.connect(self.start_rename)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self.table, activated=self.start_rename,  # type: ignore[call-overload]
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("merge_button")
        self.merge_button.setToolTip(self.tr("Merge the selected terms (select two or more with Ctrl or Shift) "
                                             "into the one that stays"))
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
        for pushed in (self.add_button, self.rename_button, self.merge_button,
                       *(cast(QPushButton, b) for b in close_box.buttons())):
            pushed.setAutoDefault(False)
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
        self.count_label.setText(self.tr("Loading…"))
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
        self.model.vocabulary = self.vocabulary
        self.notice_label.clear()
        self.model.set_terms([])
        self.reload()

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        if not self._loading:
            self._show_counts()

    def _show_counts(self) -> None:
        total, shown = self.model.total_count, self.model.rowCount()
        label = vocabulary_name(self.vocabulary)
        if self.model.filtered:
            self.count_label.setText(fill(counted(self.tr("%1 of %n term(s)", "", total), total), shown))
        else:
            self.count_label.setText(counted(self.tr("%n term(s)", "", total), total))
        if shown:
            self.stack.setCurrentWidget(self.table)
        else:
            if self.model.filtered:
                text = fill(self.tr("No term of %1 matches “%2”.\n"
                                    "Press Esc to clear the filter, or add the term with Add… (Alt+A)."),
                            label, self.filter_box.text().strip())
            elif self.vocabulary == "ohchr_themes":
                text = self.tr("There are no OHCHR themes yet.\nImporting an OHCHR matrix brings its coded themes; "
                               "you can also add one with Add… (Alt+A).")
            else:
                text = fill(self.tr("%1 has no terms yet.\nAdd one with Add… (Alt+A)."), label)
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
        self.add_dialog = AddTermDialog(vocabulary_name(self.vocabulary), self.filter_box.text().strip(), self)
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
                    done=lambda term: fill(self.tr("Added “%1”."), term.name),
                    failed=None if force else self._on_add_refused)

    def _on_add_refused(self, exc: BaseException) -> None:
        if not (isinstance(exc, NearDuplicateError) and self._pending_add):
            self.tell(exc)
            return
        name, _code = self._pending_add
        box = QMessageBox(self)
        box.setObjectName("duplicate_box")
        box.setWindowTitle(self.tr("A close term exists"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(str(exc))
        box.setInformativeText(fill(self.tr("Add “%1” anyway, as a term of its own? If it means the same thing, "
                                            "cancel and use the existing term instead."), name))
        self.add_anyway_button = box.addButton(self.tr("&Add anyway"), QMessageBox.ButtonRole.AcceptRole)
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
                return fill(self.tr("Renamed “%1” to “%2”; “%1” stays findable as a former name."), old, renamed.name)
            return fill(self.tr("Renamed “%1” to “%2”."), old, renamed.name)

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

        self._write(work, done=lambda kept: fill(counted(self.tr("Merged %n term(s) into “%1”.", "", count), count),
                                                 kept.name))

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
                       label=self.tr("Saving…"), progress_parent=self)

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
        box = error_box(self, exc, self.tr("Vocabularies"))
        if box is not None:
            box.setObjectName("message_box")
            self.message_box = box


class AddTermDialog(QDialog):
    """A name and an optional code."""

    def __init__(self, vocabulary_label: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add_term_dialog")
        self.setWindowTitle(fill(self.tr("Add a term to %1"), vocabulary_label))
        self.name_box = QLineEdit(name)
        self.name_box.setObjectName("name_box")
        self.name_box.setMinimumWidth(380)
        self.code_box = QLineEdit()
        self.code_box.setObjectName("code_box")
        self.code_box.setPlaceholderText(self.tr("optional (an SDG number, an OHCHR code such as A12)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_box)
        form.addRow(self.tr("&Code:"), self.code_box)
        note = QLabel(self.tr("A name close to an existing term is refused first, so that near-duplicates "
                              "(“Death Penalty” beside “Death penalty”) are not added by mistake."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
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
        self.setWindowTitle(fill(self.tr("Rename “%1”"), term.name))
        count = term.usage_count
        self.explanation = QLabel(fill(counted(self.tr(
            "The old name “%1” stays findable: it becomes a former name of the term, so imports and searches "
            "that use it still find the term. The %n recommendation(s) tagged with it keep it under the new name.",
            "", count), count), term.name))
        self.explanation.setWordWrap(True)
        self.name_box = QLineEdit(term.name)
        self.name_box.setObjectName("name_box")
        self.name_box.setMinimumWidth(360)
        self.name_box.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("&New name:"), self.name_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Rename"))
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
        self.setWindowTitle(counted(self.tr("Merge %n term(s)", "", len(self.terms)), len(self.terms)))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep this term; the others are merged into it:")))
        self.choices = QButtonGroup(self)
        # The most used term stays by default: the fewest recommendations move.
        default = max(range(len(self.terms)), key=lambda i: (self.terms[i].usage_count, -i))
        for i, term in enumerate(self.terms):
            count = term.usage_count
            if term.code:
                text = fill(counted(self.tr("%1 [%2] — %n recommendation(s)", "", count), count), term.name, term.code)
            else:
                text = fill(counted(self.tr("%1 — %n recommendation(s)", "", count), count), term.name)
            button = QRadioButton(text)
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
        self.ok_button.setText(self.tr("&Merge"))
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
            moves = (fill(counted(self.tr("The %n recommendation(s) tagged “%1” will be tagged “%2” instead.", "",
                                          count), count), sources[0].name, target.name)
                     if count else fill(self.tr("No recommendation is tagged “%1”."), sources[0].name))
        else:
            parts = translate("VocabulariesDialog", ", ", "between the terms of a list").join(
                fill(self.tr("%1 from “%2”", "how many recommendations from a term"), s.usage_count, s.name)
                for s in sources)
            moves = (fill(counted(self.tr("%n recommendation(s) will move to “%1” (%2).", "", moving), moving),
                          target.name, parts)
                     if moving else fill(self.tr("No recommendation is tagged %1."), _quoted(names)))
        if len(names) == 1:
            gone = fill(self.tr("%1 will leave the list and stay findable as a former name of “%2”."),
                        _quoted(names), target.name)
        else:
            gone = fill(self.tr("%1 will leave the list and stay findable as former names of “%2”."),
                        _quoted(names), target.name)
        return fill(self.tr("%1 %2 A merge cannot be undone.", "what the merge moves, what leaves the list"),
                    moves, gone)

    def _update(self) -> None:
        self.summary_label.setText(self.summary_text())
