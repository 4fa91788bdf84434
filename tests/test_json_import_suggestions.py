"""The JSON import brings back each recommendation's suggestions: pending ones stay pending, values
that came from accepted ones keep their source; a decision taken here is never undone, a person's
value never gets a suggestion; a bad entry is left out, said, and the rest is imported."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.suggesting_model import WordSuggester
from upr_tracker.services.export_json import export_json
from upr_tracker.services.json_import import import_json_export
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.recommendations import add_recommendation
from upr_tracker.services.reviews import create_review
from upr_tracker.services.suggestions import (
    ACCEPTED,
    ACTION_CATEGORY,
    REJECTED,
    SDG,
    SUGGESTED,
    THEME,
    accept_suggestion,
    accepted_sources,
    compute_suggestions,
    pending_suggestions,
    reject_suggestion,
)
from upr_tracker.services.vocabularies import find_term, rename_term
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Suggestion

DEATH = "Abolish the death penalty and commute all sentences"
SCHOOL = "Ensure that every girl goes to school"


@pytest.fixture
def recs(db: Database) -> dict[str, uuid.UUID]:
    kaz = create_review(db, "Kazakhstan", 1, 7)
    return {"death": add_recommendation(db, kaz, DEATH, label="97.1"),
            "school": add_recommendation(db, kaz, SCHOOL, label="97.2")}


def without_time(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def stored(db: Database) -> set[tuple[str, str, str, str | None]]:
    with db.read() as session:
        return {(s.kind, s.value, s.status, s.decided_by) for s in session.scalars(select(Suggestion))}


def suggested_file(tmp_path: Path, db: Database, change) -> Path:
    """The database's export, its first recommendation's record changed by `change`."""
    out = tmp_path / "export.json"
    export_json(db, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    change(next(r for r in data["recommendations"] if r["label"] == "97.1"))
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def test_pending_and_accepted_suggestions_round_trip_into_an_empty_database(db, recs, tmp_path) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    pending = {(s.kind, s.value): s.id for s in pending_suggestions(db, recs["death"])}
    accept_suggestion(db, pending[(ACTION_CATEGORY, "4")])
    accept_suggestion(db, pending[(THEME, "Death penalty")])
    accept_suggestion(db, pending[(SDG, "16")])
    first = tmp_path / "first.json"
    export_json(db, first)
    with Database.open(tmp_path / "other.sqlite3", actor="importer") as other:
        report = import_json_export(other, first)
        assert not report.problems
        # 3 accepted (97.1), 1 pending theme (97.1), 4 pending (97.2: a category, a theme, two SDGs)
        assert vars(report.counts["suggestions"]) == {"created": 8, "updated": 0, "unchanged": 0}
        source = f"suggested, accepted by {db.actor}"
        with other.read() as session:
            assert accepted_sources(session, [recs["death"]]) == {recs["death"]: {
                (ACTION_CATEGORY, "4"): source, (THEME, "Death penalty"): source, (SDG, "16"): source}}
        assert {(s.kind, s.value, s.confidence) for s in pending_suggestions(other, recs["school"])} == {
            (ACTION_CATEGORY, "3", 0.6), (THEME, "Right to education", 0.9), (SDG, "4", 0.85), (SDG, "10", 0.3)}
        second = tmp_path / "second.json"
        export_json(other, second)
        assert without_time(second) == without_time(first)
        # Imported twice: nothing more.
        again = import_json_export(other, first)
        assert vars(again.counts["suggestions"]) == {"created": 0, "updated": 0, "unchanged": 8}
        assert len(stored(other)) == 8


def test_a_decision_here_stands_and_a_persons_value_gets_no_suggestion(db, recs, tmp_path) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    out = tmp_path / "export.json"
    export_json(db, out)
    pending = {(s.kind, s.value): s.id for s in pending_suggestions(db, recs["death"])}
    reject_suggestion(db, pending[(THEME, "Death penalty")])
    accept_suggestion(db, pending[(SDG, "16")])
    before = stored(db)
    report = import_json_export(db, out)
    assert stored(db) == before
    assert report.counts["suggestions"].created == 0
    assert (THEME, "Death penalty", REJECTED, db.actor) in before
    # A person gives the school recommendation a category here; the file's suggested one is not added.
    with Database.open(tmp_path / "other.sqlite3", actor="importer") as other:
        review = create_review(other, "Kazakhstan", 1, 7)
        add_recommendation(other, review, SCHOOL, label="97.2", action_category=1)
        report = import_json_export(other, out)
        problems = [p for p in report.problems if "97.2" in p]
        assert len(problems) == 1 and "given by a person" in problems[0] and "action category 3" in problems[0]
        assert (ACTION_CATEGORY, "3", SUGGESTED, None) not in stored(other)
        assert (THEME, "Right to education", SUGGESTED, None) in stored(other)


def test_terms_are_found_by_former_names_and_codes_unknown_ones_left_out(db, recs, tmp_path) -> None:
    def change(record: dict) -> None:
        record["suggestions"] = {"action_category": {"value": 4, "confidence": 0.5},
                                 "themes": [{"term": "Death penalty", "confidence": 0.8},
                                            {"term": "No such theme", "confidence": 0.7}],
                                 "sdgs": [{"term": "Peace, justice and strong institutions", "confidence": 0.6}]}
    out = suggested_file(tmp_path, db, change)
    with db.read() as session:
        death = find_term(session, "themes", "Death penalty").id
    rename_term(db, death, "Capital punishment")
    report = import_json_export(db, out)
    assert vars(report.counts["suggestions"]) == {"created": 3, "updated": 0, "unchanged": 0}
    assert report.problems == [("export.json: recommendations[0] (KAZ cycle 1, 97.1).suggestions.themes[1]: "
                               "this database has no theme 'No such theme' (nor one formerly so named); "
                               "the suggestion is left out")]
    assert {(s.kind, s.value) for s in pending_suggestions(db, recs["death"])} == {
        (ACTION_CATEGORY, "4"), (THEME, "Capital punishment"), (SDG, "16")}


def test_bad_entries_are_left_out_naming_the_recommendation_and_field(db, recs, tmp_path) -> None:
    def change(record: dict) -> None:
        record["suggestions"] = {"action_category": {"value": 9, "confidence": 0.5},
                                 "themes": [{"term": "Death penalty", "confidence": 1.5},
                                            {"term": 12, "confidence": 0.5}, "Justice",
                                            {"term": "Justice", "confidence": 0.4}],
                                 "sdgs": [{"term": "16", "confidence": True}],
                                 "issues": []}
        record["value_sources"] = {"themes": {"Justice": "typed in"}, "colours": {}}
    out = suggested_file(tmp_path, db, change)
    report = import_json_export(db, out)
    place = "export.json: recommendations[0] (KAZ cycle 1, 97.1)"
    fields = [p.split(": ", 2)[1] for p in report.problems]
    assert fields == [f"{place.split(': ')[1]}.{field}" for field in (
        "suggestions.issues", "suggestions.action_category.value", "suggestions.themes[0].confidence",
        "suggestions.themes[1].term", "suggestions.themes[2]", "suggestions.sdgs[0].confidence",
        "value_sources.colours", "value_sources.themes.Justice")]
    assert all(p.startswith(place) for p in report.problems)
    # The good entry is imported.
    assert [(s.kind, s.value) for s in pending_suggestions(db, recs["death"])] == [(THEME, "Justice")]


def test_an_accepted_source_for_a_value_the_recommendation_lacks_is_left_out(db, recs, tmp_path) -> None:
    out = suggested_file(tmp_path, db, lambda record: record.update(
        value_sources={"action_category": "suggested, accepted by Ana", "themes": {"Justice": "suggested, accepted by Ana"}}))
    report = import_json_export(db, out)
    assert len(report.problems) == 2
    assert "value_sources.action_category" in report.problems[0] and "no action category" in report.problems[0]
    assert "no theme Justice" in report.problems[1]
    assert stored(db) == set()


def test_an_accepted_value_of_the_file_keeps_its_source_and_the_dry_run_writes_nothing(db, recs, tmp_path) -> None:
    def change(record: dict) -> None:
        record["action_category"] = 4
        record["themes"] = ["Death penalty"]
        record["value_sources"] = {"action_category": "suggested, accepted by Ana",
                                   "themes": {"Death penalty": "suggested, accepted by Ana"}}
        record["suggestions"] = {"action_category": None, "themes": [{"term": "Justice", "confidence": 0.4}],
                                 "sdgs": []}
    out = suggested_file(tmp_path, db, change)
    with Database.open(tmp_path / "other.sqlite3", actor="importer") as other:
        dry = import_json_export(other, out, dry_run=True)
        assert dry.counts["suggestions"].created == 3 and stored(other) == set()
        import_json_export(other, out)
        assert stored(other) == {(ACTION_CATEGORY, "4", ACCEPTED, "Ana"), (THEME, "Death penalty", ACCEPTED, "Ana"),
                                 (THEME, "Justice", SUGGESTED, None)}
        assert editable_recommendation(other, recs["death"]).action_category == 4
        # The accepted values are no person's: the pending theme is shown beside the accepted one.
        assert [(s.kind, s.value) for s in pending_suggestions(other, recs["death"])] == [(THEME, "Justice")]
        again = tmp_path / "again.json"
        export_json(other, again)
        record = next(r for r in json.loads(again.read_text(encoding="utf-8"))["recommendations"]
                      if r["label"] == "97.1")
        assert record["value_sources"] == {"action_category": "suggested, accepted by Ana",
                                           "themes": {"Death penalty": "suggested, accepted by Ana"}}


@settings(max_examples=50, deadline=None)
@given(confidence=st.floats(allow_nan=True, allow_infinity=True) | st.integers(-5, 5) | st.text(max_size=3)
       | st.none() | st.booleans())
def test_a_confidence_is_taken_only_as_a_number_from_0_to_1(confidence) -> None:
    from upr_tracker.services.json_import_reading import read_suggestions

    found, problems = read_suggestions(
        {"suggestions": {"themes": [{"term": "Justice", "confidence": confidence}]}}, "here", None)
    good = (not isinstance(confidence, bool) and isinstance(confidence, (int, float)) and 0 <= confidence <= 1)
    assert [(s.value, s.confidence) for s in found] == ([("Justice", float(confidence))] if good else [])
    assert problems == ([] if good else [problems[0]])
    if not good:
        assert problems[0].startswith("here.suggestions.themes[0].confidence: expected a number from 0 to 1")
