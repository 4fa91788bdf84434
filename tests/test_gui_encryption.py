"""Encryption in the window: the passphrase asked at open (again after a wrong one), a file that
cannot be opened offered its newest sound backup, Tools ▸ Encryption, and the lock screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.test_gui_main_window import labels_shown, open_window
from upr_tracker.gui import database_opening
from upr_tracker.gui.encryption_actions import LOCK_AFTER_SETTING, LockScreen
from upr_tracker.gui.passphrase_dialog import PassphraseDialog
from upr_tracker.services import recommendations, reviews
from upr_tracker.storage.backup_restore import take_backup
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, is_plain_sqlite

pytestmark = [pytest.mark.usefixtures("gui_settings"), pytest.mark.sqlite_only("encryption of the database file")]

SECRET = "correct horse battery staple"
WRONG = "not the passphrase at all"


def fill(db: Database, count: int = 3) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, count + 1):
        recommendations.add_recommendation(db, review, f"Recommendation {number}", label=f"97.{number}")


@pytest.fixture
def encrypted_path(db_path: Path) -> Path:
    with Database.open(db_path, passphrase=Passphrase(SECRET)) as db:
        fill(db)
    return db_path


def test_the_passphrase_is_asked_and_asked_again_after_a_wrong_one(qtbot, encrypted_path: Path, monkeypatch) -> None:
    asked: list[str | None] = []
    answers = iter([WRONG, SECRET])

    def ask(_parent, path: Path, problem: str | None = None) -> str:
        assert path == encrypted_path
        asked.append(problem)
        return next(answers)

    monkeypatch.setattr(database_opening, "ask_passphrase", ask)
    database = database_opening.open_database_asking(None, encrypted_path, actor="tester")
    try:
        assert database is not None and database.is_encrypted
        assert asked == [None, database_opening.WRONG_PASSPHRASE]
        assert len(recommendations.list_recommendation_ids(database)) == 3
    finally:
        database.close()


def test_cancelling_the_passphrase_opens_nothing(qtbot, encrypted_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(database_opening, "ask_passphrase", lambda *_args: None)
    assert database_opening.open_database_asking(None, encrypted_path, actor="tester") is None


def test_a_damaged_database_is_offered_its_newest_sound_backup(qtbot, db_path: Path, monkeypatch) -> None:
    with Database.open(db_path) as db:
        fill(db, 2)
    take_backup(db_path)
    db_path.write_bytes(db_path.read_bytes()[:100])  # damaged
    offered: list[str] = []

    def offer(_parent, path: Path, problem: Exception) -> bool:
        offered.append(str(problem))
        return True

    monkeypatch.setattr(database_opening, "offers_restore", offer)
    monkeypatch.setattr(database_opening.QMessageBox, "information", lambda *_args: None)
    database = database_opening.open_database_asking(None, db_path, actor="tester")
    try:
        assert len(offered) == 1 and db_path.name in offered[0]
        assert database is not None and len(recommendations.list_recommendation_ids(database)) == 2
    finally:
        database.close()


def test_a_damaged_database_without_backups_says_what_is_wrong(qtbot, db_path: Path, monkeypatch) -> None:
    with Database.open(db_path) as db:
        fill(db, 1)
    db_path.write_bytes(db_path.read_bytes()[:100])
    monkeypatch.setattr(database_opening, "offers_restore", lambda *_args: pytest.fail("no backup to offer"))
    with pytest.raises(Exception, match=db_path.name):
        database_opening.open_database_asking(None, db_path, actor="tester")


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(qtbot) -> None:
    dialog = PassphraseDialog(None, "Encrypt", "Encrypt it", new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.accept()
    assert dialog.result() != PassphraseDialog.DialogCode.Accepted and "Too short" in dialog.problem.text()
    dialog.passphrase.setText(SECRET)
    dialog.again.setText(SECRET + "x")
    dialog.accept()
    assert "differ" in dialog.problem.text() and dialog.result() != PassphraseDialog.DialogCode.Accepted
    dialog.again.setText(SECRET)
    dialog.accept()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted and dialog.value() == Passphrase(SECRET)
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password


def test_the_window_encrypts_its_database_and_goes_on_working(qtbot, db: Database) -> None:
    fill(db)
    window = open_window(qtbot, db)
    assert window.encryption.encrypt_action.isEnabled() and not window.encryption.lock_action.isEnabled()
    window.encryption.change_to(Passphrase(SECRET), "Encrypting…")
    qtbot.waitUntil(lambda: window.database.is_encrypted and not window.tasks.busy, timeout=15_000)
    assert not is_plain_sqlite(db.path)
    assert "is encrypted" in window.statusBar().currentMessage()
    assert window.encryption.lock_action.isEnabled() and not window.encryption.encrypt_action.isEnabled()
    window.load()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 3, timeout=5000)


def test_a_locked_window_shows_nothing_until_the_passphrase_is_typed(qtbot, encrypted_path: Path) -> None:
    database = Database.open_exclusively(encrypted_path, passphrase=Passphrase(SECRET))
    window = open_window(qtbot, database)
    try:
        assert labels_shown(window) == ["97.1", "97.2", "97.3"]
        content = window.centralWidget()
        window.encryption.lock_now()
        qtbot.waitUntil(lambda: isinstance(window.centralWidget(), LockScreen), timeout=5000)
        screen = window.centralWidget()
        assert isinstance(screen, LockScreen) and not content.isVisible()
        assert database.is_locked and database.passphrase is None
        assert not window.menuBar().isEnabled()
        assert not window.search_box.isVisible() and not window.statusBar().isVisible()

        screen.passphrase.setText(WRONG)
        screen.passphrase.returnPressed.emit()
        assert "does not open" in screen.problem.text() and database.is_locked
        screen.passphrase.setText(SECRET)
        screen.passphrase.returnPressed.emit()
        assert window.centralWidget() is content and not database.is_locked
        assert window.menuBar().isEnabled() and window.search_box.isVisible() and window.statusBar().isVisible()
        qtbot.waitUntil(lambda: labels_shown(window) == ["97.1", "97.2", "97.3"], timeout=5000)
    finally:
        window.close()


class StoppedClock:
    def __init__(self, elapsed_ms: int) -> None:
        self.elapsed_ms = elapsed_ms

    def elapsed(self) -> int:
        return self.elapsed_ms

    def restart(self) -> int:
        self.elapsed_ms = 0
        return 0


def test_the_window_locks_itself_after_the_time_without_use(qtbot, encrypted_path: Path) -> None:
    QSettings().setValue(LOCK_AFTER_SETTING, 5)
    database = Database.open_exclusively(encrypted_path, passphrase=Passphrase(SECRET))
    window = open_window(qtbot, database)
    try:
        window.encryption._since_input = StoppedClock(4 * 60_000)
        window.encryption.lock_if_idle()
        assert not database.is_locked  # four minutes: not yet
        window.encryption._since_input = StoppedClock(5 * 60_000)
        window.encryption.lock_if_idle()
        qtbot.waitUntil(lambda: isinstance(window.centralWidget(), LockScreen), timeout=5000)
        assert database.is_locked
    finally:
        window.close()


def test_a_plain_database_is_never_locked(qtbot, db: Database) -> None:
    QSettings().setValue(LOCK_AFTER_SETTING, 1)
    fill(db)
    window = open_window(qtbot, db)
    window.encryption._since_input = StoppedClock(60 * 60_000)
    window.encryption.lock_if_idle()
    assert not db.is_locked and not isinstance(window.centralWidget(), LockScreen)


def test_the_window_exports_an_encrypted_database_into_an_encrypted_archive(qtbot, encrypted_path: Path,
                                                                           tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from upr_tracker.gui import passphrase_dialog
    from upr_tracker.services.encrypted_archive import read_encrypted_archive

    out = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *_args: Passphrase(WRONG))
    database = Database.open_exclusively(encrypted_path, passphrase=Passphrase(SECRET))
    window = open_window(qtbot, database)
    try:
        window.choose_export()
        qtbot.waitUntil(lambda: "encrypted" in (getattr(window, "last_export_message", "") or ""), timeout=10_000)
        archive = tmp_path / "shown.csv.zip"
        assert archive.exists() and not out.exists()
        name, data = read_encrypted_archive(archive, Passphrase(WRONG))
        assert name == "shown.csv" and b"Recommendation 2" in data
    finally:
        window.close()


def test_the_report_dialog_saves_a_report_of_an_encrypted_database_encrypted(qtbot, tmp_path: Path,
                                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from upr_tracker.gui import passphrase_dialog
    from upr_tracker.gui.report_dialog import ReportDialog
    from upr_tracker.gui.tasks import TaskRunner
    from upr_tracker.reports.document import ReportFormat
    from upr_tracker.services.demo import build_demo_database
    from upr_tracker.services.encrypted_archive import read_encrypted_archive

    path = tmp_path / "demo.sqlite3"
    build_demo_database(path, passphrase=Passphrase(SECRET))
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(passphrase_dialog, "ask_new_passphrase", lambda *_args: Passphrase(WRONG))
    tasks = TaskRunner()
    with Database.open(path, create=False, passphrase=Passphrase(SECRET)) as db:
        dialog = ReportDialog(lambda: db, tasks, state="KAZ", cycle=1)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.choices is not None, timeout=10_000)
        dialog.format_buttons[ReportFormat.PDF].setChecked(True)
        with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
            dialog.save_button.click()
        tasks.wait_for_all()
    assert Path(saved.args[0]) == tmp_path / "brief.pdf.zip" and not target.exists()
    name, data = read_encrypted_archive(tmp_path / "brief.pdf.zip", Passphrase(WRONG))
    assert name == "brief.pdf" and data.startswith(b"%PDF")


def test_locking_hides_every_other_window_of_the_app_until_unlocked(qtbot, encrypted_path: Path) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    database = Database.open_exclusively(encrypted_path, passphrase=Passphrase(SECRET))
    window = open_window(qtbot, database)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Recommendation 2: a preview left open"))
    dialog.show()
    try:
        window.encryption.lock_now()
        qtbot.waitUntil(lambda: isinstance(window.centralWidget(), LockScreen), timeout=5000)
        assert not dialog.isVisible() and window.isVisible()
        screen = window.centralWidget()
        screen.passphrase.setText(SECRET)
        screen.passphrase.returnPressed.emit()
        assert dialog.isVisible()
    finally:
        window.close()


def test_backups_that_could_not_follow_are_shown(qtbot, db: Database, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from upr_tracker.services.encryption import EncryptionChange

    fill(db)
    window = open_window(qtbot, db)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text))
    window.encryption._changed(EncryptionChange(db.path, True, [], [(db.path.with_name("old.sqlite3"), "disk full")]))
    assert len(shown) == 1 and "old.sqlite3: disk full" in shown[0]
