"""Time accepting suggestions: "accept all shown" on a database's pending suggestions (the demo's
~1,250), or computing with --accept-above on a corpus; counts the SQL statements as well.

    python benchmarks/suggestions_accepting.py --db /tmp/demo-copy.sqlite3 [--limit 1000]
    python benchmarks/suggestions_accepting.py --db /tmp/corpus-copy.sqlite3 --accept-above 0.9

The database is changed (suggestions accepted): run it on a copy.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event

from upr_tracker.services.suggestions import SuggestionFilter, accept_ids, compute_suggestions, list_suggestions
from upr_tracker.storage.database import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="a COPY of a database (it is written to)")
    parser.add_argument("--limit", type=int, help="accept only the first N pending suggestions")
    parser.add_argument("--accept-above", type=float, help="compute, then accept those at or above this confidence")
    args = parser.parse_args()
    statements = [0]
    with Database.open(args.db, create=False, actor="benchmark") as db:
        event.listen(db.engine, "before_cursor_execute", lambda *_args: statements.__setitem__(0, statements[0] + 1))
        start = time.perf_counter()
        if args.accept_above is not None:
            report = compute_suggestions(db, accept_above=args.accept_above)
            print(f"recommendations: {report.recommendations}; accepted: {report.accepted}; "
                  f"refused: {getattr(report, 'refused', '?')}; pending: {report.suggested}")
        else:
            ids = [row.id for row in list_suggestions(db, SuggestionFilter(), limit=args.limit)]
            statements[0] = 0
            start = time.perf_counter()
            accepted, refused = accept_ids(db, ids)
            print(f"accepted: {accepted}; refused: {refused}")
        print(f"seconds: {time.perf_counter() - start:.2f}; statements: {statements[0]:,}; "
              f"peak memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


if __name__ == "__main__":
    main()
