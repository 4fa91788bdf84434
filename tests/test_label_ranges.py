"""Groups of recommendation numbers as States write them in their addenda."""

from __future__ import annotations

import pytest

from upr_tracker.parsing.label_ranges import (
    MAX_RANGE_SPAN,
    cross_reference_target,
    expand_range,
    find_label_mentions,
    parse_label_list,
)


@pytest.mark.parametrize(
    ("written", "labels"),
    [
        ("5, 6", ("5", "6")),
        ("5,6", ("5", "6")),
        ("11 13 20 21", ("11", "13", "20", "21")),
        ("1–5, 14–16", ("1", "2", "3", "4", "5", "14", "15", "16")),   # en dash
        ("1-3", ("1", "2", "3")),                                       # hyphen
        ("1—3", ("1", "2", "3")),                                       # em dash
        ("1 to 3", ("1", "2", "3")),
        ("150 – 152", ("150", "151", "152")),
        ("122.17-18", ("122.17", "122.18")),                            # end abbreviated
        ("122.14– 15", ("122.14", "122.15")),
        ("122.17–122.20", ("122.17", "122.18", "122.19", "122.20")),
        ("140.35. 140.36", ("140.35", "140.36")),                        # full stop as separator
        ("97.1, 2 and 5", ("97.1", "97.2", "97.5")),                     # bare numbers keep the paragraph
        ("Rec. 18", ("18",)),
        ("Recommendation 18", ("18",)),
        ("Recommendations 18 and 19", ("18", "19")),
        ("paras. 95.1-95.3", ("95.1", "95.2", "95.3")),
        ("Nos. 7, 8, 9", ("7", "8", "9")),
        (" 10", ("10",)),
        ("12.", ("12",)),
        ("5, 6, 5", ("5", "6")),                                         # a repeat counts once
    ],
)
def test_every_written_form_expands_to_labels_as_written(written: str, labels: tuple[str, ...]) -> None:
    assert parse_label_list(written) == labels


@pytest.mark.parametrize(
    "written",
    [
        "5–500",            # absurd range
        "1-999",
        "16–12",            # backwards
        "95.3–96.2",        # across paragraphs: no way to expand
        "2009–2012",        # years, not labels
        "2009",
        "3,776",            # a count with a thousands separator
        "17 and 18 of the Constitution",  # running text that begins with numbers
        "paragraph 97",     # a paragraph of the report, not a recommendation
        "",
        "Accepted",
    ],
)
def test_what_is_not_a_group_of_labels_is_refused(written: str) -> None:
    assert parse_label_list(written) is None


def test_a_range_may_span_the_longest_list_a_review_has_produced() -> None:
    assert len(expand_range("1", str(1 + MAX_RANGE_SPAN))) == MAX_RANGE_SPAN + 1
    assert expand_range("1", str(2 + MAX_RANGE_SPAN)) is None
    assert expand_range("122.3", "5") == ["122.3", "122.4", "122.5"]


def test_labels_named_in_prose_are_found_with_where_they_stand() -> None:
    text = "Kazakhstan accepts recommendations 97.1, 97.5 and 97.6 and notes recommendation 97.8."
    mentions = find_label_mentions(text)
    assert [m.labels for m in mentions] == [("97.1", "97.5", "97.6"), ("97.8",)]
    assert [text[m.start:m.end] for m in mentions] == ["recommendations 97.1, 97.5 and 97.6", "recommendation 97.8"]
    assert not any(m.cross_reference for m in mentions)


def test_numbers_in_prose_without_a_keyword_are_not_labels() -> None:
    text = ("The National Plan of Action on Human Rights for 2009–2012 provides for a term of from 5 to 15 "
            "years; 3,776 religious associations are active; see articles 17 and 18 of the Constitution.")
    assert find_label_mentions(text) == []


def test_a_paragraph_of_the_report_is_not_a_recommendation_but_paras_with_full_labels_are() -> None:
    assert find_label_mentions("the recommendations contained in paragraph 97 of the report") == []
    assert [m.labels for m in find_label_mentions("paras. 95.1-95.3 enjoy support")] == [("95.1", "95.2", "95.3")]


def test_a_year_after_a_list_ends_the_list() -> None:
    mentions = find_label_mentions("Recommendations 18 and 19 of 2010 are accepted.")
    assert [m.labels for m in mentions] == [("18", "19")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("See recommendation 24.", ("24",)),
        ("see recommendation 24 above", ("24",)),
        ("See the response to recommendations 3 and 4.", ("3", "4")),
        ("Same response as for recommendation 97.2.", ("97.2",)),
        ("See 24", ("24",)),
        ("Same as 12 above.", ("12",)),
    ],
)
def test_a_text_that_only_points_to_another_answer_is_a_cross_reference(text: str, target: tuple[str, ...]) -> None:
    assert cross_reference_target(text) == target


@pytest.mark.parametrize(
    "text",
    [
        "The recommendation is accepted; see recommendation 24 for the plan of action and its budget.",
        "As for recommendation 12, Kazakhstan does not accept it.",
        "Recommendation 24 is accepted.",
    ],
)
def test_a_text_that_says_more_is_not_a_cross_reference(text: str) -> None:
    assert cross_reference_target(text) is None


def test_a_mention_after_see_is_marked_as_a_cross_reference() -> None:
    [mention] = find_label_mentions("The answer is the same: see recommendations 5 and 6.")
    assert mention.cross_reference and mention.labels == ("5", "6")


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Recommendations 122.4 – 6 are not accepted.", [("122.4", "122.5", "122.6")]),
        ("Recommendations 14–16, 18–20 are accepted.", [("14", "15", "16", "18", "19", "20")]),
        ("Recommendations 5 and 6 are accepted", [("5", "6")]),
        ("Rec. 18 — we consider this implemented", [("18",)]),
        ("Recommendations 140.35. 140.36 are supported.", [("140.35", "140.36")]),
        ("Recommendations 122.14– 15 are accepted.", [("122.14", "122.15")]),
        ("Recommendations 11 13 20 21 are accepted.", [("11", "13", "20", "21")]),
        ("Recommendations 150 – 152 are noted.", [("150", "151", "152")]),
        ("Recommendation 5 is accepted: the National Plan for 2009–2012 provides for it.", [("5",)]),
        ("Recommendations 5 and 6 are part of the plan for 2009 – 2012.", [("5", "6")]),
    ],
)
def test_every_written_form_is_found_whole_inside_a_sentence(text: str, labels: list[tuple[str, ...]]) -> None:
    assert [m.labels for m in find_label_mentions(text)] == labels


def test_a_pointer_after_a_label_is_a_second_mention_marked_as_a_cross_reference() -> None:
    text = "Recommendation 24: see recommendation 23."
    own, pointer = find_label_mentions(text)
    assert (own.labels, own.cross_reference) == (("24",), False)
    assert (pointer.labels, pointer.cross_reference) == (("23",), True)
    assert text[pointer.start:pointer.end] == "recommendation 23"
    assert cross_reference_target(text[own.end:].lstrip(": ")) == ("23",)


@pytest.mark.parametrize(
    "text",
    [
        "the plan for 2009–2012",
        "The National Plan of Action on Human Rights for 2009–2012 was adopted.",
        "the plan for 2009 – 2012 and the Constitution of 1995",
        "since December 2003, and in 2009-2012 again",
    ],
)
def test_a_year_range_inside_a_sentence_is_never_labels(text: str) -> None:
    assert find_label_mentions(text) == []
    assert parse_label_list(text) is None


@pytest.mark.parametrize(
    ("written", "labels"),
    [
        ("122.5–7, 122.9–10", ("122.5", "122.6", "122.7", "122.9", "122.10")),   # two abbreviated ranges
        ("14–16, 18–20", ("14", "15", "16", "18", "19", "20")),
        ("122.4 – 6", ("122.4", "122.5", "122.6")),
        ("5 and 6", ("5", "6")),
    ],
)
def test_lists_of_ranges_expand_every_range(written: str, labels: tuple[str, ...]) -> None:
    assert parse_label_list(written) == labels


@pytest.mark.parametrize(
    "text",
    [
        "Examplestan ratified the Domestic Workers Convention (No. 189) in 2012.",
        "Convention No. 169 on indigenous peoples is under study.",
        "ILO Conventions Nos. 102 and 118 were ratified.",
        "the Social Security Convention, No. 118, and the Maternity Protection Convention",
        "Law No. 12 of 4 December 2009 and Decree No. 345 set up the office.",
        "Government resolution No. 1021 adopted the plan for 2009–2012.",
    ],
)
def test_numbers_after_no_that_number_conventions_laws_and_decrees_are_not_labels(text: str) -> None:
    assert find_label_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Kazakhstan considers that recommendations Nos. 7, 8 and 9 are implemented.", [("7", "8", "9")]),
        ("Recommendation No. 5 is accepted.", [("5",)]),
        ("No. 5: accepted.", [("5",)]),                               # a cell that begins with it
        ("Accepted.\nNos. 7 and 8 are not accepted.", [("7", "8")]),  # at the start of a line
        ("The Government accepts recommendations No. 5, No. 6 and No. 9.", [("5",), ("6",), ("9",)]),
        ("Recommendation No. 5 is accepted, and Convention No. 169 is under study.", [("5",)]),
    ],
)
def test_no_still_introduces_recommendations_after_the_word_or_at_the_start_of_a_line(text, labels) -> None:
    assert [m.labels for m in find_label_mentions(text)] == labels


@pytest.mark.parametrize(
    ("written", "labels"),
    [
        ("5., 6., 7., 8., 9.", ("5", "6", "7", "8", "9")),   # numbered cells run together
        ("5., 6., 7., 8.,", ("5", "6", "7", "8")),           # a group that goes on below
        ("12, 15, 17", ("12", "15", "17")),
        ("97.5., 97.6.", ("97.5", "97.6")),
    ],
)
def test_numbered_cells_with_their_full_stops(written: str, labels: tuple[str, ...]) -> None:
    assert parse_label_list(written) == labels
