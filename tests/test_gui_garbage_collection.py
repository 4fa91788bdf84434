"""Python's cycle collector runs on the GUI thread only: a background thread that allocates never
destroys the closed widgets waiting in reference cycles (as the app runs, so do the tests)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QWidget

from upr_tracker.gui.garbage_collection import GuiThreadCollector, collect_on_gui_thread


class Finalized:
    def __init__(self, threads: list[str]) -> None:
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread().name)


class Cycle:
    """A closed window's kind of garbage: a widget in a cycle, freed by the collector alone."""

    def __init__(self, threads: list[str]) -> None:
        self.me = self
        self.widget = QWidget()
        self.marker = Finalized(threads)


def allocate_cycles(count: int) -> None:
    for _ in range(count):
        pair: list[object] = []
        pair.append(pair)


def test_a_worker_that_allocates_never_collects_the_widgets_of_the_gui_thread(qtbot) -> None:
    assert not gc.isenabled()  # (the tests run as the app does: see conftest)
    destroyed: list[str] = []
    Cycle(destroyed)
    worker = threading.Thread(target=allocate_cycles, args=(200_000,), name="worker")
    worker.start()
    worker.join()
    assert destroyed == []  # the worker crossed every threshold many times and collected nothing
    qtbot.waitUntil(lambda: destroyed != [], timeout=5000)  # the collector's timer, on this thread
    assert destroyed == [threading.main_thread().name]


def test_the_generations_due_are_collected_as_python_would() -> None:
    collector = collect_on_gui_thread()
    assert collect_on_gui_thread() is collector  # once per process
    collector.collect_due()
    assert collector.collect_due() == 0  # nothing due: nothing done
    destroyed: list[str] = []
    for _ in range(3):
        Cycle(destroyed)
    allocate_cycles(collector.thresholds[0] + 10)
    assert collector.collect_due() >= 3 and len(destroyed) == 3


def test_uninstalling_gives_the_collection_back_as_it_was(qapp) -> None:  # noqa: ANN001
    before = gc.isenabled()
    gc.enable()
    try:
        collector = GuiThreadCollector()
        collector.install()
        assert not gc.isenabled() and collector.timer.isActive()
        collector.uninstall()
        assert gc.isenabled() and not collector.timer.isActive()
    finally:
        if not before:
            gc.disable()
