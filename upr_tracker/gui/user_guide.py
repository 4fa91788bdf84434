"""Help ▸ User guide (F1): the offline guide in a window of its own, beside the main window.

A QTextBrowser (no web engine) shows the guide's HTML pages from the package; links between its
pages and to its sections stay in the window, links to the web open in the system's browser.
The guide is written in English; in another language the window says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.gui.language import speaking
from upr_tracker.services.user_guide import guide_index

# Schemes the guide window shows itself; any other link (https, mailto) goes to the system.
LOCAL_SCHEMES = ("file", "qrc", "")


class UserGuideWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A window of its own (not a dialog): it stays open beside the main window while one works.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("user_guide")
        self.setWindowTitle(self.tr("UPR Tracker user guide"))
        self.home_url = QUrl.fromLocalFile(str(guide_index()))

        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        # The guide is English: left to right even in a window mirrored for Arabic.
        self.browser.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = QPushButton(self.tr("&Forward"))
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button = QPushButton(self.tr("&Contents"))
        self.home_button.clicked.connect(self.go_home)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.find_box = QLineEdit()
        self.find_box.setObjectName("guide_find")
        self.find_box.setPlaceholderText(self.tr("Find in the guide"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_next)
        self.find_box.textChanged.connect(lambda _text: self.find_next(from_start=True))
        self.find_next_button = QPushButton(self.tr("Find &next"))
        self.find_next_button.clicked.connect(lambda: self.find_next())
        self.find_status = QLabel()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_box.setFocus)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.find_status)
        bar.addWidget(self.find_box, 2)
        bar.addWidget(self.find_next_button)

        # Shown only when the window speaks another language than the guide's.
        self.language_note = QLabel(self.tr("This guide is written in English, and names the menus and buttons as they are in English."))
        self.language_note.setObjectName("guide_language_note")
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(speaking().code != "en")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.language_note)
        layout.addWidget(self.browser, 1)
        self.resize(960, 760)
        self.go_home()

    def go_home(self) -> None:
        if self.browser.source() != self.home_url:
            self.browser.setSource(self.home_url)
        else:
            self.browser.verticalScrollBar().setValue(0)

    def show_page(self, page: str) -> None:
        """Opens a page or a section of the guide ("index.html#reports")."""
        self.follow(QUrl(page))

    def follow(self, url: QUrl) -> None:
        """A link clicked: inside the guide it is followed here, anything else opens outside."""
        if url.scheme() in LOCAL_SCHEMES:
            target = self.browser.source().resolved(url) if url.isRelative() else url
            self.browser.setSource(target)
        else:
            self.open_outside(url)

    def open_outside(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    def find_next(self, from_start: bool = False) -> bool:
        """Finds the words typed in the page shown, from the selection (or the top), wrapping round."""
        words = self.find_box.text()
        if from_start:
            cursor = self.browser.textCursor()
            cursor.clearSelection()
            cursor.setPosition(0)
            self.browser.setTextCursor(cursor)
        if not words:
            self.find_status.clear()
            return False
        found = self.browser.find(words)
        if not found:
            cursor = self.browser.textCursor()
            cursor.setPosition(0)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(words)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found

    def document(self) -> QTextDocument:
        return self.browser.document()

