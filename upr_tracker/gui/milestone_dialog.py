"""The dialog that records a new milestone or edits one: a dated event with its source, its kind,
its plan (for a plan's items) and, if wanted, a file kept inside the database as evidence.

The dialog validates what it can as the user types (dates are `2009`, `2009-07` or `2009-07-10`),
then saves through the services off the GUI thread (an attached file can be big) and closes only
when the save succeeded; a refused save shows the service's message and keeps what was typed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QLocale, QObject, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.display import state_text
from upr_tracker.domain.milestones import DatePrecision, MilestoneKind, PartialDate, check_period
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.last_folders import ATTACHMENT, last_folder, remember_folder
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.display import milestone_kind_label
from upr_tracker.services.milestones import (
    MAX_ATTACHMENT_BYTES,
    add_milestone,
    attachment_summary,
    edit_milestone,
    list_milestones,
)
from upr_tracker.services.states import list_states
from upr_tracker.services.values import MilestoneInfo
from upr_tracker.storage.database import Database

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
URL_SCHEMES = ("http", "https", "ftp", "file")


def kind_label(kind: str) -> str:
    """A milestone's kind in the window's language (an unknown kind as stored)."""
    return milestone_kind_label(kind)


class FileSize(QObject):
    """A file's size as the window writes it. A QObject, so that "%n bytes" is Qt's plural."""

    def text(self, size: int) -> str:
        if size < 1024:
            return counted(self.tr("%n byte(s)", "", size), size)
        if size < 1024 * 1024:
            return fill(self.tr("%1 KB"), QLocale().toString(size / 1024, "f", 0))
        return fill(self.tr("%1 MB"), QLocale().toString(size / (1024 * 1024), "f", 1))


def size_text(size: int) -> str:
    return FileSize().text(size)


def show_error(parent: QWidget, exc: BaseException) -> QMessageBox | None:
    return error_box(parent, exc)


def find_data(combo: QComboBox, value: object) -> int:
    """The index of the item holding `value`, compared in Python (QComboBox.findData compares
    Python objects such as UUIDs by identity)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def _inline_message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def _field_with_message(field: QWidget, message: QLabel) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    return box


class MilestoneDialog(QDialog):
    """Create a milestone (`milestone=None`) or edit one.

    `state_iso3` presets the State of a new milestone, `plan_id` makes it an item of that plan.
    After a successful save the dialog is accepted, `saved_milestone_id` holds the milestone's id
    and `saved` has been emitted with it.
    """

    saved = Signal(object)  # uuid.UUID

    def __init__(
        self,
        database: Database,
        tasks: TaskRunner | None = None,
        *,
        state_iso3: str | None = None,
        milestone: MilestoneInfo | None = None,
        plan_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("milestone_dialog")
        self.database = database
        self.tasks = tasks or TaskRunner(self)
        self.milestone = milestone
        self.saved_milestone_id: uuid.UUID | None = None
        self.last_error_box: QMessageBox | None = None
        self._attachment: Path | None = None
        self._attachment_changed = False
        self._current_attachment: tuple[str, str, int] | None = None
        self._saving = False
        self._state_names: dict[str, str] = {}
        self._build()
        self._load_states(milestone.state_iso3 if milestone else state_iso3)
        if milestone is not None:
            self._fill(milestone)
        else:
            self.setWindowTitle(self.tr("New milestone"))
            if plan_id is not None:
                self._select_plan(plan_id)
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(MilestoneKind.PLAN_ITEM.value))
        self._on_plan_changed()
        self._update_attachment_row()
        self.resize(max(640, self.minimumSizeHint().width()), self.minimumSizeHint().height())

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setMinimumWidth(600)
        self.heading = QLabel()
        self.heading.setObjectName("milestone_dialog_heading")
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(heading_font)

        self.state_combo = QComboBox()
        self.state_combo.setObjectName("state_combo")
        self.state_combo.setEditable(True)
        self.state_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        typed = self.state_combo.lineEdit()
        assert typed is not None, "an editable combo box has a line edit"
        typed.setPlaceholderText(self.tr("Type a State's name or code"))
        self.state_combo.currentIndexChanged.connect(lambda _i: self._on_state_changed())
        self.state_message = _inline_message()

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for kind in MilestoneKind:
            self.kind_combo.addItem(milestone_kind_label(kind), kind.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(MilestoneKind.LAW.value))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._on_kind_changed())

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText(self.tr("e.g. Refugees Act"))
        self.title_edit.textChanged.connect(lambda _t: self._clear_message(self.title_message))
        self.title_message: QLabel = _inline_message()

        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("date_edit")
        self.date_edit.setPlaceholderText(self.tr("2009, 2009-07 or 2009-07-10"))
        self.date_edit.setMaximumWidth(220)
        self.date_edit.textChanged.connect(lambda _t: self._check_date(final=False))
        self.date_preview = QLabel()
        self.date_preview.setObjectName("date_preview")
        self.date_preview.setStyleSheet(HINT_STYLE)
        date_row = QWidget()
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addWidget(self.date_preview, 1)
        self.date_message = _inline_message()
        self.date_message.setObjectName("date_message")

        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("plan_combo")
        # A long plan title elides instead of widening the dialog.
        self.plan_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.plan_combo.setMinimumContentsLength(24)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._on_plan_changed())
        # A plan runs from its date to its end ("2009–2012"); a plan or milestone may be due on a day.
        self.end_edit = QLineEdit()
        self.end_edit.setObjectName("end_edit")
        self.end_edit.setPlaceholderText(self.tr("2012, 2012-06 or 2012-06-30"))
        self.end_edit.setMaximumWidth(220)
        self.end_message = _inline_message()
        self.due_edit = QLineEdit()
        self.due_edit.setObjectName("due_edit")
        self.due_edit.setPlaceholderText(self.tr("YYYY-MM-DD (a deadline the dashboard reminds of)"))
        self.due_edit.setMaximumWidth(360)
        self.due_message = _inline_message()
        self.item_number_edit = QLineEdit()
        self.item_number_edit.setObjectName("item_number_edit")
        self.item_number_edit.setPlaceholderText(self.tr("e.g. 3.2"))
        self.item_number_edit.setFixedWidth(self.fontMetrics().horizontalAdvance(self.tr("e.g. 12.3.4")) + 16)
        plan_row = QWidget()
        plan_layout = QHBoxLayout(plan_row)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.plan_combo, 1)
        self.item_number_label = QLabel(self.tr("Item no."))
        plan_layout.addWidget(self.item_number_label)
        plan_layout.addWidget(self.item_number_edit)

        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("description_edit")
        self.description_edit.setPlaceholderText(
            self.tr("What happened, in a sentence or two; quote the source if you can."))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        self.citation_edit = QLineEdit()
        self.citation_edit.setObjectName("citation_edit")
        self.citation_edit.setPlaceholderText(self.tr("e.g. A/HRC/14/10/Add.1, para. 12; Official Gazette no. 152"))
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("url_edit")
        self.url_edit.setPlaceholderText(self.tr("https://…"))
        self.url_edit.textChanged.connect(lambda _t: self._clear_message(self.url_message))
        self.url_message: QLabel = _inline_message()

        self.attachment_label = QLabel()
        self.attachment_label.setObjectName("attachment_label")
        self.attachment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_file_button = QPushButton(self.tr("Choose file…"))
        self.choose_file_button.setObjectName("choose_file_button")
        self.choose_file_button.clicked.connect(self.choose_attachment)
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setObjectName("remove_file_button")
        self.remove_file_button.clicked.connect(self.remove_attachment)
        attachment_row = QWidget()
        attachment_layout = QHBoxLayout(attachment_row)
        attachment_layout.setContentsMargins(0, 0, 0, 0)
        attachment_layout.addWidget(self.attachment_label, 1)
        attachment_layout.addWidget(self.choose_file_button)
        attachment_layout.addWidget(self.remove_file_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("&State:"), _field_with_message(self.state_combo, self.state_message))
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Title:"), _field_with_message(self.title_edit, self.title_message))
        form.addRow(self.tr("&Date:"), _field_with_message(date_row, self.date_message))
        form.addRow(self.tr("E&nds (a plan):"), _field_with_message(self.end_edit, self.end_message))
        form.addRow(self.tr("D&ue on:"), _field_with_message(self.due_edit, self.due_message))
        form.addRow(self.tr("&Plan:"), plan_row)
        form.addRow(self.tr("D&escription:"), self.description_edit)
        form.addRow(self.tr("Source &citation:"), self.citation_edit)
        form.addRow(self.tr("Source &address:"), _field_with_message(self.url_edit, self.url_message))
        form.addRow(self.tr("Attached &file:"), attachment_row)
        cast(QLabel, form.labelForField(self.description_edit)).setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("milestone_dialog_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status_label = QLabel()
        self.status_label.setStyleSheet(HINT_STYLE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(bottom)

    # --- filling ---------------------------------------------------------------------------
    def _load_states(self, preset: str | None) -> None:
        try:
            states = list_states(self.database)
        except UprTrackerError as exc:
            self.last_error_box = show_error(self, exc)
            states = []
        self.state_combo.blockSignals(True)
        self.state_combo.clear()
        self._state_names = {state.iso3: state_text(state.iso3, state.name) for state in states}
        for state in states:
            self.state_combo.addItem(fill(self.tr("%1 (%2)", "a State's name (its code)"), self._state_names[state.iso3], state.iso3),
                                     state.iso3)
        completer = QCompleter(QStringListModel([self.state_combo.itemText(i) for i in range(self.state_combo.count())]),
                               self.state_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.state_combo.setCompleter(completer)
        index = self.state_combo.findData(preset.upper()) if preset else -1
        self.state_combo.setCurrentIndex(index)
        if index < 0:
            self.state_combo.setEditText("")
        self.state_combo.blockSignals(False)
        self._load_plans()

    def _fill(self, milestone: MilestoneInfo) -> None:
        self.setWindowTitle(self.tr("Edit milestone"))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(milestone.kind)))
        self.title_edit.setText(milestone.title)
        self.date_edit.setText(milestone.date or "")
        self.end_edit.setText(milestone.ends or "")
        self.due_edit.setText(milestone.due_on.isoformat() if milestone.due_on else "")
        self.description_edit.setPlainText(milestone.description or "")
        self.citation_edit.setText(milestone.source_citation or "")
        self.url_edit.setText(milestone.source_url or "")
        self.item_number_edit.setText(milestone.item_number or "")
        if milestone.plan_id is not None:
            self._select_plan(milestone.plan_id)
        try:
            self._current_attachment = attachment_summary(self.database, milestone.id)
        except UprTrackerError as exc:
            self.last_error_box = show_error(self, exc)
        # A plan that has items stays a plan, and is nobody's item.
        has_items = self._plan_item_count(milestone.id) > 0
        if has_items:
            self.plan_combo.setEnabled(False)
            self.plan_combo.setToolTip(self.tr("A plan with items cannot itself be an item of a plan."))
            self.kind_combo.setEnabled(False)
            self.kind_combo.setToolTip(self.tr("This plan has items, so it stays a plan."))

    def _plan_item_count(self, plan_id: uuid.UUID) -> int:
        try:
            return len(list_milestones(self.database, plan_id=plan_id))
        except UprTrackerError:
            return 0

    def _load_plans(self) -> None:
        """The plans of the chosen State, to make this milestone one of their items."""
        chosen = self.plan_combo.currentData()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        self.plan_combo.addItem(self.tr("Not an item of a plan"), None)
        iso3 = self.state_combo.currentData()
        if iso3:
            try:
                plans = list_milestones(self.database, state=iso3, kind=MilestoneKind.PLAN.value)
            except UprTrackerError as exc:
                self.last_error_box = show_error(self, exc)
                plans = []
            for plan in plans:
                if self.milestone is not None and plan.id == self.milestone.id:
                    continue
                shown = (fill(self.tr("%1 (%2)", "a plan's title (its date)"), plan.title, plan.date_display)
                         if plan.date_display else plan.title)
                self.plan_combo.addItem(shown, plan.id)
        index = find_data(self.plan_combo, chosen) if chosen is not None else 0
        self.plan_combo.setCurrentIndex(max(0, index))
        self.plan_combo.blockSignals(False)
        self._on_plan_changed()

    def _select_plan(self, plan_id: uuid.UUID) -> None:
        index = find_data(self.plan_combo, plan_id)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    # --- reactions --------------------------------------------------------------------------
    def _on_state_changed(self) -> None:
        self._clear_message(self.state_message)
        self._load_plans()
        self._update_heading()

    def _on_kind_changed(self) -> None:
        self._update_heading()

    def _on_plan_changed(self) -> None:
        in_plan = self.plan_combo.currentData() is not None
        self.item_number_edit.setEnabled(in_plan)
        self.item_number_label.setEnabled(in_plan)
        if in_plan and self.kind_combo.currentData() in (MilestoneKind.PLAN.value, MilestoneKind.OTHER.value):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(MilestoneKind.PLAN_ITEM.value))
        self._update_heading()

    def _update_heading(self) -> None:
        iso3 = self.state_combo.currentData()
        state = self._state_names.get(iso3, iso3) if iso3 else ""
        editing = self.milestone is not None
        in_plan = self.plan_combo.currentData() is not None
        if in_plan or self.kind_combo.currentData() == MilestoneKind.PLAN_ITEM.value:
            text = self.tr("Edit plan item") if editing else self.tr("New plan item")
        else:
            text = self.tr("Edit milestone") if editing else self.tr("New milestone")
        self.heading.setText(fill(self.tr("%1 — %2", "what the dialog does — of which State"), text, state)
                             if state else text)

    def _check_date(self, *, final: bool) -> PartialDate | None | bool:
        """The date typed (None if empty), or False when it is not a date; shows why inline."""
        text = self.date_edit.text().strip()
        if not text:
            self.date_preview.setText(self.tr("Undated") if final else "")
            self._clear_message(self.date_message)
            return None
        try:
            when = PartialDate.parse(text, field="date")
        except UprTrackerError as exc:
            self.date_preview.setText("")
            if final or len(text) >= 4 and not text[:4].isdigit() or len(text) > 10:
                self._show_message(self.date_message, str(exc).removeprefix("date: "))
            return False
        self._clear_message(self.date_message)
        if when.precision is DatePrecision.YEAR:
            self.date_preview.setText(fill(self.tr("= %1  (the year only)"), when.display()))
        elif when.precision is DatePrecision.MONTH:
            self.date_preview.setText(fill(self.tr("= %1  (the month only)"), when.display()))
        else:
            self.date_preview.setText(fill(self.tr("= %1"), when.display()))
        return when

    def _due_date(self) -> dt.date | None | bool:
        """The due day typed (None if empty), or False when it is not a day."""
        text = self.due_edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return False

    def _check_end_and_due(self) -> QWidget | None:
        """Shows under the end and due fields what is wrong with them; the first bad field, if any."""
        self._clear_message(self.end_message)
        self._clear_message(self.due_message)
        bad: QWidget | None = None
        text = self.end_edit.text().strip()
        if text:
            try:
                end = PartialDate.parse(text, field="end")
                start = self._check_date(final=True)
                check_period(start if isinstance(start, PartialDate) else None, end)
            except InvalidValueError as exc:
                self._show_message(self.end_message, str(exc).removeprefix("end: "))
                bad = self.end_edit
        if self._due_date() is False:
            self._show_message(self.due_message, self.tr("Write the day as YYYY-MM-DD (or leave it empty)."))
            bad = bad or self.due_edit
        return bad

    def _show_message(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setStyleSheet(ERROR_STYLE)
        label.show()

    @staticmethod
    def _clear_message(label: QLabel) -> None:
        label.clear()
        label.hide()

    def choose_attachment(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file as evidence"), str(last_folder(ATTACHMENT)),
            ";;".join((self.tr("Documents (*.pdf *.docx *.doc *.odt *.txt *.html *.htm *.rtf)"),
                       self.tr("Images (*.png *.jpg *.jpeg)"), self.tr("All files (*)"))),
        )
        if path:
            remember_folder(ATTACHMENT, path)
            self.set_attachment(Path(path))

    def set_attachment(self, path: Path) -> None:
        """Attach this file when saving (what the file chooser does)."""
        self._attachment = path
        self._attachment_changed = True
        self._update_attachment_row()

    def remove_attachment(self) -> None:
        self._attachment = None
        self._attachment_changed = self._current_attachment is not None
        self._update_attachment_row()

    def _update_attachment_row(self) -> None:
        if self._attachment is not None:
            try:
                shown = fill(self.tr("%1 (%2)", "a file's name (its size)"), self._attachment.name,
                             size_text(self._attachment.stat().st_size))
            except OSError:
                shown = self._attachment.name
            self.attachment_label.setText(shown)
            self.attachment_label.setStyleSheet("")
            self.attachment_label.setToolTip(str(self._attachment))
        elif self._current_attachment is not None and not self._attachment_changed:
            name, _media, size = self._current_attachment
            self.attachment_label.setText(fill(self.tr("%1 (%2)", "a file's name (its size)"), name, size_text(size)))
            self.attachment_label.setStyleSheet("")
            self.attachment_label.setToolTip(self.tr("Kept inside the database"))
        else:
            limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
            self.attachment_label.setText(fill(self.tr("No file (a copy is kept inside the database; up to %1 MB)"),
                                               limit))
            self.attachment_label.setStyleSheet(HINT_STYLE)
            self.attachment_label.setToolTip("")
        has_file = self._attachment is not None or (self._current_attachment is not None
                                                    and not self._attachment_changed)
        self.remove_file_button.setVisible(has_file)
        self.choose_file_button.setText(self.tr("Replace…") if has_file else self.tr("Choose file…"))

    # --- result ---------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What was typed, as the keywords of services.milestones.add_milestone (and edit_milestone):
        state, kind, title, date (text as typed, or None), description, source_citation, source_url,
        attachment (a Path, or None), plan_id, item_number. When editing, `attachment` is there only
        if the user chose another file (a Path) or removed the one kept (None)."""
        plan_id = self.plan_combo.currentData()
        values: dict[str, Any] = {
            "state": self.state_combo.currentData() or self.state_combo.currentText().strip(),
            "kind": self.kind_combo.currentData(),
            "title": self.title_edit.text().strip(),
            "date": self.date_edit.text().strip() or None,
            "description": self.description_edit.toPlainText().strip() or None,
            "source_citation": self.citation_edit.text().strip() or None,
            "source_url": self.url_edit.text().strip() or None,
            "attachment": self._attachment,
            "plan_id": plan_id,
            "item_number": (self.item_number_edit.text().strip() or None) if plan_id is not None else None,
            "ends": self.end_edit.text().strip() or None,
            "due_on": self._due_date() or None,
        }
        if self.milestone is not None and not self._attachment_changed:
            del values["attachment"]
        return values

    def validate(self) -> bool:
        """Check the fields, showing each problem under its field; True if all are good."""
        first_bad: QWidget | None = None
        if not self.state_combo.currentData():
            self._show_message(self.state_message, self.tr("Choose the State from the list."))
            first_bad = first_bad or self.state_combo
        if not self.title_edit.text().strip():
            self._show_message(self.title_message, self.tr("A milestone needs a title."))
            first_bad = first_bad or self.title_edit
        if self._check_date(final=True) is False:
            first_bad = first_bad or self.date_edit
        first_bad = first_bad or self._check_end_and_due()
        url = self.url_edit.text().strip()
        if url:
            parsed = QUrl(url, QUrl.ParsingMode.StrictMode)
            if not parsed.isValid() or parsed.scheme().lower() not in URL_SCHEMES or not (parsed.host() or parsed.path()):
                self._show_message(self.url_message,
                                   self.tr("Write the full address, starting with https:// (or leave it empty)."))
                first_bad = first_bad or self.url_edit
        if first_bad is not None:
            first_bad.setFocus()
            return False
        return True

    def accept(self) -> None:
        """Validate, then save off the GUI thread; the dialog closes when the save succeeded."""
        if self._saving or not self.validate():
            return
        values = self.values()
        database, existing = self.database, self.milestone

        def work(_task: Task) -> uuid.UUID:
            if existing is None:
                return add_milestone(database, values.pop("state"), values.pop("kind"), values.pop("title"), **values)
            # From the version shown: someone else's change meanwhile is said, not overwritten.
            return edit_milestone(database, existing.id, **values, expected_version=existing.version).id

        self._set_saving(True)
        self.tasks.run(work, writes=True, on_success=self._on_saved, on_failure=self._on_save_failed,
                       label=self.tr("Saving the milestone…"), progress_parent=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.buttons.setEnabled(not saving)
        self.status_label.setText(self.tr("Saving…") if saving else "")

    def _on_saved(self, milestone_id: uuid.UUID) -> None:
        self._set_saving(False)
        self.saved_milestone_id = milestone_id
        self.saved.emit(milestone_id)
        super().accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self.last_error_box = show_error(self, exc)

    def reject(self) -> None:
        if not self._saving:
            super().reject()
