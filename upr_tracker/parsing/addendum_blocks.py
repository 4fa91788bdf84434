"""The shape of an addendum's body: position headings, lines that begin with labels, and blocks
(numbers, then the text that answers them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from upr_tracker.domain.positions import Position
from upr_tracker.parsing.addendum_lines import Line
from upr_tracker.parsing.addendum_segments import prose_mentions
from upr_tracker.parsing.document_languages import RECOMMENDATIONS_WORD
from upr_tracker.parsing.label_ranges import (
    KEYWORD_PATTERN,
    LIST_PATTERN,
    find_label_mentions,
    parse_label_list,
)
from upr_tracker.parsing.parsed import (
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.position_classifier import (
    UNCLEAR_BELOW,
    classify_response,
    opens_with_position_word,
    read_sentence,
    split_sentences,
)

_FLAGS = re.IGNORECASE | re.VERBOSE


# --- the shape of the body ---------------------------------------------------------------------

# The words of a position in a heading: "Not accepted", "Partially supported", "Considered implemented".
_POSITION_PHRASE = r"""
    (?:not\s+|partially\s+|fully\s+)?(?:accepted|supported|noted|rejected)(?:\s+in\s+part)?
    | (?:considered\s+)?(?:as\s+)?(?:already\s+)?implemented(?:\s+or\s+in\s+the\s+process\s+of\s+implementation)?
    | (?:under|for\s+further)\s+consideration | pending | deferred
"""
# Position headings: "Accepted recommendations", "B. Recommendations that do not enjoy the
# support of Kazakhstan", "Recommendations considered already implemented".
_HEADING = re.compile(
    rf"""
    ^(?:(?:[A-H]|[IVX]{{1,5}}|\d{{1,2}})[.)]\s+)?
    (?P<title>
        (?: recommendations? (?!\s*\d)
          | (?:{_POSITION_PHRASE}|partially\s+\w+) \s+recommendations?
          | {RECOMMENDATIONS_WORD} (?!\s*\d)          # "Recommandations acceptées", "Recomendaciones aceptadas"
          | (?:частично\s+|не\s+)?(?:поддержанные|принятые|отклоненные|отклонённые) \s+рекомендации
        ) \b [^.]*
    )$
    """,
    _FLAGS,
)
# A heading that opens a numbered paragraph or a line, its labels after a colon: "2. Accepted
# recommendations: 148.1, 148.3–148.7,", "Partially accepted: 148.16 and 148.17. Turkey accepts…".
_INLINE_HEADING = re.compile(
    rf"""
    ^(?:(?P<number>\d{{1,3}})\.\s+|(?:[A-H]|[IVX]{{1,5}})[.)]\s+)?
    (?P<title>
        (?:recommendations?\s+(?:that\s+(?:are|were|have\s+been)\s+)?)?(?:{_POSITION_PHRASE})(?:\s+recommendations?)?
    )
    \s*:\s*
    (?P<rest>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN}(?:\s*[.,;:]|\s*$|\s+(?:and|to)\s*$).*)$  # not "14 new laws"
    """,
    _FLAGS,
)
_WITHOUT_RECOMMENDATION_WORD = re.compile(rf"\b{RECOMMENDATIONS_WORD}\b", re.IGNORECASE)
_DANGLING_WORD = re.compile(r"\b(?:the|of|and|or|to|a|an|in|on|for|with|by|concerning|that|which|as)$", re.IGNORECASE)


@dataclass(frozen=True)
class Heading:
    position: Position | None
    considered_implemented: bool
    text: str
    line: int


def _heading(lines: list[Line], index: int) -> Heading | None:
    """A position heading standing on its own line, or None."""
    line = lines[index]
    match = _HEADING.match(line.text.rstrip(":"))
    if not match or len(line.text.split()) > 25 or _DANGLING_WORD.search(line.text):
        return None
    title = match.group("title")
    # "Noted recommendations", "Recommendations accepted in part": a position word and the noun.
    reading = classify_response(_WITHOUT_RECOMMENDATION_WORD.sub("", title))
    if reading.position is None:
        reading = classify_response(title)
    previous = next((lines[j].text for j in range(index - 1, -1, -1) if lines[j].text), "")
    if previous and not previous.endswith((".", ":", ";")) and index > 0 and lines[index - 1].text:
        # A line of running text that happens to begin with "Recommendations", unless it gives a
        # position and stands after a bare list of labels (which is whole) or before one (its own).
        following = next((lines[j].text for j in range(index + 1, len(lines)) if lines[j].text), "")
        if reading.position is None or (parse_label_list(previous) is None and parse_label_list(following) is None):
            return None
    return Heading(reading.position, reading.considered_implemented, line.text, line.number)


def _labels_opening(text: str) -> tuple[str, ...] | None:
    leading = re.match(rf"(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN}", text, re.IGNORECASE)
    return parse_label_list(leading.group(0)) if leading else None


def inline_heading(line: Line) -> tuple[Heading, str | None, Line] | None:
    """A heading that begins a line and lists its labels after a colon: the heading, the
    paragraph number before it, and the rest of the line (the labels, and any text after them)."""
    match = _INLINE_HEADING.match(line.text)
    if match is None:
        return None
    reading = classify_response(_WITHOUT_RECOMMENDATION_WORD.sub("", match.group("title")))
    if reading.position is None or _labels_opening(match.group("rest")) is None:
        return None
    heading = Heading(reading.position, reading.considered_implemented, match.group("title"), line.number)
    rest = Line(line.number, match.group("rest"), line.indent + match.start("rest"))
    return heading, match.group("number"), rest


_TABLE_MARK = re.compile(
    r"^No\.?\s+of\b|^Position\s+of\s+the\b.*(?:authorities|government)|^Recommendations?\s+(?:No\.?|number)(?:\s|$)",
    re.IGNORECASE,
)


def is_prose(lines: list[Line], noise: set[int]) -> bool:
    """Prose addenda name recommendations in sentences or under headings; tables do not, and
    there "1. Text" is a label, not a paragraph number."""
    if any(_TABLE_MARK.match(line.text) for line in lines) or layout_table(lines, noise):
        return False
    body = [line for i, line in enumerate(lines) if i not in noise]
    if any(_heading(lines, i) or inline_heading(line) for i, line in enumerate(lines) if i not in noise and line.text):
        return True
    text = "\n".join(line.text for line in body)
    return bool(prose_mentions(text))


# A line that begins with labels: "5, 6      In July 2009…", "Rec. 18 — we consider…",
# "97.5. The recommendation…", "Recommendation 18: Accepted."
_LABELLED_LINE = re.compile(
    rf"""
    ^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})
    (?P<separator>\s*[—–:]\s*|\s+-\s+|\.\s+|\.?\s*,?\s{{2,}})   # "9, 10,     The…", "8.,    The…": the list goes on below
    (?P<rest>\S.*)$
    """,
    _FLAGS,
)
_KEYWORD_LINE = re.compile(rf"^(?:Rec\.|Recs\.|Recommendations?)\s*{LIST_PATTERN}\b")
# The whole list a line begins with, read as far as it goes ("Recommendations 14–16, 18–20"), and
# what follows it. _LABELLED_LINE may stop short of it to find a separator; this one may not.
_LEADING_LIST = re.compile(rf"^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})(?P<after>.*)$", re.IGNORECASE)
_DASH = re.compile(r"[-‐‑–—]")
_FULL_LABEL_AHEAD = re.compile(r"\d{1,3}\.\d")
# Full labels opening a sentence about them: "122.5–7 and 122.9 are accepted." (Bare numbers never
# do: "17 and 18 of the Constitution are…" speaks of articles.)
_FULL_LABELS_SENTENCE = re.compile(
    rf"^(?P<labels>{LIST_PATTERN})\s+(?:is|are|was|were|has|have|had|enjoys?|do|does|did|cannot|will|shall)\b",
    re.IGNORECASE,
)
_PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.\s+(?P<rest>[A-ZÀ-ÖØ-ÞА-ЯЁ“\"«(].*)$")
_LONE_PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.(?P<rest>)$")


# A row of a table extracted with layout: the labels at the margin, a gap, the first line of the
# answer ("5., 6., 7., 8.,     Examplestan accepts…"); the answer's other lines stand below its first.
_LAYOUT_ROW = re.compile(rf"^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})[.,:]{{0,2}}\s{{2,}}(?P<rest>\S.*)$",
                         re.IGNORECASE)
# A number cell that does not end where its line does: "134.15–", "12, 15," or "5 and" beside the
# first line of the answer, the rest of the cell ("134.17") alone on the next line.
_OPEN_CELL = re.compile(
    rf"^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})\s*(?P<open>[-‐‑–—,]|\band|\bto)\s{{2,}}(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The same cell alone on its line, in a column of numbers: "134.15–" above "134.17".
_OPEN_LIST_ALONE = re.compile(
    rf"^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})\s*(?P<open>[-‐‑–—]|\band|\bto)$", re.IGNORECASE,
)
_OPEN_RANGE = re.compile(r"(?:[-‐‑–—]|\bto)$", re.IGNORECASE)
# How far a line may stray from the answer's column and still be read as in it (extraction rounds
# positions to whole characters).
_COLUMN_SLACK = 2
# A line of an answer that reaches this share of the widest answer line is full: its text runs on.
_FULL_LINE = 0.85


# A table row has a few cells; a line with more gaps than this is no row (nor worth reading so).
_MOST_CELLS = 4
# Where one column of a layout extraction ends and the next begins.
_COLUMN_GAP = re.compile(r"\s{3,}")
# A row that begins with labels and holds other cells: "124.1 Ratify the Optional Protocol   Supported".
_LABELS_THEN_CELLS = re.compile(rf"^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})[.,:]{{0,2}}\s+(?P<rest>\S.*)$",
                                re.IGNORECASE)


def position_cell(line: Line, rest: str) -> tuple[str, int] | None:
    """In a row that also holds the recommendation's text ("124.1 Ratify the Optional Protocol
    Supported   Kazakhstan has begun…"), the cells from the one that gives the position on, and
    the column where it stands. None when no later cell opens with a position word."""
    if not rest or not line.text.endswith(rest):
        return None
    offset = line.indent + len(line.text) - len(rest)
    for gap in islice(_COLUMN_GAP.finditer(rest), _MOST_CELLS):
        cells = rest[gap.end():]
        if opens_with_position_word(cells):
            return cells, offset + gap.end()
    return None


def _row_with_position_cell(line: Line) -> tuple[tuple[str, ...], str, str] | None:
    """(labels, labels as written, the cells from the position on) of such a row."""
    match = _LABELS_THEN_CELLS.match(line.text)
    if match is None or position_cell(line, match.group("rest")) is None:
        return None
    labels = parse_label_list(match.group("labels"))
    return (labels, match.group("labels"), match.group("rest")) if labels is not None else None


def layout_text_column(line: Line) -> int | None:
    """Where the answer begins, when the line is a row of a table extracted with layout."""
    match = _LAYOUT_ROW.match(line.text) or _OPEN_CELL.match(line.text)
    if match is None or parse_label_list(match.group("labels")) is None:
        return None
    return line.indent + match.start("rest")


def layout_table(lines: list[Line], noise: set[int]) -> bool:
    """Is the body a table extracted with layout: rows of labels and answers, and lines that
    continue an answer in its column, to the right of the numbers? (Numbered paragraphs go on
    under their number, not to the right of it.)"""
    rows, continued = _layout_rows(lines, noise)
    return rows >= 2 and continued >= 1


def _layout_rows(lines: list[Line], noise: set[int]) -> tuple[int, int]:
    """How many rows of labels and answers side by side, and lines continuing an answer in its column."""
    rows = continued = 0
    column: int | None = None
    for index, line in enumerate(lines):
        if index in noise or not line.text:
            continue
        row_column = layout_text_column(line)
        if column is not None and abs(line.indent - column) <= _COLUMN_SLACK:
            continued += 1      # in the answer's column, even "12.  The Law…"
        elif row_column is not None:
            rows, column = rows + 1, row_column
        elif column is not None and line.indent < column - _COLUMN_SLACK and parse_label_list(line.text) is None:
            column = None
    return rows, continued


@dataclass
class Group:
    labels: tuple[str, ...]      # as written, expanded
    written: str
    line: int
    # The cells of a column of numbers this group was gathered from, one per line ("1", "2, 3",
    # "4"): each may have an answer of its own below the column.
    cells: list[tuple[str, ...]] = field(default_factory=list)
    last_cell: str = ""        # the last cell as written: "134.15–" goes on with the next line's "134.17"

    def __post_init__(self) -> None:
        if not self.cells:
            self.cells = [self.labels]
        self.last_cell = self.last_cell or self.written


@dataclass
class Block:
    """Numbers and the text that follows them, up to the next numbers (or paragraph, in prose)."""

    first_line: int
    groups: list[Group] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)   # (line number, text)
    paragraph: str | None = None      # "12" when the document numbers its paragraphs
    default: Heading | None = None   # the position a heading or lead-in gives the numbers here
    numbers_ended_open: bool = False  # "11, 13," at the margin: the next line continues the list

    @property
    def text(self) -> str:
        return "\n".join(text for _number, text in self.lines)

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(label for group in self.groups for label in group.labels)


# A line of nothing but numbers and dashes that is no plausible list of labels ("5–500"); a line
# of years ("2009–2012.") is running text and does not count.
_NUMBERS_ONLY = re.compile(
    rf"""
    ^(?:{KEYWORD_PATTERN}\s*)?
    \d[\d\s.,;:&–—‐‑-]*                       # digits, separators, dashes
    (?:(?:and|to)\s*\d[\d\s.,;:&–—‐‑-]*)*$    # and the words of lists and ranges
    """,
    _FLAGS,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _unreadable_numbers(line: Line) -> bool:
    return (bool(_NUMBERS_ONLY.match(line.text)) and parse_label_list(line.text) is None
            and not _YEAR.search(line.text) and _open_list_alone(line) is None)


def _open_list_alone(line: Line) -> tuple[str, ...] | None:
    match = _OPEN_LIST_ALONE.match(line.text)
    return parse_label_list(match.group("labels")) if match else None


def build_blocks(lines: list[Line], noise: set[int], problems: list[Problem], *, prose: bool) -> list[Block]:
    # In a table (not prose), two rows of numbers beside answers are enough to read it by columns.
    builder = _BlockBuilder(prose, layout=not prose and _layout_rows(lines, noise)[0] >= 2)
    for index, line in enumerate(lines):
        if index in noise:
            builder.page_furniture(line)
        elif not line.text:
            builder.blank()
        elif builder.in_answer_column(line):
            builder.answer_line(line)  # "2009, the Law…", "169 of the ILO…": words of the answer, never labels
        elif _unreadable_numbers(line):
            problems.append(Problem(
                ProblemKind.UNREADABLE,
                f"\"{line.text}\" looks like recommendation numbers but is no plausible group of labels "
                "(a range too long, backwards, or across paragraphs); left out.",
                line=line.number, excerpt=line.text,
            ))
        elif (heading := _heading(lines, index)) is not None:
            builder.heading(heading)
        elif (inline := inline_heading(line)) is not None:
            builder.inline_heading(*inline)
        else:
            builder.line(line)
    return builder.blocks


def _cuts_the_list(match: re.Match[str], leading: re.Match[str] | None) -> bool:
    """Did _LABELLED_LINE stop inside the list to find a separator? In "Recommendations 122.4 – 6
    are not accepted" or "14–16, 18–20 are accepted" the dash joins two labels, and in
    "Recommendations 140.35. 140.36 are supported" the full stop does: the numbers after it belong
    to the list, not to the text. ("97.5. 15 years ago…" stays a label and its text.)"""
    if leading is None or leading.end("labels") <= match.end("labels"):
        return False
    separator = match.group("separator")
    return bool(_DASH.search(separator)) or ("." in separator and bool(_FULL_LABEL_AHEAD.match(match.group("rest"))))


class _BlockBuilder:
    def __init__(self, prose: bool, *, layout: bool = False) -> None:
        self.prose = prose
        self.layout = layout
        self.answer_column: int | None = None   # in a layout table, where the current answer's lines stand
        self.last_end = self.widest_end = 0       # where the last answer line ends, and the widest one
        self.position_column: int | None = None   # in a table with the recommendations' texts, where the position stands
        self.blocks = [Block(first_line=1)]
        self.after_blank = False
        self.section: Heading | None = None
        self.inline_section = False     # the section's heading opened a numbered paragraph, and ends with it
        self.lead_in: Heading | None = None

    @property
    def current(self) -> Block:
        return self.blocks[-1]

    def page_furniture(self, line: Line) -> None:
        pass  # invisible: a header between the numbers and their text changes nothing

    def blank(self) -> None:
        self.after_blank = True

    def in_answer_column(self, line: Line) -> bool:
        """In a layout table, a line in the column of the answer above, right of the numbers (or,
        in a table with a column of recommendation texts, any line until the next row)."""
        if not self.current.groups:
            return False
        if self.position_column is not None:
            return _row_with_position_cell(line) is None and layout_text_column(line) is None
        # A new row begins at the numbers' margin: "12.  The Law…" in the answer's column is words.
        return self.answer_column is not None and line.indent >= self.answer_column - _COLUMN_SLACK

    def answer_line(self, line: Line) -> None:
        self.after_blank = False
        if self.position_column is not None:
            # Only what stands in the position's column and after it: the recommendation's text is no answer.
            kept = _from_column(line, self.position_column - _COLUMN_SLACK)
            if kept:
                self.current.lines.append((line.number, kept))
            return
        self.current.lines.append((line.number, line.text))
        self._measure(line)

    def _measure(self, line: Line) -> None:
        """Where the answer lines of a layout table end: a full line is one whose words run on."""
        self.last_end = line.indent + len(line.text)
        self.widest_end = max(self.widest_end, self.last_end)

    def heading(self, heading: Heading) -> None:
        self.answer_column = self.position_column = None
        self.inline_section = False
        self.section = heading
        self.lead_in = None
        self._start(heading.line)

    def inline_heading(self, heading: Heading, paragraph: str | None, rest: Line) -> None:
        """ "2. Accepted recommendations: 148.1, …": the heading governs the labels of its
        paragraph (or, unnumbered, those up to the next heading)."""
        self.heading(heading)
        self.current.paragraph = paragraph
        self.inline_section = paragraph is not None
        self.after_blank = True   # the labels open an entry of their own
        self.line(rest)

    def line(self, line: Line) -> None:
        after_blank, self.after_blank = self.after_blank, False
        row_column = layout_text_column(line) if self.layout else None
        labelled = self._labels_at_start(line, after_blank)
        if labelled is not None:
            group, rest = labelled
            cells = position_cell(line, rest)
            self.position_column = cells[1] if cells is not None else None
            if cells is not None:
                rest = cells[0]      # "Supported   Kazakhstan has begun…", without the recommendation's text
            if row_column is not None and self._wraps_into_answer(rest, after_blank):
                # "9.      grew by 15 per cent…": the group of numbers wrapped beside its answer.
                self.current.numbers_ended_open = True
            self._numbers(group, after_blank, has_text=bool(rest))
            if self.layout and (open_cell := _OPEN_CELL.match(line.text)) is not None:
                if parse_label_list(open_cell.group("labels")) == group.labels:
                    self.current.numbers_ended_open = True
                    last = self.current.groups[-1]
                    last.last_cell = line.text[:open_cell.end("open")]
                    if last.written.endswith(open_cell.group("labels")):
                        last.written = last.written[:len(last.written) - len(open_cell.group("labels"))] + last.last_cell
            if rest:
                self.current.lines.append((line.number, rest))
                self._measure(line)
            if self.layout:
                self.answer_column = row_column if row_column is not None else self.answer_column
            return
        self.answer_column = None
        paragraph = (_PARAGRAPH_NUMBER.match(line.text) or _LONE_PARAGRAPH_NUMBER.match(line.text)) if self.prose else None
        if paragraph:
            if self.inline_section:
                self.section, self.inline_section = None, False   # its paragraph ended
            self._start(line.number, paragraph=paragraph.group("number"))
            if paragraph.group("rest"):
                self.current.lines.append((line.number, paragraph.group("rest")))
                self._lead_in_from(self.current)
            return
        if self.prose and self.current.lines and (after_blank or self._names_new_labels(line)):
            self._start(line.number, paragraph=self.current.paragraph if not after_blank else None)
        elif self.current.lines and _KEYWORD_LINE.match(line.text) and self._previous_ended_sentence():
            # In a table too, "Recommendations 5 and 6 are accepted; recommendation 7 is not." opens
            # answers of its own; it does not continue the text above.
            self._start(line.number)
        self.current.lines.append((line.number, line.text))
        self._lead_in_from(self.current)

    def _labels_at_start(self, line: Line, after_blank: bool) -> tuple[Group, str] | None:
        """The labels a line begins with, and the rest of it."""
        if self.prose and (_PARAGRAPH_NUMBER.match(line.text) or _LONE_PARAGRAPH_NUMBER.match(line.text)):
            return None  # "12. The Government…": in prose, a paragraph number
        whole = parse_label_list(line.text) or _open_list_alone(line)
        if whole is not None:
            return Group(whole, line.text, line.number), ""
        open_cell = _OPEN_CELL.match(line.text) if self.layout else None
        if open_cell is not None and (labels := parse_label_list(open_cell.group("labels"))) is not None:
            return Group(labels, open_cell.group("labels"), line.number), open_cell.group("rest")
        leading = _LEADING_LIST.match(line.text)
        if leading and re.match(r"\s+\S", leading.group("after")) and opens_with_position_word(leading.group("after")):
            # "140.35. 140.36 Supported", "122.14– 15 accepted": one space, then the position word.
            labels = parse_label_list(leading.group("labels"))
            if labels is not None:
                return Group(labels, leading.group("labels"), line.number), leading.group("after").strip()
        match = _LABELLED_LINE.match(line.text)
        if match and not _cuts_the_list(match, leading):
            labels = parse_label_list(match.group("labels"))
            if labels is not None:
                written = match.group("labels") + ("," if "," in match.group("separator") else "")
                return Group(labels, written, line.number), match.group("rest")
        with_cells = _row_with_position_cell(line)
        if with_cells is not None:
            # "124.1 Ratify the Optional Protocol…   Supported": the recommendation's text in the row.
            labels, written, rest = with_cells
            return Group(labels, written, line.number), rest
        if not (after_blank or self._previous_ended_sentence()):
            return None  # a line of running text
        if _KEYWORD_LINE.match(line.text):
            # "Recommendations 122.4 – 6 are not accepted.": the whole sentence is the answer. A line
            # that names other labels too ("…; recommendation 7 is noted") is read as prose, clause by clause.
            mentions = [m for m in find_label_mentions(line.text) if not m.cross_reference]
            if len(mentions) == 1 and mentions[0].start == 0:
                return Group(mentions[0].labels, mentions[0].written, line.number), line.text
            return None
        sentence = _FULL_LABELS_SENTENCE.match(line.text)
        if sentence and read_sentence(split_sentences(line.text)[0]) is not None:
            # "140.35. 140.36 are supported.": full labels, then the sentence that answers them.
            labels = parse_label_list(sentence.group("labels"))
            if labels is not None and all("." in label for label in labels):
                return Group(labels, sentence.group("labels"), line.number), line.text
        return None

    def _wraps_into_answer(self, rest: str, after_blank: bool) -> bool:
        """Does the text beside these numbers go on with the answer above, mid-sentence? It does
        when it opens in lower case, or when the line above was full (its words ran on to this
        line): "…to all Human" / "6      Rights Council special procedures…". A short line above
        ("See recommendation 6") ended its answer even without a full stop."""
        block = self.current
        if (not (block.groups and block.lines) or after_blank or self._previous_ended_sentence()
                or opens_with_position_word(rest) or opens_with_position_word(block.lines[-1][1])):
            return False
        return rest[:1].islower() or self.last_end >= _FULL_LINE * self.widest_end

    def _names_new_labels(self, line: Line) -> bool:
        """In a list of entries with no blank lines between them, a line that begins a sentence
        and names recommendations of its own begins a new entry."""
        return (self._previous_ended_sentence() and line.text[:1].isupper()
                and any(not m.cross_reference for m in find_label_mentions(line.text)))

    def _previous_ended_sentence(self) -> bool:
        return not self.current.lines or self.current.lines[-1][1].endswith((".", ":", ";"))

    def _numbers(self, group: Group, after_blank: bool, *, has_text: bool = False) -> None:
        block = self.current
        continues_list = block.numbers_ended_open and block.groups
        # Under a heading or lead-in that gives a position, a bare list is a whole entry: numbers
        # with a text of their own after it ("97.3 Noted.") are the next entry, not more of its numbers.
        after_whole_entry = (has_text and bool(block.groups) and not block.lines and not continues_list
                             and block.default is not None and block.default.position is not None)
        if (block.lines and not continues_list) or after_whole_entry:
            in_paragraph = block.paragraph if self.prose and not after_blank else None
            self._start(group.line, paragraph=in_paragraph)
            block = self.current
            if self.lead_in is not None:
                block.default = self.lead_in  # more particular than the section's heading
        if not block.groups and not block.lines:
            block.first_line = group.line  # a heading opened the block: the entry begins here
        if continues_list or (block.groups and not after_blank and not block.lines):
            last = block.groups[-1]
            before_join = last.last_cell.rstrip()
            last.labels = tuple(dict.fromkeys(last.labels + group.labels))
            last.written = f"{last.written} {group.written}"
            if continues_list:
                # "11, 13," / "14": one cell. "134.15–" / "134.17": one range, read whole.
                joined = (parse_label_list(f"{before_join} {group.written}")
                          if _OPEN_RANGE.search(before_join) else None)
                if joined is not None:
                    last.labels = tuple(dict.fromkeys(last.labels[:-len(last.cells[-1])] + joined))
                    last.cells[-1] = joined
                else:
                    last.cells[-1] = tuple(dict.fromkeys(last.cells[-1] + group.labels))
                last.last_cell = f"{before_join} {group.written}"
            else:
                last.cells.append(group.labels)
                last.last_cell = group.written
        else:
            block.groups.append(group)
        written = block.groups[-1].last_cell.rstrip()
        block.numbers_ended_open = written.endswith((",", "–", "—", "-", "and")) or bool(_OPEN_RANGE.search(written))

    def _start(self, line: int, paragraph: str | None = None) -> None:
        block = Block(first_line=line, paragraph=paragraph, default=self.section)
        self.blocks.append(block)

    def _lead_in_from(self, block: Block) -> None:
        """ "The following recommendations enjoy the support of X:" sets the position of the
        lists that follow it (until the next text)."""
        if block.groups:
            return
        text = block.text
        if text.rstrip().endswith(":"):
            reading = classify_response(text)
            if reading.position is not None and reading.confidence >= UNCLEAR_BELOW:
                self.lead_in = Heading(reading.position, reading.considered_implemented,
                                        reading.deciding_sentence or text, block.first_line)
                return
        self.lead_in = None



def line_at(block: Block, offset: int) -> int:
    """The line number of an offset in the block's text."""
    position = 0
    for number, text in block.lines:
        if offset < position + len(text) + 1:
            return number
        position += len(text) + 1
    return block.lines[-1][0] if block.lines else block.first_line


def _from_column(line: Line, column: int) -> str:
    """The cells of a line that stand at or right of a column."""
    position = line.indent
    for cell in _COLUMN_GAP.split(line.text):
        if position >= column:
            return line.text[position - line.indent:]
        position += len(cell)
        gap = _COLUMN_GAP.match(line.text, position - line.indent)
        position += len(gap.group(0)) if gap else 0
    return ""
