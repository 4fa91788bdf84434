"""The widths of a table's columns: the report's relative widths, widened where a column's
longest word would not fit (a text layout then breaks the word in the middle: "Implem|entation"),
at the expense of the columns with room to spare. Shared by the three formats."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from upr_tracker.reports.document import Table

CELL_PADDING = 10.0         # points: the cell's inner margins and rules, and a little air
MAX_WORD_SHARE = 0.45       # a longer word (a link) is broken rather than squeeze the others
WORDS_MEASURED = 12         # per column, the longest words (and lines) by count of characters

# text, bold -> width in points
Measure = Callable[[str, bool], float]


def column_shares(table: Table, available: float, measure: Measure) -> list[float]:
    """Each column's share of `available` points (the shares add up to 1)."""
    count = len(table.columns)
    requested = list(table.widths or ())
    if len(requested) != count or any(width <= 0 for width in requested):
        requested = [1.0] * count
    widths = [available * width / sum(requested) for width in requested]

    least, most = [], []  # what each column needs: its longest word; what it can use: its longest line
    for column, title in enumerate(table.columns):
        cells = [row[column] for row in table.rows if column < len(row)]
        word = max(_widest(_longest(title.split()), measure, bold=True),
                   _widest(_longest({w for text in cells for w in text.split()}), measure))
        line = _widest(_longest({line for text in cells for line in text.splitlines()}), measure)
        least.append(min(word + CELL_PADDING, available * MAX_WORD_SHARE))
        most.append(max(line, word) + CELL_PADDING)
    if sum(least) >= available:
        return [width / sum(least) for width in least]
    deficit = sum(max(0.0, needed - width) for width, needed in zip(widths, least))
    if deficit == 0:
        return [width / available for width in widths]  # as the report asked

    # The narrow columns are widened to their longest word; what they lack is taken first from
    # columns wider than their longest line (room they cannot use), then from all the columns
    # with room to spare, in proportion to that room.
    widths = [max(width, needed) for width, needed in zip(widths, least)]
    for floor in ([max(needed, wanted) for needed, wanted in zip(least, most)], least):
        room = [max(0.0, width - lowest) for width, lowest in zip(widths, floor)]
        taken = min(deficit, sum(room))
        if taken > 0:
            widths = [width - taken * spare / sum(room) for width, spare in zip(widths, room)]
            deficit -= taken
    return [width / sum(widths) for width in widths]


def _longest(texts: Iterable[str]) -> list[str]:
    return sorted(texts, key=len, reverse=True)[:WORDS_MEASURED]


def _widest(texts: list[str], measure: Measure, *, bold: bool = False) -> float:
    return max((measure(text, bold) for text in texts), default=0.0)
