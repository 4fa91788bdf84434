"""The words of the domain as the app shows them: positions, implementation levels, whose account
an assessment gives, kinds of milestone and document, action categories, and the terms of the
shipped vocabularies. The domain keeps them in English (they are values, stored and exported as
such); this list marks them for Qt's lupdate so that each catalogue translates them, under the
context named here. Knows no Qt: `upr_tracker.i18n.display` turns them into the user's language."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


POSITION = "Position"
LEVEL = "ImplementationLevel"
ASSESSMENT_SOURCE = "AssessmentSource"
MILESTONE_KIND = "MilestoneKind"
DOCUMENT_KIND = "DocumentKind"
ACTION_CATEGORY = "ActionCategory"

DOMAIN_WORDS: dict[str, tuple[str, ...]] = {
    POSITION: (
        QT_TRANSLATE_NOOP("Position", "Supported"),
        QT_TRANSLATE_NOOP("Position", "Noted"),
        QT_TRANSLATE_NOOP("Position", "Partially supported"),
        QT_TRANSLATE_NOOP("Position", "Pending"),
    ),
    LEVEL: (
        QT_TRANSLATE_NOOP("ImplementationLevel", "Not implemented"),
        QT_TRANSLATE_NOOP("ImplementationLevel", "Partially implemented"),
        QT_TRANSLATE_NOOP("ImplementationLevel", "Fully implemented"),
    ),
    ASSESSMENT_SOURCE: (
        QT_TRANSLATE_NOOP("AssessmentSource", "State"),
        QT_TRANSLATE_NOOP("AssessmentSource", "NGO"),
        QT_TRANSLATE_NOOP("AssessmentSource", "UN body"),
        QT_TRANSLATE_NOOP("AssessmentSource", "Other"),
    ),
    MILESTONE_KIND: (
        QT_TRANSLATE_NOOP("MilestoneKind", "Law"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Policy"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Plan"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Plan item"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Institution"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Ratification"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Moratorium"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Visit"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Court decision"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Setback"),
        QT_TRANSLATE_NOOP("MilestoneKind", "Other"),
    ),
    DOCUMENT_KIND: (
        QT_TRANSLATE_NOOP("DocumentKind", "National report"),
        QT_TRANSLATE_NOOP("DocumentKind", "Compilation"),
        QT_TRANSLATE_NOOP("DocumentKind", "Stakeholder summary"),
        QT_TRANSLATE_NOOP("DocumentKind", "Working group report"),
        QT_TRANSLATE_NOOP("DocumentKind", "Addendum"),
        QT_TRANSLATE_NOOP("DocumentKind", "Database export"),
        QT_TRANSLATE_NOOP("DocumentKind", "Other"),
    ),
    ACTION_CATEGORY: (
        QT_TRANSLATE_NOOP("ActionCategory", "Minimal action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Continuing action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Considering action"),
        QT_TRANSLATE_NOOP("ActionCategory", "General action"),
        QT_TRANSLATE_NOOP("ActionCategory", "Specific action"),
    ),
}
