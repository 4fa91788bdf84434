"""The country brief (one review): counts by position, implementation level and theme, two bar
charts, then the recommendations grouped by theme with their latest milestone and latest note.
The counts and their tables serve the other templates too."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.positions import Position
from upr_tracker.i18n.catalogs import translate
from upr_tracker.i18n.display import level_label, position_label
from upr_tracker.reports.document import (
    Bar,
    BarChart,
    Block,
    Heading,
    Paragraph,
    Report,
    Table,
)
from upr_tracker.reports.language import Words, number, share_text, state_wording
from upr_tracker.reports.report_frame import (
    Steps,
    assemble,
    empty_review,
    review_documents,
    review_header,
    review_scope,
)
from upr_tracker.reports.report_request import ReportRequest
from upr_tracker.reports.term_grouping import (
    NO_THEME,
    grouping_vocabulary,
    shown_terms,
    shows_suggestions,
    suggested_legend,
    term_counts,
    term_wording,
    vocabularies_present,
    vocabulary_label,
)
from upr_tracker.reports.wording import (
    BRIEF_WIDTHS,
    brief_cells,
    brief_columns,
    level_wording,
)
from upr_tracker.services.report_data import (
    RecommendationFacts,
    find_review,
    read_review_recommendations,
)
from upr_tracker.services.values import RecommendationRow
from upr_tracker.storage.database import Database

NONE_YET = "none"  # the key of "no position" and "not assessed" in counts, as count_by_position has it

POSITION_ORDER = (Position.SUPPORTED, Position.PARTIALLY_SUPPORTED, Position.NOTED, Position.PENDING)
LEVEL_ORDER = (ImplementationLevel.FULLY_IMPLEMENTED, ImplementationLevel.PARTIALLY_IMPLEMENTED,
               ImplementationLevel.NOT_IMPLEMENTED)
POSITION_COLOURS = {Position.SUPPORTED.value: "#2e8b57", Position.PARTIALLY_SUPPORTED.value: "#8fbc5a",
                    Position.NOTED.value: "#d08a00", Position.PENDING.value: "#3a7bd5", NONE_YET: "#9a9a9a"}
LEVEL_COLOURS = {ImplementationLevel.FULLY_IMPLEMENTED.value: "#2e8b57",
                 ImplementationLevel.PARTIALLY_IMPLEMENTED.value: "#e0b84a",
                 ImplementationLevel.NOT_IMPLEMENTED.value: "#c0392b", NONE_YET: "#9a9a9a"}


def country_brief(db: Database, request: ReportRequest, sections: frozenset[str], steps: Steps,
                  words: Words) -> Report:
    steps.next(translate("ReportProgress", "Finding the review"))
    review = find_review(db, request.state, request.cycle, purpose="a country brief")
    steps.next(translate("ReportProgress", "Reading the recommendations"))
    facts = read_review_recommendations(db, review.id, include_confidential=request.include_confidential,
                                        include_suggestions=request.include_suggestions, progress=steps.progress)
    steps.next(translate("ReportProgress", "Composing the brief"))
    parts: list[list[Block]] = []
    if not facts:
        parts.append([empty_review(review, words)])
    else:
        # The charts follow the counts they draw on the same page, not on a page of their own.
        overview = (summary_tables(facts, words) if "summary" in sections else []) + (
            charts(facts, words) if "charts" in sections else [])
        if overview:
            parts.append(overview)
        if "recommendations" in sections:
            parts.append(recommendations_by_theme(facts, request.include_confidential, words))
    shown_notes = [f.latest_note for f in facts if f.latest_note] if "recommendations" in sections else []
    # The summary counts every vocabulary present; the list shows the issues (as headings or in a line).
    suggested = bool({"summary", "recommendations"} & sections) and shows_suggestions(facts, ("themes",))
    return assemble(request, words,
                    title=words.fill(words.translate("CountryBrief", "Country brief: %1"),
                                     state_wording(words, review.state_name, review.state_iso3)),
                    scope=review_scope(review, words), documents=review_documents(db, review, words),
                    header=review_header(review, request.template, words), parts=parts,
                    confidential_notes=sum(1 for note in shown_notes if note.confidential), suggested=suggested)


def recommendations_count(count: int, words: Words) -> str:
    """"128 recommendations"."""
    return words.translate("CountryBrief", "%n recommendation(s)", None, count)


def summary_tables(facts: Sequence[RecommendationFacts], words: Words) -> list[Block]:
    rows = [f.row for f in facts]
    blocks: list[Block] = [
        Heading(words.translate("CountryBrief", "Summary")),
        Paragraph(words.fill(words.translate("CountryBrief", "%1."), recommendations_count(len(rows), words))),
        count_table(words.translate("CountryBrief", "Position"), position_counts(rows), position_names(words),
                    words.translate("CountryBrief", "Recommendations by the State's current position"), words),
    ]
    implemented = sum(1 for r in rows if r.considered_implemented)
    if implemented:
        blocks.append(Paragraph(words.fill(words.translate(
            "CountryBrief", "The State considers %1 of them already implemented or in the process of "
            "implementation."), number(words, implemented)), small=True))
    unsure = sum(1 for r in rows if r.needs_review)
    if unsure:
        blocks.append(Paragraph(words.fill(words.translate(
            "CountryBrief", "The position of %1 of them is still to be verified against the source document."),
            number(words, unsure)), small=True))
    blocks.append(count_table(words.translate("CountryBrief", "Implementation"), level_counts(rows),
                              level_names(words),
                              words.translate("CountryBrief", "Recommendations by combined implementation level"),
                              words))
    grouped_by = grouping_vocabulary(facts)
    for vocabulary in [grouped_by] + [v for v in vocabularies_present(facts) if v != grouped_by]:
        if vocabulary == grouped_by:
            column = words.translate("CountryBrief", "Theme")
            caption = (words.translate("CountryBrief", "Recommendations by theme (a recommendation with several "
                                       "themes counts under each)") if vocabulary == "themes" else
                       words.translate("CountryBrief", "Recommendations by theme (OHCHR themes; a recommendation "
                                       "with several themes counts under each)"))
        else:
            column = vocabulary_label(vocabulary, words)
            if vocabulary == "affected_persons":
                caption = words.translate("CountryBrief", "Recommendations by affected persons (a recommendation "
                                          "with several counts under each)")
            else:
                caption = words.fill(words.translate("CountryBrief", "Recommendations by %1 (a recommendation "
                                                     "with several counts under each)"), column)
        blocks.append(Table(columns=(column, words.translate("CountryBrief", "Recommendations")),
                            rows=tuple((term_wording(vocabulary, term, words, suggested), number(words, count))
                                       for term, suggested, count in term_counts(facts, vocabulary)),
                            widths=(4.0, 1.0), caption=caption))
    return blocks


def position_counts(rows: Iterable[RecommendationRow]) -> dict[str, int]:
    """How many rows have each current position ("none": no position yet)."""
    return dict(Counter(r.position or NONE_YET for r in rows))


def level_counts(rows: Iterable[RecommendationRow]) -> dict[str, int]:
    """How many rows have each combined implementation level ("none": not assessed)."""
    return dict(Counter(r.implementation_level or NONE_YET for r in rows))


def position_names(words: Words) -> list[tuple[str, str]]:
    return [(p.value, position_label(p, words)) for p in POSITION_ORDER] + [
        (NONE_YET, words.translate("ReportWording", "No position yet"))]


def level_names(words: Words) -> list[tuple[str, str]]:
    return [(level.value, level_label(level, words)) for level in LEVEL_ORDER] + [
        (NONE_YET, level_wording(None, words))]


def count_table(first_column: str, counts: dict[str, int], names: list[tuple[str, str]], caption: str,
                words: Words) -> Table:
    total = sum(counts.values())
    rows = [(name, number(words, counts.get(key, 0)), share_text(words, counts.get(key, 0), total))
            for key, name in names]
    rows.append((words.translate("CountryBrief", "Total"), number(words, total), share_text(words, total, total)))
    return Table(columns=(first_column, words.translate("CountryBrief", "Recommendations"),
                          words.translate("CountryBrief", "Share")),
                 rows=tuple(rows), widths=(3.0, 1.2, 1.0), caption=caption)


def charts(facts: Sequence[RecommendationFacts], words: Words) -> list[Block]:
    rows = [f.row for f in facts]
    return [
        Heading(words.translate("CountryBrief", "Charts")),
        _chart(words.translate("CountryBrief", "Recommendations by position"), position_counts(rows),
               position_names(words), POSITION_COLOURS, words),
        _chart(words.translate("CountryBrief", "Recommendations by implementation level"), level_counts(rows),
               level_names(words), LEVEL_COLOURS, words),
    ]


def _chart(title: str, counts: dict[str, int], names: list[tuple[str, str]], colours: dict[str, str],
           words: Words) -> BarChart:
    # Bars only for what occurs: a zero-length bar says nothing the table does not.
    return BarChart(title, tuple(Bar(name, counts[key], colours.get(key), words.number(counts[key]))
                                 for key, name in names if counts.get(key)),
                    empty_text=words.translate("CountryBrief", "No data"),
                    continued=words.translate("CountryBrief", "%1 (continued)"))


def recommendations_by_theme(facts: Sequence[RecommendationFacts], include_confidential: bool,
                             words: Words) -> list[Block]:
    grouped_by = grouping_vocabulary(facts)
    # A theme given to some recommendations and suggested for others heads two lists, the
    # confirmed one first.
    groups: dict[tuple[str, bool], list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        for shown in shown_terms(f, grouped_by) or ((NO_THEME, False),):
            groups[shown].append(f)
    several = sum(1 for f in facts if len(shown_terms(f, grouped_by)) > 1)
    others = [vocabulary_label(v, words) for v in vocabularies_present(facts) if v != grouped_by]
    grouping = vocabulary_label(grouped_by, words)
    if others:
        themes_are = words.fill(words.translate(
            "CountryBrief", "The themes are the %1, the vocabulary that classifies most of these recommendations; "
            "each line names its other terms (%2)."), grouping, ", ".join(others))
    else:
        themes_are = words.fill(words.translate("CountryBrief", "The themes are the %1."), grouping)
    no_theme = term_wording(grouped_by, NO_THEME, words)
    if several:
        several_text = words.translate(
            "CountryBrief", "A recommendation with several themes is listed under each of them (%n of the %1 "
            "recommendations have more than one). Recommendations without a theme are listed under “%2”.", None,
            several)
    else:
        several_text = words.translate(
            "CountryBrief", "A recommendation with several themes is listed under each of them. Recommendations "
            "without a theme are listed under “%2”.")
    follow_up = (words.translate("CountryBrief", "Each line gives the latest milestone linked to the recommendation "
                                 "and the latest follow-up note (confidential notes included).")
                 if include_confidential else
                 words.translate("CountryBrief", "Each line gives the latest milestone linked to the recommendation "
                                 "and the latest follow-up note (confidential notes are not included in this brief)."))
    blocks: list[Block] = [
        Heading(words.translate("CountryBrief", "Recommendations by theme")),
        Paragraph(themes_are, small=True),
        Paragraph(words.fill(several_text, number(words, len(facts)), no_theme), small=True),
        Paragraph(follow_up, small=True),
    ]
    if any(suggested for _theme, suggested in groups):  # the cover's line again, where the marks are
        blocks.append(Paragraph(suggested_legend(words), small=True))
    unthemed = (NO_THEME, False)
    themes = sorted((t for t in groups if t != unthemed), key=lambda t: (t[0].casefold(), t[1])) + (
        [unthemed] if unthemed in groups else [])
    columns = brief_columns(words)
    for theme, suggested in themes:
        listed = groups[(theme, suggested)]
        blocks.append(Heading(words.fill(words.translate("CountryBrief", "%1 (%2)"),
                                         term_wording(grouped_by, theme, words, suggested), number(words, len(listed))),
                              level=2))
        blocks.append(Table(columns=columns, rows=tuple(brief_cells(f, grouped_by, words) for f in listed),
                            widths=BRIEF_WIDTHS))
    return blocks
