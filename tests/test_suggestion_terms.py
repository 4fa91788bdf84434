"""Suggestions after their terms were renamed or merged (a suggestion keeps the name its term had),
one rule for "a person's value", and accepting many at once: few statements, bad values refused
and counted, a cancel or a failure between batches saying how many were accepted."""

from __future__ import annotations

import json
import re
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event, insert, select

from tests.suggesting_model import WordSuggester
from upr_tracker.errors import DatabaseBusyError, InvalidValueError, WorkCancelledError
from upr_tracker.services import suggestions_deciding
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    add_recommendation,
)
from upr_tracker.services.report_data import read_matching_recommendations
from upr_tracker.services.reviews import create_review
from upr_tracker.services.suggestions import (
    ACCEPTED,
    ACTION_CATEGORY,
    KIND_TITLES,
    KIND_WORDS,
    SDG,
    SUGGESTED,
    THEME,
    SuggestionFilter,
    accept_ids,
    accept_shown,
    accept_suggestion,
    accepted_sources,
    compute_suggestions,
    list_suggestions,
    pending_by_recommendation,
    pending_suggestions,
)
from upr_tracker.services.vocabularies import (
    add_term,
    list_terms,
    merge_terms,
    rename_term,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Suggestion

DEATH = "Abolish the death penalty and commute all sentences"
SCHOOL = "Ensure that every girl goes to school"


@pytest.fixture
def recs(db: Database) -> dict[str, uuid.UUID]:
    kaz = create_review(db, "Kazakhstan", 1, 7)
    fra = create_review(db, "France", 2, 15)
    return {
        "death": add_recommendation(db, kaz, DEATH, label="97.1"),
        "school": add_recommendation(db, kaz, SCHOOL, label="97.2"),
        "other": add_recommendation(db, fra, DEATH, label="120.1"),
    }


def shown(db: Database, recommendation_id: uuid.UUID) -> list[tuple[str, str]]:
    return [(s.kind, s.value) for s in pending_suggestions(db, recommendation_id)]


def term_id(db: Database, vocabulary: str, name: str) -> uuid.UUID:
    return next(t.id for t in list_terms(db, vocabulary) if t.name == name)


def test_a_renamed_theme_is_still_the_accepted_suggestions_and_shown_by_its_new_name(db, recs, tmp_path) -> None:
    from upr_tracker.services.export_json import export_json

    first = compute_suggestions(db, suggester=WordSuggester())
    accept_suggestion(db, dict(map(reversed, ((s.id, (s.kind, s.value)) for s in pending_suggestions(
        db, recs["death"]))))[(THEME, "Death penalty")])
    rename_term(db, term_id(db, "themes", "Death penalty"), "Capital punishment")
    # The accepted theme is still the suggestion's: the other themes are shown and can be accepted.
    assert (THEME, "Justice") in shown(db, recs["death"])
    justice = next(s.id for s in pending_suggestions(db, recs["death"]) if s.value == "Justice")
    accept_suggestion(db, justice)
    assert set(editable_recommendation(db, recs["death"]).themes) == {"Capital punishment", "Justice"}
    # Another recommendation's pending suggestion is shown, listed and exported by the new name.
    assert (THEME, "Capital punishment") in shown(db, recs["other"])
    assert "Death penalty" not in {r.value for r in list_suggestions(db, SuggestionFilter(kind=THEME))}
    with db.read() as session:
        found = pending_by_recommendation(session, [recs["other"]])[recs["other"]]
        sources = accepted_sources(session, [recs["death"]])[recs["death"]]
    assert "Capital punishment" in {s.value for s in found.themes}
    assert sources == {(THEME, "Capital punishment"): f"suggested, accepted by {db.actor}",
                       (THEME, "Justice"): f"suggested, accepted by {db.actor}"}
    out = tmp_path / "export.json"
    export_json(db, out)
    records = {r["label"]: r for r in json.loads(out.read_text(encoding="utf-8"))["recommendations"]}
    assert set(records["97.1"]["value_sources"]["themes"]) == {"Capital punishment", "Justice"}
    assert "Capital punishment" in {t["term"] for t in records["120.1"]["suggestions"]["themes"]}
    # Computing again counts no person's value, and never suggests the accepted theme by its old name.
    again = compute_suggestions(db, suggester=WordSuggester())
    assert again.kept_values == first.kept_values == 0
    assert (THEME, "Death penalty") not in shown(db, recs["death"])
    assert (THEME, "Capital punishment") in shown(db, recs["other"])
    # A thematic brief on the new name finds the recommendation it is suggested for.
    facts = read_matching_recommendations(db, RecommendationFilter(theme="Capital punishment"))
    assert recs["other"] in {f.row.id for f in facts}
    assert "Capital punishment" in next(f for f in facts if f.row.id == recs["other"]).suggested_themes


def test_a_merged_theme_is_one_suggestion_and_the_accepted_one_still_counts(db, recs) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    # "Justice" and "Death penalty" are both pending for the French one; merged, one remains.
    merge_terms(db, term_id(db, "themes", "Justice"), term_id(db, "themes", "Death penalty"))
    compute_suggestions(db, suggester=WordSuggester())
    themes = [value for kind, value in shown(db, recs["other"]) if kind == THEME]
    assert themes == ["Death penalty"]
    accept_suggestion(db, next(s.id for s in pending_suggestions(db, recs["other"]) if s.kind == THEME))
    assert compute_suggestions(db, suggester=WordSuggester()).kept_values == 0


def test_an_sdg_without_a_code_accepted_by_its_name_is_no_persons_value(db, recs) -> None:
    add_term(db, "sdgs", "Partnership for peace", force=True)
    with db.write() as session:
        session.execute(insert(Suggestion), [
            {"recommendation_id": recs["school"], "kind": SDG, "value": "Partnership for peace", "confidence": 0.9,
             "status": SUGGESTED, "model": "test"}])
    accept_suggestion(db, next(s.id for s in pending_suggestions(db, recs["school"]) if s.kind == SDG))
    report = compute_suggestions(db, suggester=WordSuggester())
    # The window's list (SQL), computing and accepting (Python) agree: the SDG is the suggestion's.
    assert report.kept_values == 0
    sdgs = [s for s in pending_suggestions(db, recs["school"]) if s.kind == SDG]
    assert sdgs
    accept_suggestion(db, sdgs[0].id)
    with db.read() as session:
        assert len(accepted_sources(session, [recs["school"]])[recs["school"]]) == 2


def test_the_kind_words_are_in_one_place() -> None:
    import upr_tracker.services as services_package

    assert KIND_WORDS == {ACTION_CATEGORY: "action category", THEME: "theme", SDG: "SDG"}
    # No other module of the services keeps its own table of these words.
    folder = Path(services_package.__file__).parent
    own_tables = [path.name for path in folder.glob("*.py") if path.name != "suggestion_terms.py"
                  and re.search(r"""["']action category["'][^\n]{0,60}["']theme["']""",
                                path.read_text(encoding="utf-8"), re.IGNORECASE)]
    assert own_tables == []
    assert KIND_TITLES[ACTION_CATEGORY] == "Action category"


def _many(db: Database, count: int) -> list[uuid.UUID]:
    review = create_review(db, "Chile", 3, 32)
    for index in range(count):
        add_recommendation(db, review, DEATH if index % 2 else SCHOOL, label=f"1.{index}")
    compute_suggestions(db, state_iso3="CHL", suggester=WordSuggester())
    return [s.id for s in list_suggestions(db, SuggestionFilter(state_iso3="CHL"))]


def test_accepting_many_reads_what_it_needs_once_per_batch(db) -> None:
    ids = _many(db, 30)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        accepted, refused = accept_ids(db, ids)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert accepted == len(ids) - refused and accepted > 60
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # Before, each suggestion read its recommendation's accepted values and its term (6.6
    # statements a suggestion); now the batch's reads are a handful.
    assert len(selects) <= 12, selects
    assert len(statements) < len(ids), len(statements)


def test_a_bad_category_is_refused_and_counted_and_cancel_or_failure_says_how_many(db, monkeypatch) -> None:
    ids = _many(db, 6)
    with db.write() as session:
        session.execute(insert(Suggestion), [
            {"recommendation_id": (rec := session.scalar(select(Suggestion.recommendation_id).where(
                Suggestion.id == ids[0]))), "kind": ACTION_CATEGORY, "value": "x4", "confidence": 0.99,
             "status": SUGGESTED, "model": "synced"}])
        session.execute(Suggestion.__table__.delete().where(Suggestion.recommendation_id == rec,
                                                            Suggestion.kind == ACTION_CATEGORY,
                                                            Suggestion.value != "x4"))
    # (as a sync may bring it in, after computing)
    accepted, refused = accept_shown(db, SuggestionFilter(state_iso3="CHL"))
    assert refused == 1 and accepted == len(ids) - 1
    assert [s.value for s in pending_suggestions(db, rec) if s.kind == ACTION_CATEGORY] == ["x4"]
    assert editable_recommendation(db, rec).action_category is None

    more = _more(db)
    monkeypatch.setattr(suggestions_deciding, "ACCEPT_BATCH", 3)
    calls = iter(range(100))

    def cancel_after_one_batch() -> None:
        if next(calls) >= 1:
            raise WorkCancelledError("cancelled")

    with pytest.raises(WorkCancelledError, match="3 suggestions had been accepted"):
        accept_ids(db, more, cancel_after_one_batch)
    with db.read() as session:
        assert session.query(Suggestion).filter(Suggestion.id.in_(more), Suggestion.status == ACCEPTED).count() == 3

    real = suggestions_deciding._accept
    done = []

    def failing(session, suggestion, actor, known=None) -> None:
        done.append(suggestion.id)
        if len(done) > 4:
            raise DatabaseBusyError("the database is busy")
        real(session, suggestion, actor, known)

    monkeypatch.setattr(suggestions_deciding, "_accept", failing)
    with pytest.raises(DatabaseBusyError, match="3 suggestions had been accepted before this"):
        accept_ids(db, more[3:])


def _more(db: Database) -> list[uuid.UUID]:
    review = create_review(db, "Peru", 3, 33)
    for index in range(6):
        add_recommendation(db, review, SCHOOL, label=f"2.{index}")
    compute_suggestions(db, state_iso3="PER", suggester=WordSuggester())
    return [s.id for s in list_suggestions(db, SuggestionFilter(state_iso3="PER"))]


NAMES = ["Death penalty", "Justice", "Detention", "Corruption"]


@settings(max_examples=12, deadline=None)
@given(given_themes=st.lists(st.sampled_from(NAMES), unique=True, max_size=2),
       accepted_themes=st.lists(st.sampled_from(NAMES), unique=True, max_size=2),
       renamed=st.sampled_from([None, *NAMES]))
def test_the_window_computing_and_accepting_agree_on_whose_theme_it_is(given_themes, accepted_themes,
                                                                       renamed) -> None:
    """Themes accepted from suggestions, themes a person gave (some the same), one renamed since:
    the list's SQL, computing and accepting say alike whether a person's theme stands."""
    from upr_tracker.services.recommendation_editing import edit_recommendation
    from upr_tracker.services.suggestions import _known

    with tempfile.TemporaryDirectory() as folder, Database.open(Path(folder) / "t.sqlite3", actor="tester") as db:
        rec = add_recommendation(db, create_review(db, "Kazakhstan", 1, 7), "A text", label="1")
        with db.write() as session:
            session.execute(insert(Suggestion), [
                {"recommendation_id": rec, "kind": THEME, "value": name, "confidence": 0.9, "status": SUGGESTED,
                 "model": "t"} for name in [*accepted_themes, "Elections"]])
        for row in pending_suggestions(db, rec):
            if row.value in accepted_themes:
                accept_suggestion(db, row.id)
        if given_themes:
            edit_recommendation(db, rec, add_themes=given_themes)
        if renamed:
            rename_term(db, term_id(db, "themes", renamed), f"{renamed} (renamed)")
        persons = bool(set(given_themes) - set(accepted_themes))
        with db.read() as session:
            assert _known(session, [rec])[1][rec].persons_value(THEME) == persons
        probe = [s.id for s in pending_suggestions(db, rec) if s.kind == THEME]
        assert len(probe) == (0 if persons else 1)
        with db.write() as session:  # accepting it, straight from the table, is refused alike
            probe_id = session.scalar(select(Suggestion.id).where(Suggestion.value == "Elections"))
        if persons:
            with pytest.raises(InvalidValueError, match="a person or a document has given its themes"):
                accept_suggestion(db, probe_id)
        else:
            accept_suggestion(db, probe_id)
