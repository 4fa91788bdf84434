"""Reading a State's position out of the wording of its response."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.domain.positions import Position
from upr_tracker.parsing.position_classifier import (
    UNCLEAR_BELOW,
    classify_response,
    opens_with_position_word,
    position_statements,
    split_sentences,
)

INSOFAR = ("The recommendation is thus accepted insofar as it relates to the enhancement of organizational and "
           "practical measures.")
SUPPORTED, NOTED, PARTIAL, PENDING = (
    Position.SUPPORTED, Position.NOTED, Position.PARTIALLY_SUPPORTED, Position.PENDING,
)


@pytest.mark.parametrize(
    ("text", "position", "implemented", "deciding"),
    [
        ("The recommendation is accepted.", SUPPORTED, False, "The recommendation is accepted."),
        ("Kazakhstan therefore does not accept the recommendation.", NOTED, False,
         "Kazakhstan therefore does not accept the recommendation."),
        ("The recommendation is not accepted.", NOTED, False, "The recommendation is not accepted."),
        ("We believe that the recommendation may be rejected. There is no obligation on States to do so.",
         NOTED, False, "We believe that the recommendation may be rejected."),
        ("The recommendation cannot be accepted until all the branches of power have agreed on a common position.",
         NOTED, False,
         "The recommendation cannot be accepted until all the branches of power have agreed on a common position."),
        ("The recommendation is under consideration.", PENDING, False, "The recommendation is under consideration."),
        ("These recommendations will be examined by the Government, which will provide its response in due course.",
         PENDING, False,
         "These recommendations will be examined by the Government, which will provide its response in due course."),
        (("In July 2009 a standing invitation was addressed to all special procedures.\n"
          "These recommendations have thus already been implemented by\nKazakhstan."),
         SUPPORTED, True, "These recommendations have thus already been implemented by Kazakhstan."),
        ("In the light of the foregoing, we consider that the recommendation has been implemented.",
         SUPPORTED, True, "In the light of the foregoing, we consider that the recommendation has been implemented."),
        ("Rec. 18 — we consider this implemented.", SUPPORTED, True, "Rec. 18 — we consider this implemented."),
        ("The recommendation is accepted in part.", PARTIAL, False, "The recommendation is accepted in part."),
        ("Examplestan partially accepts this recommendation.", PARTIAL, False,
         "Examplestan partially accepts this recommendation."),
        (INSOFAR, PARTIAL, False, INSOFAR),
        ("Examplestan accepts recommendation 122.15 in so far as it concerns the Optional Protocol.", PARTIAL, False,
         "Examplestan accepts recommendation 122.15 in so far as it concerns the Optional Protocol."),
        ("The Government supports the recommendation in principle.", SUPPORTED, False,
         "The Government supports the recommendation in principle."),
        ("Examplestan takes note of the recommendation.", NOTED, False, "Examplestan takes note of the recommendation."),
        ("This recommendation does not enjoy the support of Examplestan.", NOTED, False,
         "This recommendation does not enjoy the support of Examplestan."),
        ("The recommendations enjoy the support of Chile.", SUPPORTED, False,
         "The recommendations enjoy the support of Chile."),
        ("Kazakhstan accepts these recommendations.", SUPPORTED, False, "Kazakhstan accepts these recommendations."),
        ("The State is not in a position to accept the recommendation.", NOTED, False,
         "The State is not in a position to accept the recommendation."),
        ("The State has never accepted such a recommendation.", NOTED, False,
         "The State has never accepted such a recommendation."),
    ],
)
def test_real_wordings(text: str, position: Position, implemented: bool, deciding: str) -> None:
    reading = classify_response(text)
    assert reading.position is position
    assert reading.considered_implemented is implemented
    assert reading.deciding_sentence == deciding
    assert reading.confidence >= 0.7


@pytest.mark.parametrize(
    ("cell", "position", "implemented"),
    [
        ("Supported", SUPPORTED, False),
        ("Noted.", NOTED, False),
        ("Accepted", SUPPORTED, False),
        ("Not accepted", NOTED, False),
        ("Rejected", NOTED, False),
        ("Partially accepted", PARTIAL, False),
        ("Pending", PENDING, False),
        ("Accepted and considered already implemented", SUPPORTED, True),
        ("Supported/Noted", PARTIAL, False),
    ],
)
def test_a_bare_position_word_is_a_position(cell: str, position: Position, implemented: bool) -> None:
    reading = classify_response(cell)
    assert (reading.position, reading.considered_implemented) == (position, implemented)
    assert reading.confidence >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "The recommendation is not accepted.",
        "The recommendation cannot be accepted.",
        "Kazakhstan does not accept the recommendation.",
        "Examplestan cannot accept these recommendations.",
        "The recommendation was not supported.",
        "This recommendation does not enjoy the support of the Government.",
        "The State is unable to support the recommendation.",
        "The Government could not agree to the recommendation.",
    ],
)
def test_a_negation_never_reads_as_assent(text: str) -> None:
    assert classify_response(text).position is NOTED


def test_cannot_be_accepted_until_beats_an_issue_under_consideration_but_lowers_confidence() -> None:
    """Kazakhstan's answer to 97.3: the refusal names the recommendation, the pending cue names
    only "the issue of ratification"; the answer is noted, with less than full confidence."""
    reading = classify_response(
        "The recommendation concerning ratification by Kazakhstan of the Rome Statute of the International "
        "Criminal Court cannot be accepted until all the branches of power have agreed on a common position. "
        "The issue of ratification is under consideration by the competent Kazakh authorities."
    )
    assert reading.position is NOTED
    assert reading.deciding_sentence.startswith("The recommendation concerning ratification")
    assert 0.5 <= reading.confidence < 0.9


def test_implemented_about_something_else_does_not_make_the_recommendation_implemented() -> None:
    reading = classify_response(
        "A government programme against trafficking in persons has been implemented since 2003. "
        "The recommendation is accepted."
    )
    assert (reading.position, reading.considered_implemented) == (SUPPORTED, False)


def test_not_yet_implemented_says_nothing_of_the_position() -> None:
    assert classify_response("The recommendation has not been implemented yet.").position is None


def test_a_response_that_gives_no_position_is_none_with_low_confidence() -> None:
    reading = classify_response(
        "The current legislation ensures strict compliance with the principle of non-refoulement. "
        "It should be noted that there is no policy of discrimination."
    )
    assert reading.position is None
    assert reading.deciding_sentence is None
    assert reading.confidence < 0.3


def test_accepting_and_refusing_in_separate_sentences_is_left_undecided() -> None:
    reading = classify_response(
        "The recommendation is accepted. The law adopted on 10 July 2009 does not violate the Constitution. "
        "Kazakhstan therefore does not accept the recommendation concerning the revision of the law."
    )
    assert reading.position is None
    assert reading.confidence < 0.5


def test_one_sentence_that_accepts_one_part_and_refuses_another_is_partial() -> None:
    reading = classify_response(
        "Examplestan accepts the first part of the recommendation but does not accept the declaration under article 22."
    )
    assert reading.position is PARTIAL


def test_only_a_weak_cue_gives_a_position_with_low_confidence() -> None:
    reading = classify_response("The issue of ratification is under consideration by the competent authorities.")
    assert reading.position is PENDING
    assert reading.confidence < 0.5


def test_the_deciding_sentence_is_verbatim_but_for_line_breaks() -> None:
    reading = classify_response("Accordingly, Kazakhstan does not accept the\n   recommendation.")
    assert reading.deciding_sentence == "Accordingly, Kazakhstan does not accept the recommendation."


def test_sentences_do_not_end_at_abbreviations_or_inside_labels() -> None:
    sentences = split_sentences("Rec. 18 and paras. 95.1-95.3 are accepted. Nos. 7 and 8 are not. The end")
    assert [s.text for s in sentences] == [
        "Rec. 18 and paras. 95.1-95.3 are accepted.", "Nos. 7 and 8 are not.", "The end",
    ]


def test_statements_say_whether_they_conclude_and_their_grammatical_number() -> None:
    statements = position_statements(
        "The recommendation is accepted. Kazakhstan accepts these recommendations. "
        "Kazakhstan therefore does not accept the recommendation."
    )
    assert [(s.position, s.plural, s.concluding) for s in statements] == [
        (SUPPORTED, False, False), (SUPPORTED, True, False), (NOTED, False, True),
    ]


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Accepted.", True),
        ("accepted", True),
        ("Supported", True),
        ("Noted. The Constitution reserves marriage to a man and a woman.", True),
        ("Not accepted.", True),
        ("are accepted.", False),             # a sentence, not a position word
        ("6 are not accepted.", False),       # what is left when a range is cut at its dash
        ("years of practice.", False),
        ("", False),
    ],
)
def test_a_text_that_opens_with_a_bare_position_word(text: str, opens: bool) -> None:
    assert opens_with_position_word(text) is opens


# --- answers in parts, positions put off, the reach of a negation ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan accepts the recommendation regarding the national preventive mechanism but cannot accept the "
        "recommendation on the abolition of the death penalty.",
        "Kazakhstan accepts the recommendation regarding the national preventive mechanism. However, it cannot "
        "accept the recommendation on the abolition of the death penalty.",
        "Examplestan cannot accept the part of the recommendation on the death penalty. At the same time, it accepts "
        "the part of the recommendation concerning the moratorium.",
    ],
)
def test_an_answer_that_accepts_one_part_and_refuses_another_is_partial_with_both_sentences(text: str) -> None:
    reading = classify_response(text)
    assert reading.position is PARTIAL
    assert "accepts" in reading.deciding_sentence and "cannot accept" in reading.deciding_sentence
    assert " ".join(text.split()) == reading.deciding_sentence or len(split_sentences(text)) == 2
    assert reading.confidence >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "Examplestan cannot, at this point in time, make a definitive statement on this recommendation.",
        "The Government is not in a position to take a definitive position on the recommendation.",
        "Kazakhstan is not yet in a position to give a final answer to these recommendations.",
        "The Government is unable at this stage to take a firm position on the recommendation.",
        "A definitive position will be communicated to the Council in due course.",
    ],
)
def test_a_position_put_off_is_pending_with_low_confidence_never_acceptance(text: str) -> None:
    reading = classify_response(text)
    assert reading.position is PENDING
    assert reading.confidence < 0.5
    assert reading.deciding_sentence == text


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("The Government, which has not ratified the Convention, accepts the recommendation.", SUPPORTED),
        ("Although the law does not yet provide for it, the recommendation is accepted.", SUPPORTED),
        ("Kazakhstan has not only accepted the recommendation but already implemented it.", SUPPORTED),
        ("Kazakhstan does not, at this stage, accept the recommendation.", NOTED),
        ("Kazakhstan cannot, for the reasons given above, accept the recommendation.", NOTED),
    ],
)
def test_a_negation_reaches_its_own_clause_only(text: str, position: Position) -> None:
    assert classify_response(text).position is position


_SUBJECTS = ["Examplestan", "The Government", "The State under review", "Kazakhstan"]
_CLAUSES = ["which has not ratified the Convention", "whose law does not yet provide for it",
            "which cannot yet report on progress", "which never had such a programme"]


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_CLAUSES),
       st.sampled_from(["accepts", "supports"]), st.sampled_from(["the recommendation", "these recommendations"]))
def test_a_negation_inside_a_relative_clause_never_turns_assent_into_refusal(subject, clause, verb, what) -> None:
    assert classify_response(f"{subject}, {clause}, {verb} {what}.").position is SUPPORTED


@given(st.sampled_from(_SUBJECTS), st.sampled_from(["does not", "cannot", "will not", "is unable to"]),
       st.sampled_from(["", "at this stage, ", "for the reasons above, ", "in the present circumstances, "]),
       st.sampled_from(["accept", "support"]), st.sampled_from(["the recommendation", "these recommendations"]))
def test_a_refusal_stays_a_refusal_whatever_stands_between_its_words(subject, negation, aside, verb, what) -> None:
    comma = f", {aside}" if aside else " "
    text = f"{subject} {negation}{comma}{verb} {what}."
    assert classify_response(text).position is NOTED, text


_PARTS = ["regarding the national preventive mechanism", "on the abolition of the death penalty",
          "concerning the registration of religious groups", "relating to the Optional Protocol"]


@given(st.sampled_from(_SUBJECTS), st.permutations(_PARTS), st.booleans(), st.booleans())
def test_accepting_one_part_and_refusing_another_is_partial_in_either_order(subject, parts, refuse_first,
                                                                            however) -> None:
    accept = f"{subject} accepts the recommendation {parts[0]}."
    refuse = f"{'However, it' if however else subject} cannot accept the recommendation {parts[1]}."
    first, second = (refuse, accept) if refuse_first else (accept, refuse)
    if refuse_first and however:
        second = f"However, {subject} accepts the recommendation {parts[0]}."
    reading = classify_response(f"{first} {second}")
    assert reading.position is PARTIAL
    assert reading.deciding_sentence.count(".") >= 2   # both sentences


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Examplestan does not consider itself in a position to accept the recommendation.", NOTED),
        ("Examplestan does not, at present, consider itself able to support the recommendation.", NOTED),
        ("Examplestan is not yet able to accept these recommendations.", NOTED),
        ("Examplestan cannot commit to abolishing the death penalty, as the recommendation asks.", NOTED),
        ("The Government will respond to the recommendation in due course.", PENDING),
        ("The Government, not being in a position to ratify the Convention now, nonetheless accepts the "
         "recommendation to consider it.", SUPPORTED),
    ],
)
def test_refusals_and_deferrals_in_many_words(text: str, position: Position) -> None:
    assert classify_response(text).position is position


VERDICTS = [("Accepted", Position.SUPPORTED, False), ("Supported", Position.SUPPORTED, False),
            ("Rejected", Position.NOTED, False), ("Noted", Position.NOTED, False),
            ("Not accepted", Position.NOTED, False), ("Accepted and already implemented", Position.SUPPORTED, True),
            ("Supported, and considered already implemented", Position.SUPPORTED, True)]
EXPLANATIONS = [", as it is based on distorted information.", ". 2018 will see the publication of a new strategy.",
                ". 169 of the ILO conventions are not relevant to the overseas territories.",
                "; the Law No. 12 of 2007 provides for it.", ".", ", because the Constitution already provides for it."]


@given(st.sampled_from(VERDICTS), st.sampled_from(EXPLANATIONS), st.booleans())
def test_a_verdict_that_opens_an_answer_is_a_strong_cue(verdict, explanation: str, lower: bool) -> None:
    words, position, implemented = verdict
    if explanation.startswith(",") and "," in words:
        explanation = explanation.replace(",", ";", 1)
    text = (words.lower() if lower else words) + explanation
    reading = classify_response(text)
    assert (reading.position, reading.considered_implemented) == (position, implemented)
    assert reading.confidence >= UNCLEAR_BELOW


def test_a_hedged_opening_verdict_stays_a_weak_cue() -> None:
    assert classify_response("Accepted in principle, subject to the availability of funds.").confidence < UNCLEAR_BELOW
