"""An attached file opened from the database is a copy outside its protection: kept in memory-backed
storage where there is one, readable by the user only, said in the window when the database is
encrypted, and removed when the window locks, the database is closed or another opened, the app
quits, and (after a crash) at the next start."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from tests.test_gui_main_window import open_window
from upr_tracker.gui import app as gui_app
from upr_tracker.gui import opened_attachments
from upr_tracker.gui.opened_attachments import PREFIX, OpenedAttachments, remove_leftovers, storage_folders
from upr_tracker.services import milestones, reviews
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

pytestmark = pytest.mark.usefixtures("gui_settings")

SECRET = "correct horse battery staple"
CONTENT = b"%PDF-1.4 the names of the witnesses"


@pytest.fixture
def private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder opened copies go to in these tests (memory-backed on the user's machine)."""
    folder = tmp_path / "runtime"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(opened_attachments, "storage_folders", lambda: [folder])
    return folder


def with_attachment(db: Database, tmp_path: Path) -> None:
    reviews.create_review(db, "Kazakhstan", 1, 7)
    evidence = tmp_path / "Witnesses.pdf"
    evidence.write_bytes(CONTENT)
    milestones.add_milestone(db, "KAZ", "law", "Law on peaceful assemblies", date="2011", attachment=evidence)


@pytest.fixture
def encrypted(tmp_path: Path) -> Database:
    database = Database.open(tmp_path / "secret.sqlite3", actor="tester", passphrase=Passphrase(SECRET))
    with_attachment(database, tmp_path)
    yield database
    database.close()


def open_the_attachment(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> Path:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = window.milestones_view
    window.pages.setCurrentIndex(window.milestones_page)
    view.show_state("KAZ")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=5000)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.attachment_bar.isVisible(), timeout=5000)
    view.open_attachment_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    return Path(opened[0].toLocalFile())


def test_an_opened_copy_is_private_and_goes_when_the_window_locks(
        qtbot, encrypted: Database, private: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, encrypted)
    copy = open_the_attachment(qtbot, window, monkeypatch)
    assert copy.read_bytes() == CONTENT and copy.name == "Witnesses.pdf"
    assert private in copy.parents
    if sys.platform != "win32":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        folder = next(p for p in copy.parents if p.parent == private)
        assert folder.name.startswith(PREFIX) and stat.S_IMODE(folder.stat().st_mode) == 0o700
    notice = window.milestones_view.opened_notice
    assert notice.isVisible() and "outside" in notice.text() and "lock" in notice.text()
    window.encryption.lock_now()
    qtbot.waitUntil(lambda: window.encryption.lock_screen is not None, timeout=5000)
    assert not copy.exists() and list(private.iterdir()) == []


def test_a_plain_database_s_copy_is_not_said_outside_a_protection_it_never_had(
        qtbot, db: Database, tmp_path: Path, private: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with_attachment(db, tmp_path)
    window = open_window(qtbot, db)
    copy = open_the_attachment(qtbot, window, monkeypatch)
    assert copy.exists() and not window.milestones_view.opened_notice.isVisible()
    window.close()
    assert not copy.exists()


def test_opened_copies_go_when_another_database_is_opened(
        qtbot, encrypted: Database, tmp_path: Path, private: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, encrypted)
    copy = open_the_attachment(qtbot, window, monkeypatch)
    window._switch_database(Database.open(tmp_path / "other.sqlite3", actor="tester"))
    try:
        assert not copy.exists()
    finally:
        window.close()
        window.database.close()


def test_the_copies_go_when_the_application_quits(private: Path, qapp) -> None:
    opened = OpenedAttachments()
    copy = opened.write("notes.txt", b"who said what")
    qapp.aboutToQuit.emit()
    assert not copy.exists()


def test_leftovers_of_a_crash_are_removed_at_start_and_only_those(
        private: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = private / f"{PREFIX}k2j4h"
    (crashed / "x1").mkdir(parents=True)
    (crashed / "x1" / "testimony.docx").write_bytes(b"confidential")
    (crashed / f"{opened_attachments.HELD_BY}.lock").touch()  # its lock, freed by the crash
    not_ours = private / "another-program-files"
    not_ours.mkdir()
    running = OpenedAttachments()
    still_open = running.write("open.pdf", b"in use by a running copy")
    # The window's start removes what a copy that crashed left, before anything else.
    monkeypatch.setattr(gui_app, "open_database_asking", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(gui_app, "author_name_at_start", lambda: "tester")
    assert gui_app.run_gui(tmp_path / "any.sqlite3") == 1
    assert not crashed.exists()
    assert not_ours.exists() and still_open.read_bytes() == b"in use by a running copy"
    running.remove_all()
    assert not still_open.exists()
    assert remove_leftovers() == []


def test_memory_backed_storage_is_preferred_where_the_system_has_it(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    runtime = tmp_path / "run-user-1000"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(opened_attachments.sys, "platform", "linux")
    folders = storage_folders()
    assert folders[0] == runtime and Path("/dev/shm") in folders
    assert folders[-1] == Path(opened_attachments.tempfile.gettempdir())
    monkeypatch.setattr(opened_attachments.sys, "platform", "darwin")
    assert storage_folders() == [Path(opened_attachments.tempfile.gettempdir())]


def test_a_name_from_the_database_cannot_leave_the_private_folder(private: Path) -> None:
    opened = OpenedAttachments()
    for name in ("../../escape.txt", "/etc/passwd", "a\x00b:c?.txt", "..", ""):
        copy = opened.write(name, b"x")
        assert private in copy.parents and copy.read_bytes() == b"x"
    assert os.listdir(private)  # one folder of ours
    opened.remove_all()
    assert os.listdir(private) == []
