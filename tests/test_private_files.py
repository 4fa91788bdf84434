"""Every file and folder the app makes is readable by the user alone (files 0600, folders 0700 on
POSIX), whatever the user's umask; a file the user already has keeps the mode they gave it."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.cli.main import main
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.services import reviews
from upr_tracker.storage.backups import backup_folder
from upr_tracker.storage.database import Database
from upr_tracker.storage.writer_lock import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows uses the profile's ACL")

SECRET = "correct horse battery staple"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The umask most users have: without care, new files would be readable by everyone (0644)."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "new folder" / "inner" / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    return path


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def test_the_commands_work_under_a_private_umask_and_give_the_users_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files made by libraries (Qt's settings, SQLite's journals, temporary files) are private too."""
    from upr_tracker.cli import commands

    seen = []

    def run(_args: object) -> int:
        seen.append(os.umask(0o077))
        os.umask(seen[-1])
        return 0

    monkeypatch.setattr(commands, "run", run)
    assert main(["check", "--db", str(tmp_path / "any.sqlite3")]) == 0
    assert seen == [0o077]
    assert os.umask(0o022) == 0o022  # the test process's own is given back


def test_a_new_database_its_folders_wal_and_shared_memory_are_private(demo: Path) -> None:
    assert mode(demo) == 0o600
    assert mode(demo.parent) == 0o700 and mode(demo.parent.parent) == 0o700
    with Database.open(demo) as db:
        reviews.create_review(db, "China", 2, 17)  # a write: the WAL and its index are made
        for suffix in ("-wal", "-shm"):
            assert mode(Path(f"{demo}{suffix}")) == 0o600, suffix


def test_a_database_made_by_an_import_is_private(tmp_path: Path) -> None:
    path = tmp_path / "imported.sqlite3"
    assert main(["import", "--db", str(path), str(KAZAKHSTAN_WG_REPORT_TXT)]) == 0
    assert mode(path) == 0o600


def test_the_writer_lock_is_private(demo: Path) -> None:
    with Database.open_exclusively(demo):
        assert mode(lock_path(demo)) == 0o600


def test_backups_and_their_folder_are_private(demo: Path) -> None:
    assert main(["backup", "--db", str(demo)]) == 0
    folder = backup_folder(demo)
    assert mode(folder) == 0o700
    backups = list(folder.iterdir())
    assert backups and all(mode(path) == 0o600 for path in backups)


@pytest.mark.parametrize(("command", "name"), [
    (["export", "--format", "json"], "all.json"),
    (["export", "--format", "csv"], "all.csv"),
    (["export", "--format", "xlsx"], "all.xlsx"),
    (["audit"], "changes.csv"),
    (["report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1"], "brief.html"),
    (["report", "--template", "country-brief", "--state", "KAZ", "--cycle", "1"], "brief.pdf"),
])
def test_exports_and_reports_are_private(demo: Path, tmp_path: Path, command: list[str], name: str) -> None:
    out = tmp_path / name
    assert main([command[0], "--db", str(demo), *command[1:], "--out", str(out)]) == 0
    assert mode(out) == 0o600


def test_an_encrypted_export_is_private(demo: Path, tmp_path: Path, secret_file: Path) -> None:
    out = tmp_path / "all.csv"
    assert main(["export", "--db", str(demo), "--format", "csv", "--out", str(out), "--encrypt",
                 "--export-passphrase-file", str(secret_file)]) == 0
    assert mode(tmp_path / "all.csv.zip") == 0o600


def test_an_encrypted_database_and_its_backups_stay_private(demo: Path, secret_file: Path) -> None:
    assert main(["backup", "--db", str(demo)]) == 0
    assert main(["encrypt", "--db", str(demo), "--passphrase-file", str(secret_file)]) == 0
    assert mode(demo) == 0o600
    assert all(mode(path) == 0o600 for path in backup_folder(demo).iterdir())


def test_an_encrypted_demo_is_private(tmp_path: Path, secret_file: Path) -> None:
    path = tmp_path / "secret.sqlite3"
    assert main(["demo", "--db", str(path), "--passphrase-file", str(secret_file)]) == 0
    assert mode(path) == 0o600


def test_a_database_the_user_shared_keeps_its_mode(demo: Path) -> None:
    demo.chmod(0o640)
    assert main(["backup", "--db", str(demo)]) == 0
    with Database.open(demo) as db:
        reviews.create_review(db, "China", 2, 17)  # a write: the WAL and its index are made
        assert mode(Path(f"{demo}-wal")) == 0o640  # SQLite gives the WAL the database's mode
    assert mode(demo) == 0o640


def test_the_helpers_make_new_files_private_and_leave_existing_ones(tmp_path: Path) -> None:
    folder = tmp_path / "a" / "b"
    make_private_folder(folder)
    assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    make_private_folder(shared)
    assert mode(shared) == 0o755
    new = folder / "new.sqlite3"
    create_private_file(new)
    assert mode(new) == 0o600 and new.read_bytes() == b""
    existing = tmp_path / "existing.txt"
    existing.write_text("kept", encoding="utf-8")
    existing.chmod(0o644)
    create_private_file(existing)
    assert mode(existing) == 0o644 and existing.read_text(encoding="utf-8") == "kept"


def test_the_windows_settings_are_private(gui_settings: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from upr_tracker.gui import app

    written = []

    def window(_db_path: object) -> int:  # what the window does with its settings, without the window
        settings = QSettings()
        settings.setValue("last_database", "/somewhere/private.sqlite3")
        settings.sync()
        written.append(Path(settings.fileName()))
        return 0

    monkeypatch.setattr(app, "_run_gui", window)
    assert main([]) == 0
    [path] = written
    assert mode(path) == 0o600 and mode(path.parent) == 0o700


def test_check_warns_of_a_database_and_backups_others_can_read(demo: Path, capsys: pytest.CaptureFixture) -> None:
    """Files an earlier version made readable by all are left as they are, but `check` says so."""
    assert main(["backup", "--db", str(demo)]) == 0
    assert main(["check", "--db", str(demo)]) == 0
    assert "other users" not in capsys.readouterr().out
    demo.chmod(0o644)
    for backup in backup_folder(demo).iterdir():
        backup.chmod(0o644)
    assert main(["check", "--db", str(demo)]) == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert f"warning: {demo} can be read by other users of this computer (mode 644); " \
           f"to keep it to yourself: chmod 600 '{demo}'" in out
    assert f"warning: 1 backup in {backup_folder(demo)} can be read by other users" in out
    assert mode(demo) == 0o644  # said, not changed
