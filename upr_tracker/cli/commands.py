"""The commands of `upr-tracker`, each a thin face over the service functions."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from upr_tracker.errors import UprTrackerError
from upr_tracker.services.demo import build_demo_database
from upr_tracker.services.document_import import ImportReport, import_document
from upr_tracker.services.export_json import export_json
from upr_tracker.services.integrity import check_database
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _open(args: argparse.Namespace) -> Database:
    return Database.open(args.db, create=False)


def run_search(args: argparse.Namespace) -> int:
    with _open(args) as db:
        hits = search(db, args.query, limit=args.limit)
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
                    "confidential": hit.confidential,
                }
            )
        print_json({"query": args.query, "count": len(records), "results": records})
        return 0
    if not hits:
        print(f"No match for {args.query!r}.")
        return 0
    for hit in hits:
        marked = "".join(f"[{s.text}]" if s.match else s.text for s in hit.snippet)
        flag = " (confidential)" if hit.confidential else ""
        print(f"{hit.title}{flag}\n    {marked}")
    print(f"{len(hits)} result{'s' if len(hits) != 1 else ''}.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    report = check_database(args.db)
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
    with _open(args) as db:
        summary = export_json(
            db, args.out, state=args.state, cycle=args.cycle, include_confidential=args.include_confidential
        )
    confidential = "included" if summary.confidential_notes_included else "left out"
    print(
        f"Exported {summary.recommendations} recommendations, {summary.milestones} milestones and "
        f"{summary.notes} notes to {summary.path} (confidential notes {confidential}).",
        file=sys.stderr,
    )
    return 0


def _print_import(report: ImportReport) -> None:
    what = "Would import" if report.dry_run else "Imported"
    symbol = f" {report.symbol}" if report.symbol else ""
    print(f"{what} {report.file}: {report.kind}{symbol}, {report.state_name}, cycle {report.cycle}"
          + (f", session {report.session}" if report.session else ""))
    for name, counts in (("recommendations", report.recommendations), ("responses", report.responses)):
        print(f"  {name}: {counts.created} created, {counts.updated} updated, {counts.unchanged} unchanged")
    flagged = [p for p in report.positions if p.needs_review]
    if report.positions:
        print(f"  positions assigned: {len(report.positions)} ({len(flagged)} to review)")
    for notice in report.notices:
        print(f"  note: {notice}")
    for problem in report.problems:
        where = f" (line {problem.line})" if problem.line else ""
        labels = f" [{', '.join(problem.labels)}]" if problem.labels else ""
        print(f"  problem{where}{labels}: {problem.message}")


def run_import(args: argparse.Namespace) -> int:
    failed = 0
    results = []
    with Database.open(args.db) as db:
        for path in args.files:
            try:
                report = import_document(db, path, kind=args.kind, state=args.state, cycle=args.cycle,
                                         dry_run=args.dry_run)
            except UprTrackerError as exc:
                failed += 1
                print(f"upr-tracker: error: {exc}" if path.name in str(exc)
                      else f"upr-tracker: error: {path}: {exc}", file=sys.stderr)
                results.append({"file": str(path), "error": str(exc)})
                continue
            results.append(report.as_json())
            if not args.json:
                _print_import(report)
    if args.json:
        print_json(results[0] if len(results) == 1 else results)
    return 1 if failed else 0


def run_demo(args: argparse.Namespace) -> int:
    summary = build_demo_database(args.db)
    recommendations = sum(r.recommendations.created for r in summary.imports)
    print(f"Built the demo database at {summary.path}: {recommendations} recommendations of Kazakhstan's "
          f"2010 review, their positions, and {summary.milestones} milestones.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "search": run_search,
    "check": run_check,
    "export": run_export,
    "import": run_import,
    "demo": run_demo,
}


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
