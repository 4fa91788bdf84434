"""A Report as a PDF of A4 pages (fonts embedded, charts as vector graphics), and the same pages as
images for the window's preview."""

from __future__ import annotations


from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker import __version__
from upr_tracker.reports.document import Report
from upr_tracker.reports.page_painting import paint_page
from upr_tracker.reports.plain_text import one_line
from upr_tracker.reports.qt_setup import ensure_gui_application
from upr_tracker.reports.text_document import LaidOutReport, lay_out_report
from upr_tracker.services.atomic_files import Output, open_output
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter

PDF_RESOLUTION = 1200    # dots per inch of the PDF's coordinates: fine enough for exact placement


def write_pdf(report: Report, path: Output | str, progress: ProgressReporter = NO_PROGRESS) -> None:
    """Write `report` to `path` as a PDF, whole or not at all."""
    ensure_gui_application()
    laid_out = lay_out_report(report, progress)
    # Painted into memory first: the file is only replaced once the PDF is complete.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))
    writer.setTitle(one_line(report.cover.title))
    writer.setCreator(f"UPR Tracker {__version__}")
    metadata = {key.lower(): value for key, value in report.metadata.items()}
    author = metadata.get("author") or report.cover.organisation
    if author and hasattr(writer, "setAuthor"):  # Qt 6.8 and later
        writer.setAuthor(one_line(author))

    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("Qt could not start painting the PDF")
    try:
        scale = PDF_RESOLUTION / 72.0
        for index in range(laid_out.page_count):
            progress.check_cancelled()
            progress.report(index, laid_out.page_count,
                            fill(translate("ReportProgress", "Writing page %1 of %2"), index + 1, laid_out.page_count))
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint_page(painter, laid_out, index)
            painter.restore()
    finally:
        painter.end()
    with open_output(path, "wb") as stream:
        stream.write(buffer.data().data())
    progress.report(laid_out.page_count, laid_out.page_count, translate("ReportProgress", "Report written"))


def render_pages(report: Report, width_px: int) -> list[QImage]:
    """The pages of the PDF `write_pdf` would write, as white images `width_px` pixels wide."""
    ensure_gui_application()
    return render_laid_out_pages(lay_out_report(report), width_px)


def render_laid_out_pages(laid_out: LaidOutReport, width_px: int) -> list[QImage]:
    """The pages of a report already laid out (see text_document.lay_out_report)."""
    scale = width_px / laid_out.page.width
    height_px = round(laid_out.page.height * scale)
    images = []
    for index in range(laid_out.page_count):
        image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            paint_page(painter, laid_out, index)
        finally:
            painter.end()
        images.append(image)
    return images
