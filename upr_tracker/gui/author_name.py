"""The name every change made in the window is recorded under (the audit trail's "who").

Asked once, at the first start, and kept in the user's settings; changed from the Edit menu.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from upr_tracker.storage.database import default_actor

SETTING = "author_name"
MAX_LENGTH = 200


def saved_author_name() -> str | None:
    value = QSettings().value(SETTING)
    return str(value) if value else None


def save_author_name(name: str) -> str:
    cleaned = " ".join(name.split())[:MAX_LENGTH] or default_actor()
    QSettings().setValue(SETTING, cleaned)
    return cleaned


def ask_author_name(parent: QWidget | None = None, current: str | None = None) -> str | None:
    """Ask for the name; None when the user cancels."""
    name, accepted = QInputDialog.getText(
        parent, "Your name",
        "Your name is recorded with every change you make, so that colleagues can see who changed what "
        "(the audit trail).\n\nYour name or initials:",
        QLineEdit.EchoMode.Normal, current or saved_author_name() or default_actor())
    return save_author_name(name) if accepted else None


def author_name_at_start(parent: QWidget | None = None) -> str:
    """The saved name, or (at the first start) the one the user gives; the system's user name if
    they skip the question."""
    return saved_author_name() or ask_author_name(parent) or save_author_name(default_actor())
