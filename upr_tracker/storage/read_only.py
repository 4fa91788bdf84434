"""How a database is read where nothing may be written: read-only media, a folder or a file the
user may not write.

A database in WAL mode (ours are) is read through its `-shm` index beside it, which SQLite makes
on first use (https://www.sqlite.org/wal.html#readonly). Where it cannot be made, the file can
still be read as "immutable": SQLite then reads the file alone, without the -shm and without the
-wal. That is right only when there is no -wal with changes in it (the file was closed cleanly);
a -wal with changes that cannot be read here is refused, saying why, never skipped.

Whether writing is possible is learnt from SQLite's own answer (a read-only or unopenable -shm),
not only from the permissions the system reports (root ignores those; a read-only mount does not).
"""

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from upr_tracker.errors import DatabaseOpenError
from upr_tracker.storage.encryption import Passphrase, WrongPassphraseError, connect, database_errors

FOLDER_READ_ONLY = "the folder cannot be written"
FILE_READ_ONLY = "the file cannot be written"


@dataclass(frozen=True)
class ReadOnlyAccess:
    """How to open the file for reading: immutable when even its -shm cannot be made; `reason`
    says why nothing can be written there (None when the folder and the file can be written)."""

    immutable: bool
    reason: str | None


def read_only_access(path: Path, passphrase: Passphrase | None = None) -> ReadOnlyAccess:
    """How the database at `path` can be read here. Raises DatabaseOpenError when changes in its
    -wal cannot be read here (the file alone would show the database without them)."""
    immutable = _index_cannot_be_made(path, passphrase)
    if immutable:
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise DatabaseOpenError(
                f"{path.name} cannot be read here: its latest changes are in {wal.name} beside it, which cannot be "
                f"read where {FOLDER_READ_ONLY} (the index SQLite needs for it cannot be made). Copy {path.name} "
                f"together with {wal.name} to a folder that can be written and open the copy. Nothing was changed.")
        return ReadOnlyAccess(True, FOLDER_READ_ONLY)
    if not os.access(path.parent, os.W_OK):
        return ReadOnlyAccess(False, FOLDER_READ_ONLY)
    if not os.access(path, os.W_OK):
        return ReadOnlyAccess(False, FILE_READ_ONLY)
    return ReadOnlyAccess(False, None)


def _index_cannot_be_made(path: Path, passphrase: Passphrase | None) -> bool:
    """True when SQLite cannot read the file read-only for want of writing its -shm beside it."""
    try:
        with closing(connect(path, passphrase, read_only=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() + (WrongPassphraseError,) as exc:
        return _for_want_of_writing(exc)
    return False


def _for_want_of_writing(exc: BaseException | None) -> bool:
    # (SQLCipher's driver reports the failure under a wrong passphrase: the cause tells them apart)
    while exc is not None:
        text = str(exc).lower()
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return True
        exc = exc.__cause__
    return False
