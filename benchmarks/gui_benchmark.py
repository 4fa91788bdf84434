"""The workbench at the scale of the whole UPR: how fast the window shows, how fast a filter or a
search shows its first rows, whether scrolling stalls, and the memory after scrolling everything.

    python benchmarks/gui_benchmark.py [--recommendations 200000] [--keep DIR] [--json FILE]

Runs offscreen. The window is measured in a fresh child process (this script with --child), from
before Qt is imported to the first rows painted, so that start-up costs are counted.
Goals (issue "The workbench"): window within 1.5 s; first rows of a filter or search within
100 ms; no scrolling step over 50 ms; resident memory under 350 MB after scrolling the table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STARTED = time.perf_counter()
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
RESULT_MARKER = "GUI-BENCHMARK-RESULT "


def resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def child(db_path: Path) -> dict:
    """Everything measured in one process that starts cold."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="upr-gui-bench-")
    os.environ["UPR_TRACKER_DATA_DIR"] = scratch
    from PySide6.QtCore import QSettings

    from upr_tracker.gui.app import make_application
    from upr_tracker.gui.main_window import MainWindow
    from upr_tracker.storage.database import Database

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    app = make_application()

    def wait(condition, timeout: float = 60.0) -> None:
        deadline = time.perf_counter() + timeout
        while not condition():
            app.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there in time")

    database = Database.open(db_path)
    window = MainWindow(database)
    window.resize(1400, 860)
    window.show()
    wait(lambda: window.recommendations.rowCount() > 0)
    window.table.viewport().repaint()  # the first rows are fetched and painted
    shown_after = time.perf_counter() - STARTED
    wait(lambda: window.statusBar().currentMessage() == "")
    total = window.recommendations.rowCount()

    all_rows_times = {}

    def first_rows_after(name: str, change) -> float:
        before = window._query_generation
        start = time.perf_counter()
        change()
        if window._query_generation == before:  # a search waits for typing to pause: measure the query itself
            window.run_query()
        wait(lambda: window._query_generation > before and window._shown_generation == window._query_generation)
        window.table.viewport().repaint()  # the first rows fetched and painted
        first = (time.perf_counter() - start) * 1000
        wait(lambda: window.statusBar().currentMessage() == "")
        all_rows_times[name] = round((time.perf_counter() - start) * 1000, 1)
        return first

    bar = window.filter_bar
    changes = [
        ("position noted", lambda: bar.position.setCurrentIndex(bar.position.findData("noted"))),
        ("+ cycle 2", lambda: bar.cycle.setCurrentIndex(bar.cycle.findData(2))),
        ("+ theme", lambda: bar.theme.setCurrentIndex(1)),
        ("clear filters", lambda: bar.clear()),
        ("needs review", lambda: bar.needs_review.setChecked(True)),
        ("clear", lambda: bar.clear()),
        ("search 'torture'", lambda: window.search_box.setText("torture")),
        ("search 'death penalty'", lambda: window.search_box.setText("death penalty")),
        ("search 'свобода'", lambda: window.search_box.setText("свобода")),
        ("search 'ratif*'", lambda: window.search_box.setText("ratif*")),
        ("clear search", lambda: window.search_box.clear()),
    ]
    filter_times = {}
    for name, change in changes:
        filter_times[name] = round(first_rows_after(name, change), 1)
    wait(lambda: window.recommendations.rowCount() == total)

    scroll = window.table.verticalScrollBar()
    step = max(1, window.table.viewport().height() // window.table.verticalHeader().defaultSectionSize())
    steps = []
    position = 0
    while position < scroll.maximum():
        position = min(scroll.maximum(), position + step)
        start = time.perf_counter()
        scroll.setValue(position)
        window.table.viewport().repaint()
        app.processEvents()
        steps.append((time.perf_counter() - start) * 1000)
    rss_after_scrolling = resident_mb()
    window.close()
    database.close()
    return {
        "recommendations": total,
        "window_shown_s": round(shown_after, 3),
        "first_rows_ms": filter_times,
        "first_rows_median_ms": round(statistics.median(filter_times.values()), 1),
        "first_rows_max_ms": round(max(filter_times.values()), 1),
        "all_rows_and_counts_ms": all_rows_times,
        "scroll_steps": len(steps),
        "scroll_step_p95_ms": round(percentile(steps, 0.95), 2),
        "scroll_step_max_ms": round(max(steps), 2),
        "rss_after_scrolling_mb": round(rss_after_scrolling, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recommendations", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="folder where the generated corpus is kept between runs")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(RESULT_MARKER + json.dumps(child(args.child)))
        return 0
    import generate_corpus

    folder = args.keep or Path(tempfile.mkdtemp(prefix="upr-gui-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpus = folder / f"corpus-{args.recommendations}-seed1.sqlite3"
    if not corpus.exists():
        print(f"Generating {args.recommendations:,} recommendations in {corpus} …", flush=True)
        generate_corpus.build_corpus_database(corpus, recommendations=args.recommendations)
    run = subprocess.run([sys.executable, __file__, "--child", str(corpus)], capture_output=True, text=True)
    lines = [line for line in run.stdout.splitlines() if line.startswith(RESULT_MARKER)]
    if run.returncode != 0 or not lines:
        print(run.stdout, run.stderr, file=sys.stderr)
        return 1
    figures = json.loads(lines[-1][len(RESULT_MARKER):])
    print(f"Workbench over {figures['recommendations']:,} recommendations (offscreen)")
    print(f"  window shown with its first rows: {figures['window_shown_s']:.2f} s   (goal: under 1.5 s)")
    print(f"  first rows after a filter or search change: median {figures['first_rows_median_ms']} ms, "
          f"slowest {figures['first_rows_max_ms']} ms   (goal: under 100 ms)")
    print(f"    {'change':<24} {'first rows':>12} {'all rows + counts':>18}")
    for name, value in figures["first_rows_ms"].items():
        print(f"    {name:<24} {value:>9} ms {figures['all_rows_and_counts_ms'][name]:>15} ms")
    print(f"  scrolling top to bottom, {figures['scroll_steps']} page steps: p95 {figures['scroll_step_p95_ms']} ms, "
          f"slowest {figures['scroll_step_max_ms']} ms   (goal: no step over 50 ms)")
    print(f"  resident memory after scrolling everything: {figures['rss_after_scrolling_mb']} MB   (goal: under 350 MB)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
