"""What the document parsers return: plain values, with the problems they found.

A parser never guesses silently: where the text is lossy or ambiguous it still returns what it
read and adds a `Problem` saying what, where (line), and about which labels.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class ProblemKind(enum.StrEnum):
    NO_RESPONSE = "no_response"                # a label of the review got no response
    ORPHAN_TEXT = "orphan_text"                # a response text that lost its numbers
    MERGED_GROUPS = "merged_groups"            # one text that seems to answer two groups
    CONFLICTING_POSITIONS = "conflicting_positions"  # a label answered twice, differently
    UNKNOWN_LABEL = "unknown_label"            # a number that is not a label of the review
    UNCLEAR_POSITION = "unclear_position"      # no sentence decides the position
    UNREADABLE = "unreadable"                  # a piece the parser could not read
    SUGGESTION_APPLIED = "suggestion_applied"  # an unambiguous repair was made, and is said
    NOTE = "note"                              # what the document says beside a recommendation (a footnote,
                                               # the State's comment), kept for a person to read
    ENCODING_GUESSED = "encoding_guessed"      # the text file's encoding was a guess: accents may be wrong
    # Raised by the dataset import and by merging recommendations stored apart:
    ROWS_DISAGREE = "rows_disagree"            # rows of one recommendation give different values
    UNKNOWN_RECOMMENDING_STATE = "unknown_recommending_state"  # a recommending State no one knows
    NEAR_MATCH = "near_match"                  # a table's text taken as a stored one that differs slightly
    ODD_VALUE = "odd_value"                    # a table's cell that could not be read, kept empty


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str
    labels: tuple[str, ...] = ()
    line: int | None = None        # 1-based line in the extracted text
    excerpt: str | None = None     # the text concerned, short


@dataclass(frozen=True)
class DocumentIdentity:
    """What a document says about itself; every field may be unknown."""

    symbol: str | None = None          # e.g. A/HRC/14/10/Add.1
    state_name: str | None = None      # the State under review, as written
    cycle: int | None = None
    session: int | None = None         # Working Group session
    issued_on: dt.date | None = None
    title: str | None = None
    review_date: dt.date | None = None  # the day the Working Group reviewed the State


@dataclass(frozen=True)
class ParsedRecommendation:
    label: str                         # full label: "95.12", "115.16"
    text: str                          # without the trailing recommending State(s)
    recommending_states: tuple[str, ...]  # names as written ("United Kingdom of Great Britain...")
    paragraph: str                     # "95"
    line: int | None = None
    # The initial position the Working Group report states for the list it is in.
    position: str | None = None        # a upr_tracker.domain.positions.Position value, or None
    considered_implemented: bool = False
    themes: tuple[str, ...] = ()
    affected_persons: tuple[str, ...] = ()
    position_source: str | None = None  # "A/HRC/25/5/Add.1 - Para. 3", when the document says it
    # The document's footnotes to the recommendation ("The recommendation as read during the
    # interactive dialogue: …"); the importer keeps each as a note to review.
    footnotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedResponse:
    """One response text and the labels it covers."""

    labels: tuple[str, ...]            # full labels when known ("97.5"), else as written ("5")
    position: str | None               # Position value, None when unclear
    considered_implemented: bool
    text: str
    deciding_sentence: str | None
    confidence: float                  # 0..1: how sure the classification is
    line: int | None = None
    paragraph: str | None = None       # where in the source document (paragraph or table row)
    # The document the response is in when it is not the one parsed (an OHCHR matrix quotes
    # positions from the addendum: "A/HRC/25/5/Add.1"); None means the parsed document itself.
    source_symbol: str | None = None


@dataclass
class ParsedDocument:
    kind: str                          # a upr_tracker.domain.documents.DocumentKind value
    identity: DocumentIdentity
    recommendations: list[ParsedRecommendation] = field(default_factory=list)
    responses: list[ParsedResponse] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
