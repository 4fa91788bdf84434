"""Which vocabulary a report groups its recommendations by, and how a line names the terms of
the others. A database may hold UPR Info issues (from UPR Info's exports), OHCHR themes (from the
matrices and the UHRI), SDGs and affected persons, for the same recommendations or for different
ones: a report uses whichever are there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from upr_tracker.domain.reference import VOCABULARIES_SHOWN, vocabulary_heading
from upr_tracker.i18n.display import term_label
from upr_tracker.reports.language import Words, english
from upr_tracker.services.values import RecommendationRow

NO_THEME = "No theme"
# The vocabularies a country brief may group by: themes, not the SDGs or the persons affected.
GROUPING_VOCABULARIES = ("themes", "ohchr_themes")


def terms_of(row: RecommendationRow, vocabulary: str) -> tuple[str, ...]:
    # (the UPR Info issues also from `themes`, for rows made without their `terms`)
    return row.themes if vocabulary == "themes" and not row.terms else row.terms_of(vocabulary)


def grouping_vocabulary(rows: Iterable[RecommendationRow]) -> str:
    """The theme vocabulary that classifies the most of these recommendations; a tie, or none at
    all, goes to the UPR Info issues."""
    rows = list(rows)
    classified = {v: sum(1 for r in rows if terms_of(r, v)) for v in GROUPING_VOCABULARIES}
    return max(GROUPING_VOCABULARIES, key=lambda v: (classified[v], v == "themes"))


def vocabularies_present(rows: Iterable[RecommendationRow]) -> list[str]:
    found = {v for r in rows for v, _name in r.terms} | ({"themes"} if any(r.themes for r in rows) else set())
    return [v for v in VOCABULARIES_SHOWN if v in found]


def term_counts(rows: Iterable[RecommendationRow], vocabulary: str) -> list[tuple[str, int]]:
    """(term, count), most frequent first, "No theme" last."""
    counts = Counter(term for r in rows for term in (terms_of(r, vocabulary) or (NO_THEME,)))
    unthemed = counts.pop(NO_THEME, 0)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return ordered + ([(NO_THEME, unthemed)] if unthemed else [])


def term_wording(vocabulary: str, term: str, words: Words | None = None) -> str:
    """A term as a report prints it: "No theme" and the shipped vocabularies' terms translated."""
    words = words or english()
    if term == NO_THEME:
        return words.translate("ReportWording", "No theme")
    return term_label(vocabulary, term, words)


def other_terms_lines(row: RecommendationRow, leave_out: str | None = None, words: Words | None = None) -> str:
    """One line per vocabulary of the row's terms ("OHCHR themes: D25 …; A12 …"), the grouping
    vocabulary of the report left out (its terms are the headings)."""
    words = words or english()
    lines = []
    for vocabulary in VOCABULARIES_SHOWN:
        names = terms_of(row, vocabulary)
        if vocabulary != leave_out and names:
            label = words.translate("ReportWording", "SDGs") if vocabulary == "sdgs" else vocabulary_label(
                vocabulary, words)
            shown = "; ".join(term_wording(vocabulary, name, words) for name in names)
            lines.append(words.fill(words.translate("ReportWording", "%1: %2"), label, shown))
    return "\n".join(lines)


def vocabulary_label(vocabulary: str, words: Words | None = None) -> str:
    words = words or english()
    if vocabulary == "themes":
        return words.translate("ReportWording", "UPR Info issues")
    if vocabulary == "ohchr_themes":
        return words.translate("ReportWording", "OHCHR themes")
    if vocabulary == "sdgs":
        return words.translate("ReportWording", "Sustainable Development Goals")
    if vocabulary == "affected_persons":
        return words.translate("ReportWording", "Affected persons")
    return vocabulary_heading(vocabulary)
