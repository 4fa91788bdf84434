"""Importing a UPR Tracker JSON export: into an empty database it gives the same data back, and
into another database it adds what that one lacks.

Records keep their ids, so the same export imported twice adds nothing and two laptops can exchange
their work. A record the database already has under another id (both laptops imported the same UN
documents, or built the same demo) is recognised as the same thing: a review by its State and
cycle, a document by its review and symbol (or the hash of its file), a recommendation by its
review and label (unlabelled ones by their text), a response by its source document, position and
recommendations, a milestone by its State, kind, title and date, an import problem by its document,
kind and message. Everything that refers to an exported record then refers to the local one. A
response, milestone or import problem the database has already is linked to the recommendations of
the file it does not cover yet, so that filtered exports imported one after another give each
recommendation the position it has in the exporting database.

The format is described in the README ("JSON export"); files of format 1 (each response written
out under every recommendation it covers) and 2 (responses written once) are both read.

The file is read whole and checked first: a missing field, a value of the wrong type or one the
domain does not allow (a position, a milestone kind, a level...) stops the import with a message
naming the file, the place (`notes[3].written_at`) and what is wrong, and nothing is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from upr_tracker.errors import InvalidValueError
from upr_tracker.services.activity_log import log_import
from upr_tracker.services.document_import import Counts
from upr_tracker.services.export_json import FORMAT_NAME, FORMAT_VERSION
from upr_tracker.services.json_import_reading import read_export
from upr_tracker.services.json_import_writing import ExportWriter
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import write_out_purged_pages
from upr_tracker.storage.statistics import refresh_planner_statistics


@dataclass
class JsonImportReport:
    file: str
    dry_run: bool
    counts: dict[str, Counts] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    notes_made_confidential: int = 0  # notes held here that the file has confidential
    # Records left out because another record has their id: the file's and this one differ.
    problems: list[str] = field(default_factory=list)

    def count(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counts()).add(outcome)

    def left_out(self, kind: str, problem: str) -> None:
        self.counts.setdefault(kind, Counts())
        self.problems.append(problem)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "format": FORMAT_NAME, "dry_run": self.dry_run,
                "counts": {kind: vars(c) for kind, c in self.counts.items()}, "notices": self.notices,
                "problems": self.problems}


class _DryRun(Exception):
    pass


def is_export_file(path: Path) -> bool:
    """Whether the file starts like a UPR Tracker JSON export."""
    try:
        with path.open("rb") as handle:
            head = handle.read(400).decode("utf-8", errors="replace")
    except OSError:
        return False
    return FORMAT_NAME in head


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidValueError(f"{path.name}: not a UTF-8 JSON file") from None
    except OSError as exc:
        raise InvalidValueError(f"{path.name}: cannot be read ({exc.strerror})") from None
    if not text.strip():
        raise InvalidValueError(f"{path.name}: the file is empty")
    try:
        data = json.loads(text)
    except RecursionError:
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (its lists and objects are nested "
                                f"too deeply to be read)") from None
    except json.JSONDecodeError as exc:
        # An export is one object: a text that stops short of its closing brace, or fails where it ends
        # (inside a string, after a value), was cut off.
        kept = text.rstrip()
        ends_early = (exc.pos >= len(kept) or not kept.endswith("}")
                      or exc.msg.startswith("Unterminated string"))
        cut = " (the file ends too early: it was probably cut off while being written or copied)" if ends_early else ""
        raise InvalidValueError(f"{path.name}: not valid JSON (line {exc.lineno}, column {exc.colno}: "
                                f"{exc.msg}){cut}") from None
    except ValueError as exc:   # a number of thousands of digits, which Python refuses to convert
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (it holds a number too long to be "
                                f"read: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidValueError(f"{path.name}: not a UPR Tracker export (no \"format\": \"{FORMAT_NAME}\")")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InvalidValueError(f"{path.name}: format_version: {version!r} is not a format version "
                                f"(a whole number from 1)")
    if version > FORMAT_VERSION:
        raise InvalidValueError(f"{path.name}: written by a newer version of UPR Tracker (format "
                                f"{version}, this version reads up to {FORMAT_VERSION}); install the newer "
                                f"version to import it")
    return data


def import_json_export(db: Database, path: Path | str, *, dry_run: bool = False,
                       progress: ProgressReporter = NO_PROGRESS) -> JsonImportReport:
    path = Path(path)
    export = read_export(_load(path), path.name)
    report = JsonImportReport(str(path), dry_run, problems=list(export.conflicts))
    try:
        with db.write() as session:
            ExportWriter(session, export, report, progress, path.name).run()
            if dry_run:
                raise _DryRun
            refresh_planner_statistics(session)
    except _DryRun:
        pass
    else:
        if report.notes_made_confidential:
            write_out_purged_pages(db.engine)
    log_import(path.name, FORMAT_NAME, report.counts, len(report.problems), dry_run=dry_run)
    return report
