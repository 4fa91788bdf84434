"""Help ▸ About: what the app is, its licence (GPL-3.0-or-later), and the third-party notices,
shown inside the app (they ship in the package: no browser or network needed)."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from upr_tracker.gui.app_icon import app_icon
from upr_tracker.i18n.catalogs import translate

NOTICES = "THIRD_PARTY_NOTICES.md"


def notices_text() -> str:
    return files("upr_tracker.resources").joinpath("notices", NOTICES).read_text(encoding="utf-8")


def licence_paragraph() -> str:
    return translate(
        "AboutDialog",
        "<p>UPR Tracker is free software: you can redistribute it and modify it under the terms of the "
        "GNU General Public License, version 3 or (at your option) any later version. It comes with "
        "no warranty.</p><p>It includes libraries and fonts under their own licences (among them Qt, "
        "under the LGPL-3.0): see the third-party notices.</p>")


class NoticesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("third_party_notices")
        self.setWindowTitle(translate("AboutDialog", "Third-party notices"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(notices_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 600)


class AboutBox(QDialog):
    """What the app is and its licence, with a "Third-party notices" button (the box stays open)."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setObjectName("about_box")
        self.setWindowTitle(title)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(text + licence_paragraph(), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(True)
        self.text.setMinimumWidth(420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.notices_button = buttons.addButton(translate("AboutDialog", "Third-party notices…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.notices_button.clicked.connect(self.show_notices)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.notices_dialog: NoticesDialog | None = None

    def show_notices(self) -> None:
        self.notices_dialog = NoticesDialog(self)
        self.notices_dialog.open()
