"""`upr-tracker link`: recommended again. Link a recommendation to its successor in another cycle (or
take the link away, or reject a suggested one); with --suggest, suggest links by similar wording
and list the suggestions waiting for a decision."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from upr_tracker.cli.command_options import ArgumentAdder, changing_command, state_option
from upr_tracker.cli.passphrases import open_to_change
from upr_tracker.errors import UprTrackerError
from upr_tracker.services.recommendation_editing import find_recommendation
from upr_tracker.services.recommended_again import (
    SUGGESTION_THRESHOLD,
    decide_suggestion,
    link_by_hand,
    related_recommendations,
    remove_link,
    suggest_recommended_again,
    suggestion_rows,
)
from upr_tracker.services.values import RecommendationRow
from upr_tracker.storage.database import Database


def add_link_parser(commands: Any, database_argument: ArgumentAdder, author_argument: ArgumentAdder) -> None:
    link = changing_command(
        commands, "link", "recommended again: link a recommendation to the one repeating it in another cycle, "
        "or suggest such links by similar wording (--suggest)", database_argument, author_argument)
    state_option(link, "the State under review", required=True)
    link.add_argument("--from-cycle", type=int, metavar="N", help="the cycle of the earlier recommendation")
    link.add_argument("--from-label", metavar="LABEL", help="its label, e.g. 97.17")
    link.add_argument("--to-cycle", type=int, metavar="N", help="the cycle of the later recommendation")
    link.add_argument("--to-label", metavar="LABEL", help="its label, e.g. 126.5")
    link.add_argument("--comment", metavar="TEXT", help="a comment kept with the link")
    what = link.add_mutually_exclusive_group()
    what.add_argument("--remove", action="store_true", help="take the link between the two away")
    what.add_argument("--reject", action="store_true",
                      help="reject the link between the two (it is kept as rejected and never suggested again)")
    what.add_argument("--suggest", action="store_true",
                      help=f"suggest links between the State's consecutive cycles whose texts are alike (score "
                      f"{SUGGESTION_THRESHOLD:g} or more), then list every suggestion waiting for a decision")
    link.add_argument("--json", action="store_true", help="print the result as JSON")


def _row(row: RecommendationRow) -> dict[str, Any]:
    return {"id": str(row.id), "state": row.state_iso3, "cycle": row.cycle, "label": row.label, "text": row.text,
            "position": row.position, "implementation_level": row.implementation_level}


def run_link(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    with open_to_change(args) as db:
        if args.suggest:
            return _suggest(db, args, print_json)
        ends = (args.from_cycle, args.from_label, args.to_cycle, args.to_label)
        if any(value is None for value in ends):
            missing = [name for name, value in zip(("--from-cycle", "--from-label", "--to-cycle", "--to-label"), ends)
                       if value is None]
            raise UprTrackerError(f"link: give {', '.join(missing)} (or --suggest)")
        earlier = find_recommendation(db, args.state, args.from_cycle, args.from_label)
        later = find_recommendation(db, args.state, args.to_cycle, args.to_label)
        names = f"{args.state.upper()} {args.from_label} (cycle {args.from_cycle}) and {args.to_label} (cycle {args.to_cycle})"
        if args.remove:
            done = remove_link(db, earlier, later)
            message = f"Removed the link between {names}." if done else f"There was no link between {names}."
            status = "removed" if done else "none"
        elif args.reject:
            link_id = link_by_hand(db, earlier, later, args.comment)
            decide_suggestion(db, link_id, accept=False)
            message, status = f"Rejected the link between {names}: it will not be suggested again.", "rejected"
        else:
            link_by_hand(db, earlier, later, args.comment)
            message, status = f"Linked {names}: recommended again (confirmed).", "confirmed"
        related = related_recommendations(db, earlier)
    if args.json:
        print_json({"status": status, "earlier": str(earlier), "later": str(later),
                    "related_to_earlier": [_row(r.row) | {"status": r.status, "score": r.score} for r in related]})
    else:
        print(message)
    return 0


def _suggest(db: Database, args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    report = suggest_recommended_again(db, args.state)
    waiting = suggestion_rows(db, args.state)
    if args.json:
        print_json({"state": report.state_iso3, "created": report.created, "already_linked": report.already_linked,
                    "threshold": SUGGESTION_THRESHOLD,
                    "suggestions": [{"score": score, "earlier": _row(earlier), "later": _row(later)}
                                    for _id, score, earlier, later in waiting]})
        return 0
    cycles = ", ".join(f"{a} → {b}" for a, b in report.cycles) or "none (the State has no consecutive cycles)"
    print(f"{report.state_iso3}: {report.created} new suggestions (cycles {cycles}); {len(waiting)} waiting for a "
          f"decision. Confirm one with --from-cycle/--from-label/--to-cycle/--to-label, reject it with --reject.")
    for _id, score, earlier, later in waiting:
        print(f"  {score:5.1f}  cycle {earlier.cycle} {earlier.label or '—'} → cycle {later.cycle} {later.label or '—'}")
        print(f"         {earlier.text[:110]}")
        print(f"         {later.text[:110]}")
    return 0
