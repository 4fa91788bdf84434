"""Running `upr-tracker` where a folder cannot be written, as on read-only media.

Root ignores file permissions, so as root the folder is bind-mounted read-only in a mount namespace
of the command's own (`unshare`): the system then answers every write with "read-only file system",
as a write-protected card or a read-only network share does. Failing that, the command runs as the
user `nobody` on a folder only root may write; a user other than root simply gets a folder without
write permission.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
NOBODY = 65534
_MOUNT_READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'


@cache
def _can_mount_read_only() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", _MOUNT_READ_ONLY, "sh",
                                folder, "sh", "-c", f"! touch {folder}/x"], capture_output=True, check=False)
    return probe.returncode == 0


@cache
def _can_run_as_nobody() -> bool:
    if os.geteuid() != 0:
        return False
    try:
        probe = subprocess.run([sys.executable, "-c", "import upr_tracker"], cwd=REPOSITORY, capture_output=True,
                               preexec_fn=_become_nobody, check=False)
    except OSError:  # Python itself out of nobody's reach (installed in root's home)
        return False
    return probe.returncode == 0


def _become_nobody() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder outside pytest's (which only root may enter), so that `nobody` can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="upr-read-only-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def writable_by_anyone(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o777)
    return folder


def run_where_folder_is_read_only(folder: Path, *argv: str, data_folder: Path) -> subprocess.CompletedProcess:
    """`upr-tracker ARGV` run while `folder` cannot be written (skipped where no way to do that exists)."""
    return run_python_where_folder_is_read_only(folder, ["-m", "upr_tracker", *argv], data_folder=data_folder)


def run_python_where_folder_is_read_only(folder: Path, arguments: list[str], *,
                                         data_folder: Path) -> subprocess.CompletedProcess:
    """`python ARGUMENTS` run while `folder` cannot be written."""
    command = [sys.executable, *arguments]
    environment = os.environ | {"UPR_TRACKER_DATA_DIR": str(data_folder), "QT_QPA_PLATFORM": "offscreen"}
    run = {"cwd": REPOSITORY, "capture_output": True, "text": True, "env": environment, "timeout": 300}
    if _can_mount_read_only():
        return subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", _MOUNT_READ_ONLY, "sh",
                               str(folder), *command], check=False, **run)
    if os.geteuid() == 0 and not _can_run_as_nobody():
        pytest.skip("as root, a read-only folder needs either `unshare` with mount rights or the user nobody")
    mode = folder.stat().st_mode
    folder.chmod(0o555)
    try:
        return subprocess.run(command, preexec_fn=_become_nobody if os.geteuid() == 0 else None, check=False, **run)
    finally:
        folder.chmod(mode)
