"""Linking recommendations to a milestone: the recommendations selected in the table, all at once,
to an existing milestone of their State (plans listed with their items) or to a new one."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import state_text, plain_tooltip
from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.milestone_dialog import MilestoneDialog, kind_label, show_error
from upr_tracker.gui.milestone_table_model import (
    DateIsoRole,
    KindRole,
    MilestoneIdRole,
    MilestoneRole,
    kind_icon,
    ordered_rows,
)
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.milestone_table_model import undated_text
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.i18n.catalogs import fill
from upr_tracker.services.milestones import link_milestone, list_milestones
from upr_tracker.services.states import find_state
from upr_tracker.services.values import MilestoneInfo
from upr_tracker.storage.database import Database

# Marked for translation here, translated where the dialog builds its list.
COLUMNS = (QT_TRANSLATE_NOOP("LinkMilestoneDialog", "Milestone"), QT_TRANSLATE_NOOP("LinkMilestoneDialog", "Date"),
           QT_TRANSLATE_NOOP("LinkMilestoneDialog", "Kind"), QT_TRANSLATE_NOOP("LinkMilestoneDialog", "Already linked"))
SearchTextRole = Qt.ItemDataRole.UserRole + 40


class _MilestoneFilter(QSortFilterProxyModel):
    """Keeps the milestones whose title, description, date or source contain every word typed,
    with the plan of a matching item (recursive filtering)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = index.data(SearchTextRole) or ""
        return all(word in haystack for word in self.words)


def _link_new(database: Database, milestone_id: uuid.UUID, ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """Link, and say which recommendations were not linked before (off the GUI thread)."""
    before = {i for m in list_milestones(database) if m.id == milestone_id for i in m.recommendation_ids}
    link_milestone(database, milestone_id, ids)
    return [i for i in ids if i not in before]


class LinkMilestoneDialog(QDialog):
    """Choose a milestone of the State (or create one), then link all the given recommendations to
    it at once. After accept, `linked_milestone_id` is the milestone, `new_links` how many links
    were made and `newly_linked` which recommendations they are (those already linked are left as
    they are, and an undo must leave them too)."""

    def __init__(self, database: Database, state_iso3: str, recommendation_ids: list[uuid.UUID],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_milestone_dialog")
        self.database = database
        self.state_iso3 = state_iso3.upper()
        self.recommendation_ids = list(dict.fromkeys(recommendation_ids))
        self.tasks = TaskRunner(self)
        self.linked_milestone_id: uuid.UUID | None = None
        self.new_links = 0
        self.newly_linked: list[uuid.UUID] = []
        self.milestone_dialog: MilestoneDialog | None = None
        self.last_error_box: QMessageBox | None = None
        self._linking = False
        try:
            self.state_name = state_text(self.state_iso3, find_state(database, self.state_iso3).name)
        except UprTrackerError:
            self.state_name = self.state_iso3
        self._build()
        self.load()

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        count = len(self.recommendation_ids)
        self.setWindowTitle(self.tr("Link to a milestone"))
        self.resize(780, 500)
        heading = QLabel(counted(self.tr("Link %n recommendation(s) to a milestone", "", count), count))
        heading.setObjectName("link_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        sub = QLabel(fill(counted(self.tr("Choose one of the milestones of %1, or record a new one. "
                                          "All %n recommendation(s) are linked to it at once.", "", count), count),
                          self.state_name) if count != 1 else
                     fill(self.tr("Choose one of the milestones of %1, or record a new one."), self.state_name))
        sub.setWordWrap(True)
        sub.setStyleSheet("color: palette(placeholder-text);")

        self.search_box = QLineEdit()
        self.search_box.setObjectName("milestone_search")
        self.search_box.setPlaceholderText(self.tr("Search the milestones: title, description, date, source…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._on_search)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)
        self.proxy = _MilestoneFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("milestone_choices")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIconSize(self.tree.iconSize().scaled(12, 12, Qt.AspectRatioMode.KeepAspectRatio))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 140), (2, 130), (3, 110)):
            header.resizeSection(column, width)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.tree.doubleClicked.connect(lambda _index: self.accept())

        self.empty_label = QLabel()
        self.empty_label.setObjectName("link_empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.empty_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.link_button = self.buttons.addButton(self.tr("Link"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.link_button.setObjectName("link_button")
        self.link_button.setDefault(True)
        self.new_button = QPushButton(self.tr("New milestone…"))
        self.new_button.setObjectName("new_milestone_button")
        self.new_button.setToolTip(fill(self.tr("Record a new milestone of %1 and link the recommendations to it"),
                                        self.state_name))
        self.buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self.new_milestone)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addWidget(self.search_box)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()

    # --- the milestones ---------------------------------------------------------------------------
    def load(self, select: uuid.UUID | None = None) -> None:
        """List the State's milestones (a quick read), plans with their items under them."""
        try:
            milestones = list_milestones(self.database, state=self.state_iso3)
        except UprTrackerError as exc:
            self.last_error_box = show_error(self, exc)
            milestones = []
        self.model.removeRows(0, self.model.rowCount())
        wanted = set(self.recommendation_ids)
        parents: dict[uuid.UUID, QStandardItem] = {}
        for row in ordered_rows(milestones):
            items = self._row_items(row.milestone, wanted)
            plan_id = row.milestone.plan_id
            parent = parents.get(plan_id) if row.depth and plan_id is not None else None
            (parent or self.model.invisibleRootItem()).appendRow(items)
            if row.milestone.kind == MilestoneKind.PLAN.value:
                parents[row.milestone.id] = items[0]
        self.tree.expandAll()
        has_any = bool(milestones)
        self.tree.setVisible(has_any)
        self.search_box.setEnabled(has_any)
        self.empty_label.setVisible(not has_any)
        self.empty_label.setText(fill(self.tr("%1 has no milestones yet.\nRecord the first with “New milestone…”."),
                                      self.state_name))
        if select is not None:
            self.select(select)
        self._update_buttons()

    def _row_items(self, m: MilestoneInfo, wanted: set[uuid.UUID]) -> list[QStandardItem]:
        title = f"{m.item_number}  {m.title}" if m.plan_id and m.item_number else m.title
        already = len(wanted.intersection(m.recommendation_ids))
        if not already:
            linked = ""
        elif already == len(wanted):
            linked = self.tr("all", "all the recommendations are linked already") if len(wanted) > 1 else \
                self.tr("yes", "the recommendation is linked already")
        else:
            linked = fill(self.tr("%1 of %2", "how many of the recommendations are linked already"),
                          already, len(wanted))
        texts = (title, m.when_display or undated_text(), kind_label(m.kind), linked)
        search = " ".join(t for t in (m.title, m.description, m.date_display, m.date, m.source_citation,
                                      m.item_number, kind_label(m.kind)) if t).casefold()
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(m.id, MilestoneIdRole)
            item.setData(m, MilestoneRole)
            item.setData(m.kind, KindRole)
            item.setData(m.date, DateIsoRole)
            item.setData(search, SearchTextRole)
            if column == 0:
                item.setToolTip(plain_tooltip(m.title + (f"\n\n{m.description}" if m.description else "")) or "")
                if m.kind == MilestoneKind.PLAN.value:
                    font = item.font()
                    font.setWeight(QFont.Weight.DemiBold)
                    item.setFont(font)
            if column == 2:
                item.setIcon(kind_icon(m.kind))
            items.append(item)
        return items

    def _on_search(self, text: str) -> None:
        self.proxy.set_text(text)
        self.tree.expandAll()
        if not self.selected_id() and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self._update_buttons()

    def select(self, milestone_id: uuid.UUID) -> bool:
        """Select a milestone in the list (clearing the search if it hides it)."""
        for attempt in range(2):
            index = self._find(milestone_id, QModelIndex())
            if index is not None:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
            if attempt == 0 and self.search_box.text():
                self.search_box.clear()
        return False

    def _find(self, milestone_id: uuid.UUID, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(MilestoneIdRole) == milestone_id:
                return index
            found = self._find(milestone_id, index)
            if found is not None:
                return found
        return None

    def selected_id(self) -> uuid.UUID | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        return index.data(MilestoneIdRole)

    def linked_title(self) -> str:
        """The title of the milestone linked to (for the Undo menu), or a plain word if unknown."""
        if self.linked_milestone_id is not None:
            index = self._find(self.linked_milestone_id, QModelIndex())
            if index is not None:
                info = index.data(MilestoneRole)
                if info is not None:
                    return info.title
        return self.tr("the milestone")

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(self.selected_id() is not None and not self._linking
                                    and bool(self.recommendation_ids))
        self.new_button.setEnabled(not self._linking)

    # --- actions ------------------------------------------------------------------------------------
    def new_milestone(self) -> MilestoneDialog:
        """Open the milestone dialog with the State preset; once saved, the recommendations are
        linked to the new milestone and this dialog closes."""
        dialog = MilestoneDialog(self.database, self.tasks, state_iso3=self.state_iso3, parent=self)
        self.milestone_dialog = dialog
        dialog.saved.connect(self._on_created)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_created(self, milestone_id: uuid.UUID) -> None:
        self.load(select=milestone_id)
        self.link_to(milestone_id)

    def accept(self) -> None:
        milestone_id = self.selected_id()
        if milestone_id is not None and not self._linking:
            self.link_to(milestone_id)

    def link_to(self, milestone_id: uuid.UUID) -> None:
        """Link all the recommendations to this milestone (off the GUI thread); accept when done."""
        database, ids = self.database, list(self.recommendation_ids)
        self._linking = True
        self._update_buttons()
        self.tasks.run(lambda _task: _link_new(database, milestone_id, ids), writes=True,
                       on_success=lambda new: self._on_linked(milestone_id, new),
                       on_failure=self._on_link_failed, label=self.tr("Linking…"), progress_parent=self)

    def _on_linked(self, milestone_id: uuid.UUID, new: list[uuid.UUID]) -> None:
        self._linking = False
        self.linked_milestone_id = milestone_id
        self.newly_linked = new
        self.new_links = len(new)
        super().accept()

    def _on_link_failed(self, exc: BaseException) -> None:
        self._linking = False
        self._update_buttons()
        self.last_error_box = show_error(self, exc)

    def reject(self) -> None:
        if not self._linking:
            super().reject()
