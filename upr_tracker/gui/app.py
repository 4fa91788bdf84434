"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from upr_tracker import __version__
from upr_tracker.app_paths import default_database_path
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.storage.database import Database

ORGANISATION = "UPR Tracker"
APPLICATION = "upr-tracker"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("UPR Tracker")
    app.setApplicationVersion(__version__)
    return app  # type: ignore[return-value]


def run_gui(db_path: Path | None) -> int:
    """Open the window on `db_path`, or on the default database (created at first start)."""
    app = make_application()
    path = db_path or default_database_path()
    try:
        database = Database.open(path, create=db_path is None or not path.exists())
    except UprTrackerError as exc:
        QMessageBox.critical(None, "UPR Tracker", f"The database could not be opened.\n\n{exc}")
        return 1
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        window.database.close()
