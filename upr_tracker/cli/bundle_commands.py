"""`upr-tracker bundle create | apply | key | trust | peers`: changes carried between laptops in an
encrypted, signed file (sync.bundles)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from upr_tracker.cli.command_options import quiet_option
from upr_tracker.cli.passphrases import (
    TRIES_AT_THE_TERMINAL,
    ask,
    at_a_terminal,
    open_to_change,
    open_to_read,
    read_passphrase_file,
)
from upr_tracker.cli.terminal_progress import TerminalProgress
from upr_tracker.errors import UprTrackerError
from upr_tracker.private_files import make_private_folder
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.sync.bundle_file import MODE_PASSPHRASE, WrongBundlePassphraseError
from upr_tracker.sync.bundles import (
    apply_bundle,
    bundle_header,
    check_bundle_passphrase,
    create_bundle,
    trust_key_file,
    write_key_file,
)
from upr_tracker.sync.peers import list_peers

PASSPHRASE_OPTION = "--bundle-passphrase-file"
ON_SERVER = ("{name} is a team database on a server: it exchanges changes with laptops by sync "
             "(upr-tracker sync --db LAPTOP --server URL), not by bundle files")


def add_bundle_commands(commands: Any, database_argument: Callable[..., None]) -> None:
    bundle = commands.add_parser("bundle", help="exchange changes with a colleague's laptop by an encrypted, signed "
                                 "file (a USB stick): create, apply, key, trust, peers")
    actions = bundle.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="write this database's changes into a bundle file")
    database_argument(create)
    create.add_argument("--out", type=Path, required=True, metavar="FILE", help="the bundle file to write")
    create.add_argument("--for", dest="for_peer", metavar="PEER",
                        help="only what this colleague's laptop (its name or id, see `bundle peers`) may lack; "
                        "without it, everything")
    how = create.add_mutually_exclusive_group()
    how.add_argument(PASSPHRASE_OPTION, dest="bundle_passphrase_file", type=Path, metavar="FILE",
                     help="encrypt with the team's bundle passphrase, on the first line of FILE (without it or "
                     "--to, asked twice at the terminal)")
    how.add_argument("--to", dest="recipients", action="append", type=Path, metavar="KEYFILE",
                     help="encrypt for a colleague's public keys (a file from `bundle key`); repeat for several")
    create.add_argument("--json", action="store_true", help="print what was written as JSON")
    quiet_option(create)

    apply = actions.add_parser("apply", help="apply a bundle's changes to a database (a new path makes a full copy); "
                               "applying it again changes nothing")
    apply.add_argument("file", type=Path, metavar="FILE", help="the bundle file")
    database_argument(apply, passphrase_help="the passphrase of an encrypted database, on the first line of FILE "
                      "(a new database is encrypted with it)")
    apply.add_argument(PASSPHRASE_OPTION, dest="bundle_passphrase_file", type=Path, metavar="FILE",
                       help="the team's bundle passphrase, on the first line of FILE (a bundle for keys needs none; "
                       "without it, asked at the terminal)")
    apply.add_argument("--json", action="store_true", help="print what was applied as JSON")
    quiet_option(apply)

    key = actions.add_parser("key", help="write this laptop's public keys into a file for colleagues to trust")
    database_argument(key)
    key.add_argument("--out", type=Path, required=True, metavar="FILE")

    trust = actions.add_parser("trust", help="trust a colleague's public keys (a file from `bundle key`)")
    trust.add_argument("keyfile", type=Path, metavar="KEYFILE")
    database_argument(trust)

    peers = actions.add_parser("peers", help="list the laptops and servers this database exchanged changes with")
    database_argument(peers)
    peers.add_argument("--json", action="store_true", help="print them as JSON")


def run_bundle(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    if isinstance(args.db, ServerAddress):
        raise UprTrackerError(ON_SERVER.format(name=args.db.name))
    actions = {"create": _create, "apply": _apply, "key": _key, "trust": _trust, "peers": _peers}
    return actions[args.bundle_action](args, print_json)


def _size(size: int) -> str:
    return f"{size / 1024:,.1f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:,.1f} MB"


def _new_bundle_passphrase(args: argparse.Namespace) -> Passphrase | None:
    if args.bundle_passphrase_file is not None:
        return read_passphrase_file(args.bundle_passphrase_file, PASSPHRASE_OPTION)
    if args.recipients:
        return None
    if args.for_peer:
        return None  # written for the peer's known key (create_bundle says so if none is known)
    if not at_a_terminal():
        raise UprTrackerError(f"say how to encrypt the bundle: {PASSPHRASE_OPTION} FILE (the team's bundle "
                              "passphrase), or --to KEYFILE (a colleague's keys); or run the command in a terminal "
                              "to be asked for the passphrase")
    first = ask("The team's bundle passphrase: ")
    if ask("The same again: ") != first:
        raise UprTrackerError("the two passphrases differ; nothing was written")
    return first


def _create(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    passphrase = _new_bundle_passphrase(args)
    progress = TerminalProgress(args.quiet, label="Writing the bundle")
    with open_to_change(args) as db:
        try:
            report = create_bundle(db, args.out, passphrase=passphrase, recipients=args.recipients or (),
                                   for_peer=args.for_peer, progress=progress)
        finally:
            progress.done()
    if args.json:
        print_json({"path": str(report.path), "records": report.records, "size": report.size,
                    "for": report.peer_name})
    else:
        whom = f" for {report.peer_name}" if report.peer_name else ""
        print(f"Wrote {report.path}{whom}: {report.records:,} changed record{'s' if report.records != 1 else ''}, "
              f"{_size(report.size)}.")
    return 0


def _open_target(args: argparse.Namespace) -> Database:
    """The database to apply to: made (and filled by the bundle) when the path is new."""
    path = Path(args.db)
    if path.exists():
        return open_to_change(args)
    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    print(f"upr-tracker: note: {path} does not exist: a new database is made and filled with the bundle's changes",
          file=sys.stderr)
    make_private_folder(path.resolve().parent)   # (the writer lock is made beside it first)
    return Database.open_exclusively(path, create=True, passphrase=passphrase)


def _bundle_passphrase(args: argparse.Namespace) -> Passphrase:
    """The team's passphrase for the bundle, checked against it before any database is opened or
    made: from the file, else asked at the terminal (again after a wrong one)."""
    if args.bundle_passphrase_file is not None:
        passphrase = read_passphrase_file(args.bundle_passphrase_file, PASSPHRASE_OPTION)
        check_bundle_passphrase(args.file, passphrase)
        return passphrase
    if not at_a_terminal():
        raise UprTrackerError(f"{args.file} is encrypted with the team's bundle passphrase: give it with "
                              f"{PASSPHRASE_OPTION} FILE (or run the command in a terminal to be asked for it)")
    for attempt in range(1, TRIES_AT_THE_TERMINAL + 1):
        passphrase = ask(f"The team's bundle passphrase for {Path(args.file).name}: ")
        try:
            check_bundle_passphrase(args.file, passphrase)
            return passphrase
        except WrongBundlePassphraseError:
            if attempt == TRIES_AT_THE_TERMINAL:
                raise
            print("That passphrase does not open it; try again.", file=sys.stderr)
    raise AssertionError("unreachable")


def _apply(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    header = bundle_header(args.file)   # (damaged or not a bundle: said before anything is asked or opened)
    if header.mode != MODE_PASSPHRASE and not Path(args.db).exists():
        raise UprTrackerError(f"{args.file} was written for colleagues' keys: it can be applied only on a laptop it "
                              "was written for, and a new database has keys of its own. To fill a new database, "
                              "use a bundle written with the team's passphrase. Nothing was made")
    passphrase = _bundle_passphrase(args) if header.mode == MODE_PASSPHRASE else None
    progress = TerminalProgress(args.quiet, label="Applying the bundle")
    with _open_target(args) as db:
        try:
            report = apply_bundle(db, args.file, passphrase=passphrase, progress=progress)
        finally:
            progress.done()
    if args.json:
        print_json({"from": report.sender_name, "received": report.received, "skipped": report.skipped,
                    "conflicts": report.conflicts})
    else:
        waiting = (f", {report.skipped:,} left waiting (not possible here yet: see the log)"
                   if report.skipped else "")
        print(f"Applied {args.file} from {report.sender_name} to {db.name}: {report.received:,} record"
              f"{'s' if report.received != 1 else ''} changed{waiting}.")
        if report.conflicts:
            print(f"{report.conflicts:,} conflict{'s' if report.conflicts != 1 else ''} await a decision: "
                  f"upr-tracker conflicts --db {args.db}")
    return 0


def _key(args: argparse.Namespace, _print_json: Callable[[object], None]) -> int:
    with open_to_change(args) as db:
        mine = write_key_file(db, args.out)
    print(f"Wrote the public keys of {mine.name} to {args.out} (fingerprint {mine.keys.fingerprint}). Give the file to "
          "colleagues: they trust it with `upr-tracker bundle trust FILE --db THEIR_DATABASE`, after comparing the "
          "fingerprint with you.")
    return 0


def _trust(args: argparse.Namespace, _print_json: Callable[[object], None]) -> int:
    with open_to_change(args) as db:
        colleague = trust_key_file(db, args.keyfile)
    print(f"Trusted {colleague.name} ({colleague.replica_id}), fingerprint {colleague.keys.fingerprint}: their bundles "
          "are accepted, and `bundle create --for` writes for them.")
    return 0


def _peers(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    from upr_tracker.sync.bundle_file import PublicKeys

    with open_to_read(args) as db:
        peers = list_peers(db)

    def when(moment: Any) -> str | None:
        return moment.isoformat(timespec="seconds") if moment is not None else None

    rows: list[dict[str, Any]] = [
        {"name": p.name, "id": p.id, "kind": p.kind, "last_sent_at": when(p.last_sent_at),
         "last_received_at": when(p.last_received_at), "last_summary": p.last_summary,
         "fingerprint": PublicKeys.from_bytes(p.public_key).fingerprint
         if p.public_key and len(p.public_key) == 64 else None} for p in peers]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No exchange yet with another laptop or a server.")
    for row in rows:
        summary = row["last_summary"] or {}
        print(f"{row['name']} ({row['kind']}, {row['id']})")
        print(f"  last sent: {row['last_sent_at'] or 'never'}; last received: {row['last_received_at'] or 'never'}"
              + (f"; last exchange: {summary.get('sent', 0)} sent, {summary.get('received', 0)} received, "
                 f"{summary.get('conflicts', 0)} conflicts" if summary else ""))
        if row["fingerprint"]:
            print(f"  key fingerprint: {row['fingerprint']}")
    return 0
