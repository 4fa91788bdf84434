"""Reviews and recommendations entered and edited by hand in the window, as a person does it:
Edit ▸ New review…, New recommendation…, Edit recommendation… (and the panel's button), Undo, Redo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from tests.test_gui_main_window import labels_shown
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.recommendation_editor import RecommendationEditor
from upr_tracker.gui.review_dialog import ReviewDialog
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendation_editing import find_recommendation
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def filled(db: Database) -> Database:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, 6):
        rec = recommendations.add_recommendation(db, review, f"Recommendation {number} on torture", label=f"97.{number}",
                                                 recommending_states=["France"])
        responses.record_response(db, [rec], "pending", source_document_id=reviews.add_document(db, review, "A/HRC/14/10"))
    return db


def open_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.database_total >= 0, timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    return window


def click_ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def fill_review(qtbot, dialog: ReviewDialog, state: str, cycle: int, session: int, date: dt.date | None = None) -> None:
    dialog.state.lineEdit().clear()
    qtbot.keyClicks(dialog.state.lineEdit(), state)
    dialog.cycle.setValue(cycle)
    dialog.session.clear()
    qtbot.keyClicks(dialog.session, str(session))
    if date is not None:
        dialog.date_known.setChecked(True)
        dialog.date.setDate(date)


def test_new_review_from_the_edit_menu(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.new_review_action.trigger()
    dialog = window.manual_dialog
    assert isinstance(dialog, ReviewDialog) and dialog.isVisible()
    fill_review(qtbot, dialog, "Kazakhstan (KAZ)", 2, 20, dt.date(2014, 10, 30))
    click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible()
    added = reviews.find_review(filled, "KAZ", 2)
    assert (added.session, added.review_date) == (20, dt.date(2014, 10, 30))
    qtbot.waitUntil(lambda: window.sidebar.currentIndex().data() is not None
                    and window.sidebar.currentIndex().data().startswith("Cycle 2, session 20"), timeout=5000)
    assert window.scope.review_id == added.id


def test_a_state_typed_by_its_name_or_code_is_found(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    dialog = window.new_review()
    fill_review(qtbot, dialog, "fra", 4, 43)
    click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible() and reviews.find_review(filled, "France", 4).session == 43
    dialog = window.new_review()
    fill_review(qtbot, dialog, "kazakhstan", 4, 44)
    click_ok(qtbot, dialog.buttons)
    assert not dialog.isVisible() and reviews.find_review(filled, "KAZ", 4).session == 44


@pytest.mark.parametrize(("state", "cycle", "session", "message"), [
    ("Kazakhstan (KAZ)", 1, 7, "Review: Kazakhstan already has its cycle 1 review (session 7)"),
    ("Atlantis", 2, 20, "State: “Atlantis” is not in the list; choose one."),
    ("France (FRA)", 2, 7, "Session: Working Group session 7 belongs to cycle 1, not cycle 2"),
    ("France (FRA)", 2, 0, "Session: give the Working Group session"),
])
def test_new_review_refused_stays_open_and_says_why(qtbot, filled: Database, state, cycle, session, message) -> None:
    window = open_window(qtbot, filled)
    dialog = window.new_review()
    fill_review(qtbot, dialog, state, cycle, session)
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.message.text().startswith(message)
    assert [r.cycle for r in reviews.list_reviews(filled)] == [1]
    dialog.reject()


def fill_recommendation(qtbot, editor: RecommendationEditor, label: str, text: str) -> None:
    editor.label.clear()
    qtbot.keyClicks(editor.label, label)
    editor.text.clear()
    qtbot.keyClicks(editor.text, text)


def choose_position(editor: RecommendationEditor, wording: str, source: str, paragraph: str = "") -> None:
    editor.position.setCurrentIndex(editor.position.findText(wording))
    editor.source.setText(source)
    editor.paragraph.setText(paragraph)


def test_new_recommendation_appears_in_the_table_and_is_undone(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    qtbot.waitUntil(lambda: len(labels_shown(window)) == 5, timeout=5000)
    window.new_recommendation_action.trigger()
    editor = window.manual_dialog
    assert isinstance(editor, RecommendationEditor) and editor.review.currentText() == "Kazakhstan: cycle 1, session 7"
    fill_recommendation(qtbot, editor, "97.6", "Ratify the Optional Protocol to the Convention against Torture")
    qtbot.keyClicks(editor.states.filter, "germ")
    editor.states.set_checked("Germany")
    editor.states.set_checked("France")
    editor.themes.set_checked("Torture and other CID treatment")
    editor.category.setCurrentIndex(editor.category.findData(5))
    choose_position(editor, "Supported", "A/HRC/14/10/Add.1", "12")
    click_ok(qtbot, editor.buttons)
    assert not editor.isVisible() and editor.message.text() == ""
    qtbot.waitUntil(lambda: "97.6" in labels_shown(window), timeout=5000)
    new_id = find_recommendation(filled, "KAZ", 1, "97.6")
    qtbot.waitUntil(lambda: window.current_recommendation_id() == new_id, timeout=5000)   # chosen in the table
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.id == new_id, timeout=5000)
    detail = window.panel.detail
    assert detail.row.recommending_states == ("France", "Germany") and detail.row.action_category == 5
    assert detail.row.themes == ("Torture and other CID treatment",) and detail.row.position == "supported"
    assert "A/HRC/14/10/Add.1, para. 12" in window.panel.overview.toPlainText()
    assert window.undo_stack.undoText() == "Add recommendation 97.6"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "97.6" not in labels_shown(window), timeout=5000)
    assert reviews.find_review(filled, "KAZ", 1).recommendation_count == 5
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: "97.6" in labels_shown(window), timeout=5000)
    assert recommendation_detail(filled, find_recommendation(filled, "KAZ", 1, "97.6")).row.position == "supported"


@pytest.mark.parametrize(("label", "position", "source", "message"), [
    ("97.2", None, "", "Label: the review already has a recommendation 97.2"),
    ("97.6", "Noted", "", "Source: give the symbol of the document"),
    ("97.6", "Noted", "A/HRC/28/10/Add.1", "Source: A/HRC/28/10/Add.1 is a document of cycle 2"),
    ("97.6", "No position yet", "A/HRC/14/10/Add.1", "Position: choose the position that document states"),
])
def test_new_recommendation_refused_stays_open_and_says_why(qtbot, filled: Database, label, position, source,
                                                            message) -> None:
    window = open_window(qtbot, filled)
    editor = window.new_recommendation()
    fill_recommendation(qtbot, editor, label, "Some text")
    if position:
        choose_position(editor, position, source)
    click_ok(qtbot, editor.buttons)
    assert editor.isVisible() and editor.message.text().startswith(message)
    assert reviews.find_review(filled, "KAZ", 1).recommendation_count == 5
    assert window.undo_stack.count() == 0
    editor.reject()


def test_edit_from_the_panel_keeps_the_position_history_and_is_undone(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    qtbot.waitUntil(lambda: len(labels_shown(window)) == 5, timeout=5000)
    window.table.selectRow(1)
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.label == "97.2", timeout=5000)
    qtbot.mouseClick(window.panel.findChild(QPushButton, "edit_recommendation"), Qt.MouseButton.LeftButton)
    editor = window.manual_dialog
    assert isinstance(editor, RecommendationEditor) and editor.label.text() == "97.2"
    assert editor.review.currentText() == "Kazakhstan: cycle 1, session 7" and not editor.review.isEnabled()
    assert editor.position.currentText() == "Unchanged (Pending, A/HRC/14/10)" and editor.source.text() == ""
    assert editor.states.list.item(0).text() == "France"   # the States ticked come first
    assert editor.states.chosen() == ["France"]
    editor.text.clear()
    qtbot.keyClicks(editor.text, "Recommendation 2 on torture, amended")
    editor.themes.set_checked("Torture and other CID treatment")
    choose_position(editor, "Noted", "A/HRC/14/10/Add.1", "4")
    click_ok(qtbot, editor.buttons)
    assert not editor.isVisible()
    recommendation_id = find_recommendation(filled, "KAZ", 1, "97.2")
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.position == "noted",
                    timeout=5000)
    overview = window.panel.overview.toPlainText()
    assert "Position history" in overview and "Pending" in overview and "A/HRC/14/10/Add.1, para. 4" in overview
    qtbot.waitUntil(lambda: window.recommendations.index(1, 3).data() == "Recommendation 2 on torture, amended",
                    timeout=5000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.position == "pending",
                    timeout=5000)
    detail = recommendation_detail(filled, recommendation_id)
    assert detail.row.text == "Recommendation 2 on torture" and detail.row.themes == ()
    assert [r.position for r in detail.responses] == ["pending"]


def test_a_position_that_does_not_become_current_is_said(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    qtbot.waitUntil(lambda: len(labels_shown(window)) == 5, timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=5000)
    window.edit_recommendation_action.trigger()
    choose_position(window.manual_dialog, "Noted", "A/HRC/14/10/Add.1")
    click_ok(qtbot, window.manual_dialog.buttons)
    window.edit_recommendation_action.trigger()
    choose_position(window.manual_dialog, "Supported", "A/HRC/14/10", "97")
    click_ok(qtbot, window.manual_dialog.buttons)
    assert window.manual_notice.isVisible()
    assert "the current position stays Noted" in window.manual_notice.text()
    window.manual_notice.accept()


def test_edit_with_nothing_chosen_says_so(qtbot, db: Database) -> None:
    window = open_window(qtbot, db)
    assert window.edit_recommendation() is None
    assert "Choose the recommendation to edit first" in window.statusBar().currentMessage()
