"""The language the window speaks: the one chosen in the settings, else the system's when it is
one of the six UN languages, else English. Installed once at start: Qt's widgets take their texts
when they are built, so a new choice applies at the next start (the menu says so)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from upr_tracker.i18n.catalogs import load_catalogue, load_qt_catalogue
from upr_tracker.i18n.languages import Language, language, supported_or_english
from upr_tracker.reports.typography import register_shipped_fonts
from upr_tracker.services.user_settings import saved_language

# Chosen for one run, over the settings (screenshots, a support session): UPR_TRACKER_LANGUAGE=ar.
LANGUAGE_VARIABLE = "UPR_TRACKER_LANGUAGE"
# A pseudo-locale catalogue to look for texts a longer language would cut (tools/translations.py pseudo).
PSEUDO_VARIABLE = "UPR_TRACKER_PSEUDO"

_installed: list[QTranslator] = []
_speaking: list[Language] = []


def system_language() -> Language:
    return supported_or_english(QLocale.system().name())


def window_language() -> Language:
    forced = os.environ.get(LANGUAGE_VARIABLE)
    if forced:
        return supported_or_english(forced)
    saved = saved_language()
    return language(saved) if saved else system_language()


def pseudo_catalogue() -> QTranslator | None:
    path = os.environ.get(PSEUDO_VARIABLE)
    if not path:
        return None
    translator = QTranslator()
    if not translator.load(path):
        raise FileNotFoundError(f"{PSEUDO_VARIABLE}: {path} is not a compiled catalogue (.qm)")
    return translator


def install_language(app: QApplication, chosen: Language, extra: QTranslator | None = None) -> None:
    """The catalogues of a language installed in the application, its locale the default one (dates
    and numbers), and the layout mirrored for a right-to-left language. `extra` (a pseudo-locale's
    catalogue, in tests) replaces the app's own."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for catalogue in (load_qt_catalogue(chosen.code), extra or load_catalogue(chosen.code)):
        if catalogue is not None and QCoreApplication.installTranslator(catalogue):
            _installed.append(catalogue)
    if chosen.code in ("ar", "zh"):
        # The Arabic and Chinese fonts the app ships, for a system that has none: Qt's fallback
        # finds them for the letters the system's fonts lack.
        register_shipped_fonts()
    _speaking[:] = [chosen]
    QLocale.setDefault(QLocale(chosen.code))
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if chosen.right_to_left else Qt.LayoutDirection.LeftToRight)


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def speaking() -> Language:
    """The language installed in the application (English before any is)."""
    return _speaking[0] if _speaking else language("en")
