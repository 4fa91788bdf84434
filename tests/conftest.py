"""Shared fixtures: a fresh database per test, the GUI offscreen, settings and data in temp folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before Qt is imported anywhere: no screen is needed, and nothing touches the user's real
# data folder or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window speaks English in the tests whatever the machine's language (tests find widgets by
# their English text); the tests of languages choose theirs.
os.environ["UPR_TRACKER_LANGUAGE"] = "en"


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp):  # noqa: ANN001, ANN201
    """The widgets' QApplication, made first: a report written by an in-process command would
    otherwise make a bare QGuiApplication, on which a later test could not open a window. It speaks
    English as the app does, through the English catalogue (its plural forms: "1 note", "2 notes")."""
    from upr_tracker.gui.language import install_language
    from upr_tracker.i18n.languages import language

    install_language(qapp, language("en"))
    return qapp


@pytest.fixture(scope="session", autouse=True)
def garbage_collected_on_the_gui_thread(one_qt_application):  # noqa: ANN001, ANN201
    """As in the app: Python's cycle collector runs on the GUI thread only, never in a background
    task's thread, where it would destroy the closed widgets of earlier tests."""
    from upr_tracker.gui.garbage_collection import collect_on_gui_thread, stop_collecting_on_gui_thread

    collector = collect_on_gui_thread()
    yield collector
    stop_collecting_on_gui_thread()


@pytest.fixture(autouse=True)
def garbage_collected_after_each_test(garbage_collected_on_the_gui_thread):  # noqa: ANN001, ANN201
    """The collector's timer runs only while a test waits on Qt's event loop: after each test the
    generations that are due are collected (on the GUI thread, which runs the tests)."""
    yield
    garbage_collected_on_the_gui_thread.collect_due()


@pytest.fixture(scope="session", autouse=True)
def isolated_log_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app's log (commands run in-process and the window start it) in a temp folder, never
    the user's real log folder; subprocesses the tests start inherit it."""
    folder = tmp_path_factory.mktemp("logs")
    previous = os.environ.get("UPR_TRACKER_LOG_DIR")
    os.environ["UPR_TRACKER_LOG_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("UPR_TRACKER_LOG_DIR", None)
    else:
        os.environ["UPR_TRACKER_LOG_DIR"] = previous


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
def quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundles sealed with a cheaper work factor keep the tests quick; the format stores it, so
    reading follows it."""
    from upr_tracker.sync import bundle_file

    monkeypatch.setattr(bundle_file, "SCRYPT_N", 2**10)


@pytest.fixture
def recording_exchange(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """The sync engine's collect and apply stood in for (tests/recording_exchange.py)."""
    from tests.recording_exchange import stand_in_exchange

    return stand_in_exchange(monkeypatch)


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
def demo_laptops(demo_file: Path, tmp_path: Path) -> Iterator:
    """Two SQLite laptops that synced: Alice's with the demo, Bob's a full copy of it."""
    from tests.sync_helpers import open_two_laptops

    with open_two_laptops(demo_file, tmp_path) as laptops:
        yield laptops


# -- the PostgreSQL backend ----------------------------------------------------------------------
# Tests that take `db`, `demo` or `db_target` run on both backends: an SQLite file and a database of
# its own on a PostgreSQL server (tests/postgresql_databases.py). A test about SQLite files says so
# with @pytest.mark.sqlite_only("why") and is skipped on PostgreSQL with that reason.

NO_SERVER = "no PostgreSQL server: install postgresql or set UPR_TRACKER_TEST_POSTGRESQL_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(scope="session")
def postgresql_server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The test server (None: no PostgreSQL here; the tests on it are skipped, saying so)."""
    from tests.postgresql_databases import test_server

    with test_server() as server:
        yield server


@pytest.fixture(params=BACKENDS)
def backend_name(request: pytest.FixtureRequest, postgresql_server) -> str:  # noqa: ANN001
    if request.param == "postgresql":
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(f"SQLite only: {marker.args[0] if marker.args else 'about database files'}")
        if postgresql_server is None:
            pytest.skip(NO_SERVER)
    return request.param


@pytest.fixture
def db_target(backend_name: str, db_path: Path, postgresql_server):  # noqa: ANN001, ANN201
    """Where a test's database is: a file path (SQLite), or the address of an empty database of its
    own on the test server, with the schema and the reference data (PostgreSQL)."""
    if backend_name == "sqlite":
        yield db_path
        return
    with postgresql_server.fresh_database() as address:
        yield address


@pytest.fixture
def db(db_target) -> Iterator:  # noqa: ANN001
    from upr_tracker.storage.database import Database

    database = Database.open(db_target, actor="tester")
    yield database
    database.close()


@pytest.fixture
def demo(backend_name: str, request: pytest.FixtureRequest, tmp_path: Path, postgresql_server) -> Iterator:  # noqa: ANN001
    """A copy of the demo database of its own for each test, open (on either backend)."""
    import shutil

    from upr_tracker.storage.database import Database

    if backend_name == "postgresql":
        with postgresql_server.fresh_database(demo=True) as address:
            database = Database.open(address, actor="tester")
            yield database
            database.close()
        return
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(request.getfixturevalue("demo_file"), copy)
    database = Database.open(copy, actor="tester")
    yield database
    database.close()



@pytest.fixture
def server(postgresql_server):  # noqa: ANN001, ANN201
    """The test PostgreSQL server, for tests about team databases alone (skipped, saying why, without one)."""
    if postgresql_server is None:
        pytest.skip(NO_SERVER)
    return postgresql_server


@pytest.fixture
def team_db(server) -> Iterator:  # noqa: ANN001
    """A team database of its own on the test server, with the schema and the reference data."""
    with server.fresh_database() as address:
        yield address


@pytest.fixture(scope="module")
def role(postgresql_server) -> Iterator:  # noqa: ANN001
    """A login that must give its password (the test server trusts every other)."""
    from tests.team_server_roles import password_role

    if postgresql_server is None:
        pytest.skip(NO_SERVER)
    with password_role(postgresql_server) as made:
        if made is None:
            pytest.skip("the test server's pg_hba.conf cannot be changed from here")
        yield made


@pytest.fixture
def no_password_around(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither PGPASSWORD nor the person's own ~/.pgpass gives one."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
