"""The drawn timeline strip of the milestones: a dot per milestone on a time axis, coloured by
kind, with a tooltip and a click that selects the milestone in the list."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from upr_tracker.domain.milestones import DatePrecision, MilestoneKind
from upr_tracker.gui.milestone_dialog import (
    kind_label,
)
from upr_tracker.services.values import MilestoneInfo

from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.milestone_table_model import date_span, kind_colour, partial_date, precision_text
from upr_tracker.i18n.catalogs import fill


def year_text(year: int) -> str:
    """A year in the locale's digits, without a thousands separator ("2009", "٢٠٠٩")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(year)


# --- the timeline strip -------------------------------------------------------------------------
@dataclass
class _Dot:
    milestone: MilestoneInfo
    centre: QPointF
    span: tuple[float, float]  # x from, x to: how far the date reaches (a month, a year)


class MilestoneTimeline(QWidget):
    """A strip with the years along an axis and a dot for each dated milestone, coloured by kind.

    A date known only to the month or the year is drawn as a dot in the middle of that month or
    year over a faint bar across it. Dots that would overlap are stacked. Hovering shows the
    milestone; clicking selects it (`milestone_clicked`)."""

    milestone_clicked = Signal(object)  # uuid.UUID

    DOT_RADIUS = 6.5
    LANE_HEIGHT = 17
    MARGIN = 16
    LEGEND_HEIGHT = 22
    AXIS_SPACE = 26
    MIN_LANES = 4
    MAX_LANES = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("milestone_timeline")
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._milestones: list[MilestoneInfo] = []
        self._year_range: tuple[int, int] | None = None
        self._selected: uuid.UUID | None = None
        self._hovered: uuid.UUID | None = None
        self._dots: list[_Dot] = []
        self._undated = 0
        self._fit_height(1)

    def sizeHint(self) -> QSize:
        return QSize(800, self.height())

    # --- what the view sets -------------------------------------------------------------------
    def set_milestones(self, milestones: list[MilestoneInfo], year_range: tuple[int | None, int | None] = (None, None)) -> None:
        self._milestones = list(milestones)
        dated = [partial_date(m) for m in self._milestones]
        years = [d.start.year for d in dated if d is not None]
        self._undated = sum(1 for d in dated if d is None)
        first, last = year_range
        if years or (first and last):
            low = first or min(years)
            high = last or max(years)
            if first is None and years:
                low = min(low, min(years))
            if last is None and years:
                high = max(high, max(years))
            if high < low:
                low, high = high, low
            self._year_range = (low, high + 1)  # the axis runs from 1 January of low to 1 January after high
        else:
            self._year_range = None
        self._layout_dots()
        self.update()

    def set_selected(self, milestone_id: uuid.UUID | None) -> None:
        if milestone_id != self._selected:
            self._selected = milestone_id
            self.update()

    def dot_of(self, milestone_id: uuid.UUID) -> QPointF | None:
        """Where a milestone's dot is drawn (tests, and scrolling to it)."""
        for dot in self._dots:
            if dot.milestone.id == milestone_id:
                return dot.centre
        return None

    def shown_ids(self) -> list[uuid.UUID]:
        return [dot.milestone.id for dot in self._dots]

    # --- geometry -------------------------------------------------------------------------------
    def _axis_y(self) -> float:
        return self.height() - self.AXIS_SPACE

    def _plot_left_right(self) -> tuple[float, float]:
        return self.MARGIN + 4.0, self.width() - self.MARGIN - 4.0

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _x_of(self, day: dt.date) -> float:
        """Where a day is on the axis: time runs from the left, or from the right in a right-to-left
        language (Arabic reads the years from the right)."""
        assert self._year_range is not None
        first, last = self._year_range
        start, end = dt.date(first, 1, 1), dt.date(last, 1, 1)
        left, right = self._plot_left_right()
        fraction = (day - start).days / max(1, (end - start).days)
        if self._right_to_left():
            return right - fraction * (right - left)
        return left + fraction * (right - left)

    def _lanes_top(self) -> float:
        return self.LEGEND_HEIGHT + 16

    def _layout_dots(self) -> None:
        """Place the dots: at the middle of the day, month or year meant, stacked in lanes above the
        axis when they would overlap; the strip grows (up to MAX_LANES) to fit the lanes."""
        self._dots = []
        if self._year_range is None:
            self._fit_height(1)
            return
        placed: list[tuple[MilestoneInfo, float, int, tuple[float, float]]] = []
        lane_ends: list[float] = []
        dated = sorted(((when, m) for m in self._milestones if m.date and (when := partial_date(m)) is not None),
                       key=lambda p: (p[0].start, p[1].plan_id is not None, p[1].item_number or "", p[1].title))
        first, last = self._year_range
        needed = 2 * self.DOT_RADIUS + 3
        for when, milestone in dated:
            if not first <= when.start.year < last:
                continue
            start, end = date_span(when)
            x_from, x_to = sorted((self._x_of(start), self._x_of(end)))
            x = (x_from + x_to) / 2
            # Lanes fill in reading order: the distance is taken along the direction time runs.
            lane = next((i for i, end_x in enumerate(lane_ends) if abs(x - end_x) >= needed), None)
            if lane is None:
                if len(lane_ends) < self.MAX_LANES:
                    lane_ends.append(x)
                    lane = len(lane_ends) - 1
                else:  # more at one date than the strip has room for: overlap in the emptiest lane
                    lane = min(range(len(lane_ends)), key=lambda i: lane_ends[i])
            lane_ends[lane] = x
            placed.append((milestone, x, lane, (x_from, x_to)))
        self._fit_height(max(1, len(lane_ends)))  # may resize, and so lay out again: the last one counts
        axis = self._axis_y()
        self._dots = [_Dot(milestone, QPointF(x, axis - 12 - lane * self.LANE_HEIGHT), span)
                      for milestone, x, lane, span in placed]

    def _fit_height(self, lanes: int) -> None:
        lanes = max(self.MIN_LANES, lanes)
        height = int(self._lanes_top() + (lanes - 1) * self.LANE_HEIGHT + 12 + self.AXIS_SPACE + 2)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        self._layout_dots()
        super().resizeEvent(event)

    def _dot_at(self, point: QPointF) -> _Dot | None:
        best, best_distance = None, (self.DOT_RADIUS + 3) ** 2
        for dot in self._dots:
            dx, dy = dot.centre.x() - point.x(), dot.centre.y() - point.y()
            distance = dx * dx + dy * dy
            if distance <= best_distance:
                best, best_distance = dot, distance
        return best

    # --- drawing --------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 6, 6)
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet = QColor(text_colour)
        quiet.setAlpha(140)

        if self._year_range is None:
            painter.setPen(quiet)
            message = (self.tr("No dated milestones to draw.") if self._undated else
                       self.tr("No milestones to show. Record one with “New milestone…”."))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
            painter.end()
            return

        self._draw_years(painter, text_colour, quiet)
        self._draw_legend(painter, text_colour, quiet)
        self._draw_dots(painter)
        painter.end()

    def _draw_years(self, painter: QPainter, text_colour: QColor, quiet: QColor) -> None:
        assert self._year_range is not None
        first, last = self._year_range
        axis = self._axis_y()
        left, right = self._plot_left_right()
        top = self._lanes_top() - 12
        # Alternate year bands, then the axis with a tick and a label at each (shown) year.
        band = QColor(text_colour)
        band.setAlpha(10)
        year_width = (right - left) / max(1, last - first)
        metrics = QFontMetrics(self.font())
        label_width = metrics.horizontalAdvance("0000") + 14
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if s * year_width >= label_width or s == 100)
        for year in range(first, last):
            x0, x1 = sorted((self._x_of(dt.date(year, 1, 1)), self._x_of(dt.date(year + 1, 1, 1))))
            if (year - first) % 2 == 0:
                painter.fillRect(QRectF(x0, top, x1 - x0, axis - top), band)
        painter.setPen(QPen(quiet, 1.2))
        painter.drawLine(QPointF(left, axis), QPointF(right, axis))
        grid = QColor(text_colour)
        grid.setAlpha(28)
        for year in range(first, last + 1):
            x = self._x_of(dt.date(year, 1, 1))
            labelled = (year - first) % step == 0
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            if labelled:
                painter.drawLine(QPointF(x, top), QPointF(x, axis))
            painter.setPen(QPen(quiet, 1))
            painter.drawLine(QPointF(x, axis), QPointF(x, axis + (5 if labelled else 3)))
            if labelled and year < last:
                # The label sits under the middle of its year, unless the years are too narrow.
                centre = (x + self._x_of(dt.date(year + 1, 1, 1))) / 2 if step == 1 else x
                rect = QRectF(centre - label_width / 2, axis + 5, label_width, metrics.height())
                painter.setPen(text_colour)
                painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, year_text(year))

    def _draw_legend(self, painter: QPainter, text_colour: QColor, quiet: QColor) -> None:
        kinds = [k.value for k in MilestoneKind if any(m.kind == k.value for m in self._milestones)]
        metrics = QFontMetrics(self.font())
        rtl = self._right_to_left()
        # x is the distance from the side the legend starts at (the right, right to left).
        x = float(self.MARGIN)
        y = 8 + metrics.ascent()
        for kind in kinds:
            colour = kind_colour(kind)
            text = kind_label(kind)
            advance = metrics.horizontalAdvance(text)
            dot_x = self.width() - x - 5 if rtl else x + 5
            painter.setPen(QPen(colour.darker(140), 1.2))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(dot_x, y - metrics.ascent() / 2 + 1), 4.5, 4.5)
            painter.setPen(text_colour)
            painter.drawText(QPointF(self.width() - x - 14 - advance if rtl else x + 14, y), text)
            x += 14 + advance + 16
        # Notes at the far end, as many as there is room for, the most useful first.
        notes = []
        if self._undated:
            notes.append(self.tr("%n undated, not drawn", "", self._undated))
        notes.append(self.tr("a bar spans a date known only to the month or year"))
        room = self.width() - self.MARGIN - x
        while notes and metrics.horizontalAdvance("   ·   ".join(notes)) > room:
            notes.pop()
        if notes:
            painter.setPen(quiet)
            area = QRectF(self.MARGIN if rtl else x, 6, room, metrics.height() + 4)
            side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
            painter.drawText(area, side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                             "   ·   ".join(notes))

    def _draw_dots(self, painter: QPainter) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        selected: _Dot | None = None
        for dot in self._dots:
            colour = kind_colour(dot.milestone.kind)
            x_from, x_to = dot.span
            if x_to - x_from > 2 * self.DOT_RADIUS:
                bar = QColor(colour)
                bar.setAlpha(70)
                path = QPainterPath()
                path.addRoundedRect(QRectF(x_from + 1, dot.centre.y() - 3, x_to - x_from - 2, 6), 3, 3)
                painter.fillPath(path, bar)
            if dot.milestone.id == self._selected:
                selected = dot
        for dot in self._dots:
            colour = kind_colour(dot.milestone.kind)
            radius = self.DOT_RADIUS + (1.5 if dot.milestone.id == self._hovered else 0)
            if dot.milestone.plan_id is not None:
                radius -= 1.5
            painter.setPen(QPen(colour.darker(150), 1.4))
            painter.setBrush(colour)
            painter.drawEllipse(dot.centre, radius, radius)
        if selected is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2.4))
            painter.drawEllipse(selected.centre, self.DOT_RADIUS + 4, self.DOT_RADIUS + 4)

    # --- interaction ------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            dot = self._dot_at(QPointF(help_event.pos()))
            if dot is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(help_event.globalPos(), self.tooltip_text(dot.milestone), self)
            return True
        if event.type() == QEvent.Type.HoverLeave and self._hovered is not None:
            self._hovered = None
            self.update()
        return super().event(event)

    def tooltip_text(self, m: MilestoneInfo) -> str:
        when = partial_date(m)
        shown = m.when_display or self.tr("undated")
        if when and when.precision is not DatePrecision.DAY:
            shown = fill(self.tr("%1 (%2)", "a date (how precisely it is known)"), shown,
                         precision_text(when.precision))
        lines = [f"<b>{html.escape(m.title)}</b>",
                 html.escape(fill(self.tr("%1 · %2", "a milestone's kind · its date"), kind_label(m.kind), shown))]
        if m.recommendation_ids:
            count = len(m.recommendation_ids)
            lines.append(html.escape(counted(self.tr("Linked to %n recommendation(s)", "", count), count)))
        return "<br>".join(lines)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        dot = self._dot_at(event.position())
        hovered = dot.milestone.id if dot else None
        if hovered != self._hovered:
            self._hovered = hovered
            self.setCursor(Qt.CursorShape.PointingHandCursor if dot else Qt.CursorShape.ArrowCursor)
            self.update()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        dot = self._dot_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and dot is not None:
            self.milestone_clicked.emit(dot.milestone.id)
            event.accept()
            return
        super().mousePressEvent(event)
