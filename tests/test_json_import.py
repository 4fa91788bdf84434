"""Importing a UPR Tracker JSON export into a database that has work of its own: the same records
made elsewhere are recognised, not duplicated; a damaged or invalid file is refused whole, with a
message naming the place and what is wrong."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import assessments, milestones, notes, recommendations
from upr_tracker.services.demo import build_demo_database
from upr_tracker.services.export_json import FORMAT_VERSION, export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    recommendation_rows,
)
from upr_tracker.services.responses import record_response
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    Assessment,
    Attachment,
    AuditEntry,
    Document,
    ImportProblem,
    Milestone,
    Note,
    NoteTag,
    Recommendation,
    RecommendationLink,
    Response,
    Review,
    Term,
    milestone_recommendation,
    response_recommendation,
)

TABLES = (Review, Document, Recommendation, Response, Assessment, RecommendationLink, Milestone, Attachment, Note,
          NoteTag, ImportProblem, Term, response_recommendation, milestone_recommendation)


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {getattr(t, "__tablename__", getattr(t, "name", "")): session.scalar(select(func.count()).select_from(t))
                for t in TABLES}


def by_label(db: Database, **wanted: Any) -> dict[str, Any]:
    rows = recommendation_rows(db, recommendations.list_recommendation_ids(db, RecommendationFilter(**wanted)))
    return {r.label: r for r in rows}


def copy_database(source: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{source}{suffix}").exists():
            shutil.copy(f"{source}{suffix}", f"{target}{suffix}")
    return target


@pytest.fixture(scope="module")
def laptops(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Two laptops that each built the demo. Laptop A then worked on it (notes, an assessment, a
    response, a milestone, a later review with a link) and exported everything."""
    folder = tmp_path_factory.mktemp("laptops")
    build_demo_database(folder / "a.sqlite3")
    build_demo_database(folder / "b.sqlite3")
    with Database.open(folder / "a.sqlite3", actor="laptop A") as a:
        rows = by_label(a, state="KAZ", cycle=1)
        notes.add_note(a, "Meeting with the ombudsman", recommendation_id=rows["97.17"].id, tags=["meeting"])
        notes.add_note(a, "Confidential source", recommendation_id=rows["97.2"].id, confidential=True)
        assessments.add_assessment(a, rows["97.17"].id, "ngo", "partially", source_name="KIBHR",
                                   assessed_on=dt.date(2012, 5, 1), evidence="Moratorium, no abolition")
        record_response(a, [rows["97.14"].id, rows["97.15"].id], "noted", response_text="Revised at the HRC",
                        responded_on=dt.date(2012, 3, 1))
        evidence = folder / "gazette.pdf"
        evidence.write_bytes(b"%PDF-1.4 the gazette")
        law = milestones.add_milestone(a, "KAZ", "law", "Law on peaceful assemblies", date="2011-02",
                                       attachment=evidence, recommendation_ids=[rows["97.14"].id])
        notes.add_note(a, "Draft seen in parliament", milestone_id=law)
        later_review = create_review(a, "KAZ", 3, 34)  # the demo holds cycles 1 and 2
        later = recommendations.add_recommendation(a, later_review, "Abolish the death penalty", label="121.5",
                                                   recommending_states=["France"])
        recommendations.link_recommendations(a, rows["97.17"].id, later)
        export_json(a, folder / "export.json", include_confidential=True)
    return {"a": folder / "a.sqlite3", "b": folder / "b.sqlite3", "export": folder / "export.json"}


@pytest.fixture
def laptop_b(laptops: dict[str, Path], tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of laptop B's demo database."""
    db = Database.open(copy_database(laptops["b"], tmp_path / "b.sqlite3"), actor="laptop B")
    yield db
    db.close()


@pytest.fixture
def exported(laptops: dict[str, Path]) -> dict[str, Any]:
    return json.loads(laptops["export"].read_text(encoding="utf-8"))


def write_export(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- merging into a database that has the same review ------------------------------------------------


def test_an_export_merges_into_a_database_that_built_the_same_demo(laptops: dict[str, Path],
                                                                    laptop_b: Database) -> None:
    before = row_counts(laptop_b)
    local = by_label(laptop_b, state="KAZ", cycle=1)
    with Database.open(laptops["a"]) as a:
        theirs = by_label(a, state="KAZ", cycle=1)
    assert local["97.17"].id != theirs["97.17"].id, "the two laptops gave the same recommendation different ids"

    report = import_json_export(laptop_b, laptops["export"])

    counts = {kind: (c.created, c.unchanged) for kind, c in report.counts.items()}
    assert counts["reviews"] == (1, 2)                 # cycle 3 is new; cycles 1 and 2 are the local ones
    assert counts["documents"] == (0, 3)               # the two reports and the addendum, by symbol
    assert counts["recommendations"] == (1, 322)       # 121.5 is new; the 322 of the demo are matched by label
    assert counts["responses"] == (1, 21)              # laptop A's revision only
    assert counts["milestones"] == (1, 9)              # the law; the demo's nine are the same events
    assert counts["import_problems"] == (0, 2)
    # 97.17 → 121.5 is new; the demo's 13 suggestions are the same pairs here, still suggested.
    assert counts["assessments"] == (1, 0) and counts["notes"] == (3, 0) and counts["links"] == (1, 13)

    after = row_counts(laptop_b)
    grown = {table: after[table] - before[table] for table in after if after[table] != before[table]}
    assert grown == {"review": 1, "recommendation": 1, "response": 1, "assessment": 1,
                     "recommendation_link": 1, "milestone": 1, "attachment": 1, "note": 3, "note_tag": 1,
                     "response_recommendation": 2, "milestone_recommendation": 1}

    # What laptop A wrote about its recommendations now sits on laptop B's own records.
    merged = by_label(laptop_b, state="KAZ", cycle=1)
    assert {label: row.id for label, row in merged.items()} == {label: row.id for label, row in local.items()}
    with laptop_b.read() as session:
        note_subjects = {n.body: n.recommendation_id for n in session.scalars(select(Note))}
        [assessment] = session.scalars(select(Assessment)).all()
        [link] = session.scalars(select(RecommendationLink).where(RecommendationLink.status == "confirmed")).all()
        law = session.scalar(select(Milestone).where(Milestone.title == "Law on peaceful assemblies"))
        revision = session.scalar(select(Response).where(Response.response_text == "Revised at the HRC"))
        later = session.scalar(select(Recommendation).where(Recommendation.label == "121.5"))
        assert note_subjects["Meeting with the ombudsman"] == local["97.17"].id
        assert note_subjects["Confidential source"] == local["97.2"].id
        assert note_subjects["Draft seen in parliament"] is None
        assert assessment.recommendation_id == local["97.17"].id
        assert (link.earlier_id, link.later_id) == (local["97.17"].id, later.id)
        assert [r.id for r in law.recommendations] == [local["97.14"].id]
        assert law.attachment is not None and law.attachment.data == b"%PDF-1.4 the gazette"
        assert sorted(r.id for r in revision.recommendations) == sorted([local["97.14"].id, local["97.15"].id])
        assert revision.review_id == local["97.14"].review_id
    # The derived columns follow: the assessment and the revision count on the local records.
    assert merged["97.17"].implementation_level == "partially_implemented"
    assert merged["97.14"].position == "noted" and local["97.14"].position == "supported"

    again = import_json_export(laptop_b, laptops["export"])
    assert {kind: c.created for kind, c in again.counts.items() if c.created} == {}
    assert row_counts(laptop_b) == after


def test_importing_twice_into_the_exporting_laptop_adds_nothing(laptops: dict[str, Path], tmp_path: Path) -> None:
    with Database.open(copy_database(laptops["a"], tmp_path / "a.sqlite3")) as a:
        before = row_counts(a)
        report = import_json_export(a, laptops["export"])
        assert sum(c.created for c in report.counts.values()) == 0
        assert report.counts["recommendations"].unchanged == 323
        assert row_counts(a) == before


def test_an_unlabelled_recommendation_is_recognised_by_its_text(tmp_path: Path) -> None:
    with Database.open(tmp_path / "one.sqlite3") as one:
        review = create_review(one, "Chile", 1, 5)
        rec = recommendations.add_recommendation(one, review, "Ratify the Convention against Torture.")
        notes.add_note(one, "Asked the ministry", recommendation_id=rec)
        export_json(one, tmp_path / "one.json")
    with Database.open(tmp_path / "two.sqlite3") as two:
        review = create_review(two, "CHL", 1, 5)
        mine = recommendations.add_recommendation(two, review, "to ratify the convention against torture")
        report = import_json_export(two, tmp_path / "one.json")
        assert report.counts["recommendations"].unchanged == 1 and report.counts["notes"].created == 1
        with two.read() as session:
            assert session.scalar(select(func.count()).select_from(Recommendation)) == 1
            assert session.scalar(select(Note.recommendation_id)) == mine


def test_a_document_is_recognised_by_the_hash_of_its_file(laptops: dict[str, Path], laptop_b: Database,
                                                          exported: dict[str, Any], tmp_path: Path) -> None:
    for document in exported["reviews"][0]["documents"]:
        assert document["file_sha256"]
        document["symbol"] = None  # recognised all the same
    import_json_export(laptop_b, write_export(tmp_path / "export.json", exported))
    with laptop_b.read() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 3


def test_a_response_sharing_a_document_position_and_recommendations_is_not_added_twice(
        laptops: dict[str, Path], laptop_b: Database, exported: dict[str, Any], tmp_path: Path) -> None:
    """Same document, position and recommendations: the same response, whatever its id. Another
    position from the same document is another response."""
    responses = {r["id"]: r for r in exported["responses"]}
    [report_id, addendum_id] = next(r for r in exported["recommendations"] if r["label"] == "97.17")["responses"]
    from_report, from_addendum = responses[report_id], responses[addendum_id]
    assert len(from_report["recommendation_ids"]) == 26
    assert len(responses) == len(exported["responses"])  # each written once
    assert sum(report_id in r["responses"] for r in exported["recommendations"]) == 26  # named by each
    new_id = str(uuid.uuid4())
    from_report["id"] = new_id
    for record in exported["recommendations"]:
        record["responses"] = [new_id if i == report_id else i for i in record["responses"]]
    from_addendum["position"] = "noted"
    report = import_json_export(laptop_b, write_export(tmp_path / "export.json", exported))
    assert report.counts["responses"].created == 2  # laptop A's revision and the changed one
    with laptop_b.read() as session:
        assert session.get(Response, uuid.UUID(new_id)) is None
        positions = session.scalars(
            select(Response.position).join(response_recommendation)
            .join(Recommendation, Recommendation.id == response_recommendation.c.recommendation_id)
            .where(Recommendation.label == "97.17")).all()
    assert sorted(positions) == ["noted", "pending", "supported"]


def test_milestones_are_added_plans_first_whatever_the_order_of_the_file(tmp_path: Path) -> None:
    with Database.open(tmp_path / "one.sqlite3") as one:
        plan = milestones.add_milestone(one, "KAZ", "plan", "National Plan", date="2009")
        milestones.add_milestone(one, "KAZ", "plan_item", "Item one", date="2010", plan_id=plan)
        export_json(one, tmp_path / "one.json", state="KAZ")
    data = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    data["milestones"].reverse()
    assert data["milestones"][0]["plan_id"] == str(plan)
    with Database.open(tmp_path / "two.sqlite3") as two:
        report = import_json_export(two, write_export(tmp_path / "reversed.json", data))
        assert report.counts["milestones"].created == 2
        with two.read() as session:
            item = session.scalar(select(Milestone).where(Milestone.title == "Item one"))
            assert item.plan_id == plan


# --- invalid and missing values: refused whole, naming the place --------------------------------------


def rec_index(data: dict[str, Any], label: str) -> int:
    return next(i for i, r in enumerate(data["recommendations"]) if r["label"] == label)


def response_index(data: dict[str, Any], label: str, nth: int) -> int:
    """Where, in the file's responses, is the `nth` response of the recommendation `label`."""
    wanted = data["recommendations"][rec_index(data, label)]["responses"][nth]
    return next(i for i, r in enumerate(data["responses"]) if r["id"] == wanted)


def first_naming(data: dict[str, Any], response_id: str) -> str:
    """The place of the first recommendation of the file that names this response."""
    index, nth = next((i, r["responses"].index(response_id)) for i, r in enumerate(data["recommendations"])
                      if response_id in r["responses"])
    return f"recommendations[{index}].responses[{nth}]"


def note_index(data: dict[str, Any], body: str) -> int:
    return next(i for i, n in enumerate(data["notes"]) if n["body"] == body)


def milestone_index(data: dict[str, Any], title: str) -> int:
    return next(i for i, m in enumerate(data["milestones"]) if m["title"] == title)


def set_in(data: dict[str, Any], place: str, value: Any) -> str:
    """Set (or, with DELETE, remove) the value at `notes[3].written_at`; return the place."""
    *path, last = place.replace("[", ".").replace("]", "").split(".")
    target: Any = data
    for step in path:
        target = target[int(step)] if step.isdigit() else target[step]
    if value is DELETE:
        del target[last]
    elif last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return place


DELETE = object()
OTHER_ID = "3f0c8a53-5c4e-4a3b-9d51-000000000001"

# (what is changed, returning the place named; what the message says is wrong)
BROKEN: dict[str, tuple[Callable[[dict[str, Any]], str], str]] = {
    "review's estimated dates not a list": (
        lambda d: set_in(d, "reviews[0].estimated_dates", True), "expected a list, found true"),
    "note without written_at": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].written_at", DELETE),
        "missing (expected a date and time)"),
    "note with a null body": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].body", None),
        "null (expected text)"),
    "note written at a date that is not one": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].written_at", "yesterday"),
        "'yesterday' is not a date and time"),
    "note not confidential but 'no'": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].confidential", "no"),
        "expected true or false, found 'no'"),
    "note tags not a list": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].tags", "meeting"),
        "expected a list, found 'meeting'"),
    "note about a recommendation nowhere": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Meeting with the ombudsman')}].recommendation_id", OTHER_ID),
        f"no recommendation with id {OTHER_ID} in the file or in this database"),
    "note about two things": (
        lambda d: set_in(d, f"notes[{note_index(d, 'Draft seen in parliament')}].review_id",
                         d["reviews"][0]["id"]).rsplit(".", 1)[0],
        "a note belongs to exactly one recommendation, milestone or review"),
    "note that is not an object": (
        lambda d: set_in(d, "notes[0]", "a note"), "expected an object, found 'a note'"),
    "response position 'accepted'": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 0)}].position", "accepted"),
        "'accepted' is not a position (expected one of supported, noted, partially_supported, pending, or null)"),
    "response covering only unknown recommendations": (
        lambda d: (set_in(d, f"responses[{response_index(d, '97.14', 0)}].recommendation_ids", [OTHER_ID]),
                   first_naming(d, d["recommendations"][rec_index(d, '97.14')]["responses"][0]))[1],
        "does not cover this recommendation"),
    "response covering nothing": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 0)}].recommendation_ids", []),
        "empty (a response covers at least one recommendation)"),
    "response without the recommendations it covers": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 0)}].recommendation_ids", DELETE),
        "missing (expected the ids of the recommendations it covers)"),
    "response named but not in the file": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[1]", OTHER_ID),
        f"no response with id {OTHER_ID} in the file's responses"),
    "response named by a number": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[1]", 7),
        "expected a response id or a response, found 7"),
    "response from a document nowhere": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 2)}].source_document_id", OTHER_ID),
        f"no document with id {OTHER_ID} in the file or in this database"),
    "response dated 13th month": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 2)}].responded_on", "2012-13-01"),
        "'2012-13-01' is not a date (expected YYYY-MM-DD)"),
    "response without an id": (
        lambda d: set_in(d, f"responses[{response_index(d, '97.14', 2)}].id", DELETE),
        "missing (expected an id)"),
    "milestone kind 'banana'": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].kind", "banana"),
        "'banana' is not a milestone kind (expected one of law, policy"),
    "milestone date 'July 2009'": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].date", "July 2009"),
        "'July 2009' is not a date (write 2009, 2009-07 or 2009-07-10)"),
    "milestone without a title": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].title", " "),
        "empty (expected text)"),
    "milestone attachment damaged": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].attachment.data_base64",
                         "not base64!"),
        "the attached file is damaged"),
    "milestone of a plan nowhere": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].plan_id", OTHER_ID),
        f"{OTHER_ID} is not a plan of action in the file or in this database"),
    "milestone of a State nowhere": (
        lambda d: set_in(d, f"milestones[{milestone_index(d, 'Law on peaceful assemblies')}].state", "Atlantis"),
        "no State called 'Atlantis'"),
    "review cycle 'one'": (
        lambda d: set_in(d, "reviews[1].cycle", "one"), "'one' is not a UPR cycle (a whole number from 1)"),
    "review cycle 0": (
        lambda d: set_in(d, "reviews[1].cycle", 0), "0 is not a UPR cycle"),
    "review session of another cycle": (
        lambda d: set_in(d, "reviews[1].session", 7),
        "Working Group session 7 belongs to cycle 1, not cycle 2"),
    "review session 'seven'": (
        lambda d: set_in(d, "reviews[1].session", "seven"), "'seven' is not a Working Group session"),
    "review without a State": (
        lambda d: set_in(d, "reviews[1].state", DELETE), "missing (expected text)"),
    "document kind 'memo'": (
        lambda d: set_in(d, "reviews[0].documents[1].kind", "memo"), "'memo' is not a document kind"),
    "recommendation without text": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '121.5')}].text", DELETE), "missing (expected text)"),
    "recommendation id that is not one": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '121.5')}].id", "121.5"), "'121.5' is not an id"),
    "action category 7": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '121.5')}].action_category", 7),
        "7 is not an action category (1 to 5, or null)"),
    "recommending State nowhere": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '121.5')}].recommending_states[0]", "Atlantis"),
        "no State called 'Atlantis'"),
    "assessment level 'mostly'": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.17')}].assessments[0].level", "mostly"),
        ("'mostly' is not an implementation level (expected one of not_implemented, partially_implemented, "
         "fully_implemented)")),
    "assessment source 'blog'": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.17')}].assessments[0].source", "blog"),
        "'blog' is not an assessment source"),
    "assessment without a level": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.17')}].assessments[0].level", DELETE),
        "missing (expected one of not_implemented"),
    "import problem of a document nowhere": (
        lambda d: set_in(d, "import_problems[0].document_id", OTHER_ID),
        f"no document with id {OTHER_ID} in the file or in this database"),
    "import problem without a message": (
        lambda d: set_in(d, "import_problems[1].message", DELETE), "missing (expected text)"),
    "notes not a list": (
        lambda d: set_in(d, "notes", {"body": "x"}), "expected a list, found an object"),
}


# The same mistakes in a file of format 1, where each recommendation carries its responses in full.
BROKEN_FORMAT_1: dict[str, tuple[Callable[[dict[str, Any]], str], str]] = {
    "format 1: response position 'accepted'": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[0].position", "accepted"),
        "'accepted' is not a position (expected one of supported, noted, partially_supported, pending, or null)"),
    "format 1: response covering only unknown recommendations": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[0].recommendation_ids", [OTHER_ID]),
        "does not include the recommendation the response is listed under"),
    "format 1: response covering nothing": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[0].recommendation_ids", []),
        "empty (a response covers at least one recommendation)"),
    "format 1: response from a document nowhere": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[2].source_document_id", OTHER_ID),
        f"no document with id {OTHER_ID} in the file or in this database"),
    "format 1: response dated 13th month": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[2].responded_on", "2012-13-01"),
        "'2012-13-01' is not a date (expected YYYY-MM-DD)"),
    "format 1: response without an id": (
        lambda d: set_in(d, f"recommendations[{rec_index(d, '97.14')}].responses[2].id", DELETE),
        "missing (expected an id)"),
}


FORMAT_1_RECOMMENDATION_FIELDS = {"recommended_by": None, "ohchr_themes": [], "source": None,
                                  "source_document_id": None, "source_paragraph": None, "later_recommendation_ids": []}


def as_format_1(data: dict[str, Any]) -> dict[str, Any]:
    """The export as format 1 wrote it: each response in full under every recommendation it covers,
    every field written even when empty, updated_at even when it is created_at."""
    def with_updated_at(record: dict[str, Any]) -> dict[str, Any]:
        return record | {"updated_at": record.get("updated_at", record["created_at"])}

    responses = {r["id"]: with_updated_at(r) for r in data.pop("responses")}
    for index, record in enumerate(data["recommendations"]):
        record.pop("implementation_mean", None)  # added to format 2 later; format 1 never wrote it
        record.pop("related", None)  # format 1 named linked recommendations by id only
        record.pop("suggestions", None)  # added to format 2 later, with value_sources
        record.pop("value_sources", None)
        record = FORMAT_1_RECOMMENDATION_FIELDS | with_updated_at(record)
        record["responses"] = [dict(responses[i]) for i in record["responses"]]
        record["assessments"] = [with_updated_at(a) for a in record["assessments"]]
        data["recommendations"][index] = record
    # Fields later versions of format 2 added: a review's calendar, a plan's end and due date.
    for review in data.get("reviews", []):
        for key in ("adopted_on", "mid_term_on", "next_review_on", "estimated_dates"):
            review.pop(key, None)
    for milestone in data.get("milestones", []):
        for key in ("ends", "due_on"):
            milestone.pop(key, None)
    data["format_version"] = 1
    return data


@pytest.mark.parametrize("case", sorted(BROKEN_FORMAT_1))
def test_an_invalid_value_in_a_file_of_format_1_is_refused_and_nothing_is_written(
        case: str, laptop_b: Database, exported: dict[str, Any], tmp_path: Path) -> None:
    change, problem = BROKEN_FORMAT_1[case]
    data = as_format_1(exported)
    place = change(data)
    before = row_counts(laptop_b)
    with pytest.raises(InvalidValueError) as error:
        import_json_export(laptop_b, write_export(tmp_path / "export.json", data))
    assert f"export.json: {place}:" in str(error.value)
    assert problem in str(error.value)
    assert row_counts(laptop_b) == before


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_an_invalid_or_missing_value_is_refused_and_nothing_is_written(
        case: str, laptop_b: Database, exported: dict[str, Any], tmp_path: Path) -> None:
    change, problem = BROKEN[case]
    place = change(exported)
    before = row_counts(laptop_b)
    with pytest.raises(InvalidValueError) as error:
        import_json_export(laptop_b, write_export(tmp_path / "export.json", exported))
    assert f"export.json: {place}:" in str(error.value)
    assert problem in str(error.value)
    assert row_counts(laptop_b) == before


def test_the_command_line_says_what_is_wrong_without_a_traceback(
        laptops: dict[str, Path], exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = copy_database(laptops["b"], tmp_path / "b.sqlite3")
    set_in(exported, "notes[0].written_at", DELETE)
    assert main(["import", str(write_export(tmp_path / "export.json", exported)), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "export.json: notes[0].written_at: missing" in err and "Traceback" not in err


def cut_points(text: str) -> dict[str, int]:
    return {"halfway, inside a string": len(text) // 2,
            "inside true or false": text.index("tru", len(text) // 3) + 2,
            "just after an object": text.index("}", len(text) // 4) + 1,
            "just before the last brace": len(text.rstrip()) - 1}


@pytest.mark.parametrize("where", ["halfway, inside a string", "inside true or false", "just after an object",
                                   "just before the last brace"])
def test_a_truncated_file_is_refused(where: str, laptops: dict[str, Path], laptop_b: Database, tmp_path: Path) -> None:
    text = laptops["export"].read_text(encoding="utf-8")
    cut = tmp_path / "export.json"
    cut.write_text(text[: cut_points(text)[where]], encoding="utf-8")
    before = row_counts(laptop_b)
    with pytest.raises(InvalidValueError, match=r"export\.json: not valid JSON \(line \d+, column \d+: .*\) "
                                                r"\(the file ends too early: it was probably cut off"):
        import_json_export(laptop_b, cut)
    assert row_counts(laptop_b) == before


def test_a_file_broken_in_the_middle_is_not_called_cut_off(laptop_b: Database, exported: dict[str, Any],
                                                           tmp_path: Path) -> None:
    text = json.dumps(exported, indent=1)
    middle = text.index('"notes"')
    broken = write_export(tmp_path / "export.json", {})
    broken.write_text(text[:middle] + "," + text[middle:], encoding="utf-8")
    with pytest.raises(InvalidValueError, match=r"export\.json: not valid JSON \(line \d+") as error:
        import_json_export(laptop_b, broken)
    assert "cut off" not in str(error.value)


@pytest.mark.parametrize("content", [
    '{"type": "FeatureCollection", "features": []}',
    '[{"format": "upr-tracker-export"}]',
    '"upr-tracker-export"',
    '{"format": "upr-tracker-backup", "format_version": 1, "recommendations": []}',
])
def test_a_json_file_of_another_kind_is_refused(content: str, laptop_b: Database, tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text(content, encoding="utf-8")
    before = row_counts(laptop_b)
    with pytest.raises(InvalidValueError, match=r"other\.json: not a UPR Tracker export"):
        import_json_export(laptop_b, other)
    assert row_counts(laptop_b) == before


def test_a_newer_format_is_refused(laptop_b: Database, exported: dict[str, Any], tmp_path: Path) -> None:
    exported["format_version"] = FORMAT_VERSION + 1
    before = row_counts(laptop_b)
    with pytest.raises(InvalidValueError, match=rf"written by a newer version of UPR Tracker \(format "
                                                rf"{FORMAT_VERSION + 1}, this version reads up to {FORMAT_VERSION}\)"):
        import_json_export(laptop_b, write_export(tmp_path / "export.json", exported))
    assert row_counts(laptop_b) == before


@pytest.mark.parametrize("version", ["1", None, 0, True])
def test_a_format_version_that_is_not_one_is_refused(version: Any, laptop_b: Database, exported: dict[str, Any],
                                                     tmp_path: Path) -> None:
    exported["format_version"] = version
    with pytest.raises(InvalidValueError, match=r"export\.json: format_version: .* is not a format version"):
        import_json_export(laptop_b, write_export(tmp_path / "export.json", exported))


def test_a_dry_run_checks_the_file_and_writes_nothing(laptops: dict[str, Path], laptop_b: Database) -> None:
    before = row_counts(laptop_b)
    report = import_json_export(laptop_b, laptops["export"], dry_run=True)
    assert report.counts["recommendations"].created == 1 and report.counts["notes"].created == 3
    assert row_counts(laptop_b) == before


# --- files of format 1 ---------------------------------------------------------------------------------

FORMAT_1_FIXTURE = Path(__file__).parent / "fixtures" / "export_format_1.json"


def without_run_details(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key not in ("exported_at", "app_version", "format_version")}


def test_an_export_of_format_1_imports_into_an_empty_database_and_comes_back_the_same(tmp_path: Path,
                                                                                    db: Database) -> None:
    """A file written by UPR Tracker 0.1.0 (format 1: responses in full under each recommendation)."""
    old = json.loads(FORMAT_1_FIXTURE.read_text(encoding="utf-8"))
    assert old["format_version"] == 1
    report = import_json_export(db, FORMAT_1_FIXTURE)
    counts = {kind: c.created for kind, c in report.counts.items()}
    assert counts["recommendations"] == 7 and counts["responses"] == 4 and counts["notes"] == 4
    assert counts["assessments"] == 2 and counts["milestones"] == 2 and counts["import_problems"] == 1
    export_json(db, tmp_path / "again.json", include_confidential=True)
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["format_version"] == FORMAT_VERSION == 2
    assert len(again["responses"]) == 4  # the response over five recommendations is written once
    # The link format 1 gave by id is also named by State, cycle and label, confirmed, on both sides.
    linked = [r for r in again["recommendations"] if r.get("later_recommendation_ids")]
    assert linked and all(r["related"][0]["status"] == "confirmed" for r in linked)
    assert sum(bool(r.get("related")) for r in again["recommendations"]) == 2 * len(linked)
    assert without_run_details(as_format_1(again)) == without_run_details(old)


def test_a_file_of_format_1_and_one_of_format_2_of_the_same_data_import_alike(tmp_path: Path) -> None:
    with Database.open(tmp_path / "one.sqlite3") as one:
        import_json_export(one, FORMAT_1_FIXTURE)
        export_json(one, tmp_path / "format2.json", include_confidential=True)
    with Database.open(tmp_path / "two.sqlite3") as two:
        report = import_json_export(two, tmp_path / "format2.json")
        assert report.counts["responses"].created == 4
        export_json(two, tmp_path / "again.json", include_confidential=True)
    first = json.loads((tmp_path / "format2.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert without_run_details(first) == without_run_details(second)


def test_the_derived_columns_an_import_writes_are_those_a_refresh_computes(laptops: dict[str, Path],
                                                                          tmp_path: Path, db: Database) -> None:
    """The import computes the position, review flag, level and last activity of the recommendations
    it adds from the rows it writes; storage.derived, from the database, must find the same."""
    from upr_tracker.storage.derived import refresh_recommendations

    columns = (Recommendation.id, Recommendation.current_position, Recommendation.considered_implemented,
               Recommendation.needs_review, Recommendation.implementation_level, Recommendation.last_activity_at)
    import_json_export(db, laptops["export"])
    with db.read() as session:
        imported = {row[0]: tuple(row[1:]) for row in session.execute(select(*columns))}
    with db.write() as session:
        refresh_recommendations(session, list(imported))
    with db.read() as session:
        refreshed = {row[0]: tuple(row[1:]) for row in session.execute(select(*columns))}
    assert len(imported) == 323
    assert any(values[2] for values in imported.values()), "no recommendation needing review in the sample"
    assert any(values[3] for values in imported.values()), "no implementation level in the sample"
    assert imported == refreshed


def test_a_filtered_export_names_every_recommendation_its_responses_cover_and_imports_alone(
        laptops: dict[str, Path], tmp_path: Path, db: Database) -> None:
    out = tmp_path / "noted.json"
    with Database.open(laptops["a"]) as a:
        export_json(a, out, wanted=RecommendationFilter(position="noted"))
    data = json.loads(out.read_text(encoding="utf-8"))
    in_file = {r["id"] for r in data["recommendations"]}
    assert in_file and all(r["position"] == "noted" for r in data["recommendations"])
    named = {i for r in data["recommendations"] for i in r["responses"]}
    assert named == {r["id"] for r in data["responses"]}  # every response named, each once
    assert any(set(r["recommendation_ids"]) - in_file for r in data["responses"])  # "will be examined" covers more
    report = import_json_export(db, out)
    assert report.counts["recommendations"].created == len(in_file)
    assert report.counts["responses"].created == len(data["responses"])
    with db.read() as session:
        links = session.scalar(select(func.count()).select_from(response_recommendation))
        positions = set(session.scalars(select(Recommendation.current_position)))
    # Linked to the recommendations in the file only; their positions as exported.
    assert links == sum(len(set(r["recommendation_ids"]) & in_file) for r in data["responses"])
    assert positions == {"noted"}


# --- filtered exports, one after another -----------------------------------------------------------


def history_of(db: Database) -> dict[str, Any]:
    """Per recommendation (by label): its derived columns, and what covers it (responses, milestones)."""
    with db.read() as session:
        covering: dict[uuid.UUID, set[str]] = {}
        for table, owner in ((response_recommendation, "response_id"), (milestone_recommendation, "milestone_id")):
            for owner_id, rec_id in session.execute(select(table.c[owner], table.c.recommendation_id)):
                covering.setdefault(rec_id, set()).add(f"{owner}:{owner_id}")
        return {r.label: (r.current_position, r.considered_implemented, r.needs_review, r.implementation_level,
                          r.last_activity_at, covering.get(r.id, set()))
                for r in session.scalars(select(Recommendation))}


def audit_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


# Each matches recommendations of the demo's review that one response covers with many others.
FILTERS = ("voluntary goals", "Optional Protocol Economic", "torture", "death penalty")


@pytest.fixture(scope="module")
def source_with_shared_milestone(laptops: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Laptop A's database with a milestone linked to recommendations that the filters put in different files."""
    path = copy_database(laptops["a"], tmp_path_factory.mktemp("shared") / "source.sqlite3")
    with Database.open(path, actor="laptop A") as db:
        ids = [by_label(db, text_query=words)[label].id
               for words, label in (("voluntary goals", "95.1"), ("Optional Protocol Economic", "95.2"))]
        milestones.add_milestone(db, "KAZ", "law", "Law on the ombudsman", date="2012-06-01", recommendation_ids=ids)
    return path


def filtered_exports(source: Path, folder: Path) -> list[Path]:
    files = []
    with Database.open(source) as db:
        for index, words in enumerate(FILTERS):
            files.append(folder / f"part{index}.json")
            export_json(db, files[-1], wanted=RecommendationFilter(text_query=words))
    return files


def test_filtered_exports_imported_one_after_another_give_the_positions_of_the_source(
        source_with_shared_milestone: Path, tmp_path: Path, db: Database) -> None:
    """A filtered export writes the responses and milestones of its recommendations whole: those
    already brought by an earlier file cover the recommendations of the later one too."""
    files = filtered_exports(source_with_shared_milestone, tmp_path)
    shared = [json.loads(f.read_text(encoding="utf-8"))["responses"] for f in files[:2]]
    assert {r["id"] for r in shared[0]} & {r["id"] for r in shared[1]}, "the filters share no response"
    reports = [import_json_export(db, f) for f in files]
    assert reports[1].counts["responses"].updated >= 1 and reports[1].counts["milestones"].updated == 1
    imported = history_of(db)
    with db.read() as session:
        # Every file holds every milestone (no State filtered on): each file that brings more of
        # a milestone's recommendations links them, and an update says which file did.
        updates = session.scalars(select(AuditEntry).where(AuditEntry.action == "update",
                                                           AuditEntry.table_name == "milestone")).all()
    [ombudsman] = [m.id for m in milestones.list_milestones(db) if m.title == "Law on the ombudsman"]
    [entry] = [e for e in updates if e.record_id in {str(ombudsman), ombudsman.hex}]
    assert json.loads(entry.after)["imported_from"] == "part1.json"
    assert all(json.loads(e.after)["imported_from"] in {"part1.json", "part2.json", "part3.json"}
               and len(json.loads(e.after)["recommendations"]) > len(json.loads(e.before)["recommendations"])
               for e in updates)
    assert len(json.loads(entry.after)["recommendations"]) == len(json.loads(entry.before)["recommendations"]) + 1
    with Database.open(source_with_shared_milestone) as source:
        expected = {label: values for label, values in history_of(source).items() if label in imported}
    assert {"95.1", "95.2"} <= set(imported)
    assert imported["95.2"][0] == "supported"
    # Covered by the same responses and milestone, so the same position, flags and activity; the
    # responses and milestones that also cover recommendations left out of every file are linked to the others.
    assert imported == expected


@pytest.fixture(scope="module")
def parts(source_with_shared_milestone: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return filtered_exports(source_with_shared_milestone, tmp_path_factory.mktemp("parts"))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(FILTERS))), count=st.integers(min_value=2, max_value=len(FILTERS)))
def test_filtered_exports_in_any_order_give_the_history_of_the_source(
        source_with_shared_milestone: Path, parts: list[Path], tmp_path_factory: pytest.TempPathFactory,
        order: list[int], count: int) -> None:
    with Database.open(tmp_path_factory.mktemp("any_order") / "empty.sqlite3") as db:
        for index in order[:count]:
            import_json_export(db, parts[index])
        imported = history_of(db)
    with Database.open(source_with_shared_milestone) as source:
        expected = {label: values for label, values in history_of(source).items() if label in imported}
    assert imported == expected


def test_filtered_exports_imported_again_change_nothing(source_with_shared_milestone: Path, tmp_path: Path,
                                                        db: Database) -> None:
    files = filtered_exports(source_with_shared_milestone, tmp_path)
    for f in files:
        import_json_export(db, f)
    counts, audited, history = row_counts(db), audit_count(db), history_of(db)
    for f in reversed(files):
        report = import_json_export(db, f)
        assert all(c.created == 0 and c.updated == 0 for c in report.counts.values()), report.counts
    assert (row_counts(db), audit_count(db), history_of(db)) == (counts, audited, history)


def test_the_derived_columns_after_filtered_exports_are_those_a_refresh_computes(
        source_with_shared_milestone: Path, tmp_path: Path, db: Database) -> None:
    from upr_tracker.storage.derived import refresh_recommendations

    for f in filtered_exports(source_with_shared_milestone, tmp_path):
        import_json_export(db, f)
    imported = history_of(db)
    with db.write() as session:
        refresh_recommendations(session, list(session.scalars(select(Recommendation.id))))
    assert history_of(db) == imported


def test_a_recommendation_new_here_joins_the_response_this_database_has_under_another_id(
        laptops: dict[str, Path], laptop_b: Database) -> None:
    """Laptop B built the demo too (its own ids) but deleted 95.2: the file brings 95.2 back with
    laptop A's response, which is the one laptop B has for 95.1. 95.2 joins it; no second response."""
    recommendations.delete_recommendation(laptop_b, by_label(laptop_b, text_query="Optional Protocol Economic")["95.2"].id)
    responses_before = row_counts(laptop_b)["response"]
    report = import_json_export(laptop_b, laptops["export"])
    assert report.counts["recommendations"].created == 2  # 95.2, and laptop A's 121.5
    assert row_counts(laptop_b)["response"] == responses_before + 1  # laptop A's revision of 97.14 and 97.15
    rows = by_label(laptop_b, state="KAZ", cycle=1)
    with laptop_b.read() as session:
        def covering(label: str) -> set[uuid.UUID]:
            return set(session.scalars(select(response_recommendation.c.response_id)
                                       .where(response_recommendation.c.recommendation_id == rows[label].id)))
        assert covering("95.2") == covering("95.1") and len(covering("95.1")) == 1
    assert rows["95.2"].position == rows["95.1"].position == "supported"


def test_a_milestone_recorded_here_under_another_id_gains_the_recommendations_the_file_links_it_to(
        source_with_shared_milestone: Path, laptop_b: Database, tmp_path: Path) -> None:
    rows = by_label(laptop_b, state="KAZ", cycle=1)
    own = milestones.add_milestone(laptop_b, "KAZ", "law", "Law on the ombudsman", date="2012-06-01",
                                   recommendation_ids=[rows["95.1"].id])
    with Database.open(source_with_shared_milestone) as source:
        export_json(source, tmp_path / "all.json")
    report = import_json_export(laptop_b, tmp_path / "all.json")
    assert report.counts["milestones"].updated == 1
    with laptop_b.read() as session:
        titled = session.scalars(select(Milestone.id).where(Milestone.title == "Law on the ombudsman")).all()
        linked = set(session.scalars(select(milestone_recommendation.c.recommendation_id)
                                     .where(milestone_recommendation.c.milestone_id == own)))
    assert titled == [own]
    assert linked == {rows["95.1"].id, rows["95.2"].id}
