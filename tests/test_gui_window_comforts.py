"""Small comforts of the window: file choosers open where the user last was, the export names what
it holds, Undo and Redo say what they did, and the filters keep their height over an empty table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog

from tests.test_gui_main_window import open_window
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def filled(db: Database) -> Database:
    kazakhstan = reviews.create_review(db, "Kazakhstan", 1, 7)
    for number in range(1, 6):
        rec = recommendations.add_recommendation(db, kazakhstan, f"Abolish the death penalty ({number})",
                                                 label=f"97.{number}", recommending_states=["France"],
                                                 themes=["Death penalty"])
        responses.record_response(db, [rec], "noted" if number % 2 else "accepted", responded_on=dt.date(2010, 6, 1))
    return db


class Chooser:
    """Stands for QFileDialog's static functions: records the folder or file each was opened on,
    and answers with the next of `answers`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answers: list) -> None:
        self.opened_on: list[Path] = []
        self.answers = answers
        for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._answer))

    def _answer(self, _parent, _caption, directory, _filter="", *args, **kwargs):  # noqa: ANN001, ANN202
        self.opened_on.append(Path(directory))
        return self.answers.pop(0), ""


def test_import_chooser_opens_in_the_folder_last_used(qtbot, filled: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "UN documents"
    documents.mkdir()
    chosen = [documents / "A_HRC_14_10.txt"]
    chooser = Chooser(monkeypatch, [[str(p) for p in chosen], []])
    window = open_window(qtbot, filled)
    imported: list[list[Path]] = []
    monkeypatch.setattr(window, "import_files", imported.append)
    window.choose_documents()
    assert chooser.opened_on[0] == Path.home()  # nothing remembered yet
    assert imported == [chosen]
    window.choose_documents()  # cancelled: nothing imported, the folder stays remembered
    assert chooser.opened_on[1] == documents and imported == [chosen]


def test_each_kind_of_file_has_its_own_folder(qtbot, filled: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    imports, exports = tmp_path / "in", tmp_path / "out"
    imports.mkdir()
    exports.mkdir()
    chooser = Chooser(monkeypatch, [[str(imports / "a.csv")], str(exports / "mine.csv"), [], ""])
    window = open_window(qtbot, filled)
    monkeypatch.setattr(window, "import_files", lambda paths: None)
    window.choose_documents()
    window.choose_export()
    qtbot.waitUntil(lambda: (exports / "mine.csv").exists(), timeout=5000)
    window.choose_documents()
    window.choose_export()
    assert chooser.opened_on[2] == imports
    assert chooser.opened_on[3].parent == exports


def test_a_remembered_folder_that_is_gone_gives_the_home_folder(qtbot, filled: Database, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "usb stick"
    gone.mkdir()
    chooser = Chooser(monkeypatch, [[str(gone / "a.csv")], []])
    window = open_window(qtbot, filled)
    monkeypatch.setattr(window, "import_files", lambda paths: None)
    window.choose_documents()
    gone.rmdir()
    window.choose_documents()
    assert chooser.opened_on[1] == Path.home()


def test_the_export_suggests_a_name_that_says_what_it_holds(qtbot, filled: Database, monkeypatch) -> None:
    chooser = Chooser(monkeypatch, ["", ""])
    window = open_window(qtbot, filled)
    window.choose_export()
    assert chooser.opened_on[0].name == "recommendations.xlsx"
    window.filter_bar.position.setCurrentIndex(window.filter_bar.position.findData("noted"))
    window.search_box.setText("death")
    window.run_query()
    review = next(iter(window.reviews.values()))
    window.scope = type(window.scope)(review_id=review.id)
    window.choose_export()
    assert chooser.opened_on[1].name == "recommendations KAZ cycle 1 session 7 noted search death.xlsx"


def test_undo_and_redo_say_what_they_did(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=3000)
    window.panel.set_themes(["Death penalty", "Justice"])
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=3000)
    command = window.undo_stack.text(0)
    assert command and window.undo_actions.undo.isEnabled() and not window.undo_actions.redo.isEnabled()
    assert window.undo_actions.undo.text() == f"&Undo {command}"
    window.undo_actions.undo.trigger()
    assert window.statusBar().currentMessage() == f"Undone: {command}"
    assert window.undo_actions.redo.isEnabled() and not window.undo_actions.undo.isEnabled()
    window.undo_actions.redo.trigger()
    assert window.statusBar().currentMessage() == f"Redone: {command}"
    assert window.undo_stack.index() == 1


def test_undo_that_fails_says_nothing_was_undone(qtbot, filled: Database, monkeypatch) -> None:
    window = open_window(qtbot, filled)
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.detail is not None, timeout=3000)
    window.panel.set_themes(["Justice"])
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=3000)
    errors: list[BaseException] = []
    command = window.undo_stack.command(0)
    monkeypatch.setattr(command, "failed", errors.append)
    monkeypatch.setattr(command, "revert", lambda db: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    window.statusBar().clearMessage()
    window.undo_actions.undo.trigger()
    assert errors and not window.statusBar().currentMessage().startswith("Undone")


def test_with_no_results_the_filters_keep_their_height(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    window.resize(1200, 900)
    qtbot.waitUntil(lambda: window.table.isVisible(), timeout=3000)
    height = window.filter_bar.height()
    window.search_box.setText("nothing-matches-this-word")
    window.run_query()
    qtbot.waitUntil(lambda: window.empty_label.isVisible(), timeout=5000)
    qtbot.wait(50)  # the layout settles
    assert window.filter_bar.height() <= max(height, window.filter_bar.sizeHint().height())
    assert window.empty_label.height() > window.filter_bar.height()


def test_the_window_fits_a_laptop_screen(qtbot, filled: Database) -> None:
    window = open_window(qtbot, filled)
    # 1366 × 768, the most common laptop screen; the window's frame and the task bar take the rest.
    assert window.minimumSizeHint().width() <= 1366 - 16
    assert window.minimumSizeHint().height() <= 768 - 80
    window.resize(1350, 680)
    qtbot.wait(50)
    bar = window.filter_bar
    assert bar.mapTo(window, QPoint(bar.width(), 0)).x() <= window.width()
    assert window.filter_bar.clear_button.isVisible()


def test_file_new_database_makes_an_empty_one_and_opens_it(qtbot, filled: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = Chooser(monkeypatch, [str(tmp_path / "ours")])
    window = open_window(qtbot, filled)
    old_target = filled.target
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&New database…"]
    action.trigger()
    made = tmp_path / "ours.sqlite3"  # the suffix added to a name given without one
    qtbot.waitUntil(lambda: window.database.path == made, timeout=10_000)
    assert chooser.opened_on[0].name == "upr-tracker.sqlite3"
    assert made.is_file()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 0, timeout=10_000)  # (read in the background)
    assert "ours.sqlite3" in window.windowTitle()
    assert old_target != made
    if isinstance(old_target, Path):  # the file left (a team database has none) stays where it was
        assert old_target.is_file()
    window.database.close()


def test_file_new_database_never_writes_over_a_file(qtbot, filled: Database, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    existing = tmp_path / "precious.sqlite3"
    existing.write_bytes(b"someone's file")
    Chooser(monkeypatch, [str(existing)])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a: warned.append(text)))
    window = open_window(qtbot, filled)
    assert window.choose_new_database() is None
    assert existing.read_bytes() == b"someone's file"
    assert window.database is filled
    assert len(warned) == 1 and "precious.sqlite3 already exists" in warned[0]
