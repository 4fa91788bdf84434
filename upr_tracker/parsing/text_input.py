"""Turning the files users give us (text in any of the usual encodings, PDF, Word) into plain text.

Everything here returns `str` with LF line ends and no NUL, or raises InvalidValueError naming
the file and what is wrong with it, so that every face can show the message as it is.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.word_tables import (
    open_word_document,
    reading_word_file,
    table_grid,
)

PAGE_BREAK = "\n\f\n"   # between PDF pages: keeps page furniture recognisable for the parsers
ACCEPTED_EXTENSIONS = (".txt", ".pdf", ".docx")

# Checked in this order: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WHITESPACE_CONTROLS = frozenset("\t\n\r\f\v")
# Above this share of control characters (other than whitespace and NUL) the data is not text;
# random bytes have about 11 %, real text almost none.
_MAX_CONTROL_SHARE = 0.05
_MAX_NUL_SHARE = 0.3


# --------------------------------------------------------------------------------------------
# Bytes to text


def decode_text(data: bytes, *, source: str = "") -> str:
    """Decode the bytes of a text file whatever its encoding, with LF line ends and no NUL.

    A byte order mark decides; else strict UTF-8; else UTF-16 without a mark (recognised by its
    NUL bytes); else the more plausible of Windows-1252 and Mac Roman (old UPR Info exports).
    Raises InvalidValueError when the data is empty or is not text.
    """
    name = source or "the text"
    text = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE or text.count("\0") > _MAX_NUL_SHARE * len(text):
        raise InvalidValueError(f"{name} is not a text file (it contains binary data)")
    text = text.replace("\0", "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InvalidValueError(f"{name} is empty")
    return text


def _decode(data: bytes) -> str:
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(encoding, errors="replace")
    utf16 = _utf16_without_mark(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_single_byte(data)


def _utf16_without_mark(data: bytes) -> str | None:
    """UTF-16 text in a Latin script has a NUL in every other byte: on odd offsets for LE."""
    if len(data) < 8:   # too short to tell from stray NULs
        return None
    even_nuls = data[0::2].count(0) / (len(data) / 2)
    odd_nuls = data[1::2].count(0) / (len(data) / 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _decode_single_byte(data: bytes) -> str:
    """Windows-1252 or Mac Roman, whichever reads more like real text (ties go to Windows-1252)."""
    candidates = []
    for encoding in ("cp1252", "mac_roman"):
        try:
            candidates.append(data.decode(encoding))
        except UnicodeDecodeError:  # cp1252 leaves five bytes undefined; Mac Roman none
            continue
    return max(candidates, key=_plausibility)  # max keeps the first of equals


# Non-ASCII characters common in UN and NGO documents, and those that betray a wrong guess.
_TYPOGRAPHIC = frozenset("’‘“”–—…•«»€£§°")
_IMPROBABLE = frozenset("‡†¸ˆ˜¨¯˘˙˚˛ˇ¬ƒ√≈∆◊ıﬁﬂ‰‹›¤¦Ž¥µ¶·ÕÒÓÔÐÞþðŸ")


def _plausibility(text: str) -> int:
    """Score a decoding: typographic quotes and accented small letters up, oddities down."""
    score = 0
    previous = " "
    for char in text:
        if char >= "\x80":
            score += _character_score(char, previous)
        previous = char
    return score


def _character_score(char: str, previous: str) -> int:
    if char in _TYPOGRAPHIC:
        return 2
    if char in _IMPROBABLE or unicodedata.category(char) in ("Cc", "Co", "Cn"):
        return -3
    if char.isupper() and previous.islower():
        return -3   # "KazakhstanÕs", "prÈsident": a capital inside a word
    return 1 if char.isalpha() else 0


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
    path = Path(path)
    readers = {".txt": _read_text_file, ".pdf": _read_pdf, ".docx": _read_docx}
    reader = readers.get(path.suffix.lower())
    if reader is None:
        accepted = ", ".join(ACCEPTED_EXTENSIONS)
        hint = " (save it as .docx first)" if path.suffix.lower() in (".doc", ".rtf", ".odt") else ""
        raise InvalidValueError(f"{path.name}: cannot read {path.suffix or 'files without an extension'}{hint}; "
                                f"accepted: {accepted}")
    if not path.is_file():
        raise InvalidValueError(f"{path.name}: no such file ({path})")
    return reader(path)


def _read_text_file(path: Path) -> str:
    return decode_text(_read_bytes(path), source=path.name)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidValueError(f"{path.name}: cannot be read ({error.strerror or error})") from error


# --- PDF


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(path)
        _unlock(reader, path)
        pages = [_page_text(page, number, path) for number, page in enumerate(reader.pages, start=1)]
    except InvalidValueError:
        raise
    except Exception as error:   # pypdf fails in many ways on damaged files (AssertionError, IndexError…)
        raise InvalidValueError(f"{path.name} is not a readable PDF file ({_error_text(error)})") from error
    if not any(page.strip() for page in pages):
        raise InvalidValueError(f"{path.name} has no extractable text (a scanned PDF needs OCR first)")
    return PAGE_BREAK.join(pages)


def _unlock(reader, path: Path) -> None:
    """Open PDFs that are encrypted without a password to open them; refuse the others."""
    from pypdf import PasswordType
    from pypdf.errors import DependencyError

    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except DependencyError as error:
        raise InvalidValueError(f"{path.name} is encrypted in a way this installation cannot read ({error})") from error
    if opened == PasswordType.NOT_DECRYPTED:
        raise InvalidValueError(f"{path.name} is password-protected: remove the password and try again")


def _page_text(page, number: int, path: Path) -> str:
    """Layout extraction: plain extraction splits justified words ("educatio n") in UN PDFs."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # noqa: BLE001 - layout mode fails on some odd fonts; plain mode still gives the words
        try:
            text = page.extract_text()
        except Exception as error:   # a damaged page fails in pypdf in many ways
            raise InvalidValueError(f"{path.name}: page {number} cannot be read, its content is damaged "
                                    f"({_error_text(error)})") from error
    return _tidy_page(_valid_text(text or ""))


def _error_text(error: Exception) -> str:
    """What a library's error says, or at least its kind (a bare AssertionError says nothing)."""
    return str(error) or type(error).__name__


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(text: str) -> str:
    """Text a database can store: a font's character map may give lone UTF-16 surrogates, which
    no encoding can write (a pair is joined into its character, a lone one becomes U+FFFD), or NUL."""
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.replace("\0", "")


def _tidy_page(text: str) -> str:
    """No trailing spaces, no runs of more than two blank lines (layout mode pads pages)."""
    lines = [line.rstrip() for line in text.splitlines()]
    kept: list[str] = []
    for line in lines:
        if not line and len(kept) >= 2 and not kept[-1] and not kept[-2]:
            continue
        kept.append(line)
    return "\n".join(kept).strip("\n")


# --- Word


def _read_docx(path: Path) -> str:
    document = open_word_document(path)
    with reading_word_file(path):
        lines = list(_docx_lines(document, path))
    text = "\n".join(lines)
    if not text.strip():
        raise InvalidValueError(f"{path.name} is empty")
    return text


def _docx_lines(container, path: Path, *, nested: bool = False) -> Iterator[str]:
    """Paragraphs and tables in document order; a table row is one line, cells joined by " | "."""
    from docx.table import Table

    tables = 0
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            tables += 1
            yield from _table_lines(block, path, "a table inside a cell" if nested else f"table {tables}")
        else:
            yield block.text


def _table_lines(table, path: Path, name: str) -> Iterator[str]:
    for grid in table_grid(table, path, name):
        cells = []
        previous = None
        for cell in grid:
            if cell is None or cell is previous:  # a merged cell repeats itself
                continue
            previous = cell
            cells.append(_cell_text(cell, path))
        yield " | ".join(cells)


def _cell_text(cell, path: Path) -> str:
    """One line for the whole cell, nested tables included."""
    return " ".join(" ".join(line.split()) for line in _docx_lines(cell, path, nested=True) if line.strip())
