"""The OHCHR matrix parser: the real China matrix (cycle 2) and small matrices built here with
python-docx to cover the layouts the real one does not (a State column, other column orders,
"Supported/Noted", repeated labels, problems), plus documents that are not matrices."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.sample_paths import CHINA_MATRIX_DOCX
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.ohchr_matrix import parse_ohchr_matrix
from upr_tracker.parsing.ohchr_matrix_cells import _read_themes_cell
from upr_tracker.parsing.parsed import ParsedDocument, ParsedRecommendation, ProblemKind

CHINA_SOURCE = "A/HRC/25/5/Add.1"
STANDARD_HEADER = ["Recommendation", "Position", "Full list of themes",
                   "Assessment/comments on level of implementation"]
KENYA_TITLE = "UPR of Kenya (3rd Cycle – 35th session)\t\tThematic list of recommendations\t\tPage 1 of 3"


# ---- the real China matrix ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def china() -> ParsedDocument:
    return parse_ohchr_matrix(CHINA_MATRIX_DOCX)


@pytest.fixture(scope="module")
def china_by_label(china: ParsedDocument) -> dict[str, ParsedRecommendation]:
    return {recommendation.label: recommendation for recommendation in china.recommendations}


def test_china_identity(china: ParsedDocument) -> None:
    assert china.kind == "other"
    assert china.identity.state_name == "China"
    assert china.identity.cycle == 2
    assert china.identity.session == 17
    assert china.identity.symbol == CHINA_SOURCE
    assert china.identity.title.startswith("UPR of China (2nd Cycle – 17th session)")


def test_china_has_252_distinct_recommendations_186_1_to_186_252(china: ParsedDocument) -> None:
    # Counted by reading the document: 304 rows = 1 header + 51 theme headings + 252
    # recommendation rows, each label 186.1 … 186.252 exactly once.
    labels = [recommendation.label for recommendation in china.recommendations]
    assert len(labels) == 252
    assert len(set(labels)) == 252
    assert set(labels) == {f"186.{number}" for number in range(1, 253)}


def test_china_count_agrees_with_a_plain_reading_of_the_table(china: ParsedDocument) -> None:
    """An independent count straight from the Word table: rows whose first cell opens with a label."""
    table = docx.Document(str(CHINA_MATRIX_DOCX)).tables[0]
    labels = Counter()
    for row in table.rows:
        match = re.match(r"\s*(\d+)\s*\.\s*(\d+)", row.cells[0].text)
        if match:
            labels[f"{match.group(1)}.{match.group(2)}"] += 1
    assert len(labels) == len(china.recommendations) == 252
    assert max(labels.values()) == 1  # no label repeated in this matrix


def test_china_positions(china: ParsedDocument) -> None:
    positions = Counter(recommendation.position for recommendation in china.recommendations)
    assert positions == {"supported": 204, "noted": 48}


def test_china_position_source_is_the_addendum_paragraph_of_each_label(china: ParsedDocument) -> None:
    for recommendation in china.recommendations:
        assert recommendation.position_source == f"{CHINA_SOURCE} - Para. {recommendation.label}"


def test_china_responses_one_per_source_paragraph(china: ParsedDocument) -> None:
    assert len(china.responses) == 252
    response = next(response for response in china.responses if response.labels == ("186.20",))
    assert response.position == "noted"
    assert response.source_symbol == CHINA_SOURCE
    assert response.paragraph == "186.20"
    assert response.text == "Noted"
    assert response.confidence == 1.0
    assert response.line == 4
    assert sorted(label for response in china.responses for label in response.labels) == sorted(
        recommendation.label for recommendation in china.recommendations
    )


def test_china_row_186_28(china_by_label: dict[str, ParsedRecommendation]) -> None:
    recommendation = china_by_label["186.28"]
    assert recommendation.text == (
        "Continue its efforts on the ratification of other human rights instruments and relevant protocols"
    )
    assert recommendation.recommending_states == ("Mongolia",)
    assert recommendation.paragraph == "186"
    assert recommendation.position == "supported"
    assert recommendation.line == 3
    assert recommendation.themes == ("A12 Acceptance of international norms", "B51 Right to an effective remedy")
    assert recommendation.affected_persons == ("general",)


def test_china_row_186_20_noted(china_by_label: dict[str, ParsedRecommendation]) -> None:
    recommendation = china_by_label["186.20"]
    assert recommendation.text == (
        "Ratify the Rome Statute of the ICC and the Agreement on the Privileges and Immunities of the Court"
    )
    assert recommendation.recommending_states == ("Estonia",)
    assert recommendation.position == "noted"
    assert recommendation.position_source == "A/HRC/25/5/Add.1 - Para. 186.20"
    assert recommendation.themes == (
        "A12 Acceptance of international norms",
        "B51 Right to an effective remedy",
        "B11 International humanitarian law",
    )


def test_china_label_without_trailing_dot(china_by_label: dict[str, ParsedRecommendation]) -> None:
    recommendation = china_by_label["186.15"]  # written "186.15 Set out…", no dot after the number
    assert recommendation.text == "Set out a clear legislative timetable for ratification of the ICCPR"
    assert recommendation.recommending_states == ("United Kingdom of Great Britain and Northern Ireland",)
    assert recommendation.position == "noted"


def test_china_several_states_each_with_a_sentence(china_by_label: dict[str, ParsedRecommendation]) -> None:
    recommendation = china_by_label["186.2"]
    assert recommendation.recommending_states == ("Brazil", "Bulgaria", "Estonia", "Ghana")
    # the inner sentences keep their State; the trailing one goes, as in the Working Group report parser
    assert recommendation.text == (
        "Ratify as soon as possible ICCPR (Brazil); Speed up the ratification of the ICCPR, which has been "
        "already signed by China (Bulgaria); Speed up the process of the ratification of the ICCPR (Estonia); "
        "Expedite the ratification of the ICCPR"
    )
    assert recommendation.position == "noted"


def test_china_broken_state_names_are_mended_and_said(china: ParsedDocument,
                                                       china_by_label: dict[str, ParsedRecommendation]) -> None:
    # 186.1 is written "(Sierra Le one)", 186.198 "(Bolivia (Plurinational S tate of))".
    assert china_by_label["186.1"].recommending_states == (
        "Albania", "Chile", "Belgium", "Hungary", "Japan", "Maldives", "Spain", "Sierra Leone", "France",
    )
    assert china_by_label["186.198"].recommending_states == ("Bolivia (Plurinational State of)",)
    assert china_by_label["186.198"].text == (
        "Undertake further efforts to promote the tasks of all government departments that provide public services"
    )
    mended = {(problem.labels, problem.line) for problem in china.problems}
    assert mended == {(("186.1",), 29), (("186.198",), 76)}
    assert {problem.kind for problem in china.problems} == {ProblemKind.SUGGESTION_APPLIED}


def test_china_state_names_with_parentheses(china_by_label: dict[str, ParsedRecommendation]) -> None:
    recommendation = china_by_label["186.41"]
    assert recommendation.recommending_states == ("Iran (Islamic Republic of)",)
    assert recommendation.text == (
        "Continue human rights training for local officials, police commissioners, wardens and directors of "
        "Judicial Bureaus"
    )
    assert recommendation.affected_persons == (
        "general", "judges, lawyers and prosecutors", "law enforcement / police officials", "prison officials",
    )
    assert china_by_label["186.223"].recommending_states == ("Venezuela (Bolivarian Republic of)",)


def test_china_every_theme_heading_is_kept_as_a_theme(china: ParsedDocument) -> None:
    table = docx.Document(str(CHINA_MATRIX_DOCX)).tables[0]
    headings = {
        " ".join(row.cells[0].text.replace("Theme:", "").split())
        for row in table.rows
        if row.cells[0].text.startswith("Theme:")
    }
    assert len(headings) == 51
    themes = {theme for recommendation in china.recommendations for theme in recommendation.themes}
    assert headings <= themes


# ---- matrices built here --------------------------------------------------------------------------


def _fill(cell, text: str) -> None:
    """One Word paragraph per line, as in the real matrices."""
    lines = text.split("\n")
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def build_matrix(path: Path, header: list[str], rows: list, *, title: str | None = KENYA_TITLE,
                 title_row: str | None = None) -> Path:
    """A .docx with one matrix table. A str row is a theme heading spanning the table; a list row
    fills the cells in order."""
    document = docx.Document()
    if title:
        document.sections[0].header.paragraphs[0].text = title
    document.add_paragraph("Thematic list of recommendations")
    add_matrix_table(document, header, rows, title_row=title_row)
    document.save(str(path))
    return path


def add_matrix_table(document, header: list[str], rows: list, *, title_row: str | None = None) -> None:
    table = document.add_table(rows=0, cols=len(header))
    if title_row:
        cells = table.add_row().cells
        merged = cells[0].merge(cells[-1])
        _fill(merged, title_row)
    for cell, text in zip(table.add_row().cells, header, strict=True):
        _fill(cell, text)
    for row in rows:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1])
            _fill(merged, row)
        else:
            for cell, text in zip(cells, row, strict=True):
                _fill(cell, text)


def rec_cell(label: str, text: str, paragraph: str = "5") -> str:
    return f"{label}. {text}\nSource of position: A/HRC/44/9/Add.1 - Para. {paragraph}"


def by_label(parsed: ParsedDocument) -> dict[str, ParsedRecommendation]:
    return {recommendation.label: recommendation for recommendation in parsed.recommendations}


def test_matrix_without_state_column(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "kenya.docx", STANDARD_HEADER, [
        "Theme: D23 Death penalty",
        [rec_cell("142.5", "Abolish the death penalty (Mexico);", "4"), "Supported",
         "D23 Death penalty\nAffected persons:\n- general", ""],
        [rec_cell("142.6", "Ratify the Second Optional Protocol to the ICCPR (Chile, Trinidad and Tobago);", "4"),
         "Supported", "D23 Death penalty\nA12 Acceptance of international norms\nAffected persons:\n- general", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    assert parsed.identity.state_name == "Kenya"
    assert (parsed.identity.cycle, parsed.identity.session) == (3, 35)
    assert parsed.identity.symbol == "A/HRC/44/9/Add.1"
    recommendations = by_label(parsed)
    assert recommendations["142.5"].text == "Abolish the death penalty"
    assert recommendations["142.5"].recommending_states == ("Mexico",)
    assert recommendations["142.6"].recommending_states == ("Chile", "Trinidad and Tobago")
    assert recommendations["142.6"].text == "Ratify the Second Optional Protocol to the ICCPR"
    assert recommendations["142.6"].themes == ("D23 Death penalty", "A12 Acceptance of international norms")
    assert parsed.problems == []
    # both answered in paragraph 4 of the addendum with the same position: one response
    assert len(parsed.responses) == 1
    response = parsed.responses[0]
    assert response.labels == ("142.5", "142.6")
    assert (response.position, response.paragraph, response.source_symbol) == ("supported", "4", "A/HRC/44/9/Add.1")


def test_matrix_with_state_column(tmp_path: Path) -> None:
    header = ["Recommendation", "Recommending State(s)", "Position", "Full list of themes",
              "Assessment/comments on level of implementation"]
    path = build_matrix(tmp_path / "with_states.docx", header, [
        "Theme: A12 Acceptance of international norms",
        [rec_cell("142.1", "Ratify the Rome Statute (ICC)"), "France\nSpain", "Noted",
         "A12 Acceptance of international norms\nAffected persons:\n- general", ""],
        [rec_cell("142.2", "Ratify OP-CAT (Chile);"), "Chile", "Supported",
         "A12 Acceptance of international norms", ""],
    ])
    recommendations = by_label(parse_ohchr_matrix(path))
    assert recommendations["142.1"].recommending_states == ("France", "Spain")
    assert recommendations["142.1"].text == "Ratify the Rome Statute (ICC)"  # "(ICC)" is no State
    assert recommendations["142.1"].position == "noted"
    assert recommendations["142.2"].recommending_states == ("Chile",)
    assert recommendations["142.2"].text == "Ratify OP-CAT"


def test_state_column_disagreeing_with_the_text_is_reported(tmp_path: Path) -> None:
    header = ["Recommendation", "Recommending State", "Position"]
    path = build_matrix(tmp_path / "disagree.docx", header, [
        [rec_cell("142.2", "Ratify OP-CAT (Chile);"), "Peru", "Supported"],
    ])
    parsed = parse_ohchr_matrix(path)
    assert parsed.recommendations[0].recommending_states == ("Peru",)
    [problem] = parsed.problems
    assert problem.kind == ProblemKind.UNREADABLE
    assert problem.labels == ("142.2",)
    assert "Peru" in problem.message and "Chile" in problem.message


def test_columns_found_by_header_text_in_any_order_with_extra_columns(tmp_path: Path) -> None:
    header = ["Assessment/comments on level of implementation", "Position", "Notes by the NGO",
              "Recommendation", "SDGs", "Full list of themes"]
    path = build_matrix(tmp_path / "reordered.docx", header, [
        ["", "Noted", "ask the ministry", rec_cell("98.12", "Decriminalize defamation (Norway);"), "16",
         "D43 Freedom of opinion and expression\nAffected persons:\n- media\n- journalists"],
    ])
    [recommendation] = parse_ohchr_matrix(path).recommendations
    assert recommendation.label == "98.12"
    assert recommendation.paragraph == "98"
    assert recommendation.text == "Decriminalize defamation"
    assert recommendation.recommending_states == ("Norway",)
    assert recommendation.position == "noted"
    assert recommendation.themes == ("D43 Freedom of opinion and expression",)
    assert recommendation.affected_persons == ("media", "journalists")


@pytest.mark.parametrize("wording", ["Supported/Noted", "Supported\nNoted", "Supported / Noted"])
def test_supported_and_noted_is_partially_supported_and_said(tmp_path: Path, wording: str) -> None:
    path = build_matrix(tmp_path / "mixed.docx", STANDARD_HEADER, [
        [rec_cell("142.9", "Ratify the ICCPR and abolish the death penalty (Australia);", "12"), wording,
         "A12 Acceptance of international norms", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    [recommendation] = parsed.recommendations
    assert recommendation.position == "partially_supported"
    [response] = parsed.responses
    assert response.position == "partially_supported"
    assert response.text == " ".join(wording.split())  # the wording as written, on one line
    assert response.paragraph == "12"
    [problem] = parsed.problems
    assert problem.kind == ProblemKind.SUGGESTION_APPLIED
    assert problem.labels == ("142.9",)
    assert problem.line == 2
    assert "partially supported" in problem.message


def test_other_position_wordings(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "wordings.docx", STANDARD_HEADER, [
        [rec_cell("10.1", "Adopt a law (Chile);"), "Supported and considered already implemented", "", ""],
        [rec_cell("10.2", "Adopt a plan (Peru);"), "Supported (already implemented)", "", ""],
        [rec_cell("10.3", "Adopt a policy (Togo);"), "Maybe later", "", ""],
        [rec_cell("10.4", "Adopt a budget (Mali);"), "General response", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    recommendations = by_label(parsed)
    assert (recommendations["10.1"].position, recommendations["10.1"].considered_implemented) == ("supported", True)
    assert (recommendations["10.2"].position, recommendations["10.2"].considered_implemented) == ("supported", True)
    assert recommendations["10.3"].position is None
    assert recommendations["10.4"].position is None
    assert [(problem.kind, problem.labels, problem.line) for problem in parsed.problems] == [
        (ProblemKind.UNCLEAR_POSITION, ("10.3",), 4),
        (ProblemKind.NO_RESPONSE, ("10.4",), 5),
    ]
    assert [response.labels for response in parsed.responses] == [("10.1", "10.2")]


def test_same_recommendation_under_several_theme_headings_is_merged(tmp_path: Path) -> None:
    # Each row lists only some of the themes: the merged recommendation must carry them all.
    row = [rec_cell("142.30", "Protect journalists and human rights defenders (Ireland);"), "Supported",
           "D43 Freedom of opinion and expression\nAffected persons:\n- media", ""]
    path = build_matrix(tmp_path / "thematic.docx", STANDARD_HEADER, [
        "Theme: D43 Freedom of opinion and expression",
        row,
        [rec_cell("142.31", "Repeal the defamation law (Norway);"), "Noted",
         "D43 Freedom of opinion and expression", ""],
        "Theme: H1 Human rights defenders",
        row[:2] + ["H1 Human rights defenders\nD43 Freedom of opinion and expression\nAffected persons:\n"
                   "- human rights defenders", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    labels = [recommendation.label for recommendation in parsed.recommendations]
    assert labels == ["142.30", "142.31"]
    merged = by_label(parsed)["142.30"]
    assert merged.themes == ("D43 Freedom of opinion and expression", "H1 Human rights defenders")
    assert merged.affected_persons == ("media", "human rights defenders")
    assert merged.line == 3  # the first row that gives it
    assert parsed.problems == []
    assert sorted(len(response.labels) for response in parsed.responses) == [1, 1]


def test_a_repeated_row_reports_its_problems_once(tmp_path: Path) -> None:
    row = [rec_cell("142.40", "Ratify OP-CAT and abolish the death penalty (Sierra Le one);"), "Supported/Noted",
           "", ""]
    path = build_matrix(tmp_path / "repeated_problems.docx", STANDARD_HEADER, [
        "Theme: D23 Death penalty", row,
        "Theme: D25 Prohibition of torture", row,
    ])
    parsed = parse_ohchr_matrix(path)
    [recommendation] = parsed.recommendations
    assert recommendation.recommending_states == ("Sierra Leone",)
    assert recommendation.themes == ("D23 Death penalty", "D25 Prohibition of torture")
    assert sorted((problem.kind, problem.line) for problem in parsed.problems) == [
        (ProblemKind.SUGGESTION_APPLIED, 3), (ProblemKind.SUGGESTION_APPLIED, 3),  # the State, the position
    ]


def test_heading_is_the_theme_when_the_matrix_has_no_themes_column(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "no_themes.docx", ["Recommendation", "Position"], [
        "Theme: F12 Discrimination against women",
        [rec_cell("5.1", "Adopt a gender equality law (Sweden);"), "Supported"],
    ])
    [recommendation] = parse_ohchr_matrix(path).recommendations
    assert recommendation.themes == ("F12 Discrimination against women",)


def test_repeated_header_rows_are_skipped(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "repeated.docx", STANDARD_HEADER, [
        [rec_cell("7.1", "Adopt a law (Chile);"), "Supported", "", ""],
        STANDARD_HEADER,
        [rec_cell("7.2", "Adopt a plan (Peru);"), "Noted", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    assert [recommendation.label for recommendation in parsed.recommendations] == ["7.1", "7.2"]
    assert parsed.problems == []


def test_matrix_split_over_two_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = KENYA_TITLE
    add_matrix_table(document, STANDARD_HEADER, [
        "Theme: A12 Acceptance of international norms",
        [rec_cell("8.1", "Ratify OP-CAT (Chile);"), "Supported", "A12 Acceptance of international norms", ""],
    ])
    document.add_paragraph("Continued")
    add_matrix_table(document, STANDARD_HEADER, [
        [rec_cell("8.2", "Adopt a law (Peru);"), "", "A41 Constitutional and legislative framework", ""],
    ])
    document.add_paragraph("A continuation without its header row:")
    add_matrix_table(document, STANDARD_HEADER, [
        [rec_cell("8.3", "Adopt a plan (Togo);"), "Noted", "A46 National Plans of Action", ""],
    ])
    last_table = document.tables[-1]
    last_table._tbl.remove(last_table.rows[0]._tr)
    other = document.add_table(rows=1, cols=2)
    other.rows[0].cells[0].text = "8.4. Not a recommendation table (Chile);"
    document.save(str(tmp_path / "split.docx"))
    parsed = parse_ohchr_matrix(tmp_path / "split.docx")
    assert [(recommendation.label, recommendation.line) for recommendation in parsed.recommendations] == [
        ("8.1", 3), ("8.2", 5), ("8.3", 6),  # rows numbered on across the tables
    ]
    # a matrix cut in two goes on under the theme heading it was under
    assert by_label(parsed)["8.2"].themes == (
        "A41 Constitutional and legislative framework", "A12 Acceptance of international norms",
    )
    assert by_label(parsed)["8.3"].position == "noted"
    [problem] = parsed.problems
    assert (problem.kind, problem.line) == (ProblemKind.NO_RESPONSE, 5)


def test_label_given_twice_differently_is_reported(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "conflicts.docx", STANDARD_HEADER, [
        [rec_cell("9.1", "Adopt a law (Chile);"), "Supported", "", ""],
        [rec_cell("9.2", "Adopt a plan (Peru);"), "Supported", "", ""],
        "Theme: B31 Equality & non-discrimination",
        [rec_cell("9.1", "Adopt a law (Chile);"), "Noted", "", ""],
        [rec_cell("9.2", "Adopt a different plan (Peru);"), "Supported", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    assert len(parsed.recommendations) == 2
    recommendations = by_label(parsed)
    assert recommendations["9.1"].position == "supported"  # the first row is kept
    assert recommendations["9.2"].text == "Adopt a plan"
    kinds = {(problem.kind, problem.labels, problem.line) for problem in parsed.problems}
    assert kinds == {
        (ProblemKind.CONFLICTING_POSITIONS, ("9.1",), 5),
        (ProblemKind.UNREADABLE, ("9.2",), 6),
    }


def test_rows_without_label_position_or_readable_state_are_reported(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "problems.docx", STANDARD_HEADER, [
        [rec_cell("3.1", "Adopt a law (Chile);"), "Supported", "", ""],
        ["Ensure free elections (Ghana);", "Supported", "", ""],
        [rec_cell("3.2", "Adopt a plan (Peru);"), "", "", ""],
        [rec_cell("3.3", "Adopt a policy (Atlantis);"), "Noted", "", ""],
        [rec_cell("3.4", "Adopt a budget"), "Noted", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    assert [recommendation.label for recommendation in parsed.recommendations] == ["3.1", "3.2", "3.3", "3.4"]
    found = {(problem.kind, problem.labels, problem.line) for problem in parsed.problems}
    assert found == {
        (ProblemKind.UNREADABLE, (), 3),               # no label: skipped
        (ProblemKind.NO_RESPONSE, ("3.2",), 4),        # no position
        (ProblemKind.UNREADABLE, ("3.3",), 5),         # "Atlantis" is no State
        (ProblemKind.UNREADABLE, ("3.4",), 6),         # no State at all
    }
    no_label = next(problem for problem in parsed.problems if problem.line == 3)
    assert no_label.excerpt.startswith("Ensure free elections (Ghana);")
    assert by_label(parsed)["3.3"].recommending_states == ("Atlantis",)  # kept as written
    assert by_label(parsed)["3.2"].position is None
    assert [response.labels for response in parsed.responses] == [("3.1",), ("3.3", "3.4")]


def test_unknown_name_where_an_inner_state_would_be_is_reported(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "inner.docx", STANDARD_HEADER, [
        [rec_cell("4.1", "Ratify CAT (Atlantis); Ratify OP-CAT (Chile); (Peru);"), "Supported", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    [recommendation] = parsed.recommendations
    assert recommendation.recommending_states == ("Chile", "Peru")
    assert recommendation.text == "Ratify CAT (Atlantis); Ratify OP-CAT"
    [problem] = parsed.problems
    assert (problem.kind, problem.labels, problem.line) == (ProblemKind.UNREADABLE, ("4.1",), 2)
    assert "(Atlantis)" in problem.message


def test_source_of_position_spellings(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "sources.docx", STANDARD_HEADER, [
        ["12.1. Adopt a law (Chile);\nSource of position: A/HRC/44/9/Add.1 – Para.4", "Supported", "", ""],
        ["12.2. Adopt a plan (Peru);\nSource of Position : A/HRC/44/9/ Add.1 -Para. 7.", "Supported", "", ""],
        ["12.3. Adopt a policy (Togo);\nSource of position: A/HRC/44/9 - Para. 142", "Noted", "", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    recommendations = by_label(parsed)
    assert recommendations["12.1"].position_source == "A/HRC/44/9/Add.1 - Para. 4"
    assert recommendations["12.2"].position_source == "A/HRC/44/9/Add.1 - Para. 7"
    assert recommendations["12.3"].position_source == "A/HRC/44/9 - Para. 142"
    assert recommendations["12.1"].text == "Adopt a law"
    assert parsed.identity.symbol == "A/HRC/44/9/Add.1"  # the most quoted
    assert {(response.source_symbol, response.paragraph) for response in parsed.responses} == {
        ("A/HRC/44/9/Add.1", "4"), ("A/HRC/44/9/Add.1", "7"), ("A/HRC/44/9", "142"),
    }


def test_title_with_parentheses_in_a_table_row_above_the_header(tmp_path: Path) -> None:
    path = build_matrix(
        tmp_path / "venezuela.docx", STANDARD_HEADER,
        [[rec_cell("93.1", "Adopt a law (Chile);"), "Supported", "", ""]],
        title=None, title_row="UPR of Venezuela (Bolivarian Republic of) (2nd Cycle – 26th session)",
    )
    parsed = parse_ohchr_matrix(path)
    assert parsed.identity.state_name == "Venezuela (Bolivarian Republic of)"
    assert (parsed.identity.cycle, parsed.identity.session) == (2, 26)
    assert [recommendation.label for recommendation in parsed.recommendations] == ["93.1"]


def test_missing_title_leaves_identity_unknown_and_says_so(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "untitled.docx", STANDARD_HEADER,
                        [[rec_cell("93.1", "Adopt a law (Chile);"), "Supported", "", ""]], title=None)
    parsed = parse_ohchr_matrix(path)
    assert (parsed.identity.state_name, parsed.identity.cycle, parsed.identity.session) == (None, None, None)
    assert parsed.identity.symbol == "A/HRC/44/9/Add.1"
    [problem] = parsed.problems
    assert problem.kind == ProblemKind.UNREADABLE
    assert "title" in problem.message


def test_title_whose_session_is_not_in_its_cycle_is_reported(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "chad.docx", STANDARD_HEADER,
                        [[rec_cell("93.1", "Adopt a law (Chile);"), "Supported", "", ""]],
                        title="UPR of Chad (2nd Cycle – 31st session)")
    parsed = parse_ohchr_matrix(path)
    assert (parsed.identity.state_name, parsed.identity.cycle, parsed.identity.session) == ("Chad", 2, 31)
    [problem] = parsed.problems
    assert problem.kind == ProblemKind.UNREADABLE
    assert "session 31 belongs to cycle 3" in problem.message


# ---- files that are not matrices --------------------------------------------------------------------


def test_a_letter_is_not_a_matrix(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Dear colleagues, please find attached our submission.")
    document.save(str(tmp_path / "letter.docx"))
    with pytest.raises(InvalidValueError, match=r"letter\.docx.*no OHCHR recommendations table.*no table at all"):
        parse_ohchr_matrix(tmp_path / "letter.docx")


def test_a_table_of_something_else_is_not_a_matrix_and_the_error_names_it(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Name", "Date", "Amount"], strict=True):
        cell.text = text
    document.save(str(tmp_path / "budget.docx"))
    with pytest.raises(InvalidValueError) as raised:
        parse_ohchr_matrix(tmp_path / "budget.docx")
    message = str(raised.value)
    assert "budget.docx" in message
    assert "no OHCHR recommendations table" in message
    assert "table 1 (2 rows; first row: 'Name' | 'Date' | 'Amount')" in message


def test_matrix_columns_without_numbered_rows_is_not_a_matrix(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "empty.docx", STANDARD_HEADER, [["Some text", "Supported", "", ""]])
    with pytest.raises(InvalidValueError, match="no numbered recommendation row"):
        parse_ohchr_matrix(path)


def test_corrupt_file_names_the_file(tmp_path: Path) -> None:
    not_a_zip = tmp_path / "broken.docx"
    not_a_zip.write_bytes(b"this is not a Word file")
    with pytest.raises(InvalidValueError, match=r"broken\.docx"):
        parse_ohchr_matrix(not_a_zip)


def test_broken_document_xml_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "half.docx"
    with zipfile.ZipFile(CHINA_MATRIX_DOCX) as original, zipfile.ZipFile(broken, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut mid-element: not well-formed XML
            copy.writestr(item, data)
    with pytest.raises(InvalidValueError, match=r"half\.docx.*cannot be read"):
        parse_ohchr_matrix(broken)


def test_truncated_file_names_the_file(tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(CHINA_MATRIX_DOCX.read_bytes()[:5000])
    with pytest.raises(InvalidValueError, match=r"truncated\.docx"):
        parse_ohchr_matrix(truncated)


@pytest.mark.parametrize("attribution", ["(Ghana) (Portugal);", "(Ghana), (Portugal);", "(Ghana); (Portugal);",
                                         "(Ghana)(Portugal)", "(Ghana) (Portugal) (Chile, Peru);"])
def test_several_bracketed_state_groups_after_the_text_are_all_states(tmp_path: Path, attribution: str) -> None:
    path = build_matrix(tmp_path / "groups.docx", STANDARD_HEADER, [
        [rec_cell("142.3", f"Ratify the Convention against Enforced Disappearance {attribution}"), "Supported",
         "A12 Acceptance of international norms", ""],
    ])
    parsed = parse_ohchr_matrix(path)
    [recommendation] = parsed.recommendations
    assert recommendation.text == "Ratify the Convention against Enforced Disappearance"
    expected = ("Ghana", "Portugal", "Chile", "Peru") if "Chile" in attribution else ("Ghana", "Portugal")
    assert recommendation.recommending_states == expected
    assert parsed.problems == []


def test_a_bracketed_group_before_a_state_that_is_no_state_stays_in_the_text(tmp_path: Path) -> None:
    path = build_matrix(tmp_path / "icc.docx", STANDARD_HEADER, [
        [rec_cell("142.4", "Cooperate with the International Criminal Court (ICC) (France);"), "Noted",
         "A12 Acceptance of international norms", ""],
    ])
    [recommendation] = parse_ohchr_matrix(path).recommendations
    assert recommendation.text == "Cooperate with the International Criminal Court (ICC)"
    assert recommendation.recommending_states == ("France",)


@pytest.mark.parametrize("written", ["Moldova (Republic of)", "Republic of Moldova", "Moldova",
                                     "Iran (Islamic Republic of)", "Venezuela (Bolivarian Republic of)"])
def test_a_state_in_the_un_sorted_form_in_the_state_column_is_known(tmp_path: Path, written: str) -> None:
    header = ["Recommendation", "Recommending State(s)", "Position", "Full list of themes"]
    path = build_matrix(tmp_path / "sorted.docx", header, [
        [rec_cell("142.3", "Establish a moratorium on executions"), written, "Supported", "D23 Death penalty"],
    ])
    parsed = parse_ohchr_matrix(path)
    assert parsed.recommendations[0].recommending_states == (written,)
    assert parsed.problems == []


def test_the_sorted_and_spoken_forms_of_a_state_agree_between_column_and_text(tmp_path: Path) -> None:
    header = ["Recommendation", "Recommending State(s)", "Position"]
    path = build_matrix(tmp_path / "agree.docx", header, [
        [rec_cell("142.3", "Establish a moratorium on executions (Republic of Moldova);"), "Moldova (Republic of)",
         "Supported"],
        [rec_cell("142.4", "Abolish the death penalty"), "Atlantis (Kingdom of)", "Supported"],
    ])
    parsed = parse_ohchr_matrix(path)
    recommendations = by_label(parsed)
    assert recommendations["142.3"].text == "Establish a moratorium on executions"
    assert recommendations["142.3"].recommending_states == ("Moldova (Republic of)",)
    [problem] = parsed.problems  # only the really unknown State is flagged
    assert problem.labels == ("142.4",) and "not recognised: Atlantis (Kingdom of)" in problem.message


def test_affected_persons_bulleted_on_one_line_are_several_values(tmp_path: Path) -> None:
    header = ["Recommendation", "Position", "Full list of themes", "Affected persons"]
    path = build_matrix(tmp_path / "one_line.docx", header, [
        [rec_cell("142.7", "Protect migrant women (Chile);"), "Supported",
         ("E1 Economic, social & cultural rights - general measures of implementation\n"
          "Affected persons: - women - migrants"), ""],
        [rec_cell("142.8", "Protect children (Peru);"), "Supported", "F31 Children: definition",
         "• children • persons with disabilities"],
        [rec_cell("142.9", "Protect Roma (Chile);"), "Supported",
         ("G1 Members of minorities\nAffected persons:\n"
          "- minorities/ racial, ethnic, linguistic, religious or descent-based groups\n- Roma"), ""],
    ])
    parsed = parse_ohchr_matrix(path)
    recommendations = by_label(parsed)
    assert recommendations["142.7"].affected_persons == ("women", "migrants")
    # a dash inside a theme's name is no bullet
    assert recommendations["142.7"].themes == ("E1 Economic, social & cultural rights - general measures of implementation",)
    assert recommendations["142.8"].affected_persons == ("children", "persons with disabilities")
    assert recommendations["142.9"].affected_persons == (
        "minorities/ racial, ethnic, linguistic, religious or descent-based groups", "Roma")


_VALUE = st.from_regex(r"[A-Za-z][A-Za-z ,/'&()]{0,30}[A-Za-z)]", fullmatch=True).filter(
    lambda value: "  " not in value)


@given(values=st.lists(_VALUE, min_size=1, max_size=6), bullet=st.sampled_from(["-", "–", "•"]))
def test_values_bulleted_on_one_line_read_as_one_per_line(values: list[str], bullet: str) -> None:
    one_per_line = _read_themes_cell("Affected persons:\n" + "\n".join(f"{bullet} {value}" for value in values))
    one_line = _read_themes_cell("Affected persons: " + " ".join(f"{bullet} {value}" for value in values))
    assert one_line == one_per_line == ([], values)
