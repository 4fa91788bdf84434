"""The wording similarity behind "recommended again", shared with the suggestion model's text
normalisation: Kazakhstan's 2010 and 2014 reviews give exactly the pairs and scores they always gave."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.services.recommended_again import suggestion_rows
from upr_tracker.storage.database import Database
from upr_tracker.suggestions.similarity import (
    MINIMUM_WORDS, SUGGESTION_THRESHOLD, comparable_text, similar_pairs, text_similarity,
)
from upr_tracker.suggestions.text import normalise_text

KAZAKHSTAN_PAIRS = {
    ("95.102", "125.23"): 80.3, ("95.14", "124.10"): 95.1, ("95.2", "125.9"): 93.6, ("95.21", "125.21"): 80.0,
    ("95.25", "125.25"): 85.3, ("95.3", "125.1"): 74.0, ("95.36", "125.40"): 79.3, ("95.41", "126.5"): 82.0,
    ("95.44", "125.49"): 77.9, ("95.53", "125.53"): 77.1, ("95.75", "124.39"): 77.0, ("95.8", "125.35"): 79.0,
    ("97.1", "126.1"): 89.3,
}


def test_kazakhstan_2010_and_2014_give_the_same_pairs_and_scores(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    with Database.open(path) as db:
        found = {(e.label, later.label): score for _id, score, e, later in suggestion_rows(db, "KAZ")}
    assert found == KAZAKHSTAN_PAIRS


def test_the_model_and_the_similarity_read_the_same_words() -> None:
    text = "To ratify the OP-CAT, and establish its National Preventive Mechanism!"
    assert comparable_text(text) == normalise_text(text)
    assert comparable_text("Abolish the penalty") is None  # under MINIMUM_WORDS words
    assert len("abolish the death penalty".split()) >= MINIMUM_WORDS


def test_scores_of_pairs() -> None:
    assert text_similarity("Abolish the death penalty.", "ABOLISH the death-penalty") == 100
    repeat = text_similarity("Ratify the Second Optional Protocol to the ICCPR aiming at the abolition of the death penalty",
                             "Ratify without delay the Second Optional Protocol to the ICCPR, aiming at the abolition "
                             "of the death penalty")
    other = text_similarity("Ratify the Second Optional Protocol to the ICCPR",
                            "Ensure the independence of the judiciary and access to a lawyer")
    assert repeat >= SUGGESTION_THRESHOLD > other


def test_each_later_text_gets_its_best_earlier_match_and_the_ties() -> None:
    earlier = [("a", "abolish the death penalty now"), ("b", "abolish the death penalty now"),
               ("c", "ensure the independence of the judiciary")]
    later = [("x", "abolish the death penalty now"), ("y", "protect journalists from attacks and threats")]
    assert sorted(similar_pairs(earlier, later)) == [("a", "x", 100.0), ("b", "x", 100.0)]
    assert similar_pairs([], later) == [] and similar_pairs(earlier, []) == []


@given(st.text(max_size=120), st.text(max_size=120))
def test_similarity_is_symmetric_and_bounded(first: str, second: str) -> None:
    score = text_similarity(first, second)
    assert 0 <= score <= 100 and score == text_similarity(second, first)
