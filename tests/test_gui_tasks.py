"""The task runner: results come back on the GUI thread, a slow task shows its progress dialog and
closes it, and a finished task lets go of its callbacks."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QProgressDialog, QWidget

from upr_tracker.gui import tasks as task_module
from upr_tracker.gui.tasks import Task, TaskRunner


class Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, result: object) -> None:
        self.results.append(result)
        self.threads.append(threading.current_thread())


def test_a_result_comes_back_on_the_gui_thread_once(qtbot) -> None:
    runner = TaskRunner()
    recorder = Recorder()
    runner.run(lambda _task: 41 + 1, on_success=recorder)
    qtbot.waitUntil(lambda: recorder.results == [42], timeout=5000)
    assert recorder.threads == [threading.main_thread()]
    runner.wait_for_all()
    qtbot.wait(50)
    assert recorder.results == [42]
    assert not runner.busy


def test_a_finished_task_lets_go_of_its_callbacks_without_a_collection(qtbot) -> None:
    runner = TaskRunner()
    recorder = Recorder()
    alive = weakref.ref(recorder)
    automatic = gc.isenabled()
    gc.disable()  # only reference counting may free it
    try:
        runner.run(lambda _task: "done", on_success=recorder, on_failure=lambda _exc: None)
        qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
        assert recorder.results == ["done"]
        del recorder
        assert alive() is None
    finally:
        if automatic:
            gc.enable()


def test_a_slow_task_shows_progress_and_closes_it_when_done(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(task_module, "PROGRESS_DELAY_MS", 10)
    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(task: Task) -> str:
        task.report(1, 2, "halfway")
        release.wait(5)
        return "finished"

    runner = TaskRunner()
    recorder = Recorder()
    runner.run(work, on_success=recorder, label="Slow work", progress_parent=parent)

    def dialogs() -> list[QProgressDialog]:
        return [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=5000)
    assert "halfway" in dialogs()[0].labelText()
    release.set()
    qtbot.waitUntil(lambda: recorder.results == ["finished"], timeout=5000)
    qtbot.waitUntil(lambda: not dialogs(), timeout=5000)


class Finalized:
    """Says on which thread it was destroyed."""

    def __init__(self, threads: list[bool]) -> None:
        self.threads = threads

    def __del__(self) -> None:
        self.threads.append(threading.current_thread() is threading.main_thread())


def test_a_task_and_what_its_work_holds_are_let_go_of_on_the_gui_thread(qtbot) -> None:
    """A task is a QObject of the GUI thread and its work may hold widgets: the worker's thread,
    which may finish returning after the GUI thread has taken the result, never drops them last."""
    runner = TaskRunner()
    on_gui_thread: list[bool] = []
    finished: list[object] = []
    count = 300
    for _ in range(count):
        held = Finalized(on_gui_thread)
        runner.run(lambda _task, held=held: None, on_success=finished.append)
        del held
    qtbot.waitUntil(lambda: len(finished) == count, timeout=30_000)
    runner.wait_for_all()
    qtbot.waitUntil(lambda: len(on_gui_thread) == count, timeout=10_000)
    assert on_gui_thread == [True] * count
