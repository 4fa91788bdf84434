"""`upr-tracker sync --db FILE [--server URL]` and `upr-tracker sync status --db FILE`: a laptop's
database in step with the team server (services.team_server_sync, upr_tracker.sync)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import Any

from upr_tracker.cli.command_options import quiet_option
from upr_tracker.cli.passphrases import open_to_change, open_to_read
from upr_tracker.cli.server_passwords import open_with_password
from upr_tracker.cli.terminal_progress import TerminalProgress
from upr_tracker.errors import UprTrackerError
from upr_tracker.services import team_server_sync
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.sync.peers import PeerInfo, list_peers
from upr_tracker.sync.server_sync import SyncReport


def server_argument(text: str) -> ServerAddress:
    """--server URL: a team server's address, with --db's refusals (a password in it, a malformed one)."""
    from upr_tracker.cli.main import database_argument

    target = database_argument(text)
    if not isinstance(target, ServerAddress):
        raise argparse.ArgumentTypeError(f"{text!r} is not a team server's address: write "
                                         "postgresql://USER@HOST:PORT/DATABASE")
    return target


def add_sync_parser(commands: Any, database_argument: Callable[..., None],
                    author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    sync = commands.add_parser(
        "sync", help="exchange changes with the team server (sync), or show the last exchanges (sync status)",
        description="Send the team server the changes made on this laptop and take the others' changes from it. "
        "Nothing is settled silently: where two people changed the same field differently, both versions are "
        "kept for a person to decide (upr-tracker conflicts).")
    sync.add_argument("action", nargs="?", choices=["now", "status"], default="now",
                      help="now (the default): sync; status: the databases this one exchanged changes with, and when")
    database_argument(sync)
    sync.add_argument("--server", type=server_argument, metavar="URL",
                      help="the team database: postgresql://USER@HOST:PORT/DATABASE (the password from ~/.pgpass or "
                      "PGPASSWORD, else asked for); remembered in the laptop's database, so it may be left out "
                      "next time")
    quiet_option(sync, "no progress bar, and print nothing unless there are conflicts to decide (for a scheduled "
                 "sync)")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    author_argument(sync)  # the name this laptop's changes are stamped with when the sync finds them


def run_sync(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    if isinstance(args.db, ServerAddress):
        raise UprTrackerError(f"--db {args.db}: sync runs from a laptop's database file; give the team server "
                              "with --server")
    if args.action == "status":
        return _status(args, print_json)
    with open_to_change(args) as local:
        address = args.server or team_server_sync.remembered_server(local)
        if address is None:
            raise UprTrackerError(f"{local.name} has not synced with a team server yet: give its address with "
                                  "--server postgresql://USER@HOST:PORT/DATABASE")
        progress = TerminalProgress(args.quiet, label="Syncing")
        try:
            report = open_with_password(address, lambda password: team_server_sync.sync_now(
                local, address, password=password, progress=progress))
        finally:
            progress.done()
    if args.json:
        print_json(_report_json(report, address))
    elif report.conflicts or not args.quiet:
        print(sync_summary(report, args.db))
    return 0


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def sync_summary(report: SyncReport, db: object) -> str:
    line = f"Synced with {report.server_name}. Sent {_plural(report.sent, 'change')}, received {report.received}"
    if report.conflicts:
        return f"{line}, {_plural(report.conflicts, 'conflict')} to decide (see `upr-tracker conflicts --db {db}`)."
    return f"{line}, no conflicts to decide."


def _report_json(report: SyncReport, address: ServerAddress) -> dict[str, Any]:
    return {"server": str(address), "server_name": report.server_name, "sent": report.sent,
            "received": report.received, "conflicts": report.conflicts, "at": report.at.isoformat()}


def _when(moment: dt.datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else "never"


def _peer_json(peer: PeerInfo) -> dict[str, Any]:
    return {"id": peer.id, "name": peer.name, "kind": peer.kind,
            "last_sent_at": peer.last_sent_at.isoformat() if peer.last_sent_at else None,
            "last_received_at": peer.last_received_at.isoformat() if peer.last_received_at else None,
            "last_summary": peer.last_summary}


def _status(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    with open_to_read(args) as local:
        server = team_server_sync.remembered_server(local)
        automatic = team_server_sync.syncs_automatically(local)
        peers = list_peers(local)
    if args.json:
        print_json({"server": str(server) if server else None, "automatic": automatic,
                    "peers": [_peer_json(peer) for peer in peers]})
        return 0
    if server is not None:
        how = "automatically, and " if automatic else ""
        print(f"Team server: {server.name} (synced {how}with upr-tracker sync --db {args.db}).")
    else:
        print("No team server yet: upr-tracker sync --db FILE --server postgresql://USER@HOST:PORT/DATABASE")
    if not peers:
        print("No exchange of changes yet.")
        return 0
    for peer in peers:
        summary = peer.last_summary or {}
        counts = (f": {summary.get('sent', 0)} out, {summary.get('received', 0)} in, "
                  f"{_plural(summary.get('conflicts', 0), 'conflict')}") if summary else ""
        print(f"{peer.name} ({peer.kind}): last sent {_when(peer.last_sent_at)}, last received "
              f"{_when(peer.last_received_at)}{counts}")
    print(f"{_plural(len(peers), 'database')} exchanged changes with this one.")
    return 0
