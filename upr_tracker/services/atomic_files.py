"""Writing output files whole or not at all: a crash or a full disk never leaves half a file
where the user expects their export, and a file the user made read-only is not replaced. An output
is either such a file (a path) or a binary stream given by the caller (the member of an encrypted
archive, which is itself written whole or not at all)."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, BinaryIO

from upr_tracker.errors import UprTrackerError

# Where an export or a report goes: a file, or a binary stream that the caller closes.
Output = Path | BinaryIO


@contextmanager
def atomic_output(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside `path`; it replaces `path` only when the block succeeds."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UprTrackerError(f"{path}: the folder {folder} does not exist")
    if _is_read_only(path):
        # Replacing the file would succeed (that is the folder's permission), but the user marked it
        # as not to be changed.
        raise UprTrackerError(f"{path} is read-only; nothing was written. Choose another name, or make the "
                              "file writable first.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise UprTrackerError(f"{path}: cannot write in {folder} ({exc.strerror})") from exc
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(handle, mode, encoding=encoding, newline=None if "b" in mode else "\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UprTrackerError(f"{path}: writing failed ({exc.strerror}); nothing was written") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _is_read_only(path: Path) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:  # no such file yet
        return False
    return stat.S_ISREG(mode) and not mode & stat.S_IWUSR


@contextmanager
def open_output(target: Output | str, mode: str = "w") -> Iterator[IO[Any]]:
    """A stream to write an output to: a file written whole or not at all (see atomic_output), or,
    for a stream, the stream itself ("wb") or a UTF-8 text layer over it ("w") that leaves it open."""
    if isinstance(target, (str, os.PathLike)):
        with atomic_output(Path(target), mode) as stream:
            yield stream
        return
    if "b" in mode:
        yield target
        return
    text = io.TextIOWrapper(target, encoding="utf-8", newline="\n")
    try:
        yield text
    except BaseException:
        with suppress(Exception):  # what is left in the text layer is not wanted any more
            text.detach()
        raise
    text.detach()  # writes what the text layer holds, and leaves the stream open for its owner


def output_name(target: Output | str) -> str:
    """How a message names an output: its path, or the name its stream gives."""
    return str(target) if isinstance(target, (str, os.PathLike)) else str(getattr(target, "name", "the output"))
