"""The layers import one way: domain and parsing know neither Qt nor the database; storage knows
the domain but not the services, the GUI or the command line; services know no Qt; the GUI and
the command line reach storage only through its Database handle, never its models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "upr_tracker"

# package -> prefixes of modules it must not import
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "upr_tracker.storage", "upr_tracker.services",
               "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.parsing", "upr_tracker.reports"),
    "parsing": ("PySide6", "sqlalchemy", "alembic", "upr_tracker.storage", "upr_tracker.services",
                "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports"),
    "storage": ("PySide6", "upr_tracker.services", "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports"),
    "services": ("PySide6", "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports"),
    # Sync works over storage (and the services' progress reporting); the window and the command line call it.
    "sync": ("PySide6", "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports"),
    # Reports lay out and paint text with Qt's GUI classes, but know no window and no table.
    "reports": ("PySide6.QtWidgets", "sqlalchemy", "alembic", "upr_tracker.storage.models", "upr_tracker.gui",
                "upr_tracker.cli"),
    # The languages: Qt's core classes (translators, locales), never a widget or the database.
    "i18n": ("PySide6.QtWidgets", "PySide6.QtGui", "sqlalchemy", "alembic", "upr_tracker.storage",
             "upr_tracker.services", "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports", "upr_tracker.sync"),
    # The suggestion model: text and numbers only (numpy, scikit-learn, rapidfuzz), below the services.
    "suggestions": ("PySide6", "sqlalchemy", "alembic", "upr_tracker.storage", "upr_tracker.services",
                    "upr_tracker.gui", "upr_tracker.cli", "upr_tracker.reports", "upr_tracker.sync",
                    "upr_tracker.parsing", "upr_tracker.i18n"),
    # Logs and debug information: the standard library and the app's folders (and SQLCipher, asked its
    # version), for every layer to use.
    "diagnostics": ("PySide6", "sqlalchemy", "alembic", "upr_tracker.domain", "upr_tracker.parsing",
                    "upr_tracker.storage", "upr_tracker.services", "upr_tracker.sync", "upr_tracker.reports",
                    "upr_tracker.suggestions", "upr_tracker.i18n", "upr_tracker.gui", "upr_tracker.cli"),
    "cli": ("PySide6", "sqlalchemy", "upr_tracker.storage.models"),
    "gui": ("sqlalchemy", "upr_tracker.storage.models", "upr_tracker.cli"),
}
# The command line starts the window and writes reports: it may import the GUI and the reports
# (both load Qt), but only inside the function that does.


def imported_modules(path: Path) -> list[tuple[str, int, bool]]:
    """(module, line, at top level) for every import in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno, id(node) in top_level) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.module, node.lineno, id(node) in top_level))
    return found


def modules_of(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(layer: str) -> None:
    files = modules_of(layer)
    assert files, f"the {layer} package has no modules"
    violations = []
    for path in files:
        for module, line, _top in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                violations.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert violations == []


def test_cli_loads_qt_only_when_the_window_opens_or_a_report_is_written() -> None:
    for path in modules_of("cli"):
        for module, line, top in imported_modules(path):
            if module.startswith(("upr_tracker.gui", "upr_tracker.reports")):
                assert not top, f"{path.name}:{line} imports {module} at module level"


def test_the_guard_sees_a_violation(tmp_path: Path) -> None:
    """The checker itself finds an upward import (so the tests above can fail)."""
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom PySide6.QtWidgets import QWidget\n\ndef f():\n    import sqlalchemy\n")
    assert imported_modules(bad) == [("os", 1, True), ("PySide6.QtWidgets", 2, True), ("sqlalchemy", 5, False)]


# What differs between SQLite and PostgreSQL lives behind storage.backends: the layers above ask the
# backend interface and never look at the engine themselves.
ENGINE_BRANCHES = ("dialect", "import psycopg", "import sqlite3", "storage.backends.sqlite",
                   "storage.backends.postgresql", "== \"sqlite\"", "== \"postgresql\"")


@pytest.mark.parametrize("layer", ["services", "sync", "reports", "gui", "cli"])
def test_the_layers_above_storage_do_not_branch_on_the_engine(layer: str) -> None:
    found = [f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
             for path in modules_of(layer)
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if any(branch in line for branch in ENGINE_BRANCHES)]
    assert found == []
