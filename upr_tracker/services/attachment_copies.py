"""Copies of attached files, for the application the system opens them with.

A viewer needs a file, so the attachment (decrypted, from an encrypted database) is written to a
folder of the temporary folder readable by the user alone. The window removes that folder when it
quits; a window that was killed cannot, so the next one removes what a copy of the app that is no
longer running left behind (on POSIX: the folder's name carries the process id).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from upr_tracker.private_files import create_private_file

PREFIX = "upr-tracker-attachments-"
_OWNER = re.compile(re.escape(PREFIX) + r"(\d+)-")


def new_copies_folder() -> Path:
    """A new private folder for this process's copies, after removing those of processes gone."""
    remove_leftover_copies()
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))


def write_copy(folder: Path, name: str, data: bytes) -> Path:
    """Write `data` under (a cleaned form of) `name` in a new sub-folder of `folder`, readable by
    the user alone; return its path."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(name).name).strip(". ") or "attachment"
    target = Path(tempfile.mkdtemp(dir=folder)) / safe
    create_private_file(target)
    target.write_bytes(data)
    return target


def remove_leftover_copies() -> list[Path]:
    """Remove the copies folders of processes of this user that are no longer running; return them."""
    if os.name != "posix":  # no safe way to test another process there without a library
        return []
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        owner = _OWNER.match(folder.name)
        try:
            mine = folder.is_dir() and folder.stat().st_uid == os.getuid()
        except OSError:
            continue
        if owner is None or not mine or _running(int(owner.group(1))):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True
