"""Options several commands share: a command with the database and the author of its changes, and
the State and cycle that narrow it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

ArgumentAdder = Callable[[argparse.ArgumentParser], None]


def changing_command(commands: Any, name: str, help_text: str, database_argument: ArgumentAdder,
                     author_argument: ArgumentAdder) -> argparse.ArgumentParser:
    """A command that opens a database (--db) and records who changed it (--author)."""
    parser = commands.add_parser(name, help=help_text)
    database_argument(parser)
    author_argument(parser)
    return parser


def state_option(parser: argparse.ArgumentParser, help_text: str, *, required: bool = False) -> None:
    parser.add_argument("--state", required=required, metavar="ISO3", help=f"{help_text} (code or name)")


def cycle_option(parser: argparse.ArgumentParser, help_text: str, *, required: bool = False) -> None:
    parser.add_argument("--cycle", type=int, required=required, metavar="N", help=help_text)


def quiet_option(parser: argparse.ArgumentParser, help_text: str = "no progress bar on the terminal") -> None:
    """--quiet: a long command draws its progress on standard error when that is a terminal."""
    parser.add_argument("--quiet", "-q", action="store_true", help=help_text)
