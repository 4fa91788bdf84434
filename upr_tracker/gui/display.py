"""How values read on screen: position and level names, dates. Shared by the views."""

from __future__ import annotations

import datetime as dt
import html

from upr_tracker.domain.implementation import AssessmentSource, ImplementationLevel
from upr_tracker.domain.positions import position_wording
from upr_tracker.domain.reference import VOCABULARY_SHORT_LABELS


def position_text(position: str | None, considered_implemented: bool = False) -> str:
    return position_wording(position, considered_implemented)


def level_text(level: str | None) -> str:
    return ImplementationLevel(level).label if level else "—"


def local_time_text(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def source_text(source: str) -> str:
    return AssessmentSource(source).label


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip that shows `text` as written. Qt shows a tooltip that looks like HTML as HTML (a
    recommendation's "<b>" in bold, a "<script>" gone): given as escaped rich text, it shows the
    characters themselves, its line breaks kept, and a long text wraps."""
    if not text:
        return None
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"


def terms_cell(row_terms: tuple[tuple[str, str], ...]) -> str:
    """A row's terms of every vocabulary in one cell: the UPR Info issues as they are, the others
    after their vocabulary ("Death penalty; OHCHR: D23 Death penalty; SDG: 16 Peace…")."""
    grouped: dict[str, list[str]] = {}
    for vocabulary, name in row_terms:
        grouped.setdefault(vocabulary, []).append(name)
    parts = []
    for vocabulary, names in grouped.items():
        joined = ", ".join(names)
        parts.append(joined if vocabulary == "themes" else f"{VOCABULARY_SHORT_LABELS.get(vocabulary, vocabulary)}: {joined}")
    return "; ".join(parts)
