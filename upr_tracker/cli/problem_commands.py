"""`upr-tracker problems`: the points imports left to review, by review and kind, with their counts."""

from __future__ import annotations

import argparse
from collections import Counter

from upr_tracker.cli.passphrases import open_to_read
from upr_tracker.errors import InvalidValueError
from upr_tracker.services.import_review import ProblemInfo, compact_labels, list_problems
from upr_tracker.services.reviews import list_reviews
from upr_tracker.storage.database import Database


def run_problems(args: argparse.Namespace, print_json) -> int:
    with open_to_read(args) as db:
        review_ids = _reviews_wanted(db, args.state, args.cycle)
        problems: list[ProblemInfo] = []
        for review_id in review_ids:
            problems += list_problems(db, review_id=review_id, unresolved_only=not args.all)
    if args.kind:
        problems = [p for p in problems if p.kind == args.kind]
    counts = Counter(p.title for p in problems if not p.resolved)
    by_kind = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if args.json:
        print_json({
            "open": sum(counts.values()),
            "open_by_kind": dict(by_kind),
            "problems": [{
                "id": str(p.id), "review": p.review_title, "document": p.document, "kind": p.kind,
                "title": p.title, "labels": list(p.recommendation_labels or p.labels), "line": p.line,
                "message": p.message, "resolved": p.resolved, "resolution": p.resolution,
            } for p in problems],
        })
        return 0
    summary = " · ".join(f"{title}: {count:,}" for title, count in by_kind)
    print(f"{sum(counts.values()):,} open points to review" + (f" ({summary})" if summary else ""))
    for p in problems:
        labels = compact_labels(p.recommendation_labels or p.labels)
        where = f", line {p.line}" if p.line else ""
        state = "resolved" if p.resolved else "open"
        print(f"  [{state}] {p.review_title} · {p.document}{where} · {p.title}"
              + (f" · {labels}" if labels else "") + f": {p.message}")
    return 0


def _reviews_wanted(db: Database, state: str | None, cycle: int | None) -> list:
    """The reviews the options name (all of them without options); None stands for all at once."""
    if state is None and cycle is None:
        return [None]
    wanted = state.strip().casefold() if state else None
    reviews = [r.id for r in list_reviews(db)
               if (wanted is None or wanted in (r.state_iso3.casefold(), r.state_name.casefold()))
               and (cycle is None or r.cycle == cycle)]
    if not reviews:
        what = " ".join(filter(None, [state, f"cycle {cycle}" if cycle else None]))
        raise InvalidValueError(f"--state/--cycle: no review of {what} in the database")
    return reviews
