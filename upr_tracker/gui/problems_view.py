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
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.breaking_row import BreakingRow, group_of
from upr_tracker.gui.display import plain_tooltip, position_text
from upr_tracker.gui.import_entries import SubtitleRole, WarningRole
from upr_tracker.gui.list_detail_screen import ListDetailScreen, ValueListModel
from upr_tracker.gui.problem_dialogs import (
    AssignTextDialog,
    CorrectPositionDialog,
    ResolveNoteDialog,
    SplitTextDialog,
    numbered,
    plain_label,
)
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.services.import_review import (
    ProblemInfo,
    accept_position,
    assign_text,
    assignable_labels,
    compact_labels,
    correct_problem_position,
    labels_without_response,
    list_problems,
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

PROBLEM_LINE_COLOUR = QColor("#ffe08a")
TEXT_SPAN_COLOUR = QColor("#eaf1fb")
OPEN_COLOUR = QColor("#d08a00")
RESOLVED_COLOUR = QColor("#2e8b57")


class ProblemListModel(ValueListModel):
    """Import problems as plain values (ProblemInfo); named roles for each of their fields."""

    def problem_at(self, row: int) -> ProblemInfo | None:
        return self.item_of(self.index(row, 0))

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
        problem = self.item_of(index)
        if problem is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            labels = compact_labels(problem.recommendation_labels or problem.labels)
            return fill(self.tr("%1 · %2", "a problem's title · its recommendations"), problem.title, labels) \
                if labels else problem.title
        if role == SubtitleRole:
            where = fill(self.tr("Line %1 · %2"), problem.line, problem.document) if problem.line else problem.document
            return fill(self.tr("Resolved · %1"), where) if problem.resolved else where
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


def open_by_kind(problems: Sequence[ProblemInfo]) -> str:
    """ "Left unanswered: 95 · Unclear position: 2": the open problems by kind, most first."""
    counts = Counter(p.title for p in problems if not p.resolved)
    return " · ".join(fill(translate("ProblemsView", "%1: %2"), title, count)
                      for title, count in sorted(counts.items(), key=lambda i: (-i[1], i[0])))


# --- the view -------------------------------------------------------------------------------------


class ProblemsView(ListDetailScreen):
    """The import problems of a review (or of all), and the ways to settle them."""

    item_role = ProblemRole

    @property
    def error_title(self) -> str:  # type: ignore[override]
        return self.tr("Problems to review")

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(database_getter, tasks, ProblemListModel, parent)
        self.setObjectName("problems_view")
        self.review_id: uuid.UUID | None = None
        self._reviews: list[ReviewSummary] = []
        self._updating = False
        self._build()
        self.show_item(None)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.review_combo = QComboBox()
        self.review_combo.setObjectName("problems_review_combo")
        self.review_combo.addItem(self.tr("All reviews"), None)
        self.review_combo.setMinimumContentsLength(22)
        self.review_combo.currentIndexChanged.connect(self._on_review_chosen)
        top = self._build_top(self.tr("Problems to review"), "show_resolved", "problems_count",
                              QLabel(self.tr("in", "problems to review in a review")), self.review_combo)
        # How many of each kind are open: "Left unanswered: 95 · Unclear position: 2".
        self.kinds_label = plain_label()
        self.kinds_label.setObjectName("problems_by_kind")
        self.kinds_label.setStyleSheet("color: palette(placeholder-text);")

        self._build_list("problem_list", "problems_empty",
                         self.tr("No problems to review.\n\nWhat an import could not read with certainty is listed "
                                 "here, beside the document's text."))

        self.title = self._build_title("problem_title")
        self.where = plain_label()
        self.where.setObjectName("problem_where")
        self.where.setStyleSheet("color: palette(placeholder-text);")
        self.message = plain_label()
        self.message.setObjectName("problem_message")
        self.labels_label = plain_label()
        self.labels_label.setObjectName("problem_labels")
        self.recorded = plain_label()
        self.recorded.setObjectName("problem_recorded")
        self.resolution = plain_label()
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

        self.source_caption = QLabel(self.tr("Source text"))
        self.source_view = QPlainTextEdit()
        self.source_view.setObjectName("problem_source")
        self.source_view.setReadOnly(True)
        self.source_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.accept_button = QPushButton(self.tr("Accept as read"))
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setToolTip(self.tr("The import read it right: resolve the problem."))
        self.accept_button.clicked.connect(self.accept_current)
        self.correct_button = QPushButton(self.tr("Correct position…"))
        self.correct_button.setObjectName("correct_button")
        self.correct_button.clicked.connect(self.correct_current)
        self.assign_button = QPushButton(self.tr("Assign to recommendations…"))
        self.assign_button.setObjectName("assign_button")
        self.assign_button.clicked.connect(self.assign_current)
        self.split_button = QPushButton(self.tr("Split…"))
        self.split_button.setObjectName("split_button")
        self.split_button.clicked.connect(self.split_current)
        self.resolve_button = QPushButton(self.tr("Mark resolved with a note…"))
        self.resolve_button.setObjectName("resolve_button")
        self.resolve_button.clicked.connect(self.resolve_current)
        # The resolving buttons, the last at the far end; on two or three lines in a longer language.
        actions = BreakingRow(group_of(self.accept_button, self.correct_button),
                              group_of(self.assign_button, self.split_button), group_of(self.resolve_button),
                              stretch=1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(info)
        detail_layout.addWidget(self.source_caption)
        detail_layout.addWidget(self.source_view, 1)
        detail_layout.addWidget(actions)
        self._lay_out(top, detail, self.tr("Choose a problem to see it beside the document's text."), "problems_splitter",
                      self.kinds_label)

    # --- loading --------------------------------------------------------------------------------
    def show_review(self, review_id: uuid.UUID | None) -> None:
        """Show the problems of one review (None: of all reviews)."""
        self.review_id = review_id
        self._select_review_in_combo()
        self.reload()

    def reload(self) -> None:
        """Read the problems (and the reviews for the chooser) again, in the background."""
        generation = self._next_reading()
        database = self.database_getter()
        review_id, resolved = self.review_id, self.show_resolved.isChecked()

        def work(_task: Task) -> tuple[list[ReviewSummary], list[ProblemInfo]]:
            return list_reviews(database), list_problems(database, review_id=review_id,
                                                         unresolved_only=not resolved)

        self.tasks.run(work, on_success=lambda result: self._loaded(generation, result),
                       on_failure=self.show_error, label=self.tr("Reading the problems to review…"))

    def _loaded(self, generation: int, result: tuple[list[ReviewSummary], list[ProblemInfo]]) -> None:
        if not self._is_latest(generation):
            return
        self._reviews, problems = result
        self._fill_reviews()
        open_count = sum(1 for p in problems if not p.resolved)
        self.count_label.setText(fill(self.tr("%1 open, %2 resolved"), open_count, len(problems) - open_count)
                                 if len(problems) != open_count else fill(self.tr("%1 open"), open_count))
        self.kinds_label.setText(open_by_kind(problems))
        self.kinds_label.setVisible(open_count > 0)
        self._fill_list(problems)
        self.reloaded.emit()

    def _fill_reviews(self) -> None:
        self._updating = True
        try:
            self.review_combo.clear()
            self.review_combo.addItem(self.tr("All reviews"), None)
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
                self.review_combo.addItem(self.tr("This review"), str(self.review_id))
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
        return self.current_item()

    def select_problem(self, problem_id: uuid.UUID) -> bool:
        return self.select_item(problem_id)

    def show_item(self, problem: ProblemInfo | None) -> None:
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
            where.append(fill(self.tr("line %1"), problem.line))
        self.where.setText(" · ".join(where))
        self.message.setText(problem.message)
        labels = problem.recommendation_labels or problem.labels
        self.labels_label.setText(fill(self.tr("Recommendations: %1"), compact_labels(labels)) if labels
                                  else self.tr("Recommendations: none named (the text lost its numbers)"))
        self.recorded.setText(self._recorded_text(problem))
        self.resolution.setVisible(problem.resolved)
        self.resolution.setText(fill(self.tr("Resolved: %1"), problem.resolution or ""))
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
                return translate("ProblemsView", "Recorded: nothing yet; the text awaits its recommendations.")
            return translate("ProblemsView", "Recorded from this document: no position.")
        lines = []
        for response in problem.responses:
            position = position_text(response.position, response.considered_implemented) if response.position \
                else translate("ProblemsView", "no position (unclear)")
            labels = compact_labels(response.labels)
            if response.deciding_sentence:
                lines.append(fill(translate("ProblemsView", "%1: %2 — “%3”"), labels, position,
                                  response.deciding_sentence))
            else:
                lines.append(fill(translate("ProblemsView", "%1: %2"),
                                  labels, position))
        return fill(translate("ProblemsView", "Recorded from this document:\n%1"), "\n".join(lines))

    def _show_source(self, problem: ProblemInfo) -> None:
        view = self.source_view
        if not problem.context:
            self.source_caption.setText(self.tr("Source text"))
            if problem.line is None and problem.kind == ProblemKind.NO_RESPONSE.value:
                note = self.tr("No line of the document concerns this problem: the document answers the other "
                               "recommendations but not these.")
            elif problem.line is None:
                note = self.tr("No line of the document concerns this problem.")
            else:
                note = self.tr("The text of this document was not kept (it was read from its tables).")
            view.setPlainText(note)
            view.setExtraSelections([])
            return
        first, last = problem.context[0].number, problem.context[-1].number
        self.source_caption.setText(fill(self.tr("Source text, lines %1–%2 of %3"), first, last, problem.document))
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
            self._act(lambda db: accept_position(db, problem.id), self.tr("Accepted as read."))

    def correct_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = CorrectPositionDialog(problem, self)
        dialog.accepted.connect(lambda: self._act(
            lambda db: correct_problem_position(db, problem.id, dialog.position(), labels=dialog.chosen_labels()),
            self.tr("Position corrected.")))
        self._open(dialog)

    def assign_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        database = self.database_getter()

        def work(_task: Task) -> tuple[list[str], list[str]]:
            return assignable_labels(database, problem.id), labels_without_response(database, problem.id)

        self.tasks.run(work, on_success=lambda found: self._open_assign(problem, *found), on_failure=self.show_error,
                       label=self.tr("Reading the review's labels…"))

    def _open_assign(self, problem: ProblemInfo, labels: list[str], unanswered: list[str]) -> None:
        dialog = AssignTextDialog(problem, labels, unanswered, self)
        dialog.accepted.connect(lambda: self._act(
            lambda db: assign_text(db, problem.id, dialog.chosen_labels(), dialog.position(),
                                   last_line=dialog.last_line()),
            self.tr("Text assigned.")))
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

        dialog.accepted.connect(lambda: self._act(split, self.tr("Text split in two answers.")))
        self._open(dialog)

    def resolve_current(self) -> None:
        problem = self.current_problem()
        if problem is None:
            return
        dialog = ResolveNoteDialog(problem, self)
        dialog.accepted.connect(lambda: self._act(lambda db: resolve_problem(db, problem.id, dialog.text()),
                                                  self.tr("Marked resolved.")))
        self._open(dialog)

    def _act(self, work: Callable[[Database], Any], done: str) -> None:
        database = self.database_getter()

        def run(_task: Task) -> Any:
            return work(database)

        self.tasks.run(run, writes=True, label=self.tr("Saving…"), progress_parent=self,
                       on_success=lambda _result: self._done(done), on_failure=self.show_error)
