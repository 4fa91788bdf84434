"""A row of groups of widgets that breaks onto one line per group when the window is too narrow for
them side by side: a longer language (French, Russian) then takes more lines, not a wider window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLayout, QWidget


def group_of(*widgets: QWidget, stretch: QWidget | None = None, spacing: int = -1) -> QWidget:
    """Widgets side by side in a box of their own; `stretch` takes the room left, or with none they
    keep their widths from the leading side."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    if spacing >= 0:
        layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is stretch else 0)
    if stretch is None:
        layout.addStretch(1)
    return box


class BreakingRow(QWidget):
    """Its groups on one line when they fit at their minimum widths, else one under the other. Its
    minimum width is the widest group's, so it never keeps a window wider than that."""

    def __init__(self, *groups: QWidget | QLayout, stretch: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[QWidget] = []
        for group in groups:
            if isinstance(group, QLayout):
                holder = QWidget()
                group.setContentsMargins(0, 0, 0, 0)
                holder.setLayout(group)
                group = holder
            self.groups.append(group)
        # The group that takes the room left on a line; with none, each keeps its own width from the
        # leading side (left, or right in a right-to-left language).
        self.stretch = stretch
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.wide: bool | None = None
        self._arrange(True)

    def _arrange(self, wide: bool) -> None:
        if wide == self.wide:
            return
        self.wide = wide
        for group in self.groups:
            self.grid.removeWidget(group)
        for column in range(len(self.groups) + 1):
            self.grid.setColumnStretch(column, 0)
        leading = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        for index, group in enumerate(self.groups):
            row, column = (0, index) if wide else (index, 0)
            if self.stretch is None:
                self.grid.addWidget(group, row, column, leading)
            else:
                self.grid.addWidget(group, row, column)
        if self.stretch is None:
            self.grid.setColumnStretch(len(self.groups) if wide else 0, 1)
        else:
            self.grid.setColumnStretch(self.stretch if wide else 0, 1)
        self.grid.invalidate()
        self.updateGeometry()

    def one_line_width(self) -> int:
        margins = self.grid.contentsMargins()
        widths = [group.minimumSizeHint().width() for group in self.groups if not group.isHidden()]
        spacing = max(self.grid.horizontalSpacing(), 0) * max(len(widths) - 1, 0)
        return sum(widths) + spacing + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.grid.contentsMargins()
        widest = max((group.minimumSizeHint().width() for group in self.groups if not group.isHidden()), default=0)
        hint.setWidth(widest + margins.left() + margins.right())
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width() >= self.one_line_width())
