"""The report writers: a Report written as PDF, Word and HTML, read back as a reader would."""

from __future__ import annotations

import datetime as dt
import html.parser
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from upr_tracker.reports.document import (Bar, BarChart, Cover, Heading, PageBreak, Paragraph, Report,
                                          ReportFormat, Table)

RUSSIAN = "Примечание: мораторий на смертную казнь продлён"
ACCENTED = "Égalité, Côte d'Ivoire, São Tomé"
MARKUP = "Kazakhstan answered 26 of them <script>alert(1)</script> & kept the rest pending."
TITLE = "Country brief: Kazakhstan"
ORGANISATION = "Kazakhstan International Bureau for Human Rights"
NOTICES = ("Contains confidential notes: do not share outside the organisation.",
           "Positions as recorded on 12 March 2025.")
RUNNING_HEADER = "Kazakhstan · UPR cycle 1 · Country brief"
COLUMNS = ("No.", "Recommendation", "Position", "Recommending States")
ROW_COUNT = 150


def recommendation_rows(count: int, length: int = 160) -> tuple[tuple[str, ...], ...]:
    text = ("Ratify the Second Optional Protocol to the International Covenant on Civil and Political "
            "Rights, aiming at the abolition of the death penalty, and commute all death sentences. ")
    return tuple((f"R-{index:03d}", (text * 3)[:length] + f" [{index}]",
                  ("Supported", "Noted", "Partially supported")[index % 3], "France; Brazil; São Tomé")
                 for index in range(1, count + 1))


def sample_report(rows: int = ROW_COUNT) -> Report:
    return Report(
        cover=Cover(title=TITLE, scope="Universal Periodic Review, cycle 1 (session 7, February 2010)",
                    made_on=dt.date(2025, 3, 12), organisation=ORGANISATION, notices=NOTICES),
        blocks=(
            Heading("1. Summary", 1),
            Paragraph(MARKUP),
            Paragraph(RUSSIAN, emphasis=True),
            Paragraph(ACCENTED, small=True),
            BarChart("Positions", (Bar("Supported", 98, "#2E7D4F"), Bar("Noted", 14, "#B23A3A"),
                                   Bar("Partially supported", 6), Bar("Pending", 0))),
            Heading("1.1 Themes", 2),
            BarChart("Recommendations by theme", (Bar("Death penalty", 12), Bar("Torture", 30),
                                                  Bar("Freedom of expression", 7))),
            Heading("Reading the table", 3),
            Paragraph("Form feeds\x0c and NULs\x00 from badly extracted PDFs are dropped."),
            PageBreak(),
            Heading("2. Recommendations", 1),
            Table(COLUMNS, recommendation_rows(rows), widths=(10, 55, 15, 20),
                  caption="Table 1. Recommendations and positions"),
            Heading("3. Milestones", 1),
            Paragraph("No milestone recorded yet.", emphasis=True),
        ),
        running_header=RUNNING_HEADER,
        confidential=True,
        metadata={"keywords": "UPR; Kazakhstan"},
    )


def words(text: str) -> str:
    """Text with its runs of white space made single spaces (PDF extraction splits words)."""
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def gui_application(qapp):  # noqa: ANN001, ANN201 - the QApplication the window would have
    return qapp


@pytest.fixture(scope="module")
def report() -> Report:
    return sample_report()


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory, report: Report, qapp):  # noqa: ANN001, ANN201
    from pypdf import PdfReader

    from upr_tracker.reports.pdf_writer import write_pdf

    path = tmp_path_factory.mktemp("pdf") / "brief.pdf"
    write_pdf(report, path)
    return PdfReader(path)


@pytest.fixture(scope="module")
def pdf_pages(pdf) -> list[str]:  # noqa: ANN001
    return [words(page.extract_text()) for page in pdf.pages]


@pytest.fixture(scope="module")
def docx_path(tmp_path_factory: pytest.TempPathFactory, report: Report, qapp) -> Path:  # noqa: ANN001
    from upr_tracker.reports.docx_writer import write_docx

    path = tmp_path_factory.mktemp("docx") / "brief.docx"
    write_docx(report, path)
    return path


@pytest.fixture(scope="module")
def word(docx_path: Path):  # noqa: ANN201
    import docx

    return docx.Document(str(docx_path))


# -- PDF -------------------------------------------------------------------------------------------

def test_pdf_starts_with_a_cover_page_and_continues_on_the_next(pdf_pages: list[str]) -> None:
    assert len(pdf_pages) > 2
    cover = pdf_pages[0]
    for text in (TITLE, ORGANISATION, "12 March 2025", "CONFIDENTIAL", *NOTICES):
        assert text in cover
    assert "1. Summary" not in cover
    assert pdf_pages[1].startswith(f"{RUNNING_HEADER} 1. Summary") or pdf_pages[1].startswith("1. Summary")


def test_pdf_text_is_extracted_as_written(pdf_pages: list[str]) -> None:
    everything = " ".join(pdf_pages)
    assert RUSSIAN in everything
    assert ACCENTED in everything
    # Markup in a document is text, printed as it is.
    assert words(MARKUP) in everything
    assert "Form feeds and NULs from badly extracted PDFs are dropped." in everything
    assert "\x00" not in everything


def test_pdf_table_spans_pages_with_its_header_on_each(pdf_pages: list[str]) -> None:
    pages_with_rows = [number for number, text in enumerate(pdf_pages) if re.search(r"R-\d{3}", text)]
    assert len(pages_with_rows) >= 3
    assert pages_with_rows == list(range(pages_with_rows[0], pages_with_rows[-1] + 1))
    for number in pages_with_rows:
        assert "No. Recommendation Position Recommending States" in pdf_pages[number], number
    # every row, once
    found = re.findall(r"R-(\d{3})", " ".join(pdf_pages))
    assert [int(n) for n in found] == list(range(1, ROW_COUNT + 1))


def test_pdf_keeps_each_row_whole_on_one_page(pdf_pages: list[str]) -> None:
    for index in range(1, ROW_COUNT + 1):
        [page] = [number for number, text in enumerate(pdf_pages) if f"R-{index:03d}" in text]
        assert f"[{index}]" in pdf_pages[page], f"row {index} continues on the next page"


def test_pdf_pages_after_the_cover_have_running_header_and_page_numbers(pdf_pages: list[str]) -> None:
    total = len(pdf_pages)
    assert "Page 1 of" not in pdf_pages[0] and RUNNING_HEADER not in pdf_pages[0]
    for number, text in enumerate(pdf_pages[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert RUNNING_HEADER in text
        assert "CONFIDENTIAL" in text  # a page torn from the rest still says so


def test_pdf_page_break_starts_a_new_page(pdf_pages: list[str]) -> None:
    [page] = [n for n, text in enumerate(pdf_pages) if "2. Recommendations" in text]
    assert "Reading the table" in pdf_pages[page - 1]
    assert "Reading the table" not in pdf_pages[page]


def test_pdf_fonts_are_embedded(pdf) -> None:  # noqa: ANN001
    descriptors = []
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptors.append(descendant.get_object()["/FontDescriptor"].get_object())
    assert descriptors
    assert all({"/FontFile", "/FontFile2", "/FontFile3"} & set(d.keys()) for d in descriptors)


def test_pdf_charts_are_vector_drawings_with_their_labels_and_values(pdf, pdf_pages: list[str]) -> None:  # noqa: ANN001
    for page in pdf.pages:
        objects = page["/Resources"].get("/XObject") or {}
        assert not [name for name, xobject in objects.items() if xobject.get_object().get("/Subtype") == "/Image"]
    summary = pdf_pages[1]
    for text in ("Positions", "Supported 98", "Noted 14", "Partially supported 6", "Pending 0",
                 "Recommendations by theme", "Torture 30"):
        assert text in summary


def test_pdf_properties_name_the_report(pdf) -> None:  # noqa: ANN001
    assert pdf.metadata.title == TITLE
    assert pdf.metadata.creator.startswith("UPR Tracker")
    assert pdf.metadata.author == ORGANISATION


def test_pdf_keeps_a_heading_with_the_text_it_introduces() -> None:
    from upr_tracker.reports.text_document import lay_out_report

    line = "A line of filler text."
    for filler in range(25, 45):  # one of them leaves the heading alone at the foot of page 2
        blocks = tuple(Paragraph(line) for _ in range(filler)) + (Heading("Followed", 2), Paragraph("Its text."))
        laid_out = lay_out_report(Report(Cover("T", "S", dt.date(2025, 1, 1)), blocks))
        document, layout = laid_out.document, laid_out.document.documentLayout()
        page_height = laid_out.page.body_size_px.height()
        heading = document.find("Followed").block()
        text = heading.next()
        assert text.text() == "Its text."
        assert (layout.blockBoundingRect(heading).top() // page_height
                == layout.blockBoundingRect(text).top() // page_height), filler


def test_pdf_keeps_rows_whole_and_headings_with_their_tables_in_a_report_of_many_tables() -> None:
    # Pagination is mended while the document grows: each table is mended with the document
    # ending at it, and what comes after it must not undo that.
    from upr_tracker.reports.text_document import lay_out_report

    blocks: list = [Heading("Recommendations by theme", 1)]
    for number, rows in enumerate((7, 23, 3, 41, 12, 30, 5, 18), start=1):
        blocks += [Heading(f"Theme {number}", 2),
                   Table(COLUMNS, recommendation_rows(rows, length=120 + 40 * (number % 3)),
                         widths=(10, 55, 15, 20), caption=f"Table {number}")]
    laid_out = lay_out_report(Report(Cover("T", "S", dt.date(2025, 1, 1)), tuple(blocks)))
    document, layout = laid_out.document, laid_out.document.documentLayout()
    page_height = laid_out.page.body_size_px.height()

    def page_of(block, *, bottom: bool = False) -> int:  # noqa: ANN001
        rect = layout.blockBoundingRect(block)
        return int(((rect.bottom() - 0.5) if bottom else rect.top()) // page_height)

    assert laid_out.page_count > 4
    rows_seen = 0
    cursor = document.find("R-")
    while not cursor.isNull():
        first = cursor.block()                  # the row's number
        last = document.find("]", cursor).block()   # the end of its recommendation's text
        assert page_of(first) == page_of(last, bottom=True), first.text()
        rows_seen += 1
        cursor = document.find("R-", cursor)
    assert rows_seen == 7 + 23 + 3 + 41 + 12 + 30 + 5 + 18
    for number in range(1, 9):
        heading = document.find(f"Theme {number}").block()
        caption = document.find(f"Table {number}").block()
        first_row = document.find("R-001", caption.position()).block()
        assert page_of(heading) == page_of(caption) == page_of(first_row), number


def test_rows_are_measured_as_the_report_lays_them_out_without_pages() -> None:
    from upr_tracker.reports.pagination import row_advances
    from upr_tracker.reports.text_document import PageGeometry, lay_out_report, natural_row_advances

    table = Table(COLUMNS, recommendation_rows(12, length=200), widths=(10, 55, 15, 20), caption="Table 1")
    # A page taller than the whole report: the report's own layout, with no page cutting a row.
    tall = PageGeometry(height=20000.0)
    laid_out = lay_out_report(Report(Cover("T", "S", dt.date(2025, 1, 1)), (Heading("H", 1), table)), page=tall)
    [in_report] = [frame for frame in laid_out.document.rootFrame().childFrames()
                   if frame.lastPosition() > laid_out.document.find("R-001").position()]
    measured = natural_row_advances(table, tall.body.width(), tall.body_size_px.width())
    assert len(measured) == 13
    assert measured == pytest.approx(row_advances(laid_out.document.documentLayout(), in_report), abs=0.01)
    assert min(measured[1:]) > measured[0] / 2 > 0


def test_render_pages_paints_the_pdf_pages(pdf, report: Report) -> None:  # noqa: ANN001
    from upr_tracker.reports.pdf_writer import render_pages

    images = render_pages(report, 400)
    assert len(images) == len(pdf.pages)
    assert {image.width() for image in images} == {400}
    assert {image.height() for image in images} == {round(400 * 297 / 210)}
    for image in images[:3]:
        scaled = image.scaled(40, 57)
        dark = sum(1 for x in range(40) for y in range(57) if scaled.pixelColor(x, y).lightness() < 200)
        assert dark > 0


def test_a_failed_pdf_leaves_the_earlier_file_alone(tmp_path: Path, report: Report) -> None:
    from upr_tracker.reports.pdf_writer import write_pdf

    class StopAtPageThree:
        def report(self, done: int, total: int, text: str = "") -> None:
            if text.startswith("Writing page 3"):
                raise KeyboardInterrupt("stop")

        def check_cancelled(self) -> None:
            pass

    path = tmp_path / "brief.pdf"
    path.write_bytes(b"the earlier report")
    with pytest.raises(KeyboardInterrupt):
        write_pdf(report, path, progress=StopAtPageThree())
    assert path.read_bytes() == b"the earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.pdf"]


def test_odd_content_is_written_whole(tmp_path: Path) -> None:
    """Empty tables and charts, ragged rows, an unbreakable link, a row longer than a page and a
    chart of more bars than a page holds."""
    from pypdf import PdfReader

    from upr_tracker.reports.docx_writer import write_docx
    from upr_tracker.reports.pdf_writer import write_pdf

    unbreakable = "https://example.org/" + "x" * 300
    long_text = " ".join(f"word{index}" for index in range(1500))
    states = tuple(Bar(f"State {index:02d}", index) for index in range(1, 81))
    report = Report(
        cover=Cover("Odd", "Empty things", dt.date(2025, 1, 1)),
        blocks=(Table(("Only",), ()), Table(("A", "B"), (("one",), ("1", "2", "3"))),
                BarChart("Nothing yet", ()), Table(("Link", "Note"), ((unbreakable, "short"),), widths=(1, 1)),
                Paragraph(""), Table(("No.", "Text"), (("1", "short"), ("2", long_text), ("3", "after"))),
                BarChart("By recommending State", states)),
    )
    write_pdf(report, tmp_path / "odd.pdf")
    write_docx(report, tmp_path / "odd.docx")
    pages = [words(page.extract_text()) for page in PdfReader(tmp_path / "odd.pdf").pages]
    text = " ".join(pages)
    assert "No data" in text
    assert "x" * 40 in text.replace(" ", "")
    assert "word0 word1" in text and "word1499" in text and "after" in text
    assert all(f"State {index:02d} {index}" in text for index in range(1, 81))
    assert text.count("By recommending State (continued)") == 2
    assert all(page.strip() for page in pages)  # no blank page

    import docx

    assert len(docx.Document(str(tmp_path / "odd.docx")).inline_shapes) == 1 + 3


# -- Word ------------------------------------------------------------------------------------------

def test_docx_uses_heading_styles(word) -> None:  # noqa: ANN001
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [("Heading 1", "1. Summary"), ("Heading 2", "1.1 Themes"), ("Heading 3", "Reading the table"),
                        ("Heading 1", "2. Recommendations"), ("Heading 1", "3. Milestones")]


def test_docx_cover_comes_first_then_a_page_break(word) -> None:  # noqa: ANN001
    title = word.paragraphs[0]
    assert title.style.name == "Title" and title.text == TITLE
    summary = next(p for p in word.paragraphs if p.text == "1. Summary")
    assert summary.paragraph_format.page_break_before
    recommendations = next(p for p in word.paragraphs if p.text == "2. Recommendations")
    assert recommendations.paragraph_format.page_break_before
    notices = word.tables[0]
    assert [p.text for p in notices.cell(0, 0).paragraphs] == ["CONFIDENTIAL", *NOTICES]


def test_docx_table_holds_the_report_rows(word, report: Report) -> None:  # noqa: ANN001
    [table] = [t for t in word.tables if t.rows[0].cells[0].text == "No."]
    expected = report.blocks[11]
    assert isinstance(expected, Table)
    cells = [tuple(cell.text for cell in row.cells) for row in table.rows]
    assert cells[0] == COLUMNS
    assert cells[1:] == list(expected.rows)
    assert table.style.name == "Table Grid"
    widths = [column.width for column in table.columns]
    assert widths[1] > 5 * widths[0] * 0.9  # 55 : 10


def test_docx_header_row_repeats_on_each_page(word) -> None:  # noqa: ANN001
    from docx.oxml.ns import qn

    [table] = [t for t in word.tables if t.rows[0].cells[0].text == "No."]
    rows = table._tbl.tr_lst
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(row.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])


def test_docx_rows_stay_whole_on_a_page(word) -> None:  # noqa: ANN001
    from docx.oxml.ns import qn

    [table] = [t for t in word.tables if t.rows[0].cells[0].text == "No."]
    assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in table._tbl.tr_lst)


def test_docx_footer_counts_pages_and_the_cover_has_none(word) -> None:  # noqa: ANN001
    from lxml import etree

    section = word.sections[0]
    footer = etree.tostring(section.footer._element, encoding="unicode")
    instructions = [text.strip() for text in re.findall(r"<w:instrText[^>]*>([^<]*)<", footer)]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Page" in section.footer.paragraphs[0].text and "CONFIDENTIAL" in section.footer.paragraphs[0].text
    assert section.header.paragraphs[0].text == RUNNING_HEADER
    assert section.different_first_page_header_footer
    assert all(not p.text for p in section.first_page_header.paragraphs)
    assert all(not p.text for p in section.first_page_footer.paragraphs)
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_docx_text_is_kept_as_written(word) -> None:  # noqa: ANN001
    texts = [p.text for p in word.paragraphs]
    assert MARKUP in texts and RUSSIAN in texts and ACCENTED in texts
    assert "Form feeds\n and NULs from badly extracted PDFs are dropped." in texts


def test_docx_charts_are_pictures_described_by_their_values(word, docx_path: Path) -> None:  # noqa: ANN001
    assert len(word.inline_shapes) == 2
    descriptions = [shape._inline.docPr.get("descr") for shape in word.inline_shapes]
    assert descriptions[0] == "Positions. Supported: 98; Noted: 14; Partially supported: 6; Pending: 0"
    captions = [p.text for p in word.paragraphs if p.style.name == "Caption"]
    assert "Positions" in captions and "Recommendations by theme" in captions
    with zipfile.ZipFile(docx_path) as package:
        pictures = [name for name in package.namelist() if name.startswith("word/media/")]
        assert len(pictures) == 2
        assert all(package.read(name).startswith(b"\x89PNG") for name in pictures)


def test_docx_properties_name_the_report(word) -> None:  # noqa: ANN001
    properties = word.core_properties
    assert properties.title == TITLE
    assert properties.author == ORGANISATION
    assert properties.keywords == "UPR; Kazakhstan"
    assert properties.created.date() == dt.date(2025, 3, 12)


# -- column widths ---------------------------------------------------------------------------------

def test_columns_are_widened_to_their_longest_word_at_the_expense_of_roomy_ones() -> None:
    from upr_tracker.reports.column_widths import CELL_PADDING, column_shares

    def measure(text: str, bold: bool) -> float:
        return len(text) * (6.0 if bold else 5.0)

    table = Table(("Implementation", "Recommendation", "Note"),
                  (("Supported", "To ratify the Convention against Torture " * 4, "—"),), widths=(1, 6, 3))
    widths = [share * 500 for share in column_shares(table, 500, measure)]
    assert sum(widths) == pytest.approx(500)
    assert widths[0] == pytest.approx(measure("Implementation", True) + CELL_PADDING)  # 50 asked, 94 needed
    assert widths[1] == pytest.approx(300)  # the long text keeps its width: the note's dash needs little
    assert widths[2] == pytest.approx(150 - 44)
    # When every column has long lines, those with room to spare give in proportion to that room.
    squeezed = Table(table.columns, (("Supported", "To ratify the Convention " * 4,
                                      "A note about what ratification would need"),), widths=(1, 6, 3))
    widths = [share * 500 for share in column_shares(squeezed, 500, measure)]
    assert widths[0] == pytest.approx(94) and widths[1] < 300 and widths[2] < 150
    # Requested widths that fit are kept.
    roomy = Table(("A", "B"), (("x", "y"),), widths=(1, 3))
    assert column_shares(roomy, 400, measure) == pytest.approx([0.25, 0.75])


# -- HTML ------------------------------------------------------------------------------------------

class _TagBalance(html.parser.HTMLParser):
    VOID = {"meta", "col", "br", "img", "link", "hr", "rect", "line"}

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.problems: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


def test_html_is_standalone_escaped_and_well_formed(report: Report) -> None:
    from upr_tracker.reports.html_writer import render_html

    text = render_html(report)
    assert text.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in text
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; kept the rest" in text
    assert RUSSIAN in text and html.escape(ACCENTED) in text
    assert "\x00" not in text and "\x0c" not in text
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", text)  # nothing fetched from outside
    balance = _TagBalance()
    balance.feed(text)
    assert balance.problems == [] and balance.open == []
    assert balance.tags.count("h1") == 1  # the cover's title


def test_html_tables_repeat_their_header_when_printed(report: Report) -> None:
    from upr_tracker.reports.html_writer import render_html

    text = render_html(report)
    assert text.count("<thead>") == 1
    header = re.search(r"<thead><tr>(.*?)</tr></thead>", text).group(1)
    assert re.findall(r"<th scope=\"col\">(.*?)</th>", header) == list(COLUMNS)
    body = re.search(r"<tbody>(.*?)</tbody>", text, re.S).group(1)
    assert body.count("<tr>") == ROW_COUNT
    assert "display: table-header-group" in text
    assert '<col style="width:55.00%">' in text


def test_html_charts_are_inline_svg(report: Report) -> None:
    from upr_tracker.reports.html_writer import render_html

    text = render_html(report)
    svgs = re.findall(r"<svg.*?</svg>", text, re.S)
    assert len(svgs) == 2
    assert svgs[0].count("<rect") == 3  # "Pending" is 0: no bar, but its label and value
    assert ">Pending</text>" in svgs[0] and 'font-weight="bold">0</text>' in svgs[0]
    assert 'fill="#2E7D4F"' in svgs[0]
    assert "<img" not in text


def test_html_running_header_cannot_break_out_of_the_style(tmp_path: Path) -> None:
    from upr_tracker.reports.html_writer import render_html, write_html

    hostile = Report(Cover('A "title"', "scope", dt.date(2025, 1, 1)), (Paragraph("x"),),
                     running_header='Brief"; } </style><script>alert(1)</script>')
    text = render_html(hostile)
    assert text.count("</style>") == 1 and "<script" not in text
    write_html(hostile, tmp_path / "brief.html")
    assert (tmp_path / "brief.html").read_text(encoding="utf-8") == text


# -- one entry point, and Qt on the command line ---------------------------------------------------

@pytest.mark.parametrize(("fmt", "signature"), [(ReportFormat.PDF, b"%PDF-"), (ReportFormat.DOCX, b"PK\x03\x04"),
                                                (ReportFormat.HTML, b"<!DOCTYPE html>")])
def test_write_report_writes_each_format(tmp_path: Path, fmt: ReportFormat, signature: bytes) -> None:
    from upr_tracker.reports.writers import write_report

    path = tmp_path / f"brief.{fmt.value}"
    write_report(sample_report(rows=5), path, fmt)
    assert path.read_bytes().startswith(signature)


def test_gui_application_is_reused_when_the_window_has_one(qapp) -> None:  # noqa: ANN001
    from upr_tracker.reports.qt_setup import ensure_gui_application

    assert ensure_gui_application() is qapp
    assert ensure_gui_application() is qapp


def test_the_command_line_gets_an_offscreen_gui_application(tmp_path: Path) -> None:
    script = (
        "import datetime as dt, sys\n"
        "from upr_tracker.reports.document import Cover, Paragraph, Report, ReportFormat\n"
        "from upr_tracker.reports.qt_setup import ensure_gui_application\n"
        "from upr_tracker.reports.writers import write_report\n"
        "first = ensure_gui_application()\n"
        "assert ensure_gui_application() is first\n"
        "report = Report(Cover('T', 'S', dt.date(2025, 1, 1)), (Paragraph('Текст'),))\n"
        "write_report(report, sys.argv[1], ReportFormat.PDF)\n"
        "print(first.platformName())\n"
    )
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    environment.pop("DISPLAY", None)
    environment.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "cli.pdf")], env=environment,
                          capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    if sys.platform not in ("win32", "darwin"):
        assert done.stdout.strip() == "offscreen"
    assert (tmp_path / "cli.pdf").read_bytes().startswith(b"%PDF-")
