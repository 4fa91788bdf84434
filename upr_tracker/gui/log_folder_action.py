"""Help ▸ Open the log folder: where a person finds the log and crash files to send with a report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from upr_tracker.diagnostics import log_folder
from upr_tracker.private_files import make_private_folder

log = logging.getLogger(__name__)


def open_log_folder() -> bool:
    """Open the log folder in the system's file manager (made first if the log never started)."""
    folder = log_folder()
    try:
        make_private_folder(folder)
    except OSError as exc:
        log.warning("The log folder %s could not be made: %s", folder, exc.strerror or exc)
    opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    if not opened:
        log.warning("The file manager did not open the log folder %s", folder)
    return opened
