"""The text of a PDF file, page by page, with the words apart.

pypdf's layout mode reads UN documents best (plain mode splits justified words: "educatio n").
Some PDFs, though, set words apart only by positioning the next word, with a font whose space
is wider than the gap: pypdf then runs the words together ("ReportoftheWorkingGroupon…",
"IslamicRepublicofIran") where other readers see the spaces. Such a page is recognised by its
long runs of letters without a space, and read again, with pypdf's plain mode and then with
pdfminer.six, which places characters by their own positions; the reading whose words are least
run together is kept.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from upr_tracker.errors import InvalidValueError

log = logging.getLogger(__name__)

if TYPE_CHECKING:   # the readers are imported when a PDF is read
    from pdfminer.layout import LTPage
    from pypdf import PageObject, PdfReader

PAGE_BREAK = "\n\f\n"   # between PDF pages: keeps page furniture recognisable for the parsers

# A word longer than this (letters only) is taken as words run together; English words in
# UN documents stop well below it ("internationalization" has 20 letters).
_LONGEST_WORD = 22
# Shorter runs still count when a small letter is followed by a capital ("IslamicRepublicofIran").
_CAMEL_RUN = 14
_COLUMN_GAP = 12   # points between two pieces of a line that stand in different columns
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_CAMEL_JOIN = re.compile(r"[^\W\d_A-Z][A-Z]")


def glued_letters(text: str) -> int:
    """How many letters of the text stand in runs of words that lost their spaces."""
    glued = 0
    for run in _LETTER_RUN.findall(text):
        if len(run) > _LONGEST_WORD or (len(run) >= _CAMEL_RUN and len(_CAMEL_JOIN.findall(run)) >= 2):
            glued += len(run)
    return glued


def looks_glued(text: str) -> bool:
    """Whether a page's words were run together by the extraction: a few runs of words, or a
    page of letters with hardly a space between them."""
    letters = sum(len(run) for run in _LETTER_RUN.findall(text))
    if letters < 20:
        return False
    glued = glued_letters(text)
    spaces = sum(1 for char in text if char in " \t\n")
    return glued >= 30 or glued >= 0.05 * letters or (letters >= 200 and spaces < 0.05 * letters)


def read_pdf(path: Path) -> str:
    """The text of every page, pages separated by PAGE_BREAK; raises InvalidValueError naming
    the file when it cannot be read."""
    from pypdf import PdfReader

    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidValueError(f"{path.name}: cannot be read ({error.strerror or error})") from error
    try:
        reader = PdfReader(io.BytesIO(data))
        _unlock(reader, path)
        pages = [_page_text(page, number, path) for number, page in enumerate(reader.pages, start=1)]
    except InvalidValueError:
        raise
    except Exception as error:   # pypdf fails in many ways on damaged files (AssertionError, IndexError…)
        raise InvalidValueError(f"{path.name} is not a readable PDF file ({_error_text(error)})") from error
    if not any(page.strip() for page in pages):
        raise InvalidValueError(f"{path.name} has no extractable text (a scanned PDF needs OCR first)")
    glued = [index for index, page in enumerate(pages) if looks_glued(page)]
    if glued:
        log.info("%s: pages %s have words run together: read again", path.name, _page_numbers(glued))
        _read_again(data, reader, pages, glued)
    return PAGE_BREAK.join(pages)


def _unlock(reader: PdfReader, path: Path) -> None:
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


def _page_text(page: PageObject, number: int, path: Path) -> str:
    """Layout extraction: plain extraction splits justified words ("educatio n") in UN PDFs."""
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception as layout_error:  # noqa: BLE001 - fails on some odd fonts; plain mode still gives the words
        log.info("%s: page %d read in pypdf's plain mode (its layout mode failed: %s)", path.name, number,
                 type(layout_error).__name__)
        try:
            text = page.extract_text()
        except Exception as error:   # a damaged page fails in pypdf in many ways
            raise InvalidValueError(f"{path.name}: page {number} cannot be read, its content is damaged "
                                    f"({_error_text(error)})") from error
    return _tidy_page(_valid_text(text or ""))


def _read_again(data: bytes, reader: PdfReader, pages: list[str], indexes: list[int]) -> None:
    """Replace each glued page by the other reading of it whose words are least run together."""
    others: dict[int, list[str]] = {index: [] for index in indexes}
    for index in indexes:
        try:
            others[index].append(reader.pages[index].extract_text())
        except Exception as error:  # noqa: BLE001 - another reading is a second chance, not a requirement
            log.info("page %d: pypdf's plain mode failed too (%s)", index + 1, type(error).__name__)
            continue
    if any(looks_glued(_tidy_page(texts[0])) for texts in others.values() if texts) or \
            any(not texts for texts in others.values()):
        log.info("pages %s read again with pdfminer.six", _page_numbers(indexes))
        for index, text in pdfminer_pages(data, indexes).items():
            others[index].append(text)
    for index, texts in others.items():
        best, best_glued = pages[index], glued_letters(pages[index])
        for text in texts:
            tidy = _tidy_page(_valid_text(text or ""))
            glued = glued_letters(tidy)
            if tidy.strip() and glued < best_glued:
                best, best_glued = tidy, glued
        if best is not pages[index]:
            log.info("page %d: another reading kept (%d letters run together instead of %d)", index + 1, best_glued,
                     glued_letters(pages[index]))
        pages[index] = best


def pdfminer_pages(data: bytes, indexes: list[int]) -> dict[int, str]:
    """pdfminer.six's reading of these pages (one pass over the file), line by line as the page
    shows them: pdfminer's text boxes would put a column of labels apart from their texts, so its
    lines are regrouped by height, left to right. Empty when it fails."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams

        layouts = list(extract_pages(io.BytesIO(data), page_numbers=indexes, laparams=LAParams()))
    except Exception as error:  # noqa: BLE001 - a damaged file or a missing library leaves the first reading
        log.warning("pdfminer.six could not read pages %s (%s): their first reading is kept", _page_numbers(indexes),
                    type(error).__name__)
        return {}
    return {index: _page_lines(layout) for index, layout in zip(sorted(indexes), layouts, strict=False)}


def _page_numbers(indexes: list[int]) -> str:
    return ", ".join(str(index + 1) for index in indexes)


def _page_lines(layout: LTPage) -> str:
    from pdfminer.layout import LTTextContainer, LTTextLine

    pieces = [(line.y0, line.y1, line.x0, line.x1, line.get_text().strip())
              for box in layout if isinstance(box, LTTextContainer)
              for line in box if isinstance(line, LTTextLine) and line.get_text().strip()]
    pieces.sort(key=lambda piece: (-(piece[0] + piece[1]) / 2, piece[2]))
    rows: list[tuple[float, list[tuple[float, float, float, float, str]]]] = []
    for piece in pieces:
        middle = (piece[0] + piece[1]) / 2
        if rows and abs(rows[-1][0] - middle) <= max(2.0, (piece[1] - piece[0]) * 0.4):
            rows[-1][1].append(piece)   # the same line of the page
        else:
            rows.append((middle, [piece]))
    lines = []
    for _middle, row in rows:
        row.sort(key=lambda piece: piece[2])
        text = row[0][4]
        for before, piece in zip(row, row[1:]):
            text += ("    " if piece[2] - before[3] > _COLUMN_GAP else " ") + piece[4]   # a gap: columns apart
        lines.append(text)
    return "\n".join(lines)


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
