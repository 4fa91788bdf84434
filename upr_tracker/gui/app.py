"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from upr_tracker import __version__
from upr_tracker.app_paths import default_database_path
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.author_name import author_name_at_start
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.tasks import Task, TaskRunner
from upr_tracker.services.demo import build_demo_database
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


def _wait_for(work: Callable[[Task], Any], label: str) -> Any:
    """Run `work` off the GUI thread (with a progress dialog if it takes a while) and wait for it
    in an event loop, before the main window exists."""
    runner = TaskRunner()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    runner.run(work, label=label, on_success=lambda v: done("result", v),
               on_failure=lambda e: done("error", e), progress_parent=QWidget())
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def last_database() -> Path | None:
    """The database open when the window last closed, if it is still there."""
    remembered = QSettings().value("last_database")
    if remembered and Path(str(remembered)).is_file():
        return Path(str(remembered))
    return None


def run_gui(db_path: Path | None) -> int:
    """Open the window on `db_path`, or on the default database; at the very first start that is
    the demo database (Kazakhstan, 2010), built from the shipped UN documents."""
    app = make_application()
    path = db_path or last_database() or default_database_path()
    try:
        if db_path is None and path == default_database_path() and not path.exists():
            _wait_for(lambda task: build_demo_database(path, progress=task), "Preparing the demo database…")
        author = author_name_at_start()
        database = _wait_for(lambda _task: Database.open_exclusively(path, actor=author), f"Opening {path.name}…")
    except UprTrackerError as exc:
        QMessageBox.critical(None, "UPR Tracker", f"The database could not be opened.\n\n{exc}")
        return 1
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        window.database.close()
