"""Copying a whole database between an SQLite file and a PostgreSQL server (services.database_copy,
`upr-tracker copy`): everything kept, all or nothing, a target with data refused unless merging."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from upr_tracker.cli.main import main
from upr_tracker.errors import UprTrackerError
from upr_tracker.services.assessments import add_assessment
from upr_tracker.services.database_copy import (
    CopyCheckError,
    Endpoint,
    TargetNotEmptyError,
    copied_tables,
    copy_database,
)
from upr_tracker.services.milestones import add_milestone
from upr_tracker.services.notes import add_note
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.services.saved_searches import save_search, saved_searches
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, is_plain_sqlite
from upr_tracker.storage.models import Attachment, AuditEntry, Recommendation

SECRET = "copy the notes, not the words"
EVIDENCE = bytes(range(256)) * 40 + b"\x00\xff the end"


def _fill(db: Database, tmp_path: Path) -> None:
    """What the demo lacks: notes (one confidential, with tags), an assessment, an attachment's bytes,
    a saved search."""
    with db.read() as session:
        first, second = session.scalars(select(Recommendation.id).order_by(Recommendation.label_sort).limit(2))
    add_note(db, "Met the ministry about the moratorium.", recommendation_id=first, tags=["meeting", "MoJ"])
    add_note(db, "The source asked not to be named: свобода, égalité.", recommendation_id=second,
             confidential=True)
    add_assessment(db, first, "ngo", "partially_implemented", source_name="KIBHR", evidence="Draft law tabled")
    evidence = tmp_path / "evidence.bin"
    evidence.write_bytes(EVIDENCE)
    add_milestone(db, "KAZ", "law", "Law with its text attached", date="2011-03-01", attachment=evidence,
                  recommendation_ids=[first])
    save_search(db, "Death penalty, cycle 1", RecommendationFilter(cycle=1, theme="Death penalty"))


def _rows(target: Path | object, passphrase: Passphrase | None = None) -> dict[str, set[tuple]]:
    """Every row of every copied table, every column as stored."""
    with Database.open(target, create=False, passphrase=passphrase) as db, db.engine.connect() as connection:
        return {table.name: {tuple(row) for row in connection.execute(select(*table.columns))}
                for table in copied_tables()}


@pytest.fixture
def filled_demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "source.sqlite3"
    shutil.copy(demo_file, path)
    with Database.open(path, actor="tester") as db:
        _fill(db, tmp_path)
    return path


@pytest.fixture
def server_database(postgresql_server) -> Iterator:
    if postgresql_server is None:
        pytest.skip("no PostgreSQL server: install postgresql or set UPR_TRACKER_TEST_POSTGRESQL_URL")
    with postgresql_server.fresh_database(empty=True) as address:
        yield address


@pytest.mark.postgresql
def test_sqlite_to_server_and_back_keeps_every_row(filled_demo: Path, server_database, tmp_path: Path) -> None:
    there = copy_database(Endpoint(filled_demo), Endpoint(server_database))
    assert there.counts_agree and there.exports_equal is True
    assert {t.table: t.copied for t in there.tables}["recommendation"] == 322
    back_path = tmp_path / "back.sqlite3"
    back = copy_database(Endpoint(server_database), Endpoint(back_path))
    assert back.counts_agree and back.exports_equal is True

    original, on_server, returned = _rows(filled_demo), _rows(server_database), _rows(back_path)
    assert original == on_server == returned
    assert len(original["audit_entry"]) > 900 and len(original["note"]) == 2 and len(original["note_tag"]) == 2
    with Database.open(back_path, create=False) as db, db.read() as session:
        assert session.scalars(select(Attachment.data)).one() == EVIDENCE
        assert "Death penalty, cycle 1" in saved_searches(db)
        # the history is the source's, not a record of the copy
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert "tester" in actors
    assert all(t.skipped_same_id == t.matched_by_key == 0 for t in back.tables)


@pytest.mark.postgresql
def test_a_copy_on_the_server_is_searched_and_sorted_as_the_file(filled_demo: Path, server_database) -> None:
    """The server's own triggers make what is not copied: the sort key of the big table."""
    copy_database(Endpoint(filled_demo), Endpoint(server_database))
    with Database.open(server_database, create=False) as db, db.read() as session:
        missing = session.scalar(select(Recommendation.id).where(Recommendation.sort_key.is_(None)).limit(1))
        keys = list(session.scalars(select(Recommendation.sort_key).order_by(Recommendation.sort_key)))
    assert missing is None
    with Database.open(filled_demo, create=False) as db, db.read() as session:
        assert keys == list(session.scalars(select(Recommendation.sort_key).order_by(Recommendation.sort_key)))


def test_an_encrypted_file_is_copied_into_a_plain_one_and_an_encrypted_one(filled_demo: Path, tmp_path: Path) -> None:
    encrypted = tmp_path / "encrypted.sqlite3"
    passphrase = Passphrase(SECRET)
    report = copy_database(Endpoint(filled_demo), Endpoint(encrypted, passphrase=passphrase))
    assert report.exports_equal is True and not is_plain_sqlite(encrypted)
    plain = tmp_path / "plain.sqlite3"
    copy_database(Endpoint(encrypted, passphrase=passphrase), Endpoint(plain))
    assert is_plain_sqlite(plain)
    assert _rows(encrypted, passphrase) == _rows(filled_demo) == _rows(plain)


def test_a_target_with_data_is_refused_and_merging_skips_what_is_there(filled_demo: Path, db_target,
                                                                      tmp_path: Path) -> None:
    copy_database(Endpoint(filled_demo), Endpoint(db_target))
    before = _rows(db_target)
    with pytest.raises(TargetNotEmptyError, match="already holds data.*--merge"):
        copy_database(Endpoint(filled_demo), Endpoint(db_target))
    assert _rows(db_target) == before

    merged = copy_database(Endpoint(filled_demo), Endpoint(db_target), merge=True)
    assert merged.rows_copied == 0 and merged.rows_skipped == sum(len(rows) for rows in before.values())
    assert merged.exports_equal is None and merged.counts_agree
    assert _rows(db_target) == before


def test_merging_adds_the_records_that_are_not_there(filled_demo: Path, db_target, tmp_path: Path) -> None:
    """A database with the demo, and a copy of it with more notes: the merge adds the notes alone;
    a record of the same natural key (the same State by its code) is linked, not duplicated."""
    copy_database(Endpoint(filled_demo), Endpoint(db_target))
    grown = tmp_path / "grown.sqlite3"
    shutil.copy(filled_demo, grown)
    with Database.open(grown, actor="tester") as db, db.read() as session:
        first = session.scalars(select(Recommendation.id).order_by(Recommendation.label_sort)).first()
    with Database.open(grown, actor="tester") as db:
        add_note(db, "A later meeting.", recommendation_id=first)
    report = copy_database(Endpoint(grown), Endpoint(db_target), merge=True)
    copied = {t.table: t.copied for t in report.tables}
    assert copied["note"] == 1 and copied["recommendation"] == 0
    assert copied["audit_entry"] >= 1  # the trail of the new note comes with it
    assert _rows(db_target)["note"] == _rows(grown)["note"]


def test_a_failure_half_way_leaves_the_target_as_it_was(filled_demo: Path, db_target, tmp_path: Path) -> None:
    class FailsAtRecommendations:
        def report(self, done: int, total: int, text: str = "") -> None:
            if "recommendation" in text and done:
                raise RuntimeError("the network went away")

        def check_cancelled(self) -> None:
            pass

    Database.open(db_target, actor="tester").close()  # an empty database, made already
    before = _rows(db_target)
    with pytest.raises(RuntimeError, match="network"):
        copy_database(Endpoint(filled_demo), Endpoint(db_target), progress=FailsAtRecommendations())
    assert _rows(db_target) == before


def test_a_failure_into_a_new_file_leaves_no_file(filled_demo: Path, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    class CancelledAtNotes:
        def report(self, done: int, total: int, text: str = "") -> None:
            if "note" in text:
                raise Cancelled

        def check_cancelled(self) -> None:
            pass

    target = tmp_path / "new.sqlite3"
    with pytest.raises(Cancelled):
        copy_database(Endpoint(filled_demo), Endpoint(target), progress=CancelledAtNotes())
    assert not target.exists() and [p.name for p in tmp_path.iterdir() if "copying" in p.name] == []


def test_a_copy_whose_export_differs_is_not_put_in_place(filled_demo: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.services import database_copy

    digests = iter(["one", "another"])
    monkeypatch.setattr(database_copy, "export_digest", lambda db, progress: next(digests))
    target = tmp_path / "new.sqlite3"
    with pytest.raises(CopyCheckError, match="differs.*not put in place"):
        copy_database(Endpoint(filled_demo), Endpoint(target))
    assert not target.exists()


def test_the_same_database_is_not_copied_onto_itself(filled_demo: Path) -> None:
    with pytest.raises(Exception, match="both the source and the target"):
        copy_database(Endpoint(filled_demo), Endpoint(filled_demo.parent / "." / filled_demo.name))


@pytest.mark.postgresql
def test_the_copy_command_both_ways(filled_demo: Path, server_database, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--from", str(filled_demo), "--to", str(server_database)]) == 0
    out = capsys.readouterr().out
    assert "recommendation" in out and "Counts of every table: as expected." in out
    assert "JSON export of both sides: the same" in out

    assert main(["copy", "--from", str(filled_demo), "--to", str(server_database)]) == 1
    assert "already holds data" in capsys.readouterr().err

    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(SECRET + "\n")
    back = tmp_path / "back.sqlite3"
    assert main(["copy", "--from", str(server_database), "--to", str(back), "--to-passphrase-file",
                 str(passphrase_file), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["exports_equal"] is True and summary["counts_agree"] is True
    assert {t["table"]: t["copied"] for t in summary["tables"]}["note"] == 2
    assert not is_plain_sqlite(back)

    assert main(["copy", "--from", str(back), "--from-passphrase-file", str(passphrase_file), "--to",
                 str(server_database), "--merge", "--json"]) == 0
    merged = json.loads(capsys.readouterr().out)
    assert merged["rows_copied"] == 0 and merged["merged"] is True


def test_the_copy_command_refuses_a_password_in_the_address(filled_demo: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["copy", "--from", str(filled_demo), "--to", "postgresql://me:secret@localhost/upr"])
    assert "do not put the password in the address" in capsys.readouterr().err


@pytest.mark.usefixtures("gui_settings")
def test_the_window_copies_its_database_into_a_new_encrypted_file(qtbot, filled_demo: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.test_gui_main_window import open_window
    from upr_tracker.gui.copy_dialog import show_copy_dialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _parent, _title, text: shown.append(text)))
    with Database.open_exclusively(filled_demo, actor="tester") as database:
        window = open_window(qtbot, database)
        dialog = show_copy_dialog(window)
        dialog.target.setText("postgresql://me:secret@localhost/upr")
        dialog._accept()
        assert dialog.isVisible() and "password in the address" in dialog.error.text()
        target = tmp_path / "laptop copy.sqlite3"
        dialog.target.setText(str(target))
        dialog.passphrase.setText(SECRET)
        dialog._accept()
        qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
        window.tasks.wait_for_all()
    assert "JSON exports of both sides are the same" in shown[0] and str(target) in shown[0]
    assert not is_plain_sqlite(target)
    assert _rows(target, Passphrase(SECRET)) == _rows(filled_demo)


@pytest.mark.postgresql
def test_a_value_the_server_refuses_is_named_and_nothing_is_copied(filled_demo: Path, server_database) -> None:
    """SQLite keeps a label longer than its column; the server does not: the message names the table."""
    with Database.open(filled_demo, actor="tester") as db, db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE recommendation SET label = label || '" + "9" * 80 + "' WHERE rowid = 1")
    with pytest.raises(UprTrackerError, match=r"refused a value of recommendation \(value too long.*nothing was copied"):
        copy_database(Endpoint(filled_demo), Endpoint(server_database))
    with Database.open(server_database, create=False) as db, db.read() as session:
        assert session.scalar(select(Recommendation.id).limit(1)) is None
