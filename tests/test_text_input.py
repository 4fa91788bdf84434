"""Reading users' files into text: every encoding path of decode_text, and the PDF, Word and
text paths of read_document_text, including the broken and protected files users do send."""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from tests.sample_paths import (
    CHINA_MATRIX_DOCX,
    KAZAKHSTAN_WG_REPORT_PDF,
    KAZAKHSTAN_WG_REPORT_TXT,
    UPRINFO_CSV,
)
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.text_input import PAGE_BREAK, decode_text, read_document_text

SAMPLE = "Kazakhstan’s “national report” – Côte d’Ivoire, Türkiye, Perú\nsecond line\n"


# --------------------------------------------------------------------------------------------
# decode_text: byte order marks


@pytest.mark.parametrize("mark, encoding", [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_a_byte_order_mark_decides_the_encoding(mark: bytes, encoding: str) -> None:
    data = mark + SAMPLE.encode(encoding)
    assert decode_text(data) == SAMPLE


def test_utf16_without_mark_is_recognised_by_its_nul_bytes() -> None:
    assert decode_text(SAMPLE.encode("utf-16-le")) == SAMPLE
    assert decode_text(SAMPLE.encode("utf-16-be")) == SAMPLE


def test_plain_utf8() -> None:
    assert decode_text(SAMPLE.encode("utf-8")) == SAMPLE


# --------------------------------------------------------------------------------------------
# decode_text: Windows-1252 or Mac Roman


def test_windows_1252_with_curly_quotes_and_dashes() -> None:
    text = "Kazakhstan’s “report” – the Minister’s café…\n"
    data = text.encode("cp1252")
    assert b"\x92" in data and b"\x93" in data and b"\x96" in data
    assert decode_text(data) == text


def test_windows_1252_french_accents() -> None:
    text = "Haute Autorité de la Transition, élections à venir\n"
    assert decode_text(text.encode("cp1252")) == text


def test_mac_roman_quote_and_accent_bytes() -> None:
    # As in UPR Info exports: 0xD5 is a right single quote, 0x8E is "é".
    data = b"Kazakhstan\xd5s r\x8egime and the Haute Autorit\x8e de la Transition\n"
    assert decode_text(data) == "Kazakhstan’s régime and the Haute Autorité de la Transition\n"


def test_mac_roman_text_round_trip() -> None:
    text = "Côte d’Ivoire’s “plan” – Perú, Türkiye, São Tomé\n"
    assert decode_text(text.encode("mac_roman")) == text


def test_mac_roman_with_bytes_undefined_in_windows_1252() -> None:
    # 0x8F is "è" in Mac Roman and undefined in Windows-1252.
    assert decode_text(b"tr\x8fs bien\n") == "très bien\n"


def test_the_real_upr_info_export_is_mac_roman_with_cr_line_ends() -> None:
    text = decode_text(UPRINFO_CSV.read_bytes(), source=UPRINFO_CSV.name)
    assert "\r" not in text
    assert text.startswith("To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n")
    assert len(text.splitlines()) == 8344   # header and 8,343 rows
    assert "Guaraní indigenous peoples" in text
    assert "vis-à-vis children" in text
    assert "Haute Autorité de la Transition" in text


# --------------------------------------------------------------------------------------------
# decode_text: line ends, NUL, empty, binary


@pytest.mark.parametrize("raw", [b"one\rtwo\rthree", b"one\r\ntwo\r\nthree", b"one\ntwo\nthree"])
def test_line_ends_become_lf(raw: bytes) -> None:
    assert decode_text(raw) == "one\ntwo\nthree"


def test_mac_roman_with_cr_only_line_ends() -> None:
    assert decode_text(b"Pr\x8eambule\rArticle 1\r") == "Préambule\nArticle 1\n"


def test_stray_nul_bytes_are_removed() -> None:
    assert decode_text(b"Report of the\x00 Working Group\nKazakhstan\x00") == "Report of the Working Group\nKazakhstan"


def test_a_file_of_nul_bytes_is_not_text() -> None:
    with pytest.raises(InvalidValueError, match="not a text file"):
        decode_text(b"\x00" * 64, source="zeros.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_input_names_the_file(data: bytes) -> None:
    with pytest.raises(InvalidValueError, match=r"^report\.txt is empty$"):
        decode_text(data, source="report.txt")


def test_empty_input_without_a_source_still_says_so() -> None:
    with pytest.raises(InvalidValueError, match="is empty"):
        decode_text(b"")


def test_random_bytes_are_not_text() -> None:
    garbage = random.Random(7).randbytes(4000)
    with pytest.raises(InvalidValueError, match=r"^blob\.txt is not a text file"):
        decode_text(garbage, source="blob.txt")


def test_a_zip_file_renamed_to_txt_is_not_text() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.bin", random.Random(1).randbytes(3000))
    with pytest.raises(InvalidValueError, match="not a text file"):
        decode_text(buffer.getvalue(), source="x.txt")


def test_control_characters_in_text_decoded_from_utf16_are_still_caught() -> None:
    data = codecs.BOM_UTF16_LE + "".join(chr(code) for code in range(1, 9) for _ in range(20)).encode("utf-16-le")
    with pytest.raises(InvalidValueError, match="not a text file"):
        decode_text(data)


# --------------------------------------------------------------------------------------------
# read_document_text: text files and extensions


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "Report.TXT"
    path.write_bytes("Kazakhstan’s report\r\n".encode("cp1252"))
    assert read_document_text(path) == "Kazakhstan’s report\n"


def test_the_demo_text_file() -> None:
    text = read_document_text(KAZAKHSTAN_WG_REPORT_TXT)
    assert "held its seventh session from 8 to 19 February 2010" in text
    assert "\r" not in text


def test_an_empty_text_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InvalidValueError, match=r"^empty\.txt is empty$"):
        read_document_text(path)


@pytest.mark.parametrize("name", ["report.doc", "report.rtf", "report.xlsx", "report"])
def test_unknown_extensions_list_the_accepted_ones(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    with pytest.raises(InvalidValueError, match=r"accepted: \.txt, \.pdf, \.docx") as raised:
        read_document_text(path)
    assert name in str(raised.value)


def test_a_word_97_file_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InvalidValueError, match=r"save it as \.docx"):
        read_document_text(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match=r"^gone\.pdf: no such file"):
        read_document_text(tmp_path / "gone.pdf")


# --------------------------------------------------------------------------------------------
# read_document_text: PDF


@pytest.fixture(scope="module")
def kazakhstan_pdf_text() -> str:
    return read_document_text(KAZAKHSTAN_WG_REPORT_PDF)


def test_pdf_pages_are_separated_by_a_visible_break(kazakhstan_pdf_text: str) -> None:
    assert kazakhstan_pdf_text.count(PAGE_BREAK) == 23   # 24 pages
    assert "\f" in kazakhstan_pdf_text


def test_pdf_text_keeps_words_whole(kazakhstan_pdf_text: str) -> None:
    """Plain extraction of this PDF gives "Introduc tion", "revi ew", "educatio n"; layout does not."""
    flat = " ".join(kazakhstan_pdf_text.split())
    assert "held its seventh session from 8 to 19 February 2010" in flat
    assert "to facilitate the review of Kazakhstan: Bangladesh, Cuba and Mauritius" in flat
    for split_word in ("Introduc tion", "revi ew", "educatio n", "Disabilitie s"):
        assert split_word not in flat
    assert "To share its experience regarding its innovative independent national mechanism" in flat


def test_pdf_lines_carry_no_trailing_spaces(kazakhstan_pdf_text: str) -> None:
    assert all(line == line.rstrip(" ") for line in kazakhstan_pdf_text.split("\n"))
    assert "\n\n\n\n" not in kazakhstan_pdf_text


def _one_page_pdf(tmp_path: Path, name: str, *, user_password: str | None = None,
                  owner_password: str | None = None) -> Path:
    writer = PdfWriter()
    writer.add_page(PdfReader(KAZAKHSTAN_WG_REPORT_PDF).pages[14])
    if user_password is not None:
        writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    path = tmp_path / name
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def test_a_single_page_pdf(tmp_path: Path) -> None:
    text = read_document_text(_one_page_pdf(tmp_path, "page.pdf"))
    assert "\f" not in text
    assert "To involve civil society organizations in its follow-up to the universal" in text


def test_a_password_protected_pdf_is_refused_with_its_name(tmp_path: Path) -> None:
    path = _one_page_pdf(tmp_path, "secret.pdf", user_password="open sesame")
    with pytest.raises(InvalidValueError, match=r"^secret\.pdf is password-protected"):
        read_document_text(path)


def test_a_pdf_encrypted_without_an_opening_password_is_read(tmp_path: Path) -> None:
    path = _one_page_pdf(tmp_path, "restricted.pdf", user_password="", owner_password="owner only")
    assert PdfReader(path).is_encrypted
    assert "Refugees with regard to the status of refugees and asylum seekers" in read_document_text(path)


@pytest.mark.parametrize("content", [
    b"%PDF-1.4\nthis is not really a PDF\n%%EOF\n",
    b"hello, I am a text file with the wrong extension",
    b"",
])
def test_a_broken_pdf_is_refused_with_its_name(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(InvalidValueError, match=r"^broken\.pdf is not a readable PDF file"):
        read_document_text(path)


def test_a_truncated_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "truncated.pdf"
    path.write_bytes(KAZAKHSTAN_WG_REPORT_PDF.read_bytes()[:3000])
    with pytest.raises(InvalidValueError, match=r"^truncated\.pdf "):
        read_document_text(path)


def test_a_pdf_without_text_says_so(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(InvalidValueError, match=r"^scan\.pdf has no extractable text"):
        read_document_text(path)


# --------------------------------------------------------------------------------------------
# read_document_text: Word


def _word_file(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Report of the Working Group on the Universal Periodic Review", level=1)
    document.add_paragraph("95. The recommendations listed below enjoy the support of Kazakhstan:")
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("No.", "Recommendation", "Position"),
                                       ("95.1", "Ratify the Convention (Brazil);", "Supported"),
                                       ("95.2", "Sign the Optional Protocol (Spain);", "")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    table.rows[2].cells[2].add_paragraph("Noted")           # a second paragraph in one cell
    merged = document.add_table(rows=1, cols=3)
    merged.rows[0].cells[0].merge(merged.rows[0].cells[1]).text = "Merged heading"
    merged.rows[0].cells[2].text = "Right"
    document.add_paragraph("98. All conclusions and/or recommendations…")
    document.save(str(path))
    return path


def test_word_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    text = read_document_text(_word_file(tmp_path / "report.docx"))
    assert text.split("\n") == [
        "Report of the Working Group on the Universal Periodic Review",
        "95. The recommendations listed below enjoy the support of Kazakhstan:",
        "No. | Recommendation | Position",
        "95.1 | Ratify the Convention (Brazil); | Supported",
        "95.2 | Sign the Optional Protocol (Spain); | Noted",
        "Merged heading | Right",
        "98. All conclusions and/or recommendations…",
    ]


def test_the_real_ohchr_matrix_reads() -> None:
    lines = read_document_text(CHINA_MATRIX_DOCX).split("\n")
    assert lines[0] == "Recommendation | Position | Full list of themes | Assessment/comments on level of implementation"
    assert lines[1] == "Theme: A12 Acceptance of international norms"   # a row of merged cells: one cell
    assert lines[2].startswith("186.28. Continue its efforts on the ratification of other human rights instruments "
                               "and relevant protocols (Mongolia); Source of position: A/HRC/25/5/Add.1 - Para. 186.28. "
                               "| Supported | A12 Acceptance of international norms")


@pytest.mark.parametrize("content", [b"not a zip at all", b""])
def test_a_broken_word_file_is_refused_with_its_name(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(InvalidValueError, match=r"^broken\.docx is not a readable Word \(\.docx\) file"):
        read_document_text(path)


def test_a_zip_that_is_not_a_word_document_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InvalidValueError, match=r"^archive\.docx is not a readable Word"):
        read_document_text(path)


def test_an_empty_word_document(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    docx.Document().save(str(path))
    with pytest.raises(InvalidValueError, match=r"^blank\.docx is empty$"):
        read_document_text(path)
