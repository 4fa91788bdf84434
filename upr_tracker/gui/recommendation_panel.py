"""One recommendation: its text and States, its position history, themes and action category
(editable), implementation assessments with the combined level, linked milestones, the notes
thread, and related recommendations of other cycles. Every edit is an undoable command."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.reference import VOCABULARIES_SHOWN
from upr_tracker.errors import EditConflictError
from upr_tracker.gui.assessments_page import AssessmentsPage
from upr_tracker.gui.breaking_row import BreakingRow, group_of
from upr_tracker.gui.display import (
    state_text,
    day_text,
    level_text,
    local_time_text,
    position_text,
    vocabulary_heading_text,
)
from upr_tracker.gui.edit_commands import (
    AddNoteCommand,
    DeleteNoteCommand,
    EditNoteCommand,
    SetActionCategoryCommand,
    SetTermsCommand,
    push_edit,
)
from upr_tracker.gui.edit_conflict_dialog import resolve_conflict
from upr_tracker.gui.note_event_date import EventDateField, note_heading
from upr_tracker.gui.related_recommendations import RelatedRecommendationsView
from upr_tracker.gui.suggestion_chips import SuggestionChips
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import (
    action_category_label,
    milestone_kind_label,
    term_label,
)
from upr_tracker.services.audit_history import RecordChange, recommendation_history
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.values import NoteInfo, RecommendationDetail
from upr_tracker.services.vocabularies import list_terms
from upr_tracker.storage.database import Database
from upr_tracker.sync.conflicts import (
    ConflictView,
    banner_text,
    conflicts_about_recommendation,
)

NoteIdRole = Qt.ItemDataRole.UserRole + 1
RecommendationRole = Qt.ItemDataRole.UserRole + 2
# Markup only: the banner's words are the conflicts' own (sync.conflicts.banner_text).
BANNER_MARKUP = "<b>%1</b> — <a href='conflicts'>%2</a>"

def history_action_text(what: str, action: str) -> str:
    """"Note created": what changed and how, as one phrase of the language."""
    if action == "create":
        return fill(translate("RecommendationPanel", "%1 created"), what)
    if action == "update":
        return fill(translate("RecommendationPanel", "%1 changed"), what)
    if action == "delete":
        return fill(translate("RecommendationPanel", "%1 deleted"), what)
    if action == "merge":
        return fill(translate("RecommendationPanel", "%1 merged"), what)
    return f"{what} {action}"


def _e(value: Any) -> str:
    """Text from documents and users is always escaped: shown as text, never interpreted."""
    return html.escape(str(value)) if value is not None else ""


def overview_html(detail: RecommendationDetail) -> str:
    row = detail.row
    label = _e(row.label) if row.label else translate("RecommendationPanel", "(no label)")
    if row.text:
        text = f"<p style='font-size:11pt'>{_e(row.text)}</p>"
    else:
        text = "<p style='font-size:11pt'><i>" + translate("RecommendationPanel", "Text not imported yet") + "</i></p>"
    recommended_by = fill(translate("RecommendationPanel", "<b>Recommended by:</b> %1"),
                          _e(", ".join(row.recommending_states) or "—"))
    source = fill(translate("RecommendationPanel", "<b>Source:</b> %1"), _e(detail.source)) if detail.source else ""
    position = fill(translate("RecommendationPanel", "<b>Position:</b> %1"),
                    _e(position_text(row.position, row.considered_implemented)))
    level = fill(translate("RecommendationPanel", "<b>Implementation:</b> %1"),
                 _e(level_text(row.implementation_level)))
    heading = fill(translate("RecommendationPanel", "%1, cycle %2: recommendation %3"), _e(state_text(row.state_iso3, detail.state_name)),
                   row.cycle, label)
    parts = [
        f"<h3>{heading}</h3>",
        text,
        f"<p>{recommended_by}" + (f" &nbsp; {source}" if source else "") + "</p>",
        f"<p>{position} &nbsp; {level}</p>",
    ]
    if row.needs_review:
        needs_review = translate("RecommendationPanel", "<b>Needs review</b> (see the position history and the "
                                 "import problems).")
        parts.append(f"<p style='color:#a04000'>{needs_review}</p>")
    if detail.responses:
        parts.append("<h4>" + translate("RecommendationPanel", "Position history") + "</h4><ol>")
        for response in detail.responses:
            when = day_text(response.responded_on) if response.responded_on else translate("RecommendationPanel",
                                                                                             "undated")
            source = f" — {_e(response.source)}" if response.source else ""
            flag = ""
            if response.needs_review:
                flag = " <i>" + fill(translate("RecommendationPanel", "(needs review: %1)"),
                                     _e(response.review_reason)) + "</i>"
            parts.append(f"<li><b>{_e(position_text(response.position, response.considered_implemented))}</b>"
                         f" ({_e(when)}){source}{flag}")
            if response.deciding_sentence:
                parts.append(f"<br><i>“{_e(response.deciding_sentence)}”</i>")
            elif response.response_text:
                parts.append(f"<br>{_e(response.response_text)}")
            parts.append("</li>")
        parts.append("</ol>")
    grouped = row.terms_by_vocabulary()
    if grouped:
        # Every vocabulary, each on its line: the matrices' OHCHR themes and affected persons, the
        # UHRI's SDGs, as well as the UPR Info issues (also shown, editable, under the text).
        parts.append("<h4>" + translate("RecommendationPanel", "Themes and other terms") + "</h4>")
        for vocabulary in VOCABULARIES_SHOWN:
            if grouped.get(vocabulary):
                names = "; ".join(term_label(vocabulary, name) for name in grouped[vocabulary])
                line = fill(translate("RecommendationPanel", "<b>%1:</b> %2"), _e(vocabulary_heading_text(vocabulary)),
                            _e(names))
                parts.append(f"<p>{line}</p>")
    return "".join(parts)


class TermsDialog(QDialog):
    """Choose the themes of a recommendation from the vocabulary (checkable, filterable)."""

    def __init__(self, names: list[str], chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("UPR Info issues"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the issues…"))
        self.list = QListWidget()
        for name in names:
            item = QListWidgetItem(term_label("themes", name))
            item.setData(Qt.ItemDataRole.UserRole, name)  # the term's own name, whatever the language shown
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(420, 520)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.casefold() not in item.text().casefold())

    def chosen(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class RecommendationPanel(QTabWidget):
    """Shows the recommendation chosen in the table; `changed(id)` after an edit of it,
    `edit_failed(error)` when an edit could not be done (the window says why)."""

    changed = Signal(object)
    edit_failed = Signal(object)
    related_chosen = Signal(object)
    link_milestone_requested = Signal()
    edit_requested = Signal()
    conflicts_requested = Signal()   # the banner's link: open the Conflicts screen

    def __init__(self, database: Callable[[], Database], tasks: TaskRunner, undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendation_panel")
        self.database = database
        self.tasks = tasks
        self.undo_stack = undo_stack
        self.detail: RecommendationDetail | None = None
        self.history_changes: list[RecordChange] = []
        self.conflicts: list[ConflictView] = []
        self.editing_note: NoteInfo | None = None
        self._conflict: EditConflictError | None = None  # met by the edit being pushed
        self._saving_note = False  # (an undo's conflict is said as any failure is)
        self._generation = 0
        self._build_overview()
        self._build_implementation()
        self._build_milestones()
        self._build_notes()
        self._build_history()
        self.setEnabled(False)

    # --- building -----------------------------------------------------------------------------
    def _build_overview(self) -> None:
        page = QWidget()
        self.overview = QTextBrowser()
        self.overview.setObjectName("recommendation_overview")
        self.overview.setOpenLinks(False)
        self.themes_label = QLabel()
        self.themes_label.setTextFormat(Qt.TextFormat.PlainText)   # theme names come from imported files
        self.themes_label.setWordWrap(True)
        self.edit_themes = QPushButton(self.tr("Edit &themes…"))
        self.edit_themes.clicked.connect(self.choose_themes)
        self.category = QComboBox()
        self.category.setObjectName("action_category")
        self.category.addItem(self.tr("Not categorised"), None)
        for number in ACTION_CATEGORIES:
            self.category.addItem(fill(self.tr("%1 — %2"), number, action_category_label(number)), number)
        self.category.activated.connect(self._category_chosen)
        self.recommended_again = RelatedRecommendationsView(self.database, self.tasks)
        self.recommended_again.chosen.connect(self.related_chosen)
        self.recommended_again.changed.connect(self._links_changed)
        self.recommended_again.failed.connect(self.edit_failed)
        self.related = self.recommended_again.table
        edit = QPushButton(self.tr("Edit recommendation…"))
        edit.setObjectName("edit_recommendation")
        edit.clicked.connect(self.edit_requested)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(14)
        # The issues, then the category: one line, or two where a longer language needs them.
        row = BreakingRow(group_of(QLabel(self.tr("<b>UPR Info issues:</b>")), self.themes_label, self.edit_themes,
                                   stretch=self.themes_label),
                          group_of(QLabel(self.tr("<b>Action category:</b>")), self.category, edit), stretch=0)
        # A record changed differently on two databases says so until a person chooses.
        self.conflict_banner = QLabel()
        self.conflict_banner.setObjectName("conflict_banner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 4px; border-radius: 3px;")
        self.conflict_banner.setTextFormat(Qt.TextFormat.RichText)
        self.conflict_banner.linkActivated.connect(lambda _link: self.conflicts_requested.emit())
        self.conflict_banner.hide()
        # What the app suggests where the recommendation lacks a category, issues or SDGs.
        self.suggestions = SuggestionChips(self.database, self.tasks)
        self.suggestions.changed.connect(self._changed)
        self.suggestions.failed.connect(self.edit_failed)
        layout = QVBoxLayout(page)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.overview, 1)
        layout.addWidget(row)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.recommended_again)
        self.addTab(page, self.tr("&Recommendation"))

    def _build_implementation(self) -> None:
        self.implementation = AssessmentsPage(self.database, self.undo_stack, self._changed)
        self.implementation.edit_failed.connect(self.edit_failed)
        self.combined = self.implementation.combined
        self.assessments = self.implementation.table
        self.addTab(self.implementation, self.tr("&Implementation"))

    def _build_milestones(self) -> None:
        page = QWidget()
        self.milestones = QListWidget()
        self.milestones.setObjectName("linked_milestones")
        link = QPushButton(self.tr("&Link to a milestone…"))
        link.clicked.connect(self.link_milestone_requested)
        layout = QVBoxLayout(page)
        layout.addWidget(self.milestones, 1)
        layout.addWidget(link)
        self.addTab(page, self.tr("&Milestones"))

    def _build_notes(self) -> None:
        page = QWidget()
        self.notes = QListWidget()
        self.notes.setObjectName("notes_thread")
        self.notes.setWordWrap(True)
        self.notes.setSpacing(3)
        self.notes.itemDoubleClicked.connect(lambda _item: self.start_editing_note())
        self.note_editor = QPlainTextEdit()
        self.note_editor.setObjectName("note_editor")
        self.note_editor.setPlaceholderText(
            self.tr("Write a follow-up note: a meeting, monitoring, testimony… (Ctrl+Enter to save)"))
        self.note_editor.setMaximumHeight(110)
        save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_editor)
        save_shortcut.activated.connect(self.save_note)
        self.note_confidential = QCheckBox(self.tr("Confidential"))
        self.note_event_on = EventDateField()
        self.note_tags = QLineEdit()
        self.note_tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        # On a team database a confidential note is read by its author and by those it is shared with.
        self.note_shared_with = QLineEdit()
        self.note_shared_with.setObjectName("note_shared_with")
        self.note_shared_with.setPlaceholderText(
            self.tr("Shared with: users or roles (viewer, editor, admin), separated by commas"))
        self.note_shared_with.setVisible(False)
        self.note_confidential.toggled.connect(lambda _on: self._show_sharing())
        # A confidential note is either shared with the team (it goes with every sync) or kept here.
        self.note_kept = QCheckBox(self.tr("Kept on this laptop"))
        self.note_kept.setObjectName("note_kept_on_laptop")
        self.note_kept.setToolTip(self._kept_tip())
        self.note_kept.setEnabled(False)
        self.note_confidential.toggled.connect(lambda _on: self._show_kept())
        self.save_note_button = QPushButton(self.tr("&Save note"))
        self.save_note_button.setObjectName("save_note")
        self.save_note_button.clicked.connect(self.save_note)
        self.edit_note_button = QPushButton(self.tr("&Edit selected"))
        self.edit_note_button.clicked.connect(self.start_editing_note)
        self.delete_note_button = QPushButton(self.tr("&Delete selected"))
        self.delete_note_button.clicked.connect(self.delete_selected_note)
        controls = BreakingRow(group_of(self.note_confidential, self.note_kept, self.note_event_on),
                               group_of(self.note_tags, self.save_note_button, self.edit_note_button,
                                        self.delete_note_button, stretch=self.note_tags), stretch=1)
        # What an edit did that the user must know (a note made confidential left the audit trail).
        self.note_message = QLabel()
        self.note_message.setObjectName("note_message")
        self.note_message.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.note_editor)
        layout.addWidget(controls)
        layout.addWidget(self.note_shared_with)
        layout.addWidget(self.note_message)
        self.notes_index = self.addTab(page, self.tr("&Notes"))

    def _build_history(self) -> None:
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"),
                                       self.tr("After")])
        self.history.setWordWrap(True)
        self.history.setRootIsDecorated(True)
        self.history.setColumnWidth(0, 140)
        self.history.setColumnWidth(1, 110)
        self.history.setColumnWidth(2, 170)
        self.history_index = self.addTab(self.history, self.tr("&History"))
        self.currentChanged.connect(lambda index: self.load_history() if index == self.history_index else None)

    def load_history(self) -> None:
        """Read the recommendation's audit trail (its own, its notes', assessments' and responses')."""
        if self.detail is None:
            self.history.clear()
            return
        generation, recommendation_id = self._generation, self.detail.row.id
        self.tasks.run(lambda _task: recommendation_history(self.database(), recommendation_id),
                       on_success=lambda changes: self._show_history(generation, changes),
                       on_failure=self.edit_failed.emit)  # (shown by the window, as the panel's other failures)

    def _show_history(self, generation: int, changes: list[RecordChange]) -> None:
        if generation != self._generation:
            return
        self.history.clear()
        for change in changes:
            # A decided suggestion says what it was and who decided ("Theme … suggested, accepted by …").
            what = change.description or history_action_text(change.what, change.action)
            item = QTreeWidgetItem([local_time_text(change.at), change.who, what])
            for field in change.changes:
                item.addChild(QTreeWidgetItem(["", "", field.field.replace("_", " "), field.before, field.after]))
            self.history.addTopLevelItem(item)
        self.history_changes = changes

    # --- showing --------------------------------------------------------------------------------
    def show_recommendation(self, recommendation_id: uuid.UUID | None) -> None:
        if self.detail is None or self.detail.row.id != recommendation_id:
            self.note_message.clear()  # it spoke of a note of the recommendation shown before
        self._generation += 1
        generation = self._generation
        if recommendation_id is None:
            self.detail = None
            self.setEnabled(False)
            self.overview.clear()
            self.recommended_again.show_detail(None)
            self.suggestions.show_for(None)
            self._show_conflicts(generation, [])
            return
        self.tasks.run(lambda _task: recommendation_detail(self.database(), recommendation_id), urgent=True,
                       on_success=lambda detail: self._show(generation, detail),
                       on_failure=lambda _exc: self._show(generation, None))
        self.tasks.run(lambda _task: conflicts_about_recommendation(self.database(), recommendation_id),
                       on_success=lambda conflicts: self._show_conflicts(generation, conflicts),
                       on_failure=lambda _exc: self._show_conflicts(generation, []))

    def _show_conflicts(self, generation: int, conflicts: list[ConflictView]) -> None:
        if generation != self._generation:
            return
        self.conflicts = conflicts
        text = banner_text(conflicts)
        if text:
            message, _, action = text.partition(" — ")
            self.conflict_banner.setText(fill(BANNER_MARKUP, _e(message), _e(action)))
        self.conflict_banner.setVisible(bool(text))

    def _links_changed(self, recommendation_id: uuid.UUID | None) -> None:
        """A link of the shown recommendation changed: show it again, and let the table refresh."""
        if recommendation_id is not None and self.detail is not None and self.detail.row.id == recommendation_id:
            self.show_recommendation(recommendation_id)
        self.changed.emit(recommendation_id)

    def _show(self, generation: int, detail: RecommendationDetail | None) -> None:
        if generation != self._generation:
            return
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.overview.clear()
            self.recommended_again.show_detail(None)
            self.suggestions.show_for(None)
            return
        self.overview.setHtml(overview_html(detail))
        self.suggestions.show_for(detail.row.id, has_action_category=detail.row.action_category is not None)
        self.themes_label.setText(", ".join(term_label("themes", t) for t in detail.row.themes) or "—")
        self.category.setCurrentIndex(max(self.category.findData(detail.row.action_category), 0))
        self.recommended_again.show_detail(detail)
        self.implementation.show_assessments(detail.row.id, detail.assessments)
        self.milestones.clear()
        for milestone in detail.milestones:
            self.milestones.addItem(fill(self.tr("%1 — %2 (%3)"), milestone.when_display or self.tr("undated"),
                                         milestone.title, milestone_kind_label(milestone.kind)))
        self.notes.clear()
        for note in detail.notes:
            item = QListWidgetItem(f"{note_heading(note)}\n{note.body}")
            item.setData(NoteIdRole, note.id)
            self.notes.addItem(item)
        self.setTabText(self.notes_index, fill(self.tr("&Notes (%1)"), len(detail.notes)))
        if self.currentIndex() == self.history_index:
            self.load_history()

    # --- editing --------------------------------------------------------------------------------
    def _changed(self, recommendation_id: uuid.UUID | None) -> None:
        self.changed.emit(recommendation_id)
        if self.detail is not None:
            self.show_recommendation(self.detail.row.id)

    def choose_themes(self) -> None:
        if self.detail is None:
            return
        names = [t.name for t in list_terms(self.database(), "themes")]
        dialog = TermsDialog(names, list(self.detail.row.themes), self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_themes(dialog.chosen())

    def set_themes(self, names: list[str]) -> None:
        if self.detail is None or sorted(names) == sorted(self.detail.row.themes):
            return
        row = self.detail.row
        push_edit(self.undo_stack, SetTermsCommand(self.database, self._changed, row.id, "themes", list(row.themes),
                                                   names, row.label or self.tr("the recommendation"),
                                                   failed=self.edit_failed.emit))

    def _category_chosen(self, index: int) -> None:
        if self.detail is None:
            return
        after = self.category.itemData(index)
        row = self.detail.row
        if after != row.action_category:
            push_edit(self.undo_stack, SetActionCategoryCommand(self.database, self._changed, row.id,
                                                                row.action_category, after,
                                                                row.label or self.tr("the recommendation"),
                                                                failed=self.edit_failed.emit))

    def add_assessment(self) -> None:
        if self.detail is not None:
            self.implementation.add()

    def record_assessment(self, *, source: str, level: str, source_name: str | None = None,
                          assessed_on: dt.date | None = None, evidence: str | None = None) -> None:
        assert self.detail is not None
        self.implementation.record(source=source, level=level, source_name=source_name, assessed_on=assessed_on,
                                   evidence=evidence)

    def focus_new_note(self) -> None:
        self.setCurrentIndex(self.notes_index)
        self.editing_note = None
        self.save_note_button.setText(self.tr("&Save note"))
        self.note_editor.setFocus()

    def _tags(self) -> list[str]:
        return [t.strip() for t in self.note_tags.text().split(",") if t.strip()]

    def _show_sharing(self) -> None:
        on_a_server = self.database().address is not None
        self.note_shared_with.setVisible(on_a_server and self.note_confidential.isChecked())

    def _show_kept(self) -> None:
        """"Kept on this laptop" is for a confidential note in a laptop's own database."""
        on_a_server = self.database().address is not None
        self.note_kept.setEnabled(self.note_confidential.isChecked() and not on_a_server)
        self.note_kept.setToolTip(self.tr("A team server's database is not a laptop's: its notes are the team's")
                                  if on_a_server else self._kept_tip())
        if not self.note_kept.isEnabled():
            self.note_kept.setChecked(False)

    def _kept_tip(self) -> str:
        return self.tr("Never sent to the team server nor to a colleague: the note stays in this database")

    def _shared_with(self) -> list[str]:
        if not self.note_confidential.isChecked():
            return []
        return [n.strip() for n in self.note_shared_with.text().split(",") if n.strip()]

    def save_note(self) -> None:
        body = self.note_editor.toPlainText().strip()
        if self.detail is None or not body:
            return
        values = (body, self.note_confidential.isChecked(), self._tags(), self.note_event_on.value(),
                  self._shared_with(), self.note_kept.isEnabled() and self.note_kept.isChecked())
        self.note_message.clear()
        if self.editing_note is None:
            command: AddNoteCommand | EditNoteCommand = AddNoteCommand(
                self.database, self._changed, self.detail.row.id, *values, failed=self.edit_failed.emit)
        else:
            note = self.editing_note
            command = EditNoteCommand(self.database, self._changed, self.detail.row.id, note.id,
                                      (note.body, note.confidential, note.tags, note.event_on, note.shared_with,
                                       note.kept_on_laptop),
                                      values,
                                      failed=self._note_refused,
                                      tell=self.note_message.setText, version=note.version)
        self._conflict, self._saving_note = None, True
        try:
            saved = push_edit(self.undo_stack, command)
        finally:
            self._saving_note = False
        if not saved:
            if self._conflict is not None:  # asked once the push is over (a choice may push another edit)
                self._resolve_note_conflict(self._conflict, values)
            return  # what was written stays, to be saved once the problem is solved
        self.clear_note_editor()

    def _note_refused(self, exc: BaseException) -> None:
        if isinstance(exc, EditConflictError) and self._saving_note:
            self._conflict = exc
        else:
            self.edit_failed.emit(exc)

    def _resolve_note_conflict(self, conflict: EditConflictError, values: tuple) -> None:
        """Someone else changed (or deleted) the note meanwhile: reload, keep mine, or keep both."""
        def reload() -> None:
            self.clear_note_editor()
            self._changed(self.detail.row.id if self.detail else None)

        def keep_both() -> bool:
            assert self.detail is not None
            return push_edit(self.undo_stack, AddNoteCommand(self.database, self._changed, self.detail.row.id,
                                                             *values, failed=self.edit_failed.emit))

        self._conflict = None
        if resolve_conflict(self, conflict, self.undo_stack, mine=values[0], reload=reload, keep_both=keep_both):
            self.clear_note_editor()
        elif self._conflict is not None:  # keeping mine met yet another change: say so
            self.edit_failed.emit(self._conflict)

    def clear_note_editor(self) -> None:
        self.note_editor.clear()
        self.note_tags.clear()
        self.note_shared_with.clear()
        self.note_confidential.setChecked(False)
        self.note_kept.setChecked(False)
        self._show_kept()
        self.note_event_on.set_value(None)
        self.editing_note = None
        self.save_note_button.setText(self.tr("&Save note"))

    def _selected_note(self) -> NoteInfo | None:
        item = self.notes.currentItem()
        if self.detail is None or item is None:
            return None
        note_id = item.data(NoteIdRole)
        return next((n for n in self.detail.notes if n.id == note_id), None)

    def start_editing_note(self) -> None:
        note = self._selected_note()
        if note is None:
            return
        self.editing_note = note
        self.note_editor.setPlainText(note.body)
        self.note_confidential.setChecked(note.confidential)
        self._show_kept()
        self.note_kept.setChecked(note.kept_on_laptop)
        self.note_event_on.set_value(note.event_on)
        self.note_tags.setText(", ".join(note.tags))
        self.note_shared_with.setText(", ".join(note.shared_with))
        self.save_note_button.setText(self.tr("&Save changes"))
        self.note_editor.setFocus()

    def delete_selected_note(self) -> None:
        note = self._selected_note()
        if note is not None and self.detail is not None:
            push_edit(self.undo_stack, DeleteNoteCommand(self.database, self._changed, self.detail.row.id, note,
                                                         failed=self.edit_failed.emit))
