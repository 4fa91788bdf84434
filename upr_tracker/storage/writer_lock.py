"""One running copy of UPR Tracker writes a database at a time.

The lock is an operating-system lock on a small file beside the database (`NAME.lock`), held for
as long as the copy that took it has the database open. The system releases it when that process
ends, however it ends: a lock left by a crash is free again, with nothing to clean up. The file
says who holds it, so the second copy can tell the user where the database is open. It is left in
place when released (emptied): deleting it could delete the file another copy has just locked.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

from upr_tracker.errors import DatabaseInUseError
from upr_tracker.private_files import open_private


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class WriterLock:
    """Held from `acquire()` to `release()`; raises DatabaseInUseError when another copy holds it."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._file: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._file is not None

    def acquire(self) -> None:
        if self._file is not None:
            return
        stream = open_private(self.path, "a+")  # never truncate the holder's record before locking
        try:
            _lock(stream)
        except OSError:
            holder = _read_holder(self.path)
            stream.close()
            raise DatabaseInUseError(
                f"{self.database.name} is open in another copy of UPR Tracker{holder}. Close it there first: "
                "only one copy at a time may change a database.") from None
        stream.seek(0)
        stream.truncate()
        stream.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "user": _user(),
                                 "since": dt.datetime.now().isoformat(timespec="seconds")}))
        stream.flush()
        self._file = stream

    def release(self) -> None:
        if self._file is None:
            return
        try:
            self._file.seek(0)
            self._file.truncate()
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some systems (containers)
        return "?"


def _read_holder(path: Path) -> str:
    try:
        record = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return ""
    if not record:
        return ""
    return (f" (by {record.get('user', '?')} on {record.get('host', '?')}, process {record.get('pid', '?')}, "
            f"since {str(record.get('since', '?')).replace('T', ' ')})")


if sys.platform == "win32":
    import msvcrt

    def _lock(stream: IO[str]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(stream: IO[str]) -> None:
        stream.seek(0)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(stream: IO[str]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(stream: IO[str]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_UN)
