"""Addenda extracted with layout: the table "number | answer" with each number beside the first
line of its answer and the rest of the answer indented below, as `pdftotext -layout` and the
app's own PDF reading give it. The tables are built here, row by row, in each written form."""

from __future__ import annotations

import re
import textwrap
import time
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_addendum_parser import problems_of, response_for
from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.parsed import ParsedDocument, ProblemKind

SUPPORTED, NOTED, PARTIAL, PENDING = "supported", "noted", "partially_supported", "pending"


# --- building a table as a layout extraction gives it ----------------------------------------------


@dataclass(frozen=True)
class Row:
    numbers: str          # the number cell as written: "1.", "5., 6., 7., 8., 9.", "12, 15, 17", "97.12"
    answer: str           # the answer, one paragraph


HEADER = "Recommendation No.   Position of the Government of Examplestan"


def layout_table(rows: list[Row], *, margin: int = 6, column: int = 27, width: int = 72, rows_a_page: int = 3,
                 symbol: str = "A/HRC/14/10/Add.1", header: str = HEADER) -> str:
    """The body of an addendum as a layout extraction gives it: the number cell at the margin
    (wrapped when it does not fit), the answer beside it and below it in its column, and at each
    page break the job number, the running symbol, the page number and the table header again."""
    number_width = column - margin - 2
    lines = [" " * 60 + symbol, " " * 60 + "page 2", "", " " * margin + header, ""]
    for index, row in enumerate(rows):
        if index and index % rows_a_page == 0:
            page = index // rows_a_page + 2
            lines += ["GE.10-14567", "\f" + " " * 60 + symbol, " " * 60 + f"page {page}", "",
                      " " * margin + header, ""]
        numbers = textwrap.wrap(row.numbers, number_width, break_on_hyphens=False)
        answer = textwrap.wrap(row.answer, width - column, break_on_hyphens=False)
        for i in range(max(len(numbers), len(answer))):
            left = numbers[i] if i < len(numbers) else ""
            right = answer[i] if i < len(answer) else ""
            line = (" " * margin + left).ljust(column) + right if right else " " * margin + left
            lines.append(line.rstrip())
    return "\n".join(lines) + "\n"


def positions(document: ParsedDocument) -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for response in document.responses:
        for label in response.labels:
            assert label not in table, f"{label} answered twice"
            table[label] = response.position
    return table


# Answers whose words hold numbers that are no labels: ILO conventions, laws, years, articles,
# paragraphs of other documents, amounts, percentages, dates.
DISTRACTORS = (
    "Examplestan ratified the Domestic Workers Convention (No. 189) and Convention No. 169 in 2012.",
    "Law No. 118 of 4 December 2009 was adopted under article 14 of the Constitution.",
    "As set out in paragraph 52 of the national report, the budget grew by 15 per cent to 3,776 million.",
    "Decree No. 12 set up 17 regional offices, and 2,500 officials were trained in 2010 and 2011.",
)
ANSWERS = {
    SUPPORTED: ("The recommendation is accepted.", "Examplestan accepts these recommendations."),
    NOTED: ("Examplestan therefore does not accept the recommendation.", "These recommendations are not accepted."),
    PENDING: ("The recommendation is under consideration.", "These recommendations are under consideration."),
}


def answer(position: str, plural: bool, distractor: int) -> str:
    return f"{DISTRACTORS[distractor % len(DISTRACTORS)]} {ANSWERS[position][plural]}"


# --- the written forms of the number cell --------------------------------------------------------------

BARE_DOTTED = [
    Row("1.", answer(NOTED, False, 0)),
    Row("2.", answer(SUPPORTED, False, 1)),
    Row("3.", "Examplestan accepts the recommendation regarding the national preventive mechanism. However, "
              "it cannot accept the recommendation on the abolition of the death penalty."),
    Row("4.", "Examplestan cannot, at this point in time, make a definitive statement on this recommendation."),
    Row("5., 6., 7., 8., 9.", answer(SUPPORTED, True, 2)),       # wraps over two lines
    Row("10.", "Examplestan is not in a position to take a definitive position on the recommendation."),
    Row("11.", answer(NOTED, False, 3)),
    Row("12, 15, 17", answer(PENDING, True, 0)),                  # not contiguous
    Row("13., 14.", answer(SUPPORTED, True, 1)),
    Row("16.", answer(SUPPORTED, False, 2)),
]
BARE_DOTTED_EXPECTED = {
    "1": NOTED, "2": SUPPORTED, "3": PARTIAL, "4": PENDING, **dict.fromkeys(["5", "6", "7", "8", "9"], SUPPORTED),
    "10": PENDING, "11": NOTED, "12": PENDING, "15": PENDING, "17": PENDING, "13": SUPPORTED, "14": SUPPORTED,
    "16": SUPPORTED,
}


def test_bare_numbers_beside_their_answers_with_page_furniture_between() -> None:
    text = layout_table(BARE_DOTTED, column=22)
    assert "\n      8., 9.  " in text   # the group wraps
    document = parse_addendum(text)
    assert positions(document) == BARE_DOTTED_EXPECTED
    for response in document.responses:
        for furniture in ("GE.10", "A/HRC", "page ", "Recommendation No.", "Position of the Government"):
            assert furniture not in response.text
    assert response_for(document, "5").text.startswith("As set out in paragraph 52 of the national report")
    assert response_for(document, "5").text.endswith("Examplestan accepts these recommendations.")


def test_an_answer_in_parts_keeps_both_sentences_and_a_deferral_is_flagged() -> None:
    document = parse_addendum(layout_table(BARE_DOTTED))
    three = response_for(document, "3")
    assert three.position == PARTIAL
    assert three.deciding_sentence == (
        "Examplestan accepts the recommendation regarding the national preventive mechanism. However, it cannot "
        "accept the recommendation on the abolition of the death penalty.")
    for label in ("4", "10"):
        deferred = response_for(document, label)
        assert deferred.position == PENDING and deferred.confidence < 0.5
        [problem] = [p for p in problems_of(document, ProblemKind.UNCLEAR_POSITION) if p.labels == (label,)]
        assert "puts its position off" in problem.message


@pytest.mark.parametrize("style", ["bare", "dotted", "full"])
def test_every_form_of_the_number_column(style: str) -> None:
    def written(numbers: list[int]) -> str:
        if style == "bare":
            return ", ".join(str(n) for n in numbers)
        if style == "dotted":
            return ", ".join(f"{n}." for n in numbers)
        return ", ".join(f"97.{n}" for n in numbers)

    rows = [Row(written([1]), answer(NOTED, False, 0)), Row(written([2, 3]), answer(SUPPORTED, True, 1)),
            Row(written([4, 7, 9]), answer(PENDING, True, 2)), Row(written([5]), answer(SUPPORTED, False, 3))]
    document = parse_addendum(layout_table(rows, margin=1, column=20))
    prefix = "97." if style == "full" else ""
    assert positions(document) == {f"{prefix}{n}": p for n, p in
                                   [(1, NOTED), (2, SUPPORTED), (3, SUPPORTED), (4, PENDING), (7, PENDING),
                                    (9, PENDING), (5, SUPPORTED)]}
    assert not problems_of(document, ProblemKind.ORPHAN_TEXT) and not problems_of(document, ProblemKind.UNKNOWN_LABEL)


def test_numbers_that_open_a_line_of_the_answer_are_words_of_the_answer() -> None:
    text = (
        "  No. of recommendation   Position of the Government of Examplestan\n"
        "\n"
        "  1.                      The Refugees Act was adopted on 4 December\n"
        "                          2009, in line with article\n"
        "                          14. The recommendation has been implemented.\n"
        "  2.                      Examplestan ratified Convention No.\n"
        "                          169 of the ILO in 2012, and the Domestic Workers Convention (No.\n"
        "                          189), in line with paragraph\n"
        "                          52 of the national report. Examplestan accepts the recommendation.\n"
        "  3.                      The quota rose by\n"
        "                          15 per cent and 12, 15 and 17 regions took part. The recommendation\n"
        "                          is not accepted.\n"
    )
    document = parse_addendum(text)
    assert positions(document) == {"1": SUPPORTED, "2": SUPPORTED, "3": NOTED}
    assert "4 December 2009, in line with article 14." in " ".join(response_for(document, "1").text.split())
    assert "Convention No. 169 of the ILO" in " ".join(response_for(document, "2").text.split())
    assert document.problems == []


def test_a_group_wrapped_without_a_comma_joins_the_answer_it_runs_into() -> None:
    text = (
        " Recommendation No.   Position of the Government of Examplestan\n"
        " 5., 6., 7.           Examplestan accepts these recommendations and has\n"
        " 8.                   already set up the mechanism they ask for.\n"
        " 9.                   The recommendation is not accepted.\n"
    )
    document = parse_addendum(text)
    assert positions(document) == {"5": SUPPORTED, "6": SUPPORTED, "7": SUPPORTED, "8": SUPPORTED, "9": NOTED}


def test_a_table_that_mentions_recommendations_in_its_answers_is_still_a_table() -> None:
    rows = [Row("1.", "Examplestan accepts the recommendation, as it did recommendation 95.4 at the review."),
            Row("2.", "The recommendation is not accepted: see also recommendation 95.7 on the same subject."),
            Row("3.", answer(PENDING, False, 1))]
    document = parse_addendum(layout_table(rows, header="Recommendation   Position of the Government"))
    assert positions(document) == {"1": SUPPORTED, "2": NOTED, "3": PENDING}


# --- bare numbers and the paragraph that awaits answers ---------------------------------------------


def report(paragraphs: dict[str, int]) -> dict[str, str]:
    """Known recommendations: `count` of them in each paragraph, each with words of its own."""
    return {f"{p}.{n}": f"To take measure {p}-{n} on subject number {n} (State {n});"
            for p, count in paragraphs.items() for n in range(1, count + 1)}


ROWS_1_TO_5 = [Row("1.", answer(NOTED, False, 0)), Row("2., 3.", answer(SUPPORTED, True, 1)),
               Row("5.", answer(SUPPORTED, False, 2))]


def test_bare_numbers_are_read_in_the_paragraph_that_awaits_answers() -> None:
    known = report({"95": 30, "97": 26})
    awaiting = [f"97.{n}" for n in range(1, 27)]
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=awaiting)
    assert positions(document) == {"97.1": NOTED, "97.2": SUPPORTED, "97.3": SUPPORTED, "97.5": SUPPORTED}
    assert not problems_of(document, ProblemKind.UNKNOWN_LABEL)
    # and whichever paragraph that is: the numbers fit both, the database says which awaits
    awaiting_95 = [f"95.{n}" for n in range(1, 31)]
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=awaiting_95)
    assert set(positions(document)) == {"95.1", "95.2", "95.3", "95.5"}


def test_one_list_of_a_later_cycle() -> None:
    known = report({"111": 180})
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known,
                              awaiting=[f"111.{n}" for n in range(1, 181)])
    assert set(positions(document)) == {"111.1", "111.2", "111.3", "111.5"}


def test_two_paragraphs_awaiting_answers_that_both_fit_are_flagged_not_guessed() -> None:
    known = report({"97": 10, "98": 10})
    awaiting = list(known)
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=awaiting)
    assert set(positions(document)) == {"1", "2", "3", "5"}          # kept as written
    [problem] = problems_of(document, ProblemKind.UNKNOWN_LABEL)
    assert "paragraphs 97, 98" in problem.message


def test_the_paragraph_the_numbers_fit_when_several_await() -> None:
    known = report({"97": 3, "98": 12})
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=list(known))
    assert set(positions(document)) == {"98.1", "98.2", "98.3", "98.5"}   # 97 has no 5


# --- never left silently pending ---------------------------------------------------------------------


def test_every_label_awaiting_an_answer_that_got_none_is_a_problem() -> None:
    known = report({"95": 30, "97": 26})
    awaiting = [f"97.{n}" for n in range(1, 27)]
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=awaiting)
    unanswered = problems_of(document, ProblemKind.NO_RESPONSE)
    assert [p.labels for p in unanswered] == [(f"97.{n}",) for n in [4, *range(6, 27)]]
    assert all("awaited the State's answer" in p.message for p in unanswered)


def test_labels_awaiting_an_answer_outside_the_paragraph_answered_are_problems_too() -> None:
    known = report({"95": 5, "97": 5})
    awaiting = ["95.2", *(f"97.{n}" for n in range(1, 6))]     # 95.2 had no position in the report
    text = layout_table([Row("97.1, 97.2, 97.3, 97.4, 97.5", answer(SUPPORTED, True, 0))])
    document = parse_addendum(text, known_recommendations=known, awaiting=awaiting)
    assert [p.labels for p in problems_of(document, ProblemKind.NO_RESPONSE)] == [("95.2",)]


def test_nothing_awaiting_means_nothing_unanswered() -> None:
    known = report({"97": 5})
    document = parse_addendum(layout_table(ROWS_1_TO_5), known_recommendations=known, awaiting=[])
    assert not problems_of(document, ProblemKind.NO_RESPONSE)


# --- the rule, in general ----------------------------------------------------------------------------

row_specs = st.lists(
    st.tuples(st.integers(1, 4), st.sampled_from([SUPPORTED, NOTED, PENDING]), st.integers(0, 3),
              st.sampled_from(["bare", "dotted", "full"]), st.integers(0, 2)),
    min_size=2, max_size=8,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row_specs, st.integers(0, 8), st.integers(18, 30), st.integers(60, 90), st.integers(1, 4), st.booleans())
def test_any_layout_table_reads_back_its_positions(specs, margin, column, width, rows_a_page, spaced) -> None:
    """Whatever the column widths, the wrapping, the groups (contiguous or not), the number forms,
    the page breaks and the spacing of the rows, each number gets the position its row gives, and
    the numbers in the answers' words are never labels."""
    rows, expected, number = [], {}, 1
    full = any(style == "full" for *_rest, style, _gap in specs)
    for size, position, distractor, _style, gap in specs:
        numbers = [number + i * (gap + 1) for i in range(size)]     # "12, 15, 17" when gap is 2
        number = numbers[-1] + 1
        written = ", ".join(f"97.{n}" if full else f"{n}." if _style == "dotted" else str(n) for n in numbers)
        rows.append(Row(written, answer(position, size > 1, distractor)))
        expected.update({f"97.{n}" if full else str(n): position for n in numbers})
    column = max(column, margin + 8)
    text = layout_table(rows, margin=margin, column=column, width=max(width, column + 30), rows_a_page=rows_a_page)
    if spaced:
        text = re.sub(rf"\n(?= {{{margin}}}\d)", "\n\n", text)   # a blank line before each row
    document = parse_addendum(text)
    assert positions(document) == expected
    assert not problems_of(document, ProblemKind.ORPHAN_TEXT)


def test_one_answer_in_parts_for_several_recommendations_is_flagged() -> None:
    """ "5, 6: accepts the recommendation regarding X but cannot accept the one on Y" may mean 5
    supported and 6 noted: partially supported for both, and a point to review."""
    rows = [Row("5, 6", "Examplestan accepts the recommendation regarding the national preventive mechanism but "
                        "cannot accept the recommendation on the abolition of the death penalty."),
            Row("7", answer(SUPPORTED, False, 0))]
    document = parse_addendum(layout_table(rows))
    assert positions(document) == {"5": PARTIAL, "6": PARTIAL, "7": SUPPORTED}
    [problem] = problems_of(document, ProblemKind.UNCLEAR_POSITION)
    assert problem.labels == ("5", "6") and "some may be supported and the others noted" in problem.message
    assert 0.5 <= response_for(document, "5").confidence < 0.6


# --- tables that also give the recommendations' texts ----------------------------------------------------

WITH_TEXTS = {
    "label and text in one cell": (
        " Recommendation                               Position     Comments\n"
        " 124.1 Ratify the Optional Protocol to the    Supported    Kazakhstan has already begun\n"
        " Convention against Torture (Denmark);                     the process of ratification.\n"
        " 124.2 Abolish the death penalty and accept   Noted        The moratorium of 2003 stays\n"
        " that 15 is no age for work (France);                      in force.\n"
        " 124.3 Consider recognizing the competence    Supported\n"
        " of the Committee (Chile);\n"
    ),
    "a column of its own": (
        " No.     Recommendation                      Position     Comments\n"
        " 124.1   Ratify the Optional Protocol to     Supported    Kazakhstan has already begun\n"
        "         the Convention (Denmark);                        the process of ratification.\n"
        " 124.2   Abolish the death penalty and       Noted        The moratorium of 2003 stays\n"
        "         accept that 15 is no age (France);               in force.\n"
        " 124.3   Consider recognizing the            Supported\n"
        "         competence of the Committee (Chile);\n"
    ),
}


@pytest.mark.parametrize("form", sorted(WITH_TEXTS))
def test_a_table_with_the_recommendations_texts_reads_the_position_column(form: str) -> None:
    document = parse_addendum(WITH_TEXTS[form])
    assert positions(document) == {"124.1": SUPPORTED, "124.2": NOTED, "124.3": SUPPORTED}
    assert " ".join(response_for(document, "124.1").text.split()) == (
        "Supported Kazakhstan has already begun the process of ratification.")
    assert " ".join(response_for(document, "124.2").text.split()) == "Noted The moratorium of 2003 stays in force."
    for response in document.responses:
        assert "Denmark" not in response.text and "accept that" not in response.text   # the recommendation's words
    assert document.problems == []


def test_a_wide_left_margin_keeps_the_numbers_of_a_wrapped_group() -> None:
    """Numbers far to the right are page numbers, unless they stand in the column of the numbers."""
    rows = [Row("5, 6, 7, 8, 9, 10, 11, 12", ANSWERS[SUPPORTED][1]), Row("13", answer(NOTED, False, 1)),
            Row("14", answer(PENDING, False, 2))]
    text = layout_table(rows, margin=34, column=48, width=120)
    assert "\n" + " " * 34 + "12\n" in text      # a line of the number cell alone, far to the right
    document = parse_addendum(text)
    assert positions(document) == {**{str(n): SUPPORTED for n in range(5, 13)}, "13": NOTED, "14": PENDING}


# --- the real sample, laid out ---------------------------------------------------------------------------


@pytest.mark.parametrize("column", [18, 24, 30])
def test_kazakhstan_s_answers_laid_out_as_a_layout_table_read_as_the_document(column: int) -> None:
    """The answers of A/HRC/14/10/Add.1, one row each as a layout extraction would give the
    original table, with both lists of the report known and paragraph 97 awaiting answers: every
    label gets the position read by hand, with nothing to review."""
    from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT
    from tests.test_addendum_parser import (
        KAZAKHSTAN_EXPECTED,
        kazakhstan_95,
        kazakhstan_97,
    )

    read = parse_addendum(KAZAKHSTAN_ADDENDUM_TXT.read_text(encoding="utf-8"), known_recommendations=kazakhstan_97())
    rows = [Row(", ".join(label.split(".")[1] for label in r.labels), " ".join(r.text.split())) for r in read.responses]
    text = layout_table(rows, margin=15, column=15 + column, width=110, rows_a_page=4,
                        header="No. of recommendation   Position of the Kazakh authorities")
    document = parse_addendum(text, known_recommendations={**kazakhstan_95(), **kazakhstan_97()},
                              awaiting=list(kazakhstan_97()))
    table = {label: (r.position, r.considered_implemented) for r in document.responses for label in r.labels}
    assert table == KAZAKHSTAN_EXPECTED
    assert document.problems == []


@pytest.mark.parametrize("header", [
    "Recommendation   Position of the Government of",
    "Recommendations   Response of the Government",
    "Recommendation(s)   Position of the State",
    "No.   Recommendation   Position   Comments/Explanation",
    "Rec. No.   Position of the Kazakh authorities",
    "Recommendation   Position   Status of implementation",
    "Recommendation   Accepted/Noted   Comments",
    "Recommendation   Views of the Government of the Republic of Examplestan",
])
def test_every_form_of_the_repeated_table_header_stays_out_of_the_answers(header: str) -> None:
    rows = [Row(str(n), answer(SUPPORTED, False, n)) for n in range(1, 7)]
    document = parse_addendum(layout_table(rows, rows_a_page=2, header=header))
    assert positions(document) == {str(n): SUPPORTED for n in range(1, 7)}
    for response in document.responses:   # each answer is its own words, and nothing of the header
        assert " ".join(response.text.split()) == answer(SUPPORTED, False, int(response.labels[0]))


@pytest.mark.parametrize("header", [
    "Recommendation      Position of the Government of\nNo.                 Examplestan",
    "Recommendation      Position of the Government of\n                    the Republic of Examplestan",
    "No. of              Position of the Examplestan\nrecommendation      authorities",
])
def test_a_header_wrapped_over_two_lines_stays_out_of_the_answers(header: str) -> None:
    rows = [Row(str(n), answer(NOTED, False, n)) for n in range(1, 7)]
    document = parse_addendum(layout_table(rows, rows_a_page=2, header=header.replace("\n", "\n" + " " * 6)))
    assert positions(document) == {str(n): NOTED for n in range(1, 7)}
    for response in document.responses:
        assert " ".join(response.text.split()) == answer(NOTED, False, int(response.labels[0]))


@pytest.mark.parametrize("crafted", [
    "views of the " * 5000 + "!",
    "position of the government of " * 3000 + "!",
    "1.   " + "Supported   " * 5000,
    "124.1 " + "x   " * 5000 + "Supported",
], ids=["header words", "header names", "position cells", "many cells"])
def test_header_and_row_patterns_stay_fast_on_crafted_lines(crafted: str) -> None:
    started = time.perf_counter()
    parse_addendum(f"Recommendation No.   Position of the Government of Examplestan\n{crafted}\n{crafted}\n")
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize("word", ["Recommendation ", "Rec. ", "No. "])
def test_a_number_column_that_names_its_numbers(word: str) -> None:
    rows = [Row(f"{word}{n}", answer(position, False, n))
            for n, position in [(1, NOTED), (2, SUPPORTED), (3, PENDING), (4, SUPPORTED)]]
    document = parse_addendum(layout_table(rows, column=30))
    assert positions(document) == {"1": NOTED, "2": SUPPORTED, "3": PENDING, "4": SUPPORTED}
    for response in document.responses:
        assert " ".join(response.text.split()) == answer(response.position, False, int(response.labels[0]))


def test_numbers_opening_answer_lines_beside_named_numbers_stay_words() -> None:
    text = (
        " Recommendation No.   Position of the Government of Examplestan\n"
        " Rec. 1               The recommendation is accepted, as provided by article\n"
        "                      12.  The Law of 2009 applies.\n"
        " Rec. 2               The recommendation is not accepted; see chapter\n"
        "                      3, 4 and 5 of the Code.\n"
        " Rec. 3               The recommendation is under consideration.\n"
    )
    document = parse_addendum(text)
    assert positions(document) == {"1": SUPPORTED, "2": NOTED, "3": PENDING}
    assert "article 12. The Law of 2009 applies." in " ".join(response_for(document, "1").text.split())
