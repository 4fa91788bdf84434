"""How alike two recommendations' wordings are: the score behind "recommended again" suggestions.

Similarity is measured with rapidfuzz (MIT licence, maintained, compiled: every pair of two
500-recommendation reviews in about 2 seconds on 2 shared cores): the mean of token_set_ratio and
token_sort_ratio, on texts normalised as the suggestion model normalises them. token_set_ratio alone
gives 100 to any short text whose words all recur in a longer one ("Ratify the Optional Protocol to
CRPD" inside a recommendation on the Second Optional Protocol to the ICCPR); token_sort_ratio alone
punishes a repeated request that adds a clause. The mean keeps what both agree on.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from upr_tracker.suggestions.text import normalise_text

# The lowest score suggested. Set on Kazakhstan's 2010 and 2014 reviews (see README): from 73 up
# each of the 13 pairs is the same request made again (the draft law on domestic violence, the
# national mechanism for the prevention of torture, the National Action Plan, zero tolerance of
# torture, the Second Optional Protocol and the death penalty, the migrant workers' convention, the
# CRPD...); below 73, right pairs (the Rome Statute) come mixed with pairs that share only a frame
# of words (two different treaties after "ratify the Optional Protocol to", two different freedoms
# after "review legislation").
SUGGESTION_THRESHOLD = 73.0
# Texts shorter than this (in words, once normalised) say too little to be matched by wording.
MINIMUM_WORDS = 4

Key = TypeVar("Key", bound=Hashable)


def comparable_text(text: str) -> str | None:
    """The normalised text, or None when it is too short to be matched by wording."""
    normalised = normalise_text(text)
    return normalised if len(normalised.split()) >= MINIMUM_WORDS else None


def similarity_scores(texts: Sequence[str], others: Sequence[str]) -> np.ndarray:
    """Scores 0-100 of each normalised text (rows) against each other one (columns)."""
    scores: np.ndarray = (process.cdist(texts, others, scorer=fuzz.token_set_ratio, workers=1)
                          + process.cdist(texts, others, scorer=fuzz.token_sort_ratio, workers=1)) / 2
    return scores


def text_similarity(first: str, second: str) -> float:
    """The score 0-100 of two texts as written (normalised here)."""
    a, b = normalise_text(first), normalise_text(second)
    return (fuzz.token_set_ratio(a, b) + fuzz.token_sort_ratio(a, b)) / 2


def similar_pairs(earlier: Sequence[tuple[Key, str]], later: Sequence[tuple[Key, str]],
                  threshold: float = SUGGESTION_THRESHOLD) -> list[tuple[Key, Key, float]]:
    """(earlier key, later key, score) for each later text's best earlier match (and any tied with
    it) scoring at least `threshold`; the texts are normalised already."""
    if not earlier or not later:
        return []
    scores = similarity_scores([t for _k, t in later], [t for _k, t in earlier])
    found = []
    for row, (later_key, _text) in enumerate(later):
        best = float(scores[row].max())
        if best < threshold:
            continue
        found += [(earlier[column][0], later_key, best) for column in range(len(earlier))
                  if scores[row][column] == best]
    return found
