"""What Qt's layout does not do by itself when it cuts a document into pages: keep a heading (or a
table's caption) on the page of what it introduces, and keep a table row whole on one page (Qt
splits rows line by line, which can leave a lone line of a recommendation at the top of a page,
away from its number).

Both are done in the document's order while it is built, because each change moves everything
after it: a heading that would end a page gets a page break before it; a row that would straddle
two pages gets an empty, borderless spacer row before it that fills the rest of the page, so that
Qt moves the row whole to the next page, under the table's repeated header. Done while the
document grows, each change lays out again only the little that follows it; done on the finished
document, each would lay out everything to its end again.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (QAbstractTextDocumentLayout, QBrush, QTextBlock, QTextBlockFormat,
                           QTextCursor, QTextDocument, QTextFormat, QTextTable, QTextTableCellFormat)

# A row taller than this share of a page may be split, as word processors do.
KEEP_WHOLE_MAX_SHARE = 0.4
# Room (layout units) kept free under a spacer row, so that Qt never finds the spacer itself too tall.
SPACER_SAFETY = 3.0


# Set on the blocks (headings, table captions) that must stay on the page of what follows them.
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 2


@dataclass
class _TableRows:
    table: QTextTable
    advances: list[float]    # from one row's top to the next, measured without pages


class Paginator:
    """Keeps headings with what follows them and short table rows whole, in a document laid out
    in pages of `page_size` while it is built at its end. Hand it each heading and table as it is
    added, and call `settle` after each addition and `finish` at the end."""

    def __init__(self, document: QTextDocument, page_size: QSizeF) -> None:
        self.document = document
        self.page_height = page_size.height()
        document.setPageSize(page_size)
        self._pending: list[QTextBlock | _TableRows] = []   # in the document's order

    def keep_with_next(self, heading: QTextBlock) -> None:
        """`heading` (a block marked KEEP_WITH_NEXT) must stay on the page of what follows it."""
        self._pending.append(heading)

    def keep_rows_whole(self, table: QTextTable, natural_advances: list[float]) -> None:
        """The short rows of `table` must not straddle two pages. `natural_advances`: from each
        row's top to the next, as laid out without pages (see row_advances)."""
        self._pending.append(_TableRows(table, list(natural_advances)))

    def settle(self) -> None:
        """Mend what can be mended now: all but a heading with nothing after it yet."""
        self._mend(final=False)

    def finish(self) -> None:
        """Mend what is left, and lay the document out to its last block."""
        self._mend(final=True)
        finish_layout(self.document)

    def _mend(self, *, final: bool) -> None:
        while self._pending:
            item = self._pending[0]
            if isinstance(item, _TableRows):
                _keep_rows_whole(self.document, item, self.page_height)
            elif final or item.next().isValid():
                _keep_heading_with_next(self.document, item, self.page_height)
            else:
                return  # what it introduces is not there yet
            self._pending.pop(0)


def finish_layout(document: QTextDocument) -> None:
    """Make sure the whole document is laid out, to its last block."""
    if document.documentLayout().blockBoundingRect(document.lastBlock()).height() <= 0:
        document.markContentsDirty(0, document.characterCount())


def _lay_out_from(document: QTextDocument, position: int) -> None:
    """Lay out again from `position` to the end: after a change of format Qt relays only part
    of what follows."""
    document.markContentsDirty(position, document.characterCount() - position)


# -- headings ---------------------------------------------------------------------------------------

def _keep_heading_with_next(document: QTextDocument, block: QTextBlock, page_height: float) -> None:
    layout = document.documentLayout()
    rect = layout.blockBoundingRect(block)
    page = rect.top() // page_height
    if rect.top() - page * page_height < 1.0:
        return  # already at the top of its page
    following = _first_content_after(block)
    if following is None or layout.blockBoundingRect(following).bottom() // page_height == page:
        return
    first = block
    while first.previous().isValid() and first.previous().blockFormat().boolProperty(KEEP_WITH_NEXT):
        first = first.previous()  # "2. Positions" then "2.1 Supported": they move together
    block_format = first.blockFormat()
    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(first).setBlockFormat(block_format)
    _lay_out_from(document, first.position())


def _first_content_after(block: QTextBlock) -> QTextBlock | None:
    """What shows what a heading introduces: the next block, or for a table the first cell of
    its first row below the header."""
    following = block.next()
    if not following.isValid():
        return None
    table = QTextCursor(following).currentTable()
    if table is not None and table.rows() > 1:
        return table.cellAt(1, 0).firstCursorPosition().block()
    return following


# -- table rows -------------------------------------------------------------------------------------

def _content_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()


def _content_bottom(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    return max(layout.blockBoundingRect(table.cellAt(row, column).lastCursorPosition().block()).bottom()
               for column in range(table.columns()))


def row_advances(layout: QAbstractTextDocumentLayout, table: QTextTable) -> list[float]:
    """From the top of each row of `table` to the next (the last: to its end), as laid out."""
    tops = [_content_top(layout, table, row) for row in range(table.rows())]
    advances = [below - above for above, below in zip(tops, tops[1:])]
    # The last row has no next one: its text's height, plus what the rows above add to theirs.
    last = table.rows() - 1
    if last >= 1:
        extra = advances[-1] - (_content_bottom(layout, table, last - 1) - tops[last - 1])
        advances.append(_content_bottom(layout, table, last) - tops[last] + extra)
    else:
        advances.append(_content_bottom(layout, table, 0) - tops[0])
    return advances


def _keep_rows_whole(document: QTextDocument, rows: _TableRows, page_height: float) -> None:
    """Insert spacer rows before the rows that would straddle two pages."""
    layout = document.documentLayout()
    table = rows.table
    table_format = table.format()
    # What a page keeps free under a table's rows: its bottom margin (Qt reserves it on every
    # page the table spans) and a little more, so that a spacer always fits.
    reserve = table_format.bottomMargin() + table_format.border() + SPACER_SAFETY
    from_row = 1
    for _attempt in range(table.rows()):  # each pass ends at a row too tall to keep, or at the end
        start = _first_straddling_row(layout, table, rows.advances, page_height, from_row)
        if start is None:
            return
        from_row = start + 1
        if start > 1:
            tops = [_content_top(layout, table, row) for row in range(table.rows())]
            spacers = _spacers_from(start, tops, rows.advances, page_height, reserve)
            if spacers:
                _insert_spacers(table, rows, spacers)
        elif not _starts_a_page(layout, table, page_height):
            # The first row under the header: the whole table moves, as Qt moves a table whose
            # first row does not begin on the page. (At a page's top already, Qt splits it.)
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
            _lay_out_from(document, table.firstPosition())


def _keepable(advance: float, page_height: float) -> bool:
    return advance <= page_height * KEEP_WHOLE_MAX_SHARE


def _page_end(top: float, page_height: float) -> float:
    return (top // page_height + 1) * page_height


def _first_straddling_row(layout: QAbstractTextDocumentLayout, table: QTextTable, advances: list[float],
                          page_height: float, from_row: int) -> int | None:
    """The first row from `from_row` on, short enough to keep whole, whose text Qt split
    between two pages."""
    for row in range(from_row, table.rows()):
        if (_keepable(advances[row], page_height)
                and _content_top(layout, table, row) // page_height
                != (_content_bottom(layout, table, row) - 0.5) // page_height):
            return row
    return None


def _spacers_from(start: int, tops: list[float], advances: list[float], page_height: float,
                  reserve: float) -> list[tuple[int, float]]:
    """(row, height) of the spacers to insert, from row `start` on: the rows are followed down
    the pages by their natural heights, until one too tall to keep whole (Qt splits it, and what
    follows is measured again on the next pass)."""
    continued = _continued_page_top(tops, advances, page_height, reserve)
    spacers = []
    top = tops[start]
    for row in range(start, len(tops)):
        advance = advances[row]
        usable_end = _page_end(top, page_height) - reserve
        if top + advance <= usable_end:
            top += advance
        elif not _keepable(advance, page_height):
            break
        else:
            gap = usable_end - top
            if gap > 1.0:
                spacers.append((row, gap))
            top = _page_end(top, page_height) + continued + advance
    return spacers


def _continued_page_top(tops: list[float], advances: list[float], page_height: float, reserve: float) -> float:
    """How far below a page's top Qt puts the text of the first row of a page the table
    continues on (under the repeated header): measured on a row that begins a page, else
    overestimated (a spacer too short only leaves a row split, which the next pass mends; one
    too tall would itself move to the next page)."""
    for row in range(2, len(tops)):
        page = tops[row] // page_height
        previous_page = tops[row - 1] // page_height
        previous_end_page = (tops[row - 1] + advances[row - 1] - reserve) // page_height
        if page == previous_page + 1 and previous_end_page == previous_page:
            return tops[row] - page * page_height
    return advances[0] + 16.0


def _starts_a_page(layout: QAbstractTextDocumentLayout, table: QTextTable, page_height: float) -> bool:
    top = layout.frameBoundingRect(table).top()
    return top - (top // page_height) * page_height < 8.0


def _insert_spacers(table: QTextTable, rows: _TableRows, spacers: list[tuple[int, float]]) -> None:
    blank = QTextTableCellFormat()
    blank.setBackground(QBrush())
    for side in ("Top", "Bottom", "Left", "Right"):
        getattr(blank, f"set{side}Border")(0)
    blank.setTopPadding(0)
    blank.setBottomPadding(0)
    blank.setFontPointSize(1)  # a cell's format is also its empty line's character format
    document = table.document()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout, at its end, for all of it
    for row, height in reversed(spacers):  # from the end, so that the indexes stay right
        table.insertRows(row, 1)
        rows.advances.insert(row, height)
    for shift, (row, height) in enumerate(spacers):
        line = QTextBlockFormat()
        line.setLineHeight(height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        for column in range(table.columns()):
            cell = table.cellAt(row + shift, column)
            cell.firstCursorPosition().setBlockFormat(line)
            cell.setFormat(blank)
    _lay_out_from(document, table.firstPosition())
    cursor.endEditBlock()
