"""Two people on one database, each with a Database of their own: on a file the actor is the name
given; on a server it is the role one logs in as, so maria and joseph get roles of their own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from upr_tracker.storage.database import Database

PEOPLE = ("maria", "joseph")


def make_roles(server) -> None:  # noqa: ANN001
    for name in PEOPLE:
        server.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
                       f"CREATE ROLE {name} LOGIN SUPERUSER; END IF; END $$")


@contextmanager
def two_people(db: Database, server) -> Iterator[tuple[Database, Database]]:  # noqa: ANN001
    """maria's and joseph's Databases on the database `db` is open on."""
    if db.address is not None:
        make_roles(server)
        opened = [Database.open(db.address.with_user(name)) for name in PEOPLE]
    else:
        opened = [Database.open(db.path, actor=name) for name in PEOPLE]
    try:
        yield opened[0], opened[1]
    finally:
        for database in opened:
            database.close()
