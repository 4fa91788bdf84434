"""Killed at any point of an import or an edit, the database opens intact, with all or none of it.

A helper process (tests/crash_child.py) runs a real import (the `upr-tracker import` command) or an
edit (through the services) on a database that already holds data, and is killed with SIGKILL at
moments spread over its write transaction (between two statements or inside one), before the
COMMIT, while SQLite commits and checkpoints the WAL, and after. Each time the database must open, the killed
process's writer lock standing in nobody's way; it must pass SQLite's integrity and foreign-key
checks and the full-text index's own check; and it must hold exactly what it held before (every
table, byte for byte) or exactly what a complete run leaves (every table, the search index and
the audit trail alike).
"""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.crash_child import ASSESSMENT_EVIDENCE, CONFIDENTIAL_REWRITE, NOTE_BODY
from tests.held_database import HELD_NOTE, build_held_database, copy_of, first_recommendation, table_digests
from tests.sample_paths import REPO, UPRINFO_CSV
from upr_tracker.services import notes
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database
from upr_tracker.storage.integrity import inspect_database
from upr_tracker.storage.writer_lock import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

CHILD = Path(__file__).with_name("crash_child.py")
# The tables whose rows say what the database holds (the full-text index's own storage tables and
# SQLite's statistics are laid out differently from one run to the next, for the same content).
_INTERNAL = ("sqlite_", "search_text_")
# What a complete run must leave, whatever ids and times it drew: the content of each kind of record.
CONTENT = {
    "recommendation": "SELECT label, text, current_position, considered_implemented, action_category, "
                      "implementation_level, needs_review FROM recommendation",
    "response": "SELECT position, considered_implemented, response_text FROM response",
    "note": "SELECT body, confidential FROM note",
    "assessment": "SELECT source, level, evidence FROM assessment",
    "audit_entry": "SELECT action, table_name, actor FROM audit_entry",
    "search_text": "SELECT title, body FROM search_text",
}


@dataclass
class Run:
    pid: int
    markers: list[str]
    status: str

    @property
    def asked_to_commit(self) -> bool:
        return "commit" in self.markers

    @property
    def commit_returned(self) -> bool:
        return "committed" in self.markers


@dataclass(frozen=True)
class KillPoint:
    """Kill when the worker prints `trigger`, `delay` seconds later; `mark`/`stop` go to the worker."""

    trigger: str
    mark: int | str | None = None
    stop: bool = False
    delay: float = 0.0


class Killer:
    """The helper process, which forks one worker per run."""

    def __init__(self, data_folder: Path) -> None:
        environment = dict(os.environ, UPR_TRACKER_DATA_DIR=str(data_folder),
                           PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
        # A session of its own: the helper and its workers can be ended together, by their group.
        self.process = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, env=environment, cwd=REPO, start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self._next() == "ready"

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def _next(self) -> str:
        line = self.lines.get(timeout=60)
        if line is None:
            raise AssertionError("the helper process ended")
        return line

    def run(self, request: dict, point: KillPoint | None = None) -> Run:
        assert self.process.stdin is not None
        if point is not None:
            request = dict(request, mark=point.mark, stop=point.stop, linger=True)
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        first = self._next()
        assert first.startswith("pid "), first
        pid = int(first.split()[1])
        markers: list[str] = []
        killed = False
        while not (line := self._next()).startswith("exit "):
            markers.append(line)
            if point is not None and not killed and line == point.trigger:
                if point.delay:
                    time.sleep(point.delay)
                os.kill(pid, signal.SIGKILL)
                killed = True
        return Run(pid, markers, line.split(maxsplit=2)[2])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # a worker a failed test did not kill
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


@pytest.fixture(scope="module")
def killer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Killer]:
    helper = Killer(tmp_path_factory.mktemp("crash-data"))
    yield helper
    helper.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_held_database(tmp_path_factory.mktemp("crash-template") / "held.sqlite3")


@pytest.fixture(scope="module")
def session_7_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The UPR Info export's rows of the 7th session (Kazakhstan's among them), as UPR Info writes
    them (Mac Roman, CR line ends): long enough an import to be killed at many points, short enough
    to be run twenty times."""
    text = UPRINFO_CSV.read_bytes().decode("mac_roman")
    rows = list(csv.reader(io.StringIO(text, newline=None)))
    chosen = [rows[0]] + [row for row in rows[1:] if row[-1] == "7"]
    path = tmp_path_factory.mktemp("crash-dataset") / "uprinfo_session_7.csv"
    with path.open("w", encoding="mac_roman", newline="") as stream:
        csv.writer(stream, lineterminator="\r").writerows(chosen)
    return path


# --- what a database holds ------------------------------------------------------------------------------


@dataclass
class Holding:
    digests: dict[str, tuple[int, str]]  # every table: its row count and a digest of its rows
    content: dict[str, Counter]  # CONTENT, as multisets

    @property
    def counts(self) -> dict[str, int]:
        return {table: count for table, (count, _digest) in self.digests.items() if not table.startswith(_INTERNAL)}


def holding(path: Path) -> Holding:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        content = {kind: Counter(connection.execute(query).fetchall()) for kind, query in CONTENT.items()}
    return Holding(table_digests(path), content)


def check_sound(path: Path) -> None:
    """SQLite's integrity and foreign-key checks, the full-text index's own check, and the app's
    check that the index covers every record."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO search_text (search_text) VALUES ('integrity-check')")  # raises if corrupt
    found = inspect_database(path)
    assert (found.integrity, found.errors) == ("ok", [])


def outcome_after_kill(path: Path, run: Run, before: Holding, after: Holding) -> str:
    """Open the database as the app would after the crash, check it, and say whether it holds
    "none" or "all" of the killed work; anything in between fails."""
    assert run.status == "signal 9", f"the worker was not killed: {run.status} after {run.markers}"
    if not any(marker.startswith("finished") for marker in run.markers):  # (a finished run released it)
        # The killed process's writer lock is left behind...
        left = lock_path(path).read_text(encoding="utf-8")
        assert left and json.loads(left)["pid"] == run.pid, f"no lock left by the killed process: {left!r}, {run}"
    with Database.open_exclusively(path, create=False) as db, db.read():  # ...and stands in nobody's way
        pass
    check_sound(path)
    now = holding(path)
    if now.digests == before.digests:
        assert not run.commit_returned, "the commit returned, yet the work is lost"
        return "none"
    assert run.asked_to_commit, f"changed before the commit was asked for (killed after {run.markers[-1]})"
    assert now.counts == after.counts, "neither before nor after: " + _differences(now.counts, before.counts,
                                                                                    after.counts)
    assert now.content == after.content, "as many records as a complete run, but not the same content"
    return "all"


def _differences(now: dict[str, int], before: dict[str, int], after: dict[str, int]) -> str:
    return ", ".join(f"{table} {now.get(table)} (before {before.get(table)}, after {after.get(table)})"
                     for table in sorted(set(now) | set(after)) if now.get(table) != after.get(table))


def kill_repeatedly(killer: Killer, template: Path, folder: Path, request: dict, points: list[KillPoint],
                    before: Holding, after: Holding, also: Callable[[Path, str], None] | None = None) -> Counter:
    """Kill the work at each point; `also` checks more of the database after each outcome."""
    outcomes: Counter = Counter()
    for number, point in enumerate(points):
        work_folder = folder / f"kill-{number}"
        path = copy_of(template, work_folder)
        run = killer.run(dict(request, db=str(path)), point)
        assert point.trigger in run.markers, f"{point} never reached: {run.markers}"
        outcome = outcome_after_kill(path, run, before, after)
        if also is not None:
            also(path, outcome)
        outcomes[outcome] += 1
        shutil.rmtree(work_folder)
    return outcomes


def complete_run(killer: Killer, template: Path, folder: Path, request: dict) -> tuple[dict, Holding]:
    """The work done uninterrupted on a copy: where its write transaction begins and commits, and
    what it leaves."""
    path = copy_of(template, folder / "complete")
    run = killer.run(dict(request, db=str(path), count=True))
    assert run.status == "code 0" and "finished 0" in run.markers, run
    summary = json.loads(next(m for m in run.markers if m.startswith("summary "))[len("summary "):])
    assert summary["write_began"] and summary["committed_at"] > summary["write_began"]
    check_sound(path)
    return summary, holding(path)


def between_statements(summary: dict) -> list[KillPoint]:
    """Stops before each statement of the write transaction, from its BEGIN to its last statement,
    then before the COMMIT itself."""
    numbers = range(summary["write_began"], summary["committed_at"] + 1)
    return ([KillPoint(f"stopped {n}", mark=n, stop=True) for n in numbers]
            + [KillPoint("stopped at commit", mark="commit", stop=True)])


def spread_over_the_transaction(summary: dict, count: int) -> list[KillPoint]:
    """`count` moments spread evenly over the write transaction, from its BEGIN to its COMMIT, as the
    complete run timed them: each is a stop before a statement or, inside a statement that takes
    longer, a kill that long after it started; then a stop before the COMMIT itself."""
    starts, first = summary["starts"], summary["write_began"]
    points = []
    for index in range(count):
        moment = summary["commit_began"] * index / count
        running = max(k for k, start in enumerate(starts) if start <= moment)
        into = moment - starts[running]
        number = first + running
        points.append(KillPoint(f"stopped {number}", mark=number, stop=True) if into < 0.002
                      else KillPoint(f"statement {number}", mark=number, delay=into))
    return points + [KillPoint("stopped at commit", mark="commit", stop=True)]


def during_commit(summary: dict, fractions: tuple[float, ...]) -> list[KillPoint]:
    """While SQLite commits (writes the WAL, syncs it, checkpoints it into the file), then once the
    commit has returned (closing the database checkpoints again), then when all is done."""
    took = summary.get("commit_seconds", 0.0)
    return ([KillPoint("commit", delay=took * fraction) for fraction in fractions]
            + [KillPoint("committed"), KillPoint("lingering")])


# --- the tests ------------------------------------------------------------------------------------------


def test_an_import_killed_at_any_point_leaves_all_or_none_of_it(killer: Killer, template: Path,
                                                               session_7_dataset: Path, tmp_path: Path) -> None:
    request = {"work": "import", "file": str(session_7_dataset)}
    before = holding(template)
    summary, after = complete_run(killer, template, tmp_path, request)
    added = after.counts["recommendation"] - before.counts["recommendation"]
    assert added > 1500 and after.counts["audit_entry"] > before.counts["audit_entry"] + added
    # Kazakhstan's recommendations, already held, are enriched (updated), not duplicated.
    assert after.content["recommendation"] != before.content["recommendation"]

    points = spread_over_the_transaction(summary, 13) + during_commit(summary, (0.0, 0.3, 0.7))
    assert len(points) == 19 and sum(point.delay > 0 for point in points[:13]) >= 3  # some inside statements
    outcomes = kill_repeatedly(killer, template, tmp_path, request, points, before, after)

    # A stop before the COMMIT leaves none of it, a kill after it returned all; the kills timed
    # inside a statement or the commit may fall either side, as long as it is all or none.
    assert outcomes["none"] >= sum(point.stop for point in points) and outcomes["all"] >= 2, outcomes


@pytest.mark.parametrize("edit", ["note", "assessment", "position"])
def test_an_edit_killed_at_any_point_leaves_all_or_none_of_it(killer: Killer, template: Path, tmp_path: Path,
                                                             edit: str) -> None:
    request = {"work": edit, "recommendation": str(first_recommendation(template, offset=3))}
    before = holding(template)
    summary, after = complete_run(killer, template, tmp_path, request)
    assert after.counts["audit_entry"] > before.counts["audit_entry"]
    expected = {"note": ("note", (NOTE_BODY, 0)), "assessment": ("assessment", ("ngo", "partially_implemented",
                                                                                  ASSESSMENT_EVIDENCE)),
                "position": ("response", ("noted", 0, "Noted after review"))}[edit]
    assert after.content[expected[0]][expected[1]] == before.content[expected[0]][expected[1]] + 1

    points = between_statements(summary) + during_commit(summary, (0.0, 0.5))
    outcomes = kill_repeatedly(killer, template, tmp_path, request, points, before, after)

    assert outcomes["none"] >= sum(point.stop for point in points) and outcomes["all"] >= 2, outcomes


def test_a_note_that_survived_a_kill_is_found_by_search(killer: Killer, template: Path, tmp_path: Path) -> None:
    """The full-text index is written in the same transaction as the note: killed once the commit
    returned, the note is there and search finds it."""
    recommendation = first_recommendation(template, offset=5)
    path = copy_of(template, tmp_path / "kill")
    run = killer.run({"work": "note", "recommendation": str(recommendation), "db": str(path)}, KillPoint("committed"))
    assert run.status == "signal 9"
    with Database.open(path, create=False) as db:
        [added] = [n for n in notes.list_notes(db, recommendation_id=recommendation) if n.body == NOTE_BODY]
        assert added.id in {hit.id for hit in search(db, "Ombudsman moratorium") if hit.kind == "note"}


# --- killed while the whole file is re-keyed, copied or restored -----------------------------------------

# A word that appears only in a confidential note: found in a file's bytes, it shows the file readable.
CONFIDENTIAL_MARKER = "Xylocopa-Ombudsman-memo"
OLD_KEY, NEW_KEY = "correct horse battery staple", "a different long passphrase"


@dataclass(frozen=True)
class WholeFileWork:
    work: str
    before: str | None      # the key the database is under when the work begins (None: plain)
    after: str | None       # the key a complete run leaves it under


WHOLE_FILE_WORK = {
    "encrypt": WholeFileWork("encrypt", None, OLD_KEY),
    "change-passphrase": WholeFileWork("change-passphrase", OLD_KEY, NEW_KEY),
    "decrypt": WholeFileWork("decrypt", OLD_KEY, None),
    "backup": WholeFileWork("backup", OLD_KEY, OLD_KEY),
    "restore": WholeFileWork("restore", OLD_KEY, OLD_KEY),
}


@pytest.fixture(scope="module")
def key_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_key_files(tmp_path_factory.mktemp("keys"))


def write_key_files(folder: Path) -> dict[str, Path]:
    files = {}
    for key in (OLD_KEY, NEW_KEY):
        files[key] = folder / f"key-{len(files)}.txt"
        files[key].write_text(key + "\n", encoding="utf-8")
    return files


def build_guarded_database(template: Path, folder: Path, key: str | None) -> Path:
    """The held database with a confidential note and two backups, plain or encrypted with `key`;
    then one more note, so that a restore brings back something different."""
    from upr_tracker.services.encryption import set_encryption
    from upr_tracker.storage.backup_restore import take_backup
    from upr_tracker.storage.encryption import Passphrase

    path = copy_of(template, folder)
    recommendation = first_recommendation(template, offset=2)
    with Database.open(path, create=False, actor="tester") as db:
        notes.add_note(db, f"Source met at the {CONFIDENTIAL_MARKER}", recommendation_id=recommendation,
                       confidential=True)
        if key is not None:
            set_encryption(db, Passphrase(key))
    passphrase = Passphrase(key) if key else None
    take_backup(path, passphrase=passphrase)
    take_backup(path, passphrase=passphrase)
    with Database.open(path, create=False, actor="tester", passphrase=passphrase) as db:
        notes.add_note(db, "Written after the last backup", recommendation_id=recommendation)
    return path


@pytest.fixture(scope="module")
def guarded_templates(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Path]:
    return {key: build_guarded_database(template, tmp_path_factory.mktemp("guarded") / "guarded", key)
            for key in (None, OLD_KEY)}


def copy_with_backups(source: Path, folder: Path) -> Path:
    shutil.copytree(source.parent, folder)
    return folder / source.name


def openers(path: Path, keys: tuple[str | None, ...]) -> list[str | None]:
    """Which of `keys` open the file (None: opened as a plain database)."""
    from upr_tracker.storage.encryption import (Passphrase, WrongPassphraseError, connect, database_errors,
                                                is_plain_sqlite)

    opened = []
    for key in keys:
        if (key is None) != is_plain_sqlite(path):
            continue
        try:
            with closing(connect(path, Passphrase(key) if key else None, read_only=True)) as connection:
                connection.execute("SELECT count(*) FROM note").fetchone()
        except (WrongPassphraseError, *database_errors()):
            continue
        opened.append(key)
    return opened


def note_bodies(path: Path, key: str | None) -> Counter:
    from upr_tracker.storage.encryption import Passphrase, connect

    with closing(connect(path, Passphrase(key) if key else None, read_only=True)) as connection:
        return Counter(row[0] for row in connection.execute("SELECT body FROM note"))


def files_in_the_clear(folders: list[Path]) -> list[Path]:
    """Every file under `folders` (hidden ones included) whose bytes hold the confidential word."""
    words = (CONFIDENTIAL_MARKER.encode(), CONFIDENTIAL_MARKER.encode("utf-16-le"))
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                data = path.read_bytes() if path.is_file() else b""
            except OSError:
                continue
            if any(word in data for word in words):
                found.append(path)
    return found


def memory_folder_files() -> set[Path]:
    shm = Path("/dev/shm")
    return {path for path in shm.rglob("*") if path.is_file()} if shm.is_dir() else set()


def check_after_whole_file_kill(path: Path, spec: WholeFileWork, before: Counter, after: Counter,
                                scratch: Path, shm_before: set[Path]) -> str:
    """What the next command does first (finish or undo the interrupted work), then: the database
    and every backup open with one and the same key, the old or the new; nothing is lost; and when
    that key is a passphrase, no file beside it, in its backups or in the temporary folders holds
    the confidential word in the clear. Says which key it ended under ("old" or "new")."""
    from upr_tracker.storage.backup_restore import list_backups
    from upr_tracker.storage.encryption_change import finish_interrupted_change, journal_path

    finish_interrupted_change(path)
    keys = tuple(dict.fromkeys((spec.before, spec.after)))
    [key] = openers(path, keys)  # exactly one of the two opens it
    for backup in list_backups(path):
        assert openers(backup.path, keys) == [key], f"{backup.path.name} is not under the database's key"
    leftovers = [p.name for p in path.parent.rglob(".*") if ".rekey" in p.name or p == journal_path(path)]
    assert leftovers == [], leftovers
    with Database.open_exclusively(path, create=False, passphrase=_passphrase(key)) as db, db.read():
        pass
    bodies = note_bodies(path, key)
    assert bodies in (before, after), f"notes neither as before nor as after: {bodies}"
    if key is not None:
        new_in_memory = [p for p in memory_folder_files() - shm_before if p.exists()]
        clear = files_in_the_clear([path.parent, scratch]) + files_in_the_clear(new_in_memory)
        assert clear == [], f"readable beside an encrypted database: {clear}"
    return "new" if key == spec.after and key != spec.before else "old"


def _passphrase(key: str | None):  # noqa: ANN202
    from upr_tracker.storage.encryption import Passphrase

    return Passphrase(key) if key else None


def whole_file_request(spec: WholeFileWork, key_files: dict[str, Path], path: Path) -> dict:
    request = {"work": spec.work, "db": str(path)}
    if spec.before:
        request["old"] = str(key_files[spec.before])
    if spec.after and spec.after != spec.before:
        request["new"] = str(key_files[spec.after])
    return request


@pytest.mark.parametrize("work", list(WHOLE_FILE_WORK))
def test_killed_while_the_whole_file_is_rekeyed_copied_or_restored_no_word_is_left_in_the_clear(
        killer: Killer, guarded_templates: dict, key_files: dict, tmp_path: Path, work: str) -> None:
    spec = WHOLE_FILE_WORK[work]
    source = guarded_templates[spec.before]
    before = note_bodies(source, spec.before)
    complete = copy_with_backups(source, tmp_path / "complete")
    run = killer.run(dict(whole_file_request(spec, key_files, complete), count=True))
    assert run.status == "code 0" and "finished 0" in run.markers, run
    summary = json.loads(next(m for m in run.markers if m.startswith("summary "))[len("summary "):])
    after = note_bodies(complete, spec.after)
    if work == "restore":
        assert after != before  # the note written after the last backup is gone
    else:
        assert after == before

    # Before every step that makes a file durable or moves one, then at moments spread over the run.
    steps = [(n, KillPoint(f"stopped step {n}", stop=True)) for n in range(1, summary["steps"] + 1)]
    timed = [(None, KillPoint("working", delay=summary["seconds"] * fraction))
             for fraction in (0.2, 0.5, 0.8)]
    assert len(steps) >= 3, summary
    outcomes: Counter = Counter()
    for number, (step, point) in enumerate(steps + timed):
        folder = tmp_path / f"kill-{number}"
        path = copy_with_backups(source, folder / "db")
        scratch = folder / "tmp"
        scratch.mkdir()
        shm_before = memory_folder_files()
        killed = killer.run(dict(whole_file_request(spec, key_files, path), step=step, tmpdir=str(scratch)), point)
        assert killed.status == "signal 9", killed
        outcomes[check_after_whole_file_kill(path, spec, before, after, scratch, shm_before)] += 1
        shutil.rmtree(folder)
    if spec.before != spec.after:  # some kills fall before the turning point, some after
        assert outcomes["old"] >= 1 and outcomes["new"] >= 1, outcomes

def test_marking_a_note_confidential_killed_at_any_point_leaves_its_old_text_nowhere_or_everywhere(
        killer: Killer, template: Path, tmp_path: Path) -> None:
    """The note rewritten and marked confidential, its old text scrubbed from the audit trail and
    purged from the search index, are one transaction: a kill leaves all of it or none."""
    request = {"work": "confidential", "recommendation": str(first_recommendation(template))}
    before = holding(template)
    _summary, after = complete_run(killer, template, tmp_path, request)
    assert before.content["note"][(HELD_NOTE, 0)] == 1 and after.content["note"][(CONFIDENTIAL_REWRITE, 1)] == 1

    def old_text_gone(path: Path, outcome: str) -> None:
        # (the database was opened and closed by the check: what a thief reads once the app ran again)
        data = path.read_bytes() + (Path(f"{path}-wal").read_bytes() if Path(f"{path}-wal").exists() else b"")
        assert (HELD_NOTE.encode() in data) == (outcome == "none"), outcome

    points = between_statements(_summary) + during_commit(_summary, (0.0, 0.5))
    outcomes = kill_repeatedly(killer, template, tmp_path, request, points, before, after, also=old_text_gone)
    assert outcomes["none"] >= sum(point.stop for point in points) and outcomes["all"] >= 2, outcomes
