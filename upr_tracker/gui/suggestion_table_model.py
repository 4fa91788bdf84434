"""The table of the Suggestions screen: lazy, a page of rows at a time. The screen reads the first
page and the count; the view asks for more as it scrolls (`fetchMore`), and the model asks the
screen to read the next page in the background (`page_wanted`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from upr_tracker.gui.suggestion_chips import (
    confidence_text,
    suggestion_kind_text,
    suggestion_value_text,
)
from upr_tracker.i18n.catalogs import translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.suggestions import SuggestionRow

SuggestionRole = Qt.ItemDataRole.UserRole + 41
PAGE_SIZE = 200
# One line per cell: the whole text is in the tooltip.
SHOWN_CHARACTERS = 300
COLUMNS = (QT_TRANSLATE_NOOP("SuggestionTableModel", "Label"),
           QT_TRANSLATE_NOOP("SuggestionTableModel", "Recommendation"),
           QT_TRANSLATE_NOOP("SuggestionTableModel", "Kind"),
           QT_TRANSLATE_NOOP("SuggestionTableModel", "Suggested value"),
           QT_TRANSLATE_NOOP("SuggestionTableModel", "Confidence"))
TEXT_COLUMN = 1
CONFIDENCE_COLUMN = 4


class SuggestionTableModel(QAbstractTableModel):
    page_wanted = Signal(int)   # the offset of the next page to read

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SuggestionRow] = []
        self.total = 0
        self._asked = False   # a page is being read

    def reset(self, rows: Sequence[SuggestionRow], total: int) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.total = max(total, len(self.rows))
        self._asked = False
        self.endResetModel()

    def append(self, offset: int, rows: Sequence[SuggestionRow]) -> None:
        """A page read in the background; one that no longer follows the rows held (the list was
        read again meanwhile) is dropped."""
        self._asked = False
        if offset != len(self.rows) or not rows:
            if not rows:
                self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total and not self._asked

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.page_wanted.emit(len(self.rows))

    def row_at(self, row: int) -> SuggestionRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return translate("SuggestionTableModel", COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label or "—"
            if column == TEXT_COLUMN:
                return row.text[:SHOWN_CHARACTERS]
            if column == 2:
                return suggestion_kind_text(row.kind)
            if column == 3:
                return suggestion_value_text(row.kind, row.value)
            if column == CONFIDENCE_COLUMN:
                return confidence_text(row.confidence)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT_COLUMN:
            return row.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CONFIDENCE_COLUMN:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == SuggestionRole:
            return row
        return None
