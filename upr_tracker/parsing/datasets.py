"""Recommendations from tabular datasets: the UPR Info database export, the OHCHR Universal Human
Rights Index (UHRI) export, and any other table given a mapping of its columns.

Parsing only: names stay as written (States, themes, SDGs) for the importer to match against the
database's vocabularies, and a row with a bad value becomes a `RowProblem` (line, column, value)
instead of a guess. Such a row is left out of the recommendations; the importer decides whether
to stop or to go on without it.

The same recommendation over several rows (the UPR Info database has one row per recommending
State) becomes one `DatasetRecommendation` with all the States and all the lines; rows of it that
disagree are merged all the same, the disagreement described (dataset_merging). Every cell is
read with its HTML entities decoded ("&#40;Unknown&#41;" is "(Unknown)").
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any, TypedDict, TypeVar
from pathlib import Path

from upr_tracker.domain.action_categories import parse_action_category
from upr_tracker.domain.cycles import (
    check_cycle,
    check_session_in_cycle,
    cycle_of_session,
)
from upr_tracker.domain.names import name_key
from upr_tracker.domain.positions import Position, PositionReading, parse_position
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.dataset_merging import LIST_FIELDS, merge_rows
from upr_tracker.parsing.dataset_records import (  # the parsers' results, imported from here too
    DatasetRecommendation as DatasetRecommendation,
    DisagreeingValue as DisagreeingValue,
    Disagreement as Disagreement,
    ParsedDataset as ParsedDataset,
    RowProblem as RowProblem,
)
from upr_tracker.parsing.tables import EXTRA_CELLS, Table, read_table

UPRINFO = "uprinfo"
UHRI = "uhri"
MAPPED = "mapped"
NOT_UPR = "not a UPR recommendation"
# How reasons name the source of the rows ("UPR Info rows disagree: …").
SOURCE_NAMES = {UPRINFO: "UPR Info", UHRI: "UHRI", MAPPED: "The table's"}


# --------------------------------------------------------------------------------------------
# What the parsers return



# --------------------------------------------------------------------------------------------
# Columns

def column_key(name: str) -> str:
    """Column names compare without case, spaces, hyphens or underscores ("To-Rgrp" = "to rgrp")."""
    return re.sub(r"[\s\-_]+", "", name.casefold())


# field -> accepted column names, for the two known exports
UPRINFO_COLUMNS: dict[str, tuple[str, ...]] = {
    "state_under_review": ("To",),
    "text": ("Text",),
    "recommending_states": ("From",),
    "position": ("Response",),
    "action_category": ("Action",),
    "themes": ("Issue",),
    "session": ("Session",),
}
UPRINFO_REQUIRED = ("state_under_review", "text", "recommending_states", "session")
# Part of the export but not imported: regional groups and organisations follow from the States.
UPRINFO_UNUSED = ("To-Rgrp", "To-Org", "From-Rgrp", "From-Org")

UHRI_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("Text",),
    "state_under_review": ("Countries Concerned",),
    "body": ("Reccomending Body", "Recommending Body"),   # misspelt in the real export
    "document_symbol": ("Document Symbol",),
    "published_on": ("Document Publication Date",),
    "ohchr_themes": ("Themes",),
    "affected_persons": ("Affected Persons",),
    "sdgs": ("Sdgs", "SDGs"),
    "session": ("UPR Session",),
    "recommending_states": ("UPR Reccomending States", "UPR Recommending States"),
    "position": ("UPR Position",),
    "annotation_id": ("OHCHR Annotation Id",),
}
UHRI_REQUIRED = ("text", "state_under_review")
UHRI_UNUSED = ("Type", "Annotation Type", "Regions Concerned", "Recommending Regions", "Date of publication on UHRI")

# The fields a column mapping may name, and what a cell of each holds.
MAPPABLE_FIELDS = (
    "state_under_review", "session", "cycle", "text", "recommending_states", "position", "action_category",
    "themes", "sdgs", "affected_persons", "ohchr_themes", "document_symbol", "published_on", "label",
    "annotation_id",
)
_LIST_FIELDS = LIST_FIELDS


def detect_dataset_format(header: Iterable[str]) -> str | None:
    """"uprinfo" or "uhri" when the header has the export's telling columns, else None."""
    keys = {column_key(name) for name in header}
    if {"to", "from"} <= keys and keys & {"text", "response", "action", "issue", "session", "torgrp"}:
        return UPRINFO
    uhri_marks = {column_key(name) for name in ("Countries Concerned", "OHCHR Annotation Id",
                                                *UHRI_COLUMNS["body"], *UHRI_COLUMNS["recommending_states"])}
    if "text" in keys and len(keys & uhri_marks) >= 2:
        return UHRI
    return None


def _find_columns(table: Table, accepted: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """field -> the table's column for it, for those present."""
    by_key = {column_key(name): name for name in table.header}
    found = {}
    for name, spellings in accepted.items():
        column = next((by_key[column_key(s)] for s in spellings if column_key(s) in by_key), None)
        if column is not None:
            found[name] = column
    return found


def _require(table: Table, columns: Mapping[str, str], required: Iterable[str],
             accepted: Mapping[str, tuple[str, ...]], what: str) -> None:
    missing = [accepted[name][0] for name in required if name not in columns]
    if missing:
        raise InvalidValueError(f"{table.source}: this {what} lacks the column(s) {', '.join(missing)} "
                                f"(columns found: {', '.join(table.header)})")


def _unmapped(table: Table, used: Iterable[str], unused_known: Iterable[str] = ()) -> list[str]:
    taken = {column_key(name) for name in (*used, *unused_known)}
    return [name for name in table.header if column_key(name) not in taken]


# --------------------------------------------------------------------------------------------
# Reading the cells of one row


_Value = TypeVar("_Value")


class _PositionFields(TypedDict, total=False):
    position: str | None
    considered_implemented: bool
    position_wording: str


class _RowReader:
    """The cells of one row by field name, each read with its rule; problems are collected."""

    def __init__(self, line: int, row: Mapping[str, str], columns: Mapping[str, str]) -> None:
        self.line = line
        # Exports from web databases carry HTML entities ("&#40;Unknown&#41;", "&amp;") in any cell.
        if "&" in "".join(row.values()):   # one test per row: entities are rare
            row = {name: html.unescape(value) if "&" in value else value for name, value in row.items()}
        self.row = row
        self.columns = columns
        self.problems: list[RowProblem] = []
        self.odd_values: list[RowProblem] = []
        if row.get(EXTRA_CELLS):
            self.problems.append(RowProblem(line, None, row[EXTRA_CELLS], "the row has more cells than the header "
                                            "has columns (a delimiter inside an unquoted value?)"))

    def cell(self, name: str) -> str:
        column = self.columns.get(name)
        return self.row.get(column, "") if column else ""

    def required(self, name: str, message: str) -> str:
        value = self.cell(name)
        if not value:
            self.problem(name, value, message)
        return value

    def read(self, name: str, reader: Callable[[str], _Value], message: str) -> _Value | None:
        """reader(cell), or None when the cell is empty or the reader refuses it (a problem then)."""
        value = self.cell(name)
        if not value:
            return None
        try:
            return reader(value)
        except (InvalidValueError, ValueError):
            self.problem(name, value, message)
            return None

    def problem(self, name: str, value: str | None, message: str) -> None:
        self.problems.append(RowProblem(self.line, self.columns.get(name), value or None, message))

    def read_or_keep_empty(self, name: str, reader: Callable[[str], _Value], message: str) -> _Value | None:
        """As read(), but a cell the reader refuses is an odd value, kept empty (the row is not bad)."""
        before = len(self.problems)
        value = self.read(name, reader, message)
        self.odd_values.extend(self.problems[before:])
        del self.problems[before:]
        return value


# --- values

_SESSION_NUMBER = re.compile(r"\d+")
_SESSION_WORDS = re.compile(r"^(?:upr|universal periodic review|wg|working group|session|st|nd|rd|th|\W)*$",
                            re.IGNORECASE)


@lru_cache(maxsize=512)
def parse_session(written: str) -> int:
    """A Working Group session number: "7", "UPR 7", "7th session", "- 41st Session"."""
    numbers = _SESSION_NUMBER.findall(written)
    if len(numbers) != 1 or not _SESSION_WORDS.match(_SESSION_NUMBER.sub(" ", written)):
        raise ValueError(written)
    number = int(numbers[0])
    if not 1 <= number <= 99:
        raise ValueError(written)
    return number


def parse_cycle(written: str) -> int:
    numbers = _SESSION_NUMBER.findall(written)
    if len(numbers) != 1:
        raise ValueError(written)
    return check_cycle(int(numbers[0]))


_EXCEL_EPOCH = dt.date(1899, 12, 30)   # serial 1 is 1900-01-01, counting Lotus's 29 February 1900
_YEARS = range(1945, 2101)             # no UN document is older: a date outside is a misreading
_SERIAL = re.compile(r"^\d{4,6}(?:\.\d+)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_WRITTEN_DATE = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$")


def parse_date(written: str) -> dt.date:
    """An Excel serial number (40249), an ISO date (2010-03-12), dd/mm/yyyy, or "12 March 2010"."""
    written = written.strip()
    if _SERIAL.match(written):
        day = _EXCEL_EPOCH + dt.timedelta(days=int(float(written)))
    elif match := _ISO_DATE.match(written):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    elif match := _DAY_MONTH_YEAR.match(written):
        day = dt.date(int(match[3]), int(match[2]), int(match[1]))
    elif (match := _WRITTEN_DATE.match(written)) and match[2].lower() in _MONTHS:
        day = dt.date(int(match[3]), _MONTHS.index(match[2].lower()) + 1, int(match[1]))
    else:
        raise ValueError(written)
    if day.year not in _YEARS:
        raise ValueError(written)
    return day


@lru_cache(maxsize=512)   # a dataset uses a handful of wordings, over and over
def read_position(wording: str) -> PositionReading:
    """parse_position, plus OHCHR's "Supported/Noted" for a recommendation supported in part."""
    try:
        return parse_position(wording)
    except InvalidValueError:
        parts = [part for part in re.split(r"\s*/\s*|\s+and\s+", wording) if part.strip()]
        if len(parts) < 2:
            raise
        positions = {parse_position(part).position for part in parts}
        if positions == {Position.SUPPORTED, Position.NOTED}:
            return PositionReading(Position.PARTIALLY_SUPPORTED)
        raise


@lru_cache(maxsize=512)
def _read_position_cell(written: str) -> PositionReading:
    return read_position(without_bullet(written))


_BULLET = re.compile(r"^\s*(?:[-–—•*]\s+|[-–—•]\s*)")


def without_bullet(value: str) -> str:
    """ "- Kazakhstan" -> "Kazakhstan"; inner " - " stays ("HIV - Aids", "16.3 - Promote …")."""
    return _BULLET.sub("", value, count=1).strip()


def split_list(cell: str) -> list[str]:
    """A multi-value cell: one value per line or between semicolons, each maybe after a "- " bullet.

    A bullet counts only at the start of a value: names such as "HIV - Aids" hold " - " themselves.
    """
    values = (without_bullet(piece) for line in cell.splitlines() for piece in line.split(";"))
    return _unique(value for value in values if value)


_SHORT_NAME = 60   # the longest State name, "United Kingdom of Great Britain and Northern Ireland", is 52
_INVERTED_NAME_TAIL = re.compile(r"^(?:the\s+)?(?:[\w'-]+\s+){0,3}of(?:\s+the)?$", re.IGNORECASE)


def split_states(cell: str) -> list[str]:
    """Recommending States: as split_list, and also on commas when every piece is short enough to be
    a name ("France, Germany"); an inverted name keeps its comma ("Korea, Republic of")."""
    names: list[str] = []
    for value in split_list(cell):
        pieces = [piece.strip() for piece in value.split(",")]
        if len(pieces) == 1 or not all(0 < len(piece) <= _SHORT_NAME for piece in pieces):
            names.append(value)
            continue
        for piece in pieces:
            if names and _INVERTED_NAME_TAIL.match(piece):
                names[-1] = f"{names[-1]}, {piece}"
            else:
                names.append(piece)
    return _unique(names)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


@lru_cache(maxsize=4096)   # State names recur on every row
def _state_key(name: str) -> str:
    return name_key(name)


_NON_ALNUM = re.compile(r"[\W_]+")


def text_key(text: str) -> str:
    """name_key(text), faster on ASCII text (nearly all of it): name_key's accent folding runs a
    Python loop over every character, which would be most of the time of a large import."""
    if not text.isascii():
        return name_key(text)
    spaced = _NON_ALNUM.sub(" ", text.casefold().replace("&", " and ")).strip()
    return spaced.removeprefix("the ")


def _cycle_of(session: int | None) -> int | None:
    return cycle_of_session(session) if session is not None else None


def _position_fields(reader: _RowReader, *, keep_odd: bool = False) -> _PositionFields:
    wording = reader.cell("position")
    read = reader.read_or_keep_empty if keep_odd else reader.read
    reading = read("position", _read_position_cell,
                   "unknown position wording (expected e.g. Accepted, Supported, Noted, Pending)")
    if reading is None:
        return {"position_wording": without_bullet(wording)}
    position = reading.position.value if reading.position else None
    return {"position": position, "considered_implemented": reading.considered_implemented,
            "position_wording": without_bullet(wording)}


_NO_TEXT = "no recommendation text"
_NOT_A_SESSION = "not a session number"
_NOT_AN_ACTION = "not an action category (1 to 5)"
_NOT_A_DATE = "not a date (expected an Excel date, 2010-03-12 or 12/03/2010)"


# --------------------------------------------------------------------------------------------
# Rows that are the same recommendation


class _Merger:
    """Gathers the rows of each recommendation: same State under review, session, cycle, label and
    text (compared by name_key, so case, spacing and punctuation do not separate them). Rows that
    disagree are merged all the same; merge_rows describes where they disagree."""

    def __init__(self, columns: Mapping[str, str], source: str) -> None:
        self.columns = columns
        self.source = source
        self.groups: dict[tuple[str, int | None, int | None, str, str], list[DatasetRecommendation]] = {}

    def add(self, recommendation: DatasetRecommendation) -> None:
        key = (_state_key(recommendation.state_under_review or ""), recommendation.session, recommendation.cycle,
               recommendation.label or "", text_key(recommendation.text))
        self.groups.setdefault(key, []).append(recommendation)

    def results(self) -> list[DatasetRecommendation]:
        return [rows[0] if len(rows) == 1 else merge_rows(rows, self.columns, self.source)
                for rows in self.groups.values()]


def _parse_rows(table: Table, dataset: ParsedDataset, columns: Mapping[str, str],
                read_row: Callable[[_RowReader], DatasetRecommendation | str | None]) -> ParsedDataset:
    """Read every row with read_row, which gives a recommendation, or a reason to skip the row
    (a str), or None after recording its problems in the reader."""
    dataset.columns = dict(columns)
    merger = _Merger(columns, SOURCE_NAMES.get(dataset.format, "The table's"))
    for line, row in table.rows():
        dataset.rows_read += 1
        reader = _RowReader(line, row, columns)
        result = read_row(reader)
        if isinstance(result, str):
            dataset.skipped[result] = dataset.skipped.get(result, 0) + 1
        elif reader.problems or result is None:
            dataset.problems.extend(reader.problems)
        else:
            merger.add(result)
    dataset.recommendations = merger.results()
    return dataset


# --------------------------------------------------------------------------------------------
# UPR Info database export


def parse_uprinfo_export(table: Table) -> ParsedDataset:
    """The UPR Info database export: one row per recommending State (To, Text, From, Response,
    Action, Issue, Session…); rows of one recommendation are merged. Issue is a comma-separated
    list: none of UPR Info's 54 issue names holds a comma ("HIV - Aids" uses a hyphen)."""
    columns = _find_columns(table, UPRINFO_COLUMNS)
    _require(table, columns, UPRINFO_REQUIRED, UPRINFO_COLUMNS, "UPR Info export")
    dataset = ParsedDataset(UPRINFO, unmapped_columns=_unmapped(table, columns.values(), UPRINFO_UNUSED))
    return _parse_rows(table, dataset, columns, _uprinfo_recommendation)


def _uprinfo_recommendation(reader: _RowReader) -> DatasetRecommendation | None:
    state = reader.required("state_under_review", "no State under review")
    text = reader.required("text", _NO_TEXT)
    recommending = reader.cell("recommending_states")   # none named: kept, and flagged by the importer
    session = reader.read("session", parse_session, _NOT_A_SESSION)
    if session is None and not reader.cell("session"):
        reader.problem("session", "", "no session number")
    # A whole export has a few odd cells: an unreadable action or response is kept empty and flagged,
    # never a reason to refuse the file (only a row that cannot be placed or has no text is bad).
    action = reader.read_or_keep_empty("action_category", parse_action_category, _NOT_AN_ACTION)
    position = _position_fields(reader, keep_odd=True)
    if reader.problems:
        return None
    return DatasetRecommendation(
        state_under_review=state, session=session, cycle=_cycle_of(session), text=text,
        recommending_states=(recommending,) if recommending else (), action_category=action,
        themes=tuple(_unique(issue.strip() for issue in reader.cell("themes").split(",") if issue.strip())),
        lines=(reader.line,), odd_values=tuple(reader.odd_values), **position)


# --------------------------------------------------------------------------------------------
# UHRI export


_UPR_BODY = re.compile(r"\bUPR\b|universal\s+periodic\s+review", re.IGNORECASE)
_LEADING_LABEL = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\.?\s+")


def parse_uhri_export(table: Table) -> ParsedDataset:
    """The Universal Human Rights Index export: one row per recommendation of any UN body; only the
    UPR's are kept, the others counted in `skipped`. Multi-value cells hold one "- value" a line."""
    columns = _find_columns(table, UHRI_COLUMNS)
    _require(table, columns, UHRI_REQUIRED, UHRI_COLUMNS, "UHRI export")
    if not {"body", "session", "recommending_states"} & columns.keys():
        raise InvalidValueError(f"{table.source}: this UHRI export lacks the columns that tell UPR recommendations "
                                f"from others (Reccomending Body, UPR Session or UPR Reccomending States)")
    dataset = ParsedDataset(UHRI, unmapped_columns=_unmapped(table, columns.values(), UHRI_UNUSED))
    return _parse_rows(table, dataset, columns, _uhri_recommendation)


def _uhri_recommendation(reader: _RowReader) -> DatasetRecommendation | str | None:
    if not _is_upr_row(reader):
        return NOT_UPR
    state = _one_state(reader)
    states = tuple(split_states(reader.cell("recommending_states")))
    label, text = _uhri_text(reader.cell("text"), states)
    if not text:
        reader.problem("text", reader.cell("text"), _NO_TEXT)
    session = reader.read("session", parse_session, _NOT_A_SESSION)
    published = reader.read("published_on", parse_date, _NOT_A_DATE)
    position = _position_fields(reader)
    if reader.problems:
        return None
    return DatasetRecommendation(
        state_under_review=state, session=session, cycle=_cycle_of(session), text=text,
        recommending_states=states, ohchr_themes=tuple(split_list(reader.cell("ohchr_themes"))),
        sdgs=tuple(split_list(reader.cell("sdgs"))),
        affected_persons=tuple(split_list(reader.cell("affected_persons"))),
        document_symbol=without_bullet(reader.cell("document_symbol")) or None, published_on=published,
        label=label, annotation_id=reader.cell("annotation_id") or None, lines=(reader.line,), **position)


def _is_upr_row(reader: _RowReader) -> bool:
    return bool(_UPR_BODY.search(reader.cell("body")) or reader.cell("session")
                or reader.cell("recommending_states"))


def _one_state(reader: _RowReader) -> str:
    countries = split_list(reader.cell("state_under_review"))
    if not countries:
        reader.problem("state_under_review", "", "no State under review")
        return ""
    if len(countries) > 1:
        reader.problem("state_under_review", reader.cell("state_under_review"),
                       "several countries concerned: a UPR recommendation concerns one State")
    return countries[0]


def _uhri_text(written: str, states: tuple[str, ...]) -> tuple[str | None, str]:
    """("115.16", the text) from "115.16 Ratify … (France, Germany);": the label taken from the
    front, and the trailing parentheses taken off when they name the recommending States."""
    text = written.strip()
    label = None
    if match := _LEADING_LABEL.match(text):
        label, text = match[1], text[match.end():]
    text = text.rstrip(" ;,")
    while (opening := _last_group_start(text)) is not None and _names_only(text[opening + 1:-1], states):
        text = text[:opening].rstrip(" ;,")
    return label, text


def _last_group_start(text: str) -> int | None:
    """Where the parentheses that end the text open; they may nest: "(Iran (Islamic Republic of))"."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            return index if index < len(text) - 1 else None
    return None


def _names_only(content: str, states: tuple[str, ...]) -> bool:
    """Whether the parenthesised content is just (some of) the States, joined by commas or "and"."""
    rest = f" {name_key(content)} "
    if not rest.strip():
        return False
    for key in sorted((name_key(state) for state in states), key=len, reverse=True):  # "Niger" after "Nigeria"
        if key:
            rest = rest.replace(f" {key} ", " ")
    return set(rest.split()) <= {"and"}


# --------------------------------------------------------------------------------------------
# Any table, given its columns


def parse_mapped_table(table: Table, mapping: Mapping[str, str]) -> ParsedDataset:
    """A table whose columns the user named: mapping is field name -> column name (fields as in
    DatasetRecommendation; "position" takes the wording). Only "text" is required; the others are
    read when mapped. Multi-value cells split on lines, ";" and "- " bullets."""
    columns = _mapped_columns(table, mapping)
    dataset = ParsedDataset(MAPPED, unmapped_columns=_unmapped(table, columns.values()))
    return _parse_rows(table, dataset, columns, _mapped_recommendation)


def _mapped_columns(table: Table, mapping: Mapping[str, str]) -> dict[str, str]:
    unknown = [name for name in mapping if name not in MAPPABLE_FIELDS]
    if unknown:
        raise InvalidValueError(f"column mapping: unknown field(s) {', '.join(unknown)} "
                                f"(fields: {', '.join(MAPPABLE_FIELDS)})")
    by_key = {column_key(name): name for name in table.header}
    absent = [column for column in mapping.values() if column_key(column) not in by_key]
    if absent:
        raise InvalidValueError(f"{table.source}: no column named {', '.join(map(repr, absent))} "
                                f"(columns found: {', '.join(table.header)})")
    if "text" not in mapping:
        raise InvalidValueError("column mapping: say which column holds the recommendation text (field 'text')")
    return {name: by_key[column_key(column)] for name, column in mapping.items()}


def _mapped_recommendation(reader: _RowReader) -> DatasetRecommendation | None:
    text = reader.required("text", _NO_TEXT)
    state = None
    if "state_under_review" in reader.columns:
        state = reader.required("state_under_review", "no State under review")
    session = reader.read("session", parse_session, _NOT_A_SESSION)
    cycle = reader.read("cycle", parse_cycle, "not a UPR cycle (1, 2, 3, 4…)")
    cycle = _checked_cycle(reader, session, cycle)
    action = reader.read("action_category", parse_action_category, _NOT_AN_ACTION)
    published = reader.read("published_on", parse_date, _NOT_A_DATE)
    position = _position_fields(reader)
    if reader.problems:
        return None
    lists: dict[str, Any] = {name: tuple(split_list(reader.cell(name))) for name in _LIST_FIELDS}
    lists["recommending_states"] = tuple(split_states(reader.cell("recommending_states")))
    return DatasetRecommendation(
        state_under_review=state, session=session, cycle=cycle, text=text, action_category=action,
        document_symbol=reader.cell("document_symbol") or None, published_on=published,
        label=reader.cell("label") or None, annotation_id=reader.cell("annotation_id") or None,
        lines=(reader.line,), **lists, **position)


def _checked_cycle(reader: _RowReader, session: int | None, cycle: int | None) -> int | None:
    if session is None:
        return cycle
    if cycle is None:
        return cycle_of_session(session)
    try:
        check_session_in_cycle(cycle, session)
    except InvalidValueError as error:
        reader.problem("cycle", reader.cell("cycle"), str(error))
    return cycle


# --------------------------------------------------------------------------------------------
# A file


def parse_dataset(path: Path, mapping: Mapping[str, str] | None = None, *,
                  encoding: str | None = None) -> ParsedDataset:
    """Read a dataset file: with a mapping as a mapped table, else as the export it is recognised as.

    Raises InvalidValueError when the file cannot be read, or is of no known format and no mapping
    was given (the message lists the columns found).
    """
    table = read_table(path, encoding=encoding)   # `encoding` forces a CSV file's
    if mapping is not None:
        return parse_mapped_table(table, mapping)
    found = detect_dataset_format(table.header)
    if found == UPRINFO:
        return parse_uprinfo_export(table)
    if found == UHRI:
        return parse_uhri_export(table)
    raise InvalidValueError(f"{table.source} is neither a UPR Info nor a UHRI export (columns found: "
                            f"{', '.join(table.header)}); give a column mapping to import it")
