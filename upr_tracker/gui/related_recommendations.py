"""Recommended again, in the recommendation's panel: the chain of the same recommendation across
cycles (each with its cycle, label, position and implementation level), the suggested links with
their scores and Accept / Reject buttons, linking by hand through a searchable picker, and the
suggestion of links for the whole State, run as a background task."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.breaking_row import BreakingRow, group_of
from upr_tracker.gui.display import level_text, position_text
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.recommended_again import (
    SUGGESTION_THRESHOLD,
    decide_suggestion,
    link_by_hand,
    link_candidates,
    remove_link,
    suggest_recommended_again,
)
from upr_tracker.services.values import RecommendationDetail, RecommendationRow
from upr_tracker.storage.database import Database

RecommendationRole = Qt.ItemDataRole.UserRole + 2
LinkRole = Qt.ItemDataRole.UserRole + 3
COLUMNS = (QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Cycle"),
           QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Label"),
           QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Position"),
           QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Implementation"),
           QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Link"),
           QT_TRANSLATE_NOOP("RelatedRecommendationsView", "Text"))
LINK_COLUMN = 4


def _cells(row: RecommendationRow, link: str) -> tuple[str, ...]:
    return (str(row.cycle), row.label or "—", position_text(row.position, row.considered_implemented),
            level_text(row.implementation_level), link, row.text)


class RelatedRecommendationsView(QWidget):
    """`chosen(id)` asks the window to open a recommendation; `changed(id)` follows a change of the
    shown recommendation's links; `failed(error)` when one could not be made."""

    chosen = Signal(object)
    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, database: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.tasks = tasks
        self.detail: RecommendationDetail | None = None
        self.caption = QLabel(self.tr("<b>Recommended again</b>: the same recommendation in other cycles "
                                      "(double-click one to open it)"))
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("related_recommendations")
        self.table.setHorizontalHeaderLabels([translate("RelatedRecommendationsView", c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMaximumHeight(120)
        self.table.cellDoubleClicked.connect(self._open_row)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.link_button = QPushButton(self.tr("Link to a recommendation of another cycle…"))
        self.link_button.setObjectName("link_other_cycle")
        self.link_button.clicked.connect(self.link_by_hand)
        self.remove_button = QPushButton(self.tr("Remove the link"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected_link)
        self.suggest_button = QPushButton(self.tr("Suggest links for this State"))
        self.suggest_button.setToolTip(fill(self.tr("Texts of consecutive cycles alike enough (score %1 of 100 or "
                                                    "more) are suggested; a person accepts or rejects each."),
                                            f"{SUGGESTION_THRESHOLD:g}"))
        self.suggest_button.clicked.connect(self.suggest)
        self.message = QLabel()
        self.message.setObjectName("related_message")
        self.message.setWordWrap(True)
        buttons = BreakingRow(self.link_button, group_of(self.remove_button, self.suggest_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        layout.addWidget(self.message)

    # --- showing --------------------------------------------------------------------------------
    def show_detail(self, detail: RecommendationDetail | None) -> None:
        if self.detail is None or detail is None or self.detail.row.id != detail.row.id:
            self.message.clear()
        self.detail = detail
        self.table.setRowCount(0)
        if detail is None:
            return
        direct = {link.row.id: link for link in detail.links}
        entries: list[tuple[RecommendationRow, str, Any]] = []
        for row in detail.chain if len(detail.chain) > 1 else ():
            if row.id == detail.row.id:
                entries.append((row, self.tr("this one"), None))
            else:
                link = direct.get(row.id)
                entries.append((row, self.tr("confirmed") if link else self.tr("confirmed (through another)"), link))
        for link in detail.links:
            if link.status == "suggested":
                status = (fill(self.tr("suggested, score %1"), round(link.score)) if link.score is not None
                          else self.tr("suggested"))
                entries.append((link.row, status, link))
        self.table.setRowCount(len(entries))
        for index, (row, status, link) in enumerate(entries):
            for column, text in enumerate(_cells(row, status)):
                item = QTableWidgetItem(text)
                item.setData(RecommendationRole, row.id)
                item.setData(LinkRole, link.link_id if link is not None else None)
                if row.id == detail.row.id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
            if link is not None and link.status == "suggested":
                self.table.setCellWidget(index, LINK_COLUMN, self._decision_buttons(link.link_id, status))
        self.table.resizeColumnsToContents()
        self.caption.setVisible(True)
        self.table.setVisible(bool(entries))
        self._selection_changed()

    def _decision_buttons(self, link_id: uuid.UUID, status: str) -> QWidget:
        holder = QWidget()
        holder.setAutoFillBackground(True)  # over the cell's own text, which stays for screen readers and tests
        accept = QPushButton(self.tr("Accept"))
        accept.setObjectName("accept_suggestion")
        accept.setToolTip(fill(self.tr("%1: confirm that this is the same recommendation made again"), status))
        accept.clicked.connect(lambda: self.decide(link_id, True))
        reject = QPushButton(self.tr("Reject"))
        reject.setObjectName("reject_suggestion")
        reject.setToolTip(self.tr("not the same recommendation: it will not be suggested again"))
        reject.clicked.connect(lambda: self.decide(link_id, False))
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(status))
        layout.addWidget(accept)
        layout.addWidget(reject)
        return holder

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None and self.detail is not None and item.data(RecommendationRole) != self.detail.row.id:
            self.chosen.emit(item.data(RecommendationRole))

    def _selected_link(self) -> tuple[uuid.UUID, uuid.UUID] | None:
        """(the other recommendation, the link) of the selected row, when it is linked to this one directly."""
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        item = self.table.item(rows.pop(), 0)
        if item is None or item.data(LinkRole) is None:
            return None
        return item.data(RecommendationRole), item.data(LinkRole)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self._selected_link() is not None)

    # --- changing -------------------------------------------------------------------------------
    def _write(self, work: Callable[[Database], Any], done: str) -> None:
        shown = self.detail.row.id if self.detail is not None else None
        database = self.database()

        def finished(_result: Any) -> None:
            self.message.setText(done)
            self.changed.emit(shown)

        self.tasks.run(lambda _task: work(database), writes=True, label=self.tr("Saving the link…"),
                       on_success=finished, on_failure=self.failed.emit)

    def decide(self, link_id: uuid.UUID, accept: bool) -> None:
        self._write(lambda db: decide_suggestion(db, link_id, accept),
                    self.tr("Suggestion accepted: recommended again (confirmed).") if accept
                    else self.tr("Suggestion rejected: this pair will not be suggested again."))

    def remove_selected_link(self) -> None:
        selected = self._selected_link()
        if selected is None or self.detail is None:
            return
        other, _link = selected
        shown = self.detail.row.id
        self._write(lambda db: remove_link(db, shown, other), self.tr("Link removed."))

    def link_by_hand(self) -> None:
        if self.detail is None:
            return
        shown = self.detail.row.id
        database = self.database()
        dialog = LinkRecommendationDialog(self.detail.row, self)
        self.tasks.run(lambda _task: link_candidates(database, shown), urgent=True,
                       on_success=dialog.set_candidates, on_failure=self.failed.emit)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_id() is None:
            return
        other = dialog.chosen_id()
        assert other is not None
        self._write(lambda db: link_by_hand(db, shown, other), self.tr("Linked: recommended again (confirmed)."))

    def suggest(self) -> None:
        if self.detail is None:
            return
        state = self.detail.row.state_iso3
        shown = self.detail.row.id
        database = self.database()

        def finished(report: Any) -> None:
            self.message.setText(counted(fill(self.tr("%n new suggestion(s) for %1 (%2 pairs already linked or "
                                                      "decided).", "", report.created), state, report.already_linked),
                                         report.created))
            self.changed.emit(shown)

        self.tasks.run(lambda task: suggest_recommended_again(database, state, cancelled=lambda: task.cancelled),
                       writes=True, label=fill(self.tr("Suggesting recommendations made again (%1)…"), state),
                       progress_parent=self.window(), on_success=finished, on_failure=self.failed.emit)


class LinkRecommendationDialog(QDialog):
    """Choose the recommendation of another cycle to link to: the State's, searchable by label or words."""

    def __init__(self, row: RecommendationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a recommendation of another cycle"))
        self.setObjectName("link_recommendation_dialog")
        # Text from documents is escaped: shown as text, never interpreted.
        about = QLabel(fill(self.tr("<b>%1, cycle %2, %3</b>: %4"), html.escape(row.state_iso3), row.cycle,
                            html.escape(row.label or "—"), html.escape(row.text[:300])))
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("link_search")
        self.search.setPlaceholderText(self.tr("Search by label or words…"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("link_candidates")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update_ok())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(720, 520)

    def set_candidates(self, rows: list[RecommendationRow]) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(fill(self.tr("cycle %1, %2: %3"), row.cycle, row.label or "—", row.text))
            item.setData(RecommendationRole, row.id)
            item.setToolTip(row.text)
            self.list.addItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for index in range(self.list.count()):
            item = self.list.item(index)
            shown = item.text().casefold()
            item.setHidden(not all(word in shown for word in words))
        current = self.list.currentItem()
        if current is None or current.isHidden():
            items = [self.list.item(i) for i in range(self.list.count())]
            visible = [item for item in items if item is not None and not item.isHidden()]
            self.list.setCurrentItem(visible[0] if visible else None)  # type: ignore[arg-type]  # (None: no item)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_id() is not None)

    def chosen_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(RecommendationRole) if item is not None and not item.isHidden() else None
