"""Page furniture and footnotes in the text of a UN document, told apart from its content.

PDF extraction leaves running headers (the symbol, sometimes misprinted: "A/HRC24/7"), page
numbers, job numbers ("16 GE.13-12484"), bar codes and footnotes among the paragraphs; a text
converted without page breaks glues them to the last words of a page. Lines that are furniture
are dropped; footnotes are kept apart, with their mark, so that a recommendation whose text
carries the mark can keep the footnote's text as a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    number: int   # 1-based line in the text given to the parser
    text: str     # stripped, runs of whitespace collapsed to one space


@dataclass(frozen=True)
class Footnote:
    mark: str     # "2", "*", "¹"
    text: str
    line: int


_SYMBOL_WRITTEN = r"A/\s?HRC\s?/?\s?\d{1,2}\s?/\s?\d{1,3}(?:/Add\.\s?\d)?(?:/Corr\.\s?\d)?"   # "A/HRC24/7" too
_JOB_NUMBER = r"GE\.\d{2}-\d{4,6}\b"
# The Secretariat's note under the section heading, wherever the page puts it.
_NOT_EDITED = r"(?:\*{1,3}\s*)?(?:The\s+)?conclusions\s+and(?:/or)?\s+recommendations\b.{0,80}?\bhave\s+not\s+been\s+edited\.?"
_PAGE_FURNITURE = re.compile(
    rf"""^(?:
        \d{{1,3}}                                        # page number
      | (?:page|p\.)\s*\d{{1,3}}(?:\s+of\s+\d{{1,3}})?     # "page 12"
      | -\s*\d{{1,3}}\s*-                                # "- 12 -"
      | (?:\d{{1,3}}\s+)?A/HRC/[\w.]+(?:/[\w.]+)*(?:\s+\d{{1,3}})?   # running header, maybe with page number
      | (?:\d{{1,3}}\s+)?{_SYMBOL_WRITTEN}(?:\s+\d{{1,3}})?
      | (?:\d{{1,3}}\s+)?{_JOB_NUMBER}.*                 # job number, often followed by dates
      | \*\d{{5,}}\*                                      # bar code
      | Please\s+recycle.*
      | {_NOT_EDITED}
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# A footnote marker glued to the word or punctuation before it: "(Slovenia);2", "Review*", "Rights¹".
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_MARKER = rf"\d{{1,2}}|[{SUPERSCRIPT_DIGITS}]{{1,2}}|\*{{1,3}}"
FOOTNOTE_MARKER = re.compile(rf"(?:(?<=[A-Za-z;,)”’\"])|(?<=[^\d\s]\.))({_MARKER})(?=\s|$)")
_FOOTNOTE_START = re.compile(rf"^({_MARKER})\s+(?=[A-Z“\"‘'(])")
_FOOTNOTE_MARKER_ALONE = re.compile(rf"^(?:{_MARKER})$")
_FOOTNOTE_TEXT_START = re.compile(r"^[A-Z“\"‘'(]")
LABEL_START = re.compile(r"^\d{1,3}\.(?:\d{1,3}\.?)?(?:\s|$)")


def is_page_furniture(line: str) -> bool:
    return bool(_PAGE_FURNITURE.match(" ".join(line.split())))


def content_lines(text: str) -> list[Line]:
    """The non-blank lines of the text that are neither page furniture nor footnotes."""
    return read_lines(text)[0]


def read_lines(text: str) -> tuple[list[Line], list[Footnote]]:
    """The content lines of the text, and the footnotes found at the foot of its pages."""
    raw = text.split("\n")
    blocks = _footnote_blocks(raw)
    footnote_lines = {index for start, end in blocks for index in range(start, end)}
    kept = []
    for index, line in enumerate(raw):
        collapsed = " ".join(line.split())
        if not collapsed or index in footnote_lines or _PAGE_FURNITURE.match(collapsed):
            continue
        kept.append(Line(index + 1, collapsed))
    footnotes = [footnote for start, end in blocks for footnote in _footnotes_in(raw, start, end)]
    return kept, footnotes


def _footnote_blocks(raw: Sequence[str]) -> list[tuple[int, int]]:
    """(first, end) indexes of the footnotes at the foot of the pages of an extracted PDF.

    A footnote starts in the lower half of its page with a marker that the text uses
    ("…(Slovenia);2" then "2 The original recommendation read…"), runs to the end of the page and
    holds no label. Without form feeds there are no pages, and no footnotes to find.
    """
    markers = {match.group(1) for line in raw for match in FOOTNOTE_MARKER.finditer(line)}
    if not markers or not any("\f" in line for line in raw):
        return []
    found: list[tuple[int, int]] = []
    for start, end in _pages(raw):
        for index in range(max(start + 1, start + (end - start) // 2), end):
            if _opens_footnote(raw, index, end, markers):
                found.append((index, end))
                break
    return found


def _opens_footnote(raw: Sequence[str], index: int, end: int, markers: set[str]) -> bool:
    """"2 The original…" after a blank line (the rule above the footnotes), or "2" alone on its
    line with the footnote's text on the next one (pdftotext puts the marker apart)."""
    line = raw[index].strip()
    if _FOOTNOTE_MARKER_ALONE.match(line):
        following = next((later.strip() for later in raw[index + 1:end] if later.strip()), "")
        opens = line in markers and bool(_FOOTNOTE_TEXT_START.match(following))
    else:
        opening = _FOOTNOTE_START.match(line)
        opens = opening is not None and opening.group(1) in markers and not raw[index - 1].strip()
    return opens and not _any_label(raw[index + 1:end])


def _footnotes_in(raw: Sequence[str], start: int, end: int) -> list[Footnote]:
    """The footnotes of one block, each from its mark to the next mark; furniture left out."""
    footnotes: list[Footnote] = []
    mark, first, words = None, start, []
    for index in range(start, end):
        line = " ".join(raw[index].split())
        alone, opening = _FOOTNOTE_MARKER_ALONE.match(line), _FOOTNOTE_START.match(line)
        if not line or (_PAGE_FURNITURE.match(line) and not alone):   # "2" alone is a mark, not a page number
            continue
        if alone or opening:
            if mark is not None and words:
                footnotes.append(Footnote(mark, " ".join(words), first + 1))
            mark, first = (line if alone or opening is None else opening.group(1)), index
            words = [] if alone or opening is None else [line[opening.end():]]
        else:
            words.append(line)
    if mark is not None and words:
        footnotes.append(Footnote(mark, " ".join(words), first + 1))
    return footnotes


def _pages(raw: Sequence[str]) -> Iterable[tuple[int, int]]:
    """(first, end) line indexes of each page; a form feed separates pages."""
    start = 0
    for index, line in enumerate(raw):
        if "\f" in line:
            yield start, index
            start = index + 1
    yield start, len(raw)


def _any_label(lines: Iterable[str]) -> bool:
    return any(LABEL_START.match(line.strip()) for line in lines)


# --------------------------------------------------------------------------------------------
# Furniture glued to the end of a recommendation


# After the recommending State(s) "(France);" (and a footnote mark glued to them), what ends
# a page: a page number, a job number, a running header, the Secretariat's note, a footnote.
_AFTER_ATTRIBUTION = r"(?<=\))\s*[;.,]?(?:\d{1,2}|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?"
_TRAILING_FURNITURE = re.compile(
    _AFTER_ATTRIBUTION + rf"""(?P<furniture>\s+(?:
        (?:\d{{1,3}}\s+)?{_JOB_NUMBER}.*
      | (?:\d{{1,3}}\s+)?{_SYMBOL_WRITTEN}(?:\s+\d{{1,3}})?
      | (?:page|p\.)\s*\d{{1,3}}
      | \d{{3}}
      | {_NOT_EDITED}
    ))$""",
    re.VERBOSE | re.IGNORECASE,
)
_TRAILING_FOOTNOTE = re.compile(
    _AFTER_ATTRIBUTION + rf"\s+(?P<mark>{_MARKER})\s+(?P<text>[A-Z“\"‘'][^\s]*\s+\S.*)$", re.DOTALL)


def strip_trailing_furniture(body: str, ends_with_states: Callable[[str], bool]) -> tuple[str, list[Footnote]]:
    """The text of an item without the page furniture and footnotes glued after its recommending
    State(s), and the footnotes taken off (mark and text; line 0: not known here).

    `ends_with_states` tells whether a text ends with its recommending State(s) in parentheses:
    only after them can what follows be a footnote ("…(ICCPR) 2 Optional Protocols" is text).
    """
    footnotes: list[Footnote] = []
    while True:
        furniture = _TRAILING_FURNITURE.search(body)
        if furniture:
            body = body[:furniture.start("furniture")].rstrip()
            continue
        footnote = _earliest_footnote(body, ends_with_states)
        if footnote is None:
            return body, footnotes
        footnotes.insert(0, Footnote(footnote.group("mark"), " ".join(footnote.group("text").split()), 0))
        body = body[:footnote.start("mark")].rstrip()


def _earliest_footnote(body: str, ends_with_states: Callable[[str], bool]) -> re.Match[str] | None:
    """A footnote glued after the State(s): the first closing parenthesis of a recommending
    State followed by a mark and a sentence that runs to the end (a footnote may quote States in
    parentheses itself, so the first one is the right one)."""
    for closing in re.finditer(r"\)", body):
        match = _TRAILING_FOOTNOTE.match(body, closing.end())
        if match and not LABEL_START.match(match.group("text")) and ends_with_states(body[:closing.end()]):
            return match
    return None
