"""Recommended again in the window: the chain across cycles in the recommendation's panel, a
suggestion accepted or rejected there, a link made by hand through the picker, and the filter."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from tests.test_gui_main_window import open_window
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.related_recommendations import (
    LINK_COLUMN,
    LinkRecommendationDialog,
)
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.services.recommended_again import (
    related_recommendations,
    suggestion_rows,
)
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


def recommendation(db: Database, cycle: int, label: str):
    ids = list_recommendation_ids(db, RecommendationFilter(state="KAZ", cycle=cycle))
    return next(r for r in recommendation_rows(db, ids) if r.label == label)


def show(qtbot, window: MainWindow, rec_id) -> None:
    window.show_recommendation(rec_id)
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.id == rec_id, timeout=5000)


def link_cells(window: MainWindow) -> list[tuple[str, str, str]]:
    table = window.panel.related
    return [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, LINK_COLUMN).text())
            for r in range(table.rowCount())]


def decision_button(window: MainWindow, row: int, name: str) -> QPushButton:
    return window.panel.related.cellWidget(row, LINK_COLUMN).findChild(QPushButton, name)


def test_a_suggestion_accepted_from_the_panel_is_confirmed_and_shows_the_chain(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    later = recommendation(demo, 2, "125.25")  # the National Human Rights Action Plan, 2014
    show(qtbot, window, later.id)
    qtbot.waitUntil(lambda: window.panel.related.rowCount() == 1, timeout=5000)
    [(cycle, label, status)] = link_cells(window)
    assert (cycle, label) == ("1", "95.25") and status.startswith("suggested, score ")
    assert window.panel.related.item(0, 2).text() == "Supported"  # its position, shown beside it
    qtbot.mouseClick(decision_button(window, 0, "accept_suggestion"), qtbot_left())
    qtbot.waitUntil(lambda: link_cells(window)[:1] == [("1", "95.25", "confirmed")], timeout=5000)
    assert link_cells(window)[1][:2] == ("2", "125.25") and link_cells(window)[1][2] == "this one"
    [link] = related_recommendations(demo, later.id)
    assert (link.status, link.decided_by) == ("confirmed", demo.actor)
    assert "accepted" in window.panel.recommended_again.message.text()


def test_a_suggestion_rejected_from_the_panel_is_kept_and_no_longer_shown(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    later = recommendation(demo, 2, "125.49")  # zero tolerance of torture
    show(qtbot, window, later.id)
    qtbot.waitUntil(lambda: window.panel.related.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(decision_button(window, 0, "reject_suggestion"), qtbot_left())
    qtbot.waitUntil(lambda: window.panel.related.rowCount() == 0, timeout=5000)
    [(_id, _score, earlier, rejected)] = suggestion_rows(demo, "KAZ", status="rejected")
    assert (earlier.label, rejected.label) == ("95.44", "125.49")
    assert len(suggestion_rows(demo, "KAZ")) == 12


def test_linking_by_hand_through_the_picker(qtbot, demo: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo)
    earlier = recommendation(demo, 1, "97.17")  # abolish the death penalty, 2010
    show(qtbot, window, earlier.id)
    picked: list[int] = []

    def pick(dialog: LinkRecommendationDialog) -> int:
        qtbot.waitUntil(lambda: dialog.list.count() == 194, timeout=5000)  # the 2014 recommendations
        dialog.search.setText("125.42 death")
        visible = [dialog.list.item(i) for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
        assert [item.text().split(":")[0] for item in visible] == ["cycle 2, 125.42"]
        picked.append(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LinkRecommendationDialog, "exec", pick)
    qtbot.mouseClick(window.panel.recommended_again.link_button, qtbot_left())
    assert picked
    qtbot.waitUntil(lambda: ("2", "125.42", "confirmed") in link_cells(window), timeout=5000)
    assert link_cells(window)[0] == ("1", "97.17", "this one")
    [link] = related_recommendations(demo, earlier.id)
    assert (link.row.label, link.status, link.direction) == ("125.42", "confirmed", "later")
    # Remove it again, from the selected row.
    window.panel.related.selectRow(1)
    assert window.panel.recommended_again.remove_button.isEnabled()
    qtbot.mouseClick(window.panel.recommended_again.remove_button, qtbot_left())
    qtbot.waitUntil(lambda: window.panel.related.rowCount() == 0, timeout=5000)
    assert related_recommendations(demo, earlier.id) == ()


def test_the_recommended_again_filter(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    combo = window.filter_bar.recommended_again
    combo.setCurrentIndex(combo.findData("suggested"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 26, timeout=5000)  # 13 pairs
    combo.setCurrentIndex(combo.findData("confirmed"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 0, timeout=5000)  # none confirmed yet
    combo.setCurrentIndex(combo.findData("none"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 322 - 26, timeout=5000)
    assert window.current_filter().recommended_again == "none"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_importing_a_later_cycle_in_the_window_suggests_its_repeats(qtbot, db: Database) -> None:
    from tests.sample_paths import (
        KAZAKHSTAN_2014_WG_REPORT_TXT,
        KAZAKHSTAN_WG_REPORT_TXT,
    )

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.import_flow.finished, timeout=60000) as finished:
        window.import_files([KAZAKHSTAN_WG_REPORT_TXT, KAZAKHSTAN_2014_WG_REPORT_TXT])
    assert [r.cycle for r in finished.args[0]] == [1, 2]
    assert finished.args[0][1].recommended_again == 13
    text = window.import_flow.summary_box.text()
    assert "13 recommendations of a later cycle seem to repeat one of the cycle before" in text
    assert len(suggestion_rows(db, "KAZ")) == 13
