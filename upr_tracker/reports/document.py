"""The content of a report, independent of its output format (PDF, Word, HTML).

Every string here is plain text: writers escape or insert it as text, never interpret it.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class ReportFormat(enum.StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    HTML = "html"

    @classmethod
    def from_path(cls, path: str) -> ReportFormat | None:
        suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
        return {"pdf": cls.PDF, "docx": cls.DOCX, "html": cls.HTML, "htm": cls.HTML}.get(suffix)


@dataclass(frozen=True)
class Cover:
    """The first page: what the report is, what it covers, when and by whom it was made."""

    title: str                      # "Country brief: Kazakhstan"
    scope: str                      # "Universal Periodic Review, cycle 1 (session 7, February 2010)"
    made_on: dt.date
    organisation: str | None = None  # the author organisation, a setting
    # Lines under the scope naming the review's UN documents: "Working Group report: A/HRC/14/10, 23 March 2010".
    documents: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()    # e.g. "Contains confidential notes: do not share outside …"
    date_text: str | None = None     # `made_on` in the report's language (None: in English)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1                   # 1 (section), 2 (sub-section), 3


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False           # shown in italics, e.g. an empty-section remark or a quotation
    small: bool = False              # a source line, a footnote-like remark


@dataclass(frozen=True)
class Table:
    """A table whose header row repeats on every page it spans."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # Relative widths of the columns (any positive numbers; None: equal).
    widths: tuple[float, ...] | None = None
    caption: str | None = None


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: str | None = None        # "#rrggbb"; None: the writer's default
    value_text: str | None = None    # the value in the report's digits; None: "1,234"


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per label, with the value written at the end of each bar."""

    title: str
    bars: tuple[Bar, ...]
    empty_text: str = "No data"      # said instead of bars when there are none
    continued: str = "%1 (continued)"  # the title of its part on a later page


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | BarChart | PageBreak


@dataclass(frozen=True)
class Report:
    cover: Cover
    blocks: tuple[Block, ...]
    running_header: str = ""        # printed at the top of every page after the cover
    confidential: bool = False      # it includes confidential notes (the cover says so)
    metadata: dict[str, str] = field(default_factory=dict)  # written into the file's properties
    # The language of the report's own words (ISO code), and its direction: Arabic pages read
    # from right to left, their tables' columns mirrored.
    language: str = "en"
    right_to_left: bool = False
    page_label: str = "Page %1 of %2"   # the footer's page numbers, in the report's language
    confidential_mark: str = "CONFIDENTIAL"
