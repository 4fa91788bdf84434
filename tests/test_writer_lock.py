"""One running copy of the app writes a database at a time; a second is told where it is open; a
lock left by a copy that was killed is free again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.errors import DatabaseInUseError
from upr_tracker.storage.database import Database
from upr_tracker.storage.writer_lock import WriterLock, lock_path
from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT

HOLD = textwrap.dedent("""
    import sys, time
    from upr_tracker.storage.database import Database
    db = Database.open_exclusively(sys.argv[1])
    print("held", flush=True)
    time.sleep(120)
""")


def start_holder(path: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_a_second_copy_is_refused_with_who_holds_it(db_path: Path) -> None:
    first = Database.open_exclusively(db_path)
    try:
        with pytest.raises(DatabaseInUseError) as refused:
            Database.open_exclusively(db_path)
        message = str(refused.value)
        assert db_path.name in message and f"process {os.getpid()}" in message
        assert "Close it there first" in message
    finally:
        first.close()
    Database.open_exclusively(db_path).close()  # free once the first has closed


def test_reading_needs_no_lock(db_path: Path) -> None:
    with Database.open_exclusively(db_path):
        with Database.open(db_path, create=False) as reader, reader.read():
            pass


def test_a_lock_left_by_a_killed_copy_is_recovered(db_path: Path) -> None:
    Database.open(db_path).close()
    holder = start_holder(db_path)
    try:
        with pytest.raises(DatabaseInUseError, match=f"process {holder.pid}"):
            Database.open_exclusively(db_path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(db_path).exists()  # the crash left the file behind…
    with Database.open_exclusively(db_path) as db, db.read():  # …but not the lock
        pass


def test_the_command_line_import_waits_for_no_one_and_says_why(db_path: Path, capsys) -> None:
    Database.open(db_path).close()
    holder = start_holder(db_path)
    try:
        code = main(["import", str(KAZAKHSTAN_WG_REPORT_TXT), "--db", str(db_path)])
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    err = capsys.readouterr().err
    assert code == 1
    assert "open in another copy of UPR Tracker" in err and err.count("\n") == 1
    with Database.open(db_path) as db:
        from upr_tracker.services.reviews import list_reviews

        assert list_reviews(db) == []  # nothing imported


def test_release_is_idempotent_and_a_lock_can_be_taken_again(tmp_path: Path) -> None:
    lock = WriterLock(tmp_path / "x.sqlite3")
    lock.acquire()
    lock.acquire()  # already held: nothing to do
    assert lock.held
    lock.release()
    lock.release()
    assert not lock.held
    other = WriterLock(tmp_path / "x.sqlite3")
    other.acquire()
    other.release()
