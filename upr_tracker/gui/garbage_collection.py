"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is
crossed, a background task's worker thread included. It then destroys the Qt objects found in
reference cycles there (a closed dialog, its widgets, a slot's lambda holding them), from a
thread that does not own them: the GUI thread may be delivering an event to the same widget at
that moment, and the process crashes or hangs. So automatic collection is turned off while the
window runs, and this collector does the same work (the same generations and thresholds) on a
timer of the GUI thread. Reference counting, which frees almost everything, is not affected.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that garbage never piles up between ticks, rarely enough to cost nothing when idle.
INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Turns Python's automatic collection off and collects on the GUI thread, every INTERVAL_MS."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)

    def install(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer.start()

    def uninstall(self) -> None:
        """Stop, collect what is left, and give the collection back to Python as it was."""
        self.timer.stop()
        self.collect_due()
        if self.was_enabled:
            gc.enable()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as the automatic
        collector would have: the youngest often, the oldest rarely. The objects found
        unreachable are returned (for tests)."""
        count0, count1, count2 = gc.get_count()
        threshold0, threshold1, threshold2 = self.thresholds
        if count0 <= threshold0:
            return 0
        if threshold2 and count2 > threshold2:
            return gc.collect(2)
        if threshold1 and count1 > threshold1:
            return gc.collect(1)
        return gc.collect(0)


_installed: list[GuiThreadCollector] = []


def collect_on_gui_thread() -> GuiThreadCollector:
    """Install the collector (call it on the GUI thread, once a Qt application exists). Once per
    process: a second call returns the collector installed."""
    if not _installed:
        collector = GuiThreadCollector()
        collector.install()
        _installed.append(collector)
    return _installed[0]


def stop_collecting_on_gui_thread() -> None:
    """Give the collection back to Python (the window closed; tests)."""
    while _installed:
        _installed.pop().uninstall()
