"""A note's event date in the window: the optional field of the note editor, and the heading of a
note in the panel's list ("Aigerim, event 12 March 2011, written 2026-12-06 14:30")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from upr_tracker.domain.event_dates import display_day
from upr_tracker.services.values import NoteInfo


class EventDateField(QWidget):
    """"Event on [date]": unticked, the note has no event date (a date field alone cannot be empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_event_date")
        self.given = QCheckBox("Event on")
        self.given.setToolTip("The day of what the note records (a meeting, a testimony), if it is not today")
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
        return self.day.date().toPython() if self.given.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        self.given.setChecked(day is not None)
        self.day.setDate(QDate(day) if day is not None else QDate.currentDate())


def note_heading(note: NoteInfo) -> str:
    written = f"{note.written_at.astimezone():%Y-%m-%d %H:%M}"
    when = f"event {display_day(note.event_on)}, written {written}" if note.event_on else written
    flag = "  [confidential, kept on this laptop]" if note.kept_on_laptop else (
        "  [confidential]" if note.confidential else "")
    tags = f"  [{', '.join(note.tags)}]" if note.tags else ""
    return f"{note.author}, {when}{flag}{tags}"
