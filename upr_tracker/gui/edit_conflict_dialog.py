"""When someone else changed a record while this person was editing it: both versions side by
side, and the person chooses — Reload (discard mine), Keep mine (save it over theirs; the audit
trail records that it overwrote their change), or, for a note, Keep both (mine as a new note).
Nothing is settled without asking (see services.edit_conflicts)."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from upr_tracker.errors import EditConflictError
from upr_tracker.gui.edit_commands import push_edit
from upr_tracker.i18n.catalogs import fill, translate


class Choice(enum.Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep mine"
    KEEP_BOTH = "keep both"


def theirs_text(error: EditConflictError) -> str:
    """What the other person did, one line per change ("Changed by maria at 14:02: text: …")."""
    # Each change as the service describes it.
    return "\n".join(change.describe() for change in error.changes) or translate(
        "EditConflictDialog", "Changed by someone else just now.")


class EditConflictDialog(QDialog):
    """Their change and mine; `choice` says which button was pressed (None: closed)."""

    def __init__(self, error: EditConflictError, mine: str, *, can_keep_both: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("edit_conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice: Choice | None = None
        gone = error.current_version is None
        intro = QLabel(self._intro(error.table, gone))
        intro.setWordWrap(True)
        self.theirs = QPlainTextEdit(theirs_text(error))
        self.theirs.setObjectName("theirs")
        self.mine = QPlainTextEdit(mine)
        self.mine.setObjectName("mine")
        for view in (self.theirs, self.mine):
            view.setReadOnly(True)
            view.setMaximumHeight(140)
        buttons = QDialogButtonBox()
        self.reload_button = self._button(buttons, self.tr("&Reload (discard mine)"), Choice.RELOAD, "reload_button")
        self.keep_mine_button = self._button(buttons, self.tr("&Keep mine"), Choice.KEEP_MINE, "keep_mine_button")
        self.keep_mine_button.setToolTip(self.tr("Save your version over theirs (the history records that it replaced "
                                                 "theirs)"))
        # Keep mine needs the record (not deleted) and an edit that can be done again.
        self.keep_mine_button.setEnabled(not gone and getattr(error, "command", None) is not None)
        self.keep_both_button = self._button(buttons, self.tr("Keep &both"), Choice.KEEP_BOTH, "keep_both_button")
        self.keep_both_button.setToolTip(self.tr("Keep their note as it is and save yours as a new note"))
        self.keep_both_button.setVisible(can_keep_both)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Their change:")))
        layout.addWidget(self.theirs)
        layout.addWidget(QLabel(self.tr("Yours:")))
        layout.addWidget(self.mine)
        layout.addWidget(buttons)

    def _intro(self, table: str, gone: bool) -> str:
        """What happened to which record, as a whole sentence for each (each language words them its own way)."""
        what = {"response": "position"}.get(table, table.replace("_", " ") or "record")
        sentences = {
            ("recommendation", False): self.tr("Someone else changed this recommendation after you began editing it. "
                                               "Nothing of yours was saved yet: choose what to keep."),
            ("recommendation", True): self.tr("Someone else deleted this recommendation after you began editing it. "
                                              "Nothing of yours was saved yet: choose what to keep."),
            ("note", False): self.tr("Someone else changed this note after you began editing it. Nothing of yours was "
                                     "saved yet: choose what to keep."),
            ("note", True): self.tr("Someone else deleted this note after you began editing it. Nothing of yours was "
                                    "saved yet: choose what to keep."),
            ("assessment", False): self.tr("Someone else changed this assessment after you began editing it. Nothing "
                                           "of yours was saved yet: choose what to keep."),
            ("assessment", True): self.tr("Someone else deleted this assessment after you began editing it. Nothing "
                                          "of yours was saved yet: choose what to keep."),
            ("position", False): self.tr("Someone else changed this position after you began editing it. Nothing of "
                                         "yours was saved yet: choose what to keep."),
            ("position", True): self.tr("Someone else deleted this position after you began editing it. Nothing of "
                                        "yours was saved yet: choose what to keep."),
            ("record", False): self.tr("Someone else changed this record after you began editing it. Nothing of "
                                       "yours was saved yet: choose what to keep."),
            ("record", True): self.tr("Someone else deleted this record after you began editing it. Nothing of "
                                      "yours was saved yet: choose what to keep."),
        }
        if (what, gone) in sentences:
            return sentences[(what, gone)]
        # Another kind of record: its table's name, as it is.
        template = (self.tr("Someone else deleted this %1 after you began editing it. Nothing of yours was saved yet: "
                            "choose what to keep.") if gone else
                    self.tr("Someone else changed this %1 after you began editing it. Nothing of yours was saved yet: "
                            "choose what to keep."))
        return fill(template, what)

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
        failed = getattr(error, "command", None)   # (the command that met the conflict, set by edit_commands)
        command = failed.over(error) if failed is not None else None
        return command is not None and push_edit(undo_stack, command)
    if choice is Choice.KEEP_BOTH and keep_both is not None:
        return keep_both()
    return False
