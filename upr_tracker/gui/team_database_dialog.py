"""File ▸ Open team database…: a team's database on a PostgreSQL server.

The dialog asks for the server, the database, the user, the password and how to use TLS, and keeps
the servers opened before (without their passwords: a password is typed each time, or comes from
~/.pgpass or PGPASSWORD). The opening runs in a task; what went wrong is said in the dialog (the
server cannot be reached, the password is refused, the database is not an UPR Tracker one or has
no schema yet), so that the person can correct it there.
"""

from __future__ import annotations

import getpass
import logging
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.errors import (
    PasswordRequiredError,
    UprTrackerError,
    WrongPasswordError,
)
from upr_tracker.gui.database_opening import wait_for
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import (
    DEFAULT_PORT,
    ServerAddress,
    is_server_url,
    parse_server_url,
)

log = logging.getLogger(__name__)

RECENT_SERVERS = "recent_servers"
MAX_RECENT_SERVERS = 8
AddressRole = Qt.ItemDataRole.UserRole + 1
# libpq's sslmode values, the safest last; "prefer" is libpq's own default. (Shown through
# translate("TeamDatabaseDialog", …).)
TLS_MODES = (
    ("prefer", QT_TRANSLATE_NOOP("TeamDatabaseDialog", "TLS if the server offers it (prefer)")),
    ("require", QT_TRANSLATE_NOOP("TeamDatabaseDialog", "TLS always, certificate not checked (require)")),
    ("verify-full", QT_TRANSLATE_NOOP("TeamDatabaseDialog",
                                      "TLS always, the server's certificate and name checked (verify-full)")),
    ("disable", QT_TRANSLATE_NOOP("TeamDatabaseDialog", "no TLS (disable): only on a network you trust")),
)
DEFAULT_DATABASE = "upr"


def recent_servers() -> list[ServerAddress]:
    """The servers opened before, the latest first (addresses only: never a password)."""
    found = []
    for text in QSettings().value(RECENT_SERVERS) or []:
        try:
            found.append(parse_server_url(str(text))[0])
        except UprTrackerError:
            continue
    return found


def remember_server(address: ServerAddress) -> None:
    kept = [str(a) for a in recent_servers() if a != address]
    QSettings().setValue(RECENT_SERVERS, [str(address)] + kept[: MAX_RECENT_SERVERS - 1])


def team_database_problem(exc: BaseException, address: ServerAddress) -> str:
    """What the dialog says about a failed opening."""
    user = address.user or getpass.getuser()
    if isinstance(exc, PasswordRequiredError):
        return fill(translate("TeamDatabaseDialog", "The server asks for the password of %1: type it above."), user)
    if isinstance(exc, WrongPasswordError):
        return fill(translate("TeamDatabaseDialog", "The server refused the password of %1 (or does not know this "
                              "user). Type it again."), user)
    if isinstance(exc, UprTrackerError):
        return str(exc)
    log.error("opening %s failed", address, exc_info=exc)
    return fill(translate("TeamDatabaseDialog", "%1 could not be opened: %2: %3"), address.name, type(exc).__name__,
                exc)


class TeamDatabaseDialog(QDialog):
    """Host, port, database, user, password, TLS; the recent servers; Open runs in a task."""

    def __init__(self, parent: QWidget | None = None, *, address: ServerAddress | None = None,
                 problem: str | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_database_dialog")
        self.setWindowTitle(self.tr("Open a team database"))
        self.tasks = tasks or TaskRunner(self)
        self.database: Database | None = None
        self._opening: ServerAddress | None = None
        self._other_options: tuple[tuple[str, str], ...] = ()

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A database your team shares on a PostgreSQL server. Your changes are recorded "
                               "under the server's user name. The password is not remembered (~/.pgpass or "
                               "PGPASSWORD can hold it instead)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recent = QListWidget()
        self.recent.setObjectName("recent_servers")
        self.recent.setMaximumHeight(110)
        for known in recent_servers():
            item = QListWidgetItem(f"{known.name}" + (f" — {known.user}" if known.user else ""))
            item.setData(AddressRole, str(known))
            self.recent.addItem(item)
        self.recent.currentItemChanged.connect(self._recent_chosen)
        self.recent.itemDoubleClicked.connect(lambda _item: self.open_database())
        if self.recent.count():
            layout.addWidget(QLabel(self.tr("Recent servers:")))
            layout.addWidget(self.recent)
        else:
            self.recent.hide()

        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("db.example.org"))
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database_name = QLineEdit(DEFAULT_DATABASE)
        self.database_name.setObjectName("database_name")
        self.user = QLineEdit(getpass.getuser())
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(from ~/.pgpass or PGPASSWORD if empty)"))
        self.tls = QComboBox()
        self.tls.setObjectName("tls_mode")
        for mode, text in TLS_MODES:
            self.tls.addItem(translate("TeamDatabaseDialog", text), mode)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database_name)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&TLS:"), self.tls)
        layout.addLayout(form)

        self.message = QLabel()
        self.message.setObjectName("team_database_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setObjectName("open_button")
        self.buttons.accepted.connect(self.open_database)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

        if address is None and self.recent.count():
            self.recent.setCurrentRow(0)
        elif address is not None:
            self.fill(address)
        if problem:
            self.show_problem(problem)
        (self.password if self.host.text() else self.host).setFocus()

    # -- the fields ------------------------------------------------------------------------
    def fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database_name.setText(address.database)
        self.user.setText(address.user or "")
        options = dict(address.options)
        mode = options.pop("sslmode", "prefer")
        index = self.tls.findData(mode)
        if index < 0:  # a mode of the URL the list does not name (allow, verify-ca): kept as given
            self.tls.addItem(mode, mode)
            index = self.tls.count() - 1
        self.tls.setCurrentIndex(index)
        self._other_options = tuple(sorted(options.items()))
        self.password.clear()

    def _recent_chosen(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None:
            self.fill(parse_server_url(item.data(AddressRole))[0])
            self.password.setFocus()

    def address(self) -> ServerAddress:
        host = self.host.text().strip()
        name = self.database_name.text().strip()
        if not host:
            raise UprTrackerError(self.tr("Give the server's name or address (the host)."))
        if not name:
            raise UprTrackerError(self.tr("Give the database's name (often upr)."))
        if is_server_url(host):  # a whole URL pasted into the first field
            address, _password = parse_server_url(host)
            return address
        mode = self.tls.currentData()
        options = dict(self._other_options)
        if mode != "prefer":
            options["sslmode"] = mode
        return ServerAddress(host, name, self.user.text().strip() or None, self.port.value(),
                             tuple(sorted(options.items())))

    def show_problem(self, text: str) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(text)

    # -- opening ---------------------------------------------------------------------------
    def open_database(self) -> None:
        if self._opening is not None:
            return
        try:
            address = self.address()
        except UprTrackerError as exc:
            self.show_problem(str(exc))
            return
        if is_server_url(self.host.text().strip()):
            self.fill(address)  # (the pasted URL's password, if any, is dropped with the text)
        password = self.password.text() or None
        self._opening = address
        self.open_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(fill(self.tr("Connecting to %1…"), address.name))
        self.tasks.run(lambda _task: Database.open_exclusively(address, create=False, password=password),
                       label=fill(self.tr("Opening %1…"), address.name), on_success=self._opened, on_failure=self._failed)

    def _opened(self, database: Database) -> None:
        address, self._opening = self._opening, None
        self.open_button.setEnabled(True)
        if not self.isVisible():  # cancelled meanwhile
            database.close()
            return
        remember_server(database.address or address)  # type: ignore[arg-type]
        self.password.clear()
        self.database = database
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        address, self._opening = self._opening, None
        self.open_button.setEnabled(True)
        self.show_problem(team_database_problem(exc, address))  # type: ignore[arg-type]
        if isinstance(exc, (PasswordRequiredError, WrongPasswordError)):
            self.password.selectAll()
            self.password.setFocus()


def choose_team_database(parent: QWidget | None, address: ServerAddress | None = None,
                         problem: str | None = None) -> Database | None:
    """The dialog; the team database it opened, or None if the person cancelled."""
    dialog = TeamDatabaseDialog(parent, address=address, problem=problem)
    dialog.exec()
    return dialog.database


def open_team_database_asking(parent: QWidget | None, address: ServerAddress) -> Database | None:
    """Open `address` (a recent server, `upr-tracker --db URL`): at once when ~/.pgpass or
    PGPASSWORD gives the password or none is needed, else through the dialog, which asks for it.
    None if the person cancelled; other failures are raised."""
    try:
        database = wait_for(lambda _task: Database.open_exclusively(address, create=False),
                            fill(translate("TeamDatabaseDialog", "Opening %1…"), address.name), parent)
    except (PasswordRequiredError, WrongPasswordError) as exc:
        return choose_team_database(parent, address, team_database_problem(exc, address))
    remember_server(address)
    return database
