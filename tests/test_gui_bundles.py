"""File ▸ Send changes to a colleague… and File ▸ Receive changes…: the dialogs, the work in the
background, what the status bar and the message box say, refusals; disabled on a team database.
The sync engine's collect/apply are stood in for (tests/recording_exchange.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.recording_exchange import RecordingExchange
from tests.shown_window import shown_window
from upr_tracker.errors import BundleError
from upr_tracker.gui.bundle_dialogs import (
    ON_SERVER,
    ReceiveChangesDialog,
    SendChangesDialog,
)
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync import bundle_file
from upr_tracker.sync.bundles import apply_bundle, create_bundle, write_key_file
from upr_tracker.sync.replica import this_replica

pytestmark = [pytest.mark.usefixtures("gui_settings", "quick_scrypt")]


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    with shown_window(qtbot, Database.open_exclusively(tmp_path / "aigerim.sqlite3", actor="Aigerim")) as shown:
        yield shown


def _action(window: MainWindow, text: str):
    return next(a for a in window.bundle_actions if a.text().replace("&", "") == text)


def _send_dialog(qtbot, window: MainWindow) -> SendChangesDialog:
    window.bundle_dialog = None
    _action(window, "Send changes to a colleague…").trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "bundle_dialog", None), SendChangesDialog), timeout=5000)
    return window.bundle_dialog


def test_send_writes_a_bundle_in_the_background_and_says_so(
        qtbot, window: MainWindow, recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    recording_exchange.edit(window.database, "r1", "Abolish the death penalty")
    dialog = _send_dialog(qtbot, window)
    out = tmp_path / "for-bolat.uprbundle"
    dialog.out.setText(str(out))
    dialog.passphrase.setText("our passphrase")
    dialog.again.setText("our passphrase, mistyped")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text() == "The two passphrases differ."
    dialog.again.setText("our passphrase")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: out.exists() and getattr(window, "bundle_status", None) is not None, timeout=10_000)
    assert window.bundle_status.text().startswith("Wrote for-bolat.uprbundle: 1 changed record, ")
    assert window.last_bundle_box.text() == window.bundle_status.text()
    # A colleague's laptop applies it with the passphrase.
    with Database.open(tmp_path / "bolat.sqlite3") as other:
        assert apply_bundle(other, out, passphrase=Passphrase("our passphrase")).received == 1


def test_send_for_colleagues_keys_needs_a_key(qtbot, window: MainWindow, recording_exchange: RecordingExchange,
                                              tmp_path: Path) -> None:
    dialog = _send_dialog(qtbot, window)
    assert dialog.peer.count() == 1   # no colleague known yet: everything
    dialog.out.setText(str(tmp_path / "x.uprbundle"))
    dialog.by_keys.setChecked(True)
    assert not dialog.passphrase.isEnabled() and dialog.key_files.isEnabled()
    dialog.ok_button.click()
    assert "Add the key file of each colleague" in dialog.error.text()
    with Database.open(tmp_path / "bolat.sqlite3") as other:
        write_key_file(other, tmp_path / "bolat.uprkey")
    dialog.key_files.addItem(str(tmp_path / "bolat.uprkey"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "x.uprbundle").exists(), timeout=10_000)
    assert bundle_file.read_bundle(tmp_path / "x.uprbundle").header.mode == "keys"


def test_receive_applies_a_colleagues_bundle_and_shows_it(
        qtbot, window: MainWindow, recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    path = tmp_path / "from-bolat.uprbundle"
    with Database.open(tmp_path / "bolat.sqlite3", actor="Bolat") as other:
        recording_exchange.edit(other, "r9", "Ratify OP-CAT")
        create_bundle(other, path, passphrase=Passphrase("team"))
        bolat = this_replica(other).name
    _action(window, "Receive changes…").trigger()
    dialog: ReceiveChangesDialog = window.bundle_dialog
    dialog.ok_button.click()
    assert dialog.error.text() == "Choose the bundle file to apply."
    dialog.path.setText(str(path))
    dialog.passphrase.setText("not the team's")
    dialog.ok_button.click()
    # A wrong passphrase: asked again, the file kept, nothing applied.
    qtbot.waitUntil(lambda: window.bundle_dialog is not dialog, timeout=10_000)
    again: ReceiveChangesDialog = window.bundle_dialog
    assert "wrong passphrase" in again.error.text() and again.path.text() == str(path)
    assert recording_exchange.records(window.database) == []
    again.passphrase.setText("team")
    again.ok_button.click()
    qtbot.waitUntil(lambda: getattr(window, "bundle_status", None) is not None, timeout=10_000)
    assert window.bundle_status.text() == f"Applied from-bolat.uprbundle from {bolat}: 1 record changed."
    assert recording_exchange.records(window.database) == [("recommendation", "r9", "Ratify OP-CAT")]


def test_a_refused_bundle_is_said_and_nothing_applied(
        qtbot, window: MainWindow, recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    text = tmp_path / "minutes.txt"
    text.write_text("Minutes of the coalition meeting\n")
    _action(window, "Receive changes…").trigger()
    dialog: ReceiveChangesDialog = window.bundle_dialog
    dialog.path.setText(str(text))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: getattr(window, "bundle_status", None) is not None, timeout=10_000)
    assert window.bundle_status.text() == "Nothing was applied from minutes.txt."
    assert window.last_error_box.icon() == QMessageBox.Icon.Warning
    assert f"{text}: this is not a bundle of changes written by UPR Tracker" in window.last_error_box.text()
    assert recording_exchange.applied == []


def test_save_key_and_trust_a_colleague_from_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from upr_tracker.gui.bundle_dialogs import save_key_file, trust_colleague_key
    from upr_tracker.sync.peers import list_peers

    task = save_key_file(window, tmp_path / "mine.uprkey")
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert "fingerprint" in window.statusBar().currentMessage()
    with Database.open(tmp_path / "bolat.sqlite3", actor="Bolat") as other:
        write_key_file(other, tmp_path / "bolat.uprkey")
        bolat = this_replica(other)
    task = trust_colleague_key(window, tmp_path / "bolat.uprkey")
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert [p.id for p in list_peers(window.database)] == [bolat.id]
    dialog = _send_dialog(qtbot, window)
    assert dialog.peer.itemData(1) == bolat.id   # now a colleague to write for


@pytest.mark.postgresql
def test_the_bundle_items_are_disabled_on_a_team_database(qtbot, team_db, tmp_path: Path) -> None:
    database = Database.open_exclusively(team_db, create=False)
    with shown_window(qtbot, database) as window:
        assert len(window.bundle_actions) == 4
        for action in window.bundle_actions:
            assert not action.isEnabled() and action.toolTip() == ON_SERVER
        with pytest.raises(BundleError, match="exchanges changes with laptops by sync"):
            create_bundle(database, tmp_path / "x.uprbundle", passphrase=Passphrase("team"))
        assert not (tmp_path / "x.uprbundle").exists()
