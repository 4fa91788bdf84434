"""Syncing a laptop's database with the team server: the server it syncs with, whether it syncs by
itself, and one sync, for the window and the command line alike (the merging is upr_tracker.sync's).

The server's address is kept in the laptop's database (never its password: that comes from
~/.pgpass, PGPASSWORD, or is asked for), so that the next sync needs no address, on the command line
or in the window.
"""

from __future__ import annotations

import json
import logging

from upr_tracker.errors import InvalidValueError, SyncError
from upr_tracker.services.progress import NO_PROGRESS, ProgressReporter
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Setting
from upr_tracker.storage.server_address import ServerAddress, database_target
from upr_tracker.sync import server_sync
from upr_tracker.sync.server_sync import SyncReport

SERVER_KEY = "sync.server"
AUTOMATIC_KEY = "sync.automatic"
log = logging.getLogger(__name__)


def _read(db: Database, key: str) -> object:
    with db.read() as session:
        setting = session.get(Setting, key)
        return json.loads(setting.value) if setting is not None else None


def _write(db: Database, key: str, value: object) -> None:
    with db.write() as session:
        setting = session.get(Setting, key)
        text = json.dumps(value, ensure_ascii=False)  # settings are stored as JSON text
        if setting is None:
            session.add(Setting(key=key, value=text))
        elif setting.value != text:
            setting.value = text


def remembered_server(db: Database) -> ServerAddress | None:
    """The team server this database last synced with (None: never). A setting that is no longer a
    server's address (edited by hand, damaged) is said in the log and taken as none."""
    url = _read(db, SERVER_KEY)
    if not url:
        return None
    try:
        target = database_target(str(url))
    except InvalidValueError as exc:
        log.warning("%s: the remembered sync server is not an address (%s); it is ignored", db.name, exc)
        return None
    return target if isinstance(target, ServerAddress) else None


def remember_server(db: Database, address: ServerAddress) -> None:
    _write(db, SERVER_KEY, str(address))  # (an address never holds a password: see storage.server_address)


def syncs_automatically(db: Database) -> bool:
    return bool(_read(db, AUTOMATIC_KEY))


def set_syncs_automatically(db: Database, on: bool) -> None:
    _write(db, AUTOMATIC_KEY, bool(on))


def check_is_a_laptop(db: Database) -> None:
    """A sync runs from a laptop's database to the team server, not between two servers."""
    if db.address is not None:
        raise SyncError(f"{db.name} is a team database on a server: sync from a laptop's database file "
                        "(upr-tracker sync --db FILE --server URL)")


def sync_with(local: Database, server: Database, progress: ProgressReporter = NO_PROGRESS) -> SyncReport:
    """Sync `local` with the team server's database `server` (open), and remember the server's
    address for the next sync."""
    check_is_a_laptop(local)
    if server.address is None:
        raise SyncError(f"{server.name} is a database file, not a team server: a laptop syncs with the team's "
                        "PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE)")
    report = server_sync.sync_with_server(local, server, progress)
    if remembered_server(local) != server.address:
        remember_server(local, server.address)
    return report


def sync_now(local: Database, address: ServerAddress, *, password: str | None = None,
             progress: ProgressReporter = NO_PROGRESS) -> SyncReport:
    """Open the team server at `address` (the password: `password`, else libpq's ~/.pgpass or
    PGPASSWORD), sync `local` with it, and remember the address. A server that cannot be reached
    or refuses the login raises before anything changes here."""
    check_is_a_laptop(local)
    server = Database.open(address, create=False, password=password)
    try:
        return sync_with(local, server, progress)
    finally:
        server.close()
