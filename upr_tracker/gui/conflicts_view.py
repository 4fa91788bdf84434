"""The conflicts between databases: the fields that two laptops (or a laptop and the team server)
changed differently, listed; the chosen one shows every version side by side, with who wrote it,
on which database and when, and "Keep this one" under each; "Combine…" writes a value of one's own
(a text pre-filled with the versions, or a choice among the positions or levels).

Reading and resolving run in the background (one unit of work each); `changed` is emitted after a
resolution, so that the window refreshes the record shown; `count_changed` carries the number of
open conflicts, for the window's navigation. Values are always shown as plain text.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import local_time_text
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.import_entries import SubtitleRole, WarningRole
from upr_tracker.gui.list_detail_screen import ListDetailScreen, ValueListModel
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import level_label, position_label
from upr_tracker.storage.database import Database
from upr_tracker.sync.conflicts import (
    ConflictView,
    list_conflicts,
    resolve_conflict,
)

ConflictRole = Qt.ItemDataRole.UserRole + 31
ConflictIdRole = Qt.ItemDataRole.UserRole + 32
OPEN_COLOUR = QColor("#c0392b")
RESOLVED_COLOUR = QColor("#2e8b57")


def value_text(conflict: ConflictView, value: Any) -> str:
    """A version's value as a person reads it, in the window's language (positions and levels by
    their names)."""
    if not conflict.readable:
        return translate("ConflictsView", "(confidential note: not readable here)")
    if value is None:
        return translate("ConflictsView", "(empty)")
    if isinstance(value, bool):
        return translate("ConflictsView", "yes") if value else translate("ConflictsView", "no")
    try:
        if (conflict.table, conflict.field) == ("response", "position"):
            return position_label(str(value))
        if (conflict.table, conflict.field) == ("assessment", "level"):
            return level_label(str(value))
    except ValueError:  # a value no version of the app knows: as it was written
        pass
    return str(value)


def cannot_resolve() -> str:
    return translate("ConflictsView", "This database is open to be read only here: conflicts are resolved by an "
                     "editor.")


class ConflictListModel(ValueListModel):
    """Conflicts as plain values (ConflictView)."""

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({ConflictRole: QByteArray(b"conflict"), ConflictIdRole: QByteArray(b"conflictId"),
                      SubtitleRole: QByteArray(b"subtitle"), WarningRole: QByteArray(b"warning")})
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.item_of(index)
        if conflict is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{conflict.record_label} · {conflict.field_label}"
        if role == SubtitleRole:
            count = len(conflict.candidates)
            versions = counted(self.tr("%n version(s)", "", count), count)
            if conflict.open:
                return versions
            return fill(self.tr("Resolved by %1 · %2"), conflict.resolved_by or self.tr("someone"), versions)
        if role == WarningRole:
            return not conflict.record_exists
        if role == Qt.ItemDataRole.DecorationRole:
            return OPEN_COLOUR if conflict.open else RESOLVED_COLOUR
        if role == ConflictRole:
            return conflict
        if role == ConflictIdRole:
            return conflict.id
        return None


class CombineDialog(QDialog):
    """A value of one's own: a text pre-filled with every version, or one of the allowed values."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Combine: %1"), conflict.field_label))
        self.conflict = conflict
        layout = QVBoxLayout(self)
        about = QLabel(f"{conflict.record_label} · {conflict.field_label}")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        layout.addWidget(about)
        self.editor: QPlainTextEdit | None = None
        self.choice: QComboBox | None = None
        if conflict.choices:
            self.choice = QComboBox()
            self.choice.setObjectName("combine_choice")
            for value in conflict.choices:
                self.choice.addItem(value_text(conflict, value), value)
            self.choice.setCurrentIndex(max(self.choice.findData(conflict.current_value), 0))
            layout.addWidget(QLabel(self.tr("The value to keep:")))
            layout.addWidget(self.choice)
        else:
            self.editor = QPlainTextEdit()
            self.editor.setObjectName("combine_editor")
            texts = list(dict.fromkeys(str(c.value) for c in conflict.candidates if c.value not in (None, "")))
            self.editor.setPlainText("\n\n".join(texts))
            layout.addWidget(QLabel(self.tr("Write the value to keep (every version is here to start from):")))
            layout.addWidget(self.editor, 1)
            self.resize(640, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Keep this value"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def value(self) -> Any:
        if self.choice is not None:
            return self.choice.currentData()
        assert self.editor is not None
        return self.editor.toPlainText().strip()


class ConflictsView(ListDetailScreen):
    """The conflicts of the open database, and the ways to settle them."""

    count_changed = Signal(int)           # open conflicts, for the navigation
    recommendation_activated = Signal(object)
    item_role = ConflictRole

    @property
    def error_title(self) -> str:  # type: ignore[override]
        return self.tr("Conflicts")

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(database_getter, tasks, ConflictListModel, parent)
        self.setObjectName("conflicts_view")
        self.can_resolve = False
        self.open_count = 0
        self.recommendations_in_conflict: list[uuid.UUID] = []
        self.keep_buttons: list[QPushButton] = []
        self.version_boxes: list[QPlainTextEdit] = []
        self._build()
        self.show_item(None)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        top = self._build_top(self.tr("Conflicts between databases"), "conflicts_show_resolved", "conflicts_count")
        self._build_list("conflict_list", "conflicts_empty",
                         self.tr("No conflicts.\n\nWhen two databases (laptops, the team server) changed the same "
                                 "field differently before they synced, both versions are kept and listed here for "
                                 "you to choose."))
        self.title = self._build_title("conflict_title")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("conflict_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.versions = QWidget()
        self.versions_layout = QHBoxLayout(self.versions)
        self.versions_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.versions)
        self.combine_button = QPushButton(self.tr("Combine…"))
        self.combine_button.setObjectName("combine_button")
        self.combine_button.clicked.connect(self.combine_current)
        self.open_button = QPushButton(self.tr("Show the recommendation"))
        self.open_button.setObjectName("open_recommendation_button")
        self.open_button.clicked.connect(self._open_recommendation)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.combine_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.status)
        detail_layout.addWidget(scroll, 1)
        detail_layout.addLayout(actions)
        self._lay_out(top, detail, self.tr("Choose a conflict to see its versions side by side."),
                      "conflicts_splitter")

    # --- loading --------------------------------------------------------------------------------
    def reload(self, *, quiet: bool = False) -> None:
        """Read the conflicts again; `quiet`: a failure is not shown (the window's own reading,
        for the count, says nothing while the screen is not looked at)."""
        generation = self._next_reading()
        database = self.database_getter()
        open_only = not self.show_resolved.isChecked()

        def work(_task: Task) -> tuple[list[ConflictView], bool]:
            # (the role is asked of a team database's server: not on the GUI thread)
            can_resolve = not database.read_only and database.role != "viewer"
            return list_conflicts(database, open_only=open_only), can_resolve

        self.tasks.run(work, on_success=lambda result: self._loaded(generation, *result),
                       on_failure=(lambda _exc: None) if quiet else self.show_error, label=self.tr("Reading the conflicts…"))

    def _loaded(self, generation: int, conflicts: list[ConflictView], can_resolve: bool) -> None:
        if not self._is_latest(generation):
            return
        self.can_resolve = can_resolve
        self.open_count = sum(1 for c in conflicts if c.open)
        self.recommendations_in_conflict = list(dict.fromkeys(
            c.recommendation_id for c in conflicts if c.open and c.recommendation_id is not None))
        resolved = len(conflicts) - self.open_count
        self.count_label.setText(fill(self.tr("%1 open, %2 resolved"), self.open_count, resolved) if resolved
                                 else fill(self.tr("%1 open"), self.open_count))
        self._fill_list(conflicts)
        if conflicts:   # (the same one still chosen: shown again, as it may be resolved now)
            self.show_item(self.current_conflict())
        self.count_changed.emit(self.open_count)
        self.reloaded.emit()

    # --- the selected conflict ------------------------------------------------------------------
    def current_conflict(self) -> ConflictView | None:
        return self.current_item()

    def select_conflict(self, conflict_id: uuid.UUID) -> bool:
        return self.select_item(conflict_id)

    def show_item(self, conflict: ConflictView | None) -> None:
        while self.versions_layout.count():
            item = self.versions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.keep_buttons, self.version_boxes = [], []
        if conflict is None:
            self.detail_stack.setCurrentWidget(self.no_detail)
            self.combine_button.setEnabled(False)
            self.open_button.setEnabled(False)
            return
        self.detail_stack.setCurrentWidget(self.detail)
        self.title.setText(f"{conflict.record_label} · {conflict.field_label}")
        self.status.setText(self._status_text(conflict))
        may_act = self.can_resolve and conflict.open and conflict.record_exists and conflict.readable
        for number, candidate in enumerate(conflict.candidates, 1):
            box = QGroupBox(fill(self.tr("Version %1 (in the record now)") if candidate.current
                                 else self.tr("Version %1"), number))
            box.setObjectName(f"version_{number}")
            who = QLabel(fill(self.tr("By %1 · database: %2\n%3"), candidate.author, candidate.origin_name,
                              local_time_text(candidate.at) if candidate.at else self.tr("at an unknown time")))
            who.setTextFormat(Qt.TextFormat.PlainText)
            who.setWordWrap(True)
            text = QPlainTextEdit()
            text.setObjectName(f"version_text_{number}")
            text.setReadOnly(True)
            text.setPlainText(value_text(conflict, candidate.value))
            keep = QPushButton(self.tr("Keep this one"))
            keep.setObjectName(f"keep_{number}")
            keep.setEnabled(may_act)
            if not self.can_resolve:
                keep.setToolTip(cannot_resolve())
            keep.clicked.connect(lambda _checked=False, c=conflict, n=number: self.keep(c, n))
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(who)
            box_layout.addWidget(text, 1)
            box_layout.addWidget(keep)
            self.versions_layout.addWidget(box, 1)
            self.keep_buttons.append(keep)
            self.version_boxes.append(text)
        self.combine_button.setEnabled(may_act and (conflict.is_text or bool(conflict.choices)))
        self.combine_button.setToolTip("" if self.can_resolve else cannot_resolve())
        self.open_button.setEnabled(conflict.recommendation_id is not None)

    @staticmethod
    def _status_text(conflict: ConflictView) -> str:
        if not conflict.open:
            who = conflict.resolved_by or translate("ConflictsView", "someone")
            if conflict.resolved_at:
                return fill(translate("ConflictsView", "Resolved by %1 on %2."), who,
                            local_time_text(conflict.resolved_at))
            return fill(translate("ConflictsView", "Resolved by %1."), who)
        if not conflict.record_exists:
            return translate("ConflictsView", "The record is not in this database (deleted here, or not received yet).")
        if not conflict.readable:
            return translate("ConflictsView", "A confidential note you may not read here: resolve it where it can be "
                             "read.")
        return translate("ConflictsView", "Changed differently on two databases before they synced. Until you choose, "
                         "the record holds the latest version; keep one, or combine them.")

    # --- actions --------------------------------------------------------------------------------
    def keep(self, conflict: ConflictView, number: int) -> None:
        candidate = conflict.candidates[number - 1]
        self._resolve(conflict, candidate.value, fill(self.tr("Kept version %1 (%2, %3)."), number, candidate.author,
                                                      candidate.origin_name))

    def combine_current(self) -> None:
        conflict = self.current_conflict()
        if conflict is None:
            return
        dialog = CombineDialog(conflict, self)
        dialog.accepted.connect(lambda: self._resolve(conflict, dialog.value(), self.tr("Combined value kept.")))
        self._open(dialog)

    def _resolve(self, conflict: ConflictView, value: Any, done: str) -> None:
        database = self.database_getter()
        seen = conflict.candidate_keys

        def work(_task: Task) -> ConflictView:
            return resolve_conflict(database, conflict.id, value, expected_candidates=seen)

        self.tasks.run(work, writes=True, label=self.tr("Saving…"), progress_parent=self,
                       on_success=lambda _view: self._done(done), on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.show_error(exc)
        self.reload()  # (the versions may have changed: show them as they are now)

    def _open_recommendation(self) -> None:
        conflict = self.current_conflict()
        if conflict is not None and conflict.recommendation_id is not None:
            self.recommendation_activated.emit(conflict.recommendation_id)
