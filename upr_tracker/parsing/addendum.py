"""Parser of a State's addendum: its position on each recommendation of its review.

An addendum ("Views on conclusions and/or recommendations, voluntary commitments and replies
presented by the State under review", or a table "No. of recommendation / Position of the …
authorities") comes as text extracted from a PDF, in one of these shapes:

- a table extracted *without* layout: a column of numbers, then the texts, with the table header
  repeated on every page, numbers sometimes out of order, lost or run together;
- a table extracted *with* layout: the numbers at the left margin beside the text;
- prose under headings ("Accepted recommendations", "Recommendations that do not enjoy the
  support of …") that set the position of the numbers listed under them;
- mixed forms ("Rec. 18 — we consider this implemented…", "Recommendations 5 and 6 are accepted").

The parser reads blocks (numbers, then the text that answers them), cuts a block's text where a
second answer begins, and classifies each answer with `position_classifier`. When the Working
Group report is known (`known_recommendations`), it maps bare numbers to full labels, reports
labels left unanswered, and uses word overlap with the recommendation texts to place texts that
lost their numbers or answer two groups at once. It applies such a repair only when it is
unambiguous, and says so; otherwise it leaves a problem with the suggestion in its message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from upr_tracker.domain.documents import DocumentKind, normalise_symbol
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.positions import Position
from upr_tracker.parsing.label_ranges import (
    KEYWORD_PATTERN,
    LIST_PATTERN,
    LabelMention,
    cross_reference_target,
    expand_list,
    find_label_mentions,
    parse_label_list,
)
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
    ParsedDocument,
    ParsedResponse,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.position_classifier import (
    PositionStatement,
    ResponseClassification,
    Sentence,
    classify_response,
    decide,
    opens_with_position_word,
    position_statements,
    read_sentence,
    split_sentences,
)

_FLAGS = re.IGNORECASE | re.VERBOSE

# Below this confidence a position is reported as unclear (weak cues only, or mixed signals).
UNCLEAR_BELOW = 0.5
# Word overlap (idf-weighted cosine) with a recommendation: below the minimum it says nothing;
# a suggestion must beat the runner-up by the margin to count as unambiguous.
_MIN_SIMILARITY = 0.08
_CLEAR_MARGIN = 1.2


def parse_addendum(text: str, *, known_recommendations: Mapping[str, str] | None = None) -> ParsedDocument:
    """Read an addendum's responses, one per group of labels, with the problems found.

    `known_recommendations` maps the full labels of the review ("97.1") to their texts.
    """
    lines = _read_lines(text)
    identity = _read_identity(lines)
    noise = _noise_lines(lines)
    prose = _is_prose(lines, noise)
    problems: list[Problem] = []
    blocks = _build_blocks(lines, noise, problems, prose=prose)
    review = _Review(known_recommendations or {})

    concerned = _concerned_paragraphs(blocks, lines, review, problems)
    labels = _LabelMapper(review, concerned, problems,
                          ambiguity_reported=any(p.kind is ProblemKind.UNKNOWN_LABEL for p in problems))
    reader = _BlockReader(review, labels, problems)
    for block in blocks:
        reader.read(block)
    reader.resolve_cross_references()
    reader.place_orphans()

    responses = reader.responses
    problems += _unknown_labels(responses, review)
    problems += _conflicting_positions(responses)
    problems += _unclear_positions(responses, reader.flagged)
    problems += _labels_without_response(responses, review, labels.concerned, identity, blocks)
    problems.sort(key=lambda p: (p.line or 0, label_sort_key(p.labels[0] if p.labels else None)))
    return ParsedDocument(kind=DocumentKind.ADDENDUM.value, identity=identity, responses=responses, problems=problems)


# --- lines and page furniture ------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    number: int          # 1-based, as an editor counts them (a form feed does not end a line)
    text: str            # stripped
    indent: int          # leading spaces (tabs expanded)


def _read_lines(text: str) -> list[_Line]:
    lines = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        cleaned = raw.replace("\f", "").replace("\xa0", " ").expandtabs(8).rstrip()
        stripped = cleaned.lstrip()
        lines.append(_Line(number, stripped, len(cleaned) - len(stripped)))
    return lines


_RUNNING_SYMBOL = re.compile(r"^A/HRC/\d+/\d+(?:/Add\.\s*\d+)?(?:/Corr\.\s*\d+)?$", re.IGNORECASE)
_JOB_NUMBER = re.compile(r"^GE\.\d{2}-\d{4,6}\b")                       # GE.10-14134 (E) 150610
_PAGE_MARK = re.compile(r"^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3})$", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")

# The table header, repeated on every page, whole or in pieces: "No. of", "recommendation",
# "Position of the Kazakh authorities", "Recommendation   Position   Comments".
# Each word with the spaces after it is matched once for all (atomic): the spaces could otherwise
# be shared between words in exponentially many ways before a line that is not a header fails
# (ten words with wide spacing took seconds, twenty would take days).
_TABLE_HEADER = re.compile(
    r"""
    ^(?>
        (?: No\.?\s+of | Nos?\. | Number | recommendations? | recs?\. | paragraphs?
          | position(?:\s+of\s+the\s+[A-Za-z\s’'-]*?(?:authorities|government(?:\s+of\s+[A-Za-z\s’'-]+)?|state))?
          | responses? | repl(?:y|ies) | comments? | explanations? | status | remarks?
        ) \s*[/|]?\s*
    )+$
    """,
    _FLAGS,
)

# A page number sits far to the right in a layout extraction.
_PAGE_NUMBER_INDENT = 30


def _noise_lines(lines: list[_Line]) -> set[int]:
    """Indexes of page furniture: running symbols, job numbers, page numbers, table headers."""
    furniture = {
        i for i, line in enumerate(lines)
        if _RUNNING_SYMBOL.match(line.text) or _JOB_NUMBER.match(line.text) or _PAGE_MARK.match(line.text)
        or _TABLE_HEADER.match(line.text)
    }
    # A bare number beside a running symbol or job number is a page number; beside the table
    # header it is the first label of the page.
    running = {i for i in furniture if not _TABLE_HEADER.match(lines[i].text)}
    page_numbers = set()
    for i, line in enumerate(lines):
        if not _BARE_NUMBER.match(line.text):
            continue
        if line.indent >= _PAGE_NUMBER_INDENT or _near(i, lines, running):
            page_numbers.add(i)
    return furniture | page_numbers


def _near(index: int, lines: list[_Line], marks: set[int]) -> bool:
    """Is the nearest non-blank line before or after this one a piece of page furniture?"""
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].text:
            j += step
        if j in marks:
            return True
    return False


# --- identity ----------------------------------------------------------------------------------

_SYMBOL = re.compile(r"\bA/HRC/\d+/\d+/\s*Add\.\s*\d+\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_DATE = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_STATE_IN_TITLE = re.compile(
    r"""
      \b(?:Position|Views|Replies|Responses?|Comments)\s+of\s+(?!the\b)
            (?P<a>[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*|\s+(?:of|and|the|de)\b)*?)\s+(?:on|to)\s+the\b
    | \bViews\s+of\s+the\s+(?P<b>(?:Republic|Kingdom|State|Federation|Government)\s+of\s+[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*)*?)\s+on\b
    | \b(?:Government|Republic)\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*)*)
            \s+(?:to|on|has|have|would|wishes)\b
    """,
    re.VERBOSE,
)
_WG_REPORT_TITLE = re.compile(r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review\W*$", re.IGNORECASE)
_VIEWS_TITLE = re.compile(r"^Views\s+on\s+conclusions", re.IGNORECASE)
_NOT_A_STATE = re.compile(r"^(?:Addendum|Corrigendum|Views\b|Note\b|Summary\b|\*)", re.IGNORECASE)
_IDENTITY_LINES = 60


def _read_identity(lines: list[_Line]) -> DocumentIdentity:
    head = _head(lines)
    everything = "\n".join(line.text for line in lines)
    symbol_match = _SYMBOL.search("\n".join(line.text for line in head)) or _SYMBOL.search(everything)
    return DocumentIdentity(
        symbol=normalise_symbol(symbol_match.group(0)) if symbol_match else None,
        state_name=_state_name(head),
        issued_on=_issue_date(head),
        title=_title(head),
    )


def _head(lines: list[_Line]) -> list[_Line]:
    """The title area: the lines before the first number of the table, at most _IDENTITY_LINES."""
    head = []
    for line in lines[:_IDENTITY_LINES]:
        if parse_label_list(line.text) is not None and line.indent < _PAGE_NUMBER_INDENT:
            break
        head.append(line)
    return head


def _issue_date(head: list[_Line]) -> dt.date | None:
    """The date under "Distr.: General": a line that is a date and nothing else."""
    for line in head:
        match = _DATE.search(line.text)
        if match and (line.text.startswith("Distr") or match.group(0) == line.text):
            month = _MONTHS.index(match.group("month").lower()) + 1
            try:
                return dt.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                return None
    return None


def _state_name(head: list[_Line]) -> str | None:
    for i, line in enumerate(head):
        if _WG_REPORT_TITLE.search(line.text):
            for following in head[i + 1:i + 4]:
                name = following.text.strip("* ")
                if name and not _NOT_A_STATE.match(name) and len(name.split()) <= 8:
                    return name
    joined = " ".join(line.text for line in head)
    match = _STATE_IN_TITLE.search(joined)
    if match:
        return next(group for group in match.groups() if group)
    return None


def _title(head: list[_Line]) -> str | None:
    """The title paragraph: "Views on conclusions…" or "Position of Kazakhstan on the 26…"."""
    for i, line in enumerate(head):
        if _VIEWS_TITLE.match(line.text) or re.match(r"^Position\s+of\s+(?!the\b)\S+\s", line.text):
            words = []
            for following in head[i:]:
                if not following.text or _TABLE_HEADER.match(following.text):
                    break
                words.append(following.text)
            return " ".join(words)
    return None


# --- the shape of the body ---------------------------------------------------------------------

# Position headings: "Accepted recommendations", "B. Recommendations that do not enjoy the
# support of Kazakhstan", "Recommendations considered already implemented".
_HEADING = re.compile(
    r"""
    ^(?:(?:[A-H]|[IVX]{1,5}|\d{1,2})[.)]\s+)?
    (?P<title>
        (?: recommendations? (?!\s*\d)
          | (?:accepted|supported|noted|rejected|pending|deferred|partially\s+\w+|already\s+implemented)
            \s+recommendations?
        ) \b [^.]*
    )$
    """,
    _FLAGS,
)
_DANGLING_WORD = re.compile(r"\b(?:the|of|and|or|to|a|an|in|on|for|with|by|concerning|that|which|as)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Heading:
    position: Position | None
    considered_implemented: bool
    text: str
    line: int


def _heading(lines: list[_Line], index: int) -> _Heading | None:
    """A position heading standing on its own line, or None."""
    line = lines[index]
    match = _HEADING.match(line.text.rstrip(":"))
    if not match or len(line.text.split()) > 25 or _DANGLING_WORD.search(line.text):
        return None
    previous = next((lines[j].text for j in range(index - 1, -1, -1) if lines[j].text), "")
    if previous and not previous.endswith((".", ":", ";")) and index > 0 and lines[index - 1].text:
        return None  # a line of running text that happens to begin with "Recommendations"
    title = match.group("title")
    # "Noted recommendations", "Recommendations accepted in part": a position word and the noun.
    reading = classify_response(re.sub(r"(?i)\brecommendations?\b", "", title))
    if reading.position is None:
        reading = classify_response(title)
    return _Heading(reading.position, reading.considered_implemented, line.text, line.number)


_TABLE_MARK = re.compile(r"^No\.?\s+of\b|^Position\s+of\s+the\b.*(?:authorities|government)", re.IGNORECASE)


def _is_prose(lines: list[_Line], noise: set[int]) -> bool:
    """Prose addenda name recommendations in sentences or under headings; tables do not, and
    there "1. Text" is a label, not a paragraph number."""
    if any(_TABLE_MARK.match(line.text) for line in lines):
        return False
    body = [line for i, line in enumerate(lines) if i not in noise]
    if any(_heading(lines, i) for i, line in enumerate(lines) if i not in noise and line.text):
        return True
    text = "\n".join(line.text for line in body)
    return any(not mention.cross_reference for mention in find_label_mentions(text))


# A line that begins with labels: "5, 6      In July 2009…", "Rec. 18 — we consider…",
# "97.5. The recommendation…", "Recommendation 18: Accepted."
_LABELLED_LINE = re.compile(
    rf"""
    ^(?P<labels>(?:{KEYWORD_PATTERN}\s*)?{LIST_PATTERN})
    (?P<separator>\s*[—–:]\s*|\s+-\s+|\.\s+|\s*,?\s{{2,}})   # "9, 10,     The…": the list goes on below
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
_PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.\s+(?P<rest>[A-Z“\"(].*)$")
_LONE_PARAGRAPH_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.(?P<rest>)$")


@dataclass
class _Group:
    labels: tuple[str, ...]      # as written, expanded
    written: str
    line: int


@dataclass
class _Block:
    """Numbers and the text that follows them, up to the next numbers (or paragraph, in prose)."""

    first_line: int
    groups: list[_Group] = field(default_factory=list)
    lines: list[tuple[int, str]] = field(default_factory=list)   # (line number, text)
    paragraph: str | None = None      # "12" when the document numbers its paragraphs
    default: _Heading | None = None   # the position a heading or lead-in gives the numbers here
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


def _unreadable_numbers(line: _Line) -> bool:
    return (bool(_NUMBERS_ONLY.match(line.text)) and parse_label_list(line.text) is None
            and not _YEAR.search(line.text))


def _build_blocks(lines: list[_Line], noise: set[int], problems: list[Problem], *, prose: bool) -> list[_Block]:
    builder = _BlockBuilder(prose)
    for index, line in enumerate(lines):
        if index in noise:
            builder.page_furniture(line)
        elif not line.text:
            builder.blank()
        elif _unreadable_numbers(line):
            problems.append(Problem(
                ProblemKind.UNREADABLE,
                f"\"{line.text}\" looks like recommendation numbers but is no plausible group of labels "
                "(a range too long, backwards, or across paragraphs); left out.",
                line=line.number, excerpt=line.text,
            ))
        elif (heading := _heading(lines, index)) is not None:
            builder.heading(heading)
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
    def __init__(self, prose: bool) -> None:
        self.prose = prose
        self.blocks = [_Block(first_line=1)]
        self.after_blank = False
        self.section: _Heading | None = None
        self.lead_in: _Heading | None = None

    @property
    def current(self) -> _Block:
        return self.blocks[-1]

    def page_furniture(self, line: _Line) -> None:
        pass  # invisible: a header between the numbers and their text changes nothing

    def blank(self) -> None:
        self.after_blank = True

    def heading(self, heading: _Heading) -> None:
        self.section = heading
        self.lead_in = None
        self._start(heading.line)

    def line(self, line: _Line) -> None:
        after_blank, self.after_blank = self.after_blank, False
        labelled = self._labels_at_start(line, after_blank)
        if labelled is not None:
            group, rest = labelled
            self._numbers(group, after_blank, has_text=bool(rest))
            if rest:
                self.current.lines.append((line.number, rest))
            return
        paragraph = (_PARAGRAPH_NUMBER.match(line.text) or _LONE_PARAGRAPH_NUMBER.match(line.text)) if self.prose else None
        if paragraph:
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

    def _labels_at_start(self, line: _Line, after_blank: bool) -> tuple[_Group, str] | None:
        """The labels a line begins with, and the rest of it."""
        if self.prose and (_PARAGRAPH_NUMBER.match(line.text) or _LONE_PARAGRAPH_NUMBER.match(line.text)):
            return None  # "12. The Government…": in prose, a paragraph number
        whole = parse_label_list(line.text)
        if whole is not None:
            return _Group(whole, line.text, line.number), ""
        leading = _LEADING_LIST.match(line.text)
        if leading and re.match(r"\s+\S", leading.group("after")) and opens_with_position_word(leading.group("after")):
            # "140.35. 140.36 Supported", "122.14– 15 accepted": one space, then the position word.
            labels = parse_label_list(leading.group("labels"))
            if labels is not None:
                return _Group(labels, leading.group("labels"), line.number), leading.group("after").strip()
        match = _LABELLED_LINE.match(line.text)
        if match and not _cuts_the_list(match, leading):
            labels = parse_label_list(match.group("labels"))
            if labels is not None:
                written = match.group("labels") + ("," if "," in match.group("separator") else "")
                return _Group(labels, written, line.number), match.group("rest")
        if not (after_blank or self._previous_ended_sentence()):
            return None  # a line of running text
        if _KEYWORD_LINE.match(line.text):
            # "Recommendations 122.4 – 6 are not accepted.": the whole sentence is the answer. A line
            # that names other labels too ("…; recommendation 7 is noted") is read as prose, clause by clause.
            mentions = [m for m in find_label_mentions(line.text) if not m.cross_reference]
            if len(mentions) == 1 and mentions[0].start == 0:
                return _Group(mentions[0].labels, mentions[0].written, line.number), line.text
            return None
        sentence = _FULL_LABELS_SENTENCE.match(line.text)
        if sentence and read_sentence(split_sentences(line.text)[0]) is not None:
            # "140.35. 140.36 are supported.": full labels, then the sentence that answers them.
            labels = parse_label_list(sentence.group("labels"))
            if labels is not None and all("." in label for label in labels):
                return _Group(labels, sentence.group("labels"), line.number), line.text
        return None

    def _names_new_labels(self, line: _Line) -> bool:
        """In a list of entries with no blank lines between them, a line that begins a sentence
        and names recommendations of its own begins a new entry."""
        return (self._previous_ended_sentence() and line.text[:1].isupper()
                and any(not m.cross_reference for m in find_label_mentions(line.text)))

    def _previous_ended_sentence(self) -> bool:
        return not self.current.lines or self.current.lines[-1][1].endswith((".", ":", ";"))

    def _numbers(self, group: _Group, after_blank: bool, *, has_text: bool = False) -> None:
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
            last.labels = tuple(dict.fromkeys(last.labels + group.labels))
            last.written = f"{last.written} {group.written}"
        else:
            block.groups.append(group)
        block.numbers_ended_open = group.written.rstrip().endswith((",", "–", "-", "and"))

    def _start(self, line: int, paragraph: str | None = None) -> None:
        block = _Block(first_line=line, paragraph=paragraph, default=self.section)
        self.blocks.append(block)

    def _lead_in_from(self, block: _Block) -> None:
        """ "The following recommendations enjoy the support of X:" sets the position of the
        lists that follow it (until the next text)."""
        if block.groups:
            return
        text = block.text
        if text.rstrip().endswith(":"):
            reading = classify_response(text)
            if reading.position is not None and reading.confidence >= UNCLEAR_BELOW:
                self.lead_in = _Heading(reading.position, reading.considered_implemented,
                                        reading.deciding_sentence or text, block.first_line)
                return
        self.lead_in = None


# --- what the Working Group report tells ---------------------------------------------------------

# Words too common to say what a text is about (with the words every recommendation uses).
_STOPWORDS = frozenset(
    """
    a about above after again against all also an and any are as at be been before being between
    both but by can could did do does done during each either for from further had has have
    having he her here his how if in including into is it its itself may might more most must no
    nor not of on once only or other our out over own same shall should so some such than that
    the their them then there these they this those through to too under until up upon very was
    we were what when where which while who whom why will with within without would
    recommendation recommendations state states country
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]")
_SUFFIXES = ("izations", "isations", "ization", "isation", "ations", "ation", "itions", "ition", "ments",
             "ment", "ings", "ing", "ities", "ity", "ions", "ion", "ers", "er", "ed", "es", "s", "ish",
             "ize", "ise", "al", "ly")


def _stem(word: str) -> str:
    """A crude stem, good enough for overlap: abolition/abolish → "abol", ratify/ratification →
    "ratific", penalties/penalty → "penalty"."""
    stem = word.lower().replace("’", "'").removesuffix("'s")
    if stem.endswith("ies"):
        stem = stem[:-3] + "y"
    for _round in range(2):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                break
    if stem.endswith("ify"):
        stem = stem[:-1] + "ic"
    return stem[:7]


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2}


class _Review:
    """The known recommendations of the review, by paragraph, and their words."""

    def __init__(self, known: Mapping[str, str]) -> None:
        self.texts = dict(known)
        self.by_paragraph: dict[str, set[str]] = defaultdict(set)
        for label in known:
            self.by_paragraph[label.split(".")[0]].add(label)
        self.stems = {label: _stems(text) for label, text in known.items()}
        document_frequency = Counter(stem for stems in self.stems.values() for stem in stems)
        total = max(len(known), 1)
        self.idf = {stem: math.log(1 + total / count) for stem, count in document_frequency.items()}

    def __bool__(self) -> bool:
        return bool(self.texts)

    def weight(self, stems: Iterable[str]) -> float:
        return sum(self.idf.get(stem, 0.0) for stem in stems)

    def similarity(self, text_stems: set[str], labels: Iterable[str]) -> float:
        """Cosine of idf-weighted word sets: how much a text speaks of these recommendations."""
        label_stems = set().union(*(self.stems.get(label, set()) for label in labels))
        shared = text_stems & label_stems
        if not shared:
            return 0.0
        norm = math.sqrt(self._squares(text_stems) * self._squares(label_stems))
        return self._squares(shared) / norm if norm else 0.0

    def _squares(self, stems: Iterable[str]) -> float:
        return sum(self.idf.get(stem, 0.0) ** 2 for stem in stems)


_COUNT_IN_TITLE = re.compile(r"\b(?:on|to)\s+(?:the\s+|all\s+)?(?P<count>\d{1,3})\s+recommendations\b", re.IGNORECASE)
_PARAGRAPH_REFERENCE = re.compile(r"\bparagraphs?\s+(?P<paragraph>\d{2,3})(?![.\d])", re.IGNORECASE)


def _concerned_paragraphs(blocks: list[_Block], lines: list[_Line], review: _Review,
                          problems: list[Problem]) -> set[str]:
    """The paragraphs of the Working Group report the addendum answers: those its full labels
    name, or for bare numbers the one paragraph that fits them (named in the text, the count in
    the title, or by word overlap)."""
    written = [label for block in blocks for label in _labels_written_in(block)]
    concerned = {label.split(".")[0] for label in written if "." in label}
    bare = {label for label in written if "." not in label}
    if review:
        concerned &= set(review.by_paragraph)
    if not review or not bare:
        return concerned
    fitting = [p for p in review.by_paragraph
               if sum(f"{p}.{n}" in review.texts for n in bare) >= 0.8 * len(bare)]
    if len(fitting) <= 1:
        return concerned | set(fitting)
    text = "\n".join(line.text for line in lines)
    named = {m.group("paragraph") for m in _PARAGRAPH_REFERENCE.finditer(text)} & set(fitting)
    if len(named) == 1:                 # "the recommendations contained in paragraph 97"
        return concerned | named
    counted = _paragraphs_of_count(text, fitting, review)
    if len(counted) == 1:               # "Position of Kazakhstan on the 26 recommendations"
        return concerned | counted
    bare_labels = tuple(sorted(bare, key=label_sort_key))
    by_overlap = _paragraph_by_overlap(blocks, fitting, review)
    if by_overlap is not None:
        problems.append(Problem(
            ProblemKind.SUGGESTION_APPLIED,
            f"Bare numbers read as paragraph {by_overlap} of the report: their response texts share "
            f"most words with the recommendations of that paragraph (paragraphs {', '.join(sorted(fitting))} "
            "all have such numbers).",
            labels=bare_labels,
        ))
        return concerned | {by_overlap}
    problems.append(Problem(
        ProblemKind.UNKNOWN_LABEL,
        f"Cannot tell which paragraph of the report the bare numbers belong to: paragraphs "
        f"{', '.join(sorted(fitting))} all have them; numbers kept as written.",
        labels=bare_labels,
    ))
    return concerned


def _labels_written_in(block: _Block) -> list[str]:
    labels = list(block.labels)
    if not block.groups:
        labels += [label for mention in _prose_mentions(block.text) for label in mention.labels]
    return labels


def _paragraphs_of_count(text: str, fitting: list[str], review: _Review) -> set[str]:
    counts = {int(m.group("count")) for m in _COUNT_IN_TITLE.finditer(text[:2000])}
    return {p for p in fitting if len(review.by_paragraph[p]) in counts}


def _paragraph_by_overlap(blocks: list[_Block], fitting: list[str], review: _Review) -> str | None:
    totals = {}
    for paragraph in fitting:
        totals[paragraph] = sum(
            review.similarity(_stems(block.text), [f"{paragraph}.{n}" for n in block.labels if "." not in n])
            for block in blocks if block.groups and block.lines
        )
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] > 0 and ranked[0][1] >= 1.5 * ranked[1][1]:
        return ranked[0][0]
    return None


class _LabelMapper:
    """Bare numbers to full labels, when exactly one concerned paragraph has the number."""

    def __init__(self, review: _Review, concerned: set[str], problems: list[Problem], *,
                 ambiguity_reported: bool) -> None:
        self.review = review
        self.concerned = concerned
        self.problems = problems
        self.ambiguity_reported = ambiguity_reported  # once for the whole document, not per number
        self._reported: set[str] = set()

    def full(self, labels: Iterable[str], line: int | None) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self._one(label, line) for label in labels))

    def _one(self, label: str, line: int | None) -> str:
        if "." in label or not self.review:
            return label
        paragraphs = self.concerned or set(self.review.by_paragraph)
        candidates = sorted(p for p in paragraphs if f"{p}.{label}" in self.review.texts)
        if len(candidates) == 1:
            return f"{candidates[0]}.{label}"
        if len(candidates) > 1 and label not in self._reported and not self.ambiguity_reported:
            self._reported.add(label)
            self.problems.append(Problem(
                ProblemKind.UNKNOWN_LABEL,
                f"Number {label} could be " + " or ".join(f"{p}.{label}" for p in candidates)
                + "; kept as written.",
                labels=(label,), line=line,
            ))
        return label


# --- reading the blocks --------------------------------------------------------------------------


# The reading of an answer whose problem (merged, mixed, conflicting) is reported where it was read.
_ALREADY_FLAGGED = ResponseClassification(None, False, None, 0.2)
# What an entry's reading loses when it contradicts the heading it stands under.
_CONTRADICTED_HEADING = 0.2


@dataclass
class _Segment:
    """A stretch of a block's text that reads as one answer."""

    start: int                 # offsets in the block's text
    end: int
    statements: list[PositionStatement]

    def reading(self) -> ResponseClassification:
        return decide(self.statements)

    @property
    def mixed(self) -> bool:
        strong = {s.position for s in self.statements if s.strong}
        return {Position.SUPPORTED, Position.NOTED} <= strong


@dataclass
class _Orphan:
    text: str
    line: int
    reading: ResponseClassification
    plural: bool | None


class _BlockReader:
    def __init__(self, review: _Review, labels: _LabelMapper, problems: list[Problem]) -> None:
        self.review = review
        self.labels = labels
        self.problems = problems
        self.responses: list[ParsedResponse] = []
        self.orphans: list[_Orphan] = []
        self.cross_references: list[tuple[ParsedResponse, tuple[str, ...]]] = []
        self.flagged: set[int] = set()   # ids of responses whose problem is already reported
        self.seen_labels = False

    # -- one block --

    def read(self, block: _Block) -> None:
        if block.groups:
            self.seen_labels = True
            self._read_numbered(block)
        elif block.lines:
            self._read_prose(block)

    def _read_numbered(self, block: _Block) -> None:
        text = block.text
        groups = [self.labels.full(g.labels, g.line) for g in block.groups]
        target = cross_reference_target(text) if text else None
        if target is not None:
            self._cross_reference(block, tuple(label for group in groups for label in group), text, target)
            return
        if not text.strip():
            self._from_default(block, groups)
            return
        segments = _segments(text)
        if len(segments) == 1:
            self._one_segment(block, groups, segments[0])
        else:
            self._several_segments(block, groups, segments)

    def _one_segment(self, block: _Block, groups: list[tuple[str, ...]], segment: _Segment) -> None:
        text = block.text
        all_labels = _flatten(groups)
        if segment.mixed:
            if len(groups) >= 2 and self._split_merged(block, groups, segment):
                return
            self._mixed(block, groups, segment)
            return
        reading = self._with_default(block, segment.reading(), all_labels)
        if len(groups) >= 2:
            self.problems.append(Problem(
                ProblemKind.MERGED_GROUPS,
                f"One text follows {len(groups)} separate groups of numbers "
                f"({'; '.join(_written(g) for g in groups)}); read as one answer to all of them.",
                labels=all_labels, line=block.first_line, excerpt=_excerpt(text),
            ))
        self._add(all_labels, reading, _clean(text), block.first_line, block)

    def _several_segments(self, block: _Block, groups: list[tuple[str, ...]], segments: list[_Segment]) -> None:
        """A block whose text holds more answers than it has groups of numbers: the extra ones
        lost their numbers (or a column of numbers was run together)."""
        text = block.text
        if len(groups) == 1 and len(groups[0]) > 1 and not any(_is_plural(s) for s in segments):
            # "14 15", then singular answers: a column of numbers run together with its texts.
            if len(groups[0]) != len(segments):
                self._unpaired(block, groups, segments)
                return
            groups = [(label,) for label in groups[0]]
        paired = min(len(groups), len(segments))
        confirmed = False
        if len(groups) > 1:
            readings = [segments[i].reading() for i in range(paired)]
            confirmed = self._pairing_confirmed(groups[:paired], segments[:paired], text)
            if len({r.position for r in readings}) > 1 and not confirmed:
                self._unpaired(block, groups, segments)
                return
            if len(groups) > len(segments):
                groups = groups[: paired - 1] + [_flatten(groups[paired - 1:])]
        for group, segment in zip(groups, segments):
            piece = text[segment.start:segment.end]
            self._add(group, self._with_default(block, segment.reading(), group), _clean(piece),
                      _line_at(block, segment.start), block)
        if len(groups) > 1:
            ran_together = f"The texts after the numbers {'; '.join(_written(g) for g in groups)} ran together; "
            if confirmed:
                kind = ProblemKind.SUGGESTION_APPLIED
                message = (ran_together + "each group was given the answer in the order written, as the words of "
                           "each answer match its group's recommendations. Check against the document.")
            else:
                kind = ProblemKind.MERGED_GROUPS
                message = (ran_together + "each group was given the answer in the order written. They all take "
                           "the same position, but check which text answers which.")
            self.problems.append(Problem(kind, message, labels=_flatten(groups), line=block.first_line,
                                         excerpt=_excerpt(text)))
        for segment in segments[paired:]:
            piece = text[segment.start:segment.end]
            plural = next((s.plural for s in segment.statements if s.strong), None)
            self.orphans.append(_Orphan(_clean(piece), _line_at(block, segment.start), segment.reading(), plural))

    def _unpaired(self, block: _Block, groups: list[tuple[str, ...]], segments: list[_Segment]) -> None:
        """Several answers after the numbers, and no sure way to tell which answers which. When
        they all take one position, that position is certain all the same."""
        text = block.text
        readings = [segment.reading() for segment in segments]
        in_order = "; ".join(
            f"{_written(g)}: {r.position.label if r.position else 'unclear'} (line {_line_at(block, s.start)})"
            for g, s, r in zip(groups, segments, readings)
        )
        answers = f"{len(segments)} answers follow the numbers {'; '.join(_written(g) for g in groups)}"
        common = {r.position for r in readings}
        if len(common) == 1 and None not in common:
            message = f"{answers}; they all take the same position, but which text answers which is not certain."
            reading = decide([s for segment in segments for s in segment.statements])
        else:
            message = f"{answers} and which answers which is not certain. In the order written: {in_order}."
            reading = _ALREADY_FLAGGED
        self.problems.append(Problem(ProblemKind.MERGED_GROUPS, message, labels=_flatten(groups),
                                     line=block.first_line, excerpt=_excerpt(text)))
        response = self._add(_flatten(groups), reading, _clean(text), block.first_line, block)
        self.flagged.add(id(response))

    def _mixed(self, block: _Block, groups: list[tuple[str, ...]], segment: _Segment) -> None:
        """One answer that both accepts and refuses, with no way to tell who gets which."""
        text = block.text
        all_labels = _flatten(groups)
        accepts, refuses = _first_of_each_sense(segment.statements)
        if len(all_labels) == 1:
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"The answer to {all_labels[0]} both accepts (\"{_excerpt(accepts.sentence.text, 80)}\") and "
                f"refuses (\"{_excerpt(refuses.sentence.text, 80)}\"): perhaps partially supported, or two answers run together.",
                labels=all_labels, line=block.first_line, excerpt=_excerpt(text),
            ))
        else:
            self.problems.append(Problem(
                ProblemKind.MERGED_GROUPS,
                "One text seems to answer two groups: it accepts "
                f"(line {_line_at(block, accepts.sentence.start)}: \"{_excerpt(accepts.sentence.text, 80)}\") and refuses "
                f"(line {_line_at(block, refuses.sentence.start)}: \"{_excerpt(refuses.sentence.text, 80)}\"); "
                f"the numbers {'; '.join(_written(g) for g in groups)} cannot be shared out with certainty."
                + self._split_hint(block, groups, segment),
                labels=all_labels, line=block.first_line, excerpt=_excerpt(text),
            ))
        self._add(all_labels, _ALREADY_FLAGGED, _clean(text), block.first_line, block)

    def _split_hint(self, block: _Block, groups: list[tuple[str, ...]], segment: _Segment) -> str:
        if len(groups) != 2:
            return ""
        first, second = _first_opposite_pair(segment.statements)
        return (f" In the order written: {_written(groups[0])} would be {first.position.label.lower()} "
                f"and {_written(groups[1])} {second.position.label.lower()}.")

    # -- merged groups, split by word overlap --

    def _split_merged(self, block: _Block, groups: list[tuple[str, ...]], segment: _Segment) -> bool:
        """Two groups, one text that accepts and refuses: cut it where the words change from one
        group's recommendations to the other's, when the overlap makes the cut unambiguous."""
        if len(groups) != 2 or not self._known(groups):
            return False
        text = block.text
        first, second = _first_opposite_pair(segment.statements)
        cuts = [s.start for s in split_sentences(text) if first.sentence.start < s.start <= second.sentence.start]
        if not cuts:
            return False
        own = [self._group_stems(groups[0]) - self._group_stems(groups[1]),
               self._group_stems(groups[1]) - self._group_stems(groups[0])]
        cut = max(cuts, key=lambda c: (self._cut_score(text, c, own[0], own[1]), c))
        before, after = _stems(text[:cut]), _stems(text[cut:])
        if not (self._speaks_of(before, groups[0], rather_than=groups[1])
                and self._speaks_of(after, groups[1], rather_than=groups[0])):
            return False
        parts = [(groups[0], segment.start, cut), (groups[1], cut, segment.end)]
        summary = []
        for group, start, end in parts:
            piece = text[start:end]
            reading = decide(position_statements(piece))
            line = _line_at(block, start)
            self._add(group, reading, _clean(piece), line, block)
            summary.append(f"{_written(group)}: {reading.position.label if reading.position else 'unclear'} (from line {line})")
        self.problems.append(Problem(
            ProblemKind.SUGGESTION_APPLIED,
            f"One text (lines {block.lines[0][0]}–{block.lines[-1][0]}) followed two groups of numbers and both "
            f"accepts and refuses; it was split at line {_line_at(block, cut)}, where its words turn from the "
            f"recommendations of the first group to those of the second: {'; '.join(summary)}. Check against the document.",
            labels=_flatten(groups), line=_line_at(block, cut), excerpt=_excerpt(text[cut:]),
        ))
        return True

    def _cut_score(self, text: str, cut: int, first_own: set[str], second_own: set[str]) -> float:
        """How well a cut sends the words only the first group's recommendations use before it,
        and those only the second's use after it (idf-weighted)."""
        before, after = _stems(text[:cut]), _stems(text[cut:])
        return (self.review.weight(before & first_own) + self.review.weight(after & second_own)
                - self.review.weight(before & second_own) - self.review.weight(after & first_own))

    def _pairing_confirmed(self, groups: list[tuple[str, ...]], segments: list[_Segment], text: str) -> bool:
        """Does each answer speak more of its own group (in the order written) than of any other?"""
        if not self._known(groups):
            return False
        return all(
            self._speaks_of(_stems(text[segment.start:segment.end]), groups[i], rather_than=other)
            for i, segment in enumerate(segments)
            for j, other in enumerate(groups) if j != i
        )

    def _speaks_of(self, stems: set[str], group: tuple[str, ...], *, rather_than: tuple[str, ...]) -> bool:
        """Is some recommendation of `group` clearly closer to these words than any of the other?
        (One recommendation at a time: a group of nine does not win by its sheer vocabulary.)"""
        own = max(self.review.similarity(stems, [label]) for label in group)
        other = max(self.review.similarity(stems, [label]) for label in rather_than)
        return own >= _MIN_SIMILARITY and own >= _CLEAR_MARGIN * other

    def _group_stems(self, group: tuple[str, ...]) -> set[str]:
        return set().union(*(self.review.stems.get(label, set()) for label in group))

    def _known(self, groups: Iterable[tuple[str, ...]]) -> bool:
        return bool(self.review) and all(label in self.review.texts for g in groups for label in g)

    # -- headings, lead-ins, cross-references --

    def _with_default(self, block: _Block, reading: ResponseClassification,
                      labels: tuple[str, ...]) -> ResponseClassification:
        """A heading's (or lead-in's) position is the default for entries whose text states none.
        An entry's own explicit position wins over it; when the two disagree the entry keeps its
        own, with less confidence, and the contradiction is flagged."""
        default = block.default
        if default is None or default.position is None:
            return reading
        if reading.position is None or reading.confidence < UNCLEAR_BELOW:
            return ResponseClassification(default.position, default.considered_implemented or reading.considered_implemented,
                                          default.text, 0.9)
        if reading.position is default.position:
            return reading._replace(considered_implemented=reading.considered_implemented or default.considered_implemented)
        self.problems.append(Problem(
            ProblemKind.CONFLICTING_POSITIONS,
            f"The entry for {_written(labels)} contradicts its heading: listed under \"{default.text}\" "
            f"(line {default.line}, {default.position.label.lower()}) but its own text says "
            f"\"{_excerpt(reading.deciding_sentence or '', 100)}\" ({reading.position.label.lower()}); "
            "the text's position was kept. Check against the document.",
            labels=labels, line=block.first_line, excerpt=_excerpt(block.text),
        ))
        # Still above UNCLEAR_BELOW: the one problem above says what is doubtful.
        return reading._replace(confidence=round(max(UNCLEAR_BELOW, reading.confidence - _CONTRADICTED_HEADING), 2))

    def _from_default(self, block: _Block, groups: list[tuple[str, ...]]) -> None:
        labels = _flatten(groups)
        default = block.default
        if default is None:
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"The numbers {_written(labels)} stand with no text and under no heading that gives a position.",
                labels=labels, line=block.first_line,
            ))
            self._add(labels, _ALREADY_FLAGGED, "", block.first_line, block)
            return
        reading = ResponseClassification(default.position, default.considered_implemented, default.text,
                                         0.9 if default.position else 0.0)
        self._add(labels, reading, "", block.first_line, block)

    def _cross_reference(self, block: _Block, labels: tuple[str, ...], text: str, target: tuple[str, ...]) -> None:
        response = self._add(labels, ResponseClassification(None, False, None, 0.0), _clean(text), block.first_line, block)
        self.cross_references.append((response, self.labels.full(target, block.first_line)))

    def resolve_cross_references(self) -> None:
        """ "See recommendation 24": the same position as the answer to 24 (which may itself
        point further: "25: see 24", "24: see 23")."""
        pending = list(self.cross_references)
        while pending:
            unresolved = [(response, target) for response, target in pending if not self._follow(response, target)]
            if len(unresolved) == len(pending):
                break
            pending = unresolved
        for response, target in pending:
            answers = [r for r in self.responses if set(target) & set(r.labels) and r is not response]
            self.flagged.add(id(response))
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"{_written(response.labels)} refers to the answer to {_written(target)}, "
                + ("which gives no single position." if answers else "which the document does not contain."),
                labels=response.labels, line=response.line, excerpt=response.text,
            ))

    def _follow(self, response: ParsedResponse, target: tuple[str, ...]) -> bool:
        answers = [r for r in self.responses if set(target) & set(r.labels) and r is not response]
        positions = {(r.position, r.considered_implemented) for r in answers if r.position}
        if len(positions) != 1:
            return False
        source = next(r for r in answers if r.position)
        self.responses[self.responses.index(response)] = ParsedResponse(
            labels=response.labels, position=source.position,
            considered_implemented=source.considered_implemented, text=response.text,
            deciding_sentence=response.text, confidence=min(source.confidence, 0.9),
            line=response.line, paragraph=response.paragraph,
        )
        return True

    # -- prose --

    def _read_prose(self, block: _Block) -> None:
        """A paragraph that names its recommendations in sentences ("Kazakhstan accepts
        recommendations 97.1 and 97.5"), or none (then it may be an answer that lost its numbers)."""
        text = block.text
        items = list(_prose_items(text))
        if not items:
            self._unlabelled_paragraph(block)
            return
        self.seen_labels = True
        paragraph_cue = decide([s for s in position_statements(_without_sentences_naming(text)) if s.strong])
        single = len(items) == 1
        for labels_written, statement, sentence in items:
            line = _line_at(block, sentence.start)
            labels = self.labels.full(labels_written, line)
            target = _pointer_in(sentence.text) if statement is None else None
            if target is not None:
                # "Recommendation 24: see recommendation 23." inside a paragraph: 23's answer.
                response = self._add(labels, ResponseClassification(None, False, None, 0.0),
                                     _clean(text) if single else sentence.text, line, block)
                self.cross_references.append((response, self.labels.full(target, line)))
                continue
            if statement is not None:
                reading = decide([statement])
                reading = reading._replace(deciding_sentence=sentence.text)
            elif paragraph_cue.position is not None:
                reading = paragraph_cue
            else:
                reading = ResponseClassification(None, False, None, 0.0)
            reading = self._with_default(block, reading, labels)
            self._add(labels, reading, _clean(text) if single else sentence.text, _line_at(block, sentence.start), block)

    def _unlabelled_paragraph(self, block: _Block) -> None:
        if not self.seen_labels or block.text.rstrip().endswith(":"):
            return  # the introduction, or a lead-in to a list
        strong = [s for s in position_statements(block.text) if s.strong]
        if strong:
            reading = decide(strong)
            self.orphans.append(_Orphan(_clean(block.text), block.first_line, reading, strong[0].plural))

    # -- orphans --

    def place_orphans(self) -> None:
        """Suggest, by word overlap, which unanswered labels an orphan text answers; apply the
        suggestion when it is unambiguous."""
        answered = {label for r in self.responses for label in r.labels}
        unanswered = sorted(
            (label for p in self.labels.concerned for label in self.review.by_paragraph.get(p, ())
             if label not in answered),
            key=label_sort_key,
        )
        suggestions = [self._suggest(orphan, unanswered) for orphan in self.orphans]
        claimed = Counter(label for labels, _sure in suggestions for label in labels)
        for orphan, (labels, sure) in zip(self.orphans, suggestions):
            position = orphan.reading.position.label.lower() if orphan.reading.position else "no clear position"
            if sure and all(claimed[label] == 1 for label in labels):
                self._add(labels, orphan.reading, orphan.text, orphan.line, None)
                self.problems.append(Problem(
                    ProblemKind.SUGGESTION_APPLIED,
                    f"A response text at line {orphan.line} had lost its numbers; its words match "
                    f"{_written(labels)}, which had no response, so it was read as their answer ({position}). "
                    "Check against the document.",
                    labels=labels, line=orphan.line, excerpt=_excerpt(orphan.text),
                ))
                continue
            hint = ""
            if labels:
                which = "one of " if orphan.plural is False and len(labels) > 1 else ""
                hint = f" By word overlap it may answer {which}{_written(labels)}, which had no response."
            self.problems.append(Problem(
                ProblemKind.ORPHAN_TEXT,
                f"A response text at line {orphan.line} has no recommendation numbers (it reads as {position}).{hint}",
                labels=labels, line=orphan.line, excerpt=_excerpt(orphan.text),
            ))

    def _suggest(self, orphan: _Orphan, unanswered: list[str]) -> tuple[tuple[str, ...], bool]:
        """The unanswered labels whose texts the orphan's words match, and whether the match is
        unambiguous: "the recommendation" must fit exactly one, "these recommendations" several."""
        if not self.review or not unanswered:
            return (), False
        stems = _stems(orphan.text)
        scores = {label: self.review.similarity(stems, [label]) for label in unanswered}
        best = max(scores.values())
        if best < _MIN_SIMILARITY:
            return (), False
        close = tuple(label for label in unanswered if scores[label] >= 0.5 * best)
        sure = len(close) == 1 if orphan.plural is False else len(close) >= 2 if orphan.plural else len(close) == 1
        return close, sure

    # -- output --

    def _add(self, labels: tuple[str, ...], reading: ResponseClassification, text: str, line: int,
             block: _Block | None) -> ParsedResponse:
        response = ParsedResponse(
            labels=tuple(labels),
            position=reading.position.value if reading.position else None,
            considered_implemented=reading.considered_implemented,
            text=text,
            deciding_sentence=reading.deciding_sentence,
            confidence=reading.confidence,
            line=line,
            paragraph=block.paragraph if block else None,
        )
        self.responses.append(response)
        if reading is _ALREADY_FLAGGED:
            self.flagged.add(id(response))
        return response


# --- cutting a text into answers -----------------------------------------------------------------


def _segments(text: str) -> list[_Segment]:
    """Cut where a new answer opens: a statement that names the recommendation, does not
    conclude ("therefore", "thus"), and comes after the current answer already took a position."""
    statements = position_statements(text)
    segments = [_Segment(0, len(text), [])]
    for statement in statements:
        current = segments[-1]
        has_position = any(s.strong for s in current.statements)
        if statement.strong and not statement.concluding and has_position and _opens_answer(current, statement, text):
            current.end = statement.sentence.start
            segments.append(_Segment(statement.sentence.start, len(text), [statement]))
        else:
            current.statements.append(statement)
    return segments


def _opens_answer(segment: _Segment, statement: PositionStatement, text: str) -> bool:
    """Another position, or another number ("these recommendations" after "the recommendation"),
    opens a new answer. So does the same statement again, when it begins a line after a finished
    sentence, as a table row does; within a paragraph it only restates the answer."""
    if statement.position is Position.PENDING:
        return False  # "…and the matter remains under consideration" qualifies, it does not answer
    first = next(s for s in segment.statements if s.strong)
    other_number = None not in (statement.plural, first.plural) and statement.plural != first.plural
    if first.position is not statement.position or other_number:
        return True
    start = statement.sentence.start
    return text[start - 1:start] == "\n" and text[:start].rstrip().endswith((".", "!", "?", "”", '"'))


def _is_plural(segment: _Segment) -> bool:
    return any(s.strong and s.plural for s in segment.statements)


def _first_of_each_sense(statements: list[PositionStatement]) -> tuple[PositionStatement, PositionStatement]:
    accepts = next(s for s in statements if s.strong and s.position is Position.SUPPORTED)
    refuses = next(s for s in statements if s.strong and s.position is Position.NOTED)
    return accepts, refuses


def _first_opposite_pair(statements: list[PositionStatement]) -> tuple[PositionStatement, PositionStatement]:
    strong = [s for s in statements if s.strong and s.position in (Position.SUPPORTED, Position.NOTED)]
    first = strong[0]
    second = next(s for s in strong if s.position is not first.position)
    return first, second


# --- prose mentions ------------------------------------------------------------------------------

# "The following recommendations enjoy the support of X: 88.1, 88.2 and 88.5–88.9."
_COLON_LIST = re.compile(rf":\s*(?P<list>{LIST_PATTERN})\s*[.;]?\s*$", re.IGNORECASE)
# Where one clause ends and the next begins, between two mentions of labels.
_CLAUSE_BREAK = re.compile(
    r"""
      ;
    | ,?\s+(?:but|while|whereas)\s+
    | ,?\s+and\s+(?=(?:\w+\s+){0,2}                      # "… and (it) takes note of …"
                   (?:takes?|notes?|accepts?|supports?|rejects?|does|cannot|considers?)\b)
    """,
    _FLAGS,
)


def _prose_mentions(text: str) -> list[LabelMention]:
    mentions = [m for m in find_label_mentions(text) if not m.cross_reference]
    for sentence in split_sentences(text):
        colon = _COLON_LIST.search(sentence.text)
        if colon and re.search(r"recommendation", sentence.text, re.IGNORECASE):
            labels = expand_list(colon.group("list"))
            if labels and not any(set(labels) <= set(m.labels) for m in mentions):
                start = sentence.start + colon.start("list")
                mentions.append(LabelMention(labels, colon.group("list"), start, sentence.end))
    return sorted(mentions, key=lambda m: m.start)


def _prose_items(text: str) -> Iterable[tuple[tuple[str, ...], PositionStatement | None, Sentence]]:
    """(labels, the statement about them or None, the sentence) for each mention group."""
    mentions = _prose_mentions(text)
    for sentence in split_sentences(text):
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        if not inside:
            continue
        whole = read_sentence(sentence)
        if len(inside) == 1 or whole is None:
            yield _flatten([m.labels for m in inside]), whole, sentence
            continue
        for mention, clause in zip(inside, _clauses(text, sentence, inside)):
            yield mention.labels, read_sentence(clause) or whole, sentence


def _clauses(text: str, sentence: Sentence, mentions: list[LabelMention]) -> list[Sentence]:
    """Cut a sentence between its mentions at "; ", ", but", " and takes note of"…"""
    bounds = [sentence.start]
    for before, after in pairwise(mentions):
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, before.end, after.start)]
        bounds.append(breaks[-1] if breaks else after.start)
    bounds.append(sentence.end)
    return [Sentence(" ".join(text[a:b].split()), a, b) for a, b in pairwise(bounds)]


def _pointer_in(sentence: str) -> tuple[str, ...] | None:
    """The labels a sentence only points to after naming its own: "Recommendation 24: see
    recommendation 23." → ("23",); None when it says anything more."""
    own = [m for m in find_label_mentions(sentence) if not m.cross_reference]
    if not own:
        return None
    return cross_reference_target(sentence[own[-1].end:].lstrip(" :;,.—–-"))


def _without_sentences_naming(text: str) -> str:
    """The sentences of a paragraph that name no labels: where its general position may stand."""
    mentions = _prose_mentions(text)
    kept = [s.text for s in split_sentences(text) if not any(s.start <= m.start < s.end for m in mentions)]
    return " ".join(kept)


# --- document-wide checks ------------------------------------------------------------------------


def _unknown_labels(responses: list[ParsedResponse], review: _Review) -> list[Problem]:
    if not review:
        return []
    problems = []
    for response in responses:
        unknown = tuple(label for label in response.labels if "." in label and label not in review.texts)
        unknown += tuple(label for label in response.labels if "." not in label
                         and not any(f"{p}.{label}" in review.texts for p in review.by_paragraph))
        if unknown:
            problems.append(Problem(
                ProblemKind.UNKNOWN_LABEL,
                f"{_written(unknown)}: not a recommendation of the Working Group report.",
                labels=unknown, line=response.line, excerpt=_excerpt(response.text),
            ))
    return problems


def _conflicting_positions(responses: list[ParsedResponse]) -> list[Problem]:
    by_label: dict[str, list[ParsedResponse]] = defaultdict(list)
    for response in responses:
        for label in response.labels:
            by_label[label].append(response)
    problems = []
    for label, answers in sorted(by_label.items(), key=lambda item: label_sort_key(item[0])):
        positions = {r.position for r in answers if r.position}
        if len(positions) > 1:
            where = "; ".join(f"line {r.line}: {r.position}" for r in answers if r.position)
            problems.append(Problem(
                ProblemKind.CONFLICTING_POSITIONS,
                f"{label} is answered more than once, with different positions ({where}).",
                labels=(label,), line=answers[-1].line,
            ))
    return problems


def _unclear_positions(responses: list[ParsedResponse], flagged: set[int]) -> list[Problem]:
    problems = []
    for response in responses:
        if response.position is not None and response.confidence >= UNCLEAR_BELOW or id(response) in flagged:
            continue
        detail = (f"only a weak cue: \"{_excerpt(response.deciding_sentence, 100)}\""
                  if response.deciding_sentence else "no sentence accepts, refuses, notes or defers it")
        problems.append(Problem(
            ProblemKind.UNCLEAR_POSITION,
            f"No clear position for {_written(response.labels)}: {detail}.",
            labels=response.labels, line=response.line, excerpt=_excerpt(response.text),
        ))
    return problems


def _labels_without_response(responses: list[ParsedResponse], review: _Review, concerned: set[str],
                             identity: DocumentIdentity, blocks: list[_Block]) -> list[Problem]:
    answered = {label for r in responses for label in r.labels}
    if review:
        expected = [label for p in concerned for label in review.by_paragraph.get(p, ())]
    else:
        expected = _expected_from_title(identity, answered)
    missing = sorted((label for label in expected if label not in answered), key=label_sort_key)
    return [
        Problem(ProblemKind.NO_RESPONSE, f"{label} got no response in this addendum.", labels=(label,))
        for label in missing
    ]


def _expected_from_title(identity: DocumentIdentity, answered: set[str]) -> list[str]:
    """With no report at hand, "Position of Kazakhstan on the 26 recommendations" still says
    which bare numbers to expect: 1 to 26."""
    match = _COUNT_IN_TITLE.search(identity.title or "")
    if not match or not answered or any("." in label for label in answered):
        return []
    return [str(n) for n in range(1, int(match.group("count")) + 1)]


# --- small helpers ---------------------------------------------------------------------------------


def _flatten(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(label for group in groups for label in group))


def _line_at(block: _Block, offset: int) -> int:
    """The line number of an offset in the block's text."""
    position = 0
    for number, text in block.lines:
        if offset < position + len(text) + 1:
            return number
        position += len(text) + 1
    return block.lines[-1][0] if block.lines else block.first_line


def _clean(text: str) -> str:
    """Join the lines of extracted text; keep a break only where a sentence ended."""
    out = ""
    for line in (" ".join(raw.split()) for raw in text.split("\n")):
        if not line:
            continue
        if out:
            out += "\n" if out.endswith((".", ":", ";", "!", "?", "”", '"')) else " "
        out += line
    return out


def _excerpt(text: str | None, limit: int = 160) -> str:
    text = text or ""
    # The excerpt of the start only: a response may be a whole file of another kind, excerpted
    # for each of its problems. (The start's words are the start of all the words.)
    head = text[: limit * 4]
    flat = " ".join(head.split())
    if len(flat) <= limit and len(head) < len(text):   # mostly blank: read on
        flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _written(labels: Iterable[str]) -> str:
    """97.11, 97.13, 97.20–97.26: labels as a reader writes them, runs collapsed."""
    ordered = sorted(dict.fromkeys(labels), key=label_sort_key)
    runs: list[list[str]] = []
    for label in ordered:
        if runs and _follows(runs[-1][-1], label):
            runs[-1].append(label)
        else:
            runs.append([label])
    return ", ".join(", ".join(run) if len(run) < 3 else f"{run[0]}–{run[-1]}" for run in runs)


def _follows(previous: str, label: str) -> bool:
    head, _, number = previous.rpartition(".")
    next_head, _, next_number = label.rpartition(".")
    return head == next_head and number.isdigit() and next_number.isdigit() and int(next_number) == int(number) + 1
