"""The randomised team of tests/sync_model.py run long: three laptops and a server, random edits
offline, syncs and bundles in random orders and partitions, applies cut short; every run ends with
all databases alike, every edit present or in the history, every true conflict listed.

    python benchmarks/sync_convergence.py [--examples 200] [--steps 40] [--url postgresql://…]

With --url (a server where databases may be made, e.g. a superuser's), the server is a PostgreSQL
database made anew for each example; else an SQLite file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.sync_model import TeamModel


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=200)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--url", help="a PostgreSQL server's admin URL, to play the team server")
    args = parser.parse_args()
    server_target = lambda: nullcontext(None)  # noqa: E731 (replaced by a server below)
    if args.url:
        from tests.postgresql_databases import TestServer

        test_server = TestServer(args.url)

        @contextmanager
        def server_target():
            with test_server.fresh_database() as address:
                yield address

    with tempfile.TemporaryDirectory() as scratch:
        class Team(TeamModel):
            pass

        Team.folder = Path(scratch)
        Team.server_target = staticmethod(server_target)
        start = time.perf_counter()
        run_state_machine_as_test(Team, settings=settings(max_examples=args.examples,
                                                          stateful_step_count=args.steps, deadline=None,
                                                          suppress_health_check=list(HealthCheck)))
    print(f"{args.examples} runs of up to {args.steps} steps converged in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
