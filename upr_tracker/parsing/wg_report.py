"""Reading a Working Group report (A/HRC/<n>/<n>): who was reviewed, when, and its recommendations.

The report's "Conclusions and/or recommendations" section holds numbered lists, one per
paragraph, each introduced by a sentence that gives the State's initial position ("enjoy the
support of", "will be examined by", "did not enjoy the support of", "have been noted by").
Cycle 1 numbers the items 1, 2, 3… again in each paragraph; later cycles number them 115.1,
115.2… Each item ends with the recommending State(s) in parentheses.

The text may come from a PDF (page headers, page numbers, job numbers, footnotes, lines
wrapped mid-sentence), from Word, or from a text file with one paragraph a line. What cannot be
read is kept and reported as a Problem, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from upr_tracker.domain.cycles import cycle_of_session
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.names import name_key
from upr_tracker.domain.positions import Position
from upr_tracker.domain.reference import shipped_states
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
    ParsedDocument,
    ParsedRecommendation,
    Problem,
    ProblemKind,
)

REPORT_TITLE = "Report of the Working Group on the Universal Periodic Review"

# How far numbering may jump and still be read as the next item (the gap is reported).
_MAX_NUMBERING_GAP = 25
_EXCERPT_LENGTH = 120


def parse_working_group_report(text: str) -> ParsedDocument:
    """Read a Working Group report's identity and recommendations, with the problems met."""
    problems: list[Problem] = []
    lines = content_lines(text)
    identity = _read_identity(text, lines)
    section = _conclusions_section(lines, problems)
    paragraphs = _read_paragraphs(section, problems)
    recommendations = _recommendations_of(paragraphs, problems)
    return ParsedDocument(
        kind=DocumentKind.WORKING_GROUP_REPORT.value,
        identity=identity,
        recommendations=recommendations,
        problems=problems,
    )


# ============================================================================================
# Lines: the text without page furniture and footnotes, whitespace collapsed


@dataclass(frozen=True)
class Line:
    number: int   # 1-based line in the text given to the parser
    text: str     # stripped, runs of whitespace collapsed to one space


_PAGE_FURNITURE = re.compile(
    r"""^(?:
        \d{1,3}                                        # page number
      | (?:\d{1,3}\s+)?A/HRC/[\w.]+(?:/[\w.]+)*(?:\s+\d{1,3})?   # running header, maybe with page number
      | GE\.\d{2}-\d{4,6}\b.*                           # job number, often followed by dates
      | \*\d{5,}\*                                      # bar code
      | Please\s+recycle.*
    )$""",
    re.VERBOSE,
)
# A footnote marker glued to the word or punctuation before it: "(Slovenia);2", "Review*", "Rights¹".
_SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_MARKER = rf"\d{{1,2}}|[{_SUPERSCRIPT_DIGITS}]{{1,2}}|\*{{1,3}}"
_FOOTNOTE_MARKER = re.compile(rf"(?:(?<=[A-Za-z;,)”’\"])|(?<=[^\d\s]\.))({_MARKER})(?=\s|$)")
_FOOTNOTE_START = re.compile(rf"^({_MARKER})\s+(?=[A-Z“\"‘'(])")
_FOOTNOTE_MARKER_ALONE = re.compile(rf"^(?:{_MARKER})$")
_FOOTNOTE_TEXT_START = re.compile(r"^[A-Z“\"‘'(]")

# Numbers that open a line: "115.1" / "115.1." (an item of paragraph 115), "95." (a paragraph,
# or in cycle 1 an item whose number restarts in each paragraph).
_DOTTED_LABEL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+|$)")
_PLAIN_NUMBER = re.compile(r"^(\d{1,3})\.(?:\s+|$)")
_LABEL_START = re.compile(r"^\d{1,3}\.(?:\d{1,3}\.?)?(?:\s|$)")


def content_lines(text: str) -> list[Line]:
    """The non-blank lines of the text that are neither page furniture nor footnotes."""
    raw = text.split("\n")
    footnote_lines = _footnote_line_numbers(raw)
    kept = []
    for index, line in enumerate(raw):
        collapsed = " ".join(line.split())
        if not collapsed or index in footnote_lines or _PAGE_FURNITURE.match(collapsed):
            continue
        kept.append(Line(index + 1, collapsed))
    return kept


def _footnote_line_numbers(raw: Sequence[str]) -> set[int]:
    """Indexes of the footnotes at the foot of the pages of an extracted PDF.

    A footnote starts in the lower half of its page with a marker that the text uses
    ("…(Slovenia);2" then "2 The original recommendation read…"), runs to the end of the page and
    holds no label. Without form feeds there are no pages, and no footnotes to find.
    """
    markers = {match.group(1) for line in raw for match in _FOOTNOTE_MARKER.finditer(line)}
    if not markers or not any("\f" in line for line in raw):
        return set()
    found: set[int] = set()
    for start, end in _pages(raw):
        for index in range(max(start + 1, start + (end - start) // 2), end):
            if _opens_footnote(raw, index, end, markers):
                found.update(range(index, end))
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
        opens = bool(opening) and opening.group(1) in markers and not raw[index - 1].strip()
    return opens and not _any_label(raw[index + 1:end])


def _pages(raw: Sequence[str]) -> Iterable[tuple[int, int]]:
    """(first, end) line indexes of each page; a form feed separates pages."""
    start = 0
    for index, line in enumerate(raw):
        if "\f" in line:
            yield start, index
            start = index + 1
    yield start, len(raw)


def _any_label(lines: Iterable[str]) -> bool:
    return any(_LABEL_START.match(line.strip()) for line in lines)


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT_LENGTH else text[: _EXCERPT_LENGTH - 1] + "…"


# ============================================================================================
# Identity: symbol, State under review, session, cycle, date, title


_SYMBOL = re.compile(r"\bA/HRC/\d{1,2}/\d{1,3}\b(?![/.]?\d)(?!/Add)")
_TITLE = re.compile(r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review", re.IGNORECASE)
_SESSION = re.compile(
    r"held\s+its\s+(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|[A-Za-z]+(?:[\s-][A-Za-z]+)?)\s+session",  # "twenty-first"
    re.IGNORECASE)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b")
_DISTRIBUTION_DATE = re.compile(r"Distr\.:\s*\w+\s+" + _DATE.pattern)
_REVIEW_DATE = re.compile(r"review\s+of\s+.{1,80}?\s+was\s+held\s+at\s+the\s+\w+\s+meeting,?\s+on\s+" + _DATE.pattern)
_HEADER_LENGTH = 3000   # at most, the characters of flattened text before the report's body
_BODY_START = re.compile(r"\bIntroduction\b|\b1\.\s+The\s+Working\s+Group|held\s+its\s")


def _read_identity(text: str, lines: Sequence[Line]) -> DocumentIdentity:
    flat = " ".join(text.split())
    session = _session_number(flat)
    title, state_name = _title_and_state(lines)
    return DocumentIdentity(
        symbol=_report_symbol(flat),
        state_name=state_name,
        cycle=cycle_of_session(session) if session else None,
        session=session,
        issued_on=_issue_date(flat),
        title=title,
    )


def _report_symbol(flat: str) -> str | None:
    """The symbol in the running headers: the most frequent one."""
    counts = Counter(_SYMBOL.findall(flat))
    return counts.most_common(1)[0][0] if counts else None


def _session_number(flat: str) -> int | None:
    match = _SESSION.search(flat)
    return ordinal_number(match.group("ordinal")) if match else None


_UNIT_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}
_TEEN_ORDINALS = {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_TENS_ORDINALS = {word[:-1] + "ieth": value for word, value in _TENS.items()}  # "twentieth"


def ordinal_number(wording: str) -> int | None:
    """1 to 99 from "seventh", "twenty-first", "forty second", "fiftieth" or "42nd"; else None."""
    word = " ".join(wording.lower().replace("-", " ").split())
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word)
    if digits:
        return int(digits.group(1))
    simple = _UNIT_ORDINALS.get(word) or _TEEN_ORDINALS.get(word) or _TENS_ORDINALS.get(word)
    if simple:
        return simple
    tens, _, unit = word.partition(" ")
    if tens in _TENS and unit in _UNIT_ORDINALS:
        return _TENS[tens] + _UNIT_ORDINALS[unit]
    return None


def _issue_date(flat: str) -> dt.date | None:
    """The distribution date of the report; else the first date of its header; else the review's."""
    body_start = _BODY_START.search(flat)
    header = flat[:min(body_start.start() if body_start else len(flat), _HEADER_LENGTH)]
    for pattern, where in ((_DISTRIBUTION_DATE, header), (_DATE, header), (_REVIEW_DATE, flat)):
        match = pattern.search(where)
        if match:
            day, month, year = match.groups()[-3:]
            try:
                return dt.date(int(year), _MONTHS.index(month) + 1, int(day))
            except ValueError:   # "31 February": try the next clue
                continue
    return None


def _title_and_state(lines: Sequence[Line]) -> tuple[str | None, str | None]:
    """The report's title and the State named under it (the title may wrap over two lines)."""
    for index, line in enumerate(lines[:200]):
        if not line.text.lower().startswith("report of the working group"):
            continue
        joined, last = line.text, index
        while not _TITLE.search(joined) and last < index + 2 and last + 1 < len(lines):
            last += 1
            joined += " " + lines[last].text
        match = _TITLE.search(joined)
        if not match:
            continue
        after_title = joined[match.end():].strip(" *0123456789")
        following = [after_title] if after_title else []
        following += [next_line.text for next_line in lines[last + 1:last + 3]]
        return REPORT_TITLE, _state_under_review(following)
    return None, None


def _state_under_review(following: Sequence[str]) -> str | None:
    """The State's name from the lines under the title: a known name over one or two lines."""
    candidates = [line.strip(" *") for line in following if not line.startswith("*")]
    if len(candidates) >= 2 and is_known_state(f"{candidates[0]} {candidates[1]}"):
        return f"{candidates[0]} {candidates[1]}"
    if candidates and (is_known_state(candidates[0]) or _looks_like_state_name(candidates[0])):
        return candidates[0]
    return None


# ============================================================================================
# The conclusions section


_SECTION_HEADING = re.compile(r"^(?:[IVX]+\.\s*)?Conclusions\s+and/or\s+recommendations\W*$", re.IGNORECASE)
_SECTION_END = re.compile(
    r"^(?:Annex(?:\s+[IVX]+)?(?:\s+(?:Composition|\[).*)?|Composition\s+of\s+the\s+delegation.*|\[English\s+only\])$"
)
_CLOSING_PARAGRAPH = re.compile(r"^\d{1,3}\.\s+All\s+conclusions\s+and/or\s+recommendations", re.IGNORECASE)
_LIST_INTRODUCTION = re.compile(
    r"^\d{1,3}\.\s.*\brecommendations\b.*\b(?:enjoy|examined|noted|support|reject|accept)", re.IGNORECASE)
# A label inside a line, after the end of the previous item ("…(France); 115.2 Adopt…").
_INLINE_LABEL = re.compile(r"(?:(?<=[;:])|(?<=\)\.))\s+(?=\d{1,3}\.(?:\d{1,3}\.?)?\s+\S)")


def _conclusions_section(lines: Sequence[Line], problems: list[Problem]) -> list[Line]:
    start = _section_start(lines)
    if start is None:
        problems.append(Problem(ProblemKind.UNREADABLE,
                                "no 'Conclusions and/or recommendations' section found: no recommendation was read"))
        return []
    section = []
    for line in lines[start:]:
        if _SECTION_END.match(line.text) or _CLOSING_PARAGRAPH.match(line.text):
            break
        section.extend(_split_inline_labels(line))
    return section


def _section_start(lines: Sequence[Line]) -> int | None:
    """After the last heading (the first one may be the table of contents); without a heading,
    at the first paragraph that introduces a list of recommendations."""
    headings = [index for index, line in enumerate(lines) if _SECTION_HEADING.match(line.text)]
    if headings:
        return headings[-1] + 1
    for index, line in enumerate(lines):
        if _PLAIN_NUMBER.match(line.text) and _LIST_INTRODUCTION.match(_paragraph_opening(lines, index)):
            return index
    return None


def _paragraph_opening(lines: Sequence[Line], index: int) -> str:
    """The paragraph's first three lines at most, stopping at the next numbered line."""
    texts = [lines[index].text]
    for line in lines[index + 1:index + 3]:
        if _LABEL_START.match(line.text):
            break
        texts.append(line.text)
    return " ".join(texts)


def _split_inline_labels(line: Line) -> list[Line]:
    """A text with one paragraph a line may run several items together on one line."""
    pieces = _INLINE_LABEL.split(line.text)
    return [Line(line.number, piece.strip()) for piece in pieces if piece.strip()]


# ============================================================================================
# Paragraphs and their numbered items


@dataclass
class _Item:
    number: int
    line: int
    parts: list[str]


@dataclass
class _Paragraph:
    number: int
    line: int
    introduction: list[str]
    items: list[_Item] = field(default_factory=list)
    dotted_labels: bool | None = None   # "115.1" (True), "1." (False), no item yet (None)

    @property
    def last_item_number(self) -> int:
        return self.items[-1].number if self.items else 0

    def label(self, number: int) -> str:
        return f"{self.number}.{number}"


_ENDS_LIKE_RECOMMENDATION = re.compile(r"\)\s*[;.,]?\s*(?:\d{1,2}|\*)?$")


def _read_paragraphs(section: Sequence[Line], problems: list[Problem]) -> list[_Paragraph]:
    """Group the section's lines into numbered paragraphs and their numbered items."""
    paragraphs: list[_Paragraph] = []
    for index, line in enumerate(section):
        current = paragraphs[-1] if paragraphs else None
        dotted, plain = _DOTTED_LABEL.match(line.text), _PLAIN_NUMBER.match(line.text)
        read: _Paragraph | bool = False
        if dotted:
            read = _read_dotted_label(current, dotted, line, problems)
        elif plain:
            read = _read_plain_number(current, plain, line, section, index, problems)
        if isinstance(read, _Paragraph):
            paragraphs.append(read)
        elif not read:
            _continue_text(current, line, problems, looks_like_label=bool(dotted or plain))
    return paragraphs


# The two label readers return the paragraph they open, True when they added an item to the
# current paragraph, False when the line is text after all.


def _read_dotted_label(current: _Paragraph | None, match: re.Match, line: Line,
                       problems: list[Problem]) -> _Paragraph | bool:
    """"P.k" is the next item of paragraph P, or opens paragraph P when the list comes without
    its introduction."""
    paragraph_number, item_number = int(match.group(1)), int(match.group(2))
    rest = line.text[match.end():]
    if current is not None and paragraph_number == current.number:
        if current.last_item_number < item_number <= current.last_item_number + _MAX_NUMBERING_GAP:
            _add_item(current, item_number, line, rest, problems, dotted=True)
            return True
        return False
    opens_list = item_number <= _MAX_NUMBERING_GAP and (current is None or paragraph_number == current.number + 1)
    if not opens_list:
        return False
    paragraph = _Paragraph(paragraph_number, line.number, [])
    _add_item(paragraph, item_number, line, rest, problems, dotted=True)
    return paragraph


def _read_plain_number(current: _Paragraph | None, match: re.Match, line: Line,
                       section: Sequence[Line], index: int, problems: list[Problem]) -> _Paragraph | bool:
    """"N." opens paragraph N, or is item N of a cycle-1 list (numbers restart in each paragraph)."""
    number = int(match.group(1))
    rest = line.text[match.end():]
    opens_paragraph = current is None or number == current.number + 1
    continues_list = (current is not None and current.dotted_labels is not True
                      and current.last_item_number < number <= current.last_item_number + _MAX_NUMBERING_GAP)
    if opens_paragraph and continues_list:
        # Item 96 of paragraph 95, or paragraph 96? An item ends with its State(s) in parentheses.
        opens_paragraph = not _ENDS_LIKE_RECOMMENDATION.search(_block_text(section, index))
    if opens_paragraph:
        return _Paragraph(number, line.number, [rest] if rest else [])
    if continues_list:
        _add_item(current, number, line, rest, problems, dotted=False)
        return True
    return False


def _block_text(section: Sequence[Line], index: int) -> str:
    """The text from this line to the next line that starts with a number."""
    texts = [section[index].text]
    for line in section[index + 1:]:
        if _LABEL_START.match(line.text):
            break
        texts.append(line.text)
    return " ".join(texts)


def _add_item(paragraph: _Paragraph, number: int, line: Line, rest: str, problems: list[Problem],
              *, dotted: bool) -> None:
    expected = paragraph.last_item_number + 1
    if number > expected:
        missing = tuple(paragraph.label(n) for n in range(expected, number))
        after = f"{paragraph.label(expected - 1)} is followed by" if expected > 1 else "the list starts at"
        problems.append(Problem(ProblemKind.UNREADABLE,
                                f"numbering gap: {_label_list(missing)} not found ({after} {paragraph.label(number)})",
                                labels=missing, line=line.number, excerpt=_excerpt(line.text)))
    paragraph.dotted_labels = dotted
    paragraph.items.append(_Item(number, line.number, [rest] if rest else []))


def _label_list(labels: Sequence[str]) -> str:
    return labels[0] if len(labels) == 1 else f"{labels[0]} to {labels[-1]}"


def _continue_text(current: _Paragraph | None, line: Line, problems: list[Problem], *,
                   looks_like_label: bool) -> None:
    """A line that continues the item or introduction before it."""
    if current is None:
        problems.append(Problem(ProblemKind.UNREADABLE, "text outside any numbered paragraph, not read",
                                line=line.number, excerpt=_excerpt(line.text)))
        return
    if current.items:
        target = current.items[-1]
        target.parts.append(line.text)
        if looks_like_label:
            problems.append(Problem(
                ProblemKind.UNREADABLE,
                f"a line starts like a label but is out of sequence; kept as text of {current.label(target.number)}",
                labels=(current.label(target.number),), line=line.number, excerpt=_excerpt(line.text)))
    else:
        current.introduction.append(line.text)


# ============================================================================================
# Recommendations from the paragraphs


_NOTED_WORDING = re.compile(
    r"""d(?:id|o|oes)\s+not\s+enjoy            # did not enjoy the support of
      | not\s+(?:been\s+)?(?:supported|accepted)
      | \bnoted\b                           # have been noted by, would thus be noted
      | \breject | not\s+accept""",
    re.IGNORECASE | re.VERBOSE)
_PENDING_WORDING = re.compile(
    r"""will\s+be\s+examined | will\s+examine
      | responses?\s+in\s+due\s+(?:time|course)
      | will\s+provide\s+(?:its\s+)?responses?
      | under\s+consideration""",
    re.IGNORECASE | re.VERBOSE)
_SUPPORTED_WORDING = re.compile(
    r"enjoys?\s+(?:the\s+|its\s+)?support | \bsupport(?:ed|s)\b | \baccept(?:ed|s)\b",
    re.IGNORECASE | re.VERBOSE)
_LIST_ANNOUNCEMENT = re.compile(r"\b(?:following|listed\s+below|below)\b", re.IGNORECASE)
_IMPLEMENTED_WORDING = re.compile(
    r"already\s+(?:been\s+)?implemented|in\s+(?:the\s+)?process\s+of\s+(?:being\s+)?implement", re.IGNORECASE)


def list_position(introduction: str) -> tuple[Position | None, bool]:
    """The initial position a list's introduction gives, and whether it says "already implemented".

    "did not enjoy the support" contains "enjoy the support": the noted wordings are tried first.
    """
    if _NOTED_WORDING.search(introduction):
        return Position.NOTED, False
    if _PENDING_WORDING.search(introduction):
        return Position.PENDING, False
    implemented = bool(_IMPLEMENTED_WORDING.search(introduction))
    if _SUPPORTED_WORDING.search(introduction) or implemented:
        return Position.SUPPORTED, implemented
    return None, False


def _recommendations_of(paragraphs: Sequence[_Paragraph], problems: list[Problem]) -> list[ParsedRecommendation]:
    recommendations: list[ParsedRecommendation] = []
    last_list: _Paragraph | None = None
    for paragraph in paragraphs:
        introduction = _join_lines(paragraph.introduction)
        if paragraph.items:
            recommendations += _list_recommendations(paragraph, introduction, problems)
            last_list = paragraph
        elif _IMPLEMENTED_WORDING.search(introduction):
            _mark_implemented(recommendations, introduction, paragraph, last_list, problems)
        elif _announces_list(introduction):
            problems.append(Problem(ProblemKind.UNREADABLE,
                                    f"paragraph {paragraph.number} announces a list but no numbered "
                                    "recommendation follows",
                                    line=paragraph.line, excerpt=_excerpt(introduction)))
    return recommendations


def _announces_list(introduction: str) -> bool:
    """"The following recommendations enjoy the support of X:" with no list after it."""
    return (introduction.endswith(":") or bool(_LIST_ANNOUNCEMENT.search(introduction))) and \
        list_position(introduction)[0] is not None


def _list_recommendations(paragraph: _Paragraph, introduction: str,
                          problems: list[Problem]) -> list[ParsedRecommendation]:
    position, implemented = list_position(introduction)
    labels = tuple(paragraph.label(item.number) for item in paragraph.items)
    if position is None:
        problems.append(Problem(ProblemKind.UNCLEAR_POSITION,
                                f"paragraph {paragraph.number}: its introduction gives no position",
                                labels=labels, line=paragraph.line, excerpt=_excerpt(introduction) or None))
    return [_recommendation(paragraph, item, position, implemented, problems) for item in paragraph.items]


def _recommendation(paragraph: _Paragraph, item: _Item, position: Position | None, implemented: bool,
                    problems: list[Problem]) -> ParsedRecommendation:
    label = paragraph.label(item.number)
    body = _join_lines(item.parts)
    attribution = read_attribution(body)
    if not attribution.states:
        problems.append(Problem(ProblemKind.UNREADABLE,
                                f"{label}: no recommending State in parentheses at its end",
                                labels=(label,), line=item.line, excerpt=_excerpt(body) or None))
    for name in attribution.unrecognised:
        problems.append(Problem(ProblemKind.UNREADABLE,
                                f"{label}: recommending State not recognised: {name!r} (kept as written)",
                                labels=(label,), line=item.line, excerpt=_excerpt(body)))
    return ParsedRecommendation(
        label=label,
        text=attribution.text,
        recommending_states=attribution.states,
        paragraph=str(paragraph.number),
        line=item.line,
        position=position.value if position else None,
        considered_implemented=implemented,
    )


def _join_lines(parts: Sequence[str]) -> str:
    """Join wrapped lines; a hyphen at a line end is a real one ("well-" + "being")."""
    pieces: list[str] = []
    for part in parts:
        if pieces and pieces[-1].endswith("-") and pieces[-1][-2:-1].isalnum() and part[:1].isalnum():
            pieces[-1] += part
        else:
            pieces.append(part)
    return " ".join(pieces).strip()


# --- "Kazakhstan considers that recommendations Nos. 7, 8, … above have already been implemented"

_PARAGRAPH_REFERENCE = re.compile(r"\bparagraphs?\s+(\d{1,3})\b", re.IGNORECASE)
_NUMBER_OR_RANGE = re.compile(r"(\d{1,3}(?:\.\d{1,3})?)(?:\s*(?:-|–|—|to)\s*(\d{1,3}(?:\.\d{1,3})?))?")


def _mark_implemented(recommendations: list[ParsedRecommendation], introduction: str, paragraph: _Paragraph,
                      last_list: _Paragraph | None, problems: list[Problem]) -> None:
    """Set considered_implemented on the labels a paragraph lists as already implemented."""
    known = {recommendation.label: index for index, recommendation in enumerate(recommendations)}
    default_paragraph = str(last_list.number) if last_list else None
    for label in _referenced_labels(introduction, default_paragraph):
        index = known.get(label)
        if index is None:
            problems.append(Problem(ProblemKind.UNKNOWN_LABEL,
                                    f"paragraph {paragraph.number} says {label} is already implemented, "
                                    "but the report has no such recommendation",
                                    labels=(label,), line=paragraph.line, excerpt=_excerpt(introduction)))
            continue
        recommendations[index] = replace(recommendations[index], considered_implemented=True)


def _referenced_labels(sentence: str, default_paragraph: str | None) -> list[str]:
    """Labels named between "recommendation(s)" and "implemented": "Nos. 7, 8, 10-12", "95.7"."""
    start = sentence.lower().find("recommendation")
    end = _IMPLEMENTED_WORDING.search(sentence)
    span = sentence[max(start, 0): end.start() if end else len(sentence)]
    named_paragraph = _PARAGRAPH_REFERENCE.search(span)
    paragraph = named_paragraph.group(1) if named_paragraph else default_paragraph
    span = _PARAGRAPH_REFERENCE.sub(" ", span)
    labels: list[str] = []
    for first, last in _NUMBER_OR_RANGE.findall(span):
        for reference in _expand_range(first, last):
            if "." in reference:
                labels.append(reference)
            elif paragraph:
                labels.append(f"{paragraph}.{reference}")
    return labels


def _expand_range(first: str, last: str) -> list[str]:
    if not last:
        return [first]
    prefix = first.rpartition(".")[0] + "." if "." in first else ""
    low, high = int(first.rpartition(".")[2]), int(last.rpartition(".")[2])
    if high < low or high - low > 500:
        return [first, last]
    return [f"{prefix}{number}" for number in range(low, high + 1)]


# ============================================================================================
# The recommending States at the end of an item


@dataclass(frozen=True)
class Attribution:
    text: str                       # the recommendation without the trailing State(s)
    states: tuple[str, ...]         # as written, in the order written
    unrecognised: tuple[str, ...]   # those of the states that are no known State name


# A footnote marker after the closing punctuation: "(Slovenia);2".
_TRAILING_FOOTNOTE_MARKER = re.compile(r"(?<=[^\d][;.,)”])\s?(?:\d{1,2}|\*{1,3})$")
_NO_SUPERSCRIPT_DIGITS = str.maketrans("", "", _SUPERSCRIPT_DIGITS)
_GLUED_FOOTNOTE_MARKER = re.compile(r"(?<=[^\d\s][;)])\d{1,2}(?=\s)")
_NOT_A_STATE = re.compile(
    r"\b(?:Convention|Covenant|Protocol|Principles|Committee|Council|Statute|Rules|Guidelines|Declaration"
    r"|Plan|Law|Act|Code|Programme|Agenda|Goals?)\b")


def read_attribution(body: str) -> Attribution:
    """Split "Ratify the Convention (France, Mexico and Brazil);" into text and States.

    Trailing parentheses are taken while they hold State names ("(Chile); (Peru)" gives both);
    parentheses inside the text that hold only known State names ("…(Slovenia); ratify … (Republic
    of Korea)") add their States but stay in the text.
    """
    text = _GLUED_FOOTNOTE_MARKER.sub("", _TRAILING_FOOTNOTE_MARKER.sub("", body.strip()))
    text = text.translate(_NO_SUPERSCRIPT_DIGITS)   # superscript digits are only ever footnote markers
    text = text.rstrip(" ;,.")
    trailing: list[str] = []
    while text.endswith(")"):
        opening = _opening_of_last_group(text)
        names = split_recommending_states(text[opening + 1:-1]) if opening is not None else ()
        if not names or not _is_attribution(names):
            break
        trailing[:0] = names
        text = text[:opening].rstrip(" ;,")
    inner = [name for group in _inner_groups(text) for name in group]
    states = tuple(dict.fromkeys(inner + trailing))   # in order, each once
    unrecognised = tuple(name for name in states if not is_known_state(name))
    return Attribution(text.rstrip(" ;,"), states, unrecognised)


def _opening_of_last_group(text: str) -> int | None:
    """The index of the "(" that the final ")" closes (groups may nest: "Iran (Islamic Republic of)")."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            depth -= 1
            if depth == 0:
                return index
    return None


def _is_attribution(names: Sequence[str]) -> bool:
    """Trailing parentheses name States when every name is a known State or reads like one."""
    return all(is_known_state(name) or (_looks_like_state_name(name) and not _NOT_A_STATE.search(name))
               for name in names)


def _inner_groups(text: str) -> Iterable[tuple[str, ...]]:
    """Top-level parenthesised groups inside the text that hold nothing but known State names.

    Acronyms alone ("(DPRK)", "(UK)") are left in the text: there they abbreviate, not attribute.
    """
    depth, opening = 0, 0
    for index, char in enumerate(text):
        if char == "(":
            if depth == 0:
                opening = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                names = split_recommending_states(text[opening + 1:index])
                if names and all(is_known_state(name) and not name.isupper() for name in names):
                    yield names


def split_recommending_states(written: str) -> tuple[str, ...]:
    """"Mexico, Brazil and Chile" gives three names; "Bosnia and Herzegovina" stays one.

    Commas and semicolons (outside nested parentheses) always separate; " and " separates only
    where every piece is a known State name.
    """
    names: list[str] = []
    for part in _top_level_parts(written):
        part = re.sub(r"^and\s+", "", part)
        if part:
            names.extend(_split_on_and(part))
    return tuple(names)


def _top_level_parts(written: str) -> list[str]:
    parts, depth, current = [], 0, []
    for char in written:
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [" ".join(part.split()) for part in parts if part.strip()]


def _split_on_and(part: str) -> list[str]:
    """The split of "A and B and C" into known State names with the fewest names; else as is."""
    if is_known_state(part):
        return [part]
    pieces = re.split(r"\s+and\s+", part)
    if len(pieces) == 1:
        return [part]
    # best[end]: fewest names covering pieces[:end], or None when impossible
    best: list[list[str] | None] = [[]] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            before = best[start]
            candidate = " and ".join(pieces[start:end])
            shorter = best[end] is None or (before is not None and len(before) + 1 < len(best[end]))
            if before is not None and shorter and is_known_state(candidate):
                best[end] = before + [candidate]
    return best[-1] or [part]


@cache
def _known_state_keys() -> frozenset[str]:
    return frozenset(name_key(name) for state in shipped_states() for name in (state.name, *state.other_names))


@lru_cache(maxsize=4096)   # the same few hundred names recur all through a report
def is_known_state(name: str) -> bool:
    """Whether the name is a State's name or other name in the shipped reference data."""
    return name_key(name) in _known_state_keys()


_STATE_NAME_SHAPE = re.compile(r"(?:the\s+)?[A-Z][\w'’.\-]*(?:[\s-]+[\w'’.()\-]+)*")


def _looks_like_state_name(name: str) -> bool:
    """Capitalised words, no digits, not an acronym: "Kosovo", not "WHO" nor "2009"."""
    return (len(name) <= 60 and not any(char.isdigit() for char in name) and not name.isupper()
            and bool(_STATE_NAME_SHAPE.fullmatch(name)))
