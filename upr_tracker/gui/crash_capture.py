"""Every error nobody caught reaches the log and a person: sys.excepthook (errors in slots and
event handlers land there too), threading.excepthook (worker threads), and Qt's own messages
(warnings to the log only, never a dialog)."""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QThread, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from upr_tracker.gui.error_dialog import OneErrorBoxAtATime

log = logging.getLogger(__name__)
qt_log = logging.getLogger("upr_tracker.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.ERROR,
}


class CrashCapture(QObject):
    """Installed by install_crash_capture; lives on the GUI thread, where its dialogs open."""

    _error_elsewhere = Signal(object)

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.moveToThread(app.thread())
        self._error_elsewhere.connect(self.show_error, Qt.ConnectionType.QueuedConnection)
        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        self._previous_qt_handler: Any = None
        self._showing = False
        self._one_box: OneErrorBoxAtATime | None = None  # (made when first needed: it imports the dialog)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_excepthook
        self._previous_qt_handler = qInstallMessageHandler(qt_message_handler)

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self.threading_excepthook:
            threading.excepthook = self._previous_threading_hook
        qInstallMessageHandler(self._previous_qt_handler)

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_excepthook(kind, error, trace)
            return
        log.critical("An error nobody caught", exc_info=(kind, error, trace))
        self._show_on_gui_thread(error)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("An error nobody caught in thread %s", name,
                     exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._show_on_gui_thread(args.exc_value)

    def _show_on_gui_thread(self, error: BaseException) -> None:
        if QThread.currentThread() is self.thread():
            self.show_error(error)
        else:
            self._error_elsewhere.emit(error)

    def show_error(self, error: BaseException) -> None:
        from upr_tracker.gui.error_dialog import OneErrorBoxAtATime

        if self._showing:  # an error while showing one: the log has both, one dialog is enough
            return
        if self._one_box is None:
            self._one_box = OneErrorBoxAtATime()
        self._showing = True
        try:
            self._one_box.show(QApplication.activeWindow(), error)  # (it keeps the box shown)
        except Exception:  # the dialog itself failed: the log keeps the first error and this one
            log.exception("The error dialog could not be shown")
        finally:
            self._showing = False


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's warnings (a missing font, a layout that cannot fit…) go to the log, not to a dialog."""
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt%s: %s", where, message)


_installed: list[CrashCapture] = []


def install_crash_capture(app: QApplication) -> CrashCapture:
    """Route uncaught errors to the log and the error dialog, Qt's messages to the log. Once per
    process: a second call returns the capture installed."""
    if _installed:
        return _installed[0]
    capture = CrashCapture(app)
    capture.install()
    _installed.append(capture)
    return capture


def uninstall_crash_capture() -> None:
    """Put back the hooks there were before (tests)."""
    while _installed:
        _installed.pop().uninstall()
