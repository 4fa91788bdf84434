"""View ▸ Language: the six UN languages and the system's, checked where the window stands."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.language import speaking, system_language
from upr_tracker.i18n.catalogs import fill
from upr_tracker.i18n.languages import LANGUAGES, language
from upr_tracker.services.user_settings import save_language, saved_language


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        chosen = saved_language()
        self.system_action = self._add(fill(self.tr("System's language (%1)"), system_language().native_name), None,
                                       chosen is None)
        self.addSeparator()
        # Each language named in itself, so that a person who cannot read the window finds theirs.
        self.language_actions = {known.code: self._add(known.native_name, known.code, chosen == known.code)
                                 for known in LANGUAGES}

    def _add(self, text: str, code: str | None, checked: bool) -> QAction:
        action = QAction(text, self, checkable=True, checked=checked)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        self._group.addAction(action)
        self.addAction(action)
        return action

    def choose(self, code: str | None) -> None:
        try:
            save_language(code)
        except UprTrackerError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Language"), str(exc))
            return
        wanted = language(code) if code else system_language()
        if wanted == speaking():
            return
        self.last_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                                    fill(self.tr("The window will speak %1 from the next start of UPR Tracker."),
                                         wanted.native_name),
                                    QMessageBox.StandardButton.Ok, self.parentWidget())
        self.last_box.open()

