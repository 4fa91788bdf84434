"""A Report as Qt's rich text document, laid out in pages of A4: what the PDF and the previews paint.

Everything is inserted through QTextCursor as text with formats, so that nothing a document or a
note says is ever read as markup. Sizes here are in points; the document itself is laid out in
Qt's 96 dpi pixels (`px`), and painters scale it to their device.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (QBrush, QColor, QPainter, QPyTextObject, QTextBlock, QTextBlockFormat,
                           QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextFrameFormat,
                           QTextLength, QTextTable, QTextTableCellFormat, QTextTableFormat)

from upr_tracker.i18n.catalogs import translate
from upr_tracker.reports import style
from upr_tracker.reports.chart_geometry import CHART_WIDTH, ChartGeometry, chart_parts, largest_value
from upr_tracker.reports.chart_painting import chart_geometry, paint_chart
from upr_tracker.reports.column_widths import column_shares
from upr_tracker.reports.document import BarChart, Cover, Heading, PageBreak, Paragraph, Report, Table
from upr_tracker.reports.pagination import KEEP_WITH_NEXT, Paginator, row_advances
from upr_tracker.reports.plain_text import clean, cover_date, one_line
from upr_tracker.reports.typography import (LAYOUT_UNITS_PER_POINT, layout_device, report_font, report_language,
                                           word_measure)
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter

MM = 72 / 25.4


def px(points: float) -> float:
    """`points` in the document's layout units."""
    return points * LAYOUT_UNITS_PER_POINT


@dataclass(frozen=True)
class PageGeometry:
    """An A4 page in points, and its margins (the header and the footer live in them)."""

    width: float = style.PAGE_WIDTH_MM * MM
    height: float = style.PAGE_HEIGHT_MM * MM
    left: float = style.LEFT_MM * MM
    right: float = style.RIGHT_MM * MM
    top: float = style.TOP_MM * MM
    bottom: float = style.BOTTOM_MM * MM

    @property
    def body(self) -> QRectF:
        """Where the text goes, in points from the page's top left corner."""
        return QRectF(self.left, self.top, self.width - self.left - self.right,
                      self.height - self.top - self.bottom)

    @property
    def body_size_px(self) -> QSizeF:
        """The body in layout units, in whole ones: Qt places text in 64ths of a unit, and a page
        boundary between two of them would let a page draw the first line of the next."""
        return QSizeF(math.floor(px(self.body.width())), math.floor(px(self.body.height())))


# Colours (see style) and sizes (points) of the printed report.
INK, ACCENT, MUTED = QColor(style.INK), QColor(style.ACCENT), QColor(style.MUTED)
RULE, RULE_DARK = QColor(style.RULE), QColor(style.RULE_DARK)
HEADER_FILL, ZEBRA_FILL = QColor(style.HEADER_FILL), QColor(style.ZEBRA_FILL)
NOTICE_FILL, NOTICE_BORDER = QColor(style.NOTICE_FILL), QColor(style.NOTICE_BORDER)
CONFIDENTIAL = QColor(style.CONFIDENTIAL)

BODY_SIZE = 9.5
SMALL_SIZE = 8.0
TABLE_SIZE = 8.5
HEADING_STYLES = {  # level: (size, colour, space above, space below)
    1: (15.0, ACCENT, 16.0, 6.0),
    2: (12.0, ACCENT, 12.0, 4.0),
    3: (10.0, INK, 9.0, 3.0),
}

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_INDEX = QTextFormat.Property.UserProperty + 1


class ChartObjects(QPyTextObject):
    """Draws the charts inline in the text, as vector graphics: a character of the document
    stands for each chart and carries its index."""

    def __init__(self, geometries: list[ChartGeometry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.geometries = geometries
        self.right_to_left = False

    def intrinsicSize(self, document: QTextDocument, position: int, text_format: QTextFormat) -> QSizeF:
        geometry = self.geometries[int(text_format.property(CHART_INDEX))]
        return QSizeF(px(geometry.width), px(geometry.height))

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, document: QTextDocument, position: int,
                   text_format: QTextFormat) -> None:
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(LAYOUT_UNITS_PER_POINT, LAYOUT_UNITS_PER_POINT)  # the chart is drawn in points
        paint_chart(painter, QPointF(0, 0), self.geometries[int(text_format.property(CHART_INDEX))],
                    mirrored=self.right_to_left)
        painter.restore()


@dataclass
class LaidOutReport:
    """The report's document in pages: page `index` is its slice from index × the body's height
    (in px) to the next."""

    document: QTextDocument
    page: PageGeometry
    page_count: int
    first_content_page: int       # pages before it are the cover's: no header, no footer
    running_header: str
    footer_note: str              # printed left of the page number
    footer_is_confidential: bool
    language: str = "en"          # the fonts of its margins' text
    right_to_left: bool = False   # the header and footer mirrored
    page_label: str = "Page %1 of %2"
    confidential_mark: str = "CONFIDENTIAL"
    # Held so that Qt's handler object lives as long as the document that calls it.
    _charts: ChartObjects | None = field(default=None, repr=False)


def lay_out_report(report: Report, progress: ProgressReporter = NO_PROGRESS,
                   page: PageGeometry = PageGeometry()) -> LaidOutReport:
    with report_language(report.language):
        return _lay_out_report(report, progress, page)


def _lay_out_report(report: Report, progress: ProgressReporter, page: PageGeometry) -> LaidOutReport:
    document, charts = _new_document(report.right_to_left)
    page_size = page.body_size_px
    paginator = Paginator(document, page_size)
    builder = _DocumentBuilder(document, page.body.width(), charts.geometries, progress, paginator,
                               right_to_left=report.right_to_left)
    # One edit block per part: Qt lays each out once, when it is complete.
    builder.cursor.beginEditBlock()
    builder.add_cover(report.cover, report.confidential_mark if report.confidential else None)
    builder.break_before_next()
    builder.cursor.endEditBlock()
    builder.add_blocks(report.blocks)
    builder.finish()
    paginator.finish()

    layout = document.documentLayout()
    first_content_page = document.pageCount()
    if builder.first_content_position is not None:
        first_block = document.findBlock(builder.first_content_position)
        first_content_page = int(layout.blockBoundingRect(first_block).top() // page_size.height())
    return LaidOutReport(
        document=document, page=page, page_count=document.pageCount(),
        first_content_page=max(first_content_page, 1),
        running_header=one_line(report.running_header),
        footer_note=one_line(report.cover.organisation or ""), footer_is_confidential=report.confidential,
        language=report.language, right_to_left=report.right_to_left, page_label=report.page_label,
        confidential_mark=report.confidential_mark, _charts=charts,
    )


def _new_document(right_to_left: bool = False) -> tuple[QTextDocument, ChartObjects]:
    """An empty document set up as the report's (fonts, metrics, direction, the charts' handler)."""
    document = QTextDocument()
    if right_to_left:
        # Every paragraph, table and cell reads from the right, whatever its first letter
        # (a paragraph opening with "A/HRC/14/10" stays on the right of an Arabic page).
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        document.setDefaultTextOption(option)
        root = document.rootFrame().frameFormat()
        root.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        document.rootFrame().setFrameFormat(root)
    layout = document.documentLayout()
    layout.setPaintDevice(layout_device())
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)
    document.setDefaultFont(report_font(BODY_SIZE))
    charts = ChartObjects([], document)
    charts.right_to_left = right_to_left
    layout.registerHandler(CHART_OBJECT, charts)
    return document, charts


def natural_row_advances(table: Table, text_width: float, width_px: float,
                         right_to_left: bool = False) -> list[float]:
    """From the top of each row of `table` to the next, as the report lays it out without pages
    (in a document of its own: the report's own is laid out in pages, which stretch the rows
    they cut)."""
    document, _charts = _new_document(right_to_left)
    document.setPageSize(QSizeF(width_px, -1))
    builder = _DocumentBuilder(document, text_width, [], NO_PROGRESS, paginator=None, right_to_left=right_to_left)
    builder.cursor.beginEditBlock()
    builder.table(table)
    builder.cursor.endEditBlock()
    return row_advances(document.documentLayout(), builder.tables[0])


def _as_lines(text: str) -> str:
    """`text` cleaned, its line breaks made Qt's line separator: a "\\n" would start a new
    paragraph, with a paragraph's spacing."""
    return clean(text).replace("\n", "\u2028")


def _char_format(size: float, *, bold: bool = False, italic: bool = False,
                 colour: QColor = INK) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setFont(report_font(size, bold=bold, italic=italic))
    text_format.setForeground(QBrush(colour))
    return text_format


def _block_format(*, above: float = 0.0, below: float = 0.0, line_height: float = 125.0) -> QTextBlockFormat:
    """Space above and below in points, line height in per cent of the font's."""
    block_format = QTextBlockFormat()
    block_format.setTopMargin(px(above))
    block_format.setBottomMargin(px(below))
    block_format.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return block_format


class _DocumentBuilder:
    def __init__(self, document: QTextDocument, text_width: float, charts: list[ChartGeometry],
                 progress: ProgressReporter, paginator: Paginator | None, *, right_to_left: bool = False) -> None:
        self.document = document
        self.direction = Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LayoutDirectionAuto
        self.paginator = paginator
        self.cursor = QTextCursor(document)
        self.text_width = text_width  # points
        self.charts = charts
        self.progress = progress
        self.tables: list[QTextTable] = []     # the report's tables (not the cover's box)
        # The document's first block, and the one Qt leaves after each table, wait empty for
        # content: the next paragraph goes into them rather than after them.
        self._block_unused = True
        self._break_before = False
        self._in_content = False
        self.first_content_position: int | None = None   # where the content after the cover begins

    # -- the cover --------------------------------------------------------------------------

    def add_cover(self, cover: Cover, confidential_mark: str | None) -> None:
        # A block of fixed height lowers the title: Qt ignores the top margin of a page's first block.
        spacer = QTextBlockFormat()
        spacer.setLineHeight(px(150), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        self.paragraph("", spacer, _char_format(BODY_SIZE))
        self.paragraph(cover.title, _block_format(below=12, line_height=115),
                       _char_format(24, bold=True, colour=ACCENT))
        self.paragraph(cover.scope, _block_format(below=8 if cover.documents else 26, line_height=120),
                       _char_format(13, colour=INK))
        for index, line in enumerate(cover.documents):
            last = index == len(cover.documents) - 1
            self.paragraph(line, _block_format(below=26 if last else 2), _char_format(10, colour=MUTED))
        if cover.organisation:
            self.paragraph(cover.organisation, _block_format(below=2), _char_format(11, bold=True))
        self.paragraph(cover_date(cover), _block_format(), _char_format(11, colour=MUTED))
        notices = [(text, False) for text in cover.notices]
        if confidential_mark:
            notices.insert(0, (confidential_mark, True))
        if notices:
            self._notice_box(notices)

    def _notice_box(self, notices: list[tuple[str, bool]]) -> None:
        box = QTextTableFormat()
        box.setBorder(0)
        box.setBorderCollapse(True)  # the cell draws the frame, as in the report's tables
        box.setCellPadding(px(9))
        box.setTopMargin(px(14))  # the bottom margin of the block above does not apply before a table
        box.setCellSpacing(0)
        box.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self._insert_table(1, 1, box)
        cursor = table.cellAt(0, 0).firstCursorPosition()
        for index, (text, alarming) in enumerate(notices):
            block_format = _block_format(below=0 if index == len(notices) - 1 else 5)
            char_format = _char_format(10, bold=alarming, colour=CONFIDENTIAL if alarming else INK)
            self._directed(block_format)
            if index:
                cursor.insertBlock(block_format, char_format)
            else:
                # (not its block's character format: that is where Qt keeps the cell's format)
                cursor.setBlockFormat(block_format)
            cursor.insertText(_as_lines(text), char_format)
        table.cellAt(0, 0).setFormat(_ruled_cell(NOTICE_FILL, NOTICE_BORDER, width=1.0, sides=True))
        self._after_table()

    # -- the content ------------------------------------------------------------------------

    def add_blocks(self, blocks: tuple) -> None:
        self._in_content = True
        for index, block in enumerate(blocks):
            self.progress.check_cancelled()
            self.progress.report(index, len(blocks), translate("ReportProgress", "Laying out the report"))
            self.cursor.beginEditBlock()
            self._add_block(block)
            self.cursor.endEditBlock()
            if self.paginator is not None:
                self.paginator.settle()

    def _add_block(self, block: object) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            self.text_paragraph(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, BarChart):
            self.chart(block)
        elif isinstance(block, PageBreak):
            self.break_before_next()
        else:
            raise TypeError(f"a report cannot hold {type(block).__name__}")

    def heading(self, heading: Heading) -> None:
        size, colour, above, below = HEADING_STYLES[min(max(heading.level, 1), 3)]
        block_format = _block_format(above=above, below=below, line_height=115)
        block_format.setHeadingLevel(heading.level)
        block_format.setProperty(KEEP_WITH_NEXT, True)
        self.paragraph(heading.text, block_format, _char_format(size, bold=True, colour=colour))
        self._keep_with_next(self.cursor.block())

    def text_paragraph(self, paragraph: Paragraph) -> None:
        if paragraph.small:
            char_format = _char_format(SMALL_SIZE, italic=paragraph.emphasis, colour=MUTED)
        else:
            char_format = _char_format(BODY_SIZE, italic=paragraph.emphasis)
        self.paragraph(paragraph.text, _block_format(below=6), char_format)

    def table(self, table: Table) -> None:
        if table.caption:
            caption_format = _block_format(above=4, below=4)
            caption_format.setProperty(KEEP_WITH_NEXT, True)
            self.paragraph(table.caption, caption_format, _char_format(9, bold=True, colour=INK))
            self._keep_with_next(self.cursor.block())
        columns = len(table.columns)
        if columns == 0:
            return
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(1)
        # Collapsed borders: the cells draw their own rules (see _ruled_cell), the table none.
        table_format.setBorder(0)
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(px(3.5))
        table_format.setTopMargin(px(2))
        table_format.setBottomMargin(px(12))
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        shares = column_shares(table, self.text_width, word_measure(TABLE_SIZE))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * share) for share in shares])
        qt_table = self._insert_table(1 + len(table.rows), columns, table_format)
        self.tables.append(qt_table)

        header_cell = _ruled_cell(HEADER_FILL, RULE_DARK)
        header_text = _char_format(TABLE_SIZE, bold=True)
        for column, title in enumerate(table.columns):
            cell = qt_table.cellAt(0, column)
            cell.setFormat(header_cell)
            self._cell_text(cell, title, header_text)

        # Thin rules under every row, and a light fill on every other row to guide the eye.
        plain_cell = _ruled_cell(None, RULE)
        zebra_cell = _ruled_cell(ZEBRA_FILL, RULE)
        cell_text = _char_format(TABLE_SIZE)
        for row_index, row in enumerate(table.rows, start=1):
            if row_index % 200 == 0:
                self.progress.check_cancelled()
            for column in range(columns):
                cell = qt_table.cellAt(row_index, column)
                cell.setFormat(zebra_cell if row_index % 2 == 0 else plain_cell)
                text = row[column] if column < len(row) else ""
                if text:
                    self._cell_text(cell, text, cell_text)
        self._after_table()
        if self.paginator is not None:
            self.paginator.keep_rows_whole(qt_table, natural_row_advances(
                replace(table, caption=None), self.text_width, self.document.pageSize().width(),
                self.direction == Qt.LayoutDirection.RightToLeft))

    def _directed(self, text_format: QTextFormat) -> None:
        """The format made right-to-left in a right-to-left report (left as it is otherwise)."""
        if self.direction == Qt.LayoutDirection.RightToLeft:
            text_format.setLayoutDirection(self.direction)

    def _cell_text(self, cell, text: str, char_format: QTextCharFormat) -> None:  # noqa: ANN001 - a QTextTableCell
        cursor = cell.firstCursorPosition()
        if self.direction == Qt.LayoutDirection.RightToLeft:
            cell_block = cursor.blockFormat()
            cell_block.setLayoutDirection(self.direction)
            cursor.setBlockFormat(cell_block)
        cursor.insertText(_as_lines(text), char_format)

    def chart(self, chart: BarChart) -> None:
        for part in chart_parts(chart):
            self.charts.append(chart_geometry(part, CHART_WIDTH, largest=largest_value(chart)))
            chart_format = QTextCharFormat()
            chart_format.setObjectType(CHART_OBJECT)
            chart_format.setProperty(CHART_INDEX, len(self.charts) - 1)
            self.paragraph("\ufffc", _block_format(above=6, below=14, line_height=100), chart_format)

    def break_before_next(self) -> None:
        self._break_before = True

    def finish(self) -> None:
        if self._block_unused:
            # The empty block Qt keeps after a last table: no line of its own, so that it never
            # makes a blank page.
            self._shrink_current_block()

    # -- inserting --------------------------------------------------------------------------

    def paragraph(self, text: str, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> None:
        self._directed(block_format)
        if self._break_before:
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            self._break_before = False
        if self._block_unused:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
        else:
            self.cursor.insertBlock(block_format, char_format)
        self.cursor.insertText(_as_lines(text), char_format)
        self._block_unused = False
        self._note_content(self.cursor.block().position())

    def _insert_table(self, rows: int, columns: int, table_format: QTextTableFormat) -> QTextTable:
        # A right-to-left table puts its first column on the right.
        self._directed(table_format)
        if self._block_unused:
            # Qt puts the table after this empty block: make it a thin gap, and let it carry a
            # page break meant for the table.
            self._shrink_current_block()
        elif self._break_before:
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self._break_before = False
        table = self.cursor.insertTable(rows, columns, table_format)
        self._note_content(table.firstPosition())
        return table

    def _keep_with_next(self, block: QTextBlock) -> None:
        if self.paginator is not None:
            self.paginator.keep_with_next(block)

    def _note_content(self, position: int) -> None:
        if self._in_content and self.first_content_position is None:
            self.first_content_position = position

    def _after_table(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._block_unused = True

    def _shrink_current_block(self) -> None:
        block_format = QTextBlockFormat()
        block_format.setLineHeight(px(4.0), QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        if self._break_before:
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self.cursor.setBlockFormat(block_format)
        self.cursor.setBlockCharFormat(_char_format(1))


def _ruled_cell(fill: QColor | None, rule: QColor, *, width: float = 0.6, sides: bool = False) -> QTextTableCellFormat:
    """A cell with rules of `width` points above and below it (and at its sides if `sides`)."""
    cell_format = QTextTableCellFormat()
    if fill is not None:
        cell_format.setBackground(QBrush(fill))
    solid = QTextFrameFormat.BorderStyle.BorderStyle_Solid
    for side in ("Top", "Bottom", "Left", "Right"):
        ruled = sides or side in ("Top", "Bottom")
        getattr(cell_format, f"set{side}Border")(px(width) if ruled else 0)
        getattr(cell_format, f"set{side}BorderBrush")(QBrush(rule))
        getattr(cell_format, f"set{side}BorderStyle")(solid)
    return cell_format
