"""The mid-term implementation report (one review): for each recommendation the State's position
and claim, each source's assessment and the combined level; a summary and the milestones."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence

from upr_tracker.domain.implementation import CombinedAssessment
from upr_tracker.i18n.catalogs import translate
from upr_tracker.reports.country_brief import NONE_YET, level_names, position_names
from upr_tracker.reports.document import Block, Heading, Paragraph, Report, Table
from upr_tracker.reports.language import Words, number, state_wording, states_wording
from upr_tracker.reports.report_frame import (
    Steps,
    assemble,
    empty_review,
    review_documents,
    review_header,
    review_scope,
)
from upr_tracker.reports.report_request import ReportRequest
from upr_tracker.reports.term_grouping import other_terms_lines, shows_suggestions
from upr_tracker.reports.timeline_report import review_timeline_blocks
from upr_tracker.reports.wording import (
    date_wording,
    label_wording,
    level_wording,
    milestone_cell,
    position_wording,
    source_wording,
    undated,
)
from upr_tracker.services.assessments import combined_assessment
from upr_tracker.services.report_data import (
    RecommendationFacts,
    find_review,
    read_review_recommendations,
    read_review_timeline,
)
from upr_tracker.storage.database import Database


def mid_term_report(db: Database, request: ReportRequest, sections: frozenset[str], steps: Steps,
                    words: Words) -> Report:
    steps.next(translate("ReportProgress", "Finding the review"))
    review = find_review(db, request.state, request.cycle, purpose="a mid-term implementation report")
    steps.next(translate("ReportProgress", "Reading the recommendations and their assessments"))
    facts = read_review_recommendations(db, review.id, include_suggestions=request.include_suggestions,
                                        progress=steps.progress)
    timeline = read_review_timeline(db, review.id) if facts and "milestones" in sections else None
    steps.next(translate("ReportProgress", "Composing the report"))
    parts: list[list[Block]] = []
    if not facts:
        parts.append([empty_review(review, words)])
    else:
        if "summary" in sections:
            parts.append(_implementation_summary(facts, words))
        if "recommendations" in sections:
            parts.append(_assessed_recommendations(facts, words))
        if timeline is not None:
            made_on = request.made_on or dt.date.today()
            parts.append([Heading(words.translate("MidTermReport", "Milestones")),
                          *review_timeline_blocks(timeline, review, made_on, words)])
    return assemble(request, words,
                    title=words.fill(words.translate("MidTermReport", "Mid-term implementation report: %1"),
                                     state_wording(words, review.state_name, review.state_iso3)),
                    scope=review_scope(review, words), documents=review_documents(db, review, words),
                    header=review_header(review, request.template, words), parts=parts, confidential_notes=0,
                    suggested="recommendations" in sections and shows_suggestions(facts, ("themes",)))


def _implementation_summary(facts: Sequence[RecommendationFacts], words: Words) -> list[Block]:
    positions = position_names(words)
    levels = level_names(words)
    cross: Counter[tuple[str, str]] = Counter(
        (f.row.implementation_level or NONE_YET, f.row.position or NONE_YET) for f in facts)
    rows = []
    for level, level_name in levels:
        cells = [cross[(level, position)] for position, _name in positions]
        rows.append((level_name, *(number(words, c) for c in cells), number(words, sum(cells))))
    totals = [sum(cross[(level, position)] for level, _name in levels) for position, _name in positions]
    total = words.translate("MidTermReport", "Total")
    rows.append((total, *(number(words, t) for t in totals), number(words, len(facts))))
    sources: dict[str, set] = defaultdict(set)
    assessments: Counter[str] = Counter()
    for f in facts:
        for a in f.assessments:
            sources[source_wording(a, words)].add(f.row.id)
            assessments[source_wording(a, words)] += 1
    blocks: list[Block] = [
        Heading(words.translate("MidTermReport", "Summary")),
        Table(columns=(words.translate("MidTermReport", "Implementation"), *(name for _key, name in positions), total),
              rows=tuple(rows),
              caption=words.translate("MidTermReport", "Recommendations by combined implementation level and by the "
                                      "State's position")),
        Paragraph(words.fill(words.translate(
            "MidTermReport", "The combined level follows UPR Info's method: each source's latest assessment scores 0 "
            "(not implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, below "
            "0.66 as partially implemented, else fully implemented. Each recommendation below gives its mean (%1)."),
            _banding_rule(words)), small=True),
    ]
    if sources:
        blocks.append(Table(
            columns=(words.translate("MidTermReport", "Source"),
                     words.translate("MidTermReport", "Recommendations assessed"),
                     words.translate("MidTermReport", "Assessments")),
            rows=tuple((name, number(words, len(sources[name])), number(words, assessments[name]))
                       for name in sorted(sources)),
            widths=(3.0, 1.5, 1.2), caption=words.translate("MidTermReport", "Assessments by source")))
    else:
        blocks.append(Paragraph(words.translate(
            "MidTermReport", "No source has assessed the implementation of these recommendations yet."), emphasis=True))
    return blocks


def _banding_rule(words: Words) -> str:
    return words.translate("MidTermReport", "UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, "
                           "partially ≥ 0.33, else not")


def _figure(combined: CombinedAssessment, words: Words) -> str:
    """"Mean 0.75 of 1 from 2 sources (partially to fully; UPR Info scoring: …)"."""
    digits = {str(d): number(words, d) for d in range(10)}
    mean = "".join(digits.get(c, words.locale.decimalPoint() if c == "." else c) for c in combined.mean_text)
    rule = _banding_rule(words)
    if combined.sources_differ:
        rule = words.fill(words.translate("MidTermReport", "%1 to %2; %3"), _band_word(combined.lowest.value, words),
                          _band_word(combined.highest.value, words), rule)
    count = combined.sources
    text = words.translate("MidTermReport", "Mean %1 of 1 from %n source(s) (%2).", None, count)
    return words.fill(text, mean, rule)


def _band_word(level: str, words: Words) -> str:
    if level == "fully_implemented":
        return words.translate("MidTermReport", "fully")
    if level == "partially_implemented":
        return words.translate("MidTermReport", "partially")
    return words.translate("MidTermReport", "not")


def _assessed_recommendations(facts: Sequence[RecommendationFacts], words: Words) -> list[Block]:
    blocks: list[Block] = [Heading(words.translate("MidTermReport", "Recommendations"))]
    columns = (words.translate("MidTermReport", "Source"), words.translate("MidTermReport", "Level"),
               words.translate("MidTermReport", "Date"), words.translate("MidTermReport", "Evidence or comment"))
    for f in facts:
        row = f.row
        blocks.append(Heading(words.fill(words.translate("MidTermReport", "Recommendation %1"),
                                         label_wording(row.label, words)), level=2))
        blocks.append(Paragraph(row.text))
        made_by = ", ".join(states_wording(words, row.recommending_states)) or words.translate("MidTermReport", "an unrecorded State")
        blocks.append(Paragraph(words.fill(words.translate("MidTermReport", "Recommended by %1."), made_by),
                                small=True))
        blocks += _claim_blocks(f, words)
        if f.assessments:
            blocks.append(Table(
                columns=columns,
                rows=tuple((source_wording(a, words), level_wording(a.level, words),
                            date_wording(a.assessed_on, words) if a.assessed_on else undated(words), a.evidence or "—")
                           for a in f.assessments),
                widths=(1.8, 1.5, 1.2, 5.0),
            ))
        else:
            blocks.append(Paragraph(words.translate("MidTermReport", "No assessment yet."), emphasis=True))
        blocks.append(Paragraph(words.fill(words.translate("MidTermReport", "Combined level: %1."),
                                           level_wording(row.implementation_level, words))))
        combined = combined_assessment(f.assessments)
        if combined is not None:  # the figure the level comes from, as the window shows it
            blocks.append(Paragraph(_figure(combined, words), small=True))
        terms = other_terms_lines(f, words=words)
        if terms:
            blocks.append(Paragraph(terms.replace("\n", ". ") + ".", small=True))
        if f.milestones:
            blocks.append(Paragraph(words.fill(words.translate("MidTermReport", "Milestones: %1."),
                                               "; ".join(milestone_cell(m, words) for m in f.milestones)), small=True))
    return blocks


def _claim_blocks(f: RecommendationFacts, words: Words) -> list[Block]:
    position = position_wording(f.row.position, f.row.considered_implemented, words)
    if f.claim and f.claim.source:
        said = words.fill(words.translate("MidTermReport", "Position of the State: %1 (%2)."), position,
                          f.claim.source)
    else:
        said = words.fill(words.translate("MidTermReport", "Position of the State: %1."), position)
    blocks: list[Block] = [Paragraph(said)]
    if f.claim and f.claim.response_text:
        blocks.append(Paragraph(words.fill(words.translate("MidTermReport", "The State's response: “%1”"),
                                           f.claim.response_text), emphasis=True))
    return blocks
