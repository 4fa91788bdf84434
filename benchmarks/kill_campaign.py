"""Kill the commands that rewrite or copy a whole database file at random moments, many times, and
count what each kill left: which key the database and its backups ended under (the old or the new,
never both), files holding a confidential word in the clear beside an encrypted database (goal: 0),
notes lost (goal: 0).

The test suite kills each command before every step that makes a file durable or moves one
(tests/test_crash_safety.py); this campaign adds kills at random moments, as many as asked:

    python benchmarks/kill_campaign.py [--kills 100] [--seed 13] [--work encrypt,decrypt,...]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.held_database import build_held_database
from tests.test_crash_safety import (WHOLE_FILE_WORK, Killer, KillPoint, build_guarded_database,
                                     check_after_whole_file_kill, copy_with_backups, memory_folder_files,
                                     note_bodies, whole_file_request, write_key_files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100, help="kills in all, shared among the commands")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--work", default=",".join(WHOLE_FILE_WORK), help="the commands to kill")
    args = parser.parse_args()
    works = [w.strip() for w in args.work.split(",") if w.strip()]
    chance = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="upr-kill-campaign-") as scratch_name:
        scratch = Path(scratch_name)
        template = build_held_database(scratch / "held.sqlite3")
        keys = write_key_files(scratch)
        sources = {key: build_guarded_database(template, scratch / f"guarded-{index}", key)
                   for index, key in enumerate((None, WHOLE_FILE_WORK["decrypt"].before))}
        killer = Killer(scratch / "data")
        try:
            totals: dict[str, Counter] = {}
            lengths: dict[str, float] = {}
            afters: dict[str, Counter] = {}  # the notes an uninterrupted run leaves
            for work in works:
                spec = WHOLE_FILE_WORK[work]
                complete = copy_with_backups(sources[spec.before], scratch / f"complete-{work}")
                run = killer.run(dict(whole_file_request(spec, keys, complete), count=True))
                if run.status != "code 0":
                    raise SystemExit(f"{work}: the uninterrupted run failed ({run.status})")
                summary = next(m for m in run.markers if m.startswith("summary "))
                lengths[work] = json.loads(summary[len("summary "):])["seconds"]
                afters[work] = note_bodies(complete, spec.after)
                totals[work] = Counter()
            began = time.perf_counter()
            for number in range(args.kills):
                work = works[number % len(works)]
                spec = WHOLE_FILE_WORK[work]
                source = sources[spec.before]
                before = note_bodies(source, spec.before)
                folder = scratch / f"kill-{number}"
                path = copy_with_backups(source, folder / "db")
                (folder / "tmp").mkdir()
                shm_before = memory_folder_files()
                delay = chance.uniform(0, lengths[work] * 1.1)
                killed = killer.run(dict(whole_file_request(spec, keys, path), tmpdir=str(folder / "tmp")),
                                    KillPoint("working", delay=delay))
                outcome = "finished before the kill" if killed.status != "signal 9" else None
                try:
                    ended = check_after_whole_file_kill(path, spec, before, afters[work], folder / "tmp", shm_before)
                    totals[work][outcome or f"ended under the {ended} key"] += 1
                except AssertionError as exc:
                    totals[work][f"FAILED: {str(exc).splitlines()[0][:120]}"] += 1
                shutil.rmtree(folder)
            took = time.perf_counter() - began
        finally:
            killer.close()
    failures = 0
    print(f"Kill campaign: {args.kills} kills at random moments (seed {args.seed}), {took:.0f} s")
    for work, counts in totals.items():
        print(f"  {work} (an uninterrupted run: {lengths[work]:.2f} s)")
        for outcome, count in sorted(counts.items()):
            print(f"    {count:4}  {outcome}")
            failures += count if outcome.startswith("FAILED") else 0
    print(f"Files in the clear beside an encrypted database, notes lost, mixed keys: {failures} kills failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
