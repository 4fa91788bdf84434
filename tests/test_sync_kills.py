"""A bundle's application killed (SIGKILL, from outside) at random moments: the database opens whole,
holding all of the bundle or none of it, and applying the bundle again completes it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.sync_helpers import content_of
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.sync.bundles import create_bundle

pytestmark = pytest.mark.sqlite_only("kills a process writing a database file")


def _apply_command(bundle: Path, target: Path, passphrase_file: Path) -> list[str]:
    return [sys.executable, "-m", "upr_tracker", "bundle", "apply", str(bundle), "--db", str(target),
            "--bundle-passphrase-file", str(passphrase_file)]


def test_a_bundle_apply_killed_at_random_moments_leaves_all_or_nothing(demo_file: Path, tmp_path: Path) -> None:
    source_path = tmp_path / "alice.sqlite3"
    shutil.copy(demo_file, source_path)
    passphrase_file = tmp_path / "team.txt"
    passphrase_file.write_text("our team's passphrase\n", encoding="utf-8")
    bundle = tmp_path / "everything.uprbundle"
    with Database.open(source_path, actor="alice") as alice:
        create_bundle(alice, bundle, passphrase=Passphrase("our team's passphrase"))
        expected = content_of(alice)
    target = tmp_path / "bob.sqlite3"
    with Database.open(target, actor="bob") as bob:  # an empty database: the bundle fills it
        empty = content_of(bob)
    chance = random.Random(16)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    outcomes = []
    for _kill in range(4):
        process = subprocess.Popen(_apply_command(bundle, target, passphrase_file), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(chance.uniform(0.8, 4.0))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        with Database.open(target, actor="bob") as bob:
            got = content_of(bob)
        assert got in (empty, expected), "a killed apply left part of its bundle"
        outcomes.append("all" if got == expected else "none")
        if got == expected:
            break
    done = subprocess.run(_apply_command(bundle, target, passphrase_file), env=env, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    with Database.open(target, actor="bob") as bob:
        assert content_of(bob) == expected
    assert outcomes
