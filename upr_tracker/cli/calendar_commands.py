"""`review dates` (a review's calendar), `deadlines` (those ahead) and `changes` (what changed since a day)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from upr_tracker.errors import InvalidValueError

from upr_tracker.cli.passphrases import open_to_change, open_to_read
from upr_tracker.services.changes import changes_since, parse_since, plain_text
from upr_tracker.services.dashboard import upcoming_deadlines
from upr_tracker.services.review_dates import ReviewDates, parse_day, review_dates, review_id_of, set_review_dates


ArgumentAdder = Callable[[argparse.ArgumentParser], None]


def add_parsers(commands: argparse._SubParsersAction, review_actions: argparse._SubParsersAction,
                database_argument: ArgumentAdder, author_argument: ArgumentAdder) -> None:
    """`review dates` (in the `review` group), `deadlines` and `changes`."""
    actions = review_actions
    dates = actions.add_parser(
        "dates", help="show a review's dates (adoption at the Council, mid-term report, next review), or set them",
        description="Without a date to set, prints the review's dates; those derived from the calendar of "
        "sessions are marked as estimated. A date given replaces the estimate; 'none' clears it.")
    database_argument(dates)
    author_argument(dates)
    dates.add_argument("--state", required=True, metavar="ISO3", help="the State (code or name)")
    dates.add_argument("--cycle", required=True, type=int, metavar="N", help="the cycle of the review")
    dates.add_argument("--adopted", metavar="YYYY-MM-DD", help="the adoption of the outcome at the Council")
    dates.add_argument("--mid-term", metavar="YYYY-MM-DD", help="when the mid-term report is due")
    dates.add_argument("--next-review", metavar="YYYY-MM-DD", help="the next review")
    dates.add_argument("--json", action="store_true", help="print the dates as JSON")

    deadlines = commands.add_parser(
        "deadlines", help="the deadlines ahead (adoptions, mid-term reports, next reviews, due dates of plans and "
        "milestones), as the dashboard lists them: a reminder that needs no server (from cron, a login script…)")
    database_argument(deadlines)
    deadlines.add_argument("--weeks", type=int, metavar="N", help="only those within N weeks (default: all listed)")
    deadlines.add_argument("--json", action="store_true", help="print them as JSON")

    changes = commands.add_parser(
        "changes", help="what changed since a day (new milestones, notes, positions, assessments), by "
        "recommendation and milestone, with who and when (confidential notes' words are not shown)")
    database_argument(changes)
    changes.add_argument("--since", required=True, metavar="DATE|last",
                         help="a day (YYYY-MM-DD), or last: since this database was last opened in the window "
                         "(a week ago if it never was)")
    changes.add_argument("--json", action="store_true", help="print the changes as JSON")


def _print_dates(dates: ReviewDates) -> None:
    print(f"{dates.title}" + (f", session {dates.session}" if dates.session else ""))
    for label, value, name in (("Review", dates.review_date, None), ("Adoption at the Council", dates.adopted_on,
                                                                      "adopted_on"),
                               ("Mid-term report", dates.mid_term_on, "mid_term_on"),
                               ("Next review", dates.next_review_on, "next_review_on")):
        estimated = " (estimated from the calendar of sessions)" if name in dates.estimated else ""
        print(f"  {label + ':':<25}{value.isoformat() if value else '—'}{estimated}")
    for note in dates.notes:
        print(f"  note: {note}")


def run_review_dates(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    given = {name: parse_day(text, option) for name, text, option in (
        ("adopted_on", args.adopted, "--adopted"), ("mid_term_on", args.mid_term, "--mid-term"),
        ("next_review_on", args.next_review, "--next-review")) if text is not None}
    if given:
        with open_to_change(args) as db:
            dates = set_review_dates(db, review_id_of(db, args.state, args.cycle), **given)
    else:
        with open_to_read(args) as db:
            dates = review_dates(db, review_id_of(db, args.state, args.cycle))
    if args.json:
        print_json(dates.as_json())
    else:
        _print_dates(dates)
    return 0


def run_changes(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    with open_to_read(args) as db:
        report = changes_since(db, parse_since(args.since, db))
    if args.json:
        print_json({"since": report.since.isoformat(timespec="seconds"), "truncated": report.truncated,
                    "groups": [group.as_json() for group in report.groups]})
    else:
        for line in plain_text(report):
            print(line)
    return 0


def run_deadlines(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    if args.weeks is not None and args.weeks < 0:
        raise InvalidValueError(f"--weeks {args.weeks}: give a number of weeks, 0 or more")
    today = dt.date.today()
    with open_to_read(args) as db:
        listed = upcoming_deadlines(db, today)
    if args.weeks is not None:
        listed = [d for d in listed if d.due_on <= today + dt.timedelta(weeks=args.weeks)]
    if args.json:
        print_json([{"due_on": d.due_on.isoformat(), "what": d.what, "of": d.subject, "kind": d.kind,
                     "id": str(d.subject_id), "estimated": d.estimated, "days_left": d.days_left(today)}
                    for d in listed])
        return 0
    if not listed:
        within = f" within {args.weeks} weeks" if args.weeks is not None else ""
        print(f"No deadline{within}.")
    for d in listed:
        estimated = " (estimated from the calendar of sessions)" if d.estimated else ""
        print(f"{d.due_on.isoformat()}  {d.what}{estimated}: {d.subject}")
    return 0
