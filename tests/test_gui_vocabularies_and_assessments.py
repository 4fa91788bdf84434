"""The workbench shows every vocabulary (panel, table, theme filter), and assessments are edited
and deleted from the panel as a person does it (buttons, context menu, Delete key), undoably."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from tests.sample_paths import CHINA_MATRIX_DOCX
from tests.test_gui_main_window import labels_shown, open_window
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.recommendation_table_model import COLUMNS
from upr_tracker.services import assessments, recommendations, reviews
from upr_tracker.services.document_import import import_document
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry

pytestmark = pytest.mark.usefixtures("gui_settings")


def choose_row(qtbot, window: MainWindow, label: str) -> None:
    window.table.selectRow(labels_shown(window).index(label))
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.label == label, timeout=5000)


def test_an_ohchr_matrix_shows_its_themes_everywhere_in_the_window(qtbot, db: Database) -> None:
    import_document(db, CHINA_MATRIX_DOCX)
    window = open_window(qtbot, db)
    themes_column = next(n for n, column in enumerate(COLUMNS) if column[0] == "Themes")
    row = labels_shown(window).index("186.1")
    cell = window.recommendations.index(row, themes_column).data()
    assert "OHCHR: A12 Acceptance of international norms" in cell
    choose_row(qtbot, window, "186.1")
    overview = window.panel.overview.toPlainText()
    assert "OHCHR themes: A12 Acceptance of international norms" in overview
    assert "Affected persons: " in overview

    combo = window.filter_bar.theme
    texts = [combo.itemText(i) for i in range(combo.count())]
    headings = [t for t in texts if t in ("UPR Info issues", "OHCHR themes", "Sustainable Development Goals",
                                          "Affected persons")]
    assert headings == ["UPR Info issues", "OHCHR themes", "Sustainable Development Goals", "Affected persons"]
    heading = texts.index("OHCHR themes")
    assert not combo.model().item(heading).isEnabled()  # a heading, not a choice
    combo.setFocus()
    combo.setCurrentIndex(texts.index("  D23 Death penalty"))
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 11, timeout=5000)
    for label in labels_shown(window):
        choose_row(qtbot, window, label)
        assert "D23 Death penalty" in window.panel.overview.toPlainText()


@pytest.fixture
def one_recommendation(db: Database) -> Database:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.1",
                                       themes=["Death penalty"])
    return db


def _click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _with_dialog(page, fill) -> None:
    """Fill the dialog the next click opens, then press OK."""
    def act() -> None:
        dialog = page.last_dialog
        fill(dialog)
        dialog.accept()
    QTimer.singleShot(0, act)


def test_assessments_are_edited_and_deleted_undoably_with_their_figure(qtbot, one_recommendation: Database) -> None:
    db = one_recommendation
    window = open_window(qtbot, db)
    choose_row(qtbot, window, "97.1")
    panel = window.panel
    page = panel.implementation
    rec_id = panel.detail.row.id
    panel.setCurrentWidget(page)
    assert "not assessed yet" in panel.combined.text()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()

    _with_dialog(page, lambda d: (d.source.setCurrentIndex(d.source.findData("ngo")),
                                  d.level.setCurrentIndex(d.level.findData("fully_implemented")),
                                  d.source_name.setText("KIBHR"), d.evidence.setPlainText("Moratorium law")))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    [added] = recommendation_detail(db, rec_id).assessments
    assert (added.source, added.source_name, added.level, added.evidence) == (
        "ngo", "KIBHR", "fully_implemented", "Moratorium law")
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)
    window.undo_stack.redo()  # the same assessment again, not a copy
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert recommendation_detail(db, rec_id).assessments == (added,)
    panel.record_assessment(source="un_body", level="partially_implemented", assessed_on=dt.date(2024, 5, 1))
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert "Fully implemented: mean 0.75 of 1 from 2 sources (partially to fully; UPR Info scoring" in \
        panel.combined.text()

    # Edit the UN body's view by a click on its row and the Edit button: partially becomes not.
    before = {a.id: a for a in recommendation_detail(db, rec_id).assessments}
    un_row = next(r for r in range(2) if page.table.item(r, 0).text() == "UN body")
    _click_row(qtbot, page.table, un_row)
    assert page.edit_button.isEnabled()
    _with_dialog(page, lambda d: d.level.setCurrentIndex(d.level.findData("not_implemented")))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mean 0.5 of 1" in panel.combined.text(), timeout=5000)
    assert "Partially implemented" in panel.combined.text()
    edited = {a.id: a for a in recommendation_detail(db, rec_id).assessments}
    un_id = next(i for i, a in edited.items() if a.source == "un_body")
    assert edited[un_id].level == "not_implemented" and edited[un_id].assessed_on == dt.date(2024, 5, 1)
    with db.read() as session:
        update = session.scalars(select(AuditEntry).where(AuditEntry.record_id == str(un_id),
                                                          AuditEntry.action == "update")).one()
        assert json.loads(update.before)["level"] == "partially_implemented"
        assert json.loads(update.after)["level"] == "not_implemented"
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "mean 0.75 of 1" in panel.combined.text(), timeout=5000)
    undone = {a.id: a for a in recommendation_detail(db, rec_id).assessments}
    assert undone[un_id].level == before[un_id].level and undone[un_id].evidence == before[un_id].evidence
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: "mean 0.5 of 1" in panel.combined.text(), timeout=5000)

    # Delete the NGO's view from the context menu; undo brings back the very same assessment.
    ngo_row = next(r for r in range(2) if page.table.item(r, 0).text() == "NGO")
    ngo = next(a for a in recommendation_detail(db, rec_id).assessments if a.source == "ngo")
    point = page.table.visualRect(page.table.model().index(ngo_row, 1)).center()
    page.table.customContextMenuRequested.emit(point)
    menu = page.findChild(QMenu, "assessment_menu")
    delete = next(a for a in menu.actions() if "Delete" in a.text())
    delete.trigger()
    menu.close()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert "Not implemented: mean 0 of 1 from 1 source" in panel.combined.text()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    [restored] = [a for a in recommendation_detail(db, rec_id).assessments if a.source == "ngo"]
    assert restored == ngo  # same id, values and time of entry
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)

    # The Delete key on a selected row deletes it too.
    un_row = next(r for r in range(2) if page.table.item(r, 0).text() == "UN body")
    _click_row(qtbot, page.table, un_row)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert assessments.combined_assessment(recommendation_detail(db, rec_id).assessments).mean == 1.0
    qtbot.waitUntil(lambda: window.recommendations.row_at(0).implementation_level == "fully_implemented",
                    timeout=5000)  # the table's Implementation column follows


def test_an_undated_assessment_stays_undated_when_edited(qtbot, one_recommendation: Database) -> None:
    db = one_recommendation
    window = open_window(qtbot, db)
    choose_row(qtbot, window, "97.1")
    page = window.panel.implementation
    rec_id = window.panel.detail.row.id
    assessments.add_assessment(db, rec_id, "state", "ongoing")  # imported views are often undated
    window.panel.show_recommendation(rec_id)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    _click_row(qtbot, page.table, 0)
    _with_dialog(page, lambda d: (self_check(d), d.evidence.setPlainText("Draft law in parliament")))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=page.table.visualRect(page.table.model().index(0, 0)).center())
    qtbot.waitUntil(lambda: page.table.item(0, 4) is not None and page.table.item(0, 4).text()
                    == "Draft law in parliament", timeout=5000)
    [edited] = recommendation_detail(db, rec_id).assessments
    assert edited.assessed_on is None and edited.level == "partially_implemented"


def self_check(dialog) -> None:
    assert not dialog.dated.isChecked() and not dialog.date.isEnabled()
