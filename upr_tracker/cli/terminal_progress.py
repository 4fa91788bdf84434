"""Progress of long commands on stderr, when it is a terminal (one line, rewritten in place)."""

from __future__ import annotations

import sys
import time


class TerminalProgress:
    """A ProgressReporter (services.progress) for the command line; silent when stderr is not a
    terminal (a script, a log), so that logs hold only what matters."""

    INTERVAL_S = 0.2

    def __init__(self) -> None:
        self.shown = sys.stderr is not None and sys.stderr.isatty()
        self._last = 0.0
        self._width = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if not self.shown or now - self._last < self.INTERVAL_S:
            return
        self._last = now
        share = f"{100 * done // total:3d}%" if total else ""
        line = f"{text} {share} ({done:,} of {total:,})" if total else text
        sys.stderr.write("\r" + line.ljust(self._width))
        sys.stderr.flush()
        self._width = len(line)

    def check_cancelled(self) -> None:
        pass  # Ctrl+C interrupts, and the transaction is rolled back

    def done(self) -> None:
        if self.shown and self._width:
            sys.stderr.write("\r" + " " * self._width + "\r")
            sys.stderr.flush()
