"""The dates of a review: adoption at the Council, mid-term report, next review. Those derived from
the calendar of sessions are said to be estimates; a date typed replaces the estimate."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import Any

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.review_calendar import ADOPTED, MID_TERM, NEXT_REVIEW
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.review_dates import (
    ReviewDates,
    parse_day,
    review_dates,
    set_review_dates,
)
from upr_tracker.storage.database import Database

FIELDS = ((ADOPTED, QT_TRANSLATE_NOOP("ReviewDatesDialog", "&Adoption at the Council:")),
          (MID_TERM, QT_TRANSLATE_NOOP("ReviewDatesDialog", "&Mid-term report:")),
          (NEXT_REVIEW, QT_TRANSLATE_NOOP("ReviewDatesDialog", "&Next review:")))
ESTIMATED = QT_TRANSLATE_NOOP("ReviewDatesDialog", "estimated from the calendar of sessions")


class ReviewDatesDialog(QDialog):
    saved = Signal(object)   # ReviewDates

    def __init__(self, database: Database, tasks: TaskRunner, review_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_dates_dialog")
        self.database, self.tasks, self.review_id = database, tasks, review_id
        self.dates: ReviewDates = review_dates(database, review_id)   # one small row: read at once
        self.edits: dict[str, QLineEdit] = {}
        self.hints: dict[str, QLabel] = {}
        self.setWindowTitle(fill(self.tr("Dates of the review — %1"), self.dates.title))
        form = QFormLayout()
        form.addRow(QLabel(self._heading()))
        for name, label in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"{name}_edit")
            edit.setPlaceholderText(self.tr("YYYY-MM-DD", "how a date is typed: year, month, day"))
            value = getattr(self.dates, name)
            edit.setText(value.isoformat() if value else "")
            hint = QLabel(self.tr(ESTIMATED) if name in self.dates.estimated else "")
            hint.setStyleSheet("color: #80868b")
            edit.textEdited.connect(lambda _t, h=hint: h.setText(""))
            self.edits[name], self.hints[name] = edit, hint
            form.addRow(self.tr(label), edit)
            form.addRow("", hint)
        notes = QLabel("\n".join(fill(self.tr("Note: %1"), n) for n in self.dates.notes))
        notes.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("dates_message")
        self.message.setStyleSheet("color: #c5221f")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(notes)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _heading(self) -> str:
        """The review's title, its session and the day it was held (in the window's language)."""
        title, session, day = html.escape(self.dates.title), self.dates.session, self.dates.review_date
        # The day as the language writes it; the format is translatable ("yyyy年M月d日").
        held = QLocale().toString(QDate(day.year, day.month, day.day),
                                  self.tr("d MMMM yyyy", "the format of a date in a sentence")) if day else ""
        if session and day:
            return fill(self.tr("<b>%1</b>, Working Group session %2, held %3"), title, session, held)
        if session:
            return fill(self.tr("<b>%1</b>, Working Group session %2"), title, session)
        if day:
            return fill(self.tr("<b>%1</b>, held %2"), title, held)
        return f"<b>{title}</b>"

    def changed_values(self) -> dict[str, dt.date | None]:
        """The dates typed that differ from those stored (raises for a date that is not one)."""
        values: dict[str, Any] = {}
        for name, label in FIELDS:
            day = parse_day(self.edits[name].text(), self.tr(label).replace("&", "").rstrip(":"))
            if day != getattr(self.dates, name) or (self.hints[name].text() == "" and name in self.dates.estimated):
                values[name] = day
        return values

    def accept(self) -> None:
        try:
            values = self.changed_values()
        except UprTrackerError as exc:
            self.message.setText(str(exc))
            return
        if not values:
            super().accept()
            return
        database, review_id = self.database, self.review_id

        def work(_task: Task) -> ReviewDates:
            return set_review_dates(database, review_id, **values)

        self.buttons.setEnabled(False)
        self.tasks.run(work, writes=True, on_success=self._on_saved, on_failure=self._on_failed,
                       label=self.tr("Saving the dates…"), progress_parent=self)

    def _on_saved(self, dates: ReviewDates) -> None:
        self.dates = dates
        self.saved.emit(dates)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, UprTrackerError):
            self.message.setText(str(exc))
        else:
            self.last_error_box = error_box(self, exc)
