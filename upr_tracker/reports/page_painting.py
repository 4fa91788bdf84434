"""Painting one page of a laid-out report: its slice of the document, and around it the running
header and the footer with "Page N of M". The PDF and the previews both paint through here."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from upr_tracker.reports.plain_text import page_label
from upr_tracker.reports.text_document import ACCENT, CONFIDENTIAL, MUTED, RULE, LaidOutReport
from upr_tracker.reports.language import words_for
from upr_tracker.reports.typography import LAYOUT_UNITS_PER_POINT, elided, font_for_units, report_language, text_width

MARGIN_TEXT_SIZE = 7.5
RULE_GAP = 6.0           # between the body and the rules under the header and over the footer
COVER_BAND_HEIGHT = 14.0


def paint_page(painter: QPainter, report: LaidOutReport, index: int) -> None:
    """Paint page `index` (from 0). The painter's unit must be the point, its origin the page's
    top left corner."""
    with report_language(report.language):
        _paint_page(painter, report, index)


def _paint_page(painter: QPainter, report: LaidOutReport, index: int) -> None:
    body = report.page.body
    slice_size = report.page.body_size_px
    painter.save()
    painter.translate(body.left(), body.top())
    painter.scale(1 / LAYOUT_UNITS_PER_POINT, 1 / LAYOUT_UNITS_PER_POINT)
    painter.translate(0, -index * slice_size.height())
    # Qt draws every block that touches the rectangle: without this hair's breadth, a page would
    # also draw (invisibly, but into the PDF's text) the line that starts the next page.
    hair = 1 / 128  # below the 1/64 unit in which Qt places text
    page_slice = QRectF(0, index * slice_size.height() + hair, slice_size.width(), slice_size.height() - 2 * hair)
    report.document.drawContents(painter, page_slice)
    painter.restore()
    if index >= report.first_content_page:
        _paint_header_and_footer(painter, report, index)
    elif index == 0:
        # The cover's band of colour across the top of the page.
        painter.fillRect(QRectF(0, 0, report.page.width, COVER_BAND_HEIGHT), ACCENT)


def _paint_header_and_footer(painter: QPainter, report: LaidOutReport, index: int) -> None:
    """The running header on the reading side (the left, or the right of a right-to-left
    report), the page number on the other side of the footer, the confidential mark and the
    organisation on the reading side."""
    body = report.page.body
    device = painter.device()
    mirrored = report.right_to_left

    def at(left: float, width: float) -> float:
        """The x of a text `width` wide, `left` points from the reading side of the body."""
        return body.right() - left - width if mirrored else body.left() + left

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rule = QPen(RULE)
    rule.setWidthF(0.5)
    text_pen = QPen(MUTED)

    header_rule_y = body.top() - RULE_GAP
    if report.running_header:
        painter.setFont(font_for_units(MARGIN_TEXT_SIZE, device))
        painter.setPen(text_pen)
        text = elided(report.running_header, MARGIN_TEXT_SIZE, body.width(), mode=Qt.TextElideMode.ElideMiddle)
        painter.drawText(QPointF(at(0.0, text_width(text, MARGIN_TEXT_SIZE)), header_rule_y - 4.0), text)
        painter.setPen(rule)
        painter.drawLine(QPointF(body.left(), header_rule_y), QPointF(body.right(), header_rule_y))

    footer_rule_y = body.bottom() + RULE_GAP
    painter.setPen(rule)
    painter.drawLine(QPointF(body.left(), footer_rule_y), QPointF(body.right(), footer_rule_y))
    baseline = footer_rule_y + 4.0 + MARGIN_TEXT_SIZE
    digits = words_for(report.language).number
    number = page_label(index + 1, report.page_count, report.page_label, digits)
    number_width = text_width(number, MARGIN_TEXT_SIZE)
    painter.setFont(font_for_units(MARGIN_TEXT_SIZE, device))
    painter.setPen(text_pen)
    painter.drawText(QPointF(at(body.width() - number_width, number_width), baseline), number)

    # A mark that a confidential page carries even when torn from the rest, then who made it.
    left = 0.0
    if report.footer_is_confidential:
        mark = report.confidential_mark
        mark_width = text_width(mark, MARGIN_TEXT_SIZE, bold=True)
        painter.setFont(font_for_units(MARGIN_TEXT_SIZE, device, bold=True))
        painter.setPen(QPen(CONFIDENTIAL))
        painter.drawText(QPointF(at(left, mark_width), baseline), mark)
        left += mark_width + 10.0
    if report.footer_note:
        painter.setFont(font_for_units(MARGIN_TEXT_SIZE, device))
        painter.setPen(text_pen)
        room = body.width() - number_width - 12.0 - left
        note = elided(report.footer_note, MARGIN_TEXT_SIZE, room)
        painter.drawText(QPointF(at(left, text_width(note, MARGIN_TEXT_SIZE)), baseline), note)
    painter.restore()
