"""A full disk or a read-only folder: the write is rolled back and the user is told.

Every write path is tried: an import, the edits, the exports (JSON, CSV, XLSX, the audit trail), the
reports (PDF, Word, HTML), a backup and the backup taken before an upgrade. Each must fail with the
application's own one-sentence error (the command line prints one line that names the file and
exits 1), leave the database as it was, leave an earlier output file as it was or no file at all,
and leave no temporary file behind.

How the faults are made, for real where the system allows it:
- a full disk for SQLite: PRAGMA max_page_count held at the file's size, on every connection the
  app opens; SQLite reports SQLITE_FULL, "database or disk is full", as it does on a full disk;
- a full disk for any file: RLIMIT_FSIZE, which makes the kernel refuse to write past a size, to
  Python and SQLite alike, root included (File too large, where a full disk says No space left);
- a read-only database: PRAGMA query_only on the app's connections; SQLite reports "attempt to write
  a readonly database", as it does for a file it may not write;
- a read-only folder or file: chmod. Root may write there all the same; then the calls that would
  create, replace or remove a file there refuse, with the error the kernel gives everyone else.
"""

from __future__ import annotations

import builtins
import errno
import gc
import io
import os
import resource
import sqlite3
import stat
import sys
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.pool import Pool

from tests.held_database import build_held_database, copy_of, first_recommendation, table_digests
from tests.migration_filler import fill_every_table
from tests.sample_paths import CHINA_MATRIX_DOCX, UPRINFO_CSV
from upr_tracker.cli.main import main
from upr_tracker.errors import StorageFullError, UprTrackerError
from upr_tracker.services import assessments, milestones, notes, recommendations, responses
from upr_tracker.services.dataset_import import import_dataset
from upr_tracker.services.document_import import import_document
from upr_tracker.storage import schema_upgrade
from upr_tracker.storage.backup_restore import take_backup
from upr_tracker.storage.backups import backup_folder
from upr_tracker.storage.database import Database
from upr_tracker.storage.engine import create_sqlite_engine

# A text pasted into a note, an assessment or a response: long enough that storing it needs new pages.
PASTED = "The Ombudsman's report on the moratorium, paragraph by paragraph. " * 1500
# Room enough for SQLite's shared-memory index (32 KiB), not for anything written in earnest.
FILE_SIZE_LIMIT = 40_000
# Less than any output of the held database (its XLSX export is about 30 KB).
OUTPUT_SIZE_LIMIT = 12_000
OLD_CONTENT = b"the earlier export, which must survive\n"


@pytest.fixture(scope="module")
def held_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_held_database(tmp_path_factory.mktemp("held") / "held.sqlite3")


@pytest.fixture
def held(held_template: Path, tmp_path: Path) -> Path:
    return copy_of(held_template, tmp_path / "data")


# --- the faults -----------------------------------------------------------------------------------------


@contextmanager
def connections_with(pragma: Callable[[sqlite3.Connection], str]) -> Iterator[None]:
    """Every SQLite connection the app opens meanwhile runs `PRAGMA <pragma(connection)>`."""

    def set_up(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA {pragma(dbapi_connection)}")

    event.listen(Pool, "connect", set_up)
    try:
        yield
    finally:
        event.remove(Pool, "connect", set_up)


def sqlite_full() -> AbstractContextManager[None]:
    return connections_with(lambda c: f"max_page_count = {c.execute('PRAGMA page_count').fetchone()[0]}")


def database_read_only() -> AbstractContextManager[None]:
    return connections_with(lambda _c: "query_only = ON")


@contextmanager
def files_limited(size: int = FILE_SIZE_LIMIT) -> Iterator[None]:
    """The kernel refuses to write any file of this process past `size` bytes (the signal it would
    send is ignored by Python, so writes fail with EFBIG instead)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


@contextmanager
def read_only(target: Path) -> Iterator[None]:
    """`target` (a folder or a file) made read-only with chmod; for a user chmod does not stop (root),
    the calls that would create, replace, change or remove a file there refuse as the kernel does."""
    mode = target.stat().st_mode
    target.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        with pytest.MonkeyPatch.context() as patches:
            if not _chmod_stops_me(target):
                _refuse_writes_in(target, patches)
            yield
    finally:
        target.chmod(mode)


def _chmod_stops_me(target: Path) -> bool:
    probe = target / ".probe" if target.is_dir() else target
    try:
        if target.is_dir():
            probe.touch()
            probe.unlink()
        else:
            with probe.open("ab"):
                pass
    except PermissionError:
        return True
    return False


def _refuse_writes_in(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the kernel refuses a user other than root: in a read-only folder, to create, rename or
    remove anything; a read-only file, to open for writing (replacing it is the folder's business)."""
    folder = target.is_dir()

    def inside(path: object) -> bool:
        if isinstance(path, int):
            return False
        resolved = Path(os.path.abspath(os.fsdecode(path)))
        return (resolved.parent == target or resolved == target) if folder else resolved == target

    def refused(path: object) -> PermissionError:
        return PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))

    def refuses_writing(path: object) -> bool:
        # A read-only folder refuses new files (its existing files are as writable as they are).
        return inside(path) and (not folder or not os.path.lexists(os.fsdecode(path)))

    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    real_open, real_builtin_open, real_connect = os.open, builtins.open, sqlite3.connect

    def guarded_open(path, flags, *args, **kwargs):  # noqa: ANN001, ANN202
        if flags & writing and refuses_writing(path):
            raise refused(path)
        return real_open(path, flags, *args, **kwargs)

    def guarded_builtin_open(file, mode="r", *args, **kwargs):  # noqa: ANN001, ANN202
        if any(flag in mode for flag in "wax+") and refuses_writing(file):
            raise refused(file)
        return real_builtin_open(file, mode, *args, **kwargs)

    def guarded_connect(database, *args, **kwargs):  # noqa: ANN001, ANN202
        name = os.fsdecode(database)
        if folder and "mode=ro" not in name and refuses_writing(name.removeprefix("file:").split("?")[0]):
            raise sqlite3.OperationalError("unable to open database file")  # what SQLite says then
        return real_connect(database, *args, **kwargs)

    def guarded(real: Callable, name: str) -> Callable:
        def call(*paths: object, **kwargs: object) -> object:
            # As the kernel: a missing file is missing (ENOENT), an existing folder exists (EEXIST),
            # before any question of permission.
            exists = os.path.lexists(os.fsdecode(paths[0]))
            if (name == "mkdir") != exists and any(inside(path) for path in paths[:2]):
                raise refused(next(path for path in paths[:2] if inside(path)))
            return real(*paths, **kwargs)
        return call

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(builtins, "open", guarded_builtin_open)
    monkeypatch.setattr(io, "open", guarded_builtin_open)
    monkeypatch.setattr(sqlite3, "connect", guarded_connect)
    changes = ("mkdir", "replace", "rename", "unlink", "remove", "rmdir") if folder else ("truncate",)
    for name in changes:
        monkeypatch.setattr(os, name, guarded(getattr(os, name), name))


# --- what must hold after a failure ---------------------------------------------------------------------


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Errors Python could only print ("Exception ignored in …"): a user would see them as a traceback."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda info: seen.append(f"{info.exc_type.__name__}: "
                                                                         f"{info.exc_value} in {info.object!r}"))
    return seen


def one_line_error(capsys: pytest.CaptureFixture, unraisable: list[str], *names: str) -> str:
    gc.collect()  # an object left half-written would complain when collected
    assert unraisable == []
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("upr-tracker: error: "), err
    assert "Traceback" not in err and all(name in lines[0] for name in names), err
    return lines[0]


def only_files(folder: Path) -> list[str]:
    """The files in `folder`, but for the WAL and shared-memory files SQLite keeps beside a database."""
    if not folder.exists():
        return []
    return sorted(path.name for path in folder.iterdir() if not path.name.endswith(("-wal", "-shm")))


# --- the database: imports and edits ---------------------------------------------------------------------

DATABASE_FAULTS = {
    "SQLite full": (sqlite_full, "no room left"),
    "file size limit": (files_limited, "no room left"),
    "read-only": (database_read_only, "read-only"),
}


@pytest.mark.parametrize("fault", DATABASE_FAULTS)
def test_an_import_into_a_full_or_read_only_database_writes_nothing_and_says_why(
        held: Path, fault: str, capsys: pytest.CaptureFixture, unraisable: list[str]) -> None:
    make_fault, said = DATABASE_FAULTS[fault]
    before = table_digests(held)
    with make_fault():
        with Database.open(held, create=False) as db:
            with pytest.raises(StorageFullError, match=said) as failed:
                import_dataset(db, UPRINFO_CSV)
            assert held.name in str(failed.value) and "nothing was changed" in str(failed.value)
            with pytest.raises(StorageFullError, match=said):
                import_document(db, CHINA_MATRIX_DOCX)
        assert main(["import", "--db", str(held), str(UPRINFO_CSV)]) == 1
    line = one_line_error(capsys, unraisable, held.name, UPRINFO_CSV.name)
    assert said in line
    assert table_digests(held) == before
    assert only_files(held.parent) == [held.name, f"{held.name}.lock"]  # (and SQLite's -wal, -shm)


EDITS: dict[str, Callable[[Database, Path], object]] = {
    "note": lambda db, path: notes.add_note(db, PASTED, recommendation_id=first_recommendation(path)),
    "assessment": lambda db, path: assessments.add_assessment(db, first_recommendation(path), "ngo",
                                                              "partially_implemented", evidence=PASTED),
    "assessment edited": lambda db, path: assessments.edit_assessment(db, first_assessment(path), level="not",
                                                                      evidence=PASTED),
    "position": lambda db, path: responses.record_response(db, [first_recommendation(path)], "noted",
                                                           response_text=PASTED),
    "milestone": lambda db, path: milestones.add_milestone(db, "KAZ", "law", "Law on the Ombudsman", date="2011",
                                                           description=PASTED),
    "themes": lambda db, path: recommendations.set_terms(db, first_recommendation(path), "themes",
                                                         ["Death penalty", "Justice"]),
}


def first_assessment(path: Path) -> uuid.UUID:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return uuid.UUID(connection.execute("SELECT id FROM assessment LIMIT 1").fetchone()[0])


# Linking two themes needs no new page: a full disk does not stop it, a read-only file does.
EDIT_FAULTS = [(edit, fault) for edit in EDITS for fault in DATABASE_FAULTS if edit != "themes" or fault == "read-only"]


@pytest.mark.parametrize(("edit", "fault"), EDIT_FAULTS)
def test_an_edit_of_a_full_or_read_only_database_is_rolled_back_and_said(held: Path, fault: str, edit: str) -> None:
    make_fault, said = DATABASE_FAULTS[fault]
    before = table_digests(held)
    with Database.open(held, create=False) as db:
        db.engine.dispose()  # the connections made from now on have the fault
        with make_fault(), pytest.raises(StorageFullError, match=said) as failed:
            EDITS[edit](db, held)
        assert "nothing was changed" in str(failed.value)
        with db.read():  # the database goes on working once there is room again
            pass
    assert table_digests(held) == before


# --- files: exports, the audit trail, reports ---------------------------------------------------------------

OUTPUTS = {
    "json": (["export", "--format", "json"], "recommendations.json"),
    "csv": (["export", "--format", "csv"], "recommendations.csv"),
    "xlsx": (["export", "--format", "xlsx"], "recommendations.xlsx"),
    "audit trail": (["audit"], "changes.csv"),
    "pdf": (["report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1"], "brief.pdf"),
    "docx": (["report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1"], "brief.docx"),
    "html": (["report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1"], "brief.html"),
    "encrypted archive": (["export", "--format", "json", "--encrypt", "--export-passphrase-file", "{passphrase}"],
                          "recommendations.json.zip"),
}
FILE_FAULTS = ("disk full", "read-only folder", "read-only file")


@pytest.mark.parametrize("fault", FILE_FAULTS)
@pytest.mark.parametrize("output", OUTPUTS)
def test_an_output_file_that_cannot_be_written_is_said_in_one_line_and_nothing_is_half_written(
        held: Path, tmp_path: Path, output: str, fault: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture, unraisable: list[str]) -> None:
    command, name = OUTPUTS[output]
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    command = [str(passphrase) if part == "{passphrase}" else part for part in command]
    system_temporary = tmp_path / "system-tmp"  # where libraries write their own temporary files
    system_temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temporary))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / name
    if fault != "disk full":  # an earlier export is there, and must stay as it was
        target.write_bytes(OLD_CONTENT)
    before = table_digests(held)
    capsys.readouterr()
    fault_made = {"disk full": lambda: files_limited(OUTPUT_SIZE_LIMIT),
                  "read-only folder": lambda: read_only(folder),
                  "read-only file": lambda: read_only(target)}[fault]
    # Another reader keeps SQLite's shared-memory file (32 KiB) made: the limit can then stay below
    # the size of the smallest output (the compressed XLSX).
    other_reader = sqlite3.connect(held)
    try:
        other_reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        with fault_made():
            code = main([command[0], "--db", str(held), *command[1:], "--out", str(target)])
    finally:
        other_reader.close()
    assert code == 1
    one_line_error(capsys, unraisable, name)
    if fault == "disk full":
        assert only_files(folder) == []
    else:
        assert only_files(folder) == [name] and target.read_bytes() == OLD_CONTENT
    assert table_digests(held) == before
    assert only_files(system_temporary) == []
    assert main([command[0], "--db", str(held), *command[1:], "--out", str(target)]) == 0  # once it can be written
    assert only_files(folder) == [name] and target.read_bytes() != OLD_CONTENT


# --- backups ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["disk full", "read-only backup folder"])
def test_a_backup_that_cannot_be_written_is_said_in_one_line_and_leaves_no_partial_copy(
        held: Path, fault: str, capsys: pytest.CaptureFixture, unraisable: list[str]) -> None:
    folder = backup_folder(held)
    folder.mkdir()
    before = table_digests(held)
    with files_limited() if fault == "disk full" else read_only(folder):
        assert main(["backup", "--db", str(held)]) == 1
    line = one_line_error(capsys, unraisable, held.name, str(folder))
    assert "no backup was made" in line
    assert only_files(folder) == []  # not even a partial copy, which would pass for the newest backup
    assert table_digests(held) == before
    with files_limited() if fault == "disk full" else read_only(folder), pytest.raises(StorageFullError):
        take_backup(held)
    assert only_files(folder) == []
    assert main(["backup", "--db", str(held)]) == 0 and len(only_files(folder)) == 1  # once there is room


def database_to_upgrade(path: Path) -> Path:
    """A database of the schema before this version's, with a row in every table."""
    path.parent.mkdir(parents=True)
    revisions = [s.revision for s in ScriptDirectory.from_config(schema_upgrade.alembic_config()).walk_revisions()]
    engine = create_sqlite_engine(path)
    try:
        schema_upgrade.upgrade_to_head(engine, path, target=revisions[1])
        with engine.begin() as connection:
            fill_every_table(connection, rows_per_table=2)
    finally:
        engine.dispose()
    return path


@pytest.mark.parametrize("fault", ["disk full", "read-only backup folder"])
def test_an_upgrade_whose_backup_cannot_be_written_is_not_done_and_is_said(
        tmp_path: Path, fault: str, capsys: pytest.CaptureFixture, unraisable: list[str]) -> None:
    old = database_to_upgrade(tmp_path / "data" / "old.sqlite3")
    folder = backup_folder(old)
    folder.mkdir()
    before = table_digests(old)
    with files_limited() if fault == "disk full" else read_only(folder):
        with pytest.raises(UprTrackerError, match="no backup was made") as failed:
            Database.open(old, create=False)
        assert "upgrade" in str(failed.value)
        assert main(["search", "--db", str(old), "moratorium"]) == 1
    one_line_error(capsys, unraisable, old.name, str(folder))
    assert table_digests(old) == before  # not upgraded without its backup
    assert only_files(folder) == []
    with Database.open(old, create=False) as db:  # once there is room: backed up, then upgraded
        assert db.last_migration_backup is not None and db.last_migration_backup.parent == folder


# --- the window -------------------------------------------------------------------------------------------


@pytest.fixture
def window_on_held(qtbot, gui_settings: None, held: Path) -> Iterator[tuple[object, Database]]:  # noqa: ANN001
    from upr_tracker.gui.main_window import MainWindow

    db = Database.open(held, create=False)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=3000)
    yield window, db
    window.close()
    db.close()


def notes_shown(window: object) -> int:
    return len(window.panel.detail.notes)  # type: ignore[attr-defined]


def test_the_window_says_the_disk_is_full_when_a_note_cannot_be_saved_and_keeps_the_text(
        qtbot, window_on_held: tuple, held: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    window, db = window_on_held
    panel = window.panel
    shown_before = notes_shown(window)
    before = table_digests(held)
    db.engine.dispose()  # the connections made from now on find the disk full
    with sqlite_full():
        panel.focus_new_note()
        panel.note_editor.setPlainText(PASTED)
        qtbot.mouseClick(panel.save_note_button, Qt.MouseButton.LeftButton)
        box = window.last_error_box
        assert box is not None and box.icon() == QMessageBox.Icon.Warning
        assert "no room left" in box.text() and "nothing was changed" in box.text()
        assert "Error calling" not in box.text() and box.detailedText() == ""  # the message as it is, no traceback
        assert panel.note_editor.toPlainText() == PASTED  # what the user wrote is still there to save again
        assert window.undo_stack.count() == 0  # nothing to undo: nothing was done
        assert table_digests(held) == before
        box.close()
        db.engine.dispose()
    qtbot.mouseClick(panel.save_note_button, Qt.MouseButton.LeftButton)  # once there is room
    qtbot.waitUntil(lambda: notes_shown(window) == shown_before + 1, timeout=3000)
    assert window.undo_stack.count() == 1 and panel.note_editor.toPlainText() == ""


def test_the_window_says_why_an_undo_could_not_be_done_and_keeps_the_history_true(
        qtbot, window_on_held: tuple, held: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    window, db = window_on_held
    panel = window.panel
    shown_before = notes_shown(window)
    panel.focus_new_note()
    panel.note_editor.setPlainText("Met the Ombudsman")
    panel.save_note()
    qtbot.waitUntil(lambda: notes_shown(window) == shown_before + 1, timeout=3000)
    db.engine.dispose()
    with database_read_only():
        window.undo_stack.undo()  # as Edit ▸ Undo does
        box = window.last_error_box
        assert box is not None and box.icon() == QMessageBox.Icon.Warning and "read-only" in box.text()
        box.close()
        db.engine.dispose()
    panel.show_recommendation(panel.detail.row.id)
    assert notes_shown(window) == shown_before + 1  # the note is still there...
    assert not window.undo_stack.canRedo()  # ...and the history does not claim it was taken back


@pytest.mark.parametrize("name", ["recommendations.xlsx", "recommendations.json"])
def test_the_window_says_an_export_could_not_be_written(qtbot, window_on_held: tuple, tmp_path: Path,  # noqa: ANN001
                                                        name: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    window, _db = window_on_held
    folder = tmp_path / "out"
    folder.mkdir()
    # Below the size of either export (the database's shared memory is already made); the backup the
    # window takes soon after opening may fail too, and say so in a box of its own.
    with files_limited(OUTPUT_SIZE_LIMIT):
        window.export_to(folder / name)
        qtbot.waitUntil(lambda: name in getattr(getattr(window, "last_error_box", None), "text", str)(),
                        timeout=10_000)
    box = window.last_error_box
    assert box.icon() == QMessageBox.Icon.Warning and box.detailedText() == ""
    assert name in box.text() and "nothing was written" in box.text()
    assert only_files(folder) == []
