"""The four briefing reports, composed from what the services read into a `document.Report`.

- Country brief (one review): counts by position, implementation level and theme, two bar charts,
  then the recommendations grouped by theme with their latest milestone and latest note.
- Thematic brief (one theme and/or a full-text search, optionally one State or one cycle): counts
  per cycle and per State, the chains of recommendations made again from cycle to cycle, then the
  recommendations cycle by cycle.
- Mid-term implementation report (one review): for each recommendation the State's position and
  claim, each source's assessment and the combined level; a summary and the milestones.
- Milestones timeline (one review, or one plan of action): the milestones in date order, each
  plan followed by its items.

Choices a reader of the reports should know:
- A country brief groups by the theme vocabulary that classifies most of its recommendations (UPR
  Info issues, or the OHCHR themes of a matrix); each line names its terms of the other vocabularies.
- A recommendation with several themes is listed under each of its themes in a country brief (a
  reader of the "Death penalty" pages must find every death-penalty recommendation); the brief
  says so above the lists, and the theme counts add up to more than the total.
- Confidential notes appear only when the request includes them. The cover warns, and
  `Report.confidential` is set, only when the report actually prints one: a report made with
  the option on but holding no confidential text is safe to share and does not say otherwise.
  Only country briefs print notes (their latest note per recommendation).
- A request field the template does not use (a theme for a country brief...) is refused rather
  than ignored, so that nobody shares a "thematic" report that is not. A plan's timeline takes a
  cycle only to say whose labels to print plainly ("97.2", against "cycle 2: 121.5").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from upr_tracker.domain.cycles import CYCLE_YEARS, check_cycle
from upr_tracker.domain.implementation import BANDING_RULE, ImplementationLevel
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.milestones import period_display
from upr_tracker.domain.positions import Position
from upr_tracker.errors import InvalidValueError
from upr_tracker.reports.wording import (
    BRIEF_COLUMNS,
    BRIEF_WIDTHS,
    brief_cells,
    date_wording,
    document_wording,
    kind_wording,
    label_wording,
    level_wording,
    milestone_cell,
    position_wording,
    recommendation_cells,
    source_wording,
)
from upr_tracker.reports.term_grouping import (
    NO_THEME,
    grouping_vocabulary,
    other_terms_lines,
    term_counts,
    terms_of,
    vocabularies_present,
    vocabulary_label,
)
from upr_tracker.reports.document import Bar, BarChart, Block, Cover, Heading, PageBreak, Paragraph, Report, Table
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.services.assessments import combined_assessment
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.services.report_data import (
    LinkedRecommendation,
    RecommendationFacts,
    RepetitionChain,
    Timeline,
    TimelineMilestone,
    find_plan,
    find_review,
    read_matching_recommendations,
    read_plan_timeline,
    read_repetition_chains,
    read_review_documents,
    read_review_recommendations,
    read_review_timeline,
    state_name,
    theme_name,
)
from upr_tracker.services.values import RecommendationRow, ReviewSummary
from upr_tracker.storage.database import Database


class ReportTemplate(enum.StrEnum):
    COUNTRY_BRIEF = "country-brief"
    THEMATIC = "thematic"
    MID_TERM = "mid-term"
    TIMELINE = "timeline"

    @property
    def label(self) -> str:
        return _TEMPLATE_LABELS[self]


_TEMPLATE_LABELS = {
    ReportTemplate.COUNTRY_BRIEF: "Country brief",
    ReportTemplate.THEMATIC: "Thematic brief",
    ReportTemplate.MID_TERM: "Mid-term implementation report",
    ReportTemplate.TIMELINE: "Milestones timeline",
}

# The optional sections of each template, in the order they appear: (key, label in the dialog).
SECTIONS: dict[ReportTemplate, tuple[tuple[str, str], ...]] = {
    ReportTemplate.COUNTRY_BRIEF: (
        ("summary", "Summary: counts by position, implementation and theme"),
        ("charts", "Charts of positions and implementation"),
        ("recommendations", "Recommendations by theme"),
    ),
    ReportTemplate.THEMATIC: (
        ("summary", "Summary: counts by cycle and by State"),
        ("repeated", "Recommended again from cycle to cycle"),
        ("recommendations", "Recommendations by cycle"),
    ),
    ReportTemplate.MID_TERM: (
        ("summary", "Summary: implementation by position and by source"),
        ("recommendations", "Recommendations with their assessments"),
        ("milestones", "Milestones"),
    ),
    ReportTemplate.TIMELINE: (
        ("timeline", "Timeline"),
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


NONE_YET = "none"  # the key of "no position" and "not assessed" in counts, as count_by_position has it
# A note is quoted up to this length: a table row must fit on one page of a PDF or a Word file.

POSITION_ORDER = (Position.SUPPORTED, Position.PARTIALLY_SUPPORTED, Position.NOTED, Position.PENDING)
LEVEL_ORDER = (ImplementationLevel.FULLY_IMPLEMENTED, ImplementationLevel.PARTIALLY_IMPLEMENTED,
               ImplementationLevel.NOT_IMPLEMENTED)
POSITION_COLOURS = {Position.SUPPORTED.value: "#2e8b57", Position.PARTIALLY_SUPPORTED.value: "#8fbc5a",
                    Position.NOTED.value: "#d08a00", Position.PENDING.value: "#3a7bd5", NONE_YET: "#9a9a9a"}
LEVEL_COLOURS = {ImplementationLevel.FULLY_IMPLEMENTED.value: "#2e8b57",
                 ImplementationLevel.PARTIALLY_IMPLEMENTED.value: "#e0b84a",
                 ImplementationLevel.NOT_IMPLEMENTED.value: "#c0392b", NONE_YET: "#9a9a9a"}

RECOMMENDATION_COLUMNS = ("Label", "Recommending States", "Recommendation", "Position", "Implementation")
RECOMMENDATION_WIDTHS = (0.8, 1.5, 5.0, 1.3, 1.3)


def build_report(db: Database, request: ReportRequest, progress: ProgressReporter = NO_PROGRESS) -> Report:
    """Read what the request asks for and compose the report. Raises InvalidValueError (or the
    NotFoundError of an unknown State or theme) naming the field of a request that cannot be met."""
    request = _cleaned(request)
    _check_fields(request)
    sections = chosen_sections(request)
    builders: dict[ReportTemplate, Callable[[Database, ReportRequest, frozenset[str], _Steps], Report]] = {
        ReportTemplate.COUNTRY_BRIEF: _country_brief,
        ReportTemplate.THEMATIC: _thematic_brief,
        ReportTemplate.MID_TERM: _mid_term_report,
        ReportTemplate.TIMELINE: _timeline_report,
    }
    steps = _Steps(progress)
    report = builders[request.template](db, request, sections, steps)
    steps.done()
    return report


def chosen_sections(request: ReportRequest) -> frozenset[str]:
    """The sections to compose: those asked for, checked against the template's."""
    known = [key for key, _label in SECTIONS[request.template]]
    if request.sections is None:
        return frozenset(known)
    unknown = sorted(request.sections - set(known))
    if unknown:
        raise InvalidValueError(f"sections: a {request.template.label.lower()} has no section {', '.join(unknown)} "
                                f"(its sections: {', '.join(known)})")
    if not request.sections:
        raise InvalidValueError(f"sections: choose at least one of {', '.join(known)}")
    return frozenset(request.sections)


def report_title(request: ReportRequest) -> str:
    """A short title from the request alone (no database), usable as a file name: "Country brief
    - KAZ - cycle 1". Characters that file systems refuse are left out."""
    template = ReportTemplate(request.template)
    parts = [template.label]
    if template is ReportTemplate.TIMELINE and request.plan:
        parts.append(request.plan)
    if request.theme:
        parts.append(request.theme)
    if request.search:
        parts.append(f"search {request.search}")
    if request.state:
        parts.append(request.state)
    if request.cycle is not None:
        parts.append(f"cycle {request.cycle}")
    title = " - ".join(" ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]', " ", p).split()) for p in parts if p.strip())
    return title[:150].rstrip(" .-")


# --- Requests -------------------------------------------------------------------------------


def _cleaned(request: ReportRequest) -> ReportRequest:
    """Blank text fields (an empty box in the dialog) mean "not given"."""
    def text(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    return replace(request, template=ReportTemplate(request.template), state=text(request.state),
                   theme=text(request.theme), search=text(request.search), plan=text(request.plan),
                   organisation=text(request.organisation))


def _check_fields(request: ReportRequest) -> None:
    template = request.template
    label = template.label.lower()
    if template is not ReportTemplate.THEMATIC:
        for field, value in (("theme", request.theme), ("search", request.search)):
            if value:
                raise InvalidValueError(f"{field}: a {label} does not take a {field}; a thematic brief covers one "
                                        "theme or search")
    if request.plan and template is not ReportTemplate.TIMELINE:
        raise InvalidValueError(f"plan: a {label} does not take a plan; a milestones timeline covers one plan")
    if request.cycle is not None:
        check_cycle(request.cycle)


class _Steps:
    """Progress through a report's three steps (find, read, compose); the user may cancel between
    any two, and during the reading."""

    TOTAL = 3

    def __init__(self, progress: ProgressReporter) -> None:
        self.progress, self.count = progress, 0

    def next(self, text: str) -> None:
        self.progress.check_cancelled()
        self.progress.report(self.count, self.TOTAL, text)
        self.count += 1

    def done(self) -> None:
        self.progress.check_cancelled()
        self.progress.report(self.TOTAL, self.TOTAL, "Report composed")


# --- Country brief --------------------------------------------------------------------------


def _country_brief(db: Database, request: ReportRequest, sections: frozenset[str], steps: _Steps) -> Report:
    steps.next("Finding the review")
    review = find_review(db, request.state, request.cycle, purpose="a country brief")
    steps.next("Reading the recommendations")
    facts = read_review_recommendations(db, review.id, include_confidential=request.include_confidential,
                                        progress=steps.progress)
    steps.next("Composing the brief")
    parts: list[list[Block]] = []
    if not facts:
        parts.append([_empty_review(review)])
    else:
        # The charts follow the counts they draw on the same page, not on a page of their own.
        overview = (_summary_tables(facts) if "summary" in sections else []) + (
            _charts(facts) if "charts" in sections else [])
        if overview:
            parts.append(overview)
        if "recommendations" in sections:
            parts.append(_recommendations_by_theme(facts, request.include_confidential))
    shown_notes = [f.latest_note for f in facts if f.latest_note] if "recommendations" in sections else []
    return _report(request, title=f"Country brief: {review.state_name}", scope=_review_scope(review),
                   documents=_review_documents(db, review), header=_review_header(review, request.template),
                   parts=parts,
                   confidential_notes=sum(1 for note in shown_notes if note.confidential))


def _empty_review(review: ReviewSummary) -> Paragraph:
    return Paragraph(f"The database holds no recommendation of {review.state_name}'s review in cycle "
                     f"{review.cycle} yet: import the Working Group report to fill this report.", emphasis=True)


def _summary_tables(facts: Sequence[RecommendationFacts]) -> list[Block]:
    rows = [f.row for f in facts]
    blocks: list[Block] = [
        Heading("Summary"),
        Paragraph(f"{_plural(len(rows), 'recommendation')}."),
        _count_table("Position", position_counts(rows), _position_names(),
                     caption="Recommendations by the State's current position"),
    ]
    implemented = sum(1 for r in rows if r.considered_implemented)
    if implemented:
        blocks.append(Paragraph(f"The State considers {implemented} of them already implemented or in the process "
                                "of implementation.", small=True))
    unsure = sum(1 for r in rows if r.needs_review)
    if unsure:
        blocks.append(Paragraph(f"The position of {unsure} of them is still to be verified against the source "
                                "document.", small=True))
    blocks.append(_count_table("Implementation", level_counts(rows), _level_names(),
                               caption="Recommendations by combined implementation level"))
    grouped_by = grouping_vocabulary(rows)
    for vocabulary in [grouped_by] + [v for v in vocabularies_present(rows) if v != grouped_by]:
        if vocabulary == grouped_by:
            column = "Theme"
            caption = "Recommendations by theme (" + ("" if vocabulary == "themes" else "OHCHR themes; ") + \
                "a recommendation with several themes counts under each)"
        else:
            column = vocabulary_label(vocabulary)
            named = "affected persons" if vocabulary == "affected_persons" else column
            caption = f"Recommendations by {named} (a recommendation with several counts under each)"
        blocks.append(Table(columns=(column, "Recommendations"),
                            rows=tuple((term, str(count)) for term, count in term_counts(rows, vocabulary)),
                            widths=(4.0, 1.0), caption=caption))
    return blocks


def position_counts(rows: Iterable[RecommendationRow]) -> dict[str, int]:
    """How many rows have each current position ("none": no position yet)."""
    return dict(Counter(r.position or NONE_YET for r in rows))


def level_counts(rows: Iterable[RecommendationRow]) -> dict[str, int]:
    """How many rows have each combined implementation level ("none": not assessed)."""
    return dict(Counter(r.implementation_level or NONE_YET for r in rows))


def _position_names() -> list[tuple[str, str]]:
    return [(p.value, p.label) for p in POSITION_ORDER] + [(NONE_YET, "No position yet")]


def _level_names() -> list[tuple[str, str]]:
    return [(level.value, level.label) for level in LEVEL_ORDER] + [(NONE_YET, "Not assessed")]


def _count_table(first_column: str, counts: dict[str, int], names: list[tuple[str, str]], caption: str) -> Table:
    total = sum(counts.values())
    rows = [(name, str(counts.get(key, 0)), _share(counts.get(key, 0), total)) for key, name in names]
    rows.append(("Total", str(total), _share(total, total)))
    return Table(columns=(first_column, "Recommendations", "Share"), rows=tuple(rows), widths=(3.0, 1.2, 1.0),
                 caption=caption)


def _share(count: int, total: int) -> str:
    return f"{count * 100 / total:.0f}%" if total else "—"


def _charts(facts: Sequence[RecommendationFacts]) -> list[Block]:
    rows = [f.row for f in facts]
    return [
        Heading("Charts"),
        _chart("Recommendations by position", position_counts(rows), _position_names(), POSITION_COLOURS),
        _chart("Recommendations by implementation level", level_counts(rows), _level_names(), LEVEL_COLOURS),
    ]


def _chart(title: str, counts: dict[str, int], names: list[tuple[str, str]], colours: dict[str, str]) -> BarChart:
    # Bars only for what occurs: a zero-length bar says nothing the table does not.
    return BarChart(title, tuple(Bar(name, counts[key], colours.get(key)) for key, name in names if counts.get(key)))


def _recommendations_by_theme(facts: Sequence[RecommendationFacts], include_confidential: bool) -> list[Block]:
    grouped_by = grouping_vocabulary(f.row for f in facts)
    groups: dict[str, list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        for theme in terms_of(f.row, grouped_by) or (NO_THEME,):
            groups[theme].append(f)
    several = sum(1 for f in facts if len(terms_of(f.row, grouped_by)) > 1)
    others = [vocabulary_label(v) for v in vocabularies_present(f.row for f in facts) if v != grouped_by]
    blocks: list[Block] = [
        Heading("Recommendations by theme"),
        Paragraph(f"The themes are the {vocabulary_label(grouped_by)}"
                  + (", the vocabulary that classifies most of these recommendations" if others else "")
                  + (f"; each line names its other terms ({', '.join(others)})." if others else "."), small=True),
        Paragraph("A recommendation with several themes is listed under each of them"
                  + (f" ({several} of the {len(facts)} recommendations {'has' if several == 1 else 'have'} more "
                     "than one)." if several else ".")
                  + f" Recommendations without a theme are listed under “{NO_THEME}”.", small=True),
        Paragraph("Each line gives the latest milestone linked to the recommendation and the latest follow-up note"
                  + (" (confidential notes included)." if include_confidential
                     else " (confidential notes are not included in this brief)."), small=True),
    ]
    themes = sorted((t for t in groups if t != NO_THEME), key=str.casefold) + ([NO_THEME] if NO_THEME in groups else [])
    for theme in themes:
        blocks.append(Heading(f"{theme} ({len(groups[theme])})", level=2))
        blocks.append(Table(columns=BRIEF_COLUMNS, rows=tuple(brief_cells(f, grouped_by) for f in groups[theme]),
                            widths=BRIEF_WIDTHS))
    return blocks


# --- Thematic brief -----------------------------------------------------------------------------


def _thematic_brief(db: Database, request: ReportRequest, sections: frozenset[str], steps: _Steps) -> Report:
    steps.next("Finding the theme")
    if not request.theme and not request.search:
        raise InvalidValueError("theme: a thematic brief needs a theme or a search (or both)")
    theme = theme_name(db, request.theme) if request.theme else None
    state = state_name(db, request.state) if request.state else None
    steps.next("Reading the recommendations")
    wanted = RecommendationFilter(state=request.state, cycle=request.cycle, theme=request.theme,
                                  text_query=request.search, search_confidential_notes=request.include_confidential)
    facts = read_matching_recommendations(db, wanted, progress=steps.progress)
    chains = (read_repetition_chains(db, [f.row.id for f in facts], progress=steps.progress)
              if facts and {"repeated", "recommendations"} & sections else ())
    steps.next("Composing the brief")
    subject = _thematic_subject(theme, request.search)
    where = ", ".join(p for p in (state, f"cycle {request.cycle}" if request.cycle else None) if p)
    parts: list[list[Block]] = []
    if not facts:
        parts.append([Paragraph(f"No recommendation {subject}{' (' + where + ')' if where else ''} is in the "
                                "database.", emphasis=True)])
    else:
        if "summary" in sections:
            parts.append(_thematic_summary(facts))
        if "repeated" in sections:
            parts.append(_repeated(chains))
        if "recommendations" in sections:
            parts.append(_recommendations_by_cycle(facts, one_state=state is not None, again=_made_again(chains)))
    name = theme or f"“{request.search}”"
    scope = f"Universal Periodic Review recommendations {subject}: " + (where or "all States, all cycles")
    header = " · ".join(p for p in (name, state, f"UPR cycle {request.cycle}" if request.cycle else None,
                                    request.template.label) if p)
    return _report(request, title=f"Thematic brief: {name}", scope=scope, header=header, parts=parts,
                   confidential_notes=0)


def _thematic_subject(theme: str | None, search: str | None) -> str:
    on = f"on {theme}" if theme else ""
    matching = f"whose text matches “{search}”" if search else ""
    return " ".join(p for p in (on, matching) if p)


def _thematic_summary(facts: Sequence[RecommendationFacts]) -> list[Block]:
    by_cycle: dict[int, list[RecommendationFacts]] = defaultdict(list)
    by_state: dict[str, list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        by_cycle[f.row.cycle].append(f)
        by_state[f.state_name].append(f)
    positions = _position_names()
    columns = tuple(name for _key, name in positions)

    def counts(group: Sequence[RecommendationFacts]) -> tuple[str, ...]:
        found = position_counts(f.row for f in group)
        return (str(len(group)), *(str(found.get(key, 0)) for key, _name in positions))

    cycle_rows = [(_cycle_wording(cycle), str(len({f.state_name for f in group})), *counts(group))
                  for cycle, group in sorted(by_cycle.items())]
    cycle_rows.append(("Total", str(len(by_state)), *counts(facts)))
    blocks: list[Block] = [
        Heading("Summary"),
        Paragraph(f"{_plural(len(facts), 'recommendation')} to {_plural(len(by_state), 'State')}, "
                  f"in {_cycles_wording(sorted(by_cycle))}."),
        Table(columns=("Cycle", "States reviewed", "Recommendations", *columns), rows=tuple(cycle_rows),
              caption="By cycle: the States that received such recommendations, and the State's positions"),
    ]
    if len(by_state) > 1:
        state_rows = [(name, *counts(group))
                      for name, group in sorted(by_state.items(), key=lambda item: (-len(item[1]), item[0].casefold()))]
        blocks.append(Table(columns=("State", "Recommendations", *columns), rows=tuple(state_rows),
                            widths=(2.5, *([1.0] * (len(columns) + 1))), caption="By State under review"))
    return blocks


def _cycle_wording(cycle: int) -> str:
    years = CYCLE_YEARS.get(cycle)
    return f"Cycle {cycle} ({years})" if years else f"Cycle {cycle}"


def _cycles_wording(cycles: Sequence[int]) -> str:
    if len(cycles) == 1:
        return f"cycle {cycles[0]}"
    return f"cycles {', '.join(map(str, cycles[:-1]))} and {cycles[-1]}"


def _repeated(chains: Sequence[RepetitionChain]) -> list[Block]:
    blocks: list[Block] = [
        Heading("Recommended again from cycle to cycle"),
        Paragraph("Recommendations that repeat one of this brief: linked as recommended again (earlier → later), or "
                  "worded the same to the same State in another cycle. A repetition that does not itself carry the "
                  "theme or match the search is marked “outside this brief”.", small=True),
    ]
    if not chains:
        blocks.append(Paragraph("None of these recommendations was made again in another cycle, as far as the "
                                "links and the wording show.", emphasis=True))
        return blocks
    for chain in chains:
        found_by = " and ".join(p for p in ("linked" if chain.linked else "",
                                              "same wording" if chain.same_wording else "") if p)
        cycles = " → ".join(f"cycle {c}" for c in dict.fromkeys(r.cycle for r in chain.members))
        blocks.append(Heading(f"{chain.state_name}: {cycles} ({found_by})", level=3))
        blocks.append(Table(
            columns=("Cycle", *RECOMMENDATION_COLUMNS),
            rows=tuple((str(r.cycle), *_chain_cells(r, r.id in chain.in_scope)) for r in chain.members),
            widths=(0.6, *RECOMMENDATION_WIDTHS),
        ))
    return blocks


def _chain_cells(row: RecommendationRow, in_scope: bool) -> tuple[str, ...]:
    label, *rest = recommendation_cells(row)
    return (label if in_scope else f"{label} (outside this brief)", *rest)


def _made_again(chains: Sequence[RepetitionChain]) -> dict[uuid.UUID, str]:
    """For each recommendation in a chain, where else it was made: "Recommended again in cycle 2 as
    124.37." and "Recommended before in cycle 1 as 95.25."."""
    said: dict[uuid.UUID, str] = {}
    for chain in chains:
        for row in chain.members:
            before = [r for r in chain.members if r.cycle < row.cycle]
            after = [r for r in chain.members if r.cycle > row.cycle]
            parts = [f"Recommended {when} in {_placed(others)}." for when, others in (("before", before),
                                                                                        ("again", after)) if others]
            said[row.id] = " ".join(parts)
    return said


def _placed(rows: Sequence[RecommendationRow]) -> str:
    by_cycle: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        by_cycle[r.cycle].append(label_wording(r.label))
    return ", ".join(f"cycle {cycle} as {' and '.join(labels)}" for cycle, labels in sorted(by_cycle.items()))


def _with_again(row: RecommendationRow, again: dict[uuid.UUID, str]) -> tuple[str, ...]:
    return recommendation_cells(row, again.get(row.id))


def _recommendations_by_cycle(facts: Sequence[RecommendationFacts], *, one_state: bool,
                              again: dict[uuid.UUID, str] | None = None) -> list[Block]:
    again = again or {}
    by_cycle: dict[int, list[RecommendationFacts]] = defaultdict(list)
    for f in facts:
        by_cycle[f.row.cycle].append(f)
    blocks: list[Block] = [Heading("Recommendations")]
    for cycle, group in sorted(by_cycle.items()):
        group = sorted(group, key=lambda f: (f.state_name.casefold(), label_sort_key(f.row.label)))
        blocks.append(Heading(f"{_cycle_wording(cycle)}: {len(group)}", level=2))
        if one_state:
            rows = tuple(_with_again(f.row, again) for f in group)
            blocks.append(Table(columns=RECOMMENDATION_COLUMNS, rows=rows, widths=RECOMMENDATION_WIDTHS))
        else:
            rows = tuple((f.state_name, *_with_again(f.row, again)) for f in group)
            blocks.append(Table(columns=("State", *RECOMMENDATION_COLUMNS), rows=rows,
                                widths=(1.3, *RECOMMENDATION_WIDTHS)))
    return blocks


# --- Mid-term implementation report --------------------------------------------------------------


def _mid_term_report(db: Database, request: ReportRequest, sections: frozenset[str], steps: _Steps) -> Report:
    steps.next("Finding the review")
    review = find_review(db, request.state, request.cycle, purpose="a mid-term implementation report")
    steps.next("Reading the recommendations and their assessments")
    facts = read_review_recommendations(db, review.id, progress=steps.progress)
    timeline = read_review_timeline(db, review.id) if facts and "milestones" in sections else None
    steps.next("Composing the report")
    parts: list[list[Block]] = []
    if not facts:
        parts.append([_empty_review(review)])
    else:
        if "summary" in sections:
            parts.append(_implementation_summary(facts))
        if "recommendations" in sections:
            parts.append(_assessed_recommendations(facts))
        if timeline is not None:
            made_on = request.made_on or dt.date.today()
            parts.append([Heading("Milestones"), *_review_timeline_blocks(timeline, review, made_on)])
    return _report(request, title=f"Mid-term implementation report: {review.state_name}",
                   scope=_review_scope(review), documents=_review_documents(db, review),
                   header=_review_header(review, request.template), parts=parts,
                   confidential_notes=0)


def _implementation_summary(facts: Sequence[RecommendationFacts]) -> list[Block]:
    positions = _position_names()
    cross: Counter[tuple[str, str]] = Counter(
        (f.row.implementation_level or NONE_YET, f.row.position or NONE_YET) for f in facts)
    rows = []
    for level, level_name in _level_names():
        cells = [cross[(level, position)] for position, _name in positions]
        rows.append((level_name, *map(str, cells), str(sum(cells))))
    totals = [sum(cross[(level, position)] for level, _name in _level_names()) for position, _name in positions]
    rows.append(("Total", *map(str, totals), str(len(facts))))
    sources: dict[str, set] = defaultdict(set)
    assessments: Counter[str] = Counter()
    for f in facts:
        for a in f.assessments:
            sources[source_wording(a)].add(f.row.id)
            assessments[source_wording(a)] += 1
    blocks: list[Block] = [
        Heading("Summary"),
        Table(columns=("Implementation", *(name for _key, name in positions), "Total"), rows=tuple(rows),
              caption="Recommendations by combined implementation level and by the State's position"),
        Paragraph("The combined level follows UPR Info's method: each source's latest assessment scores 0 (not "
                  "implemented), 0.5 (partially) or 1 (fully); the mean is banded below 0.33 as not implemented, "
                  "below 0.66 as partially implemented, else fully implemented. Each recommendation below gives "
                  f"its mean ({BANDING_RULE}).", small=True),
    ]
    if sources:
        blocks.append(Table(
            columns=("Source", "Recommendations assessed", "Assessments"),
            rows=tuple((name, str(len(sources[name])), str(assessments[name])) for name in sorted(sources)),
            widths=(3.0, 1.5, 1.2), caption="Assessments by source"))
    else:
        blocks.append(Paragraph("No source has assessed the implementation of these recommendations yet.",
                                emphasis=True))
    return blocks


def _assessed_recommendations(facts: Sequence[RecommendationFacts]) -> list[Block]:
    blocks: list[Block] = [Heading("Recommendations")]
    for f in facts:
        row = f.row
        blocks.append(Heading(f"Recommendation {label_wording(row.label)}", level=2))
        blocks.append(Paragraph(row.text))
        blocks.append(Paragraph(f"Recommended by {', '.join(row.recommending_states) or 'an unrecorded State'}.",
                                small=True))
        blocks += _claim_blocks(f)
        if f.assessments:
            blocks.append(Table(
                columns=("Source", "Level", "Date", "Evidence or comment"),
                rows=tuple((source_wording(a), level_wording(a.level),
                            date_wording(a.assessed_on) if a.assessed_on else "Undated", a.evidence or "—")
                           for a in f.assessments),
                widths=(1.8, 1.5, 1.2, 5.0),
            ))
        else:
            blocks.append(Paragraph("No assessment yet.", emphasis=True))
        blocks.append(Paragraph(f"Combined level: {level_wording(row.implementation_level)}."))
        combined = combined_assessment(f.assessments)
        if combined is not None:  # the figure the level comes from, as the window shows it
            figure = combined.figure()
            blocks.append(Paragraph(figure[0].upper() + figure[1:] + ".", small=True))
        terms = other_terms_lines(row)
        if terms:
            blocks.append(Paragraph(terms.replace("\n", ". ") + ".", small=True))
        if f.milestones:
            blocks.append(Paragraph("Milestones: " + "; ".join(milestone_cell(m) for m in f.milestones) + ".",
                                    small=True))
    return blocks


def _claim_blocks(f: RecommendationFacts) -> list[Block]:
    position = position_wording(f.row.position, f.row.considered_implemented)
    source = f" ({f.claim.source})" if f.claim and f.claim.source else ""
    blocks: list[Block] = [Paragraph(f"Position of the State: {position}{source}.")]
    if f.claim and f.claim.response_text:
        blocks.append(Paragraph(f"The State's response: “{f.claim.response_text}”", emphasis=True))
    return blocks


# --- Milestones timeline ------------------------------------------------------------------------


def _timeline_report(db: Database, request: ReportRequest, sections: frozenset[str], steps: _Steps) -> Report:
    steps.next("Finding the review or the plan")
    made_on = request.made_on or dt.date.today()
    if request.plan:
        plan = find_plan(db, request.plan, request.state)
        steps.next("Reading the plan and its items")
        timeline = read_plan_timeline(db, plan.id)
        # With a cycle, that review's labels read plainly, the others with their cycle.
        home = (plan.state_iso3, request.cycle) if request.cycle is not None else None
        blocks = _timeline_blocks(timeline, home, made_on)
        title, header = f"Milestones timeline: {plan.title}", f"{plan.state_name} · {plan.title} · Milestones timeline"
        when = f", {plan.date.display()}" if plan.date else ""
        scope = f"Plan of action of {plan.state_name}{when}, with its items"
        documents: tuple[str, ...] = ()
    else:
        review = find_review(db, request.state, request.cycle, purpose="a milestones timeline without a plan")
        steps.next("Reading the milestones")
        blocks = _review_timeline_blocks(read_review_timeline(db, review.id), review, made_on)
        title, header = f"Milestones timeline: {review.state_name}", _review_header(review, request.template)
        scope = _review_scope(review)
        documents = _review_documents(db, review)
    steps.next("Composing the timeline")
    parts = [[Heading("Timeline"), *blocks]] if "timeline" in sections else []
    return _report(request, title=title, scope=scope, header=header, parts=parts, confidential_notes=0,
                   documents=documents)


def _review_timeline_blocks(timeline: Timeline, review: ReviewSummary, made_on: dt.date) -> list[Block]:
    """A review's timeline, saying what it covers and what it leaves out."""
    others = ""
    if timeline.not_shown:
        others = (f" {_plural(timeline.not_shown, 'other milestone')} of {review.state_name} "
                  f"{'is' if timeline.not_shown == 1 else 'are'} not linked to it and not shown.")
    blocks: list[Block] = [Paragraph("The milestones linked to at least one recommendation of this review, and each "
                                     "plan of action among them with all its items." + others, small=True)]
    if not timeline.milestones:
        return [*blocks, Paragraph("No milestone is linked to a recommendation of this review yet.", emphasis=True)]
    return blocks + _timeline_blocks(timeline, (review.state_iso3, review.cycle), made_on)


def _timeline_blocks(timeline: Timeline, home: tuple[str, int] | None, made_on: dt.date) -> list[Block]:
    rows = []
    for milestone in timeline.milestones:
        rows.append(_timeline_row(milestone, home, made_on, item=False))
        rows += [_timeline_row(item, home, made_on, item=True) for item in milestone.items]
    return [
        Paragraph("The status follows from the dates: planned (dated after this report), until or ended (a milestone "
                  "with an end date).", small=True),
        Table(columns=("Date", "Kind", "Milestone", "Source", "Status", "Recommendations"), rows=tuple(rows),
              widths=(1.3, 1.0, 3.5, 1.8, 1.1, 2.0)),
    ]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _timeline_row(m: TimelineMilestone, home: tuple[str, int] | None, made_on: dt.date, *,
                  item: bool) -> tuple[str, ...]:
    title = m.title
    if item:  # under its plan: the dash and the number set it off
        title = f"– {m.item_number}. {title}" if m.item_number else f"– {title}"
    source = "; ".join(p for p in (m.source_citation, m.source_url) if p) or "—"
    when = period_display(m.date, m.ends) if m.ends else (m.date.display() if m.date else "Undated")
    return (when, kind_wording(m.kind), title, source,
            milestone_status(m, made_on), linked_labels(m.recommendations, home) or "—")


def milestone_status(milestone: TimelineMilestone, made_on: dt.date) -> str:
    """What the dates say (the database keeps no status): planned, until a date, ended."""
    if milestone.date is not None and milestone.date.start > made_on:
        return "Planned"
    due = f"Due {date_wording(milestone.due_on)}" if milestone.due_on is not None else ""
    if milestone.ends is not None:
        verb = "Ended" if milestone.ends.last_day() < made_on else "Until"
        return f"{verb} {milestone.ends.display()}" + (f"; {due.lower()}" if due else "")
    if milestone.ends_on is not None:
        verb = "Ended" if milestone.ends_on < made_on else "Until"
        return f"{verb} {date_wording(milestone.ends_on)}" + (f"; {due.lower()}" if due else "")
    return due or "—"


def linked_labels(recommendations: Sequence[LinkedRecommendation], home: tuple[str, int] | None) -> str:
    """Labels grouped by review: "97.2, 97.5" for the report's own review (listed first),
    "cycle 2: 121.5" for another review of the same State, "ARM cycle 1: 12.3" for another State's."""
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for r in recommendations:
        groups[(r.state_iso3, r.cycle)].append(label_wording(r.label))
    own_state = home[0] if home else (recommendations[0].state_iso3 if recommendations else "")

    def prefix(iso3: str, cycle: int) -> str:
        if (iso3, cycle) == home:
            return ""
        return f"cycle {cycle}: " if iso3 == own_state else f"{iso3} cycle {cycle}: "

    ordered = sorted(groups, key=lambda key: (key != home, key[0] != own_state, key))
    return "; ".join(prefix(*key) + ", ".join(groups[key]) for key in ordered)


# --- The report -------------------------------------------------------------------------------


def _review_scope(review: ReviewSummary) -> str:
    parts = [f"Universal Periodic Review, {_cycle_wording(review.cycle).lower()}"]
    if review.session:
        parts.append(f"Working Group session {review.session}")
    if review.review_date:
        parts.append(f"reviewed on {date_wording(review.review_date)}")
    return ", ".join(parts)


def _review_documents(db: Database, review: ReviewSummary) -> tuple[str, ...]:
    """The cover's lines naming the review's UN documents, by symbol, so a reader can find them."""
    return tuple(document_wording(d) for d in read_review_documents(db, review.id))


def _review_header(review: ReviewSummary, template: ReportTemplate) -> str:
    return f"{review.state_name} · UPR cycle {review.cycle} · {template.label}"


def _report(request: ReportRequest, *, title: str, scope: str, header: str, parts: list[list[Block]],
            confidential_notes: int, documents: tuple[str, ...] = ()) -> Report:
    blocks: list[Block] = []
    for part in parts:
        if blocks:
            blocks.append(PageBreak())
        blocks += part
    notices = ()
    if confidential_notes:
        keeper = request.organisation or "your organisation"
        notices = (f"Contains {_plural(confidential_notes, 'confidential note')}: do not share outside {keeper}.",)
    cover = Cover(title=title, scope=scope, made_on=request.made_on or dt.date.today(),
                  organisation=request.organisation, notices=notices, documents=documents)
    metadata = {"title": title, "subject": scope, "template": request.template.value}
    if request.organisation:
        metadata["author"] = request.organisation
    return Report(cover=cover, blocks=tuple(blocks), running_header=header, confidential=bool(confidential_notes),
                  metadata=metadata)
