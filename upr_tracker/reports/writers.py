"""One entry point for every output format."""

from __future__ import annotations


from pathlib import Path

from upr_tracker.reports.document import Report, ReportFormat
from upr_tracker.services.activity_log import log_written
from upr_tracker.services.atomic_files import Output, output_name
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter


def write_report(report: Report, path: Output | str, fmt: ReportFormat,
                 progress: ProgressReporter = NO_PROGRESS) -> None:
    """Write `report` to `path` in `fmt`, whole or not at all (a failure leaves any earlier file
    at `path` as it was), or to a binary stream. The report is made in memory, never in a scratch
    file."""
    # Each writer is imported when it is used: python-docx and Qt's PDF engine take time to load.
    if fmt is ReportFormat.PDF:
        from upr_tracker.reports.pdf_writer import write_pdf
        write_pdf(report, path, progress)
    elif fmt is ReportFormat.DOCX:
        from upr_tracker.reports.docx_writer import write_docx
        write_docx(report, path, progress)
    elif fmt is ReportFormat.HTML:
        from upr_tracker.reports.html_writer import write_html
        write_html(report, path, progress)
    else:
        raise ValueError(f"no writer for the format {fmt!r}")
    log_written("report", Path(output_name(path)).name, fmt.value,
                f"{len(report.blocks)} blocks, language {report.language}"
                f"{', confidential notes included' if report.confidential else ''}")
