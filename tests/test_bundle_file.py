"""The bundle file's format and cryptography, without a database: round trips in both modes, and a
clear refusal naming the file for every kind of bad file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from upr_tracker.errors import BundleError
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync import bundle_file
from upr_tracker.sync.bundle_file import (
    MAGIC,
    MODE_KEYS,
    MODE_PASSPHRASE,
    PublicKeys,
    ReplicaKeys,
    WrongBundlePassphraseError,
    key_file_bytes,
    parse_bundle,
    read_bundle,
    read_key_file,
    seal,
    write_bundle,
)

CHANGES = json.dumps({"records": [{"table": "recommendation", "text": "Abolish the death penalty — Қазақстан"}]
                      * 50}).encode()
SENDER = ReplicaKeys.generate()
TEAM = Passphrase("correct horse battery staple")

pytestmark = pytest.mark.usefixtures("quick_scrypt")  # bundles sealed quickly


def sealed(**kwargs) -> bytes:
    options = {"passphrase": TEAM} if "recipients" not in kwargs else {}
    return seal(CHANGES, sender_id="laptop-a", sender_name="Aigerim's laptop", keys=SENDER, **(options | kwargs))


def test_a_passphrase_bundle_round_trips_and_names_its_sender(tmp_path: Path) -> None:
    path = tmp_path / "changes.uprbundle"
    size = write_bundle(path, sealed())
    assert size == path.stat().st_size
    bundle = read_bundle(path)
    assert bundle.header.mode == MODE_PASSPHRASE
    assert (bundle.header.sender_id, bundle.header.sender_name) == ("laptop-a", "Aigerim's laptop")
    assert bundle.header.sender_keys == SENDER.public()
    assert bundle.open_with_passphrase(Passphrase("correct horse battery staple")) == CHANGES
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert b"death penalty" not in data and "Қазақстан".encode() not in data   # encrypted
    assert size < len(CHANGES)   # compressed first


def test_the_passphrase_is_taken_in_nfc(tmp_path: Path) -> None:
    data = seal(CHANGES, sender_id="a", sender_name="A", keys=SENDER, passphrase=Passphrase("caf\u00e9"))
    assert parse_bundle(data, tmp_path / "b").open_with_passphrase(Passphrase("cafe\u0301")) == CHANGES


def test_a_bundle_for_keys_opens_for_each_recipient_and_no_one_else(tmp_path: Path) -> None:
    bob, carol, mallory = ReplicaKeys.generate(), ReplicaKeys.generate(), ReplicaKeys.generate()
    bundle = parse_bundle(sealed(recipients=[bob.public(), carol.public()]), tmp_path / "for-team.uprbundle")
    assert bundle.header.mode == MODE_KEYS and bundle.header.recipients == 2
    assert bundle.open_with_keys(bob) == CHANGES
    assert bundle.open_with_keys(carol) == CHANGES
    with pytest.raises(BundleError, match=r"for-team\.uprbundle: this bundle is not addressed to this laptop"):
        bundle.open_with_keys(mallory)
    with pytest.raises(BundleError, match="written for colleagues' keys, not for a passphrase"):
        bundle.open_with_passphrase(TEAM)


def test_a_wrong_passphrase_is_said_as_such_not_as_damage(tmp_path: Path) -> None:
    bundle = parse_bundle(sealed(), tmp_path / "b.uprbundle")
    with pytest.raises(WrongBundlePassphraseError, match=r"b\.uprbundle: wrong passphrase"):
        bundle.open_with_passphrase(Passphrase("Correct horse battery staple"))
    with pytest.raises(BundleError, match="written for the team's passphrase"):
        bundle.open_with_keys(ReplicaKeys.generate())


@pytest.mark.parametrize("where", ["magic", "header", "ciphertext", "signature", "last"])
def test_a_flipped_byte_anywhere_is_refused_as_damaged(tmp_path: Path, where: str) -> None:
    data = bytearray(sealed())
    head_end = data.index(b"\n", len(MAGIC))
    position = {"magic": 3, "header": head_end - 10, "ciphertext": head_end + 20, "signature": len(data) - 30,
                "last": len(data) - 1}[where]
    data[position] ^= 0x01
    path = tmp_path / "flipped.uprbundle"
    path.write_bytes(bytes(data))
    with pytest.raises(BundleError, match=r"flipped\.uprbundle: .*(damaged|not a bundle)") as caught:
        read_bundle(path).open_with_passphrase(TEAM)
    assert not isinstance(caught.value, WrongBundlePassphraseError)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_a_bundle_cut_anywhere_is_refused(tmp_path: Path, cut: int) -> None:
    data = BUNDLE_FOR_CUTS[: cut % len(BUNDLE_FOR_CUTS)]
    with pytest.raises(BundleError, match=r"cut\.uprbundle: .*(cut short|damaged|empty)"):
        parse_bundle(data, tmp_path / "cut.uprbundle").open_with_passphrase(TEAM)


BUNDLE_FOR_CUTS = seal(CHANGES[:2000], sender_id="a", sender_name="A", keys=SENDER, passphrase=TEAM)


def test_an_empty_file_and_a_text_file_are_not_bundles(tmp_path: Path) -> None:
    empty = tmp_path / "empty.uprbundle"
    empty.write_bytes(b"")
    with pytest.raises(BundleError, match=r"empty\.uprbundle: the file is empty, not a bundle"):
        read_bundle(empty)
    text = tmp_path / "notes.txt"
    text.write_text("Meeting with the Ministry of Justice, 12 March\n")
    with pytest.raises(BundleError, match=r"notes\.txt: this is not a bundle of changes written by UPR Tracker"):
        read_bundle(text)
    with pytest.raises(BundleError, match=r"missing\.uprbundle: cannot read it"):
        read_bundle(tmp_path / "missing.uprbundle")


def test_a_bundle_re_signed_by_another_key_carries_that_key(tmp_path: Path) -> None:
    """Re-signing the same content with another key passes the signature check, but names the
    other key: it is the service's comparison with the known key that refuses it (test_bundles)."""
    data = sealed()
    forger = ReplicaKeys.generate()
    forged = data.replace(bundle_file._b64(SENDER.public().signing).encode(),
                          bundle_file._b64(forger.public().signing).encode())
    body = forged[:-64]
    bundle = parse_bundle(body + forger.signing.sign(body), tmp_path / "f")
    assert bundle.header.sender_keys.signing == forger.public().signing
    # Signed with another key than the header names: refused at once.
    with pytest.raises(BundleError, match="signature does not match"):
        parse_bundle(body + SENDER.signing.sign(body), tmp_path / "f")


def test_a_header_asking_for_a_huge_scrypt_is_refused(tmp_path: Path) -> None:
    """A crafted bundle must not make the reader spend gigabytes on scrypt."""
    forger = ReplicaKeys.generate()
    data = seal(CHANGES, sender_id="x", sender_name="X", keys=forger, passphrase=TEAM)
    head_end = data.index(b"\n", len(MAGIC)) + 1
    header = json.loads(data[len(MAGIC):head_end])
    header["kdf"]["n"] = 2**30
    head = MAGIC + json.dumps(header).encode() + b"\n"
    body = head + data[head_end:-64]
    with pytest.raises(BundleError, match="passphrase parameters are out of bounds"):
        parse_bundle(body + forger.signing.sign(body), tmp_path / "b").open_with_passphrase(TEAM)


def test_the_file_is_written_whole_and_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "changes.uprbundle"
    write_bundle(path, b"first version")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle_file.os, "fsync", full_disk)
    with pytest.raises(Exception, match="nothing was written"):
        write_bundle(path, b"second version, never complete")
    assert path.read_bytes() == b"first version"   # the old file stays whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes.uprbundle"]   # no temporary file left


def test_replica_keys_and_key_files_round_trip(tmp_path: Path) -> None:
    keys = ReplicaKeys.generate()
    assert ReplicaKeys.from_bytes(keys.to_bytes()).public() == keys.public()
    assert len(keys.to_bytes()) == 64 and len(keys.public().to_bytes()) == 64
    assert PublicKeys.from_bytes(keys.public().to_bytes()) == keys.public()
    path = tmp_path / "bob.key"
    path.write_bytes(key_file_bytes("replica-b", "Bob's laptop", keys.public()))
    read = read_key_file(path)
    assert (read.replica_id, read.name, read.keys) == ("replica-b", "Bob's laptop", keys.public())
    assert keys.public().fingerprint in path.read_text()
    other = tmp_path / "other.key"
    other.write_text('{"format": "something else"}')
    with pytest.raises(BundleError, match=r"other\.key: this is not a key file"):
        read_key_file(other)
