"""The milestones timeline (one review, or one plan of action): the milestones in date order, each
plan followed by its items. A plan's timeline takes a cycle only to say whose labels to print
plainly ("97.2", against "cycle 2: 121.5")."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from upr_tracker.i18n.catalogs import translate
from upr_tracker.reports.document import Block, Heading, Paragraph, Report, Table
from upr_tracker.reports.language import Words, english, number, period_text, state_wording
from upr_tracker.reports.report_frame import (
    Steps,
    assemble,
    review_documents,
    review_header,
    review_scope,
)
from upr_tracker.reports.report_request import ReportRequest, template_label
from upr_tracker.reports.wording import (
    date_wording,
    kind_wording,
    label_wording,
    partial_date_wording,
    undated,
)
from upr_tracker.services.report_data import (
    LinkedRecommendation,
    Timeline,
    TimelineMilestone,
    find_plan,
    find_review,
    read_plan_timeline,
    read_review_timeline,
)
from upr_tracker.services.values import ReviewSummary
from upr_tracker.storage.database import Database


def timeline_report(db: Database, request: ReportRequest, sections: frozenset[str], steps: Steps,
                    words: Words) -> Report:
    steps.next(translate("ReportProgress", "Finding the review or the plan"))
    made_on = request.made_on or dt.date.today()
    if request.plan:
        plan = find_plan(db, request.plan, request.state)
        steps.next(translate("ReportProgress", "Reading the plan and its items"))
        timeline = read_plan_timeline(db, plan.id)
        # With a cycle, that review's labels read plainly, the others with their cycle.
        home = (plan.state_iso3, request.cycle) if request.cycle is not None else None
        blocks = _timeline_blocks(timeline, home, made_on, words)
        title = words.fill(words.translate("TimelineReport", "Milestones timeline: %1"), plan.title)
        header = " · ".join((plan.state_name, plan.title, template_label(request.template, words)))
        if plan.date:
            scope = words.fill(words.translate("TimelineReport", "Plan of action of %1, %2, with its items"),
                               plan.state_name, partial_date_wording(plan.date, words))
        else:
            scope = words.fill(words.translate("TimelineReport", "Plan of action of %1, with its items"),
                               plan.state_name)
        documents: tuple[str, ...] = ()
    else:
        review = find_review(db, request.state, request.cycle, purpose="a milestones timeline without a plan")
        steps.next(translate("ReportProgress", "Reading the milestones"))
        blocks = review_timeline_blocks(read_review_timeline(db, review.id), review, made_on, words)
        title = words.fill(words.translate("TimelineReport", "Milestones timeline: %1"),
                           state_wording(words, review.state_name, review.state_iso3))
        header = review_header(review, request.template, words)
        scope = review_scope(review, words)
        documents = review_documents(db, review, words)
    steps.next(translate("ReportProgress", "Composing the timeline"))
    parts = [[Heading(words.translate("TimelineReport", "Timeline")), *blocks]] if "timeline" in sections else []
    return assemble(request, words, title=title, scope=scope, header=header, parts=parts, confidential_notes=0,
                    documents=documents)


def review_timeline_blocks(timeline: Timeline, review: ReviewSummary, made_on: dt.date,
                           words: Words) -> list[Block]:
    """A review's timeline, saying what it covers and what it leaves out."""
    covers = words.translate("TimelineReport", "The milestones linked to at least one recommendation of this review, "
                             "and each plan of action among them with all its items.")
    if timeline.not_shown:
        count = timeline.not_shown
        others = words.translate("TimelineReport", "%n other milestone(s) of %1 are not linked to it and not "
                                 "shown.", None, count)
        covers = f"{covers} {words.fill(others, state_wording(words, review.state_name, review.state_iso3))}"
    blocks: list[Block] = [Paragraph(covers, small=True)]
    if not timeline.milestones:
        return [*blocks, Paragraph(words.translate(
            "TimelineReport", "No milestone is linked to a recommendation of this review yet."), emphasis=True)]
    return blocks + _timeline_blocks(timeline, (review.state_iso3, review.cycle), made_on, words)


def _timeline_blocks(timeline: Timeline, home: tuple[str, int] | None, made_on: dt.date,
                     words: Words) -> list[Block]:
    rows = []
    for milestone in timeline.milestones:
        rows.append(_timeline_row(milestone, home, made_on, words, item=False))
        rows += [_timeline_row(item, home, made_on, words, item=True) for item in milestone.items]
    return [
        Paragraph(words.translate("TimelineReport", "The status follows from the dates: planned (dated after this "
                                  "report), until or ended (a milestone with an end date)."), small=True),
        Table(columns=(words.translate("TimelineReport", "Date"), words.translate("TimelineReport", "Kind"),
                       words.translate("TimelineReport", "Milestone"), words.translate("TimelineReport", "Source"),
                       words.translate("TimelineReport", "Status"),
                       words.translate("TimelineReport", "Recommendations")),
              rows=tuple(rows), widths=(1.3, 1.0, 3.5, 1.8, 1.1, 2.0)),
    ]


def _timeline_row(m: TimelineMilestone, home: tuple[str, int] | None, made_on: dt.date, words: Words, *,
                  item: bool) -> tuple[str, ...]:
    title = m.title
    if item:  # under its plan: the dash and the number set it off
        title = f"– {m.item_number}. {title}" if m.item_number else f"– {title}"
    source = "; ".join(p for p in (m.source_citation, m.source_url) if p) or "—"
    if m.ends:
        when = period_text(words, m.date, m.ends) or undated(words)
    else:
        when = partial_date_wording(m.date, words) if m.date else undated(words)
    return (when, kind_wording(m.kind, words), title, source,
            milestone_status(m, made_on, words), linked_labels(m.recommendations, home, words) or "—")


def milestone_status(milestone: TimelineMilestone, made_on: dt.date, words: Words | None = None) -> str:
    """What the dates say (the database keeps no status): planned, until a date, ended."""
    words = words or english()
    if milestone.date is not None and milestone.date.start > made_on:
        return words.translate("TimelineReport", "Planned")
    if milestone.ends is not None:
        ended, until = milestone.ends.last_day() < made_on, partial_date_wording(milestone.ends, words)
    elif milestone.ends_on is not None:
        ended, until = milestone.ends_on < made_on, date_wording(milestone.ends_on, words)
    else:
        if milestone.due_on is None:
            return "—"
        return words.fill(words.translate("TimelineReport", "Due %1"), date_wording(milestone.due_on, words))
    status = (words.fill(words.translate("TimelineReport", "Ended %1"), until) if ended
              else words.fill(words.translate("TimelineReport", "Until %1"), until))
    if milestone.due_on is not None:
        status = words.fill(words.translate("TimelineReport", "%1; due %2"), status,
                            date_wording(milestone.due_on, words))
    return status


def linked_labels(recommendations: Sequence[LinkedRecommendation], home: tuple[str, int] | None,
                  words: Words | None = None) -> str:
    """Labels grouped by review: "97.2, 97.5" for the report's own review (listed first),
    "cycle 2: 121.5" for another review of the same State, "ARM cycle 1: 12.3" for another State's."""
    words = words or english()
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in recommendations:
        groups[(r.state_iso3, r.cycle)].append(label_wording(r.label, words))
    own_state = home[0] if home else (recommendations[0].state_iso3 if recommendations else "")

    def labelled(iso3: str, cycle: int) -> str:
        labels = ", ".join(groups[(iso3, cycle)])
        if (iso3, cycle) == home:
            return labels
        if iso3 == own_state:
            return words.fill(words.translate("TimelineReport", "cycle %1: %2"), number(words, cycle), labels)
        return words.fill(words.translate("TimelineReport", "%1 cycle %2: %3"), iso3, number(words, cycle), labels)

    ordered = sorted(groups, key=lambda key: (key != home, key[0] != own_state, key))
    return "; ".join(labelled(*key) for key in ordered)
