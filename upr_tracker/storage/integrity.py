"""Read-only checks of a database file: SQLite's own integrity check, foreign keys, the schema
revision, and whether the full-text index covers every record. Nothing is written."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from upr_tracker.storage.database import access_to_read
from upr_tracker.storage.encryption import Passphrase, connect, database_errors
from upr_tracker.storage.read_only import ReadOnlyAccess
from upr_tracker.storage.schema_upgrade import head_revision, known_revisions

COUNTED_TABLES = ("state", "review", "document", "recommendation", "response", "milestone", "assessment", "note",
                  "term", "audit_entry")
INDEXED_TABLES = ("recommendation", "response", "milestone", "note")


@dataclass
class IntegrityResult:
    schema_revision: str | None
    head_revision: str
    integrity: str
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    read_only_reason: str | None = None


def inspect_database(path: Path, passphrase: Passphrase | None = None) -> IntegrityResult:
    path = Path(path).expanduser().resolve()
    access = access_to_read(path, passphrase)
    try:
        result = _inspect(path, passphrase, access)
    except database_errors() as exc:
        result = IntegrityResult(None, head_revision(), f"damaged: {exc}")
        result.errors.append(f"the file is damaged ({exc}); restore it from a backup")
    result.read_only_reason = access.reason
    return result


def _inspect(path: Path, passphrase: Passphrase | None, access: ReadOnlyAccess) -> IntegrityResult:
    with closing(connect(path, passphrase, read_only=True, immutable=access.immutable)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        result = IntegrityResult(revision, head_revision(), "not checked")
        if revision is None:
            result.errors.append("the database has no schema revision: it was never set up completely")
        elif revision not in known_revisions():
            result.errors.append(f"schema {revision} comes from a newer version of UPR Tracker")
        elif revision != result.head_revision:
            upgrade = ("opening it will upgrade it (after a backup)" if access.reason is None else
                       f"it must be upgraded on a copy in a folder that can be written ({access.reason} here)")
            result.warnings.append(f"schema {revision} is older than this version's ({result.head_revision}); "
                                   f"{upgrade}")
        messages = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        result.integrity = "ok" if messages == ["ok"] else "; ".join(messages[:10])
        if result.integrity != "ok":
            result.errors.append(f"SQLite integrity check failed: {result.integrity}")
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            result.errors.append(
                f"{len(broken)} rows point to records that do not exist (first in table {broken[0][0]})"
            )
        for table in COUNTED_TABLES:
            if table in tables:
                result.counts[table] = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if "search_document" in tables:
            for table in INDEXED_TABLES:
                indexed = connection.execute(
                    "SELECT count(*) FROM search_document WHERE kind = ?", (table,)
                ).fetchone()[0]
                stored = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if indexed != stored:
                    result.errors.append(f"the search index covers {indexed} of {stored} {table} records")
        elif revision is not None:
            result.errors.append("the full-text search index is missing")
    return result
