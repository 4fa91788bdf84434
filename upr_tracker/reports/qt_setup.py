"""Qt's text layout, fonts and PDF output need a QGuiApplication, which the command line lacks."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from upr_tracker.errors import UprTrackerError

# Kept for the life of the process: Qt must not see its application object collected.
_created: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication (the window's QApplication is one), or a new one.

    Call it from the main thread. On Linux and other Unix systems a new one uses the "offscreen"
    platform unless QT_QPA_PLATFORM says otherwise, so that reports can be written on a machine
    without a display; Windows and macOS always have their native platform, whose font lookup is
    the complete one.
    """
    global _created
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise UprTrackerError("reports need Qt's GUI application, but a non-GUI Qt application is running")
    arguments = ["upr-tracker"]
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform not in ("win32", "darwin"):
        arguments += ["-platform", "offscreen"]
    _created = QGuiApplication(arguments)
    return _created
