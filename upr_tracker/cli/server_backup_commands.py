"""`upr-tracker backup` and `restore` for a team database on a server: pg_dump into a file the user
chooses, pg_restore from one into an empty database (storage.server_backups)."""

from __future__ import annotations

import argparse
import sys

from upr_tracker.cli.server_passwords import server_password
from upr_tracker.errors import UprTrackerError
from upr_tracker.storage.server_backups import (
    dump_server_database,
    restore_server_database,
)


def run_server_backup(args: argparse.Namespace) -> int:
    address = args.db
    if args.list or args.keep is not None:
        raise UprTrackerError(f"{address.name} is a team database: its backups are the files you choose with "
                              "--out (--list and --keep are for a file's backup folder)")
    if args.out is None:
        raise UprTrackerError(f"{address.name} is a team database: say where pg_dump writes its backup with "
                              "--out FILE")
    backup = dump_server_database(address, args.out, password=server_password(address))
    print(f"Backed up {address.name} to {backup.path} ({backup.size / 1e6:.1f} MB, pg_dump custom format; "
          f"upr-tracker restore --db URL --from {backup.path.name} brings it back into an empty database).",
          file=sys.stderr)
    if backup.warning:
        print(f"Warning: {backup.warning}.", file=sys.stderr)
    return 0


def run_server_restore(args: argparse.Namespace) -> int:
    address = args.db
    if args.latest:
        raise UprTrackerError(f"{address.name} is a team database: name the pg_dump file to restore with --from FILE")
    restored = restore_server_database(address, args.backup_file, password=server_password(address),
                                       clean=args.clean)
    print(f"Restored {address.name} from {restored.backup.name}: {restored.recommendations} recommendations, "
          f"{restored.notes} notes.", file=sys.stderr)
    return 0
