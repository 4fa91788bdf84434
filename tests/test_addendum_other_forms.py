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


# --- category headings ---------------------------------------------------------------------------

INTRO = ("1. Examplestan has carefully examined the 40 recommendations it received during its second\n"
         "Universal Periodic Review held on 27 January 2015.\n")
# (heading words, position, considered implemented)
CATEGORIES = [
    ("Accepted", SUPPORTED, False), ("Supported", SUPPORTED, False), ("Noted", NOTED, False),
    ("Not accepted", NOTED, False), ("Rejected", NOTED, False), ("Partially accepted", PARTIAL, False),
    ("Considered already implemented", SUPPORTED, True),
]
LISTS = ["148.1, 148.3–148.7, 148.10, 148.12 to 148.15, 148.18-20,\n148.22, 148.25, 148.30–148.35",
         "148.8, 148.9 and 148.11", "148.16 and 148.17",
         "148.2, 148.21, 148.23, 148.24, 148.26–29,\n148.36 to 148.40"]
LIST_LABELS = [
    ["148.1", "148.3", "148.4", "148.5", "148.6", "148.7", "148.10", "148.12", "148.13", "148.14", "148.15",
     "148.18", "148.19", "148.20", "148.22", "148.25", "148.30", "148.31", "148.32", "148.33", "148.34", "148.35"],
    ["148.8", "148.9", "148.11"], ["148.16", "148.17"],
    ["148.2", "148.21", "148.23", "148.24", "148.26", "148.27", "148.28", "148.29", "148.36", "148.37",
     "148.38", "148.39", "148.40"],
]


def title(words: str, form: str) -> str:
    """The heading in one of the forms States write it."""
    return {"after": f"{words} recommendations", "before": f"Recommendations {words.lower()}",
            "bare": words}[form]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(CATEGORIES), min_size=4, max_size=4),
       st.sampled_from(["after", "before", "bare"]), st.booleans())
def test_a_heading_inside_a_numbered_paragraph_governs_the_labels_after_its_colon(categories, form, wrapped) -> None:
    paragraphs = [INTRO]
    for number, ((words, _p, _ci), labels) in enumerate(zip(categories, LISTS), start=2):
        written = labels if wrapped else labels.replace("\n", " ")
        paragraphs.append(f"{number}. {title(words, form)}: {written}.\n")
    document = parse_addendum("".join(paragraphs))
    want = {label: (position, implemented)
            for (_w, position, implemented), labels in zip(categories, LIST_LABELS) for label in labels}
    assert positions(document) == want
    assert not unsure(document)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(CATEGORIES), min_size=4, max_size=4, unique=True),
       st.sampled_from(["after", "before"]), st.booleans(), st.booleans())
def test_a_heading_on_its_own_line_governs_the_lists_below_it_until_the_next(categories, form, colon, numbered) -> None:
    # The first heading follows the title, which ends with no full stop.
    parts = ["Views on conclusions and/or recommendations, voluntary commitments and replies\n"
             "presented by the State under review\n"]
    for number, ((words, _p, _ci), labels) in enumerate(zip(categories, LISTS), start=1):
        prefix = f"{'ABCD'[number - 1]}. " if numbered else ""
        parts.append(f"{prefix}{title(words, form)}{':' if colon else ''}\n{labels}\n")
    document = parse_addendum("".join(parts))
    want = {label: (position, implemented)
            for (_w, position, implemented), labels in zip(categories, LIST_LABELS) for label in labels}
    assert positions(document) == want
    assert not unsure(document)


def test_a_partial_heading_keeps_the_text_that_follows_its_labels() -> None:
    text = INTRO + ("2. Partially accepted: 148.16 and 148.17. Examplestan accepts the part concerning freedom of\n"
                    "expression but not the part concerning the release of detained journalists.\n"
                    "3. Examplestan considers recommendations 148.8, 148.9 and 148.11 as already implemented.\n")
    document = parse_addendum(text)
    assert positions(document) == {"148.16": (PARTIAL, False), "148.17": (PARTIAL, False),
                                   "148.8": (SUPPORTED, True), "148.9": (SUPPORTED, True), "148.11": (SUPPORTED, True)}
    [partial] = [r for r in document.responses if "148.16" in r.labels]
    assert "release of detained journalists" in partial.text


# --- prose that answers with a verb ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, position", [
    ("has examined the recommendations received at its third review\nand supports {labels}.", SUPPORTED),
    ("accepts {labels}, which are being implemented.", SUPPORTED),
    ("notes {labels}, as the punishment of qesas is a right of the victim’s family.", NOTED),
    ("notes recommendation {labels} (Abolish the death penalty), as the\npunishment of qesas is a right of the "
     "victim’s family under Islamic law.", NOTED),
    ("does not support {labels}, which are contrary to its Constitution.", NOTED),
])
@pytest.mark.parametrize("labels, expanded", [
    ("26.4, 26.7 and 26.12", ("26.4", "26.7", "26.12")), ("26.3", ("26.3",)), ("26.5–26.7", ("26.5", "26.6", "26.7")),
])
def test_a_verb_followed_by_full_labels_answers_them(sentence: str, position: str, labels: str,
                                                      expanded: tuple[str, ...]) -> None:
    text = ("1. The Islamic Republic of Iran " + sentence.format(labels=labels) + "\n"
            "2. With respect to 26.15, the matter is under consideration by the competent authorities.\n")
    found = positions(parse_addendum(text))
    assert {label: found[label] for label in expanded} == {label: (position, False) for label in expanded}
    assert found["26.15"] == (PENDING, False)


def test_a_verb_before_a_bare_number_names_no_recommendation() -> None:
    text = ("1. Examplestan accepts 3 of the proposals made during the dialogue.\n"
            "2. Examplestan supports 26.4.\n")
    assert positions(parse_addendum(text)) == {"26.4": (SUPPORTED, False)}


# --- the State under a title broken over two lines -----------------------------------------------

@pytest.mark.parametrize("title", [
    ["Report of the Working Group on the Universal Periodic", "Review*"],
    ["Report of the Working Group on the", "Universal Periodic Review"],
    ["Report of the Working Group on the Universal Periodic Review*"],
])
def test_the_state_is_read_under_the_title_even_when_it_is_broken(title: list[str]) -> None:
    head = ["                                                       A/HRC/36/9/Add.1",
            "  United Nations                                      A/HRC/36/9/Add.1",
            "               General Assembly                       Distr.: General", "",
            "Human Rights Council", "Thirty-sixth session", "Universal periodic review", ""]
    head += ["               " + line for line in title]
    head += ["", "               United Kingdom of Great Britain and Northern Ireland", "               Addendum",
             "               Views on conclusions and/or recommendations, voluntary",
             "               commitments and replies presented by the State under review", "",
             "   Recommendation     Position", "   134.1              Noted.", "   134.2              Supported.", ""]
    identity = parse_addendum("\n".join(head)).identity
    assert identity.state_name == "United Kingdom of Great Britain and Northern Ireland"
    assert identity.symbol == "A/HRC/36/9/Add.1"


def test_cells_and_answers_that_do_not_match_are_shared_out_only_as_a_flagged_repair() -> None:
    known = {"95.1": "Ratify the Optional Protocol to the Convention against Torture (Denmark);",
             "95.2": "Establish a Public Defender Office with a broad mandate (Chile);",
             "95.3": "Abolish the death penalty for all crimes (France);"}
    rows = [("1", "Accepted. Examplestan signed the Optional Protocol to the Convention against Torture.", SUPPORTED, False),
            ("2", "Not accepted. A Public Defender Office with a broad mandate already exists.", NOTED, False)]
    text = NO_LAYOUT_PAGE.format(cells="1\n2\n3", answers="\n".join(r[1] for r in rows)) + "\n"
    document = parse_addendum(text, known_recommendations=known)
    found = positions(document)
    assert found["95.1"] == (SUPPORTED, False)
    assert set(found) == {"95.1", "95.2", "95.3"}
    assert {"95.2", "95.3"} <= unsure(document)   # the third number's answer is a guess, and said so
    assert found["95.2"][0] in (NOTED, None)


@pytest.mark.parametrize("cell, labels", [
    ("134.15–", ("134.15", "134.16", "134.17")), ("134.15 to", ("134.15", "134.16", "134.17")),
    ("134.15,", ("134.15", "134.17")), ("134.15 and", ("134.15", "134.17")),
])
def test_a_wrapped_cell_in_a_column_of_numbers_is_one_cell(cell: str, labels: tuple[str, ...]) -> None:
    text = NO_LAYOUT_PAGE.format(cells=f"134.14\n{cell}\n134.17\n134.18",
                                 answers="Noted.\nSupported, and considered already implemented.\nNoted.") + "\n"
    document = parse_addendum(text)
    found = positions(document)
    assert {label: found[label] for label in labels} == {label: (SUPPORTED, True) for label in labels}
    assert found["134.14"] == found["134.18"] == (NOTED, False)
    assert not unsure(document)


def test_a_verdict_with_a_colon_and_a_count_in_an_answer_is_no_heading() -> None:
    rows = [("1", "Accepted: 14 new laws were adopted in 2019.", SUPPORTED, False),
            ("2", "Not accepted.", NOTED, False), ("3", "Supported: 2018 will see a new strategy.", SUPPORTED, False)]
    document = parse_addendum(no_layout_table(rows))
    assert positions(document) == expected(rows)
    assert not unsure(document)
