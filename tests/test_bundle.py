"""The self-contained folder bundle (tools/build_bundle.py), built once and run as a user would:
from a folder outside the source tree, with no Python environment variables, offscreen."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ALARMING = ("Traceback", "Error", "ERROR", "CRITICAL", "Could not load", "Cannot load", "not found")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (pip install -e '.[test]')"),
]


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    built = subprocess.run([sys.executable, str(REPO / "tools" / "build_bundle.py"), "--out", str(out),
                            "--work", str(tmp_path_factory.mktemp("bundle-work"))],
                           capture_output=True, text=True, cwd=tmp_path_factory.mktemp("elsewhere"))
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-6000:]
    program = Path(built.stdout.strip().splitlines()[-1])
    print(f"bundle built in {time.monotonic() - started:.0f} s: {program}")
    assert program.is_absolute() and program.is_file() and os.access(program, os.X_OK)
    assert not program.resolve().is_relative_to(REPO)
    return program


@pytest.fixture
def user(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder outside the source tree and the environment of a user who never installed Python."""
    home = tmp_path / "home"
    home.mkdir()
    environment = {k: v for k, v in os.environ.items()
                   if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSTARTUP"}
                   and not k.startswith("UPR_TRACKER_")}
    environment.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / ".config"),
                       UPR_TRACKER_LOG_DIR=str(tmp_path / "log"), UPR_TRACKER_DATA_DIR=str(tmp_path / "data"),
                       UPR_TRACKER_CONFIG_DIR=str(tmp_path / "config"))
    return home, environment


def run(program: Path, user: tuple[Path, dict[str, str]], *args: str,
        extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    home, environment = user
    return subprocess.run([str(program), *args], capture_output=True, text=True, cwd=home,
                          env={**environment, **(extra or {})}, timeout=180)


def test_the_bundle_prints_its_version(bundle: Path, user: tuple[Path, dict[str, str]]) -> None:
    from upr_tracker import __version__

    done = run(bundle, user, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"upr-tracker {__version__}", done.stderr


def test_the_bundle_builds_the_demo_reports_and_exports(bundle: Path, user: tuple[Path, dict[str, str]]) -> None:
    home, _ = user
    database = home / "demo.sqlite3"
    done = run(bundle, user, "demo", "--db", str(database))
    assert done.returncode == 0 and database.is_file(), done.stderr
    assert "322 recommendations" in done.stdout  # the documents were read, the suggestion model ran

    pdf = home / "brief.pdf"
    done = run(bundle, user, "report", "--db", str(database), "--template", "country-brief", "--state", "KAZ",
               "--cycle", "2", "--out", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 20_000  # fonts embedded, pages drawn

    # Another script and language: the bundled Arabic font and Babel's Arabic names of States.
    arabic = home / "brief-ar.pdf"
    done = run(bundle, user, "report", "--db", str(database), "--template", "country-brief", "--state", "KAZ",
               "--cycle", "2", "--language", "ar", "--out", str(arabic))
    assert done.returncode == 0, done.stderr
    assert arabic.read_bytes()[:5] == b"%PDF-" and b"NotoNaskhArabic" in arabic.read_bytes()

    exported = home / "all.json"
    done = run(bundle, user, "export", "--db", str(database), "--out", str(exported))
    assert done.returncode == 0, done.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] and len(data["recommendations"]) == 322

    # SQLCipher inside the bundle: encrypt, then read back with the passphrase.
    passphrase = home / "passphrase.txt"
    passphrase.write_text("a long passphrase for the bundle test\n", encoding="utf-8")
    done = run(bundle, user, "encrypt", "--db", str(database), "--passphrase-file", str(passphrase))
    assert done.returncode == 0, done.stderr
    done = run(bundle, user, "check", "--db", str(database), "--passphrase-file", str(passphrase))
    assert done.returncode == 0 and "recommendation 322" in done.stdout, done.stderr


def test_the_bundle_opens_the_window_and_quits(bundle: Path, user: tuple[Path, dict[str, str]],
                                               tmp_path: Path) -> None:
    home, environment = user
    database = home / "window.sqlite3"
    assert run(bundle, user, "demo", "--db", str(database)).returncode == 0
    # A saved name: the first start would otherwise ask for it before the window shows.
    config = Path(environment["UPR_TRACKER_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"author_name": "Smoke test"}), encoding="utf-8")
    done = run(bundle, user, "--db", str(database), extra={"UPR_TRACKER_QUIT_AFTER_MS": "1500"})
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    logs = Path(environment["UPR_TRACKER_LOG_DIR"])
    if logs.is_dir():
        said += "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs.rglob("*") if p.is_file())
    assert not [word for word in ALARMING if word in said], said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader's trace is Linux's")
def test_the_bundle_runs_its_own_python(bundle: Path, user: tuple[Path, dict[str, str]]) -> None:
    done = run(bundle, user, "--version", extra={"LD_DEBUG": "libs"})
    loaded = [line.split("calling init:")[1].strip() for line in done.stderr.splitlines() if "calling init:" in line]
    pythons = [path for path in loaded if Path(path).name.startswith("libpython")]
    assert pythons, "no libpython loaded"
    assert all(Path(path).is_relative_to(bundle.parent) for path in pythons), pythons
    # Nothing Python's own comes from outside the bundle.
    assert not [path for path in loaded if "python3" in path and not Path(path).is_relative_to(bundle.parent)]


def test_the_bundle_holds_the_licences(bundle: Path) -> None:
    inside = bundle.parent / "_internal"
    assert "GNU GENERAL PUBLIC LICENSE" in (inside / "LICENSE").read_text(encoding="utf-8")
    notices = inside / "upr_tracker" / "resources" / "notices"
    assert "PySide6" in (notices / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert (notices / "LGPL-3.0.txt").is_file() and (notices / "SQLCipher-LICENSE.txt").is_file()
    assert not list(inside.glob("**/tkinter")) and not list(inside.glob("**/_pytest"))


def test_the_bundle_reads_a_team_database(bundle: Path, user: tuple[Path, dict[str, str]],
                                          postgresql_server) -> None:  # noqa: ANN001
    """psycopg and its libpq inside the bundle, on the test server."""
    if postgresql_server is None:
        pytest.skip("no PostgreSQL server to test with")
    with postgresql_server.fresh_database(demo=True) as address:
        done = run(bundle, user, "review", "list", "--db", str(address), "--json")
    assert done.returncode == 0, done.stderr
    reviews = json.loads(done.stdout)["reviews"]
    assert {(r["state"], r["cycle"]) for r in reviews} >= {("KAZ", 1), ("KAZ", 2)}, reviews
