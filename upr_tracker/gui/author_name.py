"""The name every change made in the window is recorded under (the audit trail's "who").

Asked once, at the first start, and kept in the user's settings file (services.user_settings),
which the command line reads too; changed from the Edit menu. Versions before kept it in
QSettings: it is moved to the settings file the first time it is read.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from upr_tracker.errors import UprTrackerError
from upr_tracker.i18n.catalogs import translate
from upr_tracker.services import user_settings
from upr_tracker.storage.database import default_actor

OLD_SETTING = "author_name"   # where earlier versions of the window kept it
MAX_LENGTH = user_settings.MAX_AUTHOR_LENGTH


def saved_author_name() -> str | None:
    name = user_settings.saved_author_name()
    if name is None:
        name = _moved_from_qsettings()
    return name


def _moved_from_qsettings() -> str | None:
    """The name an earlier version kept in QSettings, moved to the shared settings file (once)."""
    settings = QSettings()
    old = settings.value(OLD_SETTING)
    name = user_settings.clean_author_name(str(old)) if old else None
    if name is None:
        return None
    saved = user_settings.save_author_name(name)
    settings.remove(OLD_SETTING)
    return saved


def save_author_name(name: str) -> str:
    try:
        return user_settings.save_author_name(name)
    except UprTrackerError:  # a settings folder that cannot be written: the name holds for this session
        return user_settings.clean_author_name(name) or default_actor()


def ask_author_name(parent: QWidget | None = None, current: str | None = None) -> str | None:
    """Ask for the name; None when the user cancels."""
    name, accepted = QInputDialog.getText(
        parent, translate("AuthorName", "Your name"),
        translate("AuthorName", "Your name is recorded with every change you make, so that colleagues can see who "
                  "changed what (the audit trail). The command line records your changes under it too.\n\n"
                  "Your name or initials:"),
        QLineEdit.EchoMode.Normal, current or saved_author_name() or default_actor())
    return save_author_name(name) if accepted else None


def author_name_at_start(parent: QWidget | None = None) -> str:
    """The saved name, or (at the first start) the one the user gives; the system's user name if
    they skip the question."""
    return saved_author_name() or ask_author_name(parent) or save_author_name(default_actor())
