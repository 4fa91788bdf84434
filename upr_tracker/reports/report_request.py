"""What a report is asked for: its template, its scope, its sections and its language."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.reports.language import Words, english


class ReportTemplate(enum.StrEnum):
    COUNTRY_BRIEF = "country-brief"
    THEMATIC = "thematic"
    MID_TERM = "mid-term"
    TIMELINE = "timeline"

    @property
    def label(self) -> str:
        """The English name (messages, file names); `template_label` gives it in a language."""
        return _TEMPLATE_LABELS[self]


_TEMPLATE_LABELS = {
    ReportTemplate.COUNTRY_BRIEF: "Country brief",
    ReportTemplate.THEMATIC: "Thematic brief",
    ReportTemplate.MID_TERM: "Mid-term implementation report",
    ReportTemplate.TIMELINE: "Milestones timeline",
}


def template_label(template: ReportTemplate, words: Words | None = None) -> str:
    words = words or english()
    if template is ReportTemplate.COUNTRY_BRIEF:
        return words.translate("ReportTemplate", "Country brief")
    if template is ReportTemplate.THEMATIC:
        return words.translate("ReportTemplate", "Thematic brief")
    if template is ReportTemplate.MID_TERM:
        return words.translate("ReportTemplate", "Mid-term implementation report")
    return words.translate("ReportTemplate", "Milestones timeline")


# The context under which the dialog translates the sections' labels.
SECTION_CONTEXT = "ReportSection"

# The optional sections of each template, in the order they appear: (key, label in the dialog).
SECTIONS: dict[ReportTemplate, tuple[tuple[str, str], ...]] = {
    ReportTemplate.COUNTRY_BRIEF: (
        ("summary", QT_TRANSLATE_NOOP("ReportSection", "Summary: counts by position, implementation and theme")),
        ("charts", QT_TRANSLATE_NOOP("ReportSection", "Charts of positions and implementation")),
        ("recommendations", QT_TRANSLATE_NOOP("ReportSection", "Recommendations by theme")),
    ),
    ReportTemplate.THEMATIC: (
        ("summary", QT_TRANSLATE_NOOP("ReportSection", "Summary: counts by cycle and by State")),
        ("repeated", QT_TRANSLATE_NOOP("ReportSection", "Recommended again from cycle to cycle")),
        ("recommendations", QT_TRANSLATE_NOOP("ReportSection", "Recommendations by cycle")),
    ),
    ReportTemplate.MID_TERM: (
        ("summary", QT_TRANSLATE_NOOP("ReportSection", "Summary: implementation by position and by source")),
        ("recommendations", QT_TRANSLATE_NOOP("ReportSection", "Recommendations with their assessments")),
        ("milestones", QT_TRANSLATE_NOOP("ReportSection", "Milestones")),
    ),
    ReportTemplate.TIMELINE: (
        ("timeline", QT_TRANSLATE_NOOP("ReportSection", "Timeline")),
    ),
}


@dataclass(frozen=True)
class ReportRequest:
    template: ReportTemplate
    state: str | None = None  # ISO3 or a name
    cycle: int | None = None
    theme: str | None = None  # a term of any vocabulary, or "vocabulary:name" (as RecommendationFilter.theme)
    search: str | None = None  # a full-text query, as in the search box
    plan: str | None = None  # a plan of action: its id or its title
    include_confidential: bool = False
    organisation: str | None = None
    sections: frozenset[str] | None = None  # None: all the template's sections
    made_on: dt.date | None = None  # None: today
    language: str = "en"  # one of the six UN languages: the report's headings, words, dates and numbers
    # Where no one gave a recommendation a theme, group and show it by the themes the app suggests
    # (marked as such); off: only the themes people and documents gave.
    include_suggestions: bool = True
