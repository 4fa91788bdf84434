"""Importing and the demo from the command line and from the window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.sample_paths import CHINA_MATRIX_DOCX, KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.cli.main import main
from upr_tracker.services.demo import DEMO_MILESTONES, build_demo_database
from upr_tracker.services.milestones import list_milestones
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_recommendations,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.services.recommended_again import suggestion_rows
from upr_tracker.services.reviews import list_reviews
from upr_tracker.storage.database import Database


def rows_of(db: Database, wanted: RecommendationFilter):
    return recommendation_rows(db, list_recommendation_ids(db, wanted))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_command_prints_what_it_did(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "import", KAZAKHSTAN_WG_REPORT_TXT, KAZAKHSTAN_ADDENDUM_TXT, "--db", db_path)
    assert code == 0
    assert "Imported" in out and "wg-report A/HRC/14/10, Kazakhstan, cycle 1, session 7" in out
    assert "recommendations: 128 created, 0 updated, 0 unchanged" in out
    assert "addendum A/HRC/14/10/Add.1" in out


def test_import_json_lists_positions_and_problems(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "import", KAZAKHSTAN_WG_REPORT_TXT, "--db", db_path)
    code, out, _err = run(capsys, "import", KAZAKHSTAN_ADDENDUM_TXT, "--db", db_path, "--json")
    data = json.loads(out)
    assert code == 0
    assert data["kind"] == "addendum" and data["state_iso3"] == "KAZ" and data["cycle"] == 1
    assert set(data["recommendations"]) == {"created", "updated", "unchanged"}
    first = data["positions"][0]
    assert set(first) >= {"labels", "position", "deciding_sentence", "confidence"}
    for problem in data["problems"]:
        assert set(problem) == {"kind", "labels", "line", "excerpt", "message"}


def test_addendum_alone_asks_for_the_cycle(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "import", KAZAKHSTAN_ADDENDUM_TXT, "--db", db_path)
    assert code == 1 and "give --cycle" in err and "Traceback" not in err
    code, out, _err = run(capsys, "import", KAZAKHSTAN_ADDENDUM_TXT, "--db", db_path, "--cycle", "1")
    assert code == 0 and "cycle 1" in out


def test_dry_run_from_the_command_line(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "import", CHINA_MATRIX_DOCX, "--db", db_path, "--dry-run")
    assert code == 0 and out.startswith("Would import")
    with Database.open(db_path) as db:
        assert list_reviews(db) == []


def test_a_bad_file_among_good_ones(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run(capsys, "import", empty, KAZAKHSTAN_WG_REPORT_TXT, "--db", db_path)
    assert code == 1
    assert "empty.txt" in err and "is empty" in err
    assert "128 created" in out  # the good file still went in, the bad one wrote nothing


def test_demo_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    code, out, _err = run(capsys, "demo", "--db", path)
    assert code == 0 and "322 recommendations" in out and "13 suggestions" in out
    with Database.open(path) as db:
        first, second = list_reviews(db)
        assert (first.state_iso3, first.cycle, first.session, first.recommendation_count) == ("KAZ", 1, 7, 128)
        assert (second.state_iso3, second.cycle, second.session, second.recommendation_count) == ("KAZ", 2, 20, 194)
        # The 2014 positions come from the report itself (paragraphs 124, 125 and 126).
        second_rows = {r.label: r for r in rows_of(db, RecommendationFilter(state="KAZ", cycle=2))}
        assert second_rows["124.10"].considered_implemented and second_rows["124.10"].position == "supported"
        assert second_rows["125.42"].position == "supported" and second_rows["126.5"].position == "noted"
        # Suggested (none confirmed: a person decides), among them the death penalty, torture and the NPA.
        suggested = {(e.label, later.label) for _id, _score, e, later in suggestion_rows(db, "KAZ")}
        assert {("95.41", "126.5"), ("95.44", "125.49"), ("95.25", "125.25")} <= suggested
        assert len(suggested) == 13 and suggestion_rows(db, "KAZ", status="confirmed") == []
        milestones = {m.title: m for m in list_milestones(db, state="KAZ")}
        assert set(milestones) == {m.title for m in DEMO_MILESTONES}
        moratorium = milestones["De facto moratorium on executions"]
        assert moratorium.date == "2003-12" and moratorium.source_citation == "A/HRC/14/10/Add.1"
        assert moratorium.recommendation_ids, "the moratorium concerns the death-penalty recommendations"
        refugees = milestones["Refugees Act"]
        assert refugees.date == "2009-12-04" and refugees.recommendation_ids
        plan = milestones["National Plan of Action on Human Rights 2009–2012"]
        items = list_milestones(db, plan_id=plan.id)
        assert {i.kind for i in items} == {"plan_item"} and len(items) == 2
        assert all(m.recommendation_ids for m in milestones.values()), "every milestone concerns recommendations"
        first_ids = set(list_recommendation_ids(db, RecommendationFilter(state="KAZ", cycle=1)))
        assert all(set(m.recommendation_ids) <= first_ids for m in milestones.values()), "named in the 2010 addendum"
        assert count_recommendations(db, RecommendationFilter(has_milestones=True)) > 5
    code, _out, err = run(capsys, "demo", "--db", path)
    assert code == 1 and "already exists" in err


def test_demo_build_leaves_nothing_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import upr_tracker.services.demo as demo

    monkeypatch.setattr(demo, "add_demo_milestones", lambda db: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(OSError):
        build_demo_database(tmp_path / "demo.sqlite3")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("gui_settings")
def test_window_imports_and_asks_for_the_cycle(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.gui.main_window import MainWindow

    asked: list[str] = []

    def choose_cycle(parent, title, label, items, current=0, editable=False):
        asked.append(label)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose_cycle))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.import_flow.finished, timeout=30000) as finished:
        window.import_files([KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT])
    reports = finished.args[0]
    assert [r.kind for r in reports] == ["addendum", "wg-report"]
    assert asked and "does not say which review" in asked[0]
    box = window.import_flow.summary_box
    assert "2 documents imported" in box.text()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 128, timeout=5000)


@pytest.mark.usefixtures("gui_settings")
def test_window_reports_a_file_it_could_not_import(qtbot, db: Database, tmp_path: Path) -> None:
    from upr_tracker.gui.main_window import MainWindow

    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleagues, see you on Monday.")
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_flow.finished, timeout=10000):
        window.import_files([letter])
    box = window.import_flow.summary_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert "letter.txt" in box.text() and "not a document UPR Tracker can import" in box.text()


@pytest.mark.usefixtures("gui_settings")
def test_first_start_opens_the_demo(qtbot, isolated_data_folder: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from upr_tracker.gui.app import run_gui

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QInputDialog

    from upr_tracker.services.user_settings import saved_author_name

    asked: list[str] = []

    def close_once_the_window_shows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():  # the first start asks for a name
                asked.append(widget.labelText())
                widget.setTextValue("Tester")
                widget.accept()
        if any(w.objectName() == "main_window" and w.isVisible() for w in QApplication.topLevelWidgets()):
            QApplication.closeAllWindows()

    closer = QTimer()
    closer.timeout.connect(close_once_the_window_shows)
    closer.start(200)
    assert run_gui(None) == 0
    closer.stop()
    assert len(asked) == 1 and "audit trail" in asked[0]
    assert saved_author_name() == "Tester"   # where the command line reads it too
    assert QSettings().value("author_name") is None
    with Database.open(isolated_data_folder / "upr-tracker.sqlite3") as db:
        assert [(r.state_iso3, r.cycle) for r in list_reviews(db)] == [("KAZ", 1), ("KAZ", 2)]
