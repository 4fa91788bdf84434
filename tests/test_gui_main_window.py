"""The main window, driven as a user would (offscreen), on a fresh database per test."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from upr_tracker.errors import InvalidValueError
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.recommendation_table_model import RecommendationIdRole
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def filled(db: Database) -> Database:
    kazakhstan = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, 31):
        rec = recommendations.add_recommendation(
            db, kazakhstan, f"Recommendation {number} on the death penalty", label=f"97.{number}",
            recommending_states=["France"] if number % 2 else ["Mexico", "Brazil"], themes=["Death penalty"])
        responses.record_response(db, [rec], "accepted" if number % 3 else "noted", responded_on=dt.date(2010, 6, 1))
    france = reviews.create_review(db, "France", 1, 4)
    recommendations.add_recommendation(db, france, "Fight <script>alert('x')</script> racial discrimination",
                                       label="60.1", recommending_states=["Algeria"])
    return db


def open_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() > 0 or window.empty_label.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.reviews.rowCount() > 1 or window.empty_label.isVisible(), timeout=5000)
    return window


def labels_shown(window: MainWindow) -> list[str]:
    model = window.recommendations
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_window_lists_reviews_and_all_recommendations(qtbot, filled: Database, qtmodeltester) -> None:
    window = open_window(qtbot, filled)
    assert window.recommendations.rowCount() == 31
    assert window.count_label.text() == "31 recommendations"
    reviews_shown = [window.reviews.index(r, 0).data() for r in range(window.reviews.rowCount())]
    assert reviews_shown == ["All recommendations (31)", "France: cycle 1, session 4 (1)",
                             "Kazakhstan: cycle 1, session 7 (30)"]
    qtmodeltester.check(window.recommendations)
    qtmodeltester.check(window.reviews)


def test_choosing_a_review_shows_its_recommendations(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.review_list.setCurrentIndex(window.reviews.index(1, 0))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1)
    assert labels_shown(window) == ["60.1"]
    window.review_list.setCurrentIndex(window.reviews.index(2, 0))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 30)
    assert labels_shown(window)[:3] == ["97.1", "97.2", "97.3"]  # natural label order


def test_search_box_filters_through_the_full_text_index(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    qtbot.keyClicks(window.search_box, "racial")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=3000)
    assert labels_shown(window) == ["60.1"]
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 31, timeout=3000)
    qtbot.keyClicks(window.search_box, "nothingmatchesthis")
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=3000)
    assert "No recommendation matches" in window.empty_label.text()


def test_clicking_a_header_sorts_in_the_database(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.review_list.setCurrentIndex(window.reviews.index(2, 0))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 30)
    with qtbot.waitSignal(window.recommendations.modelReset, timeout=3000):
        window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # Position
    positions = [window.recommendations.index(r, 4).data() for r in range(30)]
    assert positions == ["Noted"] * 10 + ["Supported"] * 20
    with qtbot.waitSignal(window.recommendations.modelReset, timeout=3000):
        window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Label
    assert labels_shown(window)[:3] == ["97.30", "97.29", "97.28"]


def test_selecting_a_row_shows_its_detail_as_text(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.review_list.setCurrentIndex(window.reviews.index(1, 0))
    qtbot.waitUntil(lambda: "60.1" in window.detail.toPlainText(), timeout=3000)
    shown = window.detail.toPlainText()
    assert "<script>alert('x')</script>" in shown  # shown as text, not interpreted
    assert "Algeria" in shown


def test_detail_shows_the_position_history(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    row = labels_shown(window).index("97.3")
    window.table.selectRow(row)
    rec_id = window.recommendations.index(row, 0).data(RecommendationIdRole)
    qtbot.waitUntil(lambda: "recommendation 97.3" in window.detail.toPlainText(), timeout=3000)
    assert "Position history" in window.detail.toPlainText() and "Noted" in window.detail.toPlainText()
    assert rec_id is not None


def test_an_empty_database_says_what_to_do(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    assert window.empty_label.isVisible()
    assert "no recommendations yet" in window.empty_label.text()
    assert window.count_label.text() == "0 recommendations"


def test_user_errors_show_their_message(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.show_error(InvalidValueError("search: '\"' has no word to look for"))
    box = window.last_error_box
    assert box.icon() == QMessageBox.Icon.Warning and "no word to look for" in box.text()
    window.show_error(ZeroDivisionError("bug"))
    box = window.last_error_box
    assert box.icon() == QMessageBox.Icon.Critical and "ZeroDivisionError" in box.detailedText()


def test_opening_a_foreign_file_keeps_the_current_database(qtbot, filled: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, filled)
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER)")
    window.open_database(other)
    qtbot.waitUntil(lambda: getattr(window, "last_error_box", None) is not None, timeout=5000)
    assert "another application" in window.last_error_box.text()
    assert window.database is filled


def test_opening_another_database_switches_to_it(qtbot, filled: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, filled)
    second_path = tmp_path / "second.sqlite3"
    with Database.open(second_path) as second:
        review = reviews.create_review(second, "Chile", 1, 5)
        recommendations.add_recommendation(second, review, "Adopt a law on torture", label="60.7")
    window.open_database(second_path)
    qtbot.waitUntil(lambda: window.database.path == second_path.resolve(), timeout=5000)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    assert labels_shown(window) == ["60.7"]
    assert QSettings().value("last_database") == str(second_path.resolve())
    assert window.windowTitle() == "UPR Tracker — second.sqlite3"


def test_layout_is_remembered(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.table.horizontalHeader().resizeSection(3, 333)
    window.close()
    again = open_window(qtbot, filled)
    assert again.table.horizontalHeader().sectionSize(3) == 333


def test_ctrl_f_focuses_the_search_box(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.table.setFocus()
    assert not window.search_box.hasFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)
