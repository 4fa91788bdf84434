"""`upr-tracker conflicts` and `upr-tracker conflicts resolve`: the fields two databases changed
differently, each version with who, where and when; settled by keeping one or writing a combined one."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from upr_tracker.cli.passphrases import open_to_change, open_to_read
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.sync.conflicts import (
    ConflictView,
    conflict_document,
    find_conflict_id,
    get_conflict,
    list_conflicts,
    resolve_conflict,
    resolve_with_candidate,
    value_text,
)

# The database options of the resolve action may come before or after it.
_DATABASE_DESTS = ("db", "passphrase_file")


def add_conflict_commands(commands: Any, database_argument: Callable[..., None],
                          author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    conflicts = commands.add_parser(
        "conflicts", help="list the fields two databases changed differently (after a sync or a bundle), "
        "or resolve one: `conflicts resolve ID --take N`")
    database_argument(conflicts, required=False)
    conflicts.add_argument("--all", action="store_true", help="the resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="print them as JSON")
    actions = conflicts.add_subparsers(dest="conflict_action", metavar="ACTION")
    resolve = actions.add_parser("resolve", help="settle a conflict: keep one version (--take N, as listed) or "
                                 "write a combined one (--value-file FILE)")
    resolve.add_argument("conflict_id", metavar="ID", help="the conflict's id (or its first characters) as listed")
    database_argument(resolve, required=False)
    chosen = resolve.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--take", type=int, metavar="N", help="keep version N (1, 2… as `conflicts` lists them)")
    chosen.add_argument("--value-file", metavar="FILE", help="the value to write, in a UTF-8 text file (`-`: "
                        "standard input): a text combining the versions, a position or level by its name")
    resolve.add_argument("--json", action="store_true", help="print the resolved conflict as JSON")
    author_argument(resolve)
    for action in resolve._actions:  # (given before `resolve`, they are not reset by it)
        if action.dest in _DATABASE_DESTS:
            action.default = argparse.SUPPRESS


def run_conflicts(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    if getattr(args, "db", None) is None:
        raise InvalidValueError("--db: name the database whose conflicts to list or resolve")
    if args.conflict_action == "resolve":
        return _resolve(args, print_json)
    with open_to_read(args) as db:
        views = list_conflicts(db, open_only=not args.all)
    if args.json:
        print_json({"open": sum(1 for v in views if v.open), "conflicts": [conflict_document(v) for v in views]})
        return 0
    open_count = sum(1 for v in views if v.open)
    print(f"{open_count} open conflict{'s' if open_count != 1 else ''}"
          + (f", {len(views) - open_count} resolved" if len(views) != open_count else ""))
    for view in views:
        print()
        print(describe(view))
    if open_count:
        print(f"\nTo settle one: upr-tracker conflicts resolve ID --db {args.db} --take N (or --value-file FILE)")
    return 0


def describe(view: ConflictView) -> str:
    """A conflict in lines: the record and field, then each version numbered, who, where and when."""
    state = "open" if view.open else f"resolved by {view.resolved_by or 'someone'}" + (
        f" on {view.resolved_at:%Y-%m-%d %H:%M} UTC" if view.resolved_at else "")
    lines = [f"{view.id} [{state}]", f"  {view.table}: {view.record_label} · {view.field_label}"]
    for number, candidate in enumerate(view.candidates, 1):
        when = f"{candidate.at:%Y-%m-%d %H:%M} UTC" if candidate.at else "at an unknown time"
        now = " (in the record now)" if candidate.current and view.record_exists else ""
        lines.append(f"  {number}. by {candidate.author} (database: {candidate.origin_name}), {when}{now}:")
        lines += [f"       {line}" for line in value_text(view, candidate.value).splitlines() or [""]]
    return "\n".join(lines)


def _resolve(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    with open_to_change(args) as db:
        conflict_id = find_conflict_id(db, args.conflict_id)
        if args.take is not None:
            view = resolve_with_candidate(db, conflict_id, args.take)
        else:
            seen = get_conflict(db, conflict_id)
            value = _value_file(args.value_file).strip()
            if not value:
                raise InvalidValueError(f"--value-file {args.value_file}: the file is empty")
            if seen.is_text:
                value = value.replace("\r\n", "\n")
            view = resolve_conflict(db, conflict_id, value, expected_candidates=seen.candidate_keys)
    if args.json:
        print_json(conflict_document(view))
    else:
        print(f"Resolved: {view.record_label} · {view.field_label}")
    return 0


def _value_file(name: str) -> str:
    where = "--value-file - (standard input)" if name == "-" else f"--value-file {name}"
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise UprTrackerError(f"{where}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UprTrackerError(f"{where}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
