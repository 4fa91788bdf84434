"""What narrows the table stays in sight: the sidebar keeps its choice across a reload, and
Clear filters and search brings every recommendation back. On the demo database."""

from __future__ import annotations


import pytest

from tests.test_gui_main_window import find_node, open_window
from upr_tracker.gui.navigator_model import ALL, PLAN, NodeKindRole, NodeValueRole
from upr_tracker.services import milestones
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


def test_a_chosen_plan_stays_chosen_after_saving_an_item_and_clear_brings_all_back(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    total = window.recommendations.rowCount()
    assert total == window.database_total > 0
    qtbot.waitUntil(lambda: window.navigator.rowCount() == 4, timeout=5000)
    plan_node = find_node(window, lambda i: i.data(NodeKindRole) == PLAN)
    plan_id = plan_node.data(NodeValueRole)
    window.sidebar.setCurrentIndex(plan_node)
    qtbot.waitUntil(lambda: 0 < window.recommendations.rowCount() < total, timeout=5000)
    narrowed = window.recommendations.rowCount()

    # Saving a plan item reloads the sidebar: the plan must stay chosen and in sight.
    plan = next(p for p in milestones.list_milestones(demo, kind="plan") if p.id == plan_id)
    milestones.add_milestone(demo, plan.state_iso3, "policy", "A further item", plan_id=plan_id, item_number="99")
    with qtbot.waitSignal(window.navigator.modelReset, timeout=5000):  # the sidebar is filled anew
        window.milestones_view.changed.emit()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=5000)
    current = window.sidebar.currentIndex()
    assert current.isValid() and current.data(NodeKindRole) == PLAN and current.data(NodeValueRole) == plan_id
    assert window.sidebar.isExpanded(current.parent())
    assert window.recommendations.rowCount() == narrowed

    # Clear filters and search clears the sidebar's narrowing too.
    window.clear_filters()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == total, timeout=5000)
    assert window.sidebar.currentIndex().data(NodeKindRole) == ALL
    assert window.scope.plan_id is None


def test_a_deleted_plan_no_longer_narrows_the_table(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    total = window.recommendations.rowCount()
    qtbot.waitUntil(lambda: window.navigator.rowCount() == 4, timeout=5000)
    plan_node = find_node(window, lambda i: i.data(NodeKindRole) == PLAN)
    window.sidebar.setCurrentIndex(plan_node)
    qtbot.waitUntil(lambda: window.recommendations.rowCount() < total, timeout=5000)
    milestones.delete_milestone(demo, plan_node.data(NodeValueRole))
    window.milestones_view.changed.emit()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == total, timeout=5000)
    assert window.sidebar.currentIndex().data(NodeKindRole) == ALL


def test_the_export_of_a_chosen_plan_holds_the_plan_s_recommendations_and_says_so(qtbot, demo: Database,
                                                                                 tmp_path) -> None:
    import csv

    window = open_window(qtbot, demo)
    total = window.recommendations.rowCount()
    qtbot.waitUntil(lambda: window.navigator.rowCount() == 4, timeout=5000)
    plan_node = find_node(window, lambda i: i.data(NodeKindRole) == PLAN)
    plan = next(p for p in milestones.list_milestones(demo, kind="plan") if p.id == plan_node.data(NodeValueRole))
    window.sidebar.setCurrentIndex(plan_node)
    qtbot.waitUntil(lambda: 0 < window.recommendations.rowCount() < total, timeout=5000)
    shown = window.recommendations.rowCount()
    linked = set(plan.recommendation_ids) | {r for item in milestones.list_milestones(demo, plan_id=plan.id)
                                             for r in item.recommendation_ids}
    assert shown == len(linked)
    assert f"of the plan {plan.title}"[:40] in window.suggested_export_name()

    target = tmp_path / "plan.csv"
    window.export_to(target)
    qtbot.waitUntil(lambda: bool(getattr(window, "last_export_message", "")), timeout=10000)
    assert window.last_export_message.startswith(f"{shown:,} recommendations exported")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        assert sum(1 for _ in csv.reader(stream)) - 1 == shown
