"""Shared fixtures: a fresh database per test, the GUI offscreen, settings and data in temp folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from upr_tracker.storage.database import Database

# Before Qt is imported anywhere: no screen is needed, and nothing touches the user's real
# data folder or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp):  # noqa: ANN001, ANN201
    """The widgets' QApplication, made first: a report written by an in-process command would
    otherwise make a bare QGuiApplication, on which a later test could not open a window."""
    return qapp


@pytest.fixture(autouse=True)
def isolated_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("UPR_TRACKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def isolated_config_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's settings (their name) in a temp folder of each test's own."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("UPR_TRACKER_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator:
    from upr_tracker.storage.database import Database

    database = Database.open(db_path, actor="tester")
    yield database
    database.close()


@pytest.fixture
def gui_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:
    """QSettings in a temp folder, and the application's names set as the app sets them."""
    from PySide6.QtCore import QSettings

    from upr_tracker.gui.app import make_application

    make_application()
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture
def tasks(qapp) -> Iterator:  # noqa: ANN001
    """The task runner of a GUI test. At the end every task is waited for, and the results they
    sent by queued signal are delivered while the test's widgets still exist (torn down after
    this fixture), not in a later test, to objects that are gone."""
    from upr_tracker.gui.tasks import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait_for_all()
    qapp.processEvents()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once for a test module (GUI tests that need real documents' data)."""
    from upr_tracker.services.demo import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path, actor="tester")
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database of its own for each test, open."""
    import shutil

    from upr_tracker.storage.database import Database

    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    database = Database.open(copy, actor="tester")
    yield database
    database.close()
