"""Reading OHCHR "thematic list of recommendations" matrices (Word tables).

A matrix is one or more Word tables whose header row names the columns: "Recommendation",
"Position", "Full list of themes", sometimes "Recommending State(s)", an "Assessment/comments on
level of implementation" column, or others. Columns are found by their header text, never by
their place, and unknown columns are ignored. Inside the table:

- theme heading rows ("Theme: A12 Acceptance of international norms"), one cell spanning the
  table, group the rows below them; the header row may be repeated further down;
- each recommendation row holds the label and text with the recommending State(s) in
  parentheses ("186.28. Continue its efforts … (Mongolia);"), a "Source of position:
  A/HRC/25/5/Add.1 - Para. 186.28" line, the position, and the themes followed by
  "Affected persons:" and a "- women" list.

A thematic matrix repeats a recommendation under each of its themes: the rows of one label are
merged into one recommendation carrying every theme.

Choices an importer should know:

- "Supported" and "Noted" given together for one recommendation (a "Supported/Noted" cell) is
  read as partially supported, the OHCHR's own meaning of that mixed cell; the response keeps the
  wording as written, and a SUGGESTION_APPLIED problem says so, so the user can split it by hand.
- The recommending State(s) are taken from the parentheses, or from a State column when the
  matrix has one, in the order written. As in the Working Group report parser, the text loses
  its trailing attribution only: when a label carries sentences from several States ("Ratify
  ICCPR (Albania); Ratify ICCPR and CPED (Chile);"), the inner ones stay in the text, and the
  last sentence's State is the last of `recommending_states`.
- A State name the PDF-to-Word conversion broke ("Sierra Le one") is mended when it matches one
  known State once its spaces are removed, and the repair is reported.
- `line` in problems and values is the table row, 1-based, counting the header row (rows of
  several matrix tables are numbered on from one table to the next). A header-less table right
  after a matrix table, with as many columns, is read as its continuation.
- A row repeated under another theme heading reports only what differs from its first row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.table import Table

from upr_tracker.domain.cycles import check_session_in_cycle
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.names import name_key
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.ohchr_matrix_cells import (
    _add_unique,
    _PositionReading,
    _read_attribution,
    _read_list_cell,
    _read_position,
    _read_state_column,
    _read_themes_cell,
    _Source,
    _squash,
    _StateName,
    _take_source,
    state_key,
)
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
    ParsedDocument,
    ParsedRecommendation,
    ParsedResponse,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.word_tables import (
    open_word_document,
    reading_word_file,
    table_grid,
)

EXCERPT_LENGTH = 100
HEADER_SEARCH_ROWS = 5  # a title row or two may come before the header row

# ----------------------------------------------------------------------------------------------
# Patterns
# ----------------------------------------------------------------------------------------------

# "186.28. ", "186.15 ", "186.228 . ", "186.132. ." (stray dots seen in real matrices)
_LABEL = re.compile(r"^\s*(?P<paragraph>\d{1,4})\s*\.\s*(?P<number>\d{1,4})\b(?:\s*\.)*\s*")
_THEME_HEADING = re.compile(r"^\s*(?:Themes?|Right or area|Thematic area)\s*:\s*(?P<theme>.+)$", re.I | re.S)
# Bounded: a State's name is at most 52 characters (one with its own parentheses included), and
# each "UPR of" of a long paragraph made the unbounded pattern scan the rest of it, several ways.
_TITLE = re.compile(
    r"(?:UPR|Universal\s+Periodic\s+Review)\s+of\s+(?P<state>.{1,80}?)\s*\(\s*"
    r"(?P<cycle>\d+|first|second|third|fourth|fifth)\s*(?:st|nd|rd|th)?\s+cycle\b"
    r"[^)\d]{0,60}(?:(?P<session>\d+)\s*(?:st|nd|rd|th)?\s+session)?[^)]{0,60}\)",
    re.I,
)
_PAGE_NUMBER = re.compile(r"^page\s+\d+(?:\s+of\s+\d+)?$", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}




def _excerpt(text: str) -> str:
    flat = _squash(text)
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1] + "…"


# ----------------------------------------------------------------------------------------------
# Opening the file and finding the table
# ----------------------------------------------------------------------------------------------


# A table row as read from the file: the text of each layout column, and how many distinct cells.
_RawRow = tuple[tuple[str, ...], int]


@dataclass(frozen=True)
class _WordContent:
    """What the parser uses of the Word file, read in one go: python-docx reads the file's parts
    as they are used, so a damaged file fails here, where the failure is reported as damage."""

    tables: list[list[_RawRow]]
    header_lines: list[str]    # the page headers' paragraphs and table cells (where OHCHR puts the title)
    paragraphs: list[str]


def _read_word_content(path: Path) -> _WordContent:
    """The tables, page headers and paragraphs, or InvalidValueError naming the file when it cannot be read."""
    document = open_word_document(path)
    with reading_word_file(path):
        tables = [_raw_rows(table, path, f"table {number}") for number, table in enumerate(document.tables, start=1)]
        return _WordContent(tables, list(_page_header_lines(document, path)),
                            [paragraph.text for paragraph in document.paragraphs])


def _raw_rows(table: Table, path: Path, name: str) -> list[_RawRow]:
    rows = []
    texts: dict[object, str] = {}   # by <w:tc>: a cell spanning many columns or rows is read once
    for grid in table_grid(table, path, name):
        for cell in grid:
            if cell is not None and cell._tc not in texts:
                texts[cell._tc] = cell.text
        distinct = len({cell._tc for cell in grid if cell is not None})  # a theme heading spans the table
        rows.append((tuple("" if cell is None else texts[cell._tc] for cell in grid), distinct))
    return rows


def _page_header_lines(document: DocxDocument, path: Path) -> Iterator[str]:
    for section in document.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            if header.is_linked_to_previous:
                continue
            yield from (paragraph.text for paragraph in header.paragraphs)
            for table in header.tables:
                for text, _distinct in _raw_rows(table, path, "a table in a page header"):
                    yield from (cell for cell in dict.fromkeys(text) if cell)


@dataclass(frozen=True)
class _Row:
    """A table row as a grid: the text of each layout column (merged cells repeat their text)."""

    number: int                    # 1-based, counting the header row
    texts: tuple[str, ...]
    distinct_cells: int            # a theme heading is one cell spanning the table

    def distinct_texts(self) -> list[str]:
        seen: list[str] = []
        for text in self.texts:
            if text.strip() and text not in seen:
                seen.append(text)
        return seen

    def text_of(self, column: int | None) -> str:
        if column is None or column >= len(self.texts):
            return ""
        return self.texts[column]


def _grid_rows(table: list[_RawRow], first_number: int) -> Iterator[_Row]:
    for offset, (texts, distinct) in enumerate(table):
        yield _Row(first_number + offset, texts, distinct)


@dataclass(frozen=True)
class _Columns:
    """Where each known column is in the grid; None when the matrix does not have it."""

    recommendation: int
    position: int | None
    themes: int | None
    states: int | None
    affected_persons: int | None
    label: int | None


def _column_role(header: str) -> str | None:
    key = name_key(header)
    if not key:
        return None
    # Order matters: "Recommending State" and "Recommendation number" both say "recommend".
    if key.startswith("recommending") or key in {"state", "states", "recommended by", "from"}:
        return "states"
    if key in {"no", "nr", "number", "para", "paragraph", "label", "recommendation no", "recommendation number"}:
        return "label"
    if key.startswith("recommendation"):
        return "recommendation"
    if key.startswith("position") or key in {"response", "state s position", "status"}:
        return "position"
    if key.startswith("affected"):
        return "affected_persons"
    if "theme" in key or key.startswith("right or area") or key in {"issues", "issue"}:
        return "themes"
    return None  # "Assessment/comments on level of implementation" and anything else


def _columns_from_header(row: _Row) -> _Columns | None:
    """The columns a header row names, or None when it is not a matrix header."""
    found: dict[str, int] = {}
    for column, text in enumerate(row.texts):
        role = _column_role(text)
        if role and role not in found:
            found[role] = column
    if "recommendation" not in found:
        return None
    if not {"position", "themes", "states"} & found.keys():
        return None  # a table that merely mentions recommendations
    return _Columns(
        recommendation=found["recommendation"],
        position=found.get("position"),
        themes=found.get("themes"),
        states=found.get("states"),
        affected_persons=found.get("affected_persons"),
        label=found.get("label"),
    )


@dataclass(frozen=True)
class _MatrixTable:
    rows: list[_Row]
    header: _Row | None            # None for a continuation table, which has no header row
    columns: _Columns

    def body_rows(self) -> list[_Row]:
        """The rows below the header (title rows above it are not recommendations)."""
        if self.header is None:
            return self.rows
        return self.rows[self.rows.index(self.header) + 1:]

    def rows_above_header(self) -> list[_Row]:
        return [] if self.header is None else self.rows[: self.rows.index(self.header)]


def _find_header(rows: list[_Row]) -> tuple[_Row, _Columns] | None:
    for row in rows[:HEADER_SEARCH_ROWS]:
        columns = _columns_from_header(row)
        if columns:
            return row, columns
    return None


def _matrix_tables(content: _WordContent) -> list[_MatrixTable]:
    """The tables of the matrix: those with a matrix header, and the header-less tables right
    after one that have its number of columns (a matrix cut in two at a page break)."""
    tables: list[_MatrixTable] = []
    next_row_number = 1
    continued: _MatrixTable | None = None
    for table in content.tables:
        rows = list(_grid_rows(table, next_row_number))
        found = _find_header(rows)
        if found:
            continued = _MatrixTable(rows, found[0], found[1])
        elif continued and rows and _grid_width(rows) == _grid_width(continued.rows):
            continued = _MatrixTable(rows, None, continued.columns)
        else:
            continued = None
            continue
        tables.append(continued)
        next_row_number += len(rows)
    return tables


def _grid_width(rows: list[_Row]) -> int:
    return max(len(row.texts) for row in rows)


def _describe_tables(content: _WordContent) -> str:
    """"2 tables: table 1 (3 rows; first row: 'Name' | 'Date')…" for an error message."""
    tables = content.tables
    if not tables:
        return "it has no table at all"
    descriptions = []
    for number, table in enumerate(tables, start=1):
        first_row = next(_grid_rows(table, 1), None)
        headings = [_excerpt(text)[:40] for text in first_row.distinct_texts()] if first_row else []
        shown = " | ".join(repr(heading) for heading in headings[:6]) or "empty"
        descriptions.append(f"table {number} ({len(table)} rows; first row: {shown})")
    return f"{len(tables)} table(s): " + "; ".join(descriptions)


def _no_matrix_error(path: Path, content: _WordContent, why: str) -> InvalidValueError:
    return InvalidValueError(
        f"{path.name}: found no OHCHR recommendations table ({why}). "
        "A matrix has a 'Recommendation' column beside a 'Position' or themes column, and rows "
        f"numbered like '186.1'. The document has {_describe_tables(content)}."
    )


# ----------------------------------------------------------------------------------------------
# Reading the rows into recommendations
# ----------------------------------------------------------------------------------------------


@dataclass
class _Entry:
    """One recommendation as read so far, merged over the rows that repeat it."""

    label: str
    text: str
    states: tuple[_StateName, ...]
    position: _PositionReading
    source: _Source | None
    themes: list[str] = field(default_factory=list)
    affected_persons: list[str] = field(default_factory=list)
    row: int = 0

    def recommendation(self) -> ParsedRecommendation:
        return ParsedRecommendation(
            label=self.label,
            text=self.text,
            recommending_states=tuple(state.name for state in self.states),
            paragraph=self.label.split(".")[0],
            line=self.row,
            position=self.position.position.value if self.position.position else None,
            considered_implemented=self.position.considered_implemented,
            themes=tuple(self.themes),
            affected_persons=tuple(self.affected_persons),
            position_source=self.source.display if self.source else None,
        )


class _MatrixReader:
    """Reads the rows of the matrix tables in order, keeping the current theme heading."""

    def __init__(self) -> None:
        self.entries: dict[str, _Entry] = {}
        self.problems: list[Problem] = []
        self._theme: str | None = None
        self._row_problems: list[Problem] = []  # of the row being read; kept once it is read

    def read_table(self, table: _MatrixTable) -> None:
        """Read the rows below the header. The current theme heading carries on into the next
        table: a matrix cut in two continues under the same theme."""
        header_key = [name_key(text) for text in table.header.texts] if table.header else None
        for row in table.body_rows():
            if not row.distinct_texts() or [name_key(text) for text in row.texts] == header_key:
                continue  # empty, or the header repeated at a page break
            heading = _theme_heading(row)
            if heading:
                self._theme = heading
            else:
                self._row_problems = []
                self._read_recommendation_row(row, table.columns)
                self.problems.extend(self._row_problems)

    # ---- one recommendation row ----

    def _read_recommendation_row(self, row: _Row, columns: _Columns) -> None:
        cells = {
            "recommendation": row.text_of(columns.recommendation),
            "position": row.text_of(columns.position),
            "states": row.text_of(columns.states),
            "label": row.text_of(columns.label),
        }
        source, cells = _take_source(cells)
        label, body = _split_label(cells["label"], cells["recommendation"])
        excerpt = _excerpt(cells["recommendation"] or " ".join(row.distinct_texts()))
        if label is None:
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: no recommendation label (like 186.1); row skipped", row, excerpt)
            return
        entry = _Entry(
            label=label,
            text="",
            states=(),
            position=_read_position(cells["position"]),
            source=source,
            row=row.number,
        )
        self._read_text_and_states(entry, body, cells["states"], row, excerpt)
        self._read_themes(entry, row, columns)
        self._check_position(entry, row, excerpt)
        self._check_source(entry, row, excerpt)
        self._keep(entry, row, excerpt)

    def _read_text_and_states(self, entry: _Entry, body: str, state_cell: str, row: _Row, excerpt: str) -> None:
        column_states = _read_state_column(state_cell)
        attribution = _read_attribution(_squash(body), known_states_only=bool(column_states))
        entry.text = attribution.text
        entry.states = column_states or attribution.states
        if column_states and attribution.states and _state_keys(attribution.states) != _state_keys(column_states):
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: the State column says {_names(column_states)} but the text says "
                          f"{_names(attribution.states)}; the column is kept", row, excerpt, entry.label)
        if not entry.text:
            self._problem(ProblemKind.UNREADABLE, f"row {row.number}: recommendation {entry.label} has no text",
                          row, excerpt, entry.label)
        if attribution.doubtful:
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: {', '.join(attribution.doubtful)} in {entry.label} stands where a "
                          "recommending State would, but is not a known State; not counted as one",
                          row, excerpt, entry.label)
        self._check_states(entry, row, excerpt)

    def _check_states(self, entry: _Entry, row: _Row, excerpt: str) -> None:
        if not entry.states:
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: no recommending State found for {entry.label} "
                          "(expected in parentheses at the end, or in a State column)", row, excerpt, entry.label)
        unknown = [state.written for state in entry.states if not state.known]
        if unknown:
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: recommending State(s) of {entry.label} not recognised: "
                          f"{', '.join(unknown)}; kept as written", row, excerpt, entry.label)
        for state in entry.states:
            if state.mended:
                self._problem(ProblemKind.SUGGESTION_APPLIED,
                              f"row {row.number}: recommending State {state.written!r} of {entry.label} "
                              f"read as {state.name!r}", row, excerpt, entry.label)

    def _read_themes(self, entry: _Entry, row: _Row, columns: _Columns) -> None:
        themes, affected = _read_themes_cell(row.text_of(columns.themes))
        _add_unique(entry.themes, themes)
        if self._theme:  # usually in the row's own list already; the only theme when there is none
            _add_unique(entry.themes, [self._theme])
        _add_unique(entry.affected_persons, affected)
        _add_unique(entry.affected_persons, _read_list_cell(row.text_of(columns.affected_persons)))

    def _check_position(self, entry: _Entry, row: _Row, excerpt: str) -> None:
        reading = entry.position
        if not reading.wording:
            self._problem(ProblemKind.NO_RESPONSE, f"row {row.number}: no position for {entry.label}",
                          row, excerpt, entry.label)
        elif reading.says_no_position:
            self._problem(ProblemKind.NO_RESPONSE,
                          f"row {row.number}: {reading.wording!r} gives no position for {entry.label}",
                          row, excerpt, entry.label)
        elif reading.position is None:
            self._problem(ProblemKind.UNCLEAR_POSITION,
                          f"row {row.number}: position {reading.wording!r} of {entry.label} not understood",
                          row, excerpt, entry.label)
        elif reading.supported_and_noted:
            self._problem(ProblemKind.SUGGESTION_APPLIED,
                          f"row {row.number}: {entry.label} is both supported and noted ({reading.wording!r}): "
                          "read as partially supported", row, excerpt, entry.label)

    def _check_source(self, entry: _Entry, row: _Row, excerpt: str) -> None:
        if entry.source and not entry.source.symbol:
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: source of position {entry.source.as_written!r} of {entry.label} "
                          "names no document symbol", row, excerpt, entry.label)

    # ---- merging the rows of one label ----

    def _keep(self, entry: _Entry, row: _Row, excerpt: str) -> None:
        first = self.entries.get(entry.label)
        if first is None:
            self.entries[entry.label] = entry
            return
        # The same recommendation under another theme heading: add its themes, and say so
        # when the repeat disagrees with the first row (the first row is kept). What the repeat
        # shares with the first row was already reported there.
        self._row_problems = []
        _add_unique(first.themes, entry.themes)
        _add_unique(first.affected_persons, entry.affected_persons)
        if name_key(first.text) != name_key(entry.text) or _state_keys(first.states) != _state_keys(entry.states):
            self._problem(ProblemKind.UNREADABLE,
                          f"row {row.number}: {entry.label} was already given in row {first.row} with a different "
                          "text or States; the first is kept", row, excerpt, entry.label)
        if (first.position.position, first.position.considered_implemented) != (
            entry.position.position, entry.position.considered_implemented
        ):
            self._problem(ProblemKind.CONFLICTING_POSITIONS,
                          f"row {row.number}: {entry.label} is {entry.position.wording or 'without position'!r} "
                          f"here but {first.position.wording or 'without position'!r} in row {first.row}; "
                          "the first is kept", row, excerpt, entry.label)

    def _problem(self, kind: ProblemKind, message: str, row: _Row, excerpt: str, label: str | None = None) -> None:
        labels = (label,) if label else ()
        self._row_problems.append(Problem(kind, message, labels, row.number, excerpt))

    # ---- results ----

    def recommendations(self) -> list[ParsedRecommendation]:
        return [entry.recommendation() for entry in self._entries_in_label_order()]

    def responses(self) -> list[ParsedResponse]:
        """One response per (position, source document and paragraph) group of labels."""
        groups: dict[tuple[object, ...], list[_Entry]] = {}
        for entry in self.entries.values():
            if entry.position.position is None:
                continue
            source = entry.source or _Source(None, None, "")
            key = (entry.position.position, entry.position.considered_implemented, source.symbol, source.paragraph)
            groups.setdefault(key, []).append(entry)
        responses = [_response_of(entries) for entries in groups.values()]
        return sorted(responses, key=lambda response: label_sort_key(response.labels[0]))

    def _entries_in_label_order(self) -> list[_Entry]:
        return sorted(self.entries.values(), key=lambda entry: label_sort_key(entry.label))


def _response_of(entries: list[_Entry]) -> ParsedResponse:
    entries = sorted(entries, key=lambda entry: label_sort_key(entry.label))
    first = entries[0]
    source = first.source
    return ParsedResponse(
        labels=tuple(entry.label for entry in entries),
        position=first.position.position.value if first.position.position else None,
        considered_implemented=first.position.considered_implemented,
        text=first.position.wording,
        deciding_sentence=first.position.wording,
        confidence=min(entry.position.confidence for entry in entries),
        line=min(entry.row for entry in entries),
        paragraph=source.paragraph if source else None,
        source_symbol=source.symbol if source else None,
    )


def _theme_heading(row: _Row) -> str | None:
    """The theme of a heading row ("Theme: A12 …" spanning the table), else None."""
    texts = row.distinct_texts()
    if len(texts) != 1:
        return None
    explicit = _THEME_HEADING.match(texts[0])
    if explicit:
        return _squash(explicit.group("theme"))
    if row.distinct_cells == 1 and not _LABEL.match(texts[0]):
        return _squash(texts[0])
    return None


def _split_label(label_cell: str, recommendation_cell: str) -> tuple[str | None, str]:
    """The label ("186.28") and the text after it; a label column wins over the text's prefix."""
    in_text = _LABEL.match(recommendation_cell)
    body = recommendation_cell[in_text.end():] if in_text else recommendation_cell
    in_column = _LABEL.match(label_cell)
    chosen = in_column or in_text
    if not chosen:
        return None, body
    return f"{int(chosen.group('paragraph'))}.{int(chosen.group('number'))}", body


def _state_keys(states: Iterable[_StateName]) -> tuple[str, ...]:
    return tuple(state_key(state) for state in states)


def _names(states: Iterable[_StateName]) -> str:
    return ", ".join(state.name for state in states)


# ----------------------------------------------------------------------------------------------
# Identity: the title "UPR of China (2nd Cycle – 17th session)" and the addendum symbol
# ----------------------------------------------------------------------------------------------


def _candidate_title_lines(content: _WordContent, tables: list[_MatrixTable]) -> Iterator[str]:
    """Page headers first (where OHCHR puts the title), then the body, then rows above the header."""
    yield from content.header_lines
    yield from content.paragraphs
    for table in tables:
        yield from (text for row in table.rows_above_header() for text in row.texts)


def _title_of(line: str) -> str:
    """"UPR of China (…)\t\tThematic list of recommendations\t\tPage 1 of 1" → the parts that are
    not page numbers, joined."""
    parts = [_squash(part) for part in re.split(r"\t+|\n", line)]
    return " – ".join(part for part in parts if part and not _PAGE_NUMBER.match(part))


def _identity(
    content: _WordContent, tables: list[_MatrixTable], symbol: str | None
) -> tuple[DocumentIdentity, list[Problem]]:
    for line in _candidate_title_lines(content, tables):
        match = _TITLE.search(line)
        if match:
            return _identity_from_title(match, _title_of(line), symbol)
    problem = Problem(ProblemKind.UNREADABLE,
                      "no title like 'UPR of China (2nd Cycle – 17th session)' found: "
                      "the State, cycle and session are unknown")
    return DocumentIdentity(symbol=symbol), [problem]


def _identity_from_title(
    match: re.Match[str], title: str, symbol: str | None
) -> tuple[DocumentIdentity, list[Problem]]:
    cycle_text = match.group("cycle").lower()
    cycle = _ORDINALS.get(cycle_text) or int(cycle_text)
    session = int(match.group("session")) if match.group("session") else None
    problems = []
    try:
        check_session_in_cycle(cycle, session)
    except InvalidValueError as error:
        problems.append(Problem(ProblemKind.UNREADABLE, f"title {title!r}: {error}; both kept as written"))
    identity = DocumentIdentity(
        symbol=symbol,
        state_name=_squash(match.group("state")),
        cycle=cycle,
        session=session,
        title=title,
    )
    return identity, problems


def _most_quoted_symbol(entries: Iterable[_Entry]) -> str | None:
    """The addendum the positions come from; the most quoted one if several are."""
    symbols = Counter(entry.source.symbol for entry in entries if entry.source and entry.source.symbol)
    return symbols.most_common(1)[0][0] if symbols else None


# ----------------------------------------------------------------------------------------------
# The public function
# ----------------------------------------------------------------------------------------------


def parse_ohchr_matrix(path: Path) -> ParsedDocument:
    """Read an OHCHR thematic matrix of recommendations (.docx) into plain values.

    Returns one ParsedRecommendation per label (rows repeated under several theme headings are
    merged), in label order, with its position and "Source of position"; and one ParsedResponse
    per group of labels sharing a position and a source paragraph, carrying that source.
    Raises InvalidValueError when the file cannot be read, or holds no recommendations table
    (the message lists the tables it does hold).
    """
    path = Path(path)
    content = _read_word_content(path)
    tables = _matrix_tables(content)
    if not tables:
        raise _no_matrix_error(path, content, "no table has the columns of a matrix")
    reader = _MatrixReader()
    for table in tables:
        reader.read_table(table)
    if not reader.entries:
        raise _no_matrix_error(path, content, "a table has matrix columns but no numbered recommendation row")
    identity, identity_problems = _identity(content, tables, _most_quoted_symbol(reader.entries.values()))
    return ParsedDocument(
        kind=DocumentKind.OTHER.value,
        identity=identity,
        recommendations=reader.recommendations(),
        responses=reader.responses(),
        problems=identity_problems + reader.problems,
    )
