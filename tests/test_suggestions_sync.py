"""Suggestions travel by sync: a decision made on one laptop reaches the other, and suggestions
two laptops computed each on their own are recognised as the same (by recommendation, kind and
value), never doubled."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.suggesting_model import WordSuggester
from tests.sync_helpers import exchange, send
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.suggestions import (
    ACCEPTED,
    REJECTED,
    THEME,
    SuggestionFilter,
    accept_suggestion,
    compute_suggestions,
    list_suggestions,
    reject_suggestion,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Suggestion, SyncConflict


@pytest.fixture
def laptops(demo_file: Path, tmp_path: Path):
    shutil.copy(demo_file, tmp_path / "alice.sqlite3")
    alice = Database.open(tmp_path / "alice.sqlite3", actor="alice")
    bob = Database.open(tmp_path / "bob.sqlite3", actor="bob")
    send(alice, bob, everything=True)
    yield alice, bob
    alice.close()
    bob.close()


def rows(db: Database) -> set[tuple[str, str, str, str, str | None]]:
    with db.read() as session:
        return {(label, kind, value, status, decided_by) for label, kind, value, status, decided_by in session.execute(
            select(Recommendation.label, Suggestion.kind, Suggestion.value, Suggestion.status, Suggestion.decided_by)
            .join(Recommendation, Recommendation.id == Suggestion.recommendation_id))}


def test_a_decision_on_one_laptop_reaches_the_other_and_suggestions_are_not_doubled(laptops) -> None:
    alice, bob = laptops
    for db in laptops:
        with db.write() as session:  # the demo's texts, made to speak of what the stand-in model knows
            for rec in session.scalars(select(Recommendation).order_by(Recommendation.label).limit(3)):
                rec.text += " (death penalty, school)"
                rec.terms = [t for t in rec.terms if t.vocabulary != "themes"]
                rec.action_category = None
    exchange(alice, bob)
    compute_suggestions(alice, suggester=WordSuggester())
    compute_suggestions(bob, suggester=WordSuggester())
    themes = [row for row in list_suggestions(alice, SuggestionFilter(kind=THEME)) if row.value == "Death penalty"]
    justice = [row for row in list_suggestions(alice, SuggestionFilter(kind=THEME)) if row.value == "Justice"]
    assert themes and justice
    accept_suggestion(alice, themes[0].id)
    reject_suggestion(alice, justice[0].id)
    exchange(alice, bob)
    exchange(alice, bob)
    assert rows(alice) == rows(bob)
    # A decision on one side against a suggestion pending on the other asks no one.
    for db in laptops:
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0
    with bob.read() as session:
        assert session.scalar(select(func.count()).select_from(Suggestion)) == len(rows(bob))
    accepted = {(label, value) for label, _k, value, status, by in rows(bob) if status == ACCEPTED and by == "alice"}
    rejected = {(label, value) for label, _k, value, status, by in rows(bob) if status == REJECTED and by == "alice"}
    assert accepted == {(themes[0].label, "Death penalty")} and rejected == {(justice[0].label, "Justice")}
    assert "Death penalty" in editable_recommendation(bob, themes[0].recommendation_id).themes
    # Bob computing again suggests neither again.
    compute_suggestions(bob, suggester=WordSuggester())
    assert (justice[0].label, THEME, "Justice", REJECTED, "alice") in rows(bob)
    assert not [r for r in list_suggestions(bob, SuggestionFilter(kind=THEME))
                if (r.label, r.value) in accepted | rejected]
