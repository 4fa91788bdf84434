"""The domain's values in the user's language (the window's, or a report's `Words`). Values stay
stored in English or as codes; only what is shown changes."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import (
    AssessmentSource,
    CombinedAssessment,
    ImplementationLevel,
)
from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.domain.positions import Position
from upr_tracker.domain.reference import (
    VOCABULARY_LABELS,
    VOCABULARY_SHORT_LABELS,
    term_display,
)
from upr_tracker.domain.review_calendar import DATE_WORDS
from upr_tracker.i18n import domain_words as words_of
from upr_tracker.i18n.catalogs import Words, fill, translate


def _in(words: Words | None, context: str, english: str) -> str:
    return words.translate(context, english) if words is not None else translate(context, english)


def position_label(position: str | Position, words: Words | None = None) -> str:
    return _in(words, words_of.POSITION, Position(position).label)


def level_label(level: str | ImplementationLevel, words: Words | None = None) -> str:
    return _in(words, words_of.LEVEL, ImplementationLevel(level).label)


def assessment_source_label(source: str | AssessmentSource, words: Words | None = None) -> str:
    return _in(words, words_of.ASSESSMENT_SOURCE, AssessmentSource(source).label)


def milestone_kind_label(kind: str | MilestoneKind, words: Words | None = None) -> str:
    try:
        return _in(words, words_of.MILESTONE_KIND, MilestoneKind(kind).label)
    except ValueError:
        return str(kind)


def document_kind_label(kind: str | DocumentKind, words: Words | None = None) -> str:
    try:
        return _in(words, words_of.DOCUMENT_KIND, DocumentKind(kind).label)
    except ValueError:
        return str(kind)


def action_category_label(category: int, words: Words | None = None) -> str:
    return _in(words, words_of.ACTION_CATEGORY, ACTION_CATEGORIES[category])


def term_label(vocabulary: str, name: str, words: Words | None = None) -> str:
    """A term of a shipped vocabulary ("themes", "sdgs", "affected_persons") in the language, when
    an official translation exists; a term a user added stays as typed."""
    if "\x00" in name:  # Qt reads the key as a C string: it would cut the name short
        return name
    return _in(words, f"Vocabulary:{vocabulary}", name)


def term_shown(vocabulary: str, name: str, code: str | None, words: Words | None = None) -> str:
    """A term as the window and the reports show it, in the language: SDGs and OHCHR themes with
    their number or code first ("5 Égalité entre les sexes")."""
    return term_display(vocabulary, term_label(vocabulary, name, words), code)


def vocabulary_name(vocabulary: str, words: Words | None = None) -> str:
    """A vocabulary's name alone ("Themes", "Sustainable Development Goals"); an unknown one as it is."""
    english = VOCABULARY_LABELS.get(vocabulary)
    return _in(words, words_of.VOCABULARY_NAME, english) if english else vocabulary


def vocabulary_heading(vocabulary: str, words: Words | None = None) -> str:
    """A vocabulary's name beside the others ("UPR Info issues" rather than "Themes")."""
    if vocabulary == "themes":
        return _in(words, words_of.VOCABULARY_NAME, "UPR Info issues")
    return vocabulary_name(vocabulary, words)


def vocabulary_short_name(vocabulary: str, words: Words | None = None) -> str:
    """A vocabulary's name before one of its terms ("SDG: …")."""
    english = VOCABULARY_SHORT_LABELS.get(vocabulary)
    return _in(words, words_of.VOCABULARY_SHORT_NAME, english) if english else vocabulary


def review_date_label(name: str, words: Words | None = None, *, sentence_start: bool = False) -> str:
    """One of a review's dates (review_calendar.ADOPTED, MID_TERM, NEXT_REVIEW) as words: "mid-term
    report", or "Mid-term report" at the start of a line (a script without capitals is unchanged)."""
    text = _in(words, words_of.REVIEW_DATE, DATE_WORDS[name])
    return text[:1].upper() + text[1:] if sentence_start else text


def regional_group_label(group: str, words: Words | None = None) -> str:
    """A UN regional group (reference.REGIONAL_GROUPS); anything else as it is."""
    return _in(words, words_of.REGIONAL_GROUP, group)


def position_wording(position: str | None, considered_implemented: bool = False, *, missing: str = "—",
                     words: Words | None = None) -> str:
    """A current position as people read it ("Supported (considered implemented)") in the language;
    `missing` when the State has given none yet."""
    if not position:
        return missing
    label = position_label(position, words)
    if not considered_implemented:
        return label
    template = _in(words, words_of.POSITION_WORDING, "%1 (considered implemented)")
    return words.fill(template, label) if words is not None else fill(template, label)


def _mean(value: float, words: Words | None) -> str:
    # Two decimals at most, as the domain writes it ("0.75", "1"), with the language's decimal sign.
    rounded = round(value, 2)
    return words.locale.toString(rounded, "g", 6) if words is not None else QLocale().toString(rounded, "g", 6)


def _level_word(level: ImplementationLevel, words: Words | None) -> str:
    english = {ImplementationLevel.NOT_IMPLEMENTED: "not", ImplementationLevel.PARTIALLY_IMPLEMENTED: "partially",
               ImplementationLevel.FULLY_IMPLEMENTED: "fully"}[level]
    return _in(words, words_of.COMBINED_ASSESSMENT, english)


def combined_figure(combined: CombinedAssessment, words: Words | None = None) -> str:
    """CombinedAssessment.figure() in the language: "mean 0.75 of 1 from 2 sources (partially to
    fully; UPR Info scoring: …)". There are at most four sources (one of each kind), so one
    sentence for one source and one for several say it in every language."""
    rule = _in(words, words_of.COMBINED_ASSESSMENT,
               "UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not")
    values: tuple[object, ...]
    if combined.sources == 1:
        english, values = "mean %1 of 1 from 1 source (%2)", (rule,)
    elif combined.sources_differ:
        english = "mean %1 of 1 from %2 sources (%3 to %4; %5)"
        values = (combined.sources, _level_word(combined.lowest, words), _level_word(combined.highest, words), rule)
    else:
        english, values = "mean %1 of 1 from %2 sources (%3)", (combined.sources, rule)
    template = _in(words, words_of.COMBINED_ASSESSMENT, english)
    mean = _mean(combined.mean, words)
    return words.fill(template, mean, *values) if words is not None else fill(template, mean, *values)


def combined_description(combined: CombinedAssessment, words: Words | None = None) -> str:
    """CombinedAssessment.describe() in the language: "Fully implemented: mean 0.75 of 1 …"."""
    template = _in(words, words_of.COMBINED_ASSESSMENT, "%1: %2")
    level, figure = level_label(combined.level, words), combined_figure(combined, words)
    return words.fill(template, level, figure) if words is not None else fill(template, level, figure)
