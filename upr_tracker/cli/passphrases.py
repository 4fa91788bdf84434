"""Passphrases on the command line: from a file (`--passphrase-file`, for scripts), or asked at
the terminal, never from the command line itself, where other users' `ps` would show it."""

from __future__ import annotations

import argparse
import getpass
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from upr_tracker.cli.server_passwords import open_with_password, refuse_passphrase_file
from upr_tracker.errors import UprTrackerError
from upr_tracker.services.passphrase_forms import open_with_text
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase, PassphraseRequiredError, WrongPassphraseError, may_be_encrypted
from upr_tracker.storage.server_address import ServerAddress

TRIES_AT_THE_TERMINAL = 3
Opened = TypeVar("Opened")


# Only these end the first line: str.splitlines() also cuts at U+2028, \x0b, \x85 and others, which
# would silently shorten the passphrase ("correct horse<U+2028>battery" keyed as "correct horse").
_LINE_END = re.compile(r"\r\n|\r|\n")
# Control, format (zero-width, soft hyphen), line and paragraph separators, surrogates: nothing a
# person can see or type again in the window.
_INVISIBLE = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def read_passphrase_text(path: Path, option: str = "--passphrase-file") -> str:
    """The text of the first line of `path` (its line ending is not part of it), checked."""
    try:
        # utf-8-sig: a file saved by Notepad begins with a byte-order mark, not part of the passphrase
        first_line = _LINE_END.split(path.read_bytes().decode("utf-8-sig"), maxsplit=1)[0]
    except UnicodeDecodeError:
        raise UprTrackerError(f"{option} {path}: the file is not UTF-8 text") from None
    except OSError as exc:
        raise UprTrackerError(f"{option} {path}: cannot read it ({exc.strerror})") from None
    if not first_line:
        raise UprTrackerError(f"{option} {path}: its first line is empty; write the passphrase on it")
    for column, character in enumerate(first_line, start=1):
        if unicodedata.category(character) in _INVISIBLE:
            # A passphrase no one can type in the window would lock its owner out.
            name = unicodedata.name(character, "a control character")
            raise UprTrackerError(f"{option} {path}: the passphrase holds an invisible character "
                                  f"(U+{ord(character):04X}, {name}) at column {column} of its first line; "
                                  "write it with visible characters only")
    return first_line


def read_passphrase_file(path: Path, option: str = "--passphrase-file") -> Passphrase:
    """The passphrase in the first line of `path`, in NFC."""
    return Passphrase(read_passphrase_text(path, option))


def at_a_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_text(prompt: str) -> str:
    text = getpass.getpass(prompt)
    if not text:
        raise UprTrackerError("no passphrase given")
    return text


def ask(prompt: str) -> Passphrase:
    return Passphrase(ask_text(prompt))


def needs_passphrase(path: Path) -> bool:
    path = Path(path)
    return path.is_file() and may_be_encrypted(path)


def open_with_passphrase(args: argparse.Namespace, path: Path, opener: Callable[[Passphrase | None], Opened]) -> Opened:
    """`opener(passphrase)` with the database's passphrase: from --passphrase-file, else asked at
    the terminal when the file is encrypted (again after a wrong one), else None."""
    if getattr(args, "passphrase_file", None):
        return open_with_text(read_passphrase_text(args.passphrase_file), opener)
    if not needs_passphrase(path):
        return opener(None)
    if not at_a_terminal():
        raise PassphraseRequiredError(f"{path} is encrypted: give its passphrase with --passphrase-file FILE "
                                      "(or run the command in a terminal to be asked for it)")
    for attempt in range(1, TRIES_AT_THE_TERMINAL + 1):
        try:
            return open_with_text(ask_text(f"Passphrase for {Path(path).name}: "), opener)
        except WrongPassphraseError:
            if attempt == TRIES_AT_THE_TERMINAL:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)
    raise AssertionError("unreachable")


def new_passphrase(path: Path | None, option: str) -> Passphrase:
    """A new passphrase: from the file given with `option`, else asked twice at the terminal."""
    if path is not None:
        return read_passphrase_file(path, option)
    if not at_a_terminal():
        raise UprTrackerError(f"give the new passphrase with {option} FILE (or run the command in a terminal "
                              "to be asked for it)")
    first = ask("New passphrase: ")
    if ask("The same again: ") != first:
        raise UprTrackerError("the two passphrases differ; nothing was changed")
    return first


def open_to_read(args: argparse.Namespace) -> Database:
    """The database of `--db`, opened for a command that only reads it: on read-only media too,
    which is then said once on stderr. A team database on a server is opened to read only."""
    if isinstance(args.db, ServerAddress):
        address = args.db
        refuse_passphrase_file(args, address)
        return open_with_password(address, lambda password: Database.open_read_only(address, password=password))
    db = open_with_passphrase(args, args.db, lambda passphrase: Database.open_read_only(args.db, passphrase=passphrase))
    say_read_only(args.db, db.read_only_reason)
    return db


def open_to_change(args: argparse.Namespace) -> Database:
    """The database of `--db`, opened for a command that changes it (this copy of the app alone);
    it must exist already. The changes are recorded under `--author` (resolved by main); on a team
    database, under the user the server knows."""
    if isinstance(args.db, ServerAddress):
        address = args.db
        refuse_passphrase_file(args, address)
        return open_with_password(address, lambda password: Database.open_exclusively(
            address, create=False, password=password))
    return open_with_passphrase(args, args.db, lambda passphrase: Database.open_exclusively(
        args.db, create=False, passphrase=passphrase, actor=getattr(args, "author", None)))


def say_read_only(path: Path, reason: str | None) -> None:
    if reason:
        print(f"upr-tracker: note: {Path(path).name} opened read-only: {reason}", file=sys.stderr)

