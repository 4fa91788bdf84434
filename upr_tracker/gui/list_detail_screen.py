"""A screen that lists items on the left and shows the chosen one on the right (the problems to
review, the conflicts between databases): the list with its "nothing here" message, the detail with
its "choose one" placeholder, the splitter between them, and the reading in the background that
keeps the chosen item chosen. Each screen adds its own top bar, detail widgets and actions.

The items are plain values with an `id`; the list model holds them in order."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.import_entries import TwoLineDelegate
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.storage.database import Database

GREY = "color: palette(placeholder-text);"


WRAPPED_PLACEHOLDER_CHARACTERS = 24


def placeholder_label(text: str = "", *, word_wrap: bool = False) -> QLabel:
    """Grey, centred text standing where there is nothing to show."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(word_wrap)
    if word_wrap:
        # Qt proposes 80 characters as a wrapped label's least width: in a longer language that
        # alone would make the list wider than a laptop's screen. A few words a line will do.
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * WRAPPED_PLACEHOLDER_CHARACTERS)
    label.setStyleSheet(GREY)
    return label


def detail_stack(placeholder: QLabel, detail: QWidget) -> QStackedWidget:
    """The placeholder until an item is chosen, then its detail."""
    stack = QStackedWidget()
    stack.addWidget(placeholder)
    stack.addWidget(detail)
    return stack


def side_by_side(left: QWidget, right: QWidget, sizes: tuple[int, int], name: str = "") -> QSplitter:
    """The list beside the detail; the detail takes the room a wider window gives."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    if name:
        splitter.setObjectName(name)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes(list(sizes))
    splitter.setChildrenCollapsible(False)
    return splitter


def heading_label(text: str, scale: float = 1.25) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class ValueListModel(QAbstractListModel):
    """Plain values with an `id`, in the order given; subclasses say what each role shows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    def set_items(self, items: Sequence[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def row_of(self, item_id: uuid.UUID | None) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def item_of(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        """The item of a valid index of this model's rows, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        return self._items[index.row()]


class ListDetailScreen(QWidget):
    """The list of items beside the chosen one's detail, read in the background.

    A subclass builds its own widgets with the builders below, gives `item_role` (the model's role
    holding the item) and `error_title`, and shows an item (or None) in `show_item`."""

    changed = Signal()     # an item was settled: what the window shows of the records may have changed
    reloaded = Signal()    # the list was read again

    item_role: int
    error_title: str

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner,
                 model_type: Callable[[QWidget], ValueListModel], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_getter = database_getter
        self.tasks = tasks
        self.model = model_type(self)
        self.dialog: QDialog | None = None
        self.last_error_box: QMessageBox | None = None
        self.last_message = ""
        self._generation = 0
        self._wanted_id: uuid.UUID | None = None

    def show_item(self, item: Any) -> None:
        raise NotImplementedError

    # --- builders -----------------------------------------------------------------------------
    def _build_top(self, heading: str, show_resolved_name: str, count_name: str, *choosers: QWidget) -> QHBoxLayout:
        """The heading, the screen's own choosers, "Show resolved", and the count at the right."""
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setObjectName(show_resolved_name)
        self.show_resolved.toggled.connect(lambda _checked: self.reload())
        self.count_label = QLabel()
        self.count_label.setObjectName(count_name)
        self.count_label.setStyleSheet(GREY)
        top = QHBoxLayout()
        top.addWidget(heading_label(heading))
        top.addSpacing(16)
        for widget in (*choosers, self.show_resolved):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count_label)
        return top

    def _build_list(self, name: str, empty_name: str, empty_text: str) -> None:
        self.list = QListView()
        self.list.setObjectName(name)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.empty_label = placeholder_label(empty_text, word_wrap=True)
        self.empty_label.setObjectName(empty_name)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty_label)

    def _build_title(self, name: str) -> QLabel:
        title = heading_label("", 1.15)
        title.setObjectName(name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        return title

    def _lay_out(self, top: QLayout, detail: QWidget, placeholder: str, splitter_name: str,
                 *above: QWidget) -> None:
        """The top bar, any lines under it, then the list beside the detail."""
        self.detail = detail
        self.no_detail = placeholder_label(placeholder)
        self.detail_stack = detail_stack(self.no_detail, self.detail)
        splitter = side_by_side(self.list_stack, self.detail_stack, (340, 820), splitter_name)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in above:
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)

    # --- loading ------------------------------------------------------------------------------
    def _next_reading(self) -> int:
        """A new reading begins (an older one still running is then ignored): the item chosen now
        is chosen again after it."""
        self._generation += 1
        current = self.current_item()
        if current is not None:
            self._wanted_id = current.id
        return self._generation

    def _is_latest(self, generation: int) -> bool:
        return generation == self._generation

    def _fill_list(self, items: Sequence[Any]) -> None:
        """The items read: the one chosen before stays chosen, else the same row (or the last)."""
        row = self.model.row_of(self._wanted_id)
        if row < 0:
            row = min(max(self.list.currentIndex().row(), 0), len(items) - 1)
        self.model.set_items(items)
        self.list_stack.setCurrentWidget(self.list if items else self.empty_label)
        if items:
            self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        else:
            self.show_item(None)

    def reload(self) -> None:
        raise NotImplementedError

    # --- the chosen item ----------------------------------------------------------------------
    def current_item(self) -> Any:
        index = self.list.currentIndex()
        return index.data(self.item_role) if index.isValid() else None

    def select_item(self, item_id: uuid.UUID) -> bool:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = current.data(self.item_role) if current.isValid() else None
        self._wanted_id = item.id if item else None
        self.show_item(item)

    # --- after an action ----------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def _done(self, message: str) -> None:
        """An action succeeded: say so where the count stands, and read the list again."""
        self.last_message = message
        self.count_label.setText(message)
        self.changed.emit()
        self.reload()

    def show_error(self, exc: BaseException) -> None:
        box = error_box(self, exc, self.error_title)
        if box is not None:
            self.last_error_box = box
