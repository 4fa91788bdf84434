"""Edit ▸ New recommendation… and Edit recommendation…: a recommendation typed in or corrected by a
person (label, text, recommending States, action category, themes, and a position with the document
and paragraph that state it). OK does the change as an undoable command; what the service refuses is
said in the dialog, which stays open to be corrected."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.positions import Position
from upr_tracker.errors import EditConflictError
from upr_tracker.gui.edit_commands import (
    AddRecommendationCommand,
    EditRecommendationCommand,
    push_edit,
)
from upr_tracker.gui.edit_conflict_dialog import resolve_conflict
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import action_category_label, position_label, term_label
from upr_tracker.services.recommendation_editing import (
    EditableRecommendation,
    PositionGiven,
)
from upr_tracker.services.values import ReviewSummary
from upr_tracker.storage.database import Database

# (the wording given to the service, considered implemented) for each choice of the position list
POSITION_CHOICES: tuple[tuple[str, bool], ...] = tuple(
    [(Position.SUPPORTED.value, False), (Position.SUPPORTED.value, True)]
    + [(p.value, False) for p in Position if p is not Position.SUPPORTED])
_IMPLEMENTED_WORDING = "supported and considered already implemented"
NameRole = Qt.ItemDataRole.UserRole + 1


def position_shown(position: str | None, considered_implemented: bool = False, *, missing: str = "—") -> str:
    """A position in the window's language ("Supported (considered implemented)"); `missing` when
    there is none."""
    if not position:
        return missing
    text = position_label(position)
    if considered_implemented:
        return fill(translate("RecommendationEditor", "%1 (considered implemented)"), text)
    return text


class CheckList(QWidget):
    """A filterable list of names to tick (States, themes); `shown` gives the text a name is shown
    as (a shipped term in the window's language), the name itself is what is chosen."""

    def __init__(self, names: Sequence[str], chosen: Sequence[str], placeholder: str, parent: QWidget | None = None,
                 shown: Callable[[str], str] = str) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        # Those ticked first: in a list of 200 States, the two chosen stay in sight.
        for name in sorted(names, key=lambda n: n not in chosen):
            item = QListWidgetItem(shown(name))
            item.setData(NameRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(text.casefold() not in item.text().casefold())

    def set_checked(self, name: str, checked: bool = True) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NameRole) == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [self.list.item(r).data(NameRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class RecommendationEditor(QDialog):
    """New (`before` None: the review chosen among `reviews`) or an edit of `before`. `changed(id)`
    is called after the change and after its undo and redo; `done_id` is the recommendation's id."""

    def __init__(self, database: Callable[[], Database], undo_stack: QUndoStack,
                 changed: Callable[[uuid.UUID | None], None], *, states: Sequence[str], themes: Sequence[str],
                 reviews: Sequence[ReviewSummary] = (), review_id: uuid.UUID | None = None,
                 before: EditableRecommendation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendation_editor")
        self.database, self.undo_stack, self.changed = database, undo_stack, changed
        self._conflict: EditConflictError | None = None  # met by the edit being pushed
        self._saving = False
        self.last_error_box: QMessageBox | None = None
        self.before = before
        self.done_id: uuid.UUID | None = None
        self.notice = ""
        self.setWindowTitle(self.tr("New recommendation") if before is None
                            else fill(self.tr("Edit recommendation %1"), before.label or ""))
        self.review = QComboBox()
        self.review.setObjectName("editor_review")
        for review in reviews:
            self.review.addItem(review.title, review.id)
        self.review.setCurrentIndex(max(self.review.findData(review_id), 0))
        self.review.setEnabled(before is None)
        self.label = QLineEdit((before.label or "") if before else "")
        self.label.setObjectName("editor_label")
        self.label.setPlaceholderText(self.tr("e.g. 97.12"))
        self.text = QPlainTextEdit(before.text if before else "")
        self.text.setObjectName("editor_text")
        self.text.setPlaceholderText(self.tr("The recommendation, as the report words it"))
        self.states = CheckList(states, before.recommending_states if before else (), self.tr("Filter States…"))
        self.states.setObjectName("editor_states")
        self.themes = CheckList(themes, before.themes if before else (), self.tr("Filter themes…"),
                                shown=lambda name: term_label("themes", name))
        self.themes.setObjectName("editor_themes")
        self.category = QComboBox()
        self.category.setObjectName("editor_category")
        self.category.addItem(self.tr("Not categorised"), None)
        for number in ACTION_CATEGORIES:
            self.category.addItem(fill(self.tr("%1 — %2", "an action category's number — its name"), number,
                                       action_category_label(number)), number)
        self.category.setCurrentIndex(max(self.category.findData(before.action_category if before else None), 0))
        self._build_position()
        self.message = QLabel()
        self.message.setObjectName("editor_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _build_position(self) -> None:
        self.position = QComboBox()
        self.position.setObjectName("editor_position")
        if self.before is not None:
            current = position_shown(self.before.position, self.before.considered_implemented,
                                     missing=self.tr("none yet"))
            paragraph = self.before.position_paragraph
            where = ", ".join(filter(None, [self.before.position_source,
                                            fill(self.tr("para. %1"), paragraph) if paragraph else None]))
            self.position.addItem(fill(self.tr("Unchanged (%1, %2)"), current, where) if where
                                  else fill(self.tr("Unchanged (%1)"), current), None)
        else:
            self.position.addItem(self.tr("No position yet"), None)
        for value, implemented in POSITION_CHOICES:
            self.position.addItem(position_shown(value, implemented), (value, implemented))
        self.source = QLineEdit()
        self.source.setObjectName("editor_source")
        self.source.setPlaceholderText(self.tr("the document that states it, e.g. A/HRC/59/5/Add.1"))
        self.paragraph = QLineEdit()
        self.paragraph.setObjectName("editor_paragraph")
        self.paragraph.setPlaceholderText(self.tr("para.", "short for paragraph"))
        self.paragraph.setMaximumWidth(90)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Review"), self.review)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Action category"), self.category)
        position_row = QGridLayout()
        position_row.addWidget(self.position, 0, 0)
        position_row.addWidget(QLabel(self.tr("from", "a position from a document")), 0, 1)
        position_row.addWidget(self.source, 0, 2)
        position_row.addWidget(QLabel(self.tr("para.", "short for paragraph")), 0, 3)
        position_row.addWidget(self.paragraph, 0, 4)
        position_row.setColumnStretch(2, 1)
        form.addRow(self.tr("Position"), position_row)
        lists = QGridLayout()
        lists.addWidget(QLabel(self.tr("<b>Recommended by</b>")), 0, 0)
        lists.addWidget(QLabel(self.tr("<b>Themes</b>")), 0, 1)
        lists.addWidget(self.states, 1, 0)
        lists.addWidget(self.themes, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 680)

    # --- what the person chose ------------------------------------------------------------------
    def position_given(self) -> PositionGiven | None:
        choice = self.position.currentData()
        if choice is None:
            return None
        value, implemented = choice
        return PositionGiven(_IMPLEMENTED_WORDING if implemented else value, self.source.text(),
                             self.paragraph.text() or None)

    def values(self) -> dict[str, Any]:
        """Every field, for a new recommendation; for an edit, only those changed."""
        values: dict[str, Any] = {
            "label": self.label.text(), "text": self.text.toPlainText(),
            "recommending_states": tuple(self.states.chosen()), "action_category": self.category.currentData(),
            "themes": tuple(self.themes.chosen()),
        }
        if self.before is None:
            return values
        before = {"label": self.before.label or "", "text": self.before.text,
                  "recommending_states": tuple(sorted(self.before.recommending_states)),
                  "action_category": self.before.action_category, "themes": tuple(sorted(self.before.themes))}
        compared = values | {"recommending_states": tuple(sorted(values["recommending_states"])),
                             "themes": tuple(sorted(values["themes"]))}
        return {name: value for name, value in values.items() if compared[name] != before[name]}

    def save(self) -> None:
        self.message.clear()
        values, position = self.values(), self.position_given()
        if position is None and (self.source.text().strip() or self.paragraph.text().strip()):
            self.message.setText(self.tr("Position: choose the position that document states, or clear the document."))
            return
        if self.before is None:
            review_id = self.review.currentData()
            if review_id is None:
                self.message.setText(self.tr("Review: add the review first (Edit ▸ New review…)."))
                return
            command: AddRecommendationCommand | EditRecommendationCommand = AddRecommendationCommand(
                self.database, self.changed, review_id, values | {"position": position}, failed=self._refused)
        else:
            if not values and position is None:
                self.reject()   # nothing changed
                return
            command = EditRecommendationCommand(self.database, self.changed, self.before, values, position,
                                                failed=self._refused, tell=self._tell)
        self._conflict, self._saving = None, True
        try:
            saved = push_edit(self.undo_stack, command)
        finally:
            self._saving = False
        if saved:
            self.done_id = command.recommendation_id
            self.accept()
        elif self._conflict is not None:  # asked once the push is over (keeping mine pushes another edit)
            self._resolve_conflict(self._conflict, command)

    def _resolve_conflict(self, conflict: EditConflictError, command: Any) -> None:
        """Someone else changed the recommendation since the editor opened: reload (close, showing
        theirs), or keep mine (saved over theirs)."""
        fields = {"label": self.tr("label"), "text": self.tr("text"), "recommending_states": self.tr("recommending states"),
                  "action_category": self.tr("action category"), "themes": self.tr("themes")}
        mine = "\n".join(fill(self.tr("%1: %2", "a field: the value typed"), fields.get(name, name.replace("_", " ")),
                               ", ".join(value) if isinstance(value, tuple) else "" if value is None else str(value))
                          for name, value in self.values().items())
        self._conflict = None
        reloaded = []

        def reload() -> None:
            reloaded.append(True)
            self.changed(command.recommendation_id)  # the window shows theirs
            self.reject()

        if resolve_conflict(self, conflict, self.undo_stack, mine=mine, reload=reload) and not reloaded:
            self.done_id = command.recommendation_id
            self.accept()
        elif self._conflict is not None:
            self._refused(self._conflict)

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, EditConflictError) and self._saving:
            self._conflict = exc
            return
        if not self.isVisible():  # an undo or redo of this editor's edit, after it closed
            self.last_error_box = error_box(self.parentWidget(), exc)
            return
        text = str(exc)
        self.message.setText(text[:1].upper() + text[1:])

    def _tell(self, notice: str) -> None:
        self.notice = notice
