"""Which vocabulary a report groups its recommendations by, and how a line names the terms of
the others. A database may hold UPR Info issues (from UPR Info's exports), OHCHR themes (from the
matrices and the UHRI), SDGs and affected persons, for the same recommendations or for different
ones: a report uses whichever are there.

Where no person or document gave a recommendation a UPR Info issue, the issues the app suggests
stand in for them, each marked (SUGGESTED_MARK) and explained on the cover.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from upr_tracker.domain.reference import VOCABULARIES_SHOWN, vocabulary_heading
from upr_tracker.i18n.display import term_label
from upr_tracker.reports.language import Words, english
from upr_tracker.services.report_data import RecommendationFacts
from upr_tracker.services.values import RecommendationRow

NO_THEME = "No theme"
# After a term the app suggested and no person confirmed; the cover says what it means.
SUGGESTED_MARK = "†"
# The vocabularies a country brief may group by: themes, not the SDGs or the persons affected.
GROUPING_VOCABULARIES = ("themes", "ohchr_themes")


def terms_of(row: RecommendationRow, vocabulary: str) -> tuple[str, ...]:
    # (the UPR Info issues also from `themes`, for rows made without their `terms`)
    return row.themes if vocabulary == "themes" and not row.terms else row.terms_of(vocabulary)


def shown_terms(facts: RecommendationFacts, vocabulary: str) -> tuple[tuple[str, bool], ...]:
    """(term, suggested) for each term a report shows of the vocabulary: those a person or a
    document gave, else (UPR Info issues only) those the app suggests."""
    confirmed = terms_of(facts.row, vocabulary)
    if confirmed or vocabulary != "themes":
        return tuple((term, False) for term in confirmed)
    return tuple((term, True) for term in facts.suggested_themes)


def shows_suggestions(facts: Iterable[RecommendationFacts], vocabularies: Sequence[str]) -> bool:
    """Whether a report listing the terms of these vocabularies shows a suggested one."""
    return "themes" in vocabularies and any(f.suggested_themes and not terms_of(f.row, "themes") for f in facts)


def grouping_vocabulary(facts: Iterable[RecommendationFacts]) -> str:
    """The theme vocabulary that classifies the most of these recommendations, by the terms people
    and documents gave; suggestions decide only between vocabularies that classify as many (a
    database with no theme at all groups by the suggested UPR Info issues); a tie goes to the UPR
    Info issues."""
    facts = list(facts)
    classified = {v: sum(1 for f in facts if terms_of(f.row, v)) for v in GROUPING_VOCABULARIES}
    with_suggested = {v: sum(1 for f in facts if shown_terms(f, v)) for v in GROUPING_VOCABULARIES}
    return max(GROUPING_VOCABULARIES, key=lambda v: (classified[v], with_suggested[v], v == "themes"))


def vocabularies_present(facts: Iterable[RecommendationFacts]) -> list[str]:
    facts = list(facts)
    found = {v for f in facts for v, _name in f.row.terms}
    if any(f.row.themes or f.suggested_themes for f in facts):
        found.add("themes")
    return [v for v in VOCABULARIES_SHOWN if v in found]


def term_counts(facts: Iterable[RecommendationFacts], vocabulary: str) -> list[tuple[str, bool, int]]:
    """(term, suggested, count), most frequent first, "No theme" last. A term given to some
    recommendations and suggested for others is counted twice, confirmed and suggested."""
    counts = Counter(shown for f in facts for shown in (shown_terms(f, vocabulary) or ((NO_THEME, False),)))
    unthemed = counts.pop((NO_THEME, False), 0)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0].casefold(), item[0][1]))
    return [(term, suggested, count) for (term, suggested), count in ordered] + (
        [(NO_THEME, False, unthemed)] if unthemed else [])


def term_wording(vocabulary: str, term: str, words: Words | None = None, suggested: bool = False) -> str:
    """A term as a report prints it: "No theme" and the shipped vocabularies' terms translated; a
    suggested one marked."""
    words = words or english()
    if term == NO_THEME:
        return words.translate("ReportWording", "No theme")
    label = term_label(vocabulary, term, words)
    return f"{label} {SUGGESTED_MARK}" if suggested else label


def suggested_legend(words: Words | None = None) -> str:
    """The cover's line saying what the mark means."""
    words = words or english()
    return words.fill(words.translate(
        "ReportWording", "Themes marked %1 are suggested by UPR Tracker where a person has not confirmed them."),
        SUGGESTED_MARK)


def other_terms_lines(row: RecommendationRow | RecommendationFacts, leave_out: str | None = None,
                      words: Words | None = None) -> str:
    """One line per vocabulary of the recommendation's terms ("OHCHR themes: D25 …; A12 …"), the
    grouping vocabulary of the report left out (its terms are the headings). Given its facts, the
    suggested UPR Info issues stand in for missing ones, marked."""
    words = words or english()
    facts = row if isinstance(row, RecommendationFacts) else RecommendationFacts(
        row=row, state_name="", claim=None, assessments=(), milestones=(), latest_note=None)
    lines = []
    for vocabulary in VOCABULARIES_SHOWN:
        names = shown_terms(facts, vocabulary)
        if vocabulary != leave_out and names:
            label = words.translate("ReportWording", "SDGs") if vocabulary == "sdgs" else vocabulary_label(
                vocabulary, words)
            shown = "; ".join(term_wording(vocabulary, name, words, suggested) for name, suggested in names)
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
