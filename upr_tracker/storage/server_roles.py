"""The roles of a team database on a PostgreSQL server: who may read, add and edit, or administer.

PostgreSQL's roles belong to the whole server (the cluster), not to one database, so each team
database has group roles of its own, named after it: `<database>_viewer`, `<database>_editor`,
`<database>_admin` (NOLOGIN). Two team databases on one server thus never share members. The groups
nest: the editor group is a member of the viewer group and the admin group of the editor group, so
an editor has every right a viewer has, and an admin every right an editor has.

- viewer: connects, reads every table (and writes reports, which are files of its own computer);
- editor: also adds, edits and deletes records (reviews, recommendations, notes, milestones…), but
  not the vocabularies (`term`, `term_alias`) nor the States (`state`, `state_name`);
- admin: everything on the tables, and adds users: an admin user is given CREATEROLE (attributes are
  not inherited from a group) and the three groups WITH ADMIN OPTION, so that it may grant them.

A user is a LOGIN role that is a member of one of the groups. Its password is hashed on this computer
(libpq's PQencryptPasswordConn, SCRAM) before it is sent, so the server's log never holds it.

Confidential notes are guarded by the row-level security policies of migration 0014, which name no
group: they compare a note's author and shares with `current_user` and its roles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import Connection, text

from upr_tracker.errors import DatabaseOpenError, InvalidValueError, PermissionDeniedError
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.storage.server_opening import CONNECT_TIMEOUT_S

ROLES = ("viewer", "editor", "admin")  # from the least to the most rights
# What only an admin may change: the vocabularies, the States, and the schema's version.
ADMIN_TABLES = ("term", "term_alias", "state", "state_name", "alembic_version")
# PostgreSQL cuts names longer than this (NAMEDATALEN - 1) silently: refused instead.
MAX_NAME = 63
WHAT_EACH_ROLE_MAY = {
    "viewer": "read and write reports",
    "editor": "add and edit records and notes",
    "admin": "manage users, the vocabularies and imports that touch several reviews",
}


# The database a server always has, to connect to while the team's is still to be created.
MAINTENANCE_DATABASE = "postgres"


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidValueError(f"--role {role}: a role is one of {', '.join(ROLES)}")
    return role


def group_role(database: str, role: str) -> str:
    """The group role of `role` ("viewer", "editor", "admin") on the team database `database`."""
    name = f"{database}_{check_role(role)}"
    if len(name.encode()) > MAX_NAME:
        raise InvalidValueError(f"the database's name {database!r} is too long for its roles' names "
                                f"({name!r} is over {MAX_NAME} bytes): give the team database a shorter name")
    return name


def group_roles(database: str) -> dict[str, str]:
    return {role: group_role(database, role) for role in ROLES}


def _driver(connection: Connection) -> Any:
    return connection.connection.driver_connection


def _run(connection: Connection, statement: sql.Composable) -> None:
    """A utility statement (CREATE ROLE, GRANT…), which takes no bound parameter: its names and
    literals are quoted by psycopg."""
    _driver(connection).execute(statement)


def _current_database(connection: Connection) -> str:
    name: str = connection.execute(text("SELECT current_database()")).scalar_one()
    return name


def _existing_roles(connection: Connection, names: Iterable[str]) -> set[str]:
    return set(connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
                                  {"names": list(names)}).scalars())


def _tables(connection: Connection) -> list[str]:
    return list(connection.execute(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")).scalars())


def _names(names: Iterable[str]) -> sql.Composable:
    return sql.SQL(", ").join(sql.Identifier(n) for n in names)


@dataclass(frozen=True)
class RolesSetUp:
    database: str
    groups: dict[str, str]
    created: tuple[str, ...]  # the group roles made now (none when they were there already)


def create_database_if_missing(address: ServerAddress, password: str | None) -> bool:
    """Create the team database when the server has none of that name (the user needs CREATEDB)."""
    maintenance = address.with_database(MAINTENANCE_DATABASE)
    try:
        with psycopg.connect(str(maintenance), password=password, autocommit=True,
                             connect_timeout=CONNECT_TIMEOUT_S) as connection:
            if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (address.database,)).fetchone():
                return False
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(address.database)))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise PermissionDeniedError(f"{address.name}: the database {address.database} does not exist and "
                                    f"{address.user or 'this user'} may not create it ({exc}); ask the server's "
                                    "administrator to create it, owned by you") from None
    except psycopg.OperationalError as exc:
        raise DatabaseOpenError(f"{address.name}: the server cannot be reached or refused the connection "
                                f"({str(exc).strip().splitlines()[0]})") from None
    return True


def set_up_roles(connection: Connection) -> RolesSetUp:
    """Create the group roles of the connected database if missing, and (again) their grants and
    default privileges. Running it twice changes nothing: a GRANT already given is a no-op.
    Needs the server's superuser, or the database's owner holding CREATEROLE."""
    database = _current_database(connection)
    groups = group_roles(database)
    existing = _existing_roles(connection, groups.values())
    created = tuple(name for name in groups.values() if name not in existing)
    for name in created:
        _run(connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    viewer, editor, admin = (sql.Identifier(groups[r]) for r in ROLES)
    _run(connection, sql.SQL("GRANT {} TO {}").format(viewer, editor))
    _run(connection, sql.SQL("GRANT {} TO {}").format(editor, admin))
    # The team database is closed to the server's other users: only its groups connect.
    db = sql.Identifier(database)
    _run(connection, sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db))
    _run(connection, sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(db, viewer))
    _run(connection, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(viewer))
    tables = _tables(connection)
    records = [t for t in tables if t not in ADMIN_TABLES]
    _run(connection, sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(viewer))
    if records:
        _run(connection, sql.SQL("GRANT INSERT, UPDATE, DELETE ON {} TO {}").format(_names(records), editor))
    _run(connection, sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA public TO {}").format(admin))
    _run(connection, sql.SQL("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(viewer))
    _run(connection, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(editor))
    _run(connection, sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {}").format(admin))
    # Tables a later version's migrations make (as this user) are records to editors; a new
    # vocabulary table is taken back from them by running server init again.
    default = sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {} ON {} TO {}")
    for rights, kind, group in (("SELECT", "TABLES", viewer), ("INSERT, UPDATE, DELETE", "TABLES", editor),
                                ("ALL", "TABLES", admin), ("SELECT", "SEQUENCES", viewer),
                                ("USAGE, SELECT", "SEQUENCES", editor), ("ALL", "SEQUENCES", admin)):
        _run(connection, default.format(sql.SQL(rights), sql.SQL(kind), group))
    return RolesSetUp(database, groups, created)


def roles_are_set_up(connection: Connection) -> bool:
    groups = group_roles(_current_database(connection))
    return _existing_roles(connection, groups.values()) == set(groups.values())


def current_role(connection: Connection) -> str:
    """What the connected user may do on this database: "admin" for the server's superuser, the
    database's owner, or a member of its admin group (and where the groups were never set up, as
    the server's own grants then decide); else "editor" or "viewer" by its group."""
    if is_owner_or_superuser(connection):
        return "admin"
    groups = group_roles(_current_database(connection))
    existing = _existing_roles(connection, groups.values())
    if not existing:
        return "admin"
    for role in reversed(ROLES):
        name = groups[role]
        if name in existing and connection.execute(text("SELECT pg_has_role(current_user, :g, 'MEMBER')"),
                                                   {"g": name}).scalar_one():
            return role
    return "viewer"


@dataclass(frozen=True)
class TeamUser:
    name: str
    role: str


def _check_user_name(name: str) -> str:
    if not name or name != name.strip() or len(name.encode()) > MAX_NAME or any(not c.isprintable() for c in name):
        raise InvalidValueError(f"user name {name!r}: give 1 to {MAX_NAME} visible characters, without spaces at "
                                "either end")
    if name.lower().startswith("pg_"):
        raise InvalidValueError(f"user name {name!r}: names beginning with pg_ are the server's own")
    return name


def list_users(connection: Connection) -> list[TeamUser]:
    """The users (LOGIN roles) of this team database, each with its highest role."""
    groups = group_roles(_current_database(connection))
    role_of_group = {name: role for role, name in groups.items()}
    found: dict[str, str] = {}
    for user, group in connection.execute(text(
            "SELECT u.rolname, g.rolname FROM pg_auth_members AS m JOIN pg_roles AS u ON u.oid = m.member"
            " JOIN pg_roles AS g ON g.oid = m.roleid WHERE u.rolcanlogin AND g.rolname = ANY(:groups)"),
            {"groups": list(groups.values())}):
        role = role_of_group[group]
        if user not in found or ROLES.index(role) > ROLES.index(found[user]):
            found[user] = role
    return [TeamUser(name, found[name]) for name in sorted(found)]


def _grant_role(connection: Connection, name: str, role: str) -> None:
    groups = group_roles(_current_database(connection))
    user = sql.Identifier(name)
    if role == "admin":
        # CREATEROLE to add users; ADMIN OPTION to grant the groups (needed from PostgreSQL 16 on).
        _run(connection, sql.SQL("ALTER ROLE {} CREATEROLE").format(user))
        _run(connection, sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(_names(groups.values()), user))
    else:
        _run(connection, sql.SQL("GRANT {} TO {}").format(sql.Identifier(groups[role]), user))


def _revoke_roles(connection: Connection, name: str) -> None:
    groups = group_roles(_current_database(connection))
    _run(connection, sql.SQL("REVOKE {} FROM {}").format(_names(groups.values()), sql.Identifier(name)))


def _is_admin_elsewhere(connection: Connection, name: str) -> bool:
    """Whether the user is an admin of another team database (its CREATEROLE serves there too)."""
    own = group_role(_current_database(connection), "admin")
    return bool(connection.execute(text(
        "SELECT count(*) FROM pg_auth_members AS m JOIN pg_roles AS u ON u.oid = m.member"
        " JOIN pg_roles AS g ON g.oid = m.roleid WHERE u.rolname = :user AND g.rolname LIKE '%\\_admin'"
        " AND g.rolname <> :own"), {"user": name, "own": own}).scalar_one())


def add_user(connection: Connection, name: str, role: str, password: str) -> TeamUser:
    """A new login `name` with `role` on this database. The password is sent hashed (never as
    text), so neither the server's log nor a statement shown in an error holds it."""
    _check_user_name(name)
    check_role(role)
    if not password:
        raise InvalidValueError(f"user {name}: the password is empty")
    if _existing_roles(connection, [name]):
        raise InvalidValueError(f"user {name} exists already on this server: to change its role, "
                                f"upr-tracker user role {name} --role {role}")
    driver = _driver(connection)
    verifier = driver.pgconn.encrypt_password(password.encode(), name.encode()).decode()
    _run(connection, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), sql.Literal(verifier)))
    _grant_role(connection, name, role)
    return TeamUser(name, role)


def _team_user(connection: Connection, name: str) -> TeamUser:
    for user in list_users(connection):
        if user.name == name:
            return user
    raise InvalidValueError(f"{name} is not a user of the team database {_current_database(connection)} "
                            "(upr-tracker user list shows them)")


def set_user_role(connection: Connection, name: str, role: str) -> TeamUser:
    """Give `name` (a user of this database) `role` instead of its present one."""
    check_role(role)
    _team_user(connection, name)
    _revoke_roles(connection, name)
    if role != "admin" and not _is_admin_elsewhere(connection, name):
        _run(connection, sql.SQL("ALTER ROLE {} NOCREATEROLE").format(sql.Identifier(name)))
    _grant_role(connection, name, role)
    return TeamUser(name, role)


def remove_user(connection: Connection, name: str) -> bool:
    """Take `name` out of this database's groups; its login goes too unless it belongs to another
    team database's groups (True when the login was dropped). The notes it wrote stay, under its name."""
    _team_user(connection, name)
    _revoke_roles(connection, name)
    still_member = connection.execute(text(
        "SELECT count(*) FROM pg_auth_members AS m JOIN pg_roles AS u ON u.oid = m.member"
        " WHERE u.rolname = :user"), {"user": name}).scalar_one()
    if still_member:
        return False
    _run(connection, sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
    return True


def resolve_grantees(connection: Connection, names: Iterable[str]) -> dict[str, str | None]:
    """Each name a note is shared with, as a role of the server: a user or group as named, or
    "viewer", "editor", "admin" for this database's group (None: no such role)."""
    database = _current_database(connection)
    wanted = {name: group_role(database, name) if name in ROLES else name for name in names}
    existing = _existing_roles(connection, wanted.values())
    return {name: role if role in existing else None for name, role in wanted.items()}


def is_owner_or_superuser(connection: Connection) -> bool:
    return bool(connection.execute(text(
        "SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER')"
        " FROM pg_roles AS r, pg_database AS d WHERE r.rolname = current_user AND d.datname = current_database()"
    )).scalar_one())


def role_needed(detail: str) -> str:
    """The role a refused statement needs, from the server's message ("permission denied for table
    term"): admin for the vocabularies, States and roles, else editor; "author" for a row the
    policies of confidential notes refuse, "owner" for a change of the schema."""
    lowered = detail.lower()
    if "row-level security" in lowered:
        return "author"
    if "must be owner" in lowered:  # a schema change (an upgrade)
        return "owner"
    if "role" in lowered and "table" not in lowered:  # creating, altering, granting a role
        return "admin"
    if any(f"table {table}" in lowered for table in ADMIN_TABLES):
        return "admin"
    return "editor"
