"""Running work off the GUI thread, the one way the window does anything slow.

Reads run on a small pool; writes run on a pool of one thread, so they are serialised. Results
and errors come back to the GUI thread by signal. A progress dialog appears only when the work
lasts longer than PROGRESS_DELAY_MS, and its Cancel button asks the work to stop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

if TYPE_CHECKING:
    from upr_tracker.gui.error_dialog import OneErrorBoxAtATime

PROGRESS_DELAY_MS = 600
# How soon a finished task whose worker had not yet returned is looked at again.
RELEASE_CHECK_MS = 20

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task's work when the user cancelled it."""


class Task(QObject):
    """One piece of background work. The work function receives the task to report progress
    (`report`) and to see whether it should stop (`check_cancelled`)."""

    # Emitted on the GUI thread.
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    finished = Signal()
    # Emitted by the worker thread; queued to this object, which lives on the GUI thread, and
    # relayed from there, so that callbacks never run on the worker.
    _worker_succeeded = Signal(object)
    _worker_failed = Signal(object)
    _worker_progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Task], Any], label: str) -> None:
        super().__init__()
        self.work = work
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        # Set by the worker once it holds no reference to this task any more (see _Runnable).
        self.worker_let_go = threading.Event()
        self.connected: list[tuple[Any, Callable[..., Any]]] = []  # (signal, callback) the runner connected
        self._worker_succeeded.connect(self._relay_success, Qt.ConnectionType.QueuedConnection)
        self._worker_failed.connect(self._relay_failure, Qt.ConnectionType.QueuedConnection)
        self._worker_progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _relay_success(self, result: object) -> None:
        self.done = True
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _relay_failure(self, error: object) -> None:
        self.done = True
        self.failed.emit(error)
        self.finished.emit()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled(self.label)

    def report(self, done: int, total: int, text: str = "") -> None:
        """Called by the work, on the worker thread."""
        self._worker_progressed.emit(done, total, text)


class _Runnable(QRunnable):
    """Runs a task's work on a pool's thread. The worker never holds the last reference to the
    task: the task (a QObject of the GUI thread) and its work (a closure that may hold widgets)
    would then be destroyed on the worker's thread while the GUI thread delivers their signals,
    a crash or a hang. The runner keeps the task until its `worker_let_go` is set."""

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task: Task | None = task

    def run(self) -> None:
        task, self.task = self.task, None  # (Qt deletes this runnable on the worker's thread)
        if task is None:  # (a runnable runs once)
            return
        let_go = task.worker_let_go
        try:
            try:
                result = task.work(task)
            except BaseException as exc:  # handed to the GUI thread, which decides how to show it
                task._worker_failed.emit(exc)
            else:
                task._worker_succeeded.emit(result)
                del result
        finally:
            del task
            let_go.set()


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        # Quick reads the user is waiting for (the table's first rows, the chosen recommendation)
        # never queue behind long background reads.
        self._urgent = QThreadPool(self)
        self._urgent.setMaxThreadCount(1)
        self._running: set[Task] = set()
        # Background reads asked for while urgent ones run wait for them: threads competing for
        # the interpreter made the first screen (the dashboard, the table's first rows) come
        # a second later when a window opens on a large database.
        self._urgent_tasks: set[Task] = set()
        self._deferred: list[_Runnable] = []
        self._holding = False
        # Finished tasks, kept until their worker has let go of them (see _Runnable).
        self._retiring: list[Task] = []
        self._release_check_pending = False
        # The failures no handler takes: shown one box at a time (which keeps the box open).
        self._unhandled: OneErrorBoxAtATime | None = None

    def run(
        self,
        work: Callable[[Task], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        urgent: bool = False,
        label: str | None = None,
        progress_parent: QWidget | None = None,
    ) -> Task:
        task = Task(work, label if label is not None else self.tr("Working…"))
        self._running.add(task)
        if on_success is not None:
            task.connected.append((task.succeeded, on_success))
        # A failure nobody handles is still logged and shown, never dropped.
        task.connected.append((task.failed, on_failure if on_failure is not None else self._show_failure))
        task.connected.append((task.finished, lambda: self._finish(task)))
        for signal, callback in task.connected:
            signal.connect(callback)
        if progress_parent is not None:
            _DelayedProgress(task, progress_parent)
        runnable = _Runnable(task)
        if writes:
            self._writes.start(runnable)
        elif urgent:
            self._urgent_tasks.add(task)
            self._urgent.start(runnable)
        elif self._urgent_tasks or self._holding:
            self._deferred.append(runnable)
        else:
            self._reads.start(runnable)
        return task

    def _show_failure(self, error: BaseException) -> None:
        from upr_tracker.gui.error_dialog import OneErrorBoxAtATime  # (it knows tasks: imported when needed)

        if isinstance(error, TaskCancelled):  # the user asked for it
            return
        log.error("A background task failed and nothing handled it", exc_info=error)
        parent = self.parent()
        while parent is not None and not isinstance(parent, QWidget):
            parent = parent.parent()
        if self._unhandled is None:
            self._unhandled = OneErrorBoxAtATime()
        self._unhandled.show(parent if isinstance(parent, QWidget) else QApplication.activeWindow(), error)

    def hold_background_reads(self) -> None:
        """Background reads wait until `release_background_reads`: while a window opens, its first
        screen is read alone."""
        self._holding = True

    def release_background_reads(self) -> None:
        self._holding = False
        if not self._urgent_tasks:
            self._start_deferred()

    def _start_deferred(self) -> None:
        deferred, self._deferred = self._deferred, []
        for runnable in deferred:
            self._reads.start(runnable)

    def _finish(self, task: Task) -> None:
        self._running.discard(task)
        self._retiring.append(task)
        self._let_go_of_released()
        if task in self._urgent_tasks:
            self._urgent_tasks.discard(task)
            if not self._urgent_tasks and not self._holding:
                self._start_deferred()
        # The callbacks refer to the task and the task to them, through Qt: without this the pair
        # (and the result it holds) waits for a full garbage collection, a pause while scrolling.
        for signal, callback in task.connected:
            signal.disconnect(callback)
        task.connected.clear()

    def _let_go_of_released(self) -> None:
        """Drop, here on the GUI thread, the finished tasks their workers no longer hold; look
        again shortly for those whose worker has not returned yet."""
        self._retiring = [task for task in self._retiring if not task.worker_let_go.is_set()]
        if self._retiring and not self._release_check_pending:
            self._release_check_pending = True
            QTimer.singleShot(RELEASE_CHECK_MS, self, self._check_released_again)

    def _check_released_again(self) -> None:
        self._release_check_pending = False
        self._let_go_of_released()

    def wait_for_all(self, msecs: int = 30_000) -> bool:
        """Block until every task is done (closing the window, tests)."""
        self._holding = False   # the urgent ones they wait for cannot report while this blocks
        self._start_deferred()
        done = all(pool.waitForDone(msecs) for pool in (self._reads, self._urgent, self._writes))
        self._let_go_of_released()
        return done

    @property
    def busy(self) -> bool:
        return bool(self._running)


class _DelayedProgress(QObject):
    """A progress dialog that shows up only if the task is still running after a short delay."""

    def __init__(self, task: Task, parent: QWidget) -> None:
        super().__init__(task)
        self.task = task
        self.dialog: QProgressDialog | None = None
        self._parent = parent
        self._last = (0, 0, "")
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(PROGRESS_DELAY_MS)

    def _show(self) -> None:
        if self.task.done:
            return
        self.dialog = QProgressDialog(self.task.label, self.tr("Cancel"), 0, 0, self._parent)
        self.dialog.setWindowTitle("UPR Tracker")
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.task.cancel)
        self._on_progress(*self._last)
        self.dialog.show()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._last = (done, total, text)
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            if text:
                self.dialog.setLabelText(f"{self.task.label}\n{text}")

    def _close(self) -> None:
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
