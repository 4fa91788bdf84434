"""One author everywhere: the name saved in the window is the one the command line records
changes under, unless --author names another; with neither, the system's user name."""

from __future__ import annotations

import csv
import getpass
import json
from pathlib import Path

import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.cli.main import main
from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import readable_by_others
from upr_tracker.services import recommendations, reviews, user_settings
from upr_tracker.storage.database import Database, default_actor


def audit_actors(db_path: Path, tmp_path: Path, table: str) -> set[str]:
    out = tmp_path / "trail.csv"
    assert main(["audit", "--db", str(db_path), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as stream:
        return {row["actor"] for row in csv.DictReader(stream) if row["table"] == table}


@pytest.fixture
def review_db(db_path: Path) -> Path:
    with Database.open(db_path, actor="setup") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")
    return db_path


def test_the_author_is_given_else_saved_else_the_system_user(isolated_config_folder: Path) -> None:
    assert user_settings.saved_author_name() is None
    assert user_settings.author_of_changes() == default_actor() == getpass.getuser()
    assert user_settings.save_author_name("  Aigerim \n K. ") == "Aigerim K."
    assert json.loads((isolated_config_folder / "settings.json").read_text(encoding="utf-8")) == {
        "author_name": "Aigerim K."}
    assert user_settings.author_of_changes() == "Aigerim K."
    assert not readable_by_others(isolated_config_folder / "settings.json")   # whose laptop it is stays private
    assert user_settings.author_of_changes(" Daniyar ") == "Daniyar"
    with pytest.raises(UprTrackerError, match="--author: the name is empty"):
        user_settings.author_of_changes("   ")
    assert user_settings.save_author_name("x" * 500) == "x" * user_settings.MAX_AUTHOR_LENGTH


def test_a_damaged_settings_file_is_read_as_none(isolated_config_folder: Path) -> None:
    (isolated_config_folder / "settings.json").write_text("{not json", encoding="utf-8")
    assert user_settings.saved_author_name() is None
    assert user_settings.save_author_name("Saule") == "Saule"
    assert user_settings.saved_author_name() == "Saule"


def test_note_add_records_the_saved_name_or_the_one_given(review_db: Path, tmp_path: Path) -> None:
    add = ["note", "add", "--db", str(review_db), "--state", "KAZ", "--label", "97.3", "--text"]
    assert main([*add, "By the system user"]) == 0
    assert audit_actors(review_db, tmp_path, "note") == {getpass.getuser()}
    user_settings.save_author_name("Aigerim K.")
    assert main([*add, "By the saved name"]) == 0
    assert main([*add, "By the name given", "--author", "Daniyar"]) == 0
    assert audit_actors(review_db, tmp_path, "note") == {getpass.getuser(), "Aigerim K.", "Daniyar"}
    with Database.open(review_db) as db:
        from upr_tracker.services.notes import list_notes

        assert {n.body: n.author for n in list_notes(db)} == {
            "By the system user": getpass.getuser(), "By the saved name": "Aigerim K.", "By the name given": "Daniyar"}


def test_import_records_the_saved_name_or_the_one_given(tmp_path: Path, capsys) -> None:
    user_settings.save_author_name("Aigerim K.")
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    assert main(["import", "--db", str(first), str(KAZAKHSTAN_WG_REPORT_TXT)]) == 0
    assert main(["import", "--db", str(second), str(KAZAKHSTAN_WG_REPORT_TXT), "--author", "Daniyar"]) == 0
    capsys.readouterr()
    assert audit_actors(first, tmp_path, "recommendation") == {"Aigerim K."}
    assert audit_actors(second, tmp_path, "recommendation") == {"Daniyar"}


def test_an_empty_author_is_refused_before_anything_is_written(review_db: Path, capsys) -> None:
    code = main(["note", "add", "--db", str(review_db), "--state", "KAZ", "--label", "97.3", "--text", "x",
                 "--author", " "])
    assert code == 1 and capsys.readouterr().err == "upr-tracker: error: --author: the name is empty\n"


def test_the_name_set_in_the_window_is_the_command_lines(review_db: Path, tmp_path: Path, gui_settings,
                                                         monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from upr_tracker.gui import author_name

    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("Saule", True))
    assert author_name.ask_author_name() == "Saule"
    assert main(["note", "add", "--db", str(review_db), "--state", "KAZ", "--label", "97.3", "--text", "x"]) == 0
    assert audit_actors(review_db, tmp_path, "note") == {"Saule"}


def test_the_window_moves_a_name_kept_in_qsettings_once(gui_settings) -> None:
    from PySide6.QtCore import QSettings

    from upr_tracker.gui import author_name

    QSettings().setValue("author_name", "Old  Name")
    assert author_name.saved_author_name() == "Old Name"
    assert QSettings().value("author_name") is None
    assert user_settings.saved_author_name() == "Old Name"
    author_name.save_author_name("New Name")
    assert author_name.author_name_at_start() == "New Name"   # the file's name, not asked again
