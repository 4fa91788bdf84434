"""How the import dialog shows one file: what was detected, what it is to be read as (with the
best guesses preselected when the document leaves the kind, the State or the cycle unsaid), a
banner saying what must be chosen, the column mapping and the preview of what importing it would
do. A part of ImportDialog, which holds the widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from upr_tracker.domain.cycles import CYCLE_YEARS
from upr_tracker.gui.import_dialog_widgets import show_awaited
from upr_tracker.gui.import_entries import (
    EntryStatus,
    ImportEntry,
    dataset_name,
    kind_name,
    status_text,
)
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.parsing.datasets import RowProblem
from upr_tracker.parsing.parsed import Problem
from upr_tracker.services.dataset_import import DatasetImportReport
from upr_tracker.services.document_import import AssignedPosition, ImportReport
from upr_tracker.services.json_import import JsonImportReport

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QPlainTextEdit,
        QPushButton,
        QStackedWidget,
        QTabWidget,
        QWidget,
    )

    from upr_tracker.gui.column_mapping_panel import ColumnMappingPanel
    from upr_tracker.gui.import_dialog_widgets import StatCard
    from upr_tracker.gui.import_encoding_row import EncodingRow
    from upr_tracker.gui.import_preview_models import PreviewPositionsModel, PreviewProblemsModel


class EntryView:
    """The dialog's display of its current file (its widgets are the dialog's). Its texts name
    their context ("EntryView") themselves: a mixin's own tr() would not find its plurals."""

    if TYPE_CHECKING:
        # The widgets, made by ImportDialog.
        file_title: QLabel
        file_path: QLabel
        detected_kind: QLabel
        detected_state: QLabel
        detected_cycle: QLabel
        detected_session: QLabel
        detected_symbol: QLabel
        read_as: QGroupBox
        kind_combo: QComboBox
        state_combo: QComboBox
        cycle_combo: QComboBox
        encoding_row: EncodingRow
        cycle_banner: QLabel
        choices_button: QPushButton
        error_banner: QLabel
        mapping_panel: ColumnMappingPanel
        skip_bad_rows: QCheckBox
        cards: dict[str, StatCard]
        notes_view: QPlainTextEdit
        preview_tabs: QTabWidget
        preview_box: QGroupBox
        awaited_label: QLabel
        preview_placeholder: QLabel
        positions_model: PreviewPositionsModel
        problems_model: PreviewProblemsModel
        details: QWidget
        empty_details: QLabel
        details_stack: QStackedWidget

    def _show_entry(self, entry: ImportEntry | None) -> None:
        if entry is None:
            self.details_stack.setCurrentWidget(self.empty_details)
            return
        self.details_stack.setCurrentWidget(self.details)
        self._updating = True
        try:
            self._show_header(entry)
            self._show_options(entry)
            self.encoding_row.show_entry(entry)
            self._show_banners(entry)
            self._show_mapping(entry)
            self._show_preview(entry)
        finally:
            self._updating = False

    def _show_header(self, entry: ImportEntry) -> None:
        self.file_title.setText(entry.path.name)
        self.file_path.setText(f"{entry.path.parent}  ·  {status_text(entry.status)}")
        report = entry.report
        values = ["", "", "", "", ""]
        not_stated = translate("EntryView", "not stated")
        if isinstance(report, ImportReport):
            years = CYCLE_YEARS.get(report.cycle)
            values = [kind_name(report.kind), fill(translate("EntryView", "%1 (%2)"),
                                                   report.state_name, report.state_iso3),
                      _cycle_text(report.cycle, years),
                      str(report.session) if report.session else not_stated,
                      report.symbol or not_stated]
        elif isinstance(report, DatasetImportReport):
            in_each_row = translate("EntryView", "in each row")
            values = [dataset_name(report.format), in_each_row, in_each_row, in_each_row, "—"]
        elif isinstance(report, JsonImportReport):
            as_exported = translate("EntryView", "as exported")
            values = [translate("EntryView", "UPR Tracker export"), as_exported, as_exported, as_exported, "—"]
        elif entry.detected is not None:
            found = entry.detected
            values = [kind_name(found.kind), found.state_name or not_stated,
                      _cycle_text(found.cycle, CYCLE_YEARS.get(found.cycle, "")) if found.cycle else not_stated,
                      str(found.session) if found.session else not_stated, found.symbol or not_stated]
        elif entry.status is EntryStatus.READING:
            values = [translate("EntryView", "Reading…")] * 5
        elif entry.columns is not None and entry.columns.format is None:
            values = [fill(translate("EntryView", "Table of %1 columns, of no known format"),
                           len(entry.columns.columns)), "—", "—", "—", "—"]
        else:
            values = ["—"] * 5
        for label, value in zip((self.detected_kind, self.detected_state, self.detected_cycle, self.detected_session,
                                 self.detected_symbol), values):
            label.setText(value)

    def _show_options(self, entry: ImportEntry) -> None:
        options = entry.options
        self.read_as.setVisible(options.family == "document")
        kind: str = options.kind
        state: object = options.state
        cycle: object = options.cycle
        if entry.status in _ASKED:   # what the user has not chosen shows the best guess
            kind = kind if kind != "auto" else str(entry.guesses.get("kind", "auto"))
            state = state or entry.guesses.get("state")
            cycle = cycle or entry.guesses.get("cycle")
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.state_combo.setCurrentIndex(max(self.state_combo.findData(state), 0) if state else 0)
        self.cycle_combo.setCurrentIndex(max(self.cycle_combo.findData(cycle), 0) if cycle else 0)
        editable = entry.status not in (EntryStatus.IMPORTING, EntryStatus.IMPORTED)
        self.read_as.setEnabled(editable)

    def _show_banners(self, entry: ImportEntry) -> None:
        asked = _ASKED.get(entry.status)
        if asked is not None:
            combo = {"kind": self.kind_combo, "State": self.state_combo, "cycle": self.cycle_combo}[asked]
            guessed = combo.currentData() not in (None, "auto")
            advice = _ADVICE[asked][guessed]()
            self.cycle_banner.setText(fill(translate("EntryView", "%1.\n%2", "what the document leaves unsaid, "
                                                     "then what to do"), entry.error, advice))
            self.cycle_banner.show()
            self.choices_button.setVisible(guessed)
            combo.setFocus()
        else:
            self.cycle_banner.hide()
            self.choices_button.hide()
        if entry.status in (EntryStatus.FAILED, EntryStatus.CANCELLED) and entry.error:
            self.error_banner.setText(entry.error)
            self.error_banner.show()
        else:
            self.error_banner.hide()

    def _show_mapping(self, entry: ImportEntry) -> None:
        columns = entry.columns
        needs = entry.options.family == "table" and columns is not None and columns.format is None
        self.mapping_panel.setVisible(needs)
        if not needs or columns is None:
            return
        self.mapping_panel.show_columns(columns.columns, entry.options.mapping or {})

    def _show_preview(self, entry: ImportEntry) -> None:
        report = entry.report
        self.preview_box.setVisible(report is not None)
        self.preview_placeholder.setVisible(report is None)
        self.preview_placeholder.setText({
            EntryStatus.READING: translate("EntryView", "Reading the file…"),
            EntryStatus.NEEDS_KIND: translate("EntryView", "The preview appears once the kind is chosen."),
            EntryStatus.NEEDS_STATE: translate("EntryView", "The preview appears once the State is chosen."),
            EntryStatus.NEEDS_CYCLE: translate("EntryView", "The preview appears once the cycle is chosen."),
            EntryStatus.NEEDS_MAPPING: translate("EntryView", "The preview appears once the columns are mapped."),
        }.get(entry.status, translate("EntryView", "No preview.")))
        bad_rows = isinstance(report, DatasetImportReport) and bool(report.bad_rows)
        self.skip_bad_rows.setVisible(bad_rows)
        self.skip_bad_rows.setChecked(entry.options.skip_bad_rows)
        show_awaited(self.awaited_label, report.awaited if isinstance(report, ImportReport) else None)
        if report is None:
            self.positions_model.set_positions([])
            self.problems_model.set_problems([])
            self.notes_view.clear()
            return
        self.preview_box.setTitle(translate("EntryView", "What importing it would do")
                                  if entry.status is not EntryStatus.IMPORTED
                                  else translate("EntryView", "What was imported"))
        if isinstance(report, JsonImportReport):
            counts = report.counts.get("recommendations")
            self.cards["created"].set(counts.created if counts else 0)
            self.cards["updated"].set(counts.updated if counts else 0)
            self.cards["unchanged"].set(counts.unchanged if counts else 0)
            responses = report.counts.get("responses")
            self.cards["responses"].set(responses.created if responses else 0)
            self.cards["problems"].set(0)
            positions: list[AssignedPosition] = []
            problems: list[Problem | RowProblem] = []
        else:
            self.cards["created"].set(report.recommendations.created)
            self.cards["updated"].set(report.recommendations.updated)
            self.cards["unchanged"].set(report.recommendations.unchanged)
            self.cards["responses"].set(report.responses.created)
            if isinstance(report, ImportReport):
                positions, problems = list(report.positions), list(report.problems)
                self.cards["problems"].set(len(problems), translate("EntryView", "points to review"))
            else:
                positions, problems = [], list(report.bad_rows)
                self.cards["problems"].set(len(problems), translate("EntryView", "rows that cannot be imported"))
        self.positions_model.set_positions(positions)
        self.problems_model.set_problems(problems)
        notices = list(report.notices)
        if isinstance(report, DatasetImportReport):
            notices += [fill(translate("EntryView", "%1 rows left out: %2"), count, reason)
                        for reason, count in report.skipped.items()]
            if report.unmapped_columns:
                notices.append(fill(translate("EntryView", "Columns not imported: %1"),
                                    ", ".join(report.unmapped_columns)))
        self.notes_view.setPlainText("\n".join(notices) if notices else translate("EntryView", "Nothing to note."))
        self.preview_tabs.setTabText(0, fill(translate("EntryView", "Positions (%1)"), len(positions)))
        self.preview_tabs.setTabEnabled(0, isinstance(report, ImportReport))
        self.preview_tabs.setTabText(1, fill(translate("EntryView", "Points to review (%1)"), len(problems))
                                     if isinstance(report, ImportReport)
                                     else fill(translate("EntryView", "Rows to fix (%1)"), len(problems)))
        self.preview_tabs.setTabText(2, fill(translate("EntryView", "Notes (%1)"), len(notices)))
        if not isinstance(report, ImportReport) and self.preview_tabs.currentIndex() == 0:
            self.preview_tabs.setCurrentIndex(1)


def _cycle_text(cycle: int, years: str | None) -> str:
    """ "4 (2022–2027)", or the cycle alone when its years are not known."""
    return fill(translate("EntryView", "%1 (%2)"), cycle, years) if years else str(cycle)


# The statuses that wait for a choice, and what they ask for.
_ASKED = {EntryStatus.NEEDS_KIND: "kind", EntryStatus.NEEDS_STATE: "State", EntryStatus.NEEDS_CYCLE: "cycle"}
# What the banner advises for each choice: (nothing guessed, the likeliest preselected). Whole
# sentences, so that each language words each choice its own way.
_ADVICE = {
    "kind": (lambda: translate("EntryView", "Choose the kind under “Read it as” to preview it."),
             lambda: translate("EntryView", "The likeliest kind is chosen under “Read it as”: check it, then preview "
                                            "with these choices (or choose another kind).")),
    "State": (lambda: translate("EntryView", "Choose the State under “Read it as” to preview it."),
              lambda: translate("EntryView", "The likeliest State is chosen under “Read it as”: check it, then "
                                             "preview with these choices (or choose another State).")),
    "cycle": (lambda: translate("EntryView", "Choose the cycle under “Read it as” to preview it."),
              lambda: translate("EntryView", "The likeliest cycle is chosen under “Read it as”: check it, then "
                                             "preview with these choices (or choose another cycle).")),
}
