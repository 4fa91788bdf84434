"""A report's cover names the review's day and its UN documents; names with brackets print once
bracketed; a brief for donors says what is still to check in plain words; the charts share the
summary's page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.parsing.wg_report import parse_working_group_report
from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
from upr_tracker.reports.document import BarChart, Heading, PageBreak, ReportFormat, Table
from upr_tracker.reports.writers import write_report
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.services.reviews import list_reviews
from upr_tracker.storage.database import Database

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
DEMO_DOCUMENTS = ("Working Group report: A/HRC/14/10, 23 March 2010",
                  "The State's reply (addendum): A/HRC/14/10/Add.1")


def wg_report(review_sentence: str) -> str:
    return ("United Nations A/HRC/22/14\nGeneral Assembly Distr.: General\n7 January 2013\nHuman Rights Council\n"
            "Report of the Working Group on the Universal Periodic Review*\nNetherlands\n"
            "Introduction\n1. The Working Group on the Universal Periodic Review, established in accordance with "
            "Human Rights Council resolution 5/1 of 18 June 2007, held its fourteenth session from 22 October to "
            f"5 November 2012. {review_sentence} The delegation of the Netherlands was headed by the Minister.\n"
            "II. Conclusions and/or recommendations\n"
            "98. The following recommendations will be examined by the Netherlands:\n"
            "98.1. Ratify the Convention on migrant workers (Egypt);\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("The review of the Netherlands was held at the 7th meeting, on 21 May 2012.", dt.date(2012, 5, 21)),
    ("The review of the Netherlands was held at the 7th meeting on 21 may 2012.", dt.date(2012, 5, 21)),
    ("The review of the Netherlands took place at the 2nd meeting, held on 1 November 2012.", dt.date(2012, 11, 1)),
    ("The review of the Netherlands was held at the 7th meeting, on 31 February 2012.", None),  # no such day
    ("The review of the Netherlands was held at the 7th meeting.", None),
    ("", None),
])
def test_the_working_group_report_says_the_day_of_the_review(sentence: str, day: dt.date | None) -> None:
    assert parse_working_group_report(wg_report(sentence)).identity.review_date == day


@given(st.dates(dt.date(2008, 1, 1), dt.date(2040, 12, 31)), st.sampled_from([",", ""]))
def test_any_day_of_review_is_read_back(day: dt.date, comma: str) -> None:
    sentence = (f"The review of the Netherlands was held at the 9th meeting{comma} on {day.day} "
                f"{MONTHS[day.month - 1]} {day.year}.")
    assert parse_working_group_report(wg_report(sentence)).identity.review_date == day


def test_importing_the_demo_records_the_day_of_its_review(demo: Database) -> None:
    assert {review.cycle: review.review_date for review in list_reviews(demo, state="KAZ")} == {
        1: dt.date(2010, 2, 12), 2: dt.date(2014, 10, 30)}


def test_the_cover_names_the_day_and_the_documents(demo: Database) -> None:
    for template in (ReportTemplate.COUNTRY_BRIEF, ReportTemplate.MID_TERM, ReportTemplate.TIMELINE):
        report = build_report(demo, ReportRequest(template, state="KAZ", cycle=1))
        assert report.cover.scope.endswith("Working Group session 7, reviewed on 12 February 2010"), template
        assert report.cover.documents == DEMO_DOCUMENTS, template


def test_each_format_prints_the_documents_on_the_cover(demo: Database, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    import docx
    from pypdf import PdfReader

    report = build_report(demo, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1,
                                              sections=frozenset({"summary", "charts"})))
    for fmt in ReportFormat:
        write_report(report, tmp_path / f"brief.{fmt.value}", fmt)
    cover = " ".join(PdfReader(tmp_path / "brief.pdf").pages[0].extract_text().split())
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs]
    page = (tmp_path / "brief.html").read_text(encoding="utf-8").replace("&#x27;", "'")
    for line in DEMO_DOCUMENTS:
        assert line in cover and line in paragraphs and f"<li>{line}</li>" in page
    assert "reviewed on 12 February 2010" in cover


def test_a_review_without_documents_has_no_document_lines(db: Database) -> None:
    review = reviews.create_review(db, "Chile", 3, 32)
    recommendations.add_recommendation(db, review, "Ratify the Optional Protocol", label="125.1")
    report = build_report(db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="CHL", cycle=3))
    assert report.cover.documents == () and "reviewed on" not in report.cover.scope


def test_a_state_whose_name_has_brackets_is_printed_in_single_brackets(db: Database) -> None:
    review = reviews.create_review(db, "France", 2, 15)
    first = recommendations.add_recommendation(db, review, "Ratify the Convention",
                                               label="120.1", recommending_states=["Netherlands (Kingdom of the)"])
    recommendations.add_recommendation(db, review, "Adopt a plan", label="120.2",
                                       recommending_states=["Bolivia (Plurinational State of)", "Chile"])
    responses.record_response(db, [first], "supported")
    report = build_report(db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="FRA", cycle=2))
    cells = [cell for block in report.blocks if isinstance(block, Table) for row in block.rows for cell in row]
    assert "Ratify the Convention\nRecommended by Netherlands (Kingdom of the)" in cells
    assert "Adopt a plan\nRecommended by Bolivia (Plurinational State of), Chile" in cells
    assert not any("((" in cell or "))" in cell for cell in cells)


def test_positions_still_to_check_are_worded_for_readers_outside(demo: Database) -> None:
    report = build_report(demo, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1))
    texts = [getattr(block, "text", "") for block in report.blocks]
    assert "The position of 12 of them is still to be verified against the source document." in texts
    assert not any("confidence" in text for text in texts)


def test_the_charts_follow_the_summary_on_its_page_and_the_lists_start_a_new_one(demo: Database) -> None:
    report = build_report(demo, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1))
    blocks = list(report.blocks)
    charts = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "Charts")
    lists = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == "Recommendations by theme")
    assert not any(isinstance(b, PageBreak) for b in blocks[:charts])
    assert isinstance(blocks[lists - 1], PageBreak) and isinstance(blocks[lists - 2], BarChart)


def test_the_demo_brief_has_no_page_for_the_charts_alone(demo: Database, tmp_path: Path, qapp) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    report = build_report(demo, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1,
                                              sections=frozenset({"summary", "charts"})))
    write_report(report, tmp_path / "brief.pdf", ReportFormat.PDF)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "brief.pdf").pages]
    # The cover, then the counts with their charts (the demo's suggested themes make the counts more
    # than a page long: the charts follow their end, on the same page).
    charts = next(i for i, page in enumerate(pages) if "Charts" in page)
    assert "Summary" in pages[1] and charts == len(pages) - 1
    assert "Recommendations by implementation level" in pages[charts] and not pages[charts].startswith("Charts")
