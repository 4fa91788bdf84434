"""The person's own settings, shared by the window and the command line: the name every change
they make is recorded under (the audit trail's "who"), and the language the window speaks.

Kept in a small JSON file in the user's config folder (see app_paths.config_folder), so that the
command line reads it without Qt; the window keeps only its own state (size, last database) in
QSettings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from upr_tracker.app_paths import config_folder
from upr_tracker.errors import UprTrackerError
from upr_tracker.i18n.languages import UnknownLanguage, language
from upr_tracker.private_files import make_private_folder
from upr_tracker.services.atomic_files import atomic_output
from upr_tracker.storage.database import default_actor

SETTINGS_NAME = "settings.json"
AUTHOR_KEY = "author_name"
LANGUAGE_KEY = "language"
MAX_AUTHOR_LENGTH = 200   # the audit trail's column


def settings_file() -> Path:
    return config_folder() / SETTINGS_NAME


def _read_settings() -> dict[str, Any]:
    path = settings_file()
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, ValueError):
        # A damaged settings file must not stop the app: the name is asked again and rewritten.
        return {}
    return value if isinstance(value, dict) else {}


def _write_settings(settings: dict[str, Any]) -> None:
    path = settings_file()
    try:
        make_private_folder(path.parent)
        with atomic_output(path) as out:
            json.dump(settings, out, ensure_ascii=False, indent=2)
    except OSError as exc:
        raise UprTrackerError(f"{path}: your settings could not be saved ({exc.strerror or exc})") from exc


def clean_author_name(name: str | None) -> str | None:
    """The name as recorded: spaces collapsed, at most MAX_AUTHOR_LENGTH characters; None if blank."""
    cleaned = " ".join((name or "").split())[:MAX_AUTHOR_LENGTH]
    return cleaned or None


def saved_author_name() -> str | None:
    value = _read_settings().get(AUTHOR_KEY)
    return clean_author_name(value) if isinstance(value, str) else None


def save_author_name(name: str) -> str:
    """Save the name (the system's user name if it is blank) and return it as saved."""
    cleaned = clean_author_name(name) or default_actor()
    settings = _read_settings()
    settings[AUTHOR_KEY] = cleaned
    _write_settings(settings)
    return cleaned


def author_of_changes(given: str | None = None) -> str:
    """Who a change is recorded under: the name given (--author), else the saved name, else the
    system's user name."""
    if given is not None:
        cleaned = clean_author_name(given)
        if cleaned is None:
            raise UprTrackerError("--author: the name is empty")
        return cleaned
    return saved_author_name() or default_actor()


def saved_language() -> str | None:
    """The language chosen for the window (an ISO code), or None to follow the system's."""
    value = _read_settings().get(LANGUAGE_KEY)
    try:
        return language(value).code if isinstance(value, str) else None
    except UnknownLanguage:
        return None  # a settings file edited by hand: the system's language, as if none were chosen


def save_language(code: str | None) -> str | None:
    """Choose the window's language (one of the six; None or "system" follows the system's)."""
    settings = _read_settings()
    if code is None or code == "system":
        settings.pop(LANGUAGE_KEY, None)
        chosen = None
    else:
        try:
            chosen = language(code).code
        except UnknownLanguage as exc:
            raise UprTrackerError(f"language: {exc}") from exc
        settings[LANGUAGE_KEY] = chosen
    _write_settings(settings)
    return chosen
