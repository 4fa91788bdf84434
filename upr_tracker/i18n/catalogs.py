"""The translation catalogues: one compiled Qt Linguist file per language, shipped in the package
(`upr_tracker/resources/translations/upr_tracker_<code>.qm`) and found through importlib.resources,
so that an installed app finds them as well as a checkout."""

from __future__ import annotations

import re
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from upr_tracker.i18n.languages import SOURCE_LANGUAGE, Language, language

CATALOGUE_PREFIX = "upr_tracker_"


def catalogue_name(code: str) -> str:
    return f"{CATALOGUE_PREFIX}{code}.qm"


def load_catalogue(code: str) -> QTranslator:
    """The app's translator for a language. A missing catalogue is an installation fault, said so."""
    translator = QTranslator()
    resource = files("upr_tracker.resources").joinpath("translations", catalogue_name(code))
    # QTranslator.load(data) keeps a pointer to the bytes: the translator keeps them alive too.
    data = resource.read_bytes()
    if not translator.load(data):
        raise FileNotFoundError(f"the translation catalogue {catalogue_name(code)} could not be read")
    translator._catalogue_bytes = data  # type: ignore[attr-defined]
    return translator


def load_qt_catalogue(code: str) -> QTranslator | None:
    """Qt's own translations (the buttons of standard dialogs: OK, Cancel, Yes), when Qt ships them."""
    if code == SOURCE_LANGUAGE:
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{code}", f"qtbase_{'zh_CN' if code == 'zh' else code}"):
        if translator.load(name, folder):
            return translator
    return None


_PLACEHOLDER = re.compile(r"%(\d)")
_FIRST_STRONG_ISOLATE, _POP_ISOLATE = "\u2068", "\u2069"
_LEFT_TO_RIGHT_LETTER = re.compile(r"[A-Za-z0-9]")


def isolated(value: str, right_to_left: bool) -> str:
    """A value set inside a right-to-left sentence (a symbol "A/HRC/14/10", a file name, a State's
    English name) kept in its own direction by Unicode isolates, so its parts are not reordered
    with the Arabic around it."""
    if right_to_left and _LEFT_TO_RIGHT_LETTER.search(value):
        return f"{_FIRST_STRONG_ISOLATE}{value}{_POP_ISOLATE}"
    return value


def fill(template: str, *values: object) -> str:
    """Qt's `%1 … %9` placeholders filled in one pass (so that a value holding "%2" stays as it is);
    numbers are written the way the current locale writes them."""
    locale = QLocale()
    return _filled(template, values, locale, locale.textDirection() == Qt.LayoutDirection.RightToLeft)


def _filled(template: str, values: tuple[object, ...], locale: QLocale, right_to_left: bool) -> str:
    def value_of(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        value = values[index]
        if isinstance(value, int) and not isinstance(value, bool):
            return locale.toString(value)
        return isolated(str(value), right_to_left)

    return _PLACEHOLDER.sub(value_of, template)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` under the name Qt's lupdate looks for, for code outside a QObject."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Words:
    """One language's catalogue, read directly rather than installed in the application: a report
    is written in the language chosen for it, whatever the window speaks."""

    def __init__(self, code: str) -> None:
        self.language: Language = language(code)
        self._translator = load_catalogue(self.language.code)
        self.locale = QLocale(self.language.code)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        result = self._translator.translate(context, text, disambiguation, n) or text
        return result.replace("%n", self.locale.toString(n)) if n >= 0 else result

    def fill(self, template: str, *values: object) -> str:
        return _filled(template, values, self.locale, self.language.right_to_left)

    def number(self, value: int | float) -> str:
        return self.locale.toString(value)
