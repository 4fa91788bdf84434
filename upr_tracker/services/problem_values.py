"""Import problems as plain values: what a problem is called on screen, its labels as a person
writes them, the source lines it concerns, and how a stretch of them reads."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.parsing.position_classifier import classify_response
from upr_tracker.services.problem_source_text import joined_text
from upr_tracker.services.values import ResponseInfo

KIND_TITLES: dict[str, str] = {
    ProblemKind.NO_RESPONSE.value: "Left unanswered",   # awaited the State's answer, got none
    ProblemKind.ORPHAN_TEXT.value: "Text without numbers",
    ProblemKind.MERGED_GROUPS.value: "One text for two groups",
    ProblemKind.CONFLICTING_POSITIONS.value: "Conflicting positions",
    ProblemKind.UNKNOWN_LABEL.value: "Unknown number",
    ProblemKind.UNCLEAR_POSITION.value: "Unclear position",
    ProblemKind.UNREADABLE.value: "Unreadable piece",
    ProblemKind.SUGGESTION_APPLIED.value: "Repair to check",
    ProblemKind.NOTE.value: "Note",
    ProblemKind.ENCODING_GUESSED.value: "Encoding guessed",
    ProblemKind.ROWS_DISAGREE.value: "Rows disagree",
    ProblemKind.UNKNOWN_RECOMMENDING_STATE.value: "Unknown recommending State",
    ProblemKind.NEAR_MATCH.value: "Near match",
    ProblemKind.ODD_VALUE.value: "Unreadable cell",
}


def kind_title(kind: str) -> str:
    """How a problem kind reads on screen ("Text without numbers")."""
    return KIND_TITLES.get(kind, kind.replace("_", " ").capitalize())


def compact_labels(labels: Iterable[str]) -> str:
    """Labels as a person writes a list of them: runs of consecutive numbers of one paragraph
    become ranges ("95.1–95.102, 97.3, 97.5–97.7"); the order given is kept."""
    runs: list[list[tuple[str, int, str]]] = []
    for label in labels:
        paragraph, _dot, number = label.rpartition(".")
        if not number.isdigit():
            runs.append([(paragraph, -1, label)])
            continue
        current = runs[-1] if runs else None
        if current and current[-1][1] >= 0 and current[-1][0] == paragraph and current[-1][1] + 1 == int(number):
            current.append((paragraph, int(number), label))
        else:
            runs.append([(paragraph, int(number), label)])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{run[0][2]}–{run[-1][2]}")
        else:
            parts.extend(item[2] for item in run)
    return ", ".join(parts)


# --------------------------------------------------------------------------------------------
# Problems as values


@dataclass(frozen=True)
class SourceLine:
    number: int  # 1-based, as the parsers count lines
    text: str


@dataclass(frozen=True)
class ProblemInfo:
    id: uuid.UUID
    review_id: uuid.UUID | None
    review_title: str                      # "Kazakhstan, cycle 1"
    document_id: uuid.UUID
    document: str                          # its symbol, else its file name
    document_kind: str
    kind: str                              # a ProblemKind value
    labels: tuple[str, ...]                # as the document wrote them
    line: int | None
    excerpt: str | None
    message: str
    resolved: bool
    resolution: str | None
    recommendation_ids: tuple[uuid.UUID, ...]
    recommendation_labels: tuple[str, ...]
    # This document's responses to the problem's recommendations (what the import recorded).
    responses: tuple[ResponseInfo, ...]
    # The source text around the problem: a few lines before and after the lines concerned.
    context: tuple[SourceLine, ...]
    # The lines of the response text the problem is about, when there is one.
    text_first_line: int | None
    text_last_line: int | None
    # For a text that answers two groups: the groups as written, and a line to split at.
    suggested_groups: tuple[tuple[str, ...], ...]
    suggested_split_line: int | None
    created_at: dt.datetime | None

    @property
    def title(self) -> str:
        return kind_title(self.kind)

    @property
    def has_source_text(self) -> bool:
        return bool(self.context)

    @property
    def can_assign(self) -> bool:
        """An orphan text (or a text an applied suggestion gave to labels) can be assigned."""
        if self.text_first_line is None:
            return False
        return self.kind == ProblemKind.ORPHAN_TEXT.value or (
            self.kind == ProblemKind.SUGGESTION_APPLIED.value and len(self.responses) == 1)

    @property
    def can_split(self) -> bool:
        """A run-together text (or one a suggestion already split) can be split by hand."""
        if self.text_first_line is None or self.text_last_line is None or self.text_last_line <= self.text_first_line:
            return False
        return self.kind == ProblemKind.MERGED_GROUPS.value or (
            self.kind == ProblemKind.SUGGESTION_APPLIED.value and len(self.responses) >= 2)

    def text_lines(self) -> tuple[SourceLine, ...]:
        """The lines of the response text concerned, as far as the context holds them."""
        if self.text_first_line is None or self.text_last_line is None:
            return ()
        return tuple(s for s in self.context if self.text_first_line <= s.number <= self.text_last_line)


@dataclass(frozen=True)
class TextReading:
    """A piece of response text as it would be recorded, and the position its words state."""

    text: str
    position: str | None         # a Position value; None when the words state none (or two)
    considered_implemented: bool
    deciding_sentence: str | None
    confidence: float


def read_lines(lines: Sequence[SourceLine], first: int, last: int) -> TextReading:
    """Lines first..last of a problem's context joined as a response text, and what they say:
    what assigning or splitting would record (no database; cheap enough for the GUI thread)."""
    by_number = {line.number: line.text for line in lines}
    raw = [by_number.get(number, "") for number in range(first, last + 1)]
    text = joined_text(raw, 1, len(raw))
    reading = classify_response(text) if text else None
    if reading is None:
        return TextReading(text, None, False, None, 0.0)
    return TextReading(text, reading.position.value if reading.position else None, reading.considered_implemented,
                       reading.deciding_sentence, reading.confidence)
