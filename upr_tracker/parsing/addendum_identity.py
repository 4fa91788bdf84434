"""What an addendum says of itself: symbol, State, date, title."""

from __future__ import annotations

import datetime as dt
import re

from upr_tracker.domain.documents import normalise_symbol
from upr_tracker.parsing.addendum_lines import PAGE_NUMBER_INDENT, TABLE_HEADER, Line
from upr_tracker.parsing.label_ranges import (
    parse_label_list,
)
from upr_tracker.parsing.document_languages import OTHER_TITLES_PATTERN, date_pattern, read_date
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
)

# --- identity ----------------------------------------------------------------------------------

_SYMBOL = re.compile(r"\bA/HRC/\d+/\d+/\s*Add\.\s*\d+\b", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_DATE = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>" + "|".join(_MONTHS) + r")\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_STATE_IN_TITLE = re.compile(
    r"""
      \b(?:Position|Views|Replies|Responses?|Comments)\s+of\s+(?!the\b)
            (?P<a>[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*|\s+(?:of|and|the|de)\b)*?)\s+(?:on|to)\s+the\b
    | \bViews\s+of\s+the\s+(?P<b>(?:Republic|Kingdom|State|Federation|Government)\s+of\s+[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*)*?)\s+on\b
    | \b(?:Government|Republic)\s+of\s+(?P<c>(?:the\s+)?[A-Z][\w’'()-]*(?:\s+[A-Z(][\w’'()-]*)*)
            \s+(?:to|on|has|have|would|wishes)\b
    """,
    re.VERBOSE,
)
_STATE_IN_HEADER = re.compile(
    r"\b(?:Position|Views|Repl(?:y|ies)|Responses?|Comments)\s+of\s+the\s+Government\s+of\s+"
    r"(?P<d>(?:the\s+)?[A-Z][\w’'()-]*(?:\s+(?:[A-Z(][\w’'()-]*|of|and|the))*?)\s*$"
)
_WG_REPORT_TITLE = re.compile(r"(?:Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review|"
                              + OTHER_TITLES_PATTERN + r")\W*$", re.IGNORECASE)
# "Views on conclusions…", in French, Spanish and Russian: "Observations sur les conclusions…",
# "Opiniones sobre las conclusiones…", "Мнения по выводам…".
_VIEWS_TITLE = re.compile(r"^(?:Views\s+on\s+conclusions|Observations\s+sur\s+les\s+conclusions"
                          r"|Opiniones\s+sobre\s+las\s+conclusiones|Мнения\s+(?:по|в\s+отношении)\s+вывод)", re.IGNORECASE)
_NOT_A_STATE = re.compile(r"^(?:Addendum|Additif|Adición|Добавление|Corrigendum|Rectificatif|Views\b|Observations\b"
                          r"|Opiniones\b|Мнения\b|Note\b|Summary\b|\*)", re.IGNORECASE)
_IDENTITY_LINES = 60


def read_identity(lines: list[Line]) -> DocumentIdentity:
    head = _head(lines)
    everything = "\n".join(line.text for line in lines)
    symbol_match = _SYMBOL.search("\n".join(line.text for line in head)) or _SYMBOL.search(everything)
    return DocumentIdentity(
        symbol=normalise_symbol(symbol_match.group(0)) if symbol_match else None,
        state_name=_state_name(head),
        issued_on=_issue_date(head),
        title=_title(head),
    )


def _head(lines: list[Line]) -> list[Line]:
    """The title area: the lines before the first number of the table, at most _IDENTITY_LINES."""
    head = []
    for line in lines[:_IDENTITY_LINES]:
        if parse_label_list(line.text) is not None and line.indent < PAGE_NUMBER_INDENT:
            break
        head.append(line)
    return head


def _issue_date(head: list[Line]) -> dt.date | None:
    """The date under "Distr.: General": a line that is a date and nothing else."""
    for line in head:
        match = _DATE.search(line.text)
        if match and (line.text.startswith("Distr") or match.group(0) == line.text):
            month = _MONTHS.index(match.group("month").lower()) + 1
            try:
                return dt.date(int(match.group("year")), month, int(match.group("day")))
            except ValueError:
                return None
    # "2 mars 2011", "2 de marzo de 2011", "2 марта 2011 года": a line that is a date in another language.
    for line in head:
        match = date_pattern().search(line.text)
        if match and (line.text.startswith("Distr") or match.group(0) == line.text.removesuffix(" года")):
            return read_date(match)
    return None


def _state_name(head: list[Line]) -> str | None:
    for i, line in enumerate(head):
        # The title may be broken over two lines: "…on the Universal Periodic" / "Review*".
        after = next((i + n for n, text in ((1, line.text), (2, f"{line.text} {_text_at(head, i + 1)}"))
                      if _WG_REPORT_TITLE.search(text)), None)
        if after is not None:
            for following in head[after:after + 3]:
                name = following.text.strip("* ")
                if name and not _NOT_A_STATE.match(name) and len(name.split()) <= 8:
                    return name
    joined = " ".join(line.text for line in head)
    match = _STATE_IN_TITLE.search(joined)
    if match is None:
        # The table header alone: "Recommendation No.   Position of the Government of Examplestan".
        match = next(filter(None, (_STATE_IN_HEADER.search(line.text) for line in head)), None)
    if match:
        return next(group for group in match.groups() if group)
    return None


def _text_at(head: list[Line], index: int) -> str:
    return head[index].text if index < len(head) else ""


def _title(head: list[Line]) -> str | None:
    """The title paragraph: "Views on conclusions…" or "Position of Kazakhstan on the 26…"."""
    for i, line in enumerate(head):
        if _VIEWS_TITLE.match(line.text) or re.match(r"^Position\s+of\s+(?!the\b)\S+\s", line.text):
            words = []
            for following in head[i:]:
                if not following.text or TABLE_HEADER.match(following.text):
                    break
                words.append(following.text)
            return " ".join(words)
    return None
