"""Near matches: difflib.get_close_matches against domain.close_matches (rapidfuzz), per lookup.

    python benchmarks/fuzzy_matching.py [--uprinfo-csv EXPORT.csv] [--seed 1]

Two workloads, as the app meets them: a State name with one or two typos looked up among every
State name the app knows (all languages; n=3, cutoff 0.75, as "did you mean" does), and each
recommendation of a review, one word changed, looked up among that review's recommendations
(n=2, cutoff 0.92, as an import recognising an edited text does). The review is the demo's 2014
review of Kazakhstan (189 texts) and, with --uprinfo-csv, the State with the most recommendations
in a UPR Info export. Prints the median and 95th percentile per lookup and how often the two agree.
"""

from __future__ import annotations

import argparse
import collections
import csv
import difflib
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.measuring import percentile  # noqa: E402
from upr_tracker.domain.close_matches import close_matches  # noqa: E402
from upr_tracker.domain.names import name_key  # noqa: E402
from tests.test_close_matches import with_typos  # noqa: E402 (the same typos as the tests)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"

Lookup = Callable[[str, list[str], int, float], list[str]]


def with_difflib(word: str, choices: list[str], n: int, cutoff: float) -> list[str]:
    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


def with_rapidfuzz(word: str, choices: list[str], n: int, cutoff: float) -> list[str]:
    return close_matches(word, choices, n=n, cutoff=cutoff)


def state_names() -> list[str]:
    names: set[str] = set()
    for state in json.loads((RESOURCES / "states.json").read_text(encoding="utf-8")):
        names.update([state["name"], *state["other_names"]])
    for by_language in json.loads((RESOURCES / "state_names_un.json").read_text(encoding="utf-8")).values():
        names.update(by_language.values())
    return sorted(names)


def demo_review() -> list[str]:
    text = (RESOURCES / "demo" / "A_HRC_28_10_Kazakhstan_WG_report_2014.txt").read_text(encoding="utf-8")
    return sorted({name_key(t) for t in re.findall(r"^12[456]\.\d+\s+(.+)$", text, re.M)})


def largest_review(csv_path: Path) -> tuple[str, list[str]]:
    raw = csv_path.read_bytes()
    text = raw.decode("utf-8") if raw[:3] == b"\xef\xbb\xbf" or _is_utf8(raw) else raw.decode("mac_roman")
    by_state: dict[str, set[str]] = collections.defaultdict(set)
    for row in csv.DictReader(text.replace("\r\n", "\n").replace("\r", "\n").splitlines()):
        by_state[row["To"]].add(name_key(row["Text"]))
    state = max(by_state, key=lambda s: len(by_state[s]))
    return state, sorted(by_state[state])


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def one_word_changed(text: str, rng: random.Random) -> str:
    words = text.split()
    words[rng.randrange(1, len(words)) if len(words) > 1 else 0] = rng.choice(
        ["the", "all", "its", "national", "effective", "further", "women", "children"])
    return " ".join(words)


def measure(title: str, queries: list[str], choices: list[str], n: int, cutoff: float) -> None:
    answers: dict[str, list[list[str]]] = {}
    print(f"{title}: {len(queries):,} lookups among {len(choices):,}")
    for label, lookup in (("difflib", with_difflib), ("rapidfuzz", with_rapidfuzz)):
        times: list[float] = []
        answers[label] = []
        for query in queries:
            started = time.perf_counter()
            answers[label].append(lookup(query, choices, n, cutoff))
            times.append(time.perf_counter() - started)
        total = sum(times)
        print(f"  {label:<10} median {1000 * percentile(times, 0.5):8.3f} ms   p95 {1000 * percentile(times, 0.95):8.3f} ms"
              f"   all {total:7.2f} s")
    same = sum(a == b for a, b in zip(answers["difflib"], answers["rapidfuzz"], strict=True))
    more = sum(len(b) > len(a) for a, b in zip(answers["difflib"], answers["rapidfuzz"], strict=True))
    print(f"  the same matches in {same:,} of {len(queries):,} ({100 * same / len(queries):.1f}%); "
          f"rapidfuzz found more in {more:,}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uprinfo-csv", type=Path, help="a UPR Info export, for a larger review")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    names = state_names()
    measure("State names with typos (n=3, cutoff 0.75)", [with_typos(name, rng, rng.randint(1, 2)) for name in names * 2], names, 3, 0.75)
    review = demo_review()
    measure("Kazakhstan 2014, one word changed (n=2, cutoff 0.92)", [one_word_changed(t, rng) for t in review],
            review, 2, 0.92)
    if args.uprinfo_csv:
        state, texts = largest_review(args.uprinfo_csv)
        measure(f"{state} in the UPR Info export, one word changed (n=2, cutoff 0.92)",
                [one_word_changed(t, rng) for t in texts], texts, 2, 0.92)


if __name__ == "__main__":
    main()
