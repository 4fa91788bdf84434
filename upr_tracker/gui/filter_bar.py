"""The filters above the table: they combine, and each change re-runs the query in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.domain.action_categories import ACTION_CATEGORIES
from upr_tracker.domain.implementation import ImplementationLevel
from upr_tracker.domain.positions import Position
from upr_tracker.domain.reference import REGIONAL_GROUPS
from upr_tracker.gui.breaking_row import BreakingRow
from upr_tracker.gui.display import vocabulary_heading_text
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.display import (
    action_category_label,
    level_label,
    position_label,
    term_label,
)


def _any() -> str:
    return translate("FilterBar", "Any")


def _group_name(group: str) -> str:
    """The regional groups' names; those known by their acronyms (EEG, GRULAC, WEOG) stay so."""
    names = {"Africa": translate("FilterBar", "Africa"), "Asia-Pacific": translate("FilterBar", "Asia-Pacific")}
    return names.get(group, group)


def _combo(name: str, choices: list[tuple[str, Any]], tooltip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tooltip)
    combo.addItem(_any(), None)
    for text, value in choices:
        combo.addItem(text, value)
    return combo


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = _combo("filter_position", [(position_label(p), p.value) for p in Position]
                               + [(self.tr("No position"), "none")], self.tr("The State's current position"))
        self.level = _combo("filter_level", [(level_label(lvl), lvl.value) for lvl in ImplementationLevel]
                            + [(self.tr("Not assessed"), "none")], self.tr("Combined implementation level"))
        self.cycle = _combo("filter_cycle", [(fill(self.tr("Cycle %1"), n), n) for n in (1, 2, 3, 4)],
                            self.tr("UPR cycle"))
        self.theme = _combo("filter_theme", [], self.tr("A term of any vocabulary: UPR Info issues, OHCHR themes, "
                                                        "SDGs, affected persons"))
        self.sdg = _combo("filter_sdg", [], self.tr("Sustainable Development Goal"))
        self.recommending_state = _combo("filter_recommending_state", [],
                                         self.tr("A State that made the recommendation"))
        self.group = _combo("filter_group", [(_group_name(g), g) for g in REGIONAL_GROUPS],
                            self.tr("Regional group of a recommending State"))
        self.category = _combo("filter_category",
                               [(fill(self.tr("%1 %2"), n, action_category_label(n)), n) for n in ACTION_CATEGORIES],
                               self.tr("UPR Info action category"))
        self.recommended_again = _combo(
            "filter_recommended_again", [(self.tr("Confirmed link"), "confirmed"),
                                         (self.tr("Suggested, to decide"), "suggested"),
                                         (self.tr("Not linked"), "none")],
            self.tr("Recommended again: linked to the same recommendation in another cycle"))
        self.needs_review = QCheckBox(self.tr("Needs review"))
        self.needs_review.setObjectName("filter_needs_review")
        self.implemented = QCheckBox(self.tr("Considered implemented"))
        self.has_milestones = QCheckBox(self.tr("Has milestones"))
        self.has_notes = QCheckBox(self.tr("Has notes"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clear_filters")
        # Two rows of four filters, then the check boxes in two rows at their right; where the window
        # is too narrow for both (a longer language), the check boxes go under the filters.
        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(2)
        rows = (((self.tr("&Position"), self.position), (self.tr("&Implementation"), self.level),
                 (self.tr("C&ycle"), self.cycle), (self.tr("T&heme"), self.theme)),
                ((self.tr("SD&G"), self.sdg), (self.tr("Recommended &by"), self.recommending_state),
                 (self.tr("Gro&up"), self.group), (self.tr("&Action"), self.category)))
        for row, pairs in enumerate(rows):
            for column, (label, combo) in enumerate(pairs):
                caption = QLabel(label)
                caption.setBuddy(combo)
                combo.setMinimumContentsLength(8)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                filters.addWidget(caption, row, column * 2)
                filters.addWidget(combo, row, column * 2 + 1)
                combo.currentIndexChanged.connect(self.changed)
        checks = QVBoxLayout()
        checks.setSpacing(2)
        for widgets in ((self.needs_review, self.implemented, self.clear_button),
                        (self.has_milestones, self.has_notes, self.recommended_again)):
            boxes = QHBoxLayout()
            for widget in widgets:
                if widget is self.recommended_again:
                    caption = QLabel(self.tr("Agai&n"))
                    caption.setToolTip(widget.toolTip())
                    caption.setBuddy(widget)
                    boxes.addWidget(caption)
                    widget.setMinimumContentsLength(8)
                    widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                    widget.currentIndexChanged.connect(self.changed)
                boxes.addWidget(widget)
                if isinstance(widget, QCheckBox):
                    widget.toggled.connect(self.changed)
            boxes.addStretch(1)
            checks.addLayout(boxes)
        self.rows = BreakingRow(filters, checks, stretch=1)
        self.rows.grid.setHorizontalSpacing(6)
        self.rows.grid.setVerticalSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.rows)
        self.clear_button.clicked.connect(self.clear)
        # As tall as its two rows, never more: with no results the message below takes the space.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_choices(self, themes: list[tuple[str, str, str]], sdgs: list[tuple[str, str]], states: list[str]) -> None:
        """The terms of every vocabulary as (vocabulary, shown, filter value), SDGs (code, name) and
        States of this database, keeping what is chosen. The terms come under a heading per vocabulary."""
        for combo, choices in ((self.sdg, [(fill(self.tr("%1 %2"), code, term_label("sdgs", name)), code)
                                           for code, name in sdgs]),
                               (self.recommending_state, [(s, s) for s in states])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(_any(), None)
            for text, value in choices:
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._set_theme_choices(themes)

    def _set_theme_choices(self, themes: list[tuple[str, str, str]]) -> None:
        combo = self.theme
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_any(), None)
        heading = None
        model = combo.model()
        for vocabulary, shown, value in themes:
            if vocabulary != heading:
                heading = vocabulary
                combo.insertSeparator(combo.count())
                combo.addItem(vocabulary_heading_text(vocabulary))
                model.item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
            shown = term_label(vocabulary, shown)
            combo.addItem(f"  {shown}", value)
            combo.setItemData(combo.count() - 1, fill(self.tr("%1: %2"), vocabulary_heading_text(vocabulary), shown),
                              Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def values(self) -> dict[str, Any]:
        """The RecommendationFilter fields the bar sets."""
        return {
            "position": self.position.currentData(),
            "implementation_level": self.level.currentData(),
            "cycle": self.cycle.currentData(),
            "theme": self.theme.currentData(),
            "sdg": self.sdg.currentData(),
            "recommending_state": self.recommending_state.currentData(),
            "regional_group": self.group.currentData(),
            "action_category": self.category.currentData(),
            "recommended_again": self.recommended_again.currentData(),
            "needs_review": True if self.needs_review.isChecked() else None,
            "considered_implemented": True if self.implemented.isChecked() else None,
            "has_milestones": True if self.has_milestones.isChecked() else None,
            "has_notes": True if self.has_notes.isChecked() else None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.blockSignals(True)
        for key, combo in (("position", self.position), ("implementation_level", self.level), ("cycle", self.cycle),
                           ("theme", self.theme), ("sdg", self.sdg), ("recommending_state", self.recommending_state),
                           ("regional_group", self.group), ("action_category", self.category),
                           ("recommended_again", self.recommended_again)):
            index = combo.findData(values.get(key)) if values.get(key) is not None else 0
            combo.setCurrentIndex(max(index, 0))
        for key, box in (("needs_review", self.needs_review), ("considered_implemented", self.implemented),
                         ("has_milestones", self.has_milestones), ("has_notes", self.has_notes)):
            box.setChecked(bool(values.get(key)))
        self.blockSignals(False)
        self.changed.emit()

    def clear(self) -> None:
        self.set_values({})

    def active_count(self) -> int:
        return sum(1 for value in self.values().values() if value is not None)
