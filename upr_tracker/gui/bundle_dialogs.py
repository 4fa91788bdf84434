"""File ▸ Send changes to a colleague… and File ▸ Receive changes…: a bundle file written or applied
(sync.bundles) in the background, with progress; the outcome, or why the bundle was refused, said
in the status bar and a message box. A team database on a server syncs instead: both are disabled there."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.gui.english_plurals import counted
from upr_tracker.gui.last_folders import last_folder, remember_folder
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync.bundle_file import WrongBundlePassphraseError
from upr_tracker.sync.bundles import (
    BundleReport,
    apply_bundle,
    create_bundle,
    trust_key_file,
    write_key_file,
)
from upr_tracker.sync.exchange import ApplyReport
from upr_tracker.sync.peers import PeerInfo, list_peers

if TYPE_CHECKING:
    from upr_tracker.gui.main_window import MainWindow
    from upr_tracker.gui.tasks import Task

BUNDLES = "bundles"
# In English; shown through translate("BundleDialogs", …).
BUNDLE_FILTER = QT_TRANSLATE_NOOP("BundleDialogs", "UPR Tracker bundles (*.uprbundle);;All files (*)")
KEY_FILTER = QT_TRANSLATE_NOOP("BundleDialogs", "UPR Tracker keys (*.uprkey);;All files (*)")
ON_SERVER = QT_TRANSLATE_NOOP("BundleDialogs", "A team database on a server exchanges changes with laptops by sync "
                              "(File ▸ Sync now), not by bundle files.")


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return fill(translate("BundleDialogs", "%1 KB"), QLocale().toString(size / 1024, "f", 1))
    return fill(translate("BundleDialogs", "%1 MB"), QLocale().toString(size / 1024 / 1024, "f", 1))


@dataclass
class SendChoice:
    out: Path
    passphrase: Passphrase | None = None
    key_files: list[Path] = field(default_factory=list)
    for_peer: str | None = None   # a peer's id


@dataclass
class ReceiveChoice:
    path: Path
    passphrase: Passphrase | None = None


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020")
    return label


class _BundleFileDialog(QDialog):
    """What both dialogs share: a word of explanation, a form whose first row is a file with its
    Browse… button, a line saying what is wrong, and OK (named for the action) / Cancel."""

    def _begin(self, title: str, intro: str) -> None:
        self.setWindowTitle(title)
        self._layout = QVBoxLayout(self)
        about = QLabel(intro)
        about.setWordWrap(True)
        self._layout.addWidget(about)
        self.form = QFormLayout()

    def _file_row(self, caption: str, edit: QLineEdit) -> None:
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(edit)
        row.addWidget(browse)
        self.form.addRow(caption, row)

    def _finish(self, ok_text: str, message: str = "") -> None:
        self._layout.addLayout(self.form)
        self.error = _error_label()
        self.error.setText(message)
        self._layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)

    def _browse(self) -> None:
        raise NotImplementedError

    def _accept(self) -> None:
        raise NotImplementedError


class SendChangesDialog(_BundleFileDialog):
    """Where to write the bundle, for whom, and how to encrypt it: the team's passphrase (typed
    twice) or colleagues' key files."""

    def __init__(self, peers: list[PeerInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._begin(self.tr("Send changes to a colleague"),
                    self.tr("Writes the changes of this database into an encrypted file signed by this laptop, "
                            "to carry to a colleague (a USB stick). Confidential notes kept on this laptop "
                            "stay here."))
        self.peers = [p for p in peers if p.kind == "laptop"]
        form = self.form
        self.out = QLineEdit()
        self._file_row(self.tr("Write to:"), self.out)
        self.peer = QComboBox()
        self.peer.addItem(self.tr("Everything (for anyone of the team)"), None)
        for peer in self.peers:
            self.peer.addItem(fill(self.tr("What %1 may lack"), peer.name), peer.id)
        form.addRow(self.tr("Changes:"), self.peer)
        self.by_passphrase = QRadioButton(self.tr("The team's bundle passphrase"))
        self.by_keys = QRadioButton(self.tr("Colleagues' keys"))
        group = QButtonGroup(self)
        group.addButton(self.by_passphrase)
        group.addButton(self.by_keys)
        self.by_passphrase.setChecked(True)
        modes = QHBoxLayout()
        modes.addWidget(self.by_passphrase)
        modes.addWidget(self.by_keys)
        form.addRow(self.tr("Encrypt with:"), modes)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("The same again:"), self.again)
        self.key_files = QListWidget()
        self.key_files.setToolTip(self.tr("Colleagues' key files (upr-tracker bundle key); with none, the chosen "
                                          "colleague's key known here"))
        self.key_files.setMaximumHeight(90)
        add_key = QPushButton(self.tr("Add a key file…"))
        add_key.clicked.connect(self._add_key)
        self.add_key = add_key
        keys = QVBoxLayout()
        keys.addWidget(self.key_files)
        keys.addWidget(add_key)
        form.addRow(self.tr("Key files:"), keys)
        self._finish(self.tr("Write"))
        self.by_passphrase.toggled.connect(self._show_mode)
        self._show_mode()
        self.chosen: SendChoice | None = None

    def _show_mode(self) -> None:
        by_passphrase = self.by_passphrase.isChecked()
        self.passphrase.setEnabled(by_passphrase)
        self.again.setEnabled(by_passphrase)
        self.key_files.setEnabled(not by_passphrase)
        self.add_key.setEnabled(not by_passphrase)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Write the changes to"),
                                              str(last_folder(BUNDLES) / "changes.uprbundle"),
                                              translate("BundleDialogs", BUNDLE_FILTER))
        if name:
            self.out.setText(name)
            remember_folder(BUNDLES, name)

    def _add_key(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Colleagues' key files"), str(last_folder(BUNDLES)),
                                                translate("BundleDialogs", KEY_FILTER))
        for name in names:
            self.key_files.addItem(name)

    def choice(self) -> SendChoice:
        """What was chosen (InvalidValueError saying what is missing)."""
        text = self.out.text().strip()
        if not text:
            raise InvalidValueError(self.tr("Choose the file to write the changes to."))
        choice = SendChoice(Path(text), for_peer=self.peer.currentData())
        if self.by_passphrase.isChecked():
            if not self.passphrase.text():
                raise InvalidValueError(self.tr("Type the team's bundle passphrase (twice)."))
            if self.passphrase.text() != self.again.text():
                raise InvalidValueError(self.tr("The two passphrases differ."))
            choice.passphrase = Passphrase(self.passphrase.text())
        else:
            choice.key_files = [Path(self.key_files.item(row).text()) for row in range(self.key_files.count())]
            peer = next((p for p in self.peers if p.id == choice.for_peer), None)
            if not choice.key_files and (peer is None or not peer.public_key):
                raise InvalidValueError(self.tr("Add the key file of each colleague the changes are for (they write "
                                                "it with: upr-tracker bundle key), or choose a colleague whose key "
                                                "is known here."))
        return choice

    def _accept(self) -> None:
        try:
            self.chosen = self.choice()
        except (InvalidValueError, UprTrackerError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class ReceiveChangesDialog(_BundleFileDialog):
    """The bundle to apply, and the team's passphrase if it was written for it."""

    def __init__(self, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        self._begin(self.tr("Receive changes"),
                    self.tr("Applies a colleague's bundle of changes to this database. Nothing is applied from "
                            "a bundle that is damaged, forged or from outside the team; disagreements are kept "
                            "as conflicts for you to decide."))
        self.setMinimumWidth(520)
        self.path = QLineEdit()
        self._file_row(self.tr("Bundle file:"), self.path)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("empty for a bundle written for this laptop's key"))
        self.form.addRow(self.tr("Team's passphrase:"), self.passphrase)
        self._finish(self.tr("Apply"), message)
        self.chosen: ReceiveChoice | None = None

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A bundle of changes"), str(last_folder(BUNDLES)),
                                              translate("BundleDialogs", BUNDLE_FILTER))
        if name:
            self.path.setText(name)
            remember_folder(BUNDLES, name)

    def _accept(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the bundle file to apply."))
            return
        self.chosen = ReceiveChoice(Path(text), Passphrase(self.passphrase.text()) if self.passphrase.text() else None)
        self.accept()


# --- the work, in the background -------------------------------------------------------------------

class BundleDialogs(QObject):
    """The counted phrases of the exchanges by file, in this module's translation context (lupdate
    records the plural forms of a message from tr() alone)."""

    @staticmethod
    def changed_records(count: int) -> str:
        return counted(BundleDialogs.tr("%n changed record(s)", "", count), count)  # type: ignore[arg-type]

    @staticmethod
    def applied(count: int, waiting: bool) -> str:
        if waiting:
            said = BundleDialogs.tr("Applied %1 from %2: %n record(s) changed, %3 left waiting (not possible here "  # type: ignore[arg-type]
                                    "yet: see the log).", "", count)  # type: ignore[arg-type]
        else:
            said = BundleDialogs.tr("Applied %1 from %2: %n record(s) changed.", "", count)  # type: ignore[arg-type]
        return counted(said, count)

    @staticmethod
    def conflicts_waiting(count: int) -> str:
        return counted(BundleDialogs.tr("%n conflict(s) await your decision.", "", count), count)  # type: ignore[arg-type]


def sent_summary(report: BundleReport) -> str:
    records = BundleDialogs.changed_records(report.records)
    if report.peer_name:
        return fill(translate("BundleDialogs", "Wrote %1 for %2: %3, %4."), report.path.name, report.peer_name,
                    records, _size(report.size))
    return fill(translate("BundleDialogs", "Wrote %1: %2, %3."), report.path.name, records, _size(report.size))


def received_summary(report: ApplyReport, path: Path) -> str:
    text = fill(BundleDialogs.applied(report.received, bool(report.skipped)), path.name, report.sender_name,
                report.skipped)
    if report.conflicts:
        text += " " + BundleDialogs.conflicts_waiting(report.conflicts)
    return text


def start_send(window: MainWindow, choice: SendChoice) -> Task:
    database = window.database

    def done(report: BundleReport) -> None:
        message = sent_summary(report)
        say_in_status_bar(window, message)
        window.last_bundle_box = _information(window, translate("BundleDialogs", "Changes written"), message)

    return window.tasks.run(
        lambda task: create_bundle(database, choice.out, passphrase=choice.passphrase, recipients=choice.key_files,
                                   for_peer=choice.for_peer, progress=task),
        on_success=done, on_failure=window.show_error, writes=True,
        label=translate("BundleDialogs", "Writing the changes…"), progress_parent=window)


def start_receive(window: MainWindow, choice: ReceiveChoice) -> Task:
    database = window.database

    def done(report: ApplyReport) -> None:
        message = received_summary(report, choice.path)
        window.load()   # what came in shows at once
        say_in_status_bar(window, message)
        window.last_bundle_box = _information(window, translate("BundleDialogs", "Changes received"), message)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, WrongBundlePassphraseError):   # asked again, the file kept
            dialog = show_receive_dialog(window, message=str(exc))
            dialog.path.setText(str(choice.path))
            return
        say_in_status_bar(window, fill(translate("BundleDialogs", "Nothing was applied from %1."), choice.path.name))
        window.show_error(exc)

    return window.tasks.run(lambda task: apply_bundle(database, choice.path, passphrase=choice.passphrase,
                                                      progress=task),
                            on_success=done, on_failure=failed, writes=True,
                            label=translate("BundleDialogs", "Applying the changes…"), progress_parent=window)


def say_in_status_bar(window: MainWindow, message: str) -> None:
    """The last exchange by file stays said at the bottom of the window (the table's reload clears
    passing messages), besides the message box."""
    label = getattr(window, "bundle_status", None)
    if label is None:
        label = QLabel()
        label.setObjectName("bundle_status")
        window.statusBar().addPermanentWidget(label)
        window.bundle_status = label
    label.setText(message)
    label.setToolTip(message)
    window.statusBar().showMessage(message, 30_000)


def _information(window: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


def show_send_dialog(window: MainWindow) -> Task:
    """Read the known colleagues in the background, then show the dialog."""
    database = window.database

    def ready(peers: list[PeerInfo]) -> None:
        _open_dialog(window, SendChangesDialog(peers, window), start_send)

    return window.tasks.run(lambda _task: list_peers(database), on_success=ready, on_failure=window.show_error)


def show_receive_dialog(window: MainWindow, message: str = "") -> ReceiveChangesDialog:
    dialog = ReceiveChangesDialog(window, message)
    _open_dialog(window, dialog, start_receive)
    return dialog


def _open_dialog(window: MainWindow, dialog: SendChangesDialog | ReceiveChangesDialog,
                 start: Callable[[MainWindow, Any], Task]) -> None:
    """Open the dialog (held by the window while open); once accepted, start the work it chose."""
    window.bundle_dialog = dialog

    def accepted() -> None:
        if dialog.chosen is not None:
            start(window, dialog.chosen)

    dialog.accepted.connect(accepted)
    dialog.open()


def save_key_file(window: MainWindow, out: Path | None = None) -> Task | None:
    """File ▸ Save this laptop's key…: the public keys, for colleagues to trust."""
    if out is None:
        name, _ = QFileDialog.getSaveFileName(window, translate("BundleDialogs", "Save this laptop's key"),
                                              str(last_folder(BUNDLES) / "my-laptop.uprkey"),
                                              translate("BundleDialogs", KEY_FILTER))
        if not name:
            return None
        out = Path(name)
    database = window.database

    def done(mine) -> None:
        message = fill(translate("BundleDialogs", "Saved the key of %1 to %2 (fingerprint %3). Give it to your "
                                 "colleagues; compare the fingerprint with them when they trust it."),
                       mine.name, out.name, mine.keys.fingerprint)
        window.statusBar().showMessage(message, 30_000)
        window.last_bundle_box = _information(window, translate("BundleDialogs", "Key saved"), message)

    return window.tasks.run(lambda _task: write_key_file(database, out), on_success=done,
                            on_failure=window.show_error, writes=True)


def trust_colleague_key(window: MainWindow, key_file: Path | None = None) -> Task | None:
    """File ▸ Trust a colleague's key…: their bundles are accepted, and bundles can be written for them."""
    if key_file is None:
        name, _ = QFileDialog.getOpenFileName(window, translate("BundleDialogs", "A colleague's key file"),
                                              str(last_folder(BUNDLES)), translate("BundleDialogs", KEY_FILTER))
        if not name:
            return None
        key_file = Path(name)
    database = window.database

    def done(colleague) -> None:
        message = fill(translate("BundleDialogs", "Trusted %1 (fingerprint %2)."), colleague.name,
                       colleague.keys.fingerprint)
        window.statusBar().showMessage(message, 30_000)
        window.last_bundle_box = _information(window, translate("BundleDialogs", "Colleague trusted"), message)

    return window.tasks.run(lambda _task: trust_key_file(database, key_file), on_success=done,
                            on_failure=window.show_error, writes=True)
