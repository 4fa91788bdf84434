"""The domain's values in the user's language (the window's, or a report's `Words`). Values stay
stored in English or as codes; only what is shown changes."""

from __future__ import annotations

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import AssessmentSource, ImplementationLevel
from upr_tracker.domain.milestones import MilestoneKind
from upr_tracker.domain.positions import Position
from upr_tracker.i18n import domain_words as words_of
from upr_tracker.i18n.catalogs import Words, translate


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
    return _in(words, f"Vocabulary:{vocabulary}", name)
