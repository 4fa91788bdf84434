"""Reading the cells of one OHCHR matrix row: the "Source of position" line, the position, the
recommending States (in parentheses after the text, or in a State column) and the themes and
affected persons lists. Plain text in, plain values out; the row and table logic is in
ohchr_matrix.py."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from upr_tracker.domain.documents import normalise_symbol
from upr_tracker.domain.names import lookup_name, name_key, name_keys
from upr_tracker.domain.positions import Position, parse_position
from upr_tracker.domain.reference import shipped_states
from upr_tracker.errors import InvalidValueError

_SOURCE = re.compile(r"Source\s+of\s+positions?\s*:?[ \t\xa0]*(?P<source>[^\n]*)", re.I)
_SYMBOL = re.compile(
    r"A\s*/\s*HRC\s*/\s*\d+\s*/\s*\d+(?:\s*/\s*Add\s*\.\s*\d+)?(?:\s*/\s*Corr\s*\.\s*\d+)?", re.I
)
_SOURCE_PARAGRAPH = re.compile(
    r"^[\s,;:\-–—]*(?:Paras?|Paragraphs?)?\s*\.?\s*(?P<paragraph>\d+(?:\.\d+)*(?:\s*[-–,]\s*\d+(?:\.\d+)*)*)",
    re.I,
)
# One parenthesised group, allowing one level of nesting: "(Iran (Islamic Republic of))".
_PARENTHESISED = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")
_AFTER_ATTRIBUTION = re.compile(r"\s*[;.]")
# Another group right after: "(Ghana) (Portugal);", "(Ghana), (Portugal)".
_BEFORE_NEXT_GROUP = re.compile(r"\s*[,;]?\s*(?=\()")
_POSITION_WORD = re.compile(
    r"\b(?:partially\s+(?:supported|accepted)|not\s+(?:supported|accepted)|supported|accepted"
    r"|noted|rejected|pending|under\s+consideration|will\s+be\s+examined)\b",
    re.I,
)
_IMPLEMENTED = re.compile(r"already\s+implemented|in\s+(?:the\s+)?process\s+of\s+implementation", re.I)
_AFFECTED_PERSONS_HEADINGS = {"affected persons", "affected groups", "persons affected"}
_BULLETS = "-–—•·* \t"
_BULLET_MARKS = "-–—•·*"
# A bullet between two values of one line: "- women - migrants", "• women • migrants".
_INLINE_BULLET = re.compile(r"\s+[-–—•·*]\s+")


def _squash(text: str) -> str:
    """One line, single spaces, no non-breaking spaces: how Word cells are compared and kept."""
    return " ".join(text.replace("\xa0", " ").split())




@dataclass(frozen=True)
class _Source:
    """Where the position comes from: "Source of position: A/HRC/25/5/Add.1 - Para. 186.28"."""

    symbol: str | None
    paragraph: str | None
    as_written: str

    @property
    def display(self) -> str:
        if not self.symbol:
            return self.as_written
        return f"{self.symbol} - Para. {self.paragraph}" if self.paragraph else self.symbol


def _read_source(written: str) -> _Source:
    symbol_match = _SYMBOL.search(written)
    if not symbol_match:
        return _Source(None, None, _squash(written))
    paragraph_match = _SOURCE_PARAGRAPH.match(written[symbol_match.end():])
    paragraph = re.sub(r"\s+", "", paragraph_match.group("paragraph")) if paragraph_match else None
    return _Source(normalise_symbol(symbol_match.group()), paragraph, _squash(written))


def _take_source(texts: dict[str, str]) -> tuple[_Source | None, dict[str, str]]:
    """The "Source of position" line, wherever the matrix put it, and the cells without it."""
    source = None
    cleaned = {}
    for role, text in texts.items():
        match = _SOURCE.search(text)
        if match and source is None:
            source = _read_source(match.group("source"))
        cleaned[role] = _SOURCE.sub("", text) if match else text
    return source, cleaned


@dataclass(frozen=True)
class _PositionReading:
    position: Position | None
    considered_implemented: bool
    confidence: float              # 1.0 for a wording the vocabulary knows as a whole
    supported_and_noted: bool
    wording: str                   # the cell as written, on one line

    @property
    def says_no_position(self) -> bool:
        """A known wording that carries no position: "General response", "No response"."""
        return self.position is None and self.confidence == 1.0


def _read_position(cell: str) -> _PositionReading:
    wording = _squash(cell)
    if not wording:
        return _PositionReading(None, False, 0.0, False, "")
    try:
        reading = parse_position(wording)
        return _PositionReading(reading.position, reading.considered_implemented, 1.0, False, wording)
    except InvalidValueError:
        pass
    # Not one known wording: look for the position words inside ("Supported/Noted",
    # "Supported (first part) / Noted (second part)").
    positions = {parse_position(match.group()).position for match in _POSITION_WORD.finditer(wording)}
    implemented = bool(_IMPLEMENTED.search(wording))
    mixed = {Position.SUPPORTED, Position.NOTED, Position.PARTIALLY_SUPPORTED}
    if len(positions) >= 2 and positions <= mixed:
        return _PositionReading(Position.PARTIALLY_SUPPORTED, implemented, 0.9, True, wording)
    if len(positions) == 1:
        return _PositionReading(positions.pop(), implemented, 0.8, False, wording)
    return _PositionReading(None, False, 0.0, False, wording)


# ---- recommending States --------------------------------------------------------------------


@dataclass(frozen=True)
class _StateName:
    name: str                      # as written, or the known name when a broken one was mended
    written: str
    known: bool
    mended: bool = False


@cache
def _known_states_by_key() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in shipped_states():
        for name in (entry.name, *entry.other_names):
            names[name_key(name)] = entry.name
    return names


@cache
def _known_states_by_compact_key() -> dict[str, str | None]:
    """Keys without spaces, to mend "Sierra Le one"; None where two States would collide."""
    names: dict[str, str | None] = {}
    for key, name in _known_states_by_key().items():
        compact = key.replace(" ", "")
        names[compact] = name if names.get(compact, name) == name else None
    return names


def _resolve_state(written: str) -> _StateName:
    name = _squash(written).strip(_BULLETS + ";,.")
    # The same keys as the stored States are found by: "Moldova (Republic of)" is known.
    if lookup_name(_known_states_by_key(), name) is not None:
        return _StateName(name, name, known=True)
    compact = _known_states_by_compact_key()
    mended = next((compact[key] for key in (k.replace(" ", "") for k in name_keys(name)) if compact.get(key)), None)
    if mended:
        return _StateName(mended, name, known=True, mended=True)
    return _StateName(name, name, known=False)


def state_key(state: _StateName) -> str:
    """What compares two spellings of one State equal ("Moldova (Republic of)", "Republic of Moldova")."""
    known = lookup_name(_known_states_by_key(), state.name)
    return name_key(known or state.name)


def _split_state_names(content: str) -> list[_StateName]:
    """ "Brazil, Chile" → two States; "Iran, Islamic Republic of" stays one when it is known."""
    pieces = [piece for piece in re.split(r"\s*[,;\n]\s*", content) if piece.strip(_BULLETS)]
    names: list[_StateName] = []
    start = 0
    while start < len(pieces):
        for end in range(len(pieces), start, -1):  # longest known run first
            candidate = _resolve_state(", ".join(pieces[start:end]))
            if candidate.known:
                names.append(candidate)
                start = end
                break
        else:
            names.extend(_split_on_and(pieces[start]))
            start += 1
    return names


def _split_on_and(piece: str) -> list[_StateName]:
    """ "Chile and Mexico" → two States, but only when each half is a known State
    ("Trinidad and Tobago" is one)."""
    halves = [_resolve_state(half) for half in re.split(r"\s+and\s+", piece)]
    if len(halves) > 1 and all(half.known for half in halves):
        return halves
    return [_resolve_state(piece)]


@dataclass(frozen=True)
class _Attribution:
    text: str                      # without the trailing State(s); inner attributions stay
    states: tuple[_StateName, ...]
    doubtful: tuple[str, ...]      # "(Atlantis);" inside the text: placed like a State, not one


def _read_attribution(body: str, *, known_states_only: bool) -> _Attribution:
    """Split "Text (State); Text (State)" into the text and the States, in order."""
    trimmed = body.rstrip(" \t;,.")
    attributed: list[tuple[re.Match[str], list[_StateName]]] = []
    doubtful: list[str] = []
    for group in _PARENTHESISED.finditer(trimmed):
        at_end = group.end() == len(trimmed)
        separator = _AFTER_ATTRIBUTION.match(trimmed, group.end())
        before_next = _BEFORE_NEXT_GROUP.match(trimmed, group.end())
        if not at_end and not separator and not before_next:
            continue  # "(ICC)" inside a sentence
        names = _split_state_names(group.group(1))
        all_known = bool(names) and all(name.known for name in names)
        if separator is None and before_next and not at_end:
            if all_known:  # a State group followed by another: "(Ghana) (Portugal)"
                attributed.append((group, names))
            continue
        if names and (all_known or (at_end and not known_states_only)):
            attributed.append((group, names))
        elif separator and separator.group().strip() == ";":
            doubtful.append(group.group())
    states = _unique_states(name for _group, names in attributed for name in names)
    text = trimmed
    for group, _names in reversed(attributed):  # the trailing run: "… (Chile); (Peru)"
        if group.end() != len(text):
            break
        text = text[: group.start()].rstrip(" \t;,")
    return _Attribution(text, states, tuple(doubtful))


def _unique_states(names: Iterable[_StateName]) -> tuple[_StateName, ...]:
    unique: dict[str, _StateName] = {}
    for name in names:
        unique.setdefault(state_key(name), name)
    return tuple(unique.values())


def _read_state_column(cell: str) -> tuple[_StateName, ...]:
    return _unique_states(_split_state_names(cell))


# ---- themes and affected persons ------------------------------------------------------------


def _read_themes_cell(cell: str) -> tuple[list[str], list[str]]:
    """Themes, then "Affected persons:" and its "- women" list. Other headed lists (SDGs…) are
    not read: ParsedRecommendation has no place for them."""
    themes: list[str] = []
    affected: list[str] = []
    current: list[str] | None = themes
    for line in cell.splitlines():
        item = _squash(line)
        heading, colon, rest = item.partition(":")
        if colon and name_key(heading) in _AFFECTED_PERSONS_HEADINGS:
            current, item = affected, rest
        elif item.endswith(":") and not re.match(r"^[A-H]\d", item):
            current, item = None, ""  # another headed list
        if current is not None:
            current.extend(_line_values(item))
    return themes, affected


def _read_list_cell(cell: str) -> list[str]:
    return [value for line in cell.splitlines() for value in _line_values(_squash(line))]


def _line_values(line: str) -> list[str]:
    """The values of one line: "- women" is one, "- women - migrants" (a list written on one line)
    is two. Only a line that starts with a bullet is split: a theme's own name may hold a dash
    ("E1 Economic, social & cultural rights - general measures of implementation")."""
    line = line.strip()
    if line[:1] and line[:1] in _BULLET_MARKS:
        values = _INLINE_BULLET.split(line.lstrip(_BULLETS))
    else:
        values = [line]
    return [value for value in (value.strip(_BULLETS) for value in values) if value]


def _add_unique(into: list[str], items: Iterable[str]) -> None:
    """Append the items not already there, comparing names as the vocabularies do."""
    keys = {name_key(existing) for existing in into}
    for item in items:
        if name_key(item) not in keys:
            keys.add(name_key(item))
            into.append(item)


