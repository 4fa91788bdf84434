"""`note` and `assessment` on the command line: what they write (under whose name), their --json
output, and their refusals (one line naming the option, exit 1, nothing written)."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from upr_tracker.cli.main import main
from upr_tracker.services import milestones, notes, recommendations, reviews
from upr_tracker.services.assessments import add_assessment
from upr_tracker.storage.database import Database


@pytest.fixture
def follow_up_db(db_path: Path) -> Path:
    """Kazakhstan reviewed in cycles 1 and 2, France in cycle 1, a milestone of Kazakhstan."""
    with Database.open(db_path, actor="tester") as db:
        first = reviews.create_review(db, "Kazakhstan", 1, 7)
        for label, text in (("97.3", "Abolish the death penalty"), ("97.12", "Ratify the OP-CAT"),
                            ("95.40", "Обеспечить свободу собраний")):
            recommendations.add_recommendation(db, first, text, label=label)
        second = reviews.create_review(db, "Kazakhstan", 2, 20)
        recommendations.add_recommendation(db, second, "Abolish the death penalty", label="124.1")
        france = reviews.create_review(db, "France", 1, 4)
        recommendations.add_recommendation(db, france, "Combat racial discrimination", label="60.1")
        recommendations.add_recommendation(db, france, "Protect the rights of migrants")  # a UPR Info row: no label
        milestones.add_milestone(db, "KAZ", "law", "Moratorium on executions", date="2003-12")
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def table_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("note", "note_tag", "assessment", "audit_entry")}


def all_notes(path: Path) -> list[notes.NoteInfo]:
    with Database.open(path) as db:
        return notes.list_notes(db)


# --- note add ----------------------------------------------------------------------------------------

def test_note_add_about_a_recommendation(follow_up_db: Path, capsys) -> None:
    code, out, err = run(capsys, "note", "add", "--db", str(follow_up_db), "--state", "KAZ", "--cycle", "1",
                         "--label", "97.3", "--text", "Met the ombudsman", "--tag", "Death penalty", "--tag", "Meeting",
                         "--date", "2011-03-12", "--author", "Aigerim K.")
    assert (code, err) == (0, "")
    assert "about Kazakhstan, cycle 1, 97.3, by Aigerim K." in out
    [note] = all_notes(follow_up_db)
    assert (note.body, note.author, note.tags, str(note.event_on)) == (
        "Met the ombudsman", "Aigerim K.", ("Death penalty", "Meeting"), "2011-03-12")
    assert note.recommendation_id is not None and not note.confidential


def test_note_add_json_names_the_note_and_keeps_a_confidential_text_out(follow_up_db: Path, capsys,
                                                                        monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Witness Ж. said so\n".encode())))
    code, out, _err = run(capsys, "note", "add", "--db", str(follow_up_db), "--state", "Kazakhstan", "--cycle", "2",
                          "--label", "124.1", "--text-file", "-", "--confidential", "--json")
    assert code == 0
    added = json.loads(out)
    assert added["about"] == "Kazakhstan, cycle 2, 124.1" and added["confidential"] is True
    assert added["text"] is None and added["tags"] is None and "Witness" not in out
    [note] = all_notes(follow_up_db)
    assert str(note.id) == added["id"] and note.body == "Witness Ж. said so" and note.confidential


def test_note_add_from_a_file_about_a_review_or_a_milestone(follow_up_db: Path, capsys, tmp_path: Path) -> None:
    text = tmp_path / "note.txt"
    text.write_text("Review followed from Geneva", encoding="utf-8")
    assert run(capsys, "note", "add", "--db", str(follow_up_db), "--state", "FRA", "--text-file", str(text))[0] == 0
    with Database.open(follow_up_db) as db:
        milestone = milestones.list_milestones(db)[0].id
    code, out, _err = run(capsys, "note", "add", "--db", str(follow_up_db), "--milestone", milestone.hex[:8],
                          "--text", "Still observed", "--json")
    assert code == 0 and json.loads(out)["milestone_id"] == str(milestone)
    review_note, milestone_note = all_notes(follow_up_db)
    assert review_note.review_id is not None and review_note.body == "Review followed from Geneva"
    assert milestone_note.milestone_id == milestone


@pytest.mark.parametrize(("options", "message"), [
    (["--state", "KAZ", "--cycle", "1", "--label", "97.99"],
     "--label 97.99: no recommendation 97.99 in the review of Kazakhstan, cycle 1 (did you mean"),
    (["--state", "KAZ", "--label", "97.3"], "--cycle: Kazakhstan has reviews in cycles 1, 2; say which with --cycle"),
    (["--state", "KAZ", "--cycle", "3", "--label", "97.3"],
     "--cycle 3: the database has no review of Kazakhstan in cycle 3 (its cycles: 1, 2)"),
    (["--state", "Narnia", "--cycle", "1", "--label", "97.3"], "--state: no State called 'Narnia'"),
    (["--state", "KAZ", "--cycle", "1", "--label", "97.3", "--date", "2011-02-30"],
     "--date: '2011-02-30' is not a valid date"),
    (["--state", "KAZ", "--cycle", "1", "--label", "97.3", "--date", "March 2011"],
     "--date: 'March 2011' is not a date (write 2011-03-12 or 12 March 2011)"),
    (["--cycle", "1", "--label", "97.3"], "--state: say which State's recommendation (or review)"),
    (["--milestone", "zz"], "--milestone 'zz': give its id, or at least its first 6 characters as listed"),
    (["--milestone", "abcdef12"], "--milestone abcdef12: there is none whose id begins so"),
])
def test_note_add_refuses_bad_input_in_one_line_and_writes_nothing(follow_up_db: Path, capsys, options,
                                                                   message) -> None:
    before = table_counts(follow_up_db)
    code, out, err = run(capsys, "note", "add", "--db", str(follow_up_db), *options, "--text", "Met them")
    assert code == 1 and out == ""
    assert err.startswith(f"upr-tracker: error: {message}") and err.count("\n") == 1
    assert table_counts(follow_up_db) == before


def test_note_add_refuses_an_empty_text_and_a_file_that_is_not_utf8(follow_up_db: Path, capsys, tmp_path) -> None:
    before = table_counts(follow_up_db)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Réunion".encode("latin-1"))
    gone = tmp_path / "gone.txt"
    for options, message in ((["--text", "   "], "--text: the note is empty"),
                             (["--text-file", str(latin)], f"--text-file {latin}: not UTF-8 text (byte 1)"),
                             (["--text-file", str(gone)], f"--text-file {gone}: No such")):
        code, _out, err = run(capsys, "note", "add", "--db", str(follow_up_db), "--state", "FRA", *options)
        assert code == 1 and err.startswith(f"upr-tracker: error: {message}"), err
    assert table_counts(follow_up_db) == before


def test_note_add_does_not_create_a_missing_database(tmp_path: Path, capsys) -> None:
    code, _out, err = run(capsys, "note", "add", "--db", str(tmp_path / "typo.sqlite3"), "--state", "FRA",
                          "--text", "x")
    assert code == 1 and "there is no database at" in err
    assert not (tmp_path / "typo.sqlite3").exists()


# --- note list -------------------------------------------------------------------------------------------

@pytest.fixture
def with_notes(follow_up_db: Path) -> Path:
    with Database.open(follow_up_db, actor="tester") as db:
        rows = {r.label: r.id for r in recommendations.recommendation_rows(
            db, recommendations.list_recommendation_ids(db, recommendations.RecommendationFilter()))}
        notes.add_note(db, "Met the court", recommendation_id=rows["97.3"], tags=["Свобода"],
                       event_on=__import__("datetime").date(2011, 3, 12))
        notes.add_note(db, "Source named Quagmire", recommendation_id=rows["97.3"], confidential=True,
                       tags=["Secretive"])
        notes.add_note(db, "Second cycle follow-up", recommendation_id=rows["124.1"])
        notes.add_note(db, "French note", recommendation_id=rows["60.1"], tags=["свобода"])
    return follow_up_db


def test_note_list_hides_confidential_words_unless_asked(with_notes: Path, capsys) -> None:
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--state", "KAZ")
    assert code == 0 and out.rstrip().endswith("3 notes.")
    assert "Kazakhstan, cycle 1, 97.3 · event 12 March 2011, written" in out
    assert "[confidential]" in out and "Quagmire" not in out and "Secretive" not in out and "French" not in out
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--state", "KAZ", "--include-confidential")
    assert "Source named Quagmire" in out and "Secretive" in out


def test_note_list_filters_and_json(with_notes: Path, capsys) -> None:
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--state", "KAZ", "--cycle", "1",
                          "--label", "97.3", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["count"] == 2
    assert [n["text"] for n in listed["notes"]] == ["Met the court", None]
    assert listed["notes"][0]["event_on"] == "2011-03-12" and listed["notes"][1]["tags"] is None
    # A tag matches whatever its case (Cyrillic too); a confidential note's tags are not searched unless asked.
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--tag", "СВОБОДА", "--json")
    assert sorted(n["text"] for n in json.loads(out)["notes"]) == ["French note", "Met the court"]
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--tag", "secretive", "--json")
    assert json.loads(out)["count"] == 0
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--tag", "secretive", "--json",
                          "--include-confidential")
    assert json.loads(out)["count"] == 1
    # --since: the event's day, else the day written (today): the note of 2011 is left out.
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--since", "2020-01-01", "--json")
    assert "Met the court" not in out and json.loads(out)["count"] == 3
    code, out, _err = run(capsys, "note", "list", "--db", str(with_notes), "--cycle", "2", "--json")
    assert [n["text"] for n in json.loads(out)["notes"]] == ["Second cycle follow-up"]


def test_note_list_refuses_bad_filters(with_notes: Path, capsys) -> None:
    for options, message in ((["--since", "yesterday"], "--since: 'yesterday' is not a date"),
                             (["--label", "97.3"], "--label: give the State (--state)"),
                             (["--state", "KAZ", "--cycle", "1", "--label", "1.1"], "--label 1.1: no recommendation")):
        code, out, err = run(capsys, "note", "list", "--db", str(with_notes), *options)
        assert code == 1 and out == "" and err.startswith(f"upr-tracker: error: {message}"), err


# --- note edit and delete --------------------------------------------------------------------------------

def test_note_edit_changes_what_is_given(with_notes: Path, capsys) -> None:
    note = next(n for n in all_notes(with_notes) if n.body == "Met the court")
    code, out, _err = run(capsys, "note", "edit", note.id.hex[:8], "--db", str(with_notes), "--text", "Met the judge",
                          "--no-date", "--tag", "Courts", "--author", "Saule")
    assert (code, out.strip()) == (0, f"Edited note {note.id.hex[:8]}.")
    edited = next(n for n in all_notes(with_notes) if n.id == note.id)
    assert (edited.body, edited.event_on, edited.tags, edited.author) == ("Met the judge", None, ("Courts",),
                                                                         note.author)  # the author stays the writer's
    code, out, _err = run(capsys, "note", "edit", str(note.id), "--db", str(with_notes), "--date", "2012-01-05",
                          "--confidential", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["event_on"] == "2012-01-05" and shown["text"] is None
    assert "its earlier text was removed from the audit trail" in shown["notice"]
    with Database.open(with_notes) as db:
        from upr_tracker.services.audit_history import recommendation_history

        history = recommendation_history(db, note.recommendation_id)
    assert any(change.actor == "Saule" and change.table_name == "note" for change in history)


def test_note_edit_refuses_bad_input_and_writes_nothing(with_notes: Path, capsys) -> None:
    note = all_notes(with_notes)[0]
    before = table_counts(with_notes)
    for options, message in (([note.id.hex[:8]], "note edit: nothing to change"),
                             ([note.id.hex[:8], "--date", "12/03/2011"], "--date: '12/03/2011' is not a date"),
                             ([note.id.hex[:8], "--text", " "], "--text: the note is empty"),
                             (["0000000000", "--text", "y"], "note 0000000000: there is none whose id begins so"),
                             (["not-an-id", "--text", "y"], "note 'not-an-id': give its id")):
        code, _out, err = run(capsys, "note", "edit", *options, "--db", str(with_notes))
        assert code == 1 and err.startswith(f"upr-tracker: error: {message}"), err
    assert table_counts(with_notes) == before
    assert all_notes(with_notes)[0] == note


def test_note_delete(with_notes: Path, capsys) -> None:
    note = all_notes(with_notes)[2]
    code, out, _err = run(capsys, "note", "delete", note.id.hex, "--db", str(with_notes), "--json")
    assert code == 0 and json.loads(out) == {"deleted": str(note.id)}
    assert note.id not in {n.id for n in all_notes(with_notes)}
    code, _out, err = run(capsys, "note", "delete", note.id.hex, "--db", str(with_notes))
    assert code == 1 and "there is none with this id" in err


# --- assessment ------------------------------------------------------------------------------------------

def test_assessment_add(follow_up_db: Path, capsys) -> None:
    code, out, _err = run(capsys, "assessment", "add", "--db", str(follow_up_db), "--state", "KAZ", "--cycle", "1",
                          "--label", "97.12", "--source", "ngo", "--level", "partially", "--evidence",
                          "Draft law only", "--date", "2012-06-30", "--source-name", "Coalition", "--author", "Daniyar")
    assert code == 0
    assert "of Kazakhstan, cycle 1, 97.12: NGO says partially implemented. Its combined level is now partially " \
           "implemented." in out
    code, out, _err = run(capsys, "assessment", "add", "--db", str(follow_up_db), "--state", "KAZ", "--cycle", "1",
                          "--label", "97.12", "--source", "State", "--level", "completed", "--json")
    added = json.loads(out)
    assert code == 0 and added["level"] == "fully_implemented" and added["source"] == "state"
    assert added["combined_level"] == "fully_implemented"   # UPR Info's mean of 0.5 and 1, banded
    code, out, _err = run(capsys, "assessment", "list", "--db", str(follow_up_db), "--state", "KAZ", "--json")
    listed = json.loads(out)["assessments"]
    assert [(a["label"], a["source"], a["level"], a["assessed_on"]) for a in listed] == [
        ("97.12", "state", "fully_implemented", None), ("97.12", "ngo", "partially_implemented", "2012-06-30")]
    assert listed[1]["evidence"] == "Draft law only" and listed[1]["source_name"] == "Coalition"


@pytest.mark.parametrize(("options", "message"), [
    (["--label", "97.99", "--source", "ngo", "--level", "fully"], "--label 97.99: no recommendation 97.99"),
    (["--label", "97.3", "--source", "ngo", "--level", "half done"],
     ("--level: unknown implementation level 'half done' (expected one of not_implemented, partially_implemented, "
      "fully_implemented)")),
    (["--label", "97.3", "--source", "press", "--level", "fully"], "--source: unknown assessment source 'press'"),
    (["--label", "97.3", "--source", "ngo", "--level", "fully", "--date", "2012-13-01"],
     "--date: '2012-13-01' is not a valid date"),
])
def test_assessment_add_refuses_bad_input_and_writes_nothing(follow_up_db: Path, capsys, options, message) -> None:
    before = table_counts(follow_up_db)
    code, out, err = run(capsys, "assessment", "add", "--db", str(follow_up_db), "--state", "KAZ", "--cycle", "1",
                         *options)
    assert code == 1 and out == "" and err.startswith(f"upr-tracker: error: {message}"), err
    assert err.count("\n") == 1
    assert table_counts(follow_up_db) == before


def test_assessment_list_filters(follow_up_db: Path, capsys) -> None:
    with Database.open(follow_up_db, actor="tester") as db:
        rows = {r.label: r.id for r in recommendations.recommendation_rows(
            db, recommendations.list_recommendation_ids(db, recommendations.RecommendationFilter()))}
        add_assessment(db, rows["97.3"], "state", "fully")
        add_assessment(db, rows["124.1"], "ngo", "not")
        add_assessment(db, rows["60.1"], "un_body", "partially")
    code, out, _err = run(capsys, "assessment", "list", "--db", str(follow_up_db))
    assert code == 0 and out.rstrip().endswith("3 assessments.")
    assert "France, cycle 1, 60.1 · undated · UN body: partially implemented" in out
    code, out, _err = run(capsys, "assessment", "list", "--db", str(follow_up_db), "--level", "not implemented",
                          "--json")
    assert [a["label"] for a in json.loads(out)["assessments"]] == ["124.1"]
    code, out, _err = run(capsys, "assessment", "list", "--db", str(follow_up_db), "--cycle", "1", "--source",
                          "State", "--json")
    assert [a["label"] for a in json.loads(out)["assessments"]] == ["97.3"]
    code, _out, err = run(capsys, "assessment", "list", "--db", str(follow_up_db), "--level", "bogus")
    assert code == 1 and err.startswith("upr-tracker: error: --level: unknown implementation level 'bogus'")


def unlabelled(path: Path):
    with Database.open(path) as db:
        ids = recommendations.list_recommendation_ids(db, recommendations.RecommendationFilter(state="FRA"))
        return next(r.id for r in recommendations.recommendation_rows(db, ids) if r.label is None)


def test_a_recommendation_without_a_label_is_named_by_its_id(follow_up_db: Path, capsys) -> None:
    target = unlabelled(follow_up_db)
    code, out, _err = run(capsys, "note", "add", "--db", str(follow_up_db), "--recommendation", target.hex[:10],
                          "--text", "Met the migrants' association", "--json")
    assert code == 0 and json.loads(out)["about"] == "France, cycle 1, (no label)"
    assert json.loads(out)["recommendation_id"] == str(target)
    code, out, _err = run(capsys, "assessment", "add", "--db", str(follow_up_db), "--recommendation", str(target),
                          "--source", "ngo", "--level", "not", "--json")
    assert code == 0 and json.loads(out)["recommendation_id"] == str(target)
    before = table_counts(follow_up_db)
    for command, options, message in (
            (["note", "add"], ["--recommendation", target.hex[:8], "--state", "FRA", "--text", "x"],
             "--recommendation: it names the record alone; give no --state, --cycle or --label with it"),
            (["note", "add"], ["--recommendation", target.hex[:8], "--milestone", "abcdef", "--text", "x"],
             "--milestone: give either --milestone or --recommendation, not both"),
            (["assessment", "add"], ["--state", "FRA", "--source", "ngo", "--level", "not"],
             "--label: say which recommendation, with --state, --label")):
        code, out, err = run(capsys, *command, "--db", str(follow_up_db), *options)
        assert code == 1 and out == "" and err.startswith(f"upr-tracker: error: {message}"), err
    assert table_counts(follow_up_db) == before
