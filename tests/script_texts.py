"""Texts in each script with known words, for measuring what search finds (tests and benchmarks).

Each script gives a vocabulary of words that differ once folded (case, accents, Arabic marks), texts
made of some of them, and for every word the texts a search for it must find: those with the word
(Chinese and Japanese: those with it anywhere in a run of characters, as their words are not
spaced). The words held back are in no text: a search for them must find nothing. Each word is
searched as written in a text and in another form (another case, without accents or marks, with
other marks) that must find the same texts; a piece of a word must find only the texts where it is
a word of its own.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

SCRIPTS = ("latin", "cyrillic", "arabic", "chinese", "japanese")


@dataclass
class ScriptTexts:
    script: str
    texts: list[str] = field(default_factory=list)
    # query: the indexes of the texts it must find
    queries: dict[str, set[int]] = field(default_factory=dict)


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_LATIN = ["é", "la", "mé", "ção", "ñu", "ber", "tö", "ri", "ça", "vo", "ïs", "dé", "ko", "ùn", "pa", "zè"]
_CYRILLIC = ["пра", "во", "жи", "зн", "сво", "бо", "да", "щи", "ю", "ер", "мо", "ты", "ка", "ли", "ст"]
_ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
_HARAKAT = "\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d"
_HIRAGANA = [chr(c) for c in range(0x3042, 0x3093)]
_KATAKANA = [chr(c) for c in range(0x30A2, 0x30F3)]


def _latin_word(rng: random.Random) -> str:
    return "".join(rng.choice(_LATIN) for _ in range(rng.randint(2, 4)))


def _cyrillic_word(rng: random.Random) -> str:
    return "".join(rng.choice(_CYRILLIC) for _ in range(rng.randint(2, 4)))


def _arabic_word(rng: random.Random) -> str:
    """Written plainly: a bare alef may begin it, ة or ى may end it."""
    word = ("ا" if rng.random() < 0.4 else "") + "".join(rng.choice(_ARABIC_LETTERS) for _ in range(rng.randint(3, 5)))
    ending = rng.random()
    return word + ("ة" if ending < 0.25 else "ى" if ending < 0.4 else "")


def _arabic_folded(word: str) -> str:
    return word.replace("ة", "ه").replace("ى", "ي")


def _arabic_dressed(word: str, rng: random.Random) -> str:
    """The word as a text or a user may write it: vowel marks, another form of alef, ه for ة, ي for
    ى, a tatweel."""
    letters = []
    for index, letter in enumerate(word):
        if letter == "ا" and index == 0:
            letter = rng.choice("اأإآ")
        elif letter == "ة" and rng.random() < 0.3:
            letter = "ه"
        elif letter == "ى" and rng.random() < 0.3:
            letter = "ي"
        letters.append(letter)
        if rng.random() < 0.5:
            letters.append(rng.choice(_HARAKAT))
        if 0 < index < len(word) - 1 and rng.random() < 0.1:
            letters.append("\u0640")
    return "".join(letters)


def _chinese_word(rng: random.Random) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.choice([1, 2, 2, 2, 3, 4])))


def _japanese_word(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.randint(1, 2))) + rng.choice(_HIRAGANA)
    if kind < 0.7:
        return "".join(rng.choice(_KATAKANA) for _ in range(rng.randint(2, 4)))
    return "".join(rng.choice(_HIRAGANA) for _ in range(rng.randint(1, 3)))


_WORDS: dict[str, Callable[[random.Random], str]] = {
    "latin": _latin_word, "cyrillic": _cyrillic_word, "arabic": _arabic_word,
    "chinese": _chinese_word, "japanese": _japanese_word,
}
# What makes two words the same word for search.
_KEY: dict[str, Callable[[str], str]] = {
    "latin": lambda w: _strip_accents(w).casefold(), "cyrillic": str.casefold, "arabic": _arabic_folded,
    "chinese": str, "japanese": str,
}


def script_texts(script: str, texts: int = 60, words_per_text: int = 8, vocabulary: int = 60,
                 held_back: int = 10, seed: int = 1) -> ScriptTexts:
    rng = random.Random(f"{script}-{seed}")
    key = _KEY[script]
    words: dict[str, str] = {}
    while len(words) < vocabulary:
        word = _WORDS[script](rng)
        words.setdefault(key(word), word)
    vocabulary_words = list(words.values())
    used = vocabulary_words[held_back:]  # the first `held_back` are in no text
    result = ScriptTexts(script)
    spaced = script not in ("chinese", "japanese")
    chosen: list[list[str]] = []
    for _ in range(texts):
        picked = [rng.choice(used) for _ in range(words_per_text)]
        chosen.append(picked)
        if script == "latin" or script == "cyrillic":
            shown = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in picked]
        elif script == "arabic":
            shown = [_arabic_dressed(w, rng) for w in picked]
        else:
            shown = picked
        if spaced:
            result.texts.append(" ".join(shown[:4]) + ", " + " ".join(shown[4:]) + ".")
        else:
            result.texts.append("".join(shown[:4]) + "，" + "".join(shown[4:]) + "。")
    for word in vocabulary_words:
        if spaced:
            expected = {i for i, picked in enumerate(chosen) if any(key(w) == key(word) for w in picked)}
        else:
            expected = {i for i, text in enumerate(result.texts) if word in text}
        if script == "latin":
            forms = [word, _strip_accents(word).upper()]
        elif script == "cyrillic":
            forms = [word, word.upper()]
        elif script == "arabic":
            forms = [word, _arabic_dressed(word, rng)]
        else:
            forms = [word]
        for form in forms:
            result.queries[form] = expected
        if spaced and len(key(word)) > 2:
            # A piece of a word is found only where it is a word of its own (not inside another,
            # cut by its marks).
            piece = word[1:]
            result.queries.setdefault(piece, {i for i, picked in enumerate(chosen)
                                              if any(key(w) == key(piece) for w in picked)})
    return result
