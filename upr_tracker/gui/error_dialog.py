"""The one way the window tells the user that something failed, and writes it to the log."""

from __future__ import annotations

import logging
import traceback

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from upr_tracker.diagnostics import current_log_file, debug_info
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.tasks import TaskCancelled
from upr_tracker.i18n.catalogs import fill, translate

log = logging.getLogger(__name__)


def error_box(parent: QWidget | None, exc: BaseException, title: str = "UPR Tracker", *,
              logged: bool = False) -> QMessageBox | None:
    """A user-level problem shows its own message; anything else is a bug and shows its details,
    with a button that copies the debug information for a report. Each is logged (unless the
    caller, `logged`, did already).

    Opened, not executed (the window goes on); returned so that callers and tests can keep it.
    Nothing for a cancelled task: the user asked for it."""
    if isinstance(exc, TaskCancelled):
        return None
    if not logged:
        log_shown_error(exc)
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
        log_file = current_log_file()
        if log_file is not None:
            box.setInformativeText(fill(translate(
                "ErrorDialog", "The details were written to the log:\n%1\n\nTo report it, copy the debug information "
                "and send it with what you were doing."), log_file))
        else:
            box.setInformativeText(translate(
                "ErrorDialog", "To report it, copy the debug information and send it with what you were doing."))
        box.setDetailedText("".join(traceback.format_exception(exc)))
        _add_copy_button(box, exc)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Ok))
    box.open()
    return box


def _add_copy_button(box: QMessageBox, exc: BaseException) -> None:
    button = QPushButton(translate("ErrorDialog", "Copy debug info"), box)
    button.setObjectName("copy_debug_info")
    box.addButton(button, QMessageBox.ButtonRole.ActionRole)
    # Every button of a message box closes it; this one copies and leaves the box open.
    button.clicked.disconnect()
    button.clicked.connect(lambda: QGuiApplication.clipboard().setText(debug_info(exc)))


def log_shown_error(exc: BaseException) -> None:
    """A user-level problem: its kind and message (they name files, lines, fields); a file that
    could not be written: its reason and name; a bug: its traceback."""
    if isinstance(exc, UprTrackerError):
        log.info("Shown to the user: %s: %s", type(exc).__name__, exc)
    elif isinstance(exc, OSError):
        log.warning("Shown to the user: %s: %s (%s)", type(exc).__name__, exc.strerror or exc,
                    exc.filename or "no file")
    else:
        log.error("Shown to the user: an unexpected error", exc_info=exc)


class OneErrorBoxAtATime:
    """Shows the errors nobody handled one box at a time. A slot that fails again and again (a
    timer's tick, a repaint) would otherwise open a box per failure; while one is open, the next
    errors are only logged (each is, before it gets here) and counted. Holding the box keeps a box
    with no window alive while it is shown."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None
        self.not_shown = 0

    def show(self, parent: QWidget | None, exc: BaseException) -> QMessageBox | None:
        if self.box is not None and shiboken6.isValid(self.box) and self.box.isVisible():
            self.not_shown += 1
            log.warning("Another error while an error box is open (%d so far): logged, not shown", self.not_shown)
            return None
        self.box = error_box(parent, exc, logged=True)
        return self.box
