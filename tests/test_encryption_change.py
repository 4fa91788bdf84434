"""An encryption change interrupted half-way (the process killed, the machine off) is finished by the
next open or command, before anything else, and the user is told: completed once every re-keyed
copy was made, undone before. Backups left out of step by an older version are reported by `check`
and `backup --list`. (tests/test_crash_safety.py kills the real commands at every step.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.test_encryption import SECRET, fill, readable, snapshot
from upr_tracker.cli.main import main
from upr_tracker.gui import database_opening
from upr_tracker.services.encryption import set_encryption
from upr_tracker.storage import encryption_change
from upr_tracker.storage.backup_restore import list_backups, take_backup
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, is_plain_sqlite
from upr_tracker.storage.encryption_change import journal_path


class PowerCut(BaseException):
    """What a kill does: nothing after it runs (no undo, no clean-up)."""


@pytest.fixture
def plain(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        fill(db)
    take_backup(db_path)
    take_backup(db_path)
    return db_path


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def cut_while_replacing(monkeypatch: pytest.MonkeyPatch, plain: Path) -> None:
    """Encrypt, cut after the first copy took its file's place: the database is encrypted, its
    backups are still plain."""
    real_replace = os.replace
    placed: list[str] = []

    def replace(source, target) -> None:  # noqa: ANN001
        if str(source).endswith(".rekey"):
            if placed:
                raise PowerCut
            placed.append(str(target))
        real_replace(source, target)

    monkeypatch.setattr(encryption_change.os, "replace", replace)
    with Database.open(plain, create=False) as db, pytest.raises(PowerCut):
        set_encryption(db, Passphrase(SECRET))
    monkeypatch.setattr(encryption_change.os, "replace", real_replace)


def cut_after_the_first_copy(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The next change makes one re-keyed copy, then is cut before the turning point, with no time to
    undo anything; returns the copies made."""
    real_copy = encryption_change.make_rekeyed_copy
    made: list[Path] = []

    def copy_then_cut(path: Path, copy: Path, current, new) -> None:  # noqa: ANN001
        if made:
            raise PowerCut
        real_copy(path, copy, current, new)
        made.append(copy)

    monkeypatch.setattr(encryption_change, "make_rekeyed_copy", copy_then_cut)
    monkeypatch.setattr(encryption_change, "_undo", lambda _journal: 0)
    return made


def test_cut_once_every_copy_was_made_the_next_command_completes_the_change(
        plain: Path, secret_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    cut_while_replacing(monkeypatch, plain)
    # Cut there, one file is encrypted and another still readable: the state the journal is for.
    states = {is_plain_sqlite(path) for path in [plain, *(b.path for b in list_backups(plain))]}
    assert states == {True, False} and journal_path(plain).exists()

    assert main(["check", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 0
    err = capsys.readouterr().err
    assert "was interrupted; it has now been completed" in err and "all encrypted" in err
    assert not journal_path(plain).exists()
    for path in [plain, *(b.path for b in list_backups(plain))]:
        assert not is_plain_sqlite(path) and not readable(path.read_bytes())
    assert snapshot(plain, Passphrase(SECRET))[1] == ["note"]
    assert [p.name for p in plain.parent.rglob(".*.rekey*")] == []


def test_cut_before_every_copy_was_made_the_next_open_undoes_the_change(
        plain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = cut_after_the_first_copy(monkeypatch)
    with Database.open(plain, create=False) as db, pytest.raises(PowerCut):
        set_encryption(db, Passphrase(SECRET))
    assert made and made[0].exists() and journal_path(plain).exists()
    monkeypatch.undo()

    with Database.open(plain, create=False) as db:  # plain again: the copy under the new key is gone
        assert db.finished_change is not None and not db.finished_change.completed
        assert "it has been undone" in db.finished_change.message(plain)
    assert not made[0].exists() and not journal_path(plain).exists()
    assert all(is_plain_sqlite(path) for path in [plain, *(b.path for b in list_backups(plain))])


def test_a_decryption_cut_before_its_turning_point_leaves_no_plain_copy_after_the_next_command(
        plain: Path, secret_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    with Database.open(plain, create=False) as db:
        set_encryption(db, Passphrase(SECRET))
    made = cut_after_the_first_copy(monkeypatch)
    with Database.open(plain, create=False, passphrase=Passphrase(SECRET)) as db, pytest.raises(PowerCut):
        set_encryption(db, None)
    assert readable(made[0].read_bytes())  # the plain copy the kill left behind...
    monkeypatch.undo()

    assert main(["backup", "--db", str(plain), "--list"]) == 0  # ...any command, even one that only lists
    err = capsys.readouterr().err
    assert "it has been undone" in err and "are all still encrypted" in err
    leftovers = [p for p in plain.parent.rglob("*") if p.is_file() and readable(p.read_bytes())]
    assert leftovers == []


def test_a_command_does_not_finish_a_change_another_copy_of_the_app_is_making(plain: Path) -> None:
    from upr_tracker.errors import DatabaseInUseError
    from upr_tracker.storage.writer_lock import WriterLock

    journal_path(plain).write_text('{"version": 1, "operation": "encrypt", "state": "copying", "files": []}')
    lock = WriterLock(plain)
    lock.acquire()
    try:
        with pytest.raises(DatabaseInUseError, match="being changed by another copy"):
            Database.open(plain, create=False)
        assert journal_path(plain).exists()
    finally:
        lock.release()


def test_the_window_says_it_finished_an_interrupted_change(qtbot, plain: Path, monkeypatch) -> None:
    cut_while_replacing(monkeypatch, plain)
    told: list[str] = []
    monkeypatch.setattr(database_opening.QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(database_opening, "ask_passphrase", lambda *_args: SECRET)
    database = database_opening.open_database_asking(None, plain, actor="tester")
    try:
        assert database is not None and database.is_encrypted
        assert len(told) == 1 and "has now been completed" in told[0]
    finally:
        database.close()


def test_check_and_the_backup_list_name_a_plain_backup_beside_an_encrypted_database(
        plain: Path, secret_file: Path, capsys: pytest.CaptureFixture) -> None:
    with Database.open(plain, create=False) as db:
        set_encryption(db, Passphrase(SECRET))
    stray = list_backups(plain)[0].path
    # A plain backup as a version without the journal could leave one (or a copy put back by hand).
    with Database.open(stray, create=False, passphrase=Passphrase(SECRET)) as db:
        set_encryption(db, None)
    capsys.readouterr()
    assert main(["check", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 1
    out = capsys.readouterr().out
    assert f"error: the backup {stray.name} can be read by anyone" in out and "PROBLEMS FOUND" in out

    assert main(["backup", "--db", str(plain), "--list"]) == 0
    listed = capsys.readouterr()
    assert "restore" not in listed.err  # (nothing to restore: the database opens)
    assert "plain" in next(line for line in listed.out.splitlines() if stray.name in line)
    assert "1 of these backups is not encrypted" in listed.err

    # The way out that check names: the same passphrase again encrypts it.
    other = secret_file.with_name("same.txt")
    other.write_text(SECRET + "\n", encoding="utf-8")
    assert main(["change-passphrase", "--db", str(plain), "--passphrase-file", str(secret_file),
                 "--new-passphrase-file", str(other)]) == 0
    assert not is_plain_sqlite(stray) and not readable(stray.read_bytes())
    assert main(["check", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 0


def test_leftover_copies_are_removed_and_only_this_database_s(plain: Path) -> None:
    """Copies an older version's change left (no journal) go at the next open; those of another
    database whose name begins as this one's stay."""
    hex_part = "0123456789abcdef" * 2
    mine = plain.with_name(f".{plain.name}.{hex_part}.rekey")
    backup = list_backups(plain)[0].path
    mine_backup = backup.with_name(f".{backup.name}.{hex_part}.rekey-journal")
    other = plain.with_name(f".{plain.name}.old.{hex_part}.rekey")
    for path in (mine, mine_backup, other):
        path.write_bytes(b"left by a kill")
    Database.open(plain, create=False).close()
    assert not mine.exists() and not mine_backup.exists() and other.exists()


def test_a_copy_that_cannot_be_put_in_place_is_completed_later_and_the_window_goes_on(
        plain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(As on Windows when another program has a backup open.) The database, put in place last, is
    still under the key the open database uses; the change is completed before the next one."""
    from upr_tracker.errors import UprTrackerError
    from upr_tracker.services import recommendations

    real_replace = os.replace
    busy = list_backups(plain)[0].path

    def replace(source, target) -> None:  # noqa: ANN001
        if Path(target) == busy:
            raise PermissionError(13, "The file is being used by another process", str(target))
        real_replace(source, target)

    monkeypatch.setattr(encryption_change.os, "replace", replace)
    with Database.open(plain, create=False) as db:
        with pytest.raises(UprTrackerError, match="completed when .* is next opened"):
            set_encryption(db, Passphrase(SECRET))
        assert len(recommendations.list_recommendation_ids(db)) == 2  # still readable, still plain
        assert journal_path(plain).exists()
        monkeypatch.setattr(encryption_change.os, "replace", real_replace)
        set_encryption(db, Passphrase(SECRET))  # the pending change is finished first, then this one
        assert db.is_encrypted and len(recommendations.list_recommendation_ids(db)) == 2
    assert not journal_path(plain).exists()
    assert all(not is_plain_sqlite(path) for path in [plain, *(b.path for b in list_backups(plain))])


def test_a_backup_whose_database_changed_key_meanwhile_is_not_kept(plain: Path, monkeypatch) -> None:
    from upr_tracker.errors import UprTrackerError
    from upr_tracker.storage import backups

    before = {b.path for b in list_backups(plain)}
    real_flush = backups.flush_folder

    def renamed_then_the_key_changes(folder: Path) -> None:
        real_flush(folder)
        monkeypatch.setattr(backups, "flush_folder", real_flush)
        with Database.open(plain, create=False) as db:  # another copy of the app encrypts meanwhile
            set_encryption(db, Passphrase(SECRET))

    monkeypatch.setattr(backups, "flush_folder", renamed_then_the_key_changes)
    with pytest.raises(UprTrackerError, match="encryption changed while it was being backed up"):
        take_backup(plain)
    assert {b.path for b in list_backups(plain)} == before
    assert all(not is_plain_sqlite(b.path) for b in list_backups(plain))


def test_the_writer_lock_is_the_same_however_the_path_is_spelled(plain: Path, tmp_path: Path) -> None:
    from upr_tracker.errors import DatabaseInUseError

    link = tmp_path / "elsewhere.sqlite3"
    link.symlink_to(plain)
    with Database.open_exclusively(plain, create=False):
        with pytest.raises(DatabaseInUseError):
            Database.open_exclusively(link, create=False)
