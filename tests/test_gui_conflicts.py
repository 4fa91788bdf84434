"""The Conflicts screen beside the problems screen: the open conflicts listed, the chosen one's
versions side by side with who, where and when, "Keep this one" and "Combine…"; the count in the
navigation; the recommendation panel's banner and its link to the screen."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.sync_conflict_rows import LATER, put_conflict, two_laptops
from upr_tracker.gui.conflicts_view import CombineDialog, ConflictsView
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Response, SyncConflict
from upr_tracker.sync.conflicts import list_conflicts

pytestmark = pytest.mark.usefixtures("gui_settings")
TEXT = "Abolish the death penalty"


@pytest.fixture
def in_conflict(db: Database) -> tuple[Database, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A recommendation whose text and position two laptops changed differently."""
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    rec_id = recommendations.add_recommendation(db, review, TEXT, label="97.3", recommending_states=["France"])
    response_id = responses.record_response(db, [rec_id], "supported", responded_on=dt.date(2010, 6, 1))
    text_id = put_conflict(db, "recommendation", rec_id, "text",
                           two_laptops(TEXT + " at once", TEXT + " by 2030"), set_winner=Recommendation)
    position_id = put_conflict(db, "response", response_id, "position", two_laptops("supported", "noted"),
                               set_winner=Response)
    return db, rec_id, text_id, position_id


def open_view(qtbot, tasks, database: Database) -> ConflictsView:
    view = ConflictsView(lambda: database, tasks)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.reloaded, timeout=5000):
        view.reload()
    return view


def choose(qtbot, view: ConflictsView, field_label: str) -> None:
    for row in range(view.model.rowCount()):
        if view.model.index(row, 0).data().endswith(f"· {field_label}"):
            view.list.setCurrentIndex(view.model.index(row, 0))
            return
    raise AssertionError(f"no conflict on {field_label}")


def test_the_list_and_both_versions_side_by_side(qtbot, tasks, in_conflict, qtmodeltester) -> None:
    database, _rec_id, _text_id, _position_id = in_conflict
    view = open_view(qtbot, tasks, database)
    qtmodeltester.check(view.model)
    assert view.count_label.text() == "2 open"
    shown = {view.model.index(r, 0).data() for r in range(view.model.rowCount())}
    assert shown == {"Kazakhstan, cycle 1, recommendation 97.3 · Text",
                     "Position on Kazakhstan, cycle 1, recommendation 97.3 · Position"}
    choose(qtbot, view, "Text")
    assert view.title.text() == "Kazakhstan, cycle 1, recommendation 97.3 · Text"
    assert [box.toPlainText() for box in view.version_boxes] == [TEXT + " at once", TEXT + " by 2030"]
    assert all(box.isReadOnly() for box in view.version_boxes)
    first = view.findChild(type(view.versions), "version_1")
    assert first is not None
    labels = " ".join(w.text() for w in first.findChildren(type(view.title)))
    assert "By Amina · database: Amina on laptop-a" in labels
    assert "(in the record now)" in view.findChild(type(view.versions), "version_2").title()
    assert [b.isEnabled() for b in view.keep_buttons] == [True, True] and view.combine_button.isEnabled()


def test_keeping_a_version_resolves_it_and_the_list_refreshes(qtbot, tasks, in_conflict) -> None:
    database, rec_id, text_id, _position_id = in_conflict
    view = open_view(qtbot, tasks, database)
    choose(qtbot, view, "Text")
    counts: list[int] = []
    view.count_changed.connect(counts.append)
    with qtbot.waitSignal(view.changed, timeout=5000), qtbot.waitSignal(view.reloaded, timeout=5000):
        view.keep_buttons[0].click()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    assert counts[-1] == 1 and view.last_message.startswith("Kept version 1 (Amina, Amina on laptop-a)")
    with database.read() as session:
        assert session.get(Recommendation, rec_id).text == TEXT + " at once"
        assert session.get(SyncConflict, text_id).open is False


def test_combining_writes_a_text_of_ones_own(qtbot, tasks, in_conflict) -> None:
    database, rec_id, _text_id, _position_id = in_conflict
    view = open_view(qtbot, tasks, database)
    choose(qtbot, view, "Text")
    view.combine_button.click()
    dialog = view.dialog
    assert isinstance(dialog, CombineDialog) and dialog.editor is not None
    assert dialog.editor.toPlainText() == f"{TEXT} at once\n\n{TEXT} by 2030"
    dialog.editor.setPlainText(TEXT + " at once, and by 2030 at the latest")
    with qtbot.waitSignal(view.changed, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    with database.read() as session:
        assert session.get(Recommendation, rec_id).text == TEXT + " at once, and by 2030 at the latest"


def test_a_position_is_combined_by_choosing_one(qtbot, tasks, in_conflict) -> None:
    database, rec_id, _text_id, _position_id = in_conflict
    view = open_view(qtbot, tasks, database)
    choose(qtbot, view, "Position")
    assert [box.toPlainText() for box in view.version_boxes] == ["Supported", "Noted"]
    view.combine_button.click()
    dialog = view.dialog
    assert dialog.editor is None and dialog.choice.currentText() == "Noted"
    dialog.choice.setCurrentIndex(dialog.choice.findData("partially_supported"))
    with qtbot.waitSignal(view.changed, timeout=5000):
        dialog.accept()
    with database.read() as session:
        assert session.get(Recommendation, rec_id).current_position == "partially_supported"


def test_versions_that_changed_meanwhile_are_refused_and_shown_again(qtbot, tasks, in_conflict) -> None:
    database, rec_id, text_id, _position_id = in_conflict
    view = open_view(qtbot, tasks, database)
    choose(qtbot, view, "Text")
    with database.write() as session:
        row = session.get(SyncConflict, text_id)
        row.candidates = json.dumps(json.loads(row.candidates) + [
            {"value": "third", "clock": LATER[:-1] + "1", "origin": "c" * 8, "origin_name": "team server",
             "author": "Dana"}])
    with qtbot.waitSignal(view.reloaded, timeout=5000):
        view.keep_buttons[0].click()
    assert "changed since you looked" in view.last_error_box.text()
    view.last_error_box.close()
    assert len(view.version_boxes) == 3
    with database.read() as session:
        assert session.get(Recommendation, rec_id).text == TEXT + " by 2030"


@pytest.mark.sqlite_only("a file opened read-only")
def test_a_database_open_to_read_cannot_resolve(qtbot, tasks, in_conflict) -> None:
    database, _rec_id, _text_id, _position_id = in_conflict
    path = database.path
    database.close()
    reading = Database.open_read_only(path, actor="tester")
    try:
        view = open_view(qtbot, tasks, reading)
        choose(qtbot, view, "Text")
        assert [b.isEnabled() for b in view.keep_buttons] == [False, False]
        assert not view.combine_button.isEnabled()
        assert "read only" in view.keep_buttons[0].toolTip()
    finally:
        tasks.wait_for_all()
        reading.close()


def test_the_window_counts_them_and_the_panel_says_the_record_is_in_conflict(qtbot, in_conflict) -> None:
    from upr_tracker.gui.main_window import MainWindow

    database, rec_id, _text_id, _position_id = in_conflict
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.pages.tabText(window.conflicts_page) == "Con&flicts (2)", timeout=5000)
    assert window.pages.indexOf(window.conflicts_view) == window.pages.indexOf(window.problems_view) + 1
    window.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.recommendations.row_of(rec_id) >= 0, timeout=5000)
    row = window.recommendations.row_of(rec_id)
    assert window.recommendations.index(row, 1).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "In conflict" in window.recommendations.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert window.recommendations.index(row, 2).data(Qt.ItemDataRole.DecorationRole) is None
    window.show_recommendation(rec_id)
    qtbot.waitUntil(lambda: window.panel.conflict_banner.isVisible(), timeout=5000)
    banner = window.panel.conflict_banner.text()
    assert "In conflict: Text, Position changed on two databases" in banner and "resolve in Conflicts" in banner
    window.panel.conflict_banner.linkActivated.emit("conflicts")
    assert window.pages.currentWidget() is window.conflicts_view
    qtbot.waitUntil(lambda: window.conflicts_view.model.rowCount() == 2, timeout=5000)
    choose(qtbot, window.conflicts_view, "Text")
    with qtbot.waitSignal(window.conflicts_view.changed, timeout=5000):
        window.conflicts_view.keep_buttons[1].click()
    qtbot.waitUntil(lambda: window.conflicts_view.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.pages.tabText(window.conflicts_page) == "Con&flicts (1)", timeout=5000)
    window.pages.setCurrentIndex(0)
    window.show_recommendation(rec_id)
    qtbot.waitUntil(lambda: "Text" not in window.panel.conflict_banner.text(), timeout=5000)
    assert "In conflict: Position" in window.panel.conflict_banner.text()
    assert [c.field for c in list_conflicts(database)] == ["position"]
    window.close()


def test_a_viewer_of_a_team_database_sees_the_conflicts_but_cannot_resolve(qtbot, tasks, in_conflict,
                                                                           monkeypatch) -> None:
    database, _rec_id, _text_id, _position_id = in_conflict
    monkeypatch.setattr(Database, "role", property(lambda _self: "viewer"))
    view = open_view(qtbot, tasks, database)
    choose(qtbot, view, "Position")
    assert [box.toPlainText() for box in view.version_boxes] == ["Supported", "Noted"]
    assert not any(b.isEnabled() for b in view.keep_buttons) and not view.combine_button.isEnabled()
    assert view.combine_button.toolTip() == view.keep_buttons[0].toolTip() != ""
