"""A JSON import holds the limits the window holds (an attachment's size, a note's length), and says
what it did not take as it was: two records of one id that differ, a record here under the same id
that is another thing; the same note under a new id is recognised, not added twice."""

from __future__ import annotations

import base64
import copy
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import milestones, notes, recommendations, reviews
from upr_tracker.services.export_json import export_json
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Attachment, Milestone, Note, Recommendation


@pytest.fixture
def exported(tmp_path: Path) -> dict[str, Any]:
    """An export of one review: two recommendations, a milestone with its evidence, a note."""
    source = tmp_path / "source.sqlite3"
    with Database.open(source, actor="Aigerim") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
        recommendations.add_recommendation(db, review, "Ratify the Optional Protocol", label="97.18")
        evidence = tmp_path / "gazette.pdf"
        evidence.write_bytes(b"%PDF-1.4 the gazette")
        milestones.add_milestone(db, "KAZ", "law", "Moratorium extended", date="2011-02", attachment=evidence,
                                 recommendation_ids=[first])
        notes.add_note(db, "Met the ministry about the moratorium", recommendation_id=first)
        export_json(db, tmp_path / "export.json")
    return json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))


def import_file(data: dict[str, Any], folder: Path, target: Path, capsys: pytest.CaptureFixture[str],
                name: str = "export.json") -> tuple[int, str, str]:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = main(["import", str(path), "--db", str(target)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count(target: Path, model: type) -> int:
    with Database.open(target) as db, db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


# --- limits -------------------------------------------------------------------------------------------


def test_the_json_import_holds_the_attachment_limit_of_the_window(exported: dict[str, Any], tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(milestones, "MAX_ATTACHMENT_BYTES", 1_000)  # the window's limit, small for the test
    data = copy.deepcopy(exported)
    milestone = data["milestones"][0]
    milestone["attachment"]["data_base64"] = base64.b64encode(b"x" * 1_001).decode()
    target = tmp_path / "target.sqlite3"
    code, _out, err = import_file(data, tmp_path, target, capsys)
    assert code == 1
    assert "export.json" in err and "milestones[0].attachment.data_base64" in err and milestone["id"] in err
    assert "larger than" in err
    assert count(target, Milestone) == 0 and count(target, Recommendation) == 0  # refused whole, as a bad record is
    milestone["attachment"]["data_base64"] = base64.b64encode(b"x" * 1_000).decode()
    code, _out, err = import_file(data, tmp_path, target, capsys)
    assert code == 0, err
    assert count(target, Attachment) == 1


def test_the_attachment_limit_of_the_json_import_is_the_windows() -> None:
    from upr_tracker.services import json_import_reading

    too_big = base64.b64encode(b"x" * (milestones.MAX_ATTACHMENT_BYTES + 1)).decode()
    with pytest.raises(InvalidValueError, match="larger than 50 MB"):
        json_import_reading.attachment_data(too_big, "export.json: milestones[0].attachment.data_base64", "x.pdf",
                                            "milestone 1")


def test_a_note_longer_than_a_note_may_be_is_refused_naming_file_record_and_field(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(exported)
    note = data["notes"][0]
    note["body"] = "Testimony. " * 100_000  # 1.1 MB
    target = tmp_path / "target.sqlite3"
    code, _out, err = import_file(data, tmp_path, target, capsys)
    assert code == 1
    assert "export.json" in err and "notes[0].body" in err and note["id"] in err and "1 MB" in err
    assert count(target, Note) == 0


def test_a_note_written_here_has_the_same_limit(tmp_path: Path) -> None:
    with Database.open(tmp_path / "db.sqlite3") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        first = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
        with pytest.raises(InvalidValueError, match="1 MB"):
            notes.add_note(db, "é" * notes.MAX_NOTE_BYTES, recommendation_id=first)
        kept = notes.add_note(db, "é" * (notes.MAX_NOTE_BYTES // 2), recommendation_id=first)
        with pytest.raises(InvalidValueError, match="1 MB"):
            notes.edit_note(db, kept, body="a" * (notes.MAX_NOTE_BYTES + 1))


# --- one id, two things --------------------------------------------------------------------------------


def test_two_records_of_one_id_that_differ_are_reported_naming_both(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(exported)
    data["notes"].append(dict(data["notes"][0], body="Another meeting, another text"))
    target = tmp_path / "target.sqlite3"
    code, out, err = import_file(data, tmp_path, target, capsys)
    assert code == 0, err
    note_id = data["notes"][0]["id"]
    problems = [line for line in out.splitlines() if line.strip().startswith("problem")]
    assert len(problems) == 1
    assert "notes[0]" in problems[0] and "notes[1]" in problems[0] and note_id in problems[0]
    assert "body" in problems[0]
    with Database.open(target) as db, db.read() as session:
        assert session.scalars(select(Note.body)).all() == ["Met the ministry about the moratorium"]


def test_a_record_repeated_whole_in_the_file_is_no_problem(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(exported)
    data["notes"].append(copy.deepcopy(data["notes"][0]))
    code, out, err = import_file(data, tmp_path, tmp_path / "target.sqlite3", capsys)
    assert code == 0, err
    assert "problem" not in out


def test_a_recommendation_twice_under_one_id_with_other_texts_is_reported(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy.deepcopy(exported)
    second = data["recommendations"][1]
    data["recommendations"].append(dict(second, text="Ratify the Convention against Torture"))
    code, out, err = import_file(data, tmp_path, tmp_path / "target.sqlite3", capsys)
    assert code == 0, err
    assert f"problem: export.json: recommendations[1] and recommendations[2] have the same id {second['id']}" in out


def test_a_note_here_under_the_same_id_that_is_another_note_is_reported(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target.sqlite3"
    assert import_file(exported, tmp_path, target, capsys)[0] == 0
    data = copy.deepcopy(exported)
    note = data["notes"][0]
    note["author"] = "Someone else"
    note["written_at"] = "2015-03-01T10:00:00+00:00"
    code, out, err = import_file(data, tmp_path, target, capsys, "again.json")
    assert code == 0, err
    problems = [line for line in out.splitlines() if line.strip().startswith("problem")]
    assert len(problems) == 1
    assert "again.json: notes[0]" in problems[0] and note["id"] in problems[0] and "this database" in problems[0]
    assert "author" in problems[0] and "written_at" in problems[0]
    assert "notes: 0 created, 0 updated, 0 unchanged" in out
    with Database.open(target) as db, db.read() as session:
        assert session.scalars(select(Note.author)).all() == ["Aigerim"]


def test_a_note_edited_since_is_kept_as_this_database_has_it_and_said(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target.sqlite3"
    assert import_file(exported, tmp_path, target, capsys)[0] == 0
    data = copy.deepcopy(exported)
    data["notes"][0]["body"] = "Met the ministry about the moratorium; they will answer in May"
    code, out, err = import_file(data, tmp_path, target, capsys, "again.json")
    assert code == 0, err
    assert "problem" not in out
    assert "notes: 0 created, 0 updated, 1 unchanged" in out
    assert any("notes[0]" in line and "text differs" in line for line in out.splitlines() if "note:" in line)


# --- the same note under a new id ----------------------------------------------------------------------


def test_the_same_note_under_a_new_id_is_recognised(exported: dict[str, Any], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target.sqlite3"
    assert import_file(exported, tmp_path, target, capsys)[0] == 0
    data = copy.deepcopy(exported)
    old_id = data["notes"][0]["id"]
    data["notes"][0]["id"] = str(uuid.uuid4())
    code, out, err = import_file(data, tmp_path, target, capsys, "again.json")
    assert code == 0, err
    assert "notes: 0 created, 0 updated, 1 unchanged" in out
    notices = [line for line in out.splitlines() if "note:" in line and old_id in line]
    assert len(notices) == 1 and data["notes"][0]["id"] in notices[0]
    assert count(target, Note) == 1


def test_a_note_of_the_same_text_on_another_day_is_another_note(exported: dict[str, Any], tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target.sqlite3"
    assert import_file(exported, tmp_path, target, capsys)[0] == 0
    data = copy.deepcopy(exported)
    data["notes"][0]["id"] = str(uuid.uuid4())
    data["notes"][0]["written_at"] = "2030-01-02T09:00:00+00:00"
    code, out, err = import_file(data, tmp_path, target, capsys, "again.json")
    assert code == 0, err
    assert "notes: 1 created" in out
    assert count(target, Note) == 2


def test_the_windows_import_summary_counts_and_shows_the_problems_and_notices(
        exported: dict[str, Any], tmp_path: Path) -> None:
    from upr_tracker.gui.document_import_flow import points_to_review, report_text
    from upr_tracker.services.json_import import import_json_export

    data = copy.deepcopy(exported)
    data["notes"].append(dict(data["notes"][0], body="Another text"))
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with Database.open(tmp_path / "target.sqlite3") as db:
        report = import_json_export(db, path)
    assert points_to_review(report) == 1
    assert "Problem: export.json: notes[0] and notes[1] have the same id" in report_text(report)


def test_a_recommendation_here_under_the_same_id_in_another_review_is_reported_and_the_files_kept_apart(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An id shared by two recommendations of different reviews (a file edited by hand, ids copied
    from another database): the file's recommendation is not taken for this database's, nor its
    note given to this database's recommendation."""
    target = tmp_path / "target.sqlite3"
    with Database.open(target) as db:
        france = reviews.create_review(db, "France", 2, 15)
        theirs = recommendations.add_recommendation(db, france, "Combat racial discrimination", label="120.1")
    data = copy.deepcopy(exported)
    first = data["recommendations"][0]
    old_id = first["id"]
    first["id"] = str(theirs)
    for note in data["notes"]:
        if note.get("recommendation_id") == old_id:
            note["recommendation_id"] = str(theirs)
    for milestone in data["milestones"]:
        milestone["recommendation_ids"] = [str(theirs) if i == old_id else i for i in milestone["recommendation_ids"]]
    code, out, err = import_file(data, tmp_path, target, capsys)
    assert code == 0, err
    problems = [line for line in out.splitlines() if line.strip().startswith("problem")]
    assert len(problems) == 1 and "recommendations[0]" in problems[0] and str(theirs) in problems[0]
    assert "another review" in problems[0]
    assert "recommendations: 2 created" in out
    with Database.open(target) as db, db.read() as session:
        texts = dict(session.execute(select(Recommendation.label, Recommendation.text)).all())
        assert texts == {"120.1": "Combat racial discrimination", "97.17": "Abolish the death penalty",
                         "97.18": "Ratify the Optional Protocol"}
        noted = session.scalar(select(Recommendation.label).join(Note, Note.recommendation_id == Recommendation.id))
        assert noted == "97.17"


def test_a_milestone_here_under_the_same_id_of_another_state_is_reported_and_the_files_kept_apart(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "target.sqlite3"
    with Database.open(target) as db:
        theirs = milestones.add_milestone(db, "FRA", "visit", "Visit of the Special Rapporteur", date="2019")
    data = copy.deepcopy(exported)
    data["milestones"][0]["id"] = str(theirs)
    code, out, err = import_file(data, tmp_path, target, capsys)
    assert code == 0, err
    problems = [line for line in out.splitlines() if line.strip().startswith("problem")]
    assert len(problems) == 1 and "milestones[0]" in problems[0] and str(theirs) in problems[0]
    assert "milestones: 1 created" in out
    with Database.open(target) as db, db.read() as session:
        titles = set(session.scalars(select(Milestone.title)))
        assert titles == {"Visit of the Special Rapporteur", "Moratorium extended"}
        visit = session.get(Milestone, theirs)
        assert visit.title == "Visit of the Special Rapporteur" and not visit.recommendations


def test_an_assessment_here_under_the_same_id_of_another_recommendation_is_reported_and_the_files_added(
        exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_tracker.services import assessments
    from upr_tracker.storage.models import Assessment

    target = tmp_path / "target.sqlite3"
    with Database.open(target) as db:
        france = reviews.create_review(db, "France", 2, 15)
        other = recommendations.add_recommendation(db, france, "Combat racial discrimination", label="120.1")
        theirs = assessments.add_assessment(db, other, "ngo", "partially")
    data = copy.deepcopy(exported)
    data["recommendations"][0]["assessments"] = [{"id": str(theirs), "source": "state",
                                                  "level": "fully_implemented"}]
    code, out, err = import_file(data, tmp_path, target, capsys)
    assert code == 0, err
    problems = [line for line in out.splitlines() if line.strip().startswith("problem")]
    assert len(problems) == 1 and "assessments[0]" in problems[0] and str(theirs) in problems[0]
    with Database.open(target) as db, db.read() as session:
        rows = set(session.execute(select(Recommendation.label, Assessment.level)
                                   .join(Assessment, Assessment.recommendation_id == Recommendation.id)))
        assert rows == {("120.1", "partially_implemented"), ("97.17", "fully_implemented")}


# --- the rules, for any file -----------------------------------------------------------------------------

IDS = [str(uuid.UUID(int=i + 1)) for i in range(3)]
SUBJECT = str(uuid.UUID(int=99))


def note_record(id_index: int, body: str) -> dict[str, Any]:
    return {"id": IDS[id_index], "author": "Aigerim", "written_at": "2012-05-01T10:00:00+00:00", "body": body,
            "recommendation_id": SUBJECT}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.sampled_from(["Met the ministry", "Called the ombudsman"])),
                max_size=8))
def test_of_the_records_of_one_id_the_first_is_read_and_each_that_differs_from_it_reported(
        records: list[tuple[int, str]]) -> None:
    from upr_tracker.services.json_import_reading import read_export

    export = read_export({"notes": [note_record(i, body) for i, body in records]}, "export.json")
    first: dict[int, tuple[int, str]] = {}
    for place, (i, body) in enumerate(records):
        first.setdefault(i, (place, body))
    differing = [(place, i) for place, (i, body) in enumerate(records) if body != first[i][1]]
    assert [(str(n.id), n.body) for n in export.notes] == [
        (IDS[i], body) for i, body in records if body == first[i][1]]
    assert len(export.conflicts) == len(differing)
    for message, (place, i) in zip(export.conflicts, differing):
        assert message.startswith(f"export.json: notes[{first[i][0]}] and notes[{place}] have the same id {IDS[i]}")


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["a", "é", "中", "😀"]), st.integers(-8, 8))
def test_a_note_is_refused_exactly_when_its_text_is_over_1_mb_in_utf8(character: str, offset: int) -> None:
    from upr_tracker.services.json_import_reading import read_export

    width = len(character.encode("utf-8"))
    body = character * (notes.MAX_NOTE_BYTES // width + offset)
    data = {"notes": [note_record(0, body)]}
    if len(body.encode("utf-8")) > notes.MAX_NOTE_BYTES:
        with pytest.raises(InvalidValueError, match=r"notes\[0\]\.body: the text of note .* more than a note may hold"):
            read_export(data, "export.json")
    else:
        assert read_export(data, "export.json").notes[0].body == body
