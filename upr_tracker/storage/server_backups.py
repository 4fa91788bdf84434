"""Backups of a team database on a PostgreSQL server, with PostgreSQL's own pg_dump and pg_restore
(custom format: compressed, restored whole in one transaction).

The password reaches the child program through its environment (PGPASSWORD) or ~/.pgpass, never
its command line, where other users' `ps` would show it. pg_dump must be of the server's major
version or newer. Row-level security hides other people's confidential notes from a role that is
neither a superuser nor BYPASSRLS: such a backup is incomplete, and the result says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import subprocess
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import make_conninfo
from sqlalchemy import Engine, text

from upr_tracker.app_paths import data_folder
from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import create_private_file, make_private_folder
from upr_tracker.storage.backends.postgresql import translated_errors
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.storage.server_opening import create_server_engine

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".dump"
_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")


class ServerToolError(UprTrackerError):
    """pg_dump or pg_restore is missing, too old for the server, or failed."""


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    size: int
    # False when row-level security kept some rows (others' confidential notes) out of the backup.
    complete: bool
    warning: str | None = None


@dataclass(frozen=True)
class RestoredServerBackup:
    backup: Path
    recommendations: int
    notes: int


def server_tool(name: str) -> Path:
    """pg_dump or pg_restore, from PATH (ServerToolError saying how to get it otherwise)."""
    found = shutil.which(name)
    if found is None:
        raise ServerToolError(f"{name} was not found: install PostgreSQL's client programs (on Debian or Ubuntu: "
                              "apt-get install postgresql-client; on Windows and macOS they come with the "
                              "PostgreSQL installer) and make sure the folder holding them is on PATH")
    return Path(found)


def tool_major_version(program: Path) -> int:
    result = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=False)
    match = _VERSION.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise ServerToolError(f"{program} --version did not say which PostgreSQL it is ({result.stdout.strip()} "
                              f"{result.stderr.strip()})")
    return int(match.group(1))


def server_major_version(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def conninfo(address: ServerAddress) -> str:
    """The connection string for libpq's programs: no password in it."""
    return make_conninfo(host=address.host, port=str(address.port), dbname=address.database,
                         user=address.user or None, **dict(address.options))


def _environment(password: str | None) -> dict[str, str]:
    environment = dict(os.environ)
    if password is not None:
        environment["PGPASSWORD"] = password
    return environment


def hidden_rows_warning(engine: Engine, name: str) -> str | None:
    """Why a backup taken by this role would miss rows: row-level security is on for some tables,
    and the role is neither a superuser nor BYPASSRLS (None: it sees everything)."""
    with engine.connect() as connection:
        sees_all = connection.execute(text(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")).scalar_one()
        guarded = list(connection.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE c.relrowsecurity AND n.nspname = current_schema() ORDER BY c.relname")).scalars())
    if sees_all or not guarded:
        return None
    return (f"row-level security keeps rows of {', '.join(guarded)} that your role may not see (other people's "
            f"confidential notes) out of this backup of {name}: it is incomplete. Take the backup as the server's "
            "superuser, or as a role with BYPASSRLS (ALTER ROLE … BYPASSRLS), for a complete one")


def dump_server_database(address: ServerAddress, out: Path, *, password: str | None = None) -> ServerBackup:
    """Back the team database up into `out` with pg_dump (custom format), written under another name
    and moved into place once whole."""
    program = server_tool("pg_dump")
    engine = create_server_engine(address, password)
    try:
        with translated_errors(address.name):
            server_major = server_major_version(engine)
            warning = hidden_rows_warning(engine, address.name)
    finally:
        engine.dispose()
    tool_major = tool_major_version(program)
    if tool_major < server_major:
        raise ServerToolError(f"{program} is of PostgreSQL {tool_major}, older than the server's ({server_major}): "
                              f"it cannot back it up. Install the client programs of PostgreSQL {server_major} or "
                              "newer; nothing was written")
    out = out.expanduser().resolve()
    make_private_folder(out.parent)
    part = out.with_name(f".{out.name}.part")
    create_private_file(part)
    command = [str(program), "--format=custom", "--no-password", f"--file={part}"]
    if warning is not None:
        command.append("--enable-row-security")  # (else pg_dump stops at the first table it cannot read whole)
    try:
        _run(command + [f"--dbname={conninfo(address)}"], password, "pg_dump", address)
        os.replace(part, out)
    finally:
        with suppress(OSError):
            part.unlink(missing_ok=True)
    log.info("Backed up %s to %s (%d bytes%s)", address.name, out, out.stat().st_size,
             "" if warning is None else "; some rows were hidden from this user")
    return ServerBackup(out, out.stat().st_size, warning is None, warning)


def _run(command: list[str], password: str | None, program: str, address: ServerAddress) -> None:
    result = subprocess.run(command, capture_output=True, text=True, env=_environment(password), check=False)
    if result.returncode != 0:
        why = " ".join(line.strip() for line in result.stderr.strip().splitlines()[:3]) or f"exit {result.returncode}"
        raise ServerToolError(f"{program} failed on {address.name}: {why}")


def schema_tables(engine: Engine) -> list[str]:
    with engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars())


def restore_server_database(address: ServerAddress, backup: Path, *, password: str | None = None,
                            clean: bool = False) -> RestoredServerBackup:
    """Restore a pg_dump backup into the database at `address`, which must be empty (a new database)
    unless `clean`, which drops what the backup holds first. One transaction: all or nothing."""
    backup = backup.expanduser()
    if not backup.is_file():
        raise UprTrackerError(f"{backup}: there is no such backup file")
    program = server_tool("pg_restore")
    listed = subprocess.run([str(program), "--list", str(backup)], capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        raise UprTrackerError(f"{backup} is not a backup made by pg_dump --format=custom (or it is damaged): "
                              f"{listed.stderr.strip().splitlines()[0] if listed.stderr.strip() else 'unreadable'}. "
                              "Nothing was restored")
    engine = create_server_engine(address, password)
    try:
        with translated_errors(address.name):
            tables = schema_tables(engine)
    finally:
        engine.dispose()
    if tables and not clean:
        shown = ", ".join(tables[:4]) + (", …" if len(tables) > 4 else "")
        raise UprTrackerError(f"{address.name} is not empty (tables: {shown}); nothing was restored. Restore into a "
                              "new database (createdb, or CREATE DATABASE), or replace what is there with --clean")
    command = [str(program), "--no-password", "--exit-on-error", "--single-transaction", "--no-owner",
               f"--dbname={conninfo(address)}"]
    if clean:
        command += ["--clean", "--if-exists"]
    _run(command + [str(backup)], password, "pg_restore", address)
    engine = create_server_engine(address, password)
    try:
        with translated_errors(address.name), engine.connect() as connection:
            recommendations = connection.execute(text("SELECT count(*) FROM recommendation")).scalar_one()
            notes = connection.execute(text("SELECT count(*) FROM note")).scalar_one()
    finally:
        engine.dispose()
    log.info("Restored %s from %s (%d recommendations, %d notes)", address.name, backup, recommendations, notes)
    return RestoredServerBackup(backup, recommendations, notes)


def upgrade_backup_folder() -> Path:
    """Where a team database is backed up before an upgrade of its schema: the user's data folder."""
    return data_folder() / "server-backups"


def backup_before_upgrade(engine: Engine, address: ServerAddress) -> ServerBackup | None:
    """A pg_dump of the team database into the user's data folder before its schema is upgraded;
    None when pg_dump is not installed, or older than the server (the upgrade itself is one
    transaction all the same, and pg_dump by hand can back the database up first)."""
    program = shutil.which("pg_dump")
    if program is None or tool_major_version(Path(program)) < server_major_version(engine):
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    where = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{address.database}-{address.host}-{address.port}")
    out = upgrade_backup_folder() / f"{where}-{stamp}-before-upgrade{BACKUP_SUFFIX}"
    return dump_server_database(address, out, password=engine.url.password)
