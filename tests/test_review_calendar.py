"""A review's calendar: the dates derived from the calendar of sessions, kept as estimates until a
person gives them; plans' periods and due dates, kept by the JSON export and import."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.domain.milestones import PartialDate, period_display
from upr_tracker.domain.review_calendar import (
    add_months,
    derive_dates,
    mid_term_after,
    next_session,
    read_sessions,
    session_held_on,
    sessions,
)
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import milestones, reviews
from upr_tracker.services.review_dates import review_dates, set_review_dates
from upr_tracker.storage.database import Database


def test_the_shipped_calendar_covers_four_cycles_in_order() -> None:
    calendar = sessions()
    assert list(calendar) == list(range(1, len(calendar) + 1))
    assert {calendar[n].cycle for n in calendar} >= {1, 2, 3, 4}
    for number, session in calendar.items():
        assert session.starts_on < session.ends_on < session.adoption_estimate
        if number > 1:
            assert calendar[number - 1].ends_on < session.starts_on
    assert not calendar[49].projected and calendar[55].projected


def test_a_bad_calendar_line_is_named_with_its_field() -> None:
    text = ("session,cycle,starts_on,ends_on,council_session,adoption_estimate,status\n"
            "1,1,2008-04-07,soon,8,2008-06-10,held\n")
    with pytest.raises(InvalidValueError, match="line 2, ends_on: 'soon'"):
        read_sessions(text)


@pytest.mark.parametrize("earlier, later", [(20, 34), (34, 48), (17, 31), (31, 45)])
def test_from_the_second_cycle_a_state_is_reviewed_again_fourteen_sessions_later(earlier: int, later: int) -> None:
    # Kazakhstan: sessions 20, 34, 48; China: 17, 31, 45.
    assert next_session(earlier) == (later, None)


def test_a_first_cycle_session_whose_states_spread_over_two_sessions_is_flagged() -> None:
    session, doubt = next_session(7)
    assert session == 19 and "19 or 20" in doubt
    assert next_session(1) == (13, "the States of session 1 were reviewed again in session 13 or 14: check which")


def test_derived_dates_of_a_review_known_by_its_day_only() -> None:
    derived = derive_dates(None, dt.date(2019, 11, 6))   # session 34
    assert derived.next_review_session == 48
    assert derived.adopted_on.year == 2020 and derived.mid_term_on == mid_term_after(derived.adopted_on)
    assert derived.next_review_on == sessions()[48].starts_on
    assert any("estimated" in note for note in derived.notes)
    assert session_held_on(dt.date(2019, 12, 25)) is None
    assert derive_dates(None, None).adopted_on is None


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)), st.integers(0, 120))
def test_adding_months_lands_in_the_right_month_never_past_its_end(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day <= day.day


def test_periods_read_as_a_briefing_writes_them() -> None:
    assert period_display(PartialDate.parse("2009"), PartialDate.parse("2012")) == "2009–2012"
    assert period_display(PartialDate.parse("2009-07"), PartialDate.parse("2012-06")) == "July 2009 – June 2012"
    assert period_display(None, PartialDate.parse("2012")) == "until 2012"
    assert period_display(PartialDate.parse("2012"), PartialDate.parse("2012")) == "2012"


def test_a_new_review_gets_estimated_dates_and_a_person_replaces_them(db: Database) -> None:
    review = reviews.create_review(db, "Kazakhstan", 2, 20)
    dates = review_dates(db, review)
    assert dates.adopted_on.year == 2015 and dates.next_review_on == sessions()[34].starts_on
    assert dates.estimated == {"adopted_on", "mid_term_on", "next_review_on"}
    changed = set_review_dates(db, review, adopted_on=dt.date(2015, 3, 19))
    # The estimated mid-term report moves with the adoption; the given adoption is no estimate.
    assert changed.mid_term_on == dt.date(2017, 9, 19)
    assert changed.estimated == {"mid_term_on", "next_review_on"}
    changed = set_review_dates(db, review, mid_term_on=dt.date(2017, 6, 1), next_review_on=None)
    assert changed.estimated == frozenset() and changed.next_review_on is None
    set_review_dates(db, review, adopted_on=dt.date(2015, 4, 1))
    assert review_dates(db, review).mid_term_on == dt.date(2017, 6, 1)   # given by a person: kept
    with pytest.raises(InvalidValueError, match="mid_term_on: 2015-01-01 is not after the adoption"):
        set_review_dates(db, review, mid_term_on=dt.date(2015, 1, 1))


def test_plans_keep_their_period_and_due_date(db: Database) -> None:
    plan = milestones.add_milestone(db, "KAZ", "plan", "National Plan of Action on Human Rights", date="2009",
                                    ends="2012", due_on=dt.date(2012, 12, 31))
    info = milestones.list_milestones(db, kind="plan")[0]
    assert (info.period_display, info.ends, info.due_on) == ("2009–2012", "2012", dt.date(2012, 12, 31))
    info = milestones.edit_milestone(db, plan, ends="2013-06", due_on=None)
    assert info.when_display == "2009 – June 2013" and info.due_on is None
    with pytest.raises(InvalidValueError, match="milestone end: 2008 is before the start"):
        milestones.edit_milestone(db, plan, ends="2008")


def test_the_json_export_and_import_keep_review_dates_periods_and_due_dates(tmp_path: Path) -> None:
    source = tmp_path / "source.sqlite3"
    with Database.open(source, actor="tester") as db:
        review = reviews.create_review(db, "Kazakhstan", 2, 20)
        set_review_dates(db, review, adopted_on=dt.date(2015, 3, 19))
        milestones.add_milestone(db, "KAZ", "plan", "National Plan of Action on Human Rights", date="2009",
                                 ends="2012", due_on=dt.date(2013, 1, 31))
        from upr_tracker.services.recommendations import add_recommendation

        add_recommendation(db, review, "Abolish the death penalty", label="120.1")
    out = tmp_path / "export.json"
    assert main(["export", "--db", str(source), "--format", "json", "--out", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["reviews"][0]["adopted_on"] == "2015-03-19"
    assert exported["reviews"][0]["estimated_dates"] == ["mid_term_on", "next_review_on"]
    assert exported["milestones"][0]["ends"] == "2012" and exported["milestones"][0]["due_on"] == "2013-01-31"
    target = tmp_path / "target.sqlite3"
    assert main(["import", "--db", str(target), str(out)]) == 0
    with Database.open(target) as db:
        dates = review_dates(db, reviews.list_reviews(db)[0].id)
        plan = milestones.list_milestones(db, kind="plan")[0]
    assert dates.adopted_on == dt.date(2015, 3, 19) and dates.estimated == {"mid_term_on", "next_review_on"}
    assert (plan.period_display, plan.due_on) == ("2009–2012", dt.date(2013, 1, 31))
