"""`upr-tracker review add|list` and `recommendation add|edit`: success, JSON, and bad input refused
with a message naming the field, a non-zero exit, and nothing written."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.services import recommendations, responses, reviews
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendation_editing import find_recommendation
from upr_tracker.storage.database import Database


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Database.open(db_path, actor="tester") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17",
                                                   recommending_states=["France"], themes=["Death penalty"])
        recommendations.add_recommendation(db, review, "Ratify the Rome Statute", label="97.18")
        report = reviews.add_document(db, review, "A/HRC/14/10")
        responses.record_response(db, [first], "pending", source_document_id=report, source_paragraph="97")
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as raw:
        return {table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("review", "recommendation", "response", "document", "term", "audit_entry")}


def test_review_add_then_list(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "review", "add", "--db", str(filled_db), "--state", "kaz", "--cycle", "2",
                         "--session", "20", "--date", "2014-10-30")
    assert (code, err) == (0, "")
    assert out == "Added the review: Kazakhstan (KAZ), cycle 2, session 20, 2014-10-30: 0 recommendations, 0 pending.\n"
    code, out, _ = run(capsys, "review", "list", "--db", str(filled_db))
    assert code == 0
    assert out.splitlines() == [
        "Kazakhstan (KAZ), cycle 1, session 7: 2 recommendations, 1 pending, 1 without a position",
        "Kazakhstan (KAZ), cycle 2, session 20, 2014-10-30: 0 recommendations, 0 pending",
        "2 reviews.",
    ]


def test_review_add_and_list_as_json(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", "add", "--db", str(filled_db), "--state", "France", "--cycle", "4",
                       "--session", "43", "--json")
    added = json.loads(out)
    assert code == 0
    assert {k: added[k] for k in ("state", "state_name", "cycle", "session", "date", "recommendations")} == {
        "state": "FRA", "state_name": "France", "cycle": 4, "session": 43, "date": None, "recommendations": 0}
    code, out, _ = run(capsys, "review", "list", "--db", str(filled_db), "--state", "KAZ", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["count"] == 1
    assert {k: listed["reviews"][0][k] for k in ("cycle", "recommendations", "pending", "without_position",
                                                  "by_position")} == {
        "cycle": 1, "recommendations": 2, "pending": 1, "without_position": 1, "by_position": {"pending": 1}}


@pytest.mark.parametrize(("arguments", "message"), [
    (["--state", "KAZ", "--cycle", "1", "--session", "7"], "review: Kazakhstan already has its cycle 1 review"),
    (["--state", "KAZ", "--cycle", "6", "--session", "60"], "cycle: 6 is not a UPR cycle (1 to 5)"),
    (["--state", "KAZ", "--cycle", "2", "--session", "30"], "session 30 belongs to cycle 3, not cycle 2"),
    (["--state", "Atlantis", "--cycle", "2", "--session", "20"], "state: no State called 'Atlantis'"),
    (["--state", "KAZ", "--cycle", "2", "--session", "20", "--date", "2019-01-01"],
     "date: cycle 2 ran in 2012–2016, not in 2019"),
])
def test_review_add_refuses_bad_input(filled_db: Path, capsys: pytest.CaptureFixture[str], arguments: list[str],
                                      message: str) -> None:
    before = rows(filled_db)
    code, out, err = run(capsys, "review", "add", "--db", str(filled_db), *arguments)
    assert code == 1 and out == ""
    assert err.startswith("upr-tracker: error: ") and message in err and len(err.splitlines()) == 1
    assert rows(filled_db) == before


def test_a_badly_written_date_or_a_missing_option_is_a_usage_error(filled_db: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "add", "--db", str(filled_db), "--state", "KAZ", "--cycle", "2", "--session", "20",
              "--date", "30/10/2014"])
    assert exit_info.value.code == 2
    assert "argument --date: '30/10/2014' is not a date written YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["review", "add", "--db", str(filled_db), "--state", "KAZ", "--cycle", "2"])
    assert exit_info.value.code == 2
    assert "--session" in capsys.readouterr().err


def test_review_add_needs_an_existing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "none.sqlite3"
    code, _, err = run(capsys, "review", "add", "--db", str(missing), "--state", "KAZ", "--cycle", "2",
                       "--session", "20")
    assert code == 1 and "there is no database at" in err
    assert not missing.exists()


def test_recommendation_add_with_position(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommendation", "add", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                         "--label", "97.19", "--text", "Ratify the Convention against Torture", "--by", "France",
                         "--by", "DEU", "--action-category", "5", "--theme", "Torture and other CID treatment",
                         "--position", "accepted", "--source", "a/hrc/14/10/add.1", "--paragraph", "12")
    assert (code, err) == (0, "")
    assert out == ("Added recommendation 97.19 to Kazakhstan's cycle 1 review, position Supported "
                   "(A/HRC/14/10/Add.1, para. 12).\n")
    with Database.open(filled_db) as db:
        detail = recommendation_detail(db, find_recommendation(db, "KAZ", 1, "97.19"))
    assert detail.row.recommending_states == ("France", "Germany") and detail.row.action_category == 5
    assert detail.row.themes == ("Torture and other CID treatment",) and detail.row.position == "supported"
    code, out, _ = run(capsys, "search", "--db", str(filled_db), "torture", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Kazakhstan, cycle 1: recommendation 97.19"]


def test_recommendation_add_as_json_without_position(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommendation", "add", "--db", str(filled_db), "--state", "Kazakhstan", "--cycle",
                       "1", "--label", "97.20", "--text", "Guarantee freedom of assembly", "--json")
    record = json.loads(out)
    assert code == 0
    assert {k: record[k] for k in ("state", "cycle", "label", "text", "position", "recommending_states")} == {
        "state": "KAZ", "cycle": 1, "label": "97.20", "text": "Guarantee freedom of assembly", "position": None,
        "recommending_states": []}


@pytest.mark.parametrize(("arguments", "message"), [
    (["--label", "97.17"], "label: the review already has a recommendation 97.17"),
    (["--label", "97.30", "--cycle", "2"], "review: Kazakhstan has no review in cycle 2"),
    (["--label", "97.30", "--by", "Frnace"], "recommending state: no State called 'Frnace' (did you mean 'France'?)"),
    (["--label", "97.30", "--theme", "Death Penalty x"], "theme: 'Death Penalty x' is not in themes but is close"),
    (["--label", "97.30", "--theme", "Torture"], "did you mean 'Torture and other CID treatment'?"),
    (["--label", "97.30", "--action-category", "9"], "action category: '9' is not an action category (1 to 5)"),
    (["--label", "97.30", "--position", "noted"], "source: give the symbol of the document"),
    (["--label", "97.30", "--source", "A/HRC/14/10/Add.1"], "--source: it goes with --position"),
    (["--label", "97.30", "--position", "perhaps", "--source", "A/HRC/14/10/Add.1"], "position: unknown position"),
    (["--label", "97.30", "--position", "noted", "--source", "A/HRC/28/10/Add.1"],
     "source: A/HRC/28/10/Add.1 is a document of cycle 2, and the review is of cycle 1"),
])
def test_recommendation_add_refuses_bad_input(filled_db: Path, capsys: pytest.CaptureFixture[str],
                                              arguments: list[str], message: str) -> None:
    before = rows(filled_db)
    options = {"--state": "KAZ", "--cycle": "1", "--text": "Some text"}
    for name, value in zip(arguments[::2], arguments[1::2]):
        options[name] = value
    flat = [part for name, value in options.items() for part in (name, value)]
    code, out, err = run(capsys, "recommendation", "add", "--db", str(filled_db), *flat)
    assert code == 1 and out == ""
    assert err.startswith("upr-tracker: error: ") and message in err and len(err.splitlines()) == 1
    assert rows(filled_db) == before


def test_recommendation_edit_keeps_the_position_history(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                         "--label", "97.17", "--text", "Abolish the death penalty in law", "--action-category", "5",
                         "--add-theme", "International instruments", "--remove-theme", "Death penalty",
                         "--position", "accepted", "--source", "A/HRC/14/10/Add.1", "--paragraph", "3")
    assert (code, err) == (0, "")
    assert out == ("Changed the text, action category, themes, position of recommendation 97.17 of Kazakhstan's "
                   "cycle 1 review; position Supported (A/HRC/14/10/Add.1, para. 3).\n")
    with Database.open(filled_db) as db:
        detail = recommendation_detail(db, find_recommendation(db, "KAZ", 1, "97.17"))
    assert [r.position for r in detail.responses] == ["pending", "supported"]
    assert detail.row.themes == ("International instruments",) and detail.row.text.endswith("in law")
    code, out, _ = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                       "--label", "97.17", "--action-category", "none", "--json")
    assert code == 0 and json.loads(out)["action_category"] is None
    code, out, _ = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                       "--label", "97.17")
    assert (code, out) == (0, "Nothing to change in recommendation 97.17 of Kazakhstan's cycle 1 review.\n")


def test_recommendation_edit_says_when_a_position_does_not_become_current(
        filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1", "--label",
        "97.18", "--position", "supported", "--source", "A/HRC/14/10/Add.1")
    code, _, err = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                       "--label", "97.18", "--position", "noted", "--source", "A/HRC/14/10", "--paragraph", "97")
    assert code == 0 and err.startswith("upr-tracker: note: The position from A/HRC/14/10 was added to the position history, "
                                    "but the current position stays Supported")


@pytest.mark.parametrize(("arguments", "message"), [
    (["--label", "97.1"], "no recommendation 97.1 in the review of Kazakhstan, cycle 1 (did you mean 97.17, 97.18?)"),
    (["--label", "97.17", "--new-label", "97.18"], "label: the review already has a recommendation 97.18"),
    (["--label", "97.17", "--remove-theme", "Women's rights"], "does not have the theme \"Women's rights\""),
    (["--label", "97.17", "--text", " "], "text: a recommendation needs its text"),
    (["--label", "97.17", "--text", "New", "--position", "noted"], "source: give the symbol"),
])
def test_recommendation_edit_refuses_bad_input(filled_db: Path, capsys: pytest.CaptureFixture[str],
                                               arguments: list[str], message: str) -> None:
    before = rows(filled_db)
    code, out, err = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                         *arguments)
    assert code == 1 and out == ""
    assert err.startswith("upr-tracker: error: ") and message in err and len(err.splitlines()) == 1
    assert rows(filled_db) == before


def test_recommendation_edit_replaces_the_states_and_dates_the_position(filled_db: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recommendation", "edit", "--db", str(filled_db), "--state", "KAZ", "--cycle", "1",
                       "--label", "97.17", "--by", "Mexico", "--by", "BRA", "--new-label", "97.30",
                       "--position", "will be examined", "--source", "A/HRC/14/10/Add.1", "--position-date",
                       "2010-06-01", "--json")
    record = json.loads(out)
    assert code == 0
    assert (record["label"], record["recommending_states"], record["position"]) == (
        "97.30", ["Brazil", "Mexico"], "pending")
    with Database.open(filled_db) as db:
        detail = recommendation_detail(db, find_recommendation(db, "KAZ", 1, "97.30"))
    assert detail.responses[-1].responded_on.isoformat() == "2010-06-01"
    with closing(sqlite3.connect(filled_db)) as raw:
        changes = [(json.loads(before), json.loads(after)) for before, after in raw.execute(
            "SELECT before, after FROM audit_entry WHERE table_name = 'recommendation' AND action = 'update'")]
    assert any(before["label"] == "97.17" and after["label"] == "97.30" for before, after in changes)
    assert any(after.get("recommended_by") == "Mexico, Brazil" for _, after in changes)
