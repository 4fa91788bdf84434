"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from upr_tracker import __version__
from upr_tracker.app_paths import APP_NAME, default_database_path
from upr_tracker.desktop_entry import APP_ID
from upr_tracker.diagnostics import start_logging
from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import private_new_files
from upr_tracker.gui.app_icon import app_icon
from upr_tracker.gui.author_name import author_name_at_start
from upr_tracker.gui.crash_capture import install_crash_capture, uninstall_crash_capture
from upr_tracker.gui.garbage_collection import collect_on_gui_thread
from upr_tracker.gui.language import install_language, pseudo_catalogue, window_language
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.database_opening import open_database_asking, show_read_only, wait_for
from upr_tracker.gui.opened_attachments import removed_at_start
from upr_tracker.gui.team_database_dialog import open_team_database_asking
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.demo import build_demo_database
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress

log = logging.getLogger(__name__)

ORGANISATION = "UPR Tracker"
# Set to a number of milliseconds, the window closes by itself that long after it has shown: a
# smoke test of an installed copy or a bundle (exit code 0 when everything went well).
QUIT_AFTER_VARIABLE = "UPR_TRACKER_QUIT_AFTER_MS"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)  # (instance() is typed as the core application)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)  # (QSettings files the settings under it)
    app.setApplicationDisplayName("UPR Tracker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # the desktop entry's name: Wayland and taskbars match the window to it
    app.setWindowIcon(app_icon())
    return app


def last_database() -> Path | None:
    """The database open when the window last closed, if it is still there."""
    remembered = QSettings().value("last_database")
    if remembered and Path(str(remembered)).is_file():
        return Path(str(remembered))
    return None


def run_gui(db_path: Path | ServerAddress | None) -> int:
    """Open the window on `db_path`, or on the default database; at the very first start that is
    the demo database (Kazakhstan, 2010), built from the shipped UN documents. Files made meanwhile
    (the settings, temporary copies of attachments) are readable by the user alone."""
    with private_new_files():
        start_logging()  # (done already when the command line opened the window: changes nothing)
        app = make_application()
        # Errors nobody caught go to the log and a dialog while the app runs; after it, to the
        # command line's own handling (which logs them too).
        install_crash_capture(app)
        # The cycle collector destroys Qt objects: on this thread only (kept until the process ends).
        collect_on_gui_thread()
        try:
            return _run_gui(db_path)
        finally:
            uninstall_crash_capture()


def _run_gui(db_path: Path | ServerAddress | None) -> int:
    app = make_application()
    install_language(app, window_language(), extra=pseudo_catalogue())
    removed_at_start()  # attached files a copy of the app that crashed left opened
    if isinstance(db_path, ServerAddress):
        return _run_on_server(app, db_path)
    path = db_path or last_database() or default_database_path()
    try:
        if db_path is None and path == default_database_path() and not path.exists():
            wait_for(lambda task: build_demo_database(path, progress=task),
                     translate("App", "Preparing the demo database…"))
        author = author_name_at_start()
        database = open_database_asking(None, path, actor=author)
    except UprTrackerError as exc:
        log.warning("The window's database could not be opened: %s: %s", type(exc).__name__, exc)
        QMessageBox.critical(None, "UPR Tracker", fill(translate("App", "The database could not be opened.\n\n%1"), exc))
        return 1
    if database is None:  # the passphrase was not given
        return 1
    return _show_window(app, database)


def _run_on_server(app: QApplication, address: ServerAddress) -> int:
    """`upr-tracker --db postgresql://…`: the password asked in the dialog when the server wants
    one that ~/.pgpass and PGPASSWORD do not give. (No name is asked: the server records the
    changes under the user it authenticated.)"""
    try:
        database = open_team_database_asking(None, address)
    except UprTrackerError as exc:
        log.warning("The window's team database %s could not be opened: %s: %s", address.name, type(exc).__name__, exc)
        QMessageBox.critical(None, "UPR Tracker",
                             fill(translate("App", "%1 could not be opened.\n\n%2"), address.name, exc))
        return 1
    if database is None:  # the dialog was cancelled
        return 1
    return _show_window(app, database)


def _show_window(app: QApplication, database: Database) -> int:
    window = MainWindow(database)
    show_read_only(window, database)
    window.show()
    _quit_after_if_asked(app)
    try:
        return app.exec()
    finally:
        window.database.close()


def _quit_after_if_asked(app: QApplication) -> None:
    value = os.environ.get(QUIT_AFTER_VARIABLE, "").strip()
    if not value:
        return
    try:
        delay = max(0, int(value))
    except ValueError:
        log.warning("%s=%r is not a number of milliseconds: the window stays open", QUIT_AFTER_VARIABLE, value)
        return
    log.info("The window closes by itself in %d ms (%s)", delay, QUIT_AFTER_VARIABLE)
    # As a user closing the window: the app quits when its last window closes.
    QTimer.singleShot(delay, app.closeAllWindows)
