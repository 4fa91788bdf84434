"""Confidential notes "kept on this laptop": the choice in the services, on the command line, in the
JSON export and in the note editor; refused on a team server's database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.services.export_json import export_json
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress


def _recommendation(db: Database):
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    return recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")


@pytest.fixture
def laptop(db_path: Path) -> Path:
    with Database.open(db_path, actor="tester") as db:
        _recommendation(db)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_kept_note_is_confidential_and_says_so(db_path: Path) -> None:
    with Database.open(db_path, actor="tester") as db:
        rec = _recommendation(db)
        kept = notes.add_note(db, "The source's name", recommendation_id=rec, kept_on_laptop=True)
        shared = notes.add_note(db, "Met the ombudsman", recommendation_id=rec, confidential=True)
        listed = {n.id: n for n in notes.list_notes(db)}
    assert (listed[kept].confidential, listed[kept].kept_on_laptop) == (True, True)
    assert (listed[shared].confidential, listed[shared].kept_on_laptop) == (True, False)


def test_editing_keeps_shares_and_unmarks(db_path: Path) -> None:
    with Database.open(db_path, actor="tester") as db:
        rec = _recommendation(db)
        note_id = notes.add_note(db, "Met the ombudsman", recommendation_id=rec)
        edited = notes.edit_note(db, note_id, kept_on_laptop=True)
        assert (edited.confidential, edited.kept_on_laptop) == (True, True)
        assert edited.made_confidential  # its earlier words left the audit trail, as for any note made confidential
        assert notes.edit_note(db, note_id, kept_on_laptop=False).kept_on_laptop is False
        assert notes.edit_note(db, note_id, kept_on_laptop=True).kept_on_laptop is True
        # A note no longer confidential is everyone's: it cannot stay kept.
        edited = notes.edit_note(db, note_id, confidential=False)
        assert (edited.confidential, edited.kept_on_laptop) == (False, False)
        with pytest.raises(InvalidValueError, match="kept on this laptop is confidential"):
            notes.edit_note(db, note_id, confidential=False, kept_on_laptop=True)


def test_a_team_server_database_keeps_no_note(team_db: ServerAddress) -> None:
    with Database.open(team_db) as db:
        rec = _recommendation(db)
        with pytest.raises(InvalidValueError, match="team database on a server"):
            notes.add_note(db, "The source's name", recommendation_id=rec, kept_on_laptop=True)
        note_id = notes.add_note(db, "Met the ombudsman", recommendation_id=rec, confidential=True)
        with pytest.raises(InvalidValueError, match="team database on a server"):
            notes.edit_note(db, note_id, kept_on_laptop=True)
        assert [n.kept_on_laptop for n in notes.list_notes(db)] == [False]


def test_note_add_and_edit_on_the_command_line(laptop: Path, capsys) -> None:
    code, out, err = run(capsys, "note", "add", "--db", str(laptop), "--state", "KAZ", "--label", "97.3",
                         "--text", "The source's name", "--keep-on-laptop")
    assert (code, err) == (0, "")
    assert "(confidential, kept on this laptop)" in out
    code, out, _ = run(capsys, "note", "list", "--db", str(laptop), "--json")
    listed = json.loads(out)["notes"]
    assert [(n["confidential"], n["kept_on_laptop"], n["text"]) for n in listed] == [(True, True, None)]
    code, out, _ = run(capsys, "note", "list", "--db", str(laptop))
    assert "[confidential, kept on this laptop]" in out
    note_id = listed[0]["id"]
    code, out, err = run(capsys, "note", "edit", note_id[:8], "--db", str(laptop), "--no-keep-on-laptop", "--json")
    assert code == 0 and (json.loads(out)["kept_on_laptop"], json.loads(out)["confidential"]) == (False, True)
    code, out, err = run(capsys, "note", "edit", note_id[:8], "--db", str(laptop), "--keep-on-laptop", "--json")
    assert code == 0 and json.loads(out)["kept_on_laptop"] is True
    code, _, err = run(capsys, "note", "edit", note_id[:8], "--db", str(laptop), "--keep-on-laptop",
                       "--not-confidential")
    assert code == 1 and "kept on this laptop is confidential" in err


def test_the_json_export_marks_kept_notes_and_can_leave_them_out(db_path: Path, tmp_path: Path, capsys) -> None:
    with Database.open(db_path, actor="tester") as db:
        rec = _recommendation(db)
        notes.add_note(db, "The source's name", recommendation_id=rec, kept_on_laptop=True)
        notes.add_note(db, "Met the ombudsman", recommendation_id=rec, confidential=True)
        everything = tmp_path / "all.json"
        export_json(db, everything, include_confidential=True)
        sharable = tmp_path / "sharable.json"
        export_json(db, sharable, include_confidential=True, include_kept_notes=False)
    data = json.loads(everything.read_text(encoding="utf-8"))
    assert sorted((n["body"], n.get("kept_on_laptop", False)) for n in data["notes"]) == [
        ("Met the ombudsman", False), ("The source's name", True)]
    data = json.loads(sharable.read_text(encoding="utf-8"))
    assert [n["body"] for n in data["notes"]] == ["Met the ombudsman"]
    out = tmp_path / "cli.json"
    code, _, err = run(capsys, "export", "--db", str(db_path), "--out", str(out), "--include-confidential",
                       "--without-kept-notes")
    assert code == 0 and "(confidential notes included, except those kept on this laptop)" in err
    assert [n["body"] for n in json.loads(out.read_text(encoding="utf-8"))["notes"]] == ["Met the ombudsman"]


# --- the note editor ------------------------------------------------------------------------------

@pytest.mark.usefixtures("gui_settings")
def test_the_note_editor_keeps_a_note_on_the_laptop(qtbot, db: Database) -> None:
    from tests.test_gui_main_window import _select, open_window

    rec = _recommendation(db)
    window = open_window(qtbot, db)
    _select(qtbot, window, "97.3")
    panel = window.panel
    on_a_server = db.address is not None
    assert not panel.note_kept.isEnabled()   # not before the note is confidential
    panel.note_confidential.setChecked(True)
    assert panel.note_kept.isEnabled() is not on_a_server
    if on_a_server:  # a team server's database is no laptop: the choice stays off, saying why
        assert "team server" in panel.note_kept.toolTip()
        return
    panel.note_editor.setPlainText("The source's name")
    panel.note_kept.setChecked(True)
    panel.save_note()
    qtbot.waitUntil(lambda: len(panel.detail.notes) == 1, timeout=3000)
    [note] = notes.list_notes(db, recommendation_id=rec)
    assert (note.confidential, note.kept_on_laptop) == (True, True)
    assert "[confidential, kept on this laptop]" in panel.notes.item(0).text()
    assert not panel.note_kept.isChecked()   # the editor is cleared for the next note
    # Editing shows the choice; unticking shares the note with the team again; undo keeps it here again.
    panel.notes.setCurrentRow(0)
    panel.start_editing_note()
    assert panel.note_kept.isChecked()
    panel.note_kept.setChecked(False)
    panel.save_note()
    qtbot.waitUntil(lambda: not panel.detail.notes[0].kept_on_laptop, timeout=3000)
    assert notes.list_notes(db, recommendation_id=rec)[0].confidential
    window.undo_stack.undo()
    assert notes.list_notes(db, recommendation_id=rec)[0].kept_on_laptop
    # Deleting and undoing brings it back kept.
    qtbot.waitUntil(lambda: panel.detail.notes[0].kept_on_laptop, timeout=3000)
    panel.notes.setCurrentRow(0)
    panel.delete_selected_note()
    window.undo_stack.undo()
    [restored] = notes.list_notes(db, recommendation_id=rec)
    assert restored.kept_on_laptop and restored.body == "The source's name"


# --- with the sync engine ---------------------------------------------------------------------------

def _traces_on(server: ServerAddress, note_id) -> dict[str, int]:
    """Rows of the note, its tags and its audit entries in the server's database."""
    from sqlalchemy import text

    with Database.open(server) as db, db.read() as session:
        like = {"a": f"%{note_id}%", "b": f"%{note_id.hex}%"}
        return {
            "note": session.execute(text("SELECT count(*) FROM note WHERE id = :id"), {"id": note_id}).scalar_one(),
            "tags": session.execute(text("SELECT count(*) FROM note_tag WHERE note_id = :id"),
                                    {"id": note_id}).scalar_one(),
            "audit": session.execute(text("SELECT count(*) FROM audit_entry WHERE record_id LIKE :a OR "
                                          "record_id LIKE :b"), like).scalar_one(),
        }


def test_a_kept_note_never_reaches_the_server_and_a_shared_one_does(db_path: Path, team_db: ServerAddress,
                                                                     capsys) -> None:
    with Database.open(db_path, actor="tester") as db:
        rec = _recommendation(db)
        kept = notes.add_note(db, "The source's name and address", recommendation_id=rec, kept_on_laptop=True,
                              tags=["source"])
        shared = notes.add_note(db, "Met the ombudsman", recommendation_id=rec, confidential=True, tags=["meeting"])
        # Edited after it was written: its history stays here too.
        notes.edit_note(db, kept, body="The source's name, address and telephone")
    code, _, err = run(capsys, "sync", "--db", str(db_path), "--server", str(team_db))
    assert code == 0, err
    assert _traces_on(team_db, kept) == {"note": 0, "tags": 0, "audit": 0}
    on_server = _traces_on(team_db, shared)
    assert on_server["note"] == 1 and on_server["tags"] == 1
    with Database.open(team_db) as server:
        [note] = notes.list_notes(server)
        assert (note.body, note.confidential, note.kept_on_laptop) == ("Met the ombudsman", True, False)
    # Edited again and synced again: still nothing of it on the server.
    with Database.open(db_path, actor="tester") as db:
        notes.edit_note(db, kept, tags=["source", "witness"])
    code, _, err = run(capsys, "sync", "--db", str(db_path))
    assert code == 0, err
    assert _traces_on(team_db, kept) == {"note": 0, "tags": 0, "audit": 0}
    # Shared with the team at last: the next sync takes it to the server.
    with Database.open(db_path, actor="tester") as db:
        notes.edit_note(db, kept, kept_on_laptop=False)
    code, _, err = run(capsys, "sync", "--db", str(db_path))
    assert code == 0, err
    assert _traces_on(team_db, kept)["note"] == 1
