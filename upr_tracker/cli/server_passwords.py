"""The password of a team server on the command line: libpq finds it in ~/.pgpass or PGPASSWORD;
otherwise it is asked at the terminal (never taken from the command line, where `ps` shows it)."""

from __future__ import annotations

import getpass

import psycopg

from upr_tracker.cli.passphrases import at_a_terminal
from upr_tracker.errors import UprTrackerError
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.storage.server_opening import CONNECT_TIMEOUT_S


def _refused_for_password(exc: psycopg.OperationalError) -> bool:
    text = str(exc).lower()
    return "password" in text and ("no password supplied" in text or "authentication failed" in text)


def server_password(address: ServerAddress) -> str | None:
    """None when the server lets us in without one given here (.pgpass, PGPASSWORD, trust, a
    certificate); else the password asked at the terminal."""
    try:
        psycopg.connect(address.url().render_as_string(hide_password=False).replace("+psycopg", ""),
                        connect_timeout=CONNECT_TIMEOUT_S).close()
        return None
    except psycopg.OperationalError as exc:
        if not _refused_for_password(exc):
            return None  # (unreachable, no such database…: opening it says so in its own words)
        if not at_a_terminal():
            raise UprTrackerError(f"{address.name}: the server asks for {address.user or 'your'} password: put it "
                                  "in ~/.pgpass (or PGPASSWORD), or run the command in a terminal to be asked") from None
    password = getpass.getpass(f"Password of {address.user or getpass.getuser()} on {address.name}: ")
    if not password:
        raise UprTrackerError("no password given")
    return password
