"""A stand-in for the shipped model in tests of storing and deciding suggestions: it suggests by
words of the text, with fixed confidences, so that what is stored can be asserted exactly."""

from __future__ import annotations

from collections.abc import Sequence

from upr_tracker.suggestions import Scored, TextSuggestions

# word of the text -> (action category, themes, SDGs), each with its confidence
RULES = {
    "death penalty": (("4", 0.93), (("Death penalty", 0.81), ("Justice", 0.4)), (("16", 0.7),)),
    "school": (("3", 0.6), (("Right to education", 0.9),), (("4", 0.85), ("10", 0.3))),
    "torture": (("5", 0.55), (("Torture and other CID treatment", 0.88),), ()),
}


class WordSuggester:
    model_version = "test-1"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def suggest_one(self, text: str) -> TextSuggestions:
        return self.suggest([text])[0]

    def suggest(self, texts: Sequence[str]) -> list[TextSuggestions]:
        self.asked += texts
        found = []
        for text in texts:
            category, themes, sdgs = None, [], []
            for word, (rule_category, rule_themes, rule_sdgs) in RULES.items():
                if word in text.lower():
                    category = category or (Scored(*rule_category) if rule_category else None)
                    themes += [Scored(*t) for t in rule_themes]
                    sdgs += [Scored(*s) for s in rule_sdgs]
            found.append(TextSuggestions(category, tuple(sorted(themes, key=lambda s: -s.confidence)),
                                         tuple(sorted(sdgs, key=lambda s: -s.confidence))))
        return found
