"""States are named in the six UN languages as the UN names them (UNTERM's short names) where
they differ from CLDR's, and every spelling in every language finds the State."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.domain.reference import shipped_states
from upr_tracker.i18n.state_names import (
    LANGUAGES,
    cldr_name,
    iso3_of_name,
    spoken_form,
    state_name,
    state_names,
)
from tests.sample_paths import REPO

MEMBERS_AND_OBSERVERS = [state.iso3 for state in shipped_states()]


@pytest.mark.parametrize(("iso3", "language", "name"), [
    ("BOL", "en", "Bolivia (Plurinational State of)"),
    ("BOL", "fr", "Bolivie (État plurinational de)"),
    ("GBR", "fr", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"),
    ("KOR", "fr", "République de Corée"),
    ("RUS", "fr", "Fédération de Russie"),
    ("SYR", "fr", "République arabe syrienne"),
    ("FRA", "fr", "France"),
    ("DEU", "fr", "Allemagne"),
    ("GBR", "es", "Reino Unido de Gran Bretaña e Irlanda del Norte"),
    ("RUS", "es", "Federación de Rusia"),
    ("USA", "es", "Estados Unidos de América"),
    ("MEX", "es", "México"),
    ("GBR", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"),
    ("RUS", "ru", "Российская Федерация"),
    ("KAZ", "ru", "Казахстан"),
    ("GBR", "zh", "大不列颠及北爱尔兰联合王国"),
    ("CHN", "zh", "中国"),
    ("GBR", "ar", "المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية"),
    ("TUR", "en", "Türkiye"),
    ("TUR", "fr", "Türkiye"),
    ("VNM", "fr", "Viet Nam"),
    ("CZE", "fr", "Tchéquie"),
    ("CIV", "fr", "Côte d'Ivoire"),
    ("IRN", "es", "Irán (República Islámica del)"),
    ("VEN", "fr", "Venezuela (République bolivarienne du)"),
    ("FSM", "ru", "Микронезия (Федеративные Штаты)"),
    ("MDA", "fr", "République de Moldova"),
    ("TZA", "es", "República Unida de Tanzanía"),
    ("LAO", "fr", "République démocratique populaire lao"),
    ("PRK", "es", "República Popular Democrática de Corea"),
    ("COD", "fr", "République démocratique du Congo"),
    ("COG", "ru", "Конго"),
    ("NLD", "fr", "Pays-Bas (Royaume des)"),
    ("NLD", "en", "Netherlands (Kingdom of the)"),
])
def test_the_uns_name_in_each_language(iso3: str, language: str, name: str) -> None:
    assert state_name(iso3, language) == name


def test_cldr_names_where_the_un_says_nothing_else() -> None:
    assert cldr_name("ESP", "fr") == state_name("ESP", "fr") == "Espagne"
    assert state_name("JPN", "ru") == "Япония"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_state_has_a_name_in_every_language(language: str) -> None:
    assert len(MEMBERS_AND_OBSERVERS) == 195
    scripts = {"ar": "ARABIC", "zh": "CJK", "ru": "CYRILLIC"}
    for iso3 in MEMBERS_AND_OBSERVERS:
        name = state_name(iso3, language)
        assert name and name != iso3, (iso3, language)
        if language in scripts:
            # A real name in that script, not the English fallback.
            letters = [char for char in name if char.isalpha()]
            assert any(scripts[language] in unicodedata.name(char, "") for char in letters), (iso3, name)


def test_the_un_table_names_known_states_in_known_languages() -> None:
    table = json.loads((REPO / "resources" / "state_names_un.json").read_text(encoding="utf-8"))
    assert set(table) <= set(MEMBERS_AND_OBSERVERS)
    for names in table.values():
        assert set(names) <= {"fr", "es", "ru", "zh", "ar"}
        assert all(name.strip() == name != "" for name in names.values())


@pytest.mark.parametrize(("written", "iso3"), [
    ("Fédération de Russie", "RUS"),
    ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GBR"),
    ("Royaume-Uni", "GBR"),
    ("Estados Unidos de América", "USA"),
    ("Российская Федерация", "RUS"),
    ("Соединённое Королевство Великобритании и Северной Ирландии", "GBR"),   # ё for е
    ("république islamique d'Iran", "IRN"),        # the sorted form said in running text
    ("República Bolivariana de Venezuela", "VEN"),
    ("Исламская Республика Иран", "IRN"),
    ("Etats-Unis d'Amerique", "USA"),              # accents lost in extraction
    ("大不列颠及北爱尔兰联合王国", "GBR"),
    ("Türkiye", "TUR"),
    ("Turquie", "TUR"),
    ("Kazakhstan", "KAZ"),
])
def test_any_spelling_finds_the_state(written: str, iso3: str) -> None:
    assert iso3_of_name(written) == iso3


def test_a_name_of_no_state_finds_none() -> None:
    assert iso3_of_name("Atlantis") is None
    assert iso3_of_name("Union européenne") is None


def test_the_spoken_form_of_a_sorted_name() -> None:
    assert spoken_form("Iran (République islamique d')") == "République islamique d'Iran"
    assert spoken_form("Bolivia (Estado Plurinacional de)") == "Estado Plurinacional de Bolivia"
    assert spoken_form("France") is None


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(MEMBERS_AND_OBSERVERS), st.sampled_from(LANGUAGES))
def test_every_name_given_finds_its_state_again(iso3: str, language: str) -> None:
    assert iso3_of_name(state_name(iso3, language)) == iso3
    assert state_name(iso3, language) in state_names(iso3)


@pytest.mark.parametrize(("written", "iso3"), [
    ("Fédération de Russie", "RUS"),
    ("Estados Unidos de América", "USA"),
    ("Соединенное Королевство Великобритании и Северной Ирландии", "GBR"),
])
def test_the_database_finds_a_state_by_its_name_in_another_language(db, written: str, iso3: str) -> None:
    from upr_tracker.services.states import find_state

    assert find_state(db, written).iso3 == iso3
