"""The parser of a State's addendum, on the real Kazakhstan sample and on synthetic texts of every
shape met in UN addenda (cycles 1–4): table without layout, table with layout, prose under
headings, mixed "Rec. 18 — …" entries; and every problem the parser reports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pytest

from tests.sample_paths import (
    KAZAKHSTAN_ADDENDUM_TXT,
    KAZAKHSTAN_WG_REPORT_TXT,
    UPRINFO_CSV,
)
from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.parsed import ParsedDocument, ProblemKind

SUPPORTED, NOTED, PARTIAL, PENDING = "supported", "noted", "partially_supported", "pending"


# --- helpers --------------------------------------------------------------------------------------


def wg_report_paragraph(paragraph: str, opening: str, closing: str) -> dict[str, str]:
    """The recommendations of one paragraph of the Kazakhstan Working Group report, by full label.

    In the text file each item is a line "N. " followed by its text; the section runs from the
    paragraph's chapeau to `closing`. (A deliberately small reader: the real one is wg_report.py.)
    """
    text = KAZAKHSTAN_WG_REPORT_TXT.read_text(encoding="utf-8")
    start = text.index(opening)
    section = text[start:text.index(closing, start)].split("\n", 1)[1]
    items = re.findall(r"^(\d{1,3})\.\s*\n(.*?)(?=^\d{1,3}\.\s*$|\Z)", section, re.MULTILINE | re.DOTALL)
    return {f"{paragraph}.{number}": " ".join(body.split()) for number, body in items if body.strip()}


def kazakhstan_97() -> dict[str, str]:
    return wg_report_paragraph("97", "The following recommendations will be examined by Kazakhstan", "98. All conclusions")


def kazakhstan_95() -> dict[str, str]:
    return wg_report_paragraph("95", "listed below enjoy the support of Kazakhstan",
                               "Kazakhstan considers that recommendations Nos.")


def positions(document: ParsedDocument) -> dict[str, tuple[str | None, bool]]:
    """label → (position, considered implemented), failing on a label answered twice."""
    table: dict[str, tuple[str | None, bool]] = {}
    for response in document.responses:
        for label in response.labels:
            assert label not in table, f"{label} answered twice"
            table[label] = (response.position, response.considered_implemented)
    return table


def response_for(document: ParsedDocument, label: str):
    [response] = [r for r in document.responses if label in r.labels]
    return response


def problems_of(document: ParsedDocument, kind: ProblemKind):
    return [p for p in document.problems if p.kind is kind]


def kinds(document: ParsedDocument) -> list[ProblemKind]:
    return sorted(p.kind for p in document.problems)


# --- the real sample: A/HRC/14/10/Add.1, Kazakhstan, 2010 --------------------------------------------

# Derived by reading the extracted text line by line (resources/demo/…_positions.txt).
KAZAKHSTAN_EXPECTED: dict[str, tuple[str, bool]] = {
    "97.1": (NOTED, False),      # line 16 "Kazakhstan therefore does not accept the recommendation."
    "97.2": (NOTED, False),      # line 24 "Accordingly, Kazakhstan does not accept the recommendation."
    # 97.3 (Slovenia: Rome Statute and Second Optional Protocol): "cannot be accepted until all the
    # branches of power have agreed…" is a refusal for now; "the issue of ratification is under
    # consideration" speaks of the domestic process, not of the recommendation. The addendum is the
    # State's definitive answer, so noted (UPR Info also records Noted). Doubt: the reply speaks only
    # of the Rome Statute; the text numbered 17 below (Second Optional Protocol, "accepted") might in
    # the original table continue this answer, which would make 3 partial. The document puts "17"
    # before it, so we follow the document.
    "97.3": (NOTED, False),
    "97.4": (NOTED, False),      # line 43 "We believe that the recommendation may be rejected."
    "97.5": (SUPPORTED, True),   # lines 51–52 "5 6", standing invitation: "These recommendations have
    "97.6": (SUPPORTED, True),   # thus already been implemented"
    "97.7": (SUPPORTED, True),   # line 78 "we consider that the recommendation has been implemented"
    # 97.8: "accepted insofar as it relates to the enhancement of organizational and practical
    # measures" accepts a part of the recommendation (review laws and enact comprehensive laws).
    "97.8": (PARTIAL, False),
    "97.9": (SUPPORTED, True),   # line 99 "The recommendation has been implemented."
    "97.10": (NOTED, False),     # lines 118–119 "10 19" (both on registering religious groups):
    "97.19": (NOTED, False),     # "The recommendation is not accepted."
    # Lines 135–145: the numbers 11 13 20–26, a blank line, then 12, then ONE text that first
    # accepts ("The recommendation is accepted.", line 147: defamation, freedom of expression) and
    # then refuses "the recommendation concerning the revision of the law" (line 167: the Law on
    # Information and Communication Networks, which is 97.12's subject). Two rows ran together. The
    # parser splits the text at line 158 ("The law adopted on 10 July 2009…") by word overlap and
    # says so (SUGGESTION_APPLIED).
    **{f"97.{n}": (SUPPORTED, False) for n in (11, 13, 20, 21, 22, 23, 24, 25, 26)},
    "97.12": (NOTED, False),
    "97.14": (SUPPORTED, False),  # line 173
    "97.15": (SUPPORTED, False),  # line 179
    # 97.16 and 97.18 (death penalty, moratorium): their numbers are lost; line 186 starts a new
    # answer "Kazakhstan accepts these recommendations." (plural, after the answer to 15, which is
    # singular), about the death penalty. 16 and 18 are the only labels left unanswered and both
    # match its words: applied, and said (SUGGESTION_APPLIED).
    "97.16": (SUPPORTED, False),
    "97.18": (SUPPORTED, False),
    "97.17": (SUPPORTED, False),  # line 33 "17", line 35 "The recommendation is accepted." (Second Optional Protocol)
}


@pytest.fixture(scope="module")
def kazakhstan() -> ParsedDocument:
    return parse_addendum(KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8"), known_recommendations=kazakhstan_97())


def test_the_helper_reads_the_26_recommendations_of_paragraph_97_and_the_102_of_paragraph_95() -> None:
    paragraph_97 = kazakhstan_97()
    assert list(paragraph_97) == [f"97.{n}" for n in range(1, 27)]
    assert paragraph_97["97.12"].startswith("To revise the amendment to the Law on Information and Communication")
    assert paragraph_97["97.10"].endswith("registration of religious entities (Mexico);")  # across a page break
    assert list(kazakhstan_95()) == [f"95.{n}" for n in range(1, 103)]


def test_kazakhstan_identity(kazakhstan: ParsedDocument) -> None:
    identity = kazakhstan.identity
    assert kazakhstan.kind == "addendum"
    assert identity.state_name == "Kazakhstan"
    assert identity.symbol is None     # the extracted text does not carry its symbol
    assert identity.issued_on is None  # nor its date ("1 December 2004" in the text is no issue date)
    assert identity.title == (
        "Position of Kazakhstan on the 26 recommendations made by delegations participating in the universal "
        "periodic review (on which Kazakhstan had reserved its position)"
    )


def test_kazakhstan_every_label_gets_the_position_read_by_hand(kazakhstan: ParsedDocument) -> None:
    assert positions(kazakhstan) == KAZAKHSTAN_EXPECTED


def test_kazakhstan_groups_and_deciding_sentences(kazakhstan: ParsedDocument) -> None:
    groups = [response.labels for response in kazakhstan.responses]
    assert groups == [
        ("97.1",), ("97.2",), ("97.3",), ("97.17",), ("97.4",), ("97.5", "97.6"), ("97.7",), ("97.8",), ("97.9",),
        ("97.10", "97.19"), tuple(f"97.{n}" for n in (11, 13, 20, 21, 22, 23, 24, 25, 26)), ("97.12",),
        ("97.14",), ("97.15",), ("97.16", "97.18"),
    ]
    assert response_for(kazakhstan, "97.4").deciding_sentence == "We believe that the recommendation may be rejected."
    assert response_for(kazakhstan, "97.5").deciding_sentence == (
        "These recommendations have thus already been implemented by Kazakhstan, and it has officially invited all "
        "the special rapporteurs to visit the country to assess the fulfilment of its obligations whenever they so wish."
    )
    assert response_for(kazakhstan, "97.12").deciding_sentence == (
        "Kazakhstan therefore does not accept the recommendation concerning the revision of the law, since no "
        "amendments of the type described are envisaged in the text."
    )
    assert response_for(kazakhstan, "97.10").line == 118


def test_kazakhstan_doubtful_answers_have_lower_confidence(kazakhstan: ParsedDocument) -> None:
    assert response_for(kazakhstan, "97.3").confidence < 0.9   # "cannot be accepted until…" beside "under consideration"
    assert response_for(kazakhstan, "97.4").confidence < 0.9   # "We believe … may be rejected"
    assert response_for(kazakhstan, "97.1").confidence >= 0.9


def test_kazakhstan_texts_are_cut_where_the_answers_change(kazakhstan: ParsedDocument) -> None:
    accepted = response_for(kazakhstan, "97.11").text
    refused = response_for(kazakhstan, "97.12").text
    assert accepted.startswith("The recommendation is accepted.\nThe current Constitution")
    assert accepted.endswith("with a view to the implementation of the National Plan.")
    assert refused.startswith("The law adopted on 10 July 2009")
    assert refused.endswith("since no amendments of the type described are envisaged in the text.")
    assert "death penalty" not in response_for(kazakhstan, "97.15").text
    assert response_for(kazakhstan, "97.16").text.startswith("Kazakhstan accepts these recommendations.")
    assert response_for(kazakhstan, "97.16").text.endswith("National Plan of Action on Human Rights for 2009–2012.")


def test_kazakhstan_page_furniture_stays_out_of_the_texts(kazakhstan: ParsedDocument) -> None:
    for response in kazakhstan.responses:
        assert "Position of the Kazakh authorities" not in response.text
        assert "No. of" not in response.text


def test_kazakhstan_repairs_are_flagged_and_nothing_else(kazakhstan: ParsedDocument) -> None:
    assert kinds(kazakhstan) == [ProblemKind.SUGGESTION_APPLIED, ProblemKind.SUGGESTION_APPLIED]
    split, orphan = kazakhstan.problems
    assert split.line == 158
    assert split.labels == tuple(f"97.{n}" for n in (11, 13, 20, 21, 22, 23, 24, 25, 26, 12))
    assert "split at line 158" in split.message and "97.12: Noted" in split.message
    assert split.excerpt.startswith("The law adopted on 10 July 2009")
    assert orphan.line == 186
    assert orphan.labels == ("97.16", "97.18")
    assert "lost its numbers" in orphan.message


def test_kazakhstan_reads_the_same_with_page_furniture_as_pypdf_leaves_it() -> None:
    """Job numbers, form feeds, running symbols and page numbers at the page breaks change nothing."""
    lines = KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8").split("\n")
    with_furniture: list[str] = []
    for number, line in enumerate(lines, 1):
        if number in (63, 118, 177, 186):  # where the pages of the original break
            with_furniture += ["", "GE.10-14134", "\f", "A/HRC/14/10/Add.1", "", str(len(with_furniture) % 7 + 2), ""]
        with_furniture.append(line)
    document = parse_addendum("\n".join(with_furniture), known_recommendations=kazakhstan_97())
    assert positions(document) == KAZAKHSTAN_EXPECTED
    assert kinds(document) == [ProblemKind.SUGGESTION_APPLIED, ProblemKind.SUGGESTION_APPLIED]
    assert document.identity.symbol == "A/HRC/14/10/Add.1"  # from the running header


def test_kazakhstan_agrees_with_the_uprinfo_database(kazakhstan: ParsedDocument) -> None:
    """An independent reading: UPR Info records Accepted/Noted for each of the 26 (it has no
    "partially"; 97.8 is Accepted there)."""
    raw = UPRINFO_CSV.read_bytes().decode("mac_roman").replace("\r", "\n")
    responses = {
        _text_key(row["Text"]): row["Response"]
        for row in csv.DictReader(io.StringIO(raw)) if row["To"] == "Kazakhstan"
    }
    as_uprinfo = {SUPPORTED: "Accepted", PARTIAL: "Accepted", NOTED: "Noted"}
    ours = positions(kazakhstan)
    for label, text in kazakhstan_97().items():
        assert responses[_text_key(text)] == as_uprinfo[ours[label][0]], label


def _text_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", re.sub(r"^to\s+", "", text.strip(), flags=re.IGNORECASE).lower())[:40]


def test_kazakhstan_without_the_report_flags_instead_of_guessing() -> None:
    document = parse_addendum(KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8"))
    table = positions(document)
    assert table["1"] == (NOTED, False) and table["17"] == (SUPPORTED, False) and table["8"] == (PARTIAL, False)
    # The run-together answer: no report to tell which group is which, so no position for either.
    for label in ("11", "12", "13", "20", "26"):
        assert table[label] == (None, False)
    [merged] = problems_of(document, ProblemKind.MERGED_GROUPS)
    assert merged.line == 135 and "11, 13, 20–26" in merged.message and "12 noted" in merged.message
    [orphan] = problems_of(document, ProblemKind.ORPHAN_TEXT)
    assert orphan.line == 186 and orphan.labels == ()
    assert orphan.excerpt.startswith("Kazakhstan accepts these recommendations.")
    # The title says 26 recommendations: 16 and 18 are missing.
    assert [p.labels for p in problems_of(document, ProblemKind.NO_RESPONSE)] == [("16",), ("18",)]
    assert "16" not in table and "18" not in table


def test_kazakhstan_with_paragraphs_95_and_97_known_finds_paragraph_97_by_the_count_in_the_title() -> None:
    known = kazakhstan_95() | kazakhstan_97()  # bare numbers 1–26 exist in both paragraphs
    document = parse_addendum(KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8"), known_recommendations=known)
    assert positions(document) == KAZAKHSTAN_EXPECTED
    assert not problems_of(document, ProblemKind.NO_RESPONSE)  # nothing of paragraph 95 is expected here
    assert not problems_of(document, ProblemKind.UNKNOWN_LABEL)


# --- a table extracted WITH layout (cycle 1, bare numbers) -------------------------------------------

LAYOUT_KNOWN = {
    "89.1": "To consider ratifying the Optional Protocol to the Convention against Torture (Denmark);",
    "89.2": "To abolish the death penalty and commute all death sentences (Italy);",
    "89.3": "To issue a standing invitation to all special procedures (Latvia);",
    "89.4": "To extend a standing invitation to the special procedures of the Human Rights Council (Brazil);",
    "89.5": "To decriminalize defamation and adopt a law on access to information (Norway);",
    "89.6": "To adopt a comprehensive law on domestic violence (Spain);",
    "89.7": "To establish a national human rights institution in line with the Paris Principles (Germany);",
    "89.8": "To protect domestic workers against violence in the home (Philippines);",
    "89.9": "To train judges and prosecutors on the Istanbul Protocol (Denmark);",
    "89.10": "To train police officers in the investigation of torture (Austria);",
    "89.11": "To ensure that training of law enforcement officials covers the prohibition of torture (Chile);",
}

LAYOUT = """\
                                                                   A/HRC/16/12/Add.1
United Nations
General Assembly                                                   Distr.: General
                                                                   2 March 2011

Human Rights Council
Sixteenth session
Agenda item 6
Universal periodic review

              Report of the Working Group on the Universal Periodic Review*

              Examplestan

              Addendum

              Views on conclusions and/or recommendations, voluntary commitments and
              replies presented by the State under review

 No. of recommendation    Position of the Government of Examplestan

 1                        Examplestan is studying the Optional Protocol with a view to its
                          ratification. The recommendation is under consideration.
 2                        The death penalty is provided for in article 15 of the Constitution. The
                          recommendation is not accepted.
 3, 4                     Examplestan issued a standing invitation to all special procedures in
                          March 2010. These recommendations have already been implemented.
 5                        The recommendation is accepted in part: the Law on Access to Information
                          was adopted on 17 May 2011, while defamation remains an offence under
                          article 129 of the Criminal Code, which
                          15 years of court practice have shown to be necessary.
GE.11-10234
\f
                                                                   A/HRC/16/12/Add.1
                                                                   2
 No. of recommendation    Position of the Government of Examplestan

 6 – 7                    The Government accepts these recommendations. A draft law on domestic
                          violence was submitted to Parliament in 2010, and the national human
                          rights institution will be accredited in 2011–2012.
 8                        See recommendation 6.
 9, 10,                   The recommendations are accepted. Examplestan will continue to train
 11                       judges, prosecutors and police officers on the Istanbul Protocol.
"""


def test_layout_table_identity() -> None:
    identity = parse_addendum(LAYOUT).identity
    assert identity.symbol == "A/HRC/16/12/Add.1"
    assert identity.state_name == "Examplestan"
    assert identity.issued_on == dt.date(2011, 3, 2)
    assert identity.title.startswith("Views on conclusions and/or recommendations")


def test_layout_table_positions_with_the_report() -> None:
    document = parse_addendum(LAYOUT, known_recommendations=LAYOUT_KNOWN)
    assert positions(document) == {
        "89.1": (PENDING, False),
        "89.2": (NOTED, False),
        "89.3": (SUPPORTED, True), "89.4": (SUPPORTED, True),
        "89.5": (PARTIAL, False),
        "89.6": (SUPPORTED, False), "89.7": (SUPPORTED, False),
        "89.8": (SUPPORTED, False),                                   # "See recommendation 6."
        "89.9": (SUPPORTED, False), "89.10": (SUPPORTED, False), "89.11": (SUPPORTED, False),  # wrapped column
    }
    assert document.problems == []


def test_layout_table_keeps_continuation_lines_and_drops_page_furniture() -> None:
    document = parse_addendum(LAYOUT)
    five = response_for(document, "5")
    assert five.text.endswith("which 15 years of court practice have shown to be necessary.")  # "15 years" is no label
    assert "GE.11" not in five.text and "A/HRC" not in five.text
    assert response_for(document, "6").text.startswith("The Government accepts these recommendations.")
    assert response_for(document, "8").deciding_sentence == "See recommendation 6."
    assert response_for(document, "2").deciding_sentence == "The recommendation is not accepted."
    assert response_for(document, "2").line == 24
    assert [r.labels for r in document.responses][-1] == ("9", "10", "11")


# --- a later-cycle table with layout: full labels and one-word positions -----------------------------

CYCLE3_TABLE = """\
Recommendation    Position    Comments
115.1             Supported
115.2             Noted       The Constitution reserves marriage to a man and a woman.
115.3-5           Supported   Already implemented through the Act of 2018.
115.6             Supported/Noted
115.7             Pending     The Government will give its answer at the fortieth session.
"""


def test_cycle3_table_with_full_labels_and_position_words() -> None:
    document = parse_addendum(CYCLE3_TABLE)
    assert positions(document) == {
        "115.1": (SUPPORTED, False),
        "115.2": (NOTED, False),
        "115.3": (SUPPORTED, False), "115.4": (SUPPORTED, False), "115.5": (SUPPORTED, False),
        "115.6": (PARTIAL, False),
        "115.7": (PENDING, False),
    }
    assert response_for(document, "115.2").deciding_sentence == "Noted"
    assert document.problems == []


# --- prose with position headings (cycle 2, full labels) ------------------------------------------------

HEADINGS = """\
                                                   A/HRC/23/10/Add.1
General Assembly                                   Distr.: General
                                                   4 June 2013
Human Rights Council
Twenty-third session
Agenda item 6
Universal periodic review
Report of the Working Group on the Universal Periodic Review*
Examplestan
Addendum
Views on conclusions and/or recommendations, voluntary commitments and
replies presented by the State under review

1. The Government of Examplestan has carefully examined the 15 recommendations
received during its second universal periodic review on 25 January 2013.
2. Its responses to the recommendations contained in paragraph 122 of the report
(A/HRC/23/10) are set out below.

Accepted recommendations
3. Examplestan accepts the following recommendations: 122.1–122.5, 122.8, 122.10-11
and 122.14.
4. Recommendations 122.6 and 122.7 are considered already implemented: the National
Plan of Action on Human Rights 2012–2016 covers both.

Recommendations that do not enjoy the support of Examplestan
5. The following recommendations do not enjoy the support of Examplestan:
122.9
122.12
6. Recommendation 122.13: the death penalty remains in the Criminal Code for the most
serious crimes. Examplestan takes note of this recommendation.

Recommendations accepted in part
7. Examplestan accepts recommendation 122.15 in so far as it concerns the ratification of
the Optional Protocol, but not the declaration under article 22.
"""

HEADINGS_KNOWN = {f"122.{n}": f"Recommendation number {n} of the second cycle (Somewhere);" for n in range(1, 16)}


def test_prose_with_headings() -> None:
    document = parse_addendum(HEADINGS, known_recommendations=HEADINGS_KNOWN)
    assert document.identity.state_name == "Examplestan"
    assert document.identity.issued_on == dt.date(2013, 6, 4)
    assert positions(document) == {
        **{label: (SUPPORTED, False) for label in ("122.1", "122.2", "122.3", "122.4", "122.5", "122.8",
                                                   "122.10", "122.11", "122.14")},
        "122.6": (SUPPORTED, True), "122.7": (SUPPORTED, True),
        "122.9": (NOTED, False), "122.12": (NOTED, False),   # listed under the lead-in, one a line
        "122.13": (NOTED, False),
        "122.15": (PARTIAL, False),
    }
    assert document.problems == []
    assert response_for(document, "122.9").deciding_sentence == (
        "5. The following recommendations do not enjoy the support of Examplestan:"[3:]
    )
    assert response_for(document, "122.9").paragraph == "5"
    assert response_for(document, "122.13").paragraph == "6"
    assert response_for(document, "122.13").deciding_sentence == "Examplestan takes note of this recommendation."


def test_a_heading_alone_sets_the_position_of_the_lists_under_it() -> None:
    text = """\
Supported recommendations

97.1, 97.3–97.5

Noted recommendations

97.2, 97.6
"""
    document = parse_addendum(text)
    assert positions(document) == {
        "97.1": (SUPPORTED, False), "97.3": (SUPPORTED, False), "97.4": (SUPPORTED, False), "97.5": (SUPPORTED, False),
        "97.2": (NOTED, False), "97.6": (NOTED, False),
    }
    assert response_for(document, "97.2").deciding_sentence == "Noted recommendations"


# --- mixed forms ----------------------------------------------------------------------------------------

MIXED = """\
Replies of Examplestan to the recommendations it had kept under consideration

Rec. 16 — we consider this implemented: the Refugees Act was adopted on 4 December 2009.
Rec. 17 — Accepted.
Recommendations 18 and 19 — Not accepted. Registration of religious associations remains
mandatory under the Law of 2011.
Recommendation 20: Examplestan supports the recommendation in principle.
Recommendation 21: see recommendation 20.
Examplestan accepts recommendation 22 and takes note of recommendation 23.
"""


def test_mixed_forms() -> None:
    document = parse_addendum(MIXED)
    assert document.identity.state_name == "Examplestan"
    assert positions(document) == {
        "16": (SUPPORTED, True),
        "17": (SUPPORTED, False),
        "18": (NOTED, False), "19": (NOTED, False),
        "20": (SUPPORTED, False),   # "in principle": supported, less sure
        "21": (SUPPORTED, False),   # "see recommendation 20"
        "22": (SUPPORTED, False),
        "23": (NOTED, False),
    }
    assert response_for(document, "16").text.startswith("we consider this implemented")
    assert response_for(document, "18").text.endswith("mandatory under the Law of 2011.")
    assert response_for(document, "20").confidence < 0.9
    assert document.problems == []


# --- every problem, on texts made for it --------------------------------------------------------------------

NO_LAYOUT_HEADER = "No. of\nrecommendation\n\nPosition of the Examplestan authorities\n\n"


def test_no_response_only_for_the_paragraph_the_addendum_answers() -> None:
    known = {"89.1": "To ratify the Convention (Chile);", "89.2": "To abolish the death penalty (Italy);",
             "90.1": "To adopt a law on domestic violence (Spain);", "90.2": "To ratify the Optional Protocol (Peru);",
             "90.3": "To protect journalists (Norway);"}
    text = "90.1     The recommendation is accepted.\n90.2     The recommendation is under consideration.\n"
    document = parse_addendum(text, known_recommendations=known)
    [missing] = problems_of(document, ProblemKind.NO_RESPONSE)
    assert missing.labels == ("90.3",)
    assert "90.3 got no response" in missing.message


def test_orphan_text_without_the_report() -> None:
    text = NO_LAYOUT_HEADER + """1

The recommendation is accepted. The Ombudsman Act was amended in 2011.
The recommendation is not accepted. Examplestan is not ready to ratify the
Convention at this stage.
"""
    document = parse_addendum(text)
    assert positions(document) == {"1": (SUPPORTED, False)}
    [orphan] = problems_of(document, ProblemKind.ORPHAN_TEXT)
    assert orphan.line == 9
    assert "no recommendation numbers" in orphan.message and "noted" in orphan.message
    assert orphan.excerpt.startswith("The recommendation is not accepted.")


ORPHAN_KNOWN = {
    "97.1": "To strengthen the Office of the Ombudsman (Poland);",
    "97.2": "To ratify the Convention on the Rights of Persons with Disabilities (Spain);",
    "97.3": "To ratify the Optional Protocol to the Convention on the Rights of Persons with Disabilities (Peru);",
    "97.4": "To abolish the death penalty (France);",
}


def test_an_orphan_that_fits_one_unanswered_label_is_placed_and_said() -> None:
    text = NO_LAYOUT_HEADER + """1

The recommendation is accepted. The Ombudsman Act was amended in 2011.

2
3

Examplestan accepts these recommendations: the Convention and its Optional Protocol
will be ratified in 2012.
The recommendation is not accepted. The death penalty is abolished only for
ordinary crimes.
"""
    document = parse_addendum(text, known_recommendations=ORPHAN_KNOWN)
    assert positions(document) == {"97.1": (SUPPORTED, False), "97.2": (SUPPORTED, False),
                                   "97.3": (SUPPORTED, False), "97.4": (NOTED, False)}
    [placed] = problems_of(document, ProblemKind.SUGGESTION_APPLIED)
    assert placed.labels == ("97.4",) and placed.line == 15
    assert not problems_of(document, ProblemKind.NO_RESPONSE)


def test_an_orphan_that_fits_several_labels_keeps_its_suggestion_in_the_message() -> None:
    text = NO_LAYOUT_HEADER + """1

The recommendation is accepted. The Ombudsman Act was amended in 2011.
The recommendation is not accepted. Examplestan will not ratify the Convention
on the Rights of Persons with Disabilities before 2015.
"""
    document = parse_addendum(text, known_recommendations=ORPHAN_KNOWN)
    [orphan] = problems_of(document, ProblemKind.ORPHAN_TEXT)
    assert orphan.labels == ("97.2", "97.3")        # "the recommendation": one of them, not both
    assert "may answer one of 97.2, 97.3" in orphan.message
    assert not problems_of(document, ProblemKind.SUGGESTION_APPLIED)
    assert [p.labels for p in problems_of(document, ProblemKind.NO_RESPONSE)] == [("97.2",), ("97.3",), ("97.4",)]


MERGED = NO_LAYOUT_HEADER + """14
15

The recommendation is accepted. A draft law on peaceful assemblies will be submitted
to Parliament in 2011.
The recommendation is not accepted. The Law on the Mass Media already guarantees the
independence of broadcasters.
"""

MERGED_KNOWN = {
    "97.14": "To draft and implement the new law on the right to peaceful assembly (Sweden);",
    "97.15": "To reform the Law on the Mass Media to ensure the independence of broadcasters (Japan);",
}


def test_merged_groups_without_the_report_are_flagged_with_no_position() -> None:
    document = parse_addendum(MERGED)
    assert positions(document) == {"14": (None, False), "15": (None, False)}
    [merged] = problems_of(document, ProblemKind.MERGED_GROUPS)
    assert merged.labels == ("14", "15")
    assert "14: Supported (line 9); 15: Noted (line 11)" in merged.message
    assert not problems_of(document, ProblemKind.UNCLEAR_POSITION)  # one problem, of the right kind


def test_merged_groups_are_shared_out_when_the_report_confirms_the_order() -> None:
    document = parse_addendum(MERGED, known_recommendations=MERGED_KNOWN)
    assert positions(document) == {"97.14": (SUPPORTED, False), "97.15": (NOTED, False)}
    [applied] = problems_of(document, ProblemKind.SUGGESTION_APPLIED)
    assert applied.labels == ("97.14", "97.15")
    assert response_for(document, "97.15").text.startswith("The recommendation is not accepted.")


def test_merged_groups_are_not_shared_out_when_the_words_contradict_the_order() -> None:
    swapped = {"97.14": MERGED_KNOWN["97.15"], "97.15": MERGED_KNOWN["97.14"]}
    document = parse_addendum(MERGED, known_recommendations=swapped)
    assert positions(document) == {"97.14": (None, False), "97.15": (None, False)}
    assert problems_of(document, ProblemKind.MERGED_GROUPS)


def test_one_text_that_accepts_and_refuses_after_two_groups_is_merged() -> None:
    text = NO_LAYOUT_HEADER + """3
4

5

The recommendation is accepted. Training on the Istanbul Protocol is given to all judges.
Examplestan therefore does not accept the recommendation concerning the death penalty.
"""
    document = parse_addendum(text)
    [merged] = problems_of(document, ProblemKind.MERGED_GROUPS)
    assert merged.labels == ("3", "4", "5")
    assert "3, 4 would be supported and 5 noted" in merged.message
    assert positions(document) == {"3": (None, False), "4": (None, False), "5": (None, False)}


def test_a_column_of_numbers_run_together_with_fewer_answers_than_numbers_is_not_shared_out() -> None:
    text = NO_LAYOUT_HEADER + """1
2
3

The recommendation is accepted. The Ombudsman Act was amended in 2011.
The recommendation is not accepted. The death penalty remains for acts of terrorism.
"""
    document = parse_addendum(text)
    assert positions(document) == {"1": (None, False), "2": (None, False), "3": (None, False)}
    [merged] = problems_of(document, ProblemKind.MERGED_GROUPS)
    assert merged.labels == ("1", "2", "3")
    assert "2 answers follow the numbers 1–3" in merged.message


def test_run_together_answers_that_agree_keep_their_common_position() -> None:
    text = NO_LAYOUT_HEADER + """1
2
3

The recommendation is accepted. The Ombudsman Act was amended in 2011.
Examplestan accepts the recommendation concerning the death penalty, which has not been applied since 2003.
"""
    document = parse_addendum(text)
    assert positions(document) == {"1": (SUPPORTED, False), "2": (SUPPORTED, False), "3": (SUPPORTED, False)}
    [merged] = problems_of(document, ProblemKind.MERGED_GROUPS)
    assert "they all take the same position" in merged.message


def test_a_prose_paragraph_that_lost_its_numbers_is_an_orphan() -> None:
    text = """\
Accepted recommendations

5. Recommendations 97.3 and 97.4 are accepted.

6. Examplestan does not accept the recommendation: the death penalty remains for acts of terrorism.
"""
    document = parse_addendum(text)
    assert positions(document) == {"97.3": (SUPPORTED, False), "97.4": (SUPPORTED, False)}
    [orphan] = problems_of(document, ProblemKind.ORPHAN_TEXT)
    assert orphan.line == 5 and "noted" in orphan.message


def test_a_remark_after_a_bare_list_is_the_list_s_text_not_an_orphan() -> None:
    text = """\
Accepted recommendations

97.1, 97.2

Examplestan accepts these recommendations and will report on them at mid-term.
"""
    document = parse_addendum(text)
    assert positions(document) == {"97.1": (SUPPORTED, False), "97.2": (SUPPORTED, False)}
    assert response_for(document, "97.1").text.startswith("Examplestan accepts these recommendations")
    assert document.problems == []


def test_cross_references_are_followed_along_a_chain() -> None:
    text = "25    See recommendation 24.\n23    The recommendation is not accepted.\n24    See recommendation 23.\n"
    document = parse_addendum(text)
    assert positions(document) == {"23": (NOTED, False), "24": (NOTED, False), "25": (NOTED, False)}
    assert document.problems == []


def test_a_heading_that_says_implemented_marks_its_answers_implemented() -> None:
    text = """\
Recommendations considered already implemented

Recommendation 95.4: accepted. The Refugees Act of 4 December 2009 prohibits refoulement.
"""
    document = parse_addendum(text)
    assert positions(document) == {"95.4": (SUPPORTED, True)}


def test_a_label_answered_twice_differently_conflicts() -> None:
    text = """\
3        The recommendation is accepted.
4        The recommendation is accepted.
3        The recommendation is not accepted.
"""
    document = parse_addendum(text)
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("3",)
    assert "line 1: supported; line 3: noted" in conflict.message


def test_a_heading_and_its_text_that_disagree_conflict() -> None:
    text = """\
Accepted recommendations

Recommendation 97.7: Examplestan does not accept the recommendation.
"""
    document = parse_addendum(text)
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("97.7",)
    assert "contradicts its heading" in conflict.message and "Accepted recommendations" in conflict.message
    # The entry's own explicit position wins over the heading's (which is only a default).
    assert positions(document) == {"97.7": (NOTED, False)}
    assert response_for(document, "97.7").deciding_sentence == "Examplestan does not accept the recommendation."
    assert not problems_of(document, ProblemKind.UNCLEAR_POSITION)  # one problem, of the right kind


def test_unknown_labels() -> None:
    known = {f"97.{n}": f"Recommendation {n} (Chile);" for n in range(1, 4)}
    text = "1     The recommendation is accepted.\n27    The recommendation is accepted.\n98.2  Noted\n"
    document = parse_addendum(text, known_recommendations=known)
    unknown = problems_of(document, ProblemKind.UNKNOWN_LABEL)
    assert [p.labels for p in unknown] == [("27",), ("98.2",)]
    assert "not a recommendation of the Working Group report" in unknown[0].message
    assert positions(document)["97.1"] == (SUPPORTED, False)


def test_a_bare_number_that_two_paragraphs_could_own_is_kept_and_flagged() -> None:
    known = {"95.1": "To ratify the Convention (Chile);", "95.2": "To protect journalists (Norway);",
             "97.1": "To adopt a law on domestic violence (Spain);", "97.2": "To ratify the Protocol (Peru);"}
    document = parse_addendum("1     The recommendation is accepted.\n2     Noted\n", known_recommendations=known)
    assert positions(document) == {"1": (SUPPORTED, False), "2": (NOTED, False)}
    [ambiguous] = problems_of(document, ProblemKind.UNKNOWN_LABEL)
    assert ambiguous.labels == ("1", "2") and "paragraphs 95, 97" in ambiguous.message


def test_a_bare_number_is_mapped_by_word_overlap_when_the_paragraph_is_clear() -> None:
    known = {"95.1": "To ratify the Convention against Torture (Chile);",
             "95.2": "To protect journalists and media workers (Norway);",
             "97.1": "To adopt a law on domestic violence against women (Spain);",
             "97.2": "To abolish the death penalty in all circumstances (France);"}
    text = ("1     The recommendation is accepted: a law on domestic violence against women was adopted.\n"
            "2     The recommendation is not accepted: the death penalty remains for terrorism.\n")
    document = parse_addendum(text, known_recommendations=known)
    assert positions(document) == {"97.1": (SUPPORTED, False), "97.2": (NOTED, False)}
    [applied] = problems_of(document, ProblemKind.SUGGESTION_APPLIED)
    assert "paragraph 97" in applied.message


def test_a_paragraph_named_in_the_text_decides_the_bare_numbers() -> None:
    known = {"95.1": "To ratify the Convention (Chile);", "97.1": "To adopt a law (Spain);"}
    text = ("Responses to the recommendations in paragraph 97 of the report\n\n"
            "No. of recommendation     Position of the Examplestan authorities\n"
            "1     The recommendation is accepted.\n")
    document = parse_addendum(text, known_recommendations=known)
    assert positions(document) == {"97.1": (SUPPORTED, False)}
    assert document.problems == []


def test_unclear_positions() -> None:
    text = """\
1        The current legislation ensures compliance with the principle of non-refoulement.
2        The issue is being discussed with civil society under the National Plan.
3
"""
    document = parse_addendum(text)
    unclear = problems_of(document, ProblemKind.UNCLEAR_POSITION)
    assert [p.labels for p in unclear] == [("1",), ("2",), ("3",)]
    assert "no sentence accepts, refuses, notes or defers it" in unclear[0].message
    assert "no text" in unclear[2].message
    assert positions(document)["1"] == (None, False)


def test_a_cross_reference_to_an_answer_that_is_missing_is_unclear() -> None:
    document = parse_addendum("4     See recommendation 3.\n")
    [unclear] = problems_of(document, ProblemKind.UNCLEAR_POSITION)
    assert unclear.labels == ("4",) and "does not contain" in unclear.message


def test_an_absurd_range_is_unreadable() -> None:
    text = NO_LAYOUT_HEADER + "5–500\n\nThe recommendations are accepted.\n\n2009–2012\n"
    document = parse_addendum(text)
    [unreadable] = problems_of(document, ProblemKind.UNREADABLE)
    assert unreadable.excerpt == "5–500" and unreadable.line == 6
    assert positions(document) == {}


def test_every_problem_says_what_and_where() -> None:
    document = parse_addendum(KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8"))
    assert document.problems
    for problem in document.problems:
        assert problem.message
        assert problem.labels or problem.kind is ProblemKind.ORPHAN_TEXT  # an orphan has lost its labels
        assert (problem.line and problem.excerpt) or problem.kind is ProblemKind.NO_RESPONSE


# --- inline groups: ranges and lists inside a sentence, an entry's own position under a heading ------------

PARAGRAPH_122 = {f"122.{n}": f"Recommendation number {n} of the second cycle (Somewhere);" for n in range(1, 16)}
PARAGRAPH_97 = {f"97.{n}": f"Recommendation number {n} of the first cycle (Elsewhere);" for n in range(1, 161)}


def only_no_response(document: ParsedDocument) -> list[ProblemKind]:
    """The problem kinds other than NO_RESPONSE (a made-up report has labels the text does not answer)."""
    return [p.kind for p in document.problems if p.kind is not ProblemKind.NO_RESPONSE]


@pytest.mark.parametrize(
    "text",
    [
        "Recommendations 122.4 – 6 are not accepted.\n",
        "Examplestan has examined the recommendations.\n\nRecommendations 122.4 – 6 are not accepted.\n",
        "1. Examplestan has examined the recommendations.\n\n2. Recommendations 122.4 – 6 are not accepted.\n",
    ],
    ids=["alone", "after-an-introduction", "numbered-paragraph"],
)
@pytest.mark.parametrize("known", [None, PARAGRAPH_122], ids=["without-report", "with-report"])
def test_a_range_with_an_abbreviated_end_opening_a_prose_paragraph(text: str, known: dict[str, str] | None) -> None:
    document = parse_addendum(text, known_recommendations=known)
    assert positions(document) == {"122.4": (NOTED, False), "122.5": (NOTED, False), "122.6": (NOTED, False)}
    [response] = document.responses
    assert response.labels == ("122.4", "122.5", "122.6")
    assert response.text == "Recommendations 122.4 – 6 are not accepted."   # not "6 are not accepted."
    assert response.deciding_sentence == "Recommendations 122.4 – 6 are not accepted."
    assert response.confidence >= 0.9
    assert only_no_response(document) == []


def test_a_range_opening_a_paragraph_under_a_heading_that_says_otherwise_keeps_its_own_position() -> None:
    text = """\
Accepted recommendations

Recommendations 122.1 and 122.2 are accepted.

Recommendations 122.4 – 6 are not accepted.

122.7
"""
    document = parse_addendum(text)
    assert positions(document) == {
        "122.1": (SUPPORTED, False), "122.2": (SUPPORTED, False),
        "122.4": (NOTED, False), "122.5": (NOTED, False), "122.6": (NOTED, False),
        "122.7": (SUPPORTED, False),                  # no text of its own: the heading's position
    }
    assert response_for(document, "122.5").deciding_sentence == "Recommendations 122.4 – 6 are not accepted."
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("122.4", "122.5", "122.6") and conflict.line == 5
    assert "contradicts its heading" in conflict.message and "Accepted recommendations" in conflict.message
    assert kinds(document) == [ProblemKind.CONFLICTING_POSITIONS]


@pytest.mark.parametrize(
    "text",
    [
        "Recommendations 14–16, 18–20 are accepted.\n",
        "Examplestan has considered them carefully. Recommendations 14–16, 18–20 are accepted.\n",
        "Examplestan has considered them carefully and\nrecommendations 14–16, 18–20 are accepted.\n",
        NO_LAYOUT_HEADER + "14–16, 18–20\n\nThe recommendations are accepted.\n",
        "14–16, 18–20     The recommendations are accepted.\n",
    ],
    ids=["prose", "prose-mid-line", "prose-wrapped", "table-without-layout", "table-with-layout"],
)
@pytest.mark.parametrize("known", [None, PARAGRAPH_97], ids=["without-report", "with-report"])
def test_two_ranges_in_one_list_keep_every_label(text: str, known: dict[str, str] | None) -> None:
    document = parse_addendum(text, known_recommendations=known)
    numbers = ("14", "15", "16", "18", "19", "20")
    labels = tuple(f"97.{n}" for n in numbers) if known else numbers
    assert positions(document) == {label: (SUPPORTED, False) for label in labels}
    [response] = document.responses
    assert response.labels == labels
    assert response.confidence >= 0.9
    assert only_no_response(document) == []
    if known:
        missing = {label for p in problems_of(document, ProblemKind.NO_RESPONSE) for label in p.labels}
        assert "97.17" in missing and not missing & set(labels)


NOTED_HEADING = """\
Noted recommendations

122.5–7, 122.9–10 Accepted.

122.11, 122.12

122.13: The recommendation is not accepted.
"""


@pytest.mark.parametrize("known", [None, PARAGRAPH_122], ids=["without-report", "with-report"])
def test_an_entry_s_own_position_wins_over_its_heading(known: dict[str, str] | None) -> None:
    document = parse_addendum(NOTED_HEADING, known_recommendations=known)
    assert positions(document) == {
        **{f"122.{n}": (SUPPORTED, False) for n in (5, 6, 7, 9, 10)},   # "Accepted." in the entry itself
        "122.11": (NOTED, False), "122.12": (NOTED, False),           # no text: the heading's position
        "122.13": (NOTED, False),                                      # text and heading agree
    }
    accepted = response_for(document, "122.10")
    assert accepted.labels == ("122.5", "122.6", "122.7", "122.9", "122.10")   # one entry, not 122.9 + "10 Accepted."
    assert accepted.text == "Accepted." and accepted.deciding_sentence == "Accepted."
    assert 0.5 <= accepted.confidence < 0.9     # kept, but less sure than an entry that agrees with its heading
    assert response_for(document, "122.11").deciding_sentence == "Noted recommendations"
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("122.5", "122.6", "122.7", "122.9", "122.10") and conflict.line == 3
    assert "contradicts its heading" in conflict.message
    assert "Noted recommendations" in conflict.message and "(supported)" in conflict.message
    assert not problems_of(document, ProblemKind.MERGED_GROUPS)
    assert not problems_of(document, ProblemKind.UNCLEAR_POSITION)
    assert only_no_response(document) == [ProblemKind.CONFLICTING_POSITIONS]


def test_a_lead_in_is_a_default_too_and_an_entry_s_own_position_wins() -> None:
    text = """\
The following recommendations enjoy the support of Examplestan:
97.1, 97.2
97.3 Noted.
"""
    document = parse_addendum(text)
    assert positions(document) == {"97.1": (SUPPORTED, False), "97.2": (SUPPORTED, False), "97.3": (NOTED, False)}
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("97.3",) and "contradicts its heading" in conflict.message


# Every number syntax of the spec, once in prose and once in a table; labels as written (bare or full).
# (form, prose text, table text, {label: (position, considered implemented)})
S, SI, N = (SUPPORTED, False), (SUPPORTED, True), (NOTED, False)
FORMS = [
    ("5 and 6",
     "Recommendations 5 and 6 are accepted.\n",
     NO_LAYOUT_HEADER + "5 and 6     The recommendations are accepted.\n",
     {"5": S, "6": S}),
    ("see recommendation 23",
     "Recommendation 23 is not accepted.\nRecommendation 24: see recommendation 23.\n",
     NO_LAYOUT_HEADER + "23     The recommendation is not accepted.\n24     See recommendation 23.\n",
     {"23": N, "24": N}),
    ("Rec. 18",
     "Examplestan replies as follows.\n\nRec. 18 — we consider this implemented: the Act was adopted in 2009.\n",
     NO_LAYOUT_HEADER + "Rec. 18     We consider this implemented: the Act was adopted in 2009.\n",
     {"18": SI}),
    ("140.35. 140.36",
     "Recommendations 140.35. 140.36 are supported.\n",
     NO_LAYOUT_HEADER + "140.35. 140.36 Supported\n",
     {"140.35": S, "140.36": S}),
    ("122.14– 15",
     "Recommendations 122.14– 15 are accepted.\n",
     NO_LAYOUT_HEADER + "122.14– 15 accepted\n",
     {"122.14": S, "122.15": S}),
    ("11 13 20 21",
     "Recommendations 11 13 20 21 are accepted.\n",
     NO_LAYOUT_HEADER + "11 13 20 21\n\nThese recommendations are accepted.\n",
     {"11": S, "13": S, "20": S, "21": S}),
    ("150 – 152",
     "Recommendations 150 – 152 are not accepted.\n",
     NO_LAYOUT_HEADER + "150 – 152     Noted\n",
     {"150": N, "151": N, "152": N}),
    ("a year range in a sentence",
     "Recommendation 5 is accepted: the National Plan for 2009–2012 provides for it.\n",
     NO_LAYOUT_HEADER + "5     The recommendation is accepted. It is part of the plan for\n      2009–2012 adopted in 2008.\n",
     {"5": S}),
]


def _known_for(expected: dict[str, tuple[str, bool]]) -> dict[str, str]:
    """A made-up report with the expected labels: paragraph 97 for bare numbers, else their own."""
    paragraphs = {label.split(".")[0] for label in expected if "." in label}
    if not paragraphs:
        return PARAGRAPH_97
    return {f"{p}.{n}": f"Recommendation number {n} of paragraph {p} (Somewhere);" for p in paragraphs for n in range(1, 41)}


@pytest.mark.parametrize("shape", ["prose", "table"])
@pytest.mark.parametrize("with_report", [False, True], ids=["without-report", "with-report"])
@pytest.mark.parametrize(("form", "prose", "table", "expected"), FORMS, ids=[form[0] for form in FORMS])
def test_every_number_syntax_in_prose_and_in_tables(form: str, prose: str, table: str,
                                                    expected: dict[str, tuple[str, bool]],
                                                    shape: str, with_report: bool) -> None:
    known = _known_for(expected) if with_report else None
    document = parse_addendum(prose if shape == "prose" else table, known_recommendations=known)
    if with_report:
        expected = {(label if "." in label else f"97.{label}"): value for label, value in expected.items()}
    assert positions(document) == expected
    for response in document.responses:
        assert response.deciding_sentence, response     # the sentence (or word) that decided is kept
        assert response.confidence >= 0.5
    assert only_no_response(document) == []             # no unclear, merged, unreadable or unknown label
    if with_report:
        missing = {label for p in problems_of(document, ProblemKind.NO_RESPONSE) for label in p.labels}
        assert not missing & set(expected)


@pytest.mark.parametrize("known", [None, PARAGRAPH_97], ids=["without-report", "with-report"])
def test_a_pointer_in_the_same_paragraph_as_the_answer_it_points_to(known: dict[str, str] | None) -> None:
    text = "Recommendation 23 is accepted. Recommendation 24: see recommendation 23.\n"
    document = parse_addendum(text, known_recommendations=known)
    twenty_three, twenty_four = ("97.23", "97.24") if known else ("23", "24")
    assert positions(document) == {twenty_three: (SUPPORTED, False), twenty_four: (SUPPORTED, False)}
    assert response_for(document, twenty_four).text == "Recommendation 24: see recommendation 23."
    assert only_no_response(document) == []


def test_a_sentence_that_names_two_groups_is_read_clause_by_clause_even_at_the_start_of_a_line() -> None:
    text = "Recommendations 5 and 6 are accepted; recommendation 7 is not accepted.\n"
    document = parse_addendum(text)
    assert positions(document) == {"5": (SUPPORTED, False), "6": (SUPPORTED, False), "7": (NOTED, False)}
    assert document.problems == []


def test_years_in_sentences_are_never_labels() -> None:
    text = """\
Accepted recommendations

Recommendations 5 and 6 are accepted. The National Plan of Action on Human Rights for 2009–2012 and
the plan for 2013 – 2016 provide for them.

The plan for 2009–2012 was adopted in 2008.
"""
    document = parse_addendum(text)
    assert positions(document) == {"5": (SUPPORTED, False), "6": (SUPPORTED, False)}
    assert document.problems == []
    assert "2009–2012" in response_for(document, "5").text


def test_a_label_followed_by_a_number_in_its_text_keeps_the_number_in_the_text() -> None:
    """ "97.5. 15 years…": a bare number after a full label's full stop begins the text; only a
    full label ("140.35. 140.36") continues the list."""
    document = parse_addendum("97.5. 15 years of practice show that the recommendation is accepted.\n")
    assert positions(document) == {"97.5": (SUPPORTED, False)}
    assert response_for(document, "97.5").text.startswith("15 years of practice")


def test_a_line_that_names_two_groups_in_a_table_opens_answers_of_its_own() -> None:
    text = NO_LAYOUT_HEADER + ("4     The recommendation is accepted.\n"
                               "Recommendations 5 and 6 are accepted; recommendation 7 is not accepted.\n")
    document = parse_addendum(text)
    assert positions(document) == {"4": (SUPPORTED, False), "5": (SUPPORTED, False), "6": (SUPPORTED, False),
                                   "7": (NOTED, False)}
    assert response_for(document, "4").text == "The recommendation is accepted."
    assert document.problems == []


@pytest.mark.parametrize("known", [None, PARAGRAPH_122], ids=["without-report", "with-report"])
def test_full_labels_as_the_subject_of_a_sentence(known: dict[str, str] | None) -> None:
    text = "122.5–7 and 122.9 are accepted.\n122.10 is not accepted.\n"
    document = parse_addendum(text, known_recommendations=known)
    assert positions(document) == {**{f"122.{n}": (SUPPORTED, False) for n in (5, 6, 7, 9)}, "122.10": (NOTED, False)}
    assert response_for(document, "122.9").deciding_sentence == "122.5–7 and 122.9 are accepted."
    assert response_for(document, "122.10").confidence >= 0.9
    assert only_no_response(document) == []


def test_a_decimal_opening_a_sentence_is_not_a_label() -> None:
    text = "Recommendation 4 is accepted.\n\n1.5 million people are supported by the programme.\n"
    document = parse_addendum(text)
    assert positions(document) == {"4": (SUPPORTED, False)}


@pytest.mark.parametrize("gap", ["\n\n", "\n"], ids=["blank-line-between", "next-line"])
def test_an_entry_with_its_own_position_after_a_bare_list_under_a_heading_is_not_merged_with_it(gap: str) -> None:
    text = f"B. Noted recommendations\n\n122.1, 122.2{gap}122.5–7, 122.9–10 Accepted.\n"
    document = parse_addendum(text, known_recommendations=PARAGRAPH_122)
    assert positions(document) == {"122.1": (NOTED, False), "122.2": (NOTED, False),
                                   **{f"122.{n}": (SUPPORTED, False) for n in (5, 6, 7, 9, 10)}}
    assert [r.labels for r in document.responses] == [("122.1", "122.2"), ("122.5", "122.6", "122.7", "122.9", "122.10")]
    assert not problems_of(document, ProblemKind.MERGED_GROUPS)
    [conflict] = problems_of(document, ProblemKind.CONFLICTING_POSITIONS)
    assert conflict.labels == ("122.5", "122.6", "122.7", "122.9", "122.10")
    assert "contradicts its heading" in conflict.message
