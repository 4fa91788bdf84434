"""Opening a database with a passphrase as it was typed or read from a file.

A passphrase is put in Unicode NFC (é typed as one character or as e + accent is one passphrase);
a database encrypted before that rule may be keyed with another form of the same text, so that form
is tried too before the passphrase is said wrong."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TypeVar

from upr_tracker.storage.encryption import Passphrase, WrongPassphraseError

Opened = TypeVar("Opened")


def open_with_text(text: str, opener: Callable[[Passphrase], Opened]) -> Opened:
    """`opener(passphrase)` with `text` in NFC, else with `text` as typed when that differs."""
    try:
        return opener(Passphrase(text))
    except WrongPassphraseError:
        if unicodedata.normalize("NFC", text) == text:
            raise
        return opener(Passphrase(text, as_typed=True))
