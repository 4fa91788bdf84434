"""The text a person copies into a bug report: versions and platform, never the database's contents."""

from __future__ import annotations

import platform
import sqlite3
import sys
import traceback

from upr_tracker import __version__
from upr_tracker.diagnostics.log_setup import current_log_file, log_folder, shareable


def _qt_versions() -> str:
    # Only when the window loaded Qt: importing it here would load Qt into every command.
    pyside = sys.modules.get("PySide6")
    core = sys.modules.get("PySide6.QtCore")
    if pyside is None or core is None:
        return "not loaded"
    return f"PySide6 {getattr(pyside, '__version__', '?')}, Qt {core.qVersion()}"


def sqlcipher_version() -> str:
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            connection.close()
    except Exception as exc:  # (any failure: the report says so rather than failing)
        return f"not available ({type(exc).__name__})"
    return str(row[0]) if row and row[0] else "not available"


def _log_place() -> str:
    log_file = current_log_file()
    if log_file is not None:
        return str(log_file)
    # Never set up (a library use) or its folder could not be written: the report says which.
    where = "standard error" if sys.stderr is not None else "nowhere (no console)"
    return f"{where} (the log folder {log_folder()} could not be written or was not set up)"


def debug_info(error: BaseException | None = None) -> str:
    """Version, OS, Python, Qt (if loaded), SQLite and SQLCipher, the bundle state, the log
    folder, and the traceback of `error` when given; made `shareable` (the home folder written "~")."""
    frozen = getattr(sys, "frozen", False)
    lines = [
        f"UPR Tracker {__version__}",
        f"OS: {platform.platform()} ({platform.machine() or 'unknown machine'})",
        f"Python: {platform.python_version()} ({platform.python_implementation()}) {sys.executable}",
        f"Qt: {_qt_versions()}",
        f"SQLite: {sqlite3.sqlite_version}",
        f"SQLCipher: {sqlcipher_version()}",
        f"Bundle: {'yes (frozen)' if frozen else 'no'}",
        f"Log: {_log_place()}",
    ]
    if error is not None:
        lines += ["", "Traceback:", "".join(traceback.format_exception(error)).rstrip()]
    # (the report may go to someone who need not know the account's name or the row that failed)
    return shareable("\n".join(lines) + "\n")
