"""`upr-tracker copy --from SOURCE --to TARGET`: a whole database from a laptop's file to the team
server or back (services.database_copy)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from upr_tracker.cli.command_options import quiet_option
from upr_tracker.cli.passphrases import (
    ask,
    at_a_terminal,
    needs_passphrase,
    read_passphrase_file,
)
from upr_tracker.cli.server_passwords import server_password
from upr_tracker.cli.terminal_progress import TerminalProgress
from upr_tracker.errors import UprTrackerError
from upr_tracker.services.database_copy import CopyReport, Endpoint, copy_database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.server_address import (
    DatabaseTarget,
    ServerAddress,
)


def target_argument(text: str) -> DatabaseTarget:
    """A file path or a postgresql:// address, as --db takes them (the same refusals)."""
    from upr_tracker.cli.main import database_argument

    return database_argument(text)


def add_copy_parser(commands: argparse._SubParsersAction,
                    author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    copy = commands.add_parser(
        "copy", help="copy a whole database (history, audit trail, attachments, notes, problems, saved searches) "
        "between a file and a team server, either way; checked afterwards")
    copy.add_argument("--from", dest="source", required=True, type=target_argument, metavar="SOURCE",
                      help="the database to copy: a file, or postgresql://USER@HOST:PORT/DATABASE")
    copy.add_argument("--to", dest="target", required=True, type=target_argument, metavar="TARGET",
                      help="where to copy it: a new (or empty) file or server database, made or upgraded first")
    copy.add_argument("--merge", action="store_true",
                      help="add to a target that already holds data: records already there (the same id, or the "
                      "same State, review or label) are skipped and counted")
    copy.add_argument("--from-passphrase-file", type=Path, metavar="FILE",
                      help="the passphrase of an encrypted source file, on the first line of FILE (else asked)")
    copy.add_argument("--to-passphrase-file", type=Path, metavar="FILE",
                      help="encrypt a new target file with the passphrase on the first line of FILE (or the "
                      "passphrase of an encrypted target file)")
    copy.add_argument("--no-export-check", action="store_true",
                      help="compare only the counts of every table, not the JSON export of both sides (faster)")
    copy.add_argument("--json", action="store_true", help="print the summary as JSON")
    quiet_option(copy)
    author_argument(copy)


def _endpoint(target: DatabaseTarget, passphrase_file: Path | None, option: str) -> Endpoint:
    if isinstance(target, ServerAddress):
        if passphrase_file is not None:
            raise UprTrackerError(f"{option}: {target.name} is a server database, which has no passphrase")
        return Endpoint(target, password=server_password(target))
    passphrase: Passphrase | None = None
    if passphrase_file is not None:
        passphrase = read_passphrase_file(passphrase_file, option)
    elif needs_passphrase(target):
        if not at_a_terminal():
            raise UprTrackerError(f"{target} is encrypted: give its passphrase with {option} FILE (or run the command "
                                  "in a terminal to be asked for it)")
        passphrase = ask(f"Passphrase for {Path(target).name}: ")
    return Endpoint(target, passphrase=passphrase)


def run_copy(args: argparse.Namespace) -> int:
    source = _endpoint(args.source, args.from_passphrase_file, "--from-passphrase-file")
    target = _endpoint(args.target, args.to_passphrase_file, "--to-passphrase-file")
    progress = TerminalProgress(args.quiet, label="Copying")
    try:
        report = copy_database(source, target, merge=args.merge, check=not args.no_export_check,
                               actor=args.author, progress=progress)
    finally:
        progress.done()
    if args.json:
        from upr_tracker.cli.commands import print_json

        print_json(report.as_json())
    else:
        print_summary(report)
    return 0


def print_summary(report: CopyReport) -> None:
    print(f"Copied {report.source} to {report.target}: {report.rows_copied:,} rows in {report.copy_seconds:.1f} s.")
    for table in report.tables:
        if not (table.source_rows or table.target_rows):
            continue
        skipped = table.skipped_same_id + table.matched_by_key
        also = f", {skipped:,} already there (skipped)" if skipped else ""
        print(f"  {table.table:30} {table.source_rows:>10,} in the source, {table.copied:>10,} copied{also}, "
              f"{table.target_rows:>10,} in the target")
    print(f"Counts of every table: {'as expected' if report.counts_agree else 'DIFFERENT'}.")
    if report.merged:
        print(f"Merged: {report.rows_skipped:,} records were already in the target and were skipped (the same id, or "
              "the same State, review, recommendation label or term); the exports were not compared, as the target "
              "holds other data too.")
    elif report.exports_equal is None:
        print("The JSON exports were not compared (--no-export-check).")
    else:
        print(f"JSON export of both sides: {'the same' if report.exports_equal else 'DIFFERENT'} "
              f"(compared in {report.check_seconds:.1f} s).")
    sys.stdout.flush()
