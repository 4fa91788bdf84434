"""`upr-tracker`: opens the GUI, or runs one command (search, import, export, report…) on a database.

Every command calls the same service functions as the GUI. A user mistake prints one line that
says what is wrong and exits non-zero; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import errno
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from upr_tracker import __version__
from upr_tracker.app_paths import default_database_path
from upr_tracker.cli.command_options import quiet_option
from upr_tracker.cli.recommendation_commands import add_recommendation_parser
from upr_tracker.cli.review_commands import add_review_parser
from upr_tracker.diagnostics import start_logging
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.parsing.text_encoding import known_encoding
from upr_tracker.private_files import private_new_files
from upr_tracker.storage.server_address import DatabaseTarget, ServerAddress, database_target, is_server_url

PROG = "upr-tracker"

log = logging.getLogger(__name__)


def encoding_argument(name: str) -> str:
    """--encoding NAME: the codec, or argparse's one-line refusal naming the usual encodings."""
    try:
        return known_encoding(name)
    except InvalidValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# The password part of a URL: never shown back, not even in a refusal.
_URL_PASSWORD = re.compile(r"(://[^/@:?#]*):[^/?#]*@")  # (to the last @: a password may hold one)
_OTHER_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


def database_argument(text: str) -> DatabaseTarget:
    """--db PATH or --db postgresql://USER@HOST:PORT/DATABASE: argparse's one-line refusal for a
    malformed address or one that holds a password (shown without it)."""
    hidden = _URL_PASSWORD.sub(r"\1:…@", text)
    if _OTHER_SCHEME.match(text) and not is_server_url(text):
        raise argparse.ArgumentTypeError(f"{hidden!r}: only PostgreSQL servers are supported "
                                         "(postgresql://USER@HOST:PORT/DATABASE), or a file's path")
    if is_server_url(text) and _URL_PASSWORD.search(text):  # (refused before parsing: nothing of it is echoed)
        raise argparse.ArgumentTypeError(
            f"{hidden}: do not put the password in the address (other users and the shell's history would see it); "
            "it is read from ~/.pgpass or PGPASSWORD, or asked for")
    try:
        return database_target(text)
    except UprTrackerError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace(text, hidden).replace(repr(text), repr(hidden))) from None
    except ValueError:  # a port that is not a number…
        raise argparse.ArgumentTypeError(f"{hidden!r} is not a database address: write "
                                         "postgresql://USER@HOST:PORT/DATABASE") from None


def _database_argument(parser: argparse.ArgumentParser, *, required: bool = True,
                       passphrase_help: str = "the passphrase of an encrypted database, on the first line of FILE "
                       "(without it, asked at the terminal)") -> None:
    parser.add_argument("--db", type=database_argument, required=required, metavar="PATH|URL",
                        help="the database file, or a team database on a server: postgresql://USER@HOST:PORT/DATABASE "
                        "(the password from ~/.pgpass or PGPASSWORD, else asked for)")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help=passphrase_help)


def author_argument(parser: argparse.ArgumentParser) -> None:
    """--author, for every command that changes the database: the name its changes are recorded under."""
    parser.add_argument("--author", metavar="NAME",
                        help="the name the changes are recorded under in the audit trail (default: the name "
                        "saved in the window, Edit ▸ Your name, else your system user name)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Track the recommendations of the UN Universal Periodic Review, offline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", dest="gui_db", type=database_argument, metavar="PATH|URL",
        help=f"the database the window opens (default: {default_database_path()}), or a team database: "
        "postgresql://USER@HOST:PORT/DATABASE",
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
    importing.add_argument("--encoding", type=encoding_argument, metavar="NAME",
                           help="the encoding of text and CSV files, e.g. windows-1251, koi8-r, mac-roman "
                           "(by default it is detected, and the report says which was used)")
    importing.add_argument("--skip-bad-rows", action="store_true",
                           help="import a table's good rows even if some rows are bad (by default nothing is written)")
    importing.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    importing.add_argument("--json", action="store_true", help="print what was done as JSON")
    author_argument(importing)
    quiet_option(importing)

    problems = commands.add_parser("problems", help="list the points imports left to review (a recommendation "
                                   "left unanswered, an unclear position…), with their counts by kind")
    _database_argument(problems)
    problems.add_argument("--state", metavar="ISO3", help="only the reviews of this State (code or name)")
    problems.add_argument("--cycle", type=int, metavar="N", help="only the reviews of this cycle")
    problems.add_argument("--kind", choices=[kind.value for kind in ProblemKind], help="only problems of this kind")
    problems.add_argument("--all", action="store_true", help="the resolved ones too")
    problems.add_argument("--json", action="store_true", help="print them as JSON")

    from upr_tracker.cli.link_commands import add_link_parser

    add_link_parser(commands, _database_argument, author_argument)

    from upr_tracker.cli.suggest_commands import add_suggest_parser

    add_suggest_parser(commands, _database_argument, author_argument)

    demo = commands.add_parser("demo", help="build the demo database (Kazakhstan, 2010 and 2014) in a new file")
    _database_argument(demo, passphrase_help="encrypt the new database with the passphrase on the first line of FILE")
    author_argument(demo)

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
    export.add_argument("--theme", metavar="THEME", help="only recommendations with this term of any vocabulary "
                        "(VOCABULARY:TERM for one: \"OHCHR:D23\", \"SDG:5\")")
    export.add_argument("--level", choices=["not_implemented", "partially_implemented", "fully_implemented", "none"],
                        help="only this implementation level")
    export.add_argument("--query", metavar="WORDS", help="only recommendations whose text matches (full-text search)")
    export.add_argument("--recommended-again", choices=["confirmed", "suggested", "none"],
                        help="only recommendations linked to one of another cycle (confirmed), with a suggested "
                        "link waiting for a decision, or with neither")
    export.add_argument("--include-confidential", action="store_true", help="include confidential notes (those kept "
                        "on this laptop are marked \"kept_on_laptop\": true)")
    export.add_argument("--without-kept-notes", action="store_true",
                        help="leave out the notes kept on this laptop (an export to hand to colleagues)")
    _encrypt_arguments(export, "export")
    quiet_option(export)

    backup = commands.add_parser("backup", help="back a database up now, or list its backups; a team database on "
                                 "a server is backed up with pg_dump into --out FILE")
    _database_argument(backup)
    backup.add_argument("--keep", type=int, metavar="N", help="keep only the newest N backups taken this way")
    backup.add_argument("--list", action="store_true", help="list the backups instead of taking one")
    backup.add_argument("--out", type=Path, metavar="FILE", help="a team database: the file pg_dump writes")

    restore = commands.add_parser("restore", help="replace a database with one of its backups, after checking it "
                                  "(the database as it is now is backed up first); a team database is restored "
                                  "with pg_restore into an empty database")
    _database_argument(restore)
    source = restore.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="backup_file", type=Path, metavar="BACKUP", help="the backup file to restore")
    source.add_argument("--latest", action="store_true", help="the newest backup that is sound")
    restore.add_argument("--clean", action="store_true",
                         help="a team database: replace what the server database holds (by default it must be empty)")

    audit = commands.add_parser("audit", help="export the audit trail (who changed what, when, before and after) as "
                                "CSV (the words and tags of confidential notes are not in it)")
    _database_argument(audit)
    audit.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    audit.add_argument("--since", metavar="YYYY-MM-DD", help="only changes made on or after this day")
    _encrypt_arguments(audit, "trail")

    encrypt = commands.add_parser("encrypt", help="encrypt a database and its backups with a passphrase")
    _database_argument(encrypt, passphrase_help="the new passphrase, on the first line of FILE (without it, "
                       "asked twice at the terminal)")
    decrypt = commands.add_parser("decrypt", help="remove the encryption of a database and its backups")
    _database_argument(decrypt)
    change = commands.add_parser("change-passphrase", help="change the passphrase of an encrypted database "
                                 "and its backups")
    _database_argument(change)
    change.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="the new passphrase, on the first line of FILE (without it, asked twice at the terminal)")

    report = commands.add_parser("report", help="write a briefing report (PDF, Word or HTML)")
    _database_argument(report)
    report.add_argument("--template", required=True, choices=["country-brief", "thematic", "mid-term", "timeline"])
    report.add_argument("--state", metavar="ISO3", help="the State (code or name); a country brief, a mid-term "
                        "report and a review's timeline need it")
    report.add_argument("--cycle", type=int, metavar="N", help="the cycle of the review")
    report.add_argument("--theme", metavar="THEME", help="a thematic brief's theme: a term of any vocabulary "
                        "(VOCABULARY:TERM for one: \"OHCHR:D23\")")
    report.add_argument("--search", metavar="WORDS", help="a thematic brief over a full-text search instead of a theme")
    report.add_argument("--plan", metavar="PLAN", help="a timeline of this plan of action (its title or id)")
    report.add_argument("--language", choices=["ar", "zh", "en", "fr", "ru", "es"], default="en",
                        help="the language of the report's headings, words, dates and numbers (default: en); "
                        "recommendations and notes stay as written")
    report.add_argument("--format", choices=["pdf", "docx", "html"], help="default: from the name of --out")
    report.add_argument("--out", type=Path, required=True, metavar="FILE")
    report.add_argument("--sections", metavar="NAMES", help="comma-separated sections to include (default: all)")
    report.add_argument("--include-confidential", action="store_true",
                        help="include confidential notes (the cover then says so)")
    report.add_argument("--no-suggestions", action="store_true",
                        help="only the themes people and documents gave: no theme the app suggests (by default a "
                        "recommendation without a theme is listed under its suggested themes, marked †)")
    report.add_argument("--organisation", metavar="NAME",
                        help="the author organisation on the cover (default: the one saved in the database)")
    _encrypt_arguments(report, "report")
    quiet_option(report)

    from upr_tracker.cli.assessment_commands import add_assessment_commands
    from upr_tracker.cli.note_commands import add_note_commands

    add_note_commands(commands, _database_argument, author_argument)
    add_assessment_commands(commands, _database_argument, author_argument)
    review_actions = add_review_parser(commands, _database_argument, author_argument)
    add_recommendation_parser(commands, _database_argument, author_argument)

    from upr_tracker.cli.calendar_commands import add_parsers as add_calendar_parsers

    add_calendar_parsers(commands, review_actions, _database_argument, author_argument)
    from upr_tracker.cli.server_commands import add_server_commands

    add_server_commands(commands)

    from upr_tracker.cli.conflict_commands import add_conflict_commands

    add_conflict_commands(commands, _database_argument, author_argument)
    from upr_tracker.cli.copy_commands import add_copy_parser

    add_copy_parser(commands, author_argument)
    from upr_tracker.cli.bundle_commands import add_bundle_commands

    add_bundle_commands(commands, _database_argument)
    from upr_tracker.cli.sync_commands import add_sync_parser

    add_sync_parser(commands, _database_argument, author_argument)
    from upr_tracker.cli.language_commands import add_language_parser

    add_language_parser(commands)
    from upr_tracker.cli.guide_commands import add_guide_parser

    add_guide_parser(commands)
    from upr_tracker.cli.desktop_commands import add_desktop_parser

    add_desktop_parser(commands)
    return parser


def _encrypt_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """--encrypt and its passphrase, the same for every command that writes data out of the database."""
    parser.add_argument("--encrypt", action="store_true",
                        help=f"write the {what} inside an AES-256 encrypted ZIP archive (FILE.zip)")
    parser.add_argument("--export-passphrase-file", type=Path, metavar="FILE",
                        help="the archive's passphrase, on the first line of FILE (without it, asked twice)")


def _restore_hint(args: argparse.Namespace, exc: UprTrackerError) -> str:
    """For a database that cannot be opened (damaged, not ours, too new), the way back to a backup."""
    from upr_tracker.errors import (DatabaseDamagedError, DatabaseOpenError, DatabaseTooNewError, MigrationError,
                                    NotAnUprDatabaseError)

    db = getattr(args, "db", None) or getattr(args, "gui_db", None)
    if db is None or isinstance(db, ServerAddress) or args.command == "restore":
        return ""
    # (not for a wrong passphrase, or a passphrase given to a plain file: a backup mends neither)
    cannot_be_opened = (DatabaseDamagedError, NotAnUprDatabaseError, DatabaseTooNewError, MigrationError)
    gone = isinstance(exc, DatabaseOpenError) and not Path(db).exists()
    if not (isinstance(exc, cannot_be_opened) or gone):
        return ""
    from upr_tracker.storage.backup_restore import list_backups

    backups = list_backups(Path(db).resolve())
    if not backups:
        return ""
    stop = "" if str(exc).rstrip().endswith((".", "!", "?")) else "."
    return (f"{stop} It has {len(backups)} backup{'s' if len(backups) != 1 else ''}, the newest {backups[0].path.name};"
            f" to go back to the newest sound one: {PROG} restore --db {db} --latest")


def _finish_interrupted_change(args: argparse.Namespace) -> None:
    """Before any command touches the database: an encryption change a kill interrupted is
    completed or undone (see storage.encryption_change), and the user told which."""
    from upr_tracker.storage.encryption_change import finish_interrupted_change

    db = getattr(args, "db", None)
    if isinstance(db, Path):  # (a team database on a server has no files to finish)
        finished = finish_interrupted_change(Path(db))
        if finished is not None:
            print(f"{PROG}: note: {finished.message(Path(db).resolve())}", file=sys.stderr)


def _os_error(exc: OSError) -> str:
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) and str(exc.filename or "").endswith(".lock"):
        # The writer lock is the first file a changing command makes beside the database.
        database = Path(str(exc.filename)).with_suffix("")
        return (f"{database} cannot be changed: its folder cannot be written ({exc.strerror}; read-only media?). "
                "The commands that only read it (search, check, export, report, audit, problems, review list, changes) work "
                "there; to change it, copy it to a folder that can be written.")
    return f"{exc.strerror or exc}{where}"


def build_window_parser() -> argparse.ArgumentParser:
    """`upr-tracker-window`: the window only (the desktop entry's command; no console on Windows)."""
    parser = argparse.ArgumentParser(prog=f"{PROG}-window", description="Open the UPR Tracker window.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--db", dest="gui_db", type=database_argument, metavar="PATH|URL",
                        help=f"the database the window opens (default: {default_database_path()}), or a team "
                        "database: postgresql://USER@HOST:PORT/DATABASE")
    # A file manager or the desktop entry passes the file opened (Exec=upr-tracker-window %f).
    parser.add_argument("file", nargs="?", type=database_argument, metavar="PATH",
                        help="the database file the window opens (the same as --db)")
    return parser


def main_window(argv: Sequence[str] | None = None) -> int:
    """The gui-script entry point: opens the window on --db, the file given, or the default database."""
    with private_new_files():
        if sys.stdout is None or sys.stderr is None:  # pythonw on Windows: --help has nowhere to print
            import os

            sys.stdout = sys.stdout or open(os.devnull, "w")  # noqa: SIM115 (kept open for the process's life)
            sys.stderr = sys.stderr or open(os.devnull, "w")  # noqa: SIM115
        args = build_window_parser().parse_args(argv)
        if args.gui_db is not None and args.file is not None:
            build_window_parser().error("give the database either with --db or as a file, not both")
        from upr_tracker.gui.app import run_gui  # Qt is loaded only for the window

        return run_gui(args.gui_db if args.gui_db is not None else args.file)


def main(argv: Sequence[str] | None = None) -> int:
    # Everything made meanwhile, by the app or a library it uses, is readable by the user alone.
    with private_new_files():
        start_logging()  # first, for the window and the commands alike
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # The command's name only: its arguments may name a passphrase file, a search, a person.
    command = args.command or "window"
    log.info("UPR Tracker %s started: %s", __version__, command)
    try:
        if args.command is None:
            from upr_tracker.gui.app import run_gui  # Qt is loaded only for the window

            return run_gui(args.gui_db)
        if hasattr(args, "server_handler"):  # a team database on a server: no file to look after
            from upr_tracker.cli.server_commands import run_server_command

            return run_server_command(args)
        from upr_tracker.cli import commands

        _finish_interrupted_change(args)
        if hasattr(args, "author"):
            from upr_tracker.services.user_settings import author_of_changes

            args.author = author_of_changes(args.author)
        if args.command == "conflicts":
            from upr_tracker.cli.conflict_commands import run_conflicts

            return run_conflicts(args, commands.print_json)
        return commands.run(args)
    except UprTrackerError as exc:
        log.warning("%s stopped: %s: %s", command, type(exc).__name__, exc)
        print(f"{PROG}: error: {exc}{_restore_hint(args, exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the output was piped into a program that stopped reading (head, less)
        return 0
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # disk full, permission denied...: say which file
        log.warning("%s stopped: %s", command, _os_error(exc))
        print(f"{PROG}: error: {_os_error(exc)}", file=sys.stderr)
        return 1
    except Exception:  # a bug: its traceback in the log too, then shown as usual
        log.exception("%s failed", command)
        raise

