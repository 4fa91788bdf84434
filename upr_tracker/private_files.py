"""Files and folders readable by the user alone: a seized or shared computer must not show the
data to another account. On POSIX new files are made 0600 and folders 0700, whatever the user's
umask; a file or folder that already exists keeps the mode the user gave it. (On Windows files
inherit the access list of the user's profile folder, private to the user by default: nothing is
changed there.)"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# Takes group and other permissions off whatever a library creates (Qt's settings, temporary files).
PRIVATE_UMASK = 0o077


@contextmanager
def private_new_files() -> Iterator[None]:
    """Run the block with a umask that makes every new file private, then give the old one back."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)


def make_private_folder(folder: Path) -> None:
    """Make `folder` and any missing folder above it, each readable by the user alone; folders that
    exist are left as they are."""
    folder = Path(folder)
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:  # made meanwhile by another process
            continue
        _set_mode(path, PRIVATE_FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create `path` empty and readable by the user alone, unless it exists (then it is left as it
    is). Before SQLite opens a new database: SQLite gives the database's WAL and shared-memory files
    the mode of the database file."""
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(handle)
    _set_mode(Path(path), PRIVATE_FILE_MODE)


def open_private(path: Path, mode: str = "a+", encoding: str = "utf-8") -> IO[str]:
    """open(`path`, `mode`) for a text file that, if it is new, is readable by the user alone.
    Only appending and reading modes: the file is never truncated."""
    flags = os.O_CREAT | os.O_APPEND | (os.O_RDWR if "+" in mode else os.O_WRONLY)
    handle = os.open(path, flags, PRIVATE_FILE_MODE)
    return os.fdopen(handle, mode, encoding=encoding)


def _set_mode(path: Path, mode: int) -> None:
    # The umask may have taken bits off, never added: chmod only where it differs (no-op on Windows).
    if os.name == "posix" and (path.stat().st_mode & 0o777) != mode:
        os.chmod(path, mode)


def readable_by_others(path: Path) -> bool:
    """Whether another account of this computer may read `path` (a folder: list and enter it)."""
    if os.name != "posix":
        return False
    try:
        return bool(Path(path).stat().st_mode & 0o077)
    except OSError:
        return False
