"""The recommendations table: lazy over the whole database.

The model holds only the ids of the rows in view order (filtered and sorted in SQL) and fetches
the rows themselves a page at a time when the view asks for them, as Anki's browser does. The pages
next to the one in view are read ahead in the background, so that scrolling seldom waits.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from upr_tracker.gui.display import (
    states_text,
    level_text,
    local_time_text,
    plain_tooltip,
    position_text,
    terms_cell,
)
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import term_label
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.recommendations import SortColumn
from upr_tracker.services.values import RecommendationRow

RecommendationIdRole = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
CACHED_PAGES = 20
# A cell shows one line: laying out the whole of a 1,700-character text only to elide it made
# painting a screenful of rows take tens of milliseconds. The tooltip keeps the whole text.
SHOWN_CHARACTERS = 400

CONTEXT = "RecommendationTableModel"
# (header, sort column in SQL, value shown); the headers are translated when shown.
COLUMNS: tuple[tuple[str, SortColumn, Callable[[RecommendationRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "State"), SortColumn.STATE,
     lambda r: f"{r.state_iso3} {r.cycle}"),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Label"), SortColumn.LABEL, lambda r: r.label or ""),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Recommended by"), SortColumn.RECOMMENDING_STATES,
     lambda r: states_text(r.recommending_states)),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Recommendation"), SortColumn.TEXT, lambda r: r.text),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Position"), SortColumn.POSITION,
     lambda r: position_text(r.position, r.considered_implemented)),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Implementation"), SortColumn.IMPLEMENTATION,
     lambda r: level_text(r.implementation_level)),
    # Every vocabulary: OHCHR themes, SDGs and affected persons after the UPR Info issues.
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Themes"), SortColumn.LABEL,
     lambda r: terms_cell(r.terms) if r.terms else ", ".join(term_label("themes", t) for t in r.themes)),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Last activity"), SortColumn.LAST_ACTIVITY,
     lambda r: local_time_text(r.last_activity_at)),
    (QT_TRANSLATE_NOOP("RecommendationTableModel", "Found in"), SortColumn.LABEL, lambda r: found_in_text(r.found_in)),
)
FOUND_IN_COLUMN = len(COLUMNS) - 1

_FOUND_IN_WORDS = {"recommendation": QT_TRANSLATE_NOOP("RecommendationTableModel", "its text"),
                   "response": QT_TRANSLATE_NOOP("RecommendationTableModel", "a response"),
                   "milestone": QT_TRANSLATE_NOOP("RecommendationTableModel", "a milestone"),
                   "note": QT_TRANSLATE_NOOP("RecommendationTableModel", "a note")}


def found_in_text(found_in: tuple[str, ...]) -> str:
    """Where a search found a recommendation, e.g. "in a note" or "in its text, a response"."""
    if not found_in:
        return ""
    places = ", ".join(translate(CONTEXT, _FOUND_IN_WORDS[k]) if k in _FOUND_IN_WORDS else k for k in found_in)
    return fill(translate("RecommendationTableModel", "in %1"), places)
SORTABLE = {0, 1, 2, 3, 4, 5, 7}
# A recommendation in conflict between databases is marked beside its label.
CONFLICT_COLUMN = 1
CONFLICT_COLOUR = QColor("#c0392b")
CONFLICT_TIP = QT_TRANSLATE_NOOP("RecommendationTableModel", "In conflict: changed differently on two databases — "
                                 "see Tools ▸ Conflicts (Ctrl+4)")


FetchRows = Callable[[Sequence[uuid.UUID]], list[RecommendationRow]]
# prefetch(ids, deliver): read those rows off the GUI thread, then call deliver(rows) on it.
Prefetch = Callable[[list[uuid.UUID], Callable[[list[RecommendationRow]], None]], None]


class RecommendationTableModel(QAbstractTableModel):
    """Rows come from `fetch_rows(ids)`; the ids from whoever sets them (the window, after a query).
    With `prefetch`, the neighbouring pages of the one read are asked for in the background.

    Sorting is asked of the database: `sort()` only emits `sort_requested`, and the window
    re-runs its query in that order.
    """

    sort_requested = Signal(object, bool)  # SortColumn, descending

    def __init__(self, fetch_rows: FetchRows, prefetch: Prefetch | None = None) -> None:
        super().__init__()
        self._fetch_rows = fetch_rows
        self._prefetch = prefetch
        # Bumped whenever the ids or the rows change, so that a page read for an older state is dropped.
        self._generation = 0
        self._pending: set[int] = set()
        # The rows' ids as 32-character hex keys: cheaper to hold 200,000 of than UUID objects.
        self._ids: list[str] = []
        self._positions: dict[str, int] | None = None
        self._pages: OrderedDict[int, dict[uuid.UUID, RecommendationRow]] = OrderedDict()
        self._in_conflict: frozenset[str] = frozenset()   # hex keys (open conflicts are few)

    # --- what the window sets -------------------------------------------------------------
    def set_ids(self, ids: Sequence[uuid.UUID | str]) -> None:
        self.set_keys([i.hex if isinstance(i, uuid.UUID) else i for i in ids])

    def set_keys(self, keys: list[str], first_rows: Sequence[RecommendationRow] = ()) -> None:
        """Show these rows; `first_rows`, when the caller read them already, are the first page's."""
        self.beginResetModel()
        self._ids = keys
        self._positions = None
        self._forget_pages()
        if first_rows:
            self._pages[0] = {r.id: r for r in first_rows}
        self.endResetModel()

    def extend_keys(self, keys: list[str]) -> None:
        """The rest of a list whose first rows are shown already (same query, same order)."""
        if not keys:
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(keys) - 1)
        self._ids.extend(keys)
        self._positions = None
        self.endInsertRows()

    def set_in_conflict(self, ids: Sequence[uuid.UUID]) -> None:
        """The recommendations to mark as in conflict (theirs or their positions', assessments', notes')."""
        marked = frozenset(i.hex for i in ids)
        if marked != self._in_conflict:
            self._in_conflict = marked
            if self._ids:
                self.dataChanged.emit(self.index(0, CONFLICT_COLUMN), self.index(len(self._ids) - 1, CONFLICT_COLUMN))

    def in_conflict(self, row: int) -> bool:
        return 0 <= row < len(self._ids) and self._ids[row] in self._in_conflict

    def keys(self) -> list[str]:
        return self._ids

    def refresh_rows(self) -> None:
        """Forget the cached rows (after an edit) and repaint."""
        self._forget_pages()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._pending.clear()
        self._generation += 1

    def id_at(self, row: int) -> uuid.UUID | None:
        return uuid.UUID(hex=self._ids[row]) if 0 <= row < len(self._ids) else None

    def row_of(self, recommendation_id: uuid.UUID) -> int:
        if self._positions is None:
            self._positions = {key: row for row, key in enumerate(self._ids)}
        return self._positions.get(recommendation_id.hex, -1)

    def row_at(self, row: int) -> RecommendationRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._store_page(page, self._fetch_rows(self._page_ids(page)))
        else:
            self._pages.move_to_end(page)
        self._read_ahead(page)
        return rows.get(uuid.UUID(hex=self._ids[row]))

    def _page_ids(self, page: int) -> list[uuid.UUID]:
        return [uuid.UUID(hex=key) for key in self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]]

    def _store_page(self, page: int, rows: Sequence[RecommendationRow]) -> dict[uuid.UUID, RecommendationRow]:
        stored = self._pages[page] = {r.id: r for r in rows}
        self._pending.discard(page)
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return stored

    def _read_ahead(self, page: int) -> None:
        """Ask for the pages before and after this one, unless they are here or on their way."""
        if self._prefetch is None:
            return
        last_page = (len(self._ids) - 1) // PAGE_SIZE
        for neighbour in (page + 1, page - 1):
            if 0 <= neighbour <= last_page and neighbour not in self._pages and neighbour not in self._pending:
                self._pending.add(neighbour)
                generation = self._generation

                def deliver(rows: list[RecommendationRow], neighbour: int = neighbour, generation: int = generation) -> None:
                    if generation == self._generation and neighbour not in self._pages:
                        self._store_page(neighbour, rows)

                self._prefetch(self._page_ids(neighbour), deliver)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return translate(CONTEXT, COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == RecommendationIdRole:
            return self.id_at(index.row())
        if index.column() == CONFLICT_COLUMN and self.in_conflict(index.row()):
            if role == Qt.ItemDataRole.DecorationRole:
                return CONFLICT_COLOUR
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate(CONTEXT, CONFLICT_TIP)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row_at(index.row())
        if row is None:  # deleted since the ids were read
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        text = COLUMNS[index.column()][2](row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(text) if len(text) > 40 else None
        return text if len(text) <= SHOWN_CHARACTERS else text[:SHOWN_CHARACTERS] + "…"

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column in SORTABLE:
            self.sort_requested.emit(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
