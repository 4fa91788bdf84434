"""Full-text search on PostgreSQL: the app's search against a bare tsvector query, on a corpus.

    python benchmarks/postgresql_search.py --url postgresql://USER@HOST:PORT/DATABASE [--repeats 3]
    python benchmarks/postgresql_search.py --url ... --build 20000   # first fill an empty database

For each of run_benchmarks.SEARCH_QUERIES (60 queries people type), after one untimed run:
- search: what the search command and panel do (how many in all, the best 100 with snippets);
- window: what the window does when a search is typed (the first rows' ids, the first page's rows
  and where each was found);
- bare: one tsvector query with ts_headline on a raw connection (websearch_to_tsquery of the same
  text, ranked, 100 rows): the floor the app is measured against.
Prints the median and p95 of each, and p95 app / p95 bare (the goals: under 50 ms, at most 2x).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from measuring import percentile
from run_benchmarks import FILTERS, SEARCH_QUERIES

from upr_tracker.services.recommendations import (
    RecommendationFilter,
    SortColumn,
    list_recommendation_keys,
    recommendation_rows,
)
from upr_tracker.services.search import count_hits, search
from upr_tracker.storage.database import Database

FIRST_ROWS = 300   # as the window reads first (gui.window_table_query)
PAGE_SIZE = 200

BARE_SEARCH = (
    "SELECT d.kind, d.ref_id, ts_headline('upr_search', d.body, q.query,"
    " 'StartSel=\x02, StopSel=\x03, MaxWords=14, MinWords=6, MaxFragments=2')"
    " FROM search_document AS d, websearch_to_tsquery('upr_search', %s) AS q(query)"
    " WHERE d.words @@ q.query ORDER BY ts_rank(d.words, q.query) DESC LIMIT 100"
)


def app_search(db: Database, query: str) -> int:
    """As run_benchmarks' search on a file: the best 100 with snippets."""
    return len(search(db, query, limit=100))


def app_count(db: Database, query: str) -> int:
    return count_hits(db, query)


def window_search(db: Database, query: str) -> int:
    import uuid

    keys = list_recommendation_keys(db, RecommendationFilter(text_query=query), SortColumn.LABEL, False,
                                    limit=FIRST_ROWS)
    rows = recommendation_rows(db, [uuid.UUID(hex=k) for k in keys[:PAGE_SIZE]], query)
    return len(rows)


def timings(run: Callable[[str], int], repeats: int) -> list[float]:
    """The median milliseconds of each query, after one untimed run."""
    per_query = []
    for _kind, query in SEARCH_QUERIES:
        run(query)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            run(query)
            times.append((time.perf_counter() - started) * 1000)
        per_query.append(statistics.median(times))
    return per_query


def filter_timings(db: Database, repeats: int) -> list[float]:
    """The window's first rows after a filter change: the first ids in the table's order and the
    first page's rows (the median of `repeats` runs after one untimed run)."""
    per_filter = []
    for _name, wanted, sort in FILTERS:
        def first_rows(wanted: RecommendationFilter = wanted, sort: SortColumn = sort) -> None:
            import uuid

            keys = list_recommendation_keys(db, wanted, sort, False, limit=FIRST_ROWS)
            recommendation_rows(db, [uuid.UUID(hex=k) for k in keys[:PAGE_SIZE]], wanted.text_query)
        first_rows()
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            first_rows()
            times.append((time.perf_counter() - started) * 1000)
        per_filter.append(statistics.median(times))
    return per_filter


def build(url: str, recommendations: int) -> None:
    """Fill an empty server database with the synthetic corpus (the triggers index it)."""
    from generate_corpus import CorpusBuilder, _reviewed_names
    from sqlalchemy import select

    from upr_tracker.storage.models import State
    from upr_tracker.storage.statistics import refresh_planner_statistics

    started = time.perf_counter()
    with Database.open(url, create=True, actor="benchmark corpus") as db:
        with db.engine.begin() as connection:
            all_states = [tuple(row) for row in connection.execute(select(State.id, State.name).order_by(State.name))]
            reviewed_names = _reviewed_names(195)
            builder = CorpusBuilder(connection, [s for s in all_states if s[1] in reviewed_names], all_states,
                                    random.Random(1))
            builder.build(recommendations)
        with db.write() as session:
            refresh_planner_statistics(session)
    print(f"built {recommendations} recommendations in {time.perf_counter() - started:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True, help="postgresql://USER@HOST:PORT/DATABASE holding a corpus")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--build", type=int, metavar="N", help="first fill the (empty) database with N recommendations")
    args = parser.parse_args()
    if args.build:
        build(args.url, args.build)
    import psycopg

    from upr_tracker.storage.server_address import parse_server_url

    address, _password = parse_server_url(args.url)
    with Database.open(args.url, create=False, actor="benchmark") as db:
        search_ms = timings(lambda q: app_search(db, q), args.repeats)
        count_ms = timings(lambda q: app_count(db, q), args.repeats)
        window_ms = timings(lambda q: window_search(db, q), args.repeats)
        filter_ms = filter_timings(db, args.repeats)
    with psycopg.connect(str(address)) as connection:
        bare_ms = timings(lambda q: len(connection.execute(BARE_SEARCH, (q,)).fetchall()), args.repeats)
    print(f"{len(SEARCH_QUERIES)} queries, median of {args.repeats} runs each")
    for name, values in (("search (best 100 with snippets)", search_ms),
                         ("count of all matches", count_ms),
                         ("window (first rows + page + where found)", window_ms),
                         ("bare tsvector query with ts_headline", bare_ms)):
        print(f"{name:45} p50 {statistics.median(values):7.1f} ms   p95 {percentile(values, 0.95):7.1f} ms"
              f"   max {max(values):7.1f} ms")
    bare_p95 = percentile(bare_ms, 0.95)
    for name, values in (("search", search_ms), ("window", window_ms)):
        print(f"{name}: p95 {percentile(values, 0.95) / bare_p95:.1f}x the bare query's")
    print(f"the table's first rows after a filter change ({len(FILTERS)} filters of run_benchmarks):")
    for (name, _wanted, _sort), ms in zip(FILTERS, filter_ms):
        print(f"  {name:45} {ms:7.1f} ms")
    print(f"  p50 {statistics.median(filter_ms):.1f} ms, max {max(filter_ms):.1f} ms (goal: under 100 ms)")
    slowest = sorted(zip(search_ms, (q for _k, q in SEARCH_QUERIES)), reverse=True)[:5]
    print("slowest searches: " + ", ".join(f"{q} {ms:.0f} ms" for ms, q in slowest))


if __name__ == "__main__":
    main()
