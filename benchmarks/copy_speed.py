"""Moving a corpus to a team server: `copy` of an SQLite corpus into PostgreSQL, and a UPR Info
import into PostgreSQL beside a bare COPY of the same rows.

    python benchmarks/copy_speed.py --sqlite corpus.sqlite --url postgresql://USER@HOST:PORT/DATABASE \
        [--csv uprinfo-40000.csv] [--keep-target] [--json results.json]

The corpus file is copied first (never changed); the copy is upgraded to this version's schema by
opening it. The database of --url is created if missing, and must be empty (dropped and made anew
unless it is, with --replace). The import runs into a scratch database `<name>_import` on the same
server, dropped afterwards; the bare COPY writes the CSV's rows into a scratch table there.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from upr_tracker.services.database_copy import Endpoint, copy_database
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress, database_target

UPRINFO_COLUMNS = ("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
                   "Session")


def _admin(address: ServerAddress) -> psycopg.Connection:
    return psycopg.connect(str(address.with_database("postgres")), autocommit=True)


def _recreate(address: ServerAddress) -> None:
    with _admin(address) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(address.database)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(address.database)))


def _drop(address: ServerAddress) -> None:
    with _admin(address) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(address.database)))


def time_copy(corpus: Path, address: ServerAddress, work: Path) -> dict[str, Any]:
    source = work / "corpus.sqlite3"
    shutil.copy(corpus, source)
    started = time.perf_counter()
    Database.open(source, actor="benchmark").close()  # upgraded to this version's schema
    upgrade_seconds = time.perf_counter() - started
    _recreate(address)
    started = time.perf_counter()
    report = copy_database(Endpoint(source), Endpoint(address), actor="benchmark")
    total = time.perf_counter() - started
    rows = {t.table: t.copied for t in report.tables}
    return {"upgrade_seconds": upgrade_seconds, "copy_seconds": report.copy_seconds,
            "check_seconds": report.check_seconds, "total_seconds": total, "rows": report.rows_copied,
            "recommendations": rows.get("recommendation", 0), "counts_agree": report.counts_agree,
            "exports_equal": report.exports_equal}


# What an import writes, in an order its foreign keys allow (the States and vocabularies are the
# reference data both databases already hold, with the same ids).
IMPORTED_TABLES = ("review", "document", "recommendation", "response", "response_recommendation",
                   "recommending_state", "recommendation_term", "import_problem", "import_problem_recommendation",
                   "audit_entry")


def time_import(csv_path: Path, address: ServerAddress) -> dict[str, Any]:
    """The app's import of the CSV into a new database, beside the floor: the very rows it wrote,
    read out beforehand, written by bare COPY into the same tables of a twin database (made from the
    same template before the import: the same reference data; triggers included) in one transaction."""
    from upr_tracker.services.dataset_import import import_dataset

    scratch = address.with_database(f"{address.database}_import")
    bare = address.with_database(f"{address.database}_bare")
    _recreate(scratch)
    try:
        Database.open(scratch, create=True, actor="benchmark").close()
        with _admin(address) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(bare.database)))
            connection.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(bare.database), sql.Identifier(scratch.database)))
        with psycopg.connect(str(scratch)) as connection:
            trail_before = connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        with Database.open(scratch, create=False, actor="benchmark") as db:
            started = time.perf_counter()
            try:
                report = import_dataset(db, csv_path)
                failed = None
            except Exception as exc:  # noqa: BLE001 (reported as a figure, the other one still measured)
                report, failed = None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
            app_seconds = time.perf_counter() - started
        with open(csv_path, encoding="utf-8", newline="") as stream:
            rows = sum(1 for _ in csv.reader(stream)) - 1
        written: dict[str, bytes] = {}
        with psycopg.connect(str(scratch)) as connection:
            for table in IMPORTED_TABLES:
                # (the trail's entries of the import alone: the template's own are in the twin already)
                rows_of = sql.SQL("SELECT * FROM {} ORDER BY at OFFSET {}").format(
                    sql.Identifier(table), sql.Literal(trail_before)) if table == "audit_entry" else \
                    sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))
                with connection.cursor().copy(sql.SQL("COPY ({}) TO STDOUT (FORMAT binary)").format(rows_of)) as copy:
                    written[table] = b"".join(bytes(chunk) for chunk in copy)
        with psycopg.connect(str(bare)) as connection:
            started = time.perf_counter()
            for table in IMPORTED_TABLES:
                with connection.cursor().copy(sql.SQL("COPY {} FROM STDIN (FORMAT binary)").format(
                        sql.Identifier(table))) as copy:
                    copy.write(written[table])
            connection.commit()
            bare_seconds = time.perf_counter() - started
    finally:
        _drop(scratch)
        _drop(bare)
    created = report.recommendations.created if report is not None and hasattr(report, "recommendations") else None
    return {"rows": rows, "app_seconds": app_seconds, "app_failed": failed, "recommendations_created": created,
            "bare_copy_seconds": bare_seconds, "ratio": app_seconds / bare_seconds if failed is None else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", type=Path, help="the corpus (an SQLite database; not changed; needed unless --no-copy)")
    parser.add_argument("--url", required=True, help="postgresql://USER@HOST:PORT/DATABASE to copy into")
    parser.add_argument("--csv", type=Path, help="a UPR Info CSV for the import figure (default: 40,000 rows made "
                        "by generate_corpus.py)")
    parser.add_argument("--rows", type=int, default=40_000, help="rows of the generated CSV (default 40,000)")
    parser.add_argument("--no-import", action="store_true", help="time the copy only")
    parser.add_argument("--no-copy", action="store_true", help="time the import only")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    address = database_target(args.url)
    if not isinstance(address, ServerAddress):
        parser.error("--url: give a postgresql:// address")
    if args.sqlite is None and not args.no_copy:
        parser.error("--sqlite: the corpus to copy (or --no-copy)")
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="upr-copy-bench-") as folder:
        work = Path(folder)
        if not args.no_copy:
            figures["copy"] = copy = time_copy(args.sqlite, address, work)
            print(f"copy {args.sqlite.name} -> {address.name}: {copy['recommendations']:,} recommendations, "
                  f"{copy['rows']:,} rows in {copy['copy_seconds']:.1f} s; export check {copy['check_seconds']:.1f} s;"
                  f" total {copy['total_seconds']:.1f} s (schema upgrade of the corpus before: "
                  f"{copy['upgrade_seconds']:.1f} s); counts agree: {copy['counts_agree']}, exports equal: "
                  f"{copy['exports_equal']}")
        if not args.no_import:
            csv_path = args.csv
            if csv_path is None:
                sys.path.insert(0, str(Path(__file__).parent))
                from generate_corpus import write_uprinfo_csv

                csv_path = work / "uprinfo.csv"
                write_uprinfo_csv(csv_path, args.rows)
            figures["import"] = imported = time_import(csv_path, address)
            outcome = (f"{imported['app_seconds']:.1f} s ({imported['recommendations_created']:,} recommendations)"
                       if imported["app_failed"] is None else f"FAILED after {imported['app_seconds']:.1f} s: "
                       f"{imported['app_failed']}")
            ratio = f", {imported['ratio']:.1f}x the bare COPY" if imported["ratio"] else ""
            print(f"import of {imported['rows']:,} UPR Info rows into PostgreSQL: {outcome}; bare COPY of the rows it "
                  f"wrote into the same tables: {imported['bare_copy_seconds']:.2f} s{ratio}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
