"""Hostile and broken input, generated: every importer either reads it or refuses it with the
project's own error, whose message names the file and, where it applies, the line, row or field.

Generated text (random bytes, text in several encodings, the real samples cut, shuffled and
salted with hostile pieces), tables (wrong, extra and repeated columns, huge and binary cells,
every delimiter, encoding and line ending), Word matrices (merged and oversized cells, hostile
text) and UPR Tracker JSON exports with one value replaced. The real samples mutated byte by byte
and run through the import services are in test_hostile_samples.py.

Hypothesis runs the same examples on every run (derandomized, nothing written to disk); set
HOSTILE_INPUT_EXAMPLES=N to search N fresh random examples per test instead.
"""

from __future__ import annotations

import contextlib
import copy
import csv
import datetime as dt
import io
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
import xlwt
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.domain.positions import Position
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.datasets import MAPPABLE_FIELDS, ParsedDataset
from upr_tracker.parsing.ohchr_matrix import parse_ohchr_matrix
from upr_tracker.parsing.parsed import ParsedDocument
from upr_tracker.parsing.tables import decode_table_text
from upr_tracker.parsing.text_input import decode_text
from upr_tracker.parsing.wg_report import parse_working_group_report
from upr_tracker.services import assessments, milestones, notes, recommendations
from upr_tracker.services.dataset_import import BadRowsError, import_dataset, read_dataset
from upr_tracker.services.document_reading import DocumentText
from upr_tracker.services.export_json import export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.services.responses import record_response
from upr_tracker.services.reviews import add_document, create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Recommendation

_FRESH_EXAMPLES = int(os.environ.get("HOSTILE_INPUT_EXAMPLES", "0"))


def hostile(examples: int) -> settings:
    """Settings for a test of `examples` generated inputs (fewer for those that write files)."""
    return settings(
        max_examples=_FRESH_EXAMPLES or examples, deadline=None, derandomize=not _FRESH_EXAMPLES, database=None,
        # The data folder and tmp_path fixtures serve every example alike: each writes its own file afresh.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


# --- hostile pieces ------------------------------------------------------------------------------

MARKUP = "<b>x</b><script>alert(1)</script>"
HOSTILE_PIECES = (
    "", " ", "\0", "\ufeff", "\u200b", "\u2028", "\x85", "\x1a", "\x07", "\t\t", "\r", "\r\n", "\f", "\v",
    MARKUP, "<html><body>", "<?xml version='1.0'?>", "<!DOCTYPE html>", "&amp;&lt;&#0;", "${jndi:x}",
    "'; DROP TABLE recommendation; --", '"', '""', "'", ",", ";", "|", "\\", "%s%n",
    "=1+1", "=HYPERLINK(\"x\")", "@SUM(1)", "(", ")", "((((", "))))", "97.", "95.12", "97.1–97.26", "1–5, 14–16",
    "122.17-18", "Rec. 18", "see recommendation 24", "No. 5", "Nos. 7, 8", "9" * 400, "99999999999.1", "0.0",
    "-1", "1e308", "NaN", "A/HRC/14/10/Add.1", "Accepted recommendations", "Supported", "Noted", "Rejected",
    "Supported/Noted", "will be examined by Kazakhstan", "enjoy the support of Kazakhstan:",
    "Report of the Working Group on the Universal Periodic Review", "Kazakhstan", "(France, Germany)",
    "Korea, Republic of", "Iran (Islamic Republic of)", "95. The following", "97. ", "Session 7", "UPR 99",
    "\ud83d\ude00", "Қазақстан", "صادقت", "ᚠᛇᚻ", "x" * 20_000, "No. A " * 2_000, "a" + "." * 20_000,
    "97.1 " * 500, "1, " * 3_000,
)
hostile_piece = st.sampled_from(HOSTILE_PIECES)
any_piece = hostile_piece | st.text(max_size=40)


def lines_of(text: str) -> int:
    """Lines as the parsers and the problems view count them: CR, LF and CRLF each end one."""
    return text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def assert_names_the_file(error: UprTrackerError, name: str) -> None:
    message = str(error)
    event(f"refused: {_gist(message, name)}")   # --hypothesis-show-statistics shows what was exercised
    assert message.strip(), "an error with no message"
    assert name in message, f"the message does not name the file {name}: {message[:300]}"
    assert "Traceback" not in message


def _gist(message: str, name: str) -> str:
    """The kind of refusal: the message without the file name, numbers and quoted values."""
    gist = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "…", message.replace(name, "").split("\n")[0])
    return gist[:70]


def assert_sound_document(parsed: ParsedDocument, text: str) -> None:
    """What a parser returns is usable: lines in the text, known positions, labels read as labels."""
    last_line = lines_of(text)
    positions = {p.value for p in Position} | {None}
    for problem in parsed.problems:
        assert problem.message.strip()
        assert problem.line is None or 1 <= problem.line <= last_line, problem
    for rec in parsed.recommendations:
        assert rec.line is None or 1 <= rec.line <= last_line, rec
        assert re.fullmatch(r"\d+(?:\.\d+)*", rec.label), rec.label
        assert rec.position in positions
    for response in parsed.responses:
        assert response.line is None or 1 <= response.line <= last_line, response
        assert response.position in positions
        assert 0.0 <= response.confidence <= 1.0
        assert all(re.fullmatch(r"\d+(?:\.\d+)*", label) for label in response.labels), response.labels


# --- bytes and text ------------------------------------------------------------------------------


@hostile(200)
@given(st.binary(max_size=3_000))
def test_any_bytes_decode_to_clean_text_or_are_refused_by_name(data: bytes) -> None:
    try:
        decoded = decode_text(data, source="dropped.txt")
    except InvalidValueError as error:
        assert_names_the_file(error, "dropped.txt")
        return
    assert "\0" not in decoded and "\r" not in decoded and decoded.strip()


ENCODINGS_WITH_A_MARK = ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
_MARKS = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff", "utf-32-le": "\ufeff", "utf-32-be": "\ufeff"}
readable_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\r\t"), min_size=1,
                        max_size=400)


@hostile(150)
@given(readable_text, st.sampled_from(ENCODINGS_WITH_A_MARK), st.sampled_from(["\n", "\r\n", "\r"]))
def test_text_with_a_byte_order_mark_reads_back_exactly(written: str, encoding: str, line_end: str) -> None:
    written = written.replace("\r\n", "\n").replace("\r", "\n").replace("\n", line_end)
    data = (_MARKS.get(encoding, "") + written).encode(encoding)
    try:
        decoded = decode_text(data, source="notes.txt")
    except InvalidValueError as error:
        assert_names_the_file(error, "notes.txt")
        assert not written.strip() or "empty" not in str(error)
        return
    assert decoded == written.replace("\r\n", "\n").replace("\r", "\n")


@hostile(150)
@given(st.text(st.characters(max_codepoint=0xFF, blacklist_categories=("Cs", "Cc")), min_size=1, max_size=400),
       st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "latin-1", "cp1252", "mac_roman"]))
def test_text_in_any_usual_encoding_is_read_without_error(written: str, encoding: str) -> None:
    data = written.encode(encoding, errors="replace")
    try:
        decoded = decode_text(data, source="notes.txt")
    except InvalidValueError as error:
        assert_names_the_file(error, "notes.txt")
        return
    assert "\0" not in decoded
    if written.isascii() and encoding not in ("utf-16-le", "utf-16-be"):
        assert decoded == written.replace("\r\n", "\n").replace("\r", "\n")


# --- UN documents as text ------------------------------------------------------------------------

ADDENDUM = KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8")
REPORT = KAZAKHSTAN_WG_REPORT_TXT.read_text(encoding="utf-8")
# The report's title page, the start of its conclusions and its end: the whole report makes each
# example slow.
_REPORT_LINES = REPORT.splitlines()
_CONCLUSIONS = max(i for i, line in enumerate(_REPORT_LINES) if line.startswith("II. Conclusions"))
REPORT_PARTS = _REPORT_LINES[:40] + _REPORT_LINES[_CONCLUSIONS:_CONCLUSIONS + 60] + _REPORT_LINES[-80:]

line_edit = st.tuples(st.sampled_from(["delete", "repeat", "cut", "insert", "append", "swap"]),
                      st.integers(0, 10**6), st.lists(any_piece, min_size=1, max_size=4).map("".join))


def edited_lines(lines: list[str], edits: list[tuple[str, int, str]]) -> list[str]:
    """The lines with each edit applied at a place chosen by its number."""
    lines = list(lines)
    for action, place, piece in edits:
        if not lines:
            lines = [piece]
        at = place % len(lines)
        if action == "delete":
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[place * 7 % len(lines)])
        elif action == "cut":
            lines[at] = lines[at][: place % (len(lines[at]) + 1)]
        elif action == "insert":
            lines.insert(at, piece)
        elif action == "append":
            lines[at] += piece
        else:
            lines[at], lines[-1 - at] = lines[-1 - at], lines[at]
    return lines


@hostile(120)
@given(st.sampled_from(["addendum", "report"]), st.lists(line_edit, max_size=25),
       st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman"]),
       st.integers(0, 100))
def test_a_damaged_un_document_is_read_or_refused_by_name(tmp_path: Path, which: str, edits: list, line_end: str,
                                                          encoding: str, cut_percent: int) -> None:
    lines = ADDENDUM.splitlines() if which == "addendum" else REPORT_PARTS
    data = line_end.join(edited_lines(lines, edits)).encode(encoding, errors="replace")
    if cut_percent < 10:   # a file cut off while being copied
        data = data[: len(data) * cut_percent // 10]
    path = tmp_path / "A_HRC_14_10.txt"
    path.write_bytes(data)
    try:
        document = DocumentText(path)
        parsed = document.parse()
        again = document.parse({f"97.{n}": "Ratify the convention" for n in range(1, 27)})
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
        return
    assert document.text is not None
    assert_sound_document(parsed, document.text)
    assert_sound_document(again, document.text)


@hostile(150)
@given(st.lists(any_piece | st.sampled_from(ADDENDUM.splitlines() + REPORT_PARTS), max_size=60)
       .map("\n".join))
def test_the_text_parsers_read_anything_without_error(written: str) -> None:
    for parse in (parse_addendum, parse_working_group_report):
        assert_sound_document(parse(written), written)
    known = {"97.1": written[:200], "97.2": "Ratify the Optional Protocol", "5": MARKUP}
    assert_sound_document(parse_addendum(written, known_recommendations=known), written)


def test_long_lines_and_sentences_are_read_in_reasonable_time() -> None:
    """Some text once took quadratic time or worse: abbreviations (46 s for this one), assent
    words without a full stop (6 minutes), negations (a minute and a half), a line of table header
    words that is not the header (exponential: days). Now a few seconds in all."""
    import time

    pieces = ["x" * 200_000, "No. A " * 20_000, "a" + "." * 100_000, "We accepted 97.1 and " * 10_000,
              "not accepted, " * 10_000, "\n" + "Recommendation      Position      Comments      " * 8 + "x\n"]
    started = time.perf_counter()
    for piece in pieces:
        written = ADDENDUM.replace("The recommendation is accepted.", "The recommendation is accepted. " + piece, 1)
        assert written != ADDENDUM
        assert_sound_document(parse_addendum(written), written)
    assert time.perf_counter() - started < 60


def test_a_long_page_header_is_read_in_reasonable_time(tmp_path: Path) -> None:
    """Every "UPR of" of a long header made the title pattern scan the rest of it: 90 s for this."""
    import time

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UPR of x (" * 20_000
    table = document.add_table(rows=2, cols=2)
    for cell, value in zip(table.rows[0].cells + table.rows[1].cells,
                           ("Recommendation", "Position", "186.1 Ratify the Convention (France);", "Supported")):
        cell.text = value
    path = tmp_path / "matrix.docx"
    document.save(str(path))
    started = time.perf_counter()
    parsed = parse_ohchr_matrix(path)
    assert time.perf_counter() - started < 30
    assert [rec.label for rec in parsed.recommendations] == ["186.1"] and parsed.identity.state_name is None


def test_markup_in_a_recommendation_is_kept_as_written() -> None:
    lines = REPORT.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("To accomplish human rights"))
    lines[at] = f"To ban {MARKUP} &amp; other markup (Brazil);"
    parsed = parse_working_group_report("\n".join(lines))
    first = next(rec for rec in parsed.recommendations if rec.label == "95.1")
    assert first.text == f"To ban {MARKUP} &amp; other markup"


# --- OHCHR matrices --------------------------------------------------------------------------------

MATRIX_HEADINGS = ("Recommendation", "Position", "Full list of themes", "Recommending State(s)", "Assessment/comments",
                   "No.", "Affected persons", "Status", "", "Recommendation", MARKUP)
matrix_cell = (st.sampled_from([
    "186.1 Ratify the Convention (France);",
    f"186.2 {MARKUP} (Germany); Source of position: A/HRC/25/5/Add.1 - Para. 186.2",
    "186.3. Abolish the death penalty (Mongolia, Sierra Le one);", "Source of position: A/HRC/99/99/Add.9",
    "Supported", "Noted", "Supported/Noted", "Supported and noted",
    "A12 Acceptance of international norms\nAffected persons:\n- women", "Theme: A12 Acceptance of international norms",
    "UPR of China (2nd Cycle – 17th session)",
    "99999.99999 x", "0.0", "186.1", "(((", "Recommendation",
]) | any_piece)


@st.composite
def matrix_documents(draw: st.DrawFn) -> dict[str, Any]:
    columns = draw(st.lists(st.sampled_from(MATRIX_HEADINGS), min_size=1, max_size=6))
    rows = draw(st.lists(st.lists(matrix_cell, min_size=0, max_size=len(columns) + 2), max_size=12))
    merges = draw(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 10), st.integers(0, 20), st.integers(0, 10)),
                           max_size=3))
    spans = draw(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 10),
                                    st.sampled_from(["0", "-1", "3", "64", "99999", "restart", "continue", "x"]),
                                    st.sampled_from(["gridSpan", "vMerge", "gridBefore"])), max_size=2))
    title = draw(st.sampled_from(["UPR of China (2nd Cycle – 17th session)", "UPR of Atlantis (99th Cycle)", MARKUP,
                                  "UPR of " + "x" * 5_000 + " (first cycle)", ""]))
    return {"columns": columns, "rows": rows, "merges": merges, "spans": spans, "title": title}


# What XML, so a Word or Excel file, cannot hold: their writers refuse it.
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def write_matrix(path: Path, spec: dict[str, Any]) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = spec["title"]
    columns = spec["columns"]
    table = document.add_table(rows=1 + len(spec["rows"]), cols=len(columns))
    for cell, heading in zip(table.rows[0].cells, columns):
        cell.text = NOT_IN_XML.sub("", heading)
    for row, cells in zip(table.rows[1:], spec["rows"]):
        for cell, value in zip(row.cells, cells):
            cell.text = NOT_IN_XML.sub("", value)
    height = len(table.rows)
    for top, left, bottom, right in spec["merges"]:
        first = table.cell(top % height, left % len(columns))
        with contextlib.suppress(Exception):   # python-docx refuses some merges: the file is written without it
            first.merge(table.cell(bottom % height, right % len(columns)))
    for row_index, column, value, tag in spec["spans"]:
        tr = table._tbl.tr_lst[row_index % height]
        properties = (tr.get_or_add_trPr() if tag == "gridBefore"
                      else tr.tc_lst[column % len(tr.tc_lst)].get_or_add_tcPr())
        element = OxmlElement(f"w:{tag}")
        element.set(qn("w:val"), value)
        properties.append(element)
    document.save(str(path))


@hostile(80)
@given(matrix_documents())
def test_a_generated_matrix_is_read_or_refused_by_name(tmp_path: Path, spec: dict[str, Any]) -> None:
    path = tmp_path / "matrix.docx"
    write_matrix(path, spec)
    try:
        parsed = parse_ohchr_matrix(path)
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
    else:
        table_rows = 1 + len(spec["rows"])
        assert_sound_document(parsed, "\n" * (table_rows - 1))   # problems count table rows, not text lines
    try:
        read = DocumentText(path)
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
    else:
        assert read.matrix is not None or read.text is not None


def test_a_cell_merged_down_many_rows_is_read_quickly(tmp_path: Path) -> None:
    """python-docx walks up the whole merge for every row below (a RecursionError past ~1,000 rows)."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, heading in zip(table.rows[0].cells, ("Recommendation", "Position", "Full list of themes")):
        cell.text = heading
    row = table.rows[1].cells
    row[0].text, row[1].text, row[2].text = "186.1 Ratify the Convention (France);", "Supported", "A12 Norms"
    merged_row = copy.deepcopy(table._tbl.tr_lst[1])
    theme_cell = merged_row.tc_lst[2].get_or_add_tcPr()
    merge = OxmlElement("w:vMerge")
    merge.set(qn("w:val"), "continue")
    theme_cell.append(merge)
    restart = OxmlElement("w:vMerge")
    restart.set(qn("w:val"), "restart")
    table._tbl.tr_lst[1].tc_lst[2].get_or_add_tcPr().append(restart)
    for number in range(2, 1_500):
        added = copy.deepcopy(merged_row)
        added.tc_lst[0].xpath(".//w:t")[0].text = f"186.{number} Ratify protocol {number} (France);"
        table._tbl.append(added)
    path = tmp_path / "long.docx"
    document.save(str(path))
    parsed = parse_ohchr_matrix(path)
    assert len(parsed.recommendations) == 1_499
    assert {rec.themes for rec in parsed.recommendations} == {("A12 Norms",)}


# --- tables ----------------------------------------------------------------------------------------

UPRINFO = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"]
UHRI = ["Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Document Publication Date", "Themes",
        "Affected Persons", "Sdgs", "UPR Session", "UPR Reccomending States", "UPR Position", "OHCHR Annotation Id"]
OWN = ["state", "session", "cycle", "label", "text", "recommending_states", "position", "action_category", "themes",
       "sdgs", "affected_persons"]
table_cell = st.sampled_from([
    "Kazakhstan", "France", "Korea, Republic of", "France, Germany", "- France\n- Germany", "Accepted", "Supported",
    "Noted", "Rejected", "Supported/Noted", "1", "5", "6", "7", "UPR 7", "41st session", "0", "1", "4", "99", "40249",
    "2010-03-12", "31/02/2010", "Ratify the Convention against Torture", f"115.16 {MARKUP} (France);", "A/HRC/14/10",
    "Torture, Women's rights", "- 16.3 - Promote the rule of law", "Universal Periodic Review", "Treaty bodies",
]) | any_piece


@st.composite
def generated_tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]]]:
    header = list(draw(st.sampled_from([UPRINFO, UHRI, OWN, ["Country", "Recommendation", "By", "Status"]])))
    for _ in range(draw(st.integers(0, 3))):   # columns lost, added or repeated
        action = draw(st.sampled_from(["drop", "add", "repeat", "rename"]))
        place = draw(st.integers(0, len(header)))
        if action == "drop" and header:
            header.pop(place % len(header))
        elif action == "add":
            header.insert(place, draw(any_piece))
        elif action == "repeat" and header:
            header.insert(place, header[place % len(header)])
        elif header:
            header[place % len(header)] = draw(any_piece)
    rows = draw(st.lists(st.lists(table_cell, max_size=len(header) + 2), max_size=15))
    return header, rows


def csv_bytes(header: list[str], rows: list[list[str]], delimiter: str, line_end: str, encoding: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=line_end)
    for record in [header, *rows]:
        writer.writerow(record)
    return buffer.getvalue().encode(encoding, errors="replace")


def assert_sound_dataset(parsed: ParsedDataset, header: list[str], last_line: int) -> None:
    names = {name.strip() for name in header} | {f"Column {n}" for n in range(1, len(header) + 1)}
    for problem in parsed.problems:
        assert 1 <= problem.line <= last_line, problem
        assert problem.column is None or problem.column in names, problem
        assert problem.message.strip()
    positions = {p.value for p in Position} | {None}
    for rec in parsed.recommendations:
        assert rec.text.strip()
        assert rec.lines and all(1 <= line <= last_line for line in rec.lines), rec.lines
        assert rec.position in positions
        assert rec.session is None or 1 <= rec.session <= 99
        assert rec.action_category is None or 1 <= rec.action_category <= 5


mapping_fields = st.dictionaries(st.sampled_from(MAPPABLE_FIELDS), st.integers(0, 20), max_size=5)


@hostile(200)
@given(generated_tables(), st.sampled_from([",", ";", "\t"]), st.sampled_from(["\n", "\r\n", "\r"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "mac_roman"]), st.integers(0, 100),
       st.none() | mapping_fields)
def test_a_generated_csv_is_read_or_refused_by_name(tmp_path: Path, table: tuple, delimiter: str, line_end: str,
                                                    encoding: str, cut_percent: int, mapping: dict | None) -> None:
    header, rows = table
    data = csv_bytes(header, rows, delimiter, line_end, encoding)
    if cut_percent < 15:   # cut off, maybe inside a quoted cell
        data = data[: len(data) * cut_percent // 15]
    path = tmp_path / "upr_export.csv"
    path.write_bytes(data)
    columns = {field: header[place % len(header)] for field, place in mapping.items()} if mapping and header else None
    if columns is not None:
        columns.setdefault("text", header[0])
    try:
        _format, parsed = read_dataset(path, columns)
    except UprTrackerError as error:
        if not str(error).startswith("column mapping:"):   # about the mapping given, not the file
            assert_names_the_file(error, path.name)
        return
    assert_sound_dataset(parsed, header, lines_of(decode_table_text(data)))


def assert_workbook_read_or_refused(path: Path, header: Any, lines: int) -> None:
    try:
        _format, parsed = read_dataset(path)
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
        return
    assert_sound_dataset(parsed, header, lines)


@hostile(60)
@given(generated_tables())
def test_a_generated_workbook_is_read_or_refused_by_name(tmp_path: Path, table: tuple) -> None:
    header, rows = table
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for record in [header, *rows]:
        sheet.append([NOT_IN_XML.sub("", cell)[:32_000] for cell in record])
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    assert_workbook_read_or_refused(path, header, 1 + len(rows))


@hostile(40)
@given(generated_tables())
def test_a_generated_legacy_workbook_is_read_or_refused_by_name(tmp_path: Path, table: tuple) -> None:
    header, rows = table
    workbook = xlwt.Workbook()
    sheet = workbook.add_sheet("Recommendations")
    for line, record in enumerate([header, *rows]):
        for column, cell in enumerate(record[:250]):
            sheet.write(line, column, re.sub(r"[\ud800-\udfff]", "", cell)[:32_000])
    path = tmp_path / "export.xls"
    workbook.save(str(path))
    assert_workbook_read_or_refused(path, header, 1 + len(rows))


# --- what a refused import leaves behind ------------------------------------------------------------


def fingerprint(db: Database) -> dict[str, Any]:
    """Row counts of every table, the recommendations' texts and the audit trail's length."""
    with db.read() as session:
        tables = [name for (name,) in session.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))]
        counts = {name: session.scalar(text(f'SELECT count(*) FROM "{name}"')) for name in tables}
        texts = sorted(session.execute(select(Recommendation.id, Recommendation.label, Recommendation.text)))
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
    return {"counts": counts, "texts": texts, "audit": audit}


@pytest.fixture(scope="module")
def kazakhstan_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding data already: the Working Group report of Kazakhstan's first review."""
    from upr_tracker.services.document_import import import_document

    path = tmp_path_factory.mktemp("holding") / "kazakhstan.sqlite3"
    with Database.open(path, actor="template") as db:
        import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    return path


@pytest.fixture
def kazakhstan_db(kazakhstan_database: Path, tmp_path: Path) -> Iterator[Database]:
    db = Database.open(Path(shutil.copy(kazakhstan_database, tmp_path / "db.sqlite3")), actor="tester")
    yield db
    db.close()


@hostile(60)
@given(generated_tables(), st.sampled_from([",", ";"]), st.booleans())
def test_a_refused_table_import_changes_nothing(kazakhstan_db: Database, tmp_path: Path, table: tuple,
                                                delimiter: str, skip_bad_rows: bool) -> None:
    header, rows = table
    path = tmp_path / "upr_info.csv"
    path.write_bytes(csv_bytes(header, rows, delimiter, "\r\n", "utf-8"))
    before = fingerprint(kazakhstan_db)
    try:
        report = import_dataset(kazakhstan_db, path, skip_bad_rows=skip_bad_rows)
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
        if isinstance(error, BadRowsError):
            assert error.problems and all(p.line >= 2 for p in error.problems)
            assert re.search(r"line \d+", str(error))
        assert fingerprint(kazakhstan_db) == before
        return
    assert report.rows_read <= len(rows)


# --- UPR Tracker JSON exports ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A small export with a record of every kind, markup in its texts."""
    folder = tmp_path_factory.mktemp("export")
    with Database.open(folder / "source.sqlite3", actor="laptop A") as db:
        review = create_review(db, "KAZ", 1, 7)
        report = add_document(db, review, "A/HRC/14/10", "working_group_report", "Report of the Working Group")
        first = recommendations.add_recommendation(db, review, f"Ban {MARKUP}", label="97.1",
                                                   recommending_states=["France", "Germany"])
        second = recommendations.add_recommendation(db, review, "Ratify the Convention", label="97.2",
                                                    recommending_states=["Brazil"])
        unlabelled = recommendations.add_recommendation(db, review, "Abolish the death penalty")
        record_response(db, [first, second], "noted", response_text=MARKUP, source_document_id=report,
                        source_paragraph="97", responded_on=dt.date(2010, 6, 1))
        assessments.add_assessment(db, first, "ngo", "partially", source_name="KIBHR", evidence=MARKUP)
        evidence = folder / "gazette.pdf"
        evidence.write_bytes(b"%PDF-1.4 the gazette")
        plan = milestones.add_milestone(db, "KAZ", "plan", "National Plan of Action", date="2009")
        milestones.add_milestone(db, "KAZ", "law", f"Law {MARKUP}", date="2011-02", attachment=evidence,
                                 plan_id=plan, item_number="1.2", recommendation_ids=[first])
        notes.add_note(db, f"Met the ombudsman {MARKUP}", recommendation_id=unlabelled, tags=["meeting", MARKUP])
        later = create_review(db, "KAZ", 2, 20)
        later_rec = recommendations.add_recommendation(db, later, "Abolish it", label="121.5")
        recommendations.link_recommendations(db, first, later_rec)
        export_json(db, folder / "export.json", include_confidential=True)
    data = json.loads((folder / "export.json").read_text(encoding="utf-8"))
    data["import_problems"] = [{
        "id": str(uuid.uuid4()), "document_id": data["reviews"][0]["documents"][0]["id"], "kind": "orphan_text",
        "labels": "97.1", "line": 12, "excerpt": MARKUP, "message": "a text without its numbers",
        "resolved": False, "resolution": None, "recommendation_ids": [data["recommendations"][0]["id"]]}]
    return data


def places(value: Any, where: tuple = ()) -> Iterator[tuple]:
    """Every place in a JSON value: keys of objects and indexes of lists, depth first."""
    yield where
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, (*where, index))


DELETE = object()
json_value = st.one_of(
    st.sampled_from([None, True, False, 0, -1, 1, 2**63, 10**40, 1.5, float("inf"), "", " ", "\0", "\ud800",
                     MARKUP, "not-a-uuid", "00000000-0000-0000-0000-000000000000", "2010-02-30", "9999-12-31",
                     "2010-02-10T25:00:00", "x" * 10_000, [], {}, [[[[]]]], {"id": None}, ["\ud800"], DELETE]),
    st.text(max_size=20), st.integers(), st.lists(st.text(max_size=5), max_size=3),
)


@hostile(100)
@given(st.data())
def test_an_export_with_a_value_replaced_is_imported_or_refused_at_its_place(
        small_export: dict[str, Any], kazakhstan_db: Database, tmp_path: Path, data: st.DataObject) -> None:
    exported = copy.deepcopy(small_export)
    all_places = [where for where in places(exported) if where]
    for _ in range(data.draw(st.integers(1, 3))):
        where = data.draw(st.sampled_from(all_places))
        value = data.draw(json_value)
        parent = exported
        try:
            for key in where[:-1]:
                parent = parent[key]
            if value is DELETE:
                del parent[where[-1]]
            else:
                parent[where[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue   # an earlier replacement removed this place
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported, ensure_ascii=data.draw(st.booleans()), allow_nan=True),
                    encoding="utf-8", errors="surrogatepass")
    before = fingerprint(kazakhstan_db)
    try:
        import_json_export(kazakhstan_db, path)
    except UprTrackerError as error:
        assert_names_the_file(error, path.name)
        message = str(error)
        assert re.match(r"export\.json: (?:not valid JSON \(line \d+|not a UTF-8|not a UPR Tracker export"
                        r"|format_version|written by a newer|the file is empty"
                        r"|[a-z_]+(?:\[\d+\])?(?:\.[a-z_0-9]+(?:\[\d+\])?)*: )", message), message
        assert fingerprint(kazakhstan_db) == before
