"""A role of the test server that must give a password (scram-sha-256), for the tests of the
password's ways: the test cluster trusts everyone else, so a line for this role alone is put first in
its pg_hba.conf, and taken out after."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql

from tests.postgresql_databases import TestServer
from upr_tracker.storage.server_address import ServerAddress


@dataclass(frozen=True)
class PasswordRole:
    name: str
    password: str

    def address(self, database: ServerAddress) -> ServerAddress:
        return database.with_user(self.name)


def _hba_file(server: TestServer) -> Path | None:
    with psycopg.connect(str(server.admin), autocommit=True) as connection:
        row = connection.execute("SHOW hba_file").fetchone()
    path = Path(row[0]) if row else None
    return path if path is not None and path.is_file() and os.access(path, os.W_OK) else None


def _wait_for_password_rule(server: TestServer, role: PasswordRole) -> None:
    """The server reads pg_hba.conf again a moment after being told to."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(str(server.admin.with_user(role.name)), password="", connect_timeout=2).close()
        except psycopg.OperationalError as exc:
            if "password" in str(exc):
                return
        time.sleep(0.1)
    raise RuntimeError("the test server did not apply the password rule")


@contextmanager
def password_role(server: TestServer) -> Iterator[PasswordRole | None]:
    """A superuser role that logs in over TCP with its password only; None where the server's
    pg_hba.conf cannot be changed from here (a server of one's own elsewhere)."""
    hba = _hba_file(server)
    if hba is None:
        yield None
        return
    role = PasswordRole(f"upr_pw_{os.getpid()}", f"Pw-{os.getpid()}-kept-out-of-logs")
    original = hba.read_text()
    lines = "".join(f"host all {role.name} {net} scram-sha-256\n" for net in ("127.0.0.1/32", "::1/128"))
    server.execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
        sql.Identifier(role.name), sql.Literal(role.password)))
    hba.write_text(lines + original)
    server.execute("SELECT pg_reload_conf()")
    _wait_for_password_rule(server, role)
    try:
        yield role
    finally:
        hba.write_text(original)
        server.execute("SELECT pg_reload_conf()")
        server.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role.name)))
