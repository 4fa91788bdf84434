"""`upr-tracker assessment add | list`: how far a recommendation is implemented, by whose account,
through the same service functions as the window's Implementation tab."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from upr_tracker.cli.follow_up_options import day_option, short_id
from upr_tracker.cli.passphrases import open_to_read, open_to_change
from upr_tracker.domain.event_dates import display_day
from upr_tracker.domain.implementation import (
    AssessmentSource,
    ImplementationLevel,
    parse_level,
    parse_source,
)
from upr_tracker.services.assessments import add_assessment
from upr_tracker.services.follow_up_listing import (
    FollowUpFilter,
    ListedAssessment,
    list_assessments_about,
)
from upr_tracker.services.follow_up_subjects import find_recommendation
from upr_tracker.services.recommendations import recommendation_rows

SOURCES = ", ".join(s.value for s in AssessmentSource)
LEVELS = ", ".join(level.value for level in ImplementationLevel)


def add_assessment_commands(commands: Any, database_argument: Callable[[argparse.ArgumentParser], None],
                            author_argument: Callable[[argparse.ArgumentParser], None]) -> None:
    assessment = commands.add_parser("assessment", help="assessments of implementation: add, list")
    actions = assessment.add_subparsers(dest="assessment_action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record one source's view of how far a recommendation is implemented")
    database_argument(add)
    add.add_argument("--state", metavar="ISO3", help="the State (code or name)")
    add.add_argument("--cycle", type=int, metavar="N", help="the cycle of its review (needed when the State has "
                     "several)")
    add.add_argument("--label", metavar="L", help="the recommendation's label, e.g. 97.12")
    add.add_argument("--recommendation", metavar="ID", help="instead of --state/--label: the recommendation's id "
                     "(or its first characters, as `search --json` gives it), for one without a label")
    add.add_argument("--source", required=True, metavar="S", help=f"whose account: {SOURCES}")
    add.add_argument("--level", required=True, metavar="LEVEL", help=f"{LEVELS} (or a State's no action, "
                     "ongoing, completed)")
    add.add_argument("--source-name", metavar="NAME", help="who exactly, e.g. the NGO coalition's name")
    add.add_argument("--evidence", metavar="E", help="what the assessment rests on")
    add.add_argument("--date", metavar="DATE", help="the day of the assessment, e.g. 2012-06-30")
    add.add_argument("--json", action="store_true", help="print the assessment added as JSON")
    author_argument(add)

    listing = actions.add_parser("list", help="list assessments")
    database_argument(listing)
    listing.add_argument("--state", metavar="ISO3", help="only this State's (code or name)")
    listing.add_argument("--cycle", type=int, metavar="N", help="only this cycle's")
    listing.add_argument("--label", metavar="L", help="only this recommendation's (with --state)")
    listing.add_argument("--source", metavar="S", help=f"only this source's: {SOURCES}")
    listing.add_argument("--level", metavar="LEVEL", help=f"only this level: {LEVELS}")
    listing.add_argument("--since", metavar="DATE", help="only assessments made on this day or later")
    listing.add_argument("--json", action="store_true", help="print them as JSON")


def run_assessment(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    return {"add": _add, "list": _list}[args.assessment_action](args, print_json)


def _add(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    # Everything the user typed is checked before the database is opened: a mistake writes nothing.
    source, level = parse_source(args.source, field="--source"), parse_level(args.level, field="--level")
    assessed_on = day_option(args.date, "--date")
    with open_to_change(args) as db:
        subject = find_recommendation(db, state=args.state, cycle=args.cycle, label=args.label,
                                      recommendation=args.recommendation)
        assert subject.recommendation_id is not None, "find_recommendation finds a recommendation"
        assessment_id = add_assessment(db, subject.recommendation_id, source.value, level.value,
                                       source_name=(args.source_name or "").strip() or None, assessed_on=assessed_on,
                                       evidence=(args.evidence or "").strip() or None)
        combined = recommendation_rows(db, [subject.recommendation_id])[0].implementation_level
    combined_text = ImplementationLevel(combined).label.lower() if combined else "none"
    if args.json:
        print_json({"id": str(assessment_id), "about": subject.description,
                    "recommendation_id": str(subject.recommendation_id), "source": source.value,
                    "source_name": args.source_name, "level": level.value,
                    "assessed_on": assessed_on.isoformat() if assessed_on else None, "evidence": args.evidence,
                    "combined_level": combined})
    else:
        print(f"Added assessment {short_id(assessment_id)} of {subject.description}: {source.label} says "
              f"{level.label.lower()}. Its combined level is now {combined_text}.")
    return 0


def _list(args: argparse.Namespace, print_json: Callable[[object], None]) -> int:
    wanted = FollowUpFilter(state=args.state, cycle=args.cycle, label=args.label, source=args.source,
                            level=args.level, since=day_option(args.since, "--since"))
    with open_to_read(args) as db:
        listed = list_assessments_about(db, wanted)
    if args.json:
        print_json({"count": len(listed), "assessments": [_assessment_json(item) for item in listed]})
        return 0
    for item in listed:
        print(_assessment_line(item))
    print(f"{len(listed)} assessment{'s' if len(listed) != 1 else ''}.")
    return 0


def _assessment_json(item: ListedAssessment) -> dict[str, Any]:
    a = item.assessment
    return {"id": str(a.id), "state": item.state_iso3, "cycle": item.cycle, "label": item.label,
            "recommendation_id": str(a.recommendation_id), "source": a.source, "source_name": a.source_name,
            "level": a.level, "assessed_on": a.assessed_on.isoformat() if a.assessed_on else None,
            "evidence": a.evidence}


def _assessment_line(item: ListedAssessment) -> str:
    a = item.assessment
    source = AssessmentSource(a.source).label if a.source in AssessmentSource._value2member_map_ else a.source
    who = f"{source} ({a.source_name})" if a.source_name else source
    level = ImplementationLevel(a.level).label.lower() if a.level in ImplementationLevel._value2member_map_ else a.level
    when = display_day(a.assessed_on) if a.assessed_on else "undated"
    evidence = f"\n    {a.evidence}" if a.evidence else ""
    about = f"{item.state_name}, cycle {item.cycle}, {item.label or '(no label)'}"
    return f"{short_id(a.id)}  {about} · {when} · {who}: {level}{evidence}"
