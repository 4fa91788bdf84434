"""The dialogs that settle an import problem: correct its position, assign a text that lost its
numbers, split a text that answers two groups, resolve with a note; and the small widgets they share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.positions import Position
from upr_tracker.gui.display import position_text
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import position_label
from upr_tracker.services.import_review import (
    ProblemInfo,
    SourceLine,
    TextReading,
    compact_labels,
    read_lines,
)

# (wording the services read, what the user sees, in the window's language)
POSITION_CHOICES: tuple[tuple[str, Callable[[], str]], ...] = (
    ("supported", lambda: position_label(Position.SUPPORTED)),
    ("accepted and considered already implemented",
     lambda: translate("ProblemDialogs", "Supported, considered already implemented")),
    ("partially supported", lambda: position_label(Position.PARTIALLY_SUPPORTED)),
    ("noted", lambda: position_label(Position.NOTED)),
    ("pending", lambda: translate("ProblemDialogs", "Pending (will be examined)")),
)



def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _reading_text(reading: TextReading) -> str:
    if reading.position is None:
        return translate("ProblemDialogs", "states no single position")
    return position_text(reading.position, reading.considered_implemented)


def _position_combo(reading: TextReading | None) -> QComboBox:
    """The position to record: first, as the words say (when they say one), then each position."""
    combo = QComboBox()
    if reading is not None and reading.position is not None:
        combo.addItem(fill(translate("ProblemDialogs", "As its words say: %1"), _reading_text(reading)), None)
    for value, text in POSITION_CHOICES:
        combo.addItem(text(), value)
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
        self.filter.setPlaceholderText(self.tr("Filter labels (e.g. 97.1)"))
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
        super().__init__(problem, self.tr("Correct the position"), parent)
        self.ok_button.setText(self.tr("Correct"))
        labels = list(problem.recommendation_labels or problem.labels)
        current = next((r.position for r in problem.responses if r.position), None)
        self.position_combo = QComboBox()
        for value, text in POSITION_CHOICES:
            self.position_combo.addItem(text(), value)
        if current:
            self.position_combo.setCurrentIndex(max(self.position_combo.findText(position_label(current)), 0))
        self.labels = _LabelChecklist(labels, labels)
        self.labels.changed.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(fill(self.tr("%1 in %2: record the position the State gives, as you read it in "
                                                  "the document."), problem.title, problem.document)))
        form = QFormLayout()
        form.addRow(self.tr("Position:"), self.position_combo)
        form.addRow(self.tr("For:"), self.labels)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.labels.checked() else self.tr("Tick the recommendations to correct."))

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
        super().__init__(problem, self.tr("Assign the text to recommendations"), parent)
        self.ok_button.setText(self.tr("Assign"))
        first = problem.text_first_line or problem.line or 1
        last_available = max((s.number for s in problem.context), default=first)
        self.first_line = first
        self.end_spin = QSpinBox()
        self.end_spin.setRange(first, max(first, last_available))
        self.end_spin.setValue(problem.text_last_line or first)
        self.end_spin.setPrefix(self.tr("line "))
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.reading_label = plain_label()
        suggested = [label for label in (problem.recommendation_labels or problem.labels) if label in labels]
        self.labels = _LabelChecklist(labels, suggested, filter_box=True)
        self.labels.changed.connect(self._check)
        self.position_combo = QComboBox()
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(fill(self.tr("The text from line %1 of %2 lost its recommendation numbers. Tick "
                                                  "the recommendations it answers."), first, problem.document)))
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The text")))
        left.addWidget(self.text_view, 1)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("It ends at")))
        ends.addWidget(self.end_spin)
        ends.addStretch(1)
        left.addLayout(ends)
        left.addWidget(self.reading_label)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("It answers")))
        right.addWidget(self.labels, 1)
        self.unanswered = [label for label in unanswered if label in labels]
        if self.unanswered:
            hint = QHBoxLayout()
            hint.addWidget(plain_label(fill(self.tr("Unanswered in this document: %1"), compact_labels(self.unanswered)),
                                       wrap=False), 1)
            tick = QPushButton(self.tr("Tick these"))
            tick.setObjectName("tick_unanswered")
            tick.clicked.connect(lambda: self.labels.set_checked(self.unanswered))
            hint.addWidget(tick)
            right.addLayout(hint)
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        layout.addLayout(top, 1)
        form = QFormLayout()
        form.addRow(self.tr("Position:"), self.position_combo)
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
        if reading.deciding_sentence:
            self.reading_label.setText(fill(self.tr("Its words: %1 (“%2”)"), _reading_text(reading),
                                            reading.deciding_sentence))
        else:
            self.reading_label.setText(fill(self.tr("Its words: %1"), _reading_text(reading)))
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.labels.checked() else self.tr("Tick the recommendations the text answers."))

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
        super().__init__(problem, self.tr("Split the text"), parent)
        self.ok_button.setText(self.tr("Split"))
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
        self.first_reading = plain_label()
        self.second_reading = plain_label()
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("One text answers two groups of recommendations. Click the line where the "
                                             "second answer begins, then say which recommendations each part "
                                             "answers.")))
        layout.addWidget(self.line_list, 3)
        parts = QGridLayout()
        for column, (title, checklist, combo, reading) in enumerate((
                (self.tr("First part answers"), self.first_labels, self.first_position, self.first_reading),
                (self.tr("Second part answers"), self.second_labels, self.second_position, self.second_reading))):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(checklist)
            form = QFormLayout()
            form.addRow(self.tr("Position:"), combo)
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
            self._set_problem(self.tr("Choose a line after the first one: the second part begins there."))
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
            if reading.deciding_sentence:
                label.setText(fill(self.tr("Lines %1–%2, its words: %3: “%4”"), a, b, _reading_text(reading),
                                   reading.deciding_sentence))
            else:
                label.setText(fill(self.tr("Lines %1–%2, its words: %3"), a, b, _reading_text(reading)))
        self._check()

    def _check(self) -> None:
        line = self.split_line()
        if line is None or line <= self.first_line:
            self._set_problem(self.tr("Choose a line after the first one: the second part begins there."))
        elif not self.first_labels.checked() or not self.second_labels.checked():
            self._set_problem(self.tr("Tick the recommendations each part answers."))
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
        super().__init__(problem, self.tr("Mark resolved"), parent)
        self.ok_button.setText(self.tr("Mark resolved"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("How it was resolved: checked against the printed document, left as it "
                                             "is because…"))
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(fill(self.tr("%1: %2", "a problem's title: its message"), self.problem.title,
                                          self.problem.message)))
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 300)
        self._check()

    def _check(self) -> None:
        self._set_problem("" if self.note.toPlainText().strip() else self.tr("Write how the problem was resolved."))

    def text(self) -> str:
        return self.note.toPlainText()
