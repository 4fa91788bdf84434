"""The log file: where it is, what it holds (and never holds), how it rotates; the debug
information a person copies into a report; the fallbacks of the readers logged."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path

import platformdirs
import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker import __version__
from upr_tracker.cli.main import main
from upr_tracker.diagnostics import (
    CRASH_FILE_NAME,
    LOG_FILE_NAME,
    current_log_file,
    debug_info,
    log_folder,
    setup_logging,
    shareable,
    without_home,
)
from upr_tracker.parsing.text_input import decode_bytes

# Words found nowhere but in what the test writes: in the log, they would show a leak.
NOTE_WORDS = "Quetzalcoatlfeather"
RECOMMENDATION_WORDS = "Zanzibarotheque"
PASSPHRASE = "Okapi-Vermilion-8841"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(folder))
    return folder


def log_text(folder: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob(f"{LOG_FILE_NAME}*")))


def test_the_log_folder_is_the_user_s_unless_the_environment_names_one(monkeypatch: pytest.MonkeyPatch,
                                                                        tmp_path: Path) -> None:
    monkeypatch.delenv("UPR_TRACKER_LOG_DIR")
    assert log_folder() == platformdirs.user_log_path("upr-tracker", appauthor=False)
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(tmp_path / "here"))
    assert log_folder() == tmp_path / "here"


def test_setting_up_makes_a_private_log_and_crash_file_once(log_dir: Path) -> None:
    log_file = setup_logging()
    assert log_file == log_dir / LOG_FILE_NAME and current_log_file() == log_file.absolute()
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
    assert setup_logging() == log_file
    assert [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)] == ours  # idempotent
    logging.getLogger("upr_tracker.test").info("a line with ünïcödé")
    text = log_text(log_dir)
    assert f"INFO upr_tracker.test [pid {os.getpid()}] a line with ünïcödé" in text
    assert text[:4].isdigit()  # the time first
    assert (log_dir / CRASH_FILE_NAME).exists()
    if os.name == "posix":
        assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert stat.S_IMODE((log_dir / CRASH_FILE_NAME).stat().st_mode) == 0o600


def test_the_log_rotates_and_keeps_a_few_old_files(log_dir: Path) -> None:
    setup_logging(max_bytes=2_000, backup_count=2)
    for number in range(200):
        logging.getLogger("upr_tracker.test").info("line %d of a long session", number)
    names = sorted(path.name for path in log_dir.iterdir())
    assert names == [CRASH_FILE_NAME, LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert all((log_dir / name).stat().st_size <= 2_000 for name in names)
    assert "line 199 of a long session" in (log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE((log_dir / f"{LOG_FILE_NAME}.2").stat().st_mode) == 0o600


def test_a_session_of_commands_is_logged_without_notes_texts_or_passphrases(
        log_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "work.sqlite3"
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert main(["import", "--db", str(db), str(KAZAKHSTAN_WG_REPORT_TXT)]) == 0
    assert main(["recommendation", "add", "--db", str(db), "--state", "KAZ", "--cycle", "1",
                 "--label", "99.1", "--text", f"Build the {RECOMMENDATION_WORDS} for everyone"]) == 0
    assert main(["note", "add", "--db", str(db), "--state", "KAZ", "--label", "99.1", "--confidential",
                 "--text", f"Met the {NOTE_WORDS} people in secret"]) == 0
    assert main(["encrypt", "--db", str(db), "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["search", "--db", str(db), "--passphrase-file", str(passphrase_file), RECOMMENDATION_WORDS]) == 0
    out = tmp_path / "all.json"
    assert main(["export", "--db", str(db), "--passphrase-file", str(passphrase_file), "--out", str(out),
                 "--include-confidential"]) == 0
    assert main(["note", "list", "--db", str(db), "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["report", "--db", str(db), "--passphrase-file", str(passphrase_file), "--template", "country-brief",
                 "--state", "KAZ", "--cycle", "1", "--out", str(tmp_path / "brief.html"),
                 "--include-confidential"]) == 0
    assert main(["backup", "--db", str(db), "--passphrase-file", str(passphrase_file)]) == 0
    assert main(["search", "--db", str(tmp_path / "absent.sqlite3"), "x"]) == 1   # an error the CLI prints
    printed = capsys.readouterr()
    assert NOTE_WORDS not in printed.out and RECOMMENDATION_WORDS in printed.out  # (the search found it)
    text = log_text(log_dir)
    for command in ("import", "recommendation", "note", "encrypt", "search", "export"):
        assert f"UPR Tracker {__version__} started: {command}" in text
    assert f"Imported {KAZAKHSTAN_WG_REPORT_TXT.name} (wg-report): recommendations 128 new" in text
    assert "Database work.sqlite3 opened to write: sqlite" in text and "encrypted: yes" in text
    assert "Wrote JSON export all.json (upr-tracker-export): 129 recommendations" in text
    assert "Wrote report brief.html (html)" in text
    assert "Backed up work.sqlite3 (manual) to " in text
    assert "search stopped: DatabaseOpenError: there is no database at" in text or \
        "search stopped: DatabaseOpenError" in text
    for secret in (NOTE_WORDS, RECOMMENDATION_WORDS, PASSPHRASE, "Abolish"):
        assert secret not in text, f"{secret!r} is in the log"
    # SQLAlchemy would log every statement with its values at INFO.
    assert logging.getLogger("sqlalchemy.engine.Engine").getEffectiveLevel() >= logging.WARNING
    # The new database's upgrade is one line of ours, not Alembic's plugins and every migration's text.
    assert "INFO alembic." not in text
    assert "Upgraded work.sqlite3 to schema" in text


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_app(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(blocked / "logs"))
    from upr_tracker.storage.database import Database

    Database.open(tmp_path / "new.sqlite3").close()
    try:
        assert main(["problems", "--db", str(tmp_path / "new.sqlite3")]) == 0
        assert main(["problems", "--db", str(tmp_path / "new.sqlite3")]) == 0
        err = capsys.readouterr().err
        assert err.count("cannot be written") == 1   # said once
        assert str(blocked / "logs") in err
        assert len(err.splitlines()) == 1
        assert current_log_file() is None
        # The debug info says where the errors went, not a log file that was never written.
        log_line = next(line for line in debug_info().splitlines() if line.startswith("Log: "))
        assert log_line.startswith("Log: standard error") and str(blocked / "logs") in log_line
    finally:
        monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(tmp_path / "good"))
        setup_logging()


def test_debug_info_names_versions_and_the_traceback(log_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        raise LookupError("a deliberate failure")
    except LookupError as exc:
        error = exc
    setup_logging()
    info = debug_info(error)
    lines = info.splitlines()
    assert lines[0] == f"UPR Tracker {__version__}"
    assert any(line.startswith("Python: 3.") for line in lines)
    assert any(line.startswith("OS: ") for line in lines)
    import sqlite3
    assert f"SQLite: {sqlite3.sqlite_version}" in lines
    assert any(line.startswith("SQLCipher: 4.") for line in lines)
    assert "Bundle: no" in lines
    assert f"Log: {log_dir / LOG_FILE_NAME}" in lines
    assert "LookupError: a deliberate failure" in info and "in test_debug_info_names_versions" in info
    assert "Traceback" not in debug_info()
    # Qt named only when the app loaded it; SQLCipher missing said, not raised.
    monkeypatch.delitem(sys.modules, "PySide6.QtCore", raising=False)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    plain = debug_info()
    assert "Qt: not loaded" in plain
    assert "SQLCipher: not available (ModuleNotFoundError)" in plain


def test_an_uncertain_encoding_and_a_pdf_read_again_are_logged(caplog: pytest.LogCaptureFixture,
                                                               tmp_path: Path) -> None:
    from tests.glued_pdf import glued_pdf
    from upr_tracker.parsing.pdf_text import read_pdf

    caplog.set_level(logging.INFO)
    decode_bytes("Права человека и свобода слова\n".encode("cp1251"), source="notes.txt")
    assert any(record.name == "upr_tracker.parsing.text_encoding"
               and record.getMessage().startswith("notes.txt: encoding") for record in caplog.records)
    path = tmp_path / "glued.pdf"
    path.write_bytes(glued_pdf([["A short first page"], ["The Working Group on the Universal Periodic Review held "
                                                         "its session on the Islamic Republic of Iran"]]))
    read_pdf(path)
    messages = [record.getMessage() for record in caplog.records if record.name == "upr_tracker.parsing.pdf_text"]
    assert "glued.pdf: pages 2 have words run together: read again" in messages


def test_a_database_error_never_quotes_the_values_of_its_statement(db) -> None:  # noqa: ANN001
    """Errors reach the log, the error box and the debug information a user sends: the words of a
    note written in a failing statement stay out of them (SQLAlchemy would add "[parameters: …]")."""
    import traceback

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from upr_tracker.errors import UprTrackerError

    secret = "Met the witness at the safe house"
    # (the database's layer turns an SQLite failure into its own error, the SQLAlchemy one chained)
    with pytest.raises((UprTrackerError, DBAPIError)) as failure, db.read() as session:
        session.execute(text("SELECT * FROM no_such_table WHERE body = :body"), {"body": secret})
    shown = "".join(traceback.format_exception(failure.value))
    assert "no_such_table" in shown  # (the statement itself is there, to say what failed)
    assert secret not in shown and secret not in debug_info(failure.value)


def test_the_home_folder_is_written_as_a_tilde_in_the_log_and_the_debug_info(
        log_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "alice"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(home / "logs"))
    assert without_home(f"opened {home}/work.sqlite3") == "opened ~/work.sqlite3"
    assert without_home(f"folder '{home}'") == "folder '~'"
    assert without_home(f"{home}-old/work.sqlite3") == f"{home}-old/work.sqlite3"  # another folder
    assert without_home(f"/mnt/backup{home}/work.sqlite3") == f"/mnt/backup{home}/work.sqlite3"  # a copy elsewhere
    assert without_home(f"It is in {home}.") == "It is in ~."
    assert without_home("no path here") == "no path here"

    assert main(["search", "--db", str(home / "absent.sqlite3"), "x"]) == 1  # its error names the file
    capsys.readouterr()
    text = log_text(home / "logs")
    assert "search stopped: DatabaseOpenError" in text and "~/absent.sqlite3" in text
    assert str(home) not in text
    info = debug_info(FileNotFoundError(2, "No such file", str(home / "gone.pdf")))
    assert "Log: ~/logs/upr-tracker.log" in info and "~/gone.pdf" in info and str(home) not in info


def test_a_constraint_s_error_quoting_the_row_is_logged_without_its_values(db, log_dir: Path) -> None:  # noqa: ANN001
    """PostgreSQL says which values broke a constraint ("Key (name)=(…) already exists", "Failing
    row contains (…)"): the log and the debug information leave them out (SQLite names no values)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from upr_tracker.errors import UprTrackerError

    setup_logging()
    secret = "Met the witness\nat the safe house"  # (a note's lines: the value spans them)
    failures = []
    for statement in ("INSERT INTO kept (name, note) VALUES ('first', 'x'), ('first', :secret)",
                      "INSERT INTO kept (name, note) VALUES (NULL, :secret)",
                      "INSERT INTO kept (name, note) VALUES (:secret, 'x'), (:secret, 'y')"):
        with pytest.raises((UprTrackerError, DBAPIError)) as failure, db.write() as session:
            session.execute(text("CREATE TEMPORARY TABLE kept (name TEXT NOT NULL UNIQUE, note TEXT)"))
            session.execute(text(statement), {"secret": secret})
        failures.append(failure.value)
        logging.getLogger("upr_tracker.tests").error("The write failed", exc_info=failure.value)
        assert "witness" not in debug_info(failure.value) and "safe house" not in debug_info(failure.value)
    logged = log_text(log_dir)
    assert logged.count("The write failed") == 3
    assert "witness" not in logged and "safe house" not in logged
    if db.engine.dialect.name == "postgresql":
        assert "Key (name)=(…) already exists" in logged and "Failing row contains (…)" in logged
    assert shareable('Key (lower(name::text))=(a (b) c) already exists.') == "Key (lower(name::text))=(…) already exists."
    assert shareable("DETAIL:  Failing row contains (null, secret).") == "DETAIL:  Failing row contains (…)."
    assert shareable("DETAIL:  Key (lower(btrim(name)))=(a) b) already exists.\n[SQL: INSERT …]") == \
        "DETAIL:  Key (lower(btrim(name)))=(…) already exists.\n[SQL: INSERT …]"
    assert shareable("DETAIL:  Key (room, during)=(1, [a,b)) conflicts with existing key (room, during)=(1, [c,d)).") \
        == "DETAIL:  Key (room, during)=(…) conflicts with existing key (room, during)=(…)."
    assert shareable("DETAIL:  Failing row contains (1, line one\nline two, null).\n\nThe above exception") == \
        "DETAIL:  Failing row contains (…).\n\nThe above exception"
    assert shareable("no values here (really), Key (a) alone") == "no values here (really), Key (a) alone"


def test_a_windows_home_folder_is_found_however_a_message_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.diagnostics import log_setup

    monkeypatch.setattr(log_setup.sys, "platform", "win32")
    monkeypatch.setattr(log_setup.Path, "home", staticmethod(lambda: "C:\\Users\\Alice"))
    assert without_home("opened C:\\Users\\Alice\\work.sqlite3") == "opened ~\\work.sqlite3"
    assert without_home("No such file: 'c:\\\\users\\\\alice\\\\x.pdf'") == "No such file: '~\\\\x.pdf'"
    assert without_home("file:///C:/Users/Alice/x.pdf") == "file:///~/x.pdf"


def test_the_debug_info_says_when_errors_went_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window started with no console and a log folder it could not write: no file to point at."""
    import importlib

    debug_info_module = importlib.import_module("upr_tracker.diagnostics.debug_info")  # (the package names the function so)

    monkeypatch.setattr(debug_info_module, "current_log_file", lambda: None)
    monkeypatch.setattr(debug_info_module.sys, "stderr", None)
    assert "Log: nowhere (no console)" in debug_info()
