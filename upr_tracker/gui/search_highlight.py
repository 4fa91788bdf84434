"""Marking the searched words in the table, as FTS5 found them: whatever the case and accents,
matching the start of words."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

_QUERY_WORDS = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"OR", "AND", "NOT", "NEAR"}


def query_words(query: str) -> list[str]:
    """The words a search looks for (operators and excluded words left out), folded."""
    words = []
    for token in re.findall(r'-?"[^"]*"|\S+', query):
        if token.startswith("-") or token in _OPERATORS:
            continue
        words += [_fold(w) for w in _QUERY_WORDS.findall(token)]
    return [w for w in dict.fromkeys(words) if w]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def match_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, length) in `text` of every word that starts with one of `words`."""
    if not words:
        return []
    folded_chars: list[str] = [_fold(ch) for ch in text]
    folded = "".join(folded_chars)
    owner: list[int] = []  # index in text of each folded character
    for index, piece in enumerate(folded_chars):
        owner += [index] * len(piece)
    spans = []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\w*")
    for found in pattern.finditer(folded):
        start, end = owner[found.start()], owner[found.end() - 1] + 1
        spans.append((start, end - start))
    return spans


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the searched words on a highlight colour."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#ffe58a"))
        self.format.setForeground(QColor("#000000"))

    def set_query(self, query: str) -> None:
        self.words = query_words(query)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not self.words or not isinstance(text, str) or not text:
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = item.widget
        style = widget.style() if widget else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget).adjusted(2, 0, -2, 0)
        shown = item.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        layout = QTextLayout(shown, item.font)
        # As Qt's own delegate lays a cell out: in a right-to-left window the text starts at the right.
        text_option = QTextOption()
        text_option.setTextDirection(item.direction)
        text_option.setAlignment(QStyle.visualAlignment(item.direction, item.displayAlignment))
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        ranges = []
        for start, length in match_spans(shown, self.words):
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, length, self.format
            ranges.append(span)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(rect.width())
        layout.endLayout()
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2))
        painter.restore()
