"""What a user types into a search, engine-neutral: words (all must match), "a phrase", word* for a
prefix, OR between two words, -word to exclude. Each backend renders the parsed terms in its own
query language (FTS5 on SQLite, tsquery on PostgreSQL), built flat whatever the number of terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from upr_tracker.errors import InvalidValueError

# Markers around matched words in snippets: control characters that never occur in imported text
# (the services split on them and hand out plain segments, never markup).
MATCH_START = "\x02"
MATCH_END = "\x03"

# The most words, phrases and exclusions one search takes. The query is built flat (FTS5's parser
# overflows its stack on about 100 nested operators, and SQLCipher's FTS5 refuses a tree deeper
# than 256), so the limit is one of time: every word that must match adds a pass over its matches
# (500 words that each match 30,000 texts take seconds), and no one types more.
MAX_SEARCH_TERMS = 500
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# Control characters separate words, as spaces do (NUL would end FTS5's query and cannot be in
# PostgreSQL's text; the snippets' markers are control characters too).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class SearchTerm:
    """A word or a phrase; `prefix`: the word ends with * (any word that begins so)."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass
class ParsedSearch:
    """Every group must match (one of its alternatives); no exclusion may."""

    groups: list[list[SearchTerm]] = field(default_factory=list)
    negatives: list[SearchTerm] = field(default_factory=list)


def parse_search(user_text: str) -> ParsedSearch:
    """The terms of what a user typed; InvalidValueError when there is nothing to look for or too much.
    The same term twice is kept once (it adds nothing but time)."""
    parsed = ParsedSearch()
    pending_or = False
    given = 0
    for match in _TOKEN.finditer(_CONTROL.sub(" ", user_text)):
        negated, phrase, word = match.groups()
        if word == "OR":
            pending_or = bool(parsed.groups)
            continue
        if phrase is not None:
            if not re.search(r"\w", phrase):
                continue
            term = SearchTerm(phrase, phrase=True)
        else:
            negated = "-" if word.startswith("-") and len(word) > 1 else ""
            word = word[1:] if negated else word
            core = word.rstrip("*")
            if not re.search(r"\w", core):
                continue
            term = SearchTerm(core, prefix=word.endswith("*"))
        given += 1
        if negated:
            parsed.negatives.append(term)
        elif pending_or:
            parsed.groups[-1].append(term)
            pending_or = False
        else:
            parsed.groups.append([term])
    if not parsed.groups:
        raise InvalidValueError(f"search: {user_text!r} has no word to look for")
    if given > MAX_SEARCH_TERMS:
        raise InvalidValueError(f"search: {given} words, phrases and exclusions were given; at most "
                                f"{MAX_SEARCH_TERMS} can be searched at once")
    parsed.groups = [list(dict.fromkeys(group)) for group in parsed.groups]
    unique: dict[tuple[SearchTerm, ...], None] = dict.fromkeys(tuple(group) for group in parsed.groups)
    parsed.groups = [list(group) for group in unique]
    parsed.negatives = list(dict.fromkeys(parsed.negatives))
    return parsed


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """Cut a snippet at its match markers into (text, is_match) pieces."""
    pieces: list[tuple[str, bool]] = []
    for index, chunk in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", snippet)):
        if chunk:
            pieces.append((chunk, index % 2 == 1))
    return pieces
