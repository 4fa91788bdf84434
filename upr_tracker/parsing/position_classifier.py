"""Reading the State's position out of a response text ("Kazakhstan therefore does not accept the
recommendation.", "These recommendations have thus already been implemented").

The reading goes sentence by sentence. A sentence that states a position is a *statement*; it is
*strong* when it names the recommendation ("the recommendation is accepted", "accepts these
recommendations", "consider this implemented") or is a bare position word ("Noted."), and weak
otherwise ("the issue of ratification is under consideration"). Strong statements decide; weak
ones decide only when there is nothing stronger, and with low confidence.

Negation is read before assent, and the words a negation covers are never read again as assent:
"not accepted", "cannot be accepted", "does not enjoy the support" are noted, never supported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from upr_tracker.domain.positions import Position, parse_position
from upr_tracker.domain.names import name_key
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing import position_cues_languages as _OTHER

# Below this confidence a position is reported as unclear (weak cues only, or mixed signals).
UNCLEAR_BELOW = 0.5

# --- sentences -------------------------------------------------------------------------------

# Abbreviations after which a full stop does not end a sentence ("Rec. 18", "Nos. 7, 8").
_ABBREVIATIONS = {
    "no", "nos", "rec", "recs", "para", "paras", "art", "arts", "mr", "mrs", "ms", "dr", "e.g",
    "i.e", "cf", "etc", "vol", "p", "pp", "st", "op", "res",
}

_SENTENCE_END = re.compile(
    r"""
      (?<=[.!?])          # a full stop, question or exclamation mark
      [”"’')\]]*          # closing quotes or brackets stay with the sentence
      \s+
      (?=[“"‘«(\[]?\s?[A-ZÀ-ÖØ-ÞА-ЯЁ])  # the next sentence begins with a capital (Latin or Cyrillic)
    | (?<=\S)[ \t]{3,}(?=\S)  # a gap between table columns: "Noted      The Constitution…"
    | (?<=[.!?])\s+(?=\d)    # "Noted. 169 of the ILO conventions…": only after a bare verdict (below)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Sentence:
    text: str    # verbatim but for line breaks and runs of spaces, which become one space
    start: int   # offsets in the text it was cut from
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Cut a text into sentences, keeping where each lies in the original."""
    sentences: list[Sentence] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        at_full_stop = text[boundary.start() - 1:boundary.start()] in ".!?”\"’')]"
        if at_full_stop and _ends_with_abbreviation(text, start, boundary.start()):
            continue
        if text[boundary.end():boundary.end() + 1].isdigit() and not _is_verdict(text[start:boundary.start()]):
            continue  # "Recommendations 140.35. 140.36", "in 2010. 15 laws": one sentence goes on
        _append_sentence(sentences, text, start, boundary.start())
        start = boundary.end()
    _append_sentence(sentences, text, start, len(text))
    return sentences


# The whole word before a full stop: the look-behind also sees before the window searched, so a
# long word cut by the window is not taken for the abbreviation its last letters spell.
_LAST_WORD = re.compile(r"(?<![A-Za-z.])([A-Za-z.]+)\.\W*$")
_ABBREVIATION_WINDOW = 32   # the longest abbreviation, its full stop and closing quotes fit


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with an abbreviation and its full stop ("Rec.", "e.g.").

    Only the end is searched: a sentence kept going past many abbreviations grows long, and
    searching it whole at each full stop would take quadratic time on hostile text.
    """
    last_word = _LAST_WORD.search(text, max(start, end - _ABBREVIATION_WINDOW), end)
    return last_word is not None and last_word.group(1).lower() in _ABBREVIATIONS


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    raw = text[start:end]
    if not raw.strip():
        return
    leading = len(raw) - len(raw.lstrip())
    trailing = len(raw) - len(raw.rstrip())
    sentences.append(Sentence(" ".join(raw.split()), start + leading, end - trailing))


# --- cues ------------------------------------------------------------------------------------

_FLAGS = re.IGNORECASE | re.VERBOSE

# Refusals. Read first: their words are masked before assent is looked for.
_NOTED_CUES = re.compile(
    r"""
      \b(?:does|do|did|will|would|shall|could|can|may|must)\s+not\s+(?:\w+\s+){0,2}?
            (?:accept|support|endorse|agree|commit|undertake)\w*
    | \b(?:cannot|can't|won't|couldn't|doesn't|don't|didn't|wouldn't)\s+(?:\w+\s+){0,2}?
            (?:accept|support|endorse|agree|commit|undertake)\w*
    | \bnot\b(?:\s*,[^,;:.]{1,40},)?[^.;:,]{0,60}?\b(?:in\s+a\s+position|able|ready|prepared)\s+to\s+
            (?:accept|support|endorse|agree)\w*   # "does not, at present, consider itself able to accept"
    | \bnot\s+(?!only\b)(?:\w+\s+)?(?:accepted|supported|endorsed|acceptable|agreed)
    | \bnot\s+(?:in\s+a\s+position|able|prepared|ready)\s+to\s+(?:accept|support|endorse)\w*
    | \bunable\s+to\s+(?:accept|support|endorse)\w*
    | \breject(?:s|ed|ing)?\b
    | \bdecline[sd]?\s+(?:to\s+(?:accept|support)|the\s+recommendations?)
    | \b(?:does|do|did)\s+not\s+enjoy\b | \bnot\s+enjoy(?:ing)?\b | \bwithout\s+the\s+support\b
    | \b(?:takes?|took|taken|taking)\s+(?:due\s+)?note\b
    | \b(?:is|are|was|were|been)\s+noted\b(?!\s+(?:that|with))
    | \bnotes\s+(?:the|this|these|both|all)\s+recommendations?\b
    | \bnotes\s+(?:recommendations?\s+)?\d{1,3}\.\d   # "notes recommendation 26.3", "notes 26.3 and 26.5"
        | """ + _OTHER.NOTED + r"""
""",
    _FLAGS,
)

# Acceptance of a part only. Read before plain assent, which it contains.
# The verb and its qualifier are looked for within one clause of bounded length: unbounded, each
# "accept" of a text without full stops (a table, a file of another kind) scanned all the rest.
_PARTIAL_CUES = re.compile(
    r"""
      \b(?:accept|support|agree)\w*\b(?:[^.;]|\.\d){0,600}?\b(?:in\s+part|partly|partially)\b
    | \b(?:in\s+part|partly|partially)\s+(?:accept|support|agree)\w*
    | \b(?:accept|support|agree)\w*\s+(?:only\s+)?(?:the\s+)?(?:first|second|third|last|latter|former)\s+part\b
    | \b(?:accept|support|agree)\w*\s+(?:only\s+)?(?:part|parts|elements|aspects)\s+of\b
    | \b(?:accept|support|agree)\w*\b(?:[^.;]|\.\d){0,600}?   # "122.15" is no full stop
            \b(?:insofar|in\s+so\s+far|to\s+the\s+extent\s+that|except\s+for|with\s+the\s+exception\s+of)\b
        | """ + _OTHER.PARTIAL + r"""
""",
    _FLAGS,
)

# A position put off: "cannot, at this point in time, make a definitive statement", "is not in a
# position to take a definitive position". No acceptance, and no refusal either: pending, for a
# person to check (the State may mean noted).
_DEFERRAL_CUES = re.compile(
    r"""
      \b(?:cannot|can\s*not|could\s+not|unable|not\s+(?:yet\s+)?(?:in\s+a\s+position|able|ready|prepared))\b
            [^.;]{0,80}?\b(?:make|take|give|adopt|express|state|reach|provide)\s+(?:a\s+|any\s+|its\s+)?
            (?:definitive|definite|final|firm|clear|formal)\s+(?:statement|position|decision|answer|reply|response|view|stand)
    | \b(?:definitive|final|formal)\s+(?:position|decision|answer|reply|response)\s+(?:will|shall)\s+be\s+
            (?:taken|given|made|communicated|provided)
    | \bpremature\s+to\s+(?:take|adopt|give|state)\s+a\s+position
    """,
    _FLAGS,
)

# No decision yet.
_PENDING_CUES = re.compile(
    r"""
      \bunder\s+(?:active\s+|careful\s+|serious\s+|further\s+)?
            (?:consideration|review|study|examination|discussion)\b
    | \b(?:will|shall)\s+be\s+(?:further\s+|carefully\s+)?(?:examined|considered|studied)\b
    | \b(?:is|are)\s+(?:still\s+)?being\s+(?:examined|considered|studied)\b
    | \b(?:will|shall)\s+(?:examine|consider|study)\s+(?:the|this|these)\s+recommendations?\b
    | \bpending\b | \bdeferred\b
    | \b(?:will|shall)\s+(?:provide|give|communicate)\s+(?:its|a|the)\s+(?:response|reply|answer|position)
    | \b(?:will|shall)\s+(?:respond|reply)\s+(?:to\s+(?:the|this|these)\s+recommendations?\s+)?(?:in\s+due\s+course|later|at\s+a\s+later)
    | \bno\s+(?:decision|position)\s+has\s+(?:yet\s+)?been\s+(?:taken|reached)
    | \bhas\s+not\s+yet\s+(?:taken|reached|adopted)\s+a\s+(?:decision|position)
        | """ + _OTHER.PENDING + r"""
""",
    _FLAGS,
)

# Done already: supported, and considered implemented.
_IMPLEMENTED_CUES = re.compile(
    r"""
      \b(?:has|have|had|is|are)\s+(?:(?!not\b|never\b|yet\b)\w+\s+){0,2}?(?:already\s+)?(?:been\s+)?
            (?:fully\s+|largely\s+|partially\s+|partly\s+)?(?:implemented|fulfilled|complied\s+with)\b
    | \balready\s+(?:been\s+)?(?:implemented|fulfilled|in\s+place|complied\s+with)\b
    | \bin\s+(?:the\s+)?(?:process|course)\s+of\s+(?:being\s+)?implement\w*
    | \bbeing\s+implemented\b
    | \bconsider\w*\s+(?:(?!not\b|never\b|yet\b)\w+\s+){0,3}?(?:as\s+)?(?:already\s+)?(?:implemented|fulfilled)\b
        | """ + _OTHER.IMPLEMENTED + r"""
""",
    _FLAGS,
)

# Assent.
_SUPPORTED_CUES = re.compile(
    r"""
      \baccept(?:s|ed|ing)?\b | \bacceptable\b
    | \bsupport(?:s|ed)?\b
    | \benjoys?\s+(?:the\s+)?(?:full\s+)?support\b
    | \bagree(?:s|d)?\s+(?:to|with)\b
    | \bendorse[sd]?\b
    | \b(?:will|shall)\s+be\s+implemented\b
    | \bcommit(?:s|ted)?\s+(?:itself\s+)?to\s+implement\w*
        | """ + _OTHER.SUPPORTED + r"""
""",
    _FLAGS,
)

# A negation just before an assent word turns it into a refusal we did not list ("never accepted").
# Its scope ends at the clause: in "which has not ratified the Convention, accepts" the
# negation is the relative clause's.
# A parenthesis between commas right after it stays inside ("does not, at this stage, accept").
_NEGATION_BEFORE = re.compile(
    r"""\b(?:not(?!\s+only\b)|never|cannot|no\s+longer|neither|nor|unable""" + _OTHER.NEGATIONS + r""")\b
        (?:(?:\s+\w+)?\s*,[^,;:.()]{1,60},)?
        (?:[^\w,;:()]+\w+){0,3}[^\w,;:()]*$""", _FLAGS)
# How far before a cue its negation is looked for: three words, however long. Searching the whole
# sentence before each cue made long sentences quadratic.
_NEGATION_REACH = 200

# The sentence is about the recommendation(s) being answered.
_NAMES_RECOMMENDATION = re.compile(
    r"""\b(?:recommendations?|recs?\.|proposals?|suggestions?)\b
      | \b(?:accept|support|endorse|reject|implement|consider|note)\w*\s+(?:it|them|this|these|both|all)\b
      | ^\W*(?:it|this|these|they|both)\b
      | ^\W*\d{1,3}\.\d{1,3}(?>(?:[\s,;&.‐‑–—-]+(?:and\s+|to\s+)?\d{1,3}(?:\.\d{1,3})?)*)  # "122.5–7 and 122.9
            \s+(?:is|are|was|were|has|have|had|enjoys?)\b      # are…": full labels as the subject (atomic: no backtracking)
      | """ + _OTHER.NAMES_RECOMMENDATION,
    _FLAGS,
)
_PLURAL = re.compile(r"\b(?:recommendations|recs\.|proposals|suggestions|them|these|both|they)\b|" + _OTHER.PLURAL, _FLAGS)
_SINGULAR = re.compile(r"\b(?:recommendation|rec\.|proposal|suggestion|it|this)\b|" + _OTHER.SINGULAR, _FLAGS)

# Words that close an answer after its reasons ("Kazakhstan therefore does not accept…").
_CONCLUDING = re.compile(
    r"""\b(?:therefore|thus|accordingly|consequently|hence|in\s+conclusion|as\s+a\s+result
          |in\s+(?:the\s+)?light\s+of|in\s+view\s+of|for\s+(?:these|those|this|that)\s+reasons?""" + _OTHER.CONCLUDING + r""")\b""",
    _FLAGS,
)
# A statement about one part of what was recommended: "accepts the recommendation regarding the
# mechanism", "the part of the recommendation on…", "the element concerning…".
_OF_A_PART = re.compile(
    r"""\brecommendations?\s+(?:regarding|concerning|on|relating\s+to|related\s+to|about|as\s+regards|with\s+regard\s+to
                              |in\s+respect\s+of|to\s+(?!the\s+extent)\w+)\b
      | \b(?:part|parts|elements?|aspects?|portion)\s+(?:of|regarding|concerning|on|relating\s+to)\b
      | \b(?:first|second|third|last|latter|former)\s+part\b""",
    _FLAGS,
)
_CONTRASTING = re.compile(
    r"^\W*(?:however|but|nevertheless|nonetheless|yet|at\s+the\s+same\s+time|on\s+the\s+other\s+hand|by\s+contrast"
    + _OTHER.CONTRASTING + r")\b",
    _FLAGS,
)
# How sure a reading is when one answer accepts a part and refuses another in separate sentences.
_PARTS_CONFIDENCE = 0.75
# How sure a reading is when the State puts its position off: below what an import trusts.
_DEFERRAL_CONFIDENCE = 0.45

# Words that soften a position ("may be rejected", "in principle", "until").
_HEDGES = re.compile(
    r"""\b(?:may|might|believes?|in\s+principle|until|subject\s+to|provided\s+that|where\s+possible
          |as\s+far\s+as\s+possible|to\s+the\s+extent\s+possible|insofar|in\s+so\s+far)\b""",
    _FLAGS,
)


@dataclass(frozen=True)
class PositionStatement:
    """A sentence that states a position."""

    sentence: Sentence
    position: Position
    considered_implemented: bool
    strong: bool           # names the recommendation, or is a bare position word
    concluding: bool       # closes an answer ("therefore", "thus") rather than opening one
    plural: bool | None    # "these recommendations": True; "the recommendation": False
    hedged: bool
    deferred: bool = False     # puts the position off ("cannot make a definitive statement")
    of_a_part: bool = False    # speaks of a part ("the recommendation regarding X", "the second part")
    contrasting: bool = False  # opens with "However", "But", "At the same time"…
    accepts_and_refuses: bool = False  # one sentence that does both ("accepts … but cannot accept …")


class ResponseClassification(NamedTuple):
    position: Position | None
    considered_implemented: bool
    deciding_sentence: str | None
    confidence: float


def classify_response(text: str) -> ResponseClassification:
    """The position a response text gives, whether it calls the recommendation implemented, the
    sentence that decides (verbatim), and how sure the reading is (0..1).

    A text that gives no position, or both accepts and refuses in separate sentences, returns
    position None with low confidence: the caller flags it rather than guess.
    """
    return decide(position_statements(text))


def position_statements(text: str) -> list[PositionStatement]:
    """Every sentence of the text that states a position, in order."""
    statements = []
    for sentence in split_sentences(text):
        statement = read_sentence(sentence)
        if statement is not None:
            statements.append(statement)
    return statements


def read_sentence(sentence: Sentence) -> PositionStatement | None:
    """The position one sentence states, or None."""
    bare = _bare_position_word(sentence.text) or _leading_verdict(sentence.text)
    if bare is not None:
        position, implemented = bare
        return PositionStatement(sentence, position, implemented, True, False, None, False)
    found = _cues_in(sentence.text)
    if not found:
        return None
    positions = {position for position, _implemented in found}
    implemented = any(is_implemented for _position, is_implemented in found)
    strong = bool(_NAMES_RECOMMENDATION.search(sentence.text))
    hedged = bool(_HEDGES.search(sentence.text))
    if Position.PARTIALLY_SUPPORTED in positions or {Position.SUPPORTED, Position.NOTED} <= positions:
        # One sentence that both accepts and refuses accepts in part.
        position = Position.PARTIALLY_SUPPORTED
        hedged = hedged or Position.PARTIALLY_SUPPORTED not in positions
    elif positions - {Position.PENDING}:
        position = next(iter(positions - {Position.PENDING}))
    else:
        position = Position.PENDING
    if implemented and not strong:
        # "A programme has been implemented since 2003" is about the programme, not the answer.
        if position is Position.SUPPORTED and all(is_impl for _p, is_impl in found):
            return None
        implemented = False
    return PositionStatement(
        sentence=sentence,
        position=position,
        considered_implemented=implemented and position is Position.SUPPORTED,
        strong=strong,
        concluding=bool(_CONCLUDING.search(sentence.text)),
        plural=_grammatical_number(sentence.text),
        hedged=hedged,
        deferred=position is Position.PENDING and bool(_DEFERRAL_CUES.search(sentence.text)),
        of_a_part=bool(_OF_A_PART.search(sentence.text)),
        contrasting=bool(_CONTRASTING.search(sentence.text)),
        accepts_and_refuses={Position.SUPPORTED, Position.NOTED} <= positions,
    )


def decide(statements: list[PositionStatement]) -> ResponseClassification:
    """Combine the statements of one response into its position."""
    strong = [s for s in statements if s.strong]
    deciding = strong or statements
    if not deciding:
        return ResponseClassification(None, False, None, 0.0)
    positions = {s.position for s in deciding}
    decisive = positions - {Position.PENDING}
    if Position.PARTIALLY_SUPPORTED in positions:
        chosen = Position.PARTIALLY_SUPPORTED
    elif decisive == {Position.SUPPORTED, Position.NOTED}:
        parts = accepts_and_refuses_parts(deciding)
        if parts is not None:
            # "accepts the recommendation regarding X. However, it cannot accept the recommendation on Y."
            accepts, refuses = parts
            return ResponseClassification(Position.PARTIALLY_SUPPORTED, False,
                                          f"{accepts.sentence.text} {refuses.sentence.text}", _PARTS_CONFIDENCE)
        # Accepted in one sentence, refused in another: two answers run together, or one answer
        # in parts; the caller decides which, we do not.
        return ResponseClassification(None, False, None, 0.2)
    elif decisive:
        chosen = next(iter(decisive))
    else:
        chosen = Position.PENDING
    first = next(s for s in deciding if s.position is chosen)
    if chosen is Position.PENDING and any(s.deferred for s in deciding):
        deferral = next(s for s in deciding if s.deferred)
        return ResponseClassification(Position.PENDING, False, deferral.sentence.text, _DEFERRAL_CONFIDENCE)
    confidence = 0.95 if strong else 0.4
    if first.hedged:
        confidence -= 0.15
    if any(s.position is not chosen for s in statements):
        confidence -= 0.1  # a weaker cue pointing elsewhere ("…is under consideration")
    implemented = chosen is Position.SUPPORTED and any(
        s.considered_implemented for s in deciding if s.position is chosen
    )
    return ResponseClassification(chosen, implemented, first.sentence.text, round(max(confidence, 0.05), 2))


def accepts_and_refuses_parts(statements: list[PositionStatement]) -> tuple[PositionStatement, PositionStatement] | None:
    """The accepting and the refusing statement of one answer in parts: in order, the second
    contrasts with the first ("However…", "but…") or both name the part they speak of. None when
    the two may as well be two answers run together."""
    decided = [s for s in statements if s.position in (Position.SUPPORTED, Position.NOTED)]
    if len({s.position for s in decided}) != 2 or any(s.plural for s in decided):
        return None
    for first, second in zip(decided, decided[1:]):
        if first.position is not second.position and (second.contrasting or (first.of_a_part and second.of_a_part)):
            accepts, refuses = (first, second) if first.position is Position.SUPPORTED else (second, first)
            return accepts, refuses
    return None


def is_deferral(sentence: str) -> bool:
    """Does the sentence put the State's position off ("cannot, at this point in time, make a
    definitive statement")?"""
    return bool(_DEFERRAL_CUES.search(sentence))


def _cues_in(sentence: str) -> list[tuple[Position, bool]]:
    """(position, implemented) for each cue, negations read first and masked."""
    found: list[tuple[Position, bool]] = []
    masked = sentence
    for cues, position, implemented in (
        (_DEFERRAL_CUES, Position.PENDING, False),   # before refusals: "cannot … make a definitive statement"
        (_NOTED_CUES, Position.NOTED, False),
        (_PARTIAL_CUES, Position.PARTIALLY_SUPPORTED, False),
        (_PENDING_CUES, Position.PENDING, False),
        (_IMPLEMENTED_CUES, Position.SUPPORTED, True),
        (_SUPPORTED_CUES, Position.SUPPORTED, False),
    ):
        for match in cues.finditer(masked):
            if _NEGATION_BEFORE.search(masked, max(0, match.start() - _NEGATION_REACH), match.start()):
                if position is Position.SUPPORTED and not implemented:
                    found.append((Position.NOTED, False))  # "never accepted"
                continue  # "has not been implemented" says nothing of the position
            found.append((position, implemented))
        masked = cues.sub(lambda m: " " * len(m.group(0)), masked)
    return found


_BARE_WORDS = re.compile(r"^[\W_]*(?P<words>[A-Za-z][A-Za-z ,/-]{1,80}?)[\W_]*$")


def opens_with_position_word(text: str) -> bool:
    """Does the text begin with a sentence that is a bare position word ("Accepted.", "Noted",
    "Supported. The Act of 2018 …")? Such a word after a list of labels is that list's answer."""
    sentences = split_sentences(text)
    return bool(sentences) and _bare_position_word(sentences[0].text) is not None


def opens_with_verdict(text: str) -> bool:
    """Does the text open with a verdict, bare or explained ("Accepted.", "Rejected, as…")?"""
    sentences = split_sentences(text)
    return bool(sentences) and _is_verdict(sentences[0].text)


def _bare_position_word(sentence: str) -> tuple[Position, bool] | None:
    """ "Supported.", "Noted", "Accepted and considered already implemented", "Supported/Noted"."""
    other = _OTHER.BARE_WORDS.get(name_key(sentence)) if len(sentence) <= 80 else None
    if other is not None:
        return other   # "Acceptée", "Notée", "Aceptada", "Поддержана"
    match = _BARE_WORDS.match(sentence)
    if not match:
        return None
    words = match.group("words")
    if re.fullmatch(r"(?i)\s*(?:supported|accepted)\s*/\s*(?:noted|not\s+accepted)\s*", words):
        return Position.PARTIALLY_SUPPORTED, False
    try:
        reading = parse_position(words)
    except InvalidValueError:
        return None
    if reading.position is None:
        return None
    return reading.position, reading.considered_implemented


# A verdict that opens an answer and is then explained: "Rejected, as it is based on…", "Accepted
# and already implemented.", "Not accepted; the Constitution already…". Its opening words decide.
_LEADING_VERDICT = re.compile(
    r"""
    ^[\W_]*
    (?P<words>(?:not\s+|partially\s+)?(?:accepted|supported|noted|rejected)(?:\s+in\s+part)?)
    (?P<implemented>,?\s+and\s+(?:is\s+|has\s+been\s+|considered\s+(?:as\s+)?)?(?:already|fully)\s+implemented)?
    (?=\s*[,;:—–]|\s*\.?\s*$|\s+(?:as|because|since|given|insofar|on\s+the\s+grounds?|in\s+view)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _is_verdict(sentence: str) -> bool:
    return _bare_position_word(sentence) is not None or _leading_verdict(sentence) is not None


def _leading_verdict(sentence: str) -> tuple[Position, bool] | None:
    match = _LEADING_VERDICT.match(sentence)
    if match is None or _HEDGES.search(sentence):
        return None   # "Accepted in principle, subject to…" is no plain verdict
    reading = _bare_position_word(match.group("words"))
    if reading is None:
        return None
    return reading[0], reading[1] or bool(match.group("implemented"))


def _grammatical_number(sentence: str) -> bool | None:
    if _PLURAL.search(sentence):
        return True
    if _SINGULAR.search(sentence):
        return False
    return None
