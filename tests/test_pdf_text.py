"""PDF pages whose words the extraction runs together are recognised and read again."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.glued_pdf import glued_pdf
from tests.sample_paths import KAZAKHSTAN_WG_REPORT_PDF
from upr_tracker.parsing.pdf_text import (
    PAGE_BREAK,
    glued_letters,
    looks_glued,
    pdfminer_pages,
)
from upr_tracker.parsing.text_input import read_document_text
from upr_tracker.parsing.wg_report import parse_working_group_report
from upr_tracker.services.document_reading import DocumentText, ImportKind

IRAN_PAGES = [
    ["United Nations A/HRC/14/12", "General Assembly Distr.: General", "15 March 2010", "Human Rights Council",
     "Fourteenth session", "Report of the Working Group on the Universal Periodic", "Review*",
     "Islamic Republic of Iran"],
    ["1. The Working Group on the Universal Periodic Review held its seventh session from 8 to 19",
     "February 2010. The review of the Islamic Republic of Iran was held at the 10th meeting on",
     "15 February 2010.",
     "II. Conclusions and/or recommendations",
     "90. The following recommendations will be examined by the Islamic Republic of Iran:",
     "1. Ratify the Convention against Torture (France);",
     "2. Consider abolishing the death penalty for juvenile offenders (Czech Republic and",
     "Slovenia);",
     "3. Cooperate fully with the special procedures (Côte d'Ivoire).",
     "91. All conclusions and/or recommendations contained in the present report reflect the position"],
]


@pytest.fixture
def glued_report(tmp_path: Path) -> Path:
    path = tmp_path / "A_HRC_14_12.pdf"
    path.write_bytes(glued_pdf(IRAN_PAGES))
    return path


def test_pypdf_alone_runs_the_words_of_this_pdf_together(glued_report: Path) -> None:
    """What the app met on a real report: without a second reading there is no title to find."""
    page = PdfReader(glued_report).pages[0]
    for mode in ("layout", "plain"):
        text = page.extract_text(extraction_mode=mode)
        assert "ReportoftheWorkingGroupontheUniversalPeriodic" in text and looks_glued(text), mode


def test_a_glued_pdf_is_read_again_and_its_report_read(glued_report: Path) -> None:
    text = read_document_text(glued_report)
    assert "Report of the Working Group on the Universal Periodic" in text
    assert text.count(PAGE_BREAK) == 1
    document = parse_working_group_report(text)
    identity = document.identity
    assert (identity.state_name, identity.symbol, identity.session, identity.cycle) == \
        ("Islamic Republic of Iran", "A/HRC/14/12", 7, 1)
    found = {r.label: r for r in document.recommendations}
    assert list(found) == ["90.1", "90.2", "90.3"]
    assert found["90.2"].text == "Consider abolishing the death penalty for juvenile offenders"
    assert found["90.2"].recommending_states == ("Czech Republic", "Slovenia")
    assert found["90.3"].recommending_states == ("Côte d'Ivoire",)
    assert {r.position for r in document.recommendations} == {"pending"}
    assert document.problems == []
    assert DocumentText(glued_report).kind is ImportKind.WG_REPORT


def test_the_real_report_has_no_page_taken_as_glued() -> None:
    pages = read_document_text(KAZAKHSTAN_WG_REPORT_PDF).split(PAGE_BREAK)
    assert len(pages) == 24
    assert not any(looks_glued(page) for page in pages)


@pytest.mark.parametrize(("text", "glued"), [
    ("ReportoftheWorkingGroupontheUniversalPeriodic Review", True),
    ("Report of the Working Group\nIslamicRepublicofIran and UnitedKingdomofGreatBritain", True),
    ("Thedelegationthankedallthedelegationsfortheircomments", True),
    ("The Working Group on the Universal Periodic Review held its seventh session, internationalization.", False),
    ("A/HRC/14/10 GE.10-12492 www.ohchr.org/EN/HRBodies/UPR/Pages/UPRMain.aspx", False),
    ("McDonald and MacArthur met in Washington on 3 March.", False),
    ("", False),
])
def test_glued_pages_are_recognised(text: str, glued: bool) -> None:
    assert looks_glued(text) is glued


def test_glued_letters_counts_only_runs_of_words() -> None:
    assert glued_letters("Ratify the Convention") == 0
    assert glued_letters("IslamicRepublicofIran") == len("IslamicRepublicofIran")


def test_a_pdf_that_reads_well_is_read_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import upr_tracker.parsing.pdf_text as pdf_text

    def fail(*_args: object) -> str:
        raise AssertionError("read again")

    monkeypatch.setattr(pdf_text, "pdfminer_pages", fail)
    data = io.BytesIO(KAZAKHSTAN_WG_REPORT_PDF.read_bytes())
    path = tmp_path / "report.pdf"
    path.write_bytes(data.getvalue())
    assert "Kazakhstan" in read_document_text(path)


def test_the_second_reading_reads_the_real_report_as_the_first() -> None:
    """pdfminer.six's reading, regrouped line by line, gives the same recommendations as pypdf's."""
    data = KAZAKHSTAN_WG_REPORT_PDF.read_bytes()
    pages = pdfminer_pages(data, list(range(24)))
    again = parse_working_group_report(PAGE_BREAK.join(pages[index] for index in range(24)))
    first = parse_working_group_report(read_document_text(KAZAKHSTAN_WG_REPORT_PDF))
    assert again.identity == first.identity
    assert [(r.label, r.text, r.recommending_states, r.position) for r in again.recommendations] == \
        [(r.label, r.text, r.recommending_states, r.position) for r in first.recommendations]
    assert again.problems == first.problems == []
