"""The window on a database on read-only media: opened read-only, and it says so."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.read_only_media import run_python_where_folder_is_read_only, shared_folder, writable_by_anyone
from upr_tracker.services import recommendations, reviews
from upr_tracker.storage.database import Database

OPEN_THE_WINDOW = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from upr_tracker.gui.app import make_application
    from upr_tracker.gui import database_opening
    from upr_tracker.gui.main_window import MainWindow

    app = make_application()
    told = []
    database_opening.tell_opened_read_only = lambda _parent, db: told.append(db.read_only_reason)
    db = database_opening.open_database_asking(None, Path(sys.argv[1]), actor="tester")
    window = MainWindow(db)
    database_opening.show_read_only(window, db)
    try:
        from upr_tracker.services.reviews import create_review
        create_review(db, "France", 1, 4)
        refused = None
    except Exception as exc:
        refused = str(exc)
    for _ in range(20):  # the table is filled by a task in the background
        window.tasks.wait_for_all()
        app.processEvents()
    print(json.dumps({"title": window.windowTitle(), "status": database_opening.read_only_label(window),
                      "told": told, "backup_started": window.backups.tick() is not None, "refused": refused, "rows": window.recommendations.rowCount()}))
    db.close()
""")


@pytest.fixture
def media() -> Iterator[Path]:
    with shared_folder() as root:
        folder = root / "card"
        folder.mkdir()
        folder.chmod(0o755)
        with Database.open(folder / "upr.sqlite3", actor="tester") as db:
            review = reviews.create_review(db, "Kazakhstan", 1, 7)
            recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
        writable_by_anyone(root / "data")
        yield folder


def test_the_window_opens_a_database_on_read_only_media_read_only_and_says_so(media: Path) -> None:
    result = run_python_where_folder_is_read_only(media, ["-c", OPEN_THE_WINDOW, str(media / "upr.sqlite3")],
                                                  data_folder=media.parent / "data")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert "read-only" in shown["title"]
    assert "cannot be written" in shown["status"] and "nothing can be changed" in shown["status"]
    assert shown["told"] == ["the folder cannot be written"]
    assert shown["refused"] is not None and "opened read-only" in shown["refused"]
    assert shown["rows"] == 1
    assert shown["backup_started"] is False  # nothing changes in it: no scheduled backup to fail on the media


CREATE_THERE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from upr_tracker.errors import DatabaseOpenError
    from upr_tracker.gui.app import make_application
    from upr_tracker.gui.database_opening import open_database_asking

    app = make_application()
    try:
        open_database_asking(None, Path(sys.argv[1]), actor="tester")
    except DatabaseOpenError as exc:
        print("refused:", exc)
""")


def test_a_new_database_where_nothing_can_be_written_is_refused_saying_why(media: Path) -> None:
    result = run_python_where_folder_is_read_only(media, ["-c", CREATE_THERE, str(media / "new.sqlite3")],
                                                  data_folder=media.parent / "data")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused:") and "cannot be written" in result.stdout
    assert not (media / "new.sqlite3").exists()
