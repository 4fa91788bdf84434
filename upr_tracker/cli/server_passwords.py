"""The password of a team database on a server, for the commands.

libpq reads `~/.pgpass` and `PGPASSWORD` itself; only when the server still asks for one is it asked
at the terminal (three tries, as a passphrase is), and handed to the driver alone: it is never part
of the address, a message or a log. Without a terminal, the message says where to put it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from upr_tracker.errors import (
    PasswordRequiredError,
    UprTrackerError,
    WrongPasswordError,
)
from upr_tracker.storage.server_address import ServerAddress

TRIES_AT_THE_TERMINAL = 3
Opened = TypeVar("Opened")


def server_user(address: ServerAddress) -> str:
    """The role the server is asked for: the address's, else libpq's default (PGUSER, the login)."""
    return address.user or os.environ.get("PGUSER") or getpass.getuser()


def where_passwords_go(address: ServerAddress) -> str:
    user = server_user(address)
    return (f"put it in ~/.pgpass (a line {address.host}:{address.port}:{address.database}:{user}:PASSWORD, "
            "in a file only you may read: chmod 600 ~/.pgpass) or in the PGPASSWORD environment variable, "
            "or run the command in a terminal to be asked for it")


def refuse_passphrase_file(args: argparse.Namespace, address: ServerAddress) -> None:
    if getattr(args, "passphrase_file", None):
        raise UprTrackerError(f"--passphrase-file is for an encrypted database file; {address.name} is a team "
                              "database on a server, opened with its user's password (~/.pgpass, PGPASSWORD, "
                              "or asked for)")


def _at_a_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def open_with_password(address: ServerAddress, opener: Callable[[str | None], Opened]) -> Opened:
    """`opener(None)`, letting libpq find the password; if the server refuses to go on without
    one, `opener(password)` with the password asked at the terminal (again after a wrong one)."""
    try:
        return opener(None)
    except (PasswordRequiredError, WrongPasswordError) as exc:
        if not _at_a_terminal():
            raise type(exc)(f"{exc}: {where_passwords_go(address)}") from None
        if isinstance(exc, WrongPasswordError):  # the one of ~/.pgpass or PGPASSWORD
            print(f"upr-tracker: {exc}", file=sys.stderr)
    user = server_user(address)
    for attempt in range(1, TRIES_AT_THE_TERMINAL + 1):
        password = getpass.getpass(f"Password of {user} on {address.name}: ")
        if not password:
            raise UprTrackerError("no password given")
        try:
            return opener(password)
        except WrongPasswordError:
            if attempt == TRIES_AT_THE_TERMINAL:
                raise
            print("The server refused that password; try again.", file=sys.stderr)
        finally:
            del password
    raise AssertionError("unreachable")


def server_password(address: ServerAddress) -> str | None:
    """The password to hand to a command that connects by itself (copy, pg_dump): None when the
    server lets us in without one given here (~/.pgpass, PGPASSWORD, trust, a certificate), else the
    one asked at the terminal, tried first."""
    from upr_tracker.storage.server_opening import check_login

    def logged_in_with(password: str | None) -> str | None:
        check_login(address, password)
        return password

    return open_with_password(address, logged_in_with)
