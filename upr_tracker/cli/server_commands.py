"""`upr-tracker server init` and `upr-tracker user add | list | role | remove`: a team database on a
PostgreSQL server, its roles and its users (services.team_server)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from upr_tracker.cli.passphrases import at_a_terminal, read_passphrase_text
from upr_tracker.errors import UprTrackerError
from upr_tracker.services import team_server
from upr_tracker.storage.database import Database

ROLE_HELP = "viewer (reads, writes reports), editor (adds and edits), admin (users, vocabularies, imports of several reviews)"


def _server_argument(parser: argparse.ArgumentParser) -> None:
    # (its own dest: --db of the other commands is a file path, checked and backed up as a file)
    parser.add_argument("--db", dest="server_db", required=True, metavar="URL",
                        help="the team database: postgresql://USER@HOST:PORT/DATABASE (your password from "
                        "~/.pgpass or PGPASSWORD)")


def add_server_commands(commands: Any) -> None:
    server = commands.add_parser("server", help="a team database on a PostgreSQL server: set it up")
    server_actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    init = server_actions.add_parser("init", help="create the team database's schema, roles and row-level "
                                     "security (by the server's superuser or the database's owner; run again, "
                                     "it changes nothing)")
    _server_argument(init)
    init.add_argument("--json", action="store_true", help="print what was set up as JSON")
    server.set_defaults(server_handler=_init)

    user = commands.add_parser("user", help="the users of a team database: add, list, role, remove (admin)")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="create a login with a role on the team database")
    add.add_argument("name", metavar="NAME", help="the user's name (the one it signs in with)")
    add.add_argument("--role", required=True, choices=team_server.ROLES, help=ROLE_HELP)
    _server_argument(add)
    add.add_argument("--password-file", type=Path, metavar="FILE",
                     help="the new user's password on the first line of FILE (without it, asked twice at the terminal)")
    listing = actions.add_parser("list", help="the users of the team database and their roles")
    _server_argument(listing)
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    role = actions.add_parser("role", help="give a user another role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=team_server.ROLES, help=ROLE_HELP)
    _server_argument(role)
    remove = actions.add_parser("remove", help="take a user off the team database (its notes stay)")
    remove.add_argument("name", metavar="NAME")
    _server_argument(remove)
    user.set_defaults(server_handler=_user)


def run_server_command(args: argparse.Namespace) -> int:
    return int(args.server_handler(args))


def _init(args: argparse.Namespace) -> int:
    done = team_server.init_server(args.server_db)
    if args.json:
        print(json.dumps({"database": done.database, "created_database": done.created_database,
                          "groups": done.groups, "created_roles": list(done.created_roles)}, indent=2))
        return 0
    if done.created_database:
        print(f"Created the database {done.database}.")
    made = f"created {', '.join(done.created_roles)}" if done.created_roles else "they were there already"
    print(f"{done.name} is set up: schema, row-level security of confidential notes, and the roles "
          f"{', '.join(done.groups.values())} ({made}). Add users with: upr-tracker user add NAME --role editor "
          f"--db {args.server_db}")
    return 0


def _new_password(args: argparse.Namespace) -> str:
    if args.password_file is not None:
        return read_passphrase_text(args.password_file, "--password-file")
    if not at_a_terminal():
        raise UprTrackerError("give the new user's password with --password-file FILE (or run the command in a "
                              "terminal to be asked for it)")
    first = getpass.getpass(f"Password for {args.name}: ")
    if not first:
        raise UprTrackerError("no password given; nothing was changed")
    if getpass.getpass("The same again: ") != first:
        raise UprTrackerError("the two passwords differ; nothing was changed")
    return first


def _user(args: argparse.Namespace) -> int:
    target = team_server.server_address(args.server_db)
    password = _new_password(args) if args.user_action == "add" else None
    with Database.open(target, create=False) as db:
        if args.user_action == "add":
            added = team_server.add_user(db, args.name, args.role, password or "")
            print(f"Added {added.name}, {added.role} on {db.name}.")
        elif args.user_action == "list":
            users = team_server.list_users(db)
            if args.json:
                print(json.dumps([{"name": u.name, "role": u.role} for u in users], indent=2))
            else:
                for u in users:
                    print(f"{u.name}\t{u.role}")
                print(f"{len(users)} user{'s' if len(users) != 1 else ''}.")
        elif args.user_action == "role":
            changed = team_server.set_user_role(db, args.name, args.role)
            print(f"{changed.name} is now {changed.role} on {db.name}.")
        else:
            dropped = team_server.remove_user(db, args.name)
            kept = "" if dropped else " (the login stays: it belongs to another team database too)"
            print(f"Removed {args.name} from {db.name}{kept}.", file=sys.stdout)
    return 0
