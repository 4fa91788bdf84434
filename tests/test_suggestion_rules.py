"""UPR Info's rule of the first verb (the baseline the model is measured against) and the text
normalisation and opening features shared by the model and the recommended-again similarity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.suggestions.rules import rule_category, verb_category
from upr_tracker.suggestions.text import first_verb_features, normalise_text


@pytest.mark.parametrize(("text", "category"), [
    ("Share its best practices with other countries", 1),
    ("Seek technical assistance from OHCHR", 1),
    ("Request the support of the international community", 1),
    ("Continue its efforts to combat trafficking", 2),
    ("Maintain its moratorium on executions", 2),
    ("Pursue its cooperation with the treaty bodies", 2),
    ("Continue and strengthen its efforts to fight poverty", 4),
    ("Maintain and enhance its cooperation with civil society", 4),
    ("Consider ratifying the Convention on Migrant Workers", 3),
    ("Review its legislation on freedom of assembly", 3),
    ("Study the possibility of acceding to the Rome Statute", 3),
    ("Examine the possibility of abolishing the death penalty", 3),
    ("Ensure that all detainees have access to a lawyer", 4),
    ("Promote the rights of persons with disabilities", 4),
    ("Take measures to prevent torture", 4),
    ("Intensify its efforts against domestic violence", 4),
    ("Strengthen the protection of women, including by adopting a law on domestic violence", 5),
    ("Adopt a law on domestic violence", 5),
    ("Amend the Criminal Code to define torture", 5),
    ("Ratify the Second Optional Protocol to the ICCPR", 5),
    ("Abolish the death penalty", 5),
    ("Sign and ratify the CPED", 5),
    ("Accede to the 1951 Refugee Convention", 5),
    ("Enact legislation prohibiting corporal punishment", 5),
    ("Repeal the provisions criminalizing defamation", 5),
    ("Establish a national human rights institution", 5),
    # Adverbs and "to" before the verb, and other forms of the verb.
    ("Further strengthen its efforts", 4),
    ("To fully implement the recommendations of the treaty bodies", 4),
    ("Also consider ratifying the OP-CAT", 3),
    ("Effectively ensure the independence of the judiciary", 4),
    ("That Kazakhstan ratifies the Convention", 5),
])
def test_the_first_verb_decides(text: str, category: int) -> None:
    assert rule_category(text) == category


@pytest.mark.parametrize("text", ["", "The situation of women", "Kazakhstan"])
def test_no_known_verb_gives_no_category(text: str) -> None:
    assert rule_category(text) is None


@pytest.mark.parametrize(("word", "category"), [("ratifying", 5), ("ratified", 5), ("ensures", 4),
                                                ("considering", 3), ("continuing", 2), ("studies", 3)])
def test_simple_forms_of_a_verb(word: str, category: int) -> None:
    assert verb_category(word) == category


def test_normalisation_is_lower_case_words_without_punctuation() -> None:
    assert normalise_text("  Ratify the OP-CAT (Optional Protocol), 2002!  ") == "ratify the op cat  optional protocol   2002"
    assert normalise_text("Свобода собраний") == "свобода собраний"


def test_opening_features() -> None:
    features = first_verb_features(normalise_text("Further continue and strengthen its efforts, including by adopting a law"))
    assert {"first=further", "verb=continue", "first2=further_continue", "continue_next=and", "continue=strengthen",
            "continue_and", "cue=including", "cue=by", "by=adopting"} <= set(features)
    assert first_verb_features("") == []


@given(st.text(max_size=200))
def test_any_text_is_normalised_and_ruled_without_error(text: str) -> None:
    normalised = normalise_text(text)
    assert normalised == normalised.lower().strip() or normalised == normalise_text(normalised)
    assert rule_category(text) in (None, 1, 2, 3, 4, 5)
    assert all(isinstance(f, str) for f in first_verb_features(normalised))
