"""The report dialog: choose a report, its scope, sections and format; preview its pages; save it.

Gathering and composing the report run in the background with progress; its pages are laid
out, painted and written on the GUI thread (see qt_text_work). The preview shows the very pages
the PDF will have (the same painting code draws both).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.reference import vocabulary_heading
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.last_folders import REPORT, last_folder, remember_folder
from upr_tracker.gui.passphrase_dialog import Cancelled, ask_export_encryption
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.i18n.languages import LANGUAGES, supported_or_english
from upr_tracker.reports.compose import (
    SECTION_CONTEXT,
    SECTIONS,
    ReportRequest,
    ReportTemplate,
    build_report,
    report_title,
)
from upr_tracker.reports.document import Report, ReportFormat
from upr_tracker.reports.pdf_writer import render_pages
from upr_tracker.reports.writers import write_report
from upr_tracker.services.encrypted_archive import export_destination, final_path
from upr_tracker.services.milestones import list_milestones
from upr_tracker.services.organisation import organisation_name, set_organisation_name
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.vocabularies import theme_choices
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

TEMPLATE_NAMES = {
    ReportTemplate.COUNTRY_BRIEF: QT_TRANSLATE_NOOP("ReportDialog", "Country brief (one review)"),
    ReportTemplate.THEMATIC: QT_TRANSLATE_NOOP("ReportDialog",
                                               "Thematic brief (a theme or a search, across States and cycles)"),
    ReportTemplate.MID_TERM: QT_TRANSLATE_NOOP("ReportDialog", "Mid-term implementation report (one review)"),
    ReportTemplate.TIMELINE: QT_TRANSLATE_NOOP("ReportDialog", "Milestones timeline (a review or a plan of action)"),
}
FORMAT_NAMES = {ReportFormat.PDF: "PDF", ReportFormat.DOCX: QT_TRANSLATE_NOOP("ReportDialog", "Word (.docx)"),
                ReportFormat.HTML: "HTML"}


def format_name(fmt: ReportFormat) -> str:
    return translate("ReportDialog", FORMAT_NAMES[fmt])


def default_report_language() -> str:
    """The window's language, when it is one of the six; English otherwise."""
    return supported_or_english(QLocale().name()).code
PREVIEW_WIDTH = 500  # fits beside the form in the dialog's default size
ANY = None


@dataclass(frozen=True)
class ReportChoices:
    """What the dialog offers, read once in the background."""

    reviews: list[tuple[str, str, int]]  # (ISO3, State name, cycle)
    themes: list[tuple[str, str, str]]  # every vocabulary's terms: (vocabulary, shown, "vocabulary:name")
    plans: list[tuple[str, str]]  # (id hex, "Kazakhstan: National Plan of Action 2009–2012")
    organisation: str | None


def read_choices(db: Database) -> ReportChoices:
    reviews = [(r.state_iso3, r.state_name, r.cycle) for r in list_reviews(db)]
    themes = theme_choices(db)
    plans = [(m.id.hex, f"{m.state_iso3}: {m.title}") for m in list_milestones(db, kind="plan")]
    return ReportChoices(reviews, themes, plans, organisation_name(db))


class ReportDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, database: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None, *,
                 state: str | None = None, cycle: int | None = None, theme: str | None = None,
                 search: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(self.tr("Briefing report"))
        self.database = database
        self.tasks = tasks
        self._wanted = (state, cycle, theme, search)
        self.choices: ReportChoices | None = None
        self.preview_images: list[QImage] = []
        self.last_saved: Path | None = None
        self._build()
        self.resize(1100, 760)
        self.tasks.run(lambda _task: read_choices(self.database()), on_success=self._on_choices,
                       on_failure=self._show_error)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("report_template")
        for template, name in TEMPLATE_NAMES.items():
            self.template.addItem(translate("ReportDialog", name), template)
        form.addRow(self.tr("&Report:"), self.template)
        self.state = QComboBox()
        self.state.setObjectName("report_state")
        form.addRow(self.tr("&State:"), self.state)
        self.cycle = QComboBox()
        self.cycle.setObjectName("report_cycle")
        form.addRow(self.tr("&Cycle:"), self.cycle)
        self.theme = QComboBox()
        self.theme.setObjectName("report_theme")
        form.addRow(self.tr("&Theme:"), self.theme)
        self.search = QLineEdit()
        self.search.setObjectName("report_search")
        self.search.setPlaceholderText(self.tr("or words to search for, instead of a theme"))
        form.addRow(self.tr("Searc&h:"), self.search)
        self.plan = QComboBox()
        self.plan.setObjectName("report_plan")
        form.addRow(self.tr("&Plan of action:"), self.plan)

        self.sections_box = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_box)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.section_boxes: dict[str, QCheckBox] = {}
        form.addRow(self.tr("Sections:"), self.sections_box)

        formats = QHBoxLayout()
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[ReportFormat, QRadioButton] = {}
        for fmt in FORMAT_NAMES:
            button = QRadioButton(format_name(fmt))
            button.setObjectName(f"report_format_{fmt.value}")
            self.format_group.addButton(button)
            self.format_buttons[fmt] = button
            formats.addWidget(button)
        formats.addStretch()
        saved: Any = QSettings().value("report/format", ReportFormat.PDF.value)
        chosen = ReportFormat(saved)
        self.format_buttons.get(chosen, self.format_buttons[ReportFormat.PDF]).setChecked(True)
        form.addRow(self.tr("Format:"), formats)
        # The report's own language, whatever the window speaks (a French office's brief for an
        # Arabic-speaking partner): the window's by default.
        self.language = QComboBox()
        self.language.setObjectName("report_language")
        for known in LANGUAGES:
            self.language.addItem(known.native_name, known.code)
        self.language.setCurrentIndex(max(self.language.findData(default_report_language()), 0))
        form.addRow(self.tr("&Language:"), self.language)

        self.confidential = QCheckBox(self.tr("Include confidential notes (the cover will say so)"))
        self.confidential.setObjectName("report_confidential")
        form.addRow("", self.confidential)
        self.suggestions = QCheckBox(self.tr("Use suggested themes where none is confirmed (marked †)"))
        self.suggestions.setObjectName("report_suggestions")
        self.suggestions.setChecked(True)
        form.addRow("", self.suggestions)
        self.organisation = QLineEdit()
        self.organisation.setObjectName("report_organisation")
        self.organisation.setPlaceholderText(self.tr("your organisation, named on the cover"))
        form.addRow(self.tr("&Organisation:"), self.organisation)

        self.message = QLabel()
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("report_preview_button")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setObjectName("report_save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_file_and_save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.message)
        left_layout.addStretch()
        left_layout.addLayout(buttons)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("Choose what the report covers, then Preview to see its pages."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.addWidget(hint)  # replaced by the pages
        self.preview_area = QScrollArea()
        self.preview_area.setObjectName("report_preview")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.pages)
        self.preview_area.setStyleSheet("QScrollArea { background: #7a7a7a; }")

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview_area)
        splitter.setSizes([420, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.template.currentIndexChanged.connect(self._on_template_changed)
        self.state.currentIndexChanged.connect(self._fill_cycles)
        self._on_template_changed()

    # --- choices ------------------------------------------------------------------------------
    def _on_choices(self, choices: ReportChoices) -> None:
        self.choices = choices
        state, cycle, theme, search = self._wanted
        self.state.blockSignals(True)
        self.state.clear()
        self.state.addItem(self.tr("Any State"), ANY)
        seen: dict[str, str] = {}
        for iso3, name, _cycle in choices.reviews:
            seen.setdefault(iso3, name)
        for iso3, name in sorted(seen.items(), key=lambda item: item[1]):
            self.state.addItem(name, iso3)
        wanted_state = self.state.findData(state) if state else -1
        if wanted_state < 0 and len(seen) == 1:
            wanted_state = 1  # the only State: the likely choice
        self.state.setCurrentIndex(max(wanted_state, 0))
        self.state.blockSignals(False)
        self._fill_cycles(wanted_cycle=cycle)
        self.theme.clear()
        self.theme.addItem("—", ANY)
        for vocabulary, shown, value in choices.themes:
            label = shown if vocabulary == "themes" else fill(self.tr("%1 (%2)"), shown, vocabulary_heading(vocabulary))
            self.theme.addItem(label, value)
        if theme:
            self.theme.setCurrentIndex(max(self.theme.findData(theme), 0))
        if search:
            self.search.setText(search)
        self.plan.clear()
        self.plan.addItem("—", ANY)
        for plan_id, title in choices.plans:
            self.plan.addItem(title, plan_id)
        self.organisation.setText(choices.organisation or "")

    def _fill_cycles(self, _index: int = 0, wanted_cycle: int | None = None) -> None:
        current = wanted_cycle if wanted_cycle is not None else self.cycle.currentData()
        iso3 = self.state.currentData()
        cycles = sorted({c for s, _n, c in (self.choices.reviews if self.choices else []) if iso3 in (None, s)})
        self.cycle.clear()
        self.cycle.addItem(self.tr("Any cycle"), ANY)
        for cycle in cycles:
            self.cycle.addItem(fill(self.tr("Cycle %1"), cycle), cycle)
        index = self.cycle.findData(current) if current is not None else -1
        if index < 0 and iso3 is not None and cycles:
            index = self.cycle.findData(cycles[-1])  # a State's latest review
        self.cycle.setCurrentIndex(max(index, 0))

    def chosen_template(self) -> ReportTemplate:
        return ReportTemplate(self.template.currentData())  # Qt hands the enum back as a plain str

    def _on_template_changed(self, _index: int = 0) -> None:
        template = self.chosen_template()
        for box in self.section_boxes.values():
            self.sections_layout.removeWidget(box)
            box.deleteLater()
        self.section_boxes = {}
        for key, label in SECTIONS[template]:
            box = QCheckBox(translate(SECTION_CONTEXT, label))
            box.setObjectName(f"report_section_{key}")
            box.setChecked(True)
            self.sections_layout.addWidget(box)
            self.section_boxes[key] = box
        thematic = template is ReportTemplate.THEMATIC
        if thematic:
            self.cycle.setCurrentIndex(0)  # a theme is followed across cycles unless one is chosen
        elif template in (ReportTemplate.COUNTRY_BRIEF, ReportTemplate.MID_TERM) and self.cycle.currentData() is None:
            self._fill_cycles()  # one review: the chosen State's latest
        self.theme.setEnabled(thematic)
        self.search.setEnabled(thematic)
        self.plan.setEnabled(template is ReportTemplate.TIMELINE)

    def request(self) -> ReportRequest:
        template = self.chosen_template()
        thematic = template is ReportTemplate.THEMATIC
        return ReportRequest(
            template=template,
            state=self.state.currentData(),
            cycle=self.cycle.currentData(),
            theme=self.theme.currentData() if thematic else None,
            search=(self.search.text().strip() or None) if thematic else None,
            plan=self.plan.currentData() if template is ReportTemplate.TIMELINE else None,
            include_confidential=self.confidential.isChecked(),
            include_suggestions=self.suggestions.isChecked(),
            organisation=self.organisation.text().strip() or None,
            sections=frozenset(key for key, box in self.section_boxes.items() if box.isChecked()),
            made_on=dt.date.today(),
            language=self.chosen_language(),
        )

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_format(self) -> ReportFormat:
        return next(fmt for fmt, button in self.format_buttons.items() if button.isChecked())

    # --- preview and save -----------------------------------------------------------------------
    def preview(self) -> None:
        request = self.request()
        database = self.database

        def work(task: Task) -> Report:
            report = build_report(database(), request, progress=task)
            task.check_cancelled()
            return report

        self._busy(self.tr("Making the preview…"))
        self.tasks.run(work, label=self.tr("Making the preview…"), progress_parent=self,
                       on_success=self._after_progress_closed(self._paint_preview), on_failure=self._show_error)

    def _after_progress_closed(self, paint: Callable[[Report], None]) -> Callable[[Report], None]:
        """`paint` run once the task's progress dialog has closed (it closes when the task's
        callbacks have returned), so that it is not left on screen, frozen, while Qt paints."""
        return lambda report: QTimer.singleShot(0, self, lambda: paint(report))

    def _paint_preview(self, report: Report) -> None:
        try:
            with qt_text_work():
                images = render_pages(report, PREVIEW_WIDTH)
        except Exception as exc:
            self._show_error(exc)
            return
        self._show_pages(images)

    def _show_pages(self, images: list[QImage]) -> None:
        self._idle()
        self.preview_images = images
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            page = QLabel()
            page.setObjectName(f"report_page_{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setToolTip(fill(self.tr("Page %1 of %2"), number, len(images)))
            self.pages_layout.addWidget(page)
        pages = self.tr("%n page(s).", "", len(images))
        if "(s)" in pages:  # a catalogue without the message
            pages = f"{QLocale().toString(len(images))} page{'s' if len(images) != 1 else ''}."
        self.message.setText(pages)

    def choose_file_and_save(self) -> None:
        request = self.request()
        fmt = self.chosen_format()
        suggested = last_folder(REPORT) / f"{file_name(report_title(request))}.{fmt.value}"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the report"), str(suggested),
                                                    fill(self.tr("%1 (*.%2)"), format_name(fmt), fmt.value))
        if path:
            chosen = Path(path)
            if ReportFormat.from_path(chosen.name) is None:
                chosen = chosen.with_name(f"{chosen.name}.{fmt.value}")
            try:
                archive_passphrase = ask_export_encryption(self, self.database().is_encrypted, "report")
            except Cancelled:
                return
            self.save(chosen, request, ReportFormat.from_path(chosen.name) or fmt, archive_passphrase)

    def save(self, path: Path, request: ReportRequest | None = None, fmt: ReportFormat | None = None,
             archive_passphrase: Passphrase | None = None) -> None:
        """Write the report to `path` (with `archive_passphrase`: into an encrypted archive,
        `path`.zip): gathered and composed in the background, written here (see qt_text_work)."""
        request = request or self.request()
        fmt = fmt or self.chosen_format()
        database = self.database
        organisation = request.organisation
        written = final_path(path, archive_passphrase)

        def work(task: Task) -> Report:
            db = database()
            # The next report names it too, where it can be kept (a viewer's, read-only: this report only).
            if organisation != organisation_name(db) and not db.read_only:
                set_organisation_name(db, organisation)
            report = build_report(db, request, progress=task)
            task.check_cancelled()
            return report

        def write(report: Report) -> None:
            try:
                with qt_text_work(), export_destination(path, archive_passphrase) as target:
                    write_report(report, target, fmt)
            except Exception as exc:
                self._show_error(exc)
                return
            self._saved(written, report)

        remember_folder(REPORT, path)
        QSettings().setValue("report/format", fmt.value)
        self._busy(fill(self.tr("Writing %1…"), path.name))
        self.tasks.run(work, label=fill(self.tr("Writing %1…"), path.name), progress_parent=self, writes=True,
                       on_success=self._after_progress_closed(write), on_failure=self._show_error)

    def _saved(self, path: Path, report: Report) -> None:
        self._idle()
        self.last_saved = path
        if report.confidential:
            self.message.setText(fill(self.tr("Saved to %1. It includes confidential notes."), path))
        else:
            self.message.setText(fill(self.tr("Saved to %1."), path))
        self.saved.emit(str(path))

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _idle(self) -> None:
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _show_error(self, exc: BaseException) -> None:
        self._idle()
        self.message.setText("")
        error_box(self, exc)


@contextmanager
def qt_text_work() -> Iterator[None]:
    """Laying a report out, painting and writing it, on the GUI thread, the wait cursor shown.

    The report is gathered and composed in the background; Qt's text documents are made here.
    Made on a worker's thread, a document connects and disconnects Qt objects holding Python's
    interpreter lock, while the GUI thread, disconnecting a Python object's signal, waits for
    that lock inside Qt's: the two threads wait for each other for ever (seen as a window that
    stopped answering during a preview)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def file_name(title: str) -> str:
    """A file name from a report's title: no characters a file system refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    return " ".join(cleaned.split())[:120] or "report"
