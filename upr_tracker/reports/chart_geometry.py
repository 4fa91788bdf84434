"""Where each part of a bar chart goes, in points, whatever draws it (QPainter for PDF and Word,
SVG for HTML): the three formats show the same chart."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from upr_tracker.reports.document import BarChart
from upr_tracker.reports.plain_text import one_line
from upr_tracker.reports.style import BAR

CHART_WIDTH = 440.0      # points: a little narrower than A4's text, in every format
TITLE_SIZE = 10.0        # points
LABEL_SIZE = 8.5
TITLE_GAP = 8.0          # between the title's line and the first bar
ROW_HEIGHT = 17.0        # one bar and the space around it
BAR_SHARE = 0.65         # of a row, the bar's thickness
# More bars than fit an A4 page (a chart by recommending State can have a hundred) are drawn as
# several charts on one scale, the later ones titled "(continued)".
MAX_BARS_PER_PART = 36
GUTTER = 6.0             # between a label and its bar, and a bar and its value
MAX_LABEL_SHARE = 0.42   # of the width; longer labels are shortened with an ellipsis
BOTTOM_PADDING = 6.0

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")

# text, size in points, bold -> width in points
Measure = Callable[[str, float, bool], float]


@dataclass(frozen=True)
class BarPlacement:
    label: str               # as it fits the label column (maybe shortened)
    full_label: str
    value_text: str
    colour: str
    label_right: float       # labels are right-aligned against this x
    bar_x: float
    bar_width: float
    bar_y: float
    value_x: float           # left end of the value's text
    text_baseline: float     # baseline of the label and the value


@dataclass(frozen=True)
class ChartGeometry:
    width: float
    height: float
    title: str | None
    title_baseline: float
    axis_x: float
    axis_top: float
    axis_bottom: float
    bar_thickness: float
    bars: tuple[BarPlacement, ...]
    empty_text: str | None   # said instead of bars when there are none


def chart_parts(chart: BarChart) -> list[BarChart]:
    """`chart` cut into parts that each fit a page (most charts are one part)."""
    if len(chart.bars) <= MAX_BARS_PER_PART:
        return [chart]
    return [BarChart(chart.title if start == 0 else chart.continued.replace("%1", chart.title),
                     chart.bars[start:start + MAX_BARS_PER_PART], chart.empty_text, chart.continued)
            for start in range(0, len(chart.bars), MAX_BARS_PER_PART)]


def largest_value(chart: BarChart) -> int:
    return max((bar.value for bar in chart.bars), default=0)


def bar_chart_geometry(chart: BarChart, width: float, measure: Measure, *, with_title: bool = True,
                       largest: int | None = None) -> ChartGeometry:
    """Lay `chart` out `width` points wide. `measure` gives text widths in points; `largest` is
    the value a full-length bar stands for (default: the chart's largest)."""
    title = one_line(chart.title) if with_title else None
    top = TITLE_SIZE * 1.3 + TITLE_GAP if title else 2.0
    title_baseline = TITLE_SIZE * 1.05
    if not chart.bars:
        return ChartGeometry(width, top + ROW_HEIGHT + BOTTOM_PADDING, title, title_baseline,
                             0.0, top, top, 0.0, (), chart.empty_text)

    row_height = ROW_HEIGHT
    thickness = row_height * BAR_SHARE
    labels = [one_line(bar.label) for bar in chart.bars]
    values = [max(bar.value, 0) for bar in chart.bars]
    value_texts = [bar.value_text or f"{bar.value:,}" for bar in chart.bars]
    label_room = min(max(measure(label, LABEL_SIZE, False) for label in labels), width * MAX_LABEL_SHARE)
    value_room = max(measure(text, LABEL_SIZE, True) for text in value_texts)
    axis_x = label_room + GUTTER
    longest_bar = max(width - axis_x - GUTTER - value_room, width * 0.2)
    largest = max(largest or 0, *values) or 1

    placements = []
    for index, (bar, label, value, value_text) in enumerate(zip(chart.bars, labels, values, value_texts)):
        row_top = top + index * row_height
        bar_y = row_top + (row_height - thickness) / 2
        bar_width = longest_bar * value / largest
        placements.append(BarPlacement(
            label=_shorten(label, label_room, measure), full_label=label, value_text=value_text,
            colour=bar.colour if bar.colour and _COLOUR.fullmatch(bar.colour) else BAR,
            label_right=label_room, bar_x=axis_x, bar_width=bar_width, bar_y=bar_y, value_x=axis_x + bar_width + GUTTER,
            # the middle of the bar, lowered by a third of the text size: centred to the eye
            text_baseline=bar_y + thickness / 2 + LABEL_SIZE * 0.35,
        ))
    bottom = top + len(chart.bars) * row_height
    return ChartGeometry(width, bottom + BOTTOM_PADDING, title, title_baseline, axis_x, top, bottom,
                         thickness, tuple(placements), None)


def _shorten(text: str, room: float, measure: Measure) -> str:
    if measure(text, LABEL_SIZE, False) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with its ellipsis
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…", LABEL_SIZE, False) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


_NARROW = frozenset("ilIjtf.,:;'|!()[] ")


def estimated_width(text: str, size: float, bold: bool) -> float:
    """A sans-serif text's width without a font at hand (for SVG, measured by the browser)."""
    narrow = sum(1 for ch in text if ch in _NARROW)
    wide = sum(1 for ch in text if ch not in _NARROW and (ch in "mw@%" or ch.isupper()))
    average = len(text) - narrow - wide
    return size * (0.3 * narrow + 0.8 * wide + 0.56 * average) * (1.07 if bold else 1.0)
