"""The thematic brief (one theme and/or a full-text search, optionally one State or one cycle):
counts per cycle and per State, the chains of recommendations made again from cycle to cycle,
then the recommendations cycle by cycle."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Sequence

from upr_tracker.domain.labels import label_sort_key
from upr_tracker.errors import InvalidValueError
from upr_tracker.i18n.catalogs import translate
from upr_tracker.reports.country_brief import (
    position_counts,
    position_names,
    recommendations_count,
)
from upr_tracker.reports.document import Block, Heading, Paragraph, Report, Table
from upr_tracker.reports.language import Words, number
from upr_tracker.reports.report_frame import Steps, assemble, cycle_wording
from upr_tracker.reports.report_request import ReportRequest, template_label
from upr_tracker.reports.term_grouping import shows_suggestions
from upr_tracker.reports.wording import (
    label_wording,
    recommendation_cells,
    recommendation_columns,
)
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.services.report_data import (
    RecommendationFacts,
    RepetitionChain,
    read_matching_recommendations,
    read_repetition_chains,
    state_name,
    theme_name,
)
from upr_tracker.services.values import RecommendationRow
from upr_tracker.storage.database import Database

RECOMMENDATION_WIDTHS = (0.8, 1.5, 5.0, 1.3, 1.3)


def thematic_brief(db: Database, request: ReportRequest, sections: frozenset[str], steps: Steps,
                   words: Words) -> Report:
    steps.next(translate("ReportProgress", "Finding the theme"))
    if not request.theme and not request.search:
        raise InvalidValueError("theme: a thematic brief needs a theme or a search (or both)")
    theme = theme_name(db, request.theme) if request.theme else None
    state = state_name(db, request.state) if request.state else None
    steps.next(translate("ReportProgress", "Reading the recommendations"))
    wanted = RecommendationFilter(state=request.state, cycle=request.cycle, theme=request.theme,
                                  text_query=request.search, search_confidential_notes=request.include_confidential)
    facts = read_matching_recommendations(db, wanted, include_suggestions=request.include_suggestions,
                                          progress=steps.progress)
    chains = (read_repetition_chains(db, [f.row.id for f in facts], progress=steps.progress)
              if facts and {"repeated", "recommendations"} & sections else ())
    steps.next(translate("ReportProgress", "Composing the brief"))
    subject = _subject(theme, request.search, words)
    cycle = (words.fill(words.translate("ThematicBrief", "cycle %1"), number(words, request.cycle))
             if request.cycle else None)
    where = ", ".join(p for p in (state, cycle) if p)
    parts: list[list[Block]] = []
    if not facts:
        empty = (words.fill(words.translate("ThematicBrief", "No recommendation %1 (%2) is in the database."),
                            subject, where) if where else
                 words.fill(words.translate("ThematicBrief", "No recommendation %1 is in the database."), subject))
        parts.append([Paragraph(empty, emphasis=True)])
    else:
        if "summary" in sections:
            parts.append(_summary(facts, words))
        if "repeated" in sections:
            parts.append(_repeated(chains, words))
        if "recommendations" in sections:
            parts.append(_recommendations_by_cycle(facts, one_state=state is not None, again=_made_again(chains, words),
                                                   words=words))
    name = theme or f"“{request.search}”"
    scope = words.fill(words.translate("ThematicBrief", "Universal Periodic Review recommendations %1: %2"), subject,
                       where or words.translate("ThematicBrief", "all States, all cycles"))
    upr_cycle = (words.fill(words.translate("ThematicBrief", "UPR cycle %1"), number(words, request.cycle))
                 if request.cycle else None)
    header = " · ".join(p for p in (name, state, upr_cycle, template_label(request.template, words)) if p)
    return assemble(request, words, title=words.fill(words.translate("ThematicBrief", "Thematic brief: %1"), name),
                    scope=scope, header=header, parts=parts, confidential_notes=0,
                    suggested=bool({"recommendations"} & sections) and shows_suggestions(facts, ("themes",)))


def _subject(theme: str | None, search: str | None, words: Words) -> str:
    if theme and search:
        return words.fill(words.translate("ThematicBrief", "on %1 whose text matches “%2”"), theme, search)
    if theme:
        return words.fill(words.translate("ThematicBrief", "on %1"), theme)
    return words.fill(words.translate("ThematicBrief", "whose text matches “%1”"), search or "")


def _states_count(count: int, words: Words) -> str:
    return words.translate("ThematicBrief", "%n State(s)", None, count)


def _cycles_wording(cycles: Sequence[int], words: Words) -> str:
    if len(cycles) == 1:
        return words.fill(words.translate("ThematicBrief", "cycle %1"), number(words, cycles[0]))
    return words.fill(words.translate("ThematicBrief", "cycles %1 and %2"),
                      ", ".join(number(words, c) for c in cycles[:-1]), number(words, cycles[-1]))


def _summary(facts: Sequence[RecommendationFacts], words: Words) -> list[Block]:
    by_cycle: dict[int, list[RecommendationFacts]] = defaultdict(list)
    by_state: dict[str, list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        by_cycle[f.row.cycle].append(f)
        by_state[f.state_name].append(f)
    positions = position_names(words)
    columns = tuple(name for _key, name in positions)

    def counts(group: Sequence[RecommendationFacts]) -> tuple[str, ...]:
        found = position_counts(f.row for f in group)
        return (number(words, len(group)), *(number(words, found.get(key, 0)) for key, _name in positions))

    cycle_rows = [(cycle_wording(cycle, words), number(words, len({f.state_name for f in group})), *counts(group))
                  for cycle, group in sorted(by_cycle.items())]
    cycle_rows.append((words.translate("ThematicBrief", "Total"), number(words, len(by_state)), *counts(facts)))
    recommendations = words.translate("ThematicBrief", "Recommendations")
    blocks: list[Block] = [
        Heading(words.translate("ThematicBrief", "Summary")),
        Paragraph(words.fill(words.translate("ThematicBrief", "%1 to %2, in %3."),
                             recommendations_count(len(facts), words), _states_count(len(by_state), words),
                             _cycles_wording(sorted(by_cycle), words))),
        Table(columns=(words.translate("ThematicBrief", "Cycle"), words.translate("ThematicBrief", "States reviewed"),
                       recommendations, *columns), rows=tuple(cycle_rows),
              caption=words.translate("ThematicBrief", "By cycle: the States that received such recommendations, "
                                      "and the State's positions")),
    ]
    if len(by_state) > 1:
        state_rows = [(name, *counts(group))
                      for name, group in sorted(by_state.items(), key=lambda item: (-len(item[1]), item[0].casefold()))]
        blocks.append(Table(columns=(words.translate("ThematicBrief", "State"), recommendations, *columns),
                            rows=tuple(state_rows), widths=(2.5, *([1.0] * (len(columns) + 1))),
                            caption=words.translate("ThematicBrief", "By State under review")))
    return blocks


def _repeated(chains: Sequence[RepetitionChain], words: Words) -> list[Block]:
    blocks: list[Block] = [
        Heading(words.translate("ThematicBrief", "Recommended again from cycle to cycle")),
        Paragraph(words.translate(
            "ThematicBrief", "Recommendations that repeat one of this brief: linked as recommended again (earlier → "
            "later), or worded the same to the same State in another cycle. A repetition that does not itself carry "
            "the theme or match the search is marked “outside this brief”."), small=True),
    ]
    if not chains:
        blocks.append(Paragraph(words.translate(
            "ThematicBrief", "None of these recommendations was made again in another cycle, as far as the links and "
            "the wording show."), emphasis=True))
        return blocks
    columns = (words.translate("ThematicBrief", "Cycle"), *recommendation_columns(words))
    for chain in chains:
        if chain.linked and chain.same_wording:
            found_by = words.translate("ThematicBrief", "linked and same wording")
        elif chain.linked:
            found_by = words.translate("ThematicBrief", "linked")
        else:
            found_by = words.translate("ThematicBrief", "same wording")
        cycles = " → ".join(words.fill(words.translate("ThematicBrief", "cycle %1"), number(words, c))
                            for c in dict.fromkeys(r.cycle for r in chain.members))
        blocks.append(Heading(words.fill(words.translate("ThematicBrief", "%1: %2 (%3)"), chain.state_name, cycles,
                                         found_by), level=3))
        blocks.append(Table(
            columns=columns,
            rows=tuple((number(words, r.cycle), *_chain_cells(r, r.id in chain.in_scope, words))
                       for r in chain.members),
            widths=(0.6, *RECOMMENDATION_WIDTHS),
        ))
    return blocks


def _chain_cells(row: RecommendationRow, in_scope: bool, words: Words) -> tuple[str, ...]:
    label, *rest = recommendation_cells(row, words=words)
    if in_scope:
        return (label, *rest)
    return (words.fill(words.translate("ThematicBrief", "%1 (outside this brief)"), label), *rest)


def _made_again(chains: Sequence[RepetitionChain], words: Words) -> dict[uuid.UUID, str]:
    """For each recommendation in a chain, where else it was made: "Recommended again in cycle 2 as
    124.37." and "Recommended before in cycle 1 as 95.25."."""
    said: dict[uuid.UUID, str] = {}
    for chain in chains:
        for row in chain.members:
            before = [r for r in chain.members if r.cycle < row.cycle]
            after = [r for r in chain.members if r.cycle > row.cycle]
            parts = []
            if before:
                parts.append(words.fill(words.translate("ThematicBrief", "Recommended before in %1."),
                                        _placed(before, words)))
            if after:
                parts.append(words.fill(words.translate("ThematicBrief", "Recommended again in %1."),
                                        _placed(after, words)))
            said[row.id] = " ".join(parts)
    return said


def _placed(rows: Sequence[RecommendationRow], words: Words) -> str:
    by_cycle: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        by_cycle[r.cycle].append(label_wording(r.label, words))
    and_ = words.translate("ThematicBrief", " and ", "between two labels")
    return ", ".join(words.fill(words.translate("ThematicBrief", "cycle %1 as %2"), number(words, cycle),
                                and_.join(labels)) for cycle, labels in sorted(by_cycle.items()))


def _recommendations_by_cycle(facts: Sequence[RecommendationFacts], *, one_state: bool,
                              again: dict[uuid.UUID, str], words: Words) -> list[Block]:
    by_cycle: dict[int, list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        by_cycle[f.row.cycle].append(f)
    blocks: list[Block] = [Heading(words.translate("ThematicBrief", "Recommendations"))]
    columns = recommendation_columns(words)
    for cycle, group in sorted(by_cycle.items()):
        group = sorted(group, key=lambda f: (f.state_name.casefold(), label_sort_key(f.row.label)))
        blocks.append(Heading(words.fill(words.translate("ThematicBrief", "%1: %2"), cycle_wording(cycle, words),
                                         number(words, len(group))), level=2))
        if one_state:
            rows = tuple(recommendation_cells(f, again.get(f.row.id), words) for f in group)
            blocks.append(Table(columns=columns, rows=rows, widths=RECOMMENDATION_WIDTHS))
        else:
            rows = tuple((f.state_name, *recommendation_cells(f, again.get(f.row.id), words)) for f in group)
            blocks.append(Table(columns=(words.translate("ThematicBrief", "State"), *columns), rows=rows,
                                widths=(1.3, *RECOMMENDATION_WIDTHS)))
    return blocks
