"""The Implementation tab of the recommendation panel: each source's assessment, with Add, Edit
and Delete (buttons, context menu, the Delete key, double-click to edit), and the combined level with
the mean it comes from and the banding rule. Every change is an undoable command."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.implementation import (
    AssessmentSource,
    CombinedAssessment,
    ImplementationLevel,
)
from upr_tracker.gui.display import day_text, level_text, source_text
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.edit_commands import (
    AddAssessmentCommand,
    DeleteAssessmentCommand,
    EditAssessmentCommand,
    assessment_values,
    push_edit,
)
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.display import assessment_source_label, level_label
from upr_tracker.services.assessments import combined_assessment
from upr_tracker.services.values import AssessmentInfo
from upr_tracker.storage.database import Database

AssessmentIdRole = Qt.ItemDataRole.UserRole + 1


class AssessmentDialog(QDialog):
    """Add an assessment, or edit one (`assessment` given: its values filled in)."""

    def __init__(self, parent: QWidget | None = None, assessment: AssessmentInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the assessment") if assessment else self.tr("Add an assessment"))
        self.source = QComboBox()
        for source in AssessmentSource:
            self.source.addItem(assessment_source_label(source), source.value)
        self.source_name = QLineEdit()
        self.source_name.setPlaceholderText(self.tr("e.g. the NGO coalition, the Ombudsman, CEDAW"))
        self.level = QComboBox()
        for level in ImplementationLevel:
            self.level.addItem(level_label(level), level.value)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        # An assessment may be undated (imported ones often are): editing it must not invent a date.
        self.dated = QCheckBox(self.tr("Dated"))
        self.dated.setChecked(True)
        self.dated.toggled.connect(self.date.setEnabled)
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText(self.tr("What shows it: a law, a report, a case…"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.date, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("By whose account"), self.source)
        form.addRow(self.tr("Name of the source"), self.source_name)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Assessed on"), date_row)
        form.addRow(self.tr("Evidence"), self.evidence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if assessment is not None:
            self.source.setCurrentIndex(max(self.source.findData(assessment.source), 0))
            self.source_name.setText(assessment.source_name or "")
            self.level.setCurrentIndex(max(self.level.findData(assessment.level), 0))
            self.dated.setChecked(assessment.assessed_on is not None)
            if assessment.assessed_on is not None:
                self.date.setDate(QDate(assessment.assessed_on))  # type: ignore[call-overload]
            self.evidence.setPlainText(assessment.evidence or "")

    def values(self) -> dict[str, Any]:
        return {
            "source": self.source.currentData(),
            "source_name": self.source_name.text().strip() or None,
            "level": self.level.currentData(),
            "assessed_on": self.date.date().toPython() if self.dated.isChecked() else None,
            "evidence": self.evidence.toPlainText().strip() or None,
        }


class AssessmentsPage(QWidget):
    """`edit_failed(error)` when an edit could not be done; edits report through `changed`."""

    edit_failed = Signal(object)

    def __init__(self, database: Callable[[], Database], undo_stack: QUndoStack,
                 changed: Callable[[uuid.UUID | None], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.changed = changed
        self.recommendation_id: uuid.UUID | None = None
        self.shown: tuple[AssessmentInfo, ...] = ()
        self.last_dialog: AssessmentDialog | None = None
        self.combined = QLabel()
        self.combined.setObjectName("combined_level")
        self.combined.setWordWrap(True)
        self.combined.setTextFormat(Qt.TextFormat.RichText)  # the names in it are escaped
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("assessments")
        self.table.setHorizontalHeaderLabels([self.tr("By"), self.tr("Source"), self.tr("Level"), self.tr("Date"),
                                              self.tr("Evidence")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("&Add an assessment…"))
        self.add_button.setObjectName("add_assessment")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("E&dit…"))  # (Alt+E opens the Edit menu)
        self.edit_button.setObjectName("edit_assessment")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("delete_assessment")
        self.delete_button.clicked.connect(self.delete_selected)
        # The Delete key is read by the table itself: as a window shortcut it would clash with the
        # window's own uses of the key.
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.combined)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._enable()

    def combined_description(self, combined: CombinedAssessment) -> str:
        """"Fully implemented: mean 0.75 of 1 from 2 sources (partially to fully; …)" in the window's language."""
        short = {ImplementationLevel.NOT_IMPLEMENTED: self.tr("not"),
                 ImplementationLevel.PARTIALLY_IMPLEMENTED: self.tr("partially"),
                 ImplementationLevel.FULLY_IMPLEMENTED: self.tr("fully")}
        rule = self.tr("UPR Info scoring: not 0, partially 0.5, fully 1; fully ≥ 0.66, partially ≥ 0.33, else not")
        mean = combined.mean_text.replace(".", QLocale().decimalPoint())
        n = combined.sources
        if combined.sources_differ:
            text = counted(self.tr("%1: mean %2 of 1 from %n source(s) (%3 to %4; %5)", "", n), n)
            return fill(text, level_label(combined.level), mean, short[combined.lowest], short[combined.highest], rule)
        text = counted(self.tr("%1: mean %2 of 1 from %n source(s) (%3)", "", n), n)
        return fill(text, level_label(combined.level), mean, rule)

    def combined_html(self, assessments: tuple[AssessmentInfo, ...]) -> str:
        combined = combined_assessment(assessments)
        if combined is None:
            return self.tr("<b>Combined level:</b> not assessed yet")
        return fill(self.tr("<b>Combined level:</b> %1"), html.escape(self.combined_description(combined)))

    def show_assessments(self, recommendation_id: uuid.UUID, assessments: tuple[AssessmentInfo, ...]) -> None:
        selected = self.selected()
        self.recommendation_id, self.shown = recommendation_id, assessments
        self.combined.setText(self.combined_html(assessments))
        self.table.setRowCount(len(assessments))
        for row, assessment in enumerate(assessments):
            cells = (source_text(assessment.source), assessment.source_name or "", level_text(assessment.level),
                     day_text(assessment.assessed_on), assessment.evidence or "")
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(AssessmentIdRole, assessment.id)
                self.table.setItem(row, column, item)
            if selected is not None and assessment.id == selected.id:
                self.table.selectRow(row)
        self._enable()

    def selected(self) -> AssessmentInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows:
            return None
        item = self.table.item(min(rows), 0)
        wanted = item.data(AssessmentIdRole) if item is not None else None
        return next((a for a in self.shown if a.id == wanted), None)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
                and self.selected() is not None):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    def _context_menu(self, point: QPoint) -> None:
        row = self.table.rowAt(point.y())
        if row < 0:
            return
        self.table.selectRow(row)
        menu = QMenu(self)
        menu.setObjectName("assessment_menu")
        menu.addAction(self.tr("&Edit the assessment…"), self.edit_selected)
        menu.addAction(self.tr("&Delete the assessment"), self.delete_selected)
        self.menu = menu  # kept, so that a test can find and trigger it
        menu.popup(self.table.viewport().mapToGlobal(point))

    def add(self) -> None:
        if self.recommendation_id is None:
            return
        dialog = AssessmentDialog(self)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(**dialog.values())

    def record(self, *, source: str, level: str, source_name: str | None = None,
               assessed_on: dt.date | None = None, evidence: str | None = None) -> None:
        assert self.recommendation_id is not None
        push_edit(self.undo_stack, AddAssessmentCommand(self.database, self.changed, self.recommendation_id, source,
                                                        level, source_name, assessed_on, evidence,
                                                        failed=self.edit_failed.emit))

    def edit_selected(self) -> None:
        assessment = self.selected()
        if assessment is None:
            return
        dialog = AssessmentDialog(self, assessment)
        self.last_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change(assessment, dialog.values())

    def change(self, assessment: AssessmentInfo, after: dict[str, Any]) -> None:
        if after == assessment_values(assessment):
            return
        push_edit(self.undo_stack, EditAssessmentCommand(self.database, self.changed, assessment, after,
                                                         failed=self.edit_failed.emit))

    def delete_selected(self) -> None:
        assessment = self.selected()
        if assessment is not None:
            push_edit(self.undo_stack, DeleteAssessmentCommand(self.database, self.changed, assessment,
                                                               failed=self.edit_failed.emit))
