"""A database that already holds data, built once and copied for each test that kills, fills or
locks it; and what a database file holds, table by table, to tell whether a failed write changed it."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.services import assessments, notes
from upr_tracker.services.document_import import import_document
from upr_tracker.storage.database import Database


# The note the held database has on its first recommendation.
HELD_NOTE = "Asked the ministry for the draft law"


def build_held_database(path: Path) -> Path:
    """Kazakhstan's first review from the UN documents, a note and an assessment; compacted, so that
    the file has no free pages and any write of some size must grow it."""
    with Database.open(path, actor="tester") as db:
        import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
        import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
        first = first_recommendation(path)
        notes.add_note(db, HELD_NOTE, recommendation_id=first)
        assessments.add_assessment(db, first, "state", "fully_implemented")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("VACUUM")
    assert not Path(f"{path}-wal").exists()  # closed cleanly: the file alone is the database
    return path


def first_recommendation(path: Path, offset: int = 0) -> uuid.UUID:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        found = connection.execute("SELECT id FROM recommendation WHERE current_position = 'supported' "
                                   "ORDER BY sort_key LIMIT 1 OFFSET ?", (offset,)).fetchone()
    return uuid.UUID(found[0])


def copy_of(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True)
    return Path(shutil.copyfile(template, folder / template.name))


def table_digests(path: Path) -> dict[str, tuple[int, str]]:
    """Every table of the file (the full-text index's and SQLite's own included): its number of rows
    and a digest of them."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        digests = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            digests[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return digests
