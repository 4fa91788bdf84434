"""Time computing suggestions for a whole corpus with the shipped model, then recomputing (the
pending ones replaced), and listing and counting them as the Suggestions screen does.

    python benchmarks/suggestions_store.py --db /tmp/corpus-copy.sqlite3 [--json FILE]

The database is changed (suggestions stored): run it on a copy. The goal is 200,000
recommendations in under 2 minutes on the project's 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from upr_tracker.services.suggestions import (
    SuggestionFilter,
    compute_suggestions,
    count_suggestions,
    list_suggestions,
    suggestion_reviews,
)
from upr_tracker.storage.database import Database
from upr_tracker.suggestions import load_suggester


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a COPY of a corpus database (it is written to)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    figures: dict[str, float | int] = {}
    start = time.perf_counter()
    load_suggester()
    figures["load_model_s"] = round(time.perf_counter() - start, 2)
    with Database.open(args.db, create=False, actor="benchmark") as db:
        for run in ("first", "again"):
            start = time.perf_counter()
            report = compute_suggestions(db)
            figures[f"compute_{run}_s"] = round(time.perf_counter() - start, 2)
            figures[f"compute_{run}_suggested"] = report.suggested
        figures["recommendations"] = report.recommendations
        figures["kept_values"] = report.kept_values
        start = time.perf_counter()
        reviews = suggestion_reviews(db)
        figures["reviews_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        figures["count_all"] = count_suggestions(db, SuggestionFilter())
        figures["count_all_s"] = round(time.perf_counter() - start, 2)
        where = SuggestionFilter(review_id=reviews[0][0], min_confidence=0.5) if reviews else SuggestionFilter()
        start = time.perf_counter()
        list_suggestions(db, where, limit=200)
        figures["list_one_review_s"] = round(time.perf_counter() - start, 2)
    print("\n".join(f"{key}: {value}" for key, value in figures.items()))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
