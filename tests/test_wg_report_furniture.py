"""Page furniture and footnotes glued to the recommendations of a Working Group report, and the
State's comments on recommendations, which are not recommendations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_PDF
from upr_tracker.parsing.page_furniture import is_page_furniture
from upr_tracker.parsing.parsed import ParsedDocument, ParsedRecommendation, ProblemKind
from upr_tracker.parsing.text_input import read_document_text
from upr_tracker.parsing.wg_report import (
    footnote_notes,
    is_state_comment,
    parse_working_group_report,
)


def by_label(document: ParsedDocument) -> dict[str, ParsedRecommendation]:
    return {r.label: r for r in document.recommendations}


def section(*lines: str, introduction: str = "The following recommendations will be examined by Nepal:") -> str:
    return "\n".join(["II. Conclusions and/or recommendations", f"90. {introduction}", *lines,
                      "91. All conclusions and/or recommendations contained in the present report reflect…"]) + "\n"


# --- page furniture --------------------------------------------------------------------------


@pytest.mark.parametrize("furniture", [
    "16 GE.13-12484", "GE.13-12484 (E) 150513", "A/HRC24/7", "A/HRC/24/7", "A/HRC/24/7 17", "page 12", "116",
    "** The conclusions and recommendations have not been edited.",
])
def test_furniture_glued_to_the_last_recommendation_of_a_page_is_stripped(furniture: str) -> None:
    document = parse_working_group_report(section(
        "90.1. Ratify the Convention against Torture (France);",
        f"90.2. Adopt a law against domestic violence (Chile and Peru); {furniture}",
        "90.3. Strengthen the national human rights institution (Ghana)."))
    found = by_label(document)
    assert found["90.2"].text == "Adopt a law against domestic violence"
    assert found["90.2"].recommending_states == ("Chile", "Peru")
    assert found["90.3"].recommending_states == ("Ghana",)
    assert document.problems == []


@pytest.mark.parametrize("furniture", ["A/HRC24/7", "16 GE.13-12484", "page 12", "- 12 -",
                                       "** The conclusions and recommendations have not been edited.",
                                       "** Conclusions and recommendations have not been edited.",
                                       "** The conclusions and/or recommendations contained in the present report "
                                       "have not been edited."])
def test_furniture_lines_inside_a_recommendation_are_dropped(furniture: str) -> None:
    assert is_page_furniture(furniture)
    found = by_label(parse_working_group_report(section(
        "90.1. Ratify the Convention against Torture and its", furniture, "Optional Protocol (France);")))
    assert found["90.1"].text == "Ratify the Convention against Torture and its Optional Protocol"


@settings(max_examples=80, deadline=None)
@given(page=st.integers(1, 999), job=st.integers(10_000, 999_999), year=st.integers(8, 30),
       council=st.integers(8, 60), number=st.integers(1, 40),
       shape=st.sampled_from(["{page} GE.{year:02d}-{job}", "GE.{year:02d}-{job}", "A/HRC/{council}/{number}",
                              "A/HRC{council}/{number}", "{page} A/HRC/{council}/{number}", "page {page}"]),
       ending=st.sampled_from([";", ".", "", ";2", ".*"]))
def test_any_page_furniture_after_the_states_is_stripped(page: int, job: int, year: int, council: int, number: int,
                                                         shape: str, ending: str) -> None:
    furniture = shape.format(page=page, job=job, year=year, council=council, number=number)
    found = by_label(parse_working_group_report(section(
        f"90.1. Ensure access to justice for women (Côte d’Ivoire, Iran (Islamic Republic of)){ending} {furniture}")))
    assert found["90.1"].text == "Ensure access to justice for women"
    assert found["90.1"].recommending_states == ("Côte d’Ivoire", "Iran (Islamic Republic of)")


# --- footnotes -------------------------------------------------------------------------------


def test_a_footnote_glued_after_a_recommendation_that_carries_its_mark_is_kept_as_its_note() -> None:
    document = parse_working_group_report(section(
        "90.1. Consider ratifying the Optional Protocol (Slovenia);2 2 The recommendation as read during the "
        "interactive dialogue: “Ratify the Optional Protocol (Slovenia)”.",
        "90.2. Adopt a law (Chile)."))
    found = by_label(document)
    assert found["90.1"].text == "Consider ratifying the Optional Protocol"
    assert found["90.1"].recommending_states == ("Slovenia",)
    assert found["90.1"].footnotes == ("The recommendation as read during the interactive dialogue: "
                                       "“Ratify the Optional Protocol (Slovenia)”.",)
    notes = footnote_notes(document.recommendations)
    assert [(n.kind, n.labels) for n in notes] == [(ProblemKind.NOTE, ("90.1",))]
    assert "as read during the interactive dialogue" in notes[0].message


def test_a_footnote_the_recommendation_does_not_mark_is_dropped() -> None:
    found = by_label(parse_working_group_report(section(
        "90.1. Adopt a law (Chile); 3 The annex to the present report is circulated as received.")))
    assert (found["90.1"].text, found["90.1"].footnotes) == ("Adopt a law", ())


def test_a_number_after_parentheses_that_name_no_state_is_text() -> None:
    found = by_label(parse_working_group_report(section(
        "90.1. Ratify the two instruments (ICCPR) 2 Optional Protocols first (Chile);")))
    assert found["90.1"].text == "Ratify the two instruments (ICCPR) 2 Optional Protocols first"


def test_a_footnote_at_the_foot_of_a_pdf_page_is_kept_with_the_recommendation_marking_it() -> None:
    found = by_label(parse_working_group_report(read_document_text(KAZAKHSTAN_WG_REPORT_PDF)))
    assert len(found["95.38"].footnotes) == 1
    assert found["95.38"].footnotes[0].startswith("The original recommendation read as follows")
    assert all(not r.footnotes for label, r in found.items() if label != "95.38")


# --- the State's comments --------------------------------------------------------------------

COMMENT = ("With regard to the recommendations in paragraphs 31 (b) (Algeria), 31 (c) (Egypt) and 31 (d) "
           "(Pakistan), Tunisia indicated that they were already being implemented.")


def test_a_numbered_comment_in_a_list_is_not_a_recommendation() -> None:
    document = parse_working_group_report(section(
        "1. Abolish the death penalty (France);", "2. Ratify the Rome Statute (Mexico);", f"3. {COMMENT}",
        introduction="The recommendations below did not enjoy the support of Tunisia:"))
    assert [r.label for r in document.recommendations] == ["90.1", "90.2"]
    assert {r.position for r in document.recommendations} == {"noted"}
    notes = [p for p in document.problems if p.kind is ProblemKind.NOTE]
    assert len(notes) == 1 and "Tunisia indicated" in notes[0].message and notes[0].labels == ()


def test_a_comment_run_on_after_the_last_recommendation_is_cut_off() -> None:
    document = parse_working_group_report(section(
        "1. Abolish the death penalty (France);", f"2. Ratify the Rome Statute (Mexico). {COMMENT}",
        introduction="The recommendations below did not enjoy the support of Tunisia:"))
    found = by_label(document)
    assert (found["90.2"].text, found["90.2"].recommending_states) == ("Ratify the Rome Statute", ("Mexico",))
    assert any(p.kind is ProblemKind.NOTE and "Tunisia indicated" in p.message for p in document.problems)


def test_a_comment_paragraph_after_a_long_cycle_1_list_opens_a_paragraph() -> None:
    items = [f"{n}. Take measure number {n} (France);" for n in range(1, 41)]
    text = "\n".join(["II. Conclusions and/or recommendations",
                      "20. The recommendations below did not enjoy the support of Tunisia:", *items,
                      "21. Tunisia considers that recommendations 31 (b) (Algeria) and 31 (d) (Pakistan) are "
                      "already implemented (Algeria).", "22. All conclusions and/or recommendations…"])
    document = parse_working_group_report(text)
    assert [r.label for r in document.recommendations] == [f"20.{n}" for n in range(1, 41)]
    assert not any(r.considered_implemented for r in document.recommendations)   # "31 (b)" is no label
    assert [p.kind for p in document.problems] == [ProblemKind.NOTE]
    assert "Tunisia considers that recommendations 31 (b)" in document.problems[0].message


@pytest.mark.parametrize("text", [
    COMMENT,
    "Tunisia considers that recommendations 31 (d) and 32 (a) are already implemented.",
    "As regards the recommendations contained in paragraph 62, the State indicated that it would consider them.",
])
def test_comments_are_recognised(text: str) -> None:
    assert is_state_comment(text)


@pytest.mark.parametrize("text", [
    "Implement the recommendations contained in paragraph 12 of the concluding observations of CEDAW (Norway);",
    "Ensure that the recommendations of the Committee against Torture are implemented (Denmark);",
    "Consider the recommendation that the State indicated in paragraph 5 (Chile);",
])
def test_recommendations_that_mention_other_recommendations_are_not_comments(text: str) -> None:
    assert not is_state_comment(text)


def test_a_comment_on_the_reports_own_recommendations_is_shown_beside_them() -> None:
    text = "\n".join(["II. Conclusions and/or recommendations",
                      "20. The recommendations below did not enjoy the support of Tunisia:",
                      *[f"{n}. Take measure number {n} (France);" for n in range(1, 9)],
                      "21. Tunisia considers that recommendations 3, 5 to 6 and 42 are incompatible with its "
                      "Constitution, as stated in article 12.", "22. All conclusions and/or recommendations…"])
    document = parse_working_group_report(text)
    assert len(document.recommendations) == 8
    [note] = document.problems
    assert note.kind is ProblemKind.NOTE and note.labels == ("20.3", "20.5", "20.6")
    assert "incompatible with its Constitution" in note.message


def test_without_page_breaks_the_footnote_still_finds_the_recommendation_marking_it() -> None:
    """A text converted without page breaks runs the foot of the page into the page's last item
    (here 95.51): the footnote is taken off it and given to 95.38, which carries its mark."""
    text = read_document_text(KAZAKHSTAN_WG_REPORT_PDF)
    with_pages, without = parse_working_group_report(text), parse_working_group_report(text.replace("\n\f\n", "\n"))
    assert [(r.label, r.text, r.recommending_states, r.footnotes) for r in without.recommendations] == \
        [(r.label, r.text, r.recommending_states, r.footnotes) for r in with_pages.recommendations]
    assert by_label(without)["95.38"].footnotes[0].startswith("The original recommendation read as follows")
    assert without.problems == []


def test_a_footnote_whose_mark_stands_alone_on_its_line_is_kept_as_pdftotext_writes_it() -> None:
    page = "\n".join(["II. Conclusions and/or recommendations",
                      "95. The following recommendations enjoy the support of Fiji:",
                      "1.", "To ensure the use of vocabulary that does not stigmatize children (Slovenia);2",
                      "2.", "To introduce further measures against trafficking, including cooperation with the",
                      "relevant non-governmental organizations (Japan);",
                      "2", "", "The original recommendation read as follows: “Discontinue using vocabulary”",
                      "(Slovenia).", "", "17"])
    document = parse_working_group_report(page + "\n\f\n" + "96. All conclusions and/or recommendations…\n")
    found = by_label(document)
    assert found["95.1"].footnotes == ("The original recommendation read as follows: “Discontinue using vocabulary” "
                                       "(Slovenia).",)
    assert found["95.2"].footnotes == () and found["95.2"].recommending_states == ("Japan",)
    assert found["95.2"].text.endswith("relevant non-governmental organizations")
    assert found["95.1"].text == "To ensure the use of vocabulary that does not stigmatize children"
