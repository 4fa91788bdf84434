"""The Working Group report parser: the real Kazakhstan report (cycle 1, text and PDF), synthetic
reports in the styles of cycles 2, 3 and 4 (written after real reports, with the page furniture of
PDF extraction), the splitting of recommending States, and the problems it reports."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_PDF, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.parsing.parsed import ParsedDocument, ParsedRecommendation, ProblemKind
from upr_tracker.parsing.text_input import read_document_text
from upr_tracker.parsing.wg_report import (
    list_position,
    ordinal_number,
    parse_working_group_report,
    read_attribution,
    split_recommending_states,
)


def by_label(document: ParsedDocument) -> dict[str, ParsedRecommendation]:
    return {recommendation.label: recommendation for recommendation in document.recommendations}


def labels_of(document: ParsedDocument, paragraph: str) -> list[str]:
    return [r.label for r in document.recommendations if r.paragraph == paragraph]


def line_of(text: str, start: str) -> int:
    """The 1-based number of the line of `text` that starts (after spaces) with `start`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip().startswith(start):
            return number
    raise AssertionError(f"no line starts with {start!r}")


def pdf_like(symbol: str, pages: list[str], *, job_number: str) -> str:
    """Pages as a PDF extraction gives them: a job number and bar code on the first page, the
    symbol and the page number on the others (alternately left and right), form feeds between."""
    out = []
    for number, body in enumerate(pages, start=1):
        if number == 1:
            out.append(f"{job_number}  (E)    101213    111213\n{body}\n                 *{job_number[3:5]}{job_number[6:]}*")
        elif number % 2:
            out.append(f"                                                       {symbol}\n\n{body}\n\n"
                       f"                                                                {number}")
        else:
            out.append(f"{symbol}\n\n{body}\n\n{number}")
    return "\n\f\n".join(out)


# ============================================================================================
# Cycle 1: the real Kazakhstan report


@pytest.fixture(scope="module")
def kazakhstan_txt() -> ParsedDocument:
    return parse_working_group_report(read_document_text(KAZAKHSTAN_WG_REPORT_TXT))


@pytest.fixture(scope="module")
def kazakhstan_pdf() -> ParsedDocument:
    return parse_working_group_report(read_document_text(KAZAKHSTAN_WG_REPORT_PDF))


@pytest.fixture(params=["txt", "pdf"])
def kazakhstan(request: pytest.FixtureRequest, kazakhstan_txt: ParsedDocument,
               kazakhstan_pdf: ParsedDocument) -> ParsedDocument:
    return kazakhstan_txt if request.param == "txt" else kazakhstan_pdf


def test_kazakhstan_identity(kazakhstan: ParsedDocument) -> None:
    assert kazakhstan.kind == "working_group_report"
    identity = kazakhstan.identity
    assert identity.symbol == "A/HRC/14/10"
    assert identity.state_name == "Kazakhstan"
    assert identity.session == 7
    assert identity.cycle == 1
    assert identity.issued_on == dt.date(2010, 3, 23)
    assert identity.title == "Report of the Working Group on the Universal Periodic Review"


def test_kazakhstan_counts_and_labels(kazakhstan: ParsedDocument) -> None:
    assert labels_of(kazakhstan, "95") == [f"95.{n}" for n in range(1, 103)]
    assert labels_of(kazakhstan, "97") == [f"97.{n}" for n in range(1, 27)]
    assert len(kazakhstan.recommendations) == 128
    assert kazakhstan.problems == []


def test_kazakhstan_exact_recommendations(kazakhstan: ParsedDocument) -> None:
    found = by_label(kazakhstan)
    first = found["95.1"]
    assert first.text == ("To accomplish human rights voluntary goals as established by Human Rights Council "
                          "resolution 9/12, including the ratification of the Convention on the Rights of Persons "
                          "with Disabilities and the Optional Protocol thereto")
    assert first.recommending_states == ("Brazil",)
    assert first.paragraph == "95"
    assert found["97.1"].text == ("To consider adhering to the International Convention on the Protection of the "
                                  "Rights of All Migrant Workers and Their Family Members")
    assert found["97.1"].recommending_states == ("Algeria",)
    assert found["97.26"].text == ("To discontinue the use of judicial action against journalists and media "
                                   "outlets, including the filing of civil and criminal libel suits")
    assert found["97.26"].recommending_states == ("Canada",)
    assert found["95.102"].recommending_states == ("Morocco",)
    assert found["95.102"].text.endswith("could serve as an example of best practices in the fight against torture")


def test_kazakhstan_long_and_compound_state_names(kazakhstan: ParsedDocument) -> None:
    found = by_label(kazakhstan)
    assert found["95.6"].recommending_states == ("United Kingdom of Great Britain and Northern Ireland",)
    assert found["95.67"].recommending_states == ("United Kingdom of Great Britain and Northern Ireland",)
    assert found["95.8"].recommending_states == ("Lao People’s Democratic Republic",)
    assert found["95.12"].recommending_states == ("Islamic Republic of Iran",)
    assert found["95.82"].recommending_states == ("Bolivarian Republic of Venezuela",)
    assert found["97.5"].recommending_states == ("United States of America",)


def test_kazakhstan_two_states_under_one_label(kazakhstan: ParsedDocument) -> None:
    assert by_label(kazakhstan)["95.3"].recommending_states == ("Slovenia", "Republic of Korea")


def test_kazakhstan_item_96_of_paragraph_95_is_not_paragraph_96(kazakhstan: ParsedDocument) -> None:
    """Paragraph 95 has items 96 and 97 before paragraphs 96 and 97 begin."""
    found = by_label(kazakhstan)
    assert found["95.96"].text.startswith("To continue its efforts to inform its citizens about their rights")
    assert found["95.96"].recommending_states == ("Kuwait",)
    assert found["95.97"].recommending_states == ("Malaysia",)


def test_kazakhstan_footnote_marker_and_body_do_not_leak(kazakhstan: ParsedDocument) -> None:
    found = by_label(kazakhstan)
    assert found["95.38"].text == ("To ensure the use of vocabulary that does not stigmatize children with "
                                   "disabilities or children born out of wedlock")
    assert found["95.38"].recommending_states == ("Slovenia",)
    # The footnote ("2 The original recommendation read as follows…") is at the foot of 95.51's page.
    assert found["95.51"].text.endswith("cooperation with the relevant non-governmental organizations")
    assert found["95.51"].recommending_states == ("Japan",)


def test_kazakhstan_no_page_furniture_in_any_text(kazakhstan: ParsedDocument) -> None:
    for recommendation in kazakhstan.recommendations:
        assert not re.search(r"A/HRC|GE\.\d|\f|\s{2}|original recommendation|Composition of the delegation",
                             recommendation.text), recommendation.label
        assert recommendation.text == recommendation.text.strip()
        assert not recommendation.text.endswith((";", ".", ","))
    # 95.67 runs over a page break (page 18 to 19), 97.10 too (page 21 to 22).
    found = by_label(kazakhstan)
    assert "set out in the Optional Protocol to the Convention against Torture, of full legal" in found["95.67"].text
    assert "adopted in 2005 on the elimination of extremism" in found["97.10"].text


def test_kazakhstan_positions(kazakhstan: ParsedDocument) -> None:
    positions = {r.label: r.position for r in kazakhstan.recommendations}
    assert {positions[label] for label in labels_of(kazakhstan, "95")} == {"supported"}
    assert {positions[label] for label in labels_of(kazakhstan, "97")} == {"pending"}


def test_kazakhstan_paragraph_96_marks_the_already_implemented(kazakhstan: ParsedDocument) -> None:
    implemented = {int(r.label.split(".")[1]) for r in kazakhstan.recommendations if r.considered_implemented}
    assert all(r.paragraph == "95" for r in kazakhstan.recommendations if r.considered_implemented)
    expected = ({7, 8, 9, 10, 11, 12, 13, 14, 22, 26, 27, 28, 29, 31, 32, 34, 35, 36, 37, 38, 39, 41, 42, 43, 44, 47}
                | set(range(49, 64)) | set(range(69, 77)) | set(range(78, 86)) | set(range(87, 98)))
    assert implemented == expected
    assert len(implemented) == 68


def test_kazakhstan_lines_point_at_the_labels() -> None:
    text = read_document_text(KAZAKHSTAN_WG_REPORT_TXT)
    lines = text.split("\n")
    document = parse_working_group_report(text)
    for recommendation in document.recommendations:
        number = recommendation.label.split(".")[1]
        assert lines[recommendation.line - 1].strip() == f"{number}.", recommendation.label
    assert by_label(document)["97.1"].line > by_label(document)["95.102"].line


# The .txt was typed from the Word original: where the PDF prints a hyphen the .txt has a full
# stop, and its 95.3 gives each State's sentence in full where the PDF writes "(Slovenia)/ratify".
TXT_DIFFERS_FROM_PDF = {
    "95.3": "To consider ratifying (Slovenia)/ratify (Republic of Korea) the Convention on the Rights of "
            "Persons with Disabilities",
    "95.83": "To continue to implement measures aimed at enhancing the overall well-being of its citizens by "
             "guaranteeing their social and economic rights",
}


def test_kazakhstan_pdf_reads_as_the_text_file(kazakhstan_txt: ParsedDocument, kazakhstan_pdf: ParsedDocument) -> None:
    def normalised(text: str) -> str:
        return " ".join(text.split())

    assert [r.label for r in kazakhstan_pdf.recommendations] == [r.label for r in kazakhstan_txt.recommendations]
    for from_txt, from_pdf in zip(kazakhstan_txt.recommendations, kazakhstan_pdf.recommendations, strict=True):
        label = from_txt.label
        assert from_pdf.recommending_states == from_txt.recommending_states, label
        assert (from_pdf.position, from_pdf.considered_implemented, from_pdf.paragraph) == \
               (from_txt.position, from_txt.considered_implemented, from_txt.paragraph), label
        expected_text = TXT_DIFFERS_FROM_PDF.get(label, normalised(from_txt.text))
        if label == "97.10":
            expected_text = expected_text.replace("non.discriminatory", "non-discriminatory")
        assert normalised(from_pdf.text) == expected_text, label


# ============================================================================================
# Cycle 2: one paragraph "will be examined … responses in due time" (China, 2013)

CHINA_2013 = pdf_like("A/HRC/25/5", job_number="GE.13-19282", pages=[
    """United Nations                                              A/HRC/25/5
General Assembly                                  Distr.: General
                                                  4 December 2013

                                                  Original: English
Human Rights Council
Twenty-fifth session
Agenda item 6
Universal Periodic Review

       Report of the Working Group on the Universal Periodic
       Review*

       China

   *  The annex to the present report is circulated as received.""",
    """Introduction
1.   The Working Group on the Universal Periodic Review, established in accordance with
Human Rights Council resolution 5/1 of 18 June 2007, held its seventeenth session from 21
October to 1 November 2013. The review of China was held at the 5th meeting on 22 October
2013. The delegation of China was headed by Wu Hailong, Special Envoy of the Ministry of
Foreign Affairs.
185. The delegation thanked all delegations for their comments and recommendations.
II. Conclusions and/or recommendations**
186. The following recommendations will be examined by China, which will provide
responses in due time, but no later than the twenty-fifth session of the Human Rights
Council in March 2014:
     186.1. Ratify ICCPR (Albania); Ratify ICCPR and CPED (Chile); Abide by its
     commitment of 2009 and establish a clear timeframe in order to ratify ICCPR (Belgium);
     Timely ratify the ICCPR (Japan);
     186.2. Ratify as soon as possible ICCPR (Brazil); Speed up the ratification of the
     ICCPR, which has been already signed by China (Bulgaria); Expedite the ratification of
     the ICCPR (Ghana);
     186.3. Consider ratifying ICCPR (Cape Verde);

** The conclusions and recommendations have not been edited.""",
    """     186.4. Take steps to an early ratification of the ICCPR (Czech Republic);
     186.5. Sign and ratify the OP-ICESCR and the OP-CRC-IC (Portugal); Sign the third
     OP-CRC-IC (Albania);
     186.6. Continue its endeavours to ratify the ICCPR in the very near future
     (Portugal) ;
     186.7. Continue to strengthen cooperation with the OHCHR (Iran (Islamic Republic
     of));
     186.8. Continue to strengthen the institutional framework for the protection of
     children (Bolivarian Republic of Venezuela);
     186.9. Take further measures to protect the rights of ethnic minorities and to
     ensure that they fully enjoy their economic, social and cultural rights (United
     Kingdom of Great Britain and Northern Ireland);
     186.10. Share its experiences in poverty reduction with other developing countries
     (Trinidad and Tobago);""",
    """     186.11. Continue its efforts to promote well-
     being and sustainable development (Mexico and Brazil);
     186.12. Develop programme for sharing of its experiences in addressing the right
     to development with African countries in the context of the Forum on China-Africa
     cooperation (Sierra Leone).
187. The response of China to these recommendations will be included in the outcome
report adopted by the Human Rights Council at its twenty-fifth session.
188. All conclusions and/or recommendations contained in the present report reflect the
position of the submitting State(s) and/or the State under review. They should not be
construed as endorsed by the Working Group as a whole.""",
    """Annex
[English only]
    Composition of the delegation
The delegation of China was headed by H.E. Mr. Wu Hailong and was composed of the
following members:
  •  Mr. Chen Xu, Ambassador (Mexico);""",
])


@pytest.fixture(scope="module")
def china() -> ParsedDocument:
    return parse_working_group_report(CHINA_2013)


def test_cycle2_identity(china: ParsedDocument) -> None:
    assert china.identity.symbol == "A/HRC/25/5"
    assert china.identity.state_name == "China"
    assert china.identity.session == 17
    assert china.identity.cycle == 2
    assert china.identity.issued_on == dt.date(2013, 12, 4)


def test_cycle2_one_paragraph_with_sub_numbers(china: ParsedDocument) -> None:
    assert [r.label for r in china.recommendations] == [f"186.{n}" for n in range(1, 13)]
    assert {r.paragraph for r in china.recommendations} == {"186"}
    assert {r.position for r in china.recommendations} == {"pending"}
    assert not any(r.considered_implemented for r in china.recommendations)
    assert china.problems == []


def test_cycle2_merged_recommendations_keep_every_state(china: ParsedDocument) -> None:
    found = by_label(china)
    assert found["186.1"].recommending_states == ("Albania", "Chile", "Belgium", "Japan")
    assert found["186.1"].text == ("Ratify ICCPR (Albania); Ratify ICCPR and CPED (Chile); Abide by its commitment "
                                   "of 2009 and establish a clear timeframe in order to ratify ICCPR (Belgium); "
                                   "Timely ratify the ICCPR")
    assert found["186.5"].recommending_states == ("Portugal", "Albania")


def test_cycle2_states_and_texts(china: ParsedDocument) -> None:
    found = by_label(china)
    assert found["186.3"].text == "Consider ratifying ICCPR"
    assert found["186.6"].text == "Continue its endeavours to ratify the ICCPR in the very near future"
    assert found["186.6"].recommending_states == ("Portugal",)
    assert found["186.7"].recommending_states == ("Iran (Islamic Republic of)",)
    assert found["186.8"].recommending_states == ("Bolivarian Republic of Venezuela",)
    assert found["186.9"].recommending_states == ("United Kingdom of Great Britain and Northern Ireland",)
    assert found["186.10"].recommending_states == ("Trinidad and Tobago",)
    assert found["186.11"].recommending_states == ("Mexico", "Brazil")
    assert found["186.11"].text == "Continue its efforts to promote well-being and sustainable development"
    assert found["186.12"].recommending_states == ("Sierra Leone",)


def test_cycle2_page_furniture_and_footnotes_stay_out(china: ParsedDocument) -> None:
    found = by_label(china)
    assert found["186.3"].text == "Consider ratifying ICCPR"          # footnote "**" at its page's foot
    assert found["186.10"].text == "Share its experiences in poverty reduction with other developing countries"
    assert found["186.12"].text.endswith("in the context of the Forum on China-Africa cooperation")  # not the annex
    assert found["186.4"].line == line_of(CHINA_2013, "186.4.")


# ============================================================================================
# Cycle 2, first sessions: three paragraphs (supported, will be examined, did not enjoy support)

MAURITANIA_2012_STYLE = """Report of the Working Group on the Universal Periodic Review
Mauritania
1. The Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1 of 18 June 2007, held its thirteenth session from 21 May to 4 June 2012. The review of Mauritania was held at the 4th meeting, on 23 May 2012.
II. Conclusions and/or recommendations
98. The recommendations formulated during the interactive dialogue/listed below have been examined by Mauritania and enjoy the support of Mauritania:
98.1. Ratify the Convention on the Rights of Persons with Disabilities (Spain, Brazil);
98.2. Strengthen the National Human Rights Commission in line with the Paris Principles (Saint Vincent and the Grenadines);
98.3. Continue the fight against slavery and its vestiges (Antigua and Barbuda and Sao Tome and Principe);
99. The following recommendations enjoy the support of Mauritania, which considers that they are already implemented or in the process of implementation:
99.1. Adopt a national strategy on the elimination of poverty (Saint Kitts and Nevis);
99.2. Continue its efforts in the field of education for all (Bosnia and Herzegovina);
100. The following recommendations will be examined by Mauritania, which will provide responses in due time, but no later than the twenty-first session of the Human Rights Council in September 2012:
100.1. Ratify the Optional Protocol to the Convention against Torture (Denmark);
100.2. Extend a standing invitation to special procedures (Latvia); (Chile);
101. The following recommendations did not enjoy the support of Mauritania:
101.1. Abolish the death penalty (France);
101.2. Decriminalize sexual relations between consenting adults of the same sex (Netherlands);
102. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review. They should not be construed as endorsed by the Working Group as a whole.
"""


def test_cycle2_early_style_paragraph_positions() -> None:
    document = parse_working_group_report(MAURITANIA_2012_STYLE)
    positions = {r.label: (r.position, r.considered_implemented) for r in document.recommendations}
    assert positions == {
        "98.1": ("supported", False), "98.2": ("supported", False), "98.3": ("supported", False),
        "99.1": ("supported", True), "99.2": ("supported", True),
        "100.1": ("pending", False), "100.2": ("pending", False),
        "101.1": ("noted", False), "101.2": ("noted", False),
    }
    assert document.identity.session == 13 and document.identity.cycle == 2
    assert document.identity.issued_on == dt.date(2012, 5, 23)     # no issue date: the review's
    assert document.problems == []


def test_cycle2_early_style_states() -> None:
    found = by_label(parse_working_group_report(MAURITANIA_2012_STYLE))
    assert found["98.1"].recommending_states == ("Spain", "Brazil")
    assert found["98.2"].recommending_states == ("Saint Vincent and the Grenadines",)
    assert found["98.3"].recommending_states == ("Antigua and Barbuda", "Sao Tome and Principe")
    assert found["99.1"].recommending_states == ("Saint Kitts and Nevis",)
    assert found["99.2"].recommending_states == ("Bosnia and Herzegovina",)
    assert found["100.2"].recommending_states == ("Latvia", "Chile")
    assert found["100.2"].text == "Extend a standing invitation to special procedures"
    assert found["98.1"].line == 6


# ============================================================================================
# Cycle 3: "have been examined by X and enjoy its support" / "have been noted by X",
# Word text with one paragraph a line

BENIN_2017_STYLE = """United Nations\tA/HRC/36/9
General Assembly\tDistr.: General
11 July 2017
Original: English
Human Rights Council
Thirty-sixth session
Report of the Working Group on the Universal Periodic Review*
Benin
Introduction
1.\tThe Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1, held its twenty-eighth session from 6 to 17 November 2017. The review of Benin was held at the 3rd meeting, on 7 November 2017.
II.\tConclusions and/or recommendations
122.\tThe following recommendations have been examined by Benin and enjoy its support:
122.1\tRatify the Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty (Montenegro) (Australia);
122.2\tRatify the International Convention for the Protection of All Persons from Enforced Disappearance (Ghana, Uruguay and Sierra Leone);
122.3\tAdopt the draft children's code; ensure its effective implementation (Togo); Strengthen the protection of children against trafficking (Holy See);
122.4\tTake measures to combat female genital mutilation (Iceland);
123.\tThe following recommendations have been examined by Benin and have been noted by Benin:
123.1\tDecriminalize defamation and press offences (Czechia);
123.2\tRecognize the competence of the Committee on Enforced Disappearances (Türkiye).
124.\tAll conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review. They should not be construed as endorsed by the Working Group as a whole.
Annex
Composition of the delegation
"""


def test_cycle3_supported_and_noted_paragraphs() -> None:
    document = parse_working_group_report(BENIN_2017_STYLE)
    assert document.identity.session == 28 and document.identity.cycle == 3
    assert document.identity.state_name == "Benin"
    assert document.identity.symbol == "A/HRC/36/9"
    assert document.identity.issued_on == dt.date(2017, 7, 11)
    assert [(r.label, r.position) for r in document.recommendations] == [
        ("122.1", "supported"), ("122.2", "supported"), ("122.3", "supported"), ("122.4", "supported"),
        ("123.1", "noted"), ("123.2", "noted"),
    ]
    assert document.problems == []


def test_cycle3_attributions() -> None:
    found = by_label(parse_working_group_report(BENIN_2017_STYLE))
    assert found["122.1"].recommending_states == ("Montenegro", "Australia")
    assert found["122.1"].text == ("Ratify the Optional Protocol to the International Covenant on Civil and Political "
                                   "Rights, aiming at the abolition of the death penalty")
    assert found["122.2"].recommending_states == ("Ghana", "Uruguay", "Sierra Leone")
    assert found["122.3"].recommending_states == ("Togo", "Holy See")
    assert found["122.3"].text == ("Adopt the draft children's code; ensure its effective implementation (Togo); "
                                   "Strengthen the protection of children against trafficking")
    assert found["123.2"].recommending_states == ("Türkiye",)
    assert found["123.2"].text == "Recognize the competence of the Committee on Enforced Disappearances"


# ============================================================================================
# Cycle 4: one pending paragraph, today's State names, extracted from a PDF

NAURU_2023_PAGES = [
    """United Nations                                          A/HRC/54/11
General Assembly                                 Distr.: General
                                                 11 July 2023
Human Rights Council
Fifty-fourth session
     Report of the Working Group on the Universal Periodic Review*
     Nauru
   *  The annex to the present report is circulated as received.""",
    """1.   The Working Group on the Universal Periodic Review, established in accordance with
Human Rights Council resolution 5/1, held its forty-third session from 1 to 12 May 2023.
The review of Nauru was held at the 2nd meeting, on 2 May 2023.
 II. Conclusions and/or recommendations
111. The following recommendations will be examined by Nauru, which will provide
responses in due time, but no later than the fifty-fourth session of the Human Rights
Council:
     111.1   Ratify the International Covenant on Civil and Political Rights¹ (Netherlands
     (Kingdom of the));
     111.2   Consider ratifying the Convention against Torture (Iran (Islamic Republic of),
     Bolivia (Plurinational State of));
     111.3   Accede to the Convention on the Rights of Persons with Disabilities (Antigua and
     Barbuda, Trinidad and Tobago);
     111.4   Establish a national human rights institution in line with the Paris Principles
     (Chile and Mexico);
     111.5   Criminalize domestic violence. Ensure access to shelters for victims (Fiji);
     Adopt a national action plan on gender equality (Saint Vincent and the Grenadines);
     111.6   Address the impact of climate change on the right to health (Timor-Leste);

 ¹ A footnote that is not a recommendation.""",
    """     111.7   Continue efforts to combat violence against women and girls, including
     through legislation and awareness-raising campaigns (Côte d’Ivoire);
     111.8   Strengthen the protection of asylum seekers and refugees, in accordance with
     international standards (Republic of Moldova, North Macedonia, Lao People's
     Democratic Republic);
112. All conclusions and/or recommendations contained in the present report reflect the
position of the submitting State(s) and/or the State under review.""",
]
NAURU_2023 = pdf_like("A/HRC/54/11", NAURU_2023_PAGES, job_number="GE.23-11111")


def test_cycle4_identity_and_positions() -> None:
    document = parse_working_group_report(NAURU_2023)
    assert document.identity.session == 43 and document.identity.cycle == 4
    assert document.identity.state_name == "Nauru"
    assert document.identity.symbol == "A/HRC/54/11"
    assert [r.label for r in document.recommendations] == [f"111.{n}" for n in range(1, 9)]
    assert {r.position for r in document.recommendations} == {"pending"}
    assert document.problems == []


def test_cycle4_nested_and_compound_state_names() -> None:
    found = by_label(parse_working_group_report(NAURU_2023))
    assert found["111.1"].recommending_states == ("Netherlands (Kingdom of the)",)
    assert found["111.1"].text == "Ratify the International Covenant on Civil and Political Rights"
    assert found["111.2"].recommending_states == ("Iran (Islamic Republic of)", "Bolivia (Plurinational State of)")
    assert found["111.2"].text == "Consider ratifying the Convention against Torture"
    assert found["111.3"].recommending_states == ("Antigua and Barbuda", "Trinidad and Tobago")
    assert found["111.4"].recommending_states == ("Chile", "Mexico")
    assert found["111.5"].recommending_states == ("Fiji", "Saint Vincent and the Grenadines")
    assert found["111.5"].text == ("Criminalize domestic violence. Ensure access to shelters for victims (Fiji); "
                                   "Adopt a national action plan on gender equality")
    assert found["111.7"].recommending_states == ("Côte d’Ivoire",)
    assert found["111.8"].recommending_states == ("Republic of Moldova", "North Macedonia",
                                                  "Lao People's Democratic Republic")


def test_cycle4_footnote_and_page_break() -> None:
    found = by_label(parse_working_group_report(NAURU_2023))
    assert found["111.6"].text == "Address the impact of climate change on the right to health"
    assert found["111.7"].text == ("Continue efforts to combat violence against women and girls, including through "
                                   "legislation and awareness-raising campaigns")
    assert found["111.7"].line == line_of(NAURU_2023, "111.7")


def test_a_line_that_looks_like_a_footnote_but_has_labels_after_it_is_kept() -> None:
    page = "\n".join(["II. Conclusions and/or recommendations",
                      "95. The following recommendations enjoy the support of Fiji:",
                      "95.1 Ratify the Convention on the Rights of Persons with Disabilities and the",
                      "", "2 Optional Protocols to the Convention on the Rights of the Child (Peru);2",
                      "95.2 Adopt a law (Chile);"])
    found = by_label(parse_working_group_report(page + "\n\f\n"))
    assert found["95.1"].text.endswith("and the 2 Optional Protocols to the Convention on the Rights of the Child")
    assert found["95.2"].recommending_states == ("Chile",)


# ============================================================================================
# The intro sentences and their positions


@pytest.mark.parametrize("introduction, expected", [
    ("The recommendations formulated during the interactive dialogue and listed below enjoy the support of Kazakhstan:",
     ("supported", False)),
    ("The following recommendations have been examined by Benin and enjoy its support:", ("supported", False)),
    ("The following recommendations have been examined by Benin and have been noted by Benin:", ("noted", False)),
    ("The following recommendations did not enjoy the support of Mauritania:", ("noted", False)),
    ("The following recommendations were rejected by the State under review:", ("noted", False)),
    (("The following recommendations will be examined by China, which will provide responses in due time, but no "
      "later than the twenty-fifth session of the Human Rights Council in March 2014:"), ("pending", False)),
    ("The following recommendations will be examined by Kazakhstan, which will provide responses in due course",
     ("pending", False)),
    (("The following recommendations enjoy the support of X, which considers that they are already implemented or "
      "in the process of implementation:"), ("supported", True)),
    ("The following recommendations are accepted by Y:", ("supported", False)),
    ("The delegation thanked all delegations.", (None, False)),
])
def test_list_position(introduction: str, expected: tuple[str | None, bool]) -> None:
    position, implemented = list_position(introduction)
    assert (position.value if position else None, implemented) == expected


# ============================================================================================
# Recommending States


@pytest.mark.parametrize("written, expected", [
    ("Mexico", ("Mexico",)),
    ("Mexico, Brazil", ("Mexico", "Brazil")),
    ("Mexico and Brazil", ("Mexico", "Brazil")),
    ("Mexico, Brazil and Chile", ("Mexico", "Brazil", "Chile")),
    ("Mexico, Brazil, and Chile", ("Mexico", "Brazil", "Chile")),
    ("Slovenia; Spain", ("Slovenia", "Spain")),
    ("United Kingdom of Great Britain and Northern Ireland", ("United Kingdom of Great Britain and Northern Ireland",)),
    ("Bosnia and Herzegovina", ("Bosnia and Herzegovina",)),
    ("Trinidad and Tobago", ("Trinidad and Tobago",)),
    ("Saint Vincent and the Grenadines", ("Saint Vincent and the Grenadines",)),
    ("Antigua and Barbuda", ("Antigua and Barbuda",)),
    ("Sao Tome and Principe", ("Sao Tome and Principe",)),
    ("Saint Kitts and Nevis", ("Saint Kitts and Nevis",)),
    ("Trinidad and Tobago and Mexico", ("Trinidad and Tobago", "Mexico")),
    ("Chile, Bosnia and Herzegovina and Norway", ("Chile", "Bosnia and Herzegovina", "Norway")),
    ("the United Kingdom of Great Britain and Northern Ireland and the Netherlands",
     ("the United Kingdom of Great Britain and Northern Ireland", "the Netherlands")),
    ("Iran (Islamic Republic of), Venezuela (Bolivarian Republic of)",
     ("Iran (Islamic Republic of)", "Venezuela (Bolivarian Republic of)")),
    ("Heard Island and McDonald Islands", ("Heard Island and McDonald Islands",)),   # not States: not split
    ("Mexico and Narnia", ("Mexico and Narnia",)),                                   # one side unknown: not split
    ("  Costa   Rica ", ("Costa Rica",)),
])
def test_split_recommending_states(written: str, expected: tuple[str, ...]) -> None:
    assert split_recommending_states(written) == expected


def test_attribution_ignores_parentheses_that_are_not_states() -> None:
    attribution = read_attribution("Ratify the Optional Protocol (OP-CAT) and cooperate with the World Health "
                                   "Organization (WHO) (Denmark);")
    assert attribution.states == ("Denmark",)
    assert attribution.text == ("Ratify the Optional Protocol (OP-CAT) and cooperate with the World Health "
                                "Organization (WHO)")
    assert read_attribution("Review the Commission (ombudsperson) (Ireland).").states == ("Ireland",)


def test_attribution_footnote_markers_are_dropped() -> None:
    assert read_attribution("Combat stigma (Slovenia);2").text == "Combat stigma"
    assert read_attribution("Combat stigma (Slovenia);2").states == ("Slovenia",)


# ============================================================================================
# Identity details


@pytest.mark.parametrize("wording, number", [
    ("first", 1), ("seventh", 7), ("twelfth", 12), ("nineteenth", 19), ("twentieth", 20),
    ("twenty-first", 21), ("Thirty-Fourth", 34), ("forty second", 42), ("fortieth", 40),
    ("fiftieth", 50), ("fifty-first", 51), ("ninety-ninth", 99), ("12th", 12), ("42nd", 42), ("3rd", 3),
    ("bogus", None), ("twenty", None),
])
def test_ordinal_number(wording: str, number: int | None) -> None:
    assert ordinal_number(wording) == number


def test_a_state_under_review_whose_name_wraps() -> None:
    text = ("Report of the Working Group on the Universal Periodic Review*\n\n"
            "United Kingdom of Great Britain and\nNorthern Ireland\n\n"
            "1. The Working Group held its forty-first session from 7 to 18 November 2022.\n")
    identity = parse_working_group_report(text).identity
    assert identity.state_name == "United Kingdom of Great Britain and Northern Ireland"
    assert identity.session == 41 and identity.cycle == 4  # the fourth cycle began with the 41st session


def test_unknown_identity_is_none() -> None:
    document = parse_working_group_report("Some notes about a meeting.\nNothing here.\n")
    identity = document.identity
    assert (identity.symbol, identity.state_name, identity.session, identity.cycle, identity.issued_on,
            identity.title) == (None, None, None, None, None, None)
    assert document.recommendations == []
    assert [p.kind for p in document.problems] == [ProblemKind.UNREADABLE]
    assert "no 'Conclusions and/or recommendations' section" in document.problems[0].message


# ============================================================================================
# What cannot be read is reported, never dropped


def _report(*items: str, introduction: str = "The following recommendations enjoy the support of Fiji:") -> str:
    return "\n".join(["II. Conclusions and/or recommendations", f"95. {introduction}", *items,
                      "96. All conclusions and/or recommendations contained in the present report reflect…"]) + "\n"


def test_a_recommendation_without_recommending_state_is_kept_and_reported() -> None:
    text = _report("95.1 Ratify the Convention against Torture (France);",
                   "95.2 Ratify the Convention on the Rights of the Child;",
                   "95.3 Adopt a law (Chile;",
                   "95.4 Adopt a plan (Peru).")
    document = parse_working_group_report(text)
    assert [r.label for r in document.recommendations] == ["95.1", "95.2", "95.3", "95.4"]
    found = by_label(document)
    assert found["95.2"].text == "Ratify the Convention on the Rights of the Child"
    assert found["95.2"].recommending_states == ()
    assert found["95.3"].text == "Adopt a law (Chile"
    assert found["95.3"].recommending_states == ()
    unreadable = [p for p in document.problems if p.kind is ProblemKind.UNREADABLE]
    assert [(p.labels, p.line) for p in unreadable] == [(("95.2",), 4), (("95.3",), 5)]
    assert unreadable[0].excerpt == "Ratify the Convention on the Rights of the Child;"
    assert "no recommending State" in unreadable[0].message


def test_a_gap_in_the_numbering_is_reported() -> None:
    text = _report(*[f"95.{n} Do thing number {n} (Fiji);" for n in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14)])
    document = parse_working_group_report(text)
    assert [r.label for r in document.recommendations][-3:] == ["95.11", "95.13", "95.14"]
    [gap] = document.problems
    assert gap.kind is ProblemKind.UNREADABLE
    assert gap.labels == ("95.12",)
    assert gap.line == line_of(text, "95.13")
    assert gap.excerpt == "95.13 Do thing number 13 (Fiji);"
    assert "95.11 is followed by 95.13" in gap.message


def test_a_gap_in_cycle_1_numbering_is_reported() -> None:
    document = parse_working_group_report(_report("1. Do one (Fiji);", "2. Do two (Peru);", "5. Do five (Chile);"))
    assert [r.label for r in document.recommendations] == ["95.1", "95.2", "95.5"]
    [gap] = document.problems
    assert gap.labels == ("95.3", "95.4")
    assert "95.3 to 95.4" in gap.message


def test_an_out_of_sequence_label_is_kept_as_text_and_reported() -> None:
    document = parse_working_group_report(_report("95.1 Do one (Fiji);", "95.2 Do two (Peru);", "95.1 Do again (Chile);"))
    assert [r.label for r in document.recommendations] == ["95.1", "95.2"]
    assert by_label(document)["95.2"].text == "Do two (Peru); 95.1 Do again"
    assert by_label(document)["95.2"].recommending_states == ("Peru", "Chile")
    [problem] = document.problems
    assert problem.labels == ("95.2",) and problem.line == 5 and "out of sequence" in problem.message


def test_an_unrecognised_state_is_kept_and_reported() -> None:
    document = parse_working_group_report(_report("95.1 Ratify the Convention (Sierra Le one);"))
    assert document.recommendations[0].recommending_states == ("Sierra Le one",)
    [problem] = document.problems
    assert problem.kind is ProblemKind.UNREADABLE and "'Sierra Le one'" in problem.message


def test_a_list_without_a_position_is_reported() -> None:
    document = parse_working_group_report(_report("95.1 Do one (Fiji);", introduction="The following recommendations:"))
    assert document.recommendations[0].position is None
    [problem] = document.problems
    assert problem.kind is ProblemKind.UNCLEAR_POSITION and problem.labels == ("95.1",)


def test_an_announced_list_without_items_is_reported() -> None:
    document = parse_working_group_report(_report("The list was lost in extraction.",
                                                  introduction="The following recommendations enjoy support:"))
    assert document.recommendations == []
    [problem] = document.problems
    assert problem.kind is ProblemKind.UNREADABLE and "no numbered recommendation" in problem.message


def test_implemented_references_to_unknown_labels_are_reported() -> None:
    text = "\n".join(["II. Conclusions and/or recommendations",
                      "95. The following recommendations enjoy the support of Fiji:",
                      "1. Do one (Peru);", "2. Do two (Chile);", "3. Do three (Spain);",
                      "96. Fiji considers that recommendations 1, 3 and 7 above are already implemented.",
                      "97. All conclusions and/or recommendations…"])
    document = parse_working_group_report(text)
    assert [r.considered_implemented for r in document.recommendations] == [True, False, True]
    [problem] = document.problems
    assert problem.kind is ProblemKind.UNKNOWN_LABEL and problem.labels == ("95.7",) and problem.line == 6


def test_implemented_references_with_full_labels_and_ranges() -> None:
    items = [f"95.{n} Do thing {n} (Fiji);" for n in range(1, 11)]
    text = _report(*items).replace(
        "96. All conclusions",
        "96. Fiji considers that recommendations 95.2, 95.4 to 95.6 and 95.9-95.10 have already been implemented.\n"
        "97. All conclusions")
    document = parse_working_group_report(text)
    assert [r.label for r in document.recommendations if r.considered_implemented] == \
           ["95.2", "95.4", "95.5", "95.6", "95.9", "95.10"]
    assert document.problems == []


def test_text_before_the_first_paragraph_is_reported() -> None:
    text = "II. Conclusions and/or recommendations\nA stray line.\n95. The following recommendations enjoy the " \
           "support of Fiji:\n95.1 Do one (Peru);\n"
    document = parse_working_group_report(text)
    assert [r.label for r in document.recommendations] == ["95.1"]
    [problem] = document.problems
    assert problem.line == 2 and problem.excerpt == "A stray line."


def test_a_whole_list_on_one_line_is_split_at_its_labels() -> None:
    text = ("II. Conclusions and/or recommendations\n"
            "115. The following recommendations will be examined by Fiji: 115.1 Ratify the ICCPR (France); "
            "115.2 Adopt a law on domestic violence (Chile, Peru); 115.3 Abolish the death penalty (Spain).\n"
            "116. All conclusions and/or recommendations…\n")
    document = parse_working_group_report(text)
    assert [(r.label, r.text, r.recommending_states, r.line) for r in document.recommendations] == [
        ("115.1", "Ratify the ICCPR", ("France",), 2),
        ("115.2", "Adopt a law on domestic violence", ("Chile", "Peru"), 2),
        ("115.3", "Abolish the death penalty", ("Spain",), 2),
    ]


def test_without_a_heading_the_first_list_introduction_starts_the_section() -> None:
    text = ("1. The Working Group held its seventh session from 8 to 19 February 2010.\n"
            "2. Recommendations were made.\n"
            "95. The recommendations formulated during the interactive dialogue and listed\n"
            "below enjoy the support of Fiji:\n"
            "1. Do one (Peru);\n2. Do two (Chile).\n")
    document = parse_working_group_report(text)
    assert [(r.label, r.position) for r in document.recommendations] == [("95.1", "supported"), ("95.2", "supported")]


# ============================================================================================
# Scale


def test_five_hundred_recommendations_parse_well_under_a_second() -> None:
    states = ["France", "Chile", "Bosnia and Herzegovina", "Iran (Islamic Republic of)",
              "United Kingdom of Great Britain and Northern Ireland", "Mexico, Brazil and Peru"]
    pages, page = [], []
    for number in range(1, 501):
        page.append(f"     111.{number}   Take further measures to strengthen the protection of human rights "
                    f"defenders and\n     journalists, in line with international standards, and to ensure "
                    f"accountability\n     for attacks against them, number {number} ({states[number % len(states)]});")
        if len(page) == 12:
            pages.append("\n".join(page))
            page = []
    pages.append("\n".join(page))
    pages[0] = ("1. The Working Group held its forty-fifth session from 22 January to 2 February 2024.\n"
                "II. Conclusions and/or recommendations\n"
                "111. The following recommendations will be examined by Fiji, which will provide responses in due "
                "time:\n" + pages[0])
    text = pdf_like("A/HRC/56/9", pages, job_number="GE.24-00001")
    started = time.perf_counter()
    document = parse_working_group_report(text)
    elapsed = time.perf_counter() - started
    assert len(document.recommendations) == 500
    assert document.problems == []
    assert by_label(document)["111.500"].recommending_states == ("Bosnia and Herzegovina",)
    assert by_label(document)["111.3"].recommending_states == ("Iran (Islamic Republic of)",)
    assert by_label(document)["111.5"].recommending_states == ("Mexico", "Brazil", "Peru")
    assert elapsed < 0.5
