"""Speed of the suggestion model: suggestions for many texts, one text's latency, the model's size
and the peak memory.

    python benchmarks/suggestions.py [--texts 200000] [--single 500] [--seed 1]

The texts are synthetic: the UPR Info sample's recommendations (tests/fixtures), resampled, some
joined two by two ("X, including y") so that lengths vary as in real reviews.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from measuring import peak_memory_mb, percentile, timed  # noqa: E402

from tools.train_suggestions import read_export  # noqa: E402
from upr_tracker.suggestions import load_suggester  # noqa: E402
from upr_tracker.suggestions.model_files import ARRAYS_FILE  # noqa: E402
from upr_tracker.suggestions.training import deduplicated  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "uprinfo_export_sessions_6-9_macroman.csv"


def synthetic_texts(count: int, seed: int) -> list[str]:
    base = [s.text for s in deduplicated(read_export(SAMPLE))]
    chooser = random.Random(seed)
    texts = []
    for _ in range(count):
        text = chooser.choice(base).strip().rstrip(".")
        if chooser.random() < 0.3:
            other = chooser.choice(base).strip().rstrip(".")
            text = f"{text}, {chooser.choice(('including', 'in particular', 'and'))} {other[:1].lower()}{other[1:]}"
        texts.append(text + ".")
    return texts


def cold_start_seconds() -> float:
    """A new process: importing the package and scikit-learn, reading the model, one suggestion."""
    script = ("import time; started = time.perf_counter()\n"
              "from upr_tracker.suggestions import load_suggester\n"
              "load_suggester().suggest_one('Abolish the death penalty')\n"
              "print(time.perf_counter() - started)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    return float(result.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=200_000)
    parser.add_argument("--single", type=int, default=500, help="texts timed one at a time")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    print(f"first suggestion in a new process (imports and model read): {cold_start_seconds():.2f} s")
    texts = synthetic_texts(options.texts, options.seed)
    mean_length = statistics.fmean(len(t) for t in texts)
    loading, suggester = timed(load_suggester)
    size = len(resources.files("upr_tracker.resources.models").joinpath(ARRAYS_FILE).read_bytes())
    print(f"model {suggester.model_version}: {size / 1e6:.1f} MB ({ARRAYS_FILE}), read in {loading.wall:.2f} s "
          "(scikit-learn already imported)")
    batch, suggested = timed(lambda: suggester.suggest(texts))
    with_category = sum(s.action_category is not None for s in suggested)
    print(f"{len(texts):,} texts (mean {mean_length:.0f} characters): {batch.wall:.1f} s wall, {batch.cpu:.1f} s CPU "
          f"({len(texts) / batch.wall:,.0f} texts/s); a category shown for {with_category / len(texts):.1%}")
    latencies, cpu = [], []
    for text in texts[:options.single]:
        started, started_cpu = time.perf_counter(), time.thread_time()
        suggester.suggest_one(text)
        latencies.append((time.perf_counter() - started) * 1000)
        cpu.append((time.thread_time() - started_cpu) * 1000)
    # On a shared machine wall time includes waiting for a core; CPU time is the work's own.
    print(f"one text: median {statistics.median(latencies):.2f} ms, p95 {percentile(latencies, 0.95):.2f} ms "
          f"(CPU: median {statistics.median(cpu):.2f} ms, p95 {percentile(cpu, 0.95):.2f} ms; {options.single} texts)")
    print(f"peak memory: {peak_memory_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
