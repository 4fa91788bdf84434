"""Search in every script on a corpus: recall and query times per script, and what the folded index
costs Latin text (size of the full-text index and query times, with and without migration 0018).

    python benchmarks/search_scripts.py [--recommendations 200000] [--per-script 400]

Builds the corpus (generate_corpus) in a scratch folder, adds `--per-script` texts of each script
(tests/script_texts.py: Latin with accents, Cyrillic, Arabic with and without marks, Chinese,
Japanese) and searches every word of each in all its forms: recall (of the texts that have the
word, how many are found), false hits (texts of the script found that do not have it; the texts
of the corpus found are counted apart: its French and Spanish have words such as "une") and
the median and p95 of a search (the best 100 with snippets, as the search panel). First, on the
corpus alone, the index's size (dbstat) and the Latin queries of run_benchmarks on the index (the
best 100 with FTS5's snippets), timed at 0018 and again after going back to 0017 (the index
without the folded column), then through the app's search at 0018.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command
from generate_corpus import build_corpus_database
from measuring import percentile
from run_benchmarks import SEARCH_QUERIES

from tests.script_texts import SCRIPTS, script_texts
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
)
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import fts_query
from upr_tracker.storage.schema_upgrade import alembic_config


def timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args)
    return (time.perf_counter() - started) * 1000, result


def index_size_mb(db: Database) -> float:
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_text%'").scalar_one()
    return pages / 1e6


# The index's part of a search (the best 100 with FTS5's snippets), written as the app wrote it
# before 0018, so that it runs on either revision.
INDEX_QUERY = (
    "SELECT d.kind, d.ref_id, snippet(search_text, 0, '[', ']', '…', 12), snippet(search_text, 1, '[', ']', '…', 24)"
    " FROM search_text CROSS JOIN search_document AS d ON d.id = search_text.rowid"
    " WHERE search_text MATCH ? ORDER BY bm25(search_text) LIMIT 100"
)


def latin_times(db: Database) -> list[float]:
    """The Latin searches of run_benchmarks on the index alone (once untimed first: the cache warm)."""
    with db.engine.connect() as connection:
        cursor = connection.connection.cursor()
        def run(q: str) -> list:
            return cursor.execute(INDEX_QUERY, (fts_query(q),)).fetchall()

        for _kind, query in SEARCH_QUERIES:
            run(query)
        return [timed(run, query)[0] for _kind, query in SEARCH_QUERIES]


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.1f} ms, p95 {percentile(times, 95):.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recommendations", type=int, default=200_000)
    parser.add_argument("--per-script", type=int, default=400)
    parser.add_argument("--corpus", type=Path, help="the corpus file, made there if missing (it is left with the"
                        " texts of each script: use it once)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.corpus or Path(scratch) / "corpus.sqlite3"
        if not path.exists():
            made = build_corpus_database(path, recommendations=args.recommendations)
            print(f"corpus: {args.recommendations} recommendations in {made.seconds:.0f} s")
        with Database.open(path, create=False, actor="benchmark") as db:
            folded_size = index_size_mb(db)
            folded_times = latin_times(db)
            with db.engine.begin() as connection:
                command.downgrade(alembic_config(connection), "0017")
            plain_size = index_size_mb(db)
            plain_times = latin_times(db)
            with db.engine.begin() as connection:
                command.upgrade(alembic_config(connection), "head")
            print(f"full-text index: {plain_size:.1f} MB without the folded column, {folded_size:.1f} MB with it"
                  f" ({(folded_size / plain_size - 1) * 100:+.1f} %)")
            print(f"Latin queries ({len(SEARCH_QUERIES)}) on the index: without {summary(plain_times)};"
                  f" with {summary(folded_times)}", flush=True)
            latin_app = [timed(lambda q: search(db, q, limit=100), query)[0] for _kind, query in SEARCH_QUERIES]
            print(f"Latin queries by the app's search (the best 100, snippets): {summary(latin_app)}", flush=True)
            review = reviews.create_review(db, "Kazakhstan", 1)
            for script in SCRIPTS:
                texts = script_texts(script, texts=args.per_script, vocabulary=200, held_back=20)
                ids = [recommendations.add_recommendation(db, review, text) for text in texts.texts]
                mine = set(ids)
                expected_hits = found_hits = false_hits = corpus_hits = 0
                times: list[float] = []
                for query, expected in texts.queries.items():
                    found = set(list_recommendation_ids(db, RecommendationFilter(text_query=query)))
                    hits = {ids.index(rec) for rec in found & mine}
                    expected_hits += len(expected)
                    found_hits += len(hits & expected)
                    false_hits += len(hits - expected)
                    corpus_hits += len(found - mine)
                    times.append(timed(lambda q: search(db, q, limit=100), query)[0])
                print(f"{script}: {len(texts.queries)} queries over {len(ids)} texts:"
                      f" recall {found_hits / max(expected_hits, 1):.3f}, {false_hits} false hits among them"
                      f" ({corpus_hits} texts of the corpus found too);"
                      f" search {summary(times)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
