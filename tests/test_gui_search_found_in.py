"""The window's search box finds recommendations through the words of their notes, responses and
milestones too, and says where it found each."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import test_gui_main_window
from tests.test_gui_main_window import labels_shown, open_window
from upr_tracker.gui.recommendation_table_model import FOUND_IN_COLUMN, found_in_text
from upr_tracker.services import milestones, notes, recommendations, responses, reviews
from upr_tracker.services.export_tables import export_table
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.storage.database import Database

pytestmark = pytest.mark.usefixtures("gui_settings")
filled = test_gui_main_window.filled  # the same 31 recommendations


def _by_label(db: Database, label: str):
    return next(r for r in recommendation_rows(db, list_recommendation_ids(db)) if r.label == label)


def found_in_shown(window) -> dict[str, str]:
    model = window.recommendations
    return {model.index(row, 1).data(): model.index(row, FOUND_IN_COLUMN).data() for row in range(model.rowCount())}


def test_a_note_word_finds_its_recommendation_marked_as_found_in_a_note(qtbot, filled: Database) -> None:
    target = _by_label(filled, "97.4")
    notes.add_note(filled, "Met the ombudsperson about zyxquorra detention", recommendation_id=target.id)
    window = open_window(qtbot, filled)
    assert window.table.isColumnHidden(FOUND_IN_COLUMN)  # no search, nothing to say
    qtbot.keyClicks(window.search_box, "zyxquorra")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 1, timeout=5000)
    assert labels_shown(window) == ["97.4"]
    assert not window.table.isColumnHidden(FOUND_IN_COLUMN)
    assert found_in_shown(window) == {"97.4": "in a note"}
    window.clear_filters()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 31, timeout=5000)
    assert window.table.isColumnHidden(FOUND_IN_COLUMN)


def test_response_and_milestone_words_find_the_recommendations_they_cover(qtbot, filled: Database) -> None:
    first, second, third = (_by_label(filled, label).id for label in ("97.7", "97.8", "97.9"))
    responses.record_response(filled, [first, second], "accepted", response_text="Accepted, see the qelmarith law",
                              responded_on=dt.date(2011, 1, 1))
    milestones.add_milestone(filled, "KAZ", "law", "Qelmarith amendment adopted", date="2012",
                             recommendation_ids=[second, third])
    window = open_window(qtbot, filled)
    qtbot.keyClicks(window.search_box, "qelmarith")
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 3, timeout=5000)
    assert found_in_shown(window) == {"97.7": "in a response", "97.8": "in a response, a milestone",
                                      "97.9": "in a milestone"}
    # A word of the recommendation's own text is said to be found there.
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "racial")
    qtbot.waitUntil(lambda: labels_shown(window) == ["60.1"], timeout=5000)
    assert found_in_shown(window) == {"60.1": "in its text"}


def test_the_filter_finds_through_notes_in_sql_for_the_command_line_too(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    noted = recommendations.add_recommendation(db, review, "Ratify the convention", label="1")
    recommendations.add_recommendation(db, review, "Abolish the death penalty", label="2")
    notes.add_note(db, "Raised with the minister in Vorbrugge", recommendation_id=noted)
    notes.add_note(db, "Vorbrugge meeting minutes", review_id=review)  # on the review: finds no recommendation
    assert list_recommendation_ids(db, RecommendationFilter(text_query="vorbrugge")) == [noted]
    assert list_recommendation_ids(db, RecommendationFilter(text_query="vorbrugge -minister")) == []
    assert recommendation_rows(db, [noted], "vorbrugge")[0].found_in == ("note",)
    assert recommendation_rows(db, [noted])[0].found_in == ()
    assert found_in_text(("recommendation", "note")) == "in its text, a note"


def test_confidential_note_words_find_nothing_in_what_leaves_without_them(db: Database, tmp_path) -> None:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    rec = recommendations.add_recommendation(db, review, "Ratify the convention", label="1")
    notes.add_note(db, "Source Plovandir says otherwise", recommendation_id=rec, confidential=True)
    assert list_recommendation_ids(db, RecommendationFilter(text_query="plovandir")) == [rec]
    hidden = RecommendationFilter(text_query="plovandir", search_confidential_notes=False)
    assert list_recommendation_ids(db, hidden) == []
    out = tmp_path / "out.csv"
    summary = export_table(db, out, "csv", RecommendationFilter(text_query="plovandir"))
    assert summary.rows == 0
    export_table(db, out, "csv", RecommendationFilter(text_query="plovandir"), include_confidential=True)
    assert "Ratify the convention" in out.read_text(encoding="utf-8-sig")
