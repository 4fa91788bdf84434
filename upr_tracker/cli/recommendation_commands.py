"""`upr-tracker recommendation add` and `recommendation edit`: a recommendation entered or
corrected by hand, named by its State, cycle and label."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from upr_tracker.cli.review_commands import DatabaseArgument, iso_date
from upr_tracker.domain.positions import position_wording
from upr_tracker.errors import InvalidValueError

if TYPE_CHECKING:  # (the parser is built at every start, the window's too: the services load when run)
    from upr_tracker.services.recommendation_editing import EditableRecommendation, PositionGiven


def _which(parser: argparse.ArgumentParser, database_argument: DatabaseArgument) -> None:
    database_argument(parser)
    parser.add_argument("--state", required=True, metavar="ISO3", help="the State under review (code or name)")
    parser.add_argument("--cycle", type=int, required=True, metavar="N", help="the cycle of its review")
    parser.add_argument("--label", required=True, metavar="L", help="the recommendation's label, e.g. 97.12")


def _position_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--position", metavar="P", help="the State's position: supported, noted, partially "
                        "supported, pending (or the wording the document uses: accepted, not accepted…)")
    parser.add_argument("--source", metavar="SYMBOL", help="the document that states the position, e.g. "
                        "A/HRC/59/5/Add.1 (needed with --position)")
    parser.add_argument("--paragraph", metavar="P", help="the paragraph of that document")
    parser.add_argument("--position-date", type=iso_date, metavar="YYYY-MM-DD", help="when the State stated it")
    parser.add_argument("--json", action="store_true", help="print the recommendation as JSON")


def add_recommendation_parser(commands: Any, database_argument: DatabaseArgument,
                              author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    recommendation = commands.add_parser("recommendation", help="add or edit a recommendation by hand")
    actions = recommendation.add_subparsers(dest="recommendation_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a recommendation to a review (its label must be free there)")
    _which(add, database_argument)
    author_argument(add)
    add.add_argument("--text", required=True, metavar="T", help="the text of the recommendation")
    add.add_argument("--by", action="append", default=[], metavar="STATE",
                     help="a recommending State (code or name); repeat for several")
    add.add_argument("--action-category", metavar="N", help="UPR Info's action category, 1 to 5")
    add.add_argument("--theme", action="append", default=[], metavar="T", help="a theme; repeat for several")
    _position_arguments(add)
    edit = actions.add_parser("edit", help="change a recommendation; a new position joins its position history")
    _which(edit, database_argument)
    author_argument(edit)
    edit.add_argument("--text", metavar="T", help="the new text")
    edit.add_argument("--new-label", metavar="L", help="a new label (free in the review)")
    edit.add_argument("--by", action="append", metavar="STATE",
                      help="the recommending States, replacing those it has; repeat for several")
    edit.add_argument("--action-category", metavar="N", help="1 to 5, or none to clear it")
    edit.add_argument("--add-theme", action="append", default=[], metavar="T", help="add a theme; repeatable")
    edit.add_argument("--remove-theme", action="append", default=[], metavar="T", help="remove a theme; repeatable")
    _position_arguments(edit)


def _position(args: argparse.Namespace) -> PositionGiven | None:
    from upr_tracker.services.recommendation_editing import PositionGiven

    if args.position is None:
        for option, value in (("--source", args.source), ("--paragraph", args.paragraph),
                              ("--position-date", args.position_date)):
            if value is not None:
                raise InvalidValueError(f"{option}: it goes with --position (the position the document states)")
        return None
    return PositionGiven(args.position, args.source or "", args.paragraph, args.position_date)


def recommendation_record(found: EditableRecommendation, state: str, cycle: int) -> dict[str, Any]:
    return {
        "id": str(found.id), "state": state, "cycle": cycle, "label": found.label, "text": found.text,
        "recommending_states": list(found.recommending_states), "action_category": found.action_category,
        "themes": list(found.themes), "position": found.position,
        "considered_implemented": found.considered_implemented, "position_source": found.position_source,
        "position_paragraph": found.position_paragraph,
    }


def _said(found: EditableRecommendation) -> str:
    if not found.position:
        return "no position yet"
    where = ", ".join(filter(None, [found.position_source,
                                    f"para. {found.position_paragraph}" if found.position_paragraph else None]))
    return f"position {position_wording(found.position, found.considered_implemented)}" + (
        f" ({where})" if where else "")


def run_recommendation(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    from upr_tracker.cli.passphrases import open_to_change
    from upr_tracker.services.recommendation_editing import (KEEP, add_recommendation_by_hand, edit_recommendation,
                                                             editable_recommendation, find_recommendation)
    from upr_tracker.services.reviews import find_review

    position = _position(args)
    with open_to_change(args) as db:
        review = find_review(db, args.state, args.cycle)
        where = f"{review.state_name}'s cycle {review.cycle} review"
        notice = None
        if args.recommendation_command == "add":
            recommendation_id = add_recommendation_by_hand(
                db, review.id, label=args.label, text=args.text, recommending_states=args.by,
                action_category=args.action_category, themes=args.theme, position=position)
            found = editable_recommendation(db, recommendation_id)
            message = f"Added recommendation {found.label} to {where}, {_said(found)}."
        else:
            recommendation_id = find_recommendation(db, args.state, args.cycle, args.label)
            category: Any = KEEP if args.action_category is None else (
                None if args.action_category.strip().casefold() == "none" else args.action_category)
            edit = edit_recommendation(
                db, recommendation_id, label=KEEP if args.new_label is None else args.new_label,
                text=KEEP if args.text is None else args.text,
                recommending_states=KEEP if args.by is None else args.by, action_category=category,
                add_themes=args.add_theme, remove_themes=args.remove_theme, position=position)
            found = editable_recommendation(db, recommendation_id)
            notice = edit.notice
            message = (f"Changed the {', '.join(edit.changed)} of recommendation {found.label} of {where}; {_said(found)}."
                       if edit.changed else f"Nothing to change in recommendation {found.label} of {where}.")
        record = recommendation_record(found, review.state_iso3, review.cycle)
    if notice:
        print(f"upr-tracker: note: {notice}", file=sys.stderr)
    if args.json:
        print_json(record)
    else:
        print(message)
    return 0
