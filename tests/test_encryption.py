"""Encryption at rest: an encrypted database, its backups and its WAL hold no readable text; the
passphrase opens it and nothing else does; encrypting, changing the passphrase and decrypting keep
every record, and a failure half-way changes nothing."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest

from upr_tracker.cli import passphrases
from upr_tracker.cli.main import main
from upr_tracker.errors import DatabaseLockedError, DatabaseOpenError, UprTrackerError
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.services.encryption import set_encryption
from upr_tracker.services.integrity import check_database
from upr_tracker.services.search import search
from upr_tracker.storage import encryption, encryption_change
from upr_tracker.storage.backup_restore import check_backup, list_backups, restore_backup, take_backup
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import (Passphrase, PassphraseRequiredError, WrongPassphraseError,
                                            is_plain_sqlite)

SECRET = "correct horse battery staple"
OTHER = "a different long passphrase"
# Words that appear nowhere but in the data: found in a file's bytes, they show it is readable.
MARKER = "Zanzibarian"
NOTE_MARKER = "Quetzalcoatlus"


def fill(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    recommendation = recommendations.add_recommendation(
        db, review, f"Abolish the death penalty ({MARKER} proposal)", label="97.17")
    recommendations.add_recommendation(db, review, "Ratify the Optional Protocol to the Convention against Torture")
    notes.add_note(db, f"Met the ombudsman: {NOTE_MARKER} confirmed", recommendation_id=recommendation,
                   confidential=True)


def file_bytes(path: Path) -> bytes:
    """The database file and its WAL, as a thief would read them."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def readable(data: bytes) -> bool:
    return any(word.encode() in data or word.encode("utf-16-le") in data for word in (MARKER, NOTE_MARKER))


def snapshot(path: Path, passphrase: Passphrase | None) -> tuple[list[str], list[str]]:
    with Database.open(path, create=False, passphrase=passphrase) as db:
        texts = sorted(r.text for r in recommendations.recommendation_rows(db, recommendations.list_recommendation_ids(db)))
        found = sorted(hit.kind for hit in search(db, NOTE_MARKER))
    return texts, found


@pytest.fixture
def encrypted(db_path: Path) -> Path:
    with Database.open(db_path, passphrase=Passphrase(SECRET)) as db:
        fill(db)
    return db_path


@pytest.fixture
def plain(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        fill(db)
    return db_path


def test_an_encrypted_database_holds_no_readable_text_even_while_open(db_path: Path) -> None:
    with Database.open(db_path, passphrase=Passphrase(SECRET)) as db:
        fill(db)
        # While open, recent changes sit in the WAL: it must be as unreadable as the file.
        assert Path(f"{db_path}-wal").exists()
        assert not readable(file_bytes(db_path))
        assert not is_plain_sqlite(db_path)
    assert not readable(file_bytes(db_path))


def test_an_encrypted_database_keeps_sqlites_temporary_files_in_memory(encrypted: Path) -> None:
    """SQLite's temporary files (a big sort, a temporary index) are not encrypted: they must never
    reach the disk, whatever the SQLCipher build's default."""
    with Database.open(encrypted, create=False, passphrase=Passphrase(SECRET)) as db, db.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA temp_store").scalar() == 2  # MEMORY


def test_the_same_data_unencrypted_is_readable(plain: Path) -> None:
    # The check above can fail: without encryption the words are there to be found.
    assert readable(file_bytes(plain))


def test_full_text_search_works_the_same_encrypted(encrypted: Path, tmp_path: Path) -> None:
    with Database.open(encrypted, create=False, passphrase=Passphrase(SECRET)) as db:
        hits = search(db, "death penalty")
        assert [hit.kind for hit in hits] == ["recommendation"]
        assert [hit.kind for hit in search(db, "ombudsman")] == ["note"]
        assert search(db, "torture")  # stemming and prefixes as in a plain database
        assert search(db, "Ratif*")


def test_without_the_passphrase_or_with_a_wrong_one_it_does_not_open(encrypted: Path) -> None:
    with pytest.raises(PassphraseRequiredError, match="passphrase is needed"):
        Database.open(encrypted, create=False)
    with pytest.raises(WrongPassphraseError, match="the passphrase is wrong"):
        Database.open(encrypted, create=False, passphrase=Passphrase(OTHER))
    # Nothing was written by the failed attempts.
    assert snapshot(encrypted, Passphrase(SECRET))[0][0].startswith("Abolish")


def test_a_passphrase_for_a_plain_database_is_refused_with_the_way_to_encrypt(plain: Path, secret_file: Path,
                                                                              capsys) -> None:
    with pytest.raises(DatabaseOpenError, match="not encrypted.*upr-tracker encrypt"):
        Database.open(plain, create=False, passphrase=Passphrase(SECRET))
    take_backup(plain)
    assert main(["backup", "--db", str(plain), "--list", "--passphrase-file", str(secret_file)]) == 1
    err = capsys.readouterr().err
    assert "needs no passphrase" in err and "restore" not in err  # a backup would not mend anything


def test_a_file_of_another_kind_is_not_taken_for_an_encrypted_database(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("minutes of the meeting\n" * 10)
    with pytest.raises(DatabaseOpenError, match="not an UPR Tracker database") as raised:
        Database.open(text_file, create=False)
    assert not isinstance(raised.value, PassphraseRequiredError)


def test_the_passphrase_never_shows_in_its_repr_or_the_database_s() -> None:
    passphrase = Passphrase(SECRET)
    assert SECRET not in repr(passphrase) and SECRET not in str(passphrase)
    assert SECRET not in repr([passphrase]) and SECRET not in f"{passphrase}"
    with pytest.raises(UprTrackerError, match="empty"):
        Passphrase("")


def test_a_passphrase_with_quotes_and_accents_works(db_path: Path) -> None:
    odd = Passphrase("l'été \"chaud\"; DROP TABLE note; -- ✓")
    with Database.open(db_path, passphrase=odd) as db:
        fill(db)
    assert snapshot(db_path, odd)[1] == ["note"]


def test_encrypt_change_and_decrypt_keep_every_record_and_the_backups_follow(plain: Path) -> None:
    before = snapshot(plain, None)
    take_backup(plain)
    with Database.open(plain, create=False) as db:
        change = set_encryption(db, Passphrase(SECRET))
        assert db.is_encrypted
        # The open database goes on working under its new key.
        assert len(recommendations.list_recommendation_ids(db)) == 2
    assert change.encrypted and len(change.backups_changed) == 1 and change.backups_left == []
    assert not readable(file_bytes(plain))
    assert snapshot(plain, Passphrase(SECRET)) == before
    [backup] = list_backups(plain)
    assert not readable(backup.path.read_bytes())
    assert check_backup(backup.path, Passphrase(SECRET)).recommendations == 2

    with Database.open(plain, create=False, passphrase=Passphrase(SECRET)) as db:
        set_encryption(db, Passphrase(OTHER))
    with pytest.raises(WrongPassphraseError):
        Database.open(plain, create=False, passphrase=Passphrase(SECRET))
    with pytest.raises(WrongPassphraseError):
        check_backup(backup.path, Passphrase(SECRET))  # the old passphrase opens no backup either
    assert snapshot(plain, Passphrase(OTHER)) == before

    with Database.open(plain, create=False, passphrase=Passphrase(OTHER)) as db:
        set_encryption(db, None)
    assert is_plain_sqlite(plain) and is_plain_sqlite(backup.path)
    assert snapshot(plain, None) == before


def test_a_short_new_passphrase_is_refused_before_anything_changes(plain: Path) -> None:
    digest = hashlib.sha256(plain.read_bytes()).hexdigest()
    with Database.open(plain, create=False) as db, pytest.raises(UprTrackerError, match="too short"):
        set_encryption(db, Passphrase("short"))
    assert hashlib.sha256(plain.read_bytes()).hexdigest() == digest


def test_a_failed_encryption_leaves_the_database_as_it_was(plain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(plain, None)

    def copy_fails(*_args: object) -> None:
        raise UprTrackerError("the re-encrypted copy did not check out")

    monkeypatch.setattr(encryption, "_check_copy", copy_fails)
    with Database.open(plain, create=False) as db:
        with pytest.raises(UprTrackerError, match="did not check out"):
            set_encryption(db, Passphrase(SECRET))
        assert not db.is_encrypted
        assert len(recommendations.list_recommendation_ids(db)) == 2  # still open, still plain
    assert is_plain_sqlite(plain)
    assert snapshot(plain, None) == before
    assert [p.name for p in plain.parent.iterdir() if p.name.endswith(".rekey")] == []


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(encrypted: Path) -> None:
    key = Passphrase(SECRET)
    backup = take_backup(encrypted, passphrase=key)
    assert not readable(backup.read_bytes()) and not is_plain_sqlite(backup)
    with pytest.raises(PassphraseRequiredError):
        check_backup(backup)
    with Database.open(encrypted, create=False, passphrase=key) as db:
        reviews_id = reviews.list_reviews(db)[0].id
        recommendations.add_recommendation(db, reviews_id, "A third recommendation")
    checked, saved = restore_backup(encrypted, backup, key)
    assert checked.recommendations == 2
    assert saved is not None and not is_plain_sqlite(saved)
    assert len(snapshot(encrypted, key)[0]) == 2


def test_the_backup_before_an_upgrade_of_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    from tests.test_migrations import revisions_oldest_first
    from upr_tracker.storage import schema_upgrade
    from upr_tracker.storage.engine import create_sqlite_engine

    key = Passphrase(SECRET)
    path = tmp_path / "old.sqlite3"
    engine = create_sqlite_engine(path, key)
    schema_upgrade.upgrade_to_head(engine, None, target=revisions_oldest_first()[0])
    engine.dispose()
    with Database.open(path, create=False, passphrase=key) as db:
        assert db.last_migration_backup is not None
        backup = db.last_migration_backup
    assert not is_plain_sqlite(backup)
    assert check_backup(backup, key).revision == revisions_oldest_first()[0]


def test_check_reads_an_encrypted_database(encrypted: Path) -> None:
    report = check_database(encrypted, Passphrase(SECRET))
    assert report.ok and report.counts["recommendation"] == 2 and report.counts["note"] == 1


def test_a_locked_database_reads_nothing_until_its_passphrase_is_given(encrypted: Path) -> None:
    with Database.open(encrypted, create=False, passphrase=Passphrase(SECRET)) as db:
        db.lock()
        assert db.is_locked and db.passphrase is None
        with pytest.raises(DatabaseLockedError):
            recommendations.list_recommendation_ids(db)
        with pytest.raises(WrongPassphraseError):
            db.unlock(Passphrase(OTHER))
        assert db.is_locked
        db.unlock(Passphrase(SECRET))
        assert not db.is_locked and len(recommendations.list_recommendation_ids(db)) == 2


# -- the command line ------------------------------------------------------------------------------

@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET + "\n", encoding="utf-8")
    return path


@pytest.fixture
def other_file(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(OTHER + "\r\n", encoding="utf-8")
    return path


def one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_demo_and_every_reading_command_take_a_passphrase_file(tmp_path: Path, secret_file: Path, capsys) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(db), "--passphrase-file", str(secret_file)]) == 0
    assert "(encrypted)" in capsys.readouterr().out
    assert not is_plain_sqlite(db)
    key = ["--db", str(db), "--passphrase-file", str(secret_file)]
    assert main(["search", *key, "moratorium"]) == 0
    assert "moratorium" in capsys.readouterr().out.lower()
    assert main(["check", *key]) == 0
    assert main(["export", *key, "--format", "csv", "--out", str(tmp_path / "out.csv")]) == 0
    assert main(["audit", *key, "--out", str(tmp_path / "audit.csv")]) == 0
    assert main(["backup", *key]) == 0
    dataset = Path(__file__).parent / "fixtures" / "uprinfo_export_sessions_6-9_macroman.csv"
    assert main(["import", *key, "--dry-run", str(dataset)]) == 0
    captured = capsys.readouterr()
    assert "Would import" in captured.err + captured.out
    assert main(["import", *key, str(dataset)]) == 0
    capsys.readouterr()
    [backup] = list_backups(db)
    assert not is_plain_sqlite(backup.path)
    assert main(["restore", *key, "--latest"]) == 0


def test_a_command_without_the_passphrase_says_how_to_give_it(encrypted: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(passphrases, "at_a_terminal", lambda: False)
    assert main(["search", "--db", str(encrypted), "death"]) == 1
    assert "--passphrase-file" in one_line_error(capsys)


def test_a_wrong_passphrase_file_gives_one_line(encrypted: Path, other_file: Path, capsys) -> None:
    assert main(["search", "--db", str(encrypted), "--passphrase-file", str(other_file), "death"]) == 1
    assert "passphrase is wrong" in one_line_error(capsys)


def test_an_empty_or_missing_passphrase_file_is_named(encrypted: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert main(["search", "--db", str(encrypted), "--passphrase-file", str(empty), "death"]) == 1
    assert f"{empty}: its first line is empty" in one_line_error(capsys)
    assert main(["search", "--db", str(encrypted), "--passphrase-file", str(tmp_path / "none.txt"), "death"]) == 1
    assert "none.txt: cannot read it" in one_line_error(capsys)


def test_at_a_terminal_the_passphrase_is_asked_again_after_a_wrong_one(encrypted: Path, capsys, monkeypatch) -> None:
    answers = iter([OTHER, SECRET])
    monkeypatch.setattr(passphrases, "at_a_terminal", lambda: True)
    monkeypatch.setattr(passphrases.getpass, "getpass", lambda _prompt: next(answers))
    assert main(["search", "--db", str(encrypted), "death"]) == 0
    captured = capsys.readouterr()
    assert "try again" in captured.err and "death" in captured.out.lower()


def test_encrypt_change_passphrase_and_decrypt_commands(plain: Path, secret_file: Path, other_file: Path, capsys) -> None:
    before = snapshot(plain, None)
    assert main(["encrypt", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 0
    assert "Encrypted" in capsys.readouterr().err
    assert main(["encrypt", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 1
    assert "already encrypted" in one_line_error(capsys)
    assert main(["change-passphrase", "--db", str(plain), "--passphrase-file", str(secret_file),
                 "--new-passphrase-file", str(other_file)]) == 0
    assert snapshot(plain, Passphrase(OTHER)) == before
    assert main(["decrypt", "--db", str(plain), "--passphrase-file", str(other_file)]) == 0
    assert "Decrypted" in capsys.readouterr().err
    assert is_plain_sqlite(plain) and snapshot(plain, None) == before
    assert main(["decrypt", "--db", str(plain)]) == 1
    assert "not encrypted" in one_line_error(capsys)


def test_encrypting_asks_twice_at_the_terminal_and_refuses_a_mismatch(plain: Path, capsys, monkeypatch) -> None:
    answers = iter([SECRET, OTHER])
    monkeypatch.setattr(passphrases, "at_a_terminal", lambda: True)
    monkeypatch.setattr(passphrases.getpass, "getpass", lambda _prompt: next(answers))
    assert main(["encrypt", "--db", str(plain)]) == 1
    assert "differ" in one_line_error(capsys)
    assert is_plain_sqlite(plain)


def test_encrypting_is_refused_while_the_app_has_the_database_open(plain: Path, secret_file: Path, capsys) -> None:
    with Database.open_exclusively(plain):
        assert main(["encrypt", "--db", str(plain), "--passphrase-file", str(secret_file)]) == 1
    assert "open in another copy" in one_line_error(capsys)
    assert is_plain_sqlite(plain)


def test_an_export_is_encrypted_on_request(encrypted: Path, secret_file: Path, other_file: Path, tmp_path: Path,
                                           capsys, monkeypatch) -> None:
    from upr_tracker.services.encrypted_archive import read_encrypted_archive

    opened: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def mkstemp(*args, **kwargs) -> tuple[int, str]:
        handle, name = real_mkstemp(*args, **kwargs)
        opened.append(name)
        return handle, name

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    out = tmp_path / "recommendations.csv"
    key = ["--db", str(encrypted), "--passphrase-file", str(secret_file)]
    assert main(["export", *key, "--format", "csv", "--out", str(out), "--encrypt",
                 "--export-passphrase-file", str(other_file)]) == 0
    assert "encrypted" in capsys.readouterr().err
    archive = tmp_path / "recommendations.csv.zip"
    assert not out.exists() and archive.exists()
    assert not readable(archive.read_bytes())
    name, data = read_encrypted_archive(archive, Passphrase(OTHER))
    assert name == "recommendations.csv" and MARKER.encode() in data
    with pytest.raises(RuntimeError):  # a wrong passphrase reads nothing
        read_encrypted_archive(archive, Passphrase(SECRET))
    # No unencrypted copy was made on the way: the one file written was the archive's part-file.
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == []
    assert [Path(name).name.startswith(".recommendations.csv.zip.") for name in opened] == [True]


def test_an_unencrypted_export_of_an_encrypted_database_says_so(encrypted: Path, secret_file: Path,
                                                                tmp_path: Path, capsys) -> None:
    out = tmp_path / "all.json"
    assert main(["export", "--db", str(encrypted), "--passphrase-file", str(secret_file), "--out", str(out)]) == 0
    assert "this export is not" in capsys.readouterr().err
    assert readable(out.read_bytes())


def test_a_report_is_encrypted_on_request(encrypted: Path, secret_file: Path, other_file: Path, tmp_path: Path,
                                          capsys) -> None:
    from upr_tracker.services.encrypted_archive import read_encrypted_archive

    out = tmp_path / "brief.pdf"
    assert main(["report", "--db", str(encrypted), "--passphrase-file", str(secret_file), "--template",
                 "country-brief", "--state", "KAZ", "--cycle", "1", "--out", str(out), "--encrypt",
                 "--export-passphrase-file", str(other_file)]) == 0
    assert "brief.pdf.zip, encrypted" in capsys.readouterr().err
    assert not out.exists()
    name, data = read_encrypted_archive(tmp_path / "brief.pdf.zip", Passphrase(OTHER))
    assert name == "brief.pdf" and data.startswith(b"%PDF")



def test_a_backup_that_cannot_follow_undoes_the_whole_change(plain: Path, monkeypatch) -> None:
    """The database and its backups change together or not at all: never an encrypted database
    beside a plain backup."""
    first, second = take_backup(plain), take_backup(plain)
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (plain, first, second)}
    real_copy = encryption_change.make_rekeyed_copy

    def full_disk_for_the_first(path: Path, copy: Path, current, new) -> None:  # noqa: ANN001
        if path == first:
            raise UprTrackerError(f"there is no room left beside {path} for its re-encrypted copy")
        real_copy(path, copy, current, new)

    monkeypatch.setattr(encryption_change, "make_rekeyed_copy", full_disk_for_the_first)
    with Database.open(plain, create=False) as db:
        with pytest.raises(UprTrackerError, match="no room left"):
            set_encryption(db, Passphrase(SECRET))
        assert not db.is_encrypted and len(recommendations.list_recommendation_ids(db)) == 2
    assert {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in (plain, first, second)} == before
    assert [p.name for p in plain.parent.rglob(".*") if p.is_file() and not p.name.endswith(".lock")] == []
    monkeypatch.setattr(encryption_change, "make_rekeyed_copy", real_copy)
    with Database.open(plain, create=False) as db:
        change = set_encryption(db, Passphrase(SECRET))
    assert sorted(change.backups_changed) == sorted([first, second]) and change.backups_left == []
    assert not any(readable(path.read_bytes()) for path in (plain, first, second))


def test_a_backup_under_another_passphrase_is_left_as_it_is_and_named(encrypted: Path) -> None:
    """A backup the database's passphrase does not open cannot be re-keyed; it is not readable either,
    so the change goes on, and says which was left."""
    mine = take_backup(encrypted, passphrase=Passphrase(SECRET))
    foreign = take_backup(encrypted, passphrase=Passphrase(SECRET))
    with Database.open(foreign, create=False, passphrase=Passphrase(SECRET)) as db:
        set_encryption(db, Passphrase("yet another passphrase"))  # (as an older version could leave one)
    with Database.open(encrypted, create=False, passphrase=Passphrase(SECRET)) as db:
        change = set_encryption(db, Passphrase(OTHER))
    assert change.backups_changed == [mine]
    assert [(path, "does not open it" in why) for path, why in change.backups_left] == [(foreign, True)]
    assert check_backup(mine, Passphrase(OTHER)).recommendations == 2
    assert not readable(foreign.read_bytes())


def test_an_encrypted_backup_beside_a_plain_database_does_not_stop_the_encryption(plain: Path) -> None:
    """As a decryption cut short by an older version could leave: one backup under the passphrase
    about to be given, one under another. The first needs nothing, the second is named."""
    same, foreign = take_backup(plain), take_backup(plain)
    for backup, key in ((same, SECRET), (foreign, "yet another passphrase")):
        with Database.open(backup, create=False) as db:
            set_encryption(db, Passphrase(key))
    with Database.open(plain, create=False) as db:
        change = set_encryption(db, Passphrase(SECRET))
    assert change.encrypted and change.backups_changed == []
    assert [(path, "does not open it" in why) for path, why in change.backups_left] == [(foreign, True)]
    assert check_backup(same, Passphrase(SECRET)).recommendations == 2 and not readable(plain.read_bytes())


def test_a_plain_backup_that_cannot_be_read_stops_the_encryption(plain: Path) -> None:
    damaged = take_backup(plain)
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(4096 * 2 - 16))  # a header, then nothing readable
    with Database.open(plain, create=False) as db:
        with pytest.raises(UprTrackerError, match="cannot be encrypted; nothing was changed"):
            set_encryption(db, Passphrase(SECRET))
    assert is_plain_sqlite(plain) and is_plain_sqlite(damaged)


def test_a_damaged_encrypted_database_is_said_damaged_and_restores(encrypted: Path, secret_file: Path, capsys) -> None:
    take_backup(encrypted, passphrase=Passphrase(SECRET))
    data = bytearray(encrypted.read_bytes())
    data[100:200] = bytes(100)  # the first page, whose check tells a key from another
    encrypted.write_bytes(bytes(data))
    with pytest.raises(DatabaseOpenError, match="damaged: its passphrase opens its backups") as raised:
        Database.open(encrypted, create=False, passphrase=Passphrase(SECRET))
    assert not isinstance(raised.value, WrongPassphraseError)
    assert main(["restore", "--db", str(encrypted), "--latest", "--passphrase-file", str(secret_file)]) == 0
    assert snapshot(encrypted, Passphrase(SECRET))[1] == ["note"]


def test_the_passphrase_is_not_changed_while_another_program_reads(encrypted: Path) -> None:
    import sqlcipher3

    reader = sqlcipher3.connect(str(encrypted), isolation_level=None)
    try:
        reader.execute(Passphrase(SECRET).key_statement())
        with Database.open(encrypted, create=False, passphrase=Passphrase(SECRET)) as db:
            recommendations.add_recommendation(db, reviews.list_reviews(db)[0].id, "Written to the WAL")
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM recommendation").fetchone()  # holds a snapshot
            with pytest.raises(UprTrackerError, match="being read by another program"):
                set_encryption(db, Passphrase(OTHER))
            assert db.is_encrypted and len(recommendations.list_recommendation_ids(db)) == 3
        reader.execute("COMMIT")
    finally:
        reader.close()
    assert len(snapshot(encrypted, Passphrase(SECRET))[0]) == 3
    assert [p.name for p in encrypted.parent.iterdir() if p.name.endswith(".rekey")] == []


def test_a_passphrase_file_saved_with_a_byte_order_mark_gives_the_typed_passphrase(tmp_path: Path) -> None:
    notepad = tmp_path / "notepad.txt"
    notepad.write_bytes("\ufeff".encode() + SECRET.encode() + b"\r\n")
    assert passphrases.read_passphrase_file(notepad) == Passphrase(SECRET)
    hidden = tmp_path / "hidden.txt"
    hidden.write_text("pass\u200bphrase long enough\n", encoding="utf-8")
    with pytest.raises(UprTrackerError, match="invisible character"):
        passphrases.read_passphrase_file(hidden)
