"""Encrypting a database, changing its passphrase, decrypting it: the file and its backups alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import UprTrackerError
from upr_tracker.storage.backup_restore import change_backups_encryption
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

# Shorter passphrases fall to guessing: the key derivation slows each guess, it does not stop them.
MINIMUM_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class EncryptionChange:
    path: Path
    encrypted: bool              # after the change
    backups_changed: list[Path]
    # Backups that could not be changed, with why (each left whole, as it was). The database
    # itself has changed all the same.
    backups_left: list[tuple[Path, str]]


def check_new_passphrase(passphrase: Passphrase) -> None:
    """Refuse a new passphrase too short to protect anything."""
    if len(passphrase) < MINIMUM_PASSPHRASE_LENGTH:
        raise UprTrackerError(f"the passphrase is too short: use at least {MINIMUM_PASSPHRASE_LENGTH} characters "
                              "(a few unrelated words make a strong one)")


def set_encryption(db: Database, new: Passphrase | None) -> EncryptionChange:
    """Encrypt `db` with `new`, change its passphrase to `new`, or decrypt it (`new` None), then
    its backups the same way. No unit of work may be running on it. Raises only if the database
    itself is unchanged; backups that could not follow are in the result."""
    old = db.passphrase
    if new is not None:
        check_new_passphrase(new)
    if old is None and new is None:
        raise UprTrackerError(f"{db.path.name} is not encrypted: there is nothing to decrypt")
    if old is None or old != new:
        db.change_encryption(new)
    # (the same passphrase again: only the backups an earlier change could not do are done)
    backups = change_backups_encryption(db.path, old, new)
    return EncryptionChange(db.path, new is not None, backups.rekeyed, backups.left)
