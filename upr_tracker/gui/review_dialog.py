"""Edit ▸ New review…: the review of a State in a cycle, entered by hand (its session and, when known,
the day of the Working Group review). What the service refuses (a review the State already has that
cycle, a session of another cycle) is said in the dialog, which stays open to be corrected."""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from upr_tracker.errors import UprTrackerError
from upr_tracker.i18n.catalogs import fill
from upr_tracker.services.reviews import CYCLES_BY_HAND, add_review
from upr_tracker.services.values import ReviewSummary, StateInfo
from upr_tracker.storage.database import Database

NEXT_CYCLE = 4  # offered first: the cycle running now


def state_chooser(states: list[StateInfo]) -> QComboBox:
    """A list of the States, in which typing a few letters of a name finds it."""
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for state in states:
        box.addItem(f"{state.name} ({state.iso3})", state.iso3)
    completer = box.completer()
    assert completer is not None, "an editable combo box has a completer"
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCurrentIndex(-1)
    return box


def chosen_state(box: QComboBox) -> str | None:
    """The ISO code of the State chosen, or typed as its name or code; None when what is typed
    names no State of the list."""
    written = box.currentText().strip()
    index = box.findText(written, Qt.MatchFlag.MatchFixedString)
    if index >= 0:
        return box.itemData(index)
    for row in range(box.count()):
        code = box.itemData(row)
        if written.casefold() in (code.casefold(), box.itemText(row).removesuffix(f" ({code})").casefold()):
            return code
    return None


class ReviewDialog(QDialog):
    def __init__(self, database: Database, states: list[StateInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("New review"))
        self.database = database
        self.created: ReviewSummary | None = None
        self.state = state_chooser(states)
        self.state.setObjectName("review_state")
        self.cycle = QSpinBox()
        self.cycle.setObjectName("review_cycle")
        self.cycle.setRange(CYCLES_BY_HAND[0], CYCLES_BY_HAND[-1])
        self.cycle.setValue(NEXT_CYCLE)
        self.session = QSpinBox()
        self.session.setObjectName("review_session")
        self.session.setRange(0, 999)
        self.session.setSpecialValueText("—")   # 0: not given yet, refused on OK with the reason
        self.date_known = QCheckBox(self.tr("Known:"))
        self.date_known.setObjectName("review_date_known")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("review_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setEnabled(False)
        self.date_known.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_known)
        date_row.addWidget(self.date, 1)
        self.message = QLabel()
        self.message.setObjectName("review_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("State under review"), self.state)
        form.addRow(self.tr("Cycle"), self.cycle)
        form.addRow(self.tr("Working Group session"), self.session)
        form.addRow(self.tr("Day of the review"), date_row)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.resize(460, self.sizeHint().height())

    def create(self) -> None:  # type: ignore[override]  # (the dialog's action, not QWidget.create)
        state = chosen_state(self.state)
        if state is None:
            written = self.state.currentText().strip()
            self.message.setText(fill(self.tr("State: “%1” is not in the list; choose one."), written) if written
                                 else self.tr("State: choose the State under review."))
            return
        try:
            self.created = add_review(self.database, state, self.cycle.value(), self.session.value() or None,
                                      cast(dt.date, self.date.date().toPython()) if self.date_known.isChecked()
                                      else None)
        except (UprTrackerError, OSError) as exc:
            self.message.setText(str(exc)[:1].upper() + str(exc)[1:])
            return
        self.accept()
