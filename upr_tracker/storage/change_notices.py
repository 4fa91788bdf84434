"""Change notices: telling the other windows open on a database that it changed, so that they show
other people's changes without a restart.

A unit of work that writes names the tables it touched (`touched_tables`, gathered as the session
flushes and executes); Database.write hands them to the backend's `announce_change` just before the
commit. On PostgreSQL that is a `pg_notify` inside the transaction, so it is sent only if the change
is committed, to every session LISTENing (`ListeningWatcher`). Where LISTEN cannot be used (an SQLite
file, or a server behind a connection pooler that does not pass notifications), `PollingWatcher`
reads a cheap "last change" (the newest audit entry's time) every few seconds, and the entries since.

Both call `deliver(ChangeNotice)` from a thread of their own: never the GUI's (gui.others_changes
turns notices into a Qt signal). A Database's own changes are not delivered to its own watcher.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from upr_tracker.storage.models import AuditEntry

if TYPE_CHECKING:
    from upr_tracker.storage.database import Database

log = logging.getLogger(__name__)

CHANNEL = "upr_tracker_changes"
POLL_SECONDS = 3.0
# Own audit entries remembered, to tell own changes from others' when polling (a few units of work' worth).
_OWN_ENTRIES_KEPT = 20_000
# pg_notify's payload is at most 8000 bytes: a long list of tables is cut (a window reloads all anyway).
_MOST_TABLES = 40


@dataclass(frozen=True)
class ChangeNotice:
    """Someone else changed the database: the tables, which of them gained or lost rows, and who."""

    tables: frozenset[str]
    rows_added_or_removed: frozenset[str]
    actors: tuple[str, ...]

    def who(self) -> str:
        return ", ".join(self.actors) or "someone"


# -- what a unit of work touched ----------------------------------------------------------------
def _after_flush(session: Session, _context: Any) -> None:
    touched = session.info.setdefault("touched_tables", set())
    changed_rows = session.info.setdefault("rows_added_or_removed", set())
    own = session.info.setdefault("own_audit_entries", [])
    for obj in session.new:
        table = getattr(obj, "__tablename__", None)
        if isinstance(obj, AuditEntry):
            own.append(obj.id)
            touched.add(obj.table_name)  # (an import's summary entry names what it wrote in SQL)
        elif table:
            touched.add(table)
            changed_rows.add(table)
    for obj in session.deleted:
        if table := getattr(obj, "__tablename__", None):
            touched.add(table)
            changed_rows.add(table)
    for obj in session.dirty:
        if (table := getattr(obj, "__tablename__", None)) and session.is_modified(obj):
            touched.add(table)


def _on_execute(state: Any) -> None:
    """Writes in SQL (imports' bulk inserts, derived columns) name their table too."""
    statement = state.statement
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(statement, "table", None)
        name = getattr(table, "name", None)
        if name:
            state.session.info.setdefault("touched_tables", set()).add(name)
            if state.is_insert or state.is_delete:
                state.session.info.setdefault("rows_added_or_removed", set()).add(name)


def install_change_tracking(session_class: type[Session]) -> None:
    event.listen(session_class, "after_flush", _after_flush)
    event.listen(session_class, "do_orm_execute", _on_execute)


def touched_tables(session: Session) -> set[str]:
    return set(session.info.get("touched_tables", ())) - {"audit_entry"}


def payload(session: Session, tables: set[str]) -> str:
    """What a notice says (JSON): the tables (and which gained or lost rows), the actor, the sending
    Database (the server adds the sending session's backend pid)."""
    named = sorted(tables)[:_MOST_TABLES]
    return json.dumps({"tables": named, "rows": sorted(set(session.info.get("rows_added_or_removed", ())) & set(named)),
                       "actor": session.info.get("actor", "unknown"), "sender": session.info.get("sender")},
                      ensure_ascii=False)


def announce_changes(database: Database, session: Session) -> None:
    """Before the commit of a unit of work (flushed): remember its audit entries as the Database's
    own, and have the backend announce the tables it touched."""
    database.own_changes.remember(session)
    tables = touched_tables(session)
    if tables:
        database.backend.announce_change(session, tables)


def notice_from_payload(text: str) -> tuple[str | None, ChangeNotice] | None:
    """The sender and the notice of a notification's payload (None for one not ours)."""
    try:
        data = json.loads(text)
        return data.get("sender"), ChangeNotice(frozenset(data["tables"]), frozenset(data.get("rows", ())),
                                                (str(data.get("actor") or "someone"),))
    except (ValueError, KeyError, TypeError):
        return None


class OwnChanges:
    """The audit entries a Database wrote itself (a polling watcher skips them)."""

    def __init__(self) -> None:
        self._ids: deque[uuid.UUID] = deque(maxlen=_OWN_ENTRIES_KEPT)
        self._lock = threading.Lock()

    def remember(self, session: Session) -> None:
        with self._lock:
            self._ids.extend(session.info.get("own_audit_entries", ()))

    def __contains__(self, entry_id: uuid.UUID) -> bool:
        with self._lock:
            return entry_id in self._ids


# -- watching ----------------------------------------------------------------------------------------
class _Watcher:
    def __init__(self, deliver: Callable[[ChangeNotice], None]) -> None:
        self.deliver = deliver
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)

    def start(self) -> _Watcher:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        raise NotImplementedError


class PollingWatcher(_Watcher):
    """Reads the newest audit entry's time every `interval` seconds; when it moved, the entries
    since say which tables changed and who changed them."""

    kind = "polling"

    def __init__(self, database: Database, deliver: Callable[[ChangeNotice], None],
                 interval: float = POLL_SECONDS) -> None:
        super().__init__(deliver)
        self.database = database
        self.interval = interval
        self._last: dt.datetime | None = None
        self._known = False  # whether _last was read (None then means: no change ever)
        self._started = threading.Event()

    def _newest(self) -> dt.datetime | None:
        with self.database.read() as session:
            return session.scalar(select(func.max(AuditEntry.at)))

    def start(self) -> PollingWatcher:
        """Start, once the newest change is known (in the watcher's thread: a read, never the GUI's)."""
        super().start()
        self._started.wait(timeout=10)
        return self

    def _run(self) -> None:
        try:
            self._last, self._known = self._newest(), True
        except Exception:  # unreadable now: what changes from the first tick that reads it is told
            log.debug("reading the newest change failed", exc_info=True)
        self._started.set()
        while not self._stop.wait(self.interval):
            if self.database.closed:
                return
            # Not while the Database writes or changes its engine (a key change, a lock): next tick.
            if not self.database._write_lock.acquire(blocking=False):
                continue
            try:
                self.poll()
            except Exception:  # a locked or unreachable database: try again at the next tick
                log.debug("polling for changes failed", exc_info=True)
            finally:
                self.database._write_lock.release()

    def poll(self) -> ChangeNotice | None:
        newest = self._newest()
        if not self._known:
            self._last, self._known = newest, True
            return None
        if newest is None or newest == self._last:
            return None
        with self.database.read() as session:
            query = select(AuditEntry.id, AuditEntry.table_name, AuditEntry.action, AuditEntry.actor)
            if self._last is not None:
                query = query.where(AuditEntry.at > self._last)
            entries = session.execute(query).all()
        self._last = newest
        others = [e for e in entries if e.id not in self.database.own_changes]
        if not others:
            return None
        notice = ChangeNotice(frozenset(e.table_name for e in others),
                              frozenset(e.table_name for e in others if e.action in ("create", "delete", "import")),
                              tuple(dict.fromkeys(e.actor for e in others)))
        self.deliver(notice)
        return notice


class ListeningWatcher(_Watcher):
    """LISTENs on a connection of its own (taken out of the Database's pool, so no password is asked
    again) and delivers each notice of another sender as it arrives."""

    kind = "listening"

    def __init__(self, database: Database, deliver: Callable[[ChangeNotice], None]) -> None:
        super().__init__(deliver)
        self.database = database
        raw = database.engine.raw_connection()
        connection = raw.driver_connection
        assert connection is not None, "a connection taken from the pool is open"
        self._connection: Any = connection   # a psycopg connection
        raw.detach()  # this connection is the watcher's alone, closed when it stops
        self._connection.rollback()  # (whatever the pool left open)
        self._connection.autocommit = True
        self._connection.execute(f"LISTEN {CHANNEL}")

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                for notify in self._connection.notifies(timeout=0.5):
                    self._handle(notify.payload)
                    if self._stop.is_set():
                        break
        except Exception:  # the server went away: the window keeps working, without notices
            log.warning("listening for others' changes stopped", exc_info=True)
        finally:
            try:
                self._connection.close()
            except Exception:  # noqa: BLE001 (closing a broken connection)
                pass

    def _handle(self, text: str) -> None:
        parsed = notice_from_payload(text)
        if parsed is None:
            return
        sender, notice = parsed
        if sender != self.database.sender:
            self.deliver(notice)


def watch_changes(database: Database, deliver: Callable[[ChangeNotice], None], *,
                  interval: float = POLL_SECONDS) -> _Watcher:
    """Start the best watcher the database allows (LISTEN on a server, else polling)."""
    if database.backend.name == "postgresql":
        try:
            return ListeningWatcher(database, deliver).start()
        except Exception:  # a pooler or a server refusing LISTEN: poll instead
            log.info("LISTEN is not possible here: polling for changes", exc_info=True)
    return PollingWatcher(database, deliver, interval).start()


