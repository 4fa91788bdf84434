"""Suggestions stored, recomputed, accepted and rejected (services.suggestions), on both backends:
a value set by a person or a document is never overwritten, a decision is remembered, and
accepting writes the value and the decision in one unit of work the audit trail records."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.suggesting_model import RULES, WordSuggester
from upr_tracker.errors import InvalidValueError, NotFoundError, WorkCancelledError
from upr_tracker.services.audit_history import recommendation_history
from upr_tracker.services.recommendation_editing import (
    edit_recommendation,
    editable_recommendation,
)
from upr_tracker.services.recommendations import add_recommendation
from upr_tracker.services.reviews import create_review
from upr_tracker.services.suggestions import (
    ACCEPTED,
    ACTION_CATEGORY,
    REJECTED,
    SDG,
    SUGGESTED,
    THEME,
    SuggestionFilter,
    accept_suggestion,
    accept_suggestions,
    accepted_sources,
    compute_suggestions,
    count_suggestions,
    list_suggestions,
    pending_by_recommendation,
    pending_suggestions,
    reject_suggestion,
    suggestion_reviews,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Suggestion

DEATH = "Abolish the death penalty and commute all sentences"
SCHOOL = "Ensure that every girl goes to school"
NOTHING = "Continue the dialogue"


@pytest.fixture
def recs(db: Database) -> dict[str, uuid.UUID]:
    kaz = create_review(db, "Kazakhstan", 1, 7)
    fra = create_review(db, "France", 2, 15)
    return {
        "death": add_recommendation(db, kaz, DEATH, label="97.1"),
        "school": add_recommendation(db, kaz, SCHOOL, label="97.2"),
        "nothing": add_recommendation(db, kaz, NOTHING, label="97.3"),
        # Values a document gave: the category and a theme are kept, only SDGs are suggested.
        "given": add_recommendation(db, fra, DEATH, label="120.1", action_category=2, themes=["Detention"]),
    }


def shown(db: Database, recommendation_id: uuid.UUID) -> list[tuple[str, str, float]]:
    return [(s.kind, s.value, s.confidence) for s in pending_suggestions(db, recommendation_id)]


def test_suggestions_are_stored_for_what_recommendations_lack_and_shown_in_order(db, recs) -> None:
    seen: list[tuple[int, int]] = []
    report = compute_suggestions(db, suggester=WordSuggester(), progress=lambda done, total: seen.append((done, total)))
    assert report.recommendations == 4
    assert report.kept_values == 2  # the French one's category and theme
    assert report.accepted == 0
    assert shown(db, recs["death"]) == [(ACTION_CATEGORY, "4", 0.93), (THEME, "Death penalty", 0.81),
                                       (THEME, "Justice", 0.4), (SDG, "16", 0.7)]
    assert shown(db, recs["nothing"]) == []
    assert shown(db, recs["given"]) == [(SDG, "16", 0.7)]
    assert report.suggested == 4 + 4 + 1
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    rows = list_suggestions(db, SuggestionFilter(state_iso3="kaz"))
    assert [(r.label, r.kind, r.value) for r in rows][:5] == [
        ("97.1", ACTION_CATEGORY, "4"), ("97.1", THEME, "Death penalty"), ("97.1", THEME, "Justice"),
        ("97.1", SDG, "16"), ("97.2", ACTION_CATEGORY, "3")]
    assert {(r.state_iso3, r.cycle, r.text) for r in rows} == {("KAZ", 1, DEATH), ("KAZ", 1, SCHOOL)}
    assert count_suggestions(db, SuggestionFilter(kind=THEME, min_confidence=0.8)) == 2
    assert count_suggestions(db, SuggestionFilter(cycle=2)) == 1
    assert count_suggestions(db, SuggestionFilter(state_iso3="Kazakhstan")) == 8  # a name is read as its State
    with pytest.raises(NotFoundError, match="Atlantis"):
        list_suggestions(db, SuggestionFilter(state_iso3="Atlantis"))
    assert {(iso3, cycle, n) for _id, iso3, cycle, n in suggestion_reviews(db)} == {("KAZ", 1, 8), ("FRA", 2, 1)}


def test_computing_one_state_and_cycle_leaves_the_others(db, recs) -> None:
    model = WordSuggester()
    report = compute_suggestions(db, state_iso3="France", cycle=2, suggester=model)
    assert report.recommendations == 1 and model.asked == [DEATH]
    assert shown(db, recs["death"]) == []


def test_recomputing_replaces_pending_and_never_suggests_a_decided_value_again(db, recs, monkeypatch) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    by_value = {s.value: s.id for s in pending_suggestions(db, recs["death"])}
    reject_suggestion(db, by_value["Justice"])
    accept_suggestion(db, by_value["Death penalty"])
    monkeypatch.setitem(RULES, "death penalty", (("4", 0.5), (("Death penalty", 0.99), ("Justice", 0.99)), ()))
    compute_suggestions(db, suggester=WordSuggester())
    # The category's confidence follows the model; the SDG no longer suggested is gone; the
    # rejected and the accepted themes are not suggested again.
    assert shown(db, recs["death"]) == [(ACTION_CATEGORY, "4", 0.5)]
    with db.read() as session:
        decided = {(s.value, s.status, s.decided_by) for s in session.scalars(
            select(Suggestion).where(Suggestion.recommendation_id == recs["death"], Suggestion.status != SUGGESTED))}
    assert decided == {("Justice", REJECTED, db.actor), ("Death penalty", ACCEPTED, db.actor)}
    # The accepted theme does not count as a person's: other themes may still be suggested.
    monkeypatch.setitem(RULES, "death penalty", (None, (("Death penalty", 0.9), ("Detention", 0.6)), ()))
    compute_suggestions(db, suggester=WordSuggester())
    assert shown(db, recs["death"]) == [(THEME, "Detention", 0.6)]


def test_accepting_sets_the_value_and_the_trail_says_who_accepted_it(db, recs) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    pending = {(s.kind, s.value): s.id for s in pending_suggestions(db, recs["death"])}
    accept_suggestion(db, pending[(ACTION_CATEGORY, "4")])
    accept_suggestion(db, pending[(THEME, "Death penalty")])
    accept_suggestion(db, pending[(SDG, "16")])
    editable = editable_recommendation(db, recs["death"])
    assert editable.action_category == 4 and editable.themes == ("Death penalty",)
    # Nothing of those kinds is suggested any more; what was pending of them is no longer shown.
    assert shown(db, recs["death"]) == [(THEME, "Justice", 0.4)]
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name.in_(["recommendation", "suggestion"]),
                                                           AuditEntry.action == "update")).all()
        assert {e.actor for e in entries} == {db.actor}
        category_change = [json.loads(e.after) for e in entries if e.table_name == "recommendation"
                           and json.loads(e.before).get("action_category") is None
                           and json.loads(e.after).get("action_category") == 4]
        assert category_change
        assert sum(json.loads(e.after)["status"] == ACCEPTED for e in entries if e.table_name == "suggestion") == 3
        sources = accepted_sources(session, [recs["death"], recs["school"]])
    assert sources == {recs["death"]: {(ACTION_CATEGORY, "4"): f"suggested, accepted by {db.actor}",
                                       (THEME, "Death penalty"): f"suggested, accepted by {db.actor}",
                                       (SDG, "16"): f"suggested, accepted by {db.actor}"}}
    history = recommendation_history(db, recs["death"])
    described = [c.description for c in history if c.description]
    assert f"Action category 4 suggested, accepted by {db.actor}" in described
    assert f"Theme Death penalty suggested, accepted by {db.actor}" in described
    assert f"SDG 16 suggested, accepted by {db.actor}" in described
    category = [f for c in history if c.table_name == "recommendation" for f in c.changes
                if f.field == "action_category"]
    assert [f.after for f in category] == [f"4 (suggested, accepted by {db.actor})"]


def test_a_value_a_person_set_is_never_overwritten(db, recs) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    pending = {(s.kind, s.value): s.id for s in pending_suggestions(db, recs["school"])}
    # A person sets the category and a theme after the suggestions were computed.
    edit_recommendation(db, recs["school"], action_category=1, themes=["Women's rights"])
    with pytest.raises(InvalidValueError, match=r"97\.2 \(KAZ, cycle 1\).*already 1, set by a person"):
        accept_suggestion(db, pending[(ACTION_CATEGORY, "3")])
    with pytest.raises(InvalidValueError, match="Women's rights"):
        accept_suggestion(db, pending[(THEME, "Right to education")])
    editable = editable_recommendation(db, recs["school"])
    assert editable.action_category == 1 and editable.themes == ("Women's rights",)
    # Only the SDGs are still shown; recomputing suggests nothing of the kinds a person gave.
    assert {k for k, _v, _c in shown(db, recs["school"])} == {SDG}
    report = compute_suggestions(db, suggester=WordSuggester())
    assert report.kept_values == 4
    assert {k for k, _v, _c in shown(db, recs["school"])} == {SDG}
    with db.read() as session:
        kinds = set(session.scalars(select(Suggestion.kind).where(Suggestion.recommendation_id == recs["school"])))
    assert kinds == {SDG}


def test_accept_all_shown_takes_the_filter_and_accept_above_the_confidence(db, recs) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    assert accept_suggestions(db, SuggestionFilter(kind=THEME, min_confidence=0.8)) == 2
    assert editable_recommendation(db, recs["death"]).themes == ("Death penalty",)
    assert editable_recommendation(db, recs["school"]).themes == ("Right to education",)
    assert editable_recommendation(db, recs["death"]).action_category is None
    report = compute_suggestions(db, suggester=WordSuggester(), accept_above=0.85)
    assert report.accepted == 2  # the death penalty's category (0.93), the school's SDG 4 (0.85)
    assert editable_recommendation(db, recs["death"]).action_category == 4
    assert count_suggestions(db, SuggestionFilter(status=ACCEPTED)) == 4
    assert report.suggested == count_suggestions(db, SuggestionFilter())


def test_cancelling_stores_nothing_and_bad_values_are_named(db, recs) -> None:
    with pytest.raises(WorkCancelledError):
        compute_suggestions(db, suggester=WordSuggester(), cancelled=lambda: True)
    assert count_suggestions(db, SuggestionFilter()) == 0
    for bad in (1.5, -0.1, "high"):
        with pytest.raises(InvalidValueError, match="accept above"):
            compute_suggestions(db, suggester=WordSuggester(), accept_above=bad)
    with pytest.raises(NotFoundError, match="Atlantis"):
        compute_suggestions(db, suggester=WordSuggester(), state_iso3="Atlantis")
    with pytest.raises(InvalidValueError, match="kind"):
        list_suggestions(db, SuggestionFilter(kind="mood"))
    with pytest.raises(InvalidValueError, match="accepted by"):
        compute_suggestions(db, suggester=WordSuggester())
        first = pending_suggestions(db, recs["death"])[0]
        accept_suggestion(db, first.id)
        reject_suggestion(db, first.id)


def test_the_exports_read_pending_suggestions_as_the_model_gives_them(db, recs) -> None:
    from upr_tracker.suggestions import Scored, TextSuggestions

    compute_suggestions(db, suggester=WordSuggester())
    with db.read() as session:
        found = pending_by_recommendation(session, list(recs.values()))
    assert found[recs["death"]] == TextSuggestions(Scored("4", 0.93), (Scored("Death penalty", 0.81),
                                                                        Scored("Justice", 0.4)), (Scored("16", 0.7),))
    assert found[recs["given"]] == TextSuggestions(None, (), (Scored("16", 0.7),))
    assert recs["nothing"] not in found


def test_a_theme_is_a_persons_even_when_another_recommendation_accepted_the_same_one(db, recs) -> None:
    compute_suggestions(db, suggester=WordSuggester())
    death_theme = {s.value: s.id for s in pending_suggestions(db, recs["death"])}["Death penalty"]
    accept_suggestion(db, death_theme)
    # A person gives the school recommendation the theme another recommendation got by suggestion.
    edit_recommendation(db, recs["school"], add_themes=["Death penalty"])
    assert {k for k, _v, _c in shown(db, recs["school"])} == {ACTION_CATEGORY, SDG}
    with db.read() as session:
        assert accepted_sources(session, [recs["school"]]) == {}


def test_the_json_export_carries_suggestions_and_value_sources_and_imports_again(db, recs, tmp_path) -> None:
    from upr_tracker.services.export_json import export_json
    from upr_tracker.services.export_tables import export_table
    from upr_tracker.services.json_import import import_json_export

    compute_suggestions(db, suggester=WordSuggester())
    pending = {(s.kind, s.value): s.id for s in pending_suggestions(db, recs["death"])}
    accept_suggestion(db, pending[(ACTION_CATEGORY, "4")])
    accept_suggestion(db, pending[(THEME, "Death penalty")])
    accept_suggestion(db, pending[(SDG, "16")])
    out = tmp_path / "export.json"
    export_json(db, out)
    records = {r["label"]: r for r in json.loads(out.read_text(encoding="utf-8"))["recommendations"]}
    source = f"suggested, accepted by {db.actor}"
    death = records["97.1"]
    assert death["suggestions"] == {"action_category": None, "themes": [{"term": "Justice", "confidence": 0.4}],
                                    "sdgs": []}
    assert death["value_sources"] == {"action_category": source, "themes": {"Death penalty": source},
                                      "sdgs": {"Peace, justice and strong institutions": source}}
    assert records["97.2"]["suggestions"] == {
        "action_category": {"value": 3, "confidence": 0.6}, "themes": [{"term": "Right to education", "confidence": 0.9}],
        "sdgs": [{"term": "4", "confidence": 0.85}, {"term": "10", "confidence": 0.3}]}
    assert "value_sources" not in records["97.2"]
    # The document's values have no source of that kind; nothing waits where nothing was suggested.
    assert "value_sources" not in records["120.1"]
    assert records["97.3"]["suggestions"] == {"action_category": None, "themes": [], "sdgs": []}
    # The table says which values came from accepted suggestions, in one column.
    table = tmp_path / "export.csv"
    export_table(db, table, "csv")
    import csv

    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["label"]: row for row in csv.DictReader(stream)}
    assert rows["97.1"]["accepted_suggestions"] == (
        f"action category 4 ({source}); theme Death penalty ({source}); "
        f"SDG Peace, justice and strong institutions ({source})")
    assert rows["97.2"]["accepted_suggestions"] == ""
    # Another database reads the file back (the suggestion keys do not stop it).
    with Database.open(tmp_path / "other.sqlite3", actor="other") as other:
        report = import_json_export(other, out)
        assert not report.problems
        copied = editable_recommendation(other, recs["death"])
    assert copied.action_category == 4 and copied.themes == ("Death penalty",)


CATEGORIES = st.none() | st.integers(min_value=1, max_value=5)
THEMES = st.lists(st.sampled_from(["Death penalty", "Justice", "Detention", "Right to education"]), max_size=2,
                  unique=True)
SDGS = st.lists(st.sampled_from(["4", "10", "16"]), max_size=2, unique=True)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_values=st.lists(st.tuples(st.sampled_from([DEATH, SCHOOL, DEATH + " at school"]), CATEGORIES, THEMES,
                                       SDGS), min_size=1, max_size=4),
       threshold=st.sampled_from([0.0, 0.5, 0.9]))
def test_whatever_was_given_accepting_everything_shown_changes_no_given_value(db_path, given_values,
                                                                             threshold) -> None:
    """Any mix of values given by a person or a document: after computing and accepting all that
    is shown, each kind a recommendation was given holds exactly what it was given."""
    with Database.open(db_path, actor="tester") as db:
        _forget_reviews(db)  # (the file is the test's: each example starts from no review)
        review = create_review(db, "Kazakhstan", 1, 7)
        ids = []
        for index, (text, category, themes, sdgs) in enumerate(given_values):
            rec = add_recommendation(db, review, text, label=f"1.{index}", action_category=category, themes=themes)
            if sdgs:
                with db.write() as session:
                    from upr_tracker.services.vocabularies import find_term
                    from upr_tracker.storage.models import Recommendation

                    recommendation = session.get(Recommendation, rec)
                    recommendation.terms = [*recommendation.terms, *(find_term(session, "sdgs", c) for c in sdgs)]
            ids.append(rec)
        compute_suggestions(db, suggester=WordSuggester(), accept_above=threshold)
        accept_suggestions(db, SuggestionFilter(min_confidence=threshold))
        for rec, (_text, category, themes, sdgs) in zip(ids, given_values):
            after = editable_recommendation(db, rec)
            if category is not None:
                assert after.action_category == category
            elif threshold == 0.0:  # every text here has a category suggested: accepted
                assert after.action_category is not None
            if themes:
                assert set(after.themes) == set(themes)
            elif threshold == 0.0:
                assert after.themes
            with db.read() as session:
                from upr_tracker.storage.models import Recommendation

                codes = {t.code for t in session.get(Recommendation, rec).terms if t.vocabulary == "sdgs"}
            if sdgs:
                assert codes == set(sdgs)


def _forget_reviews(db: Database) -> None:
    from sqlalchemy import delete

    from upr_tracker.storage.models import Recommendation, Review

    with db.write() as session:
        session.execute(delete(Suggestion))
        session.execute(delete(Recommendation))
        session.execute(delete(Review))
