"""Bundles between laptops' databases (sync.bundles) and `upr-tracker bundle …`: who may send,
what is refused and that nothing of a refused bundle is applied. The sync engine's collect/apply
are stood in for here (tests/recording_exchange.py); test_bundle_exchange.py runs the real one."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.recording_exchange import RecordingExchange
from upr_tracker.cli.main import main
from upr_tracker.errors import BundleError
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync import bundle_file
from upr_tracker.sync.bundle_file import (
    ReplicaKeys,
    WrongBundlePassphraseError,
    read_bundle,
    seal,
    write_bundle,
)
from upr_tracker.sync.bundles import (
    apply_bundle,
    create_bundle,
    public_keys,
    trust_key_file,
    write_key_file,
)
from upr_tracker.sync.changeset import Changeset
from upr_tracker.sync.peers import find_peer, list_peers
from upr_tracker.sync.replica import this_replica

TEAM = Passphrase("our team's bundle passphrase")

pytestmark = pytest.mark.usefixtures("quick_scrypt")  # bundles sealed quickly


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    a = Database.open(tmp_path / "aigerim.sqlite3", actor="Aigerim")
    b = Database.open(tmp_path / "bolat.sqlite3", actor="Bolat")
    yield a, b
    a.close()
    b.close()


def test_a_passphrase_bundle_carries_the_changes_and_introduces_the_sender(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="upr_tracker.sync.bundles")
    a, b = laptops
    recording_exchange.edit(a, "r1", "Abolish the death penalty")
    recording_exchange.edit(a, "r2", "Ratify OP-CAT")
    out = tmp_path / "to-bolat.uprbundle"
    report = create_bundle(a, out, passphrase=TEAM)
    assert (report.path, report.records, report.size, report.peer_name) == (out, 2, out.stat().st_size, None)
    assert recording_exchange.asked == [None]   # everything: the peer is not named
    applied = apply_bundle(b, out, passphrase=Passphrase("our team's bundle passphrase"))
    assert (applied.received, applied.skipped, applied.conflicts) == (2, 0, 0)
    assert recording_exchange.records(b) == recording_exchange.records(a)
    sender = find_peer(b, this_replica(a).id)
    assert sender is not None and sender.name == this_replica(a).name
    assert sender.public_key == public_keys(a).keys.to_bytes()   # trusted on first sight
    assert sender.last_received_at is not None and sender.last_summary == {"sent": 0, "received": 2, "conflicts": 0}
    logged = [record.getMessage() for record in caplog.records if record.name == "upr_tracker.sync.bundles"]
    assert logged[0].startswith("Wrote the bundle to-bolat.uprbundle: 2 records, ")
    assert logged[1] == f"Applied the bundle to-bolat.uprbundle of {sender.name}: 2 records received, 0 skipped, " \
        "0 new conflicts"
    assert not any("Abolish" in message for message in logged)
    # Again: nothing new.
    again = apply_bundle(b, out, passphrase=TEAM)
    assert (again.received, again.skipped) == (0, 2)
    assert len(recording_exchange.records(b)) == 2


def test_a_bundle_for_a_peer_holds_what_it_may_lack_and_is_written_for_its_key(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    recording_exchange.edit(a, "r1", "Abolish the death penalty")
    apply_bundle(b, _bundle(a, tmp_path / "first.uprbundle"), passphrase=TEAM)
    # Bolat answers for Aigerim, by her name: what she knew, encrypted for her key alone.
    recording_exchange.edit(b, "r2", "Ratify OP-CAT")
    recording_exchange.asked.clear()
    out = tmp_path / "for-aigerim.uprbundle"
    report = create_bundle(b, out, for_peer=this_replica(a).name)
    assert report.peer_name == this_replica(a).name
    assert recording_exchange.asked == [find_peer(b, this_replica(a).id).knowledge]
    assert read_bundle(out).header.mode == "keys"
    assert find_peer(b, this_replica(a).id).last_sent_at is not None
    # Aigerim has never trusted Bolat's key: a bundle for keys from him is refused until she does.
    with pytest.raises(BundleError, match="whose key this laptop does not trust"):
        apply_bundle(a, out)
    assert recording_exchange.applied == [b.name]
    key_file = tmp_path / "bolat.key"
    write_key_file(b, key_file)
    trust_key_file(a, key_file)
    assert apply_bundle(a, out).received == 1
    with pytest.raises(BundleError, match="no colleague's laptop named 'Nobody' is known here"):
        create_bundle(b, tmp_path / "x.uprbundle", for_peer="Nobody")


def test_a_bundle_for_colleagues_keys_opens_only_on_their_laptops(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    c = Database.open(tmp_path / "other.sqlite3", actor="Other")
    try:
        for database, other in ((a, b), (b, a), (c, a)):
            write_key_file(other, tmp_path / "other.key")
            trust_key_file(database, tmp_path / "other.key")
        write_key_file(b, tmp_path / "bolat.key")
        recording_exchange.edit(a, "r1", "Abolish the death penalty")
        out = tmp_path / "for-bolat.uprbundle"
        create_bundle(a, out, recipients=[tmp_path / "bolat.key"])
        with pytest.raises(BundleError, match="not addressed to this laptop"):
            apply_bundle(c, out)   # trusts Aigerim, but the bundle is not for it
        assert recording_exchange.records(c) == []
        assert apply_bundle(b, out).received == 1
    finally:
        c.close()


def test_a_forged_bundle_in_a_known_senders_name_is_refused(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    apply_bundle(b, _bundle(a, tmp_path / "first.uprbundle"), passphrase=TEAM)
    known = find_peer(b, this_replica(a).id)
    # Someone who knows the passphrase writes in Aigerim's name with a key of their own.
    impostor = ReplicaKeys.generate()
    changes = Changeset(known.id, known.name, None, {}, [])
    forged = tmp_path / "forged.uprbundle"
    write_bundle(forged, seal(changes.to_bytes(), sender_id=known.id, sender_name=known.name, keys=impostor,
                              passphrase=TEAM))
    with pytest.raises(BundleError, match=r"forged\.uprbundle: forged: the bundle is signed in the name of"):
        apply_bundle(b, forged, passphrase=TEAM)
    assert recording_exchange.applied == [b.name]   # the first bundle only
    assert find_peer(b, known.id).public_key == known.public_key


def test_changes_inside_from_another_database_than_the_signer_are_refused(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    keys = ReplicaKeys.generate()
    inside = Changeset(this_replica(a).id, "Aigerim", None, {}, [])
    path = tmp_path / "mixed.uprbundle"
    write_bundle(path, seal(inside.to_bytes(), sender_id="someone-else", sender_name="X", keys=keys, passphrase=TEAM))
    with pytest.raises(BundleError, match="forged: the changes inside were written by another database"):
        apply_bundle(b, path, passphrase=TEAM)
    assert recording_exchange.applied == [] and list_peers(b) == []


def test_a_bundle_written_here_is_not_applied_here(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, _b = laptops
    with pytest.raises(BundleError, match="written by this database itself"):
        apply_bundle(a, _bundle(a, tmp_path / "mine.uprbundle"), passphrase=TEAM)
    assert recording_exchange.applied == []


def test_a_wrong_passphrase_or_damage_applies_nothing_and_remembers_no_one(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    recording_exchange.edit(a, "r1", "Abolish the death penalty")
    path = _bundle(a, tmp_path / "b.uprbundle")
    with pytest.raises(WrongBundlePassphraseError, match="wrong passphrase"):
        apply_bundle(b, path, passphrase=Passphrase("not ours"))
    with pytest.raises(BundleError, match="encrypted with the team's bundle passphrase: give it"):
        apply_bundle(b, path)
    data = bytearray(path.read_bytes())
    data[-70] ^= 0xFF   # (in the ciphertext, just before the signature)
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="damaged or was altered"):
        apply_bundle(b, path, passphrase=TEAM)
    assert recording_exchange.applied == [] and list_peers(b) == [] and recording_exchange.records(b) == []


def test_a_key_file_with_another_key_for_a_known_laptop_is_refused(
        laptops: tuple[Database, Database], recording_exchange: RecordingExchange, tmp_path: Path) -> None:
    a, b = laptops
    apply_bundle(b, _bundle(a, tmp_path / "first.uprbundle"), passphrase=TEAM)
    forged = tmp_path / "aigerim.key"
    forged.write_bytes(bundle_file.key_file_bytes(this_replica(a).id, "Aigerim", ReplicaKeys.generate().public()))
    with pytest.raises(BundleError, match="already known with another key"):
        trust_key_file(b, forged)
    write_key_file(a, tmp_path / "own.key")
    with pytest.raises(BundleError, match="this database's own keys"):
        trust_key_file(a, tmp_path / "own.key")


def test_the_keys_are_made_once_and_kept(laptops: tuple[Database, Database]) -> None:
    a, _b = laptops
    assert public_keys(a) == public_keys(a)


def _bundle(db: Database, path: Path) -> Path:
    create_bundle(db, path, passphrase=TEAM)
    return path


# --- the command line ---------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "team-passphrase.txt"
    path.write_text("our team's bundle passphrase\n")
    return path


def test_create_then_apply_on_the_command_line(tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str],
                                               recording_exchange: RecordingExchange) -> None:
    first, second = tmp_path / "aigerim.sqlite3", tmp_path / "bolat.sqlite3"
    for path in (first, second):
        Database.open(path).close()
    recording_exchange.held["aigerim.sqlite3"] = [("recommendation", "r1", "Abolish the death penalty")]
    out = tmp_path / "changes.uprbundle"
    code, printed, err = run(capsys, "bundle", "create", "--db", first, "--out", out,
                             "--bundle-passphrase-file", passphrase_file)
    assert code == 0, err
    assert f"Wrote {out}: 1 changed record," in printed and "KB" in printed
    code, printed, err = run(capsys, "bundle", "apply", out, "--db", second, "--bundle-passphrase-file",
                             passphrase_file)
    assert code == 0, err
    assert printed.startswith(f"Applied {out} from ") and "1 record changed." in printed
    code, printed, _ = run(capsys, "bundle", "apply", out, "--db", second, "--bundle-passphrase-file",
                           passphrase_file, "--json")
    assert code == 0 and json.loads(printed)["received"] == 0 and json.loads(printed)["skipped"] == 1
    code, printed, _ = run(capsys, "bundle", "peers", "--db", second, "--json")
    peers = json.loads(printed)
    assert code == 0 and len(peers) == 1 and peers[0]["last_received_at"] and peers[0]["fingerprint"]
    code, printed, _ = run(capsys, "bundle", "peers", "--db", second)
    assert peers[0]["name"] in printed and "last sent: never" in printed


def test_apply_to_a_new_path_makes_the_database(tmp_path: Path, passphrase_file: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                recording_exchange: RecordingExchange) -> None:
    source = tmp_path / "aigerim.sqlite3"
    Database.open(source).close()
    recording_exchange.held["aigerim.sqlite3"] = [("recommendation", "r1", "Abolish the death penalty")]
    out = tmp_path / "all.uprbundle"
    assert run(capsys, "bundle", "create", "--db", source, "--out", out, "--bundle-passphrase-file",
               passphrase_file)[0] == 0
    new = tmp_path / "new" / "copy.sqlite3"
    code, _, err = run(capsys, "bundle", "apply", out, "--db", new, "--bundle-passphrase-file", passphrase_file)
    assert code == 0, err
    assert new.exists() and "a new database is made" in err
    assert recording_exchange.held["copy.sqlite3"] == recording_exchange.held["aigerim.sqlite3"]


def test_keys_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  recording_exchange: RecordingExchange) -> None:
    first, second = tmp_path / "aigerim.sqlite3", tmp_path / "bolat.sqlite3"
    for path in (first, second):
        Database.open(path).close()
    code, printed, _ = run(capsys, "bundle", "key", "--db", second, "--out", tmp_path / "bolat.key")
    assert code == 0 and "fingerprint" in printed
    code, printed, _ = run(capsys, "bundle", "key", "--db", first, "--out", tmp_path / "aigerim.key")
    assert run(capsys, "bundle", "trust", tmp_path / "aigerim.key", "--db", second)[0] == 0
    recording_exchange.held["aigerim.sqlite3"] = [("recommendation", "r1", "Abolish the death penalty")]
    out = tmp_path / "for-bolat.uprbundle"
    assert run(capsys, "bundle", "create", "--db", first, "--out", out, "--to", tmp_path / "bolat.key")[0] == 0
    code, printed, err = run(capsys, "bundle", "apply", out, "--db", second)   # no passphrase needed
    assert code == 0, err
    assert "1 record changed" in printed
    code, _, err = run(capsys, "bundle", "apply", out, "--db", tmp_path / "new.sqlite3")
    assert code == 1 and "a new database has keys of its own" in err and not (tmp_path / "new.sqlite3").exists()


def test_refusals_on_the_command_line_name_the_file(tmp_path: Path, passphrase_file: Path,
                                                    capsys: pytest.CaptureFixture[str],
                                                    recording_exchange: RecordingExchange) -> None:
    target = tmp_path / "bolat.sqlite3"
    Database.open(target).close()
    text = tmp_path / "notes.txt"
    text.write_text("not a bundle\n")
    code, _, err = run(capsys, "bundle", "apply", text, "--db", target, "--bundle-passphrase-file", passphrase_file)
    assert code == 1 and f"upr-tracker: error: {text}: this is not a bundle of changes" in err
    source = tmp_path / "aigerim.sqlite3"
    Database.open(source).close()
    out = tmp_path / "changes.uprbundle"
    run(capsys, "bundle", "create", "--db", source, "--out", out, "--bundle-passphrase-file", passphrase_file)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("another passphrase\n")
    code, _, err = run(capsys, "bundle", "apply", out, "--db", target, "--bundle-passphrase-file", wrong)
    assert code == 1 and f"{out}: wrong passphrase" in err
    # Nothing is made for a bundle that cannot be opened.
    code, _, err = run(capsys, "bundle", "apply", out, "--db", tmp_path / "new.sqlite3", "--bundle-passphrase-file",
                       wrong)
    assert code == 1 and "wrong passphrase" in err and not (tmp_path / "new.sqlite3").exists()
    # Without a passphrase and no terminal to ask at (the tests' stdin is not one).
    code, _, err = run(capsys, "bundle", "apply", out, "--db", target)
    assert code == 1 and "--bundle-passphrase-file FILE" in err
    code, _, err = run(capsys, "bundle", "create", "--db", source, "--out", tmp_path / "x.uprbundle")
    assert code == 1 and "say how to encrypt the bundle" in err
    assert not (tmp_path / "x.uprbundle").exists()
    assert recording_exchange.applied == []
    code, _, err = run(capsys, "bundle", "apply", out, "--db", "postgresql://someone@localhost:5/team")
    assert code == 1 and "exchanges changes with laptops by sync" in err


def test_the_passphrase_is_asked_at_a_terminal_twice_to_write_and_again_after_a_wrong_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        recording_exchange: RecordingExchange) -> None:
    from upr_tracker.cli import bundle_commands

    first, second = tmp_path / "aigerim.sqlite3", tmp_path / "bolat.sqlite3"
    for path in (first, second):
        Database.open(path).close()
    recording_exchange.held["aigerim.sqlite3"] = [("recommendation", "r1", "Abolish the death penalty")]
    typed = iter(["team", "taem"])
    prompts: list[str] = []
    monkeypatch.setattr(bundle_commands, "at_a_terminal", lambda: True)
    monkeypatch.setattr(bundle_commands, "ask", lambda prompt: prompts.append(prompt) or Passphrase(next(typed)))
    out = tmp_path / "changes.uprbundle"
    code, _, err = run(capsys, "bundle", "create", "--db", first, "--out", out)
    assert code == 1 and "the two passphrases differ; nothing was written" in err and not out.exists()
    typed = iter(["team", "team"])
    assert run(capsys, "bundle", "create", "--db", first, "--out", out)[0] == 0
    assert prompts[-2:] == ["The team's bundle passphrase: ", "The same again: "]
    typed = iter(["wrong", "team"])
    code, printed, err = run(capsys, "bundle", "apply", out, "--db", second)
    assert code == 0 and "That passphrase does not open it; try again." in err and "1 record changed" in printed
