"""A Report as one standalone HTML5 file: inline styles, charts as inline SVG, no scripts, no
outside resources; it prints well (the cover on its own page, table headers repeated)."""

from __future__ import annotations

import html
from string import Template

from upr_tracker.i18n.catalogs import translate
from upr_tracker import __version__
from upr_tracker.reports import style
from upr_tracker.reports.chart_geometry import (CHART_WIDTH, LABEL_SIZE, ChartGeometry, bar_chart_geometry,
                                                chart_parts, estimated_width, largest_value)
from upr_tracker.reports.column_widths import column_shares
from upr_tracker.reports.document import BarChart, Heading, PageBreak, Paragraph, Report, Table
from upr_tracker.reports.plain_text import clean, cover_date, one_line
from upr_tracker.services.atomic_files import Output, open_output
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter

TABLE_SIZE = 9.0  # points, as the style below says

_STYLE = Template("""
:root { --ink: $ink; --accent: $accent; --muted: $muted; --rule: $rule; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; color: var(--ink);
       font: 10.5pt/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
h1, h2, h3, h4 { color: var(--accent); line-height: 1.2; break-after: avoid; }
h2 { font-size: 15pt; margin: 1.6em 0 .4em; }
h3 { font-size: 12pt; margin: 1.3em 0 .3em; }
h4 { font-size: 10.5pt; margin: 1.1em 0 .2em; color: var(--ink); }
p { margin: 0 0 .6em; white-space: pre-line; }
p.emphasis { font-style: italic; }
p.small { font-size: 8.5pt; color: var(--muted); }
.running-header { font-size: 8pt; color: var(--muted); border-bottom: 1px solid var(--rule);
                  padding-bottom: .3em; margin-bottom: 1.5em; }
.cover { min-height: 60vh; padding-top: 18vh; border-top: 12px solid var(--accent); }
.cover h1 { font-size: 24pt; margin: 0 0 .4em; }
.cover .scope { font-size: 13pt; margin-bottom: 1.6em; }
.cover .organisation { font-weight: bold; font-size: 11pt; margin: 0; }
.cover .documents { list-style: none; padding: 0; margin: -1em 0 1.6em; color: var(--muted); font-size: 10pt; }
.cover .date { color: var(--muted); font-size: 11pt; }
.notices { border: 1.5px solid $notice_border; background: $notice_fill; padding: .6em .9em; margin-top: 1.2em; }
.notices p { margin: .25em 0; }
.notices .confidential { color: $confidential; font-weight: bold; }
table { width: 100%; border-collapse: collapse; margin: .2em 0 1.4em; font-size: 9pt; table-layout: fixed; }
caption { text-align: start; font-weight: bold; padding-bottom: .3em; caption-side: top; }
th, td { text-align: start; vertical-align: top; padding: .3em .45em; border-bottom: 1px solid var(--rule);
         white-space: pre-line; overflow-wrap: anywhere; }
thead th { background: $header_fill; border-top: 1px solid $rule_dark; border-bottom: 1px solid $rule_dark; }
tbody tr:nth-child(even) { background: $zebra_fill; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
figure.chart { margin: .6em 0 1.6em; break-inside: avoid; }
figure.chart figcaption { font-weight: bold; margin-bottom: .4em; }
figure.chart svg { display: block; width: 100%; height: auto; }
.page-break { break-before: page; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  .running-header { display: none; }
  .cover { min-height: auto; border-top: none; padding-top: 40mm; break-after: page; }
}
""").substitute(ink=style.INK, accent=style.ACCENT, muted=style.MUTED, rule=style.RULE, rule_dark=style.RULE_DARK,
                header_fill=style.HEADER_FILL, zebra_fill=style.ZEBRA_FILL, notice_fill=style.NOTICE_FILL,
                notice_border=style.NOTICE_BORDER, confidential=style.CONFIDENTIAL)


def write_html(report: Report, path: Output | str, progress: ProgressReporter = NO_PROGRESS) -> None:
    """Write `report` to `path` as a standalone HTML file, whole or not at all."""
    text = render_html(report, progress)
    with open_output(path, "w") as stream:
        stream.write(text)


def render_html(report: Report, progress: ProgressReporter = NO_PROGRESS) -> str:
    parts = [_head(report), "<body>", _cover(report), "<main>"]
    if report.running_header:
        parts.append(f'<div class="running-header">{_text(one_line(report.running_header))}</div>')
    for index, block in enumerate(report.blocks):
        progress.check_cancelled()
        progress.report(index, len(report.blocks), translate("ReportProgress", "Writing the report"))
        parts.append(_block(block, report.right_to_left))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _text(text: str) -> str:
    return html.escape(clean(text), quote=True)


def _head(report: Report) -> str:
    metadata = {"generator": f"UPR Tracker {__version__}", "description": one_line(report.cover.scope)}
    if report.cover.organisation:
        metadata["author"] = one_line(report.cover.organisation)
    metadata.update({one_line(key): one_line(value) for key, value in report.metadata.items()})
    metas = "\n".join(f'<meta name="{html.escape(key, quote=True)}" content="{html.escape(value, quote=True)}">'
                      for key, value in metadata.items() if key)
    return "\n".join([
        "<!DOCTYPE html>",
        # A right-to-left report: the browser mirrors the page, its tables and their columns.
        f'<html lang="{html.escape(report.language, quote=True)}"' + (' dir="rtl">' if report.right_to_left else ">"),
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(one_line(report.cover.title))}</title>",
        metas,
        f"<style>{_STYLE}{_print_margins(report)}</style>",
        "</head>",
    ])


def _page_counter(label: str) -> str:
    """CSS content for "Page %1 of %2" in the report's language: "Page " counter(page) " of " counter(pages)."""
    before, rest = (label.split("%1", 1) + [""])[:2]
    between, after = (rest.split("%2", 1) + [""])[:2]
    pieces = [_css_string(before), "counter(page)", _css_string(between), "counter(pages)"]
    if after:
        pieces.append(_css_string(after))
    return " ".join(pieces)


def _print_margins(report: Report) -> str:
    """The running header, the page number and the confidentiality mark in the margins of the
    printed pages after the cover (browsers that know @page margin boxes print them)."""
    footer_left = report.confidential_mark if report.confidential else one_line(report.cover.organisation or "")
    small = f"font-size: 7.5pt; color: {style.MUTED};"
    return (
        f"@page {{ size: A4; margin: {style.TOP_MM}mm {style.RIGHT_MM}mm {style.BOTTOM_MM}mm {style.LEFT_MM}mm;"
        f" @top-left {{ content: {_css_string(one_line(report.running_header))}; {small} }}"
        f" @bottom-left {{ content: {_css_string(footer_left)}; {small} }}"
        f' @bottom-right {{ content: {_page_counter(report.page_label)}; {small} }} }}\n'
        "@page :first { @top-left { content: none; } @bottom-left { content: none; }"
        " @bottom-right { content: none; } }\n"
    )


_CSS_SAFE = frozenset(" .,:;!?()[]-_/+*#%=@·–—")


def _css_string(text: str) -> str:
    """A CSS string literal of `text`; anything that could end the string or the style element
    (quotes, backslashes, "<") is written as an escape."""
    return '"' + "".join(char if char.isalnum() or char in _CSS_SAFE else f"\\{ord(char):06x}"
                         for char in text) + '"'


def _cover(report: Report) -> str:
    cover = report.cover
    parts = ['<section class="cover">', f"<h1>{_text(cover.title)}</h1>",
             f'<p class="scope">{_text(cover.scope)}</p>']
    if cover.documents:
        parts.append('<ul class="documents">' + "".join(f"<li>{_text(line)}</li>" for line in cover.documents)
                     + "</ul>")
    if cover.organisation:
        parts.append(f'<p class="organisation">{_text(cover.organisation)}</p>')
    parts.append(f'<p class="date"><time datetime="{cover.made_on.isoformat()}">{_text(cover_date(cover))}</time></p>')
    notices = [f'<p class="confidential">{_text(report.confidential_mark)}</p>'] if report.confidential else []
    notices += [f"<p>{_text(notice)}</p>" for notice in cover.notices]
    if notices:
        parts.append('<div class="notices" role="note">' + "".join(notices) + "</div>")
    parts.append("</section>")
    return "\n".join(parts)


def _block(block: object, right_to_left: bool = False) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3) + 1  # the cover's title is the page's h1
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        classes = " ".join(name for name, on in (("emphasis", block.emphasis), ("small", block.small)) if on)
        return f'<p class="{classes}">{_text(block.text)}</p>' if classes else f"<p>{_text(block.text)}</p>"
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, BarChart):
        return _chart(block, right_to_left)
    if isinstance(block, PageBreak):
        return '<div class="page-break"></div>'
    raise TypeError(f"a report cannot hold {type(block).__name__}")


def _table(table: Table) -> str:
    columns = len(table.columns)
    if columns == 0:
        return f"<p><strong>{_text(table.caption)}</strong></p>" if table.caption else ""
    shares = column_shares(table, style.TEXT_WIDTH_PT, lambda text, bold: estimated_width(text, TABLE_SIZE, bold))
    parts = ["<table>"]
    if table.caption:
        parts.append(f"<caption>{_text(table.caption)}</caption>")
    parts.append("<colgroup>" + "".join(f'<col style="width:{100 * share:.2f}%">' for share in shares) + "</colgroup>")
    parts.append("<thead><tr>" + "".join(f'<th scope="col">{_text(title)}</th>' for title in table.columns)
                 + "</tr></thead>")
    parts.append("<tbody>")
    for row in table.rows:
        cells = (row[column] if column < len(row) else "" for column in range(columns))
        parts.append("<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in cells) + "</tr>")
    parts.append("</tbody></table>")
    return "\n".join(parts)


def _chart(chart: BarChart, mirrored: bool = False) -> str:
    figures = []
    for part in chart_parts(chart):
        geometry = bar_chart_geometry(part, CHART_WIDTH, estimated_width, with_title=False,
                                      largest=largest_value(chart))
        figures += ['<figure class="chart">', f"<figcaption>{_text(part.title)}</figcaption>",
                    _svg(geometry, one_line(part.title), mirrored), "</figure>"]
    return "\n".join(figures)


def _svg(geometry: ChartGeometry, title: str, mirrored: bool = False) -> str:
    """The chart as SVG, in points (1 user unit = 1 pt); every text escaped. `mirrored` (a
    right-to-left report): the labels on the right, the bars growing leftwards."""
    def escape(text: str) -> str:
        return html.escape(text, quote=True)

    width, height = geometry.width, geometry.height

    def x(left: float, span: float = 0.0) -> float:
        return width - left - span if mirrored else left

    # Mirrored, the texts anchored at their other end; the anchors name the left and right ends
    # whatever the page's direction. (Unmirrored, the SVG is as it always was.)
    end = "start" if mirrored else "end"
    right_anchored = 'text-anchor="end" ' if mirrored else ""
    values = "; ".join(f"{bar.full_label}: {bar.value_text}" for bar in geometry.bars) or "no data"
    label = escape(f"{title}. {values}")
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.1f} {height:.1f}" '
             f'style="max-width:{width * 4 / 3:.0f}px" overflow="visible" role="img" aria-label="{label}" '
             f'font-size="{LABEL_SIZE}" fill="{style.INK}"' + (' direction="ltr">' if mirrored else ">"),
             f"<title>{escape(title)}</title>"]
    if geometry.empty_text:
        parts.append(f'<text x="{x(0):g}" y="{geometry.axis_top + LABEL_SIZE * 1.4:.1f}" {right_anchored}'
                     f'fill="{style.AXIS}">'
                     f"{escape(geometry.empty_text)}</text>")
    for bar in geometry.bars:
        if bar.bar_width > 0:
            parts.append(f'<rect x="{x(bar.bar_x, bar.bar_width):.1f}" y="{bar.bar_y:.1f}" width="{bar.bar_width:.1f}" '
                         f'height="{geometry.bar_thickness:.1f}" fill="{escape(bar.colour)}"/>')
        parts.append(f'<text x="{x(bar.label_right):.1f}" y="{bar.text_baseline:.1f}" text-anchor="{end}">'
                     f"<title>{escape(bar.full_label)}</title>{escape(bar.label)}</text>")
        parts.append(f'<text x="{x(bar.value_x):.1f}" y="{bar.text_baseline:.1f}" {right_anchored}'
                     'font-weight="bold">'
                     f"{escape(bar.value_text)}</text>")
    if geometry.bars:
        parts.append(f'<line x1="{x(geometry.axis_x):.1f}" y1="{geometry.axis_top:.1f}" x2="{x(geometry.axis_x):.1f}" '
                     f'y2="{geometry.axis_bottom:.1f}" stroke="{style.AXIS}" stroke-width="0.75"/>')
    parts.append("</svg>")
    return "\n".join(parts)
