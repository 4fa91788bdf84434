"""The dashboard in the window: shown first, Ctrl+0, a click opens what an item names, the
reminder of close deadlines, and the review dates dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from upr_tracker.gui.dashboard import ItemRole
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.navigator_model import REVIEW, NodeKindRole
from upr_tracker.gui.recommendation_table_model import RecommendationIdRole
from upr_tracker.gui.review_dates_dialog import ReviewDatesDialog
from upr_tracker.services import milestones, notes, recommendations, responses, reviews
from upr_tracker.services.changes import last_seen
from upr_tracker.services.review_dates import review_dates, set_review_dates
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")
SOON = dt.date.today() + dt.timedelta(days=20)


@pytest.fixture
def followed(db: Database) -> dict:
    kaz = reviews.create_review(db, "Kazakhstan", 3, 34)
    ids = [recommendations.add_recommendation(db, kaz, f"Recommendation {n} on torture", label=f"140.{n}")
           for n in range(1, 13)]
    responses.record_response(db, ids[:8], "supported")
    set_review_dates(db, kaz, mid_term_on=SOON)
    plan = milestones.add_milestone(db, "KAZ", "plan", "National plan on torture prevention", date="2021",
                                    ends="2024", due_on=dt.date.today() + dt.timedelta(days=200))
    notes.add_note(db, "Met the ombudsman", recommendation_id=ids[10])
    france = reviews.create_review(db, "France", 4, 43)
    other = recommendations.add_recommendation(db, france, "Fight racial discrimination", label="45.1")
    return {"review": kaz, "ids": ids, "plan": plan, "france": france, "other": other}


def open_window(qtbot, database: Database) -> MainWindow:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.view.dashboard is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    return window


def find_item(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    pending = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop(0)
        if any(text in item.text(c) for c in range(tree.columnCount())):
            return item
        pending += [item.child(i) for i in range(item.childCount())]
    raise AssertionError(f"no item with {text!r}")


def click(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_the_dashboard_is_the_first_screen_with_a_reminder_of_close_deadlines(qtbot, db: Database, followed, tmp_path: Path) -> None:
    window = open_window(qtbot, db)
    view = window.dashboard.view
    assert window.pages.currentWidget() is view
    assert view.banner.isVisible()
    assert "Mid-term report" in view.banner_label.text() and "Kazakhstan: cycle 3" in view.banner_label.text()
    # The plan is due in 200 days: listed, but not within the eight weeks of the reminder.
    assert "National plan on torture prevention" in find_item(view.deadlines, "Plan due").text(2)
    assert "National plan" not in view.banner_label.text()
    view.weeks_box.setValue(52)
    assert "National plan on torture prevention" in view.banner_label.text()
    view.weeks_box.setValue(1)
    assert not view.banner.isVisible()
    view.weeks_box.setValue(8)
    assert find_item(view.pending, "Kazakhstan: cycle 3").text(1) == "4"
    assert view.bars.reviews and view.bars.reviews[0].title == "France: cycle 4"
    assert "Met the ombudsman" in find_item(view.changes, "Met the ombudsman").text(0)
    # Opening the window writes nothing; closing it remembers when it was opened, where
    # "changes --since last" and the next opening start.
    assert last_seen(db) is None
    opened = window.dashboard.opened_at
    window.grab().save(str(tmp_path / "dashboard.png"))
    window.close()
    assert last_seen(db) == opened


def test_ctrl_0_shows_the_dashboard_again(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    window.pages.setCurrentIndex(0)
    assert window.dashboard.action.shortcut() == QKeySequence("Ctrl+0")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.dashboard.view


def test_clicking_a_change_selects_its_recommendation_in_the_table_and_panel(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    view = window.dashboard.view
    # A filter hides the recommendation: it is cleared so that the row can be selected.
    window.search_box.setText("discrimination")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    window.pages.setCurrentIndex(window.dashboard.page)
    item = find_item(view.changes, "Met the ombudsman")
    assert item.data(0, ItemRole) == ("recommendation", followed["ids"][10])
    click(qtbot, view.changes, item)
    assert window.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: window.current_recommendation_id() == followed["ids"][10], timeout=5000)
    index = window.table.selectionModel().currentIndex()
    assert index.data(RecommendationIdRole) == followed["ids"][10]
    qtbot.waitUntil(lambda: "Recommendation 11 on torture" in window.panel.overview.toPlainText(), timeout=5000)
    assert window.search_box.text() == ""


def test_clicking_a_review_shows_its_recommendations(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    view = window.dashboard.view
    click(qtbot, view.pending, find_item(view.pending, "Kazakhstan: cycle 3"))
    assert window.pages.currentIndex() == 0
    qtbot.waitUntil(lambda: window.scope.review_id == followed["review"], timeout=5000)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 12, timeout=5000)
    current = window.sidebar.currentIndex()
    assert current.data(NodeKindRole) == REVIEW


def test_clicking_a_milestone_deadline_opens_it_in_the_milestones_view(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    view = window.dashboard.view
    click(qtbot, view.deadlines, find_item(view.deadlines, "Plan due"))
    assert window.pages.currentIndex() == window.milestones_page
    qtbot.waitUntil(lambda: window.milestones_view.selected_id() == followed["plan"], timeout=5000)


def test_clicking_a_review_bar_shows_its_recommendations(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    bars = window.dashboard.view.bars
    row = [r.title for r in bars.reviews].index("Kazakhstan: cycle 3")
    qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(20, row * bars.ROW + 10))
    qtbot.waitUntil(lambda: window.scope.review_id == followed["review"], timeout=5000)


def test_the_review_dates_dialog_replaces_an_estimate(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    window.dashboard.edit_review_dates(followed["france"])
    dialog = window.dashboard.last_dialog
    assert isinstance(dialog, ReviewDatesDialog)
    assert dialog.hints["next_review_on"].text() == "estimated from the calendar of sessions"
    dialog.edits["adopted_on"].setText("2023-02-30")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "is not a day" in dialog.message.text() and dialog.isVisible()
    dialog.edits["adopted_on"].setText("2023-07-10")
    dialog.edits["adopted_on"].textEdited.emit("2023-07-10")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    dates = review_dates(db, followed["france"])
    assert dates.adopted_on == dt.date(2023, 7, 10) and "adopted_on" not in dates.estimated
    assert dates.mid_term_on == dt.date(2026, 1, 10)   # the estimated mid-term moved with it


def test_the_sidebar_review_entry_offers_the_dates(qtbot, db: Database, followed) -> None:
    window = open_window(qtbot, db)
    model = window.navigator
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    review_index = None
    while pending:
        index = pending.pop(0)
        if index.data(NodeKindRole) == REVIEW:
            review_index = index
            break
        pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    assert review_index is not None
    window.sidebar.expandAll()
    window.dashboard._sidebar_menu(window.sidebar.visualRect(review_index).center())
    actions = [a.text() for a in window.dashboard.last_menu.actions()]
    assert actions == ["Review &dates…"]
    window.dashboard.last_menu.actions()[0].trigger()
    assert isinstance(window.dashboard.last_dialog, ReviewDatesDialog)
    window.dashboard.last_dialog.reject()


def test_the_reminder_names_a_few_deadlines_and_points_to_the_list(qtbot, db: Database, followed) -> None:
    for number in range(7):
        milestones.add_milestone(db, "KAZ", "policy", f"Report on prisons {number}",
                                 due_on=dt.date.today() + dt.timedelta(days=3 + number))
    window = open_window(qtbot, db)
    text = window.dashboard.view.banner_label.text()
    assert text.count("<li>") == 6 and "… and 3 more: see Upcoming deadlines below" in text
    assert "Report on prisons 0" in text and "in 3 days" in text
