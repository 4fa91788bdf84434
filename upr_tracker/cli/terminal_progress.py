"""Progress of long commands: a bar on standard error, rewritten in place, when it is a terminal.

    Importing recommendations  [███████░░░░░░░]  52%  1,234 of 2,371

Nothing at all is written when the stream is not a terminal (a script, a pipe, a log file) or with
--quiet, so that logs hold only what matters.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from typing import TextIO

FULL, EMPTY = "█", "░"
ASCII_FULL, ASCII_EMPTY = "#", "-"


class TerminalProgress:
    """A ProgressReporter (services.progress) for the command line. `stream` is standard error
    unless given; `label` stands before the bar when the work reports no words of its own."""

    INTERVAL_S = 0.15      # redraws at most this often: a terminal is slow, and the eye slower
    BAR_WIDTH = (10, 30)   # the bar's least and greatest width, in characters

    def __init__(self, quiet: bool = False, stream: TextIO | None = None, label: str = "") -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = not quiet and _is_terminal(self.stream)
        self.label = label
        self._last = float("-inf")
        self._width = 0
        self._full, self._empty = _bar_characters(self.stream)
        self._ellipsis = "…" if self._full == FULL else "..."

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.done()

    def report(self, done: int, total: int, text: str = "") -> None:
        if not self.shown:
            return
        now = time.monotonic()
        # The last step is drawn whatever the time, so that a finished run is not left at 97%.
        if now - self._last < self.INTERVAL_S and not (total and done >= total):
            return
        self._last = now
        self._draw(self.line(done, total, text or self.label, self._columns()))

    def check_cancelled(self) -> None:
        pass  # Ctrl+C interrupts, and the transaction is rolled back

    def done(self) -> None:
        """Clear the bar, so that what the command prints next starts on a clean line."""
        if self.shown and self._width:
            self._draw("")
            self._width = 0

    def line(self, done: int, total: int, text: str, columns: int) -> str:
        """The line drawn for this step, at most `columns - 1` characters (a terminal that wraps at
        the last column would start a new line)."""
        room = max(columns - 1, 20)
        if not total:
            return _cut(text, room, self._ellipsis)
        done = max(0, min(done, total))
        figures = f"{100 * done // total:3d}%  {done:,} of {total:,}"
        bar_width = max(self.BAR_WIDTH[0], min(self.BAR_WIDTH[1], room - len(figures) - len(text) - 6))
        filled = bar_width * done // total
        bar = f"[{self._full * filled}{self._empty * (bar_width - filled)}]"
        words = _cut(text, room - len(bar) - len(figures) - 4, self._ellipsis)
        return (f"{words}  {bar}  {figures}" if words else f"{bar}  {figures}")[:room]

    def _columns(self) -> int:
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
        # A terminal that gives no size (0, as a new pseudo-terminal): $COLUMNS, else 80.
        return columns or shutil.get_terminal_size().columns

    def _draw(self, line: str) -> None:
        # Spaces over what is left of a longer line before, then back to the start of the line.
        self.stream.write("\r" + line + " " * max(0, self._width - len(line)) + ("\r" if not line else ""))
        self.stream.flush()
        self._width = len(line)


def _is_terminal(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def _bar_characters(stream: TextIO) -> tuple[str, str]:
    """Block characters where the stream's encoding has them (UTF-8, and code page 437 of a
    Windows console), else # and -."""
    try:
        (FULL + EMPTY).encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return ASCII_FULL, ASCII_EMPTY
    return FULL, EMPTY


def _cut(text: str, room: int, ellipsis: str) -> str:
    if room <= len(ellipsis):
        return ""
    return text if len(text) <= room else text[: room - len(ellipsis)] + ellipsis
