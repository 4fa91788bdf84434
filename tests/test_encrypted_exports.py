"""Encrypted exports and reports never exist as a plain file, not even for a moment: a process
killed half-way through `export --encrypt` or `report --encrypt` leaves no readable copy in the
output folder, the temporary folder or /dev/shm; and the archive holds the very bytes a plain export
would have."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.encrypted_archive import read_encrypted_archive
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ARCHIVE_PASSPHRASE = "a long passphrase for the archive"
# A word found nowhere but in the data (a new one each run: another run's leftovers never count).
MARKER = f"Kwyjibo{uuid.uuid4().hex[:10]}"
RECOMMENDATIONS = 60
PROJECT = Path(__file__).resolve().parent.parent

# The child runs a real command, and kills itself at a chosen point: after `stop_after` records
# have been handed to the exporter, or when a finished file is about to be made durable (fsync).
CHILD = textwrap.dedent("""
    import os, signal, sys
    from upr_tracker.cli.main import main
    from upr_tracker.services import atomic_files, export_json, export_tables

    stop_after = int(os.environ["STOP_AFTER_RECORDS"])
    real_records = export_json.recommendation_records

    def stopping_records(*args, **kwargs):
        for index, record in enumerate(real_records(*args, **kwargs)):
            if index == stop_after:
                os.kill(os.getpid(), signal.SIGKILL)
            yield record

    def stopping_fsync(handle):
        os.kill(os.getpid(), signal.SIGKILL)

    if stop_after >= 0:
        export_json.recommendation_records = export_tables.recommendation_records = stopping_records
    else:
        atomic_files.os.fsync = stopping_fsync
    sys.exit(main(sys.argv[1:]))
""")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database whose recommendations all carry MARKER, long enough that a writer's buffers
    reach the file before the kill."""
    path = tmp_path_factory.mktemp("filled") / "filled.sqlite3"
    with Database.open(path, actor="tester") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        for number in range(1, RECOMMENDATIONS + 1):
            recommendations.add_recommendation(
                db, review, f"Abolish the death penalty ({MARKER} {number}) " + "and report on it. " * 80,
                label=f"97.{number}")
    return path


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "archive-passphrase.txt"
    path.write_text(ARCHIVE_PASSPHRASE + "\n", encoding="utf-8")
    return path


def files_under(folder: Path) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            yield Path(root) / name


def holding_marker(folders: list[Path]) -> list[Path]:
    """Every file under `folders` in which MARKER can be read as it is."""
    found = []
    for folder in folders:
        for path in files_under(folder):
            try:
                data = path.read_bytes()
            except OSError:  # another user's file, or gone meanwhile
                continue
            if MARKER.encode() in data or MARKER.encode("utf-16-le") in data:
                found.append(path)
    return found


def run_killed(args: list[str], tmp_path: Path, stop_after: int) -> tuple[Path, Path]:
    """Run `upr-tracker ARGS` in a child that kills itself; returns its output and temporary folders."""
    out_folder, temp_folder = tmp_path / "out", tmp_path / "tmp"
    out_folder.mkdir()
    temp_folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temp_folder), "STOP_AFTER_RECORDS": str(stop_after),
           "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run([sys.executable, "-c", CHILD, *args], check=False, cwd=PROJECT, env=env, capture_output=True,
                           text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr
    return out_folder, temp_folder


@pytest.mark.parametrize(("fmt", "stop_after"), [
    ("csv", RECOMMENDATIONS - 5),
    ("json", RECOMMENDATIONS - 5),
    ("xlsx", RECOMMENDATIONS - 5),
    ("csv", -1),
    ("json", -1),
])
def test_an_encrypted_export_killed_half_way_leaves_no_readable_file(filled: Path, passphrase_file: Path,
                                                                     tmp_path: Path, fmt: str,
                                                                     stop_after: int) -> None:
    out = tmp_path / "out" / f"recommendations.{fmt}"
    out_folder, temp_folder = run_killed(
        ["export", "--db", str(filled), "--format", fmt, "--out", str(out), "--encrypt",
         "--export-passphrase-file", str(passphrase_file)], tmp_path, stop_after)
    assert holding_marker([out_folder, temp_folder, *[p for p in [Path("/dev/shm")] if p.is_dir()]]) == []
    assert not out.exists() and not Path(f"{out}.zip").exists()


def test_an_encrypted_report_killed_before_it_is_complete_leaves_no_readable_file(filled: Path,
                                                                                  passphrase_file: Path,
                                                                                  tmp_path: Path) -> None:
    # HTML, because its text is readable as it is: a PDF's and a Word file's are compressed.
    out = tmp_path / "out" / "brief.html"
    out_folder, temp_folder = run_killed(
        ["report", "--db", str(filled), "--template", "country-brief", "--state", "KAZ", "--cycle", "1",
         "--format", "html", "--out", str(out), "--encrypt", "--export-passphrase-file", str(passphrase_file)],
        tmp_path, -1)
    assert holding_marker([out_folder, temp_folder, *[p for p in [Path("/dev/shm")] if p.is_dir()]]) == []
    assert not Path(f"{out}.zip").exists()


def _without_moment(data: bytes) -> dict:
    content = json.loads(data)
    content.pop("exported_at")
    return content


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_the_archive_holds_what_a_plain_export_holds(filled: Path, passphrase_file: Path, tmp_path: Path,
                                                     fmt: str) -> None:
    plain, wanted = tmp_path / f"plain.{fmt}", tmp_path / f"sealed.{fmt}"
    assert main(["export", "--db", str(filled), "--format", fmt, "--out", str(plain)]) == 0
    assert main(["export", "--db", str(filled), "--format", fmt, "--out", str(wanted), "--encrypt",
                 "--export-passphrase-file", str(passphrase_file)]) == 0
    assert not wanted.exists()
    name, data = read_encrypted_archive(Path(f"{wanted}.zip"), Passphrase(ARCHIVE_PASSPHRASE))
    assert name == wanted.name
    if fmt == "csv":
        assert data == plain.read_bytes() and MARKER.encode() in data
    elif fmt == "json":
        assert _without_moment(data) == _without_moment(plain.read_bytes())
    else:
        from io import BytesIO

        from openpyxl import load_workbook

        def cells(source: Path | BytesIO) -> list[tuple]:
            return list(load_workbook(source, read_only=True)["Recommendations"].iter_rows(values_only=True))

        assert cells(BytesIO(data)) == cells(plain) and len(cells(plain)) == RECOMMENDATIONS + 1
    assert MARKER.encode() not in Path(f"{wanted}.zip").read_bytes()


def test_an_encrypted_report_holds_the_report(filled: Path, passphrase_file: Path, tmp_path: Path) -> None:
    plain, wanted = tmp_path / "plain.html", tmp_path / "sealed.html"
    common = ["report", "--db", str(filled), "--template", "country-brief", "--state", "KAZ", "--cycle", "1"]
    assert main([*common, "--out", str(plain)]) == 0
    assert main([*common, "--out", str(wanted), "--encrypt", "--export-passphrase-file", str(passphrase_file)]) == 0
    name, data = read_encrypted_archive(Path(f"{wanted}.zip"), Passphrase(ARCHIVE_PASSPHRASE))
    assert name == wanted.name and data == plain.read_bytes() and MARKER.encode() in data


def test_an_encrypted_audit_trail_killed_before_it_is_complete_leaves_no_readable_file(
        filled: Path, passphrase_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "changes.csv"
    out_folder, temp_folder = run_killed(["audit", "--db", str(filled), "--out", str(out), "--encrypt",
                                          "--export-passphrase-file", str(passphrase_file)], tmp_path, -1)
    assert holding_marker([out_folder, temp_folder, *[p for p in [Path("/dev/shm")] if p.is_dir()]]) == []


def test_the_audit_trail_of_an_encrypted_database_is_encrypted_on_request(passphrase_file: Path, tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture) -> None:
    path, key_file = tmp_path / "secret.sqlite3", tmp_path / "database-passphrase.txt"
    key_file.write_text("the database's own passphrase\n", encoding="utf-8")
    with Database.open(path, passphrase=Passphrase("the database's own passphrase")) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, f"Abolish the death penalty ({MARKER})", label="97.1")
    key = ["--db", str(path), "--passphrase-file", str(key_file)]
    plain, wanted = tmp_path / "changes.csv", tmp_path / "sealed.csv"
    assert main(["audit", *key, "--out", str(plain)]) == 0
    assert "The database is encrypted but this export is not" in capsys.readouterr().err
    assert main(["audit", *key, "--out", str(wanted), "--encrypt", "--export-passphrase-file",
                 str(passphrase_file)]) == 0
    assert "sealed.csv.zip, encrypted" in capsys.readouterr().err
    assert not wanted.exists()
    name, data = read_encrypted_archive(Path(f"{wanted}.zip"), Passphrase(ARCHIVE_PASSPHRASE))
    assert name == wanted.name and data == plain.read_bytes() and MARKER.encode() in data


@given(st.lists(st.binary(max_size=70_000), max_size=8))
@settings(max_examples=40, deadline=None)
def test_a_sheet_kept_in_memory_gives_back_what_was_written(pieces: list[bytes]) -> None:
    from upr_tracker.services.xlsx_memory_sheet import CompressedBuffer

    buffer = CompressedBuffer()
    for piece in pieces:
        assert buffer.write(piece) == len(piece)
    assert b"".join(buffer.chunks()) == b"".join(pieces)
    assert b"".join(buffer.chunks()) == b"".join(pieces)  # read again when saved twice
