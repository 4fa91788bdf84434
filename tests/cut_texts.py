"""Texts a screen cuts: a label, button or tab narrower than its text asks, or a window wider than
a laptop's screen. Used with a pseudo-locale (every text 40% longer) to find where a longer language
would lose words."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QPushButton, QRadioButton, QTabBar, QWidget

LAPTOP_WIDTH = 1366  # the narrowest screen the window must fit
SLACK = 2  # pixels of rounding


def cut_texts(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.pixmap():
            wanted = widget.sizeHint().width()
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) and widget.text():
            wanted = widget.sizeHint().width()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                text = widget.tabText(index).replace("&", "")
                needed = widget.fontMetrics().horizontalAdvance(text)
                if widget.tabRect(index).width() + SLACK < needed and widget.isTabVisible(index):
                    found.append(f"tab {text!r}: {widget.tabRect(index).width()} px for {needed}")
            continue
        elif isinstance(widget, QGroupBox) and widget.title():
            wanted = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        else:
            continue
        if widget.width() + SLACK < wanted:
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append(f"{type(widget).__name__} {widget.objectName() or ''} {text[:50]!r}: "
                         f"{widget.width()} px for {wanted}")
    if root.isWindow() and root.minimumSizeHint().width() > LAPTOP_WIDTH:
        found.append(f"window {root.windowTitle()!r} needs {root.minimumSizeHint().width()} px, wider than a laptop")
    return found


__all__ = ["cut_texts", "QAbstractButton"]
