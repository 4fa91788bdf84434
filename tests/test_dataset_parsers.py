"""The dataset parsers: the real UPR Info export (sessions 6-9), small UPR Info tables for merging
and bad rows, UHRI exports built here with openpyxl from the export's columns, mapped tables, and
files that are no dataset."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import time
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_PDF, UPRINFO_CSV
from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import shipped_terms
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.datasets import (
    NOT_UPR,
    DatasetRecommendation,
    ParsedDataset,
    RowProblem,
    detect_dataset_format,
    parse_dataset,
    parse_date,
    parse_mapped_table,
    parse_session,
    parse_uhri_export,
    parse_uprinfo_export,
    split_list,
    split_states,
    text_key,
)
from upr_tracker.parsing.tables import Table

UPRINFO_HEADER = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action",
                  "Issue", "Session"]


def uprinfo_row(to: str = "Kazakhstan", text: str = "To implement the National Action Plan on human rights",
                from_: str = "Slovenia", response: str = "Accepted", action: str = "4",
                issue: str = "National plan of action", session: str = "7") -> list[str]:
    return [to, "Asia", "OIC, CIS", text, from_, "EEG", "EU", response, action, issue, session]


def uprinfo_table(*rows: list[str], header: list[str] = UPRINFO_HEADER) -> Table:
    return Table.from_rows(header, rows, source="export.csv")


# ---- the real export: sessions 6 to 9 --------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> ParsedDataset:
    return parse_dataset(UPRINFO_CSV)


@pytest.fixture(scope="module")
def independent_groups() -> dict[tuple[str, str, str], list[dict[str, str]]]:
    """The export grouped without the parser: the csv module on the Mac Roman file, and texts
    compared in lower case with runs of anything but letters and digits read as one space."""
    groups: dict[tuple[str, str, str], list[dict[str, str]]] = defaultdict(list)
    with UPRINFO_CSV.open(encoding="mac_roman", newline="") as file:
        for row in csv.DictReader(file):
            text = " ".join(re.sub(r"[^a-z0-9]+", " ", row["Text"].lower()).split())
            groups[(row["To"], row["Session"], text)].append(row)
    return groups


def test_real_export_is_read_whole_without_problems(real: ParsedDataset) -> None:
    assert real.format == "uprinfo"
    assert real.rows_read == 8343
    assert real.problems == []
    assert real.skipped == {}
    assert real.unmapped_columns == []


def test_real_export_has_8176_recommendations_as_an_independent_grouping_finds(real, independent_groups) -> None:
    assert len(independent_groups) == 8176
    assert len(real.recommendations) == len(independent_groups)
    assert sorted(line for r in real.recommendations for line in r.lines) == list(range(2, 8345))
    by_review = defaultdict(int)
    for state, session, _ in independent_groups:
        by_review[(state, int(session))] += 1
    parsed_by_review = defaultdict(int)
    for recommendation in real.recommendations:
        parsed_by_review[(recommendation.state_under_review, recommendation.session)] += 1
    assert parsed_by_review == by_review


def test_real_export_recommending_states_per_recommendation(real, independent_groups) -> None:
    expected = sorted(len({row["From"] for row in rows}) for rows in independent_groups.values())
    assert sorted(len(r.recommending_states) for r in real.recommendations) == expected
    assert max(expected) == 6


def test_real_export_kazakhstan_session_7(real: ParsedDataset) -> None:
    kazakhstan = [r for r in real.recommendations if r.state_under_review == "Kazakhstan"]
    assert len(kazakhstan) == 129
    assert {(r.session, r.cycle) for r in kazakhstan} == {(7, 1)}
    assert sum(r.position == "supported" for r in kazakhstan) == 122
    assert sum(r.position == "noted" for r in kazakhstan) == 7
    # UPR Info words each State's part of a joint recommendation apart: no two Kazakhstan rows
    # share a text, so every recommendation here has one recommending State.
    assert all(len(r.recommending_states) == 1 for r in kazakhstan)
    death_penalty = next(r for r in kazakhstan if r.text.startswith("Abolish the death penalty in all"))
    assert death_penalty.recommending_states == ("France",)
    assert death_penalty.lines == (4721,)
    assert (death_penalty.position, death_penalty.position_wording) == ("supported", "Accepted")
    assert death_penalty.action_category == 5 and death_penalty.themes == ("Death penalty",)


def test_real_export_recommendation_from_six_states(real: ParsedDataset) -> None:
    italy = next(r for r in real.recommendations if r.state_under_review == "Italy" and r.text.startswith(
        "Consider ratification of the International Convention on the Protection of the Rights of All Migrant"))
    assert italy.recommending_states == ("Azerbaijan", "Chile", "Egypt", "Iran", "Mexico", "Philippines")
    assert italy.lines == (4431, 4432, 4433, 4434, 4435, 4436)
    assert (italy.session, italy.cycle, italy.position, italy.action_category) == (7, 1, "noted", 3)
    assert italy.themes == ("International instruments", "Labour", "Migrants")


def test_real_export_merges_texts_that_differ_in_case_or_spacing(real: ParsedDataset) -> None:
    norway = [r for r in real.recommendations if r.state_under_review == "Norway"
              and name_key(r.text) == "consider ratifying the convention on the rights of persons with disabilities"]
    assert len(norway) == 1   # China's row (line 7006) writes "consider ratifying…", the others "Consider…"
    assert norway[0].recommending_states == ("Slovenia", "Chile", "China", "Mexico")
    assert norway[0].text.startswith("Consider")   # as first written, on line 7004
    fiji = [r for r in real.recommendations if r.state_under_review == "Fiji" and r.lines[0] == 3198]
    assert fiji[0].recommending_states == ("Brazil", "Philippines")   # one text has a double space


def test_real_export_same_state_twice_is_listed_once(real: ParsedDataset) -> None:
    lesotho = next(r for r in real.recommendations if r.lines == (5764, 5765))
    assert lesotho.recommending_states == ("Chad",)


def test_real_export_accents(real: ParsedDataset) -> None:
    texts = {r.lines[0]: r.text for r in real.recommendations}
    assert "Guaraní" in texts[855] and "vis-à-vis" in texts[4507] and "Autorité" in texts[6123]
    assert "Cote d'Ivoire" in {r.state_under_review for r in real.recommendations}


def test_text_key_is_name_key(real: ParsedDataset) -> None:
    samples = [r.text for r in real.recommendations] + [
        "The Former Yugoslav Republic", "the", "Thé", "A&B", "__x__", " the x", "THEORY", "ﬁnal", "Straße"]
    assert [text_key(text) for text in samples] == [name_key(text) for text in samples]


# ---- UPR Info: values ------------------------------------------------------------------------


def test_issues_are_split_on_commas_and_no_issue_name_has_one() -> None:
    issues = [term.name for term in shipped_terms() if term.vocabulary == "themes"]
    assert len(issues) == 54
    assert [name for name in issues if "," in name] == []   # so a comma always separates two issues
    table = uprinfo_table(uprinfo_row(issue="HIV - Aids,Asylum-seekers - refugees, Women's rights,HIV - Aids,"))
    (recommendation,) = parse_uprinfo_export(table).recommendations
    assert recommendation.themes == ("HIV - Aids", "Asylum-seekers - refugees", "Women's rights")


@pytest.mark.parametrize(("wording", "position", "implemented"), [
    ("Accepted", "supported", False),
    ("Supported", "supported", False),
    ("Noted", "noted", False),
    ("Not accepted", "noted", False),
    ("Rejected", "noted", False),
    ("Partially accepted", "partially_supported", False),
    ("Pending", "pending", False),
    ("Accepted and considered already implemented", "supported", True),
    ("General response", None, False),
    ("No response", None, False),
    ("", None, False),
])
def test_response_wordings(wording: str, position: str | None, implemented: bool) -> None:
    (recommendation,) = parse_uprinfo_export(uprinfo_table(uprinfo_row(response=wording))).recommendations
    assert (recommendation.position, recommendation.considered_implemented) == (position, implemented)
    assert recommendation.position_wording == wording


def test_a_row_read_whole() -> None:
    dataset = parse_uprinfo_export(uprinfo_table(uprinfo_row()))
    assert dataset.recommendations == [DatasetRecommendation(
        state_under_review="Kazakhstan", session=7, cycle=1, text="To implement the National Action Plan on human rights",
        recommending_states=("Slovenia",), position="supported", position_wording="Accepted", action_category=4,
        themes=("National plan of action",), lines=(2,))]
    assert dataset.rows_read == 1


def test_column_names_match_without_case_or_spaces_and_extra_columns_are_reported() -> None:
    header = ["to", "TEXT", " From ", "response", "Action", "Issue", "session", "Notes", "Cycle"]
    rows = [["Chile", "Adopt a plan", "Peru", "Noted", "5", "General", "5", "checked", "1"]]
    dataset = parse_uprinfo_export(Table.from_rows(header, rows))
    assert dataset.unmapped_columns == ["Notes", "Cycle"]
    assert dataset.recommendations[0].state_under_review == "Chile"
    assert dataset.recommendations[0].position == "noted"


def test_missing_required_columns() -> None:
    header = ["To", "Text", "Response", "Action", "Issue"]
    with pytest.raises(InvalidValueError) as caught:
        parse_uprinfo_export(Table.from_rows(header, [], source="old.csv"))
    assert str(caught.value).startswith("old.csv: this UPR Info export lacks the column(s) From, Session")


def test_rows_of_one_recommendation_are_merged() -> None:
    text = "To consider ratifying the Convention on the Rights of Persons with Disabilities"
    dataset = parse_uprinfo_export(uprinfo_table(
        uprinfo_row(text=text, from_="Slovenia", issue="Disabilities"),
        uprinfo_row(text=text.upper() + " .", from_="Republic of Korea", issue="Disabilities,International instruments"),
        uprinfo_row(text=text, from_="Thailand", session="19"),           # another review: not merged
        uprinfo_row(text=text, from_="Brazil", to="Chile"),               # another State: not merged
        uprinfo_row(text=text, from_="Slovenia", action="", issue=""),    # the same State again: lines only
    ))
    assert dataset.problems == []
    merged, later_review, chile = dataset.recommendations
    assert merged.recommending_states == ("Slovenia", "Republic of Korea")
    assert merged.lines == (2, 3, 6)
    assert merged.text == text
    assert merged.themes == ("Disabilities", "International instruments")
    assert (later_review.session, later_review.cycle, later_review.lines) == (19, 2, (4,))
    assert chile.lines == (5,)


def test_bad_rows_give_problems_with_line_and_column_and_are_not_merged() -> None:
    text = "To fully implement the National Human Rights Action Plan"
    dataset = parse_uprinfo_export(uprinfo_table(
        uprinfo_row(text=text, from_="Russian Federation"),                     # line 2
        uprinfo_row(text=text, from_="Slovenia", session="seven"),              # line 3
        uprinfo_row(text="Ratify the Second Optional Protocol", action="7"),     # line 4
        uprinfo_row(text="Abolish the death penalty", response="Perhaps"),     # line 5
        uprinfo_row(text="  "),                                                # line 6
        uprinfo_row(text=text, from_="United States of America", response="Noted"),  # line 7: disagrees with line 2
        uprinfo_row(text=text, from_="Norway", action="5"),                     # line 8: disagrees with line 2
        uprinfo_row(session=""),                                                # line 9
    ))
    assert dataset.problems == [
        RowProblem(3, "Session", "seven", "not a session number"),
        RowProblem(6, "Text", None, "no recommendation text"),
        RowProblem(9, "Session", None, "no session number"),
    ]
    # An unreadable action or response is no reason to refuse the row: kept empty, and said.
    odd = {r.text: r for r in dataset.recommendations if r.odd_values}
    assert odd["Ratify the Second Optional Protocol"].action_category is None
    assert odd["Ratify the Second Optional Protocol"].odd_values == (
        RowProblem(4, "Action", "7", "not an action category (1 to 5)"),)
    assert odd["Abolish the death penalty"].position is None
    assert odd["Abolish the death penalty"].odd_values == (
        RowProblem(5, "Response", "Perhaps", "unknown position wording (expected e.g. Accepted, Supported, Noted, "
                                             "Pending)"),)
    (good,) = [r for r in dataset.recommendations if not r.odd_values]   # rows that disagree are merged all the same
    assert good.recommending_states == ("Russian Federation", "United States of America", "Norway")
    assert good.lines == (2, 7, 8)
    assert dataset.rows_read == 8
    assert str(dataset.problems[0]) == "line 3, column 'Session': not a session number ('seven')"


def test_rows_that_disagree_are_merged_with_every_value_described() -> None:
    text = "Ratify the Convention against Torture"
    dataset = parse_uprinfo_export(uprinfo_table(
        uprinfo_row(text=text, from_="Algeria", action="4", issue="Torture and other CID treatment"),     # line 2
        uprinfo_row(text=text, from_="Egypt", action="2", response="Noted", issue="Torture and other CID treatment"),
        uprinfo_row(text=text, from_="Morocco", action="4", issue="International instruments"),            # line 4
    ))
    assert dataset.problems == []
    (merged,) = dataset.recommendations
    assert merged.action_category == 4 and merged.position == "supported"   # what most rows say
    assert merged.themes == ("Torture and other CID treatment", "International instruments")   # every issue kept
    assert [row.lines for row in merged.rows] == [(2,), (3,), (4,)]
    reasons = {d.field: d.reason for d in merged.disagreements}
    assert reasons["action_category"] == ("UPR Info rows disagree: Action 4 (line 2, Algeria; line 4, Morocco) vs "
                                          "2 (line 3, Egypt); 4 is kept")
    assert reasons["position"] == ("UPR Info rows disagree: Response Accepted (line 2, Algeria; line 4, Morocco) vs "
                                   "Noted (line 3, Egypt); Accepted is kept, the others are in the history")
    assert reasons["themes"].startswith("UPR Info rows disagree: Issue 'Torture and other CID treatment' (line 2, "
                                        "Algeria; line 3, Egypt) vs 'International instruments' (line 4, Morocco)")
    assert reasons["themes"].endswith("all are kept")


def test_a_tie_between_values_is_settled_the_same_whatever_the_order_of_the_rows() -> None:
    text = "Adopt a law on domestic violence"
    rows = [uprinfo_row(text=text, from_="Chile", action="5"), uprinfo_row(text=text, from_="Peru", action="3")]
    first = parse_uprinfo_export(uprinfo_table(*rows)).recommendations[0]
    second = parse_uprinfo_export(uprinfo_table(*reversed(rows))).recommendations[0]
    assert first.action_category == second.action_category == 5
    assert len(first.disagreements) == len(second.disagreements) == 1


def test_html_entities_are_decoded_in_every_cell() -> None:
    dataset = parse_uprinfo_export(uprinfo_table(
        uprinfo_row(text="Protect &quot;human rights defenders&quot; &amp; journalists&#39; sources",
                    from_="&#40;Unknown&#41;", issue="Human rights defenders,Freedom of the press"),
        uprinfo_row(text="Adopt a law", to="Bosnia &amp; Herzegovina", response="Accepted"),
    ))
    first, second = dataset.recommendations
    assert first.text == 'Protect "human rights defenders" & journalists\' sources'
    assert first.recommending_states == ("(Unknown)",)
    assert second.state_under_review == "Bosnia & Herzegovina"


def test_a_row_that_names_no_recommending_state_is_read() -> None:
    (read,) = parse_uprinfo_export(uprinfo_table(uprinfo_row(from_=""))).recommendations
    assert read.recommending_states == () and read.lines == (2,)


def test_problem_lines_follow_multi_line_cells_in_a_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(UPRINFO_HEADER)
        writer.writerow(uprinfo_row(text="Adopt a plan\nthat covers\nevery region"))   # lines 2-4
        writer.writerow(uprinfo_row(session="UPR seven"))                             # line 5
    dataset = parse_dataset(path)
    assert dataset.problems == [RowProblem(5, "Session", "UPR seven", "not a session number")]
    assert dataset.recommendations[0].text == "Adopt a plan\nthat covers\nevery region"


def test_a_row_with_too_many_cells_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    lines = [",".join(UPRINFO_HEADER),
             "Chile,GRULAC,OAS,Adopt a plan, now,Peru,GRULAC,OAS,Accepted,4,General,5"]   # unquoted comma
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dataset = parse_dataset(path)
    assert dataset.recommendations == []
    first = dataset.problems[0]
    assert (first.line, first.column, first.value) == (2, None, "5")
    assert first.message.startswith("the row has more cells than the header has columns")


def test_sessions() -> None:
    for written, number in [("7", 7), ("UPR 7", 7), ("7th session", 7), ("- 41st Session", 41),
                            ("Session 13", 13), ("UPR Working Group session 9", 9)]:
        assert parse_session(written) == number, written
    for written in ["seven", "7 and 8", "0", "A/HRC/WG.6/7/KAZ/1", "2010", "7 apples"]:
        with pytest.raises(ValueError):
            parse_session(written)


# ---- UPR Info as a workbook ------------------------------------------------------------------


def real_rows(count: int) -> list[list[str]]:
    with UPRINFO_CSV.open(encoding="mac_roman", newline="") as file:
        return [row for _, row in zip(range(count + 1), csv.reader(file))][1:]


def test_xlsx_export_with_an_extra_column_reads_as_the_csv(tmp_path: Path) -> None:
    rows = real_rows(300)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(UPRINFO_HEADER + ["Notes"])
    for row in rows:   # Action and Session as numbers, as a spreadsheet holds them
        sheet.append(row[:8] + [int(row[8]), row[9], int(row[10]), "seen"])
    workbook.save(tmp_path / "export.xlsx")
    csv_path = tmp_path / "export.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([UPRINFO_HEADER, *rows])
    from_xlsx, from_csv = parse_dataset(tmp_path / "export.xlsx"), parse_dataset(csv_path)
    assert from_xlsx.unmapped_columns == ["Notes"] and from_csv.unmapped_columns == []
    assert from_xlsx.recommendations == from_csv.recommendations
    assert len(from_xlsx.recommendations) > 250 and from_xlsx.problems == []


def test_xls_export(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt", reason="xlwt writes the .xls test file; it is not a dependency")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("UPR Info")
    rows = [UPRINFO_HEADER, *real_rows(50)]
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            numeric = index > 0 and column in (8, 10)
            sheet.write(index, column, int(value) if numeric else value)
    book.save(str(tmp_path / "export.xls"))
    dataset = parse_dataset(tmp_path / "export.xls")
    assert dataset.format == "uprinfo" and dataset.rows_read == 50 and dataset.problems == []
    assert {r.session for r in dataset.recommendations} == {6}


def test_40000_rows_parse_quickly(tmp_path: Path) -> None:
    """40,000 UPR Info rows (the real export's rows, sessions shifted per copy so they stay distinct)."""
    rows = real_rows(8343)
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(UPRINFO_HEADER)
        for copy in range(5):
            for row in rows[: 40_000 - copy * len(rows)]:
                writer.writerow(row[:10] + [str(int(row[10]) + 4 * copy)])
    started = time.perf_counter()
    dataset = parse_dataset(path)
    elapsed = time.perf_counter() - started
    print(f"\n40,000 UPR Info rows parsed in {elapsed:.2f} s")
    assert dataset.rows_read == 40_000 and dataset.problems == []
    assert elapsed < 20   # about 1 s on a modest laptop; the bound only catches a pathological slowdown


# ---- UHRI export -----------------------------------------------------------------------------

UHRI_HEADER = ["Text", "Countries Concerned", "Regions Concerned", "Reccomending Body", "Recommending Regions",
               "Type", "Themes", "Affected Persons", "Sdgs", "Document Symbol", "Document Publication Date",
               "Date of publication on UHRI", "UPR Session", "UPR Reccomending States", "UPR Position",
               "OHCHR Annotation Id", "Our notes"]
REPORT_DATE = dt.date(2010, 3, 23)
REPORT_SERIAL = (REPORT_DATE - dt.date(1899, 12, 30)).days   # 40260


def uhri_row(text: str, *, country: str = "- Kazakhstan", body: str = "- UPR", themes: str = "",
             persons: str = "", sdgs: str = "", symbol: str = "A/HRC/14/10", published: object = REPORT_SERIAL,
             session: str = "- 7th Session", states: str = "", position: str = "- Supported",
             annotation: str = "", kind: str = "- Recommendation") -> list[object]:
    return [text, country, "- Asia-Pacific", body, "", kind, themes, persons, sdgs, symbol, published,
            45000.52, session, states, position, annotation, ""]


UHRI_ROWS = [
    uhri_row("95.1 To accomplish human rights voluntary goals as established by Human Rights Council resolution 9/12,"
             " including the ratification of the Convention on the Rights of Persons with Disabilities and the "
             "Optional Protocol thereto (Brazil);",
             themes="- A12 Acceptance of international norms\n- F4 Persons with disabilities",
             persons="- Persons with disabilities", sdgs="- 10 - Reduced inequalities\n- 16 - Peace, justice and "
             "strong institutions", states="- Brazil", annotation="8b3f0a61-5c57-4f1e-9b0e-1f5d3c1c9a01"),
    uhri_row("Rural women 49. The Committee notes with concern the situation of rural women", body="- CEDAW",
             symbol="CEDAW/C/KAZ/CO/3", session="", position="", kind="- Concerns/Observations"),
    uhri_row("95.3 To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); ratify "
             "the Convention on the Rights of Persons with Disabilities (Republic of Korea);",
             states="- Slovenia\n- Republic of Korea", published=dt.datetime(2010, 3, 23), session="UPR 7"),
    uhri_row("Take measures to end torture in places of detention", body="- SR on torture",
             symbol="A/HRC/13/39/Add.3", session="", position=""),
    uhri_row("97.5 To abolish the death penalty (France, Mexico and Brazil)", body="",
             states="- France\n- Mexico\n- Brazil", position="- Noted", published="23/03/2010", session="7"),
    uhri_row("97.6 To consider ratifying the Second Optional Protocol (Bosnia and Herzegovina)",
             states="- Bosnia and Herzegovina", position="Supported/Noted", published="2010-03-23"),
    uhri_row("97.8 To ratify the Convention against Torture (Iran (Islamic Republic of))",
             states="- Iran (Islamic Republic of)", body="- Universal Periodic Review", session="", position="",
             published=""),
    uhri_row("97.7 To extend a standing invitation to special procedures (Chile)", states="- Chile",
             position="- Maybe", published="31/02/2010"),
    uhri_row("Ensure access to education for all children", body="- CRC\n- CESCR", session="", position=""),
]


def make_uhri(path: Path, rows: list[list[object]], header: list[str] = UHRI_HEADER) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "UHRI export"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def uhri(tmp_path_factory: pytest.TempPathFactory) -> ParsedDataset:
    return parse_dataset(make_uhri(tmp_path_factory.mktemp("uhri") / "uhri.xlsx", UHRI_ROWS))


def test_uhri_keeps_upr_rows_and_counts_the_others(uhri: ParsedDataset) -> None:
    assert uhri.format == "uhri"
    assert uhri.rows_read == 9
    assert uhri.skipped == {NOT_UPR: 3}
    assert [r.lines for r in uhri.recommendations] == [(2,), (4,), (6,), (7,), (8,)]
    assert uhri.unmapped_columns == ["Our notes"]


def test_uhri_row_read_whole(uhri: ParsedDataset) -> None:
    first = uhri.recommendations[0]
    assert first == DatasetRecommendation(
        state_under_review="Kazakhstan", session=7, cycle=1,
        text="To accomplish human rights voluntary goals as established by Human Rights Council resolution 9/12, "
             "including the ratification of the Convention on the Rights of Persons with Disabilities and the "
             "Optional Protocol thereto",
        recommending_states=("Brazil",), position="supported", position_wording="Supported",
        ohchr_themes=("A12 Acceptance of international norms", "F4 Persons with disabilities"),
        sdgs=("10 - Reduced inequalities", "16 - Peace, justice and strong institutions"),
        affected_persons=("Persons with disabilities",), document_symbol="A/HRC/14/10", published_on=REPORT_DATE,
        label="95.1", annotation_id="8b3f0a61-5c57-4f1e-9b0e-1f5d3c1c9a01", lines=(2,))


def test_uhri_multi_value_cells_and_attributions(uhri: ParsedDataset) -> None:
    joint, death_penalty, partly, nested = uhri.recommendations[1:]
    assert joint.recommending_states == ("Slovenia", "Republic of Korea")
    # The trailing parentheses name States and go; those inside the text stay with it.
    assert joint.text == ("To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); "
                          "ratify the Convention on the Rights of Persons with Disabilities")
    assert death_penalty.recommending_states == ("France", "Mexico", "Brazil")
    assert (death_penalty.label, death_penalty.text) == ("97.5", "To abolish the death penalty")
    assert death_penalty.position == "noted"
    assert partly.text == "To consider ratifying the Second Optional Protocol"
    assert partly.position == "partially_supported"
    assert (nested.text, nested.recommending_states) == ("To ratify the Convention against Torture",
                                                         ("Iran (Islamic Republic of)",))
    assert (nested.session, nested.cycle, nested.position, nested.published_on) == (None, None, None, None)


def test_uhri_dates_in_every_shape(uhri: ParsedDataset) -> None:
    assert {r.published_on for r in uhri.recommendations[:4]} == {REPORT_DATE}


def test_uhri_bad_row(uhri: ParsedDataset) -> None:
    assert uhri.problems == [
        RowProblem(9, "Document Publication Date", "31/02/2010",
                   "not a date (expected an Excel date, 2010-03-12 or 12/03/2010)"),
        RowProblem(9, "UPR Position", "- Maybe",
                   "unknown position wording (expected e.g. Accepted, Supported, Noted, Pending)"),
    ]


def test_uhri_with_the_correct_spelling_and_no_body_column(tmp_path: Path) -> None:
    header = ["Text", "Countries Concerned", "UPR Session", "UPR Recommending States", "UPR Position"]
    rows = [["115.16 Ratify the Convention (Germany)", "Chile", "32nd session", "Germany", "Supported"],
            ["The Committee recommends…", "Chile", "", "", ""]]
    dataset = parse_dataset(make_uhri(tmp_path / "uhri.xlsx", rows, header))
    assert dataset.format == "uhri" and dataset.skipped == {NOT_UPR: 1}
    (recommendation,) = dataset.recommendations
    assert (recommendation.session, recommendation.cycle, recommendation.label) == (32, 3, "115.16")
    assert recommendation.recommending_states == ("Germany",)


def test_uhri_with_several_countries_concerned_is_a_problem() -> None:
    table = Table.from_rows(["Text", "Countries Concerned", "Reccomending Body"],
                            [["Ratify the Convention", "- Chile\n- Peru", "- UPR"]])
    dataset = parse_uhri_export(table)
    assert [(p.line, p.column) for p in dataset.problems] == [(2, "Countries Concerned")]


def test_uhri_missing_columns() -> None:
    with pytest.raises(InvalidValueError, match="lacks the column.s. Countries Concerned"):
        parse_uhri_export(Table.from_rows(["Text", "Reccomending Body"], []))
    with pytest.raises(InvalidValueError, match="tell UPR recommendations from others"):
        parse_uhri_export(Table.from_rows(["Text", "Countries Concerned"], []))


def test_dates() -> None:
    for written in ["40260", "40260.0", "40260.4999", "2010-03-23", "2010-03-23T00:00:00", "23/03/2010",
                    "23.03.2010", "23 March 2010"]:
        assert parse_date(written) == REPORT_DATE, written
    for written in ["2010", "999999", "31/02/2010", "03/23/2010", "soon", "12"]:
        with pytest.raises(ValueError):
            parse_date(written)


# ---- mapped tables ---------------------------------------------------------------------------

MAPPED_HEADER = ["Country", "Cycle", "Session", "Rec. no.", "Recommendation", "Recommending State(s)", "Position",
                 "Themes", "Notes"]
MAPPING = {"state_under_review": "Country", "cycle": "cycle", "session": "Session", "label": "Rec. no.",
           "text": "Recommendation", "recommending_states": "Recommending State(s)", "position": "Position",
           "themes": "Themes"}


def mapped_table(*rows: list[str]) -> Table:
    return Table.from_rows(MAPPED_HEADER, rows, source="own.xlsx")


def test_mapped_table() -> None:
    dataset = parse_mapped_table(mapped_table(
        ["Kazakhstan", "1", "7", "95.3", "To consider ratifying the CRPD", "Slovenia; Republic of Korea", "Supported",
         "- Disabilities\n- International instruments", "ok"],
        ["Kazakhstan", "1", "", "97.1", "To abolish the death penalty",
         "France, Korea, Republic of, Iran (Islamic Republic of)", "Noted", "Death penalty; General", ""],
    ), MAPPING)
    assert dataset.format == "mapped" and dataset.problems == [] and dataset.unmapped_columns == ["Notes"]
    crpd, death_penalty = dataset.recommendations
    assert (crpd.state_under_review, crpd.cycle, crpd.session, crpd.label) == ("Kazakhstan", 1, 7, "95.3")
    assert crpd.recommending_states == ("Slovenia", "Republic of Korea")
    assert crpd.themes == ("Disabilities", "International instruments")
    assert death_penalty.recommending_states == ("France", "Korea, Republic of", "Iran (Islamic Republic of)")
    assert (death_penalty.cycle, death_penalty.session, death_penalty.position) == (1, None, "noted")
    assert death_penalty.themes == ("Death penalty", "General")


def test_mapped_table_without_state_or_session() -> None:
    table = Table.from_rows(["Recommendation", "By"], [["Adopt a plan", "Chile"]])
    (recommendation,) = parse_mapped_table(table, {"text": "Recommendation", "recommending_states": "By"}).recommendations
    assert (recommendation.state_under_review, recommendation.session, recommendation.cycle) == (None, None, None)


def test_mapped_table_problems() -> None:
    dataset = parse_mapped_table(mapped_table(
        ["Chile", "2", "7", "1", "Adopt a plan", "Peru", "", "", ""],        # session 7 is in cycle 1
        ["Chile", "two", "", "2", "Adopt a law", "Peru", "", "", ""],
        ["", "1", "5", "3", "Adopt a policy", "Peru", "", "", ""],
    ), MAPPING)
    assert [(p.line, p.column) for p in dataset.problems] == [(2, "Cycle"), (3, "Cycle"), (4, "Country")]
    assert "belongs to cycle 1, not cycle 2" in dataset.problems[0].message


def test_commas_split_recommending_states_only_when_every_piece_is_short() -> None:
    assert split_states("France, Germany and Spain") == ["France", "Germany and Spain"]
    assert split_states("Venezuela, Bolivarian Republic of, Tanzania, United Republic of") == [
        "Venezuela, Bolivarian Republic of", "Tanzania, United Republic of"]
    long_piece = "the Member States of the European Union acting together through their common foreign policy"
    assert split_states(f"France, {long_piece}") == [f"France, {long_piece}"]
    assert split_list("- A12 Acceptance of international norms, treaties\n- HIV - Aids") == [
        "A12 Acceptance of international norms, treaties", "HIV - Aids"]


def test_mapping_errors() -> None:
    with pytest.raises(InvalidValueError, match="unknown field.s. colour"):
        parse_mapped_table(mapped_table(), {"text": "Recommendation", "colour": "Notes"})
    with pytest.raises(InvalidValueError, match="no column named 'Paragraph'"):
        parse_mapped_table(mapped_table(), {"text": "Recommendation", "label": "Paragraph"})
    with pytest.raises(InvalidValueError, match="field 'text'"):
        parse_mapped_table(mapped_table(), {"label": "Rec. no."})


def test_parse_dataset_with_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text("Recommendation;Country;Session\nAdopt a plan;Chile;UPR 18\n", encoding="utf-8")
    dataset = parse_dataset(path, {"text": "Recommendation", "state_under_review": "Country", "session": "Session"})
    assert [(r.state_under_review, r.session, r.cycle) for r in dataset.recommendations] == [("Chile", 18, 2)]


# ---- detection and files that are no dataset ------------------------------------------------


def test_detect_dataset_format() -> None:
    assert detect_dataset_format(UPRINFO_HEADER) == "uprinfo"
    assert detect_dataset_format(["to", "text", "from", "session"]) == "uprinfo"
    assert detect_dataset_format(UHRI_HEADER) == "uhri"
    assert detect_dataset_format(["Text", "Countries Concerned", "UPR Recommending States"]) == "uhri"
    assert detect_dataset_format(["From", "To", "Event"]) is None
    assert detect_dataset_format(MAPPED_HEADER) is None


def test_unknown_format_asks_for_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text("Recommendation,Country\nAdopt a plan,Chile\n", encoding="utf-8")
    with pytest.raises(InvalidValueError) as caught:
        parse_dataset(path)
    assert str(caught.value) == ("own.csv is neither a UPR Info nor a UHRI export (columns found: Recommendation, "
                                 "Country); give a column mapping to import it")


def test_empty_file_and_pdf_renamed_csv(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InvalidValueError, match="empty.csv is empty"):
        parse_dataset(empty)
    pdf = tmp_path / "export.csv"
    shutil.copy(KAZAKHSTAN_WG_REPORT_PDF, pdf)
    with pytest.raises(InvalidValueError, match="export.csv is a PDF file"):
        parse_dataset(pdf)
