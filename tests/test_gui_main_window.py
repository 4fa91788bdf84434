"""The workbench, driven as a user would (offscreen), on a fresh database per test."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from upr_tracker.errors import InvalidValueError
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.navigator_model import PLAN, REVIEW, SAVED_SEARCH, STATE, NodeKindRole, NodeValueRole
from upr_tracker.gui.recommendation_table_model import RecommendationIdRole
from upr_tracker.services import milestones, notes, recommendations, responses, reviews
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def filled(db: Database) -> Database:
    kazakhstan = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, 31):
        rec = recommendations.add_recommendation(
            db, kazakhstan, f"Recommendation {number} on the death penalty", label=f"97.{number}",
            recommending_states=["France"] if number % 2 else ["Mexico", "Brazil"],
            themes=["Death penalty"] if number % 5 else ["Torture and other CID treatment"])
        responses.record_response(db, [rec], "accepted" if number % 3 else "noted", responded_on=dt.date(2010, 6, 1))
    france = reviews.create_review(db, "France", 1, 4)
    recommendations.add_recommendation(db, france, "Fight <script>alert('x')</script> racial discrimination",
                                       label="60.1", recommending_states=["Algeria"])
    return db


def open_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.dashboard.view   # the first screen
    window.pages.setCurrentIndex(0)   # these tests work on the table
    qtbot.waitUntil(lambda: window.database_total >= 0, timeout=5000)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() > 0 or window.empty_label.isVisible(), timeout=5000)
    # All rows and counts in (a scheduled backup may meanwhile say it was taken: not a read).
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() not in ("Loading…", "Searching…"), timeout=5000)
    return window


def labels_shown(window: MainWindow) -> list[str]:
    model = window.recommendations
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def find_node(window: MainWindow, matches: Callable[[QModelIndex], bool]) -> QModelIndex:
    model = window.navigator
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop(0)
        if matches(index):
            return index
        pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    raise AssertionError("no such node in the sidebar")


def choose(qtbot, window: MainWindow, kind: str, text_start: str, expected_rows: int) -> None:
    index = find_node(window, lambda i: i.data(NodeKindRole) == kind and i.data().startswith(text_start))
    window.sidebar.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == expected_rows, timeout=5000)


def test_sidebar_lists_states_reviews_plans_and_saved_searches(qtbot, filled: Database, qtmodeltester) -> None:
    plan = milestones.add_milestone(filled, "KAZ", "plan", "National Plan of Action 2009–2012", date="2009")
    window = open_window(qtbot, filled)
    qtbot.waitUntil(lambda: window.navigator.rowCount() == 4, timeout=5000)
    assert window.navigator.index(0, 0).data() == "All recommendations (31)"
    states = [window.navigator.index(r, 0, window.navigator.index(1, 0)).data()
              for r in range(window.navigator.rowCount(window.navigator.index(1, 0)))]
    assert states == ["France (1)", "Kazakhstan (30)"]
    review = find_node(window, lambda i: i.data(NodeKindRole) == REVIEW and i.parent().data() == "Kazakhstan (30)")
    assert review.data() == "Cycle 1, session 7 (30)"
    plan_node = find_node(window, lambda i: i.data(NodeKindRole) == PLAN)
    assert plan_node.data(NodeValueRole) == plan
    qtmodeltester.check(window.navigator)
    qtmodeltester.check(window.recommendations)
    assert window.recommendations.rowCount() == 31
    assert window.count_label.text().startswith("31 recommendations · 20 supported · 10 noted")


def test_choosing_a_state_or_a_review_narrows_the_table(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    choose(qtbot, window, STATE, "France", 1)
    assert labels_shown(window) == ["60.1"]
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)


def test_filters_combine_in_the_database(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    bar = window.filter_bar
    bar.position.setCurrentIndex(bar.position.findData("noted"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 10, timeout=5000)
    bar.theme.setCurrentIndex(bar.theme.findData("themes:Torture and other CID treatment"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 2, timeout=5000)  # 97.15 and 97.30
    assert sorted(labels_shown(window)) == ["97.15", "97.30"]
    bar.recommending_state.setCurrentIndex(bar.recommending_state.findData("Mexico"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    assert labels_shown(window) == ["97.30"]
    bar.group.setCurrentIndex(bar.group.findData("WEOG"))
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=5000)
    assert "No recommendation passes these filters" in window.empty_label.text()
    window.clear_filters()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 31, timeout=5000)


def test_search_box_filters_and_highlights(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    qtbot.keyClicks(window.search_box, "racial")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=3000)
    assert labels_shown(window) == ["60.1"]
    assert window.highlight.words == ["racial"]
    window.table.viewport().repaint()  # the highlighting delegate paints without error
    window.search_box.clear()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 31, timeout=3000)
    qtbot.keyClicks(window.search_box, "nothingmatchesthis")
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=3000)
    assert "No recommendation matches" in window.empty_label.text()


def test_clicking_a_header_sorts_in_the_database(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)
    with qtbot.waitSignal(window.recommendations.modelReset, timeout=3000):
        window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # Position
    positions = [window.recommendations.index(r, 4).data() for r in range(30)]
    assert positions == ["Noted"] * 10 + ["Supported"] * 20
    with qtbot.waitSignal(window.recommendations.modelReset, timeout=3000):
        window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Label
    assert labels_shown(window)[:3] == ["97.30", "97.29", "97.28"]


def test_the_panel_shows_document_text_as_text(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    choose(qtbot, window, STATE, "France", 1)
    qtbot.waitUntil(lambda: "60.1" in window.panel.overview.toPlainText(), timeout=3000)
    shown = window.panel.overview.toPlainText()
    assert "<script>alert('x')</script>" in shown  # shown as text, not interpreted
    assert "Algeria" in shown


def _select(qtbot, window: MainWindow, label: str) -> None:
    row = labels_shown(window).index(label)
    window.table.selectRow(row)
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.label == label, timeout=3000)


def test_editing_themes_and_category_is_undoable(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    _select(qtbot, window, "97.1")
    rec_id = window.panel.detail.row.id
    window.panel.set_themes(["Death penalty", "Justice"])
    qtbot.waitUntil(lambda: window.panel.detail.row.themes == ("Death penalty", "Justice"), timeout=3000)
    window.panel.category.setCurrentIndex(window.panel.category.findData(5))
    window.panel.category.activated.emit(window.panel.category.currentIndex())
    qtbot.waitUntil(lambda: window.panel.detail.row.action_category == 5, timeout=3000)
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert recommendation_detail(filled, rec_id).row.action_category is None
    window.undo_stack.undo()
    assert recommendation_detail(filled, rec_id).row.themes == ("Death penalty",)
    window.undo_stack.redo()
    assert recommendation_detail(filled, rec_id).row.themes == ("Death penalty", "Justice")


def test_notes_thread_add_edit_confidential_delete_and_undo(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    _select(qtbot, window, "97.2")
    rec_id = window.panel.detail.row.id
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # new note
    assert window.panel.currentIndex() == window.panel.notes_index
    window.panel.note_editor.setPlainText("Met the Ombudsman — встреча")
    window.panel.note_tags.setText("meeting, ombudsman")
    window.panel.save_note()
    qtbot.waitUntil(lambda: len(window.panel.detail.notes) == 1, timeout=3000)
    assert window.panel.notes.item(0).text().endswith("Met the Ombudsman — встреча")
    window.panel.notes.setCurrentRow(0)
    window.panel.start_editing_note()
    window.panel.note_editor.setPlainText("Met the Ombudsman in Astana")
    window.panel.note_confidential.setChecked(True)
    window.panel.save_note()
    qtbot.waitUntil(lambda: window.panel.detail.notes[0].confidential, timeout=3000)
    [note] = notes.list_notes(filled, recommendation_id=rec_id)
    assert note.body == "Met the Ombudsman in Astana" and note.tags == ("meeting", "ombudsman")
    window.panel.notes.setCurrentRow(0)
    window.panel.delete_selected_note()
    assert notes.list_notes(filled, recommendation_id=rec_id) == []
    window.undo_stack.undo()  # the note comes back
    [restored] = notes.list_notes(filled, recommendation_id=rec_id)
    assert restored.body == "Met the Ombudsman in Astana" and restored.confidential


def test_assessments_combine_in_the_panel(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    _select(qtbot, window, "97.3")
    window.panel.record_assessment(source="state", level="fully_implemented")
    window.panel.record_assessment(source="ngo", level="not_implemented", source_name="KIBHR", evidence="no law")
    qtbot.waitUntil(lambda: window.panel.assessments.rowCount() == 2, timeout=3000)
    assert "Partially implemented" in window.panel.combined.text()
    qtbot.waitUntil(lambda: window.recommendations.row_at(labels_shown(window).index("97.3")).implementation_level
                    == "partially_implemented", timeout=3000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.panel.assessments.rowCount() == 1, timeout=3000)
    assert "Fully implemented" in window.panel.combined.text()


def test_next_and_previous_recommendation(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)
    _select(qtbot, window, "97.1")
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.panel.detail.row.label == "97.2", timeout=3000)
    window.step(-1)
    qtbot.waitUntil(lambda: window.panel.detail.row.label == "97.1", timeout=3000)


def test_saved_searches_appear_in_the_sidebar(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    bar = window.filter_bar
    bar.position.setCurrentIndex(bar.position.findData("noted"))
    qtbot.keyClicks(window.search_box, "penalty")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 10, timeout=5000)
    window.save_current_search("Noted on the death penalty")
    qtbot.waitUntil(lambda: window.navigator.rowCount(window.navigator.index(3, 0)) == 1, timeout=5000)
    window.clear_filters()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 31, timeout=5000)
    choose(qtbot, window, SAVED_SEARCH, "Noted on the death penalty", 10)
    assert window.search_box.text() == "penalty"


def select_rows(window: MainWindow, first: int, last: int) -> None:
    """Rows first to last through the selection model: QTableView.selectRow follows the keyboard
    modifiers Qt believes held, which an earlier test's key clicks can leave behind."""
    flags = window.table.selectionModel().SelectionFlag
    window.table.selectionModel().select(
        QItemSelection(window.recommendations.index(first, 0), window.recommendations.index(last, 0)),
        flags.ClearAndSelect | flags.Rows)


def test_linking_selected_rows_to_a_milestone_is_undoable(qtbot, filled: Database) -> None:
    moratorium = milestones.add_milestone(filled, "KAZ", "moratorium", "Moratorium on executions", date="2003-12")
    window = open_window(qtbot, filled)
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)
    select_rows(window, 0, 1)
    ids = window.selected_recommendation_ids()
    assert len(ids) == 2
    window.link_to_milestone(moratorium, ids)
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == moratorium]
    assert set(linked.recommendation_ids) == set(ids)
    window.undo_stack.undo()
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == moratorium]
    assert linked.recommendation_ids == ()


def test_ctrl_l_links_the_selected_rows_through_the_dialog(qtbot, filled: Database) -> None:
    moratorium = milestones.add_milestone(filled, "KAZ", "moratorium", "Moratorium on executions", date="2003-12")
    window = open_window(qtbot, filled)
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)
    select_rows(window, 2, 3)
    ids = window.selected_recommendation_ids()
    assert len(ids) == 2
    seen: dict[str, object] = {}

    def use_the_dialog() -> None:  # the dialog is modal: act on it once it is up, as a person would
        dialog = window.last_dialog
        seen["heading"] = dialog.findChild(QLabel, "link_heading").text()
        seen["enabled_before"] = dialog.link_button.isEnabled()
        assert dialog.select(moratorium)
        seen["enabled_after"] = dialog.link_button.isEnabled()
        dialog.link_button.click()

    QTimer.singleShot(0, use_the_dialog)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"heading": "Link 2 recommendations to a milestone", "enabled_before": False,
                    "enabled_after": True}
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == moratorium]
    assert set(linked.recommendation_ids) == set(ids)
    assert window.undo_stack.undoText() == "Link 2 recommendations to “Moratorium on executions”"
    window.undo_stack.undo()  # the links the dialog made are undone too
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == moratorium]
    assert linked.recommendation_ids == ()
    window.undo_stack.redo()
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == moratorium]
    assert set(linked.recommendation_ids) == set(ids)


def test_the_panel_button_offers_the_selected_row(qtbot, filled: Database) -> None:
    plan = milestones.add_milestone(filled, "KAZ", "plan", "National action plan", date="2012")
    window = open_window(qtbot, filled)
    choose(qtbot, window, REVIEW, "Cycle 1, session 7", 30)
    flags = window.table.selectionModel().SelectionFlag
    window.table.selectionModel().select(window.recommendations.index(4, 0), flags.ClearAndSelect | flags.Rows)
    [chosen] = window.selected_recommendation_ids()
    [button] = [b for b in window.panel.findChildren(QPushButton) if b.text() == "&Link to a milestone…"]
    seen: list[str] = []

    def use_the_dialog() -> None:
        dialog = window.last_dialog
        seen.append(dialog.findChild(QLabel, "link_heading").text())
        dialog.select(plan)
        dialog.link_button.click()

    QTimer.singleShot(0, use_the_dialog)
    button.click()
    assert seen == ["Link 1 recommendation to a milestone"]
    [linked] = [m for m in milestones.list_milestones(filled) if m.id == plan]
    assert linked.recommendation_ids == (chosen,)


def test_an_empty_database_says_what_to_do(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    qtbot.waitUntil(lambda: "no recommendations yet" in window.empty_label.text(), timeout=3000)
    assert window.empty_label.isVisible()
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


def test_opening_another_database_switches_and_is_remembered(qtbot, filled: Database, tmp_path: Path) -> None:
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
    assert QSettings().value("recent_databases")[:2] == [str(second_path.resolve()), str(filled.target)]
    window._fill_recent_menu()
    first_shown = str(filled.path) if filled.path is not None else f"{filled.name} (team)"
    assert [a.text() for a in window.recent_menu.actions()][:2] == [str(second_path.resolve()), first_shown]
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


def test_related_recommendations_of_another_cycle(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    _select(qtbot, window, "97.5")
    first = window.panel.detail.row.id
    later_review = reviews.create_review(filled, "Kazakhstan", 2, 20)
    later = recommendations.add_recommendation(filled, later_review, "Abolish the death penalty", label="121.5")
    recommendations.link_recommendations(filled, first, later)
    window.panel.show_recommendation(first)
    # The chain across cycles: this one (cycle 1), then 121.5 (cycle 2), linked and confirmed.
    qtbot.waitUntil(lambda: window.panel.related.rowCount() == 2, timeout=3000)
    cells = [[window.panel.related.item(row, column).text() for column in range(2)] for row in range(2)]
    assert cells == [["1", "97.5"], ["2", "121.5"]]
    assert window.panel.related.item(1, 4).text() == "confirmed"
    assert window.panel.related.item(1, 0).data(Qt.ItemDataRole.UserRole + 2) == later


def test_about_box_names_the_version_and_database(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.show_about()
    from upr_tracker import __version__

    shown = window.about_box.text.text()
    assert __version__ in shown and str(filled.target) in shown
    assert "GNU General Public License, version 3" in shown
    assert QApplication.instance() is not None


def test_about_box_shows_the_third_party_notices(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.show_about()
    qtbot.waitExposed(window.about_box)
    window.about_box.notices_button.click()
    notices = window.about_box.notices_dialog
    assert notices is not None and window.about_box.isVisible()  # the box stays open behind
    qtbot.waitExposed(notices)
    text = notices.browser.toPlainText()
    for library in ("PySide6", "SQLAlchemy", "psycopg", "sqlcipher3", "ZETETIC LLC", "LGPL-3.0"):
        assert library in text, library


def test_tools_menu_opens_the_vocabularies(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    [action] = [a for a in window.tools_menu.actions() if a.text().startswith("&Vocabularies")]
    action.trigger()
    dialog = window.vocabularies_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 54, timeout=5000)  # the UPR Info issues
    dialog.close()


def test_milestones_page_follows_the_sidebar_and_links_back(qtbot, filled: Database) -> None:
    law = milestones.add_milestone(filled, "KAZ", "law", "Law on peaceful assemblies", date="2011-02")
    milestones.add_milestone(filled, "FRA", "law", "Loi contre le racisme", date="2012")
    window = open_window(qtbot, filled)
    window.pages.setCurrentIndex(window.milestones_page)
    view = window.milestones_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    choose(qtbot, window, STATE, "Kazakhstan", 30)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    first = window.recommendations.index(0, 0).data(RecommendationIdRole)
    window.link_to_milestone(law, [first])
    view.recommendation_activated.emit(first)
    assert window.pages.currentIndex() == 0
    assert window.current_recommendation_id() == first


def test_import_dialog_and_problems_page_from_the_window(qtbot, db: Database) -> None:
    from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
    from upr_tracker.services.document_import import import_document

    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    window = open_window(qtbot, db)
    dialog = window.show_import_dialog([KAZAKHSTAN_ADDENDUM_TXT])
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)  # the preview is ready
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        dialog.import_all()
    window.show_problems()
    assert window.pages.currentIndex() == window.problems_page
    qtbot.waitUntil(lambda: window.problems_view.model.rowCount() == 2, timeout=10000)
