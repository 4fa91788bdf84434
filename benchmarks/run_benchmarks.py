"""Benchmarks of UPR Tracker at the scale of the whole UPR: dataset import, full-text search, the
table's filters, and exports, each beside a baseline measured in the same run.

    python benchmarks/run_benchmarks.py                   # 200,000 recommendations (~10 minutes)
    python benchmarks/run_benchmarks.py --quick           # 20,000, a smoke run
    python benchmarks/run_benchmarks.py --keep ~/upr-bench --json results.json

Each benchmark runs in its own child process (this script with `--one NAME`), so that its peak
memory (ru_maxrss) is its own and one benchmark's caches do not warm the next. The parent only
prepares the inputs (the corpus database and the UPR Info CSV, cached with --keep) and prints.
See README.md for what each figure means and the goals.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import baselines
import generate_corpus
from measuring import (
    SLOW_CALL_SECONDS,
    Timing,
    fresh_database,
    load_average,
    not_available,
    peak_memory_mb,
    percentile,
    remove_database,
    timed,
    warm_median,
)

from upr_tracker.services.recommendations import RecommendationFilter, SortColumn

RESULT_MARKER = "BENCHMARK-RESULT "
CORPUS_SEED = 1
CSV_SEED = 2
DEFAULT_RECOMMENDATIONS = 200_000
QUICK_RECOMMENDATIONS = 20_000
IMPORT_ROWS = 40_000
QUICK_IMPORT_ROWS = 4_000
TABLE_PAGE = 200           # rows the recommendations table fetches at a time (gui.recommendation_table_model)
SEARCH_REPEATS = 3         # timed runs per query, after one untimed run that warms the caches
FILTER_REPEATS = 5

GOAL_IMPORT_RATIO = 3.0
GOAL_SEARCH_P95_MS = 50.0
GOAL_SEARCH_RATIO = 2.0
GOAL_FIRST_ROWS_MS = 100.0

# What people type: (kind of query, query). 60 queries.
SEARCH_QUERIES: tuple[tuple[str, str], ...] = (
    *(("word", q) for q in ("torture", "trafficking", "journalists", "refugees", "corruption", "disabilities",
                            "moratorium", "indigenous", "education", "detention", "judiciary", "impunity",
                            "elections", "HIV", "sanitation", "evictions", "xenophobia", "defenders", "ratify",
                            "women", "Brazil", "overcrowding")),
    *(("two words", q) for q in ("death penalty", "domestic violence", "child labour", "freedom expression",
                                 "enforced disappearance", "prison overcrowding", "birth registration",
                                 "human rights", "civil society", "gender equality", "Mexico torture")),
    *(("phrase", q) for q in ('"Optional Protocol"', '"death penalty"', '"Paris Principles"',
                              '"standing invitation"', '"national action plan"', '"Rome Statute"')),
    *(("prefix", q) for q in ("discrimin*", "ratif*", "traffick*", "journalist*", "indigen*", "detain*")),
    *(("Cyrillic", q) for q in ("пыток", "свободу", "журналистов", "смертную казнь", "правозащитников", "свобод*")),
    *(("no accents", q) for q in ("egalite", "detention penale", "proteger", "educacion", "carceles",
                                  "societe civile", "defenseurs", "ninas")),
    *(("operators", q) for q in ("torture OR ill-treatment", "death penalty -moratorium")),
)

# The recommendations table's filters: (name, filter, sort column).
FILTERS: tuple[tuple[str, RecommendationFilter, SortColumn], ...] = (
    ("everything, by label (the opening view)", RecommendationFilter(), SortColumn.LABEL),
    ("everything, by State", RecommendationFilter(), SortColumn.STATE),
    ("position noted", RecommendationFilter(position="noted"), SortColumn.LABEL),
    ("theme Death penalty", RecommendationFilter(theme="Death penalty"), SortColumn.LABEL),
    ("text 'torture'", RecommendationFilter(text_query="torture"), SortColumn.LABEL),
    ("cycle 3 + State Brazil", RecommendationFilter(cycle=3, state="Brazil"), SortColumn.LABEL),
    ("needs review", RecommendationFilter(needs_review=True), SortColumn.LABEL),
    ("partially implemented, by last activity",
     RecommendationFilter(implementation_level="partially_implemented"), SortColumn.LAST_ACTIVITY),
)


# ==================================================================================================
# The benchmarks (each runs in a child process)


@dataclass(frozen=True)
class Inputs:
    corpus: Path
    uprinfo_csv: Path
    work: Path


BENCHMARKS: dict[str, Callable[[Inputs], dict[str, Any]]] = {}


def benchmark(name: str) -> Callable:
    def register(function: Callable[[Inputs], dict[str, Any]]) -> Callable[[Inputs], dict[str, Any]]:
        BENCHMARKS[name] = function
        return function
    return register


# --- Dataset import -------------------------------------------------------------------------------


@benchmark("import_app")
def import_app(inputs: Inputs) -> dict[str, Any]:
    try:
        from upr_tracker.services.dataset_import import import_dataset
    except ImportError as exc:
        return not_available(exc)
    from upr_tracker.storage.database import Database

    rows = csv_row_count(inputs.uprinfo_csv)
    with Database.open(fresh_database(inputs.work / "import-app.sqlite"), actor="benchmark") as db:
        memory_before = peak_memory_mb()
        timing, report = timed(lambda: import_dataset(db, inputs.uprinfo_csv))
    remove_database(inputs.work / "import-app.sqlite")
    summary = report.as_json() if hasattr(report, "as_json") else {}
    summary.pop("bad_rows", None)
    summary["bad_rows"] = len(getattr(report, "bad_rows", []))
    return {**throughput(timing, rows), "memory_before_mb": memory_before, "report": summary}


@benchmark("import_baseline")
def import_baseline(inputs: Inputs) -> dict[str, Any]:
    """The floor: the same recommendations, prepared beforehand, written by bare sqlite3 executemany
    into the app's tables (FTS triggers included) in one transaction, with the app's pragmas."""
    path = fresh_database(inputs.work / "import-baseline.sqlite")
    connection = sqlite3.connect(path, isolation_level=None)
    prepared = baselines.prepare_baseline_rows(connection, inputs.uprinfo_csv)
    memory_before = peak_memory_mb()
    timing, _ = timed(lambda: baselines.write_baseline_rows(connection, prepared))
    written = connection.execute("SELECT count(*) FROM recommendation").fetchone()[0]
    connection.close()
    remove_database(path)
    rows = csv_row_count(inputs.uprinfo_csv)
    return {**throughput(timing, rows), "recommendations": written, "memory_before_mb": memory_before}


def throughput(timing: Timing, rows: int) -> dict[str, float]:
    return {"seconds": timing.wall, "cpu_seconds": timing.cpu, "rows": rows, "rows_per_second": rows / timing.wall}


def csv_row_count(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream)) - 1


# --- Full-text search -----------------------------------------------------------------------------


@benchmark("search_app")
def search_app(inputs: Inputs) -> dict[str, Any]:
    from upr_tracker.services.search import search
    from upr_tracker.storage.database import Database

    with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
        memory_before = peak_memory_mb()
        return search_timings(lambda query: search(db, query, limit=100), memory_before)


BARE_SEARCH = (
    "SELECT d.kind, d.ref_id, snippet(search_text, 1, char(2), char(3), '…', 24) FROM search_text"
    " JOIN search_document AS d ON d.id = search_text.rowid"
    " WHERE search_text MATCH ? ORDER BY rank LIMIT 100"
)


@benchmark("search_bare")
def search_bare(inputs: Inputs) -> dict[str, Any]:
    """The floor: FTS5 alone on a raw connection, the same MATCH expression the app builds,
    ranked, 100 rows with a highlighted snippet of the body."""
    from upr_tracker.storage.fulltext import fts_query

    connection = sqlite3.connect(inputs.corpus)
    memory_before = peak_memory_mb()
    try:
        return search_timings(lambda query: connection.execute(BARE_SEARCH, (fts_query(query),)).fetchall(),
                              memory_before)
    finally:
        connection.close()


def search_timings(run_query: Callable[[str], Sequence[Any]], memory_before: float) -> dict[str, Any]:
    per_query = []
    for kind, query in SEARCH_QUERIES:
        timing, hits = warm_median(lambda query=query: run_query(query), SEARCH_REPEATS)
        per_query.append({"kind": kind, "query": query, "ms": timing.wall * 1000, "cpu_ms": timing.cpu * 1000,
                          "hits": len(hits)})
    return {"queries": len(per_query), "repeats": SEARCH_REPEATS, **spread(per_query, "ms"),
            **spread(per_query, "cpu_ms", prefix="cpu_"), "per_query": per_query, "memory_before_mb": memory_before}


def spread(entries: Sequence[dict[str, Any]], key: str, prefix: str = "") -> dict[str, float]:
    values = [entry[key] for entry in entries]
    return {f"{prefix}median_ms": statistics.median(values), f"{prefix}p95_ms": percentile(values, 0.95),
            f"{prefix}max_ms": max(values)}


# --- The table's filters --------------------------------------------------------------------------


@benchmark("filters")
def filters(inputs: Inputs) -> dict[str, Any]:
    from upr_tracker.services.recommendations import (
        list_recommendation_ids,
        recommendation_rows,
    )
    from upr_tracker.storage.database import Database

    results = []
    with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
        memory_before = peak_memory_mb()
        for name, wanted, sort in FILTERS:
            ids_timing, ids = warm_median(lambda wanted=wanted, sort=sort: list_recommendation_ids(db, wanted, sort), FILTER_REPEATS)
            page_timing, _ = warm_median(lambda ids=ids: recommendation_rows(db, ids[:TABLE_PAGE]), FILTER_REPEATS)
            results.append({"filter": name, "rows": len(ids), "ids_ms": ids_timing.wall * 1000,
                            "first_page_ms": page_timing.wall * 1000,
                            "first_rows_ms": (ids_timing.wall + page_timing.wall) * 1000,
                            "first_rows_cpu_ms": (ids_timing.cpu + page_timing.cpu) * 1000})
    return {"per_filter": results, "repeats": FILTER_REPEATS, **spread(results, "first_rows_ms"),
            **spread(results, "first_rows_cpu_ms", prefix="cpu_"), "memory_before_mb": memory_before}


# --- Exports ---------------------------------------------------------------------------------------
#
# Each export beside a bare writer of the same rows measured in the same run: the rows read by one
# SQL statement on a raw sqlite3 connection (lists joined with group_concat, the current position
# picked by a subquery) and written by the bare library (csv, json, openpyxl in write-only mode).


def export_benchmark(inputs: Inputs, suffix: str, export: Callable[[Any, Path], Any]) -> dict[str, Any]:
    from upr_tracker.services.recommendations import count_recommendations
    from upr_tracker.storage.database import Database

    out = inputs.work / f"export.{suffix}"
    with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
        rows = count_recommendations(db)
        memory_before = peak_memory_mb()
        timing, _ = timed(lambda: export(db, out))
    size = out.stat().st_size
    out.unlink()
    return {**throughput(timing, rows), "file_mb": size / 1e6, "memory_before_mb": memory_before}


@benchmark("export_json")
def export_json(inputs: Inputs) -> dict[str, Any]:
    from upr_tracker.services.export_json import export_json as export

    return export_benchmark(inputs, "json", export)


def table_export(fmt: str) -> Callable[[Inputs], dict[str, Any]]:
    def run(inputs: Inputs) -> dict[str, Any]:
        try:
            from upr_tracker.services.export_tables import export_table
        except ImportError as exc:
            return not_available(exc)
        return export_benchmark(inputs, fmt, lambda db, out: export_table(db, out, fmt))
    return run


benchmark("export_xlsx")(table_export("xlsx"))
benchmark("export_csv")(table_export("csv"))

def bare_export_benchmark(inputs: Inputs, suffix: str, write: Callable[[sqlite3.Connection, Path], int]
                          ) -> dict[str, Any]:
    out = inputs.work / f"export-bare.{suffix}"
    connection = sqlite3.connect(inputs.corpus)
    memory_before = peak_memory_mb()
    try:
        timing, rows = timed(lambda: write(connection, out))
    finally:
        connection.close()
    size = out.stat().st_size
    out.unlink()
    return {**throughput(timing, rows), "file_mb": size / 1e6, "memory_before_mb": memory_before}


@benchmark("export_csv_bare")
def export_csv_bare(inputs: Inputs) -> dict[str, Any]:
    return bare_export_benchmark(inputs, "csv", baselines.write_bare_csv)


@benchmark("export_xlsx_bare")
def export_xlsx_bare(inputs: Inputs) -> dict[str, Any]:
    return bare_export_benchmark(inputs, "xlsx", baselines.write_bare_xlsx)


@benchmark("export_json_bare")
def export_json_bare(inputs: Inputs) -> dict[str, Any]:
    return bare_export_benchmark(inputs, "json", baselines.write_bare_json)


# --- JSON import ----------------------------------------------------------------------------------


@benchmark("import_json")
def import_json(inputs: Inputs) -> dict[str, Any]:
    """The JSON export of the corpus's cycle 1 (made first, not timed) imported into a fresh
    database: seconds per recommendation, to compare with the dataset import's (import_app)."""
    try:
        from upr_tracker.services.json_import import import_json_export
    except ImportError as exc:
        return not_available(exc)
    from upr_tracker.services.export_json import export_json as export
    from upr_tracker.storage.database import Database

    source = inputs.work / "import-json-cycle1.json"
    with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
        export(db, source, cycle=1)
    target = fresh_database(inputs.work / "import-json.sqlite")
    # The corpus's fictitious States, which a new database does not know (the import never adds States).
    fictitious = {iso3 for (iso3,) in sqlite3.connect(inputs.corpus).execute("SELECT iso3 FROM state")
                  } & {iso3 for iso3, _ in generate_corpus.FICTITIOUS_STATES}
    try:
        with Database.open(target, actor="benchmark") as db:
            with db.engine.begin() as connection:
                generate_corpus._add_fictitious_states(connection, len(fictitious), random.Random(0))
            memory_before = peak_memory_mb()
            timing, report = timed(lambda: import_json_export(db, source))
    finally:
        size = source.stat().st_size
        source.unlink()
        remove_database(target)
    created = report.counts["recommendations"].created
    return {"seconds": timing.wall, "cpu_seconds": timing.cpu, "recommendations": created,
            "ms_per_recommendation": timing.wall * 1000 / created, "file_mb": size / 1e6,
            "counts": {kind: vars(c) for kind, c in report.counts.items()}, "memory_before_mb": memory_before}


# --- Reports --------------------------------------------------------------------------------------


def largest_review(db: Any) -> tuple[str, int, int]:
    """(ISO3, cycle, recommendations) of the review with the most recommendations (500 at most in
    the corpus, as in the real UPR)."""
    from upr_tracker.services.reviews import list_reviews

    review = max(list_reviews(db), key=lambda r: r.recommendation_count)
    return review.state_iso3, review.cycle, review.recommendation_count


def report_benchmark(fmt: str) -> Callable[[Inputs], dict[str, Any]]:
    """A country brief of the largest review: built from the database, then written. Goal: each
    format under 3 s."""
    def run(inputs: Inputs) -> dict[str, Any]:
        try:
            from upr_tracker.reports.compose import (
                ReportRequest,
                ReportTemplate,
                build_report,
            )
            from upr_tracker.reports.document import ReportFormat
            from upr_tracker.reports.qt_setup import ensure_gui_application
            from upr_tracker.reports.writers import write_report
        except ImportError as exc:
            return not_available(exc)
        from upr_tracker.storage.database import Database

        ensure_gui_application()
        out = inputs.work / f"country-brief.{fmt}"
        with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
            iso3, cycle, count = largest_review(db)
            request = ReportRequest(ReportTemplate.COUNTRY_BRIEF, state=iso3, cycle=cycle)
            memory_before = peak_memory_mb()
            built, report = timed(lambda: build_report(db, request))
        written, _ = timed(lambda: write_report(report, out, ReportFormat(fmt)))
        size = out.stat().st_size
        out.unlink()
        return {"seconds": built.wall + written.wall, "cpu_seconds": built.cpu + written.cpu,
                "build_seconds": built.wall, "write_seconds": written.wall, "recommendations": count,
                "review": f"{iso3} cycle {cycle}", "file_mb": size / 1e6, "memory_before_mb": memory_before}
    return run


benchmark("report_pdf")(report_benchmark("pdf"))
benchmark("report_docx")(report_benchmark("docx"))


# --- Encryption -----------------------------------------------------------------------------------

ENCRYPTION_QUERIES = ("torture", "death penalty", '"Optional Protocol"', "ratif*", "пыток", "egalite",
                      "journalists", "torture OR ill-treatment")


@benchmark("encryption")
def encryption(inputs: Inputs) -> dict[str, Any]:
    """Encrypting a copy of the corpus (storage.encryption.change_encryption), then the same searches
    on it as on the plain corpus: what encryption costs."""
    try:
        from upr_tracker.storage.encryption import Passphrase, change_encryption
    except ImportError as exc:
        return not_available(exc)
    import shutil

    from upr_tracker.services.search import search
    from upr_tracker.storage.database import Database

    def search_times(path: Path, passphrase: Any) -> list[float]:
        with Database.open(path, create=False, actor="benchmark", passphrase=passphrase) as db:
            for query in ENCRYPTION_QUERIES:  # warm
                search(db, query)
            return [timed(lambda q=query: search(db, q))[0].wall * 1000
                    for query in ENCRYPTION_QUERIES for _ in range(SEARCH_REPEATS)]

    copy = inputs.work / "encrypted.sqlite"
    remove_database(copy)
    shutil.copyfile(inputs.corpus, copy)
    passphrase = Passphrase("a benchmark passphrase")
    plain = search_times(copy, None)
    encrypting, _ = timed(lambda: change_encryption(copy, None, passphrase))
    encrypted = search_times(copy, passphrase)
    size = copy.stat().st_size
    remove_database(copy)
    return {"seconds": encrypting.wall, "cpu_seconds": encrypting.cpu, "file_mb": size / 1e6,
            "plain_median_ms": statistics.median(plain), "plain_slowest_ms": max(plain),
            "encrypted_median_ms": statistics.median(encrypted), "encrypted_slowest_ms": max(encrypted)}


# --- Dashboard ------------------------------------------------------------------------------------

GOAL_DASHBOARD_SECONDS = 1.0


@benchmark("dashboard")
def dashboard(inputs: Inputs) -> dict[str, Any]:
    """The dashboard's figures (services.dashboard.build_dashboard) as the window reads them on
    opening: the first read (cold) and the median of warm ones, with the changes of the last 30 days."""
    import datetime as dt

    from upr_tracker.services.dashboard import build_dashboard
    from upr_tracker.storage.database import Database

    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)
    with Database.open(inputs.corpus, create=False, actor="benchmark") as db:
        memory_before = peak_memory_mb()
        cold, board = timed(lambda: build_dashboard(db, since=since))
        warm, board = warm_median(lambda: build_dashboard(db, since=since), FILTER_REPEATS)
    return {"cold_seconds": cold.wall, "seconds": warm.wall, "cpu_seconds": warm.cpu, "reviews": len(board.reviews),
            "deadlines": len(board.deadlines), "changes": board.changes.count if board.changes else 0,
            "memory_before_mb": memory_before}


def print_dashboard(results: dict[str, dict[str, Any]]) -> None:
    print(f"\nDashboard figures as the window opens (goal: under {GOAL_DASHBOARD_SECONDS:.0f} s)")
    result = results.get("dashboard", {"status": "not run"})
    line = unavailable(result) or (
        f"first read {result['cold_seconds']:.2f} s, then median {result['seconds']:.2f} s {cpu(result)}: "
        f"{result['reviews']:,} reviews, {result['deadlines']} deadlines, {result['changes']:,} changes   "
        f"{verdict(max(result['cold_seconds'], result['seconds']), GOAL_DASHBOARD_SECONDS)}   {memory(result)}")
    print(f"  {line}")


def run_one(name: str, inputs: Inputs) -> None:
    """Child side: run one benchmark and print its result as one marked JSON line."""
    try:
        result = {"status": "ok", **BENCHMARKS[name](inputs)}
    except Exception as exc:   # reported, and the other benchmarks still run
        traceback.print_exc()
        result = {"status": "failed", "reason": f"{type(exc).__name__}: {exc}"}
    result["peak_mb"] = peak_memory_mb()
    result["load_average"] = load_average()
    print(RESULT_MARKER + json.dumps(result, ensure_ascii=False), flush=True)


# ==================================================================================================
# The parent: inputs, children, report


def run_child(name: str, inputs: Inputs, timeout: float) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--one", name, "--corpus", str(inputs.corpus),
               "--uprinfo-csv", str(inputs.uprinfo_csv), "--work", str(inputs.work)]
    started = time.perf_counter()
    try:
        finished = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "failed", "reason": f"timed out after {timeout:.0f} s"}
    for line in reversed(finished.stdout.splitlines()):
        if line.startswith(RESULT_MARKER):
            result = json.loads(line[len(RESULT_MARKER):])
            result["wall_seconds"] = time.perf_counter() - started
            if result["status"] == "failed":
                result["stderr"] = finished.stderr[-3000:]
            return result
    return {"status": "failed", "reason": f"the child exited with {finished.returncode}",
            "stderr": finished.stderr[-3000:]}


def prepare_inputs(work: Path, recommendations: int, import_rows: int) -> tuple[Inputs, dict[str, Any]]:
    """The corpus database and the UPR Info CSV, made unless a cached copy of the same size, seeds,
    generator and schema exists. Made under a temporary name first: an interrupted run leaves no
    half-made corpus to be reused."""
    from upr_tracker.storage.schema_upgrade import head_revision

    stamp = f"g{generate_corpus.GENERATOR_VERSION}"
    corpus = work / f"corpus-{recommendations}-seed{CORPUS_SEED}-{stamp}-schema{head_revision()}.sqlite"
    uprinfo_csv = work / f"uprinfo-{import_rows}-seed{CSV_SEED}-{stamp}.csv"
    made: dict[str, Any] = {"corpus_cached": corpus.exists(), "csv_cached": uprinfo_csv.exists()}
    if not corpus.exists():
        partial = corpus.with_suffix(".partial.sqlite")
        remove_database(partial)
        print(f"Generating the corpus ({recommendations:,} recommendations)…", flush=True)
        summary = generate_corpus.build_corpus_database(partial, recommendations, seed=CORPUS_SEED)
        partial.rename(corpus)
        made["corpus_seconds"] = summary.seconds
        made["corpus_rows"] = summary.rows
    if not uprinfo_csv.exists():
        timing, _ = timed(lambda: generate_corpus.write_uprinfo_csv(uprinfo_csv.with_suffix(".partial"),
                                                                    import_rows, CSV_SEED))
        uprinfo_csv.with_suffix(".partial").rename(uprinfo_csv)
        made["csv_seconds"] = timing.wall
    return Inputs(corpus, uprinfo_csv, work), made


# --- Printing -------------------------------------------------------------------------------------


def ratio(app: dict[str, Any], baseline: dict[str, Any], key: str) -> float | None:
    if app.get("status") != "ok" or baseline.get("status") != "ok" or not baseline.get(key):
        return None
    return app[key] / baseline[key]


def verdict(value: float | None, goal: float) -> str:
    if value is None:
        return ""
    return "meets the goal" if value <= goal else "MISSES the goal"


def memory(result: dict[str, Any]) -> str:
    if "peak_mb" not in result:
        return ""
    before = result.get("memory_before_mb")
    grown = f", +{result['peak_mb'] - before:.0f} MB during the work" if before else ""
    return f"peak {result['peak_mb']:.0f} MB{grown}"


def unavailable(result: dict[str, Any]) -> str | None:
    if result.get("status") == "ok":
        return None
    reason = result.get("reason")
    return f"{result.get('status', 'failed')}: {reason}" if reason else result.get("status", "failed")


def cpu(result: dict[str, Any], key: str = "cpu_seconds") -> str:
    return f"(CPU {result[key]:.1f} s)" if key in result else ""


def print_import(results: dict[str, dict[str, Any]]) -> None:
    app, base = results["import_app"], results["import_baseline"]
    rows = app.get("rows") or base.get("rows")
    print(f"\nDataset import: UPR Info CSV{f' of {rows:,} rows' if rows else ''} into a fresh database")
    for label, result in (("app  import_dataset()", app), ("baseline  sqlite3 executemany", base)):
        line = unavailable(result) or (f"{result['seconds']:7.2f} s {cpu(result):14} "
                                       f"{result['rows_per_second']:7,.0f} rows/s   {memory(result)}")
        print(f"  {label:32} {line}")
    if app.get("status") == "ok":
        report = app.get("report", {})
        shown = {key: report.get(key) for key in ("rows_read", "reviews_created", "recommendations", "responses",
                                                  "bad_rows")}
        print(f"  {'':32} app report: {json.dumps(shown, ensure_ascii=False)}")
    if base.get("status") == "ok":
        print(f"  {'':32} baseline wrote {base['recommendations']:,} recommendations")
    value, cpu_value = ratio(app, base, "seconds"), ratio(app, base, "cpu_seconds")
    if value is not None:
        print(f"  {'ratio app/baseline':32} {value:7.1f}×  (CPU {cpu_value:.1f}×)   (goal: at most "
              f"{GOAL_IMPORT_RATIO:.0f}×) {verdict(value, GOAL_IMPORT_RATIO)}")


def print_search(results: dict[str, dict[str, Any]], recommendations: int) -> None:
    app, bare = results["search_app"], results["search_bare"]
    print(f"\nFull-text search over {recommendations:,} recommendations (+ responses, milestones, notes): "
          f"{len(SEARCH_QUERIES)} queries, 100 results with snippets;")
    print(f"  warm timings: each query run once untimed, then {SEARCH_REPEATS} times; a query's time is the median")
    for label, result in (("app  services.search.search()", app), ("baseline  bare FTS5 + snippet()", bare)):
        line = unavailable(result) or (
            f"median {result['median_ms']:6.1f} ms   p95 {result['p95_ms']:6.1f} ms   max {result['max_ms']:6.1f} ms"
            f"   (CPU: median {result['cpu_median_ms']:.1f}, p95 {result['cpu_p95_ms']:.1f})   {memory(result)}")
        print(f"  {label:32} {line}")
    median_ratio, p95_ratio = ratio(app, bare, "median_ms"), ratio(app, bare, "p95_ms")
    if median_ratio is not None and p95_ratio is not None:
        meets = app["p95_ms"] <= GOAL_SEARCH_P95_MS and max(median_ratio, p95_ratio) <= GOAL_SEARCH_RATIO
        print(f"  {'ratio app/baseline':32} median {median_ratio:.1f}×, p95 {p95_ratio:.1f}×  (CPU: median "
              f"{ratio(app, bare, 'cpu_median_ms'):.1f}×, p95 {ratio(app, bare, 'cpu_p95_ms'):.1f}×)   "
              f"(goal: p95 under {GOAL_SEARCH_P95_MS:.0f} ms, at most {GOAL_SEARCH_RATIO:.0f}×) "
              f"{'meets the goal' if meets else 'MISSES the goal'}")
        print_slowest_queries(app, bare)


def print_slowest_queries(app: dict[str, Any], bare: dict[str, Any]) -> None:
    bare_ms = {entry["query"]: entry["ms"] for entry in bare["per_query"]}
    print("  slowest queries (app ms / bare ms, hits):")
    for entry in sorted(app["per_query"], key=lambda e: -e["ms"])[:6]:
        print(f"    {entry['query']:28} {entry['kind']:11} {entry['ms']:7.1f} / {bare_ms.get(entry['query'], 0):6.1f}"
              f"   {entry['hits']} hits")


def print_filters(results: dict[str, dict[str, Any]]) -> None:
    result = results["filters"]
    print(f"\nThe table's filters: list_recommendation_ids() then the first page ({TABLE_PAGE} rows) of "
          f"recommendation_rows();\n  warm timings, median of {FILTER_REPEATS} "
          f"(a call over {SLOW_CALL_SECONDS:.0f} s is timed once)")
    if problem := unavailable(result):
        print(f"  {problem}")
        return
    for entry in result["per_filter"]:
        print(f"  {entry['filter']:42} {entry['rows']:8,} rows   ids {entry['ids_ms']:7.1f} ms + page "
              f"{entry['first_page_ms']:5.1f} ms = first rows {entry['first_rows_ms']:7.1f} ms "
              f"(CPU {entry['first_rows_cpu_ms']:.0f})")
    slow = [entry["filter"] for entry in result["per_filter"] if entry["first_rows_ms"] > GOAL_FIRST_ROWS_MS]
    print(f"  {'over the filters':42} median {result['median_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms   "
          f"(goal: first rows within {GOAL_FIRST_ROWS_MS:.0f} ms) "
          + (f"MISSES the goal for {len(slow)} of {len(result['per_filter'])}" if slow else "meets the goal")
          + f"   {memory(result)}")


GOAL_EXPORT_RATIO = 3.0
GOAL_JSON_MB = 300.0


def print_exports(results: dict[str, dict[str, Any]], recommendations: int) -> None:
    print(f"\nExport of {recommendations:,} recommendations, beside a bare writer of the same rows "
          f"(goal: at most {GOAL_EXPORT_RATIO:.0f}×; the JSON of 200,000 at most {GOAL_JSON_MB:.0f} MB)")
    for name, label in (("export_json", "JSON  export_json()"), ("export_xlsx", "XLSX  export_table()"),
                        ("export_csv", "CSV   export_table()")):
        for result, shown in ((results[name], label), (results[f"{name}_bare"], "      bare writer")):
            line = unavailable(result) or (f"{result['seconds']:7.1f} s {cpu(result):14} "
                                           f"{result['rows_per_second']:7,.0f} rows/s   {result['file_mb']:6.1f} MB file"
                                           f"   {memory(result)}")
            print(f"  {shown:32} {line}")
        value = ratio(results[name], results[f"{name}_bare"], "seconds")
        if value is not None:
            print(f"  {'ratio app/bare':32} {value:7.1f}×  (CPU {ratio(results[name], results[f'{name}_bare'], 'cpu_seconds'):.1f}×)"
                  f"   {verdict(value, GOAL_EXPORT_RATIO)}")
    json_result = results["export_json"]
    if json_result.get("status") == "ok" and recommendations >= 200_000:
        print(f"  {'JSON size':32} {json_result['file_mb']:7.0f} MB   {verdict(json_result['file_mb'], GOAL_JSON_MB)}")


def print_json_import(results: dict[str, dict[str, Any]]) -> None:
    result, csv_import = results["import_json"], results["import_app"]
    print("\nJSON import: the JSON export of cycle 1 into a fresh database, beside the dataset (CSV) import")
    if problem := unavailable(result):
        print(f"  {problem}")
        return
    print(f"  {'app  import_json_export()':32} {result['seconds']:7.2f} s {cpu(result):14} "
          f"{result['recommendations']:,} recommendations ({result['file_mb']:.1f} MB), "
          f"{result['ms_per_recommendation']:.3f} ms each, CPU "
          f"{result['cpu_seconds'] * 1000 / result['recommendations']:.3f} ms   {memory(result)}")
    if csv_import.get("status") == "ok":
        created = csv_import.get("report", {}).get("recommendations", {}).get("created") or 0
        if created:
            csv_ms = csv_import["seconds"] * 1000 / created
            print(f"  {'CSV  import_dataset()':32} {csv_ms:7.3f} ms per recommendation ({created:,}), "
                  f"CPU {csv_import['cpu_seconds'] * 1000 / created:.3f} ms")
            value = result["ms_per_recommendation"] / csv_ms
            cpu_value = (result["cpu_seconds"] / result["recommendations"]) / (csv_import["cpu_seconds"] / created)
            print(f"  {'ratio JSON/CSV per recommendation':32} {value:7.2f}×  (CPU {cpu_value:.2f}×)   "
                  f"{verdict(value, 1.0)}")


def print_reports(results: dict[str, dict[str, Any]]) -> None:
    print("\nCountry brief of the largest review (goal: each format under 3 s)")
    for name, label in (("report_pdf", "PDF"), ("report_docx", "DOCX")):
        result = results[name]
        line = unavailable(result) or (
            f"{result['seconds']:6.2f} s {cpu(result):14} (build {result['build_seconds']:.2f} s, write "
            f"{result['write_seconds']:.2f} s), {result['recommendations']} recommendations of {result['review']}, "
            f"{result['file_mb']:.1f} MB   {verdict(result['seconds'], 3.0)}   {memory(result)}")
        print(f"  {label:5} {line}")


def print_encryption(results: dict[str, dict[str, Any]]) -> None:
    print("\nEncryption (SQLCipher) of a copy of the corpus, and the same searches before and after")
    result = results["encryption"]
    line = unavailable(result) or (
        f"encrypting {result['file_mb']:.0f} MB: {result['seconds']:.1f} s {cpu(result)}; search median "
        f"{result['plain_median_ms']:.1f} ms plain, {result['encrypted_median_ms']:.1f} ms encrypted (slowest "
        f"{result['plain_slowest_ms']:.0f} / {result['encrypted_slowest_ms']:.0f} ms)   {memory(result)}")
    print(f"  {line}")


def print_load(results: dict[str, dict[str, Any]]) -> None:
    """Say when other processes competed for the CPUs: wall times then grow, CPU times much less."""
    loads = [r["load_average"] for r in results.values() if r.get("load_average") is not None]
    if not loads:
        return
    cpus = os.cpu_count() or 1
    busy = max(loads) > cpus
    print(f"  load average seen by the benchmarks: {min(loads):.1f} to {max(loads):.1f} on {cpus} CPUs"
          + ("; the machine was busy: wall times are inflated, compare CPU times too" if busy else ""))


def print_report(results: dict[str, dict[str, Any]], header: dict[str, Any]) -> None:
    print(f"\nUPR Tracker benchmarks, {header['date']}: {header['recommendations']:,} recommendations, "
          f"{header['machine']}")
    made = header["inputs"]
    if made.get("corpus_cached"):
        print(f"  corpus reused from {header['corpus']}")
    else:
        print(f"  corpus generated in {made['corpus_seconds']:.1f} s: "
              + ", ".join(f"{table} {count:,}" for table, count in made["corpus_rows"].items()))
    print_load(results)
    print_import(results)
    print_search(results, header["recommendations"])
    print_filters(results)
    print_exports(results, header["recommendations"])
    print_json_import(results)
    print_reports(results)
    print_encryption(results)
    print_dashboard(results)
    failures = {name: r for name, r in results.items() if r.get("status") == "failed" and r.get("stderr")}
    for name, result in failures.items():
        print(f"\n{name} failed; the end of its error output:\n{result['stderr'][-1500:]}")


def machine() -> str:
    return (f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
            f"{platform.system()} {platform.machine()}")


# --- Command line ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recommendations", type=int, default=None,
                        help=f"corpus size (default {DEFAULT_RECOMMENDATIONS:,})")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: {QUICK_RECOMMENDATIONS:,} recommendations, {QUICK_IMPORT_ROWS:,} CSV rows")
    parser.add_argument("--import-rows", type=int, default=None, help=f"UPR Info CSV rows (default {IMPORT_ROWS:,})")
    parser.add_argument("--keep", type=Path, help="keep the generated inputs in this folder and reuse them")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--only", help="comma-separated benchmarks to run: " + ", ".join(BENCHMARKS))
    parser.add_argument("--timeout", type=float, default=600, help="seconds allowed to each benchmark")
    # Internal: the parent runs each benchmark as `--one NAME` in a child process.
    parser.add_argument("--one", choices=sorted(BENCHMARKS), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--uprinfo-csv", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.one:
        run_one(args.one, Inputs(args.corpus, args.uprinfo_csv, args.work))
        return 0
    recommendations = args.recommendations or (QUICK_RECOMMENDATIONS if args.quick else DEFAULT_RECOMMENDATIONS)
    import_rows = args.import_rows or (QUICK_IMPORT_ROWS if args.quick else IMPORT_ROWS)
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    if unknown := [name for name in names if name not in BENCHMARKS]:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    with tempfile.TemporaryDirectory(prefix="upr-benchmarks-") as temporary:
        work = args.keep.expanduser().resolve() if args.keep else Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        inputs, made = prepare_inputs(work, recommendations, import_rows)
        results: dict[str, dict[str, Any]] = {name: {"status": "not run"} for name in BENCHMARKS}
        for name in names:
            print(f"Running {name}…", flush=True)
            results[name] = run_child(name, inputs, args.timeout)
        header = {"date": dt.datetime.now().isoformat(timespec="seconds"), "recommendations": recommendations,
                  "import_rows": import_rows, "machine": machine(), "corpus": str(inputs.corpus), "inputs": made,
                  "total_seconds": time.perf_counter() - started}
        print_report(results, header)
        print(f"\nTotal {header['total_seconds']:.0f} s.")
        if args.json:
            args.json.write_text(json.dumps({"run": header, "results": results}, indent=1, ensure_ascii=False),
                                 encoding="utf-8")
            print(f"Results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
