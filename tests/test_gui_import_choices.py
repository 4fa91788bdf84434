"""The import dialog asks for what a document leaves unsaid (its kind, its State), with its best
guesses chosen under "Read it as" and a banner saying what could not be found; choosing previews
again. Driven as a user would, offscreen, on reports made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_document_choices import NO_STATE, NO_TITLE
from tests.test_gui_import_review import open_dialog, wait_status
from upr_tracker.gui.import_entries import EntryStatus, SubtitleRole
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.services.recommendations import list_recommendation_ids
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")



def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_report_that_names_no_state_asks_for_it_with_the_likeliest_one_chosen(
        qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    path = write(tmp_path, NO_STATE)
    dialog = open_dialog(qtbot, db, tasks, [path])
    entry = wait_status(qtbot, dialog, path, EntryStatus.NEEDS_STATE)
    assert dialog.model.index(0, 0).data(SubtitleRole) == "Choose the State"
    assert dialog.cycle_banner.isVisible()
    assert "does not say which State was reviewed" in dialog.cycle_banner.text()
    assert "The likeliest State is chosen" in dialog.cycle_banner.text()
    assert "--state" not in dialog.cycle_banner.text()
    assert dialog.state_combo.currentData() == "NPL" and dialog.kind_combo.currentData() == "wg-report"
    assert entry.options.state is None   # a guess, until the user takes it
    assert not dialog.import_button.isEnabled() and dialog.choices_button.isVisible()
    qtbot.waitUntil(lambda: dialog.detected_kind.text() == "Working Group report", timeout=20_000)
    assert dialog.detected_state.text() == "not stated"
    dialog.grab().save("/tmp/import-dialog-needs-state.png")
    dialog.choices_button.click()
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    assert entry.options.state == "NPL" and not dialog.cycle_banner.isVisible()
    assert dialog.detected_state.text() == "Nepal (NPL)"
    assert dialog.cards["created"].number.text() == "2"
    assert list_recommendation_ids(db) == []


def test_choosing_another_state_previews_with_it(qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    path = write(tmp_path, NO_STATE)
    dialog = open_dialog(qtbot, db, tasks, [path])
    entry = wait_status(qtbot, dialog, path, EntryStatus.NEEDS_STATE)
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("BTN"))
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    assert entry.options.state == "BTN" and dialog.detected_state.text() == "Bhutan (BTN)"


def test_a_report_without_its_title_asks_for_the_kind_then_previews(
        qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    path = write(tmp_path, NO_TITLE)
    dialog = open_dialog(qtbot, db, tasks, [path])
    entry = wait_status(qtbot, dialog, path, EntryStatus.NEEDS_KIND)
    assert entry.subtitle() == "Choose the kind"
    assert "reads like a Working Group report" in dialog.cycle_banner.text()
    assert dialog.kind_combo.currentData() == "wg-report" and entry.options.kind == "auto"
    assert dialog.preview_placeholder.text() == "The preview appears once the kind is chosen."
    dialog.choices_button.click()
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    assert entry.options.kind == "wg-report"
    assert dialog.detected_state.text() == "Nepal (NPL)" and dialog.detected_cycle.text() == "1 (2008–2011)"
    assert dialog.import_button.isEnabled()


def test_files_dropped_on_the_window_ask_for_the_state_with_the_guess_first(
        qtbot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from upr_tracker.gui.main_window import MainWindow

    asked: list[tuple[str, list[str], int]] = []

    def get_item(_parent, title: str, _label: str, items: list[str], current: int, _editable: bool):
        asked.append((title, list(items), current))
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_flow.finished, timeout=30_000) as finished:
        window.import_files([write(tmp_path, NO_STATE)])
    assert [(title, items[current]) for title, items, current in asked] == [("Which state?", "NPL")]
    [report] = finished.args[0]
    assert (report.state_iso3, report.recommendations.created) == ("NPL", 2)
