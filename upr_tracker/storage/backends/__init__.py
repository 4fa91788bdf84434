"""The storage backends: what differs between an SQLite file and a PostgreSQL team server.

The services never ask which engine they run on. What they need that the engines do differently
(full-text search, how a write begins, purging deleted text, planner statistics, backups) is asked of
`backend_of(session)`, which returns the one implementation for the session's engine.
"""

from __future__ import annotations

from typing import Any

from upr_tracker.storage.backends.base import StorageBackend


def backend_named(dialect_name: str) -> StorageBackend:
    if dialect_name == "postgresql":
        from upr_tracker.storage.backends.postgresql import POSTGRESQL

        return POSTGRESQL
    if dialect_name == "sqlite":
        from upr_tracker.storage.backends.sqlite import SQLITE

        return SQLITE
    raise ValueError(f"UPR Tracker does not run on {dialect_name} databases")


def backend_of(bind: Any) -> StorageBackend:
    """The backend of a Session, Connection or Engine."""
    if hasattr(bind, "get_bind"):  # a Session
        bind = bind.get_bind()
    return backend_named(bind.dialect.name)
