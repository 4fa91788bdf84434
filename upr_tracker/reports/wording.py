"""How the reports word one value: a position, a level, a date, a milestone, a note, and the cells
of one recommendation's line. Shared by the templates of `compose`."""

from __future__ import annotations

import datetime as dt

from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.implementation import AssessmentSource, ImplementationLevel
from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate
from upr_tracker.domain.positions import position_wording as describe_position
from upr_tracker.reports.term_grouping import other_terms_lines
from upr_tracker.services.report_data import MilestoneMention, RecommendationFacts
from upr_tracker.services.values import AssessmentInfo, DocumentInfo, NoteInfo, RecommendationRow

NO_LABEL = "(no label)"
NOTE_EXCERPT_CHARS = 600


def position_wording(position: str | None, considered_implemented: bool = False) -> str:
    return describe_position(position, considered_implemented, missing="No position yet")


def level_wording(level: str | None) -> str:
    return ImplementationLevel(level).label if level else "Not assessed"


def label_wording(label: str | None) -> str:
    return label or NO_LABEL


def date_wording(day: dt.date) -> str:
    return PartialDate(day, DatePrecision.DAY).display()


def kind_wording(kind: str) -> str:
    try:
        return MilestoneKind(kind).label
    except ValueError:
        return kind


_DOCUMENT_KINDS = {
    DocumentKind.NATIONAL_REPORT: "National report",
    DocumentKind.COMPILATION: "UN compilation",
    DocumentKind.STAKEHOLDER_SUMMARY: "Summary of stakeholders' submissions",
    DocumentKind.WORKING_GROUP_REPORT: "Working Group report",
    DocumentKind.ADDENDUM: "The State's reply (addendum)",
}


def document_wording(document: DocumentInfo) -> str:
    """A document as a cover names it: "Working Group report: A/HRC/14/10, 23 March 2010"."""
    try:
        kind = _DOCUMENT_KINDS.get(DocumentKind(document.kind)) or DocumentKind(document.kind).label
    except ValueError:
        kind = "Document"
    issued = f", {date_wording(document.issued_on)}" if document.issued_on else ""
    return f"{kind}: {document.symbol or document.title or 'no symbol'}{issued}"


def source_wording(assessment: AssessmentInfo) -> str:
    try:
        source = AssessmentSource(assessment.source).label
    except ValueError:
        source = assessment.source
    return f"{source} ({assessment.source_name})" if assessment.source_name else source


# Four columns, several lines in a cell: seven narrow columns on a portrait page left the text
# of the recommendation a word or two wide.
BRIEF_COLUMNS = ("Label", "Recommendation", "Position and implementation", "Latest milestone and note")
BRIEF_WIDTHS = (0.7, 5.0, 1.7, 3.0)


def brief_cells(facts: RecommendationFacts, grouped_by: str | None = None) -> tuple[str, str, str, str]:
    """One line of a country brief's lists: the recommendation with who made it and its terms of
    the vocabularies other than `grouped_by` (whose terms are the headings), where it stands, and
    the latest follow-up."""
    row = facts.row
    made_by = ", ".join(row.recommending_states)
    terms = other_terms_lines(row, leave_out=grouped_by)
    follow_up = [f"Milestone: {milestone_cell(facts.latest_milestone)}" if facts.latest_milestone else "",
                 f"Note: {note_cell(facts.latest_note)}" if facts.latest_note else ""]
    return (label_wording(row.label),
            # Not "(France)" as the UN documents write it: names such as "Netherlands (Kingdom of
            # the)" would end in double brackets.
            row.text + (f"\nRecommended by {made_by}" if made_by else "") + (f"\n{terms}" if terms else ""),
            f"{position_wording(row.position, row.considered_implemented)}\n{level_wording(row.implementation_level)}",
            "\n".join(part for part in follow_up if part) or "—")


def recommendation_cells(row: RecommendationRow, remark: str | None = None) -> tuple[str, ...]:
    """The cells of RECOMMENDATION_COLUMNS for one recommendation: its text (followed by `remark`,
    such as where it was recommended again), then its terms of every vocabulary."""
    terms = other_terms_lines(row)
    return (label_wording(row.label), ", ".join(row.recommending_states) or "—",
            row.text + (f" — {remark}" if remark else "") + (f"\n{terms}" if terms else ""),
            position_wording(row.position, row.considered_implemented), level_wording(row.implementation_level))


def milestone_cell(milestone: MilestoneMention | None) -> str:
    if milestone is None:
        return "—"
    return f"{milestone.date.display() if milestone.date else 'Undated'}: {milestone.title}"


def note_cell(note: NoteInfo | None) -> str:
    if note is None:
        return "—"
    body = " ".join(note.body.split())
    if len(body) > NOTE_EXCERPT_CHARS:
        body = body[:NOTE_EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
    written = date_wording(note.written_at.astimezone().date())  # the day as the author saw it
    if note.event_on is not None:  # the day of what it records first: that is what a reader dates
        written = f"Event {date_wording(note.event_on)}, written {written}"
    return f"{'Confidential — ' if note.confidential else ''}{written}, {note.author}: {body}"
