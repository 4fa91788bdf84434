"""The main window shown on a database, as a person opens it, and closed with its database after."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from upr_tracker.gui.main_window import MainWindow
from upr_tracker.storage.database import Database


@contextmanager
def shown_window(qtbot, database: Database) -> Iterator[MainWindow]:  # noqa: ANN001
    """The window once it has counted the database's records; at the end its tasks are waited for
    and the database it then holds (it may have opened another) is closed."""
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.database_total >= 0, timeout=10_000)
    try:
        yield window
    finally:
        window.tasks.wait_for_all()
        window.close()
        window.database.close()
