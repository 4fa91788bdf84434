"""The progress bar of long commands: drawn on a terminal, never on a pipe or with --quiet."""

from __future__ import annotations

import fcntl
import io
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sample_paths import DEMO, REPO
from upr_tracker.cli import terminal_progress
from upr_tracker.cli.terminal_progress import TerminalProgress

BAR_CHARACTERS = ("█", "░")
WG_REPORT_2014 = DEMO / "A_HRC_28_10_Kazakhstan_WG_report_2014.txt"


class FakeTerminal(io.StringIO):
    def __init__(self, encoding: str = "utf-8") -> None:
        super().__init__()
        self._encoding = encoding

    @property
    def encoding(self) -> str:
        return self._encoding

    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch):
    fake = Clock()
    monkeypatch.setattr(terminal_progress.time, "monotonic", fake)
    return fake


def drawn_lines(written: str) -> list[str]:
    return [part.rstrip() for part in written.split("\r") if part.strip()]


def test_the_bar_shows_the_words_the_share_and_the_counts(clock):
    terminal = FakeTerminal()
    progress = TerminalProgress(stream=terminal)
    progress.report(1234, 2371, "Importing")
    line = drawn_lines(terminal.getvalue())[-1]
    assert line.startswith("Importing  [")
    assert "52%" in line and "1,234 of 2,371" in line
    bar = line[line.index("[") + 1:line.index("]")]
    assert set(bar) == set(BAR_CHARACTERS)
    assert bar.count("█") == len(bar) * 1234 // 2371


def test_redrawn_at_most_every_interval_but_the_last_step_always(clock):
    terminal = FakeTerminal()
    progress = TerminalProgress(stream=terminal)
    progress.report(1, 100, "Copying")
    clock.now += TerminalProgress.INTERVAL_S / 3
    progress.report(2, 100, "Copying")    # too soon: not drawn
    assert len(drawn_lines(terminal.getvalue())) == 1
    clock.now += TerminalProgress.INTERVAL_S
    progress.report(3, 100, "Copying")
    progress.report(100, 100, "Copying")  # at once: the end
    lines = drawn_lines(terminal.getvalue())
    assert len(lines) == 3 and "3 of 100" in lines[1] and "100%" in lines[2]


def test_done_clears_the_line_and_a_shorter_line_covers_a_longer_one(clock):
    terminal = FakeTerminal()
    progress = TerminalProgress(stream=terminal)
    progress.report(1, 4, "Reading a file with a long name.txt")
    clock.now += 1
    progress.report(2, 4, "Done")
    first, second = terminal.getvalue().split("\r")[1:3]
    assert len(second) >= len(first)   # spaces over the rest of the longer line before
    progress.done()
    assert terminal.getvalue().endswith(" " * len(second.rstrip()) + "\r")
    written = terminal.getvalue()
    progress.done()   # twice: nothing more
    assert terminal.getvalue() == written


def test_work_without_a_total_shows_its_words(clock):
    terminal = FakeTerminal()
    TerminalProgress(stream=terminal, label="Syncing").report(0, 0)
    assert drawn_lines(terminal.getvalue()) == ["Syncing"]


@settings(max_examples=200, deadline=None)
@given(done=st.integers(-5, 3000), total=st.integers(1, 3000), columns=st.integers(1, 300),
       text=st.text(st.characters(min_codepoint=32, max_codepoint=0x2fff), max_size=120))
def test_a_line_fits_the_terminal_and_keeps_its_figures(done, total, columns, text):
    line = TerminalProgress(stream=FakeTerminal()).line(done, total, text, columns)
    assert len(line) <= max(columns - 1, 20)
    assert "\r" not in line and "\n" not in line
    shown = max(0, min(done, total))
    if columns > 60:
        assert f"{100 * shown // total}%" in line and f"{shown:,} of {total:,}" in line


def test_nothing_on_a_pipe_a_file_or_with_quiet(clock):
    for stream, quiet in ((io.StringIO(), False), (FakeTerminal(), True)):
        progress = TerminalProgress(quiet=quiet, stream=stream)
        progress.report(5, 10, "Exporting")
        progress.done()
        assert stream.getvalue() == ""

    class Closed(io.StringIO):
        def isatty(self) -> bool:
            raise ValueError("I/O operation on closed file")

    assert not TerminalProgress(stream=Closed()).shown


def test_a_terminal_without_block_characters_gets_ascii(clock):
    terminal = FakeTerminal(encoding="ascii")
    TerminalProgress(stream=terminal).report(1, 2, "Exporting")
    line = drawn_lines(terminal.getvalue())[-1]
    line.encode("ascii")
    bar = line[line.index("[") + 1:line.index("]")]
    assert set(bar) == {"#", "-"} and bar.count("#") == len(bar) // 2


def test_the_progress_reporter_methods_are_kept():
    progress = TerminalProgress(stream=io.StringIO())
    progress.check_cancelled()
    with progress as same:
        assert same is progress


# The commands, run in a child process with standard error on a terminal (a pseudo-terminal) or a pipe.

def _environment(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, UPR_TRACKER_LOG_DIR=str(tmp_path / "log"), QT_QPA_PLATFORM="offscreen",
                PYTHONPATH=str(REPO))


def on_a_terminal(args: list[str], tmp_path: Path) -> tuple[int, str]:
    """Run upr-tracker with its standard error on a pseudo-terminal 100 columns wide; what it drew there."""
    main, child = os.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    with open(tmp_path / "stdout.txt", "wb") as stdout:
        process = subprocess.Popen([sys.executable, "-m", "upr_tracker", *args], stdin=subprocess.DEVNULL,
                                   stdout=stdout, stderr=child, cwd=tmp_path, env=_environment(tmp_path))
    os.close(child)
    drawn = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:   # the child closed its end (EIO on Linux)
            break
        if not chunk:
            break
        drawn += chunk
    os.close(main)
    return process.wait(timeout=120), drawn.decode("utf-8")


def import_args(db: Path, *more: str) -> list[str]:
    return ["import", "--db", str(db), "--author", "Tester", str(WG_REPORT_2014), *more]


def test_import_and_export_draw_a_bar_on_a_terminal(tmp_path):
    db = tmp_path / "upr.sqlite3"
    code, drawn = on_a_terminal(import_args(db), tmp_path)
    assert code == 0, drawn
    assert "█" in drawn and "░" in drawn and "\r" in drawn
    assert "100%" in drawn and "3 of 3" in drawn
    assert drawn.endswith("\r")   # cleared at the end: the summary starts on a clean line
    assert "Imported" in (tmp_path / "stdout.txt").read_text(encoding="utf-8")
    code, drawn = on_a_terminal(["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "out.csv")],
                                tmp_path)
    assert code == 0, drawn
    assert "░" in drawn and "of 194" in drawn and "%" in drawn
    assert "Exported 194 recommendations" in drawn


def test_no_bar_on_a_pipe(tmp_path):
    result = subprocess.run([sys.executable, "-m", "upr_tracker", *import_args(tmp_path / "upr.sqlite3")],
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=tmp_path,
                            env=_environment(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr and not set(BAR_CHARACTERS) & set(result.stderr)
    assert "%" not in result.stderr
    assert "Imported" in result.stdout


def test_quiet_draws_nothing_on_a_terminal(tmp_path):
    code, drawn = on_a_terminal(import_args(tmp_path / "upr.sqlite3", "--quiet"), tmp_path)
    assert code == 0, drawn
    assert drawn == ""
    assert "Imported" in (tmp_path / "stdout.txt").read_text(encoding="utf-8")
