"""Measuring helpers of the benchmarks: peak memory, wall and CPU time, warm medians, percentiles,
and fresh databases."""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SLOW_CALL_SECONDS = 2.0    # a call slower than this is timed once (see warm_median)



def peak_memory_mb() -> float:
    """Peak resident memory of this process, in MB.

    On Linux, VmHWM from /proc: ru_maxrss(RUSAGE_SELF) would do, except that exec() carries the
    high-water mark of the process that forked over to the new program, so every child would
    report at least the parent's size. Elsewhere ru_maxrss (KiB on Linux, bytes on macOS)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass(frozen=True)
class Timing:
    """Wall-clock time, and this process's CPU time over the same span. On a busy machine (other
    processes on the same cores) wall time grows while CPU time stays close to the work's own."""

    wall: float
    cpu: float


def timed(action: Callable[[], Any]) -> tuple[Timing, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), result


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: with 61 queries the 95th is the 58th fastest."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))]


def warm_median(action: Callable[[], Any], repeats: int) -> tuple[Timing, Any]:
    """Run once to warm caches, then `repeats` times; the median times and the last result.
    A call slower than SLOW_CALL_SECONDS is not repeated: warm or cold makes no difference to
    it, and repeating it would blow the run's time budget."""
    first, result = timed(action)
    if first.wall > SLOW_CALL_SECONDS:
        return first, result
    timings = []
    for _ in range(repeats):
        timing, result = timed(action)
        timings.append(timing)
    return Timing(statistics.median(t.wall for t in timings), statistics.median(t.cpu for t in timings)), result


def load_average() -> float | None:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):   # not on Windows
        return None


def not_available(exc: Exception) -> dict[str, Any]:
    return {"status": "not available", "reason": f"{type(exc).__name__}: {exc}"}


def remove_database(path: Path) -> None:
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)


def fresh_database(path: Path) -> Path:
    """An empty app database (migrations run, reference data loaded), as a user's new file."""
    from upr_tracker.storage.database import Database

    remove_database(path)
    Database.open(path, actor="benchmark").close()
    return path
