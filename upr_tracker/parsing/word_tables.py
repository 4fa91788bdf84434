"""Reading Word (.docx) files that may be damaged: opening them, and the layout grid of their tables.

Shared by the plain-text reader and the OHCHR matrix parser. python-docx reads a file's parts as
they are used and fails in as many ways as a file can be damaged; here every such failure becomes
an InvalidValueError naming the file. A table is read from its XML in one pass: python-docx walks
up through every row of a vertically merged cell for each row below it (minutes, then a
RecursionError, for a cell merged down a thousand rows), and repeats a cell once per column it
spans (a damaged row may claim a hundred thousand).
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from upr_tracker.errors import InvalidValueError

if TYPE_CHECKING:   # python-docx is imported when a Word file is read
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.table import _Cell
from upr_tracker.parsing.zip_sizes import check_unpacked_sizes

# Word makes tables of at most 63 columns, converters from PDF some more: a row said to span more
# than this is damaged (and laying it out would take minutes and gigabytes).
MAX_TABLE_COLUMNS = 1_000


def _damage_errors() -> tuple[type[BaseException], ...]:
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    return (
        PackageNotFoundError,      # not a Word package at all
        zipfile.BadZipFile,        # a damaged ZIP directory or entry header, a wrong CRC
        zlib.error, EOFError,      # a compressed entry corrupted or cut short
        NotImplementedError,       # a ZIP version or compression method nobody writes
        OSError,                   # an offset beyond the file
        KeyError,                  # a part the document refers to is missing
        ValueError,                # an attribute that is not what it must be (a span of "continue")
        etree.LxmlError,           # a part that is not well-formed XML
    )


@contextmanager
def reading_word_file(path: Path) -> Iterator[None]:
    """Errors from reading the file inside the block become an InvalidValueError naming it.

    Keep only the reading of the document inside: a KeyError or ValueError of other code would
    be reported as damage.
    """
    try:
        yield
    except _damage_errors() as error:
        detail = str(error) or type(error).__name__
        raise InvalidValueError(f"{path.name} is not a readable Word (.docx) file: it is damaged and cannot be "
                                f"read ({detail})") from None


_OTHER_KINDS = (
    (b"%PDF", "a PDF file (give it its .pdf extension)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word 97-2003 (.doc) or other old Office file (save it as .docx first)"),
    (b"{\\rtf", "an RTF file (save it as .docx first)"),
)

_OTHER_PACKAGES = (
    ("xl/workbook.xml", "an Excel workbook (give it its .xlsx extension)"),
    ("ppt/presentation.xml", "a PowerPoint presentation"),
    ("content.xml", "an OpenDocument file (save it as .docx first)"),
)


def open_word_document(path: Path) -> WordDocument:
    """The Word document, or InvalidValueError naming the file when it cannot be opened: it is
    empty, of another kind (a PDF, a .doc renamed .docx…) or damaged."""
    import docx

    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as error:
        raise InvalidValueError(f"{path.name}: cannot be read ({error.strerror or error})") from error
    refused = f"{path.name} is not a readable Word (.docx) file"
    if not head:
        raise InvalidValueError(f"{refused}: it is empty")
    for signature, kind in _OTHER_KINDS:
        if head.startswith(signature):
            raise InvalidValueError(f"{refused}: it is {kind}")
    if not head.startswith(b"PK"):
        raise InvalidValueError(f"{refused}: a .docx file is a ZIP package, and this one is not")
    with reading_word_file(path):
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            check_unpacked_sizes(archive, path.name)
        if not any(name.startswith("word/") for name in names):   # the main part's name may vary
            kind = next((kind for part, kind in _OTHER_PACKAGES if part in names),
                        "a ZIP archive without a Word document in it")
            raise InvalidValueError(f"{refused}: it is {kind}")
        return docx.Document(str(path))


def table_grid(table: WordTable, path: Path, name: str) -> Iterator[list[_Cell | None]]:
    """Each row of a Word table as its layout grid: one entry per grid column, None where the row
    starts later than the first column, the same docx `_Cell` repeated over the columns it spans
    and down the rows of a vertical merge (the cell that holds the content, as python-docx gives it).

    `name` says which table it is in messages ("table 2"). Raises InvalidValueError naming the
    file when a row claims more than MAX_TABLE_COLUMNS columns; a damaged attribute raises as
    python-docx does (ValueError), for `reading_word_file` to report.
    """
    from docx.table import _Cell

    above: list[_Cell | None] = []
    for number, tr in enumerate(table._tbl.tr_lst, start=1):
        spans = [(tc, max(tc.grid_span, 0)) for tc in tr.tc_lst]
        before = max(tr.grid_before, 0)
        if before + sum(span for _tc, span in spans) > MAX_TABLE_COLUMNS:
            raise InvalidValueError(
                f"{path.name} is not a readable Word (.docx) file: row {number} of {name} spans more than "
                f"{MAX_TABLE_COLUMNS:,} columns (the file is damaged)")
        grid: list[_Cell | None] = [None] * before
        for tc, span in spans:
            column = len(grid)
            if tc.vMerge == "continue" and column < len(above) and above[column] is not None:
                cell = above[column]
            else:
                cell = _Cell(tc, table)
            grid.extend([cell] * span)
        yield grid
        above = grid
