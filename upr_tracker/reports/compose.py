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
- A report is written in one of the six UN languages (`ReportRequest.language`): its headings,
  words, dates and numbers; what documents and users wrote stays as written.

Each template lives in a module of its own (country_brief, thematic_brief, mid_term_report,
timeline_report); this one checks the request and calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from upr_tracker.domain.cycles import check_cycle
from upr_tracker.errors import InvalidValueError
from upr_tracker.reports.country_brief import country_brief, level_counts, position_counts
from upr_tracker.reports.document import Report
from upr_tracker.reports.language import Words, check_language, words_for
from upr_tracker.reports.mid_term_report import mid_term_report
from upr_tracker.reports.report_frame import Steps
from upr_tracker.reports.report_request import SECTION_CONTEXT, SECTIONS, ReportRequest, ReportTemplate
from upr_tracker.reports.thematic_brief import thematic_brief
from upr_tracker.reports.timeline_report import linked_labels, milestone_status, timeline_report
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database

__all__ = ["SECTION_CONTEXT", "SECTIONS", "ReportRequest", "ReportTemplate", "build_report", "chosen_sections",
           "report_title",
           "position_counts", "level_counts", "milestone_status", "linked_labels"]

_Builder = Callable[[Database, ReportRequest, frozenset[str], Steps, Words], Report]


def build_report(db: Database, request: ReportRequest, progress: ProgressReporter = NO_PROGRESS,
                 words: Words | None = None) -> Report:
    """Read what the request asks for and compose the report in the request's language (or in that
    of `words`, a catalogue of one's own). Raises InvalidValueError (or the NotFoundError of an
    unknown State or theme) naming the field of a request that cannot be met."""
    request = _cleaned(request)
    _check_fields(request)
    sections = chosen_sections(request)
    builders: dict[ReportTemplate, _Builder] = {
        ReportTemplate.COUNTRY_BRIEF: country_brief,
        ReportTemplate.THEMATIC: thematic_brief,
        ReportTemplate.MID_TERM: mid_term_report,
        ReportTemplate.TIMELINE: timeline_report,
    }
    steps = Steps(progress)
    report = builders[request.template](db, request, sections, steps, words or words_for(request.language))
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
    check_language(request.language)
