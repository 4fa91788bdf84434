"""A trained linear text classifier kept as plain arrays, portable across scikit-learn versions.

No scikit-learn object is pickled: the file holds the vocabularies, the idf weights, the
coefficients and the intercepts. At run time scikit-learn's CountVectorizer, given the stored
vocabulary, counts the words again; idf, sublinear tf and l2 normalisation are applied as
TfidfVectorizer applies them (in numpy, on the sparse matrix's own arrays: one text is scored in
about a millisecond), and the scores become probabilities with numpy (softmax for one category among
several, sigmoid for each of several labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from upr_tracker.suggestions.text import first_verb_features, normalise_text

WORD_TOKENS = r"(?u)\b\w\w+\b"


def _identity(text: str) -> str:
    return text


def pack_words(words: Sequence[str]) -> np.ndarray:
    """A list of strings as one UTF-8 byte array (no pickling, compresses well)."""
    return np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8)


def unpack_words(packed: np.ndarray) -> list[str]:
    text = packed.tobytes().decode("utf-8")
    return text.split("\n") if text else []


@dataclass
class WordFeatures:
    """TF-IDF over word n-grams with a fixed vocabulary (columns in the vocabulary's order)."""

    vocabulary: list[str]
    idf: np.ndarray
    ngram_max: int
    stop_words: list[str] | None
    sublinear_tf: bool = True

    def __post_init__(self) -> None:
        # The texts come in normalised already, so the vectorizer's own preprocessing is the identity.
        self._counter = CountVectorizer(vocabulary=self.vocabulary, ngram_range=(1, self.ngram_max),
                                        token_pattern=WORD_TOKENS, lowercase=False, preprocessor=_identity,
                                        stop_words=self.stop_words, dtype=np.float64)
        self._counter.fit([])  # only checks the fixed vocabulary
        self._idf = self.idf.astype(np.float64)

    def transform(self, normalised: Sequence[str]) -> sparse.csr_matrix:
        """tf (1 + log of the count when sublinear) x idf, each row scaled to length 1 (as
        TfidfVectorizer with norm="l2")."""
        counts = self._counter.transform(normalised).tocsr()
        data = counts.data
        if self.sublinear_tf:
            np.log(data, data)
            data += 1.0
        data *= self._idf[counts.indices]
        rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
        norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=counts.shape[0]))
        data /= norms[rows]
        return counts


@dataclass
class VerbFeatures:
    """Binary "first verb" features with a fixed vocabulary."""

    vocabulary: list[str]

    def __post_init__(self) -> None:
        self._counter = CountVectorizer(vocabulary=self.vocabulary, analyzer=first_verb_features, binary=True,
                                        lowercase=False, dtype=np.float64)
        self._counter.fit([])

    def transform(self, normalised: Sequence[str]) -> sparse.csr_matrix:
        return self._counter.transform(normalised).tocsr()


@dataclass
class LinearScores:
    """coefficients (labels x features) and intercepts; probabilities by softmax or sigmoid."""

    labels: list[str]
    coefficients: np.ndarray
    intercepts: np.ndarray
    exclusive: bool  # one label among several (softmax) or each label on its own (sigmoid)

    def __post_init__(self) -> None:
        self._weights = np.ascontiguousarray(self.coefficients.astype(np.float32).T)
        self._intercepts = self.intercepts.astype(np.float64)

    def probabilities(self, *blocks: sparse.csr_matrix) -> np.ndarray:
        """Probabilities of each label for each row; the features may come in blocks of columns
        (the words, then the opening), in the coefficients' order."""
        scores = np.tile(self._intercepts, (blocks[0].shape[0], 1))
        start = 0
        for block in blocks:
            width = block.shape[1]
            scores += block.astype(np.float32) @ self._weights[start:start + width]
            start += width
        if self.exclusive:
            scores -= scores.max(axis=1, keepdims=True)
            np.exp(scores, scores)
            scores /= scores.sum(axis=1, keepdims=True)
            return scores
        return 1.0 / (1.0 + np.exp(-scores))


def normalised_texts(texts: Sequence[str]) -> list[str]:
    return [normalise_text(text) for text in texts]

