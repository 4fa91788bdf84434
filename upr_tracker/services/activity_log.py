"""The log lines of what the services did: imports, exports, reports, syncs. They name files,
kinds and counts, never a record's words (a note, a recommendation's text, a passphrase)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Protocol

log = logging.getLogger("upr_tracker.activity")


class CreatedUpdatedUnchanged(Protocol):
    created: int
    updated: int
    unchanged: int


def counts_text(counts: Mapping[str, CreatedUpdatedUnchanged]) -> str:
    """ "recommendations 12 new, 3 updated, 0 unchanged; responses …" """
    return "; ".join(f"{kind} {c.created} new, {c.updated} updated, {c.unchanged} unchanged"
                     for kind, c in counts.items()) or "nothing"


def log_import(file_name: str, kind: str, counts: Mapping[str, CreatedUpdatedUnchanged], problems: int, *,
               dry_run: bool, extra: str = "") -> None:
    log.info("%s %s (%s): %s; %d problem%s to review%s", "Dry run of the import of" if dry_run else "Imported",
             file_name, kind, counts_text(counts), problems, "" if problems == 1 else "s",
             f"; {extra}" if extra else "")


def log_written(what: str, file_name: str, file_format: str, counts: str) -> None:
    """An export, a report, an audit trail written: its kind, file name, format and what it holds."""
    log.info("Wrote %s %s (%s): %s", what, file_name, file_format, counts)
