"""The source text a problem concerns: a stored document's lines as the parsers numbered them, the
page furniture among them, and where a recorded response text stands."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.label_ranges import parse_label_list
from upr_tracker.storage.models import (
    Document,
    ImportProblem,
    Response,
)

# --------------------------------------------------------------------------------------------
# Source text


_RUNNING_SYMBOL = re.compile(r"^A/HRC/\d+/\d+(?:/Add\.\s*\d+)?(?:/Corr\.\s*\d+)?$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^GE\.\d{2}-\d{4,6}\b")
_PAGE_MARK = re.compile(r"^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3})$", re.IGNORECASE)


def source_lines(text: str | None) -> list[str]:
    """The lines of a stored document text, numbered as the parsers number them (from 1)."""
    if not text:
        return []
    return [raw.replace("\f", "").replace("\xa0", " ").expandtabs(8).rstrip()
            for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def lines_of(document: Document) -> list[str]:
    lines = source_lines(document.source_text)
    if not lines:
        raise InvalidValueError(f"{document_name(document)}: its text was not kept (it was read from its tables), "
                                "so no text can be taken from it: correct the position or resolve with a note")
    return lines


def document_name(document: Document) -> str:
    return document.symbol or document.file_name or document.kind.replace("_", " ")


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(_RUNNING_SYMBOL.match(stripped) or _JOB_NUMBER.match(stripped) or _PAGE_MARK.match(stripped))


def is_numbers(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and parse_label_list(stripped) is not None


def joined_text(lines: list[str], first: int, last: int) -> str:
    """Lines first..last (1-based, inclusive) joined as the parsers join them: a break kept only
    where a sentence ended; page furniture left out."""
    out = ""
    for raw in lines[first - 1:last]:
        line = " ".join(raw.split())
        if not line or is_furniture(line):
            continue
        if out:
            out += "\n" if out.endswith((".", ":", ";", "!", "?", "”", '"')) else " "
        out += line
    return out


def text_span(problem: ImportProblem, lines: list[str], replaced: Sequence[Response]) -> tuple[int, int]:
    """The lines of the text a problem is about: where the responses made of it lie, else from
    the problem's line (past the numbers written there) to the next group of numbers."""
    spans = [s for s in (locate(lines, r.response_text or "", problem.line) for r in replaced) if s]
    if spans:
        return min(s[0] for s in spans), max(s[1] for s in spans)
    if problem.line is None or not 1 <= problem.line <= len(lines):
        raise InvalidValueError("the problem gives no line of the document to take its text from")
    span = span_from(lines, problem.line)
    if span is None:
        raise InvalidValueError(f"no text was found from line {problem.line} of {document_name(problem.document)}")
    return span


def span_from(lines: list[str], line: int) -> tuple[int, int] | None:
    """From `line`, past any numbers and blank lines, to the line before the next group of numbers."""
    start = line
    while start <= len(lines) and (not lines[start - 1].strip() or is_numbers(lines[start - 1])):
        start += 1
    if start > len(lines):
        return None
    end = start
    while end < len(lines) and not is_numbers(lines[end]):
        end += 1
    while end > start and (not lines[end - 1].strip() or is_furniture(lines[end - 1])):
        end -= 1
    return start, end


def locate(lines: list[str], text: str, near: int | None) -> tuple[int, int] | None:
    """The lines (first, last) where a stored response text lies in the source text, blind to
    line breaks and spacing; the occurrence nearest `near` if it is there more than once."""
    target = " ".join(text.split())
    if not target:
        return None
    starts: list[int] = []
    numbers: list[int] = []
    pieces: list[str] = []
    offset = 0
    for number, raw in enumerate(lines, 1):
        words = " ".join(raw.split())
        if not words:
            continue
        starts.append(offset)
        numbers.append(number)
        pieces.append(words)
        offset += len(words) + 1
    joined = " ".join(pieces)

    def line_at(position: int) -> int:
        return numbers[bisect.bisect_right(starts, position) - 1]

    def occurrences(needle: str, start: int = 0) -> list[int]:
        found, at = [], joined.find(needle, start)
        while at >= 0:
            found.append(at)
            at = joined.find(needle, at + 1)
        return found

    def nearest(found: list[int]) -> int:
        return min(found, key=lambda at: abs(line_at(at) - near)) if near is not None else found[0]

    whole = occurrences(target)
    if whole:
        at = nearest(whole)
        return line_at(at), line_at(at + len(target) - 1)
    # Page furniture inside the text was left out of the stored response: match its two ends.
    head, tail = target[:80], target[-80:]
    heads = occurrences(head)
    if not heads:
        return None
    at = nearest(heads)
    tails = occurrences(tail, at)
    if not tails:
        return None
    return line_at(at), line_at(tails[0] + len(tail) - 1)
