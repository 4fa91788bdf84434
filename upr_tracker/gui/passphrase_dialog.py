"""Asking for a passphrase: to open (or unlock) an encrypted database, or a new one, typed twice,
to encrypt it or change it. What is typed is never shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
                               QWidget)

from upr_tracker.services.encryption import MINIMUM_PASSPHRASE_LENGTH
from upr_tracker.storage.encryption import Passphrase


WRONG_PASSPHRASE = "That passphrase does not open it. Try again."


class PassphraseDialog(QDialog):
    """One passphrase field (`new`: two, which must agree and be long enough)."""

    def __init__(self, parent: QWidget | None, title: str, message: str, *, new: bool = False,
                 problem: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._new = new
        layout = QVBoxLayout(self)
        explanation = QLabel(message)
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        form.addRow("New passphrase:" if new else "Passphrase:", self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("passphrase_again")
        if new:
            form.addRow("The same again:", self.again)
        layout.addLayout(form)
        self.problem = QLabel(problem or "")
        self.problem.setObjectName("passphrase_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B23A3A;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        if new:
            hint = QLabel(f"At least {MINIMUM_PASSPHRASE_LENGTH} characters; a few unrelated words make a strong "
                          "one. Without it the data cannot be recovered: keep it somewhere safe.")
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #5A6270;")
            layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.show_problem(problem)
            return
        super().accept()

    def check(self) -> str | None:
        """What is wrong with what was typed, or None."""
        text = self.passphrase.text()
        if not text:
            return "Type the passphrase."
        if self._new:
            if len(text) < MINIMUM_PASSPHRASE_LENGTH:
                return f"Too short: use at least {MINIMUM_PASSPHRASE_LENGTH} characters."
            if self.again.text() != text:
                return "The two passphrases differ."
        return None

    def show_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(True)

    def value(self) -> Passphrase:
        return Passphrase(self.passphrase.text())


def ask_passphrase(parent: QWidget | None, path: Path, problem: str | None = None) -> str | None:
    """The passphrase of the encrypted database at `path` as typed (opened with
    services.passphrase_forms.open_with_text), or None if the user cancels."""
    dialog = PassphraseDialog(parent, "Encrypted database",
                              f"{path.name} is encrypted. Type its passphrase to open it.\n{path}", problem=problem)
    return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, title: str, message: str) -> Passphrase | None:
    dialog = PassphraseDialog(parent, title, message, new=True)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Cancelled(Exception):
    """The user cancelled a question: nothing is to be done."""


def ask_export_encryption(parent: QWidget | None, database_encrypted: bool, what: str = "export") -> Passphrase | None:
    """For a file about to leave an encrypted database: the passphrase of the encrypted archive to
    put it in, or None to write it unencrypted (never asked for a plain database). Raises
    Cancelled when the user cancels."""
    if not database_encrypted:
        return None
    answer = QMessageBox.question(
        parent, f"Encrypt the {what}?",
        f"This database is encrypted; the {what} will not be unless you encrypt it too. Put the {what} in an "
        "encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip with its own passphrase)?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Cancel:
        raise Cancelled
    if answer == QMessageBox.StandardButton.No:
        return None
    passphrase = ask_new_passphrase(parent, f"Passphrase of the {what}",
                                    f"The passphrase to give whoever will open the {what}. Better not the "
                                    "database's own.")
    if passphrase is None:
        raise Cancelled
    return passphrase
