"""Backups a user takes and takes back: `upr-tracker backup` and `restore`, checked before use."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.errors import DatabaseTooNewError, NotAnUprDatabaseError
from upr_tracker.services import recommendations, reviews
from upr_tracker.storage.backup_restore import (
    MANUAL,
    SCHEDULED,
    check_backup,
    list_backups,
    restore_backup,
    take_backup,
)
from upr_tracker.storage.database import Database


def texts(db_path: Path) -> list[str]:
    with Database.open(db_path, create=False) as db:
        return [r.text for r in recommendations.recommendation_rows(db, recommendations.list_recommendation_ids(db))]


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
    return db_path


def add(db_path: Path, text: str) -> None:
    with Database.open(db_path) as db:
        review = reviews.list_reviews(db)[0].id
        recommendations.add_recommendation(db, review, text)


def test_backup_now_then_restore_brings_the_data_back(filled: Path, capsys) -> None:
    assert main(["backup", "--db", str(filled)]) == 0
    assert "Backed up" in capsys.readouterr().err
    add(filled, "Ratify the Optional Protocol")
    assert len(texts(filled)) == 2
    backup = list_backups(filled)[0]
    assert backup.reason == MANUAL and backup.taken_at is not None
    assert main(["restore", "--db", str(filled), "--from", str(backup.path)]) == 0
    err = capsys.readouterr().err
    assert "Restored" in err and "1 recommendations" in err
    assert texts(filled) == ["Abolish the death penalty"]
    # The database as it was before the restore is kept, with the later recommendation.
    before = [b for b in list_backups(filled) if b.reason == "before-restore"]
    assert len(before) == 1 and len(texts(before[0].path)) == 2


def test_keep_n_removes_only_older_backups_of_the_same_kind(filled: Path) -> None:
    manual = take_backup(filled, MANUAL)
    for _ in range(4):
        take_backup(filled, SCHEDULED, keep=2)
    kinds = [b.reason for b in list_backups(filled)]
    assert kinds.count(SCHEDULED) == 2 and kinds.count(MANUAL) == 1
    assert manual.exists()


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(filled: Path, tmp_path: Path, capsys) -> None:
    backup = take_backup(filled)
    data = bytearray(backup.read_bytes())
    for offset in range(4096, len(data), 97):  # scribble over every page but the header
        data[offset] ^= 0xFF
    backup.write_bytes(bytes(data))
    code = main(["restore", "--db", str(filled), "--from", str(backup)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("upr-tracker: error:") and "nothing was restored" in err
    assert texts(filled) == ["Abolish the death penalty"]


def test_a_file_of_another_kind_or_a_newer_version_is_refused(filled: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as connection:
        connection.execute("CREATE TABLE x (y)")
    with pytest.raises(NotAnUprDatabaseError):
        check_backup(other)
    newer = take_backup(filled)
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
        connection.commit()
    with pytest.raises(DatabaseTooNewError):
        restore_backup(filled, newer)
    assert texts(filled) == ["Abolish the death penalty"]


def test_restore_latest_skips_a_damaged_newest_backup(filled: Path, capsys) -> None:
    good = take_backup(filled)
    add(filled, "Ratify the Optional Protocol")
    bad = take_backup(filled)
    bad.write_bytes(bad.read_bytes()[:4096])  # cut short
    assert main(["restore", "--db", str(filled), "--latest"]) == 0
    err = capsys.readouterr().err
    assert f"Skipping {bad.name}" in err and f"from {good.name}" in err
    assert texts(filled) == ["Abolish the death penalty"]


def test_an_unreadable_database_can_be_restored_and_its_bytes_are_kept(filled: Path) -> None:
    backup = take_backup(filled)
    filled.write_bytes(b"this is not a database any more" * 100)
    checked, saved = restore_backup(filled, backup)
    assert checked.recommendations == 1
    assert saved is not None and saved.read_bytes().startswith(b"this is not a database")
    assert texts(filled) == ["Abolish the death penalty"]


def test_backup_list_and_mistakes(filled: Path, tmp_path: Path, capsys) -> None:
    assert main(["backup", "--db", str(filled), "--list"]) == 0
    assert "no backups yet" in capsys.readouterr().err
    take_backup(filled)
    assert main(["backup", "--db", str(filled), "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["backup", "--db", str(tmp_path / "missing.sqlite3")]) == 1
    assert "no database there" in capsys.readouterr().err
    assert main(["backup", "--db", str(filled), "--keep", "0"]) == 1


def test_restore_is_refused_while_the_app_has_the_database_open(filled: Path, capsys) -> None:
    backup = take_backup(filled)
    with Database.open_exclusively(filled):
        assert main(["restore", "--db", str(filled), "--from", str(backup)]) == 1
    assert "open in another copy" in capsys.readouterr().err


def test_a_damaged_database_points_to_its_backups(filled: Path, capsys) -> None:
    take_backup(filled)
    filled.write_bytes(filled.read_bytes()[:100])
    assert main(["search", "--db", str(filled), "death"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"restore --db {filled} --latest" in err
    assert main(["restore", "--db", str(filled), "--latest"]) == 0
    assert texts(filled) == ["Abolish the death penalty"]


def test_a_deleted_database_points_to_its_backups_in_sentences(filled: Path, capsys) -> None:
    take_backup(filled)
    filled.unlink()
    assert main(["search", "--db", str(filled), "death"]) == 1
    err = capsys.readouterr().err
    assert f"there is no database at {filled}. It has 1 backup, the newest " in err
    assert main(["restore", "--db", str(filled), "--latest"]) == 0
    assert texts(filled) == ["Abolish the death penalty"]
