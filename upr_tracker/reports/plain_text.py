"""Text as every writer receives it: line breaks normalised, characters no file format may hold
(control characters from badly extracted PDFs, lone surrogates) removed."""

from __future__ import annotations

import re
from collections.abc import Callable

from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.reports.document import Cover

# C0 controls except tab and line feed, DEL and the C1 controls, lone surrogates, and the two
# non-characters XML forbids: none of them can be written into XML (DOCX) or shown.
_UNWRITABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """`text` with Windows and old Mac line breaks made "\\n" and unwritable characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _UNWRITABLE.sub("", text.replace("\x0c", "\n"))


def one_line(text: str) -> str:
    """`text` cleaned, its runs of white space (line breaks too) made single spaces."""
    return " ".join(clean(text).split())


def cover_date(cover: Cover) -> str:
    """The date as the cover and the footers print it: `12 March 2025` (in the report's language)."""
    if cover.date_text:
        return cover.date_text
    return PartialDate(cover.made_on, DatePrecision.DAY).display()


def page_label(number: int, total: int, template: str = "Page %1 of %2", digits: Callable[[int], str] = str) -> str:
    """"Page 3 of 12", or the report's language's `template` with its `digits`."""
    return template.replace("%1", digits(number)).replace("%2", digits(total))
