"""The problems an import flagged, each beside its source text, and the ways to settle them.

The list shows the open problems (of one review, or of all); the selected one shows its message,
its recommendations, what the import recorded, and the document's text around its line, the line
highlighted. The actions (accept, correct the position, assign a text without numbers, split a
run-together text, resolve with a note) run in the background, each one unit of work; `changed`
is emitted after each, so the window can refresh what "needs review" shows.

Document text is always shown as text (QPlainTextEdit, plain-text labels), never as HTML.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import plain_tooltip, position_text
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.import_entries import SubtitleRole, TwoLineDelegate, WarningRole
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.services.import_review import (
    ProblemInfo,
    SourceLine,
    TextReading,
    accept_position,
    assign_text,
    assignable_labels,
    compact_labels,
    correct_problem_position,
    labels_without_response,
    list_problems,
    read_lines,
    resolve_problem,
    split_text,
)
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.values import ReviewSummary
from upr_tracker.storage.database import Database

ProblemIdRole = Qt.ItemDataRole.UserRole + 11
ProblemRole = Qt.ItemDataRole.UserRole + 12
KindRole = Qt.ItemDataRole.UserRole + 13
LabelsRole = Qt.ItemDataRole.UserRole + 14
LineRole = Qt.ItemDataRole.UserRole + 15
ResolvedRole = Qt.ItemDataRole.UserRole + 16
MessageRole = Qt.ItemDataRole.UserRole + 17

# (wording the services read, what the user sees)
POSITION_CHOICES = (
    ("supported", "Supported"),
    ("accepted and considered already implemented", "Supported, considered already implemented"),
    ("partially supported", "Partially supported"),
    ("noted", "Noted"),
    ("pending", "Pending (will be examined)"),
)
PROBLEM_LINE_COLOUR = QColor("#ffe08a")
TEXT_SPAN_COLOUR = QColor("#eaf1fb")
OPEN_COLOUR = QColor("#d08a00")
RESOLVED_COLOUR = QColor("#2e8b57")


class ProblemListModel(QAbstractListModel):
    """Import problems as plain values (ProblemInfo); named roles for each of their fields."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[ProblemInfo] = []

    def set_problems(self, problems: Sequence[ProblemInfo]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    @property
    def problems(self) -> list[ProblemInfo]:
        return list(self._problems)

    def problem_at(self, row: int) -> ProblemInfo | None:
        return self._problems[row] if 0 <= row < len(self._problems) else None

    def row_of(self, problem_id: uuid.UUID | None) -> int:
        for row, problem in enumerate(self._problems):
            if problem.id == problem_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({
            ProblemIdRole: QByteArray(b"problemId"), ProblemRole: QByteArray(b"problem"), KindRole: QByteArray(b"kind"),
            LabelsRole: QByteArray(b"labels"), LineRole: QByteArray(b"line"), ResolvedRole: QByteArray(b"resolved"),
            MessageRole: QByteArray(b"message"), SubtitleRole: QByteArray(b"subtitle"),
            WarningRole: QByteArray(b"warning"),
        })
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            labels = compact_labels(problem.recommendation_labels or problem.labels)
            return f"{problem.title} · {labels}" if labels else problem.title
        if role == SubtitleRole:
            where = f"Line {problem.line} · {problem.document}" if problem.line else problem.document
            return f"Resolved · {where}" if problem.resolved else where
        if role == WarningRole:
            return False
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(problem.message)
        if role == Qt.ItemDataRole.DecorationRole:
            return RESOLVED_COLOUR if problem.resolved else OPEN_COLOUR
        if role == ProblemIdRole:
            return problem.id
        if role == ProblemRole:
            return problem
        if role == KindRole:
            return problem.kind
        if role == LabelsRole:
            return list(problem.recommendation_labels or problem.labels)
        if role == LineRole:
            return problem.line
        if role == ResolvedRole:
            return problem.resolved
        if role == MessageRole:
            return problem.message
        return None


# --- dialogs ------------------------------------------------------------------------------------


def _plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _reading_text(reading: TextReading) -> str:
    if reading.position is None:
        return "states no single position"
    return position_text(reading.position, reading.considered_implemented)


def _position_combo(reading: TextReading | None) -> QComboBox:
    """The position to record: first, as the words say (when they say one), then each position."""
    combo = QComboBox()
    if reading is not None and reading.position is not None:
        combo.addItem(f"As its words say: {_reading_text(reading)}", None)
    for value, text in POSITION_CHOICES:
        combo.addItem(text, value)
    return combo


def _source_view(lines: Sequence[SourceLine], height_lines: int = 12) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setPlainText("\n".join(numbered(line) for line in lines))
    view.setMinimumHeight(view.fontMetrics().height() * height_lines)
    return view


def numbered(line: SourceLine) -> str:
    """A line of source text with its number in a gutter: "  186 │ Kazakhstan accepts…"."""
    return f"{line.number:>5} │ {line.text}"


class _LabelChecklist(QWidget):
    """Labels to tick, with a filter box for long lists."""

    changed = Signal()

    def __init__(self, labels: Sequence[str], checked: Sequence[str] = (), *, filter_box: bool = False) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter labels (e.g. 97.1)")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        if filter_box:
            layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        wanted = set(checked)
        for label in labels:
            item = QListWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if label in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def checked(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]

    def all_labels(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def set_checked(self, labels: Sequence[str]) -> None:
        wanted = set(labels)
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.changed.emit()


class _ProblemDialog(QDialog):
    def __init__(self, problem: ProblemInfo, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setWindowTitle(title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b03020;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)

    def _set_problem(self, message: str) -> None:
        self.error.setText(message)
        self.ok_button.setEnabled(not message)


class CorrectPositionDialog(_ProblemDialog):
    """The position to record for the problem's recommendations (all, or those ticked)."""

    def __init__(self, problem: ProblemInfo, parent: QWidget | None = None) -> None:
        super().__init__(problem, "Correct the position", parent)
        self.ok_button.setText("Correct")
        labels = list(problem.recommendation_labels or problem.labels)
        current = next((r.position for r in problem.responses if r.position), None)
        self.position_combo = QComboBox()
        for value, text in POSITION_CHOICES:
            self.position_combo.addItem(text, value)
        if current:
            self.position_combo.setCurrentIndex(max(self.position_combo.findText(position_text(current)), 0))
        self.labels = _LabelChecklist(labels, labels)
        self.labels.changed.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(f"{problem.title} in {problem.document}: record the position the State gives, "
                                      "as you read it in the document."))
        form = QFormLayout()
        form.addRow("Position:", self.position_combo)
        form.addRow("For:", self.labels)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.labels.checked() else "Tick the recommendations to correct.")

    def position(self) -> str:
        return self.position_combo.currentData()

    def chosen_labels(self) -> list[str] | None:
        """The labels ticked; None when all are (the problem's own)."""
        checked = self.labels.checked()
        return None if len(checked) == len(self.labels.all_labels()) else checked


class AssignTextDialog(_ProblemDialog):
    """Which recommendations a text without numbers answers, where it ends, and its position."""

    def __init__(self, problem: ProblemInfo, labels: Sequence[str], unanswered: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(problem, "Assign the text to recommendations", parent)
        self.ok_button.setText("Assign")
        first = problem.text_first_line or problem.line or 1
        last_available = max((s.number for s in problem.context), default=first)
        self.first_line = first
        self.end_spin = QSpinBox()
        self.end_spin.setRange(first, max(first, last_available))
        self.end_spin.setValue(problem.text_last_line or first)
        self.end_spin.setPrefix("line ")
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.reading_label = _plain_label()
        suggested = [label for label in (problem.recommendation_labels or problem.labels) if label in labels]
        self.labels = _LabelChecklist(labels, suggested, filter_box=True)
        self.labels.changed.connect(self._check)
        self.position_combo = QComboBox()
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(f"The text from line {first} of {problem.document} lost its recommendation "
                                      "numbers. Tick the recommendations it answers."))
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel("The text"))
        left.addWidget(self.text_view, 1)
        ends = QHBoxLayout()
        ends.addWidget(QLabel("It ends at"))
        ends.addWidget(self.end_spin)
        ends.addStretch(1)
        left.addLayout(ends)
        left.addWidget(self.reading_label)
        right = QVBoxLayout()
        right.addWidget(QLabel("It answers"))
        right.addWidget(self.labels, 1)
        self.unanswered = [label for label in unanswered if label in labels]
        if self.unanswered:
            hint = QHBoxLayout()
            hint.addWidget(_plain_label(f"Unanswered in this document: {compact_labels(self.unanswered)}", wrap=False), 1)
            tick = QPushButton("Tick these")
            tick.setObjectName("tick_unanswered")
            tick.clicked.connect(lambda: self.labels.set_checked(self.unanswered))
            hint.addWidget(tick)
            right.addLayout(hint)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        layout.addLayout(top, 1)
        form = QFormLayout()
        form.addRow("Position:", self.position_combo)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.end_spin.valueChanged.connect(self._update_text)
        self._update_text()
        self.resize(760, 520)

    def _update_text(self) -> None:
        reading = read_lines(self.problem.context, self.first_line, self.end_spin.value())
        self.text_view.setPlainText(reading.text)
        chosen = self.position_combo.currentData() if self.position_combo.count() else None
        fresh = _position_combo(reading)
        self.position_combo.clear()
        for i in range(fresh.count()):
            self.position_combo.addItem(fresh.itemText(i), fresh.itemData(i))
        if chosen:
            self.position_combo.setCurrentIndex(max(self.position_combo.findData(chosen), 0))
        sentence = f" (“{reading.deciding_sentence}”)" if reading.deciding_sentence else ""
        self.reading_label.setText(f"Its words: {_reading_text(reading)}{sentence}")
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.labels.checked() else "Tick the recommendations the text answers.")

    def set_labels(self, labels: Sequence[str]) -> None:
        self.labels.set_checked(labels)

    def chosen_labels(self) -> list[str]:
        return self.labels.checked()

    def position(self) -> str | None:
        return self.position_combo.currentData()

    def last_line(self) -> int:
        return self.end_spin.value()


class SplitTextDialog(_ProblemDialog):
    """Where a run-together text splits, which labels go with each part, and each part's position."""

    def __init__(self, problem: ProblemInfo, parent: QWidget | None = None) -> None:
        super().__init__(problem, "Split the text", parent)
        self.ok_button.setText("Split")
        self.lines = problem.text_lines()
        self.first_line = problem.text_first_line or 1
        self.last_line = problem.text_last_line or self.first_line
        labels = list(problem.recommendation_labels or problem.labels)
        groups = problem.suggested_groups
        self.line_list = QListWidget()
        self.line_list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for line in self.lines:
            item = QListWidgetItem(numbered(line))
            item.setData(Qt.ItemDataRole.UserRole, line.number)
            self.line_list.addItem(item)
        self.line_list.currentRowChanged.connect(self._update)
        first_group = list(groups[0]) if groups else labels
        second_group = list(groups[1]) if len(groups) > 1 else []
        self.first_labels = _LabelChecklist(labels, first_group)
        self.second_labels = _LabelChecklist(labels, second_group)
        self.first_labels.changed.connect(lambda: self._exclusive(self.first_labels, self.second_labels))
        self.second_labels.changed.connect(lambda: self._exclusive(self.second_labels, self.first_labels))
        self.first_position = QComboBox()
        self.second_position = QComboBox()
        self.first_reading = _plain_label()
        self.second_reading = _plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label("One text answers two groups of recommendations. Click the line where the "
                                      "second answer begins, then say which recommendations each part answers."))
        layout.addWidget(self.line_list, 3)
        parts = QGridLayout()
        for column, (title, checklist, combo, reading) in enumerate((
                ("First part answers", self.first_labels, self.first_position, self.first_reading),
                ("Second part answers", self.second_labels, self.second_position, self.second_reading))):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(checklist)
            form = QFormLayout()
            form.addRow("Position:", combo)
            box_layout.addLayout(form)
            box_layout.addWidget(reading)
            parts.addWidget(box, 0, column)
        layout.addLayout(parts, 2)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 680)
        start = problem.suggested_split_line
        if start is None or not self.first_line < start <= self.last_line:
            start = self.first_line + 1
        self.set_split_line(start)

    def _exclusive(self, changed: _LabelChecklist, other: _LabelChecklist) -> None:
        both = set(changed.checked()) & set(other.checked())
        if both:
            other.set_checked([label for label in other.checked() if label not in both])
        self._check()

    def set_split_line(self, line: int) -> None:
        for row in range(self.line_list.count()):
            if self.line_list.item(row).data(Qt.ItemDataRole.UserRole) == line:
                self.line_list.setCurrentRow(row)
                self.line_list.scrollToItem(self.line_list.item(row), QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def split_line(self) -> int | None:
        item = self.line_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update(self) -> None:
        line = self.split_line()
        for row in range(self.line_list.count()):
            item = self.line_list.item(row)
            number = item.data(Qt.ItemDataRole.UserRole)
            second = line is not None and number >= line
            item.setBackground(QColor("#fff4d6") if second else QColor(Qt.GlobalColor.transparent))
        if line is None or line <= self.first_line:
            self._set_problem("Choose a line after the first one: the second part begins there.")
            return
        for combo, label, (a, b) in ((self.first_position, self.first_reading, (self.first_line, line - 1)),
                                     (self.second_position, self.second_reading, (line, self.last_line))):
            reading = read_lines(self.problem.context, a, b)
            chosen = combo.currentData() if combo.count() else None
            fresh = _position_combo(reading)
            combo.clear()
            for i in range(fresh.count()):
                combo.addItem(fresh.itemText(i), fresh.itemData(i))
            if chosen:
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            sentence = f": “{reading.deciding_sentence}”" if reading.deciding_sentence else ""
            label.setText(f"Lines {a}–{b}, its words: {_reading_text(reading)}{sentence}")
        self._check()

    def _check(self) -> None:
        line = self.split_line()
        if line is None or line <= self.first_line:
            self._set_problem("Choose a line after the first one: the second part begins there.")
        elif not self.first_labels.checked() or not self.second_labels.checked():
            self._set_problem("Tick the recommendations each part answers.")
        else:
            self._set_problem("")

    def first_part_labels(self) -> list[str]:
        return self.first_labels.checked()

    def second_part_labels(self) -> list[str]:
        return self.second_labels.checked()

    def positions(self) -> tuple[str | None, str | None]:
        return self.first_position.currentData(), self.second_position.currentData()


class ResolveNoteDialog(_ProblemDialog):
    """How the problem was resolved, in the user's words."""

    def __init__(self, problem: ProblemInfo, parent: QWidget | None = None) -> None:
        super().__init__(problem, "Mark resolved", parent)
        self.ok_button.setText("Mark resolved")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("How it was resolved: checked against the printed document, left as it is "
                                     "because…")
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(f"{self.problem.title}: {self.problem.message}"))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.note.toPlainText().strip() else "Write how the problem was resolved.")

    def text(self) -> str:
        return self.note.toPlainText()


# --- the view -------------------------------------------------------------------------------------


class ProblemsView(QWidget):
    """The import problems of a review (or of all), and the ways to settle them."""

    changed = Signal()     # a problem was settled: recommendations' "needs review" may have changed
    reloaded = Signal()    # the list was read again

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_view")
        self.database_getter = database_getter
        self.tasks = tasks
        self.review_id: uuid.UUID | None = None
        self.model = ProblemListModel(self)
        self.dialog: QDialog | None = None
        self.last_error_box: QMessageBox | None = None
        self.last_message = ""
        self._generation = 0
        self._wanted_id: uuid.UUID | None = None
        self._reviews: list[ReviewSummary] = []
        self._updating = False
        self._build()
        self._show_problem(None)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel("Problems to review")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("problems_review_combo")
        self.review_combo.addItem("All reviews", None)
        self.review_combo.setMinimumContentsLength(22)
        self.review_combo.currentIndexChanged.connect(self._on_review_chosen)
        self.show_resolved = QCheckBox("Show resolved")
        self.show_resolved.setObjectName("show_resolved")
        self.show_resolved.toggled.connect(lambda _checked: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName("problems_count")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(QLabel("in"))
        top.addWidget(self.review_combo)
        top.addWidget(self.show_resolved)
        top.addStretch(1)
        top.addWidget(self.count_label)

        self.list = QListView()
        self.list.setObjectName("problem_list")
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty_label = QLabel("No problems to review.\n\nWhat an import could not read with certainty is "
                                  "listed here, beside the document's text.")
        self.empty_label.setObjectName("problems_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty_label)

        self.title = QLabel()
        self.title.setObjectName("problem_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.where = _plain_label()
        self.where.setObjectName("problem_where")
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.message = _plain_label()
        self.message.setObjectName("problem_message")
        self.labels_label = _plain_label()
        self.labels_label.setObjectName("problem_labels")
        self.recorded = _plain_label()
        self.recorded.setObjectName("problem_recorded")
        self.resolution = _plain_label()
        self.resolution.setObjectName("problem_resolution")
        self.resolution.setStyleSheet("color: #2e6b3f;")
        info = QFrame()
        info.setObjectName("problem_info")
        info.setFrameShape(QFrame.Shape.StyledPanel)
        info_layout = QVBoxLayout(info)
        info_layout.addWidget(self.title)
        info_layout.addWidget(self.where)
        info_layout.addWidget(self.message)
        info_layout.addWidget(self.labels_label)
        info_layout.addWidget(self.recorded)
        info_layout.addWidget(self.resolution)

        self.source_caption = QLabel("Source text")
        self.source_view = QPlainTextEdit()
        self.source_view.setObjectName("problem_source")
        self.source_view.setReadOnly(True)
        self.source_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.accept_button = QPushButton("Accept as read")
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setToolTip("The import read it right: resolve the problem.")
        self.accept_button.clicked.connect(self.accept_current)
        self.correct_button = QPushButton("Correct position…")
        self.correct_button.setObjectName("correct_button")
        self.correct_button.clicked.connect(self.correct_current)
        self.assign_button = QPushButton("Assign to recommendations…")
        self.assign_button.setObjectName("assign_button")
        self.assign_button.clicked.connect(self.assign_current)
        self.split_button = QPushButton("Split…")
        self.split_button.setObjectName("split_button")
        self.split_button.clicked.connect(self.split_current)
        self.resolve_button = QPushButton("Mark resolved with a note…")
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.clicked.connect(self.resolve_current)
        actions = QHBoxLayout()
        for button in (self.accept_button, self.correct_button, self.assign_button, self.split_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.resolve_button)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(info)
        detail_layout.addWidget(self.source_caption)
        detail_layout.addWidget(self.source_view, 1)
        detail_layout.addLayout(actions)
        self.no_detail = QLabel("Choose a problem to see it beside the document's text.")
        self.no_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.no_detail)
        self.detail_stack.addWidget(self.detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("problems_splitter")
        splitter.addWidget(self.list_stack)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 820])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- loading --------------------------------------------------------------------------------
    def show_review(self, review_id: uuid.UUID | None) -> None:
        """Show the problems of one review (None: of all reviews)."""
        self.review_id = review_id
        self._select_review_in_combo()
        self.reload()

    def reload(self) -> None:
        """Read the problems (and the reviews for the chooser) again, in the background."""
        self._generation += 1
        generation = self._generation
        database = self.database_getter()
        review_id, resolved = self.review_id, self.show_resolved.isChecked()
        current = self.current_problem()
        if current is not None:
            self._wanted_id = current.id

        def work(_task: Task) -> tuple[list[ReviewSummary], list[ProblemInfo]]:
            return list_reviews(database), list_problems(database, review_id=review_id,
                                                         unresolved_only=not resolved)

        self.tasks.run(work, on_success=lambda result: self._loaded(generation, result),
                       on_failure=self.show_error, label="Reading the problems to review…")

    def _loaded(self, generation: int, result: tuple[list[ReviewSummary], list[ProblemInfo]]) -> None:
        if generation != self._generation:
            return
        self._reviews, problems = result
        self._fill_reviews()
        row = self.model.row_of(self._wanted_id)
        if row < 0:
            row = min(max(self.list.currentIndex().row(), 0), len(problems) - 1)
        self.model.set_problems(problems)
        open_count = sum(1 for p in problems if not p.resolved)
        self.count_label.setText(f"{open_count} open" + (f", {len(problems) - open_count} resolved"
                                                         if len(problems) != open_count else ""))
        self.list_stack.setCurrentWidget(self.list if problems else self.empty_label)
        if problems:
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self._show_problem(None)
        self.reloaded.emit()

    def _fill_reviews(self) -> None:
        self._updating = True
        try:
            self.review_combo.clear()
            self.review_combo.addItem("All reviews", None)
            for review in self._reviews:
                # Ids as text: a combo box finds its items' data by QVariant comparison.
                self.review_combo.addItem(review.title, str(review.id))
            self._select_review_in_combo()
        finally:
            self._updating = False

    def _select_review_in_combo(self) -> None:
        updating = self._updating
        self._updating = True
        try:
            index = self.review_combo.findData(str(self.review_id)) if self.review_id else 0
            if index < 0 and self.review_id is not None:
                self.review_combo.addItem("This review", str(self.review_id))
                index = self.review_combo.count() - 1
            self.review_combo.setCurrentIndex(index)
        finally:
            self._updating = updating

    def _on_review_chosen(self, index: int) -> None:
        if self._updating:
            return
        chosen = self.review_combo.itemData(index)
        self.review_id = uuid.UUID(chosen) if chosen else None
        self.reload()

    # --- the selected problem -------------------------------------------------------------------
    def current_problem(self) -> ProblemInfo | None:
        index = self.list.currentIndex()
        return index.data(ProblemRole) if index.isValid() else None

    def select_problem(self, problem_id: uuid.UUID) -> bool:
        row = self.model.row_of(problem_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        problem = current.data(ProblemRole) if current.isValid() else None
        self._wanted_id = problem.id if problem else None
        self._show_problem(problem)

    def _show_problem(self, problem: ProblemInfo | None) -> None:
        if problem is None:
            self.detail_stack.setCurrentWidget(self.no_detail)
            for button in (self.accept_button, self.correct_button, self.assign_button, self.split_button,
                           self.resolve_button):
                button.setEnabled(False)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self.title.setText(problem.title)
        where = [problem.document]
        if problem.review_title:
            where.append(problem.review_title)
        if problem.line:
            where.append(f"line {problem.line}")
        self.where.setText(" · ".join(where))
        self.message.setText(problem.message)
        labels = problem.recommendation_labels or problem.labels
        self.labels_label.setText(f"Recommendations: {compact_labels(labels)}" if labels
                                  else "Recommendations: none named (the text lost its numbers)")
        self.recorded.setText(self._recorded_text(problem))
        self.resolution.setVisible(problem.resolved)
        self.resolution.setText(f"Resolved: {problem.resolution or ''}")
        self._show_source(problem)
        open_problem = not problem.resolved
        has_labels = bool(labels)
        self.accept_button.setEnabled(open_problem)
        self.correct_button.setEnabled(open_problem and has_labels)
        self.assign_button.setEnabled(open_problem and problem.can_assign)
        self.split_button.setEnabled(open_problem and problem.can_split)
        self.resolve_button.setEnabled(open_problem)
        self.assign_button.setVisible(problem.can_assign or problem.kind == ProblemKind.ORPHAN_TEXT.value)
        self.split_button.setVisible(problem.can_split or problem.kind == ProblemKind.MERGED_GROUPS.value)

    @staticmethod
    def _recorded_text(problem: ProblemInfo) -> str:
        if not problem.responses:
            if problem.kind == ProblemKind.ORPHAN_TEXT.value:
                return "Recorded: nothing yet; the text awaits its recommendations."
            return "Recorded from this document: no position."
        lines = []
        for response in problem.responses:
            position = position_text(response.position, response.considered_implemented) if response.position \
                else "no position (unclear)"
            sentence = f" — “{response.deciding_sentence}”" if response.deciding_sentence else ""
            lines.append(f"{compact_labels(response.labels)}: {position}{sentence}")
        return "Recorded from this document:\n" + "\n".join(lines)

    def _show_source(self, problem: ProblemInfo) -> None:
        view = self.source_view
        if not problem.context:
            self.source_caption.setText("Source text")
            if problem.line is None and problem.kind == ProblemKind.NO_RESPONSE.value:
                note = ("No line of the document concerns this problem: the document answers the other "
                        "recommendations but not these.")
            elif problem.line is None:
                note = "No line of the document concerns this problem."
            else:
                note = "The text of this document was not kept (it was read from its tables)."
            view.setPlainText(note)
            view.setExtraSelections([])
            return
        first, last = problem.context[0].number, problem.context[-1].number
        self.source_caption.setText(f"Source text, lines {first}–{last} of {problem.document}")
        view.setPlainText("\n".join(numbered(line) for line in problem.context))
        selections = []
        problem_row = None
        for row, line in enumerate(problem.context):
            in_span = (problem.text_first_line is not None and problem.text_last_line is not None
                       and problem.text_first_line <= line.number <= problem.text_last_line)
            if line.number == problem.line:
                problem_row = row
                colour = PROBLEM_LINE_COLOUR
            elif in_span:
                colour = TEXT_SPAN_COLOUR
            else:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(view.document().findBlockByNumber(row))
            selection.format = QTextCharFormat()
            selection.format.setBackground(colour)
            selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(selection)
        view.setExtraSelections(selections)
        if problem_row is not None:
            cursor = QTextCursor(view.document().findBlockByNumber(problem_row))
            view.setTextCursor(cursor)
            view.centerCursor()

    def highlighted_line(self) -> int | None:
        """The number of the source line shown highlighted as the problem's line."""
        problem = self.current_problem()
        if problem is None or not problem.context:
            return None
        return problem.line if any(s.number == problem.line for s in problem.context) else None

    # --- actions --------------------------------------------------------------------------------
    def accept_current(self) -> None:
        problem = self.current_problem()
        if problem is not None:
            self._act(lambda db: accept_position(db, problem.id), "Accepted as read.")

    def correct_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = CorrectPositionDialog(problem, self)
        dialog.accepted.connect(lambda: self._act(
            lambda db: correct_problem_position(db, problem.id, dialog.position(), labels=dialog.chosen_labels()),
            "Position corrected."))
        self._open(dialog)

    def assign_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        database = self.database_getter()

        def work(_task: Task) -> tuple[list[str], list[str]]:
            return assignable_labels(database, problem.id), labels_without_response(database, problem.id)

        self.tasks.run(work, on_success=lambda found: self._open_assign(problem, *found), on_failure=self.show_error,
                       label="Reading the review's labels…")

    def _open_assign(self, problem: ProblemInfo, labels: list[str], unanswered: list[str]) -> None:
        dialog = AssignTextDialog(problem, labels, unanswered, self)
        dialog.accepted.connect(lambda: self._act(
            lambda db: assign_text(db, problem.id, dialog.chosen_labels(), dialog.position(),
                                   last_line=dialog.last_line()),
            "Text assigned."))
        self._open(dialog)

    def split_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = SplitTextDialog(problem, self)

        def split(db: Database) -> None:
            first, second = dialog.positions()
            split_text(db, problem.id, dialog.first_part_labels(), dialog.second_part_labels(), dialog.split_line() or 0,
                       first_position=first, second_position=second)

        dialog.accepted.connect(lambda: self._act(split, "Text split in two answers."))
        self._open(dialog)

    def resolve_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = ResolveNoteDialog(problem, self)
        dialog.accepted.connect(lambda: self._act(lambda db: resolve_problem(db, problem.id, dialog.text()),
                                                  "Marked resolved."))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _act(self, work: Callable[[Database], Any], done: str) -> None:
        database = self.database_getter()

        def run(_task: Task) -> Any:
            return work(database)

        self.tasks.run(run, writes=True, label="Saving…", progress_parent=self,
                       on_success=lambda _result: self._acted(done), on_failure=self.show_error)

    def _acted(self, message: str) -> None:
        self.last_message = message
        self.count_label.setText(message)
        self.changed.emit()
        self.reload()

    def show_error(self, exc: BaseException) -> None:
        box = error_box(self, exc, "Problems to review")
        if box is not None:
            self.last_error_box = box
