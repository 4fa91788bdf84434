"""Engines for an UPR Tracker database: foreign keys on, WAL, a busy timeout, real transactions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from upr_tracker.storage.encryption import Passphrase, connect, sqlcipher
from upr_tracker.storage.search_folding import indexed_form

# PRAGMA application_id marks a file as ours ("UPRT"), so that another application's SQLite file
# is recognised and refused before anything is written to it.
APPLICATION_ID = 0x55505254
BUSY_TIMEOUT_MS = 15_000


CACHE_KIB = 16_000
# An encrypted database decrypts each page it reads from the file: more pages kept decrypted in
# memory make its searches as fast as a plain database's (benchmark: median 59 ms with 16 MB, 16 ms
# with 64 MB, over 200,000 recommendations).
ENCRYPTED_CACHE_KIB = 64_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def create_sqlite_engine(path: Path, passphrase: Passphrase | None = None, *, read_only: bool = False,
                         immutable: bool = False, query_only: bool = False, **kwargs: Any) -> Engine:
    """An engine on one SQLite file (encrypted with `passphrase`, if given: see storage.encryption).

    Python's sqlite3 driver opens transactions lazily and commits DDL on its own; we take over
    (isolation_level=None plus an explicit BEGIN) so that a migration or an import is all or nothing.
    A unit of work that will write asks for BEGIN IMMEDIATE through the execution option
    `sqlite_begin`, which takes the write lock up front instead of failing half-way.

    `read_only` (and `immutable`, see storage.read_only): connections that cannot write, and that
    leave the journal mode as the file has it. `query_only`: connections that refuse to change the
    database but, where the folder can be written, still tidy its -wal and -shm away when the last
    one closes (a read-only connection leaves them behind).
    """
    if passphrase is not None:
        # SQLCipher's driver, so that its errors are SQLAlchemy's too; each connection gets the key
        # before anything else is read.
        kwargs.update(module=sqlcipher())
    if passphrase is not None or read_only:
        kwargs.update(creator=lambda: connect(path, passphrase, read_only=read_only, immutable=immutable,
                                              check_same_thread=False))
    # hide_parameters: an error's message would quote the values of its statement (a note's words),
    # and errors reach the log and the debug information a user sends.
    engine = create_engine(sqlite_url(path), hide_parameters=True, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # The full-text index's triggers fold Arabic, Chinese and Japanese text through it.
        dbapi_connection.create_function("upr_search_fold", 2, indexed_form, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if query_only:
            cursor.execute("PRAGMA query_only = ON")
        elif not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed change survives a power cut, not only a crash of the app.
            cursor.execute("PRAGMA synchronous = FULL")
        # Deleted content is overwritten, not left in free pages where a seized laptop would show it.
        cursor.execute("PRAGMA secure_delete = ON")
        # 16 MB of pages per connection (SQLite's default is 2 MB): the full-text index and the sort
        # keys a search goes through stay in memory from one search to the next.
        cursor.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB if passphrase is not None else CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get("sqlite_begin", "BEGIN"))

    return engine
