"""A Report as a Word document that colleagues can edit: real heading styles, tables whose header
row repeats on every page, page numbers as fields, charts as pictures with their values in the
alternative text."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree
from PySide6.QtCore import QBuffer, QIODevice

from upr_tracker.i18n.catalogs import translate
from upr_tracker.reports import style
from upr_tracker.reports.chart_geometry import CHART_WIDTH, chart_parts, largest_value
from upr_tracker.reports.chart_painting import chart_geometry, chart_image
from upr_tracker.reports.column_widths import column_shares
from upr_tracker.reports.document import BarChart, Heading, PageBreak, Paragraph, Report, Table
from upr_tracker.reports.plain_text import clean, cover_date, one_line
from upr_tracker.reports.qt_setup import ensure_gui_application
from upr_tracker.reports.docx_language import set_language
from upr_tracker.reports.docx_schema import PARAGRAPH_PROPERTIES_ORDER as _PARAGRAPH_PROPERTIES_ORDER
from upr_tracker.reports.docx_schema import TABLE_PROPERTIES_ORDER as _TABLE_PROPERTIES_ORDER
from upr_tracker.reports.docx_schema import put_in_order as _put
from upr_tracker.reports.typography import report_language, word_measure
from upr_tracker.services.atomic_files import Output, open_output
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter

FONT = "Calibri"   # what Word offers by default; LibreOffice shows it with the metric twin Carlito
INK, ACCENT, MUTED, CONFIDENTIAL = (RGBColor.from_string(colour[1:]) for colour in
                                    (style.INK, style.ACCENT, style.MUTED, style.CONFIDENTIAL))
# Word's XML writes colours without the "#".
HEADER_FILL, ZEBRA_FILL, RULE, NOTICE_FILL, NOTICE_BORDER = (
    colour[1:] for colour in (style.HEADER_FILL, style.ZEBRA_FILL, style.RULE, style.NOTICE_FILL, style.NOTICE_BORDER))

TEXT_WIDTH_TWIPS = round(style.TEXT_WIDTH_PT * 20)
TABLE_SIZE = 8.5
# A row that would fill less than about a third of a page is kept on one page.
UNSPLIT_ROW_MAX_CHARS = 1200

TABLE_TEXT_STYLE = "Table Text"
TABLE_HEADING_STYLE = "Table Heading"


def write_docx(report: Report, path: Output | str, progress: ProgressReporter = NO_PROGRESS) -> None:
    """Write `report` to `path` as a Word document, whole or not at all."""
    ensure_gui_application()  # the charts are painted with Qt
    document = Document()
    _set_up_page_and_styles(document)
    _set_properties(document, report)
    writer = _DocxBuilder(document, progress, right_to_left=report.right_to_left)
    with report_language(report.language):  # the charts' fonts
        writer.add_cover(report)
        writer.add_blocks(report.blocks)
    _add_header_and_footer(document, report)
    set_language(document, report.language, report.right_to_left)
    # Saved in memory first: a zip archive written straight to a file that fails half-way (a full
    # disk) is left unclosed, and complains when it is collected long after the error was reported.
    content = io.BytesIO()
    document.save(content)
    with open_output(path, "wb") as stream:
        stream.write(content.getbuffer())
    progress.report(len(report.blocks), len(report.blocks), translate("ReportProgress", "Report written"))


# -- the document's frame --------------------------------------------------------------------------

def _set_up_page_and_styles(document: WordDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(style.PAGE_WIDTH_MM), Mm(style.PAGE_HEIGHT_MM)
    section.left_margin, section.right_margin = Mm(style.LEFT_MM), Mm(style.RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(style.TOP_MM), Mm(style.BOTTOM_MM)
    section.header_distance = section.footer_distance = Mm(11)

    styles = document.styles
    normal = styles["Normal"]
    _use_font(normal)
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for level, size, before in ((1, 15, 18), (2, 12.5, 12), (3, 11, 9)):
        heading = styles[f"Heading {level}"]
        _use_font(heading)
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.color.rgb = ACCENT if level < 3 else INK
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(4)
    for name, size in (("Title", 24), ("Subtitle", 13)):
        cover_style = styles[name]
        _use_font(cover_style)
        cover_style.font.size = Pt(size)
        cover_style.font.color.rgb = ACCENT if name == "Title" else INK
        cover_style.font.italic = False
        cover_style.font.bold = name == "Title"
        spacing = cover_style.element.rPr.find(qn("w:spacing"))
        if spacing is not None:  # the template spreads the subtitle's letters
            cover_style.element.rPr.remove(spacing)
    caption = styles["Caption"]
    _use_font(caption)
    caption.font.size = Pt(9)
    caption.font.color.rgb = INK
    caption.paragraph_format.keep_with_next = True
    caption.paragraph_format.space_after = Pt(3)

    for name, bold in ((TABLE_TEXT_STYLE, False), (TABLE_HEADING_STYLE, True)):
        cell_style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        cell_style.base_style = normal
        cell_style.font.size = Pt(TABLE_SIZE)
        cell_style.font.bold = bold
        cell_style.paragraph_format.space_after = Pt(0)
        cell_style.paragraph_format.line_spacing = 1.0


def _use_font(paragraph_style) -> None:  # noqa: ANN001 - a python-docx style
    """Set the style's typeface, dropping the template's theme fonts, which would win over it."""
    paragraph_style.font.name = FONT
    fonts = paragraph_style.element.rPr.find(qn("w:rFonts"))
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)


def _set_properties(document: WordDocument, report: Report) -> None:
    properties = document.core_properties
    metadata = {key.lower(): one_line(value) for key, value in report.metadata.items()}
    author = metadata.pop("author", None) or one_line(report.cover.organisation or "")
    properties.title = one_line(report.cover.title)
    properties.subject = metadata.pop("subject", None) or one_line(report.cover.scope)
    properties.author = author
    properties.last_modified_by = author
    properties.keywords = metadata.pop("keywords", "")
    properties.category = metadata.pop("category", "")
    made = dt.datetime.combine(report.cover.made_on, dt.time(), tzinfo=dt.timezone.utc)
    properties.created = properties.modified = made
    properties.revision = 1
    # The rest of the metadata; this also replaces the template's "generated by python-docx".
    properties.comments = "; ".join(f"{key}: {value}" for key, value in sorted(metadata.items()))


def _add_header_and_footer(document: WordDocument, report: Report) -> None:
    section = document.sections[0]
    # The cover has neither: Word shows the first page's (empty) header and footer there.
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section.first_page_footer.is_linked_to_previous = False
    header = section.header.paragraphs[0]
    header.text = ""
    if report.running_header:
        run = header.add_run(one_line(report.running_header))
        _small_muted(run)
        _rule(header, "bottom")

    # One tab stop, at the right margin, for the page number (the template's Footer style has
    # Letter-sized ones, which the paragraph's own would only add to).
    footer_tabs = document.styles["Footer"].paragraph_format.tab_stops
    footer_tabs.clear_all()
    footer_tabs.add_tab_stop(Pt(style.TEXT_WIDTH_PT), WD_TAB_ALIGNMENT.RIGHT)
    footer = section.footer.paragraphs[0]
    _rule(footer, "top")
    if report.confidential:
        mark = footer.add_run(f"{report.confidential_mark}  ")
        _small_muted(mark)
        mark.font.bold = True
        mark.font.color.rgb = CONFIDENTIAL
    if report.cover.organisation:
        _small_muted(footer.add_run(one_line(report.cover.organisation)))
    # "Page %1 of %2" in the report's language, its numbers Word's fields.
    before, rest = (report.page_label.split("%1", 1) + [""])[:2]
    between, after = (rest.split("%2", 1) + [""])[:2]
    _small_muted(footer.add_run("\t" + before))
    _add_field(footer, "PAGE", "2")
    _small_muted(footer.add_run(between))
    _add_field(footer, "NUMPAGES", "2")
    if after:
        _small_muted(footer.add_run(after))


def _small_muted(run) -> None:  # noqa: ANN001 - a python-docx Run
    run.font.size = Pt(7.5)
    run.font.color.rgb = MUTED


def _add_field(paragraph: WordParagraph, instruction: str, shown: str) -> None:
    """A field Word computes (PAGE, NUMPAGES), as the begin / instruction / separate / result /
    end runs Word itself writes; `shown` is what a reader that does not compute fields shows."""
    def run_with(child: etree._Element) -> None:
        run = paragraph.add_run()
        _small_muted(run)
        run._r.append(child)

    # (Word computes page fields whenever it lays pages out: no "dirty" flag, which would make it
    # ask on opening whether to update the document's fields.)
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    result = paragraph.add_run(shown)
    _small_muted(result)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _rule(paragraph: WordParagraph, side: str) -> None:
    """A thin rule along the paragraph's `side` ("top" or "bottom"), as in the PDF's margins."""
    borders = OxmlElement("w:pBdr")
    line = etree.SubElement(borders, qn(f"w:{side}"))
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "4"), ("w:color", RULE)):
        line.set(qn(key), value)
    _put(paragraph._p.get_or_add_pPr(), borders, _PARAGRAPH_PROPERTIES_ORDER)


# -- the content ------------------------------------------------------------------------------------

class _DocxBuilder:
    def __init__(self, document: WordDocument, progress: ProgressReporter, *, right_to_left: bool = False) -> None:
        self.document = document
        self.progress = progress
        self.right_to_left = right_to_left
        self._break_before = False

    def add_cover(self, report: Report) -> None:
        cover = report.cover
        title = self.document.add_paragraph(clean(cover.title), style="Title")
        title.paragraph_format.space_before = Pt(150)
        title.paragraph_format.space_after = Pt(10)
        _remove_borders(title)
        scope = self.document.add_paragraph(clean(cover.scope), style="Subtitle")
        scope.paragraph_format.space_after = Pt(6 if cover.documents else 24)
        for index, line in enumerate(cover.documents):
            document = self.document.add_paragraph()
            document.paragraph_format.space_after = Pt(24 if index == len(cover.documents) - 1 else 1)
            run = document.add_run(clean(line))
            run.font.size = Pt(10)
            run.font.color.rgb = MUTED
        if cover.organisation:
            organisation = self.document.add_paragraph()
            organisation.paragraph_format.space_after = Pt(2)
            run = organisation.add_run(clean(cover.organisation))
            run.font.bold = True
            run.font.size = Pt(11)
        date = self.document.add_paragraph()
        run = date.add_run(cover_date(cover))
        run.font.size = Pt(11)
        run.font.color.rgb = MUTED
        notices = [(text, False) for text in cover.notices]
        if report.confidential:
            notices.insert(0, (report.confidential_mark, True))
        if notices:
            self._notice_box(notices)
        self._break_before = True

    def _notice_box(self, notices: list[tuple[str, bool]]) -> None:
        table = self.document.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        cell = table.cell(0, 0)
        _set_cell_fill(cell._tc, NOTICE_FILL)
        _set_table_borders(table._tbl, NOTICE_BORDER, size="8", inner=False)
        _set_table_width(table._tbl, [TEXT_WIDTH_TWIPS])
        for index, (text, alarming) in enumerate(notices):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(4 if index == 0 else 0)
            paragraph.paragraph_format.space_after = Pt(4)
            run = paragraph.add_run(clean(text))
            if alarming:
                run.font.bold = True
                run.font.color.rgb = CONFIDENTIAL

    def add_blocks(self, blocks: tuple) -> None:
        for index, block in enumerate(blocks):
            self.progress.check_cancelled()
            self.progress.report(index, len(blocks), translate("ReportProgress", "Writing the report"))
            if isinstance(block, Heading):
                style = f"Heading {min(max(block.level, 1), 3)}"
                paragraph = self.document.add_paragraph(clean(block.text), style=style)
                self._take_page_break(paragraph)
            elif isinstance(block, Paragraph):
                paragraph = self.document.add_paragraph()
                run = paragraph.add_run(clean(block.text))
                if block.emphasis:
                    run.font.italic = True
                if block.small:
                    run.font.size = Pt(8)
                    run.font.color.rgb = MUTED
                self._take_page_break(paragraph)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, BarChart):
                self.chart(block)
            elif isinstance(block, PageBreak):
                self._break_before = True
            else:
                raise TypeError(f"a report cannot hold {type(block).__name__}")

    def _take_page_break(self, paragraph: WordParagraph) -> None:
        if self._break_before:
            paragraph.paragraph_format.page_break_before = True
            self._break_before = False

    def _break_paragraph_if_needed(self) -> None:
        """Tables and pictures cannot start a page themselves: an empty, tiny paragraph does."""
        if self._break_before:
            paragraph = self.document.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(0)
            _tiny(paragraph)
            self._take_page_break(paragraph)

    def table(self, table: Table) -> None:
        if table.caption:
            self._take_page_break(self.document.add_paragraph(clean(table.caption), style="Caption"))
        columns = len(table.columns)
        if columns == 0:
            return
        self._break_paragraph_if_needed()
        widths = _column_twips(table)
        word_table = self.document.add_table(rows=0, cols=columns)
        word_table.style = self.document.styles["Table Grid"]
        tbl = word_table._tbl
        _set_table_width(tbl, widths)
        _set_table_borders(tbl, RULE, size="4", inner=True)
        _set_cell_margins(tbl)
        # Rows are written as XML directly: python-docx's row and cell objects take quadratic
        # time over hundreds of rows.
        heading_style = self.document.styles[TABLE_HEADING_STYLE].style_id
        text_style = self.document.styles[TABLE_TEXT_STYLE].style_id
        tbl.append(_row_xml(table.columns, widths, heading_style, fill=HEADER_FILL, header=True))
        for index, row in enumerate(table.rows, start=1):
            if index % 200 == 0:
                self.progress.check_cancelled()
            cells = tuple(row[column] if column < len(row) else "" for column in range(columns))
            tbl.append(_row_xml(cells, widths, text_style, fill=ZEBRA_FILL if index % 2 == 0 else None,
                                keep_together=max(map(len, cells), default=0) <= UNSPLIT_ROW_MAX_CHARS))
        spacer = self.document.add_paragraph()  # Word joins two tables that touch
        spacer.paragraph_format.space_after = Pt(4)
        _tiny(spacer)

    def chart(self, chart: BarChart) -> None:
        for part in chart_parts(chart):
            title = self.document.add_paragraph(one_line(part.title), style="Caption")
            self._take_page_break(title)
            geometry = chart_geometry(part, CHART_WIDTH, with_title=False, largest=largest_value(chart))
            run = self.document.add_paragraph().add_run()
            picture = _png_bytes(chart_image(geometry, mirrored=self.right_to_left))
            shape = run.add_picture(io.BytesIO(picture), width=Pt(geometry.width))
            # What a screen reader says, and what survives if the picture is lost: the values.
            values = "; ".join(f"{bar.full_label}: {bar.value_text}" for bar in geometry.bars) or "no data"
            shape._inline.docPr.set("descr", f"{one_line(part.title)}. {values}")
            shape._inline.docPr.set("title", one_line(part.title))


def _png_bytes(image) -> bytes:  # noqa: ANN001 - a QImage
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode the chart as PNG")
    return bytes(buffer.data().data())


def _column_twips(table: Table) -> list[int]:
    # Measured in the PDF's typeface, a little wider than Word's: a safe side.
    shares = column_shares(table, style.TEXT_WIDTH_PT, word_measure(TABLE_SIZE))
    return [round(TEXT_WIDTH_TWIPS * share) for share in shares]


def _row_xml(cells: tuple[str, ...], widths: list[int], style_id: str, *, fill: str | None,
             header: bool = False, keep_together: bool = True) -> etree._Element:
    """A table row (w:tr) of `cells`, each a paragraph of the style `style_id` per line."""
    tr = OxmlElement("w:tr")
    tr_properties = OxmlElement("w:trPr")
    if keep_together:
        tr_properties.append(OxmlElement("w:cantSplit"))
    if header:
        tr_properties.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
    tr.append(tr_properties)
    for text, width in zip(cells, widths):
        tc = etree.SubElement(tr, qn("w:tc"))
        tc_properties = etree.SubElement(tc, qn("w:tcPr"))
        tc_width = etree.SubElement(tc_properties, qn("w:tcW"))
        tc_width.set(qn("w:w"), str(width))
        tc_width.set(qn("w:type"), "dxa")
        if fill:
            _append_fill(tc_properties, fill)
        for line in (clean(text).split("\n") or [""]):
            p = etree.SubElement(tc, qn("w:p"))
            p_properties = etree.SubElement(p, qn("w:pPr"))
            etree.SubElement(p_properties, qn("w:pStyle")).set(qn("w:val"), style_id)
            if line:
                r = etree.SubElement(p, qn("w:r"))
                _append_text(r, line)
    return tr


def _append_text(run: etree._Element, text: str) -> None:
    """Text into a run, tabs as Word's tab elements."""
    for index, piece in enumerate(text.split("\t")):
        if index:
            etree.SubElement(run, qn("w:tab"))
        if piece:
            t = etree.SubElement(run, qn("w:t"))
            t.text = piece
            if piece != piece.strip():
                t.set(qn("xml:space"), "preserve")


def _append_fill(tc_properties: etree._Element, fill: str) -> None:
    shading = etree.SubElement(tc_properties, qn("w:shd"))
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)


def _set_cell_fill(tc: etree._Element, fill: str) -> None:
    _append_fill(tc.get_or_add_tcPr(), fill)


def _set_table_width(tbl: etree._Element, widths: list[int]) -> None:
    """A fixed layout of the given column widths (twips): Word and LibreOffice then agree."""
    properties = tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(widths)))
    width.set(qn("w:type"), "dxa")
    _put(properties, width, _TABLE_PROPERTIES_ORDER)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _put(properties, layout, _TABLE_PROPERTIES_ORDER)
    grid = tbl.tblGrid
    for column in list(grid):
        grid.remove(column)
    for value in widths:
        etree.SubElement(grid, qn("w:gridCol")).set(qn("w:w"), str(value))
    for row in tbl.iter(qn("w:tr")):
        for tc, value in zip(row.iter(qn("w:tc")), widths):
            tc_width = tc.get_or_add_tcPr().get_or_add_tcW()
            tc_width.set(qn("w:w"), str(value))
            tc_width.set(qn("w:type"), "dxa")


def _set_table_borders(tbl: etree._Element, colour: str, *, size: str, inner: bool) -> None:
    borders = OxmlElement("w:tblBorders")
    sides = ("top", "left", "bottom", "right") + (("insideH", "insideV") if inner else ())
    for side in sides:
        element = etree.SubElement(borders, qn(f"w:{side}"))
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), size)
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), colour)
    _put(tbl.tblPr, borders, _TABLE_PROPERTIES_ORDER)


def _set_cell_margins(tbl: etree._Element) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side, twips in (("top", 50), ("left", 85), ("bottom", 50), ("right", 85)):
        element = etree.SubElement(margins, qn(f"w:{side}"))
        element.set(qn("w:w"), str(twips))
        element.set(qn("w:type"), "dxa")
    _put(tbl.tblPr, margins, _TABLE_PROPERTIES_ORDER)


def _remove_borders(paragraph: WordParagraph) -> None:
    """The template's Title has a rule under it; the cover has its own layout."""
    borders = OxmlElement("w:pBdr")
    etree.SubElement(borders, qn("w:bottom")).set(qn("w:val"), "nil")
    _put(paragraph._p.get_or_add_pPr(), borders, _PARAGRAPH_PROPERTIES_ORDER)


def _tiny(paragraph: WordParagraph) -> None:
    paragraph.paragraph_format.line_spacing = Pt(2)
    paragraph.paragraph_format.space_before = Pt(0)
