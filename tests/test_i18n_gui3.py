"""The passphrase dialog, the lock screen, the Send changes dialog and the sync's status line speak
the language of the catalogue installed before they are built: the contexts their texts are
written under (a class's own, a base class's, a module's) are the ones Qt looks up at run time.
The catalogue is made here from a few French messages, compiled with Qt's lrelease."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton

from upr_tracker.gui.bundle_dialogs import SendChangesDialog, sent_summary
from upr_tracker.gui.encryption_actions import LockScreen
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.passphrase_dialog import PassphraseDialog
from upr_tracker.gui.sync_actions import LastSync, synced_text
from upr_tracker.sync.bundles import BundleReport
from tests.small_catalogue import compiled_catalogue, installed_catalogue, ts_text

# context -> [(source, translation, or its plural forms)]
FRENCH = {
    "PassphraseDialog": [
        ("Passphrase:", "Phrase secrète :"),
        ("Too short: use at least %n characters.",
         ["Trop courte : utilisez au moins %n caractère.", "Trop courte : utilisez au moins %n caractères."]),
    ],
    "LockScreen": [("%1 is locked", "%1 est verrouillée"), ("Unlock", "Déverrouiller")],
    "_BundleFileDialog": [("Browse…", "Parcourir…")],
    "SyncActions": [("Synced %1: %2 out, %3 in, %n conflict(s)",
                     ["Synchronisée à %1 : %2 envoyées, %3 reçues, %n conflit",
                      "Synchronisée à %1 : %2 envoyées, %3 reçues, %n conflits"])],
    "BundleDialogs": [("Wrote %1: %2, %3.", "%1 écrit : %2, %3."),
                      ("%n changed record(s)", ["%n fiche modifiée", "%n fiches modifiées"])],
}


@pytest.fixture
def french(qtbot, tmp_path: Path) -> Iterator[QTranslator]:
    messages = [(name, source, translated) for name, pairs in FRENCH.items() for source, translated in pairs]
    with installed_catalogue(compiled_catalogue(ts_text(messages), tmp_path)) as translator:
        yield translator


def form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    return [form.labelForField(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
                               or form.itemAt(row, QFormLayout.ItemRole.FieldRole).layout()).text()
            for row in range(form.rowCount())]


def test_the_passphrase_dialog_speaks_french(qtbot, french) -> None:
    dialog = PassphraseDialog(None, "Base chiffrée", "Saisissez la phrase secrète.")
    qtbot.addWidget(dialog)
    assert form_labels(dialog) == ["Phrase secrète :"]
    new = PassphraseDialog(None, "Chiffrer", "Chiffrer la base", new=True)
    qtbot.addWidget(new)
    new.passphrase.setText("court")
    new.again.setText("court")
    assert new.check().startswith("Trop courte : utilisez au moins ") and new.check().endswith(" caractères.")


def test_the_lock_screen_speaks_french(qtbot, french) -> None:
    screen = LockScreen(lambda: None, "ngo.sqlite3")
    qtbot.addWidget(screen)
    assert "ngo.sqlite3 est verrouillée" in [label.text() for label in screen.findChildren(QLabel)]
    assert screen.findChild(QPushButton, "unlock_button").text() == "Déverrouiller"


def test_a_base_class_text_is_found_for_the_dialog_built_on_it(qtbot, french) -> None:
    dialog = SendChangesDialog([])
    qtbot.addWidget(dialog)
    assert "Parcourir…" in [button.text() for button in dialog.findChildren(QPushButton)]


def test_texts_of_module_functions_and_their_plurals_speak_french(qtbot, french) -> None:
    at = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.timezone.utc)
    one = synced_text(LastSync(at, 3, 5, 1))
    assert one.startswith("Synchronisée à ") and one.endswith(" : 3 envoyées, 5 reçues, 1 conflit")
    assert synced_text(LastSync(at, 0, 0, 2)).endswith(", 2 conflits")
    report = BundleReport(path=Path("pour-bolat.uprbundle"), records=2, size=2048, peer_name=None)
    assert sent_summary(report).startswith("pour-bolat.uprbundle écrit : 2 fiches modifiées, ")


def test_without_a_catalogue_the_english_plurals_are_said_right(qtbot) -> None:
    at = dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.timezone.utc)
    assert synced_text(LastSync(at, 3, 5, 1)).endswith(": 3 out, 5 in, 1 conflict")
    assert synced_text(LastSync(at, 3, 5, 0)).endswith(": 3 out, 5 in, 0 conflicts")
    assert counted("Applied it: 1 record(s) changed.", 1) == "Applied it: 1 record changed."
    assert counted("Applied it: 4 record(s) changed.", 4) == "Applied it: 4 records changed."
    assert counted("4 fiches modifiées", 4) == "4 fiches modifiées"
