"""The words of a list nearest to a word: "did you mean …?" hints, near-duplicate terms, a
recommendation's text edited slightly.

Similarity is rapidfuzz's `fuzz.ratio`, the normalised Indel similarity 2·LCS / (len(a) + len(b)),
compiled and fast. It is the measure `difflib.get_close_matches` estimates, and the results are the
same on names and terms with typos (measured on every State name in its languages, with random
deletions, substitutions and transpositions). Where the two differ, rapidfuzz is the right one:
difflib counts the longest matching blocks greedily, which can miss a longer common subsequence, and
on texts of 200 characters or more it ignores its "popular" characters (spaces, e, a, t…) except
at the ends of a block, so that one changed word in a long recommendation scores far lower than
the same change in a short one. rapidfuzz's score is never below difflib's.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

# Floating-point rounding must not drop a word whose score is exactly the cutoff, as difflib keeps it.
_EPSILON = 1e-9


def similarity(a: str, b: str) -> float:
    """How alike two texts are, from 0.0 to 1.0 (the scale of difflib's ratio)."""
    return fuzz.ratio(a, b) / 100.0


def close_matches(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """At most `n` of `choices` whose similarity to `word` is at least `cutoff` (0.0 to 1.0), best
    first; like difflib.get_close_matches, a tie goes to the later one in reverse alphabetical order,
    so that the answer does not depend on the order in which the choices came."""
    if n <= 0:
        raise ValueError(f"n must be > 0: {n!r}")
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError(f"cutoff must be in [0.0, 1.0]: {cutoff!r}")
    found = process.extract(word, list(choices), scorer=fuzz.ratio, limit=None,
                            score_cutoff=max(0.0, cutoff * 100 - _EPSILON))
    best = sorted(((score, choice) for choice, score, _index in found), reverse=True)
    return [choice for _score, choice in best[:n]]
