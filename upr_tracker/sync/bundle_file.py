"""The bundle file: a set of changes carried from one laptop to another (a USB stick), encrypted
and signed by its sender. Only the `cryptography` library does the cryptography.

Layout:
    MAGIC                  a fixed first line, so that another file is told apart at once
    header                 one line of JSON: format version, the sender (replica id, name, Ed25519
                           and X25519 public keys), when it was written, the mode ("passphrase":
                           scrypt salt and parameters; "keys": the content key wrapped for each
                           recipient with X25519 + HKDF-SHA256 + AES-GCM), the nonce
    ciphertext             AES-256-GCM of the zlib-compressed changes, MAGIC + header as associated data
    signature              Ed25519 over everything before it (64 bytes)

The signature is checked before anything is decrypted, so that a damaged or altered file is said
to be so (and not taken for a wrong passphrase)."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from upr_tracker.errors import BundleError
from upr_tracker.private_files import PRIVATE_FILE_MODE
from upr_tracker.services.atomic_files import atomic_output
from upr_tracker.storage.encryption import Passphrase

MAGIC = b"UPR-TRACKER-BUNDLE\n"
FORMAT = "upr-tracker-bundle"
FORMAT_VERSION = 1
SIGNATURE_SIZE = 64
KEY_SIZE = 32
NONCE_SIZE = 12
# scrypt: about 0.1 s and 32 MiB on a laptop, per passphrase tried.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
# What a bundle may ask of the reader's scrypt (a crafted header must not exhaust memory).
SCRYPT_MAX_N, SCRYPT_MAX_R, SCRYPT_MAX_P = 2**20, 32, 16
# A header longer than this is not one we wrote.
MAX_HEADER = 1 << 20
# Decompressed changes beyond this are refused rather than filling memory.
MAX_CHANGES = 2 << 30
WRAP_INFO = b"upr-tracker bundle content key v1"
PASSPHRASE_CHECK = b"upr-tracker bundle passphrase check v1"

MODE_PASSPHRASE = "passphrase"
MODE_KEYS = "keys"


class WrongBundlePassphraseError(BundleError):
    """The passphrase given is not the one the bundle was written with (the file itself is sound)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, path: Path) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError):
        raise BundleError(f"{path}: the bundle is damaged (its header's {what} is not readable); nothing was "
                          "applied") from None


@dataclass(frozen=True)
class PublicKeys:
    """What a colleague needs to check this laptop's bundles (signing) and to write for it (encryption)."""

    signing: bytes      # Ed25519, 32 bytes
    encryption: bytes   # X25519, 32 bytes

    def to_bytes(self) -> bytes:
        return self.signing + self.encryption

    @classmethod
    def from_bytes(cls, data: bytes) -> PublicKeys:
        if len(data) != 2 * KEY_SIZE:
            raise ValueError("public keys are 64 bytes")
        return cls(bytes(data[:KEY_SIZE]), bytes(data[KEY_SIZE:]))

    @property
    def fingerprint(self) -> str:
        """A short text two people can compare aloud (on the phone) before trusting a key file."""
        digest = hashlib.sha256(self.to_bytes()).hexdigest()[:24].upper()
        return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


class ReplicaKeys:
    """A database's private keys: Ed25519 to sign the bundles it writes, X25519 to read those
    written for it. Kept as 64 bytes (signing then encryption private key)."""

    def __init__(self, signing: Ed25519PrivateKey, encryption: X25519PrivateKey) -> None:
        self.signing = signing
        self.encryption = encryption

    @classmethod
    def generate(cls) -> ReplicaKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_bytes(cls, data: bytes) -> ReplicaKeys:
        if len(data) != 2 * KEY_SIZE:
            raise ValueError("a replica's keys are 64 bytes")
        return cls(Ed25519PrivateKey.from_private_bytes(data[:KEY_SIZE]),
                   X25519PrivateKey.from_private_bytes(data[KEY_SIZE:]))

    def to_bytes(self) -> bytes:
        raw = (serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        return self.signing.private_bytes(*raw) + self.encryption.private_bytes(*raw)

    def public(self) -> PublicKeys:
        raw = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return PublicKeys(self.signing.public_key().public_bytes(*raw),
                          self.encryption.public_key().public_bytes(*raw))


@dataclass(frozen=True)
class BundleHeader:
    sender_id: str
    sender_name: str
    sender_keys: PublicKeys
    created_at: str
    mode: str
    recipients: int   # keys mode: how many keys it is written for


# --- writing ---------------------------------------------------------------------------------------

def _passphrase_keys(passphrase: Passphrase, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The content key and a check value, so that a wrong passphrase is told from a damaged file."""
    derived = Scrypt(salt=salt, length=2 * KEY_SIZE, n=n, r=r, p=p).derive(passphrase.encoded())
    return derived[:KEY_SIZE], hashlib.sha256(PASSPHRASE_CHECK + derived[KEY_SIZE:]).digest()[:16]


def _wrap_key(content_key: bytes, recipient: PublicKeys) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.encryption))
    wrapping = HKDF(algorithm=SHA256(), length=KEY_SIZE, salt=ephemeral_public + recipient.encryption,
                    info=WRAP_INFO).derive(shared)
    nonce = os.urandom(NONCE_SIZE)
    wrapped = AESGCM(wrapping).encrypt(nonce, content_key, recipient.encryption)
    return {"key": _b64(recipient.encryption), "ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce),
            "wrapped": _b64(wrapped)}


def seal(changes: bytes, *, sender_id: str, sender_name: str, keys: ReplicaKeys,
         passphrase: Passphrase | None = None, recipients: Sequence[PublicKeys] = (),
         created_at: dt.datetime | None = None) -> bytes:
    """The bytes of a bundle of `changes`: for the holders of `passphrase`, or of `recipients`' keys."""
    if (passphrase is None) == (not recipients):
        raise ValueError("a bundle is written either for a passphrase or for recipients' keys")
    public = keys.public()
    header: dict[str, object] = {
        "format": FORMAT, "version": FORMAT_VERSION,
        "sender": {"id": sender_id, "name": sender_name, "signing_key": _b64(public.signing),
                   "encryption_key": _b64(public.encryption)},
        "created_at": (created_at or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
        "cipher": "AES-256-GCM", "compression": "zlib",
    }
    if passphrase is not None:
        salt = os.urandom(16)
        content_key, check = _passphrase_keys(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        header["mode"] = MODE_PASSPHRASE
        header["kdf"] = {"name": "scrypt", "salt": _b64(salt), "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                         "check": _b64(check)}
    else:
        content_key = AESGCM.generate_key(bit_length=256)
        header["mode"] = MODE_KEYS
        header["recipients"] = [_wrap_key(content_key, recipient) for recipient in recipients]
    nonce = os.urandom(NONCE_SIZE)
    header["nonce"] = _b64(nonce)
    head = MAGIC + json.dumps(header, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
    ciphertext = AESGCM(content_key).encrypt(nonce, zlib.compress(changes, 6), head)
    signature = keys.signing.sign(head + ciphertext)
    return head + ciphertext + signature


def write_bundle(path: Path, data: bytes) -> int:
    """Write the bundle whole or not at all (a temporary file beside it, flushed to disk, renamed),
    readable by the user alone. Returns its size."""
    path = Path(path)
    with atomic_output(path, "wb") as stream:
        if os.name == "posix":
            os.fchmod(stream.fileno(), PRIVATE_FILE_MODE)
        stream.write(data)
    return len(data)


# --- reading ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SealedBundle:
    """A bundle read from a file, its signature checked (by the key its header names), not yet opened."""

    path: Path
    header: BundleHeader
    _fields: dict[str, Any]
    _head: bytes
    _ciphertext: bytes

    def open_with_passphrase(self, passphrase: Passphrase) -> bytes:
        if self.header.mode != MODE_PASSPHRASE:
            raise BundleError(f"{self.path}: this bundle was written for colleagues' keys, not for a passphrase; "
                              "apply it without a passphrase on a laptop it was written for")
        kdf = self._fields.get("kdf")
        if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
            raise self._damaged("its passphrase parameters are missing")
        try:
            n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        except (KeyError, TypeError, ValueError):
            raise self._damaged("its passphrase parameters are not readable") from None
        if not (1 < n <= SCRYPT_MAX_N and n & (n - 1) == 0 and 0 < r <= SCRYPT_MAX_R and 0 < p <= SCRYPT_MAX_P):
            raise self._damaged("its passphrase parameters are out of bounds")
        salt = _unb64(kdf.get("salt"), "salt", self.path)
        key, check = _passphrase_keys(passphrase, salt, n, r, p)
        if check != _unb64(kdf.get("check"), "passphrase check", self.path):
            raise WrongBundlePassphraseError(f"{self.path}: wrong passphrase: it does not open this bundle (if it is "
                              "the team's bundle passphrase, the bundle was written with another one: from outside the "
                              "team?); nothing was applied")
        return self._decrypt(key)

    def open_with_keys(self, keys: ReplicaKeys) -> bytes:
        if self.header.mode != MODE_KEYS:
            raise BundleError(f"{self.path}: this bundle was written for the team's passphrase: give it "
                              "(--bundle-passphrase-file FILE, or type it when asked)")
        mine = keys.public().encryption
        for entry in self._fields.get("recipients") or []:
            if not isinstance(entry, dict) or _unb64(entry.get("key"), "recipient", self.path) != mine:
                continue
            ephemeral = _unb64(entry.get("ephemeral"), "recipient's key", self.path)
            try:
                shared = keys.encryption.exchange(X25519PublicKey.from_public_bytes(ephemeral))
                wrapping = HKDF(algorithm=SHA256(), length=KEY_SIZE, salt=ephemeral + mine,
                                info=WRAP_INFO).derive(shared)
                key = AESGCM(wrapping).decrypt(_unb64(entry.get("nonce"), "nonce", self.path),
                                               _unb64(entry.get("wrapped"), "wrapped key", self.path), mine)
            except (InvalidTag, ValueError):
                raise self._damaged("its key for this laptop does not open") from None
            return self._decrypt(key)
        raise BundleError(f"{self.path}: this bundle is not addressed to this laptop: it was written for "
                          f"{self.header.recipients} other key{'s' if self.header.recipients != 1 else ''}. Give "
                          f"{self.header.sender_name} this laptop's key (File ▸ Save this laptop's key…, or "
                          "upr-tracker bundle key) and ask for a bundle written for it; nothing was applied")

    def _decrypt(self, key: bytes) -> bytes:
        nonce = _unb64(self._fields.get("nonce"), "nonce", self.path)
        try:
            compressed = AESGCM(key).decrypt(nonce, self._ciphertext, self._head)
        except (InvalidTag, ValueError):
            raise self._damaged("its content does not decrypt") from None
        inflater = zlib.decompressobj()
        try:
            changes = inflater.decompress(compressed, MAX_CHANGES)
        except zlib.error:
            raise self._damaged("its content does not decompress") from None
        if inflater.unconsumed_tail or not inflater.eof:
            raise self._damaged("its content is incomplete or too large")
        return changes

    def _damaged(self, why: str) -> BundleError:
        return BundleError(f"{self.path}: the bundle is damaged ({why}); nothing was applied")


def read_bundle(path: Path) -> SealedBundle:
    """The bundle at `path`, its form and signature checked (BundleError naming the file otherwise)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path}: cannot read it ({exc.strerror}); nothing was applied") from None
    return parse_bundle(data, path)


def parse_bundle(data: bytes, path: Path) -> SealedBundle:
    if not data:
        raise BundleError(f"{path}: the file is empty, not a bundle of changes; nothing was applied")
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise BundleError(f"{path}: the bundle is cut short (truncated); nothing was applied")
        raise BundleError(f"{path}: this is not a bundle of changes written by UPR Tracker; nothing was applied")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise BundleError(f"{path}: the bundle is cut short or damaged (its header has no end); nothing was applied")
    head, rest = data[:end + 1], data[end + 1:]
    try:
        fields = json.loads(head[len(MAGIC):].decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"{path}: the bundle is damaged (its header is not readable); nothing was applied") from None
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise BundleError(f"{path}: the bundle is damaged (its header is not a bundle's); nothing was applied")
    if fields.get("version") != FORMAT_VERSION:
        raise BundleError(f"{path}: the bundle was written in format {fields.get('version')!r}; this version of "
                          f"UPR Tracker reads format {FORMAT_VERSION}: update it. Nothing was applied")
    sender = fields.get("sender")
    if not isinstance(sender, dict) or not sender.get("id"):
        raise BundleError(f"{path}: the bundle is damaged (its header names no sender); nothing was applied")
    sender_keys = PublicKeys(_unb64(sender.get("signing_key"), "sender's key", path),
                             _unb64(sender.get("encryption_key"), "sender's key", path))
    if len(sender_keys.signing) != KEY_SIZE or len(sender_keys.encryption) != KEY_SIZE:
        raise BundleError(f"{path}: the bundle is damaged (its sender's key is not readable); nothing was applied")
    if len(rest) <= SIGNATURE_SIZE:
        raise BundleError(f"{path}: the bundle is cut short (truncated); nothing was applied")
    ciphertext, signature = rest[:-SIGNATURE_SIZE], rest[-SIGNATURE_SIZE:]
    try:
        Ed25519PublicKey.from_public_bytes(sender_keys.signing).verify(signature, head + ciphertext)
    except (InvalidSignature, ValueError):
        raise BundleError(f"{path}: the bundle is damaged or was altered: its signature does not match its content "
                          "(a file cut short or changed on the way, or forged); nothing was applied") from None
    mode = fields.get("mode")
    if mode not in (MODE_PASSPHRASE, MODE_KEYS):
        raise BundleError(f"{path}: the bundle is damaged (its mode {mode!r} is unknown); nothing was applied")
    recipients = fields.get("recipients") if mode == MODE_KEYS else []
    header = BundleHeader(str(sender["id"]), str(sender.get("name") or sender["id"]), sender_keys,
                          str(fields.get("created_at") or ""), mode,
                          len(recipients) if isinstance(recipients, list) else 0)
    return SealedBundle(path, header, fields, head, ciphertext)


# --- key files --------------------------------------------------------------------------------------

KEY_FILE_FORMAT = "upr-tracker-public-keys"


@dataclass(frozen=True)
class KeyFile:
    """A laptop's public keys as `upr-tracker bundle key` writes them, for colleagues to trust."""

    replica_id: str
    name: str
    keys: PublicKeys


def key_file_bytes(replica_id: str, name: str, keys: PublicKeys) -> bytes:
    document = {"format": KEY_FILE_FORMAT, "version": 1, "replica_id": replica_id, "name": name,
                "signing_key": _b64(keys.signing), "encryption_key": _b64(keys.encryption),
                "fingerprint": keys.fingerprint}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_key_file(path: Path) -> KeyFile:
    path = Path(path)
    try:
        document = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise BundleError(f"{path}: cannot read it ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BundleError(f"{path}: this is not a key file of UPR Tracker (File ▸ Save this laptop's key…, or "
                           "upr-tracker bundle key)") from None
    if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
        raise BundleError(f"{path}: this is not a key file of UPR Tracker (File ▸ Save this laptop's key…, or "
                          "upr-tracker bundle key)")
    try:
        keys = PublicKeys(base64.b64decode(document["signing_key"], validate=True),
                          base64.b64decode(document["encryption_key"], validate=True))
        replica_id, name = str(document["replica_id"]), str(document.get("name") or document["replica_id"])
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BundleError(f"{path}: the key file is damaged (a key or the laptop's id is missing)") from None
    if len(keys.signing) != KEY_SIZE or len(keys.encryption) != KEY_SIZE:
        raise BundleError(f"{path}: the key file is damaged (its keys are not 32 bytes each)")
    return KeyFile(replica_id, name, keys)
