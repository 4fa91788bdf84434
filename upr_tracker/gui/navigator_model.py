"""The sidebar: all recommendations, the States with their reviews, the plans of action and the
saved searches. A few hundred entries at most, so a standard item model is the right size."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from upr_tracker.gui.display import state_text, plain_tooltip
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.display import position_label
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.services.values import MilestoneInfo, ReviewSummary

NodeKindRole = Qt.ItemDataRole.UserRole + 1
NodeValueRole = Qt.ItemDataRole.UserRole + 2

ALL, STATE, REVIEW, PLAN, SAVED_SEARCH, HEADING = "all", "state", "review", "plan", "saved_search", "heading"


@dataclasses.dataclass(frozen=True)
class Scope:
    """What the sidebar chose: everything, a State, a review, a plan's recommendations, or a saved search."""

    review_id: uuid.UUID | None = None
    state: str | None = None
    plan_id: uuid.UUID | None = None
    saved: RecommendationFilter | None = None


def _item(text: str, kind: str, value: object = None, tooltip: str | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, NodeKindRole)
    item.setData(value, NodeValueRole)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip) or "")
    return item


def _heading(text: str) -> QStandardItem:
    item = _item(text, HEADING)
    font = QFont()
    font.setBold(True)
    item.setFont(font)
    item.setSelectable(False)
    return item


class NavigatorModel(QStandardItemModel):
    def fill(self, reviews: list[ReviewSummary], plans: list[MilestoneInfo],
             searches: dict[str, RecommendationFilter]) -> None:
        self.clear()
        total = sum(r.recommendation_count for r in reviews)
        root = self.invisibleRootItem()
        root.appendRow(_item(fill(self.tr("All recommendations (%1)"), total), ALL))
        states = _heading(self.tr("States"))
        root.appendRow(states)
        by_state: dict[str, list[ReviewSummary]] = {}
        for review in reviews:
            by_state.setdefault(review.state_iso3, []).append(review)
        for iso3, state_reviews in by_state.items():
            count = sum(r.recommendation_count for r in state_reviews)
            state_item = _item(fill(self.tr("%1 (%2)"), state_text(iso3, state_reviews[0].state_name), count), STATE, iso3)
            for review in state_reviews:
                state_item.appendRow(_item(self._review_text(review), REVIEW, review.id,
                                           self._review_tooltip(review)))
            states.appendRow(state_item)
        plans_heading = _heading(self.tr("Plans of action"))
        root.appendRow(plans_heading)
        for plan in plans:
            plans_heading.appendRow(_item(fill(self.tr("%1 (%2)"), plan.title, plan.state_iso3), PLAN, plan.id,
                                          plan.description))
        searches_heading = _heading(self.tr("Saved searches"))
        root.appendRow(searches_heading)
        for name, wanted in searches.items():
            searches_heading.appendRow(_item(name, SAVED_SEARCH, (name, wanted)))

    def _review_text(self, review: ReviewSummary) -> str:
        """"Cycle 3, session 40 (214, 12 pending)": whole sentences, as each language orders them."""
        pending = review.count_by_position.get("pending", 0)
        count = review.recommendation_count
        if review.session:
            if pending:
                return fill(self.tr("Cycle %1, session %2 (%3, %4 pending)"), review.cycle, review.session, count,
                            pending)
            return fill(self.tr("Cycle %1, session %2 (%3)"), review.cycle, review.session, count)
        if pending:
            return fill(self.tr("Cycle %1 (%2, %3 pending)"), review.cycle, count, pending)
        return fill(self.tr("Cycle %1 (%2)"), review.cycle, count)

    def _review_tooltip(self, review: ReviewSummary) -> str:
        def name(key: str) -> str:
            try:
                return position_label(key)
            except ValueError:  # a count that is no position ("needs_review")
                return key.replace("_", " ")

        return ", ".join(fill(self.tr("%1: %2"), name(k), v) for k, v in sorted(review.count_by_position.items()))

    def index_of_scope(self, scope: Scope) -> QModelIndex:
        """The entry of `scope` (invalid when it is gone, e.g. a deleted plan)."""
        if scope == Scope():
            return self.index(0, 0)
        if scope.plan_id is not None:
            wanted: tuple[str, object] = (PLAN, scope.plan_id)
        elif scope.review_id is not None:
            wanted = (REVIEW, scope.review_id)
        elif scope.state is not None:
            wanted = (STATE, scope.state)
        else:
            wanted = (SAVED_SEARCH, scope.saved)
        pending = [self.index(row, 0) for row in range(self.rowCount())]
        while pending:
            index = pending.pop(0)
            if index.data(NodeKindRole) == wanted[0]:
                value = index.data(NodeValueRole)
                found = bool(value) and value[1] == wanted[1] if wanted[0] == SAVED_SEARCH else value == wanted[1]
                if found:
                    return index
            pending += [self.index(row, 0, index) for row in range(self.rowCount(index))]
        return QModelIndex()
