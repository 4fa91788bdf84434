"""The recommendations screen asks Qt for its texts under the contexts its catalogue holds: a
French catalogue made here, installed before the widgets are built, changes what they show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QTableView

from upr_tracker.domain.implementation import BANDING_RULE, ImplementationLevel, combine
from upr_tracker.gui.assessments_page import AssessmentsPage
from upr_tracker.gui.filter_bar import FilterBar
from upr_tracker.gui.recommendation_table_model import RecommendationTableModel
from upr_tracker.gui.search_highlight import HighlightDelegate
from upr_tracker.gui.window_table_query import TableCounts, WindowTableQuery
from tests.small_catalogue import compiled_catalogue, installed_catalogue, ts_text

# (context, source, French): plain messages, or plural ones with their French forms (0-1, 2+).
FRENCH: list[tuple[str, str, str | list[str]]] = [
    ("FilterBar", "Clear filters", "Effacer les filtres"),
    ("FilterBar", "Has notes", "Avec notes"),
    ("RecommendationTableModel", "Recommendation", "Recommandation"),
    ("WindowTableQuery", "Nothing to show here yet.", "Rien à afficher pour l'instant."),
    ("TableCounts", "%n supported", ["%n appuyée", "%n appuyées"]),
    ("AssessmentsPage", "%1: mean %2 of 1 from %n source(s) (%3)",
     ["%1 : moyenne de %2 sur 1 pour %n source (%3)", "%1 : moyenne de %2 sur 1 pour %n sources (%3)"]),
]


@pytest.fixture
def french(qapp, tmp_path: Path) -> Iterator[QTranslator]:
    with installed_catalogue(compiled_catalogue(ts_text(FRENCH), tmp_path)) as translator:
        yield translator


def test_the_filters_speak_french_when_built_after_the_catalogue(qtbot, french: QTranslator) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.clear_button.text() == "Effacer les filtres"
    assert bar.has_notes.text() == "Avec notes"
    assert bar.needs_review.text() == "Needs review"  # not in this catalogue: the English source


def test_the_table_headers_speak_french(french: QTranslator) -> None:
    model = RecommendationTableModel(lambda ids: [])
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Recommandation"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "State"


def test_a_part_of_the_window_finds_its_texts_under_its_own_context(qtbot, french: QTranslator) -> None:
    """The table query is a part of MainWindow: Qt looks its texts up under the part's class too;
    its counts' plurals under their own class."""

    class Window(WindowTableQuery, QObject):
        pass

    assert Window().tr("Nothing to show here yet.") == "Rien à afficher pour l'instant."
    assert TableCounts().count_of("supported", 1) == "1 appuyée"
    assert TableCounts().count_of("supported", 20) == "20 appuyées"


def test_the_combined_level_says_its_sources_in_french(qtbot, french: QTranslator) -> None:
    page = AssessmentsPage(lambda: None, QUndoStack(), lambda _id: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(page)
    combined = combine([ImplementationLevel.FULLY_IMPLEMENTED, ImplementationLevel.FULLY_IMPLEMENTED])
    assert combined is not None
    assert page.combined_description(combined) == f"Fully implemented : moyenne de 1 sur 1 pour 2 sources ({BANDING_RULE})"


def test_without_a_catalogue_the_english_reads_as_before(qtbot) -> None:
    """No catalogue installed: the texts are the source's, counts in English singular and plural."""
    page = AssessmentsPage(lambda: None, QUndoStack(), lambda _id: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(page)
    for levels in ([ImplementationLevel.FULLY_IMPLEMENTED],
                   [ImplementationLevel.PARTIALLY_IMPLEMENTED, ImplementationLevel.FULLY_IMPLEMENTED],
                   [ImplementationLevel.NOT_IMPLEMENTED] * 3):
        combined = combine(levels)
        assert combined is not None
        assert page.combined_description(combined) == combined.describe()

    assert TableCounts().count_of("noted", 1) == "1 noted"
    assert TableCounts().recommendations(1) == "1 recommendation"
    assert TableCounts().recommendations(31) == "31 recommendations"


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_searched_words_are_marked_where_the_text_stands(qtbot, direction: Qt.LayoutDirection) -> None:
    """A right-to-left window starts a cell's text at the right: the marked word is there."""
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("torture"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setModel(model)
    delegate = HighlightDelegate(view)
    delegate.set_query("torture")
    view.setItemDelegateForColumn(0, delegate)
    view.horizontalHeader().resizeSection(0, 400)
    view.resize(460, 120)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    cell = view.visualRect(model.index(0, 0))
    y = cell.center().y()
    marked = [x for x in range(cell.left(), cell.right()) if image.pixelColor(x, y).name() == "#ffe58a"]
    assert marked, "the searched word is marked"
    middle = cell.center().x()
    if direction == Qt.LayoutDirection.RightToLeft:
        assert min(marked) > middle
    else:
        assert max(marked) < middle
