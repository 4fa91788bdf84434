"""Opening database files: new, ours, not ours, damaged, too new; connection settings."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from upr_tracker.errors import DatabaseOpenError, DatabaseTooNewError, NotAnUprDatabaseError
from upr_tracker.storage.database import Database
from upr_tracker.storage.engine import APPLICATION_ID
from upr_tracker.storage.schema_upgrade import head_revision


def test_new_database_is_created_with_schema_and_reference_data(db_path: Path) -> None:
    with Database.open(db_path) as db, db.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert session.execute(text("SELECT count(*) FROM state")).scalar() == 195
        themes = session.execute(text("SELECT count(*) FROM term WHERE vocabulary = 'themes'")).scalar()
        assert themes == 54
        assert session.execute(text("PRAGMA application_id")).scalar() == APPLICATION_ID


@pytest.mark.sqlite_only("the PRAGMAs of the app's SQLite connections")
def test_connections_enforce_foreign_keys_and_use_wal(db: Database) -> None:
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000


def test_reopening_loads_nothing_twice(db_path: Path) -> None:
    Database.open(db_path).close()
    with Database.open(db_path) as db, db.read() as session:
        assert session.execute(text("SELECT count(*) FROM state")).scalar() == 195
        assert session.execute(text("SELECT count(*) FROM term")).scalar() == 108


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="no database at"):
        Database.open(tmp_path / "absent.sqlite3", create=False)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Database.open(path, create=False) as db, db.read() as session:
        assert session.execute(text("SELECT count(*) FROM state")).scalar() == 195


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Meeting notes, not a database\n")
    with pytest.raises(NotAnUprDatabaseError, match="not an SQLite file"):
        Database.open(path)
    assert path.read_text() == "Meeting notes, not a database\n"


def test_another_applications_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('someone')")
        connection.commit()
    before = path.read_bytes()
    with pytest.raises(NotAnUprDatabaseError, match="another application.*contacts"):
        Database.open(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "folder.sqlite3"
    folder.mkdir()
    (folder / "x").write_text("x")
    with pytest.raises(NotAnUprDatabaseError, match="folder"):
        Database.open(folder)


def test_a_damaged_database_is_refused(tmp_path: Path, db_path: Path) -> None:
    Database.open(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wipe the schema page after the header
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError):
        Database.open(damaged)


def test_a_database_from_a_newer_version_is_refused_unchanged(db_path: Path) -> None:
    Database.open(db_path).close()
    with closing(sqlite3.connect(db_path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
        connection.commit()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        Database.open(db_path)
    assert db_path.read_bytes() == before


def test_a_failed_write_leaves_nothing_behind(db: Database) -> None:
    from upr_tracker.services.reviews import create_review

    with pytest.raises(RuntimeError):
        with db.write() as session:
            session.execute(text("DELETE FROM term"))
            raise RuntimeError("interrupted")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM term")).scalar() == 108
    assert create_review(db, "KAZ", 1, 7)
