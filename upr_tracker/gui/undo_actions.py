"""Edit ▸ Undo and Redo, which say in the status bar what they undid or redid ("Undone: Add a
note"), or nothing when the step failed (the command's own error message says why)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

ShowMessage = Callable[[str], None]


class UndoActions:
    """The two actions over `stack`, named after the step they would undo or redo, as Qt's own
    (QUndoStack.createUndoAction) are; theirs cannot tell the window what was done."""

    def __init__(self, stack: QUndoStack, parent: QWidget, show_message: ShowMessage) -> None:
        self.stack = stack
        self.show_message = show_message
        self.undo = QAction("&Undo", parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.triggered.connect(self.undo_last)
        self.redo = QAction("&Redo", parent)
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
        self.undo.setText(f"&Undo {self.stack.undoText()}".strip())
        self.redo.setEnabled(self.stack.canRedo())
        self.redo.setText(f"&Redo {self.stack.redoText()}".strip())

    def undo_last(self) -> None:
        if not self.stack.canUndo():
            return
        command = self.stack.command(self.stack.index() - 1)
        text = command.text()
        self.stack.undo()
        # A command that could not be undone keeps done=True (and has said why).
        if not getattr(command, "done", False):
            self.show_message(f"Undone: {text}")
        self._update()

    def redo_next(self) -> None:
        if not self.stack.canRedo():
            return
        command = self.stack.command(self.stack.index())
        text = command.text()
        self.stack.redo()
        if getattr(command, "done", True):
            self.show_message(f"Redone: {text}")
        self._update()
