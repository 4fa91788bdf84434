"""The suggestion model shipped in the package: it loads through importlib.resources, suggests what
UPR Info would for plain cases, and gives the probabilities scikit-learn gave when it was trained."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.suggestions import Scored, Suggester, TextSuggestions, load_suggester
from upr_tracker.suggestions.model_files import ModelFileError, read_issue_sdgs, read_model

THEMES = {t["name"] for t in json.loads(resources.files("upr_tracker.resources")
                                        .joinpath("vocabularies.json").read_text(encoding="utf-8"))["themes"]}


@pytest.fixture(scope="module")
def suggester() -> Suggester:
    return load_suggester()


def test_the_model_loads_from_the_package_once(suggester: Suggester) -> None:
    assert load_suggester() is suggester
    assert suggester.model_version and suggester.model_version != "unknown"
    folder = resources.files("upr_tracker.resources.models")
    assert folder.joinpath("suggestions.npz").is_file()
    # Small enough to ship: well under 20 MB.
    assert len(folder.joinpath("suggestions.npz").read_bytes()) < 20 * 1024 * 1024


@pytest.mark.parametrize(("text", "category"), [
    ("Ratify the Second Optional Protocol to the ICCPR", "5"),
    ("Continue its efforts to improve the situation of persons with disabilities", "2"),
    ("Continue its efforts to promote gender equality", "2"),
    ("Consider ratifying the Convention on the Rights of Persons with Disabilities", "3"),
    ("Consider ratifying the Optional Protocol to the Convention against Torture", "3"),
    ("Share its experience and best practices in the promotion of women's rights with other States", "1"),
    ("Ensure that all children have access to free primary education", "4"),
])
def test_plain_texts_get_the_category_of_their_first_verb(suggester: Suggester, text: str, category: str) -> None:
    suggested = suggester.suggest_one(text).action_category
    assert suggested is not None and suggested.value == category
    assert 0.5 < suggested.confidence <= 1.0


@pytest.mark.parametrize(("text", "theme", "sdg"), [
    ("Abolish the death penalty", "Death penalty", "16"),
    ("Take measures to combat violence against women, including domestic violence", "Women's rights", "5"),
    ("Guarantee free and compulsory primary education for all children", "Right to education", "4"),
    ("Adopt a national strategy to reduce poverty in rural areas", "Poverty", "1"),
])
def test_themes_and_the_sdgs_they_serve(suggester: Suggester, text: str, theme: str, sdg: str) -> None:
    suggested = suggester.suggest_one(text)
    assert theme in [s.value for s in suggested.themes]
    assert sdg in [s.value for s in suggested.sdgs]
    # An SDG's confidence is that of the most likely theme serving it.
    by_theme = {s.value: s.confidence for s in suggested.themes}
    sdg_confidence = next(s.confidence for s in suggested.sdgs if s.value == sdg)
    assert sdg_confidence >= by_theme[theme]
    assert sdg_confidence in by_theme.values()


def test_suggestions_are_ordered_best_first_and_use_the_app_vocabularies(suggester: Suggester) -> None:
    texts = ["Ensure that human rights defenders and journalists can work freely and without fear of reprisal",
             "Strengthen the national human rights institution in line with the Paris Principles",
             "Take further steps to combat trafficking in persons, in particular women and children"]
    for suggested in suggester.suggest(texts):
        assert suggested.themes, "the most likely theme is shown"
        assert all(s.value in THEMES for s in suggested.themes)
        assert all(s.value in {str(n) for n in range(1, 18)} for s in suggested.sdgs)
        for shown in (suggested.themes, suggested.sdgs):
            confidences = [s.confidence for s in shown]
            assert confidences == sorted(confidences, reverse=True)
            assert len({s.value for s in shown}) == len(shown)


def test_a_batch_gives_what_each_text_gives_alone(suggester: Suggester) -> None:
    texts = ["Abolish the death penalty", "", "Continue to cooperate with the special procedures",
             "Consider ratifying ILO Convention No. 169"] * 3
    assert suggester.suggest(texts) == [suggester.suggest_one(t) for t in texts]


@pytest.mark.parametrize("text", ["", "   ", "…", "zzqx wvvq"])
def test_text_the_model_cannot_read_gets_no_suggestion(suggester: Suggester, text: str) -> None:
    assert suggester.suggest_one(text) == TextSuggestions(None, (), ())


def test_an_uncertain_category_is_not_shown(suggester: Suggester) -> None:
    """Below the threshold chosen on the validation session, no category is suggested."""
    texts = ["Kazakhstan", "The delegation", "Human rights", "Improve and ratify and continue to consider"]
    scored = suggester.probabilities(texts)
    for text, row in zip(texts, scored.category):
        suggested = suggester.suggest_one(text).action_category
        if row.max() < suggester.category_threshold:
            assert suggested is None
        else:
            assert suggested == Scored(scored.categories[int(row.argmax())], round(float(row.max()), 4))


def test_inference_gives_the_training_time_probabilities(suggester: Suggester) -> None:
    """The probabilities scikit-learn's fitted estimators gave at training time (kept in the metadata)
    come back from the portable arrays."""
    checks = suggester.model.metadata["checks"]
    assert len(checks) >= 5
    scored = suggester.probabilities([c["text"] for c in checks])
    for row, check in enumerate(checks):
        np.testing.assert_allclose(scored.category[row], check["categories"], atol=1e-4)
        np.testing.assert_allclose(scored.issue[row], check["issues"], atol=1e-4)
    assert np.allclose(scored.category.sum(axis=1), 1.0)


def test_the_metadata_says_how_good_and_on_what(suggester: Suggester) -> None:
    metadata = suggester.model.metadata
    assert metadata["trained_on"]["sessions"] == [6, 7, 8, 9]
    metrics = metadata["metrics"]
    assert metrics["test_session"] == 9 and metrics["validation_session"] == 8
    category = metrics["action_category"]
    assert category["model"]["agreement"] > category["rules"]["agreement"]
    assert category["at_threshold"]["agreement"] >= 0.88 and category["at_threshold"]["coverage"] >= 0.8
    assert metrics["themes"]["micro_f1"] >= 0.8
    assert "not measured" in metrics["sdgs"]


def test_every_theme_maps_to_known_sdgs() -> None:
    mapping = read_issue_sdgs(resources.files("upr_tracker.resources.models")
                              .joinpath("issue_sdgs.json").read_text(encoding="utf-8"))
    assert set(mapping) == THEMES
    assert all(code in {str(n) for n in range(1, 18)} for codes in mapping.values() for code in codes)
    assert mapping["Right to education"] == ("4",) and mapping["Women's rights"] == ("5",)
    assert mapping["Technical assistance and cooperation"] == ("17",)


def test_a_damaged_model_file_is_named_in_the_error(tmp_path) -> None:
    with pytest.raises(ModelFileError, match="broken.npz"):
        read_model(tmp_path / "missing.npz", json.dumps({"format": 1}), source="broken.npz")
    with pytest.raises(ModelFileError, match="format"):
        read_model(tmp_path / "missing.npz", json.dumps({"format": 99}), source="broken.npz")


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_well_formed_suggestions(text: str) -> None:
    suggested = load_suggester().suggest_one(text)
    shown = ([suggested.action_category] if suggested.action_category else []) + [*suggested.themes, *suggested.sdgs]
    assert all(0.0 <= s.confidence <= 1.0 for s in shown)
    if suggested.action_category:
        assert suggested.action_category.value in {"1", "2", "3", "4", "5"}


@pytest.mark.parametrize("text", [
    "Poursuivre ses efforts pour lutter contre la traite des êtres humains",
    "Ratifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques",
    "Seguir fortaleciendo la institución nacional de derechos humanos de conformidad con los Principios de París",
    "Ратифицировать Конвенцию о правах инвалидов",
])
def test_a_text_in_another_language_gets_no_suggestion(suggester: Suggester, text: str) -> None:
    """The model learnt English: read as English, French or Spanish would get confident, wrong suggestions."""
    assert suggester.suggest_one(text) == TextSuggestions(None, (), ())


def test_english_with_a_few_unknown_names_is_still_read(suggester: Suggester) -> None:
    suggested = suggester.suggest_one("End the incarceration of political prisoners, including Leonard Peltier")
    assert suggested.themes
