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

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.positions import Position
from upr_tracker.parsing.document_languages import (
    CLOSING_PARAGRAPH,
    CONCLUSIONS_HEADING,
    LIST_ANNOUNCEMENT,
    LIST_IMPLEMENTED,
    LIST_INTRODUCTION,
    LIST_NOTED,
    LIST_PENDING,
    LIST_SUPPORTED,
    NOT_A_STATE,
    PARAGRAPH_WORD,
    SECTION_END,
    STATE_CONJUNCTION,
    unread_language,
    unread_language_message,
)
from upr_tracker.parsing.page_furniture import (
    FOOTNOTE_MARKER,
    SUPERSCRIPT_DIGITS,
    Footnote,
    Line,
    read_lines,
    strip_trailing_furniture,
)
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
    ParsedDocument,
    ParsedRecommendation,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.wg_report_identity import (  # noqa: F401 - ordinal_number, REPORT_TITLE: read from here too
    REPORT_TITLE,
    looks_like_state_name,
    is_known_state,
    ordinal_number,
    read_identity,
)

# How far numbering may jump and still be read as the next item (the gap is reported).
_MAX_NUMBERING_GAP = 25
# How many items back a footnote glued to the last item of a page may find the item that marks it.
_FOOTNOTE_REACH = 30
_EXCERPT_LENGTH = 120

# Numbers that open a line: "115.1" / "115.1." (an item of paragraph 115), "95." (a paragraph,
# or in cycle 1 an item whose number restarts in each paragraph).
_DOTTED_LABEL = re.compile(r"^(\d{1,3})\.(\d{1,3})\.?(?:\s+|$)")
_PLAIN_NUMBER = re.compile(r"^(\d{1,3})\.(?:\s+|$)")
_LABEL_START = re.compile(r"^\d{1,3}\.(?:\d{1,3}\.?)?(?:\s|$)")


def parse_working_group_report(text: str) -> ParsedDocument:
    """Read a Working Group report's identity and recommendations, with the problems met.

    Reports in English, French, Spanish and Russian read alike; one in Arabic or Chinese is said
    to be unread."""
    problems: list[Problem] = []
    language = unread_language(text)
    if language is not None:
        problems.append(Problem(ProblemKind.UNREADABLE, unread_language_message(language)))
        return ParsedDocument(kind=DocumentKind.WORKING_GROUP_REPORT.value, identity=DocumentIdentity(),
                              recommendations=[], problems=problems)
    lines, footnotes = read_lines(text)
    identity = read_identity(text, [line.text for line in lines], problems)
    section = _conclusions_section(lines, problems)
    paragraphs = _read_paragraphs(section, problems)
    recommendations = _recommendations_of(paragraphs, footnotes, problems)
    return ParsedDocument(
        kind=DocumentKind.WORKING_GROUP_REPORT.value,
        identity=identity,
        recommendations=recommendations,
        problems=problems,
    )


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT_LENGTH else text[: _EXCERPT_LENGTH - 1] + "…"


# ============================================================================================
# The conclusions section


_SECTION_HEADING = CONCLUSIONS_HEADING
_SECTION_END = SECTION_END
_CLOSING_PARAGRAPH = CLOSING_PARAGRAPH
_LIST_INTRODUCTION = LIST_INTRODUCTION
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


def _read_dotted_label(current: _Paragraph | None, match: re.Match[str], line: Line,
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


def _read_plain_number(current: _Paragraph | None, match: re.Match[str], line: Line,
                       section: Sequence[Line], index: int, problems: list[Problem]) -> _Paragraph | bool:
    """"N." opens paragraph N, or is item N of a cycle-1 list (numbers restart in each paragraph)."""
    number = int(match.group(1))
    rest = line.text[match.end():]
    opens_paragraph = current is None or number == current.number + 1
    continues_list = (current is not None and current.dotted_labels is not True
                      and current.last_item_number < number <= current.last_item_number + _MAX_NUMBERING_GAP)
    if opens_paragraph and continues_list:
        # Item 96 of paragraph 95, or paragraph 96? An item ends with its State(s) in parentheses.
        block = _block_text(section, index)
        opens_paragraph = not _ENDS_LIKE_RECOMMENDATION.search(block) or is_state_comment(block)
    if opens_paragraph:
        return _Paragraph(number, line.number, [rest] if rest else [])
    if continues_list and current is not None:
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


# The wordings of the four languages read (document_languages): "did not enjoy the support of",
# "n'ont pas recueilli l'appui", "serán examinadas por", "пользуются его поддержкой"…
_NOTED_WORDING = LIST_NOTED
_PENDING_WORDING = LIST_PENDING
_SUPPORTED_WORDING = LIST_SUPPORTED
_LIST_ANNOUNCEMENT = LIST_ANNOUNCEMENT
_IMPLEMENTED_WORDING = LIST_IMPLEMENTED


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


def _recommendations_of(paragraphs: Sequence[_Paragraph], footnotes: Sequence[Footnote],
                        problems: list[Problem]) -> list[ParsedRecommendation]:
    recommendations: list[ParsedRecommendation] = []
    last_list: _Paragraph | None = None
    notes = _FootnotesByMark(footnotes)
    for paragraph in paragraphs:
        introduction = _join_lines(paragraph.introduction)
        if paragraph.items:
            recommendations += _list_recommendations(paragraph, introduction, notes, problems)
            last_list = paragraph
        elif _IMPLEMENTED_WORDING.search(introduction) and not _DIALOGUE_REFERENCE.search(introduction):
            _mark_implemented(recommendations, introduction, paragraph, last_list, problems)
        elif is_state_comment(introduction):
            concerned = _commented_labels(introduction, last_list, {r.label for r in recommendations})
            problems.append(replace(_comment_note(introduction, paragraph.line, f"paragraph {paragraph.number}"),
                                    labels=concerned))
        elif _announces_list(introduction):
            problems.append(Problem(ProblemKind.UNREADABLE,
                                    f"paragraph {paragraph.number} announces a list but no numbered "
                                    "recommendation follows",
                                    line=paragraph.line, excerpt=_excerpt(introduction)))
    notes.give_orphans(recommendations)
    return recommendations


def _announces_list(introduction: str) -> bool:
    """"The following recommendations enjoy the support of X:" with no list after it."""
    return (introduction.endswith(":") or bool(_LIST_ANNOUNCEMENT.search(introduction))) and \
        list_position(introduction)[0] is not None


class _FootnotesByMark:
    """The footnotes found at the foot of the pages, each given to the first item that carries
    its mark (marks restart on each page in some reports, so one mark may name several)."""

    def __init__(self, footnotes: Sequence[Footnote]) -> None:
        self.waiting = list(footnotes)
        self.orphans: list[tuple[Footnote, str]] = []
        self.marks: dict[str, set[str]] = {}
        self.given: dict[str, set[str]] = {}

    def take(self, body: str, item_line: int) -> list[Footnote]:
        marks = {match.group(1) for match in FOOTNOTE_MARKER.finditer(body)} - {"*", "**", "***"}
        taken = [f for f in self.waiting if f.mark in marks and f.line > item_line]
        taken = [f for index, f in enumerate(taken) if f.mark not in {t.mark for t in taken[:index]}]
        for footnote in taken:
            self.waiting.remove(footnote)
        return taken

    def glued_elsewhere(self, footnote: Footnote, after_label: str) -> None:
        """A footnote glued to an item that does not carry its mark: it belongs to an item before
        on the same page (a text without page breaks runs the page's foot into the last item)."""
        self.orphans.append((footnote, after_label))

    def marked(self, label: str, body: str) -> None:
        self.marks[label] = {match.group(1) for match in FOOTNOTE_MARKER.finditer(body)} - {"*", "**", "***"}

    def give_orphans(self, recommendations: list[ParsedRecommendation]) -> None:
        """Each orphan to the nearest item before it that carries its mark and has no note of it."""
        index_of = {recommendation.label: index for index, recommendation in enumerate(recommendations)}
        for footnote, after_label in self.orphans:
            end = index_of.get(after_label, -1)
            for index in range(end - 1, max(end - _FOOTNOTE_REACH, -1), -1):
                found = recommendations[index]
                if footnote.mark in self.marks.get(found.label, ()) and footnote.text not in found.footnotes \
                        and not self.given.get(found.label, set()) & {footnote.mark}:
                    recommendations[index] = replace(found, footnotes=(*found.footnotes, footnote.text))
                    self.given.setdefault(found.label, set()).add(footnote.mark)
                    break


def _list_recommendations(paragraph: _Paragraph, introduction: str, notes: _FootnotesByMark,
                          problems: list[Problem]) -> list[ParsedRecommendation]:
    position, implemented = list_position(introduction)
    items = []
    for item in paragraph.items:
        body, comment = _without_comment(_join_lines(item.parts))
        if comment:
            problems.append(_comment_note(comment, item.line, f"the text after {paragraph.label(item.number)}"))
        if is_state_comment(body):
            problems.append(_comment_note(body, item.line, f"item {paragraph.label(item.number)}"))
        else:
            items.append((item, body))
    labels = tuple(paragraph.label(item.number) for item, _body in items)
    if position is None and items:
        problems.append(Problem(ProblemKind.UNCLEAR_POSITION,
                                f"paragraph {paragraph.number}: its introduction gives no position",
                                labels=labels, line=paragraph.line, excerpt=_excerpt(introduction) or None))
    return [_recommendation(paragraph, item, body, position, implemented, notes, problems) for item, body in items]


def _recommendation(paragraph: _Paragraph, item: _Item, body: str, position: Position | None, implemented: bool,
                    notes: _FootnotesByMark, problems: list[Problem]) -> ParsedRecommendation:
    label = paragraph.label(item.number)
    body, glued = strip_trailing_furniture(body, _ends_with_states)
    footnotes = [footnote for footnote in glued if _carries_mark(body, footnote.mark)]
    for footnote in glued:
        if footnote not in footnotes:
            notes.glued_elsewhere(footnote, label)
    footnotes += notes.take(body, item.line)
    notes.marked(label, body)
    notes.given[label] = {footnote.mark for footnote in footnotes}
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
        footnotes=tuple(footnote.text for footnote in footnotes),
    )


def footnote_notes(recommendations: Iterable[ParsedRecommendation]) -> list[Problem]:
    """The recommendations' footnotes as notes for a person to read beside them (what the
    recommendation said in the interactive dialogue, a correction…)."""
    return [Problem(ProblemKind.NOTE, f"The report's footnote to {r.label}: {text}", labels=(r.label,), line=r.line,
                    excerpt=_excerpt(text))
            for r in recommendations for text in r.footnotes]


def _ends_with_states(text: str) -> bool:
    """Whether the text ends with recommending States in parentheses: "…torture (France, Chile)"."""
    opening = _opening_of_last_group(text)
    if opening is None:
        return False
    names = split_recommending_states(text[opening + 1:-1])
    return bool(names) and all(is_known_state(name) for name in names)


def _carries_mark(body: str, mark: str) -> bool:
    return any(match.group(1) == mark for match in FOOTNOTE_MARKER.finditer(body))


# --- The State's comments on recommendations, which are not recommendations themselves:
# "With regard to the recommendations in paragraphs 31 (b) (Algeria), 31 (c) (Egypt) …,
# Tunisia indicated that …", "Tunisia considers that recommendations 31 (d) …"

_REFERS_TO_RECOMMENDATIONS = re.compile(
    r"""\brecommendations?\s+(?:(?:contained|made|listed|set\s+out|mentioned|referred\s+to|included)\s+)?
        (?:(?:in|under|of)\s+)?(?:paragraphs?\s+|Nos?\.\s*)?\d{1,3}(?:\.\d{1,3})?""",
    re.IGNORECASE | re.VERBOSE)
_REPORTS_WHAT_STATE_SAID = re.compile(
    r"""\b(?:indicated|considers?|considered|stated|explained|said|replied|responded|believes?|clarified
        |reiterated|noted|(?:is|was)\s+of\s+the\s+view|takes?\s+the\s+view|expressed\s+the\s+view)\s+that\b""",
    re.IGNORECASE | re.VERBOSE)
_COMMENT_OPENING = re.compile(
    r"""(?:With\s+(?:regard|reference|respect)\s+to|Regarding|As\s+(?:regards|for)|Concerning|In\s+relation\s+to
        |In\s+response\s+to)\s+(?:the\s+)?recommendations?\b
      | (?:The\s+)?[A-Z][\w’'\-]*(?:\s+(?:of|the|and|[A-Z][\w’'\-]*)){0,6}\s+(?:indicated|considers|considered|stated
        |explained|believes|is\s+of\s+the\s+view)\s+that\s+(?:the\s+)?recommendations?\b""",
    re.VERBOSE)
# Where a comment glued to the end of an item starts: after the item's States and its punctuation.
_COMMENT_AFTER_STATES = re.compile(r"(?<=\))\s*[;.,]?\s+(?=[A-Z])")


def is_state_comment(text: str) -> bool:
    """Whether a numbered piece is the State's comment on recommendations made elsewhere (it
    refers to other paragraphs' recommendations and reports what the State said), not one."""
    if not (_REFERS_TO_RECOMMENDATIONS.search(text) and _REPORTS_WHAT_STATE_SAID.search(text)):
        return False
    return bool(_COMMENT_OPENING.match(text)) or not re.search(r"\)\s*[;.,]?\s*$", text)


def _without_comment(body: str) -> tuple[str, str | None]:
    """An item and, apart, the State's comment that a text without paragraph numbers ran on
    after it."""
    for boundary in _COMMENT_AFTER_STATES.finditer(body):
        rest = body[boundary.end():]
        if _COMMENT_OPENING.match(rest) and is_state_comment(rest) and _ends_with_states(body[:boundary.start()]
                                                                                           .rstrip(" ;,.")):
            return body[:boundary.start()].rstrip(), rest
    return body, None


# "recommendations 3, 4 and 7", "recommendations Nos. 95.3 to 95.5": the labels a comment is about.
_COMMENTED_NUMBERS = re.compile(
    r"\brecommendations?\s+(?:Nos?\.\s*)?(\d{1,3}(?:\.\d{1,3})?(?:\s*(?:,|and|-|–|—|to)\s*\d{1,3}(?:\.\d{1,3})?)*)"
    r"(?!\s*\()", re.IGNORECASE)


def _commented_labels(comment: str, last_list: _Paragraph | None, known: set[str]) -> tuple[str, ...]:
    """The report's labels a comment names right after "recommendations" (none when it names the
    dialogue's paragraphs, "31 (b)"): the comment is shown beside those recommendations."""
    if _DIALOGUE_REFERENCE.search(comment):
        return ()
    labels = []
    for written in _COMMENTED_NUMBERS.findall(comment):
        for first, last in _NUMBER_OR_RANGE.findall(written):
            for reference in _expand_range(first, last):
                label = reference if "." in reference else (last_list.label(int(reference)) if last_list else None)
                if label in known and label not in labels:
                    labels.append(label)
    return tuple(labels)


def _comment_note(text: str, line: int, where: str) -> Problem:
    return Problem(ProblemKind.NOTE,
                   f"{where} is the State's comment on recommendations, not a recommendation; it was not imported "
                   f"as one: {text}", line=line, excerpt=_excerpt(text))


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

_PARAGRAPH_REFERENCE = re.compile(r"\b" + PARAGRAPH_WORD + r"\s+(\d{1,3})\b", re.IGNORECASE)
# "31 (b)": a sub-paragraph of the report's account of the dialogue, not a recommendation's label
# (a paragraph that names those comments on recommendations made there).
_DIALOGUE_REFERENCE = re.compile(r"\b\d{1,3}\s*\([a-z]{1,3}\)")
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
_NOSUPERSCRIPT_DIGITS = str.maketrans("", "", SUPERSCRIPT_DIGITS)
_GLUED_FOOTNOTE_MARKER = re.compile(r"(?<=[^\d\s][;)])\d{1,2}(?=\s)")
_NOT_A_STATE = NOT_A_STATE


def read_attribution(body: str) -> Attribution:
    """Split "Ratify the Convention (France, Mexico and Brazil);" into text and States.

    Trailing parentheses are taken while they hold State names ("(Chile); (Peru)" gives both);
    parentheses inside the text that hold only known State names ("…(Slovenia); ratify … (Republic
    of Korea)") add their States but stay in the text.
    """
    text = _GLUED_FOOTNOTE_MARKER.sub("", _TRAILING_FOOTNOTE_MARKER.sub("", body.strip()))
    text = text.translate(_NOSUPERSCRIPT_DIGITS)   # superscript digits are only ever footnote markers
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
    return all(is_known_state(name) or (looks_like_state_name(name) and not _NOT_A_STATE.search(name))
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
        part = re.sub(r"^" + STATE_CONJUNCTION + r"\s+", "", part)
        if part:
            names.extend(_split_on_and(part))
    return tuple(names)


def _top_level_parts(written: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current: list[str] = []
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
    pieces = re.split(r"\s+" + STATE_CONJUNCTION + r"\s+", part)
    if len(pieces) == 1:
        return [part]
    # best[end]: fewest names covering pieces[:end], or None when impossible
    best: list[list[str] | None] = [[]] + [None] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            before = best[start]
            candidate = _joined(part, pieces[start:end])
            known = best[end]
            shorter = known is None or (before is not None and len(before) + 1 < len(known))
            if before is not None and shorter and is_known_state(candidate):
                best[end] = before + [candidate]
    return best[-1] or [part]


def _joined(part: str, pieces: Sequence[str]) -> str:
    """Pieces of a split name joined again with the conjunction the text used between them."""
    if len(pieces) == 1:
        return pieces[0]
    pattern = r"\s+" + STATE_CONJUNCTION + r"\s+"
    found = re.search(re.escape(pieces[0]) + "(" + pattern + ")" + re.escape(pieces[1]), part)
    glue = found.group(1) if found else " and "
    return glue.join(pieces)
