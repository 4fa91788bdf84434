"""Encrypting a database, changing its passphrase, decrypting it: the file and its backups alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import UprTrackerError
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

# Shorter passphrases fall to guessing: the key derivation slows each guess, it does not stop them.
MINIMUM_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class EncryptionChange:
    path: Path
    encrypted: bool              # after the change
    backups_changed: list[Path]
    # Backups left as they were, with why: only ever backups that the database's passphrase does not
    # open (under another key, or damaged). None is left plain beside an encrypted database.
    backups_left: list[tuple[Path, str]]


def check_new_passphrase(passphrase: Passphrase) -> None:
    """Refuse a new passphrase too short to protect anything."""
    if len(passphrase) < MINIMUM_PASSPHRASE_LENGTH:
        raise UprTrackerError(f"the passphrase is too short: use at least {MINIMUM_PASSPHRASE_LENGTH} characters "
                              "(a few unrelated words make a strong one)")


def set_encryption(db: Database, new: Passphrase | None) -> EncryptionChange:
    """Encrypt `db` with `new`, change its passphrase to `new`, or decrypt it (`new` None), and its
    backups the same way, as one operation: all of them change, or (raising) none. No unit of work
    may be running on it."""
    old = db.passphrase
    path = db.path
    if path is None:
        raise UprTrackerError(f"{db.name} is on a server: the server protects it, not a passphrase")
    if new is not None:
        check_new_passphrase(new)
    if old is None and new is None:
        raise UprTrackerError(f"{path.name} is not encrypted: there is nothing to decrypt")
    # (the same passphrase again: only backups left plain by an earlier version are encrypted)
    change = db.change_encryption(new)
    return EncryptionChange(path, new is not None, change.backups_changed, change.backups_left)
