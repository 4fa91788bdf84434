"""The one way the window tells the user that something failed."""

from __future__ import annotations

import traceback

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.tasks import TaskCancelled
from upr_tracker.i18n.catalogs import fill, translate


def error_box(parent: QWidget | None, exc: BaseException, title: str = "UPR Tracker") -> QMessageBox | None:
    """A user-level problem shows its own message; anything else is a bug and shows its details.

    Opened, not executed (the window goes on); returned so that callers and tests can keep it.
    Nothing for a cancelled task: the user asked for it."""
    if isinstance(exc, TaskCancelled):
        return None
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote documents: never read as markup
    box.setWindowTitle(title)
    if isinstance(exc, UprTrackerError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(str(exc))
    elif isinstance(exc, OSError):  # a full disk, a folder one may not write to: say which file
        box.setIcon(QMessageBox.Icon.Warning)
        reason = exc.strerror or exc
        if exc.filename:
            box.setText(fill(translate("ErrorDialog", "The file could not be written or read: %1.\n\nFile: %2\n\n"
                                       "Nothing was half-written: choose another folder or free some space, then "
                                       "try again."), reason, exc.filename))
        else:
            box.setText(fill(translate("ErrorDialog", "The file could not be written or read: %1.\n\n"
                                       "Nothing was half-written: choose another folder or free some space, then "
                                       "try again."), reason))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(translate("ErrorDialog", "Something went wrong that should not have. Your data was not changed by "
                                        "the failed step."))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.open()
    return box
