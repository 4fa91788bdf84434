"""The vocabularies dialog, driven as a user would (offscreen), on a fresh database per test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from upr_tracker.gui import vocabularies_dialog as module
from upr_tracker.gui.term_table_model import CODE, FORMER_NAMES, NAME, USAGE, TermIdRole, TermRole
from upr_tracker.gui.vocabularies_dialog import VocabulariesDialog
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids
from upr_tracker.services.vocabularies import add_term, list_terms, merge_terms
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def tagged(db: Database) -> Database:
    """Death penalty on 3 recommendations, Capital punishment (a user's term) on 2, Torture on 1."""
    add_term(db, "themes", "Capital punishment")
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    themes = [["Death penalty"], ["Death penalty"], ["Death penalty", "Torture and other CID treatment"],
              ["Capital punishment"], ["Capital punishment"], []]
    for number, names in enumerate(themes, start=1):
        recommendations.add_recommendation(db, review, f"Recommendation {number}", label=f"97.{number}",
                                           recommending_states=["France"], themes=names)
    return db


def open_dialog(qtbot, database: Database) -> VocabulariesDialog:
    dialog = VocabulariesDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.total_count > 0 and dialog.count_label.text() != "Loading…", timeout=5000)
    return dialog


def shown(dialog: VocabulariesDialog, column: int = NAME) -> list[str]:
    return [dialog.model.index(row, column).data() for row in range(dialog.model.rowCount())]


def row_named(dialog: VocabulariesDialog, name: str) -> int:
    names = shown(dialog)
    assert name in names, f"{name!r} is not listed"
    return names.index(name)


def select(dialog: VocabulariesDialog, *names: str) -> None:
    dialog.table.clearSelection()
    selection = dialog.table.selectionModel()
    for name in names:
        selection.select(dialog.model.index(row_named(dialog, name), NAME),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def theme_ids(db: Database, theme: str) -> set:
    return set(list_recommendation_ids(db, RecommendationFilter(theme=theme)))


def test_model_passes_the_model_tester_and_lists_usage_counts(qtbot, tagged: Database, qtmodeltester) -> None:
    dialog = open_dialog(qtbot, tagged)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 55  # the 54 shipped UPR Info issues and the user's term
    assert dialog.count_label.text() == "55 terms"
    usage = dict(zip(shown(dialog), shown(dialog, USAGE)))
    assert usage["Death penalty"] == "3"
    assert usage["Capital punishment"] == "2"
    assert usage["Torture and other CID treatment"] == "1"
    assert usage["Trafficking"] == "0"
    row = row_named(dialog, "Death penalty")
    term = dialog.model.index(row, NAME).data(TermRole)
    assert (term.name, term.usage_count, term.vocabulary) == ("Death penalty", 3, "themes")
    assert dialog.model.index(row, USAGE).data(TermIdRole) == term.id
    assert dialog.model.index(row, USAGE).data(Qt.ItemDataRole.ToolTipRole) == "3 recommendations tagged “Death penalty”"
    assert {b"termId", b"term", b"sortKey"} <= {bytes(v) for v in dialog.model.roleNames().values()}
    assert dialog.table.isColumnHidden(CODE)  # themes have no codes
    # The tester again, over a filtered model and a sort.
    dialog.filter_box.setText("rights")
    qtmodeltester.check(dialog.model)
    dialog.table.sortByColumn(USAGE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(dialog.model)


def test_sorting_in_the_model_keeps_the_selection_on_its_term(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    select(dialog, "Capital punishment")
    dialog.table.sortByColumn(USAGE, Qt.SortOrder.DescendingOrder)
    assert shown(dialog)[:3] == ["Death penalty", "Capital punishment", "Torture and other CID treatment"]
    assert [t.name for t in dialog.selected_terms()] == ["Capital punishment"]
    dialog.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert shown(dialog)[0] == "Women's rights"
    assert [t.name for t in dialog.selected_terms()] == ["Capital punishment"]


def test_the_filter_box_narrows_the_list_as_you_type(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    qtbot.keyClicks(dialog.filter_box, "DEATH")
    assert shown(dialog) == ["Death penalty"]
    assert dialog.count_label.text() == "1 of 55 terms"
    dialog.filter_box.setText("freedom of")
    assert len(shown(dialog)) == 5 and all(name.startswith("Freedom of") for name in shown(dialog))
    dialog.filter_box.setText("liberté")  # accents and case do not matter, nothing is called so
    assert shown(dialog) == []
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert "No term of Themes matches “liberté”" in dialog.empty_label.text()
    assert not dialog.rename_button.isEnabled() and not dialog.merge_button.isEnabled()
    # Esc in a filled filter box clears it; the dialog stays open.
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)
    assert dialog.filter_box.text() == ""
    assert dialog.isVisible()
    assert dialog.stack.currentWidget() is dialog.table
    assert dialog.model.rowCount() == 55


def test_switching_vocabulary_lists_its_terms_and_codes(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.select_vocabulary("sdgs")
    assert dialog.model.rowCount() == 17
    assert not dialog.table.isColumnHidden(CODE)
    assert dict(zip(shown(dialog), shown(dialog, CODE)))["Gender equality"] == "5"
    dialog.filter_box.setText("5")  # a code finds its goal; codes match from their start
    assert shown(dialog) == ["Gender equality"]
    dialog.filter_box.setText("1")
    assert sorted(shown(dialog, CODE), key=int) == ["1"] + [str(n) for n in range(10, 18)]
    dialog.filter_box.clear()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.select_vocabulary("ohchr_themes")
    assert dialog.model.rowCount() == 0
    assert dialog.stack.currentWidget() is dialog.empty_label
    assert "no OHCHR themes yet" in dialog.empty_label.text()
    assert dialog.add_button.isEnabled()


def test_add_a_term_with_a_code(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    dialog.add_button.click()
    add = dialog.add_dialog
    assert add is not None and add.isVisible()
    assert not add.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(add.name_box, "  Business   and human rights ")
    qtbot.keyClicks(add.code_box, "B1")
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.keyClick(add.name_box, Qt.Key.Key_Return)  # Enter adds
    assert not add.isVisible()
    stored = {t.name: t for t in list_terms(tagged, "themes")}
    assert stored["Business and human rights"].code == "B1"
    assert [t.name for t in dialog.selected_terms()] == ["Business and human rights"]
    assert not dialog.table.isColumnHidden(CODE)  # a theme has a code now
    assert "Added “Business and human rights”" in dialog.notice_label.text()


def test_a_near_duplicate_is_refused_then_added_anyway(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))

    dialog.add("Death penalties")
    qtbot.waitUntil(lambda: dialog.duplicate_box is not None and dialog.duplicate_box.isVisible(), timeout=5000)
    box = dialog.duplicate_box
    assert "'Death penalty'" in box.text()  # names the close term
    assert "Death penalties" in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert "Death penalties" not in {t.name for t in list_terms(tagged, "themes")}
    assert changes == []

    dialog.add("Death penalties")
    qtbot.waitUntil(lambda: dialog.duplicate_box is not box and dialog.duplicate_box.isVisible(), timeout=5000)
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.add_anyway_button.click()
    assert "Death penalties" in {t.name for t in list_terms(tagged, "themes")}
    assert "Death penalties" in shown(dialog) and "Death penalty" in shown(dialog)
    assert len(changes) == 1


def test_rename_keeps_the_old_name_findable(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    before = theme_ids(tagged, "Death penalty")
    select(dialog, "Death penalty")
    dialog.rename_button.click()
    rename = dialog.rename_dialog
    assert rename is not None and rename.isVisible()
    assert "“Death penalty” stays findable" in rename.explanation.text()
    assert not rename.ok_button.isEnabled()  # unchanged name
    rename.name_box.setText("Abolition of the death penalty")
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        rename.ok_button.click()
    row = row_named(dialog, "Abolition of the death penalty")
    assert dialog.model.index(row, FORMER_NAMES).data() == "Death penalty"
    assert "Death penalty" not in shown(dialog)
    assert "stays findable as a former name" in dialog.notice_label.text()
    # The old name still finds the term, in the dialog and in the services.
    dialog.filter_box.setText("death penalty")
    assert shown(dialog) == ["Abolition of the death penalty"]
    assert len(before) == 3
    assert theme_ids(tagged, "Death penalty") == before == theme_ids(tagged, "Abolition of the death penalty")


def test_merge_moves_the_recommendations_to_the_term_that_stays(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    death, capital = theme_ids(tagged, "Death penalty"), theme_ids(tagged, "Capital punishment")
    assert (len(death), len(capital)) == (3, 2)
    select(dialog, "Capital punishment", "Death penalty")
    assert dialog.merge_button.isEnabled() and not dialog.rename_button.isEnabled()
    dialog.merge_button.click()
    merge = dialog.merge_dialog
    assert merge is not None and merge.isVisible()
    assert merge.target().name == "Death penalty"  # the most used stays by default
    assert merge.summary_label.text().startswith(
        "The 2 recommendations tagged “Capital punishment” will be tagged “Death penalty” instead.")
    assert "stay findable as a former name of “Death penalty”" in merge.summary_label.text()
    merge.choose(next(t.id for t in merge.terms if t.name == "Capital punishment"))
    assert "The 3 recommendations tagged “Death penalty” will be tagged “Capital punishment”" in merge.summary_text()
    merge.choose(next(t.id for t in merge.terms if t.name == "Death penalty"))
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        merge.ok_button.click()
    assert "Capital punishment" not in shown(dialog)
    row = row_named(dialog, "Death penalty")
    assert dialog.model.index(row, USAGE).data() == "5"
    assert dialog.model.index(row, FORMER_NAMES).data() == "Capital punishment"
    assert theme_ids(tagged, "Death penalty") == death | capital
    assert [t.name for t in dialog.selected_terms()] == ["Death penalty"]


def test_merging_three_terms_counts_each(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    torture = theme_ids(tagged, "Torture and other CID treatment")
    select(dialog, "Capital punishment", "Death penalty", "Torture and other CID treatment")
    dialog.merge_button.click()
    merge = dialog.merge_dialog
    merge.choose(next(t.id for t in merge.terms if t.name == "Torture and other CID treatment"))
    assert merge.summary_text().startswith("5 recommendations will move to “Torture and other CID treatment” "
                                           "(2 from “Capital punishment”, 3 from “Death penalty”).")
    with qtbot.waitSignal(dialog.changed, timeout=5000), qtbot.waitSignal(dialog.loaded, timeout=5000):
        merge.accept()
    # One recommendation had both Death penalty and Torture: it keeps the kept term once.
    assert len(theme_ids(tagged, "Torture and other CID treatment")) == 5
    assert torture < theme_ids(tagged, "Torture and other CID treatment")
    row = row_named(dialog, "Torture and other CID treatment")
    assert dialog.model.index(row, FORMER_NAMES).data() == "Capital punishment; Death penalty"


def test_a_refusal_of_the_services_is_shown_and_changes_nothing(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    changes: list[None] = []
    dialog.changed.connect(lambda: changes.append(None))
    select(dialog, "Capital punishment")
    dialog.rename_button.click()
    dialog.rename_dialog.name_box.setText("death penalty")
    dialog.rename_dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=5000)
    assert dialog.message_box.text() == "term: 'death penalty' is already a term of themes; merge instead"
    assert dialog.message_box.icon() == QMessageBox.Icon.Warning
    assert changes == []
    assert "Capital punishment" in {t.name for t in list_terms(tagged, "themes")}
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=5000)  # ready again


def test_a_term_merged_elsewhere_meanwhile_is_reported(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    select(dialog, "Capital punishment", "Death penalty")
    capital, death = dialog.selected_terms()
    merge_terms(tagged, capital.id, death.id)  # another window did it first
    dialog.merge([capital], death)
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=5000)
    assert "not" in dialog.message_box.text().lower()
    qtbot.waitUntil(lambda: "Capital punishment" not in shown(dialog), timeout=5000)  # reloaded


def test_an_unexpected_failure_is_shown_with_details(qtbot, tagged: Database, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(module, "add_term", broken)
    dialog = open_dialog(qtbot, tagged)
    dialog.add("Anything")
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible(), timeout=5000)
    assert dialog.message_box.icon() == QMessageBox.Icon.Critical
    assert "should not have" in dialog.message_box.text()
    assert "disk on fire" in dialog.message_box.detailedText()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=5000)
    assert dialog.isVisible()


def test_keyboard(qtbot, tagged: Database) -> None:
    dialog = open_dialog(qtbot, tagged)
    for button in (dialog.add_button, dialog.rename_button, dialog.merge_button):
        assert "&" in button.text()
    texts = [b.text().replace("&", "") for b in dialog.findChildren(type(dialog.add_button))]
    assert not any("Delete" in text or "Remove" in text for text in texts)  # merging is how terms go
    # Enter in the filter box goes to the list, Enter on a term opens its rename.
    dialog.filter_box.setText("capital")
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Return)
    assert [t.name for t in dialog.selected_terms()] == ["Capital punishment"]
    assert dialog.rename_dialog is None and dialog.add_dialog is None  # Enter never falls through to a button
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.rename_dialog is not None and dialog.rename_dialog.isVisible()
    assert dialog.rename_dialog.term.name == "Capital punishment"
    qtbot.keyClick(dialog.rename_dialog.name_box, Qt.Key.Key_Escape)
    assert not dialog.rename_dialog.isVisible()
    # Delete does nothing to a term.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert "Capital punishment" in {t.name for t in list_terms(tagged, "themes")}
    # Enter on a focused button presses it.
    dialog.add_button.setFocus()
    qtbot.keyClick(dialog.add_button, Qt.Key.Key_Return)
    assert dialog.add_dialog is not None and dialog.add_dialog.isVisible()
    dialog.add_dialog.reject()
    # Esc with an empty filter closes the dialog.
    dialog.filter_box.clear()
    qtbot.keyClick(dialog.filter_box, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
