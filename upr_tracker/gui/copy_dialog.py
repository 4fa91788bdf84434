"""File ▸ Copy database to…: the open database copied whole into a new file or a team server's
database (services.database_copy), in the background with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.errors import InvalidValueError
from upr_tracker.gui.english_plurals import counted
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.database_copy import CopyReport, Endpoint, copy_database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.server_address import ServerAddress, database_target

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow
    from upr_tracker.gui.tasks import Task


class CopyDatabaseDialog(QDialog):
    """Where to copy the database: a file (new, or empty), or postgresql://USER@HOST:PORT/DATABASE."""

    def __init__(self, source_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy database to…"))
        layout = QVBoxLayout(self)
        intro = QLabel(fill(self.tr("Copies everything in %1 (history, audit trail, notes, attachments, saved "
                                    "searches) into a new file or a team server's database, then checks the copy."),
                            source_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("a file, or postgresql://user@host:5432/database"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.target)
        row.addWidget(browse)
        form.addRow(self.tr("Copy to:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("a file: leave empty for no encryption"))
        form.addRow(self.tr("Encrypt with passphrase:"), self.passphrase)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("a server: if ~/.pgpass or PGPASSWORD does not give it"))
        form.addRow(self.tr("Server password:"), self.password)
        self.merge = QCheckBox(self.tr("Add to what the target already holds (records already there are skipped)"))
        form.addRow("", self.merge)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Copy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.chosen: Endpoint | None = None

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Copy the database to"), "",
                                              self.tr("UPR Tracker databases (*.sqlite3 *.sqlite)"))
        if name:
            self.target.setText(name)

    def endpoint(self) -> Endpoint:
        """The target as given (InvalidValueError saying what is wrong)."""
        text = self.target.text().strip()
        if not text:
            raise InvalidValueError(self.tr("Say where to copy the database: a file, or a server's address."))
        target = database_target(text)
        passphrase = self.passphrase.text()
        if isinstance(target, ServerAddress):
            if passphrase:
                raise InvalidValueError(self.tr("A server's database is not encrypted with a passphrase: leave the "
                                                "passphrase empty (the server's own access rules protect it)."))
            return Endpoint(target, password=self.password.text() or None)
        return Endpoint(Path(target), passphrase=Passphrase(passphrase) if passphrase else None)

    def _accept(self) -> None:
        try:
            self.chosen = self.endpoint()
        except InvalidValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class CopyDialog(QObject):
    """The counted phrases of a copy, in this module's translation context (lupdate records the
    plural forms of a message from tr() alone)."""

    @staticmethod
    def copied(rows: int, compared: bool) -> str:
        if compared:
            said = CopyDialog.tr("Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the "  # type: ignore[arg-type]
                                 "JSON exports of both sides are the same.", "", rows)  # type: ignore[arg-type]
        else:
            said = CopyDialog.tr("Copied %1 to %2: %n row(s) in %3 s. Every table has the rows it should, and the "  # type: ignore[arg-type]
                                 "exports were not compared (merged into other data).", "", rows)  # type: ignore[arg-type]
        return counted(said, rows)

    @staticmethod
    def skipped(rows: int) -> str:
        return counted(CopyDialog.tr("%n record(s) were already there and were skipped.", "", rows), rows)  # type: ignore[arg-type]


def copy_summary(report: CopyReport) -> str:
    text = fill(CopyDialog.copied(report.rows_copied, bool(report.exports_equal)), report.source, report.target,
                QLocale().toString(report.copy_seconds, "f", 0))
    if report.rows_skipped:
        text += " " + CopyDialog.skipped(report.rows_skipped)
    return text


def start_copy(window: MainWindow, target: Endpoint, merge: bool) -> Task:
    """Copy the window's database into `target` in the background (progress, cancel)."""
    database = window.database
    # (a team database: the password the window was opened with, if one was asked for)
    source = Endpoint(database.target, passphrase=database.passphrase,
                      password=database.engine.url.password if database.address is not None else None)

    def done(report: CopyReport) -> None:
        message = copy_summary(report)
        window.statusBar().showMessage(message, 30_000)
        QMessageBox.information(window, translate("CopyDialog", "Database copied"), message)

    return window.tasks.run(lambda task: copy_database(source, target, merge=merge, actor=database.actor,
                                                       progress=task),
                            on_success=done, on_failure=window.show_error, label=translate("CopyDialog", "Copying the database…"),
                            progress_parent=window)


def show_copy_dialog(window: MainWindow) -> CopyDatabaseDialog:
    dialog = CopyDatabaseDialog(window.database.name, window)

    def accepted() -> None:
        if dialog.chosen is not None:
            start_copy(window, dialog.chosen, dialog.merge.isChecked())

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
