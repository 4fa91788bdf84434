"""What the full-text index and a search make of Arabic, Chinese and Japanese text, on both engines.

Arabic is folded as search engines commonly fold it (Lucene's ArabicNormalizationFilter): the
short vowels and other marks (harakat U+064B-U+065F, superscript alef U+0670, Quranic marks) and
the tatweel U+0640 are dropped; the forms of alef (أ إ آ ٱ) are written ا; alef maqsura ى is
written ي and ta marbuta ة is written ه. The last two because both spellings occur for the same
word (final ي printed as ى, ة typed without its dots) and a user must find either way; the few
words they then confuse (على "on" / علي "Ali") cost a false hit, never a missed one. A word is found
with or without its diacritics, both ways.

Chinese and Japanese are written without spaces: a run of their characters is indexed as its
overlapping pairs of characters (bigrams, as Lucene's CJK analyzer does) followed by its last
character alone, and a term of those scripts is searched as the phrase of its pairs (one
character: any pair that begins with it, or a last character). A word is then found inside the run
whatever its length, which PostgreSQL finds as a substring (pg_trgm).

On SQLite the folded text goes into a column of the index of its own, filled only when folding
changes something (Latin and Cyrillic text is indexed as before, and costs nothing more). On
PostgreSQL the Arabic folding is part of upr_search_words (migration 0018). Snippets show the
original text: for text that folding changes, they are cut and marked here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from upr_tracker.storage.search_syntax import MATCH_END, MATCH_START, SearchTerm

# Dropped: Arabic marks (harakat, superscript alef, Quranic annotation marks) and the tatweel.
ARABIC_DROPPED = ("".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
                  + "".join(chr(c) for c in [*range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE)]))
# Written as another letter: the forms of alef, alef maqsura, ta marbuta.
ARABIC_FROM = "\u0622\u0623\u0625\u0671\u0672\u0673\u0649\u0629"
ARABIC_TO = "\u0627\u0627\u0627\u0627\u0627\u0627\u064a\u0647"
_ARABIC_TABLE = str.maketrans(ARABIC_FROM, ARABIC_TO, ARABIC_DROPPED)

# Chinese and Japanese characters (the same ranges as PostgreSQL's cjk_text, migration 0013).
CJK_RANGES = ("\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31f0-\u31ff\u3400-\u4dbf"
              "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f")
_CJK = f"[{CJK_RANGES}]"
# A run of those characters that are letters (their punctuation separates runs, as it separates words).
_CJK_RUN = re.compile(f"(?:(?=[{CJK_RANGES}])[^\\W_])+")
_CHANGED_BY_FOLDING = re.compile(f"[{re.escape(ARABIC_FROM + ARABIC_DROPPED)}]|{_CJK}")
# A word as the index sees it: letters and digits, and the marks that belong to them.
_WORD_CHARS = "[^\\W_]|[\u0300-\u036f" + re.escape(ARABIC_DROPPED) + "]"
_UNIT = re.compile(f"{_CJK}|(?:(?!{_CJK})(?:{_WORD_CHARS}))+")


def fold_arabic(text: str) -> str:
    return text.translate(_ARABIC_TABLE)


def cjk_runs(text: str) -> list[str]:
    return _CJK_RUN.findall(text)


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def _indexed_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return " " + " ".join([*_bigrams(run), run[-1]]) + " "


def indexed_form(title: str | None, body: str | None) -> str | None:
    """What the index holds besides a record's title and body: their folded text, or None when
    folding changes nothing (SQLite's upr_search_fold, called by the index's triggers)."""
    text = f"{title or ''} {body or ''}"
    if not _CHANGED_BY_FOLDING.search(text):
        return None
    return _CJK_RUN.sub(_indexed_run, fold_arabic(text))


def needs_folding(text: str) -> bool:
    """Whether the index finds this text through its folded form (its snippets are cut here)."""
    return bool(_CHANGED_BY_FOLDING.search(text))


# -- a search term in FTS5's query language -------------------------------------------------------

def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts5_term(term: SearchTerm) -> str:
    """One term of a search as an FTS5 expression over the folded index: Arabic folded, each run of
    Chinese or Japanese a phrase of its pairs of characters; the other words of a term that has
    such runs must be there too (PostgreSQL: in this order, as a substring)."""
    folded = fold_arabic(term.text)
    if not _CJK_RUN.search(folded):
        return _quoted(folded) + ("*" if term.prefix else "")
    pieces: list[str] = []
    position = 0
    for match in _CJK_RUN.finditer(folded):
        if re.search(r"[^\W_]", folded[position:match.start()]):
            pieces.append(_quoted(folded[position:match.start()]))
        run = match.group(0)
        pieces.append(_quoted(run) + "*" if len(run) == 1 else _quoted(" ".join(_bigrams(run))))
        position = match.end()
    if re.search(r"[^\W_]", folded[position:]):
        pieces.append(_quoted(folded[position:]) + ("*" if term.prefix else ""))
    return pieces[0] if len(pieces) == 1 else "(" + " AND ".join(pieces) + ")"


# -- snippets of text that folding changes ---------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    """A character as the search compares it: Arabic folded, case folded, accents dropped."""
    folded = fold_arabic(char).casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """The text folded, and for each folded character the position of the original one."""
    characters: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for folded in _folded_char(char):
            characters.append(folded)
            positions.append(index)
    return "".join(characters), positions


def _pattern_of(term: SearchTerm) -> str | None:
    """A regular expression over folded text for one term: its words in a row, whole words (the
    last a beginning of one for a prefix); a run of Chinese or Japanese anywhere."""
    folded, _ = _folded_with_positions(term.text)
    pieces = re.findall(f"{_CJK_RUN.pattern}|(?:(?!{_CJK})[^\\W_])+", folded)
    if not pieces:
        return None
    parts: list[str] = []
    for index, piece in enumerate(pieces):
        if _CJK_RUN.fullmatch(piece):
            parts.append(re.escape(piece))
            continue
        last = index == len(pieces) - 1
        parts.append(f"(?<![^\\W_]){re.escape(piece)}" + ("" if last and term.prefix else "(?![^\\W_])"))
    return "[\\W_]*".join(parts) if len(parts) > 1 else parts[0]


def _marked_spans(text: str, terms: Iterable[SearchTerm]) -> list[tuple[int, int]]:
    folded, positions = _folded_with_positions(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        pattern = _pattern_of(term)
        if pattern is None:
            continue
        for match in re.finditer(pattern, folded):
            if match.end() > match.start():
                end = positions[match.end() - 1] + 1
                while end < len(text) and not _folded_char(text[end]):
                    end += 1  # the marks after the last letter belong to it
                spans.append((positions[match.start()], end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def marked_snippet(text: str, terms: Iterable[SearchTerm], words: int) -> str:
    """About `words` words of the original text around the first one found (a character of Chinese
    or Japanese counts as half a word), the terms found marked with MATCH_START/MATCH_END, "…" where
    the text goes on: as FTS5's snippet does for text it can read."""
    spans = _marked_spans(text, terms)
    units = [(m.start(), m.end(), 0.5 if re.fullmatch(_CJK, m.group(0)) else 1.0) for m in _UNIT.finditer(text)]
    if sum(weight for _s, _e, weight in units) <= words:
        start, end = 0, len(text)
        first, last = 0, len(units)
    else:
        found = next((i for i, unit in enumerate(units) if spans and unit[1] > spans[0][0]), 0)
        first = found
        budget: float = words
        while first > 0 and budget > words * 3 / 4:  # some words before the first match
            first -= 1
            budget -= units[first][2]
        last, budget = first, words
        while last < len(units) and budget - units[last][2] >= 0:
            budget -= units[last][2]
            last += 1
        while first > 0 and budget - units[first - 1][2] >= 0:  # near the end: more before
            first -= 1
            budget -= units[first][2]
        start = 0 if first == 0 else units[first][0]
        end = len(text) if last == len(units) else units[last - 1][1]
    pieces = ["…" if start > 0 else ""]
    position = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start >= span_end:
            continue
        pieces += [text[position:span_start], MATCH_START, text[span_start:span_end], MATCH_END]
        position = span_end
    pieces += [text[position:end], "…" if end < len(text) else ""]
    return "".join(pieces)


def positive_terms(groups: list[list[SearchTerm]]) -> list[SearchTerm]:
    return [term for group in groups for term in group]
