"""Encryption in the window: Tools ▸ Encryption (encrypt the database, change its passphrase,
remove the encryption), File ▸ Lock, and the lock after a time without use.

A locked window shows nothing of the data: its content is taken out and replaced by a lock screen,
the database's connections are closed and its passphrase forgotten until it is typed again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QApplication, QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                               QToolBar, QVBoxLayout, QWidget)

from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.passphrase_dialog import WRONG_PASSPHRASE, ask_new_passphrase
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.encryption import EncryptionChange, set_encryption
from upr_tracker.services.passphrase_forms import open_with_text
from upr_tracker.storage.encryption import Passphrase, WrongPassphraseError

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow

LOCK_AFTER_SETTING = "lock_after_minutes"
DEFAULT_LOCK_AFTER_MINUTES = 15
IDLE_CHECK_MS = 15_000
BUSY_RETRY_MS = 200
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


def lock_after_minutes() -> int:
    """Minutes without use after which an encrypted database is locked (0: never)."""
    try:
        given: Any = QSettings().value(LOCK_AFTER_SETTING, DEFAULT_LOCK_AFTER_MINUTES)
        return max(0, int(given))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_AFTER_MINUTES


class LockScreen(QWidget):
    """What a locked window shows: the database's name and a field for its passphrase."""

    def __init__(self, unlock: Any, name: str) -> None:
        super().__init__()
        self.setObjectName("lock_screen")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(fill(self.tr("%1 is locked"), name))
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        hint = QLabel(self.tr("Type the database's passphrase to go on."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaximumWidth(360)
        self.passphrase.returnPressed.connect(unlock)
        layout.addWidget(self.passphrase, 0, Qt.AlignmentFlag.AlignHCenter)
        self.problem = QLabel("")
        self.problem.setObjectName("unlock_problem")
        self.problem.setStyleSheet("color: #B23A3A;")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.problem)
        button = QPushButton(self.tr("Unlock"))
        button.setObjectName("unlock_button")
        button.clicked.connect(unlock)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class WindowEncryption(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.lock_screen: LockScreen | None = None
        self._content: QWidget | None = None
        self._hidden: list[QWidget] = []
        self._since_input = QElapsedTimer()
        self._since_input.start()
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(IDLE_CHECK_MS)
        self.idle_timer.timeout.connect(self.lock_if_idle)
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def add_lock_action(self, file_menu: QMenu) -> None:
        self.lock_action = QAction(self.tr("&Lock the database"), self.window)
        self.lock_action.setShortcut("Ctrl+Shift+L")
        self.lock_action.triggered.connect(self.lock_now)
        file_menu.addAction(self.lock_action)

    def add_menu(self, tools_menu: QMenu) -> None:
        menu = self.menu = tools_menu.addMenu(self.tr("&Encryption"))
        self.encrypt_action = menu.addAction(self.tr("&Encrypt this database…"), self.encrypt)
        self.change_action = menu.addAction(self.tr("&Change the passphrase…"), self.change_passphrase)
        self.decrypt_action = menu.addAction(self.tr("&Remove the encryption…"), self.decrypt)
        menu.addSeparator()
        menu.addAction(self.tr("&Lock after a time without use…"), self.choose_lock_after)
        self.update_actions()

    def update_actions(self) -> None:
        encrypted = self.window.database.is_encrypted or self.window.database.is_locked
        self.lock_action.setEnabled(encrypted)
        self.encrypt_action.setEnabled(not encrypted)
        self.change_action.setEnabled(encrypted)
        self.decrypt_action.setEnabled(encrypted)

    # -- encrypting ------------------------------------------------------------------------

    def encrypt(self) -> None:
        name = self.window.database.file_path.name
        passphrase = ask_new_passphrase(
            self.window, self.tr("Encrypt the database"),
            fill(self.tr("%1 and its backups will be encrypted: without the passphrase no one can read them, you "
                         "included."), name))
        if passphrase is not None:
            self.change_to(passphrase, fill(self.tr("Encrypting %1…"), name))

    def change_passphrase(self) -> None:
        passphrase = ask_new_passphrase(self.window, self.tr("Change the passphrase"),
                                        self.tr("The database and its backups will open with the new passphrase "
                                                "only. (The same passphrase again changes only backups an earlier "
                                                "change could not.)"))
        if passphrase is not None:
            self.change_to(passphrase, self.tr("Changing the passphrase…"))

    def decrypt(self) -> None:
        answer = QMessageBox.warning(
            self.window, self.tr("Remove the encryption"),
            fill(self.tr("%1 and its backups will be readable by anyone who has the files. Remove the encryption?"),
                 self.window.database.file_path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.change_to(None, self.tr("Removing the encryption…"))

    def change_to(self, passphrase: Passphrase | None, label: str) -> None:
        if self.window.tasks.busy:  # the file is rewritten: no read may be under way
            self.window.statusBar().showMessage(fill(self.tr("%1 (once the work under way is done)"), label))
            QTimer.singleShot(BUSY_RETRY_MS, lambda: self.change_to(passphrase, label))
            return
        database = self.window.database
        # The file is rewritten: nothing may start a read on it meanwhile.
        self.window.setEnabled(False)
        self.window.tasks.run(lambda _task: set_encryption(database, passphrase), on_success=self._changed,
                              on_failure=self._failed, label=label, progress_parent=self.window)

    def _changed(self, change: EncryptionChange) -> None:
        self.window.setEnabled(True)
        self.update_actions()
        backups = len(change.backups_changed)
        if change.encrypted:
            said = (counted(self.tr("%1 is encrypted, and %n backup(s) with it.", "", backups), backups)
                    if backups else self.tr("%1 is encrypted."))
        else:
            said = (counted(self.tr("%1 is no longer encrypted, and %n backup(s) with it.", "", backups), backups)
                    if backups else self.tr("%1 is no longer encrypted."))
        self.window.statusBar().showMessage(fill(said, change.path.name), 15_000)
        if change.backups_left:
            listed = "\n".join(f"• {path.name}: {why}" for path, why in change.backups_left)
            left = (self.tr("%1 is encrypted, but these backups could not be changed and are as they were:\n\n%2\n\n"
                            "Once the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… with the same "
                            "passphrase changes them too.") if change.encrypted else
                    self.tr("%1 is no longer encrypted, but these backups could not be changed and are as they "
                            "were:\n\n%2\n\nOnce the cause is mended, Tools ▸ Encryption ▸ Change the passphrase… "
                            "with the same passphrase changes them too."))
            QMessageBox.warning(self.window, self.tr("Some backups are as they were"),
                                fill(left, change.path.name, listed))

    def _failed(self, exc: BaseException) -> None:
        self.window.setEnabled(True)
        self.update_actions()
        self.window.show_error(exc)

    # -- locking ---------------------------------------------------------------------------

    def choose_lock_after(self) -> None:
        minutes, chosen = QInputDialog.getInt(
            self.window, self.tr("Lock after a time without use"),
            self.tr("Lock an encrypted database after this many minutes without use (0: never):"),
            lock_after_minutes(), 0, 24 * 60)
        if chosen:
            QSettings().setValue(LOCK_AFTER_SETTING, minutes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._since_input.restart()
        return False

    def lock_if_idle(self) -> None:
        minutes = lock_after_minutes()
        if minutes and self._since_input.elapsed() >= minutes * 60_000:
            self.lock_now()

    def lock_now(self) -> None:
        database = self.window.database
        if not database.is_encrypted or self.lock_screen is not None:
            return
        if self.window.tasks.busy:  # a read under way holds a connection: lock once it is done
            QTimer.singleShot(BUSY_RETRY_MS, self.lock_now)
            return
        database.lock()
        self.window.milestones_view.remove_opened_attachments()  # decrypted copies outlive no lock
        self.lock_screen = LockScreen(self.unlock, database.file_path.name)
        self._content = self.window.takeCentralWidget()
        self.window.setCentralWidget(self.lock_screen)
        # Nothing else shows the data (the counts in the status bar) or reaches it (the search bar).
        # Nor does any other window of the app (a report's preview, a dialog left open).
        self._hidden = [widget for widget in [*self.window.findChildren(QToolBar), self.window.statusBar(),
                                              *QApplication.topLevelWidgets()]
                        if widget.isVisible() and widget is not self.window]
        for bar in self._hidden:
            bar.setVisible(False)
        self.window.menuBar().setEnabled(False)
        self.lock_screen.passphrase.setFocus()

    def unlock(self) -> None:
        if self.lock_screen is None:
            return
        text = self.lock_screen.passphrase.text()
        if not text:
            return
        try:
            open_with_text(text, self.window.database.unlock)
        except WrongPassphraseError:
            self.lock_screen.passphrase.clear()
            self.lock_screen.problem.setText(translate("PassphraseDialog", WRONG_PASSPHRASE))
            return
        self.window.takeCentralWidget()  # the lock screen, deleted below
        self.lock_screen.deleteLater()
        self.lock_screen = None
        assert self._content is not None, "the window's content, kept while it was locked"
        self.window.setCentralWidget(self._content)
        self._content = None
        for bar in self._hidden:
            bar.setVisible(True)
        self._hidden = []
        self.window.menuBar().setEnabled(True)
        self._since_input.restart()
        self.window.load()
