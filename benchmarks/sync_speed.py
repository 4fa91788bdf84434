"""Speed of sync on a big database: the first look for changes on a database that never synced,
a first sync of an empty laptop from it, a sync of 1,000 edits, a sync with nothing new, and the
size of a bundle of 1,000 edits.

    python benchmarks/sync_speed.py --corpus corpus.sqlite3 [--url postgresql://USER@HOST:PORT/DB] [--json F]

The corpus (an SQLite database of generate_corpus.py) is copied first, never changed. Without
--url the copy plays the team server (a file: the same engine code); with --url the team database
there is used as it is (copy the corpus into it first: `upr-tracker copy`).
Goals: a sync of 1,000 edits under 2 s; a first sync of 200,000 recommendations to an empty laptop
under 2 minutes; a bundle of 1,000 edits under 1 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.models import Recommendation
from upr_tracker.sync.bundles import create_bundle
from upr_tracker.sync.replica import replica_row
from upr_tracker.sync.scan import scan_local_changes
from upr_tracker.sync.server_sync import sync_with_server


def _timed(what: str, figures: dict, work):
    start = time.perf_counter()
    result = work()
    figures[what] = round(time.perf_counter() - start, 2)
    print(f"{what}: {figures[what]:.2f} s  (max memory so far {_memory_mb():.0f} MB)", flush=True)
    return result


def _memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scan(db: Database) -> int:
    with db.write() as session:
        return scan_local_changes(session, replica_row(session, db), db.actor)


def _edit(db: Database, count: int, word: str) -> None:
    with db.write() as session:
        recs = session.scalars(select(Recommendation).order_by(Recommendation.sort_key).limit(count)).all()
        for rec in recs:
            rec.text = f"{rec.text.rstrip('.')} ({word})."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--url", help="a team database holding the corpus (else a copy of the corpus plays the server)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        if args.url:
            server = Database.open(args.url, actor="benchmark")
        else:
            shutil.copy(args.corpus, work / "server.sqlite3")
            server = _timed("open and upgrade the server's copy", figures,
                            lambda: Database.open(work / "server.sqlite3", actor="benchmark"))
        with server.read() as session:
            figures["recommendations"] = session.scalar(select(func.count()).select_from(Recommendation))
        print(f"recommendations: {figures['recommendations']}", flush=True)
        _timed("first look for changes on the server (once, when sync is first used)", figures,
               lambda: _scan(server))
        laptop = Database.open(work / "laptop.sqlite3", actor="laptop")
        report = _timed("first sync of an empty laptop", figures, lambda: sync_with_server(laptop, server))
        figures["first sync records"] = report.received
        _timed("sync with nothing new", figures, lambda: sync_with_server(laptop, server))
        _edit(laptop, 1000, "edited on the laptop")
        report = _timed("sync of 1,000 edits (laptop to server)", figures, lambda: sync_with_server(laptop, server))
        figures["sync of 1,000 edits: sent"] = report.sent
        second = Database.open(work / "second.sqlite3", actor="second")
        _timed("first sync of a second laptop", figures, lambda: sync_with_server(second, server))
        _edit(server, 1000, "edited on the server")
        report = _timed("sync of 1,000 edits (server to laptop)", figures, lambda: sync_with_server(laptop, server))
        figures["sync of 1,000 edits: received"] = report.received
        _edit(laptop, 1000, "edited again for the bundle")
        bundle = work / "changes.uprbundle"
        server_id = next(p.id for p in __import__("upr_tracker.sync.peers", fromlist=["x"]).list_peers(laptop)
                         if p.kind == "server")
        result = _timed("bundle of 1,000 edits", figures, lambda: create_bundle(
            laptop, bundle, passphrase=Passphrase("benchmark passphrase"), for_peer=server_id))
        figures["bundle of 1,000 edits: bytes"] = result.size
        print(f"bundle of 1,000 edits: {result.size:,} bytes, {result.records} records", flush=True)
        figures["max memory MB"] = round(_memory_mb())
        for db in (laptop, second, server):
            db.close()
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
