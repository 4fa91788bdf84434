"""The audit trail as people read it: per recommendation in the window, and exported whole."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

from upr_tracker.cli.main import main
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.services.audit_history import export_audit_trail, field_changes, recommendation_history
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry


@pytest.fixture
def edited(db_path: Path) -> tuple[Database, object, object]:
    db = Database.open(db_path, actor="Aigerim")
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17",
                                               themes=["Death penalty"])
    other = recommendations.add_recommendation(db, review, "=HYPERLINK(\"http://x\")", label="97.18")
    db.actor = "Daniyar"
    recommendations.set_action_category(db, first, 5)
    notes.add_note(db, "Met the ministry", recommendation_id=first)
    secret = notes.add_note(db, "Name of the witness", recommendation_id=first, confidential=True)
    notes.delete_note(db, secret)
    yield db, first, other
    db.close()


def test_a_recommendations_history_names_who_changed_what(edited) -> None:
    db, first, other = edited
    history = recommendation_history(db, first)
    kinds = [(c.what, c.action, c.actor) for c in history]
    assert ("Recommendation", "create", "Aigerim") in kinds
    assert ("Recommendation", "update", "Daniyar") in kinds
    assert kinds.count(("Note", "create", "Daniyar")) == 2
    assert ("Note", "delete", "Daniyar") in kinds  # a deleted note stays in the history
    update = next(c for c in history if c.what == "Recommendation" and c.action == "update")
    assert [(f.field, f.before, f.after) for f in update.changes] == [("action_category", "", "5")]
    assert history == sorted(history, key=lambda c: c.at, reverse=True)
    assert all(c.record_id != str(other) for c in history)  # another recommendation's changes are not shown
    # A confidential note's words are not kept in the trail.
    assert not any("witness" in f.before + f.after for c in history for f in c.changes)


def test_field_changes_of_a_creation_list_every_field() -> None:
    changes = field_changes(None, '{"a": 1, "b": null, "c": ["x"]}')
    assert [(c.field, c.before, c.after) for c in changes] == [("a", "", "1"), ("c", "", '["x"]')]


def test_the_whole_trail_exports_as_csv_without_formulas(edited, tmp_path: Path, capsys) -> None:
    db, _first, _other = edited
    out = tmp_path / "audit.csv"
    written = export_audit_trail(db, out)
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    with db.read() as session:
        assert written == session.scalar(select(func.count(AuditEntry.id)))
    assert {"Aigerim", "Daniyar"} <= {r["actor"] for r in rows}
    assert len({(r["at"], r["table"], r["record"], r["action"]) for r in rows}) <= written
    texts = [r["after"] for r in rows if r["field"] == "text"]
    assert "'=HYPERLINK(\"http://x\")" in texts  # quoted: a spreadsheet shows it as text
    db.close()
    assert main(["audit", "--db", str(db.path), "--out", str(tmp_path / "cli.csv"), "--since", "2000-01-01"]) == 0
    assert f"Exported {written} changes" in capsys.readouterr().err
    assert main(["audit", "--db", str(db.path), "--out", str(tmp_path / "x.csv"), "--since", "yesterday"]) == 1


def test_the_panel_shows_the_history_tab(qtbot, edited, gui_settings) -> None:
    db, first, _other = edited
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 2, timeout=10_000)
    window.show_recommendation(first)
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.id == first, timeout=10_000)
    window.panel.setCurrentIndex(window.panel.history_index)
    qtbot.waitUntil(lambda: window.panel.history.topLevelItemCount() > 0, timeout=10_000)
    tree = window.panel.history
    rows = [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(2)) for i in range(tree.topLevelItemCount())]
    assert ("Daniyar", "Recommendation changed") in rows and ("Aigerim", "Recommendation created") in rows
    changed = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                   if tree.topLevelItem(i).text(2) == "Recommendation changed")
    assert (changed.child(0).text(2), changed.child(0).text(4)) == ("action category", "5")


def test_the_author_name_is_asked_once_and_recorded_with_changes(qtbot, gui_settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from upr_tracker.gui import author_name

    asked: list[str] = []

    def answer(_parent, _title, _label, _echo, default):
        asked.append(default)
        return "  Aigerim   K. ", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    assert author_name.author_name_at_start() == "Aigerim K."
    assert author_name.author_name_at_start() == "Aigerim K."  # kept: not asked again
    assert len(asked) == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("", False))
    assert author_name.ask_author_name() is None  # cancelled: the saved name stays
    assert author_name.saved_author_name() == "Aigerim K."


def test_changing_the_name_from_the_menu_applies_to_the_next_change(qtbot, edited, gui_settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    db, first, _other = edited
    window = MainWindow(db)
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Saule", True))
    window.change_author_name()
    recommendations.set_action_category(db, first, 3)
    assert recommendation_history(db, first)[0].actor == "Saule"


def test_the_panel_says_a_note_made_confidential_left_the_trail(qtbot, edited, gui_settings) -> None:
    db, first, _other = edited
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_recommendation(first)
    qtbot.waitUntil(lambda: window.panel.detail is not None and len(window.panel.detail.notes) == 1, timeout=10_000)
    panel = window.panel
    panel.notes.setCurrentRow(0)
    panel.start_editing_note()
    panel.note_confidential.setChecked(True)
    panel.save_note()
    qtbot.waitUntil(lambda: panel.detail.notes[0].confidential, timeout=10_000)
    assert "its earlier text was removed from the audit trail and the search index" in panel.note_message.text()
    window.undo_stack.undo()  # no longer confidential: the words it had are not coming back to the trail
    assert panel.note_message.text() == ""
    window.undo_stack.redo()
    assert "(0 audit entries changed)" in panel.note_message.text()
    qtbot.waitUntil(lambda: panel.detail.notes[0].confidential, timeout=10_000)
    assert "Met the ministry" not in " ".join(f.before + f.after for c in recommendation_history(db, first)
                                             for f in c.changes)
    window.show_recommendation(_other)  # another recommendation's notes: the message was not about them
    qtbot.waitUntil(lambda: panel.detail.row.id == _other, timeout=10_000)
    assert panel.note_message.text() == ""
    window.show_recommendation(first)
    qtbot.waitUntil(lambda: panel.detail.row.id == first, timeout=10_000)
    panel.undo_stack.undo()
    panel.undo_stack.redo()
    assert panel.note_message.text()
    panel.note_editor.setPlainText("Another note")
    panel.save_note()  # an ordinary note: nothing to say
    qtbot.waitUntil(lambda: len(panel.detail.notes) == 2, timeout=10_000)
    assert panel.note_message.text() == ""


PASSPHRASE = "correct horse battery staple"
ARCHIVE_PASSPHRASE = "a different long passphrase"


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Path:
    from upr_tracker.storage.encryption import Passphrase

    path = tmp_path / "encrypted.sqlite3"
    with Database.open(path, actor="Aigerim", passphrase=Passphrase(PASSPHRASE)) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, "Abolish the Zanzibarian penalty", label="97.17")
    (tmp_path / "key.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    (tmp_path / "archive-key.txt").write_text(ARCHIVE_PASSPHRASE + "\n", encoding="utf-8")
    return path


def test_the_trail_of_an_encrypted_database_exports_encrypted_on_request(encrypted_db: Path, tmp_path: Path,
                                                                         capsys) -> None:
    from upr_tracker.services.encrypted_archive import read_encrypted_archive
    from upr_tracker.storage.encryption import Passphrase

    out = tmp_path / "trail.csv"
    assert main(["audit", "--db", str(encrypted_db), "--passphrase-file", str(tmp_path / "key.txt"), "--out",
                 str(out), "--encrypt", "--export-passphrase-file", str(tmp_path / "archive-key.txt")]) == 0
    err = capsys.readouterr().err
    assert "trail.csv.zip, encrypted" in err and "is not" not in err
    assert not out.exists()
    archive = tmp_path / "trail.csv.zip"
    assert b"Zanzibarian" not in archive.read_bytes()
    name, data = read_encrypted_archive(archive, Passphrase(ARCHIVE_PASSPHRASE))
    assert name == "trail.csv" and b"Zanzibarian" in data and data.startswith(b"at,actor,action")
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == []


def test_an_unencrypted_trail_of_an_encrypted_database_says_so(encrypted_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "trail.csv"
    assert main(["audit", "--db", str(encrypted_db), "--passphrase-file", str(tmp_path / "key.txt"),
                 "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "The database is encrypted but this export is not: give --encrypt" in err
    assert b"Zanzibarian" in out.read_bytes()
