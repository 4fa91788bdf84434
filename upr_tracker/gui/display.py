"""How values read on screen: position and level names, dates. Shared by the views."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale

from upr_tracker.domain.reference import VOCABULARY_LABELS
from upr_tracker.gui.language import speaking
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.state_names import iso3_of_name, state_name
from upr_tracker.i18n.display import (
    assessment_source_label,
    level_label,
    position_label,
    term_label,
)


def state_text(iso3: str | None, stored_name: str) -> str:
    """A State as the window's language names it (the UN's short name, else CLDR's); stored by
    its code, so the name follows the language. In English, or for a code neither knows, the name
    the database holds."""
    code = speaking().code
    if not iso3 or code == "en":
        return stored_name
    name = state_name(iso3, code)
    return stored_name if name == iso3 else name


def states_text(names: Sequence[str]) -> str:
    """Recommending States, kept by their English names, named in the window's language."""
    if speaking().code == "en":
        return ", ".join(names)
    return ", ".join(state_text(iso3_of_name(name), name) for name in names)


def position_text(position: str | None, considered_implemented: bool = False) -> str:
    if not position:
        return "—"
    label = position_label(position)
    return fill(translate("Display", "%1 (considered implemented)"), label) if considered_implemented else label


def level_text(level: str | None) -> str:
    return level_label(level) if level else "—"


def day_text(day: dt.date | None) -> str:
    """A date alone, as the user's locale writes it short."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def local_time_text(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def source_text(source: str) -> str:
    return assessment_source_label(source)


def vocabulary_heading_text(vocabulary: str) -> str:
    """A vocabulary's name where it stands beside the others (the filter, the panel): "themes"
    alone would not say whose."""
    headings = {
        "themes": translate("Display", "UPR Info issues"),
        "ohchr_themes": translate("Display", "OHCHR themes"),
        "sdgs": translate("Display", "Sustainable Development Goals"),
        "affected_persons": translate("Display", "Affected persons"),
    }
    return headings.get(vocabulary, VOCABULARY_LABELS.get(vocabulary, vocabulary))


def vocabulary_short_text(vocabulary: str) -> str:
    """How a vocabulary is named before one of its terms ("SDG: 16 Peace…")."""
    short = {
        "themes": translate("Display", "UPR Info"),
        "ohchr_themes": translate("Display", "OHCHR"),
        "sdgs": translate("Display", "SDG"),
        "affected_persons": translate("Display", "Affected persons"),
    }
    return short.get(vocabulary, vocabulary)


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
        grouped.setdefault(vocabulary, []).append(term_label(vocabulary, name))
    parts = []
    for vocabulary, names in grouped.items():
        joined = ", ".join(names)
        parts.append(joined if vocabulary == "themes"
                     else fill(translate("Display", "%1: %2"), vocabulary_short_text(vocabulary), joined))
    return "; ".join(parts)
