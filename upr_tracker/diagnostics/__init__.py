"""What the app leaves behind when something goes wrong: a rotating log file in the user's log
folder, hard crashes written by faulthandler beside it, and the debug information a person can
send with a report. Knows neither Qt nor the database, so that every layer may log through it."""

from __future__ import annotations

from upr_tracker.diagnostics.debug_info import debug_info
from upr_tracker.diagnostics.log_setup import (
    CRASH_FILE_NAME,
    LOG_FILE_NAME,
    current_log_file,
    log_folder,
    log_to_stderr_instead,
    setup_logging,
    shareable,
    start_logging,
    without_home,
)

__all__ = ["CRASH_FILE_NAME", "LOG_FILE_NAME", "current_log_file", "debug_info", "log_folder", "log_to_stderr_instead",
           "setup_logging", "shareable", "start_logging",
           "without_home"]
