"""Bar charts painted with QPainter: as vector graphics inside the PDF, as a picture in Word."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from upr_tracker.reports.chart_geometry import LABEL_SIZE, TITLE_SIZE, ChartGeometry, bar_chart_geometry
from upr_tracker.reports.document import BarChart
from upr_tracker.reports.style import AXIS, INK
from upr_tracker.reports.typography import font_for_units, text_width

IMAGE_DPI = 200


def chart_geometry(chart: BarChart, width_pt: float, *, with_title: bool = True,
                   largest: int | None = None) -> ChartGeometry:
    return bar_chart_geometry(chart, width_pt, text_width, with_title=with_title, largest=largest)


def paint_chart(painter: QPainter, origin: QPointF, geometry: ChartGeometry, *, mirrored: bool = False) -> None:
    """Paint the chart with its top left corner at `origin`; the painter's unit is the point.
    `mirrored` (a right-to-left report): the labels on the right, the bars growing leftwards."""
    width = geometry.width

    def x(left: float, span: float = 0.0) -> float:
        """Where something `span` wide whose left edge is at `left` goes."""
        return width - left - span if mirrored else left

    device = painter.device()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(origin)
    text_colour = QColor(INK)
    if geometry.title:
        painter.setFont(font_for_units(TITLE_SIZE, device, bold=True))
        painter.setPen(text_colour)
        title_width = text_width(geometry.title, TITLE_SIZE, bold=True)
        painter.drawText(QPointF(x(0, title_width), geometry.title_baseline), geometry.title)
    if geometry.empty_text:
        painter.setFont(font_for_units(LABEL_SIZE, device))
        painter.setPen(QColor(AXIS))
        empty_width = text_width(geometry.empty_text, LABEL_SIZE)
        painter.drawText(QPointF(x(0, empty_width), geometry.axis_top + LABEL_SIZE * 1.4),
                         geometry.empty_text)
        painter.restore()
        return

    label_font = font_for_units(LABEL_SIZE, device)
    value_font = font_for_units(LABEL_SIZE, device, bold=True)
    for bar in geometry.bars:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(bar.colour))
        if bar.bar_width > 0:
            painter.drawRect(QRectF(x(bar.bar_x, bar.bar_width), bar.bar_y, bar.bar_width, geometry.bar_thickness))
        painter.setPen(text_colour)
        painter.setFont(label_font)
        label_width = text_width(bar.label, LABEL_SIZE)
        painter.drawText(QPointF(x(bar.label_right - label_width, label_width), bar.text_baseline), bar.label)
        painter.setFont(value_font)
        value_width = text_width(bar.value_text, LABEL_SIZE, bold=True)
        painter.drawText(QPointF(x(bar.value_x, value_width), bar.text_baseline), bar.value_text)
    axis = QPen(QColor(AXIS))
    axis.setWidthF(0.75)
    painter.setPen(axis)
    painter.drawLine(QPointF(x(geometry.axis_x), geometry.axis_top), QPointF(x(geometry.axis_x), geometry.axis_bottom))
    painter.restore()


def chart_image(geometry: ChartGeometry, dpi: int = IMAGE_DPI, *, mirrored: bool = False) -> QImage:
    """The chart as a white picture of `dpi` dots per inch (which it declares, so that word
    processors show it at its size in points)."""
    scale = dpi / 72.0
    image = QImage(max(1, round(geometry.width * scale)), max(1, round(geometry.height * scale)),
                   QImage.Format.Format_ARGB32_Premultiplied)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_chart(painter, QPointF(0, 0), geometry, mirrored=mirrored)
    finally:
        painter.end()
    return image
