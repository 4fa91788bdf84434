"""Suggestions in the window, on the demo database with suggestions computed by the shipped model:
the panel's chips accepted or rejected with one click, a person's value never replaced, the
Suggestions screen by review with its filters and "Accept all shown", and the computing run in a
background task that can be cancelled."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.test_gui_main_window import open_window
from upr_tracker.gui import window_suggestions
from upr_tracker.gui.main_window import MainWindow
from upr_tracker.gui.suggestion_chips import SuggestionChip
from upr_tracker.services.recommendations import (
    recommendation_rows,
)
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.suggestions import (
    ACCEPTED,
    ACTION_CATEGORY,
    REJECTED,
    SDG,
    THEME,
    SuggestionFilter,
    accepted_sources,
    compute_suggestions,
    count_suggestions,
    list_suggestions,
    pending_suggestions,
    suggestion_reviews,
)
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")


@pytest.fixture
def suggested(demo: Database) -> Database:
    """The demo with its suggestions computed afresh by the shipped model."""
    report = compute_suggestions(demo)
    assert report.suggested > 0
    return demo


def first_review(db: Database) -> uuid.UUID:
    return suggestion_reviews(db)[0][0]


def a_pending(db: Database, kind: str) -> object:
    [row] = list_suggestions(db, SuggestionFilter(review_id=first_review(db), kind=kind), limit=1)
    return row


def show(qtbot, window: MainWindow, recommendation_id: uuid.UUID) -> None:
    window.show_recommendation(recommendation_id)
    qtbot.waitUntil(lambda: window.panel.detail is not None and window.panel.detail.row.id == recommendation_id,
                    timeout=5000)


def chips(window: MainWindow) -> list[SuggestionChip]:
    return [c for c in window.panel.suggestions.chips if not c.isHidden()]


def chip_of(qtbot, window: MainWindow, suggestion_id: uuid.UUID) -> SuggestionChip:
    qtbot.waitUntil(lambda: any(c.suggestion.id == suggestion_id for c in window.panel.suggestions.chips),
                    timeout=5000)
    return next(c for c in window.panel.suggestions.chips if c.suggestion.id == suggestion_id)


def test_the_panel_shows_a_suggestion_apart_and_one_click_accepts_it(qtbot, suggested: Database) -> None:
    db = suggested
    theme = a_pending(db, THEME)
    window = open_window(qtbot, db)
    show(qtbot, window, theme.recommendation_id)
    chip = chip_of(qtbot, window, theme.id)
    assert window.panel.suggestions.isVisibleTo(window.panel)
    assert theme.value in chip.text and "%" in chip.text     # its value and its confidence
    assert chip.accept_button.toolTip() and chip.accept_button.accessibleName().startswith("Accept")
    assert chip.reject_button.accessibleName().startswith("Reject")
    # Shown in order: the action category first, then the issues, then the SDGs, best first.
    kinds = [c.suggestion.kind for c in window.panel.suggestions.chips]
    assert kinds == sorted(kinds, key=[ACTION_CATEGORY, THEME, SDG].index)

    qtbot.mouseClick(chip.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: theme.value in window.panel.detail.row.themes, timeout=5000)
    qtbot.waitUntil(lambda: all(c.suggestion.id != theme.id for c in window.panel.suggestions.chips), timeout=5000)
    [row] = recommendation_rows(db, [theme.recommendation_id])
    assert theme.value in row.themes
    assert all(s.id != theme.id for s in pending_suggestions(db, theme.recommendation_id))
    with db.read() as session:
        sources = accepted_sources(session, [theme.recommendation_id])
    assert sources[theme.recommendation_id][(THEME, theme.value)] == f"suggested, accepted by {db.actor}"
    [accepted] = [s for s in list_suggestions(db, SuggestionFilter(review_id=theme.review_id, status=ACCEPTED))
                  if s.id == theme.id]
    assert accepted.decided_by == db.actor
    # The History tab says who accepted it.
    window.panel.setCurrentIndex(window.panel.history_index)
    history = window.panel.history
    qtbot.waitUntil(lambda: any(f"suggested, accepted by {db.actor}" in history.topLevelItem(i).text(2)
                                for i in range(history.topLevelItemCount())), timeout=5000)
    window.panel.setCurrentIndex(0)
    # The table's row shows the new theme too.
    table_row = window.recommendations.row_of(theme.recommendation_id)
    if table_row >= 0:
        qtbot.waitUntil(lambda: theme.value in window.recommendations.index(table_row, 6).data(), timeout=5000)


def test_a_suggestion_rejected_in_the_panel_is_remembered(qtbot, suggested: Database) -> None:
    db = suggested
    sdg = a_pending(db, SDG)
    [before] = recommendation_rows(db, [sdg.recommendation_id])
    window = open_window(qtbot, db)
    show(qtbot, window, sdg.recommendation_id)
    chip = chip_of(qtbot, window, sdg.id)
    qtbot.mouseClick(chip.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(c.suggestion.id != sdg.id for c in window.panel.suggestions.chips), timeout=5000)
    rejected = list_suggestions(db, SuggestionFilter(review_id=sdg.review_id, status=REJECTED))
    assert [s.decided_by for s in rejected if s.id == sdg.id] == [db.actor]
    [row] = recommendation_rows(db, [sdg.recommendation_id])
    assert row.terms_of("sdgs") == before.terms_of("sdgs")   # no SDG was added
    # Computed again, it is not suggested again.
    compute_suggestions(db, state_iso3=sdg.state_iso3, cycle=sdg.cycle)
    assert all((s.kind, s.value) != (SDG, sdg.value) for s in pending_suggestions(db, sdg.recommendation_id))


def test_a_persons_category_is_never_replaced(qtbot, suggested: Database) -> None:
    db = suggested
    category = a_pending(db, ACTION_CATEGORY)
    window = open_window(qtbot, db)
    show(qtbot, window, category.recommendation_id)
    chip_of(qtbot, window, category.id)
    # A person chooses another category in the panel: the suggestion is no longer offered beside it.
    person_choice = 1 if category.value != "1" else 2
    window.panel.category.setCurrentIndex(window.panel.category.findData(person_choice))
    window.panel.category.activated.emit(window.panel.category.currentIndex())
    qtbot.waitUntil(lambda: window.panel.detail.row.action_category == person_choice, timeout=5000)
    qtbot.waitUntil(lambda: all(c.suggestion.kind != ACTION_CATEGORY for c in window.panel.suggestions.chips),
                    timeout=5000)
    # Accepted all the same (from a list read before), it is refused and the refusal is shown.
    errors: list[BaseException] = []
    window.panel.edit_failed.connect(errors.append)
    window.panel.suggestions.decide(category, True)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    [row] = recommendation_rows(db, [category.recommendation_id])
    assert row.action_category == person_choice


def test_the_screen_lists_a_reviews_suggestions_filtered_by_confidence_and_kind(qtbot, suggested: Database) -> None:
    db = suggested
    window = open_window(qtbot, db)
    window.suggestions.show()
    view = window.suggestions.view
    reviews = suggestion_reviews(db)
    qtbot.waitUntil(lambda: view.review_combo.count() == len(reviews) and view.shown_filter is not None,
                    timeout=5000)
    for index, (review_id, state, cycle, pending) in enumerate(reviews):
        assert view.review_combo.itemData(index) == review_id
        assert view.review_combo.itemText(index) == f"{state}, cycle {cycle} ({pending} pending)"
    review_id = view.current_review()
    assert review_id == reviews[0][0]

    def shown_when(percent: int, kind_index: int) -> list:
        view.kind_combo.setCurrentIndex(kind_index)
        view.min_confidence.setValue(percent)
        where = SuggestionFilter(review_id=review_id, kind=view.kind_combo.currentData(), min_confidence=percent / 100)
        expected = count_suggestions(db, where)
        qtbot.waitUntil(lambda: view.shown_filter == where and view.model.total == expected, timeout=5000)
        while view.model.canFetchMore():
            view.model.fetchMore()
            qtbot.waitUntil(lambda: not view.model._asked, timeout=5000)
        assert view.count_label.text().startswith(f"{expected} suggestion")
        return view.model.rows

    everything = shown_when(0, 0)
    assert len(everything) == count_suggestions(db, SuggestionFilter(review_id=review_id))
    assert {r.review_id for r in everything} == {review_id}
    confident = shown_when(70, 0)
    assert confident and all(r.confidence >= 0.7 for r in confident) and len(confident) < len(everything)
    themes = shown_when(0, 2)
    assert themes and {r.kind for r in themes} == {THEME}
    categories = shown_when(0, 1)
    assert categories and {r.kind for r in categories} == {ACTION_CATEGORY}
    # Values shown in words, the text in full in the tooltip.
    model = view.model
    assert " — " in model.index(0, 3).data() and model.index(0, 4).data().endswith("%")
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == categories[0].text
    # Double-click opens the recommendation.
    with qtbot.waitSignal(view.recommendation_activated) as opened:
        view.table.doubleClicked.emit(model.index(0, 1))
    assert opened.args == [categories[0].recommendation_id]
    qtbot.waitUntil(lambda: window.panel.detail is not None
                    and window.panel.detail.row.id == categories[0].recommendation_id, timeout=5000)


def test_accept_all_shown_accepts_exactly_those_shown(qtbot, suggested: Database, monkeypatch) -> None:
    db = suggested
    window = open_window(qtbot, db)
    window.suggestions.show()
    view = window.suggestions.view
    qtbot.waitUntil(lambda: view.shown_filter is not None, timeout=5000)
    review_id = view.current_review()
    view.kind_combo.setCurrentIndex(2)   # UPR Info issues
    view.min_confidence.setValue(60)
    where = SuggestionFilter(review_id=review_id, kind=THEME, min_confidence=0.6)
    qtbot.waitUntil(lambda: view.shown_filter == where, timeout=5000)
    shown = {r.id for r in list_suggestions(db, where)}
    assert shown
    others = {r.id for r in list_suggestions(db, SuggestionFilter())} - shown
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view.accept_all_button.click()
    qtbot.waitUntil(lambda: view.message.text().endswith("accepted."), timeout=10_000)
    assert asked and f"Accept the {len(shown)} suggestion" in asked[0]
    accepted = {r.id for r in list_suggestions(db, SuggestionFilter(review_id=review_id, status=ACCEPTED))}
    assert accepted == shown
    assert {r.id for r in list_suggestions(db, SuggestionFilter())} == others
    assert view.message.text() == f"{len(shown)} suggestions accepted."


def test_accept_and_reject_the_selected_rows(qtbot, suggested: Database) -> None:
    db = suggested
    window = open_window(qtbot, db)
    window.suggestions.show()
    view = window.suggestions.view
    qtbot.waitUntil(lambda: view.model.rowCount() >= 3, timeout=5000)
    assert not view.accept_button.isEnabled()
    first, second = view.model.rows[0], view.model.rows[1]
    view.table.selectRow(0)
    view.accept_button.click()
    qtbot.waitUntil(lambda: view.message.text() == "1 suggestion accepted.", timeout=5000)
    qtbot.waitUntil(lambda: all(r.id != first.id for r in view.model.rows), timeout=5000)
    row = next(r for r in view.model.rows if r.id == second.id)
    view.table.selectRow(view.model.rows.index(row))
    view.reject_button.click()
    qtbot.waitUntil(lambda: view.message.text().startswith("1 suggestion rejected"), timeout=5000)
    review = first.review_id
    assert first.id in {r.id for r in list_suggestions(db, SuggestionFilter(review_id=review, status=ACCEPTED))}
    assert second.id in {r.id for r in list_suggestions(db, SuggestionFilter(review_id=review, status=REJECTED))}


def test_computing_runs_in_a_worker_and_says_how_many(qtbot, demo: Database, monkeypatch) -> None:
    threads: list[threading.Thread] = []
    real = window_suggestions.compute_suggestions

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(window_suggestions, "compute_suggestions", recording)
    window = open_window(qtbot, demo)
    window.suggestions.compute(None)
    qtbot.waitUntil(lambda: window.suggestions.last_report is not None, timeout=60_000)
    assert threads and threads[0] is not threading.main_thread()
    report = window.suggestions.last_report
    assert report.suggested == count_suggestions(demo, SuggestionFilter())
    assert f"{report.suggested} suggestions stored" in window.suggestions.view.message.text()


def test_computing_can_be_cancelled(qtbot, demo: Database) -> None:
    window = open_window(qtbot, demo)
    review = next(iter(window.reviews.values()))
    assert review.id in {r.id for r in list_reviews(demo)}
    before = count_suggestions(demo, SuggestionFilter())
    # The write queue is held while the computing is asked for, then cancelled before it runs.
    release = threading.Event()
    window.tasks.run(lambda _task: release.wait(10), writes=True)
    task = window.suggestions.compute(review)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert window.suggestions.last_report is None
    assert "cancelled" in window.suggestions.view.message.text()
    assert count_suggestions(demo, SuggestionFilter()) == before


def test_the_table_model_reads_page_by_page(qtmodeltester, suggested: Database) -> None:
    from upr_tracker.gui.suggestion_table_model import SuggestionTableModel

    where = SuggestionFilter(review_id=first_review(suggested))
    rows = list_suggestions(suggested, where)
    model = SuggestionTableModel()
    asked: list[int] = []
    model.page_wanted.connect(asked.append)
    model.reset(rows[:10], len(rows))
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert asked == [10] and not model.canFetchMore()   # one page asked at a time
    model.append(5, rows[5:15])                          # a page that no longer follows: dropped
    assert model.rowCount() == 10
    model.append(10, rows[10:])
    assert model.rowCount() == len(rows) and not model.canFetchMore()
    qtmodeltester.check(model)


def test_the_tools_menu_opens_the_screen_and_computes(qtbot, suggested: Database, monkeypatch) -> None:
    window = open_window(qtbot, suggested)
    # The tab says how many wait for a decision.
    pending = count_suggestions(suggested, SuggestionFilter())
    qtbot.waitUntil(lambda: window.pages.tabText(window.suggestions.page) == f"Su&ggestions ({pending:,})",
                    timeout=5000)
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "&Suggestions" in texts and "Suggest categories and &themes…" in texts
    window.suggestions.show_action.trigger()
    assert window.pages.currentWidget() is window.suggestions.view
    view = window.suggestions.view
    qtbot.waitUntil(lambda: view.current_review() is not None, timeout=5000)
    computed: list = []
    monkeypatch.setattr(window.suggestions, "compute", computed.append)
    asked: list = []
    monkeypatch.setattr(window.suggestions, "ask_scope", lambda review: asked.append(review) or "review")
    window.suggestions.compute_action.trigger()   # on the screen: its review is the current one
    assert [r.id for r in asked] == [view.current_review()] and computed == asked
    monkeypatch.setattr(window.suggestions, "ask_scope", lambda review: "all")
    view.compute_button.click()
    assert computed[-1] is None
