"""Errors nobody caught reach the log and the error dialog; Qt's warnings reach the log; a task
with no failure handler shows its error; a hard crash leaves crash.log.

pytest-qt catches errors raised in slots itself (and fails the test): the tests of the excepthook
are marked qt_no_exception_capture so that the app's own hook receives them."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from upr_tracker.diagnostics import LOG_FILE_NAME, setup_logging
from upr_tracker.errors import UprTrackerError
from upr_tracker.gui.crash_capture import install_crash_capture, uninstall_crash_capture
from upr_tracker.gui.error_dialog import error_box
from upr_tracker.gui.tasks import TaskCancelled, TaskRunner


class DeliberateBug(RuntimeError):
    pass


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(tmp_path / "logs"))
    path = setup_logging()
    yield path


@pytest.fixture
def capture(qapp: QApplication, log_file: Path) -> Iterator[object]:
    installed = install_crash_capture(qapp)
    yield installed
    uninstall_crash_capture()
    for box in message_boxes():
        box.done(0)
        box.deleteLater()


def message_boxes() -> list[QMessageBox]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()]


def log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_button_s_slot_reaches_the_dialog_and_the_log(qtbot, capture, log_file: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    button = QPushButton("Go", window)

    def clicked() -> None:
        raise DeliberateBug("the slot failed on purpose")

    button.clicked.connect(clicked)
    window.show()
    button.click()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=5000)
    box = message_boxes()[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "should not have" in box.text()
    assert str(log_file) in box.informativeText()
    assert "DeliberateBug: the slot failed on purpose" in box.detailedText()
    assert "in clicked" in box.detailedText()
    text = log_text(log_file)
    assert "CRITICAL upr_tracker.gui.crash_capture" in text
    assert "DeliberateBug: the slot failed on purpose" in text
    assert "in clicked" in text  # the traceback


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_timer_s_slot_and_in_a_thread_reach_the_dialog(qtbot, capture, log_file: Path) -> None:
    import threading

    def fail() -> None:
        raise DeliberateBug("from a timer")

    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=5000)
    assert "from a timer" in message_boxes()[0].detailedText()
    message_boxes()[0].close()  # (Escape or closing the box: its OK button)
    qtbot.waitUntil(lambda: not message_boxes(), timeout=5000)

    def thread_work() -> None:
        raise DeliberateBug("from a worker thread")

    thread = threading.Thread(target=thread_work, name="worker-for-test")
    thread.start()
    thread.join()
    # Shown on the GUI thread, by a queued call.
    qtbot.waitUntil(lambda: any("from a worker thread" in box.detailedText() for box in message_boxes()), timeout=5000)
    assert "thread worker-for-test" in log_text(log_file)


@pytest.mark.qt_no_exception_capture
def test_a_slot_failing_again_and_again_opens_one_box_and_logs_each_error(qtbot, capture, log_file: Path) -> None:
    ticks = QTimer()
    ticks.setInterval(10)
    failures: list[int] = []

    def fail() -> None:
        failures.append(1)
        raise DeliberateBug(f"tick {len(failures)}")

    ticks.timeout.connect(fail)
    ticks.start()
    qtbot.waitUntil(lambda: len(failures) >= 20, timeout=5000)
    ticks.stop()
    qtbot.wait(50)
    assert len(message_boxes()) == 1
    assert "tick 1" in message_boxes()[0].detailedText()
    text = log_text(log_file)
    assert "tick 20" in text  # every error is in the log
    assert "while an error box is open" in text
    message_boxes()[0].close()  # once closed, the next error has a box again
    qtbot.waitUntil(lambda: not message_boxes(), timeout=5000)
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=5000)


def test_copy_debug_info_fills_the_clipboard_and_leaves_the_box_open(qtbot, log_file: Path) -> None:
    try:
        raise DeliberateBug("copied")
    except DeliberateBug as exc:
        error = exc
    box = error_box(None, error)
    assert box is not None
    qtbot.addWidget(box)
    QGuiApplication.clipboard().clear()
    copy = next(button for button in box.buttons() if button.text() == "Copy debug info")
    copy.click()
    qtbot.wait(50)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("UPR Tracker ")
    for line in ("Python: ", "SQLite: ", "SQLCipher: ", "Qt: PySide6 "):
        assert line in copied
    assert "DeliberateBug: copied" in copied
    assert box.isVisible()  # copying does not close the box
    assert "ERROR upr_tracker.gui.error_dialog" in log_text(log_file)


def test_a_user_level_problem_is_logged_without_the_copy_button(qtbot, log_file: Path) -> None:
    box = error_box(None, UprTrackerError("report.txt, line 4: no position"))
    assert box is not None
    qtbot.addWidget(box)
    assert not [button for button in box.buttons() if button.text() == "Copy debug info"]
    text = log_text(log_file)
    assert f"INFO upr_tracker.gui.error_dialog [pid {os.getpid()}] Shown to the user: UprTrackerError: " \
        "report.txt, line 4: no position" in text
    assert error_box(None, TaskCancelled("import")) is None


def test_a_qt_warning_goes_to_the_log_and_shows_no_dialog(qtbot, capture, log_file: Path) -> None:
    qWarning("a warning from Qt for the test")
    assert f"WARNING upr_tracker.qt [pid {os.getpid()}] Qt: a warning from Qt for the test" in log_text(log_file)
    assert message_boxes() == []


def test_uninstalling_puts_the_hooks_back(qapp: QApplication, log_file: Path) -> None:
    import threading

    before = (sys.excepthook, threading.excepthook)
    install_crash_capture(qapp)
    assert sys.excepthook != before[0]
    uninstall_crash_capture()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_task_without_a_failure_handler_shows_and_logs_its_error(qtbot, log_file: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)

    def work(_task: object) -> None:
        raise DeliberateBug("a task nobody watches")

    runner.run(work)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=5000)
    box = window.findChildren(QMessageBox)[0]
    assert "a task nobody watches" in box.detailedText()
    assert "A background task failed and nothing handled it" in log_text(log_file)
    runner.run(work)  # failing again while its box is open: logged, no second box
    qtbot.waitUntil(lambda: "while an error box is open" in log_text(log_file), timeout=5000)
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1

    def cancelled(_task: object) -> None:
        raise TaskCancelled("stopped")

    quiet = QWidget()
    qtbot.addWidget(quiet)
    TaskRunner(quiet).run(cancelled)
    qtbot.wait(200)
    assert not quiet.findChildren(QMessageBox)  # a cancel is not an error


def test_open_the_log_folder_opens_it_in_the_file_manager(qtbot, monkeypatch: pytest.MonkeyPatch,
                                                           tmp_path: Path) -> None:
    from upr_tracker.gui import log_folder_action

    opened: list[str] = []
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(tmp_path / "not yet"))
    monkeypatch.setattr(log_folder_action.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    assert log_folder_action.open_log_folder()
    assert opened == [str(tmp_path / "not yet")]
    assert (tmp_path / "not yet").is_dir()


def test_a_hard_crash_is_written_to_crash_log(tmp_path: Path) -> None:
    script = textwrap.dedent("""
        import faulthandler
        from upr_tracker.diagnostics import setup_logging
        setup_logging()
        faulthandler._sigsegv()
    """)
    environment = {**os.environ, "UPR_TRACKER_LOG_DIR": str(tmp_path)}
    environment.pop("PYTHONFAULTHANDLER", None)
    result = subprocess.run([sys.executable, "-c", script], env=environment, capture_output=True, timeout=120)
    assert result.returncode != 0
    crash = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in crash
    assert (tmp_path / LOG_FILE_NAME).exists()


def test_the_help_menu_opens_the_log_folder(qtbot, gui_settings, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    from upr_tracker.gui import log_folder_action
    from upr_tracker.gui.main_window import MainWindow
    from upr_tracker.storage.database import Database

    opened: list[str] = []
    monkeypatch.setenv("UPR_TRACKER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(log_folder_action.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    database = Database.open(tmp_path / "window.sqlite3")
    window = MainWindow(database)
    qtbot.addWidget(window)
    try:
        help_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
        texts = [action.text() for action in help_menu.actions()]
        assert texts[-3:] == ["Open the &log folder", "", "&About UPR Tracker"]  # (a separator before About)
        window.log_folder_action.trigger()
        assert opened == [str(tmp_path / "logs")]
    finally:
        window.tasks.wait_for_all()
        window.close()
        database.close()
