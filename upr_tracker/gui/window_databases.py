"""The window's databases: File ▸ New database…, Open database…, Open team database… and Open
recent. Each opens in a worker (an upgrade or a passphrase check may take a while) and, on success,
the window switches to it. Texts keep the main window's context, where their translations are."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.database_opening import open_database_asking
from upr_tracker.gui.last_folders import DATABASE, last_folder, remember_folder
from upr_tracker.gui.team_database_dialog import choose_team_database, open_team_database_asking
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.storage.server_address import ServerAddress, is_server_url, parse_server_url

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu

    from upr_tracker.storage.database import Database

    _Base = QMainWindow
else:
    _Base = object

# The name a new database's file chooser proposes, and the suffix added to a name given without one.
NEW_DATABASE_NAME = "upr-tracker.sqlite3"
DATABASE_SUFFIX = ".sqlite3"


class WindowDatabases(_Base):
    """Mixed into the main window (before QMainWindow): uses its database, its recent menu and its
    _switch_database."""

    if TYPE_CHECKING:
        database: Database
        recent_menu: QMenu

        def _switch_database(self, database: Database) -> None: ...
        def show_error(self, exc: BaseException) -> None: ...

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in QSettings().value("recent_databases") or []:
            if is_server_url(entry):
                address = parse_server_url(entry)[0]
                action = self.recent_menu.addAction(fill(translate("MainWindow", "%1 (team)"), address.name))
                action.triggered.connect(lambda _checked=False, a=address: self.open_team_database(a))
                continue
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _checked=False, p=entry: self.open_database(Path(p)))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("MainWindow", "(none yet)")).setEnabled(False)

    def _database_folder(self) -> Path:
        return last_folder(DATABASE, self.database.path.parent if self.database.path else Path.home())

    def choose_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open an UPR Tracker database"), str(self._database_folder()),
            translate("MainWindow", "UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)"),
        )
        if path:
            remember_folder(DATABASE, path)
            self.open_database(Path(path))

    def choose_new_database(self) -> Path | None:
        """File ▸ New database…: an empty database in a file that does not exist yet, and the
        window on it. An existing file is never written over, whatever the chooser allowed.
        Returns the new database's path (None when nothing was made)."""
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("MainWindow", "New UPR Tracker database"),
            str(self._database_folder() / NEW_DATABASE_NAME),
            translate("MainWindow", "UPR Tracker databases (*.sqlite3 *.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(DATABASE_SUFFIX)
        if target.exists():
            QMessageBox.warning(self, translate("MainWindow", "New database"), fill(translate(
                "MainWindow", "%1 already exists, and a new database is never written over a file.\n\n"
                "Choose another name, or open that file with File ▸ Open database…"), str(target)))
            return None
        remember_folder(DATABASE, str(target))
        try:
            database = open_database_asking(self, target, actor=self.database.actor, create=True)
        except UprTrackerError as exc:
            self.show_error(exc)
            return None
        if database is None:
            return None
        self._switch_database(database)
        return target

    def open_database(self, path: Path) -> None:
        """Open another database in a worker (an upgrade may take a while), asking for its
        passphrase if it is encrypted; switch on success."""
        if self.database.path is not None and path.resolve() == self.database.path.resolve():
            return  # already open here (its lock is this window's)
        try:
            database = open_database_asking(self, path, actor=self.database.actor, create=False)
        except UprTrackerError as exc:
            self.show_error(exc)
            return
        if database is not None:
            self._switch_database(database)

    def choose_team_database(self) -> None:
        """File ▸ Open team database…: the dialog, on the current server if one is open."""
        database = choose_team_database(self, self.database.address)
        if database is not None:
            self._switch_database(database)

    def open_team_database(self, address: ServerAddress) -> None:
        """A recent server: opened at once if no password must be typed, else through the dialog."""
        if address == self.database.address:
            return
        try:
            database = open_team_database_asking(self, address)
        except UprTrackerError as exc:
            self.show_error(exc)
            return
        if database is not None:
            self._switch_database(database)
