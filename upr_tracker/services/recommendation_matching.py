"""Recognising a recommendation already stored when it arrives again from another source: by its
label, by its normalised text, or by a text that differs only slightly (a typo corrected, a
word of punctuation). A near match is never taken as certain: the importer flags it for review."""

from __future__ import annotations

import difflib
import uuid

from upr_tracker.domain.names import name_key

# Texts this similar (difflib ratio on the normalised text) may be the same recommendation.
SIMILAR_TEXT = 0.92


def _first_word(normalised: str) -> str:
    words = normalised.split()
    if words and words[0] == "to":
        words = words[1:]
    return words[0] if words else ""


class StoredRecommendations:
    """The stored recommendations of one review, by label, by text key, and for near matches."""

    def __init__(self) -> None:
        self.by_label: dict[str, uuid.UUID] = {}
        self.by_key: dict[str, uuid.UUID] = {}
        self.unlabelled_by_key: dict[str, uuid.UUID] = {}
        self._texts: dict[str, uuid.UUID] = {}
        self._unlabelled_texts: dict[str, uuid.UUID] = {}

    def add(self, rec_id: uuid.UUID, label: str | None, key: str, text: str) -> None:
        if label:
            self.by_label[label] = rec_id
        if not text:
            return
        self.by_key.setdefault(key, rec_id)
        self._texts[name_key(text)] = rec_id
        if not label:
            self.unlabelled_by_key.setdefault(key, rec_id)
            self._unlabelled_texts[name_key(text)] = rec_id

    def similar(self, text: str, *, unlabelled_only: bool = False) -> uuid.UUID | None:
        """The one stored recommendation whose text is nearly this one and asks for the same action
        (same first verb: "Ratify…" is not "Consider ratifying…"); None when none or several."""
        pool = self._unlabelled_texts if unlabelled_only else self._texts
        if not pool:
            return None
        normalised = name_key(text)
        verb = _first_word(normalised)
        candidates = [t for t in pool if _first_word(t) == verb]
        close = difflib.get_close_matches(normalised, candidates, n=2, cutoff=SIMILAR_TEXT)
        return pool[close[0]] if len(close) == 1 else None

    def remove(self, rec_id: uuid.UUID) -> None:
        """Forget a recommendation once it has been matched, so that it is not matched twice."""
        for index in (self.by_label, self.by_key, self.unlabelled_by_key, self._texts, self._unlabelled_texts):
            for key in [k for k, v in index.items() if v == rec_id]:
                del index[key]
