"""The linter (ruff) and the type checker (mypy), as configured in pyproject.toml, pass on the
source tree: a name used before it exists, a None passed where a value is needed or a loop
variable caught in a closure fails the suite, not a user's import."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
LINTED = ["upr_tracker", "tests", "tools", "benchmarks"]
# The layers under the window and the command line, checked with the settings of mypy --strict.
STRICT_PACKAGES = ["domain", "parsing", "storage", "services"]
# What --strict turns on that a per-module section can say (the rest are global settings).
STRICT_SETTINGS = {
    "disallow_any_generics", "disallow_subclassing_any", "disallow_untyped_calls", "disallow_untyped_defs",
    "disallow_incomplete_defs", "disallow_untyped_decorators", "warn_return_any", "no_implicit_reexport",
}


def _run(*command: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _config() -> dict:
    with PYPROJECT.open("rb") as file:
        return tomllib.load(file)


def test_ruff_finds_nothing() -> None:
    # --no-cache: parallel runs and a read-only checkout write nothing into the tree.
    result = _run("ruff", "check", "--no-cache", "--config", str(PYPROJECT), *LINTED, timeout=120)
    assert result.returncode == 0, f"ruff check found problems:\n{result.stdout}{result.stderr}"


@pytest.mark.slow
def test_mypy_finds_nothing(tmp_path: Path) -> None:
    # A cache of its own: a clean checkout and parallel runs give the same answer.
    result = _run("mypy", "--config-file", str(PYPROJECT), "--cache-dir", str(tmp_path / "mypy-cache"),
                  timeout=600)
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}{result.stderr}"


def test_the_configuration_is_explicit() -> None:
    """The checks do not depend on a configuration elsewhere on the machine."""
    config = _config()["tool"]
    assert config["ruff"]["target-version"] == "py311"
    assert config["ruff"]["line-length"] == 120
    selected = set(config["ruff"]["lint"]["select"])
    assert {"F", "E4", "E7", "E9", "W6", "B", "PLE", "RUF006"} <= selected
    assert "I" not in selected   # the order of imports is left as written
    assert config["mypy"]["python_version"] == "3.11"
    assert config["mypy"]["packages"] == ["upr_tracker"]


def test_the_lower_layers_are_checked_strictly() -> None:
    overrides = _config()["tool"]["mypy"]["overrides"]
    strict = [o for o in overrides if STRICT_SETTINGS <= {k for k, v in o.items() if v is True}]
    covered = {module for o in strict for module in o["module"]}
    for package in STRICT_PACKAGES:
        assert f"upr_tracker.{package}.*" in covered, f"upr_tracker.{package} is not checked strictly"
        assert (ROOT / "upr_tracker" / package).is_dir()
    # No section turns the checks off for code of the project.
    for override in overrides:
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        if any(m.startswith("upr_tracker") for m in modules):
            assert not override.get("ignore_errors"), modules
            assert not override.get("ignore_missing_imports"), modules
