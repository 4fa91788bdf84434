"""What long-running services accept to report progress and to be cancelled.

The GUI passes its background task (which has both methods); the command line and tests pass
nothing, or `NO_PROGRESS`.
"""

from __future__ import annotations

from typing import Protocol


class ProgressReporter(Protocol):
    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is; called from the worker thread."""

    def check_cancelled(self) -> None:
        """Raise if the user asked to stop; the unit of work is then rolled back whole."""


class _Silent:
    def report(self, done: int, total: int, text: str = "") -> None:
        pass

    def check_cancelled(self) -> None:
        pass


NO_PROGRESS: ProgressReporter = _Silent()
