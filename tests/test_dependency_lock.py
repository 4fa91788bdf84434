"""requirements/lock.txt pins every dependency with its hashes, at versions pyproject.toml allows, and
CI installs from it with the README's test command."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements" / "lock.txt"


def locked() -> dict[str, tuple[str, list[str]]]:
    """Name -> (version, hashes) of each package in the lock."""
    entries: dict[str, tuple[str, list[str]]] = {}
    # An entry is a pin and its continuation lines (hashes), up to the next pin or comment.
    for block in re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text(encoding="utf-8")):
        match = re.match(r"([A-Za-z0-9._-]+)==(\S+)", block)
        if match:
            entries[canonicalize_name(match[1])] = (match[2], re.findall(r"--hash=sha256:([0-9a-f]{64})", block))
    return entries


def declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"] + project["optional-dependencies"]["test"]]


def test_every_dependency_is_pinned_with_hashes_at_an_allowed_version():
    entries = locked()
    for requirement in declared():
        if requirement.marker and not requirement.marker.evaluate({"sys_platform": "linux", "python_version": "3.11"}):
            continue
        name = canonicalize_name(requirement.name)
        assert name in entries, f"{requirement.name} is not in {LOCK.name}: run python3 tools/lock_dependencies.py"
        version, hashes = entries[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{LOCK.name} pins {name}=={version}, which pyproject.toml's {requirement} refuses")
        assert hashes, f"{name} has no hash in {LOCK.name}"
    for _version, hashes in entries.values():
        assert hashes, "every pinned package has its hashes (pip --require-hashes refuses the file otherwise)"


def test_the_build_tools_are_locked_and_no_refused_qt():
    entries = locked()
    # The project installs without build isolation, and the packaging test builds a wheel offline.
    assert {"setuptools", "wheel"} <= set(entries)
    # pip itself is left to the environment: an old pip upgrading itself mid-install breaks.
    assert "pip" not in entries
    assert entries["pyside6-essentials"][0] != "6.12.0"


def test_ci_runs_the_readme_test_command_from_the_lock():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith("| run the tests |"))
    command = re.search(r"`([^`]+)`", row)[1]
    assert "--require-hashes -r requirements/lock.txt" in command
    assert "--no-deps" in command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci, ".ci/run runs the README's test command word for word"
