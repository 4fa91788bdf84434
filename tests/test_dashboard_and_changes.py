"""The dashboard's figures and `changes`: deadlines, pending answers, what to review, counts per
review, and what changed (grouped, without reference data, without confidential words)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.services import assessments, milestones, notes, recommendations, responses, reviews
from upr_tracker.services.changes import changes_since, last_seen, mark_seen, parse_since, plain_text
from upr_tracker.services.changes import MILESTONE, REVIEW
from upr_tracker.services.dashboard import build_dashboard
from upr_tracker.services.review_dates import set_review_dates
from upr_tracker.services.states import list_states
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress

START = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
SECRET = "Testimony of the witness from Taraz"
Target = Path | ServerAddress  # where the database is: a file, or a database on the test server


def author(target: Target) -> str:
    """Who the trail names for the fixture's changes: the name given (a file), or the user the
    server authenticated."""
    return target.user if isinstance(target, ServerAddress) else "Aigerim"


@pytest.fixture
def followed(db_target: Target) -> Target:
    with Database.open(db_target, actor="Aigerim") as db:
        kaz = reviews.create_review(db, "Kazakhstan", 3, 34)
        first = recommendations.add_recommendation(db, kaz, "Abolish the death penalty", label="140.1")
        second = recommendations.add_recommendation(db, kaz, "Ratify the Optional Protocol", label="140.2")
        recommendations.add_recommendation(db, kaz, "Ensure freedom of assembly", label="140.3")
        responses.record_response(db, [first], "supported")
        responses.record_response(db, [second], "noted")
        assessments.add_assessment(db, first, "ngo", "partially_implemented", source_name="Our coalition")
        notes.add_note(db, SECRET, recommendation_id=first, confidential=True)
        notes.add_note(db, "Met the ombudsman about the moratorium", recommendation_id=first)
        plan = milestones.add_milestone(db, "KAZ", "plan", "National human rights action plan", date="2021",
                                        ends="2025", due_on=dt.date(2030, 3, 1))
        milestones.link_milestone(db, plan, [second])
        set_review_dates(db, kaz, mid_term_on=dt.date(2030, 1, 15))
        reviews.create_review(db, "France", 4, 43)
    return db_target


def test_the_dashboard_gathers_deadlines_counts_and_what_to_review(followed: Target) -> None:
    with Database.open(followed) as db:
        board = build_dashboard(db, since=START, today=dt.date(2029, 12, 1), reminder_weeks=8)
    deadlines = [(d.what, d.kind, d.due_on, d.estimated) for d in board.deadlines]
    assert ("Mid-term report", REVIEW, dt.date(2030, 1, 15), False) in deadlines
    assert ("Plan due", MILESTONE, dt.date(2030, 3, 1), False) in deadlines
    assert [d.due_on for d in board.deadlines] == sorted(d.due_on for d in board.deadlines)
    # Within eight weeks of 1 December 2029: the mid-term report, not the plan's due date.
    assert [d.what for d in board.reminders()] == ["Mid-term report"]
    kazakhstan = next(r for r in board.reviews if r.title == "Kazakhstan: cycle 3")
    assert kazakhstan.total == 3 and kazakhstan.pending == 1
    assert kazakhstan.by_position == {"supported": 1, "noted": 1, "none": 1}
    assert kazakhstan.by_level.get("partially_implemented") == 1
    assert [r.title for r in board.pending_reviews] == ["Kazakhstan: cycle 3"]
    assert board.changes is not None and board.changes.count > 0


def test_estimated_next_reviews_are_marked_and_far_deadlines_left_out(followed: Target) -> None:
    with Database.open(followed) as db:
        board = build_dashboard(db, today=dt.date(2024, 6, 1))
    kinds = {(d.subject, d.what): d for d in board.deadlines}
    # Kazakhstan (session 34) is reviewed again in session 48, January 2025: estimated.
    assert kinds[("Kazakhstan: cycle 3", "Next review")].estimated
    assert all(d.due_on <= dt.date(2027, 6, 1) for d in board.deadlines)


def test_recommendations_flagged_for_review_are_listed(followed: Target) -> None:
    with Database.open(followed) as db:
        kaz = reviews.list_reviews(db, "KAZ")[0].id
        flagged = recommendations.add_recommendation(db, kaz, "Review the law on extremism", label="140.9")
        responses.record_response(db, [flagged], None, response_text="We shall see", needs_review=True,
                                  review_reason="no position word")
        board = build_dashboard(db)
    assert board.needs_review_total >= 1
    assert any("140.9" in r.title and r.recommendation_id == flagged for r in board.to_review)


def test_changes_are_grouped_by_what_they_concern_without_reference_data_or_secrets(followed: Target) -> None:
    with Database.open(followed) as db:
        report = changes_since(db, START)
        states_exist = bool(list_states(db))
    assert states_exist
    kinds = {group.kind for group in report.groups}
    assert kinds == {"recommendation", "milestone", "review"}
    first = next(g for g in report.groups if g.title.startswith("Kazakhstan, cycle 3, 140.1"))
    said = [c.description for c in first.changes]
    assert "Position: Supported" in said
    assert "Assessed: partially implemented (Our coalition)" in said
    assert f"New note by {author(followed)}: (confidential)" in said
    assert any("Met the ombudsman" in s for s in said)
    assert all(c.actor == author(followed) for c in first.changes)
    text = "\n".join(plain_text(report))
    assert SECRET not in text and "Taraz" not in text
    assert "Kazakhstan" in text and "State —" not in text and "Term" not in text
    plan = next(g for g in report.groups if g.kind == "milestone")
    assert [c.description for c in plan.changes] == ["Links: 1 added, 0 removed",
                                                    "New plan: National human rights action plan"]
    review = next(g for g in report.groups if g.title == "Kazakhstan: cycle 3")
    assert any("3 recommendations added" in c.description for c in review.changes)
    assert any(c.description.startswith("Dates: mid-term report 2030-01-15") for c in review.changes)


def test_since_last_is_when_the_dashboard_was_last_looked_at(followed: Target) -> None:
    with Database.open(followed) as db:
        assert last_seen(db) is None
        week_ago = parse_since("last", db)
        assert dt.timedelta(days=6) < dt.datetime.now(dt.timezone.utc) - week_ago < dt.timedelta(days=8)
        mark_seen(db, dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc))
        assert parse_since("last", db) == dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc)
        assert changes_since(db, parse_since("last", db)).groups == []


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_changes_command_prints_readable_groups_and_json(followed: Target, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "changes", "--db", str(followed), "--since", "2000-01-01")
    assert code == 0
    assert "Recommendation — Kazakhstan, cycle 3, 140.1" in out and f"{author(followed)}: Position: Supported" in out
    assert SECRET not in out
    code, out, _err = run(capsys, "changes", "--db", str(followed), "--since", "2000-01-01", "--json")
    data = json.loads(out)
    assert code == 0 and SECRET not in out
    assert {g["kind"] for g in data["groups"]} == {"recommendation", "milestone", "review"}
    code, _out, err = run(capsys, "changes", "--db", str(followed), "--since", "yesterday")
    assert code == 1 and "--since yesterday: give a day as YYYY-MM-DD, or last" in err


def test_review_dates_command_shows_and_sets_the_dates(followed: Target, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "review", "dates", "--db", str(followed), "--state", "KAZ", "--cycle", "3")
    assert code == 0
    assert "Mid-term report:         2030-01-15\n" in out
    assert "Next review:             2025-01-20 (estimated from the calendar of sessions)" in out
    code, out, _err = run(capsys, "review", "dates", "--db", str(followed), "--state", "Kazakhstan", "--cycle", "3",
                          "--adopted", "2020-06-30", "--next-review", "2025-01-22", "--json")
    data = json.loads(out)
    assert code == 0 and data["adopted_on"] == "2020-06-30" and data["next_review_on"] == "2025-01-22"
    assert data["mid_term_on"] == "2030-01-15" and data["estimated"] == []
    code, _out, err = run(capsys, "review", "dates", "--db", str(followed), "--state", "KAZ", "--cycle", "3",
                          "--mid-term", "30/01/2030")
    assert code == 1 and "--mid-term: '30/01/2030' is not a day" in err
    code, _out, err = run(capsys, "review", "dates", "--db", str(followed), "--state", "KAZ", "--cycle", "2")
    assert code == 1 and "Kazakhstan has no review in cycle 2" in err


def test_a_due_date_passed_lately_is_listed_as_overdue(followed: Target) -> None:
    with Database.open(followed) as db:
        milestones.add_milestone(db, "KAZ", "policy", "Report to the treaty body", due_on=dt.date(2029, 11, 20))
        milestones.add_milestone(db, "KAZ", "policy", "Long forgotten report", due_on=dt.date(2029, 1, 1))
        board = build_dashboard(db, today=dt.date(2029, 12, 1))
    overdue = [d for d in board.deadlines if d.overdue(board.today)]
    assert [(d.what, d.subject) for d in overdue] == [("Overdue (due)", "Report to the treaty body (KAZ)")]
    assert board.deadlines[0] is overdue[0] and overdue[0] in board.reminders()


def test_deadlines_command_lists_those_ahead(followed: Target, capsys: pytest.CaptureFixture[str]) -> None:
    soon, later = dt.date.today() + dt.timedelta(days=10), dt.date.today() + dt.timedelta(days=200)
    with Database.open(followed) as db:
        milestones.add_milestone(db, "KAZ", "policy", "Report to the Committee against Torture", due_on=soon)
        set_review_dates(db, reviews.list_reviews(db, "FRA")[0].id, mid_term_on=later)
    code, out, _err = run(capsys, "deadlines", "--db", str(followed))
    assert code == 0
    assert f"{soon}  Due: Report to the Committee against Torture (KAZ)\n" in out
    assert f"{later}  Mid-term report: France: cycle 4\n" in out
    assert "Next review (estimated from the calendar of sessions): France: cycle 4" in out
    code, out, _err = run(capsys, "deadlines", "--db", str(followed), "--weeks", "8", "--json")
    listed = json.loads(out)
    assert code == 0 and [(d["what"], d["days_left"]) for d in listed] == [("Due", 10)]
    code, _out, err = run(capsys, "deadlines", "--db", str(followed), "--weeks", "-1")
    assert code == 1 and "--weeks -1" in err
