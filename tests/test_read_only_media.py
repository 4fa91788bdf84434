"""A database on read-only media (a write-protected card, a read-only share, a folder the user may
not write): every command that only reads works, says it opened the file read-only, and leaves the
folder as it was; a command that must write says the folder cannot be written."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.read_only_media import run_where_folder_is_read_only, shared_folder, writable_by_anyone
from upr_tracker.errors import DatabaseReadOnlyError
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.storage import schema_upgrade
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.engine import create_sqlite_engine
from upr_tracker.storage.search_folding import indexed_form

PASSPHRASE = "correct horse battery staple"


def fill(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17",
                                               recommending_states=["France"], themes=["Death penalty"])
    notes.add_note(db, "Met the ministry about the moratorium", recommendation_id=first)


@pytest.fixture
def media() -> Iterator[Path]:
    """A folder holding a closed database (WAL mode, as the app writes them, with no -wal or -shm
    beside it), and folders the commands may write their output and data to."""
    with shared_folder() as root:
        folder = root / "card"
        folder.mkdir()
        folder.chmod(0o755)
        with Database.open(folder / "upr.sqlite3", actor="tester") as db:
            fill(db)
        writable_by_anyone(root / "out")
        writable_by_anyone(root / "data")
        yield folder


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run_read_only(media: Path, *argv: str):
    return run_where_folder_is_read_only(media, *argv, data_folder=media.parent / "data")


READING_COMMANDS = {
    "search": ["search", "moratorium", "--json"],
    "check": ["check"],
    "export": ["export", "--format", "json", "--out", "{out}/all.json"],
    "export-csv": ["export", "--format", "csv", "--out", "{out}/all.csv"],
    "audit": ["audit", "--out", "{out}/audit.csv"],
    "problems": ["problems"],
    "backup-list": ["backup", "--list"],
    "review-list": ["review", "list", "--json"],
}


@pytest.mark.parametrize("name", READING_COMMANDS)
def test_a_command_that_only_reads_works_on_read_only_media(media: Path, name: str) -> None:
    before = files_in(media)
    argv = [a.format(out=media.parent / "out") for a in READING_COMMANDS[name]]
    result = run_read_only(media, *argv, "--db", str(media / "upr.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert "cannot be read as a database" not in result.stderr
    if name != "backup-list":  # (listing reads only the backup folder)
        assert "opened read-only" in result.stderr and "cannot be written" in result.stderr
        assert result.stderr.count("opened read-only") == 1
    assert files_in(media) == before
    if name == "search":
        found = json.loads(result.stdout)
        assert found["count"] == 1 and found["results"][0]["kind"] == "note"
    if name == "export":
        exported = json.loads((media.parent / "out" / "all.json").read_text(encoding="utf-8"))
        assert [r["label"] for r in exported["recommendations"]] == ["97.17"]
    if name == "check":
        assert "OK" in result.stdout
    if name == "review-list":
        assert [(r["state"], r["recommendations"]) for r in json.loads(result.stdout)["reviews"]] == [("KAZ", 1)]


def test_a_report_is_written_from_read_only_media(media: Path) -> None:
    out = media.parent / "out" / "brief.html"
    result = run_read_only(media, "report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1", "--db",
                           str(media / "upr.sqlite3"), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "opened read-only" in result.stderr
    assert "Abolish the death penalty" in out.read_text(encoding="utf-8")


def test_taking_a_backup_on_read_only_media_says_the_folder_cannot_be_written(media: Path) -> None:
    before = files_in(media)
    result = run_read_only(media, "backup", "--db", str(media / "upr.sqlite3"))
    assert result.returncode == 1
    assert "cannot be written" in result.stderr and "no backup was made" in result.stderr
    assert "cannot be read as a database" not in result.stderr
    assert files_in(media) == before


@pytest.mark.parametrize("command", [["import", "{file}"], ["restore", "--latest"], ["encrypt"]])
def test_a_command_that_changes_the_database_on_read_only_media_says_why_it_cannot(
        media: Path, tmp_path: Path, command: list[str]) -> None:
    sample = tmp_path / "one.csv"
    sample.write_text("State,Recommendation\nKazakhstan,Abolish the death penalty\n", encoding="utf-8")
    before = files_in(media)
    argv = [part.replace("{file}", str(sample)) for part in command]
    result = run_read_only(media, *argv, "--db", str(media / "upr.sqlite3"))
    assert result.returncode == 1
    assert "upr.sqlite3 cannot be changed: its folder cannot be written" in result.stderr, result.stderr
    assert "commands that only read it" in result.stderr
    assert files_in(media) == before


def test_an_encrypted_database_is_read_from_read_only_media(media: Path) -> None:
    path = media / "secret.sqlite3"
    with Database.open(path, actor="tester", passphrase=Passphrase(PASSPHRASE)) as db:
        fill(db)
    passphrase_file = media.parent / "out" / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    passphrase_file.chmod(0o644)
    result = run_read_only(media, "search", "moratorium", "--json", "--db", str(path),
                           "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["count"] == 1
    assert "opened read-only" in result.stderr


def _database_with_changes_in_its_wal(source: Path, target_folder: Path, *, with_shm: bool) -> Path:
    """A copy of a database taken while a change was only in its -wal (the file itself does not
    have it yet), as a copy to a card made while the app was open would be."""
    with closing(sqlite3.connect(source)) as connection:
        # (the app's own connection: the search index's triggers fold the text with its function)
        connection.create_function("upr_search_fold", 2, indexed_form, deterministic=True)
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("UPDATE note SET body = 'Met the ministry about the torture bill'")
        connection.commit()
        target = target_folder / "copied.sqlite3"
        for suffix in ("", "-wal") + (("-shm",) if with_shm else ()):
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return target


def test_a_wal_with_its_index_is_read_on_read_only_media(media: Path) -> None:
    """Beside its -shm the -wal can be read: the change in it is found, not the file's old text."""
    copied = _database_with_changes_in_its_wal(media / "upr.sqlite3", media, with_shm=True)
    result = run_read_only(media, "search", "torture", "--json", "--db", str(copied))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["count"] == 1


def test_a_wal_that_cannot_be_read_here_is_said_not_skipped(media: Path) -> None:
    """Without its -shm, which cannot be made on read-only media, the -wal cannot be read: reading
    the file alone would show it without its latest changes, silently. It is refused, saying why."""
    copied = _database_with_changes_in_its_wal(media / "upr.sqlite3", media, with_shm=False)
    result = run_read_only(media, "search", "moratorium", "--json", "--db", str(copied))
    assert result.returncode == 1
    assert "copied.sqlite3-wal" in result.stderr and "folder that can be written" in result.stderr
    assert result.stdout == ""


def _previous_revision() -> str:
    scripts = schema_upgrade.ScriptDirectory.from_config(schema_upgrade.alembic_config())
    return scripts.get_revision(schema_upgrade.head_revision()).down_revision


def test_an_older_schema_on_read_only_media_must_be_upgraded_on_a_writable_copy(media: Path) -> None:
    old = media / "old.sqlite3"
    engine = create_sqlite_engine(old)
    schema_upgrade.upgrade_to_head(engine, old, target=_previous_revision())
    engine.dispose()
    result = run_read_only(media, "search", "moratorium", "--db", str(old))
    assert result.returncode == 1
    assert "older version" in result.stderr and "folder that can be written" in result.stderr
    checked = run_read_only(media, "check", "--db", str(old))
    assert "older than this version's" in checked.stdout and "folder that can be written" in checked.stdout
    assert "opening it will upgrade it" not in checked.stdout
    with closing(sqlite3.connect(f"file:{old}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == _previous_revision()


def test_a_database_opened_read_only_refuses_to_write_saying_why(media: Path) -> None:
    with Database.open_read_only(media / "upr.sqlite3") as db:
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM note")).scalar() == 1
        assert db.read_only
        with pytest.raises(DatabaseReadOnlyError, match="opened read-only"), db.write() as session:
            session.execute(text("DELETE FROM note"))
    with closing(sqlite3.connect(media / "upr.sqlite3")) as connection:
        assert connection.execute("SELECT count(*) FROM note").fetchone()[0] == 1


def test_a_reading_command_leaves_nothing_beside_a_database_it_could_write(
        media: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_tracker.cli.main import main

    before = files_in(media)
    assert main(["search", "moratorium", "--db", str(media / "upr.sqlite3")]) == 0
    captured = capsys.readouterr()
    assert "Met the ministry" in captured.out
    assert "read-only" not in captured.err  # it could have been written: nothing to say
    assert files_in(media) == before  # no -wal or -shm left behind


def test_a_database_opened_to_be_read_refuses_a_change_made_around_its_units_of_work(media: Path) -> None:
    from upr_tracker.errors import StorageFullError

    with Database.open_read_only(media / "upr.sqlite3") as db, pytest.raises(StorageFullError, match="read-only"), \
            db.read() as session:
        session.execute(text("DELETE FROM note"))
    with closing(sqlite3.connect(media / "upr.sqlite3")) as connection:
        assert connection.execute("SELECT count(*) FROM note").fetchone()[0] == 1
