"""Suggestions for recommendations that lack them: an action category, UPR Info issues (the app's
themes) and SDGs, each with a confidence.

The SDGs are derived, not learned: the sample the model was trained on has no SDG labels, so an SDG's
confidence is the probability of the most likely issue that serves it (issue_sdgs.json).

The model learnt English. A text most of whose words it never saw (French, Spanish, Russian...)
gets no suggestion at all: read as English, "Poursuivre ses efforts" would be given a confident and
wrong category.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

import numpy as np

from upr_tracker.suggestions.linear_model import normalised_texts
from upr_tracker.suggestions.model_files import (
    ARRAYS_FILE, ISSUE_SDGS_FILE, METADATA_FILE, SuggestionModel, read_issue_sdgs, read_model,
)

MODELS_PACKAGE = "upr_tracker.resources.models"
# Texts are scored in batches of this many: the feature matrices of a batch stay small.
BATCH = 5000
# The share of a text's words the model must know to suggest anything. English recommendations of a
# session the model never saw: 99.5 % know at least 72 % of their words; French and Spanish ones
# about a tenth (at most 22 %).
MINIMUM_KNOWN_WORDS = 0.5
_WORDS = re.compile(r"(?u)\b\w\w+\b")


@dataclass(frozen=True)
class Scored:
    value: str          # action category "1".."5"; a theme's name as in vocabularies.json; an SDG code "16"
    confidence: float   # 0..1


@dataclass(frozen=True)
class TextSuggestions:
    action_category: Scored | None     # None when below the shown threshold
    themes: tuple[Scored, ...]         # best first; only those the app shows
    sdgs: tuple[Scored, ...]           # best first; only those the app shows


NOTHING = TextSuggestions(None, (), ())


@dataclass(frozen=True)
class Probabilities:
    """Every label's probability for a batch of texts (rows in the texts' order)."""

    categories: tuple[str, ...]
    category: np.ndarray     # texts x categories, rows sum to 1
    issues: tuple[str, ...]
    issue: np.ndarray        # texts x issues, each 0..1 on its own
    known: np.ndarray        # texts: whether the model knows enough of the text's words to suggest


class Suggester:
    def __init__(self, model: SuggestionModel, issue_sdgs: dict[str, tuple[str, ...]]) -> None:
        self.model = model
        self.model_version: str = model.version
        thresholds = model.thresholds
        self.category_threshold = float(thresholds["action_category"])
        self.theme_threshold = float(thresholds["themes"])
        # The most likely issue is shown even below the threshold, if it reaches this.
        self.top_theme_floor = float(thresholds.get("top_theme_floor", self.theme_threshold))
        self.minimum_known_words = float(thresholds.get("known_words", MINIMUM_KNOWN_WORDS))
        self.issue_sdgs = issue_sdgs
        self._known_words = frozenset(w for w in model.category_words.vocabulary if " " not in w)

    def known_share(self, normalised: str) -> float:
        """The share of the text's words (not numbers) that the model knows; 0 for a text without words."""
        words = [w for w in _WORDS.findall(normalised) if not w.isdigit()]
        return sum(w in self._known_words for w in words) / len(words) if words else 0.0

    def probabilities(self, texts: Sequence[str]) -> Probabilities:
        model = self.model
        normalised = normalised_texts(texts)
        words_x = model.category_words.transform(normalised)
        opening_x = model.category_verbs.transform(normalised)
        issue_x = model.issue_words.transform(normalised)
        known = np.array([self.known_share(text) >= self.minimum_known_words for text in normalised], dtype=bool)
        return Probabilities(tuple(model.category_scores.labels),
                             model.category_scores.probabilities(words_x, opening_x),
                             tuple(model.issue_scores.labels), model.issue_scores.probabilities(issue_x), known)

    def suggest(self, texts: Sequence[str]) -> list[TextSuggestions]:
        found: list[TextSuggestions] = []
        for start in range(0, len(texts), BATCH):
            batch = texts[start:start + BATCH]
            scored = self.probabilities(batch)
            found += [self._suggestions(scored, row) if scored.known[row] else NOTHING for row in range(len(batch))]
        return found

    def suggest_one(self, text: str) -> TextSuggestions:
        return self.suggest([text])[0]

    def _suggestions(self, scored: Probabilities, row: int) -> TextSuggestions:
        category_row = scored.category[row]
        best = int(category_row.argmax())
        category = (Scored(scored.categories[best], round(float(category_row[best]), 4))
                    if category_row[best] >= self.category_threshold else None)
        issue_row = scored.issue[row]
        order = np.argsort(-issue_row, kind="stable")
        themes = []
        for rank, column in enumerate(order):
            probability = float(issue_row[column])
            if probability >= self.theme_threshold or (rank == 0 and probability >= self.top_theme_floor):
                themes.append(Scored(scored.issues[column], round(probability, 4)))
            else:
                break
        sdgs: dict[str, float] = {}
        for theme in themes:
            for code in self.issue_sdgs.get(theme.value, ()):
                sdgs[code] = max(sdgs.get(code, 0.0), theme.confidence)
        ranked_sdgs = sorted(sdgs.items(), key=lambda item: (-item[1], int(item[0]) if item[0].isdigit() else 99))
        return TextSuggestions(category, tuple(themes), tuple(Scored(code, p) for code, p in ranked_sdgs))


@functools.cache
def load_suggester() -> Suggester:
    """The model shipped inside the package (read once)."""
    folder = resources.files(MODELS_PACKAGE)
    arrays = io.BytesIO(folder.joinpath(ARRAYS_FILE).read_bytes())
    model = read_model(arrays, folder.joinpath(METADATA_FILE).read_text(encoding="utf-8"),
                       source=f"{MODELS_PACKAGE}/{ARRAYS_FILE}")
    issue_sdgs = read_issue_sdgs(folder.joinpath(ISSUE_SDGS_FILE).read_text(encoding="utf-8"))
    return Suggester(model, issue_sdgs)
