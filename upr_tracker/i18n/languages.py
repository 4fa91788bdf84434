"""The languages the app speaks: the six official languages of the United Nations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, as the UN documents' language versions are named
    native_name: str  # how the language calls itself, shown in the language menu
    english_name: str
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "العربية", "Arabic", right_to_left=True),
    Language("zh", "中文", "Chinese"),
    Language("en", "English", "English"),
    Language("fr", "Français", "French"),
    Language("ru", "Русский", "Russian"),
    Language("es", "Español", "Spanish"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
SOURCE_LANGUAGE = "en"


class UnknownLanguage(ValueError):
    pass


def language(code: str) -> Language:
    """The language of an ISO code, or of a locale name such as "fr_CH" or "zh-Hans-CN"."""
    wanted = code.strip().replace("-", "_").split("_")[0].lower()
    for known in LANGUAGES:
        if known.code == wanted:
            return known
    raise UnknownLanguage(f"{code!r} is not one of the UN's six languages ({', '.join(LANGUAGE_CODES)})")


def supported_or_english(code: str | None) -> Language:
    """The language of a locale when the app speaks it, English otherwise (a system set to German)."""
    if not code:
        return language(SOURCE_LANGUAGE)
    try:
        return language(code)
    except UnknownLanguage:
        return language(SOURCE_LANGUAGE)
