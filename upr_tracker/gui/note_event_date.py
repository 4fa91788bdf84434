"""A note's event date in the window: the optional field of the note editor, and the heading of a
note in the panel's list ("Aigerim, event 12 March 2011, written 2026-12-06 14:30")."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from upr_tracker.domain.event_dates import display_day
from upr_tracker.gui.display import local_time_text
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.values import NoteInfo


class EventDateField(QWidget):
    """"Event on [date]": unticked, the note has no event date (a date field alone cannot be empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_event_date")
        self.given = QCheckBox(self.tr("Event on"))
        self.given.setToolTip(self.tr("The day of what the note records (a meeting, a testimony), if it is not today"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setEnabled(False)
        self.given.toggled.connect(self.day.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.day)

    def value(self) -> dt.date | None:
        return cast(dt.date, self.day.date().toPython()) if self.given.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.given.setChecked(day is not None)
        self.day.setDate(QDate(day) if day is not None else QDate.currentDate())  # type: ignore[call-overload]


def note_heading(note: NoteInfo) -> str:
    written = local_time_text(note.written_at)
    if note.event_on:
        when = fill(translate("NoteHeading", "event %1, written %2"), display_day(note.event_on), written)
    else:
        when = written
    if note.kept_on_laptop:
        flag = "  " + translate("NoteHeading", "[confidential, kept on this laptop]")
    else:
        flag = "  " + translate("NoteHeading", "[confidential]") if note.confidential else ""
    tags = "  [" + ", ".join(note.tags) + "]" if note.tags else ""
    return fill(translate("NoteHeading", "%1, %2%3%4"), note.author, when, flag, tags)
