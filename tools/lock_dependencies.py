"""Write requirements/lock.txt: every package the app and its tests install, pinned, with hashes.

    python tools/lock_dependencies.py               # add what pyproject.toml added, drop what it dropped
    python tools/lock_dependencies.py --upgrade     # move every pin to the newest version allowed
    python tools/lock_dependencies.py --try-newest [PYTEST ARGS]   # the newest versions, tested

The lock is read by `python3 -m pip install --require-hashes -r requirements/lock.txt` (the
README's test command and CI). It is resolved by pip-compile (pip-tools) from pyproject.toml's
dependencies and its `test` extra, for the interpreter that runs this script: run it with CPython
3.11 on Linux x86_64, the machine CI runs on, since a package's dependencies may differ by Python
version and platform (a lock made elsewhere could miss or add one). A pin already in the lock is
kept unless pyproject.toml no longer allows it, so regenerating after a merge changes only what the
merge changed. setuptools and wheel are locked too: the packaging test builds a wheel without
network access, and the project installs without build isolation.

--try-newest ignores the lock: it makes a throwaway virtual environment, installs the project with
the newest versions of everything (`pip install -U -e '.[test]'`), lists what differs from the lock
and runs pytest there (pass the tests to run, else the whole suite).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = Path("requirements") / "lock.txt"
REGENERATE = "python tools/lock_dependencies.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upgrade", action="store_true", help="move every pin to the newest version allowed")
    parser.add_argument("--try-newest", action="store_true",
                        help="install the newest versions in a throwaway environment and run the tests there")
    parser.add_argument("pytest_args", nargs="*", help="with --try-newest: the tests to run (default: all)")
    # pytest's own options (-q, -k …) pass through to it.
    args, pytest_options = parser.parse_known_args()
    if args.try_newest:
        return try_newest([*pytest_options, *args.pytest_args])
    if args.pytest_args or pytest_options:
        parser.error("test arguments go with --try-newest")
    refusal = wrong_interpreter()
    if refusal:
        print(refusal, file=sys.stderr)
        return 2
    return write_lock(upgrade=args.upgrade)


def wrong_interpreter() -> str | None:
    """Why this interpreter cannot make CI's lock, or None."""
    here = (platform.python_implementation(), sys.version_info[:2], sys.platform, platform.machine())
    if here == ("CPython", (3, 11), "linux", "x86_64"):
        return None
    return (f"The lock is for CPython 3.11 on Linux x86_64 (the CI machine); this is {here[0]} "
            f"{here[1][0]}.{here[1][1]} on {here[2]} {here[3]}, whose dependencies may differ. "
            "Run this script with that interpreter.")


def write_lock(*, upgrade: bool) -> int:
    try:
        import piptools  # noqa: F401
    except ImportError:
        print("pip-tools is needed: python3 -m pip install 'upr-tracker[lock]' (or pip-tools)", file=sys.stderr)
        return 2
    (ROOT / LOCK).parent.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "piptools", "compile", "--quiet", "--extra", "test",
               "--generate-hashes",
               # setuptools and wheel are needed (the wheel test, the install without build isolation)
               "--allow-unsafe",
               # the lock names packages, not where this machine happens to find them
               "--no-emit-index-url", "--no-emit-find-links", "--no-emit-trusted-host",
               "--strip-extras", "--output-file", str(LOCK), "pyproject.toml"]
    if upgrade:
        command.append("--upgrade")
    environment = dict(os.environ, CUSTOM_COMPILE_COMMAND=REGENERATE + (" --upgrade" if upgrade else ""))
    result = subprocess.run(command, cwd=ROOT, env=environment)
    if result.returncode == 0:
        print(f"{LOCK}: {len(pins(ROOT / LOCK))} packages pinned with their hashes")
    return result.returncode


def pins(lock: Path) -> dict[str, str]:
    """Name (normalised) -> version of each package pinned in a lock or a `pip freeze`."""
    found: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = re.match(r"([A-Za-z0-9._-]+)==([^\s;\\]+)", line)
        if match:
            found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def try_newest(pytest_args: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="upr-tracker-newest-") as scratch:
        venv = Path(scratch) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = str(venv / "bin" / "python")
        subprocess.run([python, "-m", "pip", "install", "-q", "-U", "pip"], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "-U", "-e", ".[test]"], cwd=ROOT, check=True)
        frozen = Path(scratch) / "freeze.txt"
        frozen.write_text(subprocess.run([python, "-m", "pip", "freeze", "--all"], capture_output=True,
                                         text=True, check=True).stdout, encoding="utf-8")
        locked, newest = pins(ROOT / LOCK), pins(frozen)
        changed = sorted(name for name in locked if name in newest and newest[name] != locked[name])
        print(f"Newer than {LOCK}:" if changed else f"Every package is at its version in {LOCK}.")
        for name in changed:
            print(f"  {name} {locked[name]} -> {newest[name]}")
        environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        # Run from the checkout so that the project's tests and conftest are found.
        return subprocess.run([python, "-m", "pytest", *pytest_args], cwd=ROOT, env=environment).returncode


if __name__ == "__main__":
    sys.exit(main())
