"""A note's event date: the day of what it records, apart from when it was written. Written and
edited by the services (and undone in the window), kept by the JSON export and import, in the
audit trail and the country brief, read from what people type."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.domain.event_dates import display_day, parse_day
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.services.audit_history import export_audit_trail
from upr_tracker.services.export_json import export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.storage.database import Database

MEETING = dt.date(2011, 3, 12)


@pytest.fixture
def recommendation(db: Database):
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    return recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")


@given(st.dates(min_value=dt.date(1000, 1, 1)))   # years of four digits, as people write them
def test_a_day_reads_back_from_how_it_is_written_and_shown(day: dt.date) -> None:
    assert parse_day(day.isoformat()) == day
    assert parse_day(f" {day.year}-{day.month}-{day.day} ") == day
    assert parse_day(display_day(day)) == day
    assert parse_day(f"{day.day} {display_day(day).split()[1][:3].upper()} {day.year}") == day


@pytest.mark.parametrize("written", ["", "2011", "2011-03", "12/03/2011", "2011-02-30", "12 Mar", "31 June 2011",
                                     "12 Ma 2011", "twelfth of March"])
def test_what_is_not_a_day_is_refused_naming_the_field(written: str) -> None:
    with pytest.raises(InvalidValueError, match=r"^--date: .* (is not a date|is not a valid date)"):
        parse_day(written, field="--date")


def test_a_note_keeps_its_event_date_through_edits(db: Database, recommendation) -> None:
    note_id = notes.add_note(db, "Met the court", recommendation_id=recommendation, event_on=MEETING)
    [note] = notes.list_notes(db)
    assert note.event_on == MEETING and note.written_at.date() >= dt.date(2026, 1, 1)
    assert notes.edit_note(db, note_id, body="Met the judge").event_on == MEETING   # not given: kept
    assert notes.edit_note(db, note_id, event_on=dt.date(2011, 4, 1)).event_on == dt.date(2011, 4, 1)
    assert notes.edit_note(db, note_id, event_on=None).event_on is None             # taken away
    with pytest.raises(InvalidValueError, match="the event date must be a day"):
        notes.edit_note(db, note_id, event_on=dt.datetime(2011, 3, 12, 10, 0))  # type: ignore[arg-type]
    assert notes.list_notes(db)[0].event_on is None


def test_the_audit_trail_records_the_event_date(db: Database, recommendation, tmp_path: Path) -> None:
    note_id = notes.add_note(db, "Met the court", recommendation_id=recommendation, event_on=MEETING)
    notes.edit_note(db, note_id, event_on=dt.date(2011, 4, 1))
    out = tmp_path / "trail.csv"
    export_audit_trail(db, out)
    with out.open(encoding="utf-8") as stream:
        rows = [(r["action"], r["before"], r["after"]) for r in csv.DictReader(stream)
                if r["table"] == "note" and r["field"] == "event_on"]
    assert rows == [("create", "", "2011-03-12"), ("update", "2011-03-12", "2011-04-01")]


def test_the_json_export_and_import_keep_the_event_date(db: Database, recommendation, tmp_path: Path) -> None:
    notes.add_note(db, "Met the court", recommendation_id=recommendation, event_on=MEETING)
    notes.add_note(db, "Undated", recommendation_id=recommendation)
    export_json(db, tmp_path / "export.json")
    exported = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert [n.get("event_on") for n in exported["notes"]] == ["2011-03-12", None]
    with Database.open(tmp_path / "other.sqlite3", actor="colleague") as other:
        report = import_json_export(other, tmp_path / "export.json")
        assert report.counts["notes"].created == 2
        assert {n.body: n.event_on for n in notes.list_notes(other)} == {"Met the court": MEETING, "Undated": None}
        export_json(other, tmp_path / "again.json")
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert [n.get("event_on") for n in again["notes"]] == ["2011-03-12", None]


def test_an_event_date_that_is_not_a_day_in_a_json_file_is_refused(db: Database, recommendation,
                                                                    tmp_path: Path) -> None:
    notes.add_note(db, "Met the court", recommendation_id=recommendation, event_on=MEETING)
    export_json(db, tmp_path / "export.json")
    data = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    data["notes"][0]["event_on"] = "12/03/2011"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with Database.open(tmp_path / "other.sqlite3") as other:
        with pytest.raises(InvalidValueError, match=r"bad\.json: notes\[0\]\.event_on: .*12/03/2011.* is not a date"):
            import_json_export(other, tmp_path / "bad.json")
        assert notes.list_notes(other) == []


def test_the_country_brief_dates_a_note_by_its_event(db: Database, recommendation) -> None:
    from upr_tracker.reports.wording import note_cell

    notes.add_note(db, "Met the court", recommendation_id=recommendation, event_on=MEETING, author="Aigerim")
    [note] = notes.list_notes(db)
    written = display_day(note.written_at.astimezone().date())
    assert note_cell(note) == f"Event 12 March 2011, written {written}, Aigerim: Met the court"


def test_the_brief_s_latest_note_is_the_latest_event_not_the_last_typed(db: Database, recommendation) -> None:
    from upr_tracker.services.report_data import _latest_notes

    notes.add_note(db, "The decree of 2020 was adopted", recommendation_id=recommendation,
                   event_on=dt.date(2020, 5, 1))
    notes.add_note(db, "Back then, in 2011, the court met", recommendation_id=recommendation, event_on=MEETING)
    with db.read() as session:
        assert _latest_notes(session, [recommendation], False)[recommendation].body == "The decree of 2020 was adopted"
    # A note without an event date counts by the day it was typed (today: after 2020).
    notes.add_note(db, "Heard today from a colleague", recommendation_id=recommendation)
    with db.read() as session:
        assert _latest_notes(session, [recommendation], False)[recommendation].body == "Heard today from a colleague"


def test_the_panel_shows_edits_and_undoes_the_event_date(qtbot, db: Database, recommendation, gui_settings) -> None:
    from PySide6.QtCore import QDate

    from upr_tracker.gui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_recommendation(recommendation)
    panel = window.panel
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10_000)
    panel.note_editor.setPlainText("Met the court")
    assert not panel.note_event_on.day.isEnabled()
    panel.note_event_on.given.setChecked(True)
    panel.note_event_on.day.setDate(QDate(2011, 3, 12))
    panel.save_note()
    qtbot.waitUntil(lambda: len(panel.detail.notes) == 1, timeout=10_000)
    assert panel.detail.notes[0].event_on == MEETING
    assert panel.notes.item(0).text().startswith(f"{db.actor}, event 12 March 2011, written ")
    assert panel.note_event_on.value() is None   # the editor is cleared for the next note
    panel.notes.setCurrentRow(0)
    panel.start_editing_note()
    assert panel.note_event_on.value() == MEETING
    panel.note_event_on.given.setChecked(False)
    panel.save_note()
    qtbot.waitUntil(lambda: panel.detail.notes[0].event_on is None, timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.detail.notes[0].event_on == MEETING, timeout=10_000)
    window.undo_stack.undo()   # the note added is taken away; redone, it comes back with its date
    qtbot.waitUntil(lambda: len(panel.detail.notes) == 0, timeout=10_000)
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: len(panel.detail.notes) == 1, timeout=10_000)
    assert panel.detail.notes[0].event_on == MEETING
