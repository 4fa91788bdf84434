"""A team's database on a PostgreSQL server: setting it up (`server init`), its users and their
roles (viewer, editor, admin: storage.server_roles), and saying before trying what a role may not do.

The window and the command line call these alike. Every change of users needs the admin role; the
server refuses it anyway to anyone else (it is the server that enforces the roles, and the
row-level security of confidential notes), the checks here only say it first, and clearly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from upr_tracker.errors import InvalidValueError, PermissionDeniedError
from upr_tracker.storage import server_roles
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress, database_target
from upr_tracker.storage.server_roles import ROLES, WHAT_EACH_ROLE_MAY, TeamUser

__all__ = ["ROLES", "ServerSetUp", "TeamUser", "add_user", "init_server", "list_users", "remove_user",
           "require_role", "set_user_role"]


def require_role(db: Database, needed: str, what: str) -> None:
    """Refuse `what` before trying when the user's role on `db` is below `needed`."""
    if ROLES.index(db.role) < ROLES.index(needed):
        where = db.address.with_user(None) if db.address is not None else db.target  # (an admin's own user)
        raise PermissionDeniedError(f"{what} needs the {needed} role on {db.name}; your role there is {db.role} "
                                    f"({'an' if db.role[0] in 'ae' else 'a'} {db.role} may {WHAT_EACH_ROLE_MAY[db.role]}). An admin can give it: "
                                    f"upr-tracker user role {db.actor} --role {needed} --db {where}")


def server_address(target: str | Path | ServerAddress) -> ServerAddress:
    found = database_target(target) if isinstance(target, str) else target
    if not isinstance(found, ServerAddress):
        raise InvalidValueError(f"--db {target}: roles and users are those of a team database on a PostgreSQL "
                                "server (postgresql://USER@HOST:PORT/DATABASE); a database file is protected by "
                                "its folder's permissions and its passphrase")
    return found


@dataclass(frozen=True)
class ServerSetUp:
    database: str
    name: str                  # as messages name it ("upr on host:5432")
    created_database: bool     # it did not exist on the server
    groups: dict[str, str]     # role -> group role
    created_roles: tuple[str, ...]


def init_server(target: str | ServerAddress, *, password: str | None = None) -> ServerSetUp:
    """Set up a team database (run by the server's superuser or the database's owner): the
    database if missing, the schema with its row-level security (migrations) and reference data,
    then the group roles and their grants. Running it again changes nothing."""
    address = server_address(target)
    created_database = server_roles.create_database_if_missing(address, password)
    with Database.open(address, create=True, password=password) as db:
        with _admin_connection(db) as connection:
            if not server_roles.is_owner_or_superuser(connection):
                raise PermissionDeniedError(f"server init on {db.name} is run by the server's superuser or the "
                                            f"database's owner, not by {db.actor}")
            done = server_roles.set_up_roles(connection)
        return ServerSetUp(done.database, db.name, created_database, done.groups, done.created)


@contextmanager
def _admin_connection(db: Database) -> Iterator[Connection]:
    """One transaction of role changes: all of it or, on any error, nothing."""
    with db.backend.translated_errors(db.name), db.engine.begin() as connection:
        yield connection


def _users_database(db: Database, what: str) -> None:
    server_address(db.target)
    require_role(db, "admin", what)


def list_users(db: Database) -> list[TeamUser]:
    server_address(db.target)
    with db.backend.translated_errors(db.name), db.engine.connect() as connection:
        return server_roles.list_users(connection)


def add_user(db: Database, name: str, role: str, password: str) -> TeamUser:
    """A new login on the server, with `role` on this team database."""
    server_roles.check_role(role)
    _users_database(db, "adding a user")
    with _admin_connection(db) as connection:
        return server_roles.add_user(connection, name, role, password)


def set_user_role(db: Database, name: str, role: str) -> TeamUser:
    server_roles.check_role(role)
    _users_database(db, "changing a user's role")
    if name == db.actor and role != "admin":
        raise InvalidValueError(f"{name}: you cannot take the admin role from yourself; another admin can")
    with _admin_connection(db) as connection:
        return server_roles.set_user_role(connection, name, role)


def remove_user(db: Database, name: str) -> bool:
    """True when the login was dropped; False when it stays for another team database."""
    _users_database(db, "removing a user")
    if name == db.actor:
        raise InvalidValueError(f"{name}: you cannot remove yourself; another admin can")
    with _admin_connection(db) as connection:
        return server_roles.remove_user(connection, name)
