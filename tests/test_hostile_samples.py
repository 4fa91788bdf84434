"""The real samples, damaged on purpose, imported through the services into a database that holds
data already: each either imports, or is refused with a message naming the file, and then the
database is unchanged, every row of every table, the audit trail included.

Damage: cut at several points, bytes flipped, deleted and repeated at seeded places, re-encoded
(UTF-16, Latin-1, Mac Roman, other line endings), containers broken (a corrupted ZIP entry, a Word
file without its document, a PDF cut short or with a damaged page), an empty file, a file of another
kind under the expected extension. Then: text from documents is stored and shown as text, never
interpreted.
"""

from __future__ import annotations

import csv
import html
import io
import random
import re
import shutil
import struct
import zipfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlwt
from sqlalchemy import func, inspect, select, text

from tests.glued_pdf import pdf_of_objects
from tests.sample_paths import (
    CHINA_MATRIX_DOCX,
    KAZAKHSTAN_ADDENDUM_TXT,
    KAZAKHSTAN_WG_REPORT_PDF,
    KAZAKHSTAN_WG_REPORT_TXT,
    UPRINFO_CSV,
)
from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.parsing.ohchr_matrix import parse_ohchr_matrix
from upr_tracker.parsing.text_input import read_document_text
from upr_tracker.services.dataset_import import BadRowsError, import_dataset
from upr_tracker.services.document_import import import_document
from upr_tracker.services.export_json import export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.services.recommendations import (
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Recommendation, Response

MARKUP = "<b>x</b><script>alert(1)</script>"
DATASET_SUFFIXES = (".csv", ".xlsx", ".xls")


def import_file(db: Database, path: Path, cycle: int | None = None) -> Any:
    """The import service for the file, chosen by its extension as the window and the command line do."""
    if path.suffix == ".json":
        return import_json_export(db, path)
    if path.suffix in DATASET_SUFFIXES:
        return import_dataset(db, path)
    return import_document(db, path, cycle=cycle)


def content(db: Database) -> dict[str, list[str]]:
    """Every row of every table (the full-text index's and the planner's included), in a stable order."""
    with db.read() as session:
        if db.backend.name == "sqlite":
            tables = [name for (name,) in session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
        else:
            tables = inspect(session.connection()).get_table_names()
        return {name: sorted(map(repr, session.execute(text(f'SELECT * FROM "{name}"')))) for name in tables}


# --- the database that holds data already ---------------------------------------------------------------


def uprinfo_slice(records: int = 300) -> bytes:
    """The first records of the real UPR Info export, as it is: Mac Roman, CR line ends."""
    return b"\r".join(UPRINFO_CSV.read_bytes().split(b"\r")[:records]) + b"\r"


@cache
def uprinfo_workbook(suffix: str) -> bytes:
    """The same rows saved by a spreadsheet program, as .xlsx or .xls."""
    rows = list(csv.reader(io.StringIO(uprinfo_slice().decode("mac_roman").replace("\r", "\n"))))
    buffer = io.BytesIO()
    if suffix == ".xlsx":
        workbook = openpyxl.Workbook()
        for row in rows:
            workbook.active.append(row)
        workbook.save(buffer)
    else:
        legacy = xlwt.Workbook()
        sheet = legacy.add_sheet("Recommendations")
        for line, row in enumerate(rows):
            for column, cell in enumerate(row):
                sheet.write(line, column, cell)
        legacy.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The real samples, and UPR Info rows as CSV and as workbooks."""
    folder = tmp_path_factory.mktemp("samples")
    found = {"addendum": KAZAKHSTAN_ADDENDUM_TXT, "report": KAZAKHSTAN_WG_REPORT_TXT,
             "report_pdf": KAZAKHSTAN_WG_REPORT_PDF, "matrix": CHINA_MATRIX_DOCX}
    for kind, suffix in (("uprinfo", ".csv"), ("uprinfo_xlsx", ".xlsx"), ("uprinfo_xls", ".xls")):
        found[kind] = folder / f"uprinfo_sessions_6-9{suffix}"
        found[kind].write_bytes(uprinfo_slice() if suffix == ".csv" else uprinfo_workbook(suffix))
    return found


@pytest.fixture(scope="module")
def holding(samples: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A database with Kazakhstan's report and addendum, China's matrix and UPR Info rows, its
    content, and its UPR Tracker export."""
    folder = tmp_path_factory.mktemp("holding")
    path = folder / "holding.sqlite3"
    with Database.open(path, actor="template") as db:
        for name in ("report", "addendum", "matrix", "uprinfo"):
            import_file(db, samples[name])
        export = folder / "upr_tracker_export.json"
        export_json(db, export, include_confidential=True)
    with Database.open(path, actor="template") as db:
        before = content(db)
    return {"path": path, "content": before, "export": export}


@pytest.fixture
def db_with_data(holding: dict[str, Any], tmp_path: Path) -> Iterator[Database]:
    """A copy of the holding database."""
    database = Database.open(Path(shutil.copy(holding["path"], tmp_path / "holding.sqlite3")), actor="tester")
    yield database
    database.close()


def test_the_holding_database_reads_the_same_when_copied(db_with_data: Database, holding: dict[str, Any]) -> None:
    """What every refused import is compared with: the copy holds the same as the original."""
    now = content(db_with_data)
    assert now == holding["content"]
    assert len(now["recommendation"]) > 600 and len(now["audit_entry"]) > 1_000


def import_or_refuse(db: Database, holding: dict[str, Any], path: Path, cycle: int | None = None,
                     ) -> UprTrackerError | None:
    """Import the file; a refusal must name the file and leave the database exactly as it was."""
    try:
        import_file(db, path, cycle)
    except UprTrackerError as error:
        message = str(error)
        assert path.name in message, message
        assert "Traceback" not in message
        after = content(db)
        assert len(after["audit_entry"]) == len(holding["content"]["audit_entry"]), "the audit trail grew"
        assert after["recommendation"] == holding["content"]["recommendation"]
        assert after == holding["content"]
        return error
    with db.read() as session:   # imported: nothing lost, and the audit trail says what came in
        assert session.scalar(select(func.count()).select_from(Recommendation)) >= len(
            holding["content"]["recommendation"])
        assert session.scalar(select(func.count()).select_from(AuditEntry)) >= len(holding["content"]["audit_entry"])
    return None


# --- damage, byte by byte ---------------------------------------------------------------------------------


def byte_damage(data: bytes, seed: int, rounds: int = 2) -> dict[str, bytes]:
    """Cuts, and bytes flipped, deleted, repeated and inserted at places chosen by the seed."""
    rng = random.Random(seed)
    damaged = {"empty": b"", "one byte": data[:1], "cut at 5%": data[: len(data) // 20],
               "cut in the middle": data[: len(data) // 2], "cut at 95%": data[: len(data) * 19 // 20],
               "last byte lost": data[:-1]}
    for number in range(rounds):
        at = rng.randrange(len(data))
        flipped = bytearray(data)
        for _ in range(8):
            flipped[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        damaged[f"bits flipped {number}"] = bytes(flipped)
        damaged[f"bytes deleted {number}"] = data[:at] + data[at + rng.randint(1, 200):]
        damaged[f"bytes repeated {number}"] = data[:at] + data[at:at + rng.randint(1, 200)] + data[at:]
        damaged[f"garbage inserted {number}"] = data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
    return damaged


TEXT_SAMPLES = {"addendum": KAZAKHSTAN_ADDENDUM_TXT, "report": KAZAKHSTAN_WG_REPORT_TXT}


# The same document, saved otherwise: it must import.
FAITHFUL = ("UTF-16 with a mark", "UTF-16 without a mark", "UTF-8 with a mark", "Latin-1", "Mac Roman, CR line ends",
            "Windows line ends", "mixed line ends", "with markup")


def re_encoded(text_sample: str) -> dict[str, bytes]:
    """The same text as other programs save it, and worse."""
    with_markup = (text_sample.replace("To accomplish human rights", f"To accomplish {MARKUP} human rights")
                   .replace("The recommendation is accepted.", f"The recommendation is accepted. {MARKUP}"))
    assert with_markup != text_sample
    return {
        "UTF-16 with a mark": text_sample.encode("utf-16"),
        "UTF-16 without a mark": text_sample.encode("utf-16-le"),
        "UTF-8 with a mark": text_sample.encode("utf-8-sig"),
        "Latin-1": text_sample.encode("latin-1", errors="replace"),
        "Mac Roman, CR line ends": text_sample.replace("\n", "\r").encode("mac_roman", errors="replace"),
        "Windows line ends": text_sample.replace("\n", "\r\n").encode("utf-8"),
        "mixed line ends": "".join(line + ("\r\n", "\r", "\n")[n % 3]
                                   for n, line in enumerate(text_sample.splitlines())).encode("utf-8"),
        "NUL after every character": "\0".join(text_sample).encode("utf-8"),
        "as a web page": f"<html><body><pre>{html.escape(text_sample)}</pre></body></html>".encode(),
        "with markup": with_markup.encode("utf-8"),
        "every line doubled": "\n".join(line for line in text_sample.splitlines() for _ in (1, 2)).encode("utf-8"),
        "lines reversed": "\n".join(reversed(text_sample.splitlines())).encode("utf-8"),
    }


def text_cases() -> Iterator[Any]:
    for sample, path in TEXT_SAMPLES.items():
        data = path.read_bytes()
        cases = byte_damage(data, seed=len(sample)) | re_encoded(data.decode("utf-8"))
        for case, damaged in cases.items():
            yield pytest.param(path.name, case, damaged, id=f"{sample}: {case}")


@pytest.mark.parametrize(("name", "case", "data"), list(text_cases()))
def test_a_damaged_un_document_in_text_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, name: str, case: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    # The addendum is a second reply to a review that awaits none: the user says its cycle.
    error = import_or_refuse(db_with_data, holding, path, cycle=1)
    if case in FAITHFUL:
        assert error is None, error
    if case == "with markup" and "Add1" in name:   # a response's text, kept as written
        with db_with_data.read() as session:
            texts = session.scalars(select(Response.response_text).where(Response.response_text.contains(MARKUP)))
            assert any(f"The recommendation is accepted. {MARKUP}" in found for found in texts)


# --- damaged containers -------------------------------------------------------------------------------


def zip_entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezipped(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info.filename, data)
    return buffer.getvalue()


def entry_data_span(data: bytes, name: str) -> tuple[int, int]:
    """Where the stored (compressed) bytes of an entry lie in the ZIP file."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(name)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26:info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    return start, start + info.compress_size


def central_record(data: bytes, name: str) -> int:
    """Where the central directory's record of an entry starts."""
    at = data.find(b"PK\x01\x02")
    while data[at + 46:at + 46 + len(name)] != name.encode():
        at = data.find(b"PK\x01\x02", at + 4)
    return at


def zip_damage(data: bytes, main_part: str) -> dict[str, bytes]:
    """A ZIP package (Word document, workbook) broken in the ways files get broken."""
    entries = zip_entries(data)
    start, end = entry_data_span(data, main_part)
    corrupted = bytearray(data)
    for offset in range(start + 40, min(end, start + 400), 37):
        corrupted[offset] ^= 0x5A
    record = central_record(data, main_part)
    unsupported_method = bytearray(data)
    unsupported_method[record + 10:record + 12] = struct.pack("<H", 99)
    central = data.rfind(b"PK\x01\x02")
    newer_version = bytearray(data)
    newer_version[central + 6:central + 8] = struct.pack("<H", 84)   # "needs ZIP 8.4 to extract"
    return {
        "a corrupted compressed entry": bytes(corrupted),
        "an entry cut short": data[: (start + end) // 2] + data[end:],
        "the main part removed": rezipped([(i, d) for i, d in entries if i.filename != main_part]),
        "the main part not XML": rezipped([(i, b"not xml <<<" if i.filename == main_part else d) for i, d in entries]),
        "the main part a web page": rezipped([(i, f"<html>{MARKUP}".encode() if i.filename == main_part else d)
                                              for i, d in entries]),
        "the main part cut short": rezipped([(i, d[: len(d) // 2] if i.filename == main_part else d)
                                             for i, d in entries]),
        "the content types removed": rezipped([(i, d) for i, d in entries if i.filename != "[Content_Types].xml"]),
        "the relationships removed": rezipped([(i, d) for i, d in entries if not i.filename.endswith(".rels")]),
        "an unknown compression method": bytes(unsupported_method),
        "a ZIP version nobody writes": bytes(newer_version),
        "the central directory lost": data[:central],
        "an empty ZIP archive": rezipped([]),
    }


@cache
def word_damage() -> dict[str, bytes]:
    data = CHINA_MATRIX_DOCX.read_bytes()
    entries = zip_entries(data)
    main = "word/document.xml"

    def with_main(change: Any) -> bytes:
        return rezipped([(info, change(part) if info.filename == main else part) for info, part in entries])

    return zip_damage(data, main) | {
        "cells spanning 99,999 columns": with_main(
            lambda xml: xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="99999"/>', 3)),
        "a span that is not a number": with_main(
            lambda xml: xml.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="continue"/>', 1)),
        "its page header part missing": rezipped([(info, part) for info, part in entries
                                                 if not info.filename.startswith("word/header")]),
        "markup in the cells": with_main(
            lambda xml: xml.replace(b"Continue its efforts",
                                    b"Continue its efforts &lt;b&gt;x&lt;/b&gt;&lt;script&gt;")),
    }


@pytest.mark.parametrize("case", list(word_damage()))
def test_a_damaged_word_matrix_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, case: str) -> None:
    path = tmp_path / CHINA_MATRIX_DOCX.name
    path.write_bytes(word_damage()[case])
    error = import_or_refuse(db_with_data, holding, path)
    if case in ("the main part removed", "a corrupted compressed entry", "cells spanning 99,999 columns",
                "a span that is not a number", "its page header part missing", "an unknown compression method"):
        assert error is not None and "not a readable Word (.docx) file" in str(error)
    if case == "markup in the cells":   # read as written (the database keeps the text it had)
        assert error is None
        texts = [rec.text for rec in parse_ohchr_matrix(path).recommendations]
        assert any(text.startswith("Continue its efforts <b>x</b><script> on the ratification") for text in texts)


MATRIX_BYTE_DAMAGE = byte_damage(CHINA_MATRIX_DOCX.read_bytes(), seed=2013)


@pytest.mark.parametrize("case", list(MATRIX_BYTE_DAMAGE))
def test_a_word_matrix_damaged_byte_by_byte_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, case: str) -> None:
    path = tmp_path / CHINA_MATRIX_DOCX.name
    path.write_bytes(MATRIX_BYTE_DAMAGE[case])
    import_or_refuse(db_with_data, holding, path)


@cache
def workbook_damage(suffix: str) -> dict[str, bytes]:
    data = uprinfo_workbook(suffix)
    if suffix == ".xls":
        return byte_damage(data, seed=97)
    return zip_damage(data, "xl/worksheets/sheet1.xml") | {
        "cut in the middle": data[: len(data) // 2], "empty": b"",
        "bits flipped": byte_damage(data, 7)["bits flipped 0"],
    }


def table_cases() -> Iterator[Any]:
    csv_data = uprinfo_slice()
    text_sample = csv_data.decode("mac_roman").replace("\r", "\n")
    cases = byte_damage(csv_data, seed=2010) | {
        "UTF-16": text_sample.encode("utf-16"),
        "UTF-8 with a mark, CRLF": text_sample.replace("\n", "\r\n").encode("utf-8-sig"),
        "Latin-1": text_sample.encode("latin-1", errors="replace"),
        "a quotation mark left open": csv_data.replace(b"\rKazakhstan", b'\r"Kazakhstan', 1),
        "a huge cell": csv_data.replace(b"\rKazakhstan,", b"\rKazakhstan," + b"x" * 300_000 + b",", 1),
        "NUL bytes": csv_data.replace(b",", b",\0", 50),
        "an extra column in a row": csv_data.replace(b",7\r", b",7,extra\r", 3),
        "the header only": csv_data.split(b"\r")[0],
        "no header": b"\r".join(csv_data.split(b"\r")[1:]),
        "columns shuffled": _shuffled_columns(text_sample).encode("utf-8"),
        "a web page": f"<!DOCTYPE html><html><body>{MARKUP}<table><tr><td>To</td></tr></table>".encode(),
        "markup in a text": text_sample.replace("Kazakhstan,", f"Kazakhstan,{MARKUP} ", 1).encode("utf-8"),
    }
    for case, data in cases.items():
        yield pytest.param("uprinfo_sessions_6-9.csv", data, id=f"csv: {case}")


def _shuffled_columns(text_sample: str) -> str:
    rows = list(csv.reader(io.StringIO(text_sample)))
    order = [3, 0, 10, 4, 7, 8, 9, 1, 2, 5, 6]
    out = io.StringIO()
    csv.writer(out).writerows([[row[i] if i < len(row) else "" for i in order] for row in rows])
    return out.getvalue()


@pytest.mark.parametrize(("name", "data"), list(table_cases()))
def test_a_damaged_table_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    error = import_or_refuse(db_with_data, holding, path)
    if isinstance(error, BadRowsError):   # each bad row said by its line, and its column when one is at fault
        assert all(f"line {problem.line}" in str(error) for problem in error.problems[:20])
        assert all(problem.column is None or f"column {problem.column!r}" in str(error)
                   for problem in error.problems[:20])


@pytest.mark.parametrize(("suffix", "case"), [(suffix, case) for suffix in (".xlsx", ".xls")
                                              for case in workbook_damage(suffix)])
def test_a_damaged_workbook_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, suffix: str, case: str) -> None:
    path = tmp_path / f"uprinfo_sessions_6-9{suffix}"
    path.write_bytes(workbook_damage(suffix)[case])
    error = import_or_refuse(db_with_data, holding, path)
    if case in ("empty", "cut in the middle", "the main part removed", "the central directory lost"):
        assert error is not None


# --- PDF ---------------------------------------------------------------------------------------------------


def minimal_pdf(lines: list[str], to_unicode: bytes | None = None) -> bytes:
    """A one-page PDF showing the lines in Helvetica; `to_unicode` maps its character codes."""
    content = b"BT /F1 9 Tf 11 TL 40 800 Td " + b" ".join(
        b"(" + line.encode("latin-1", errors="replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(")
        .replace(b")", b"\\)") + b") Tj T*" for line in lines) + b" ET"
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica" + (b" /ToUnicode 6 0 R" if to_unicode else b"")
            + b" >>")
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, font,
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    if to_unicode:
        objects.append(b"<< /Length %d >>\nstream\n" % len(to_unicode) + to_unicode + b"\nendstream")
    return pdf_of_objects(objects)


# A font whose character map gives half of a UTF-16 pair for "~": no encoding can store that.
HALF_A_PAIR = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Damaged def\n"
               b"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfchar <7E> <D800> endbfchar\n"
               b"endcmap CMapName currentdict /CMap defineresource pop end end")


def short_report_lines() -> list[str]:
    """The title page and the first recommendations of the Working Group report."""
    lines = [line.strip() for line in KAZAKHSTAN_WG_REPORT_TXT.read_text(encoding="utf-8").splitlines()]
    start = max(i for i, line in enumerate(lines) if line.startswith("II. Conclusions"))   # not the contents'
    return [line for line in lines[:12] + lines[start:start + 8] if line]


@cache
def pdf_damage() -> dict[str, bytes]:
    data = KAZAKHSTAN_WG_REPORT_PDF.read_bytes()
    rng = random.Random(14)
    flipped = bytearray(data)
    for _ in range(40):
        flipped[rng.randrange(len(data))] ^= 0xFF
    report = short_report_lines()
    return {
        "empty": b"", "the header only": data[:16], "cut at 10%": data[: len(data) // 10],
        "cut in the middle": data[: len(data) // 2], "the last kilobyte lost": data[:-1024],
        "cross-reference table damaged": data.replace(b"xref", b"xxxx").replace(b"startxref", b"startxxxx"),
        "bytes flipped": bytes(flipped),
        "a page that cannot be read": minimal_pdf(report[:3]).replace(b" ET", b" ET 1 2 BI /W 1 /H 1 ID \0 EI"),
        "half a UTF-16 pair in a recommendation": minimal_pdf([line.replace("Kazakhstan:", "Kazakhstan~:")
                                                               .replace("voluntary", "volun~tary")
                                                               for line in report], HALF_A_PAIR),
        "markup in a recommendation": minimal_pdf([line.replace("To accomplish", f"To {MARKUP} accomplish")
                                                   for line in report]),
        "a scanned page without text": minimal_pdf([]),
    }


@pytest.mark.parametrize("case", list(pdf_damage()))
def test_a_damaged_pdf_report_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, case: str) -> None:
    path = tmp_path / "A_HRC_14_10.pdf"
    path.write_bytes(pdf_damage()[case])
    error = import_or_refuse(db_with_data, holding, path)
    if case == "a page that cannot be read":
        assert error is not None and "page 1 cannot be read" in str(error)


def test_half_a_utf16_pair_from_a_pdf_font_is_stored_as_a_replacement_character(db: Database, tmp_path: Path) -> None:
    """A font's character map may give half of a UTF-16 pair, which no encoding can write: the
    import once failed with a UnicodeEncodeError while writing it."""
    path = tmp_path / "A_HRC_14_10.pdf"
    path.write_bytes(pdf_damage()["half a UTF-16 pair in a recommendation"])
    report = import_document(db, path, cycle=1)
    assert report.recommendations.created == 2
    texts = [row.text for row in recommendation_rows(db, list_recommendation_ids(db))]
    assert any(text.startswith("To accomplish human rights volun\ufffdtary goals") for text in texts), texts


def test_a_pdf_with_a_password_is_refused_with_a_reason(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minimal_pdf(short_report_lines()))))
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as file:
        writer.write(file)
    with pytest.raises(InvalidValueError, match=r"^locked\.pdf is password-protected"):
        read_document_text(path)


# --- UPR Tracker JSON exports --------------------------------------------------------------------------------


def json_damage(data: bytes) -> dict[str, bytes]:
    exported = data.decode("utf-8")
    return byte_damage(data, seed=1) | {
        "UTF-16": exported.encode("utf-16"),
        "Latin-1": exported.encode("latin-1", errors="replace"),
        "a NUL in the middle": data[: len(data) // 2] + b"\0" + data[len(data) // 2:],
        "nested ten thousand deep": data[:-1] + b', "extra": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
        "a number of five thousand digits": data[:-1] + b', "extra": ' + b"9" * 5_000 + b"}",
        # (The recommendations are written without spaces, the rest indented.)
        "half a UTF-16 pair in a text": re.sub(rb'"text": ?"', lambda _: b'"text":"\\ud800', data, count=1),
        "a line number too big to store": re.sub(rb'"line": ?\d+', b'"line": ' + b"9" * 30, data, count=1),
    }


@pytest.mark.parametrize("case", list(json_damage(b'{"format": "upr-tracker-export"}')))   # the cases' names
def test_a_damaged_export_is_imported_or_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], tmp_path: Path, case: str) -> None:
    path = tmp_path / "upr_tracker_export.json"
    path.write_bytes(json_damage(holding["export"].read_bytes())[case])
    error = import_or_refuse(db_with_data, holding, path)
    if case in ("nested ten thousand deep", "a number of five thousand digits", "half a UTF-16 pair in a text",
                "a line number too big to store", "UTF-16", "empty"):
        assert error is not None


# --- files of another kind under the expected extension -------------------------------------------------------


def other_kinds(samples: dict[str, Path], holding: dict[str, Any]) -> dict[str, tuple[str, bytes]]:
    pdf, docx_data = KAZAKHSTAN_WG_REPORT_PDF.read_bytes(), CHINA_MATRIX_DOCX.read_bytes()
    xlsx, csv_data = samples["uprinfo_xlsx"].read_bytes(), samples["uprinfo"].read_bytes()
    json_data = holding["export"].read_bytes()
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    return {
        "a PDF named .docx": ("report.docx", pdf), "a PDF named .txt": ("report.txt", pdf),
        "a PDF named .csv": ("report.csv", pdf), "a PDF named .xlsx": ("report.xlsx", pdf),
        "a Word file named .pdf": ("matrix.pdf", docx_data), "a Word file named .txt": ("matrix.txt", docx_data),
        "a Word file named .csv": ("matrix.csv", docx_data), "a Word file named .xlsx": ("matrix.xlsx", docx_data),
        "a workbook named .docx": ("table.docx", xlsx), "a workbook named .json": ("table.json", xlsx),
        "a CSV named .docx": ("table.docx", csv_data), "a CSV named .pdf": ("table.pdf", csv_data),
        "a CSV named .json": ("table.json", csv_data), "an export named .csv": ("export.csv", json_data),
        "an export named .txt": ("export.txt", json_data), "an image named .txt": ("notes.txt", png),
        "an image named .xls": ("table.xls", png), "an image named .docx": ("matrix.docx", png),
        "an old Word file named .xls": ("table.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        "an old Word file named .docx": ("matrix.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        "a web page named .txt": ("report.txt", f"<!DOCTYPE html><html>{MARKUP}</html>".encode()),
        "a ZIP of text named .docx": ("matrix.docx", rezipped([(zipfile.ZipInfo("readme.txt"), b"hello")])),
    }


OTHER_KIND_CASES = ["a PDF named .docx", "a PDF named .txt", "a PDF named .csv", "a PDF named .xlsx",
                    "a Word file named .pdf", "a Word file named .txt", "a Word file named .csv",
                    "a Word file named .xlsx", "a workbook named .docx", "a workbook named .json",
                    "a CSV named .docx", "a CSV named .pdf", "a CSV named .json", "an export named .csv",
                    "an export named .txt", "an image named .txt", "an image named .xls", "an image named .docx",
                    "an old Word file named .xls", "an old Word file named .docx", "a web page named .txt",
                    "a ZIP of text named .docx"]


@pytest.mark.parametrize("case", OTHER_KIND_CASES)
def test_a_file_of_another_kind_is_refused_cleanly(
        db_with_data: Database, holding: dict[str, Any], samples: dict[str, Path], tmp_path: Path,
        case: str) -> None:
    name, data = other_kinds(samples, holding)[case]
    path = tmp_path / name
    path.write_bytes(data)
    assert import_or_refuse(db_with_data, holding, path) is not None


def test_the_command_line_refuses_damaged_files_in_one_line(holding: dict[str, Any], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    db_path = Path(shutil.copy(holding["path"], tmp_path / "holding.sqlite3"))
    broken = {"matrix.docx": word_damage()["a corrupted compressed entry"],
              "A_HRC_14_10.pdf": KAZAKHSTAN_WG_REPORT_PDF.read_bytes()[:16],
              "export.json": b"[" * 10_000,
              "uprinfo.csv": b"\0\1\2\3" * 100}
    for name, data in broken.items():
        (tmp_path / name).write_bytes(data)
        assert main(["import", str(tmp_path / name), "--db", str(db_path)]) == 1
        err = capsys.readouterr().err
        assert name in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1, err
    with Database.open(db_path, actor="tester") as db:
        assert content(db) == holding["content"]


# --- text from documents is shown as text ------------------------------------------------------------------


def as_shown(text: str, text_format: Any) -> str:
    """What a label or a tooltip with this text and format shows: rich text is interpreted."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText
                                                     and GuiQt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.mark.usefixtures("gui_settings")
def test_markup_in_an_imported_recommendation_is_stored_and_shown_as_written(qtbot, db: Database,
                                                                              tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from upr_tracker.gui.main_window import MainWindow
    from upr_tracker.gui.recommendation_table_model import COLUMNS

    written = f"Ban {MARKUP} &amp; tags such as <i>these</i> in every law"
    path = tmp_path / "uprinfo.csv"
    rows = [["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
             "Session"], ["Kazakhstan", "Asia", "", written.replace("&amp;", "&amp;amp;"),   # cells' entities are decoded
                          "France", "WEOG", "EU", "Accepted", "3", MARKUP, "7"]]
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    import_dataset(db, path)
    [stored] = recommendation_rows(db, list_recommendation_ids(db))
    assert stored.text == written and MARKUP in stored.themes

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    model = window.recommendations
    text_column = next(n for n, column in enumerate(COLUMNS) if column[0] == "Recommendation")
    themes_column = next(n for n, column in enumerate(COLUMNS) if column[0] == "Themes")
    assert model.index(0, text_column).data(Qt.ItemDataRole.DisplayRole) == written
    assert model.index(0, themes_column).data(Qt.ItemDataRole.DisplayRole) == MARKUP
    tooltip = model.index(0, text_column).data(Qt.ItemDataRole.ToolTipRole)
    assert as_shown(tooltip, Qt.TextFormat.AutoText) == written   # Qt interprets a tooltip that looks like HTML

    window.table.selectRow(0)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=5000)
    assert written in panel.overview.toPlainText()
    assert as_shown(panel.themes_label.text(), panel.themes_label.textFormat()) == MARKUP
    for label in panel.findChildren(QLabel):
        if "<script>" in label.text():
            assert "<script>" in as_shown(label.text(), label.textFormat()), label.objectName()
