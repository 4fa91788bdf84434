"""`upr-tracker`: opens the GUI, or runs one command (search, check, export) on a database.

Every command calls the same service functions as the GUI. A user mistake prints one line that
says what is wrong and exits non-zero; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from upr_tracker import __version__
from upr_tracker.app_paths import default_database_path
from upr_tracker.errors import UprTrackerError

PROG = "upr-tracker"


def _database_argument(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, metavar="PATH", help="the database file")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Track the recommendations of the UN Universal Periodic Review, offline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", dest="gui_db", type=Path, metavar="PATH",
        help=f"the database the window opens (default: {default_database_path()})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    search = commands.add_parser("search", help="search all text: recommendations, responses, milestones, notes")
    _database_argument(search)
    search.add_argument("query", help='words (all must match), "a phrase", prefix*, word OR word, -excluded')
    search.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    search.add_argument("--json", action="store_true", help="print the results as JSON")

    importing = commands.add_parser(
        "import", help="import UN documents (Working Group reports, addenda, OHCHR matrices), datasets "
        "(UPR Info, UHRI, other tables) and UPR Tracker JSON exports")
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE",
                           help=".txt, .pdf, .docx (documents); .csv, .xlsx, .xls (datasets); .json (exports)")
    _database_argument(importing)
    importing.add_argument("--state", metavar="ISO3", help="the State under review, if the document does not say")
    importing.add_argument("--cycle", type=int, metavar="N", help="the cycle, if the document does not say")
    importing.add_argument("--kind", choices=["auto", "wg-report", "addendum", "matrix"], default="auto")
    importing.add_argument("--map", metavar="MAPPING",
                           help="columns of a table of no known format: field=column;… , a JSON object, "
                           "@file.json, or the name of a mapping saved from the window")
    importing.add_argument("--skip-bad-rows", action="store_true",
                           help="import a table's good rows even if some rows are bad (by default nothing is written)")
    importing.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    importing.add_argument("--json", action="store_true", help="print what was done as JSON")

    demo = commands.add_parser("demo", help="build the demo database (Kazakhstan, 2010) in a new file")
    _database_argument(demo)

    check = commands.add_parser("check", help="check a database's integrity and schema revision (read-only)")
    _database_argument(check)
    check.add_argument("--json", action="store_true", help="print the report as JSON")

    export = commands.add_parser("export", help="export recommendations (JSON with everything, or a CSV/XLSX table)")
    _database_argument(export)
    export.add_argument("--format", choices=["json", "csv", "xlsx"], default="json")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--state", metavar="ISO3", help="only this State (code or name)")
    export.add_argument("--cycle", type=int, metavar="N", help="only this cycle")
    export.add_argument("--session", type=int, metavar="N", help="only this Working Group session")
    export.add_argument("--position", choices=["supported", "noted", "partially_supported", "pending", "none"])
    export.add_argument("--theme", metavar="THEME", help="only recommendations with this theme")
    export.add_argument("--level", choices=["not_implemented", "partially_implemented", "fully_implemented", "none"],
                        help="only this implementation level")
    export.add_argument("--query", metavar="WORDS", help="only recommendations whose text matches (full-text search)")
    export.add_argument("--include-confidential", action="store_true", help="include confidential notes")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from upr_tracker.gui.app import run_gui  # Qt is loaded only for the window

            return run_gui(args.gui_db)
        from upr_tracker.cli import commands

        return commands.run(args)
    except UprTrackerError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output was piped into a program that stopped reading (head, less)
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # disk full, permission denied...: say which file
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"{PROG}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1

