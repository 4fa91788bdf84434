"""What the follow-up commands (note, assessment) read from their options before the database is
opened: a day, a text given inline, in a file or on standard input. Each mistake is one line naming
the option."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from upr_tracker.domain.event_dates import parse_day
from upr_tracker.errors import UprTrackerError


def day_option(written: str | None, option: str) -> dt.date | None:
    return parse_day(written, field=option) if written is not None else None


def text_option(text: str | None, text_file: str | None) -> str | None:
    """--text T, or --text-file F (`-`: standard input), so that a confidential text need not
    appear on the command line (and in the shell's history)."""
    if text_file is None:
        return text
    if text_file == "-":
        data = sys.stdin.buffer.read()
        where = "--text-file - (standard input)"
    else:
        try:
            data = Path(text_file).read_bytes()
        except OSError as exc:
            raise UprTrackerError(f"--text-file {text_file}: {exc.strerror or exc}") from None
        where = f"--text-file {text_file}"
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UprTrackerError(f"{where}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def short_id(record_id: object) -> str:
    """The first characters of an id, as lists show it (enough to name it to edit or delete)."""
    return str(record_id).replace("-", "")[:8]
