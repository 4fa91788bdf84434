"""Copying a whole database between a laptop's file (SQLite, plain or encrypted) and a team server
(PostgreSQL), either way: every table of the models, every column as stored (ids kept), the audit
trail as it is, so that history survives the move.

The copy is all or nothing: on a server it is one transaction; a new file is built beside its place
and moved there once checked. A target that already holds data is refused unless merging, where a
record whose id (or whose natural key: a State's code, a review's State and cycle, a
recommendation's label in its review) is already there is skipped and counted. Afterwards both sides
are checked: the rows of every table counted, and the JSON export of each compared.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, UniqueConstraint, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import make_private_folder
from upr_tracker.services.export_json import export_json
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.backends import backend_of
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.models import Base
from upr_tracker.storage.reference_data import SETTING_KEY as REFERENCE_DATA_SETTING
from upr_tracker.storage.server_address import DatabaseTarget, ServerAddress
from upr_tracker.storage.server_opening import open_on_server
from upr_tracker.storage.writer_lock import WriterLock

# What every database has before anyone adds data: the shipped States and vocabularies, and the
# trail of their loading. A target holding only these is empty.
REFERENCE_TABLES = frozenset({"state", "state_name", "term", "term_alias", "audit_entry", "setting"})
READ_BATCH = 5000
# The export's line that differs from one export to the next.
_EXPORT_DATE = b'"exported_at":'


class TargetNotEmptyError(UprTrackerError):
    """The target already holds data, and merging was not asked for."""


class CopyCheckError(UprTrackerError):
    """The copy was made but does not match its source."""


@dataclass(frozen=True)
class Endpoint:
    """One side of a copy: a file (with its passphrase, if encrypted) or a server database (with a
    password only when one was asked for; otherwise ~/.pgpass or PGPASSWORD)."""

    target: DatabaseTarget
    passphrase: Passphrase | None = None
    password: str | None = None

    @property
    def name(self) -> str:
        return self.target.name if isinstance(self.target, ServerAddress) else str(self.target)


@dataclass
class TableCopy:
    table: str
    source_rows: int
    copied: int = 0
    # --merge: already there with the same id, or the same natural key (then linked to that one)
    skipped_same_id: int = 0
    matched_by_key: int = 0
    target_rows_before: int = 0
    target_rows: int = 0

    @property
    def counts_agree(self) -> bool:
        return self.target_rows == self.target_rows_before + self.copied


@dataclass
class CopyReport:
    source: str
    target: str
    merged: bool
    tables: list[TableCopy] = field(default_factory=list)
    # None: not compared (a merge: the target held other data)
    exports_equal: bool | None = None
    copy_seconds: float = 0.0
    check_seconds: float = 0.0

    @property
    def rows_copied(self) -> int:
        return sum(t.copied for t in self.tables)

    @property
    def rows_skipped(self) -> int:
        return sum(t.skipped_same_id + t.matched_by_key for t in self.tables)

    @property
    def counts_agree(self) -> bool:
        return all(t.counts_agree for t in self.tables)

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source, "target": self.target, "merged": self.merged,
            "rows_copied": self.rows_copied, "rows_skipped": self.rows_skipped,
            "counts_agree": self.counts_agree, "exports_equal": self.exports_equal,
            "copy_seconds": round(self.copy_seconds, 2), "check_seconds": round(self.check_seconds, 2),
            "tables": [{"table": t.table, "source_rows": t.source_rows, "copied": t.copied,
                        "skipped_same_id": t.skipped_same_id, "matched_by_key": t.matched_by_key,
                        "target_rows_before": t.target_rows_before, "target_rows": t.target_rows}
                       for t in self.tables],
        }


def copied_tables() -> list[Table]:
    """The tables of the models, parents before children. The full-text index and Alembic's
    version table are not among them: the target's migrations and triggers make its own. Nor is
    this database's identity as a sync replica and its peers: a copy is another replica."""
    return [t for t in Base.metadata.sorted_tables if t.name not in ("sync_replica", "sync_peer")]


def copy_database(source: Endpoint, target: Endpoint, *, merge: bool = False, check: bool = True,
                  actor: str | None = None, progress: ProgressReporter = NO_PROGRESS) -> CopyReport:
    """Copy everything in `source` into `target` (created, or upgraded to this version's schema,
    first). Refuses a target that holds data unless `merge`. With `check`, the JSON exports of both
    sides are compared afterwards (not after a merge); the counts of every table always are."""
    if _same_place(source.target, target.target):
        raise UprTrackerError(f"{source.name} is both the source and the target of the copy")
    report = CopyReport(source.name, target.name, merge)
    started = time.monotonic()
    with _opened_source(source, actor) as source_db:
        if isinstance(target.target, ServerAddress):
            with Database.open(target.target, create=True, actor=actor, password=target.password) as target_db:
                _load(source_db, target_db, report, merge, progress)
                report.copy_seconds = time.monotonic() - started
                _check(source_db, target_db, report, check, progress)
        else:
            _copy_to_file(source_db, Path(target.target), target.passphrase, report, merge, check, actor, progress,
                          started)
    logging.getLogger(__name__).info("Copied %s to %s%s: %d rows in %.1f s; exports equal: %s", report.source,
                                     report.target, " (merged)" if merge else "", report.rows_copied,
                                     report.copy_seconds, report.exports_equal)
    return report


def _same_place(a: DatabaseTarget, b: DatabaseTarget) -> bool:
    if isinstance(a, ServerAddress) or isinstance(b, ServerAddress):
        return a == b
    return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()


@contextmanager
def _opened_source(source: Endpoint, actor: str | None) -> Iterator[Database]:
    if isinstance(source.target, ServerAddress):
        db = open_on_server(Database, source.target, password=source.password, read_only=True)
    else:
        path = Path(source.target).expanduser()
        if not path.is_file() or path.stat().st_size == 0:
            raise UprTrackerError(f"{path}: there is no database there to copy")
        db = Database.open_read_only(path, actor=actor, passphrase=source.passphrase)
    try:
        yield db
    finally:
        db.close()


def _copy_to_file(source_db: Database, path: Path, passphrase: Passphrase | None, report: CopyReport, merge: bool,
                  check: bool, actor: str | None, progress: ProgressReporter, started: float) -> None:
    path = path.expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        # An existing database is written in one transaction: SQLite's rollback leaves it as it was.
        with Database.open_exclusively(path, create=False, actor=actor, passphrase=passphrase) as target_db:
            _load(source_db, target_db, report, merge, progress)
            report.copy_seconds = time.monotonic() - started
            _check(source_db, target_db, report, check, progress)
        return
    # A new file is built under another name and moved into place once checked (as the demo is).
    make_private_folder(path.parent)
    scratch = path.with_name(f".{path.name}.copying")
    leftovers = (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm"))
    lock = WriterLock(path)
    lock.acquire()
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        with Database.open(scratch, actor=actor, passphrase=passphrase) as target_db:
            _load(source_db, target_db, report, merge, progress)
            report.copy_seconds = time.monotonic() - started
            _check(source_db, target_db, report, check, progress)
        if path.exists() and path.stat().st_size > 0:
            raise UprTrackerError(f"{path} was created by another program during the copy; the copy was not "
                                  "put in its place")
        os.replace(scratch, path)
    finally:
        for leftover in leftovers:
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        lock.release()
    report.target = str(path)


# -- the load --------------------------------------------------------------------------------------

def _count_rows(connection: Connection, tables: Sequence[Table]) -> dict[str, int]:
    return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in tables}


def _holds_data(connection: Connection, counts: dict[str, int]) -> list[str]:
    """The tables whose rows make the target not empty."""
    held = [name for name, count in counts.items() if count and name not in REFERENCE_TABLES]
    if counts.get("setting"):
        others = connection.execute(text("SELECT count(*) FROM setting WHERE key <> :key"),
                                    {"key": REFERENCE_DATA_SETTING}).scalar_one()
        if others:
            held.append("setting")
    return held


@contextmanager
def read_snapshot(db: Database) -> Iterator[Connection]:
    """One connection reading one state of the database from the first count to the last row."""
    with db.engine.connect() as connection:
        connection = connection.execution_options(**db.backend.snapshot_options())
        with connection.begin():
            yield connection


def _load(source_db: Database, target_db: Database, report: CopyReport, merge: bool,
          progress: ProgressReporter) -> None:
    tables = copied_tables()
    backend = backend_of(target_db.engine)
    with read_snapshot(source_db) as reading, target_db.engine.connect() as writing:
        writing = writing.execution_options(**backend.write_options())
        with backend.translated_errors(target_db.name), writing.begin():
            backend.begin_bulk_load(writing, tables)
            source_counts = _count_rows(reading, tables)
            before = _count_rows(writing, tables)
            held = _holds_data(writing, before)
            if held and not merge:
                shown = ", ".join(f"{before[name]} {name}" for name in held[:4])
                raise TargetNotEmptyError(
                    f"{target_db.name} already holds data ({shown}); nothing was copied. Copy into a new file or "
                    "an empty database, or add to what is there with --merge (records already there are skipped).")
            if not merge:
                # Only the shipped reference data is there: the source's own, with its ids, replaces it.
                for table in reversed(tables):
                    writing.execute(table.delete())
                before = dict.fromkeys(before, 0)
            total = sum(source_counts.values())
            done = 0
            merger = _Merger(writing, tables) if merge else None
            for table in tables:
                entry = TableCopy(table.name, source_counts[table.name], target_rows_before=before[table.name])
                report.tables.append(entry)
                rows = _read_rows(reading, table, progress, done, total)
                if merger is not None:
                    rows = merger.filtered(table, rows, entry)
                entry.copied = backend.bulk_insert(writing, table, rows)
                done += entry.source_rows
            progress.report(total, total, "Checking the counts")
            after = _count_rows(writing, tables)
            for entry in report.tables:
                entry.target_rows = after[entry.table]
            if not report.counts_agree:
                wrong = [t.table for t in report.tables if not t.counts_agree]
                raise CopyCheckError(f"the copy into {target_db.name} does not have the rows it should in "
                                     f"{', '.join(wrong)}; nothing was copied")
            _refresh_statistics(writing)


def _refresh_statistics(writing: Connection) -> None:
    """The planner's statistics of the new rows, as after an import. Only an aid to speed: where
    the engine cannot take them (a table of the index not there yet), the copy stands without."""
    session = Session(bind=writing, join_transaction_mode="create_savepoint")
    try:
        backend_of(writing).refresh_planner_statistics(session)
        session.commit()  # (the savepoint: the load itself is committed by the caller)
    except DBAPIError:
        session.rollback()
    finally:
        session.close()


def _read_rows(connection: Connection, table: Table, progress: ProgressReporter, done: int,
               total: int) -> Iterator[tuple[Any, ...]]:
    result = connection.execution_options(yield_per=READ_BATCH).execute(select(*table.columns))
    for index, row in enumerate(result):
        if index % READ_BATCH == 0:
            progress.check_cancelled()
            progress.report(done + index, total, f"Copying {table.name}")
        yield tuple(row)


class _Merger:
    """Which of the source's rows a merge adds: not those whose id is already in the target, nor
    those with the natural key of a target row (then the source's id stands for the target's in
    the rows that point to it)."""

    def __init__(self, connection: Connection, tables: Sequence[Table]) -> None:
        self.connection = connection
        self.same_as: dict[str, dict[Any, Any]] = {table.name: {} for table in tables}

    def filtered(self, table: Table, rows: Iterable[tuple[Any, ...]], entry: TableCopy) -> Iterator[tuple[Any, ...]]:
        """(What the target holds is read here, before the rows are: once the bulk insert has begun,
        the connection takes no other query.)"""
        columns = list(table.columns)
        pk = [columns.index(column) for column in table.primary_key.columns]
        keys = [[columns.index(column) for column in constraint.columns]
                for constraint in table.constraints if isinstance(constraint, UniqueConstraint)]
        known_ids = {tuple(row) for row in self.connection.execute(select(*[columns[i] for i in pk]))}
        known_keys = [{tuple(row[:-1]): row[-1] for row in self.connection.execute(
            select(*[columns[i] for i in key], columns[pk[0]]))} for key in keys]
        return self._new_rows(table, rows, entry, pk, keys, known_ids, known_keys)

    def _new_rows(self, table: Table, rows: Iterable[tuple[Any, ...]], entry: TableCopy, pk: list[int],
                  keys: list[list[int]], known_ids: set[tuple[Any, ...]],
                  known_keys: list[dict[tuple[Any, ...], Any]]) -> Iterator[tuple[Any, ...]]:
        columns = list(table.columns)
        single_id = len(pk) == 1 and columns[pk[0]].name == "id"
        pointers = [(columns.index(column), next(iter(column.foreign_keys)).column.table.name)
                    for column in columns if column.foreign_keys]
        for row in rows:
            values = list(row)
            for index, parent in pointers:
                values[index] = self.same_as[parent].get(values[index], values[index])
            identity = tuple(values[i] for i in pk)
            if identity in known_ids:
                entry.skipped_same_id += 1
                continue
            match = next((found[tuple(values[i] for i in key)] for key, found in zip(keys, known_keys, strict=True)
                          if tuple(values[i] for i in key) in found), None)
            if match is not None:
                if single_id:
                    self.same_as[table.name][identity[0]] = match
                entry.matched_by_key += 1
                continue
            known_ids.add(identity)
            for key, found in zip(keys, known_keys, strict=True):
                found[tuple(values[i] for i in key)] = identity[0]
            yield tuple(values)


# -- the check -------------------------------------------------------------------------------------

class _Digest(io.RawIOBase):
    """A binary stream that keeps only a hash of what is written, leaving out the export's date."""

    def __init__(self) -> None:
        super().__init__()
        self.hash = hashlib.sha256()
        self.pending = b""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.pending += chunk
        *lines, self.pending = self.pending.split(b"\n")
        for line in lines:
            if _EXPORT_DATE not in line:
                self.hash.update(line + b"\n")
        return len(chunk)

    def hexdigest(self) -> str:
        self.hash.update(self.pending)
        self.pending = b""
        return self.hash.hexdigest()


def export_digest(db: Database, progress: ProgressReporter = NO_PROGRESS) -> str:
    """A hash of the database's whole JSON export (confidential notes included), without its date."""
    digest = _Digest()
    export_json(db, digest, include_confidential=True, progress=progress)  # type: ignore[arg-type]
    return digest.hexdigest()


def _check(source_db: Database, target_db: Database, report: CopyReport, check: bool,
           progress: ProgressReporter) -> None:
    if not check or report.merged:
        return
    started = time.monotonic()
    progress.report(0, 2, "Comparing the exports")
    source_digest = export_digest(source_db, progress)
    progress.report(1, 2, "Comparing the exports")
    target_digest = export_digest(target_db, progress)
    report.exports_equal = source_digest == target_digest
    report.check_seconds = time.monotonic() - started
    if not report.exports_equal:
        kept = ("it was not put in place" if target_db.path is not None and target_db.path.name.endswith(".copying")
                else "it was written all the same: look at it before relying on it, or drop it")
        raise CopyCheckError(f"the JSON export of the copy in {report.target} differs from that of {source_db.name}, "
                             f"although every table has the same number of rows; {kept}")
