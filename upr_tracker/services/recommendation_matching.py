"""Recognising a recommendation already stored when it arrives again from another source: by its
label, by its normalised text, by the same wording edited as databases edit it (UPR Info drops the
"to" of "and to consider", PDF text breaks "well-being" into "well.being"), by one of the sentences
of a label that joins several States' sentences, or by a text that differs only slightly (a typo
corrected, a word changed). A near match is never taken as certain: the importer flags it for review."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from upr_tracker.domain.close_matches import close_matches
from upr_tracker.domain.names import name_key

# Texts this similar (Indel similarity, domain.close_matches, on the normalised text) may be the
# same recommendation.
SIMILAR_TEXT = 0.92
# A part of a joined label shorter than this (in words) is too little to recognise it by.
_SHORTEST_PART = 3   # "ratify OP-CAT" has three
# An attribution inside a text: "(Slovenia); " or "(Slovenia, Czech Republic) and ".
_ATTRIBUTION = re.compile(r"\(([^()]{2,300})\)\s*[;,.]?\s*(?:and\s+)?")
_AMBIGUOUS = uuid.UUID(int=0)   # a part that two stored recommendations share: it recognises neither


def same_wording_key(text: str) -> str:
    """The words of a text with the infinitive "to" left out and no spaces: blind to what editors
    and PDF extraction change without changing the wording ("and to consider" / "and consider",
    "well.being" / "wellbeing", "non-discriminatory" / "nondiscriminatory")."""
    return _wording(name_key(text))


def _wording(normalised: str) -> str:
    return "".join(word for word in normalised.split() if word != "to")


def _put(index: dict[str, uuid.UUID], key: str, rec_id: uuid.UUID) -> None:
    """Index a key; a key two recommendations share recognises neither."""
    if not key:
        return
    index[key] = rec_id if index.get(key, rec_id) == rec_id else _AMBIGUOUS


def attributed_parts(text: str, recommended_by: str | None) -> list[str]:
    """The sentences of a text that joins several States' sentences under one label, each ended by
    the States that made it: "To consider ratifying X (Slovenia); ratify X" (the last attribution
    being in the recommending States) gives ["To consider ratifying X", "ratify X"]. Only
    parentheses that name some of the recommendation's States split it; [] when none does."""
    if "(" not in text or not recommended_by:
        return []
    names = sorted((key for key in (name_key(name) for name in recommended_by.split(",")) if key),
                   key=len, reverse=True)   # "Niger" after "Nigeria"
    parts, start = [], 0
    for attribution in _ATTRIBUTION.finditer(text):
        if _names_only(attribution[1], names):
            parts.append(text[start:attribution.start()])
            start = attribution.end()
    if not parts:
        return []
    parts.append(text[start:])
    cleaned = (part.strip(" ;,.") for part in parts)
    return [part for part in cleaned if len(name_key(part).split()) >= _SHORTEST_PART]


def _names_only(content: str, names: list[str]) -> bool:
    rest = f" {name_key(content)} "
    if not rest.strip():
        return False
    for key in names:
        rest = rest.replace(f" {key} ", " ")
    return set(rest.split()) <= {"and"}


def _first_word(normalised: str) -> str:
    words = normalised.split()
    if words and words[0] == "to":
        words = words[1:]
    return words[0] if words else ""


class StoredRecommendations:
    """The stored recommendations of one review, by label, by text key, and for near matches."""

    def __init__(self, key_of: Callable[[str], str] | None = None) -> None:
        self.by_label: dict[str, uuid.UUID] = {}
        self.by_key: dict[str, uuid.UUID] = {}
        self.by_part_key: dict[str, uuid.UUID] = {}   # the sentences of joined labels, by their text key
        self._key_of = key_of
        self.unlabelled_by_key: dict[str, uuid.UUID] = {}
        self._texts: dict[str, uuid.UUID] = {}
        self._unlabelled_texts: dict[str, uuid.UUID] = {}
        self._wordings: dict[str, uuid.UUID] = {}             # same_wording_key of texts and their sentences
        self._unlabelled_wordings: dict[str, uuid.UUID] = {}

    def add(self, rec_id: uuid.UUID, label: str | None, key: str, text: str, recommended_by: str | None = None) -> None:
        """`recommended_by` (the States as written), with a `key_of` given, lets each sentence of a
        label that joins several States' sentences be recognised on its own."""
        if label:
            self.by_label[label] = rec_id
        if not text:
            return
        self.by_key.setdefault(key, rec_id)
        normalised = name_key(text)
        self._texts[normalised] = rec_id
        _put(self._wordings, _wording(normalised), rec_id)
        if not label:
            self.unlabelled_by_key.setdefault(key, rec_id)
            self._unlabelled_texts[normalised] = rec_id
            _put(self._unlabelled_wordings, _wording(normalised), rec_id)
        if self._key_of is not None and recommended_by:
            for part in attributed_parts(text, recommended_by):
                part_key = self._key_of(part)
                if self.by_part_key.get(part_key, rec_id) != rec_id:
                    self.by_part_key[part_key] = _AMBIGUOUS
                else:
                    self.by_part_key[part_key] = rec_id
                self._texts.setdefault(name_key(part), rec_id)
                _put(self._wordings, same_wording_key(part), rec_id)

    def part(self, key: str) -> uuid.UUID | None:
        """The one stored recommendation of which a sentence has this text key."""
        found = self.by_part_key.get(key)
        return None if found == _AMBIGUOUS else found

    def same_wording(self, text: str, *, unlabelled_only: bool = False) -> uuid.UUID | None:
        """The one stored recommendation (or sentence of a joined label) worded as this text, but
        for the edits `same_wording_key` is blind to."""
        found = (self._unlabelled_wordings if unlabelled_only else self._wordings).get(same_wording_key(text))
        return None if found == _AMBIGUOUS else found

    def unlabelled_matches(self, text: str, recommended_by: str | None,
                           key_of: Callable[[str], str]) -> list[uuid.UUID]:
        """The stored unlabelled recommendations a labelled one is: the one with its text, else
        one for each of its sentences, when the label joins several States' sentences ("To consider
        ratifying X (Slovenia); ratify X (Republic of Korea)") and a database keeps a row for
        each. Exact or same-wording matches only: near ones are for `similar`."""
        whole = self._unlabelled(text, key_of)
        if whole is not None:
            return [whole]
        found = (self._unlabelled(part, key_of) for part in attributed_parts(text, recommended_by))
        return list(dict.fromkeys(rec_id for rec_id in found if rec_id is not None))

    def _unlabelled(self, text: str, key_of: Callable[[str], str]) -> uuid.UUID | None:
        found = self.unlabelled_by_key.get(key_of(text))
        return found if found is not None else self.same_wording(text, unlabelled_only=True)

    def similar(self, text: str, *, unlabelled_only: bool = False) -> uuid.UUID | None:
        """The one stored recommendation whose text is nearly this one and asks for the same action
        (same first verb: "Ratify…" is not "Consider ratifying…"); None when none or several."""
        pool = self._unlabelled_texts if unlabelled_only else self._texts
        if not pool:
            return None
        normalised = name_key(text)
        verb = _first_word(normalised)
        candidates = [t for t in pool if _first_word(t) == verb]
        close = close_matches(normalised, candidates, n=2, cutoff=SIMILAR_TEXT)
        return pool[close[0]] if len(close) == 1 else None

    def remove(self, rec_id: uuid.UUID) -> None:
        """Forget a recommendation once it has been matched, so that it is not matched twice."""
        for index in (self.by_label, self.by_key, self.by_part_key, self.unlabelled_by_key, self._texts,
                      self._unlabelled_texts, self._wordings, self._unlabelled_wordings):
            for key in [k for k, v in index.items() if v == rec_id]:
                del index[key]
