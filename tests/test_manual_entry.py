"""Reviews and recommendations entered and corrected by hand (the services the window and the
command line share)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, text

from upr_tracker.domain.cycles import check_review_year, check_session_in_cycle
from upr_tracker.errors import InvalidValueError, NearDuplicateError, NotFoundError
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendation_editing import (
    PositionGiven,
    add_recommendation_by_hand,
    check_label,
    edit_recommendation,
    editable_recommendation,
    find_recommendation,
)
from upr_tracker.services.search import search
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Response


def table_count(db: Database, table: str) -> int:
    with db.read() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def test_a_review_by_hand_and_a_second_one_refused(db: Database) -> None:
    summary = reviews.add_review(db, "kaz", 4, 48, dt.date(2025, 1, 20))
    assert (summary.state_name, summary.cycle, summary.session, summary.review_date) == (
        "Kazakhstan", 4, 48, dt.date(2025, 1, 20))
    with pytest.raises(InvalidValueError, match=r"Kazakhstan already has its cycle 4 review \(session 48, 2025-01-20\)"):
        reviews.add_review(db, "Kazakhstan", 4, 49)
    assert [r.cycle for r in reviews.list_reviews(db)] == [4]


@pytest.mark.parametrize(("state", "cycle", "session", "date", "message"), [
    ("KAZ", 6, 60, None, "cycle: 6 is not a UPR cycle"),
    ("KAZ", 0, 1, None, "cycle: 0 is not a UPR cycle"),
    ("KAZ", 2, None, None, "session: give the Working Group session"),
    ("KAZ", 2, 7, None, "session 7 belongs to cycle 1, not cycle 2"),
    ("KAZ", 5, 45, None, "cycle 5 cannot begin before session 53"),
    ("KAZ", 1, 7, dt.date(2015, 2, 1), "date: cycle 1 ran in 2008–2011, not in 2015"),
    ("KAZ", 5, 60, dt.date(2020, 2, 1), "date: cycle 5 comes after cycle 4"),
    ("Kazakstan x", 1, 7, None, "no State called"),
])
def test_a_bad_review_is_refused_and_nothing_written(db: Database, state, cycle, session, date, message) -> None:
    before = table_count(db, "audit_entry")
    with pytest.raises((InvalidValueError, NotFoundError), match=message):
        reviews.add_review(db, state, cycle, session, date)
    assert reviews.list_reviews(db) == []
    assert table_count(db, "audit_entry") == before


def test_the_next_cycle_takes_sessions_after_the_running_one() -> None:
    check_session_in_cycle(5, 56)
    check_session_in_cycle(6, 70)
    with pytest.raises(InvalidValueError):
        check_session_in_cycle(6, 60)
    check_review_year(4, 2030)
    check_review_year(5, 2028)


@given(st.text(min_size=1, max_size=60))
def test_a_label_is_one_word_that_fits(written: str) -> None:
    cleaned = written.strip()
    if cleaned and len(cleaned) <= 40 and not any(c.isspace() for c in cleaned):
        assert check_label(written) == cleaned
    else:
        with pytest.raises(InvalidValueError, match="label"):
            check_label(written)


@pytest.fixture
def review(db: Database):
    return reviews.add_review(db, "Kazakhstan", 4, 48)


def test_a_recommendation_by_hand_with_its_position(db: Database, review) -> None:
    rid = add_recommendation_by_hand(
        db, review.id, label="45.1", text="Abolish  the death penalty", recommending_states=["France", "DEU"],
        action_category=5, themes=["Death penalty"], position=PositionGiven("accepted", "a/hrc/59/5/add.1", "4"))
    detail = recommendation_detail(db, rid)
    assert detail.row.text == "Abolish the death penalty"
    assert detail.row.recommending_states == ("France", "Germany")
    assert detail.row.themes == ("Death penalty",) and detail.row.action_category == 5
    assert detail.row.position == "supported"
    assert [r.source for r in detail.responses] == ["A/HRC/59/5/Add.1, para. 4"]
    assert [h.title for h in search(db, "abolish")] == ["Kazakhstan, cycle 4: recommendation 45.1"]
    assert reviews.find_review(db, "KAZ", 4).recommendation_count == 1
    with db.read() as session:
        audited = set(session.scalars(text("SELECT table_name FROM audit_entry WHERE action = 'create'")))
    assert {"review", "recommendation", "response", "document"} <= audited


@pytest.mark.parametrize(("values", "error", "message"), [
    ({"label": "45.1"}, InvalidValueError, "label: the review already has a recommendation 45.1"),
    ({"label": ""}, InvalidValueError, "label: give the recommendation's label"),
    ({"text": "  "}, InvalidValueError, "text: a recommendation needs its text"),
    ({"themes": ["Death Penalty x"]}, NearDuplicateError, "theme: 'Death Penalty x' is not in themes but is close"),
    ({"themes": ["Space travel"]}, NotFoundError, "theme: 'Space travel' is not a term of themes"),
    ({"recommending_states": ["Frnace"]}, NotFoundError, "recommending state: no State called 'Frnace'"),
    ({"action_category": 7}, InvalidValueError, "action category: 7 is not an action category"),
    ({"position": PositionGiven("maybe", "A/HRC/59/5/Add.1")}, InvalidValueError, "position: unknown position"),
    ({"position": PositionGiven("general response", "A/HRC/59/5/Add.1")}, InvalidValueError, "states no position"),
    ({"position": PositionGiven("noted", "")}, InvalidValueError, "source: give the symbol"),
    ({"position": PositionGiven("noted", "our notes")}, InvalidValueError, "is not a UN document symbol"),
    ({"position": PositionGiven("noted", "A/HRC/14/10/Add.1")}, InvalidValueError,
     "A/HRC/14/10/Add.1 is a document of cycle 1, and the review is of cycle 4"),
])
def test_a_bad_recommendation_is_refused_and_nothing_written(db: Database, review, values, error, message) -> None:
    add_recommendation_by_hand(db, review.id, label="45.1", text="First")
    before = {table: table_count(db, table) for table in ("recommendation", "response", "document", "audit_entry")}
    fields = {"label": "45.2", "text": "Ratify the Convention"} | values
    with pytest.raises(error, match=message):
        add_recommendation_by_hand(db, review.id, **fields)
    assert {table: table_count(db, table) for table in before} == before


def test_an_edit_keeps_the_position_history_and_is_undone(db: Database, review) -> None:
    rid = add_recommendation_by_hand(db, review.id, label="45.1", text="Abolish the death penalty",
                                     themes=["Death penalty"], position=PositionGiven("pending", "A/HRC/59/5", "45"))
    edit = edit_recommendation(db, rid, text="Ratify the Second Optional Protocol",
                               add_themes=["International instruments"], remove_themes=["Death penalty"],
                               action_category="5", position=PositionGiven("noted", "A/HRC/59/5/Add.1", "7"))
    assert edit.changed == ("text", "action category", "themes", "position") and edit.notice is None
    detail = recommendation_detail(db, rid)
    assert [(r.position, r.source) for r in detail.responses] == [
        ("pending", "A/HRC/59/5, para. 45"), ("noted", "A/HRC/59/5/Add.1, para. 7")]
    assert detail.row.position == "noted" and detail.row.themes == ("International instruments",)
    assert [h.title for h in search(db, "protocol")] == ["Kazakhstan, cycle 4: recommendation 45.1"]
    assert search(db, "abolish") == []
    # The same position from the same paragraph again adds nothing.
    again = edit_recommendation(db, rid, position=PositionGiven("Noted", "a/hrc/59/5/add.1", "7"))
    assert again.changed == () and again.response_id is None
    # An undo: the values before, and the response the edit recorded withdrawn.
    edit_recommendation(db, rid, text="Abolish the death penalty", themes=["Death penalty"], action_category=None,
                        withdraw=edit.response_id)
    detail = recommendation_detail(db, rid)
    assert detail.row.position == "pending" and len(detail.responses) == 1
    assert detail.row.action_category is None and detail.row.themes == ("Death penalty",)
    assert [h.title for h in search(db, "abolish")] == ["Kazakhstan, cycle 4: recommendation 45.1"]


def test_a_position_of_an_earlier_stage_is_recorded_but_said_not_current(db: Database, review) -> None:
    rid = add_recommendation_by_hand(db, review.id, label="45.1", text="Ratify",
                                     position=PositionGiven("supported", "A/HRC/59/5/Add.1"))
    edit = edit_recommendation(db, rid, position=PositionGiven("noted", "A/HRC/59/5", "45"))
    assert edit.notice and "the current position stays Supported" in edit.notice
    assert editable_recommendation(db, rid).position == "supported"


def test_an_edit_refused_changes_nothing(db: Database, review) -> None:
    first = add_recommendation_by_hand(db, review.id, label="45.1", text="First")
    add_recommendation_by_hand(db, review.id, label="45.2", text="Second")
    before = table_count(db, "audit_entry")
    with pytest.raises(InvalidValueError, match="already has a recommendation 45.2"):
        edit_recommendation(db, first, text="Changed", label="45.2")
    with pytest.raises(InvalidValueError, match="does not have the theme 'Death penalty'"):
        edit_recommendation(db, first, text="Changed", remove_themes=["Death penalty"])
    assert editable_recommendation(db, first).text == "First"
    assert table_count(db, "audit_entry") == before
    edit_recommendation(db, first, label="45.3")
    assert find_recommendation(db, "KAZ", 4, "45.3") == first


def test_finding_a_recommendation_says_what_is_there(db: Database, review) -> None:
    add_recommendation_by_hand(db, review.id, label="45.1", text="First")
    with pytest.raises(NotFoundError, match=r"no recommendation 45.11 in the review of Kazakhstan, cycle 4 \(did you mean 45.1\?\)"):
        find_recommendation(db, "KAZ", 4, "45.11")
    with pytest.raises(NotFoundError, match=r"Kazakhstan has no review in cycle 3 \(it has reviews of cycle 4\)"):
        find_recommendation(db, "KAZ", 3, "45.1")


def test_deleting_a_recommendation_takes_the_responses_that_answered_it_alone(db: Database, review) -> None:
    first = recommendations.add_recommendation(db, review.id, "First", label="1")
    second = recommendations.add_recommendation(db, review.id, "Second", label="2")
    both = responses.record_response(db, [first, second], "supported")
    alone = responses.record_response(db, [first], "noted")
    recommendations.delete_recommendation(db, first)
    with db.read() as session:
        kept = set(session.scalars(select(Response.id)))
    assert kept == {both} and alone not in kept
