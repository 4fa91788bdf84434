"""ZIP-based files (Word .docx, Excel .xlsx, encrypted archives) whose parts declare more than can
be unpacked in memory are refused from their ZIP directory, before anything is read, naming the
file, the part, its size and the limit."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing import zip_sizes
from upr_tracker.parsing.ohchr_matrix import parse_ohchr_matrix
from upr_tracker.parsing.tables import read_table
from upr_tracker.parsing.text_input import read_document_text
from upr_tracker.storage.encryption import Passphrase

MB = 1024 * 1024


def write_zip(path: Path, members: dict[str, int | bytes]) -> Path:
    """A ZIP file whose members are the given bytes, or that many zeros (written a megabyte at a
    time: a member of hundreds of megabytes compresses to a few hundred kilobytes)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if isinstance(content, bytes):
                archive.writestr(name, content)
                continue
            with archive.open(name, "w", force_zip64=True) as stream:
                left = content
                while left:
                    chunk = min(left, MB)
                    stream.write(bytes(chunk))
                    left -= chunk
    return path


DOCX_PARTS = {"[Content_Types].xml": b"<Types/>", "_rels/.rels": b"<Relationships/>"}
XLSX_PARTS = {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}


@pytest.fixture(scope="module")
def word_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .docx of under a megabyte whose text part unpacks to 300 MB, above the real limit."""
    assert 300 * MB > zip_sizes.MAX_PART_BYTES
    folder = tmp_path_factory.mktemp("bomb")
    return write_zip(folder / "report.docx", {**DOCX_PARTS, "word/document.xml": 300 * MB})


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Limits of a few megabytes, so that a test's files stay small."""
    monkeypatch.setattr(zip_sizes, "MAX_PART_BYTES", 2 * MB)
    monkeypatch.setattr(zip_sizes, "MAX_TOTAL_BYTES", 5 * MB)


def refused(error: pytest.ExceptionInfo[InvalidValueError], file: str, part: str) -> str:
    message = str(error.value)
    assert file in message and part in message and "limit" in message, message
    return message


def test_a_word_bomb_is_refused_before_it_is_read(word_bomb: Path) -> None:
    assert word_bomb.stat().st_size < MB
    tracemalloc.start()
    try:
        with pytest.raises(InvalidValueError) as error:
            read_document_text(word_bomb)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    message = refused(error, "report.docx", "word/document.xml")
    assert "300 MB" in message and f"{zip_sizes.MAX_PART_BYTES // MB} MB" in message
    assert peak < 20 * MB


def test_the_import_command_refuses_a_word_bomb_in_one_line(word_bomb: Path, tmp_path: Path, capsys) -> None:
    assert main(["import", str(word_bomb), "--db", str(tmp_path / "db.sqlite3"), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "report.docx" in err and "word/document.xml" in err and "Traceback" not in err


@pytest.mark.usefixtures("small_limits")
def test_an_ohchr_matrix_and_a_workbook_are_refused_alike(tmp_path: Path) -> None:
    matrix = write_zip(tmp_path / "matrix.docx", {**DOCX_PARTS, "word/document.xml": 3 * MB})
    with pytest.raises(InvalidValueError) as error:
        parse_ohchr_matrix(matrix)
    refused(error, "matrix.docx", "word/document.xml")
    workbook = write_zip(tmp_path / "uhri.xlsx", {**XLSX_PARTS, "xl/sharedStrings.xml": 3 * MB})
    with pytest.raises(InvalidValueError) as error:
        read_table(workbook)
    refused(error, "uhri.xlsx", "xl/sharedStrings.xml")


@pytest.mark.usefixtures("small_limits")
def test_many_parts_each_under_the_limit_are_refused_by_their_total(tmp_path: Path) -> None:
    parts = {f"xl/media/image{i}.png": MB + MB // 2 for i in range(4)}
    workbook = write_zip(tmp_path / "wide.xlsx", {**XLSX_PARTS, **parts})
    with pytest.raises(InvalidValueError) as error:
        read_table(workbook)
    message = refused(error, "wide.xlsx", "xl/media/image3.png")
    assert "in all" in message


@pytest.mark.usefixtures("small_limits")
def test_a_worksheet_read_as_a_stream_may_be_larger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Recommendations")
    sheet.append(["state", "text", "cycle"])
    for number in range(40_000):
        sheet.append(["Chile", "Ratify the Convention against Torture", number])
    book.save(tmp_path / "big.xlsx")
    with zipfile.ZipFile(tmp_path / "big.xlsx") as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > zip_sizes.MAX_PART_BYTES
    assert len(list(read_table(tmp_path / "big.xlsx").rows())) == 40_000
    monkeypatch.setattr(zip_sizes, "MAX_STREAMED_PART_BYTES", 3 * MB)
    with pytest.raises(InvalidValueError) as error:
        read_table(tmp_path / "big.xlsx")
    refused(error, "big.xlsx", "xl/worksheets/sheet1.xml")


@pytest.mark.usefixtures("small_limits")
def test_an_encrypted_archive_is_refused_before_it_is_decrypted(tmp_path: Path) -> None:
    from upr_tracker.services.encrypted_archive import encrypted_member, read_encrypted_archive
    archive = tmp_path / "export.json.zip"
    with encrypted_member(tmp_path / "export.json", Passphrase("correct horse battery staple")) as member:
        member.write(bytes(3 * MB))
    with pytest.raises(InvalidValueError) as error:
        read_encrypted_archive(archive, Passphrase("correct horse battery staple"))
    refused(error, "export.json.zip", "export.json")


@pytest.mark.usefixtures("small_limits")
def test_files_within_the_limits_read_as_before(tmp_path: Path) -> None:
    from docx import Document
    document = Document()
    document.add_paragraph("Recommendations of the Working Group")
    document.save(tmp_path / "small.docx")
    assert "Recommendations of the Working Group" in read_document_text(tmp_path / "small.docx")
