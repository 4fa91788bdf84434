"""Tabular files (CSV, Excel .xlsx and .xls) read as a header and a stream of rows of strings.

The dataset parsers (datasets.py) work on a `Table` whatever the file was. What the file is, is
decided by its content, not its name: a PDF or a Word document renamed .csv is refused with a message
saying what it is, a workbook saved with the wrong extension is still read. Rows are produced one at a time, so that a
file of 200,000 rows never becomes a list of 200,000 rows here.

Cells are strings, stripped: Excel numbers that are whole without ".0", Excel dates as ISO dates
(2010-03-12), other numbers as Python writes them; an Excel serial number in a cell without a date
format stays a number string ("40249"), since only the column can say it is a date.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.text_encoding import EncodingUsed, detected_encoding
from upr_tracker.parsing.zip_sizes import check_unpacked_sizes
from upr_tracker.parsing.text_input import (
    DecodedText,
    checked_text,
    decode_as,
    decode_bytes,
    decode_strictly,
    given_encoding,
)

ACCEPTED_EXTENSIONS = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls")
# The key under which a CSV row carries the non-empty cells it has beyond the header's columns
# (a delimiter inside an unquoted value shifts the cells); the dataset parsers report it.
EXTRA_CELLS = "(cells beyond the header)"

Row = tuple[int, dict[str, str]]   # (line in the file, 1-based; {column: cell})
# A cell starting with one of these is a formula to Excel and LibreOffice: UPR Tracker's CSV export
# writes an apostrophe before it, which spreadsheets hide.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


@dataclass(frozen=True)
class Table:
    """A header and the rows under it. `rows()` reads the file afresh on each call."""

    source: str                          # the file name, for messages
    header: list[str]                    # column names, stripped, as written
    _open_rows: Callable[[], Iterator[Row]] = field(repr=False, compare=False)
    sheet: str | None = None             # the worksheet read, for workbooks
    encoding: EncodingUsed | None = None  # the encoding a CSV file was read in

    def rows(self) -> Iterator[Row]:
        """(line, {column: cell}) for each row after the header that has a non-empty cell.

        The line is the spreadsheet row, or the line a CSV record starts on (the header's being 1
        when it is the first line). Every column of the header is in every row ("" when empty).
        """
        return self._open_rows()

    @classmethod
    def from_rows(cls, header: Sequence[str], rows: Iterable[Sequence[str]], *, source: str = "table") -> Table:
        """A table of rows already in memory, the header being line 1 and the rows lines 2, 3…"""
        names = _checked_header(list(header), source, line=1)
        kept = [list(row) for row in rows]
        return cls(source, names, lambda: _rows_of_records(enumerate(kept, start=2), names))


def needs_formula_guard(text: str) -> bool:
    """Whether UPR Tracker's CSV export puts an apostrophe before `text`: a spreadsheet would take
    it for a formula (a plain number aside), or it is such a text after apostrophes of its own
    (so that reading removes exactly the one the export added)."""
    rest = text.lstrip("'")
    return rest.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(rest)


def unguarded(cell: str) -> str:
    """A cell of UPR Tracker's CSV export without the apostrophe written before a formula's first
    character (any other apostrophe is the text's own)."""
    return cell[1:] if cell[:1] == "'" and needs_formula_guard(cell) else cell


def without_formula_guards(table: Table) -> Table:
    """The same table, each cell `unguarded`: for UPR Tracker's own CSV export only."""
    def open_rows() -> Iterator[Row]:
        for line, cells in table.rows():
            yield line, {column: unguarded(cell) for column, cell in cells.items()}

    return dataclasses.replace(table, _open_rows=open_rows)


def read_table(path: Path, *, encoding: str | None = None) -> Table:
    """Open a .csv (.tsv, .txt), .xlsx or .xls file as a Table; `encoding` forces a CSV file's.

    Raises InvalidValueError naming the file when it cannot be read, is empty, has no header row,
    repeats a column name, or is a file of another kind (a PDF, a Word document…).
    """
    path = Path(path)
    if path.suffix.lower() not in ACCEPTED_EXTENSIONS:
        raise InvalidValueError(f"{path.name}: cannot read {path.suffix or 'files without an extension'} files as a "
                                f"table; accepted: {', '.join(ACCEPTED_EXTENSIONS)}")
    if not path.is_file():
        raise InvalidValueError(f"{path.name}: no such file ({path})")
    kind = _content_kind(path)
    if kind == "csv":
        return _csv_table(path, encoding)
    return {"xlsx": _xlsx_table, "xls": _xls_table}[kind](path)


# --------------------------------------------------------------------------------------------
# What the file really is

_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # Excel 97-2003 (and Word .doc) files
_ZIP_SIGNATURE = b"PK\x03\x04"
_OTHER_ZIP_KINDS = (
    ("word/", "a Word document"),
    ("ppt/", "a PowerPoint presentation"),
    ("content.xml", "an OpenDocument file (save it as .xlsx or .csv first)"),
)


def _content_kind(path: Path) -> str:
    head = _read_bytes(path, 8)
    if head.startswith(b"%PDF"):
        raise InvalidValueError(f"{path.name} is a PDF file, not a table (CSV or Excel)")
    if head.startswith(_OLE_SIGNATURE):
        return "xls"
    if head.startswith(_ZIP_SIGNATURE):
        return _zip_kind(path)
    return "csv"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            check_unpacked_sizes(archive, path.name, streamed=_is_worksheet)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        # NotImplementedError: a ZIP version or feature no spreadsheet program writes, read from a damaged header
        raise InvalidValueError(f"{path.name} is a damaged ZIP or Excel file ({error})") from error
    if "xl/workbook.xml" in names:
        return "xlsx"
    for prefix, kind in _OTHER_ZIP_KINDS:
        if any(name.startswith(prefix) for name in names):
            raise InvalidValueError(f"{path.name} is {kind}, not a table (CSV or Excel)")
    raise InvalidValueError(f"{path.name} is a ZIP archive, not a table (CSV or Excel)")


def _is_worksheet(name: str) -> bool:
    """A workbook's worksheet: read in read-only mode as a stream, a row at a time."""
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _read_bytes(path: Path, size: int = -1) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(size)
    except OSError as error:
        raise InvalidValueError(f"{path.name}: cannot be read ({error.strerror or error})") from error


# --------------------------------------------------------------------------------------------
# Header and rows, whatever the file


def _checked_header(cells: list[str], source: str, *, line: int) -> list[str]:
    """Column names from the header row: stripped, trailing blanks dropped, no duplicates."""
    names = [cell.strip() for cell in cells]
    while names and not names[-1]:
        names.pop()
    if not names:
        raise InvalidValueError(f"{source} has no header row (the first row with content, line {line}, is blank)")
    _refuse_data_as_header(names, source, line)
    names = [name or f"Column {index}" for index, name in enumerate(names, start=1)]
    seen: dict[str, int] = {}
    for index, name in enumerate(names, start=1):
        key = " ".join(name.split()).casefold()
        if key in seen:
            raise InvalidValueError(f"{source}: the column name {name!r} appears twice in the header (line {line}, "
                                    f"columns {seen[key]} and {index}); rename one of them")
        seen[key] = index
    return names


_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")
_LONGEST_COLUMN_NAME = 100   # a recommendation's text is longer: the row is data, not names


def _refuse_data_as_header(names: list[str], source: str, line: int) -> None:
    suspect = next((name for name in names if _NUMBER.match(name) or len(name) > _LONGEST_COLUMN_NAME), None)
    if suspect is not None:
        shown = suspect if len(suspect) <= 60 else suspect[:57] + "…"
        raise InvalidValueError(f"{source} has no header row: its first row (line {line}) holds data such as "
                                f"{shown!r}, not column names; add a row of column names at the top")


def _rows_of_records(records: Iterable[tuple[int, Sequence[str]]], header: list[str], *,
                     keep_extra_cells: bool = False) -> Iterator[Row]:
    """Rows as dicts over the header; blank rows are left out, short rows padded with ""."""
    width = len(header)
    for line, record in records:
        cells = [cell.strip() for cell in record]
        if not any(cells):
            continue
        row = dict(zip(header, cells))
        if len(cells) < width:
            row.update((name, "") for name in header[len(cells):])
        elif keep_extra_cells and len(cells) > width:
            extra = [cell for cell in cells[width:] if cell]
            if extra:
                row[EXTRA_CELLS] = " | ".join(extra)
        yield line, row


# --------------------------------------------------------------------------------------------
# CSV

_DELIMITERS = (",", ";", "\t")
_SNIFF_CHARACTERS = 64 * 1024
_MARKUP_START = re.compile(r"^\s*<(?:!doctype\s+html|html|\?xml|table)\b", re.IGNORECASE)


def _csv_table(path: Path, encoding: str | None = None) -> Table:
    decoded = decode_table_bytes(_read_bytes(path), source=path.name, encoding=encoding)
    text, used = decoded.text, decoded.encoding
    del decoded
    # rows() reads the file again in the encoding decided now (and without deciding again)
    if _MARKUP_START.match(text[:1024]):
        raise InvalidValueError(f"{path.name} is a web page or XML file, not a table: open it in a spreadsheet "
                                f"program and save it as .xlsx or .csv")
    delimiter = _sniff_delimiter(text)
    header_line, header = _csv_header(text, delimiter, path.name)
    del text   # rows() decodes the file again: the table does not keep it in memory

    def open_rows() -> Iterator[Row]:
        text = decode_table_bytes(_read_bytes(path), source=path.name, decided=used).text
        return _rows_of_records(_after(_csv_records(text, delimiter, path.name), header_line), header,
                                keep_extra_cells=True)

    return Table(path.name, header, open_rows, encoding=used)


def _after(records: Iterator[tuple[int, list[str]]], line: int) -> Iterator[tuple[int, list[str]]]:
    return (record for record in records if record[0] > line)


def _csv_header(text: str, delimiter: str, source: str) -> tuple[int, list[str]]:
    for line, record in _csv_records(text, delimiter, source):
        if any(cell.strip() for cell in record):
            return line, _checked_header(record, source, line=line)
    raise InvalidValueError(f"{source} is empty")


def _csv_records(text: str, delimiter: str, source: str) -> Iterator[tuple[int, list[str]]]:
    """(first line, cells) for each record; quoted cells may span lines."""
    reader = csv.reader(_lines(text), delimiter=delimiter)
    line = 1
    try:
        for record in reader:
            yield line, record
            line = reader.line_num + 1
    except csv.Error as error:
        raise InvalidValueError(f"{source}: cannot read the record that starts on line {line} ({error}); "
                                f"is a quotation mark left open?") from error


def _lines(text: str) -> Iterator[str]:
    """The lines of the text with their "\\n", one at a time (splitlines() would copy them all)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            if start < len(text):
                yield text[start:]
            return
        yield text[start:end + 1]
        start = end + 1


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header into several columns and the most records like it."""
    sample = text[:_SNIFF_CHARACTERS]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[:sample.rfind("\n") + 1]   # no cut record at the end
    return max(_DELIMITERS, key=lambda delimiter: _delimiter_fit(sample, delimiter))  # ties: the first


def _delimiter_fit(sample: str, delimiter: str) -> tuple[int, int]:
    widths = [len(record) for record in csv.reader(_lines(sample), delimiter=delimiter) if any(record)]
    if not widths or widths[0] < 2:
        return (0, 0)
    return (sum(1 for width in widths[1:] if width == widths[0]), widths[0])


# --- Decoding


_SAMPLE_BYTES = 64 * 1024


def decode_table_text(data: bytes, *, source: str = "") -> str:
    """The text of a CSV file, as `decode_text` gives it (see decode_table_bytes)."""
    return decode_table_bytes(data, source=source).text


def decode_table_bytes(data: bytes, *, source: str = "", encoding: str | None = None,
                       decided: EncodingUsed | None = None) -> DecodedText:
    """The text of a CSV file and its encoding, as `decode_bytes` gives them, but fast on large files.

    The encoding is decided on samples (text_encoding); whether the bytes are text at all is
    checked on the start of the file, which `checked_text` reads in Python character by character
    (about a second per 10 MB); the codec then decodes the whole file. Text with NUL bytes
    (UTF-16 without a mark…) goes to decode_bytes whole. `decided` is the encoding an earlier
    reading of the same bytes decided (not decided again).
    """
    if b"\0" in data:
        return decode_bytes(data, source=source, encoding=encoding or (decided.codec if decided and decided.given
                                                                       else None))
    used = decided or (given_encoding(encoding) if encoding else detected_encoding(data, source))
    checked_text(decode_as(_head(data), used.codec), source)   # raises if the file is empty or not text
    whole = decode_strictly(data, used, source) if used.given else decode_as(data, used.codec)
    return DecodedText(_with_lf(whole), used)


def _head(data: bytes) -> bytes:
    head = data[:_SAMPLE_BYTES]
    return head if head.strip() or len(data) <= _SAMPLE_BYTES else data


def _with_lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------------------------
# Excel

# A workbook is read from its first sheet, unless another sheet's name says it holds the data.
_DATA_SHEET_WORDS = re.compile(r"recommendation|data|export|uhri|upr", re.IGNORECASE)


def _pick_sheet(names: Sequence[str]) -> int:
    for index, name in enumerate(names):
        if _DATA_SHEET_WORDS.search(name):
            return index
    return 0


def excel_cell_text(value: object) -> str:
    """A cell value as the user sees it, roughly: 12 not 12.0, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def _excel_rows(values: Iterable[Sequence[object]]) -> Iterator[tuple[int, list[str]]]:
    return ((line, [excel_cell_text(value) for value in row]) for line, row in enumerate(values, start=1))


def _excel_header(records: Iterator[tuple[int, list[str]]], source: str) -> tuple[int, list[str]]:
    for line, cells in records:
        if any(cells):
            return line, _checked_header(cells, source, line=line)
    raise InvalidValueError(f"{source} is empty (no cell has a value)")


# --- .xlsx (openpyxl, read-only: the sheet is parsed as it is read)


def _xlsx_table(path: Path) -> Table:
    with _XlsxSheet(path) as sheet:
        header_line, header = _excel_header(_excel_rows(sheet.rows()), path.name)
        sheet_name = sheet.name

    def open_rows() -> Iterator[Row]:
        with _XlsxSheet(path) as sheet:
            records = _after(_excel_rows(sheet.rows()), header_line)
            yield from _rows_of_records(records, header)

    return Table(path.name, header, open_rows, sheet=sheet_name)


class _XlsxSheet:
    """The data sheet of a workbook, open until the `with` block ends (read-only keeps the file open)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Self:
        import openpyxl

        # Opened here, not by name: openpyxl refuses names that do not end in .xlsx.
        self.file = self.path.open("rb")
        try:
            self.workbook = openpyxl.load_workbook(self.file, read_only=True, data_only=True)
        except Exception as error:   # openpyxl raises many kinds on damaged files
            self.file.close()
            raise InvalidValueError(f"{self.path.name} is not a readable Excel (.xlsx) workbook ({error})") from error
        names = self.workbook.sheetnames
        if not names:
            self.__exit__()
            raise InvalidValueError(f"{self.path.name} has no worksheet")
        self.name = names[_pick_sheet(names)]
        self.sheet = self.workbook[self.name]
        # Some programs write a wrong sheet size, which would cut the rows short: read what is there.
        self.sheet.reset_dimensions()
        return self

    def rows(self) -> Iterator[Sequence[object]]:
        try:
            yield from self.sheet.iter_rows(values_only=True)
        except Exception as error:   # a damaged sheet fails while it is being parsed
            raise InvalidValueError(f"{self.path.name}: the sheet {self.name!r} is damaged ({error})") from error

    def __exit__(self, *exc_info: object) -> None:
        self.workbook.close()
        self.file.close()


# --- .xls (xlrd reads the whole sheet; .xls files hold at most 65,536 rows)


def _xls_table(path: Path) -> Table:
    book, sheet = _open_xls_sheet(path)
    try:
        header_line, header = _excel_header(_excel_rows(_xls_values(book, sheet)), path.name)
    finally:
        book.release_resources()

    def open_rows() -> Iterator[Row]:
        book, sheet = _open_xls_sheet(path)
        try:
            records = _after(_excel_rows(_xls_values(book, sheet)), header_line)
            yield from _rows_of_records(records, header)
        finally:
            book.release_resources()

    return Table(path.name, header, open_rows, sheet=sheet.name)


def _open_xls_sheet(path: Path) -> tuple[Any, Any]:   # xlrd has no type information
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        sheet = book.sheet_by_index(_pick_sheet(book.sheet_names()))
    except Exception as error:   # xlrd raises many kinds on damaged or foreign files
        raise InvalidValueError(f"{path.name} is not a readable Excel 97-2003 (.xls) workbook ({error}); "
                                f"if it opens in a spreadsheet program, save it as .xlsx") from error
    return book, sheet


def _xls_values(book: Any, sheet: Any) -> Iterator[list[object]]:
    import xlrd

    for index in range(sheet.nrows):
        values: list[object] = []
        for cell in sheet.row(index):
            if cell.ctype == xlrd.XL_CELL_DATE:
                values.append(_xls_date(cell.value, book.datemode))
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                values.append(bool(cell.value))
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                values.append(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
            else:
                values.append(cell.value)
        yield values


def _xls_date(value: float, datemode: int) -> object:
    import xlrd

    try:
        return xlrd.xldate.xldate_as_datetime(value, datemode)
    except (xlrd.xldate.XLDateError, ValueError, OverflowError):
        return value   # not a real date: keep the number
