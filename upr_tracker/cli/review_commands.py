"""`upr-tracker review add` (a review entered by hand) and `review list` (the reviews, with their
numbers of recommendations and of positions still awaited)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (the parser is built at every start, the window's too: the services load when run)
    from upr_tracker.services.values import ReviewSummary

DatabaseArgument = Callable[[argparse.ArgumentParser], None]


def iso_date(written: str) -> dt.date:
    """--date YYYY-MM-DD, or argparse's one-line refusal."""
    try:
        return dt.date.fromisoformat(written.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{written!r} is not a date written YYYY-MM-DD") from None


def add_review_parser(commands: Any, database_argument: DatabaseArgument,
                      author_argument: Callable[[argparse.ArgumentParser], None]) -> Any:
    """The `review` group (add, list); returns its actions, which `review dates` joins."""
    review = commands.add_parser("review", help="add a review by hand (State, cycle, session, date), list the "
                                 "reviews with their counts, or show and set a review's calendar (dates)")
    actions = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add the review of a State in a cycle (refused if it has one)")
    database_argument(add)
    author_argument(add)
    add.add_argument("--state", required=True, metavar="ISO3", help="the State under review (code or name)")
    add.add_argument("--cycle", type=int, required=True, metavar="N", help="the cycle (1 to 5)")
    add.add_argument("--session", type=int, required=True, metavar="S", help="the Working Group session")
    add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="the day of the Working Group review")
    add.add_argument("--json", action="store_true", help="print the review as JSON")
    listing = actions.add_parser("list", help="the reviews, with their recommendations and pending positions")
    database_argument(listing)
    listing.add_argument("--state", metavar="ISO3", help="only this State's reviews (code or name)")
    listing.add_argument("--cycle", type=int, metavar="N", help="only the reviews of this cycle")
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    return actions


def review_record(review: ReviewSummary) -> dict[str, Any]:
    counts = review.count_by_position
    return {
        "id": str(review.id), "state": review.state_iso3, "state_name": review.state_name, "cycle": review.cycle,
        "session": review.session, "date": review.review_date.isoformat() if review.review_date else None,
        "recommendations": review.recommendation_count, "pending": counts.get("pending", 0),
        "without_position": counts.get("none", 0),
        "by_position": {k: v for k, v in sorted(counts.items()) if k != "none"},
    }


def review_line(review: ReviewSummary) -> str:
    record = review_record(review)
    held = "".join(f", {part}" for part in (f"session {review.session}" if review.session else None,
                                             record["date"]) if part)
    count = review.recommendation_count
    counts = f"{count:,} recommendation{'s' if count != 1 else ''}, {record['pending']:,} pending"
    if record["without_position"]:
        counts += f", {record['without_position']:,} without a position"
    return f"{review.state_name} ({review.state_iso3}), cycle {review.cycle}{held}: {counts}"


def run_review(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    from upr_tracker.cli.passphrases import open_to_change, open_to_read
    from upr_tracker.services.reviews import add_review, list_reviews

    if args.review_command == "dates":
        from upr_tracker.cli.calendar_commands import run_review_dates

        return run_review_dates(args, print_json)
    if args.review_command == "add":
        with open_to_change(args) as db:
            review = add_review(db, args.state, args.cycle, args.session, args.date)
        if args.json:
            print_json(review_record(review))
        else:
            print(f"Added the review: {review_line(review)}.")
        return 0
    with open_to_read(args) as db:
        found = list_reviews(db, args.state, args.cycle)
    if args.json:
        print_json({"count": len(found), "reviews": [review_record(r) for r in found]})
        return 0
    for review in found:
        print(review_line(review))
    print(f"{len(found)} review{'s' if len(found) != 1 else ''}.")
    return 0
