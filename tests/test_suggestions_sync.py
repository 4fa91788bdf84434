"""Suggestions travel by sync: a decision made on one laptop reaches the other, and suggestions
two laptops computed each on their own are recognised as the same (by recommendation, kind and
value), never doubled. A decision outlives the deletion of the same suggestion while it was still
pending on the other laptop (computed again there with a model that no longer suggests it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.suggesting_model import WordSuggester
from tests.sync_helpers import exchange, send
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.suggestions import (
    ACCEPTED,
    REJECTED,
    SUGGESTED,
    THEME,
    SuggestionFilter,
    accept_suggestion,
    compute_suggestions,
    list_suggestions,
    reject_suggestion,
)
from upr_tracker.services.suggestions_reading import accepted_sources
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.models import Recommendation, Suggestion, SyncConflict
from upr_tracker.suggestions import TextSuggestions
from upr_tracker.sync.bundles import apply_bundle, create_bundle


def rows(db: Database) -> set[tuple[str, str, str, str, str | None]]:
    with db.read() as session:
        return {(label, kind, value, status, decided_by) for label, kind, value, status, decided_by in session.execute(
            select(Recommendation.label, Suggestion.kind, Suggestion.value, Suggestion.status, Suggestion.decided_by)
            .join(Recommendation, Recommendation.id == Suggestion.recommendation_id))}


def speak_of_the_model(*laptops: Database) -> None:
    """The demo's first texts, made to speak of what the stand-in model knows, without themes."""
    for db in laptops:
        with db.write() as session:
            for rec in session.scalars(select(Recommendation).order_by(Recommendation.label).limit(3)):
                rec.text += " (death penalty, school)"
                rec.terms = [t for t in rec.terms if t.vocabulary != "themes"]
                rec.action_category = None


class NewerModel(WordSuggester):
    """A later model that no longer suggests some themes."""

    model_version = "test-2"

    def __init__(self, dropped: set[str]) -> None:
        super().__init__()
        self.dropped = dropped

    def suggest(self, texts: Sequence[str]) -> list[TextSuggestions]:
        return [replace(found, themes=tuple(t for t in found.themes if t.value not in self.dropped))
                for found in super().suggest(texts)]


def test_a_decision_on_one_laptop_reaches_the_other_and_suggestions_are_not_doubled(demo_laptops) -> None:
    alice, bob = demo_laptops
    speak_of_the_model(alice, bob)
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
    for db in demo_laptops:
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


TEAM = Passphrase("the team's bundle passphrase")


def by_bundle(source: Database, target: Database, folder: Path) -> None:
    out = folder / f"from-{source.actor}-{uuid.uuid4().hex[:6]}.uprbundle"
    create_bundle(source, out, passphrase=TEAM)
    apply_bundle(target, out, passphrase=TEAM)


def alice_first(alice: Database, bob: Database, _folder: Path) -> None:
    send(alice, bob)
    send(bob, alice)


def bob_first(alice: Database, bob: Database, _folder: Path) -> None:
    send(bob, alice)
    send(alice, bob)


def bundles(alice: Database, bob: Database, folder: Path) -> None:
    by_bundle(alice, bob, folder)
    by_bundle(bob, alice, folder)


@pytest.mark.usefixtures("quick_scrypt")
@pytest.mark.parametrize("sync", [alice_first, bob_first, bundles], ids=lambda f: f.__name__)
def test_a_decision_outlives_the_suggestion_computed_away_on_the_other_laptop(
        demo_laptops, sync: Callable[[Database, Database, Path], None], tmp_path: Path) -> None:
    alice, bob = demo_laptops
    speak_of_the_model(alice)
    exchange(alice, bob)
    compute_suggestions(bob, suggester=WordSuggester())
    exchange(alice, bob)
    pending = list_suggestions(bob, SuggestionFilter(kind=THEME))
    first = next(row.recommendation_id for row in pending if row.value == "Justice")
    themes = {row.value: row for row in pending if row.recommendation_id == first}
    reject_suggestion(bob, themes["Justice"].id)
    accept_suggestion(bob, themes["Death penalty"].id)
    # Alice, not knowing yet, computes again with a model that suggests neither any more.
    compute_suggestions(alice, suggester=NewerModel({"Justice", "Death penalty"}))
    assert {r.value for r in list_suggestions(alice, SuggestionFilter(kind=THEME))} & set(themes) == set()
    sync(alice, bob, tmp_path)
    sync(alice, bob, tmp_path)
    label = themes["Justice"].label
    decided = {(label, THEME, "Justice", REJECTED, "bob"), (label, THEME, "Death penalty", ACCEPTED, "bob")}
    for db in demo_laptops:
        assert decided <= rows(db), db.actor
        with db.read() as session:
            sources = accepted_sources(session, [themes["Death penalty"].recommendation_id])
        assert sources[themes["Death penalty"].recommendation_id][(THEME, "Death penalty")] == \
            "suggested, accepted by bob"
    assert rows(alice) == rows(bob)
    # Neither laptop suggests the rejected theme again, whatever model computes.
    for db in demo_laptops:
        compute_suggestions(db, suggester=WordSuggester())
        assert not [r for r in list_suggestions(db, SuggestionFilter(kind=THEME))
                    if (r.label, r.value) in {(label, "Justice"), (label, "Death penalty")}]
        assert decided <= rows(db)


@pytest.mark.parametrize("sync", [alice_first, bob_first], ids=lambda f: f.__name__)
def test_a_decision_reaches_the_same_suggestion_computed_away_then_again(
        demo_laptops, sync: Callable[[Database, Database, Path], None]) -> None:
    alice, bob = demo_laptops
    speak_of_the_model(alice)
    exchange(alice, bob)
    compute_suggestions(bob, suggester=WordSuggester())
    exchange(alice, bob)
    justice = next(r for r in list_suggestions(bob, SuggestionFilter(kind=THEME)) if r.value == "Justice")
    reject_suggestion(bob, justice.id)
    compute_suggestions(alice, suggester=NewerModel({"Justice"}))
    compute_suggestions(alice, suggester=WordSuggester())  # pending again, under another id
    sync(alice, bob, Path())
    sync(alice, bob, Path())
    for db in demo_laptops:
        assert (justice.label, THEME, "Justice", REJECTED, "bob") in rows(db), db.actor
        assert (justice.label, THEME, "Justice", SUGGESTED, None) not in rows(db), db.actor
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(SyncConflict)) == 0


def test_a_decision_sent_in_part_is_sent_whole_when_its_deletion_is_refused(
        demo_laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    """A decision stamped field by field (as an earlier version did) reaches first the laptop that
    deleted the suggestion: that one cannot make it again yet; the laptop that decided refuses the
    deletion and sends the decided suggestion whole."""
    from upr_tracker.sync import scan

    alice, bob = demo_laptops
    speak_of_the_model(alice)
    exchange(alice, bob)
    compute_suggestions(bob, suggester=WordSuggester())
    exchange(alice, bob)
    justice = next(r for r in list_suggestions(bob, SuggestionFilter(kind=THEME)) if r.value == "Justice")
    monkeypatch.setattr(scan, "WHOLE_WHEN_DECIDED", frozenset())
    reject_suggestion(bob, justice.id)
    compute_suggestions(alice, suggester=NewerModel({"Justice"}))
    bob_first(alice, bob, Path())
    assert (justice.label, THEME, "Justice", REJECTED, "bob") in rows(bob)
    send(bob, alice)
    assert (justice.label, THEME, "Justice", REJECTED, "bob") in rows(alice)
    assert rows(alice) == rows(bob)


def test_a_decided_suggestion_goes_with_its_deleted_recommendation(demo_laptops) -> None:
    from upr_tracker.services.recommendations import delete_recommendation

    alice, bob = demo_laptops
    speak_of_the_model(alice)
    exchange(alice, bob)
    compute_suggestions(bob, suggester=WordSuggester())
    exchange(alice, bob)
    justice = next(r for r in list_suggestions(bob, SuggestionFilter(kind=THEME)) if r.value == "Justice")
    reject_suggestion(bob, justice.id)
    delete_recommendation(alice, justice.recommendation_id)
    exchange(alice, bob)
    exchange(alice, bob)
    for db in demo_laptops:
        with db.read() as session:
            assert session.get(Recommendation, justice.recommendation_id) is None
            assert session.scalar(select(func.count()).select_from(Suggestion).where(
                Suggestion.recommendation_id == justice.recommendation_id)) == 0
