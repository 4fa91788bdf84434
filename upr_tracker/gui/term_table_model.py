"""The terms of one vocabulary, for the vocabularies dialog: name, code, how many recommendations
use each, and its former names.

A vocabulary holds a few hundred terms at most, so the model keeps them all and filters and sorts
them itself (unlike the recommendations table, which stays lazy over the database).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from upr_tracker.domain.names import name_key
from upr_tracker.gui.english_plurals import counted
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.display import term_label
from upr_tracker.services.values import TermInfo

TermIdRole = Qt.ItemDataRole.UserRole + 1
TermRole = Qt.ItemDataRole.UserRole + 2  # the TermInfo itself
SortKeyRole = Qt.ItemDataRole.UserRole + 3

NAME, CODE, USAGE, FORMER_NAMES = range(4)
# Marked for translation here, translated where shown (headerData).
HEADERS = (QT_TRANSLATE_NOOP("TermTableModel", "Name"), QT_TRANSLATE_NOOP("TermTableModel", "Code"),
           QT_TRANSLATE_NOOP("TermTableModel", "Recommendations"),
           QT_TRANSLATE_NOOP("TermTableModel", "Former names"))
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("TermTableModel", "The term as it is shown everywhere"),
    QT_TRANSLATE_NOOP("TermTableModel", "The term's code, if it has one (the SDG number, the OHCHR theme code)"),
    QT_TRANSLATE_NOOP("TermTableModel", "How many recommendations are tagged with the term"),
    QT_TRANSLATE_NOOP("TermTableModel", "Names the term had before a rename or a merge: imports and searches "
                                        "still find the term by them"),
)


def _natural_key(text: str) -> tuple[Any, ...]:
    """"2" before "10", "A2" before "A12"."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text.casefold()) if part)


SORT_KEYS: tuple[Callable[[TermInfo], Any], ...] = (
    lambda t: name_key(t.name),
    lambda t: (t.code is None, _natural_key(t.code or "")),
    lambda t: t.usage_count,
    lambda t: (not t.aliases, [name_key(a) for a in t.aliases]),
)


class TermTableModel(QAbstractTableModel):
    """All the terms of one vocabulary; `set_filter` narrows the rows shown to the terms whose
    name, code or former name contains the text (blind to case and accents)."""

    def __init__(self) -> None:
        super().__init__()
        self._terms: list[TermInfo] = []
        self._shown: list[TermInfo] = []
        self._filter = ""  # the name key looked for in names and former names
        self._code_filter = ""  # the text a code starts with ("5", "a12")
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self.vocabulary: str | None = None  # whose terms: their official translation shows in a tooltip

    # --- what the dialog sets and reads ------------------------------------------------------
    def set_terms(self, terms: Sequence[TermInfo]) -> None:
        self.beginResetModel()
        self._terms = self._sorted(terms)
        self._shown = [t for t in self._terms if self._matches(t)]
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        key = name_key(text)
        code = text.strip().casefold()
        if (key, code) == (self._filter, self._code_filter):
            return
        self.beginResetModel()
        self._filter, self._code_filter = key, code
        self._shown = [t for t in self._terms if self._matches(t)]
        self.endResetModel()

    @property
    def filtered(self) -> bool:
        return bool(self._filter or self._code_filter)

    @property
    def total_count(self) -> int:
        return len(self._terms)

    def term_at(self, row: int) -> TermInfo | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, term_id: uuid.UUID) -> int:
        for row, term in enumerate(self._shown):
            if term.id == term_id:
                return row
        return -1

    def _matches(self, term: TermInfo) -> bool:
        if not self._filter and not self._code_filter:
            return True
        if self._filter and (self._filter in name_key(term.name)
                             or any(self._filter in name_key(alias) for alias in term.aliases)):
            return True
        return bool(self._code_filter and term.code and term.code.casefold().startswith(self._code_filter))

    def _sorted(self, terms: Sequence[TermInfo]) -> list[TermInfo]:
        column, order = self._sort
        ordered = sorted(terms, key=lambda t: name_key(t.name))  # ties keep the alphabetical order
        ordered.sort(key=SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)
        return ordered

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(HEADER_TIPS[section])  # type: ignore[arg-type]  # (QT_TRANSLATE_NOOP is typed object)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(HEADERS):
            return None
        term = self.term_at(index.row())
        if term is None:
            return None
        column = index.column()
        if role == TermIdRole:
            return term.id
        if role == TermRole:
            return term
        if role == SortKeyRole:
            return SORT_KEYS[column](term) if column == USAGE else str(SORT_KEYS[column](term))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return term.name
            if column == CODE:
                return term.code or ""
            if column == USAGE:
                return QLocale().toString(term.usage_count)
            return "; ".join(term.aliases)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME and self.vocabulary:
                # The name is edited as stored; the window shows the official translation, if any.
                shown = term_label(self.vocabulary, term.name)
                return fill(self.tr("Shown as “%1” in this language"), shown) if shown != term.name else None
            if column == USAGE:
                count = term.usage_count
                return fill(counted(self.tr("%n recommendation(s) tagged “%1”", "", count), count), term.name)
            if column == FORMER_NAMES and term.aliases:
                return fill(self.tr("Also found as:\n%1"), "\n".join(term.aliases))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == USAGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        roles = dict(super().roleNames())
        roles[TermIdRole] = QByteArray(b"termId")
        roles[TermRole] = QByteArray(b"term")
        roles[SortKeyRole] = QByteArray(b"sortKey")
        return roles

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._shown[i.row()].id if 0 <= i.row() < len(self._shown) else None, i.column())
                for i in persistent]
        self._sort = (column, order)
        self._terms = self._sorted(self._terms)
        self._shown = [t for t in self._terms if self._matches(t)]
        rows = {t.id: row for row, t in enumerate(self._shown)}
        moved = [self.index(rows[term_id], col) if term_id in rows else QModelIndex() for term_id, col in kept]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
