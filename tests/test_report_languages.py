"""Reports in the six UN languages: headings, words, dates and numbers in the report's language,
Arabic from right to left (PDF, Word, HTML), the Arabic and Chinese fonts embedded, the command
line's --language and the report dialog's choice.

The test builds its own catalogue of each language from a few of the reports' messages (compiled
with Qt's lrelease, read as the app reads its catalogues), so that it does not depend on the
shipped catalogues' state; they hold the same words."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document
from docx.oxml.ns import qn
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream
from PySide6.QtCore import QLocale, QTranslator

from upr_tracker.cli.main import main
from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.i18n.catalogs import Words
from upr_tracker.i18n.languages import LANGUAGE_CODES
from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
from upr_tracker.reports.document import Report, ReportFormat
from upr_tracker.reports.html_writer import render_html
from upr_tracker.reports.language import date_text, partial_date_text, words_for
from upr_tracker.reports.qt_setup import ensure_gui_application
from upr_tracker.reports.writers import write_report
from upr_tracker.services.demo import build_demo_database
from upr_tracker.storage.database import Database

MADE_ON = dt.date(2025, 3, 12)

# Per language: the title, the first heading, a position and the footer's page numbers.
MESSAGES = {
    ("CountryBrief", "Country brief: %1"): {
        "ar": "موجز قطري: %1", "zh": "国别简报：%1", "fr": "Note d'information par pays : %1",
        "ru": "Справка по стране: %1", "es": "Nota informativa sobre el país: %1"},
    ("CountryBrief", "Summary"): {"ar": "موجز", "zh": "概要", "fr": "Résumé", "ru": "Резюме", "es": "Resumen"},
    ("CountryBrief", "Recommendations by position"): {
        "ar": "التوصيات حسب الموقف", "zh": "按立场分列的建议", "fr": "Recommandations par position",
        "ru": "Рекомендации в разбивке по позициям", "es": "Recomendaciones por posición"},
    ("CountryBrief", "%n recommendation(s)"): {
        "ar": "عدد التوصيات: %n", "zh": "%n 项建议", "fr": "Recommandations : %n", "ru": "Рекомендаций: %n",
        "es": "Recomendaciones: %n"},
    ("Position", "Supported"): {"ar": "مؤيَّدة", "zh": "支持", "fr": "Appuyée", "ru": "Поддержана", "es": "Apoyada"},
    ("ReportFrame", "Page %1 of %2"): {
        "ar": "الصفحة %1 من %2", "zh": "第 %1 页，共 %2 页", "fr": "Page %1 sur %2", "ru": "Страница %1 из %2",
        "es": "Página %1 de %2"},
}
TITLE = {"ar": "موجز قطري", "zh": "国别简报", "fr": "Note d'information par pays", "ru": "Справка по стране",
         "es": "Nota informativa sobre el país", "en": "Country brief"}
SUMMARY = {"ar": "موجز", "zh": "概要", "fr": "Résumé", "ru": "Резюме", "es": "Resumen", "en": "Summary"}
SUPPORTED = {"ar": "مؤيَّدة", "zh": "支持", "fr": "Appuyée", "ru": "Поддержана", "es": "Apoyada", "en": "Supported"}
# The month of the report's date (12 March 2025) as each language writes the day.
MADE_ON_TEXT = {"ar": "مارس", "zh": "2025年3月12日", "fr": "12 mars 2025", "ru": "12 марта 2025",
                "es": "12 de marzo de 2025", "en": "12 March 2025"}


class CatalogueWords(Words):
    """A language's words from a catalogue of one's own (a compiled .qm), the shipped one behind it."""

    def __init__(self, code: str, compiled: Path) -> None:
        super().__init__(code)
        self._own = QTranslator()
        assert self._own.load(str(compiled)), compiled

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self._own.translate(context, text, disambiguation, n)
        if not found:
            return super().translate(context, text, disambiguation, n)
        return found.replace("%n", self.locale.toString(n)) if n >= 0 else found


def compiled_catalogue(code: str, folder: Path) -> Path:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease (PySide6's Qt Linguist tools) is needed to compile a catalogue")
    contexts: dict[str, list[str]] = {}
    for (context, source), translations in MESSAGES.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translations[code])}</translation></message>")
    ts = folder / f"reports_{code}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  f'<TS version="2.1" language="{code}">\n'
                  + "".join(f"<context><name>{name}</name>{''.join(messages)}</context>\n"
                            for name, messages in contexts.items()) + "</TS>\n", encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path)
    return path


@pytest.fixture(scope="module")
def demo_db(demo_path: Path) -> Iterator[Database]:
    database = Database.open(demo_path, actor="tester")
    yield database
    database.close()


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Words]:
    folder = tmp_path_factory.mktemp("catalogues")
    words = {code: CatalogueWords(code, compiled_catalogue(code, folder)) for code in LANGUAGE_CODES if code != "en"}
    return {**words, "en": words_for("en")}


def country_brief(db: Database, words: Words, **fields) -> Report:
    request = ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1, made_on=MADE_ON,
                            language=words.language.code, **fields)
    return build_report(db, request, words=words)


def pdf_fonts(path: Path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            found.add(str(font.get_object()["/BaseFont"]))
    return found


def _unicode_map(font) -> dict[int, str]:  # noqa: ANN001 - a pypdf font dictionary
    """Glyph code → text, from the font's ToUnicode CMap (bfchar and bfrange entries)."""
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    mapping: dict[int, str] = {}

    def text(hex_text: str) -> str:
        return bytes.fromhex(hex_text).decode("utf-16-be")

    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for start, end, target in re.findall(r"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", block):
            first, last = int(start, 16), int(end, 16)
            if target.startswith("["):
                for offset, item in enumerate(re.findall(r"<(\w+)>", target)):
                    mapping[first + offset] = text(item)
            else:
                base = int(target[1:-1], 16)
                for code in range(first, last + 1):
                    mapping[code] = chr(base + code - first)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in re.findall(r"<(\w+)>\s*<(\w+)>", block):
            mapping[int(code, 16)] = text(target)
    return mapping


def stream_text(path: Path) -> str:
    """The PDF's text in the order its pages' content streams write it, shaped letters read as
    the letters they are (NFKC): the order a screen reader, a search or a copy follows."""
    reader = PdfReader(path)
    pieces = []
    for page in reader.pages:
        fonts = {name: _unicode_map(font.get_object()) for name, font in page["/Resources"]["/Font"].items()}
        current: dict[int, str] = {}
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts.get(operands[0], {})
            elif operator in (b"Tj", b"TJ"):
                strings = operands[0] if operator == b"TJ" else [operands[0]]
                for string in strings:
                    if isinstance(string, str):
                        # (pypdf decodes some glyph codes, such as the mark of a suggested theme in
                        # a Chinese font's, to characters outside Latin-1: its bytes as written)
                        raw = string.original_bytes if hasattr(string, "original_bytes") else string.encode("latin-1")
                    elif isinstance(string, bytes):
                        raw = bytes(string)
                    else:  # a TJ array's spacing
                        continue
                    pieces.append("".join(current.get(int.from_bytes(raw[i:i + 2], "big"), "")
                                          for i in range(0, len(raw) - 1, 2)))
            elif operator == b"ET":
                pieces.append(" ")
    # (Qt maps its space glyph to a tab)
    return " ".join(unicodedata.normalize("NFKC", "".join(pieces)).split())


def docx_text(path: Path) -> str:
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


# --- the six languages ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_country_brief_in_each_language(code: str, demo_db: Database, catalogues: dict[str, Words],
                                          tmp_path: Path) -> None:
    ensure_gui_application()
    report = country_brief(demo_db, catalogues[code])
    assert report.language == code and report.right_to_left == (code == "ar")
    assert report.cover.title.startswith(TITLE[code])
    pdf, docx = tmp_path / "brief.pdf", tmp_path / "brief.docx"
    write_report(report, pdf, ReportFormat.PDF)
    write_report(report, docx, ReportFormat.DOCX)

    written = docx_text(docx)
    for words in (TITLE[code], SUMMARY[code], SUPPORTED[code], MADE_ON_TEXT[code]):
        assert words in written, words
    # The recommendations stay as the UN documents wrote them.
    assert "To sign and ratify the Optional Protocol to the International Covenant" in written

    text = stream_text(pdf)
    # (Qt's PDF maps a glyph of two Arabic vowel marks, shadda with fatha as in "مؤيَّدة", to no
    # letter: that word is checked in the Word document only.)
    for words in (TITLE[code], SUMMARY[code]) + ((SUPPORTED[code],) if code != "ar" else ()):
        assert unicodedata.normalize("NFKC", words) in text, words
    if code != "ar":  # (an Arabic line of digits and words: see the Arabic test)
        total = len(PdfReader(pdf).pages)
        label = MESSAGES[("ReportFrame", "Page %1 of %2")].get(code, "Page %1 of %2")
        wanted = label.replace("%1", "2").replace("%2", str(total))
        assert " ".join(unicodedata.normalize("NFKC", wanted).split()) in text
        assert SUMMARY[code] in " ".join(page.extract_text() for page in PdfReader(pdf).pages)


def test_an_arabic_pdf_reads_from_the_right_in_logical_order_with_its_fonts_embedded(
        demo_db: Database, catalogues: dict[str, Words], tmp_path: Path) -> None:
    ensure_gui_application()
    report = country_brief(demo_db, catalogues["ar"])
    pdf = tmp_path / "brief.pdf"
    write_report(report, pdf, ReportFormat.PDF)
    assert any("NotoNaskhArabic" in font for font in pdf_fonts(pdf))
    text = stream_text(pdf)
    # The words in the order they are read (logical order), their letters joined by the font's
    # shaped forms, which read back as the letters.
    assert "التوصيات حسب الموقف" in text  # a chart's title
    assert "موجز قطري" in text
    # Arabic-Indic digits, as the Arabic locale writes them: 128 recommendations. (Qt draws the
    # runs of a line of mixed directions in the order they are seen, each in its own order.)
    assert "عدد التوصيات:" in text and "١٢٨" in text
    # A symbol inside an Arabic sentence is isolated, so that its parts keep their own order.
    assert any("\u2068A/HRC/14/10\u2069" in line for line in report.cover.documents)


def test_a_chinese_pdf_embeds_its_font(demo_db: Database, catalogues: dict[str, Words], tmp_path: Path) -> None:
    ensure_gui_application()
    pdf = tmp_path / "brief.pdf"
    write_report(country_brief(demo_db, catalogues["zh"]), pdf, ReportFormat.PDF)
    assert any("DroidSansFallback" in font for font in pdf_fonts(pdf))
    assert "128 项建议" in stream_text(pdf)


def test_a_chinese_name_in_a_french_report_is_drawn_with_the_shipped_font(
        demo_db: Database, catalogues: dict[str, Words], tmp_path: Path) -> None:
    ensure_gui_application()
    pdf = tmp_path / "brief.pdf"
    write_report(country_brief(demo_db, catalogues["fr"], organisation="中国人权研究会"), pdf, ReportFormat.PDF)
    assert any("DroidSansFallback" in font for font in pdf_fonts(pdf))
    assert "中国人权研究会" in stream_text(pdf)


def test_an_arabic_word_document_reads_from_the_right_and_a_french_one_does_not(
        demo_db: Database, catalogues: dict[str, Words], tmp_path: Path) -> None:
    ensure_gui_application()
    for code in ("ar", "fr", "zh"):
        write_report(country_brief(demo_db, catalogues[code]), tmp_path / f"{code}.docx", ReportFormat.DOCX)
    arabic, french, chinese = (Document(str(tmp_path / f"{code}.docx")) for code in ("ar", "fr", "zh"))

    def count(document, tag: str) -> int:  # noqa: ANN001 - a python-docx document
        return len(document.element.body.findall(f".//{qn(tag)}"))

    assert count(arabic, "w:bidi") >= len(arabic.paragraphs)  # every paragraph (and the section)
    assert count(arabic, "w:bidiVisual") == len(arabic.tables)
    assert count(arabic, "w:rtl") > 0
    rtl_runs = [r for p in arabic.paragraphs for r in p.runs if r._r.find(f".//{qn('w:rtl')}") is not None]
    assert any("موجز" in run.text for run in rtl_runs)
    assert not any("Optional Protocol" in run.text for run in rtl_runs)  # English data keeps its direction
    assert count(french, "w:bidi") == count(french, "w:rtl") == count(french, "w:bidiVisual") == 0

    def defaults(document):  # noqa: ANN001, ANN202
        run = document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        fonts, lang = run.find(qn("w:rFonts")), run.find(qn("w:lang"))
        return ({key: fonts.get(qn(f"w:{key}")) for key in ("cs", "eastAsia")},
                {key: lang.get(qn(f"w:{key}")) for key in ("val", "eastAsia", "bidi")})

    assert defaults(arabic) == ({"cs": "Noto Naskh Arabic", "eastAsia": "Droid Sans Fallback"},
                                {"val": "en-GB", "eastAsia": "zh-CN", "bidi": "ar-SA"})
    assert defaults(french)[1]["val"] == "fr-FR"
    assert defaults(chinese)[0]["eastAsia"] == "Droid Sans Fallback" and defaults(chinese)[1]["eastAsia"] == "zh-CN"


def test_an_arabic_html_report_says_its_language_and_direction(demo_db: Database,
                                                                catalogues: dict[str, Words]) -> None:
    arabic = render_html(country_brief(demo_db, catalogues["ar"]))
    assert '<html lang="ar" dir="rtl">' in arabic
    # The charts mirrored: the labels on the right of the bars.
    label = re.search(r'<text x="([\d.]+)"[^>]*text-anchor="start"><title>', arabic)
    assert label is not None and float(label.group(1)) > 300
    french = render_html(country_brief(demo_db, catalogues["fr"]))
    assert '<html lang="fr">' in french and "Page " in french and " sur " in french


def test_an_english_report_is_the_report_of_before(demo_db: Database) -> None:
    """A request without a language is English, the words and dates as they always were."""
    report = build_report(demo_db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1,
                                                 made_on=MADE_ON))
    assert report.language == "en" and not report.right_to_left
    assert report.cover.title == "Country brief: Kazakhstan" and report.cover.date_text == "12 March 2025"
    assert report.page_label == "Page %1 of %2" and report.confidential_mark == "CONFIDENTIAL"


def test_a_report_in_an_unknown_language_is_refused(demo_db: Database) -> None:
    from upr_tracker.errors import InvalidValueError

    with pytest.raises(InvalidValueError, match="language"):
        build_report(demo_db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1, language="de"))


# --- dates ------------------------------------------------------------------------------------------


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
@settings(max_examples=60, deadline=None)
def test_an_english_date_is_written_as_before(day: dt.date) -> None:
    english = words_for("en")
    for precision in DatePrecision:
        date = PartialDate(day, precision) if precision is DatePrecision.DAY else PartialDate(
            day.replace(day=1) if precision is DatePrecision.MONTH else day.replace(month=1, day=1), precision)
        assert partial_date_text(english, date) == date.display()


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
@settings(max_examples=30, deadline=None)
def test_a_date_is_written_in_each_language_with_its_own_month_names(day: dt.date) -> None:
    for code in LANGUAGE_CODES:
        words = words_for(code)
        written = date_text(words, day)
        locale = QLocale(code)
        assert locale.toString(day.day) in written
        if code != "zh":  # Chinese writes the month as a number
            assert locale.monthName(day.month) in written or locale.standaloneMonthName(day.month) in written


# --- the command line and the dialog -----------------------------------------------------------------


def test_the_command_line_writes_a_french_report(demo_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "brief.docx"
    code = main(["report", "--db", str(demo_path), "--template", "country-brief", "--state", "KAZ",
                 "--cycle", "1", "--language", "fr", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    written = docx_text(out)
    # French dates and positions whatever the catalogue holds: they come from the locale and the
    # domain's words; the words of the reports come from the shipped French catalogue.
    assert "Kazakhstan" in written and "mars 2010" in written
    assert Document(str(out)).styles.element.find(
        f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "fr-FR"
    english = tmp_path / "brief-en.docx"
    assert main(["report", "--db", str(demo_path), "--template", "country-brief", "--state", "KAZ",
                 "--cycle", "1", "--out", str(english)]) == 0
    assert "23 March 2010" in docx_text(english)  # English unless --language


@pytest.mark.usefixtures("gui_settings")
def test_the_dialog_offers_the_six_languages_and_starts_on_the_window_s(qtbot, demo_db: Database, tasks) -> None:
    from upr_tracker.gui.report_dialog import ReportDialog

    before = QLocale()
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        dialog = ReportDialog(lambda: demo_db, tasks, state="KAZ", cycle=1)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.choices is not None, timeout=30_000)
    finally:
        QLocale.setDefault(before)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["العربية", "中文", "English", "Français", "Русский", "Español"]
    assert dialog.language.currentData() == "ru" and dialog.request().language == "ru"
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    assert dialog.request().language == "ar"


@pytest.mark.usefixtures("gui_settings")
def test_the_dialog_starts_on_english_for_a_language_the_app_does_not_speak(qtbot, demo_db: Database,
                                                                            tasks) -> None:
    from upr_tracker.gui.report_dialog import ReportDialog

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        dialog = ReportDialog(lambda: demo_db, tasks)
        qtbot.addWidget(dialog)
    finally:
        QLocale.setDefault(before)
    assert dialog.language.currentData() == "en"


def test_the_fonts_ship_in_the_package_with_their_licences() -> None:
    from importlib.resources import files

    from upr_tracker.reports.typography import (
        ARABIC_FAMILY,
        CHINESE_FAMILY,
        SHIPPED_FONTS,
        register_shipped_fonts,
    )

    fonts = files("upr_tracker.resources").joinpath("fonts")
    assert all(fonts.joinpath(name).is_file() for name in SHIPPED_FONTS)
    assert "SIL OPEN FONT LICENSE Version 1.1" in fonts.joinpath("LICENSE-NotoNaskhArabic.txt").read_text()
    assert "Apache License" in fonts.joinpath("LICENSE-DroidSansFallback.txt").read_text()
    ensure_gui_application()
    assert {ARABIC_FAMILY, CHINESE_FAMILY} <= set(register_shipped_fonts())


def test_states_are_named_in_the_report_s_language(demo_db: Database, catalogues: dict[str, Words],
                                                   tmp_path: Path) -> None:
    """The State under review and the recommending States, stored by code and English name, read
    as the report's language names them; the recommendations stay as written."""
    ensure_gui_application()
    docx = tmp_path / "brief.docx"
    write_report(country_brief(demo_db, catalogues["fr"]), docx, ReportFormat.DOCX)
    french = docx_text(docx)
    assert "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord" in french
    assert "Brésil" in french and "Brazil" not in french
    write_report(country_brief(demo_db, catalogues["zh"]), docx, ReportFormat.DOCX)
    assert "哈萨克斯坦" in docx_text(docx)
    write_report(country_brief(demo_db, catalogues["en"]), docx, ReportFormat.DOCX)
    assert "Brazil" in docx_text(docx)
