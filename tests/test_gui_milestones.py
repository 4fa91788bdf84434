"""The milestones page, the milestone dialog and the link dialog, driven as a user would (offscreen),
on a copy of the demo database per test; and the services they add (edit and delete a milestone)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtWidgets import QMessageBox

from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.gui.link_milestone_dialog import LinkMilestoneDialog
from upr_tracker.gui.milestone_dialog import MilestoneDialog
from upr_tracker.gui.milestone_table_model import (
    COLUMN_DATE,
    COLUMN_LINKED,
    COLUMN_TITLE,
    DateIsoRole,
    DateTextRole,
    DepthRole,
    KindRole,
    LinkedCountRole,
    MilestoneIdRole,
    MilestoneRole,
    PrecisionRole,
)
from upr_tracker.gui.milestones_view import MilestonesView
from upr_tracker.gui.tasks import TaskRunner
from upr_tracker.services import milestones, notes
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
)
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")

# The demo's milestones in date order, a plan's items right under their plan.
DEMO_TIMELINE = [
    ("December 2003", "month", "moratorium", "De facto moratorium on executions", 0),
    ("2007", "year", "law", "Constitution of 2007: the death penalty limited to fewer offences", 0),
    ("29 December 2008", "day", "law", "Act on Special Social Services", 0),
    ("2009", "year", "plan", "National Plan of Action on Human Rights 2009–2012", 0),
    ("2009", "year", "plan_item", "Drafting of a new law on peaceful assemblies", 1),
    ("2009", "year", "plan_item", "Phased abolition of the death penalty", 1),
    ("July 2009", "month", "policy", "Standing invitation to all special procedures", 0),
    ("10 July 2009", "day", "law", "Law of 10 July 2009 on information and communication networks", 0),
    ("4 December 2009", "day", "law", "Refugees Act", 0),
]
PLAN = "National Plan of Action on Human Rights 2009–2012"



def open_view(qtbot, database: Database, tasks: TaskRunner) -> MilestonesView:
    view = MilestonesView(lambda: database, tasks)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 or view.count_label.text() == "0 milestones", timeout=5000)
    return view


def titles(view: MilestonesView) -> list[str]:
    return [view.model.index(r, 0).data(MilestoneRole).title for r in range(view.model.rowCount())]


def wait_for_reload(qtbot, view: MilestonesView, condition) -> None:
    qtbot.waitUntil(condition, timeout=5000)
    view.tasks.wait_for_all()


def by_title(database: Database, title: str) -> milestones.MilestoneInfo:
    [found] = [m for m in milestones.list_milestones(database) if m.title == title]
    return found


def select(qtbot, view: MilestonesView, title: str) -> None:
    row = titles(view).index(title)
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.selected_id() == view.model.index(row, 0).data(MilestoneIdRole))


def save_dialog(qtbot, dialog: MilestoneDialog) -> None:
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


# --- services ------------------------------------------------------------------------------------
def test_edit_milestone_changes_only_the_fields_given(demo: Database, tmp_path: Path) -> None:
    refugees = by_title(demo, "Refugees Act")
    edited = milestones.edit_milestone(demo, refugees.id, title="Refugees Act (Law no. 216-IV)", date="2009-12",
                                       source_url="https://adilet.zan.kz/eng/docs/Z090000216_")
    assert (edited.title, edited.date, edited.date_display) == ("Refugees Act (Law no. 216-IV)", "2009-12",
                                                              "December 2009")
    assert edited.source_citation == "A/HRC/14/10/Add.1"  # kept
    assert edited.recommendation_ids == refugees.recommendation_ids
    assert milestones.edit_milestone(demo, refugees.id, date=None).date is None

    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 the gazette")
    milestones.edit_milestone(demo, refugees.id, attachment=evidence)
    assert milestones.attachment_summary(demo, refugees.id) == ("gazette.pdf", "application/pdf", 20)
    assert milestones.attachment_names(demo) == {refugees.id: "gazette.pdf"}
    milestones.edit_milestone(demo, refugees.id, description="Adopted.")  # the file stays
    assert milestones.attachment_of(demo, refugees.id) == ("gazette.pdf", "application/pdf", b"%PDF-1.4 the gazette")
    milestones.edit_milestone(demo, refugees.id, attachment=None)
    assert milestones.attachment_of(demo, refugees.id) is None

    plan = by_title(demo, PLAN)
    with pytest.raises(InvalidValueError, match="stays a plan"):
        milestones.edit_milestone(demo, plan.id, kind="law")
    with pytest.raises(InvalidValueError, match="milestone date"):
        milestones.edit_milestone(demo, refugees.id, date="4 Dec 2009")
    with pytest.raises(InvalidValueError, match="title"):
        milestones.edit_milestone(demo, refugees.id, title="  ")
    with pytest.raises(InvalidValueError, match="another State"):
        milestones.edit_milestone(demo, refugees.id, state="FRA", plan_id=plan.id)
    moved = milestones.edit_milestone(demo, refugees.id, plan_id=plan.id, item_number="3")
    assert (moved.plan_id, moved.item_number) == (plan.id, "3")


def test_delete_milestone_deletes_a_plan_with_its_items_and_keeps_the_recommendations(demo: Database) -> None:
    plan = by_title(demo, PLAN)
    items = milestones.list_milestones(demo, plan_id=plan.id)
    assert len(items) == 2
    linked = set(plan.recommendation_ids).union(*(i.recommendation_ids for i in items))
    note = notes.add_note(demo, "Asked the ministry about the plan", milestone_id=plan.id)
    before = set(list_recommendation_ids(demo))
    assert milestones.delete_milestone(demo, plan.id) == 3
    assert len(milestones.list_milestones(demo)) == 6
    assert set(list_recommendation_ids(demo)) == before
    still_linked = set(list_recommendation_ids(demo, RecommendationFilter(has_milestones=True)))
    others = {r for m in milestones.list_milestones(demo) for r in m.recommendation_ids}
    assert still_linked == others and not (linked - others) & still_linked
    assert all(n.id != note for n in notes.list_notes(demo))
    with pytest.raises(NotFoundError):
        milestones.delete_milestone(demo, plan.id)


# --- the page -------------------------------------------------------------------------------------------
def test_timeline_lists_the_demo_in_date_order_with_the_date_as_known(qtbot, demo: Database, tasks,
                                                                     qtmodeltester) -> None:
    view = open_view(qtbot, demo, tasks)
    model = view.model
    shown = [(model.index(r, 0).data(DateTextRole), model.index(r, 0).data(PrecisionRole),
              model.index(r, 0).data(KindRole), model.index(r, 0).data(MilestoneRole).title,
              model.index(r, 0).data(DepthRole)) for r in range(model.rowCount())]
    assert shown == DEMO_TIMELINE
    assert [model.index(r, COLUMN_DATE).data() for r in range(3)] == ["December 2003", "2007", "29 December 2008"]
    assert model.index(0, 0).data(DateIsoRole) == "2003-12"
    assert model.index(4, COLUMN_TITLE).data().strip().startswith("↳")  # an item, under its plan
    plan_row = [s[3] for s in shown].index(PLAN)
    assert model.index(plan_row, 0).data(LinkedCountRole) == len(by_title(demo, PLAN).recommendation_ids) > 0
    assert model.index(plan_row, COLUMN_LINKED).data() == str(model.index(plan_row, 0).data(LinkedCountRole))
    assert view.count_label.text() == "9 milestones"
    assert view.state_combo.itemText(1) == "Kazakhstan (9)"
    qtmodeltester.check(model)

    # The strip draws a dot for every dated milestone, left to right in time.
    timeline = view.timeline
    assert len(timeline.shown_ids()) == 9
    x = {m: timeline.dot_of(model.index(r, 0).data(MilestoneIdRole)).x() for r, m in enumerate(s[3] for s in shown)}
    assert x["De facto moratorium on executions"] < x["Act on Special Social Services"] < x["Refugees Act"]
    assert x["Standing invitation to all special procedures"] < x["Refugees Act"]

    # Clicking a dot selects its milestone; hovering it tells what it is.
    refugees = by_title(demo, "Refugees Act")
    where = timeline.dot_of(refugees.id).toPoint()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: view.selected_id() == refugees.id)
    assert "Refugees Act" in timeline.tooltip_text(refugees) and "Law · 4 December 2009" in timeline.tooltip_text(refugees)
    qtbot.waitUntil(lambda: "non-refoulement" in view.detail.toPlainText(), timeout=5000)
    detail = view.detail.toPlainText()
    assert "On 4 December 2009, Kazakhstan adopted the Refugees Act" in detail
    assert "A/HRC/14/10/Add.1" in detail and "Linked recommendations (1)" in detail and "97.7" in detail

    view.grab().save("/tmp/milestones.png")
    image = QImage("/tmp/milestones.png")
    assert (image.width(), image.height()) == (1200, 700)


def test_filters_by_state_kind_text_and_years(qtbot, demo: Database, tasks) -> None:
    milestones.add_milestone(demo, "FRA", "ratification", "Ratification of OP-CAT", date="2008-11-11")
    view = open_view(qtbot, demo, tasks)
    assert view.model.rowCount() == 10 and view.count_label.text() == "10 milestones"
    assert [view.state_combo.itemText(i) for i in range(view.state_combo.count())] == [
        "All States (10 milestones)", "France (1)", "Kazakhstan (9)"]

    view.state_combo.setCurrentIndex(view.state_combo.findData("KAZ"))
    assert titles(view) == [t[3] for t in DEMO_TIMELINE]
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("law"))
    assert titles(view) == ["Constitution of 2007: the death penalty limited to fewer offences",
                            "Act on Special Social Services",
                            "Law of 10 July 2009 on information and communication networks", "Refugees Act"]
    assert view.count_label.text() == "4 of 9 milestones"
    view.kind_combo.setCurrentIndex(0)

    view.text_filter.setText("DEATH penalty")  # every word, any case, in title or description
    assert titles(view) == ["Constitution of 2007: the death penalty limited to fewer offences", PLAN,
                            "Phased abolition of the death penalty"]
    assert view.model.index(2, 0).data(DepthRole) == 1  # still under its plan
    view.text_filter.setText("97.7")  # the labels of the linked recommendations
    assert titles(view) == ["Refugees Act"]
    view.text_filter.clear()

    view.from_year.setValue(2008)
    view.to_year.setValue(2008)
    assert titles(view) == ["Act on Special Social Services"]
    view.to_year.setValue(2009)
    assert len(titles(view)) == 7
    view.from_year.setValue(2003)
    view.to_year.setValue(2003)
    assert titles(view) == ["De facto moratorium on executions"]
    assert view.timeline.shown_ids() == [by_title(demo, "De facto moratorium on executions").id]

    view.clear_filters()
    assert view.model.rowCount() == 9
    view.show_state(None)
    assert view.model.rowCount() == 10
    view.show_state("fra")
    assert titles(view) == ["Ratification of OP-CAT"]
    view.show_state("MEX")  # a State with no milestone yet: shown, empty
    assert view.model.rowCount() == 0 and view.state_combo.currentText() == "Mexico (0)"
    assert "No milestone matches" in view.detail.toPlainText()


def test_new_milestone_refuses_an_invalid_date_inline_then_saves(qtbot, demo: Database, tasks) -> None:
    view = open_view(qtbot, demo, tasks)
    view.show_state("KAZ")
    changed = []
    view.changed.connect(lambda: changed.append(True))
    dialog = view.new_milestone()
    assert dialog.state_combo.currentData() == "KAZ"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("visit"))
    qtbot.keyClicks(dialog.title_edit, "Visit of the Special Rapporteur on torture")
    qtbot.keyClicks(dialog.date_edit, "2009-05-32")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.date_message.isVisible()
    assert "'2009-05-32' is not a valid date" in dialog.date_message.text()
    assert len(milestones.list_milestones(demo)) == 9  # nothing saved

    dialog.date_edit.clear()
    qtbot.keyClicks(dialog.date_edit, "2009-05")
    assert not dialog.date_message.isVisible()
    assert dialog.date_preview.text().startswith("= May 2009")
    dialog.citation_edit.setText("A/HRC/13/39/Add.3")
    dialog.url_edit.setText("not an address")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.url_message.isVisible() and dialog.isVisible()
    dialog.url_edit.setText("https://docs.un.org/A/HRC/13/39/Add.3")
    assert dialog.values() == {
        "state": "KAZ", "kind": "visit", "title": "Visit of the Special Rapporteur on torture", "date": "2009-05",
        "description": None, "source_citation": "A/HRC/13/39/Add.3",
        "source_url": "https://docs.un.org/A/HRC/13/39/Add.3", "attachment": None, "plan_id": None,
        "item_number": None, "ends": None, "due_on": None}
    save_dialog(qtbot, dialog)
    visit = by_title(demo, "Visit of the Special Rapporteur on torture")
    assert (visit.kind, visit.date, visit.source_url) == ("visit", "2009-05", "https://docs.un.org/A/HRC/13/39/Add.3")
    wait_for_reload(qtbot, view, lambda: view.selected_id() == visit.id)
    assert titles(view).index("Visit of the Special Rapporteur on torture") == titles(view).index(PLAN) + 3
    assert changed


def test_a_refused_save_shows_the_services_message_and_keeps_the_dialog(qtbot, demo: Database, tasks) -> None:
    view = open_view(qtbot, demo, tasks)
    select(qtbot, view, "Refugees Act")
    dialog = view.edit_selected()
    milestones.delete_milestone(demo, by_title(demo, "Refugees Act").id)  # meanwhile, elsewhere
    dialog.title_edit.setText("Refugees Act, amended")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.last_error_box is not None, timeout=5000)
    assert dialog.last_error_box.text().startswith("milestone ") and "does not exist" in dialog.last_error_box.text()
    assert dialog.last_error_box.icon() == QMessageBox.Icon.Warning
    assert dialog.isVisible()
    dialog.last_error_box.close()
    dialog.reject()


def test_edit_milestone_through_the_dialog(qtbot, demo: Database, tasks, tmp_path: Path) -> None:
    view = open_view(qtbot, demo, tasks)
    select(qtbot, view, "Act on Special Social Services")
    dialog = view.edit_selected()
    assert dialog.windowTitle() == "Edit milestone"
    assert (dialog.title_edit.text(), dialog.date_edit.text(), dialog.kind_combo.currentData()) == (
        "Act on Special Social Services", "2008-12-29", "law")
    assert "attachment" not in dialog.values()  # no change to the file: not passed to edit_milestone
    dialog.title_edit.setText("Act on Special Social Services (no. 114-IV)")
    dialog.date_edit.setText("2008-12")
    dialog.description_edit.setPlainText("Adopted in December 2008.")
    save_dialog(qtbot, dialog)
    edited = by_title(demo, "Act on Special Social Services (no. 114-IV)")
    assert (edited.date_display, edited.description) == ("December 2008", "Adopted in December 2008.")
    wait_for_reload(qtbot, view, lambda: "Act on Special Social Services (no. 114-IV)" in titles(view))
    row = titles(view).index("Act on Special Social Services (no. 114-IV)")
    assert view.model.index(row, COLUMN_DATE).data() == "December 2008"
    assert view.selected_id() == edited.id


def test_delete_asks_first_and_a_plan_goes_with_its_items(qtbot, demo: Database, tasks, monkeypatch) -> None:
    view = open_view(qtbot, demo, tasks)
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask(_parent, _title, text, *_args):
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", ask)
    select(qtbot, view, PLAN)
    view.delete_button.click()
    assert questions[-1].startswith(f"Delete the plan “{PLAN}” and its 2 items?")
    assert "linked recommendations stay" in questions[-1]
    tasks.wait_for_all()
    assert len(milestones.list_milestones(demo)) == 9  # cancelled

    answer[0] = QMessageBox.StandardButton.Yes
    view.delete_button.click()
    wait_for_reload(qtbot, view, lambda: view.model.rowCount() == 6)
    assert PLAN not in titles(view) and "Phased abolition of the death penalty" not in titles(view)
    assert len(milestones.list_milestones(demo)) == 6
    assert view.selected_milestone() is not None and view.selected_milestone().title == "Standing invitation to all special procedures"

    select(qtbot, view, "Refugees Act")
    view.delete_button.click()
    assert questions[-1].startswith("Delete the milestone “Refugees Act”?")
    wait_for_reload(qtbot, view, lambda: view.model.rowCount() == 5)
    assert "Refugees Act" not in [m.title for m in milestones.list_milestones(demo)]


def test_plan_items_are_listed_under_their_plan_and_added_with_new_item(qtbot, demo: Database, tasks) -> None:
    milestones.add_milestone(demo, "FRA", "law", "A French law", date="2010")
    view = open_view(qtbot, demo, tasks)
    plan = by_title(demo, PLAN)
    assert not view.new_item_button.isEnabled() or view.selected_milestone().kind in ("plan", "plan_item")
    view.show_plan(plan.id)
    assert view.selected_id() == plan.id and view.state_combo.currentData() == "KAZ"
    assert view.new_item_button.isEnabled()
    qtbot.waitUntil(lambda: "Items of the plan (2)" in view.detail.toPlainText(), timeout=5000)
    assert "Drafting of a new law on peaceful assemblies" in view.detail.toPlainText()

    dialog = view.new_item()
    assert dialog.plan_combo.currentData() == plan.id
    assert dialog.kind_combo.currentData() == "plan_item" and dialog.item_number_edit.isEnabled()
    dialog.title_edit.setText("Ratify the Optional Protocol to the Convention against Torture")
    dialog.date_edit.setText("2009")
    dialog.item_number_edit.setText("0")
    save_dialog(qtbot, dialog)
    items = milestones.list_milestones(demo, plan_id=plan.id)
    assert len(items) == 3 and {i.item_number for i in items} == {"0", None}
    wait_for_reload(qtbot, view, lambda: view.model.rowCount() == 10)
    plan_row = titles(view).index(PLAN)
    assert titles(view)[plan_row + 1] == "Ratify the Optional Protocol to the Convention against Torture"
    assert [view.model.index(plan_row + k, 0).data(DepthRole) for k in range(4)] == [0, 1, 1, 1]
    assert view.model.index(plan_row + 1, COLUMN_TITLE).data().strip() == (
        "↳  0  Ratify the Optional Protocol to the Convention against Torture")

    # An item selected: "New item…" adds to its plan.
    view.table.selectRow(plan_row + 2)
    assert view.new_item_button.isEnabled()
    dialog = view.new_item()
    assert dialog.plan_combo.currentData() == plan.id
    dialog.reject()
    view.show_plan(None)
    assert view.selected_id() is None and not view.new_item_button.isEnabled()


def test_show_plan_before_loading_or_behind_filters_selects_it(qtbot, demo: Database, tasks) -> None:
    plan = by_title(demo, PLAN)
    view = MilestonesView(lambda: demo, tasks)  # as the window would: asked at once, loaded later
    qtbot.addWidget(view)
    view.show_plan(plan.id)
    qtbot.waitUntil(lambda: view.selected_id() == plan.id, timeout=5000)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("law"))
    view.text_filter.setText("refugees")
    assert titles(view) == ["Refugees Act"]
    view.show_plan(plan.id)
    assert view.selected_id() == plan.id and view.kind_combo.currentIndex() == 0 and not view.text_filter.text()
    assert titles(view)[titles(view).index(PLAN) + 1:][:2] == ["Drafting of a new law on peaceful assemblies",
                                                               "Phased abolition of the death penalty"]


def test_link_several_recommendations_at_once(qtbot, demo: Database, qtmodeltester) -> None:
    linked_before = set(list_recommendation_ids(demo, RecommendationFilter(has_milestones=True)))
    chosen = [r for r in list_recommendation_ids(demo) if r not in linked_before][:4]
    assert len(chosen) == 4
    dialog = LinkMilestoneDialog(demo, "KAZ", chosen)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(type(dialog.search_box), "milestone_search") is dialog.search_box
    assert dialog.proxy.rowCount() == 7  # top level: the plan holds its two items
    plan_index = dialog.proxy.match(dialog.proxy.index(0, 0), Qt.ItemDataRole.DisplayRole, PLAN)[0]
    assert dialog.proxy.rowCount(plan_index) == 2
    qtmodeltester.check(dialog.proxy)
    assert not dialog.link_button.isEnabled()

    qtbot.keyClicks(dialog.search_box, "assemblies")  # an item: found with its plan
    assert dialog.proxy.rowCount() == 1 and dialog.proxy.rowCount(dialog.proxy.index(0, 0)) == 1
    item = by_title(demo, "Drafting of a new law on peaceful assemblies")
    assert dialog.select(item.id)
    assert dialog.link_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.link_button.click()
    assert dialog.linked_milestone_id == item.id and dialog.new_links == 4
    assert set(by_title(demo, item.title).recommendation_ids) >= set(chosen)
    assert set(list_recommendation_ids(demo, RecommendationFilter(has_milestones=True))) == linked_before | set(chosen)

    # Again, with one already linked: shown, and the others linked.
    again = LinkMilestoneDialog(demo, "KAZ", chosen[:1] + [r for r in list_recommendation_ids(demo)
                                                           if r not in linked_before | set(chosen)][:1])
    qtbot.addWidget(again)
    assert again.select(item.id)
    assert again.tree.currentIndex().siblingAtColumn(3).data() == "1 of 2"
    with qtbot.waitSignal(again.accepted, timeout=5000):
        again.accept()
    assert again.new_links == 1


def test_link_to_a_new_milestone(qtbot, demo: Database) -> None:
    linked_before = set(list_recommendation_ids(demo, RecommendationFilter(has_milestones=True)))
    chosen = [r for r in list_recommendation_ids(demo) if r not in linked_before][:3]
    dialog = LinkMilestoneDialog(demo, "KAZ", chosen)
    qtbot.addWidget(dialog)
    dialog.show()
    new = dialog.new_milestone()
    assert new.state_combo.currentData() == "KAZ"
    new.kind_combo.setCurrentIndex(new.kind_combo.findData("setback"))
    new.title_edit.setText("Law on mass media tightened")
    new.date_edit.setText("2009-07-10")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        save_dialog(qtbot, new)
    created = by_title(demo, "Law on mass media tightened")
    assert dialog.linked_milestone_id == created.id and dialog.new_links == 3
    assert set(created.recommendation_ids) == set(chosen)
    assert set(list_recommendation_ids(demo, RecommendationFilter(has_milestones=True))) == linked_before | set(chosen)


def test_link_dialog_for_a_state_without_milestones(qtbot, demo: Database) -> None:
    dialog = LinkMilestoneDialog(demo, "FRA", [uuid.uuid4()])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and "France has no milestones yet" in dialog.empty_label.text()
    assert not dialog.tree.isVisible() and dialog.new_button.isEnabled()


def test_link_failure_is_shown_with_its_message(qtbot, demo: Database) -> None:
    missing = uuid.uuid4()
    dialog = LinkMilestoneDialog(demo, "KAZ", [missing])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(by_title(demo, "Refugees Act").id)
    dialog.link_button.click()
    qtbot.waitUntil(lambda: dialog.last_error_box is not None, timeout=5000)
    assert dialog.last_error_box.text() == f"recommendations {missing} do not exist"
    assert dialog.isVisible() and dialog.linked_milestone_id is None and dialog.link_button.isEnabled()
    dialog.last_error_box.close()


def test_attachment_round_trip(qtbot, demo: Database, tasks, tmp_path: Path, monkeypatch) -> None:
    payload = bytes(range(256)) * 4000  # ~1 MB, not text
    evidence = tmp_path / "Gazette no. 152 (2009).pdf"
    evidence.write_bytes(payload)
    view = open_view(qtbot, demo, tasks)
    view.show_state("KAZ")
    dialog = view.new_milestone()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("law"))
    dialog.title_edit.setText("Law on peaceful assemblies")
    dialog.date_edit.setText("2011")
    dialog.set_attachment(evidence)
    assert dialog.attachment_label.text() == "Gazette no. 152 (2009).pdf (1,000 KB)"  # numbers as the locale writes them
    assert dialog.values()["attachment"] == evidence
    save_dialog(qtbot, dialog)
    law = by_title(demo, "Law on peaceful assemblies")
    wait_for_reload(qtbot, view, lambda: view.selected_id() == law.id)
    qtbot.waitUntil(lambda: view.attachment_bar.isVisible(), timeout=5000)
    assert "Gazette no. 152 (2009).pdf" in view.attachment_label.text()
    assert "Attached file" in view.detail.toPlainText()

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.open_attachment_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    written = Path(opened[0].toLocalFile())
    assert written == view.last_opened_attachment
    assert written.name == "Gazette no. 152 (2009).pdf"
    assert written.read_bytes() == payload

    # Replaced, then removed, through the edit dialog.
    other = tmp_path / "decree.txt"
    other.write_text("Decree", encoding="utf-8")
    dialog = view.edit_selected()
    assert dialog.attachment_label.text() == "Gazette no. 152 (2009).pdf (1,000 KB)"  # numbers as the locale writes them
    dialog.set_attachment(other)
    save_dialog(qtbot, dialog)
    assert milestones.attachment_of(demo, law.id) == ("decree.txt", "text/plain", b"Decree")
    wait_for_reload(qtbot, view, lambda: "decree.txt" in view.attachment_label.text())
    dialog = view.edit_selected()
    dialog.remove_attachment()
    assert dialog.values()["attachment"] is None
    save_dialog(qtbot, dialog)
    assert milestones.attachment_of(demo, law.id) is None
    wait_for_reload(qtbot, view, lambda: not view.attachment_bar.isVisible() and view.selected_id() == law.id)


def test_an_empty_database_says_what_milestones_are(qtbot, db: Database, tasks) -> None:
    view = open_view(qtbot, db, tasks)
    assert view.model.rowCount() == 0 and view.count_label.text() == "0 milestones"
    assert "No milestones yet" in view.detail.toPlainText()
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()


def test_screenshots_of_the_dialogs(qtbot, demo: Database, tasks) -> None:
    """The dialogs as users see them, side by side in one picture (checked by eye)."""
    plan = by_title(demo, PLAN)
    [item] = [m for m in milestones.list_milestones(demo, plan_id=plan.id) if m.title.startswith("Phased")]
    edit = MilestoneDialog(demo, tasks, milestone=item)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.plan_combo.currentData() == plan.id and edit.heading.text() == "Edit plan item — Kazakhstan"
    new = MilestoneDialog(demo, tasks, state_iso3="KAZ")
    qtbot.addWidget(new)
    new.show()
    new.title_edit.setText("Refugees Act")
    new.date_edit.setText("4 December 2009")
    assert not new.validate() and new.date_message.isVisible()
    chosen = list_recommendation_ids(demo)[:3]
    link = LinkMilestoneDialog(demo, "KAZ", chosen)
    qtbot.addWidget(link)
    link.show()
    link.select(by_title(demo, "Refugees Act").id)
    shots = [w.grab() for w in (new, edit, link)]
    gap = 16
    width = sum(s.width() for s in shots) + gap * (len(shots) + 1)
    height = max(s.height() for s in shots) + 2 * gap
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(0xD0D4D9)
    painter = QPainter(picture)
    x = gap
    for shot in shots:
        painter.drawPixmap(QPoint(x, gap), shot)
        x += shot.width() + gap
    painter.end()
    assert picture.save("/tmp/milestone-dialog.png")
    new.reject()
    edit.reject()


def test_tooltips_show_a_milestone_s_markup_as_text(qtbot, db: Database, tasks: TaskRunner) -> None:
    from PySide6.QtGui import QTextDocument

    from upr_tracker.gui.milestone_table_model import COLUMN_SOURCE, COLUMN_TITLE

    title = "Law <b>No. 5</b> <script>alert(1)</script> & co"
    milestones.add_milestone(db, "KAZ", "law", title, date="2011-03-01", source_citation="Gazette <i>12</i>")
    view = open_view(qtbot, db, tasks)

    def shown(column: int) -> str:  # as Qt shows a tooltip: rich text when it looks like it
        document = QTextDocument()
        document.setHtml(view.model.index(0, column).data(Qt.ItemDataRole.ToolTipRole))
        return document.toPlainText()

    assert shown(COLUMN_TITLE) == title
    assert shown(COLUMN_SOURCE) == "Gazette <i>12</i>"



def test_a_plan_shows_its_period_and_due_date_and_the_dialog_edits_them(qtbot, demo: Database, tasks) -> None:
    import datetime as dt

    from upr_tracker.gui.milestone_table_model import COLUMN_DATE

    view = open_view(qtbot, demo, tasks)
    select(qtbot, view, PLAN)
    dialog = view.edit_selected()
    dialog.date_edit.setText("2009")
    dialog.end_edit.setText("2008")
    dialog.due_edit.setText("31/12/2012")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.end_message.isVisible() and dialog.due_message.isVisible()
    assert "before the start" in dialog.end_message.text()
    dialog.end_edit.setText("2012")
    dialog.due_edit.setText("2013-01-31")
    save_dialog(qtbot, dialog)
    plan = by_title(demo, PLAN)
    assert (plan.ends, plan.period_display, plan.due_on) == ("2012", "2009–2012", dt.date(2013, 1, 31))
    wait_for_reload(qtbot, view,
                    lambda: view.model.index(view.model.row_of(plan.id), COLUMN_DATE).data() == "2009–2012")
    select(qtbot, view, PLAN)
    qtbot.waitUntil(lambda: "due 31 January 2013" in view.detail.toPlainText(), timeout=5000)
    again = view.edit_selected()
    assert (again.end_edit.text(), again.due_edit.text()) == ("2012", "2013-01-31")
    again.reject()
