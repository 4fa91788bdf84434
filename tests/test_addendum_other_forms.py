"""Addenda in the forms other States write them: a table extracted without layout whose number
cells each get an answer in turn, category headings inside numbered paragraphs or on their own
lines, answers that open with a bare verdict ("Noted. 169 of the ILO conventions…"), and prose
that answers with a verb ("…and supports 26.4, 26.7 and 26.12")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.parsed import ParsedDocument, ProblemKind

SUPPORTED, NOTED, PARTIAL, PENDING = "supported", "noted", "partially_supported", "pending"


def positions(document: ParsedDocument) -> dict[str, tuple[str | None, bool]]:
    return {label: (r.position, r.considered_implemented) for r in document.responses for label in r.labels}


def unsure(document: ParsedDocument) -> set[str]:
    """The labels a problem (other than "no response") puts up for review."""
    return {label for p in document.problems if p.kind is not ProblemKind.NO_RESPONSE for label in p.labels}


# --- a table extracted without layout: cells, then as many answers ---------------------------------

NO_LAYOUT_PAGE = """No. of
recommendation
{cells}
Position of the Examplestan State
{answers}"""

# (cell, answer, position, considered implemented)
ROWS = [
    ("1", "Accepted. Examplestan signed the Optional Protocol in 2011 and ratification is under way.",
     SUPPORTED, False),
    ("2, 3", "Not accepted. The State already has a Public Defender Office, established by the\n"
             "Constitution of 1999, articles 280 to 283.", NOTED, False),
    ("4", "Accepted.", SUPPORTED, False),
    ("5", "Accepted in part. Examplestan accepts to continue its efforts against trafficking, but does not\n"
          "accept the part of the recommendation referring to ILO Convention No. 169.", PARTIAL, False),
    ("6", "Not accepted.", NOTED, False),
    ("7", "Accepted. Considered already implemented.", SUPPORTED, True),
    ("8–10", "Accepted. 14. The Organic Law on the Right of Women to a Life Free of Violence of 2007 already\n"
             "provides for this.", SUPPORTED, False),
    ("11", "Not accepted. These recommendations are based on false premises.", NOTED, False),
]


def no_layout_table(rows, *, blank_lines: bool = False) -> str:
    joiner = "\n\n" if blank_lines else "\n"
    return NO_LAYOUT_PAGE.format(cells=joiner.join(r[0] for r in rows), answers="\n".join(r[1] for r in rows)) + "\n"


def expected(rows) -> dict[str, tuple[str, bool]]:
    from upr_tracker.parsing.label_ranges import parse_label_list
    return {label: (r[2], r[3]) for r in rows for label in parse_label_list(r[0])}


@pytest.mark.parametrize("blank_lines", [False, True])
def test_each_number_cell_gets_the_answer_of_its_row_in_turn(blank_lines: bool) -> None:
    document = parse_addendum(no_layout_table(ROWS, blank_lines=blank_lines))
    assert positions(document) == expected(ROWS)
    assert not unsure(document)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(ROWS[:7]), min_size=2, max_size=7, unique=True))
def test_as_many_answers_as_cells_are_paired_in_order(rows) -> None:
    # Number the cells afresh, in order, each row with its own answer.
    numbered = [(str(i + 1), answer, position, implemented) for i, (_c, answer, position, implemented) in enumerate(rows)]
    document = parse_addendum(no_layout_table(numbered))
    assert positions(document) == expected(numbered)


def test_a_page_with_fewer_answers_than_cells_is_still_not_shared_out() -> None:
    rows = ROWS[:4]
    text = NO_LAYOUT_PAGE.format(cells="\n".join(r[0] for r in rows), answers="\n".join(r[1] for r in rows[:3])) + "\n"
    document = parse_addendum(text)
    assert {position for position, _ci in positions(document).values()} == {None}
    assert problems_of_kind(document, ProblemKind.MERGED_GROUPS)


def test_answers_whose_words_swap_two_rows_are_not_paired_in_order() -> None:
    known = {"95.1": "Establish a Public Defender Office with a broad mandate (Chile);",
             "95.2": "Ratify the Optional Protocol to the Convention against Torture (Denmark);"}
    rows = [("1", "Accepted. Examplestan signed the Optional Protocol to the Convention against Torture.", SUPPORTED, False),
            ("2", "Not accepted. A Public Defender Office with a broad mandate already exists.", NOTED, False)]
    document = parse_addendum(no_layout_table(rows), known_recommendations=known)
    assert positions(document) == {"95.1": (None, False), "95.2": (None, False)}
    assert problems_of_kind(document, ProblemKind.MERGED_GROUPS)


def problems_of_kind(document: ParsedDocument, kind: ProblemKind):
    return [p for p in document.problems if p.kind is kind]


# --- a layout table whose number cell wraps ------------------------------------------------------

@pytest.mark.parametrize("cell, rest, labels", [
    ("134.15–", "134.17", ("134.15", "134.16", "134.17")),
    ("134.15 to", "134.17", ("134.15", "134.16", "134.17")),
    ("134.15,", "134.17", ("134.15", "134.17")),
    ("134.15 and", "134.17", ("134.15", "134.17")),
])
def test_a_number_cell_wrapped_after_a_dash_comma_or_and_goes_on_below(cell: str, rest: str,
                                                                      labels: tuple[str, ...]) -> None:
    text = (
        "   Recommendation     Position\n"
        "   134.14             Noted. The UK is not in a position to accept this recommendation.\n"
        f"   {cell:<19}Supported, and considered already implemented.\n"
        f"   {rest}\n"
        "   134.18             Noted.\n"
        "   134.19             Supported.\n"
        "   134.20             Noted. 169 of the ILO conventions are not relevant to the UK's\n"
        "                      overseas territories.\n"
    )
    document = parse_addendum(text)
    found = positions(document)
    for label in labels:
        assert found[label] == (SUPPORTED, True), label
    assert found["134.18"] == (NOTED, False)
    assert found["134.20"] == (NOTED, False)
    assert "134.16" in found or "134.16" not in labels
    assert not unsure(document)
