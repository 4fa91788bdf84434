"""The list of reviews in the sidebar, with an "All recommendations" entry first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from upr_tracker.services.values import ReviewSummary

ReviewIdRole = Qt.ItemDataRole.UserRole + 1


class ReviewListModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self._reviews: list[ReviewSummary] = []

    def set_reviews(self, reviews: list[ReviewSummary]) -> None:
        self.beginResetModel()
        self._reviews = list(reviews)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._reviews) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                total = sum(r.recommendation_count for r in self._reviews)
                return f"All recommendations ({total:,})"
            return None
        review = self._reviews[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{review.title} ({review.recommendation_count:,})"
        if role == Qt.ItemDataRole.ToolTipRole:
            counts = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in sorted(review.count_by_position.items()))
            return f"{review.title}\n{counts}" if counts else review.title
        if role == ReviewIdRole:
            return review.id
        return None

    def row_of(self, review_id: object) -> int:
        for row, review in enumerate(self._reviews, start=1):
            if review.id == review_id:
                return row
        return 0
