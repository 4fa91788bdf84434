"""The commands of `upr-tracker`, each a thin face over the service functions."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING

from upr_tracker.errors import UprTrackerError
from upr_tracker.parsing.text_encoding import EncodingUsed
from upr_tracker.services.demo import build_demo_database
from upr_tracker.services.document_import import ImportReport, import_document
from upr_tracker.services.column_mappings import resolve_mapping
from upr_tracker.services.dataset_import import DatasetImportReport, import_dataset
from upr_tracker.services.export_json import export_json
from upr_tracker.services.export_tables import export_table
from upr_tracker.services.json_import import JsonImportReport, import_json_export
from upr_tracker.services.recommendations import RecommendationFilter
from upr_tracker.services.audit_history import export_audit_trail
from upr_tracker.services.encrypted_archive import export_destination, final_path, unarchived
from upr_tracker.services.encryption import EncryptionChange, check_new_passphrase, set_encryption
from upr_tracker.services.integrity import check_database
from upr_tracker.cli.passphrases import (needs_passphrase, new_passphrase, open_to_change, open_to_read,
                                         open_with_passphrase, read_passphrase_file, say_read_only)
from upr_tracker.cli.server_passwords import open_with_password
from upr_tracker.cli.terminal_progress import TerminalProgress
from upr_tracker.services.organisation import organisation_name
from upr_tracker.services.search import concerned_recommendations, count_hits, search
from upr_tracker.storage.backup_restore import MANUAL, list_backups, newest_sound_backup, restore_backup, take_backup
from upr_tracker.storage.backups import copy_database
from upr_tracker.storage.encryption import Passphrase, connect, is_plain_sqlite
from upr_tracker.storage.read_only import read_only_access
from upr_tracker.storage.writer_lock import WriterLock
from upr_tracker.storage.database import Database, check_is_ours
from upr_tracker.storage.server_address import ServerAddress

if TYPE_CHECKING:
    from upr_tracker.reports.document import ReportFormat

DATASET_SUFFIXES = (".csv", ".xlsx", ".xls")
_TEXT_SUFFIXES = (".txt", ".csv", ".tsv")   # the files --encoding applies to


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open(args: argparse.Namespace) -> Database:
    """The database, for a command that only reads it (see Database.open_read_only)."""
    return open_to_read(args)


def run_search(args: argparse.Namespace) -> int:
    with _open(args) as db:
        hits = search(db, args.query, limit=args.limit)
        # Counted only when the limit may have cut the list: the count reads every match.
        total = count_hits(db, args.query) if len(hits) >= args.limit else len(hits)
    if args.json:
        records = []
        for hit in hits:
            spans, offset = [], 0
            for segment in hit.snippet:
                if segment.match:
                    spans.append([offset, offset + len(segment.text)])
                offset += len(segment.text)
            records.append(
                {
                    "kind": hit.kind,
                    "id": str(hit.id),
                    "title": hit.title,
                    "snippet": hit.snippet_text,
                    "highlights": spans,
                    "recommendation_ids": [str(i) for i in hit.recommendation_ids],
                    "recommendations": [{"state": r.state, "cycle": r.cycle, "label": r.label}
                                        for r in hit.recommendations],
                    "confidential": hit.confidential,
                }
            )
        print_json({"query": args.query, "count": len(records), "total": total, "results": records})
        return 0
    if not hits:
        print(f"No match for {args.query!r}.")
        return 0
    for hit in hits:
        marked = "".join(f"[{s.text}]" if s.match else s.text for s in hit.snippet)
        flag = " (confidential)" if hit.confidential else ""
        print(f"{hit.title}{flag}\n    {marked}")
        if hit.kind != "recommendation":
            print(f"    {concerned_recommendations(hit.recommendations)}")
    plural = "s" if total != 1 else ""
    if total > len(hits):
        print(f"{len(hits)} of {total} result{plural} (--limit {args.limit}).")
    else:
        print(f"{total} result{plural}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    only_for_files(args, "checks the integrity of a database file",
                   "PostgreSQL checks its own pages; an admin can verify it with pg_amcheck or a pg_dump, and "
                   "upr-tracker problems lists what imports left to review")
    report = open_with_passphrase(args, args.db, lambda passphrase: check_database(args.db, passphrase))
    say_read_only(args.db, report.read_only_reason)
    if args.json:
        print_json(
            {
                "path": report.path,
                "ok": report.ok,
                "schema_revision": report.schema_revision,
                "head_revision": report.head_revision,
                "integrity": report.integrity,
                "counts": report.counts,
                "findings": [{"severity": f.severity, "message": f.message} for f in report.findings],
            }
        )
    else:
        print(f"Database: {report.path}")
        print(f"Schema revision: {report.schema_revision or 'none'} (this version: {report.head_revision})")
        print(f"SQLite integrity: {report.integrity}")
        print("Records: " + ", ".join(f"{table} {count}" for table, count in report.counts.items()))
        for finding in report.findings:
            print(f"{finding.severity}: {finding.message}")
        print("OK" if report.ok else "PROBLEMS FOUND")
    return 0 if report.ok else 1


def run_export(args: argparse.Namespace) -> int:
    out = args.out
    suffix = (unarchived(out) if args.encrypt else out).suffix.lower().lstrip(".")
    if suffix and suffix != args.format:
        raise UprTrackerError(f"--out {args.out.name}: the file name says .{suffix} but --format is {args.format}; "
                              f"name it .{args.format} or give --format {suffix}")
    wanted = RecommendationFilter(state=args.state, cycle=args.cycle, session=args.session, position=args.position,
                                  theme=args.theme, implementation_level=args.level, text_query=args.query,
                                  recommended_again=args.recommended_again)
    archive_passphrase = _archive_passphrase(args)
    with _open(args) as db, export_destination(out, archive_passphrase) as target, \
            TerminalProgress(args.quiet, label="Exporting") as progress:
        if args.format == "json":
            summary = export_json(db, target, wanted=wanted, include_confidential=args.include_confidential,
                                  include_kept_notes=not args.without_kept_notes, progress=progress)
            confidential = "included" if summary.confidential_notes_included else "left out"
            if summary.confidential_notes_included and args.without_kept_notes:
                confidential += ", except those kept on this laptop"
            message = (f"Exported {summary.recommendations} recommendations, {summary.milestones} milestones and "
                       f"{summary.notes} notes to {_written_to(out, archive_passphrase)} (confidential notes "
                       f"{confidential}).")
        else:
            table = export_table(db, target, args.format, wanted, progress=progress)
            message = (f"Exported {table.rows} recommendations to {_written_to(out, archive_passphrase)} "
                       f"({table.format.upper()}).")
        encrypted_database = db.is_encrypted
    _say_exported(message, archive_passphrase, encrypted_database)
    return 0


def _written_to(out: Path, archive_passphrase: Passphrase | None) -> str:
    """The file an export meant for `out` was written to, and whether it is encrypted."""
    return f"{final_path(out, archive_passphrase)}{', encrypted' if archive_passphrase else ''}"


def _say_exported(message: str, archive_passphrase: Passphrase | None, encrypted_database: bool) -> None:
    """Say what was written, with a warning when data of an encrypted database left it unencrypted."""
    print(message, file=sys.stderr)
    if encrypted_database and archive_passphrase is None:
        print("The database is encrypted but this export is not: give --encrypt to encrypt it.", file=sys.stderr)


def _print_import(report: ImportReport) -> None:
    what = "Would import" if report.dry_run else "Imported"
    symbol = f" {report.symbol}" if report.symbol else ""
    print(f"{what} {report.file}: {report.kind}{symbol}, {report.state_name}, cycle {report.cycle}"
          + (f", session {report.session}" if report.session else ""))
    _print_encoding(report.encoding)
    for name, counts in (("recommendations", report.recommendations), ("responses", report.responses)):
        print(f"  {name}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged")
    flagged = [p for p in report.positions if p.needs_review]
    if report.positions:
        print(f"  positions assigned: {len(report.positions)} ({len(flagged)} flagged for review)")
    if report.awaited is not None:
        print(f"  {report.awaited.summary()}")
    if report.recommended_again:
        print(f"  recommended again: {report.recommended_again} suggested links to recommendations of cycle "
              f"{report.cycle - 1} (upr-tracker link --suggest --state {report.state_iso3} lists them)")
    if report.problems:
        labels = {label for problem in report.problems for label in problem.labels}
        print(f"  to review: {len(report.problems)} points, concerning {len(labels)} recommendations")
    for notice in report.notices:
        print(f"  note: {notice}")
    for problem in report.problems:
        where = f" (line {problem.line})" if problem.line else ""
        shown = f" [{', '.join(problem.labels)}]" if problem.labels else ""
        print(f"  problem{where}{shown}: {problem.message}")


def _print_dataset_import(report: DatasetImportReport) -> None:
    what = "Would import" if report.dry_run else "Imported"
    print(f"{what} {report.file}: {report.format}, {report.rows_read:,} rows")
    _print_encoding(report.encoding)
    print(f"  reviews: {report.reviews_created} created")
    for name, counts in (("recommendations", report.recommendations), ("responses", report.responses)):
        print(f"  {name}: {counts.created:,} created, {counts.updated:,} updated, {counts.unchanged:,} unchanged")
    for reason, count in report.skipped.items():
        print(f"  skipped: {count:,} rows ({reason})")
    if report.unmapped_columns:
        print(f"  columns not imported: {', '.join(report.unmapped_columns)}")
    for problem in report.bad_rows:
        print(f"  bad row skipped: {problem}")
    for notice in report.notices:
        print(f"  note: {notice}")


def _print_encoding(encoding: EncodingUsed | None) -> None:
    if encoding is not None:
        print(f"  encoding: {encoding.describe()}")


def _print_json_import(report: JsonImportReport) -> None:
    what = "Would import" if report.dry_run else "Imported"
    print(f"{what} {report.file}: UPR Tracker export")
    for kind, counts in report.counts.items():
        print(f"  {kind}: {counts.created:,} created, {counts.updated:,} updated, {counts.unchanged:,} unchanged")
    for notice in report.notices:
        print(f"  note: {notice}")
    for problem in report.problems:
        print(f"  problem: {problem}")


def _import_one(db: Database, path: Path, args: argparse.Namespace) -> dict:
    with TerminalProgress(args.quiet, label=f"Importing {path.name}") as progress:
        report = _import_file(db, path, args, progress)
    # Printed once the bar is cleared (on leaving the block), as export and report do.
    if not args.json:
        if isinstance(report, JsonImportReport):
            _print_json_import(report)
        elif isinstance(report, DatasetImportReport):
            _print_dataset_import(report)
        else:
            _print_import(report)
    return report.as_json()


def _import_file(db: Database, path: Path, args: argparse.Namespace,
                 progress: TerminalProgress) -> ImportReport | DatasetImportReport | JsonImportReport:
    suffix = path.suffix.lower()
    encoding = getattr(args, "encoding", None)
    if encoding and suffix not in _TEXT_SUFFIXES:
        print(f"upr-tracker: note: --encoding applies to text and CSV files only, not to {path.name}", file=sys.stderr)
    if suffix == ".json":
        return import_json_export(db, path, dry_run=args.dry_run, progress=progress)
    if suffix in DATASET_SUFFIXES:
        mapping = resolve_mapping(db, args.map) if args.map else None
        return import_dataset(db, path, mapping=mapping, skip_bad_rows=args.skip_bad_rows,
                              dry_run=args.dry_run, encoding=encoding, progress=progress)
    return import_document(db, path, kind=args.kind, state=args.state, cycle=args.cycle, dry_run=args.dry_run,
                           encoding=encoding, progress=progress)


@contextmanager
def _database_for_import(args: argparse.Namespace) -> Iterator[Database]:
    """The database to import into; a dry run works on a temporary copy, so that not even an
    upgrade of the schema touches the real file."""
    if isinstance(args.db, ServerAddress):
        # A dry run on a team database: the import's own transaction is rolled back (the schema is
        # the server's, upgraded by whoever opens it to write).
        with open_to_change(args) as db:
            yield db
        return
    if not args.dry_run:
        with open_with_passphrase(args, args.db, lambda passphrase: Database.open_exclusively(
                args.db, passphrase=passphrase, actor=args.author)) as db:
            yield db
        return
    with tempfile.TemporaryDirectory(prefix="upr-tracker-dry-run-") as scratch:
        copy = Path(scratch) / "dry-run.sqlite3"

        def copied(passphrase: Passphrase | None) -> Passphrase | None:
            if args.db.exists() and args.db.stat().st_size > 0:
                check_is_ours(args.db.resolve(), passphrase)
                copy_database(args.db.resolve(), copy, passphrase)
            return passphrase

        passphrase = open_with_passphrase(args, args.db, copied)
        with Database.open(copy, passphrase=passphrase, actor=args.author) as db:
            yield db


def run_import(args: argparse.Namespace) -> int:
    failed = 0
    results = []
    with _database_for_import(args) as db:
        for path in args.files:
            try:
                results.append(_import_one(db, path, args))
            except UprTrackerError as exc:
                failed += 1
                print(f"upr-tracker: error: {exc}" if path.name in str(exc)
                      else f"upr-tracker: error: {path}: {exc}", file=sys.stderr)
                results.append({"file": str(path), "error": str(exc)})
    if args.json:
        print_json(results[0] if len(results) == 1 else results)
    return 1 if failed else 0


def run_demo(args: argparse.Namespace) -> int:
    if isinstance(args.db, ServerAddress):
        return _demo_on_server(args, args.db)
    passphrase = read_passphrase_file(args.passphrase_file) if args.passphrase_file else None
    if passphrase is not None:
        check_new_passphrase(passphrase)
    summary = build_demo_database(args.db, passphrase=passphrase, actor=args.author)
    recommendations = sum(r.recommendations.created for r in summary.imports)
    encrypted = " (encrypted)" if passphrase else ""
    print(f"Built the demo database at {summary.path}{encrypted}: {recommendations} recommendations of "
          f"Kazakhstan's 2010 and 2014 reviews, their positions, {summary.milestones} milestones, and "
          f"{summary.suggestions} suggestions of 2014 recommendations that repeat 2010 ones (to confirm or "
          f"reject: upr-tracker link --suggest); {_suggested_values(summary.suggested_values)}.")
    return 0


def _demo_on_server(args: argparse.Namespace, address: ServerAddress) -> int:
    """The demo built into an empty team database (made with createdb, or set up by server init)."""
    if args.passphrase_file:
        raise UprTrackerError(f"--passphrase-file encrypts a new database file; {address.name} is a team database "
                              "on a server: leave it out")
    summary = open_with_password(address, lambda password: build_demo_database(
        address, actor=args.author, password=password))
    recommendations = sum(r.recommendations.created for r in summary.imports)
    print(f"Built the demo in {address.name}: {recommendations} recommendations of Kazakhstan's 2010 and 2014 "
          f"reviews, their positions, {summary.milestones} milestones, and {summary.suggestions} suggestions of "
          "2014 recommendations that repeat 2010 ones (to confirm or reject: upr-tracker link --suggest); "
          f"{_suggested_values(summary.suggested_values)}.")
    return 0


def _suggested_values(count: int) -> str:
    return (f"{count} suggested action categories, themes and SDGs for the recommendations that lack them (to "
            "accept or reject: upr-tracker suggest)")


def only_for_files(args: argparse.Namespace, what: str, instead: str) -> None:
    """Refuse a command about database files on a team database, saying what to do there."""
    if isinstance(args.db, ServerAddress):
        raise UprTrackerError(f"{args.command} {what}; {args.db.name} is a team database on a server: {instead}")


_SERVER_PROTECTION = ("the server protects it: its users' roles and passwords, TLS on the network "
                      "(sslmode=verify-full in the address), and the encryption of the server's disk by its admin")


def run_backup(args: argparse.Namespace) -> int:
    if not isinstance(args.db, Path):
        from upr_tracker.cli.server_backup_commands import run_server_backup

        return run_server_backup(args)
    if args.out is not None:
        raise UprTrackerError(f"--out is for a team database on a server; {args.db.name} is backed up into its "
                              "backup folder (upr-tracker backup --list shows them)")
    path = args.db.resolve()
    if args.list and needs_passphrase(path) and not args.passphrase_file:
        passphrase = None  # listing reads only the backup folder
    else:
        passphrase = open_with_passphrase(args, path, lambda given: given if check_is_ours(
            path, given, immutable=read_only_access(path, given).immutable) else _no_database_there(args.db))
    if args.list:
        backups = list_backups(args.db.resolve())
        for backup in backups:
            taken_at = backup.taken_at.strftime("%Y-%m-%d %H:%M:%S") if backup.taken_at else "?"
            sealed = "plain" if is_plain_sqlite(backup.path) else "encrypted"
            print(f"{taken_at}  {backup.reason:28} {backup.size / 1e6:8.1f} MB  {sealed:9}  {backup.path}")
        if not backups:
            print(f"{args.db.name} has no backups yet.", file=sys.stderr)
        readable = [b for b in backups if is_plain_sqlite(b.path)]
        if readable and needs_passphrase(path):
            print(f"Warning: {len(readable)} of these backups {'is' if len(readable) == 1 else 'are'} not encrypted "
                  f"although the database is: anyone with the files can read them. To encrypt them: upr-tracker "
                  f"change-passphrase --db {args.db}, giving the same passphrase as the new one.", file=sys.stderr)
        return 0
    if args.keep is not None and args.keep < 1:
        raise UprTrackerError("--keep: keep at least 1 backup")
    taken = take_backup(path, MANUAL, keep=args.keep, passphrase=passphrase)
    encrypted = ", encrypted as the database is" if passphrase else ""
    print(f"Backed up {args.db.name} to {taken}{encrypted}.", file=sys.stderr)
    return 0


def _no_database_there(db: Path) -> None:
    # missing or empty (a file of another kind raises in check_is_ours)
    raise UprTrackerError(f"{db}: there is no database there")


def run_restore(args: argparse.Namespace) -> int:
    if not isinstance(args.db, Path):
        from upr_tracker.cli.server_backup_commands import run_server_restore

        return run_server_restore(args)
    if args.clean:
        raise UprTrackerError("--clean is for a team database on a server: a file is replaced whole, after it is "
                              "backed up")
    db_path = args.db.resolve()
    lock = WriterLock(db_path)
    lock.acquire()  # no running copy of the app may have it open
    try:
        backups = [b.path for b in list_backups(db_path)]
        # (a backup first: a damaged database would take a right passphrase for a wrong one)
        probe = next((p for p in [args.backup_file, *backups, db_path] if p is not None and needs_passphrase(p)),
                     db_path)
        passphrase = open_with_passphrase(args, probe, lambda given: _passphrase_opens(probe, given))
        if args.latest:
            skipped: list[tuple[Path, str]] = []
            try:
                chosen = newest_sound_backup(db_path, passphrase, skipped).path
            finally:
                for path, why in skipped:
                    print(f"Skipping {path.name}: {why}", file=sys.stderr)
        else:
            chosen = args.backup_file.resolve()
        checked, saved = restore_backup(db_path, chosen, passphrase)
    finally:
        lock.release()
    kept = f" The database as it was is kept in {saved}." if saved else ""
    print(f"Restored {args.db.name} from {checked.path.name}: {checked.recommendations} recommendations, "
          f"{checked.notes} notes.{kept}", file=sys.stderr)
    return 0


def _passphrase_opens(path: Path, passphrase: Passphrase | None) -> Passphrase | None:
    if passphrase is not None and needs_passphrase(path):
        connect(path, passphrase, read_only=True).close()  # WrongPassphraseError at once, to ask again
    return passphrase


def run_encrypt(args: argparse.Namespace) -> int:
    only_for_files(args, "encrypts a database file and its backups", _SERVER_PROTECTION)
    if needs_passphrase(args.db):
        raise UprTrackerError(f"{args.db} is already encrypted; to change its passphrase: "
                              f"upr-tracker change-passphrase --db {args.db}")
    with Database.open_exclusively(args.db, create=False) as db:
        new = new_passphrase(args.passphrase_file, "--passphrase-file")
        change = set_encryption(db, new)
    _print_encryption_change(change, "Encrypted")
    print("The unencrypted file's old bytes may remain in the disk's free space until overwritten: "
          "encrypt the whole disk as well.", file=sys.stderr)
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    only_for_files(args, "removes the encryption of a database file", "it has none of its own; " + _SERVER_PROTECTION)
    with _open_exclusively(args) as db:
        change = set_encryption(db, None)
    _print_encryption_change(change, "Decrypted")
    return 0


def run_change_passphrase(args: argparse.Namespace) -> int:
    only_for_files(args, "changes the passphrase of an encrypted database file",
                   "to change your password there, ask its admin (or run ALTER ROLE … PASSWORD in psql)")
    with _open_exclusively(args) as db:
        if db.passphrase is None:
            raise UprTrackerError(f"{args.db} is not encrypted; to encrypt it: upr-tracker encrypt --db {args.db}")
        change = set_encryption(db, new_passphrase(args.new_passphrase_file, "--new-passphrase-file"))
    _print_encryption_change(change, "Changed the passphrase of")
    return 0


def _open_exclusively(args: argparse.Namespace) -> Database:
    return open_with_passphrase(args, args.db, lambda passphrase: Database.open_exclusively(
        args.db, create=False, passphrase=passphrase))


def _print_encryption_change(change: EncryptionChange, done: str) -> None:
    backups = len(change.backups_changed)
    also = f"; {backups} backup{'s' if backups != 1 else ''} the same way" if backups else ""
    print(f"{done} {change.path.name}{also}.", file=sys.stderr)
    for left, why in change.backups_left:
        print(f"Warning: this backup could not be changed and is as it was: {left} ({why})", file=sys.stderr)
    if change.backups_left and change.encrypted:
        print("To do them once the cause is mended: upr-tracker change-passphrase (giving the same "
              "passphrase as the new one changes only the backups).", file=sys.stderr)


def run_audit(args: argparse.Namespace) -> int:
    since = None
    if args.since:
        try:
            since = dt.datetime.combine(dt.date.fromisoformat(args.since), dt.time(), tzinfo=dt.UTC)
        except ValueError:
            raise UprTrackerError(f"--since {args.since}: give a day as YYYY-MM-DD") from None
    archive_passphrase = _archive_passphrase(args)
    with _open(args) as db, export_destination(args.out, archive_passphrase) as target:
        written = export_audit_trail(db, target, since=since)
        encrypted_database = db.is_encrypted
    _say_exported(f"Exported {written} changes to {_written_to(args.out, archive_passphrase)}.", archive_passphrase,
                  encrypted_database)
    return 0


def run_report(args: argparse.Namespace) -> int:
    # Loaded here: the reports lay out text with Qt, which the other commands do not need.
    from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
    from upr_tracker.reports.writers import write_report

    out = args.out
    fmt = _report_format(unarchived(out) if args.encrypt else out, args.format)
    sections = frozenset(s.strip() for s in args.sections.split(",") if s.strip()) if args.sections else None
    archive_passphrase = _archive_passphrase(args)
    with _open(args) as db:
        organisation = args.organisation if args.organisation is not None else organisation_name(db)
        request = ReportRequest(
            template=ReportTemplate(args.template), state=args.state, cycle=args.cycle, theme=args.theme,
            search=args.search, plan=args.plan, include_confidential=args.include_confidential,
            organisation=organisation, sections=sections, language=args.language,
            include_suggestions=not args.no_suggestions)
        with TerminalProgress(args.quiet, label="Composing the report") as progress:
            report = build_report(db, request, progress)
        encrypted_database = db.is_encrypted
    with export_destination(out, archive_passphrase) as target, \
            TerminalProgress(args.quiet, label="Writing the report") as progress:
        write_report(report, target, fmt, progress)
    confidential = "includes confidential notes" if report.confidential else "no confidential notes"
    title = report.cover.title.replace("\u2068", "").replace("\u2069", "")  # an Arabic title's isolates
    _say_exported(f"Wrote {title} to {_written_to(out, archive_passphrase)} ({fmt.value.upper()}, "
                  f"{confidential}).", archive_passphrase, encrypted_database)
    return 0


def _archive_passphrase(args: argparse.Namespace) -> Passphrase | None:
    """The passphrase of the encrypted archive asked for with --encrypt, checked before any work."""
    if not args.encrypt:
        return None
    passphrase = new_passphrase(args.export_passphrase_file, "--export-passphrase-file")
    check_new_passphrase(passphrase)
    return passphrase


def _report_format(out: Path, given: str | None) -> ReportFormat:
    from upr_tracker.reports.document import ReportFormat

    named = ReportFormat.from_path(out.name)
    if given is None:
        if named is None:
            raise UprTrackerError(f"--out {out.name}: name the file .pdf, .docx or .html, or give --format")
        return named
    if named is not None and named.value != given:
        raise UprTrackerError(f"--out {out.name}: the file name says .{named.value} but --format is {given}; "
                              f"name it .{given} or give --format {named.value}")
    return ReportFormat(given)


def run_link(args: argparse.Namespace) -> int:
    from upr_tracker.cli.link_commands import run_link as link_or_suggest

    return link_or_suggest(args, print_json)


def run_problems(args: argparse.Namespace) -> int:
    from upr_tracker.cli.problem_commands import run_problems as list_open_problems

    return list_open_problems(args, print_json)


def run_note(args: argparse.Namespace) -> int:
    from upr_tracker.cli.note_commands import run_note as run_note_action

    return run_note_action(args, print_json)


def run_assessment(args: argparse.Namespace) -> int:
    from upr_tracker.cli.assessment_commands import run_assessment as run_assessment_action

    return run_assessment_action(args, print_json)


def run_review(args: argparse.Namespace) -> int:
    from upr_tracker.cli.review_commands import run_review as review_command

    return review_command(args, print_json)


def run_recommendation(args: argparse.Namespace) -> int:
    from upr_tracker.cli.recommendation_commands import run_recommendation as recommendation_command

    return recommendation_command(args, print_json)


def run_deadlines(args: argparse.Namespace) -> int:
    from upr_tracker.cli.calendar_commands import run_deadlines as run_deadlines_command

    return run_deadlines_command(args, print_json)


def run_changes(args: argparse.Namespace) -> int:
    from upr_tracker.cli.calendar_commands import run_changes as run_changes_command

    return run_changes_command(args, print_json)


def run_language(args: argparse.Namespace) -> int:
    from upr_tracker.cli.language_commands import run_language as run_language_command

    return run_language_command(args)


def run_guide(args: argparse.Namespace) -> int:
    from upr_tracker.cli.guide_commands import run_guide as run_guide_command

    return run_guide_command(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "review": run_review,
    "recommendation": run_recommendation,
    "search": run_search,
    "problems": run_problems,
    "link": run_link,
    "check": run_check,
    "export": run_export,
    "import": run_import,
    "demo": run_demo,
    "report": run_report,
    "backup": run_backup,
    "restore": run_restore,
    "audit": run_audit,
    "encrypt": run_encrypt,
    "decrypt": run_decrypt,
    "change-passphrase": run_change_passphrase,
    "note": run_note,
    "assessment": run_assessment,
    "changes": run_changes,
    "deadlines": run_deadlines,
    "language": run_language,
    "guide": run_guide,
}


def run(args: argparse.Namespace) -> int:
    if args.command == "desktop-entry":
        from upr_tracker.cli.desktop_commands import run_desktop_entry

        return run_desktop_entry(args)
    if args.command == "copy":
        from upr_tracker.cli.copy_commands import run_copy

        return run_copy(args)
    if args.command == "bundle":
        from upr_tracker.cli.bundle_commands import run_bundle

        return run_bundle(args, print_json)
    if args.command == "suggest":
        from upr_tracker.cli.suggest_commands import run_suggest

        return run_suggest(args, print_json)
    if args.command == "sync":
        from upr_tracker.cli.sync_commands import run_sync

        return run_sync(args, print_json)
    return COMMANDS[args.command](args)
