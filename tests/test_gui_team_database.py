"""File ▸ Open team database…: the dialog opens a team database in a task, remembers the server
without its password, says what went wrong; the window's title and its file-only items."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from psycopg import sql
from PySide6.QtCore import QSettings

from tests.shown_window import shown_window
from tests.team_server_roles import PasswordRole
from upr_tracker.gui import team_database_dialog
from upr_tracker.gui.main_window import ONLY_FOR_FILES
from upr_tracker.gui.team_database_dialog import (
    RECENT_SERVERS,
    TeamDatabaseDialog,
    open_team_database_asking,
    recent_servers,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress

pytestmark = [pytest.mark.postgresql, pytest.mark.usefixtures("gui_settings")]










def _dialog(qtbot, address: ServerAddress | None = None) -> TeamDatabaseDialog:
    dialog = TeamDatabaseDialog(None, address=address)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog: TeamDatabaseDialog, address: ServerAddress, password: str = "") -> None:
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database_name.setText(address.database)
    dialog.user.setText(address.user or "")
    dialog.password.setText(password)


def _open_and_wait(qtbot, dialog: TeamDatabaseDialog) -> None:
    dialog.open_button.click()
    qtbot.waitUntil(lambda: dialog._opening is None, timeout=15_000)


def _settings_text() -> str:
    settings = QSettings()
    settings.sync()
    return Path(settings.fileName()).read_text() if Path(settings.fileName()).exists() else ""


def test_the_dialog_opens_a_team_database_and_remembers_the_server(qtbot, team_db: ServerAddress) -> None:
    dialog = _dialog(qtbot)
    assert dialog.recent.isHidden()  # nothing opened before
    _fill(dialog, team_db)
    _open_and_wait(qtbot, dialog)
    assert dialog.database is not None, dialog.message.text()
    with dialog.database as database:
        assert database.address == team_db and database.path is None
    assert recent_servers() == [team_db]
    # Next time the recent server fills the fields.
    again = _dialog(qtbot)
    assert again.recent.count() == 1 and not again.recent.isHidden()
    assert (again.host.text(), again.port.value(), again.database_name.text(), again.user.text()) == (
        team_db.host, team_db.port, team_db.database, team_db.user)


def test_a_wrong_password_is_said_then_the_right_one_opens_and_is_not_remembered(
        qtbot, role: PasswordRole, team_db: ServerAddress, no_password_around: None) -> None:
    address = role.address(team_db)
    dialog = _dialog(qtbot)
    _fill(dialog, address)
    _open_and_wait(qtbot, dialog)
    assert dialog.database is None
    assert dialog.message.text() == f"The server asks for the password of {role.name}: type it above."
    dialog.password.setText("not-the-password")
    _open_and_wait(qtbot, dialog)
    assert dialog.database is None
    assert "refused the password" in dialog.message.text()
    dialog.password.setText(role.password)
    _open_and_wait(qtbot, dialog)
    assert dialog.database is not None, dialog.message.text()
    dialog.database.close()
    assert dialog.password.text() == ""
    assert [str(a) for a in recent_servers()] == [str(address)]
    assert role.password not in _settings_text() and role.name in _settings_text()


def test_tls_mode_goes_into_the_address(qtbot, team_db: ServerAddress) -> None:
    dialog = _dialog(qtbot)
    _fill(dialog, team_db)
    dialog.tls.setCurrentIndex(dialog.tls.findData("verify-full"))
    assert dict(dialog.address().options) == {"sslmode": "verify-full"}
    dialog.fill(team_db)
    assert dialog.tls.currentData() == "prefer" and dialog.address().options == ()


@pytest.mark.parametrize("case", ["unreachable", "empty", "foreign", "no host"])
def test_failures_are_said_in_the_dialog(qtbot, server, case: str) -> None:
    dialog = _dialog(qtbot)
    if case == "no host":
        dialog.host.clear()
        dialog.open_button.click()
        assert dialog.message.text() == "Give the server's name or address (the host)."
        return
    if case == "unreachable":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        _fill(dialog, ServerAddress("127.0.0.1", "upr", "ana", port))
        _open_and_wait(qtbot, dialog)
        assert "the server cannot be reached or refused the connection" in dialog.message.text()
        return
    with server.fresh_database(empty=True) as address:
        if case == "foreign":
            server.execute(sql.SQL("CREATE TABLE invoices (id integer)"), database=address.database)
        _fill(dialog, address)
        _open_and_wait(qtbot, dialog)
    assert dialog.database is None
    if case == "empty":
        assert "has no UPR Tracker data yet: an admin sets it up with upr-tracker server init" in dialog.message.text()
    else:
        assert "is a database of another application (tables: invoices)" in dialog.message.text()


def test_opening_a_recent_server_asks_the_password_in_the_dialog(
        qtbot, role: PasswordRole, team_db: ServerAddress, no_password_around: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[ServerAddress | None, str | None]] = []
    monkeypatch.setattr(team_database_dialog, "choose_team_database",
                        lambda _parent, address=None, problem=None: shown.append((address, problem)))
    address = role.address(team_db)
    assert open_team_database_asking(None, address) is None
    assert shown == [(address, f"The server asks for the password of {role.name}: type it above.")]
    # Without a password to type, it opens at once.
    database = open_team_database_asking(None, team_db)
    assert database is not None and database.address == team_db
    database.close()
    assert str(team_db) in (QSettings().value(RECENT_SERVERS) or [])


def test_the_window_on_a_team_database(qtbot, team_db: ServerAddress) -> None:
    with shown_window(qtbot, Database.open_exclusively(team_db, create=False)) as window:
        assert window.windowTitle() == f"UPR Tracker — {team_db.database} on {team_db.host}:{team_db.port} (team)"
        file_only = [*window.file_actions, window.encryption.lock_action, window.encryption.menu.menuAction()]
        assert [a.text() for a in window.file_actions] == ["Res&tore from a backup…", "&Backups…"]
        assert window.back_up_action.isEnabled()  # a pg_dump backup into a file one chooses
        for action in file_only:
            assert not action.isEnabled(), action.text()
            assert action.toolTip() == ONLY_FOR_FILES
        assert window.backups.tick() is None  # no scheduled backup of a file that is not there
        window._fill_recent_menu()
        assert window.recent_menu.actions()[0].text() == f"{team_db.name} (team)"
        assert QSettings().value("last_database") is None  # the window reopens files, not servers, at start


def test_back_to_a_file_enables_the_file_items_again(qtbot, team_db: ServerAddress, tmp_path: Path) -> None:
    file = tmp_path / "mine.sqlite3"
    Database.open(file).close()
    with shown_window(qtbot, Database.open_exclusively(team_db, create=False)) as window:
        window.open_database(file)
        qtbot.waitUntil(lambda: window.database.path == file.resolve(), timeout=10_000)
        assert window.windowTitle() == "UPR Tracker — mine.sqlite3"
        assert all(a.isEnabled() and a.toolTip() != ONLY_FOR_FILES for a in window.file_actions)
        assert window.encryption.menu.menuAction().isEnabled()
        assert window.encryption.encrypt_action.isEnabled() and not window.encryption.lock_action.isEnabled()
