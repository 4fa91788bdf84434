"""The suggestions of one recommendation, in its panel: each pending suggestion (an action category,
a UPR Info issue, an SDG) as a chip set apart from the values a person or a document gave (italic,
dashed border, its confidence as a percent), with one-click Accept (✓) and Reject (✗).

Decisions are writes through the services, run on the window's serialised write queue; a failure
is handed on to be shown. An action category is only suggested while the recommendation has none."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget
from shiboken6 import isValid

from upr_tracker.domain.reference import shipped_terms
from upr_tracker.gui.flow_layout import flow_box
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import action_category_label, term_label, term_shown
from upr_tracker.services.suggestions import (
    ACTION_CATEGORY,
    SDG,
    THEME,
    SuggestionRow,
    accept_suggestion,
    pending_suggestions,
    reject_suggestion,
)
from upr_tracker.storage.database import Database

log = logging.getLogger(__name__)

# The look that tells a suggestion from a value: dashed, italic, pale.
CHIP_STYLE = ("QFrame#suggestion_chip { border: 1px dashed #7a8ca0; border-radius: 9px; background: #f3f7fb; }"
              " QFrame#suggestion_chip QLabel { font-style: italic; color: #34495e; }"
              " QFrame#suggestion_chip QToolButton { border: none; padding: 0 3px; font-weight: bold; }")


def suggestion_kind_text(kind: str) -> str:
    if kind == ACTION_CATEGORY:
        return translate("Suggestions", "Action category")
    if kind == THEME:
        return translate("Suggestions", "UPR Info issue")
    if kind == SDG:
        return translate("Suggestions", "SDG")
    return kind


def _sdg_name(code: str) -> str | None:
    return next((t.name for t in shipped_terms() if t.vocabulary == "sdgs" and t.code == code), None)


def suggestion_value_text(kind: str, value: str) -> str:
    """The suggested value in the window's language: "4 — General action", an issue's name, "16 Peace…"."""
    if kind == ACTION_CATEGORY:
        try:
            return fill(translate("Suggestions", "%1 — %2"), value, action_category_label(int(value)))
        except (ValueError, KeyError):
            return value
    if kind == THEME:
        return term_label("themes", value)
    if kind == SDG:
        name = _sdg_name(value)
        return term_shown("sdgs", name, value) if name else fill(translate("Suggestions", "SDG %1"), value)
    return value


def confidence_text(confidence: float) -> str:
    """"81%", written as the language writes a percent."""
    return fill(translate("Suggestions", "%1%"), QLocale().toString(round(confidence * 100)))


class SuggestionChip(QFrame):
    """One suggestion: its value and confidence, ✓ to accept, ✗ to reject."""

    def __init__(self, suggestion: SuggestionRow, decide: Callable[[SuggestionRow, bool], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion_chip")
        self.suggestion = suggestion
        value = suggestion_value_text(suggestion.kind, suggestion.value)
        self.text = fill(self.tr("%1 · %2"), value, confidence_text(suggestion.confidence))
        label = QLabel(self.text)
        label.setTextFormat(Qt.TextFormat.PlainText)   # names come from vocabularies users edit
        kind = suggestion_kind_text(suggestion.kind)
        label.setToolTip(fill(self.tr("Suggested %1, confidence %2: not a value yet until a person accepts it"),
                              kind, confidence_text(suggestion.confidence)))
        self.accept_button = QToolButton()
        self.accept_button.setObjectName("accept_suggestion")
        self.accept_button.setText("✓")
        self.accept_button.setStyleSheet("color: #1e7d32;")
        self.accept_button.setToolTip(fill(self.tr("Accept: %1 becomes the recommendation's %2"), value, kind))
        self.accept_button.setAccessibleName(fill(self.tr("Accept the suggestion %1"), value))
        self.accept_button.clicked.connect(lambda: decide(suggestion, True))
        self.reject_button = QToolButton()
        self.reject_button.setObjectName("reject_suggestion")
        self.reject_button.setText("✗")
        self.reject_button.setStyleSheet("color: #b03a2e;")
        self.reject_button.setToolTip(fill(self.tr("Reject: %1 will not be suggested again for this recommendation"),
                                           value))
        self.reject_button.setAccessibleName(fill(self.tr("Reject the suggestion %1"), value))
        self.reject_button.clicked.connect(lambda: decide(suggestion, False))
        layout = QHBoxLayout(self)
        # More room on the text's side, whichever side the language puts it on.
        text_side, buttons_side = 8, 2
        if self.isLeftToRight():
            layout.setContentsMargins(text_side, 1, buttons_side, 1)
        else:
            layout.setContentsMargins(buttons_side, 1, text_side, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.accept_button)
        layout.addWidget(self.reject_button)
        self.setAccessibleName(self.text)

    def set_busy(self, busy: bool) -> None:
        self.accept_button.setEnabled(not busy)
        self.reject_button.setEnabled(not busy)


class SuggestionChips(QWidget):
    """`changed(id)` after a suggestion of the recommendation was accepted or rejected; `failed(error)`
    when that could not be done."""

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, database: Callable[[], Database], tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestion_chips")
        self.setStyleSheet(CHIP_STYLE)
        self.database = database
        self.tasks = tasks
        self.recommendation_id: uuid.UUID | None = None
        self.chips: list[SuggestionChip] = []
        self._generation = 0
        self.caption = QLabel(self.tr("<b>Suggested:</b>"))
        self.caption.setToolTip(self.tr("Suggested by the app from the text, for a person to accept (✓) or "
                                        "reject (✗); a value set by a person or a document is never replaced"))
        self.box, self.flow = flow_box()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.box, 1)
        self.hide()

    def show_for(self, recommendation_id: uuid.UUID | None, *, has_action_category: bool = False) -> None:
        """Read the recommendation's pending suggestions (in the background) and show them."""
        self._generation += 1
        generation = self._generation
        self.recommendation_id = recommendation_id
        if recommendation_id is None:
            self._show(generation, [])
            return
        database = self.database()

        def shown(rows: list[SuggestionRow]) -> None:
            # A person's category stands: a suggestion for it is not offered beside it.
            self._show(generation, [r for r in rows if not (r.kind == ACTION_CATEGORY and has_action_category)])

        self.tasks.run(lambda _task: pending_suggestions(database, recommendation_id), on_success=shown,
                       on_failure=lambda _exc: self._show(generation, []))

    def _show(self, generation: int, rows: list[SuggestionRow]) -> None:
        # (a read that ends after the panel was closed has nothing left to show on)
        if not isValid(self) or generation != self._generation:
            return
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = [SuggestionChip(row, self.decide) for row in rows]
        for chip in self.chips:
            self.flow.addWidget(chip)
        self.setVisible(bool(self.chips))
        self.box.updateGeometry()

    def decide(self, suggestion: SuggestionRow, accept: bool) -> None:
        """Accept or reject one suggestion, on the write queue; then the panel and the table refresh."""
        for chip in self.chips:
            if chip.suggestion.id == suggestion.id:
                chip.set_busy(True)
        database = self.database()
        recommendation_id = suggestion.recommendation_id
        work = accept_suggestion if accept else reject_suggestion

        def failed(exc: BaseException) -> None:
            if isValid(self):
                self.failed.emit(exc)
                self.changed.emit(recommendation_id)  # shown again as it now stands
            else:
                log.error("a suggestion could not be decided after its panel closed", exc_info=exc)

        def done(_result: object) -> None:
            if isValid(self):
                self.changed.emit(recommendation_id)

        self.tasks.run(lambda _task: work(database, suggestion.id), writes=True,
                       label=self.tr("Accepting the suggestion…") if accept else self.tr("Rejecting the suggestion…"),
                       on_success=done, on_failure=failed)
