"""Conflicts between databases: listed with the record and field by name and every version with
who, where and when; resolved by keeping a version or writing a combined one, through the normal
edit path (audit trail, versions), refused when the versions changed since the person looked."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.sync_conflict_rows import (
    EARLIER,
    LATER,
    kazakhstan_recommendation,
    put_conflict,
    two_laptops,
)
from upr_tracker.errors import InvalidValueError, NotFoundError, SyncError
from upr_tracker.services.recommendations import text_key
from upr_tracker.storage.models import (
    AuditEntry,
    Note,
    Recommendation,
    Response,
    SyncConflict,
    response_recommendation,
)
from upr_tracker.sync.conflicts import (
    banner_text,
    conflict_document,
    conflicts_about_recommendation,
    count_open_conflicts,
    list_conflicts,
    open_conflicts_for,
    resolve_conflict,
    resolve_with_candidate,
    value_text,
)


def text_conflict(db):
    rec_id, label, text = kazakhstan_recommendation(db)
    candidates = two_laptops(text + " (as Amina reads it)", text + " (as Bakyt reads it)")
    conflict_id = put_conflict(db, "recommendation", rec_id, "text", candidates, set_winner=Recommendation)
    return conflict_id, rec_id, label, text


def test_a_conflict_is_listed_with_its_record_field_and_versions(demo) -> None:
    conflict_id, rec_id, label, text = text_conflict(demo)
    [view] = list_conflicts(demo)
    assert view.id == conflict_id
    assert view.record_label == f"Kazakhstan, cycle 1, recommendation {label}"
    assert view.field_label == "Text" and view.is_text and view.record_exists and view.readable
    assert view.recommendation_id == rec_id
    assert view.current_value == text + " (as Bakyt reads it)"
    first, second = view.candidates
    assert (first.author, first.origin_name, first.value) == ("Amina", "Amina on laptop-a", text + " (as Amina reads it)")
    assert first.at == dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    assert second.at == dt.datetime(2026, 12, 1, 9, 31, tzinfo=dt.UTC)
    assert (first.current, second.current) == (False, True)
    assert count_open_conflicts(demo) == 1
    assert open_conflicts_for(demo, "recommendation", [rec_id, uuid.uuid4()]) == {str(rec_id)}
    assert banner_text(conflicts_about_recommendation(demo, rec_id)) == \
        "In conflict: Text changed on two databases — resolve in Conflicts"
    document = conflict_document(view)
    assert document["candidates"][0]["number"] == 1 and document["candidates"][1]["current"] is True
    json.dumps(document)  # JSON as it is


def test_keeping_a_version_writes_it_through_the_audited_edit_path(demo) -> None:
    conflict_id, rec_id, _label, text = text_conflict(demo)
    with demo.read() as session:
        version = session.get(Recommendation, rec_id).version
    resolved = resolve_with_candidate(demo, conflict_id, 1)
    assert not resolved.open and resolved.resolved_by == demo.actor and resolved.resolved_at is not None
    with demo.read() as session:
        recommendation = session.get(Recommendation, rec_id)
        assert recommendation.text == text + " (as Amina reads it)"
        assert recommendation.text_key == text_key(recommendation.text)
        assert recommendation.version == version + 1
        row = session.get(SyncConflict, conflict_id)
        assert sorted(json.loads(row.resolved)) == sorted([f"{EARLIER}@{'a' * 8}", f"{LATER}@{'b' * 8}"])
        entry = session.scalars(select(AuditEntry).where(AuditEntry.record_id == str(rec_id))
                                .order_by(AuditEntry.at.desc())).first()
        assert entry.actor == demo.actor and entry.action == "update"
        assert json.loads(entry.after)["text"] == text + " (as Amina reads it)"
        assert json.loads(entry.before)["text"] == text + " (as Bakyt reads it)"
    assert list_conflicts(demo) == []
    assert [c.id for c in list_conflicts(demo, open_only=False)] == [conflict_id]
    assert open_conflicts_for(demo, "recommendation", [rec_id]) == set()


def test_a_combined_text_is_written_and_closes_the_conflict(demo) -> None:
    conflict_id, rec_id, _label, text = text_conflict(demo)
    view = list_conflicts(demo)[0]
    combined = text + " (as both read it)"
    resolve_conflict(demo, conflict_id, combined, expected_candidates=view.candidates)
    with demo.read() as session:
        assert session.get(Recommendation, rec_id).text == combined
        assert session.get(SyncConflict, conflict_id).open is False


def test_versions_that_changed_since_one_looked_are_refused(demo) -> None:
    conflict_id, rec_id, _label, _text = text_conflict(demo)
    seen = list_conflicts(demo)[0].candidate_keys
    with demo.write() as session:  # a sync brings a third version meanwhile
        row = session.get(SyncConflict, conflict_id)
        row.candidates = json.dumps(json.loads(row.candidates) + [
            {"value": "third", "clock": LATER[:-1] + "1", "origin": "c" * 8, "origin_name": "server",
             "author": "Dana"}])
    with demo.read() as session:
        before = session.get(Recommendation, rec_id).text
    with pytest.raises(SyncError, match="changed since you looked"):
        resolve_conflict(demo, conflict_id, "mine", expected_candidates=seen)
    with demo.read() as session:
        assert session.get(Recommendation, rec_id).text == before
        assert session.get(SyncConflict, conflict_id).open is True
    with pytest.raises(SyncError, match="already resolved"):
        resolve_with_candidate(demo, conflict_id, 3)
        resolve_with_candidate(demo, conflict_id, 1)


def test_a_position_in_conflict_is_chosen_from_the_positions_and_the_recommendation_follows(demo) -> None:
    rec_id, label, _text = kazakhstan_recommendation(demo)
    with demo.read() as session:
        response_id = session.scalars(select(response_recommendation.c.response_id).where(
            response_recommendation.c.recommendation_id == rec_id)).first()
        was = session.get(Response, response_id).position
    other = "noted" if was != "noted" else "supported"
    conflict_id = put_conflict(demo, "response", response_id, "position", two_laptops(was, other),
                               set_winner=Response)
    view = list_conflicts(demo)[0]
    assert view.field_label == "Position" and not view.is_text and "partially_supported" in view.choices
    assert view.record_label.startswith(f"Position on Kazakhstan, cycle 1, recommendation {label}")
    assert value_text(view, "partially_supported") == "Partially supported"
    with pytest.raises(InvalidValueError, match="position"):
        resolve_conflict(demo, conflict_id, "maybe")
    resolve_conflict(demo, conflict_id, "partially_supported")
    with demo.read() as session:
        assert session.get(Response, response_id).position == "partially_supported"
        assert session.get(Recommendation, rec_id).current_position == "partially_supported"
    assert conflicts_about_recommendation(demo, rec_id) == []


def test_a_note_in_conflict_names_its_author_and_a_missing_record_its_id(demo) -> None:
    from upr_tracker.services.notes import add_note

    rec_id, label, _text = kazakhstan_recommendation(demo)
    note_id = add_note(demo, "Met the ministry.", recommendation_id=rec_id, confidential=True)
    put_conflict(demo, "note", note_id, "body", two_laptops("Met the ministry.", "Met the ministry on Monday."),
                 set_winner=Note)
    gone = uuid.uuid4()
    put_conflict(demo, "recommendation", gone, "text", two_laptops("one", "two"))
    views = {v.table: v for v in list_conflicts(demo)}
    note = views["note"]
    assert note.record_label == f"Note by {demo.actor} on Kazakhstan, cycle 1, recommendation {label}"
    assert note.readable and note.candidates[1].value == "Met the ministry on Monday."  # readable on a laptop
    assert note.recommendation_id == rec_id
    missing = views["recommendation"]
    assert str(gone) in missing.record_label and not missing.record_exists
    with pytest.raises(NotFoundError, match=str(gone)):
        resolve_with_candidate(demo, missing.id, 1)
    with pytest.raises(InvalidValueError, match="numbered 1 to 2"):
        resolve_with_candidate(demo, note.id, 3)


def test_a_review_date_in_conflict_takes_a_date_and_refuses_what_is_not_one(db) -> None:
    from upr_tracker.services.reviews import create_review
    from upr_tracker.storage.models import Review

    review_id = create_review(db, "KAZ", 3)
    conflict_id = put_conflict(db, "review", review_id, "adopted_on", two_laptops("2020-03-12", "2020-03-19"),
                               set_winner=None)
    [view] = list_conflicts(db)
    assert view.record_label == "Kazakhstan, cycle 3" and view.field_label == "Adoption at the Council"
    assert not view.is_text and not view.choices  # a date: one of the versions is kept
    with pytest.raises(InvalidValueError, match="adopted_on: 'next spring'"):
        resolve_conflict(db, conflict_id, "next spring")
    resolve_with_candidate(db, conflict_id, 2)
    with db.read() as session:
        assert session.get(Review, review_id).adopted_on == dt.date(2020, 3, 19)
    assert count_open_conflicts(db) == 0


def test_a_label_another_recommendation_holds_is_refused_and_nothing_is_written(db) -> None:
    from upr_tracker.services import recommendations, reviews

    review = reviews.create_review(db, "KAZ", 1, 7)
    first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")
    recommendations.add_recommendation(db, review, "Ratify the Optional Protocol", label="97.4")
    conflict_id = put_conflict(db, "recommendation", first, "label", two_laptops("97.3", "97.4"))
    with pytest.raises(InvalidValueError, match="label: '97.4' cannot be kept: another record already has it"):
        resolve_with_candidate(db, conflict_id, 2)
    with db.read() as session:
        assert session.get(Recommendation, first).label == "97.3"
    assert count_open_conflicts(db) == 1


# --- the command line ----------------------------------------------------------------------------

@pytest.fixture
def file_with_a_conflict(demo_file, tmp_path):
    """A copy of the demo with a conflict on a recommendation's text, closed (for the commands)."""
    import shutil

    from upr_tracker.storage.database import Database

    path = tmp_path / "laptop.sqlite3"
    shutil.copy(demo_file, path)
    with Database.open(path, actor="tester") as db:
        conflict_id, rec_id, label, text = text_conflict(db)
    return path, conflict_id, rec_id, label, text


def run(capsys, *args: str) -> tuple[int, str, str]:
    from upr_tracker.cli.main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_lists_each_version_with_who_where_and_when(file_with_a_conflict, capsys) -> None:
    path, conflict_id, _rec_id, label, text = file_with_a_conflict
    code, out, err = run(capsys, "conflicts", "--db", str(path))
    assert code == 0, err
    assert out.startswith("1 open conflict\n")
    assert f"{conflict_id} [open]" in out
    assert f"recommendation: Kazakhstan, cycle 1, recommendation {label} · Text" in out
    assert "1. by Amina (database: Amina on laptop-a), 2026-12-01 09:30 UTC:" in out
    assert "2. by Bakyt (database: Bakyt on laptop-b), 2026-12-01 09:31 UTC (in the record now):" in out
    assert f"       {text} (as Amina reads it)" in out
    code, out, err = run(capsys, "conflicts", "--db", str(path), "--json")
    document = json.loads(out)
    assert document["open"] == 1
    [conflict] = document["conflicts"]
    assert conflict["id"] == str(conflict_id) and conflict["field"] == "text" and conflict["open"] is True
    assert [c["number"] for c in conflict["candidates"]] == [1, 2]
    assert conflict["candidates"][0] == {
        "number": 1, "value": text + " (as Amina reads it)", "author": "Amina", "origin": "a" * 8,
        "origin_name": "Amina on laptop-a", "clock": EARLIER, "at": "2026-12-01T09:30:00+00:00", "current": False}


def test_the_command_resolves_with_a_version_or_a_combined_text(file_with_a_conflict, capsys, tmp_path) -> None:
    from upr_tracker.storage.database import Database

    path, conflict_id, rec_id, label, text = file_with_a_conflict
    code, _out, err = run(capsys, "conflicts", "resolve", str(conflict_id)[:8], "--db", str(path), "--take", "3")
    assert code == 1 and "numbered 1 to 2" in err
    combined = tmp_path / "combined.txt"
    combined.write_text(text + " (as both read it)\n", encoding="utf-8")
    code, out, err = run(capsys, "conflicts", "resolve", str(conflict_id), "--db", str(path), "--value-file",
                         str(combined), "--author", "Chidi")
    assert code == 0, err
    assert out == f"Resolved: Kazakhstan, cycle 1, recommendation {label} · Text\n"
    with Database.open(path, actor="tester") as db:
        with db.read() as session:
            assert session.get(Recommendation, rec_id).text == text + " (as both read it)"
        assert list_conflicts(db) == []
        assert list_conflicts(db, open_only=False)[0].resolved_by == "Chidi"
    code, out, _err = run(capsys, "conflicts", "--db", str(path))
    assert out == "0 open conflicts\n"
    code, out, _err = run(capsys, "conflicts", "--db", str(path), "--all")
    assert out.startswith("0 open conflicts, 1 resolved") and "[resolved by Chidi on " in out
    code, _out, err = run(capsys, "conflicts", "--db", str(path), "resolve", str(conflict_id), "--take", "1")
    assert code == 1 and "already resolved by Chidi" in err


# --- any text ------------------------------------------------------------------------------------

WORDS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200).filter(
    lambda t: t.strip())


@pytest.fixture
def small_file(tmp_path):
    from upr_tracker.services import recommendations, reviews
    from upr_tracker.storage.database import Database

    db = Database.open(tmp_path / "small.sqlite3", actor="tester")
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    rec_id = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")
    yield db, rec_id
    db.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=WORDS, second=WORDS, combined=WORDS)
def test_any_combined_text_is_kept_as_an_edit_keeps_it(small_file, first: str, second: str, combined: str) -> None:
    db, rec_id = small_file
    with db.write() as session:  # (one conflict row a field: each example opens it again)
        row = session.get(SyncConflict, uuid.uuid5(uuid.NAMESPACE_URL, f"recommendation/{rec_id}/text"))
        if row is not None:
            session.delete(row)
    conflict_id = put_conflict(db, "recommendation", rec_id, "text", two_laptops(first, second))
    view = resolve_conflict(db, conflict_id, combined, expected_candidates=two_laptops(first, second))
    assert not view.open and view.current_value == " ".join(combined.split())
    with db.read() as session:
        recommendation = session.get(Recommendation, rec_id)
        assert recommendation.text == " ".join(combined.split())
        assert recommendation.text_key == text_key(recommendation.text)


# --- end to end, with the sync engine ------------------------------------------------------------

def exchange(first, second) -> None:
    """Both ways, each sending what the other has not seen (collected before either applies)."""
    from upr_tracker.sync.exchange import apply_changes, collect_changes
    from upr_tracker.sync.replica import knowledge_of

    to_second = collect_changes(first, knowledge_of(second))
    to_first = collect_changes(second, knowledge_of(first))
    apply_changes(second, to_second)
    apply_changes(first, to_first)


def test_a_conflict_made_by_two_databases_is_listed_on_both_and_closed_on_both_once_resolved(db, tmp_path) -> None:
    from upr_tracker.services import recommendations, reviews
    from upr_tracker.services.recommendation_editing import edit_recommendation
    from upr_tracker.storage.database import Database
    from upr_tracker.sync.exchange import apply_changes, collect_changes

    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    rec_id = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")
    with Database.open(tmp_path / "other-laptop.sqlite3", actor="Bakyt") as other:
        apply_changes(other, collect_changes(db, None))  # a full copy
        with other.read() as session:
            assert session.get(Recommendation, rec_id).text == "Abolish the death penalty"

        edit_recommendation(db, rec_id, text="Abolish the death penalty at once")
        edit_recommendation(other, rec_id, text="Abolish the death penalty by 2030")
        exchange(db, other)

        [here], [there] = list_conflicts(db), list_conflicts(other)
        assert here.id == there.id and here.field == "text"
        assert here.record_label == there.record_label == "Kazakhstan, cycle 1, recommendation 97.3"
        assert {c.value for c in here.candidates} == {"Abolish the death penalty at once",
                                                      "Abolish the death penalty by 2030"}
        assert {c.author for c in here.candidates} == {db.actor, "Bakyt"}
        assert here.current_value == there.current_value  # the same provisional winner on both
        where = "two laptops" if db.address is None else "a laptop and the team server"
        assert banner_text([here]) == f"In conflict: Text changed on {where} — resolve in Conflicts"
        mine = next(n for n, c in enumerate(here.candidates, 1) if c.value.endswith("at once"))
        resolve_with_candidate(db, here.id, mine)
        exchange(db, other)

        assert list_conflicts(db) == [] and list_conflicts(other) == []
        [closed] = list_conflicts(other, open_only=False)
        assert not closed.open and closed.resolved_by == db.actor
        for database in (db, other):
            with database.read() as session:
                assert session.get(Recommendation, rec_id).text == "Abolish the death penalty at once"
