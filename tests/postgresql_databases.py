"""Databases of the tests on a PostgreSQL server: each test gets one of its own, made in a moment
from a template (the schema and reference data; or the whole demo) and dropped after it."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg import sql

from tests.postgresql_cluster import URL_VARIABLE, binaries, start, stop
from upr_tracker.storage.server_address import ServerAddress, parse_server_url

EMPTY_TEMPLATE = "upr_test_template"
DEMO_TEMPLATE = "upr_test_demo_template"


class TestServer:
    """A PostgreSQL server the tests may create databases and roles on."""

    __test__ = False  # not a test class

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.admin, _password = parse_server_url(admin_url)
        self._counter = itertools.count()
        self._templates: set[str] = set()

    def execute(self, statement: sql.Composable | str, database: str | None = None) -> None:
        """Run one statement as the server's admin, outside a transaction (CREATE DATABASE, roles)."""
        address = self.admin if database is None else self.admin.with_database(database)
        with psycopg.connect(str(address), autocommit=True) as connection:
            connection.execute(statement)

    def address(self, database: str, user: str | None = None) -> ServerAddress:
        return self.admin.with_database(database).with_user(user or self.admin.user)

    def _template(self, name: str) -> str:
        if name in self._templates:
            return name
        self.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        if name == DEMO_TEMPLATE:
            from upr_tracker.services.demo import build_demo_database

            build_demo_database(self.address(name), actor="tester")
        else:
            from upr_tracker.storage.database import Database

            Database.open(self.address(name), create=True, actor="tester").close()
        self._templates.add(name)
        return name

    def new_database_name(self) -> str:
        return f"upr_test_{os.getpid()}_{next(self._counter)}"

    @contextmanager
    def fresh_database(self, *, demo: bool = False, empty: bool = False) -> Iterator[ServerAddress]:
        """A database of one's own: with the schema and reference data, the demo's data (`demo`), or
        nothing at all (`empty`); dropped afterwards, whoever is still connected."""
        name = self.new_database_name()
        if empty:
            self.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        else:
            template = self._template(DEMO_TEMPLATE if demo else EMPTY_TEMPLATE)
            self.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                          sql.Identifier(template)))
        try:
            yield self.address(name)
        finally:
            self.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def test_server() -> Iterator[TestServer | None]:
    """The server of UPR_TRACKER_TEST_POSTGRESQL_URL; else a cluster of the tests' own, when
    PostgreSQL is installed; else None."""
    url = os.environ.get(URL_VARIABLE)
    if url:
        yield TestServer(url)
        return
    if binaries() is None:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="upr-tracker-postgresql-"))
    try:
        yield TestServer(start(folder))
    finally:
        stop(folder)
