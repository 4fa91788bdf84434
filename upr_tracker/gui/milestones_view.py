"""The milestones of implementation: a drawn timeline strip, the milestones in date order (a plan's
items listed under it), filters, and the selected milestone's detail with its evidence.

All milestones are listed once (a quick read, off the GUI thread) and filtered in memory; the
detail (linked recommendations, attached file) and every write run through the TaskRunner.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import state_text
from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.milestone_detail import detail_html, no_selection_html
from upr_tracker.gui.milestone_dialog import (
    MilestoneDialog,
    kind_label,
    show_error,
    size_text,
)
from upr_tracker.i18n.catalogs import fill
from upr_tracker.gui.opened_attachments import OPENED_NOTICE, OpenedAttachments
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.services.milestones import (
    attachment_names,
    attachment_of,
    attachment_summary,
    delete_milestone,
    list_milestones,
)
from upr_tracker.services.recommendations import recommendation_rows
from upr_tracker.services.states import list_states
from upr_tracker.services.values import MilestoneInfo, RecommendationRow
from upr_tracker.storage.database import Database

from upr_tracker.gui.milestone_table_model import (
    COLUMN_DATE,
    COLUMN_KIND,
    COLUMN_LINKED,
    COLUMN_SOURCE,
    COLUMN_TITLE,
    MilestoneIdRole,
    MilestoneRole,
    MilestoneTableModel,
    date_key,
    date_span,
    kind_icon,
    natural_key,
    partial_date,
)
from upr_tracker.gui.milestone_timeline import MilestoneTimeline

# --- the view -----------------------------------------------------------------------------------
ANY_YEAR = 1944  # the spin boxes' "Any" (the UN's first year is 1945)


@dataclass(frozen=True)
class _Listing:
    milestones: list[MilestoneInfo]
    state_names: dict[str, str]
    attachments: dict[uuid.UUID, str]


@dataclass(frozen=True)
class _Detail:
    milestone: MilestoneInfo
    recommendations: list[RecommendationRow]
    attachment: tuple[str, str, int] | None


def _e(value: Any) -> str:
    return html.escape(str(value)) if value is not None else ""


class MilestonesView(QWidget):
    """The milestones page. Call `reload()` after the database changes elsewhere (or is switched),
    `show_state(iso3)` to show one State's milestones, `show_plan(plan_id)` to show a plan with its
    items. Emits `changed` after every write it makes, and `recommendation_activated(id)` when a
    linked recommendation is clicked in the detail."""

    changed = Signal()
    recommendation_activated = Signal(object)  # uuid.UUID

    def __init__(self, database_getter: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestones_view")
        self.database_getter = database_getter
        self.tasks = tasks
        self.model = MilestoneTableModel(self)
        self._all: list[MilestoneInfo] = []
        self._by_id: dict[uuid.UUID, MilestoneInfo] = {}
        self._state_names: dict[str, str] = {}
        self._attachments: dict[uuid.UUID, str] = {}
        self._state_filter: str | None = None
        self._pending_selection: uuid.UUID | None = None
        self._reload_generation = 0
        self._detail_generation = 0
        self._detail: _Detail | None = None
        self._loaded = False
        self.dialog: MilestoneDialog | None = None
        self.last_error_box: QMessageBox | None = None
        self.last_opened_attachment: Path | None = None
        self.opened_attachments = OpenedAttachments()
        self._build()
        self.reload()

    # --- layout -------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.state_combo = QComboBox()
        self.state_combo.setObjectName("milestone_state_filter")
        self.state_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state_combo.setMinimumContentsLength(16)
        self.state_combo.setToolTip(self.tr("The milestones of one State; beside each, how many it has"))
        self.state_combo.currentIndexChanged.connect(self._on_state_chosen)

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("milestone_kind_filter")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in MilestoneKind:
            self.kind_combo.addItem(kind_icon(kind.value), kind_label(kind.value), kind.value)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("milestone_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Title, description, source or label contains…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(lambda _t: self.apply_filters())

        self.from_year = self._year_box("milestone_from_year")
        self.to_year = self._year_box("milestone_to_year")

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for text, widget in ((self.tr("State:"), self.state_combo), (self.tr("Kind:"), self.kind_combo)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.text_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("From:")))
        filters.addWidget(self.from_year)
        filters.addWidget(QLabel(self.tr("to:")))
        filters.addWidget(self.to_year)
        self.clear_filters_button = QPushButton(self.tr("Clear"))
        self.clear_filters_button.setObjectName("clear_filters_button")
        self.clear_filters_button.setToolTip(self.tr("Show all the milestones of the State again"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_filters_button)

        self.timeline = MilestoneTimeline()
        self.timeline.milestone_clicked.connect(self.select_milestone)

        self.table = QTableView()
        self.table.setObjectName("milestone_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setIconSize(QSize(12, 12))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in ((COLUMN_DATE, 128), (COLUMN_KIND, 112), (COLUMN_SOURCE, 132), (COLUMN_LINKED, 58)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        # The current row changes before the selection does: the buttons follow the selection.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        delete_action = QAction(self.tr("Delete milestone"), self.table)
        delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(delete_action)

        self.new_button = QPushButton(self.tr("New milestone…"))
        self.new_button.setObjectName("new_milestone_button")
        self.new_button.clicked.connect(self.new_milestone)
        self.new_item_button = QPushButton(self.tr("New item…"))
        self.new_item_button.setObjectName("new_item_button")
        self.new_item_button.setToolTip(self.tr("Add an item to the selected plan of action"))
        self.new_item_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_milestone_button")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_milestone_button")
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel()
        self.count_label.setObjectName("milestone_count_label")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.new_item_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.detail = QTextBrowser()
        self.detail.setObjectName("milestone_detail")
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.document().setDocumentMargin(10)

        self.attachment_label = QLabel()
        self.attachment_label.setObjectName("attachment_name_label")
        self.attachment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_attachment_button = QPushButton(self.tr("Open attachment"))
        self.open_attachment_button.setObjectName("open_attachment_button")
        self.open_attachment_button.clicked.connect(self.open_attachment)
        self.attachment_bar = QFrame()
        self.attachment_bar.setObjectName("attachment_bar")
        self.attachment_bar.setFrameShape(QFrame.Shape.NoFrame)
        attachment_layout = QHBoxLayout(self.attachment_bar)
        attachment_layout.setContentsMargins(10, 6, 10, 8)
        attachment_layout.addWidget(self.attachment_label, 1)
        attachment_layout.addWidget(self.open_attachment_button)
        self.attachment_bar.hide()
        self.opened_notice = QLabel(OPENED_NOTICE)
        self.opened_notice.setObjectName("opened_attachment_notice")
        self.opened_notice.setWordWrap(True)
        self.opened_notice.setContentsMargins(10, 0, 10, 8)
        self.opened_notice.setStyleSheet("color: #8A5A00;")
        self.opened_notice.hide()

        right = QFrame()
        right.setObjectName("milestone_detail_frame")
        right.setFrameShape(QFrame.Shape.StyledPanel)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(1, 1, 1, 1)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addWidget(self.attachment_bar)
        right_layout.addWidget(self.opened_notice)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("milestones_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 440])
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.timeline)
        layout.addWidget(self.splitter, 1)
        self._update_buttons()

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(ANY_YEAR, 2100)
        box.setSpecialValueText(self.tr("Any", "no limit on the year"))
        box.setValue(ANY_YEAR)
        box.setAccelerated(True)
        box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000") + 42)
        box.setToolTip(self.tr("Years; “Any” leaves that end open"))
        box.valueChanged.connect(lambda _v: self.apply_filters())
        return box

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the milestones again (off the GUI thread), keeping the filters and the selection."""
        self._reload_generation += 1
        generation = self._reload_generation
        database = self.database_getter()

        def work(_task: Task) -> _Listing:
            milestones = list_milestones(database)
            names = {s.iso3: s.name for s in list_states(database)}
            return _Listing(milestones, names, attachment_names(database))

        self.tasks.run(work, on_success=lambda listing: self._on_listed(generation, listing),
                       on_failure=lambda exc: self._on_failed(generation, exc), label=self.tr("Reading the milestones…"))

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._reload_generation:
            self.show_error(exc)

    def _on_listed(self, generation: int, listing: _Listing) -> None:
        if generation != self._reload_generation:
            return
        keep = self._pending_selection or self.selected_id()
        self._all = listing.milestones
        self._by_id = {m.id: m for m in self._all}
        self._state_names = {iso3: state_text(iso3, name) for iso3, name in listing.state_names.items()}
        self._attachments = listing.attachments
        self._loaded = True
        self._fill_state_combo()
        self._pending_selection = keep
        self.apply_filters()
        if keep is not None and keep in self._by_id and self.selected_id() != keep:
            self.select_milestone(keep)  # hidden by the filters (show_plan, a new milestone)

    def _fill_state_combo(self) -> None:
        counts: dict[str, int] = {}
        for m in self._all:
            counts[m.state_iso3] = counts.get(m.state_iso3, 0) + 1
        if self._state_filter and self._state_filter not in counts:
            counts[self._state_filter] = 0
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        # The numbers count milestones (and plan items), not States: the first entry says so.
        total = len(self._all)
        self.state_combo.addItem(counted(self.tr("All States (%n milestone(s))", "", total), total), None)
        for iso3 in sorted(counts, key=lambda code: (self._state_names.get(code) or code).casefold()):
            self.state_combo.addItem(fill(self.tr("%1 (%2)", "a State (how many milestones it has)"),
                                          self._state_names.get(iso3, iso3), counts[iso3]), iso3)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(self._state_filter)))
        self.state_combo.blockSignals(False)

    # --- filters --------------------------------------------------------------------------------
    def _on_state_chosen(self, _index: int) -> None:
        self._state_filter = self.state_combo.currentData()
        self.apply_filters()

    def year_range(self) -> tuple[int | None, int | None]:
        low = self.from_year.value() if self.from_year.value() != ANY_YEAR else None
        high = self.to_year.value() if self.to_year.value() != ANY_YEAR else None
        return low, high

    def matches(self, m: MilestoneInfo) -> bool:
        """Whether a milestone passes the filters in effect."""
        if self._state_filter and m.state_iso3 != self._state_filter:
            return False
        kind = self.kind_combo.currentData()
        if kind and m.kind != kind:
            return False
        words = self.text_filter.text().casefold().split()
        if words:
            haystack = " ".join(t for t in (m.title, m.description, m.source_citation, m.source_url, m.date_display,
                                            m.item_number, " ".join(m.recommendation_labels)) if t).casefold()
            if not all(word in haystack for word in words):
                return False
        low, high = self.year_range()
        if low is not None or high is not None:
            when = partial_date(m)
            if when is None:
                return False
            start, end = date_span(when)
            if low is not None and end <= dt.date(low, 1, 1):
                return False
            if high is not None and start >= dt.date(high + 1, 1, 1):
                return False
        return True

    def apply_filters(self) -> None:
        shown = [m for m in self._all if self.matches(m)]
        keep = self._pending_selection or self.selected_id()
        self._pending_selection = None
        self.model.set_milestones(shown, self._attachments)
        self.timeline.set_milestones(shown, self.year_range())
        self._update_count(len(shown))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0  # the first milestone, so that the detail is never empty for no reason
        if row >= 0:
            self._select_row(row)
        else:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._show_no_selection()

    def clear_filters(self) -> None:
        for widget in (self.kind_combo, self.text_filter, self.from_year, self.to_year):
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.text_filter.clear()
        self.from_year.setValue(ANY_YEAR)
        self.to_year.setValue(ANY_YEAR)
        for widget in (self.kind_combo, self.text_filter, self.from_year, self.to_year):
            widget.blockSignals(False)
        self.apply_filters()

    def _update_count(self, shown: int) -> None:
        total = sum(1 for m in self._all if not self._state_filter or m.state_iso3 == self._state_filter)
        if shown == total:
            self.count_label.setText(counted(self.tr("%n milestone(s)", "", total), total))
        else:
            self.count_label.setText(fill(counted(self.tr("%1 of %n milestone(s)", "", total), total), shown))

    # --- what the main window calls -------------------------------------------------------------------
    def show_state(self, iso3: str | None) -> None:
        """Show the milestones of one State (None: of all States)."""
        self._state_filter = iso3.upper() if iso3 else None
        if self._loaded:
            self._fill_state_combo()
            self.apply_filters()

    def show_plan(self, plan_id: uuid.UUID | None) -> None:
        """Show a plan with its items, selected (None: clear the selection)."""
        if plan_id is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self._show_no_selection()
            return
        plan = self._by_id.get(plan_id)
        if plan is None:
            self._pending_selection = plan_id  # selected when the listing arrives
            if self._loaded:
                self.reload()
            return
        self._state_filter = plan.state_iso3
        self._fill_state_combo()
        self.clear_filters()
        self.select_milestone(plan_id)

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(MilestoneIdRole)

    def selected_milestone(self) -> MilestoneInfo | None:
        selected = self.selected_id()
        return self._by_id.get(selected) if selected else None

    def select_milestone(self, milestone_id: uuid.UUID) -> None:
        """Select a milestone, showing it again if the filters hid it."""
        row = self.model.row_of(milestone_id)
        milestone = self._by_id.get(milestone_id)
        if row < 0 and milestone is not None:
            if self._state_filter and self._state_filter != milestone.state_iso3:
                self._state_filter = milestone.state_iso3
                self._fill_state_combo()
            self.clear_filters()
            row = self.model.row_of(milestone_id)
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COLUMN_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    # --- detail -------------------------------------------------------------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        milestone = current.data(MilestoneRole) if current.isValid() else None
        self.timeline.set_selected(milestone.id if milestone else None)
        self._update_buttons()
        if milestone is None:
            self._show_no_selection()
            return
        self._detail_generation += 1
        generation = self._detail_generation
        database = self.database_getter()
        self._detail = _Detail(milestone, [], None)
        self.detail.setHtml(self.detail_html(milestone, None, [], loading=True))
        self.attachment_bar.hide()

        def work(_task: Task) -> _Detail:
            rows = recommendation_rows(database, list(milestone.recommendation_ids)) if milestone.recommendation_ids else []
            order = {rid: i for i, rid in enumerate(milestone.recommendation_ids)}
            rows.sort(key=lambda r: order.get(r.id, 0))
            return _Detail(milestone, rows, attachment_summary(database, milestone.id))

        self.tasks.run(work, on_success=lambda detail: self._on_detail(generation, detail),
                       on_failure=lambda exc: self._on_detail_failed(generation, exc))

    def _on_detail(self, generation: int, detail: _Detail) -> None:
        if generation != self._detail_generation:
            return
        self._detail = detail
        self.detail.setHtml(self.detail_html(detail.milestone, detail.attachment, detail.recommendations))
        if detail.attachment is not None:
            name, media_type, size = detail.attachment
            shown = f"📎  <b>{_e(name)}</b> &nbsp;<span style='color:#80868b'>{_e(size_text(size))}</span>"
            self.attachment_label.setText(shown)  # the name as stored, the size in the window's language
            self.attachment_label.setToolTip(media_type)
            self.attachment_bar.show()
        else:
            self.attachment_bar.hide()

    def _on_detail_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._detail_generation:
            self.show_error(exc)

    def _show_no_selection(self) -> None:
        self._detail_generation += 1
        self._detail = None
        self.attachment_bar.hide()
        self.timeline.set_selected(None)
        self._update_buttons()
        self.detail.setHtml(no_selection_html(self._loaded, bool(self._all), self.model.rowCount() > 0))

    def detail_html(self, m: MilestoneInfo, attachment: tuple[str, str, int] | None,
                    recommendations: list[RecommendationRow], *, loading: bool = False) -> str:
        items = []
        if m.kind == MilestoneKind.PLAN.value:
            items = sorted((i for i in self._all if i.plan_id == m.id),
                           key=lambda i: (natural_key(i.item_number), *date_key(i), i.title.casefold()))
        plan = self._by_id.get(m.plan_id) if m.plan_id is not None else None
        return detail_html(m, attachment, recommendations, state=self._state_names.get(m.state_iso3, m.state_iso3),
                           plan=plan, items=items, loading=loading)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "milestone":
            try:
                self.select_milestone(uuid.UUID(url.path()))
            except ValueError:
                pass
        elif url.scheme() == "recommendation":
            try:
                self.recommendation_activated.emit(uuid.UUID(url.path()))
            except ValueError:
                pass
        else:
            QDesktopServices.openUrl(url)

    def _update_buttons(self) -> None:
        selected = self.selected_milestone() if hasattr(self, "table") else None
        self.edit_button.setEnabled(selected is not None)
        self.delete_button.setEnabled(selected is not None)
        plan = self._plan_of(selected)
        self.new_item_button.setEnabled(plan is not None)
        self.new_item_button.setToolTip(fill(self.tr("Add an item to “%1”"), plan.title) if plan else
                                        self.tr("Select a plan of action (or one of its items) to add an item to it"))

    def _plan_of(self, milestone: MilestoneInfo | None) -> MilestoneInfo | None:
        if milestone is None:
            return None
        if milestone.kind == MilestoneKind.PLAN.value:
            return milestone
        if milestone.plan_id is not None:
            return self._by_id.get(milestone.plan_id)
        return None

    # --- actions --------------------------------------------------------------------------------------
    def _open_dialog(self, dialog: MilestoneDialog) -> MilestoneDialog:
        self.dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_milestone(self) -> MilestoneDialog:
        """Open the dialog for a new milestone of the State shown (returns it; it is window-modal)."""
        selected = self.selected_milestone()
        state = self._state_filter or (selected.state_iso3 if selected else None) or (
            self._all[0].state_iso3 if self._all and len({m.state_iso3 for m in self._all}) == 1 else None)
        return self._open_dialog(MilestoneDialog(self.database_getter(), self.tasks, state_iso3=state, parent=self))

    def new_item(self) -> MilestoneDialog | None:
        """Open the dialog for a new item of the selected plan (or of the selected item's plan)."""
        plan = self._plan_of(self.selected_milestone())
        if plan is None:
            return None
        return self._open_dialog(MilestoneDialog(self.database_getter(), self.tasks, state_iso3=plan.state_iso3,
                                                 plan_id=plan.id, parent=self))

    def edit_selected(self) -> MilestoneDialog | None:
        milestone = self.selected_milestone()
        if milestone is None:
            return None
        return self._open_dialog(MilestoneDialog(self.database_getter(), self.tasks, milestone=milestone, parent=self))

    def _on_saved(self, milestone_id: uuid.UUID) -> None:
        self._pending_selection = milestone_id
        self.reload()
        self.changed.emit()

    def delete_selected(self) -> None:
        milestone = self.selected_milestone()
        if milestone is None:
            return
        items = [m for m in self._all if m.plan_id == milestone.id]
        question = fill(self.tr("Delete the milestone “%1”?"), milestone.title)
        if items:
            question = fill(counted(self.tr("Delete the plan “%1” and its %n item(s)?", "", len(items)), len(items)),
                            milestone.title)
        details = []
        linked = len(set(milestone.recommendation_ids).union(*(i.recommendation_ids for i in items)))
        if linked == 1:
            details.append(self.tr("The 1 linked recommendation stays; only the link goes."))
        elif linked:
            details.append(self.tr("The %n linked recommendations stay; only the link goes.", "", linked))
        if milestone.id in self._attachments:
            details.append(self.tr("The attached file kept in the database is deleted too."))
        text = question + ("\n\n" + " ".join(details) if details else "")
        answer = QMessageBox.question(self, self.tr("Delete milestone"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database_getter()
        row = self.model.row_of(milestone.id)
        follower = next((self.model.milestone_at(r) for r in (row + 1 + len(items), row - 1)
                         if (m := self.model.milestone_at(r)) is not None and m.plan_id != milestone.id
                         and m.id != milestone.id), None)

        def done(_count: int) -> None:
            self._pending_selection = follower.id if follower else None
            self.table.clearSelection()
            self.reload()
            self.changed.emit()

        self.tasks.run(lambda _task: delete_milestone(database, milestone.id), writes=True,
                       on_success=done, on_failure=self.show_error, label=self.tr("Deleting the milestone…"))

    def open_attachment(self) -> None:
        """Copy the selected milestone's attached file to private, memory-backed storage where
        there is some (off the GUI thread; see opened_attachments) and open it with the
        application the system uses for it."""
        milestone = self.selected_milestone()
        if milestone is None:
            return
        database = self.database_getter()
        opened = self.opened_attachments

        def work(_task: Task) -> tuple[Path, bool] | None:
            found = attachment_of(database, milestone.id)
            if found is None:
                return None
            name, _media, data = found
            return opened.write(name, data), database.is_encrypted

        self.open_attachment_button.setEnabled(False)
        self.tasks.run(work, on_success=self._on_attachment_written, on_failure=self._on_attachment_failed,
                       label=self.tr("Opening the attached file…"), progress_parent=self)

    def remove_opened_attachments(self) -> None:
        """Remove the copies of attached files opened so far (the window locks, the database closes)."""
        self.opened_attachments.remove_all()
        self.opened_notice.hide()

    def _on_attachment_written(self, written: tuple[Path, bool] | None) -> None:
        self.open_attachment_button.setEnabled(True)
        if written is None:
            self.attachment_bar.hide()
            return
        path, from_encrypted = written
        self.last_opened_attachment = path
        # Said where the file was asked for, not in a box each time.
        self.opened_notice.setVisible(from_encrypted)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            box = QMessageBox(self)
            box.setWindowTitle("UPR Tracker")
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(fill(self.tr("No application opened %1. A copy was saved at:\n%2"), path.name, path))
            box.open()
            self.last_error_box = box

    def _on_attachment_failed(self, exc: BaseException) -> None:
        self.open_attachment_button.setEnabled(True)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        self.last_error_box = show_error(self, exc)
