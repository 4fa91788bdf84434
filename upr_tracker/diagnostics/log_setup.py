"""The log file: where it is, and the handlers that write it.

Log lines name files, counts, kinds and ids; never the words of a note, a recommendation's text,
a passphrase or a password (the callers keep to that: see README, Logs and error reports)."""

from __future__ import annotations

import faulthandler
import io
import logging
import logging.handlers
import re
import sys
from pathlib import Path

from upr_tracker.app_paths import log_folder
from upr_tracker.private_files import make_private_folder, open_private, private_new_files

LOG_FILE_NAME = "upr-tracker.log"
CRASH_FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d] %(message)s"

# Libraries whose INFO lines would quote data: SQLAlchemy logs every statement with its values
# (a note's words) when INFO is enabled for it; pdfminer.six, each odd object of a PDF.
# Alembic, every plugin it loads and each migration's whole description at every upgrade: the app
# logs the upgrade itself (from which revision to which, and its backup) in one line.
QUIET_LIBRARIES = {"sqlalchemy": logging.WARNING, "pdfminer": logging.WARNING, "alembic": logging.WARNING}

# The handler this module installed, and the crash file faulthandler writes to: kept open for
# the life of the process (faulthandler writes to the file descriptor when the process dies).
_installed: dict[str, object] = {}


def _home_pattern() -> re.Pattern[str] | None:
    try:
        home = str(Path.home())
    except (RuntimeError, KeyError):  # no home folder known (a service account)
        return None
    if len(home) <= 1:  # "/" would match every path
        return None
    spellings = {home}
    flags = 0
    if sys.platform == "win32":
        # As Python's messages quote it (backslashes doubled) and as Qt and file URLs write it.
        spellings |= {home.replace("\\", "\\\\"), home.replace("\\", "/")}
        flags = re.IGNORECASE
    alternatives = "|".join(re.escape(spelling) for spelling in sorted(spellings, key=len, reverse=True))
    # The home folder whole: not the end of a longer path (/mnt/backup/home/alice), not the start
    # of a longer name (/home/alice2); a path in it, the folder itself, or the folder ending a sentence.
    return re.compile(rf"(?<![\w.~-])(?:{alternatives})(?=[\\/\s'\",;:)\]]|\.(?:\s|$)|$)", flags)


def without_home(text: str) -> str:
    """`text` with the user's home folder written "~": a log or a bug report sent to someone
    says where a file was without the account's name (often the person's own)."""
    pattern = _home_pattern()
    return pattern.sub("~", text) if pattern is not None else text


# PostgreSQL's own details of a failed constraint quote the row's values: "Key (name)=(…) already
# exists", "Failing row contains (…)", an exclusion constraint's "… conflicts with existing key
# (…)=(…)". hide_parameters keeps the statement's values out of SQLAlchemy's messages, not these.
# A value may hold anything, line breaks included: it ends where the detail does (the statement
# SQLAlchemy adds, the next part of the server's message, a blank line, the end).
_END_OF_DETAIL = r"\.?(?=\s*(?:\n\[SQL|\n(?:HINT|CONTEXT|WHERE|DETAIL):|\n\(Background|\n\s*\n|\Z))"
_QUOTED_VALUES = (
    (re.compile(r"([Kk]ey \((?:(?!\)=\().)*\))=\(.*?\)(?= already exists| is not present| is still referenced"
                r"| conflicts with|" + _END_OF_DETAIL + ")", re.DOTALL), r"\1=(…)"),
    (re.compile(r"(Failing row contains )\(.*?\)(?=" + _END_OF_DETAIL + ")", re.DOTALL), r"\1(…)"),
)


def without_quoted_values(text: str) -> str:
    """`text` without the values a database's error message quotes from the failing row."""
    for pattern, replacement in _QUOTED_VALUES:
        text = pattern.sub(replacement, text)
    return text


def shareable(text: str) -> str:
    """`text` fit for a log or a bug report that may be sent to someone: the home folder written
    "~", no values of a row quoted by a database's error."""
    return without_quoted_values(without_home(text))


class ShareableFormatter(logging.Formatter):
    """Log lines, with their tracebacks, made `shareable`."""

    def format(self, record: logging.LogRecord) -> str:
        return shareable(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose new files (the first one and each after a rollover) are readable by
    the user alone, whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        with private_new_files():
            return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        # A full disk or a removed folder: the line is lost, but the work goes on and its own
        # message (the disk is full…) is the one the user sees, not a logging traceback.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)


def setup_logging(max_bytes: int = MAX_BYTES, backup_count: int = BACKUP_COUNT) -> Path:
    """Log INFO and above to log_folder()/upr-tracker.log (rotated at `max_bytes`, `backup_count`
    older files kept) and enable faulthandler on log_folder()/crash.log. Calling it again changes
    nothing while the folder is the same; a new UPR_TRACKER_LOG_DIR moves the log there.
    Raises OSError when the folder cannot be made or written (the caller falls back to stderr)."""
    folder = log_folder()
    log_file = folder / LOG_FILE_NAME
    current = _installed.get("handler")
    if isinstance(current, logging.FileHandler) and Path(current.baseFilename) == log_file.absolute():
        return log_file
    make_private_folder(folder)
    handler = _PrivateRotatingFileHandler(log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    handler.setFormatter(ShareableFormatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    crash_file = open_private(folder / CRASH_FILE_NAME, "a")
    _remove_installed()
    root = logging.getLogger()
    root.addHandler(handler)
    _use_levels(root)
    # A faulthandler someone enabled already (python -X faulthandler, PYTHONFAULTHANDLER, the test
    # runner) writes where they asked; otherwise hard crashes go to crash.log.
    if faulthandler.is_enabled() and "crash_file" not in _installed:
        crash_file.close()
    else:
        faulthandler.enable(crash_file, all_threads=True)
        _installed["crash_file"] = crash_file
    _installed["handler"] = handler
    return log_file


def start_logging() -> Path | None:
    """setup_logging, for the app's entry points: a log folder that cannot be written (a read-only
    home) does not stop the app, whose errors then go to standard error. Python's warnings are
    logged too. Returns the log file (None on standard error)."""
    try:
        log_file: Path | None = setup_logging()
    except OSError as exc:
        log_to_stderr_instead(exc)
        log_file = None
    logging.captureWarnings(True)
    return log_file


def current_log_file() -> Path | None:
    """The file this process logs to, or None when it logs to standard error (or not yet)."""
    handler = _installed.get("handler")
    if isinstance(handler, logging.FileHandler):
        return Path(handler.baseFilename)
    return None


def log_to_stderr_instead(error: OSError) -> None:
    """When the log folder cannot be written (a read-only home): errors and crashes go to standard
    error (nowhere for a window with no console), and this is said once."""
    if _installed.get("stderr"):
        return
    _remove_installed()
    handler: logging.Handler = logging.StreamHandler(sys.stderr) if sys.stderr is not None else logging.NullHandler()
    handler.setFormatter(ShareableFormatter(LOG_FORMAT))
    # (the commands print their own one-line refusals: only bugs and failures are added)
    handler.setLevel(logging.ERROR)
    root = logging.getLogger()
    root.addHandler(handler)
    _use_levels(root)
    _installed["handler"] = handler
    _installed["stderr"] = True
    if sys.stderr is not None:
        print(f"upr-tracker: note: the log folder {log_folder()} cannot be written ({error.strerror or error}); "
              "errors are written here instead", file=sys.stderr)
        if not faulthandler.is_enabled():
            faulthandler.enable()


def _use_levels(root: logging.Logger) -> None:
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    for name, level in QUIET_LIBRARIES.items():
        library = logging.getLogger(name)
        if library.level == logging.NOTSET or library.level < level:
            library.setLevel(level)


def _remove_installed() -> None:
    _installed.pop("stderr", None)
    handler = _installed.pop("handler", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger().removeHandler(handler)
        handler.close()
    crash_file = _installed.pop("crash_file", None)
    if crash_file is not None:
        faulthandler.disable()
        crash_file.close()  # type: ignore[attr-defined]
