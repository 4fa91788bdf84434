"""Turning the files users give us (text in any of the usual encodings, PDF, Word) into plain text.

Everything here returns text with LF line ends and no NUL (with the encoding a text file was
read in, where asked: `decode_bytes`, `read_document`), or raises InvalidValueError naming the file
and what is wrong with it, so that every face can show the message as it is. Which encoding a
text file is in is decided in text_encoding.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.pdf_text import PAGE_BREAK, read_pdf  # noqa: F401 - PAGE_BREAK: the readers' callers look for it here
from upr_tracker.parsing.text_encoding import (Certainty, EncodingUsed, detect_encoding, detected_encoding,
                                               known_encoding)
from upr_tracker.parsing.word_tables import open_word_document, reading_word_file, table_grid

if TYPE_CHECKING:   # python-docx is imported when a Word file is read
    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.table import _Cell

ACCEPTED_EXTENSIONS = (".txt", ".pdf", ".docx")

_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")
# Above this share of control characters (other than whitespace and NUL) the data is not text;
# random bytes have about 11 %, real text almost none.
_MAX_CONTROL_SHARE = 0.05
_MAX_NUL_SHARE = 0.3


# --------------------------------------------------------------------------------------------
# Bytes to text


@dataclass(frozen=True)
class DecodedText:
    """The text of a file and the encoding it was read in (None for PDF and Word files)."""

    text: str
    encoding: EncodingUsed | None = None


def decode_bytes(data: bytes, *, source: str = "", encoding: str | None = None) -> DecodedText:
    """Decode the bytes of a text file, with LF line ends and no NUL, saying which encoding was used.

    `encoding` (any name Python knows: "windows-1251", "koi8-r") forces it; otherwise a byte order
    mark decides, then valid UTF-8, then the likeliest single-byte code page, with how sure that
    guess is and the readings nearly as good (see text_encoding). Raises InvalidValueError naming
    the file when the data is empty or is not text, or the encoding named is unknown.
    """
    if encoding:
        used = given_encoding(encoding)
        return DecodedText(checked_text(decode_strictly(data, used, source), source), used)
    used = detected_encoding(data, source)
    return DecodedText(checked_text(decode_as(data, used.codec), source), used)


def given_encoding(name: str) -> EncodingUsed:
    """The encoding a user named, checked (InvalidValueError when unknown)."""
    return EncodingUsed(known_encoding(name), Certainty.CERTAIN, given=True)


def decode_strictly(data: bytes, used: EncodingUsed, source: str = "") -> str:
    """The bytes in the encoding a user named. A byte that encoding does not define is refused,
    naming its line: read with replacement characters, texts would lose their letters silently
    (and distinct texts could then compare equal)."""
    try:
        return data.decode(used.codec).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = 1 + max(data.count(b"\n", 0, exc.start), data.count(b"\r", 0, exc.start))
        detected = detect_encoding(data)
        raise InvalidValueError(
            f"{source or 'the file'}, line {line}: byte 0x{data[exc.start]:02X} is not {used.title}, so the file is "
            f"not in that encoding (it reads as {detected.title}); choose another encoding, or let it be detected"
        ) from None


def decode_as(data: bytes, codec: str) -> str:
    """The bytes in that codec; bytes it does not define become U+FFFD, a byte order mark goes."""
    return data.decode(codec, errors="replace").removeprefix("\ufeff")


def checked_text(text: str, source: str = "") -> str:
    """Decoded text with LF line ends and no NUL; InvalidValueError if it is binary or empty."""
    name = source or "the text"
    if _control_share(text) > _MAX_CONTROL_SHARE or text.count("\0") > _MAX_NUL_SHARE * len(text):
        raise InvalidValueError(f"{name} is not a text file (it contains binary data)")
    text = text.replace("\0", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValueError(f"{name} is empty")
    return text


def decode_text(data: bytes, *, source: str = "") -> str:
    """The text of the bytes of a text file, in the encoding `decode_bytes` decides."""
    return decode_bytes(data, source=source).text


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for char in text
        if char != "\0" and char not in _WHITESPACE_CONTROLS and unicodedata.category(char) == "Cc"
        and not "\x80" <= char <= "\x9f"  # C1 controls stand for letters in a mis-read encoding
    )
    return controls / len(text)


# --------------------------------------------------------------------------------------------
# Files to text


def read_document_text(path: Path) -> str:
    """The text of a .txt, .pdf or .docx file (PDF pages separated by a form feed line).

    Raises InvalidValueError naming the file when it cannot be read.
    """
    return read_document(path).text


def read_document(path: Path, *, encoding: str | None = None) -> DecodedText:
    """The text of a .txt, .pdf or .docx file, with the encoding a .txt file was read in
    (`encoding` forces it; it does not apply to PDF and Word files).

    Raises InvalidValueError naming the file when it cannot be read.
    """
    path = Path(path)
    readers = {".txt": _read_text_file, ".pdf": read_pdf, ".docx": _read_docx}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        accepted = ", ".join(ACCEPTED_EXTENSIONS)
        hint = " (save it as .docx first)" if path.suffix.lower() in (".doc", ".rtf", ".odt") else ""
        raise InvalidValueError(f"{path.name}: cannot read {path.suffix or 'files without an extension'}{hint}; "
                                f"accepted: {accepted}")
    if not path.is_file():
        raise InvalidValueError(f"{path.name}: no such file ({path})")
    if reader is _read_text_file:
        return decode_bytes(_read_bytes(path), source=path.name, encoding=encoding)
    return DecodedText(reader(path))


def _read_text_file(path: Path) -> str:
    return decode_text(_read_bytes(path), source=path.name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidValueError(f"{path.name}: cannot be read ({error.strerror or error})") from error


# --- Word


def _read_docx(path: Path) -> str:
    document = open_word_document(path)
    with reading_word_file(path):
        lines = list(_docx_lines(document, path))
    text = "\n".join(lines)
    if not text.strip():
        raise InvalidValueError(f"{path.name} is empty")
    return text


def _docx_lines(container: WordDocument | _Cell, path: Path, *, nested: bool = False) -> Iterator[str]:
    """Paragraphs and tables in document order; a table row is one line, cells joined by " | "."""
    from docx.table import Table

    tables = 0
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            yield from _table_lines(block, path, "a table inside a cell" if nested else f"table {tables}")
        else:
            yield block.text


def _table_lines(table: WordTable, path: Path, name: str) -> Iterator[str]:
    for grid in table_grid(table, path, name):
        cells = []
        previous = None
        for cell in grid:
            if cell is None or cell is previous:  # a merged cell repeats itself
                continue
            previous = cell
            cells.append(_cell_text(cell, path))
        yield " | ".join(cells)


def _cell_text(cell: _Cell, path: Path) -> str:
    """One line for the whole cell, nested tables included."""
    return " ".join(" ".join(line.split()) for line in _docx_lines(cell, path, nested=True) if line.strip())
