"""How the reports word one value: a position, a level, a date, a milestone, a note, and the cells
of one recommendation's line, in the report's language (`words`; English when not given). Shared
by the templates of `compose`."""

from __future__ import annotations

import datetime as dt

from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import AssessmentSource
from upr_tracker.domain.milestones import MilestoneKind, PartialDate
from upr_tracker.i18n.display import assessment_source_label, level_label, milestone_kind_label, position_label
from upr_tracker.reports.language import Words, date_text, english, partial_date_text, states_wording
from upr_tracker.reports.term_grouping import other_terms_lines
from upr_tracker.services.report_data import MilestoneMention, RecommendationFacts
from upr_tracker.services.values import AssessmentInfo, DocumentInfo, NoteInfo, RecommendationRow

NO_LABEL = "(no label)"
NOTE_EXCERPT_CHARS = 600


def position_wording(position: str | None, considered_implemented: bool = False,
                     words: Words | None = None) -> str:
    """"Supported (considered implemented)", or "No position yet"."""
    words = words or english()
    if not position:
        return words.translate("ReportWording", "No position yet")
    label = position_label(position, words)
    if considered_implemented:
        return words.fill(words.translate("ReportWording", "%1 (considered implemented)"), label)
    return label


def level_wording(level: str | None, words: Words | None = None) -> str:
    words = words or english()
    return level_label(level, words) if level else words.translate("ReportWording", "Not assessed")


def label_wording(label: str | None, words: Words | None = None) -> str:
    return label or (words or english()).translate("ReportWording", "(no label)")


def date_wording(day: dt.date, words: Words | None = None) -> str:
    return date_text(words or english(), day)


def partial_date_wording(date: PartialDate, words: Words | None = None) -> str:
    return partial_date_text(words or english(), date)


def kind_wording(kind: str, words: Words | None = None) -> str:
    try:
        MilestoneKind(kind)
    except ValueError:
        return kind
    return milestone_kind_label(kind, words or english())


def _document_kind(kind: DocumentKind, words: Words) -> str:
    if kind is DocumentKind.NATIONAL_REPORT:
        return words.translate("ReportWording", "National report")
    if kind is DocumentKind.COMPILATION:
        return words.translate("ReportWording", "UN compilation")
    if kind is DocumentKind.STAKEHOLDER_SUMMARY:
        return words.translate("ReportWording", "Summary of stakeholders' submissions")
    if kind is DocumentKind.WORKING_GROUP_REPORT:
        return words.translate("ReportWording", "Working Group report")
    if kind is DocumentKind.ADDENDUM:
        return words.translate("ReportWording", "The State's reply (addendum)")
    from upr_tracker.i18n.display import document_kind_label
    return document_kind_label(kind, words)


def document_wording(document: DocumentInfo, words: Words | None = None) -> str:
    """A document as a cover names it: "Working Group report: A/HRC/14/10, 23 March 2010"."""
    words = words or english()
    try:
        kind = _document_kind(DocumentKind(document.kind), words)
    except ValueError:
        kind = words.translate("ReportWording", "Document")
    symbol = document.symbol or document.title or words.translate("ReportWording", "no symbol")
    if document.issued_on:
        return words.fill(words.translate("ReportWording", "%1: %2, %3"), kind, symbol,
                          date_wording(document.issued_on, words))
    return words.fill(words.translate("ReportWording", "%1: %2"), kind, symbol)


def source_wording(assessment: AssessmentInfo, words: Words | None = None) -> str:
    words = words or english()
    try:
        source = assessment_source_label(AssessmentSource(assessment.source), words)
    except ValueError:
        source = assessment.source
    return f"{source} ({assessment.source_name})" if assessment.source_name else source


# Four columns, several lines in a cell: seven narrow columns on a portrait page left the text
# of the recommendation a word or two wide.
BRIEF_WIDTHS = (0.7, 5.0, 1.7, 3.0)


def brief_columns(words: Words | None = None) -> tuple[str, str, str, str]:
    words = words or english()
    return (words.translate("ReportWording", "Label"), words.translate("ReportWording", "Recommendation"),
            words.translate("ReportWording", "Position and implementation"),
            words.translate("ReportWording", "Latest milestone and note"))


BRIEF_COLUMNS = ("Label", "Recommendation", "Position and implementation", "Latest milestone and note")


def recommended_by(states: str, words: Words) -> str:
    return words.fill(words.translate("ReportWording", "Recommended by %1"), states)


def brief_cells(facts: RecommendationFacts, grouped_by: str | None = None,
                words: Words | None = None) -> tuple[str, str, str, str]:
    """One line of a country brief's lists: the recommendation with who made it and its terms of
    the vocabularies other than `grouped_by` (whose terms are the headings), where it stands, and
    the latest follow-up."""
    words = words or english()
    row = facts.row
    made_by = ", ".join(states_wording(words, row.recommending_states))
    terms = other_terms_lines(facts, leave_out=grouped_by, words=words)
    follow_up = [words.fill(words.translate("ReportWording", "Milestone: %1"),
                            milestone_cell(facts.latest_milestone, words)) if facts.latest_milestone else "",
                 words.fill(words.translate("ReportWording", "Note: %1"),
                            note_cell(facts.latest_note, words)) if facts.latest_note else ""]
    return (label_wording(row.label, words),
            # Not "(France)" as the UN documents write it: names such as "Netherlands (Kingdom of
            # the)" would end in double brackets.
            row.text + (f"\n{recommended_by(made_by, words)}" if made_by else "") + (f"\n{terms}" if terms else ""),
            f"{position_wording(row.position, row.considered_implemented, words)}\n"
            f"{level_wording(row.implementation_level, words)}",
            "\n".join(part for part in follow_up if part) or "—")


def recommendation_columns(words: Words | None = None) -> tuple[str, ...]:
    words = words or english()
    return (words.translate("ReportWording", "Label"), words.translate("ReportWording", "Recommending States"),
            words.translate("ReportWording", "Recommendation"), words.translate("ReportWording", "Position"),
            words.translate("ReportWording", "Implementation"))


def recommendation_cells(row: RecommendationRow | RecommendationFacts, remark: str | None = None,
                         words: Words | None = None) -> tuple[str, ...]:
    """The cells of recommendation_columns for one recommendation: its text (followed by `remark`,
    such as where it was recommended again), then its terms of every vocabulary (given its facts,
    with its suggested themes marked)."""
    words = words or english()
    terms = other_terms_lines(row, words=words)
    row = row.row if isinstance(row, RecommendationFacts) else row
    return (label_wording(row.label, words), ", ".join(states_wording(words, row.recommending_states)) or "—",
            row.text + (f" — {remark}" if remark else "") + (f"\n{terms}" if terms else ""),
            position_wording(row.position, row.considered_implemented, words),
            level_wording(row.implementation_level, words))


def undated(words: Words) -> str:
    return words.translate("ReportWording", "Undated")


def milestone_cell(milestone: MilestoneMention | None, words: Words | None = None) -> str:
    words = words or english()
    if milestone is None:
        return "—"
    when = partial_date_wording(milestone.date, words) if milestone.date else undated(words)
    return words.fill(words.translate("ReportWording", "%1: %2"), when, milestone.title)


def note_cell(note: NoteInfo | None, words: Words | None = None) -> str:
    words = words or english()
    if note is None:
        return "—"
    body = " ".join(note.body.split())
    if len(body) > NOTE_EXCERPT_CHARS:
        body = body[:NOTE_EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    written = date_wording(note.written_at.astimezone().date(), words)  # the day as the author saw it
    if note.event_on is not None:  # the day of what it records first: that is what a reader dates
        written = words.fill(words.translate("ReportWording", "Event %1, written %2"),
                             date_wording(note.event_on, words), written)
    if note.confidential:
        return words.fill(words.translate("ReportWording", "Confidential — %1, %2: %3"), written, note.author, body)
    return words.fill(words.translate("ReportWording", "%1, %2: %3"), written, note.author, body)
