"""Asking for a passphrase: to open (or unlock) an encrypted database, or a new one, typed twice,
to encrypt it or change it. What is typed is never shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
                               QWidget)

from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.i18n.domain_words import QT_TRANSLATE_NOOP
from upr_tracker.services.encryption import MINIMUM_PASSPHRASE_LENGTH
from upr_tracker.storage.encryption import Passphrase


# English here (callers compare it); shown through translate("PassphraseDialog", WRONG_PASSPHRASE).
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("PassphraseDialog", "That passphrase does not open it. Try again.")


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
        form.addRow(self.tr("New passphrase:") if new else self.tr("Passphrase:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setObjectName("passphrase_again")
        if new:
            form.addRow(self.tr("The same again:"), self.again)
        layout.addLayout(form)
        self.problem = QLabel(translate("PassphraseDialog", problem) if problem else "")
        self.problem.setObjectName("passphrase_problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B23A3A;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        if new:
            hint = QLabel(self.tr("At least %n characters; a few unrelated words make a strong one. Without it the "
                                  "data cannot be recovered: keep it somewhere safe.", "", MINIMUM_PASSPHRASE_LENGTH))
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
            return self.tr("Type the passphrase.")
        if self._new:
            if len(text) < MINIMUM_PASSPHRASE_LENGTH:
                return self.tr("Too short: use at least %n characters.", "", MINIMUM_PASSPHRASE_LENGTH)
            if self.again.text() != text:
                return self.tr("The two passphrases differ.")
        return None

    def show_problem(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(True)

    def value(self) -> Passphrase:
        return Passphrase(self.passphrase.text())


def ask_passphrase(parent: QWidget | None, path: Path, problem: str | None = None) -> str | None:
    """The passphrase of the encrypted database at `path` as typed (opened with
    services.passphrase_forms.open_with_text), or None if the user cancels."""
    dialog = PassphraseDialog(parent, translate("PassphraseDialog", "Encrypted database"),
                              fill(translate("PassphraseDialog", "%1 is encrypted. Type its passphrase to open it.\n%2"),
                                   path.name, path), problem=problem)
    return dialog.passphrase.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_passphrase(parent: QWidget | None, title: str, message: str) -> Passphrase | None:
    dialog = PassphraseDialog(parent, title, message, new=True)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class Cancelled(Exception):
    """The user cancelled a question: nothing is to be done."""


def _export_words(what: str) -> tuple[str, str, str, str]:
    """The question's title and text, and the passphrase dialog's, for an export or a report (whole
    sentences: the word's gender and case differ between languages)."""
    if what == "report":
        return (translate("PassphraseDialog", "Encrypt the report?"),
                translate("PassphraseDialog", "This database is encrypted; the report will not be unless you encrypt "
                          "it too. Put the report in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip "
                          "with its own passphrase)?"),
                translate("PassphraseDialog", "Passphrase of the report"),
                translate("PassphraseDialog", "The passphrase to give whoever will open the report. Better not the "
                          "database's own."))
    return (translate("PassphraseDialog", "Encrypt the export?"),
            translate("PassphraseDialog", "This database is encrypted; the export will not be unless you encrypt "
                      "it too. Put the export in an encrypted ZIP archive (AES-256, opened by 7-Zip and WinZip "
                      "with its own passphrase)?"),
            translate("PassphraseDialog", "Passphrase of the export"),
            translate("PassphraseDialog", "The passphrase to give whoever will open the export. Better not the "
                      "database's own."))


def ask_export_encryption(parent: QWidget | None, database_encrypted: bool, what: str = "export") -> Passphrase | None:
    """For a file about to leave an encrypted database (`what`: "export" or "report"): the
    passphrase of the encrypted archive to put it in, or None to write it unencrypted (never asked
    for a plain database). Raises Cancelled when the user cancels."""
    if not database_encrypted:
        return None
    title, question, passphrase_title, passphrase_text = _export_words(what)
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Cancel:
        raise Cancelled
    if answer == QMessageBox.StandardButton.No:
        return None
    passphrase = ask_new_passphrase(parent, passphrase_title, passphrase_text)
    if passphrase is None:
        raise Cancelled
    return passphrase
