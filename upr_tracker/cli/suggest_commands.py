"""`upr-tracker suggest`: suggest action categories, themes and SDGs for the recommendations that
lack them (all, or a State's, or a cycle's), accept at once those above a confidence, and list
what waits for a decision; or accept or reject one suggestion by its id."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from typing import Any

from upr_tracker.cli.command_options import (ArgumentAdder, changing_command, cycle_option, quiet_option,
                                             state_option)
from upr_tracker.cli.passphrases import open_to_change
from upr_tracker.cli.terminal_progress import TerminalProgress
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.services.states import resolve_state
from upr_tracker.services.suggestions import (
    ACTION_CATEGORY,
    SDG,
    THEME,
    SuggestingReport,
    SuggestionFilter,
    SuggestionRow,
    accept_suggestion,
    compute_suggestions,
    count_suggestions,
    list_suggestions,
    reject_suggestion,
)
from upr_tracker.services.suggestions_reading import check_confidence
from upr_tracker.storage.database import Database

# Recommendations listed in the plain summary (--json lists them all).
LISTED = 30
# Suggestions read at first for them (a recommendation has a few: more are read if that falls short).
FIRST_READ = LISTED * 5


def confidence_argument(text: str) -> float:
    try:
        return check_confidence(text, "--accept-above")
    except InvalidValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def suggestion_id_argument(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a suggestion's id (as --json lists them: "
                                         "8c0f…-…, 36 characters)") from None


def add_suggest_parser(commands: Any, database_argument: ArgumentAdder, author_argument: ArgumentAdder) -> None:
    suggest = changing_command(
        commands, "suggest", "suggest action categories, themes and SDGs for the recommendations that lack them "
        "(a value set by a person or a document is never replaced), or accept/reject one suggestion",
        database_argument, author_argument)
    state_option(suggest, "only the recommendations to this State")
    cycle_option(suggest, "only the recommendations of this cycle")
    suggest.add_argument("--accept-above", type=confidence_argument, metavar="P",
                         help="accept at once the suggestions whose confidence is P or more (0 to 1, e.g. 0.9); "
                         "they are recorded as accepted by --author")
    decided = suggest.add_mutually_exclusive_group()
    decided.add_argument("--accept", type=suggestion_id_argument, metavar="ID",
                         help="accept this suggestion (its id as --json lists it): its value is set")
    decided.add_argument("--reject", type=suggestion_id_argument, metavar="ID",
                         help="reject this suggestion: it is kept as rejected and never suggested again")
    quiet_option(suggest, "no progress bar, and print nothing but errors (for a scheduled run)")
    suggest.add_argument("--json", action="store_true", help="print the counts and what is suggested as JSON")


def _grouped(rows: list[SuggestionRow]) -> list[tuple[SuggestionRow, list[SuggestionRow]]]:
    groups: dict[uuid.UUID, tuple[SuggestionRow, list[SuggestionRow]]] = {}
    for row in rows:
        groups.setdefault(row.recommendation_id, (row, []))[1].append(row)
    return list(groups.values())


def _item(row: SuggestionRow) -> dict[str, Any]:
    key = "value" if row.kind == ACTION_CATEGORY else "term"
    return {"id": str(row.id), key: int(row.value) if row.kind == ACTION_CATEGORY else row.value,
            "confidence": round(row.confidence, 4)}


def _recommendation_json(first: SuggestionRow, rows: list[SuggestionRow]) -> dict[str, Any]:
    categories = [_item(r) for r in rows if r.kind == ACTION_CATEGORY]
    return {"id": str(first.recommendation_id), "state": first.state_iso3, "cycle": first.cycle,
            "label": first.label, "text": first.text,
            "suggestions": {"action_category": categories[0] if categories else None,
                            "themes": [_item(r) for r in rows if r.kind == THEME],
                            "sdgs": [_item(r) for r in rows if r.kind == SDG]}}


def _line(rows: list[SuggestionRow], kind: str, title: str) -> str | None:
    chosen = [r for r in rows if r.kind == kind]
    if not chosen:
        return None
    return f"{title}: " + ", ".join(f"{r.value} ({100 * r.confidence:.0f}%) {r.id}" for r in chosen)


def _count(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _first_listed(db: Database, where: SuggestionFilter) -> list[SuggestionRow]:
    """The suggestions of the first LISTED recommendations waiting, read a page at a time (never all
    of a big database's)."""
    limit = FIRST_READ
    while True:
        rows = list_suggestions(db, where, limit=limit)
        groups = _grouped(rows)
        # (rows come by recommendation: with one more begun, the first LISTED are whole)
        if len(rows) < limit or len(groups) > LISTED:
            return [row for _first, group in groups[:LISTED] for row in group]
        limit *= 4


def _summary(report: SuggestingReport, scope: str, waiting: list[SuggestionRow], total: int) -> list[str]:
    lines = [(f"{scope}: {_count(report.recommendations, 'recommendation')} looked at; "
             f"{_count(report.suggested, 'suggestion')} waiting for a decision; {report.accepted:,} accepted at once; "
             f"{_count(report.kept_values, 'value')} set by a person or a document left as "
             f"{'it is' if report.kept_values == 1 else 'they are'}.")]
    if report.refused:
        lines.append(f"{_count(report.refused, 'suggestion')} above the confidence could not be accepted "
                     "(a person's value stands, or the value is not valid); they wait, the reasons are in the log.")
    groups = _grouped(waiting)
    for first, rows in groups:
        lines.append(f"  {first.state_iso3} cycle {first.cycle} {first.label or '—'}: {first.text[:100]}")
        for kind, title in ((ACTION_CATEGORY, "action category"), (THEME, "themes"), (SDG, "SDGs")):
            line = _line(rows, kind, title)
            if line:
                lines.append(f"      {line}")
    if total > len(waiting):
        lines.append(f"  … and {_count(total - len(waiting), 'more suggestion')} waiting (--json lists them all).")
    if groups:
        lines.append("Accept one with: upr-tracker suggest --db … --accept ID (reject with --reject ID).")
    return lines


def run_suggest(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    if (args.accept or args.reject) and (args.state is not None or args.cycle is not None
                                         or args.accept_above is not None):
        raise UprTrackerError(f"{'--accept' if args.accept else '--reject'} decides one suggestion, named by its id: "
                              "it cannot be given with --state, --cycle or --accept-above (run them apart)")
    with open_to_change(args) as db:
        if args.accept or args.reject:
            chosen = args.accept or args.reject
            (accept_suggestion if args.accept else reject_suggestion)(db, chosen)
            status = "accepted" if args.accept else "rejected"
            if args.json:
                print_json({"id": str(chosen), "status": status, "decided_by": db.actor})
            elif not args.quiet:
                print(f"Suggestion {chosen} {status} (by {db.actor}).")
            return 0
        iso3 = None
        if args.state is not None:
            with db.read() as session:
                iso3 = resolve_state(session, args.state, field="--state").iso3
        progress = TerminalProgress(args.quiet)
        try:
            report = compute_suggestions(db, state_iso3=iso3, cycle=args.cycle, accept_above=args.accept_above,
                                         progress=lambda done, total: progress.report(done, total, "Suggesting"))
        finally:
            progress.done()
        if args.quiet:
            return 0
        where = SuggestionFilter(state_iso3=iso3, cycle=args.cycle)
        if args.json:  # (for scripts: every waiting suggestion)
            waiting = list_suggestions(db, where)
        else:
            waiting, total = _first_listed(db, where), count_suggestions(db, where)
    if args.json:
        print_json({"recommendations": report.recommendations, "suggested": report.suggested,
                    "accepted": report.accepted, "refused": report.refused, "kept_values": report.kept_values,
                    "waiting": [_recommendation_json(first, rows) for first, rows in _grouped(waiting)]})
    else:
        scope = " ".join(part for part in (iso3, f"cycle {args.cycle}" if args.cycle else None) if part)
        print("\n".join(_summary(report, scope or "All reviews", waiting, total)))
    return 0
