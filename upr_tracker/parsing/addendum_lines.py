"""Lines of an addendum's extracted text, and the page furniture among them (running symbols,
job numbers, page numbers, repeated table headers)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_FLAGS = re.IGNORECASE | re.VERBOSE


# --- lines and page furniture ------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    number: int          # 1-based, as an editor counts them (a form feed does not end a line)
    text: str            # stripped
    indent: int          # leading spaces (tabs expanded)


# Some PDF extractions separate every word of a line by a tab ("Examplestan\taccepts\tthe"): there a
# tab is a space, not a column; elsewhere it is a gap to the next tab stop.
_TABS_AS_SPACES = re.compile(r"(?<=\S)\t(?=\S)")


# Ligatures a PDF's fonts give as one character ("deﬁnitive"): the words are read letter by letter.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})


def read_lines(text: str) -> list[Line]:
    lines = []
    text = text.translate(_LIGATURES)
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if "\t" in raw and not re.search(r"\S \S", raw) and re.search(r"[^\W\d_]\t\S", raw):
            raw = _TABS_AS_SPACES.sub(" ", raw)
        cleaned = raw.replace("\f", "").replace("\xa0", " ").expandtabs(8).rstrip()
        stripped = cleaned.lstrip()
        lines.append(Line(number, stripped, len(cleaned) - len(stripped)))
    return lines


_RUNNING_SYMBOL = re.compile(r"^A/HRC/\d+/\d+(?:/Add\.\s*\d+)?(?:/Corr\.\s*\d+)?$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^GE\.\d{2}-\d{4,6}\b")                       # GE.10-14134 (E) 150610
_PAGE_MARK = re.compile(r"^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3})$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBER_BESIDE_TEXT = re.compile(r"^\d{1,3}(?:\.\d{1,3})?[.,]?\s{2,}\S")
# A running head that holds the symbol and the page number on one line, as a layout extraction
# gives it: "A/HRC/14/10/Add.1            page 3", "4          A/HRC/14/10/Add.1".
_SYMBOL_AND_PAGE = re.compile(
    r"^(?:A/HRC/\d+/\d+(?:/Add\.\s*\d+)?\s{2,}(?:page\s+)?\d{1,3}|(?:page\s+)?\d{1,3}\s{2,}A/HRC/\d+/\d+(?:/Add\.\s*\d+)?)$",
    re.IGNORECASE,
)

# The table header, repeated on every page, whole or in pieces: "No. of", "recommendation",
# "Position of the Kazakh authorities", "Recommendation   Position   Comments".
# Each word with the spaces after it is matched once for all (atomic): the spaces could otherwise
# be shared between words in exponentially many ways before a line that is not a header fails
# (ten words with wide spacing took seconds, twenty would take days). The words between "Position
# of the" and "authorities" are bounded too: a line of "views of the" repeated scanned to its end
# at each word.
TABLE_HEADER = re.compile(
    r"""
    ^(?>
        (?: No\.?\s+of | Nos?\. | Number | recommendations?(?:\(s\))? | recs?\. | paragraphs?
          | (?:position|responses?|repl(?:y|ies)|views)
                \s+of\s+the\s+[A-Za-z\s’'-]{0,60}?(?:authorities|government|state)(?:\s+of(?:\s+[A-Za-z’'-]+){0,8})?
          | (?:position|views)\s+of\s+the(?:\s+[A-Za-z’'-]+){1,3}   # "Position of the Kazakh" over "authorities"
          | (?:position|posición)\s+(?:du|de\s+la|de\s+l['’]|del|de|des)\s*(?:[\w’'-]+(?:\s|$)\s*){1,8}  # "Position du Gouvernement du Bénin"
          | позиция(?:\s+[\w-]+){1,6}
          | position | responses? | repl(?:y|ies) | views
          | authorities | government
          | comments? | explanations? | remarks? | status(?:\s+of\s+implementation)? | implementation
          | (?:accepted|supported)\s*/\s*(?:noted|not\s+accepted|rejected)
          # French, Spanish, Russian: "No de la recommandation | Position du Gouvernement du Bénin",
          # "Número de la recomendación | Posición del Gobierno de X", "№ рекомендации | Позиция правительства"
          | N[o°º]s?\.?\s+de\s+la | Num[ée]ro(?:\s+de\s+la)? | Número(?:\s+de\s+la)? | №
          | recommandations? | recomendaci(?:ón|ones) | рекомендаци[яиюй]
          | position | posición | позиция | observations | commentaires | comentarios | observaciones | комментарии
          | (?:autorités|gouvernement|gobierno|autoridades|правительства|властей)
        ) \s*[/|]?\s*
    )+$
    """,
    _FLAGS,
)

# A page number sits far to the right in a layout extraction.
PAGE_NUMBER_INDENT = 30


def noise_lines(lines: list[Line]) -> set[int]:
    """Indexes of page furniture: running symbols, job numbers, page numbers, table headers."""
    furniture = {
        i for i, line in enumerate(lines)
        if _RUNNING_SYMBOL.match(line.text) or _JOB_NUMBER.match(line.text) or _PAGE_MARK.match(line.text)
        or _SYMBOL_AND_PAGE.match(line.text)
        or TABLE_HEADER.match(line.text)
    }
    furniture |= _header_continuations(lines, furniture)
    # A bare number beside a running symbol or job number is a page number; beside the table
    # header it is the first label of the page.
    running = {i for i in furniture if not TABLE_HEADER.match(lines[i].text)}
    # Far to the right it is a page number too, unless it stands in the column of the numbers that
    # open rows beside their answers (a wide left margin in a layout extraction).
    number_column = Counter(line.indent for line in lines if _NUMBER_BESIDE_TEXT.match(line.text))
    page_numbers = set()
    for i, line in enumerate(lines):
        if not _BARE_NUMBER.match(line.text):
            continue
        in_number_column = sum(number_column[line.indent + d] for d in (-1, 0, 1)) >= 2
        if (line.indent >= PAGE_NUMBER_INDENT and not in_number_column) or _near(i, lines, running):
            page_numbers.add(i)
    return furniture | page_numbers


# A header's cells wrap in narrow columns: "Recommendation   Position of the Government of" over
# "No.              Examplestan". The second line holds header words and the end of a name.
_CELL_GAP = re.compile(r"\s{2,}")
_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w’'()-]*(?:\s+(?:of|and|the|[A-Z][\w’'()-]*))*$")


def _header_continuations(lines: list[Line], furniture: set[int]) -> set[int]:
    """The line right under a table header that finishes its wrapped cells."""
    found = set()
    for i in sorted(furniture):
        if not TABLE_HEADER.match(lines[i].text):
            continue
        following = i + 1
        if following >= len(lines) or not lines[following].text or following in furniture:
            continue
        cells = _CELL_GAP.split(lines[following].text)
        headers = [cell for cell in cells if TABLE_HEADER.match(cell)]
        names = [cell for cell in cells if not TABLE_HEADER.match(cell) and _NAME.match(cell)]
        dangling = lines[i].text.rstrip().endswith(" of")
        if len(headers) + len(names) == len(cells) and (headers or (dangling and len(names) == 1)):
            found.add(following)
    return found


def _near(index: int, lines: list[Line], marks: set[int]) -> bool:
    """Is the nearest non-blank line before or after this one a piece of page furniture?"""
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].text:
            j += step
        if j in marks:
            return True
    return False
