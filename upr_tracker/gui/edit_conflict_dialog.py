"""When someone else changed a record while this person was editing it: both versions side by
side, and the person chooses — Reload (discard mine), Keep mine (save it over theirs; the audit
trail records that it overwrote their change), or, for a note, Keep both (mine as a new note).
Nothing is settled without asking (see services.edit_conflicts)."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from upr_tracker.errors import EditConflictError
from upr_tracker.gui.edit_commands import push_edit


class Choice(enum.Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep mine"
    KEEP_BOTH = "keep both"


def theirs_text(error: EditConflictError) -> str:
    """What the other person did, one line per change ("Changed by maria at 14:02: text: …")."""
    return "\n".join(change.describe() for change in error.changes) or "Changed by someone else just now."


class EditConflictDialog(QDialog):
    """Their change and mine; `choice` says which button was pressed (None: closed)."""

    def __init__(self, error: EditConflictError, mine: str, *, can_keep_both: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit_conflict_dialog")
        self.setWindowTitle("Changed by someone else")
        self.choice: Choice | None = None
        what = {"response": "position"}.get(error.table, error.table.replace("_", " ") or "record")
        gone = error.current_version is None
        intro = QLabel(f"Someone else {'deleted' if gone else 'changed'} this {what} after you began editing it. "
                       "Nothing of yours was saved yet: choose what to keep.")
        intro.setWordWrap(True)
        self.theirs = QPlainTextEdit(theirs_text(error))
        self.theirs.setObjectName("theirs")
        self.mine = QPlainTextEdit(mine)
        self.mine.setObjectName("mine")
        for view in (self.theirs, self.mine):
            view.setReadOnly(True)
            view.setMaximumHeight(140)
        buttons = QDialogButtonBox()
        self.reload_button = self._button(buttons, "&Reload (discard mine)", Choice.RELOAD, "reload_button")
        self.keep_mine_button = self._button(buttons, "&Keep mine", Choice.KEEP_MINE, "keep_mine_button")
        self.keep_mine_button.setToolTip("Save your version over theirs (the history records that it replaced theirs)")
        # Keep mine needs the record (not deleted) and an edit that can be done again.
        self.keep_mine_button.setEnabled(not gone and getattr(error, "command", None) is not None)
        self.keep_both_button = self._button(buttons, "Keep &both", Choice.KEEP_BOTH, "keep_both_button")
        self.keep_both_button.setToolTip("Keep their note as it is and save yours as a new note")
        self.keep_both_button.setVisible(can_keep_both)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel("Their change:"))
        layout.addWidget(self.theirs)
        layout.addWidget(QLabel("Yours:"))
        layout.addWidget(self.mine)
        layout.addWidget(buttons)

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice, name: str) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def ask(parent: QWidget | None, error: EditConflictError, mine: str, can_keep_both: bool) -> Choice | None:
    """The person's choice (None: the dialog was closed, which keeps what they typed, unsaved)."""
    dialog = EditConflictDialog(error, mine, can_keep_both=can_keep_both, parent=parent)
    dialog.exec()
    return dialog.choice


def resolve_conflict(parent: QWidget | None, error: EditConflictError, undo_stack: QUndoStack, *, mine: str,
                     reload: Callable[[], None], keep_both: Callable[[], bool] | None = None) -> bool:
    """Ask, then do what was chosen; True when the person's edit is settled (reloaded away, kept
    over theirs, or kept beside theirs), False when it still waits (closed, or failed again)."""
    choice = ask(parent, error, mine, keep_both is not None)
    if choice is Choice.RELOAD:
        reload()
        return True
    if choice is Choice.KEEP_MINE:
        command = error.command.over(error) if getattr(error, "command", None) is not None else None
        return command is not None and push_edit(undo_stack, command)
    if choice is Choice.KEEP_BOTH and keep_both is not None:
        return keep_both()
    return False
