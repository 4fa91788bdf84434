"""Attached files opened from the database, copied out for the system's applications to show.

An opened copy is outside the database's protection (an encrypted database's included) for as
long as it exists, so it leaves as few traces as it can and lives as briefly as it can:
- it is written to memory-backed storage where the system has one (on Linux $XDG_RUNTIME_DIR,
  else /dev/shm, both tmpfs: nothing reaches the disk), elsewhere to the temporary folder;
- in a folder only the user may enter (0700), readable by the user only (0600);
- it is removed when the window locks, when the database is closed or another is opened, when the
  app quits, and, after a crash, at the next start: the folders carry a known prefix and hold a
  lock the system releases when the process ends, so only those of copies no longer running go.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from upr_tracker.errors import DatabaseInUseError
from upr_tracker.i18n.catalogs import translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.storage.writer_lock import WriterLock, lock_path

log = logging.getLogger(__name__)

PREFIX = "upr-tracker-opened-"
# The lock a running copy holds in its folder (WriterLock names its file HELD_BY + ".lock").
HELD_BY = "held-by-a-running-copy"
# A folder this young without its lock yet may be one another copy is creating this moment.
CREATION_GRACE_SECONDS = 60
# In English; shown through translate("OpenedAttachments", OPENED_NOTICE).
OPENED_NOTICE = QT_TRANSLATE_NOOP("OpenedAttachments", "The opened copy is outside the encrypted database's "
                                  "protection while it is open; it is removed when the window locks or closes.")


def storage_folders() -> list[Path]:
    """Where opened copies may go, the preferred first: memory-backed storage where there is some."""
    folders: list[Path] = []
    if sys.platform.startswith("linux"):
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if runtime:
            folders.append(Path(runtime))  # the user's own, 0700, tmpfs
        folders.append(Path("/dev/shm"))
    temporary = Path(tempfile.gettempdir())
    if temporary not in folders:
        folders.append(temporary)
    return folders


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def safe_name(name: str) -> str:
    """The file name of a stored attachment, made harmless: no folder, no reserved character."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(name.replace("\\", "/")).name).strip(". ")
    return cleaned or "attachment"


class OpenedAttachments:
    """The copies this process opened. `write` runs on worker threads, `remove_all` anywhere."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._folder: Path | None = None
        self._holder: WriterLock | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.remove_all)

    def write(self, name: str, data: bytes) -> Path:
        """A private copy of `data` named `name` (each copy in a folder of its own: two
        attachments may have the same name)."""
        with self._lock:
            target = Path(tempfile.mkdtemp(dir=self._own_folder())) / safe_name(name)
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(data)
            return target

    @property
    def any(self) -> bool:
        return self._folder is not None

    def _own_folder(self) -> Path:
        if self._folder is None or not self._folder.is_dir():
            root = next((f for f in storage_folders() if _usable(f)), None)
            if root is None:
                raise OSError(translate("OpenedAttachments", "no folder to open the attachment in: the temporary folder "
                                        "cannot be written"))
            folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=root))  # 0700
            holder = WriterLock(folder / HELD_BY)
            holder.acquire()
            self._folder, self._holder = folder, holder
        return self._folder

    def remove_all(self) -> bool:
        """Remove every copy opened; True if there were some."""
        with self._lock:
            folder, holder = self._folder, self._holder
            self._folder = self._holder = None
        if folder is None:
            return False
        if holder is not None:
            holder.release()
        _remove_folder(folder)
        return True


def remove_leftovers() -> list[Path]:
    """Remove the folders of opened copies that copies of the app no longer running left behind
    (a crash, a power cut); those of running copies stay. The folders removed."""
    removed: list[Path] = []
    for root in storage_folders():
        try:
            candidates = [p for p in root.iterdir() if p.name.startswith(PREFIX)]
        except OSError:
            continue
        for folder in candidates:
            if _removable(folder):
                _remove_folder(folder)
                removed.append(folder)
    return removed


def _remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)  # (a file still open elsewhere: the rest goes all the same)
    if folder.exists():  # copies of attachments left on the disk, maybe confidential: said in the log
        log.warning("The opened copies in %s could not all be removed", folder)


def _removable(folder: Path) -> bool:
    try:
        status = folder.lstat()
    except OSError:
        return False
    if not os.path.isdir(folder) or folder.is_symlink():
        return False
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        return False  # another user's
    if not lock_path(folder / HELD_BY).exists() and time.time() - status.st_mtime < CREATION_GRACE_SECONDS:
        return False
    holder = WriterLock(folder / HELD_BY)
    try:
        holder.acquire()
    except (DatabaseInUseError, OSError):
        return False  # a running copy holds it
    holder.release()
    return True


def removed_at_start() -> list[Path]:
    """What start-up removes; never stops the start."""
    try:
        return remove_leftovers()
    except OSError:
        return []

