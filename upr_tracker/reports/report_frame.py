"""What every template shares: the steps of its progress, the review's scope, header and
documents, the cover, and the report assembled from its parts."""

from __future__ import annotations

import datetime as dt

from upr_tracker.domain.cycles import CYCLE_YEARS
from upr_tracker.i18n.catalogs import translate
from upr_tracker.i18n.languages import language
from upr_tracker.reports.document import Block, Cover, PageBreak, Paragraph, Report
from upr_tracker.reports.language import Words, number, state_wording
from upr_tracker.reports.report_request import (
    ReportRequest,
    ReportTemplate,
    template_label,
)
from upr_tracker.reports.term_grouping import suggested_legend
from upr_tracker.reports.wording import date_wording, document_wording
from upr_tracker.services.progress import ProgressReporter
from upr_tracker.services.report_data import read_review_documents
from upr_tracker.services.values import ReviewSummary
from upr_tracker.storage.database import Database


class Steps:
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
        self.progress.report(self.TOTAL, self.TOTAL, translate("ReportProgress", "Report composed"))


def empty_review(review: ReviewSummary, words: Words) -> Paragraph:
    return Paragraph(words.fill(words.translate(
        "ReportFrame", "The database holds no recommendation of %1's review in cycle %2 yet: import the Working "
        "Group report to fill this report."), state_wording(words, review.state_name, review.state_iso3), number(words, review.cycle)), emphasis=True)


def cycle_wording(cycle: int, words: Words) -> str:
    """"Cycle 1 (2008–2011)"."""
    years = CYCLE_YEARS.get(cycle)
    if years:
        return words.fill(words.translate("ReportFrame", "Cycle %1 (%2)"), number(words, cycle), years)
    return words.fill(words.translate("ReportFrame", "Cycle %1"), number(words, cycle))


def review_scope(review: ReviewSummary, words: Words) -> str:
    """"Universal Periodic Review, cycle 1 (2008–2011), Working Group session 7, reviewed on …"."""
    years = CYCLE_YEARS.get(review.cycle)
    cycle = number(words, review.cycle)
    scope = (words.fill(words.translate("ReportFrame", "Universal Periodic Review, cycle %1 (%2)"), cycle, years)
             if years else words.fill(words.translate("ReportFrame", "Universal Periodic Review, cycle %1"), cycle))
    if review.session:
        scope = words.fill(words.translate("ReportFrame", "%1, Working Group session %2"), scope,
                           number(words, review.session))
    if review.review_date:
        scope = words.fill(words.translate("ReportFrame", "%1, reviewed on %2"), scope,
                           date_wording(review.review_date, words))
    return scope


def review_documents(db: Database, review: ReviewSummary, words: Words) -> tuple[str, ...]:
    """The cover's lines naming the review's UN documents, by symbol, so a reader can find them."""
    return tuple(document_wording(d, words) for d in read_review_documents(db, review.id))


def review_header(review: ReviewSummary, template: ReportTemplate, words: Words) -> str:
    return words.fill(words.translate("ReportFrame", "%1 · UPR cycle %2 · %3"),
                      state_wording(words, review.state_name, review.state_iso3),
                      number(words, review.cycle), template_label(template, words))


def assemble(request: ReportRequest, words: Words, *, title: str, scope: str, header: str,
             parts: list[list[Block]], confidential_notes: int, documents: tuple[str, ...] = (),
             suggested: bool = False) -> Report:
    """The report from its parts; `suggested`: it shows themes the app suggested (the cover says
    how they are marked)."""
    blocks: list[Block] = []
    for part in parts:
        if blocks:
            blocks.append(PageBreak())
        blocks += part
    notices: tuple[str, ...] = ()
    if confidential_notes:
        keeper = request.organisation or words.translate("ReportFrame", "your organisation")
        notice = words.translate("ReportFrame", "Contains %n confidential note(s): do not share outside %1.", None,
                                 confidential_notes)
        notices = (words.fill(notice, keeper),)
    if suggested:
        notices += (suggested_legend(words),)
    made_on = request.made_on or dt.date.today()
    cover = Cover(title=title, scope=scope, made_on=made_on, organisation=request.organisation, notices=notices,
                  documents=documents, date_text=date_wording(made_on, words))
    metadata = {"title": title, "subject": scope, "template": request.template.value}
    if request.organisation:
        metadata["author"] = request.organisation
    return Report(cover=cover, blocks=tuple(blocks), running_header=header, confidential=bool(confidential_notes),
                  metadata=metadata, language=words.language.code,
                  right_to_left=language(words.language.code).right_to_left,
                  page_label=words.translate("ReportFrame", "Page %1 of %2"),
                  confidential_mark=words.translate("ReportFrame", "CONFIDENTIAL"))
