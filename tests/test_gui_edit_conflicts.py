"""The window with several people on one database: others' changes appear in the table, the panel
and the dashboard without a restart; an edit that meets another person's change asks what to keep
(Reload, Keep mine, Keep both for notes), and undo stays right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.two_people import two_people
from upr_tracker.errors import EditConflictError
from upr_tracker.gui import edit_conflict_dialog, others_changes
from upr_tracker.gui.edit_conflict_dialog import Choice, EditConflictDialog
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.services import notes, recommendation_editing
from upr_tracker.services.edit_conflicts import ChangedField, ChangeSince
from upr_tracker.services.reviews import create_review

TEXT_COLUMN = 3
# The window itself opens files only so far (it names and backs up the database by its path); the
# server's notices and conflicts are checked without it in test_change_notices and test_edit_conflicts.


@pytest.fixture
def two(db, postgresql_server, monkeypatch: pytest.MonkeyPatch, gui_settings):  # noqa: ANN001, ANN201
    monkeypatch.setattr(others_changes, "POLL_SECONDS", 0.2)
    review = create_review(db, "KAZ", 1, 7)
    recommendation_editing.add_recommendation_by_hand(db, review, label="97.1", text="Abolish the death penalty")
    recommendation_editing.add_recommendation_by_hand(db, review, label="97.2", text="Ratify the OP-CAT")
    with two_people(db, postgresql_server) as people:
        yield people


def open_window(qtbot, database, tasks) -> MainWindow:  # noqa: ANN001
    window = MainWindow(database, tasks)
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(lambda: window.others_changes.watcher is not None, timeout=5000)
    return window


def texts_shown(window: MainWindow) -> list[str]:
    model = window.recommendations
    return [model.index(row, TEXT_COLUMN).data() for row in range(model.rowCount())]


def select_first(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=5000)


def test_the_window_shows_anothers_change_in_its_table_and_panel(qtbot, two, tasks) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    rec = window.panel.detail.row.id
    window.table.verticalScrollBar().setValue(0)

    with qtbot.waitSignal(window.others_changes.refreshed, timeout=5000) as refreshed:
        recommendation_editing.edit_recommendation(joseph, rec, text="Abolish the death penalty in law and practice")
    assert refreshed.args[0].actors == ("joseph",)
    qtbot.waitUntil(lambda: "Abolish the death penalty in law and practice" in texts_shown(window), timeout=5000)
    qtbot.waitUntil(lambda: "in law and practice" in window.panel.overview.toPlainText(), timeout=5000)
    assert window.current_recommendation_id() == rec  # the selection stays
    assert "joseph" in window.statusBar().currentMessage()

    # A recommendation added by the other person appears too.
    review = window.panel.detail.row.review_id
    with qtbot.waitSignal(window.others_changes.refreshed, timeout=5000):
        recommendation_editing.add_recommendation_by_hand(joseph, review, label="97.3", text="Invite the rapporteur")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 3, timeout=5000)
    assert window.current_recommendation_id() == rec


def test_a_note_being_typed_is_kept_when_another_change_comes(qtbot, two, tasks) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    panel = window.panel
    panel.note_editor.setPlainText("Half-written note")
    with qtbot.waitSignal(window.others_changes.refreshed, timeout=5000):
        notes.add_note(joseph, "Joseph's note", recommendation_id=panel.detail.row.id)
    qtbot.waitUntil(lambda: panel.notes.count() == 1, timeout=5000)
    assert panel.note_editor.toPlainText() == "Half-written note"
    assert "Changed by joseph" in panel.note_message.text()
    panel.note_message.linkActivated.emit("reload")  # Reload: mine is discarded
    assert panel.note_editor.toPlainText() == "" and panel.note_message.text() == ""


def _edit_note_meeting_a_conflict(qtbot, window: MainWindow, joseph, monkeypatch, choice: Choice) -> tuple:  # noqa: ANN001
    """maria starts editing her note; joseph changes it meanwhile; maria saves and chooses `choice`."""
    panel = window.panel
    note_id = notes.add_note(window.database, "Met the ministry.", recommendation_id=panel.detail.row.id)
    panel.show_recommendation(panel.detail.row.id)
    qtbot.waitUntil(lambda: panel.notes.count() == 1, timeout=5000)
    panel.notes.setCurrentRow(0)
    panel.start_editing_note()
    panel.note_editor.setPlainText("Met the ministry and the ombudsman.")
    notes.edit_note(joseph, note_id, body="Met the ministry; follow-up in June.")
    asked = []
    monkeypatch.setattr(edit_conflict_dialog, "ask",
                        lambda _parent, error, mine, can_keep_both: asked.append((error, mine, can_keep_both)) or choice)
    panel.save_note()
    assert len(asked) == 1
    error, mine, can_keep_both = asked[0]
    assert mine == "Met the ministry and the ombudsman." and can_keep_both
    assert error.changes[0].actor == "joseph"
    return note_id, error


def test_a_note_conflict_reload_discards_mine(qtbot, two, tasks, monkeypatch) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    _note_id, _error = _edit_note_meeting_a_conflict(qtbot, window, joseph, monkeypatch, Choice.RELOAD)
    assert window.panel.note_editor.toPlainText() == "" and window.panel.editing_note is None
    assert [n.body for n in notes.list_notes(maria)] == ["Met the ministry; follow-up in June."]
    qtbot.waitUntil(lambda: "follow-up in June" in window.panel.notes.item(0).text(), timeout=5000)


def test_a_note_conflict_keep_mine_overwrites_and_undo_gives_theirs_back(qtbot, two, tasks, monkeypatch) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    note_id, _error = _edit_note_meeting_a_conflict(qtbot, window, joseph, monkeypatch, Choice.KEEP_MINE)
    assert [n.body for n in notes.list_notes(joseph)] == ["Met the ministry and the ombudsman."]
    assert window.panel.note_editor.toPlainText() == ""
    window.undo_stack.undo()
    assert [n.body for n in notes.list_notes(joseph)] == ["Met the ministry."]  # what maria's edit started from
    window.undo_stack.redo()
    assert [n.body for n in notes.list_notes(joseph)] == ["Met the ministry and the ombudsman."]
    # joseph changes it again: maria's undo meets his change and says so, changing nothing.
    notes.edit_note(joseph, note_id, body="Joseph again.")
    window.undo_stack.undo()
    assert [n.body for n in notes.list_notes(joseph)] == ["Joseph again."]
    assert "Changed by joseph" in window.last_error_box.text()
    window.last_error_box.close()


def test_a_note_conflict_keep_both_saves_mine_as_a_new_note(qtbot, two, tasks, monkeypatch) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    _edit_note_meeting_a_conflict(qtbot, window, joseph, monkeypatch, Choice.KEEP_BOTH)
    assert sorted(n.body for n in notes.list_notes(joseph)) == ["Met the ministry and the ombudsman.",
                                                                "Met the ministry; follow-up in June."]
    window.undo_stack.undo()  # takes my new note away, leaves theirs
    assert [n.body for n in notes.list_notes(joseph)] == ["Met the ministry; follow-up in June."]


def test_the_recommendation_editor_keep_mine_after_a_conflict(qtbot, two, tasks, monkeypatch) -> None:  # noqa: ANN001
    maria, joseph = two
    window = open_window(qtbot, maria, tasks)
    select_first(qtbot, window)
    rec = window.panel.detail.row.id
    editor = window.edit_recommendation()
    assert editor is not None
    editor.text.setPlainText("Maria's wording")
    recommendation_editing.edit_recommendation(joseph, rec, text="Joseph's wording")
    monkeypatch.setattr(edit_conflict_dialog, "ask", lambda *_args: Choice.KEEP_MINE)
    editor.save()
    assert recommendation_editing.editable_recommendation(joseph, rec).text == "Maria's wording"
    assert not editor.isVisible()


def test_the_conflict_dialog_shows_both_and_offers_three_choices(qtbot) -> None:  # noqa: ANN001
    import datetime as dt

    change = ChangeSince(dt.datetime(2026, 12, 6, 14, 2, tzinfo=dt.timezone.utc), "maria", "update", 3,
                         (ChangedField("body", "Met the ministry.", "Met the ministry; follow-up in June."),))
    error = EditConflictError("changed", table="note", record_id=None, expected_version=2, current_version=3,
                              changes=(change,))
    error.command = object()  # an edit that can be done again
    for button_name, choice in (("reload_button", Choice.RELOAD), ("keep_mine_button", Choice.KEEP_MINE),
                                ("keep_both_button", Choice.KEEP_BOTH)):
        dialog = EditConflictDialog(error, "Met the ministry and the ombudsman.", can_keep_both=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "Changed by maria at" in dialog.theirs.toPlainText()
        assert "follow-up in June" in dialog.theirs.toPlainText()
        assert dialog.mine.toPlainText() == "Met the ministry and the ombudsman."
        qtbot.mouseClick(dialog.findChild(type(dialog.reload_button), button_name), Qt.MouseButton.LeftButton)
        assert dialog.choice is choice

    gone = EditConflictError("deleted", table="recommendation", current_version=None, changes=())
    dialog = EditConflictDialog(gone, "mine")
    qtbot.addWidget(dialog)
    assert not dialog.keep_mine_button.isEnabled()   # nothing left to overwrite
    assert dialog.keep_both_button.isHidden()         # only notes can be kept both
