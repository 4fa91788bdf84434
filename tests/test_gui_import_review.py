"""The import dialog (preview before anything is written, then import) and the problems view
(each problem beside its source text, and each way of settling it), driven as a user would,
offscreen, on the real Kazakhstan documents and on files made here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.gui.import_dialog import ImportDialog
from upr_tracker.gui.import_entries import NOT_MAPPED, EntryStatus
from upr_tracker.gui.import_preview_models import PreviewPositionsModel
from upr_tracker.gui.problems_view import (
    PROBLEM_LINE_COLOUR,
    AssignTextDialog,
    CorrectPositionDialog,
    LabelsRole,
    LineRole,
    ProblemIdRole,
    ProblemsView,
    ResolveNoteDialog,
    SplitTextDialog,
)
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.services.column_mappings import saved_mappings
from upr_tracker.services.document_import import import_document
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids, recommendation_rows
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")

SPLIT_GROUP = {"97.11", "97.13", "97.20", "97.21", "97.22", "97.23", "97.24", "97.25", "97.26"}
TIMEOUT = 20_000

MADE_ADDENDUM = """Position of Norway on the 3 recommendations made by
delegations participating in the universal periodic review
No. of
recommendation

1

Position of the Norwegian authorities

The recommendation is accepted. The ombudsman and the courts will see to it.

2

Norway does not accept the recommendation.

Norway accepts these recommendations. The <b>ombudsman</b> & the <script>alert(1)</script> prisons
will be inspected.
"""


# --- helpers -------------------------------------------------------------------------------------



def labels_needing_review(db: Database) -> set[str]:
    return {r.label for r in recommendation_rows(db, list_recommendation_ids(db, RecommendationFilter(needs_review=True)))}


def rows_by_label(db: Database) -> dict:
    return {r.label: r for r in recommendation_rows(db, list_recommendation_ids(db))}


def open_dialog(qtbot, db: Database, tasks: TaskRunner, paths: list[Path] | None = None) -> ImportDialog:
    dialog = ImportDialog(lambda: db, tasks, paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state_combo.count() > 1, timeout=TIMEOUT)  # the States are loaded
    return dialog


def wait_status(qtbot, dialog: ImportDialog, path: Path, *statuses: EntryStatus):
    def entry():
        return next(e for e in dialog.entries if e.path == path)

    qtbot.waitUntil(lambda: entry().status in statuses and not dialog.busy, timeout=TIMEOUT)
    return entry()


def open_view(qtbot, db: Database, tasks: TaskRunner) -> ProblemsView:
    view = ProblemsView(lambda: db, tasks)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.reloaded, timeout=TIMEOUT):
        view.reload()
    return view


def select(view: ProblemsView, kind: str, line: int | None = None) -> None:
    for row in range(view.model.rowCount()):
        problem = view.model.problem_at(row)
        if problem.kind == kind and (line is None or problem.line == line):
            view.list.setCurrentIndex(view.model.index(row, 0))
            return
    raise AssertionError(f"no {kind} problem at line {line}")


def act(qtbot, view: ProblemsView, confirm) -> None:
    """Confirm the open dialog (after `confirm` filled it in), wait for the write and the reload."""
    with qtbot.waitSignal(view.changed, timeout=TIMEOUT), qtbot.waitSignal(view.reloaded, timeout=TIMEOUT):
        confirm()


@pytest.fixture
def reviewed(db: Database) -> Database:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    return db


@pytest.fixture
def addendum_alone(db: Database) -> Database:
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT, cycle=1)
    return db


# --- the import dialog ---------------------------------------------------------------------------


def test_the_preview_of_the_report_shows_what_would_be_imported_and_writes_nothing(
        qtbot, db: Database, tasks: TaskRunner, qtmodeltester) -> None:
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_WG_REPORT_TXT])
    entry = wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.READY)
    assert dialog.current_entry() is entry
    assert dialog.detected_kind.text() == "Working Group report"
    assert dialog.detected_state.text() == "Kazakhstan (KAZ)"
    assert dialog.detected_cycle.text() == "1 (2008–2011)"
    assert (dialog.detected_session.text(), dialog.detected_symbol.text()) == ("7", "A/HRC/14/10")
    assert dialog.cards["created"].number.text() == "128"
    assert dialog.cards["problems"].number.text() == "0"
    positions = [(dialog.positions_model.index(r, 0).data(), dialog.positions_model.index(r, 1).data())
                 for r in range(dialog.positions_model.rowCount())]
    assert ("97.1–97.26", "Pending") in positions
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 1 file"
    assert list_recommendation_ids(db) == []  # nothing written
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.positions_model)
    qtbot.wait(50)
    dialog.grab().save("/tmp/import-dialog.png")


def test_the_preview_of_the_addendum_after_the_report(qtbot, db: Database, tasks: TaskRunner) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_ADDENDUM_TXT])
    wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.READY)
    assert dialog.detected_cycle.text() == "1 (2008–2011)"  # it joins the review awaiting answers
    assert dialog.detected_symbol.text() == "A/HRC/14/10/Add.1"
    assert (dialog.cards["created"].number.text(), dialog.cards["responses"].number.text(),
            dialog.cards["problems"].number.text()) == ("0", "15", "2")
    model = dialog.positions_model
    rows = {model.index(r, 0).data(): (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
            for r in range(model.rowCount())}
    assert rows["97.1"] == ("Noted", "Kazakhstan therefore does not accept the recommendation.", "95%")
    assert rows["97.3"][2] == "70%"
    assert rows["97.16, 97.18"][0] == "Supported"
    kinds = {dialog.problems_model.index(r, 0).data() for r in range(dialog.problems_model.rowCount())}
    assert kinds == {"Repair to check"}
    assert labels_needing_review(db) == set()  # the preview wrote nothing
    qtbot.wait(50)
    dialog.grab().save("/tmp/import-dialog-addendum.png")


def test_the_addendum_alone_asks_for_its_cycle_then_previews_its_problems(
        qtbot, db: Database, tasks: TaskRunner, qtmodeltester) -> None:
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_ADDENDUM_TXT])
    entry = wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.NEEDS_CYCLE)
    assert dialog.cycle_banner.isVisible() and "does not say its cycle" in dialog.cycle_banner.text()
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.detected_kind.text() == "Addendum (the State's positions)", timeout=TIMEOUT)
    assert dialog.detected_state.text() == "Kazakhstan" and dialog.detected_cycle.text() == "not stated"
    dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findData(1))
    wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.READY)
    assert entry.options.cycle == 1 and not dialog.cycle_banner.isVisible()
    kinds = [dialog.problems_model.index(r, 0).data() for r in range(dialog.problems_model.rowCount())]
    assert sorted(kinds) == ["Left unanswered", "Left unanswered", "One text for two groups", "Text without numbers"]
    assert dialog.cards["problems"].number.text() == "4"
    unclear = [r for r in range(dialog.positions_model.rowCount())
               if dialog.positions_model.index(r, 0).data(PreviewPositionsModel.NeedsReviewRole)]
    assert [dialog.positions_model.index(r, 1).data() for r in unclear] == ["Unclear"]
    qtmodeltester.check(dialog.problems_model)
    assert list_recommendation_ids(db) == []


def test_importing_the_report_and_the_addendum_from_the_dialog(qtbot, db: Database, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_WG_REPORT_TXT, KAZAKHSTAN_ADDENDUM_TXT])
    wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.READY)
    wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.NEEDS_CYCLE)
    dialog.select_entry(dialog.entries[1])
    dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findData(1))
    wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.READY)
    assert dialog.import_button.text() == "Import 2 files"
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    reports = imported.args[0]
    assert [r.kind for r in reports] == ["wg-report", "addendum"]
    assert reports[0].recommendations.created == 128 and not reports[0].dry_run
    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = rows_by_label(db)
    assert len(rows) == 128 and rows["97.1"].position == "noted"
    assert labels_needing_review(db) == SPLIT_GROUP | {"97.12", "97.16", "97.18"}


def test_a_wrong_state_is_an_error_shown_in_a_message_box(qtbot, db: Database, tasks: TaskRunner,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "norway.txt"
    path.write_text(MADE_ADDENDUM, encoding="utf-8")
    dialog = open_dialog(qtbot, db, tasks, [path])
    wait_status(qtbot, dialog, path, EntryStatus.NEEDS_CYCLE)
    dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findData(2))
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("SWE"))
    entry = wait_status(qtbot, dialog, path, EntryStatus.FAILED)
    assert "the document is about Norway, not Sweden" in entry.error
    assert dialog.error_banner.isVisible()
    box = dialog.last_error_box
    assert isinstance(box, QMessageBox) and "about Norway, not Sweden" in box.text()
    box.close()
    dialog.state_combo.setCurrentIndex(0)
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    assert (entry.options.state, entry.options.cycle) == (None, 2)
    assert dialog.detected_state.text() == "Norway (NOR)"


def test_files_dropped_on_the_dialog_are_added_once(qtbot, db: Database, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, db, tasks)
    assert dialog.list_stack.currentWidget() is dialog.drop_hint
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(KAZAKHSTAN_WG_REPORT_TXT))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    dialog.dragEnterEvent(enter)
    assert enter.isAccepted()
    for _twice in range(2):
        drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        dialog.dropEvent(drop)
    assert [e.path for e in dialog.entries] == [KAZAKHSTAN_WG_REPORT_TXT]
    assert dialog.list_stack.currentWidget() is dialog.file_list
    wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.READY)
    dialog.remove_current()
    assert dialog.entries == [] and dialog.list_stack.currentWidget() is dialog.drop_hint


def test_a_preview_can_be_cancelled_and_run_again(qtbot, db: Database, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, db, tasks)
    dialog.add_paths([KAZAKHSTAN_WG_REPORT_TXT])
    assert dialog.cancel_button.isVisible() and dialog.progress_bar.isVisible()
    dialog.cancel()
    entry = wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.CANCELLED)
    assert "cancelled" in entry.error and not dialog.import_button.isEnabled()
    assert not dialog.cancel_button.isVisible()
    dialog.preview_again()
    wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.READY)
    assert dialog.cards["created"].number.text() == "128"
    assert list_recommendation_ids(db) == []


def test_a_table_of_no_known_format_gets_a_column_mapping(qtbot, db: Database, tasks: TaskRunner,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "ngo.csv"
    path.write_text("Country;Round;Recommendation wording;Answer;Our notes\n"
                    "Kazakhstan;1;Abolish the death penalty.;Noted;follow up\n"
                    "Kazakhstan;1;Ratify the Rome Statute.;Accepted;\n", encoding="utf-8")
    dialog = open_dialog(qtbot, db, tasks, [path])
    entry = wait_status(qtbot, dialog, path, EntryStatus.NEEDS_MAPPING)
    assert dialog.mapping_panel.isVisible() and not dialog.read_as.isVisible()
    text_combo = dialog.mapping_panel.combos["text"]
    assert [text_combo.itemText(i) for i in range(text_combo.count())] == [
        NOT_MAPPED, "Country", "Round", "Recommendation wording", "Answer", "Our notes"]
    # Columns named like the fields are chosen already; the user picks the rest.
    assert dialog.mapping_panel.current_mapping() == {"state_under_review": "Country", "cycle": "Round",
                                        "text": "Recommendation wording", "position": "Answer"}
    dialog.mapping_panel.combos["position"].setCurrentIndex(0)
    assert "position" not in dialog.mapping_panel.current_mapping()
    dialog.mapping_panel.combos["position"].setCurrentIndex(dialog.mapping_panel.combos["position"].findData("Answer"))
    dialog.save_mapping_as("NGO table")
    qtbot.waitUntil(lambda: dialog.mapping_panel.saved_combo.findData("NGO table") >= 0, timeout=TIMEOUT)
    assert saved_mappings(db)["NGO table"] == dialog.mapping_panel.current_mapping()
    dialog.apply_mapping()
    wait_status(qtbot, dialog, path, EntryStatus.READY)
    assert entry.report.format == "mapped" and dialog.cards["created"].number.text() == "2"
    assert list_recommendation_ids(db) == []
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_all()
    assert imported.args[0][0].recommendations.created == 2
    rows = recommendation_rows(db, list_recommendation_ids(db))
    assert sorted((r.text, r.position) for r in rows) == [("Abolish the death penalty.", "noted"),
                                                          ("Ratify the Rome Statute.", "supported")]


def test_the_mapping_requires_the_text_column(qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("A,B\nx,y\n", encoding="utf-8")
    dialog = open_dialog(qtbot, db, tasks, [path])
    wait_status(qtbot, dialog, path, EntryStatus.NEEDS_MAPPING)
    assert dialog.mapping_panel.current_mapping() == {}
    assert not dialog.mapping_panel.apply_button.isEnabled() and not dialog.mapping_panel.save_button.isEnabled()
    dialog.mapping_panel.combos["text"].setCurrentIndex(dialog.mapping_panel.combos["text"].findData("A"))
    assert dialog.mapping_panel.apply_button.isEnabled()
    dialog.apply_mapping()
    entry = wait_status(qtbot, dialog, path, EntryStatus.READY)
    # Rows without a State under review or a cycle cannot be placed in a review: shown as rows to fix,
    # and skipping them is offered.
    assert [p.column for p in entry.report.bad_rows] == ["State under review", "session"]
    assert dialog.cards["problems"].caption.text() == "rows that cannot be imported"
    assert dialog.preview_tabs.tabText(1) == "Rows to fix (2)" and dialog.skip_bad_rows.isVisible()
    dialog.skip_bad_rows.setChecked(True)
    assert entry.options.skip_bad_rows


# --- the problems view ---------------------------------------------------------------------------


def test_the_problems_of_the_addendum_beside_their_source_text(qtbot, reviewed: Database, tasks: TaskRunner,
                                                               qtmodeltester) -> None:
    view = open_view(qtbot, reviewed, tasks)
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == 2 and view.count_label.text() == "2 open"
    select(view, "suggestion_applied", 158)
    index = view.list.currentIndex()
    assert index.data(LineRole) == 158 and set(index.data(LabelsRole)) == SPLIT_GROUP | {"97.12"}
    assert view.title.text() == "Repair to check"
    assert view.message.text().startswith("One text (lines 147–169) followed two groups of numbers")
    assert view.labels_label.text() == "Recommendations: 97.11–97.13, 97.20–97.26"
    assert "97.12: Noted — “Kazakhstan therefore does not accept" in view.recorded.text()
    source = view.source_view.toPlainText().splitlines()
    assert "  158 │ The law adopted on 10 July 2009 provides for amendments in respect of" in source
    assert view.highlighted_line() == 158
    highlighted = [s for s in view.source_view.extraSelections()
                   if s.format.background().color() == PROBLEM_LINE_COLOUR]
    assert len(highlighted) == 1 and highlighted[0].cursor.block().text().startswith("  158 │ The law adopted")
    assert view.split_button.isEnabled() and not view.assign_button.isVisible()
    select(view, "suggestion_applied", 186)
    assert view.highlighted_line() == 186 and view.assign_button.isEnabled()
    assert "  186 │  Kazakhstan accepts these recommendations." in view.source_view.toPlainText()
    select(view, "suggestion_applied", 158)
    qtbot.wait(50)  # let the layouts settle before the screenshot
    view.grab().save("/tmp/problems.png")


def test_accept_as_read_clears_needs_review(qtbot, reviewed: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, reviewed, tasks)
    select(view, "suggestion_applied", 158)
    act(qtbot, view, view.accept_current)
    assert labels_needing_review(reviewed) == {"97.16", "97.18"}
    assert view.model.rowCount() == 1 and view.current_problem().line == 186
    act(qtbot, view, view.accept_current)
    assert labels_needing_review(reviewed) == set()
    assert view.list_stack.currentWidget() is view.empty_label
    view.show_resolved.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=TIMEOUT)
    assert view.resolution.text() == "Resolved: Accepted as read." and not view.accept_button.isEnabled()


def test_correct_position_for_one_label(qtbot, reviewed: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, reviewed, tasks)
    select(view, "suggestion_applied", 186)
    view.correct_current()
    dialog = view.dialog
    assert isinstance(dialog, CorrectPositionDialog)
    assert dialog.position_combo.currentText() == "Supported" and dialog.labels.checked() == ["97.16", "97.18"]
    dialog.position_combo.setCurrentIndex(dialog.position_combo.findData("noted"))
    dialog.labels.set_checked(["97.16"])
    assert dialog.chosen_labels() == ["97.16"]
    act(qtbot, view, dialog.accept)
    rows = rows_by_label(reviewed)
    assert (rows["97.16"].position, rows["97.18"].position) == ("noted", "supported")
    assert labels_needing_review(reviewed) == SPLIT_GROUP | {"97.12"}


def test_split_a_repair_at_another_line(qtbot, reviewed: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, reviewed, tasks)
    select(view, "suggestion_applied", 158)
    view.split_current()
    dialog = view.dialog
    assert isinstance(dialog, SplitTextDialog)
    assert dialog.split_line() == 158
    assert set(dialog.first_part_labels()) == SPLIT_GROUP and dialog.second_part_labels() == ["97.12"]
    dialog.set_split_line(167)
    assert dialog.second_reading.text().startswith("Lines 167–169, its words: Noted")
    # A label ticked for one part leaves the other.
    dialog.second_labels.set_checked(["97.12", "97.11"])
    assert "97.11" not in dialog.first_part_labels()
    dialog.first_labels.set_checked(sorted(SPLIT_GROUP))
    assert dialog.second_part_labels() == ["97.12"] and dialog.ok_button.isEnabled()
    act(qtbot, view, dialog.accept)
    rows = rows_by_label(reviewed)
    text = recommendation_detail(reviewed, rows["97.12"].id).responses[-1].response_text
    assert text.startswith("Kazakhstan therefore does not accept")
    assert labels_needing_review(reviewed) == {"97.16", "97.18"}


def test_assign_the_text_without_numbers(qtbot, addendum_alone: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, addendum_alone, tasks)
    assert view.model.rowCount() == 4
    select(view, "orphan_text")
    assert view.labels_label.text() == "Recommendations: none named (the text lost its numbers)"
    assert not view.correct_button.isEnabled() and view.assign_button.isEnabled()
    view.assign_current()
    qtbot.waitUntil(lambda: isinstance(view.dialog, AssignTextDialog), timeout=TIMEOUT)
    dialog = view.dialog
    assert dialog.text_view.toPlainText().startswith("Kazakhstan accepts these recommendations.")
    assert dialog.position_combo.currentText() == "As its words say: Supported"
    assert not dialog.ok_button.isEnabled()
    assert dialog.unanswered == ["16", "18"]
    dialog.findChild(type(dialog.ok_button), "tick_unanswered").click()
    assert dialog.chosen_labels() == ["16", "18"] and dialog.ok_button.isEnabled()
    act(qtbot, view, dialog.accept)
    rows = rows_by_label(addendum_alone)
    assert rows["16"].position == rows["18"].position == "supported"
    # The two "no response" problems went with it; the merged text is left.
    assert [view.model.problem_at(r).kind for r in range(view.model.rowCount())] == ["merged_groups"]
    assert not {"16", "18"} & labels_needing_review(addendum_alone)


def test_split_the_merged_text(qtbot, addendum_alone: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, addendum_alone, tasks)
    select(view, "merged_groups")
    merged_labels = set(view.current_problem().recommendation_labels)
    assert merged_labels == labels_needing_review(addendum_alone)
    assert view.recorded.text().endswith("11–13, 20–26: no position (unclear)")
    view.split_current()
    dialog = view.dialog
    assert dialog.first_part_labels() == ["11", "13", "20", "21", "22", "23", "24", "25", "26"]
    assert dialog.second_part_labels() == ["12"]
    dialog.set_split_line(158)
    assert dialog.first_position.currentText() == "As its words say: Supported"
    act(qtbot, view, dialog.accept)
    rows = rows_by_label(addendum_alone)
    assert rows["12"].position == "noted" and rows["20"].position == "supported"
    assert labels_needing_review(addendum_alone) == set()


def test_accepting_what_has_no_position_shows_why_not(qtbot, addendum_alone: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, addendum_alone, tasks)
    select(view, "merged_groups")
    view.accept_current()
    qtbot.waitUntil(lambda: view.last_error_box is not None, timeout=TIMEOUT)
    assert "no position was read" in view.last_error_box.text()
    assert view.last_error_box.icon() == QMessageBox.Icon.Warning
    assert view.model.rowCount() == 4


def test_mark_resolved_with_a_note(qtbot, addendum_alone: Database, tasks: TaskRunner) -> None:
    view = open_view(qtbot, addendum_alone, tasks)
    select(view, "no_response")
    assert view.highlighted_line() is None
    assert view.source_view.toPlainText().startswith("No line of the document concerns this problem")
    problem_id = view.list.currentIndex().data(ProblemIdRole)
    view.resolve_current()
    dialog = view.dialog
    assert isinstance(dialog, ResolveNoteDialog) and not dialog.ok_button.isEnabled()
    dialog.note.setPlainText("Recommendation 16 is answered in the annex we hold on paper.")
    act(qtbot, view, dialog.accept)
    assert view.model.row_of(problem_id) == -1 and view.model.rowCount() == 3


def test_show_review_and_document_text_shown_as_text(qtbot, addendum_alone: Database, tasks: TaskRunner,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "norway.txt"
    path.write_text(MADE_ADDENDUM, encoding="utf-8")
    norway = import_document(addendum_alone, path, cycle=2)
    view = open_view(qtbot, addendum_alone, tasks)
    assert view.model.rowCount() == 6
    with qtbot.waitSignal(view.reloaded, timeout=TIMEOUT):
        view.show_review(norway.review_id)
    assert view.review_combo.currentText() == "Norway: cycle 2"
    kinds = {view.model.problem_at(r).kind for r in range(view.model.rowCount())}
    assert kinds == {"orphan_text", "no_response"}
    select(view, "orphan_text")
    shown = view.source_view.toPlainText()
    assert "   16 │ Norway accepts these recommendations. The <b>ombudsman</b> & the <script>alert(1)</script> " \
           "prisons" in shown.splitlines()
    assert "&amp;" not in shown and view.highlighted_line() == 16
    with qtbot.waitSignal(view.reloaded, timeout=TIMEOUT):
        view.review_combo.setCurrentIndex(0)
    assert view.model.rowCount() == 6 and view.review_id is None


# --- what an addendum left unanswered --------------------------------------------------------------

TWO_ANSWERS = """\
                                                              A/HRC/14/10/Add.1

  Recommendation No.   Position of the Government of Kazakhstan

  1.                   Kazakhstan ratified Convention No. 169 in 2012. The
                       recommendation is not accepted.
  5.                   The recommendation is accepted. Law No. 12 of 4 December
                       2009 provides for it.
"""


def test_the_preview_says_how_many_awaiting_recommendations_the_addendum_answers(
        qtbot, db: Database, tasks: TaskRunner, tmp_path: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    path = tmp_path / "kazakhstan-addendum.txt"
    path.write_text(TWO_ANSWERS, encoding="utf-8")
    dialog = open_dialog(qtbot, db, tasks, [path])
    entry = wait_status(qtbot, dialog, path, EntryStatus.READY, EntryStatus.NEEDS_CYCLE)
    if entry.status is EntryStatus.NEEDS_CYCLE:
        dialog.cycle_combo.setCurrentIndex(dialog.cycle_combo.findData(1))
        wait_status(qtbot, dialog, path, EntryStatus.READY)
    qtbot.waitUntil(lambda: dialog.awaited_label.isVisible(), timeout=TIMEOUT)
    assert dialog.awaited_label.text().startswith(
        "Answered 2 of 26 recommendations awaiting an answer; 24 flagged for review.")
    kinds = [dialog.problems_model.index(r, 0).data() for r in range(dialog.problems_model.rowCount())]
    assert kinds.count("Left unanswered") == 24
    qtbot.wait(50)
    dialog.grab().save("/tmp/import-dialog-awaited.png")


def test_the_preview_of_an_addendum_that_answers_all_says_so(qtbot, db: Database, tasks: TaskRunner) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_ADDENDUM_TXT])
    wait_status(qtbot, dialog, KAZAKHSTAN_ADDENDUM_TXT, EntryStatus.READY)
    qtbot.waitUntil(lambda: dialog.awaited_label.isVisible(), timeout=TIMEOUT)
    assert dialog.awaited_label.text() == "Answered 26 of 26 recommendations awaiting an answer."


def test_the_preview_of_a_report_says_nothing_of_answers(qtbot, db: Database, tasks: TaskRunner) -> None:
    dialog = open_dialog(qtbot, db, tasks, [KAZAKHSTAN_WG_REPORT_TXT])
    wait_status(qtbot, dialog, KAZAKHSTAN_WG_REPORT_TXT, EntryStatus.READY)
    assert not dialog.awaited_label.isVisible()


def test_the_problems_screen_lists_what_was_left_unanswered_with_counts(
        qtbot, db: Database, tasks: TaskRunner, tmp_path: Path, qtmodeltester) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    path = tmp_path / "kazakhstan-addendum.txt"
    path.write_text(TWO_ANSWERS, encoding="utf-8")
    import_document(db, path, kind="addendum", state="KAZ", cycle=1)
    view = open_view(qtbot, db, tasks)
    assert view.kinds_label.isVisible() and "Left unanswered: 24" in view.kinds_label.text()
    titles = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Left unanswered · 97.2" in titles and "Left unanswered · 97.26" in titles
    select(view, "no_response")
    assert view.title.text() == "Left unanswered"
    assert "awaited the State's answer" in view.message.text()
    assert "the document answers the other recommendations but not these" in view.source_view.toPlainText()
    assert labels_needing_review(db) >= {f"97.{n}" for n in range(1, 27) if n not in (1, 5)}
    qtmodeltester.check(view.model)
    qtbot.wait(50)
    view.grab().save("/tmp/problems-left-unanswered.png")
