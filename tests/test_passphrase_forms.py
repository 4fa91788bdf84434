"""A passphrase is the same whatever form its text came in: the first line of a file ends only at a
line ending, invisible characters inside it are refused with their place, and é typed as one
character or as e + accent opens the same database (older databases keyed with the typed form too)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from upr_tracker.cli import passphrases
from upr_tracker.cli.main import main
from upr_tracker.errors import UprTrackerError
from upr_tracker.services import reviews
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

NFC = unicodedata.normalize("NFC", "café crème brûlée à volonté")
NFD = unicodedata.normalize("NFD", NFC)


def passphrase_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def plain(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        reviews.create_review(db, "Kazakhstan", 1, 7)
    return db_path


# Characters str.splitlines() takes for line ends, which a passphrase file's line does not end at.
NOT_LINE_ENDS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


@pytest.mark.parametrize("inside", NOT_LINE_ENDS)
def test_a_line_is_not_cut_at_a_character_only_splitlines_calls_a_line_end(
        plain: Path, tmp_path: Path, inside: str, capsys) -> None:
    secret = passphrase_file(tmp_path, "secret.txt", f"correct horse{inside}battery staple\n")
    assert main(["encrypt", "--db", str(plain), "--passphrase-file", str(secret)]) == 1
    error = one_line_error(capsys)
    assert f"U+{ord(inside):04X}" in error and "column 14" in error and str(secret) in error
    # Nothing was encrypted, least of all under "correct horse".
    assert main(["check", "--db", str(plain)]) == 0


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", ""])
def test_the_line_ends_at_lf_crlf_or_cr(tmp_path: Path, ending: str) -> None:
    path = passphrase_file(tmp_path, "secret.txt", f"correct horse battery staple{ending}second line\n")
    expected = "correct horse battery staple" + ("second line" if not ending else "")
    assert passphrases.read_passphrase_file(path) == Passphrase(expected)


@pytest.mark.parametrize(("text", "code", "column"), [
    ("pass\tphrase long enough", "U+0009", 5),
    ("passphrase\u200b long enough", "U+200B", 11),
    ("passphrase long enough\x7f", "U+007F", 23),
    ("passphrase\u00ad long enough", "U+00AD", 11),
])
def test_control_and_invisible_characters_are_refused_with_their_place(
        tmp_path: Path, text: str, code: str, column: int) -> None:
    path = passphrase_file(tmp_path, "secret.txt", text + "\n")
    with pytest.raises(UprTrackerError, match="invisible character") as raised:
        passphrases.read_passphrase_file(path)
    assert code in str(raised.value) and f"column {column}" in str(raised.value)


@pytest.mark.parametrize(("encrypt_with", "open_with"), [(NFD, NFC), (NFC, NFD)])
def test_an_accent_typed_either_way_opens_the_database(
        plain: Path, tmp_path: Path, encrypt_with: str, open_with: str, capsys) -> None:
    assert encrypt_with != open_with
    first = passphrase_file(tmp_path, "first.txt", encrypt_with + "\n")
    second = passphrase_file(tmp_path, "second.txt", open_with + "\n")
    assert main(["encrypt", "--db", str(plain), "--passphrase-file", str(first)]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(plain), "--passphrase-file", str(second)]) == 0, capsys.readouterr().err


def test_a_database_keyed_with_the_typed_decomposed_form_still_opens(plain: Path, tmp_path: Path, capsys) -> None:
    # Databases encrypted before passphrases were put in NFC hold the key as it was typed.
    Database.open(plain, create=False).close()
    from upr_tracker.storage.encryption_change import change_key
    change_key(plain, None, Passphrase(NFD, as_typed=True))
    typed = passphrase_file(tmp_path, "typed.txt", NFD + "\n")
    assert main(["check", "--db", str(plain), "--passphrase-file", str(typed)]) == 0, capsys.readouterr().err
    wrong = passphrase_file(tmp_path, "wrong.txt", NFD + " and more\n")
    capsys.readouterr()
    assert main(["check", "--db", str(plain), "--passphrase-file", str(wrong)]) == 1
    assert "passphrase is wrong" in one_line_error(capsys)


def test_a_passphrase_typed_at_the_terminal_is_put_in_nfc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passphrases.getpass, "getpass", lambda _prompt: NFD)
    assert passphrases.ask("Passphrase: ") == Passphrase(NFC)
    assert Passphrase(NFD) == Passphrase(NFC)
    assert Passphrase(NFD, as_typed=True) != Passphrase(NFC)


# -- the window ------------------------------------------------------------------------------------

def test_the_window_s_dialog_gives_the_passphrase_in_nfc(qtbot) -> None:
    from upr_tracker.gui.passphrase_dialog import PassphraseDialog
    dialog = PassphraseDialog(None, "Encrypt", "Encrypt it", new=True)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(NFD)
    dialog.again.setText(NFD)
    dialog.accept()
    assert dialog.value() == Passphrase(NFC)


@pytest.mark.parametrize("as_typed", [False, True])
def test_the_window_opens_with_the_other_form_and_with_an_older_database_s_typed_form(
        qtbot, plain: Path, monkeypatch: pytest.MonkeyPatch, as_typed: bool) -> None:
    from upr_tracker.gui import database_opening
    from upr_tracker.storage.encryption_change import change_key
    change_key(plain, None, Passphrase(NFD, as_typed=as_typed))
    asked: list[str | None] = []

    def ask(_parent, _path: Path, problem: str | None = None) -> str:
        asked.append(problem)
        return NFD

    monkeypatch.setattr(database_opening, "ask_passphrase", ask)
    database = database_opening.open_database_asking(None, plain, actor="tester")
    try:
        assert database is not None and database.is_encrypted and asked == [None]
    finally:
        database.close()


@pytest.mark.usefixtures("gui_settings")
@pytest.mark.parametrize("as_typed", [False, True])
def test_the_lock_screen_unlocks_with_either_form(qtbot, plain: Path, as_typed: bool) -> None:
    from tests.test_gui_main_window import open_window
    from upr_tracker.storage.encryption_change import change_key
    change_key(plain, None, Passphrase(NFC if not as_typed else NFD, as_typed=as_typed))
    database = Database.open(plain, create=False, actor="tester",
                             passphrase=Passphrase(NFC if not as_typed else NFD, as_typed=as_typed))
    try:
        window = open_window(qtbot, database)
        window.encryption.lock_now()
        qtbot.waitUntil(lambda: window.encryption.lock_screen is not None, timeout=5000)
        window.encryption.lock_screen.passphrase.setText(NFD)
        window.encryption.unlock()
        assert window.encryption.lock_screen is None and not database.is_locked
        window.close()
    finally:
        database.close()
