"""The import dialog's panel for a table of no known format: which column holds which field, and
the mappings saved by name to use again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.import_dialog_widgets import plain_label
from upr_tracker.gui.import_entries import (
    FIELD_GUESSES,
    FIELD_TITLES,
    NOT_MAPPED,
    words,
)
from upr_tracker.i18n.catalogs import fill
from upr_tracker.parsing.datasets import MAPPABLE_FIELDS, column_key


def guessed_mapping(columns: Sequence[str]) -> dict[str, str]:
    """The mapping preselected for a table: each field to the column whose name it usually has."""
    by_key = {column_key(c): c for c in columns}
    mapping: dict[str, str] = {}
    for name in MAPPABLE_FIELDS:
        for guess in (name, *FIELD_GUESSES.get(name, ())):
            column = by_key.get(column_key(guess))
            if column is not None and column not in mapping.values():
                mapping[name] = column
                break
    return mapping


class ColumnMappingPanel(QGroupBox):
    """Emits `apply_requested` when the user asks to preview with the mapping shown, and
    `save_requested` with a name when the user asks to save it."""

    apply_requested = Signal()
    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns of this table"))
        self.setObjectName("mapping_panel")
        self.mappings: dict[str, dict[str, str]] = {}
        self._updating = False
        explanation = plain_label(self.tr("This table is not a UPR Info or UHRI export. Say which column holds what: "
                                          "the recommendation's text is required, the rest is imported when given."))
        explanation.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        half = (len(MAPPABLE_FIELDS) + 1) // 2
        for i, name in enumerate(MAPPABLE_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{name}")
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._on_edited)
            self.combos[name] = combo
            title = words(FIELD_TITLES[name]) if name in FIELD_TITLES else name.replace("_", " ").capitalize()
            # The required field is starred.
            label = fill(self.tr("%1 *:") if name == "text" else self.tr("%1:"), title)
            row, column = (i, 0) if i < half else (i - half, 2)
            grid.addWidget(QLabel(label), row, column, alignment=Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("saved_mapping_combo")
        self.saved_combo.activated.connect(self._on_saved_chosen)
        self.save_button = QPushButton(self.tr("Save mapping as…"))
        self.save_button.setObjectName("save_mapping_button")
        self.save_button.clicked.connect(self._ask_name)
        self.apply_button = QPushButton(self.tr("Preview with these columns"))
        self.apply_button.setObjectName("apply_mapping_button")
        self.apply_button.clicked.connect(self.apply_requested)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Saved mappings:")))
        actions.addWidget(self.saved_combo, 1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.apply_button)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(explanation)
        inner_layout.addLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        scroll.setMinimumHeight(min(inner.sizeHint().height() + 4, 320))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(actions)

    def current_mapping(self) -> dict[str, str]:
        """The mapping the panel shows: field -> column, for the fields given a column."""
        mapping = {}
        for name, combo in self.combos.items():
            column = combo.currentData()
            if column:
                mapping[name] = column
        return mapping

    def show_columns(self, columns: Sequence[str], mapping: dict[str, str]) -> None:
        """Offer a table's columns in every field's choice, with `mapping` selected."""
        self._updating = True
        try:
            for combo in self.combos.values():
                combo.clear()
                combo.addItem(words(NOT_MAPPED), None)
                for column in columns:
                    combo.addItem(column, column)
        finally:
            self._updating = False
        self.set_mapping(mapping)

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Show a mapping in the panel (columns the file lacks are left unmapped)."""
        self._updating = True
        try:
            for name, combo in self.combos.items():
                index = combo.findData(mapping.get(name)) if mapping.get(name) else 0
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._updating = False
        self._on_edited()

    def set_saved(self, mappings: dict[str, dict[str, str]], current: str | None = None) -> None:
        """The saved mappings to choose from, with `current` selected."""
        self.mappings = mappings
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("Choose a saved mapping…") if mappings else self.tr("None saved yet"), None)
        for name in sorted(mappings, key=str.casefold):
            self.saved_combo.addItem(name, name)
        if current is not None:
            self.saved_combo.setCurrentIndex(max(self.saved_combo.findData(current), 0))

    def _on_edited(self) -> None:
        if self._updating:
            return
        has_text = bool(self.combos["text"].currentData())
        self.apply_button.setEnabled(has_text)
        self.save_button.setEnabled(has_text)

    def _on_saved_chosen(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if name and name in self.mappings:
            self.set_mapping(self.mappings[name])

    def _ask_name(self) -> None:
        name, accepted = QInputDialog.getText(self, self.tr("Save the column mapping"),
                                              self.tr("Name of the mapping (to use it again for tables like this "
                                                      "one):"))
        if accepted and name.strip():
            self.save_requested.emit(name.strip())
