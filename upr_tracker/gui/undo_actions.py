"""Edit ▸ Undo and Redo, which say in the status bar what they undid or redid ("Undone: Add a
note"), or nothing when the step failed (the command's own error message says why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from upr_tracker.i18n.catalogs import fill, translate

ShowMessage = Callable[[str], None]


class UndoActions:
    """The two actions over `stack`, named after the step they would undo or redo, as Qt's own
    (QUndoStack.createUndoAction) are; theirs cannot tell the window what was done."""

    def __init__(self, stack: QUndoStack, parent: QWidget, show_message: ShowMessage) -> None:
        self.stack = stack
        self.show_message = show_message
        self.undo = QAction(translate("UndoActions", "&Undo"), parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.triggered.connect(self.undo_last)
        self.redo = QAction(translate("UndoActions", "&Redo"), parent)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo.triggered.connect(self.redo_next)
        for signal in (stack.indexChanged, stack.canUndoChanged, stack.canRedoChanged,
                       stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self._update)
        self._update()

    def _update(self, *_args: object) -> None:
        if not isValid(self.stack):
            return  # the window is closing: the stack says it is cleared as it goes
        self.undo.setEnabled(self.stack.canUndo())
        # "&Undo Add a note": the step's own name (its command's text), or the bare action.
        undo_text, redo_text = self.stack.undoText().strip(), self.stack.redoText().strip()
        self.undo.setText(fill(translate("UndoActions", "&Undo %1"), undo_text) if undo_text
                          else translate("UndoActions", "&Undo"))
        self.redo.setEnabled(self.stack.canRedo())
        self.redo.setText(fill(translate("UndoActions", "&Redo %1"), redo_text) if redo_text
                          else translate("UndoActions", "&Redo"))

    def undo_last(self) -> None:
        if not self.stack.canUndo():
            return
        command = self.stack.command(self.stack.index() - 1)
        text = command.text()
        self.stack.undo()
        # A command that could not be undone keeps done=True (and has said why).
        if not getattr(command, "done", False):
            self.show_message(fill(translate("UndoActions", "Undone: %1"), text))
        self._update()

    def redo_next(self) -> None:
        if not self.stack.canRedo():
            return
        command = self.stack.command(self.stack.index())
        text = command.text()
        self.stack.redo()
        if getattr(command, "done", True):
            self.show_message(fill(translate("UndoActions", "Redone: %1"), text))
        self._update()
