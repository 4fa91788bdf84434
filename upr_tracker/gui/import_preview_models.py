"""The two preview tables of the import dialog: the positions an import would assign and the
problems it would leave to review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QColor,
)

from upr_tracker.gui.display import plain_tooltip, position_text
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.parsing.datasets import RowProblem
from upr_tracker.parsing.parsed import Problem
from upr_tracker.services.document_import import (
    AssignedPosition,
)
from upr_tracker.services.import_review import (
    compact_labels,
    kind_title,
)


class _PreviewTableModel(QAbstractTableModel):
    """A small read-only table of preview rows: `_rows` under the column titles `HEADERS` (English,
    marked for translation in the context "ImportPreview")."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return translate("ImportPreview", self.HEADERS[section])
        return None


class PreviewPositionsModel(_PreviewTableModel):
    """The positions a document would record: labels, position, deciding sentence, confidence."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportPreview", "Recommendations"), QT_TRANSLATE_NOOP("ImportPreview", "Position"),
               QT_TRANSLATE_NOOP("ImportPreview", "Deciding sentence"),
               QT_TRANSLATE_NOOP("ImportPreview", "Confidence"))
    PositionRole = Qt.ItemDataRole.UserRole + 1
    NeedsReviewRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AssignedPosition] = []

    def set_positions(self, positions: Sequence[AssignedPosition]) -> None:
        self.beginResetModel()
        self._rows = list(positions)
        self.endResetModel()

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names.update({self.PositionRole: QByteArray(b"position"), self.NeedsReviewRole: QByteArray(b"needsReview")})
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.HEADERS):
            return None
        item = self._rows[index.row()]
        if role == self.PositionRole:
            return item.position
        if role == self.NeedsReviewRole:
            return item.needs_review
        if role == Qt.ItemDataRole.ForegroundRole and item.needs_review:
            return QColor("#a04000")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            text = compact_labels(item.labels)
        elif column == 1:
            text = (position_text(item.position, item.considered_implemented) if item.position
                    else translate("ImportPreview", "Unclear"))
        elif column == 2:
            text = item.deciding_sentence or (translate("ImportPreview", "Stated by the list's heading")
                                              if item.confidence >= 1 else "—")
        else:
            text = fill(translate("ImportPreview", "%1%", "a confidence in percent"), round(item.confidence * 100))
            if item.needs_review:
                text = fill(translate("ImportPreview", "%1 · to check"), text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text) if column in (0, 2) and len(text) > 30 else None
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class PreviewProblem:
    kind: str
    labels: str
    line: int | None
    message: str


class PreviewProblemsModel(_PreviewTableModel):
    """The points an import would flag (or the rows of a table that cannot be imported)."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportPreview", "Kind"), QT_TRANSLATE_NOOP("ImportPreview", "Recommendations"),
               QT_TRANSLATE_NOOP("ImportPreview", "Line"), QT_TRANSLATE_NOOP("ImportPreview", "What was found"))
    LineRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewProblem] = []

    def set_problems(self, problems: Sequence[Problem | RowProblem]) -> None:
        self.beginResetModel()
        self._rows = [self._row(p) for p in problems]
        self.endResetModel()

    @staticmethod
    def _row(problem: Problem | RowProblem) -> PreviewProblem:
        if isinstance(problem, RowProblem):
            message = problem.message   # the reader's words, as it says them
            if problem.value:
                message = fill(translate("ImportPreview", "%1 (%2)", "what is wrong (the value found)"), message,
                               problem.value)
            if problem.column:
                message = fill(translate("ImportPreview", "column %1: %2"), problem.column, message)
            return PreviewProblem(translate("ImportPreview", "Row that cannot be imported"), "", problem.line, message)
        return PreviewProblem(kind_title(problem.kind.value), compact_labels(problem.labels), problem.line,
                              problem.message)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[self.LineRole] = QByteArray(b"line")
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.HEADERS):
            return None
        row = self._rows[index.row()]
        if role == self.LineRole:
            return row.line
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        values = (row.kind, row.labels, str(row.line) if row.line else "", row.message)
        text = values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text) if index.column() == 3 else None
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


