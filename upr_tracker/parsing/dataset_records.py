"""What the dataset parsers return: recommendations read from tables, the rows that could not be
read, and where rows of one recommendation disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DisagreeingValue:
    """One of the values that rows of one recommendation give, and the rows that give it."""

    shown: str                                # as the reason shows it ("4", "Accepted")
    rows: tuple[tuple[int, str], ...]         # (line, recommending State(s) as written), by line


@dataclass(frozen=True)
class Disagreement:
    """Rows of one recommendation that give different values of one field. Every value is kept
    somewhere (the position history, the union of the lists) and the reason names them all."""

    field: str                                # a DatasetRecommendation field ("action_category")
    column: str                               # as the file's header names it ("Action")
    values: tuple[DisagreeingValue, ...]      # the value kept first
    reason: str                               # "UPR Info rows disagree: Action 4 (line 1203, Algeria) vs 2 (…)"


@dataclass(frozen=True)
class DatasetRecommendation:
    state_under_review: str | None     # as written; None when a mapped table has no such column
    session: int | None                # Working Group session
    cycle: int | None                  # given, or from the session
    text: str
    recommending_states: tuple[str, ...] = ()   # as written, each once, in order of first appearance
    position: str | None = None        # a upr_tracker.domain.positions.Position value
    considered_implemented: bool = False
    position_wording: str = ""         # as written ("Accepted")
    action_category: int | None = None  # UPR Info's 1-5
    themes: tuple[str, ...] = ()       # UPR Info issues, as written
    sdgs: tuple[str, ...] = ()
    affected_persons: tuple[str, ...] = ()
    ohchr_themes: tuple[str, ...] = ()  # coded themes ("A12 Acceptance of international norms")
    document_symbol: str | None = None
    published_on: dt.date | None = None
    label: str | None = None           # "115.16"
    annotation_id: str | None = None   # UHRI's "OHCHR Annotation Id"
    lines: tuple[int, ...] = ()        # the source lines merged into it
    disagreements: tuple[Disagreement, ...] = ()
    # Cells that could not be read and were kept empty rather than refuse the row ("7" as an action).
    odd_values: tuple[RowProblem, ...] = ()
    # The single rows merged into it, by line (empty for a recommendation read from one row).
    merged_from: tuple[DatasetRecommendation, ...] = field(default=(), repr=False)

    @property
    def rows(self) -> tuple[DatasetRecommendation, ...]:
        """The single rows it was read from: itself when it is one row."""
        return self.merged_from or (self,)


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str | None                 # as in the file's header
    value: str | None                  # the cell as written
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column!r}" if self.column else "")
        shown = f" ({self.value!r})" if self.value else ""
        return f"{where}: {self.message}{shown}"


@dataclass
class ParsedDataset:
    format: str                        # "uprinfo", "uhri" or "mapped"
    recommendations: list[DatasetRecommendation] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)    # reason -> rows left out on purpose
    unmapped_columns: list[str] = field(default_factory=list)  # columns whose content is not imported
    rows_read: int = 0                 # rows with content under the header
    columns: dict[str, str] = field(default_factory=dict)    # field -> the file's column for it
