"""Checks of the reference data shipped in resources/: the States and the vocabularies.

No Qt and no database: the files are read with ``json`` and matched with ``name_key``, the same
key an import uses, so a spelling found in a real document that does not resolve (or resolves to
two States) fails here rather than in a user's import.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT as KAZ_WG_REPORT
from tests.sample_paths import UPRINFO_CSV
from upr_tracker.domain.names import name_key

RESOURCES = Path(__file__).parent.parent / "resources"

REGIONAL_GROUPS = {"Africa", "Asia-Pacific", "EEG", "GRULAC", "WEOG"}
# UPR Info writes "Asia" for the Asia-Pacific Group and "Observer" for the observer States.
UPRINFO_GROUPS = {"Africa": "Africa", "Asia": "Asia-Pacific", "EEG": "EEG", "GRULAC": "GRULAC",
                  "WEOG": "WEOG"}
STATE_KEYS = {"iso3", "iso2", "name", "other_names", "regional_group", "status"}


def _load(name: str):
    with open(RESOURCES / name, encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture(scope="module")
def states() -> list[dict]:
    return _load("states.json")


@pytest.fixture(scope="module")
def vocabularies() -> dict:
    return _load("vocabularies.json")


@pytest.fixture(scope="module")
def state_index(states) -> dict[str, str]:
    """name_key of every name and other name -> iso3 (collisions are tested separately)."""
    index: dict[str, str] = {}
    for state in states:
        for name in [state["name"], *state["other_names"]]:
            index.setdefault(name_key(name), state["iso3"])
    return index


def _resolve(index: dict[str, str], name: str) -> str | None:
    return index.get(name_key(name))


# --- states.json -------------------------------------------------------------------------------


def test_states_have_exactly_the_expected_fields(states):
    for state in states:
        assert set(state) == STATE_KEYS, state
        assert isinstance(state["name"], str) and state["name"].strip() == state["name"] != ""
        assert isinstance(state["other_names"], list)
        for other in state["other_names"]:
            assert isinstance(other, str) and other.strip() == other != "", state["iso3"]


def test_193_members_and_2_observers(states):
    statuses = Counter(state["status"] for state in states)
    assert statuses == {"member": 193, "observer": 2}
    observers = {state["iso3"]: state["name"] for state in states if state["status"] == "observer"}
    assert observers == {"VAT": "Holy See", "PSE": "State of Palestine"}


def test_iso3_unique_and_three_uppercase_letters(states):
    codes = [state["iso3"] for state in states]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code


def test_iso2_unique_two_uppercase_letters_and_babels_own(states):
    """The alpha-2 code names the State in CLDR (through Babel): its alpha-3 code maps to it."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    codes = [state["iso2"] for state in states]
    assert len(codes) == len(set(codes))
    for state in states:
        assert re.fullmatch(r"[A-Z]{2}", state["iso2"]), state
        assert aliases[state["iso3"]][0] == state["iso2"], state


def test_regional_groups(states):
    for state in states:
        if state["iso3"] == "VAT":
            assert state["regional_group"] is None
        else:
            assert state["regional_group"] in REGIONAL_GROUPS, state
    groups = Counter(state["regional_group"] for state in states if state["status"] == "member")
    # UN regional groups, with the United States counted in WEOG (as UPR Info does) and
    # Kiribati in Asia-Pacific.
    assert groups == {"Africa": 54, "Asia-Pacific": 54, "EEG": 23, "GRULAC": 33, "WEOG": 29}
    by_iso = {state["iso3"]: state["regional_group"] for state in states}
    assert by_iso["TUR"] == "WEOG"
    assert by_iso["ISR"] == "WEOG"
    assert by_iso["USA"] == "WEOG"
    assert by_iso["KIR"] == "Asia-Pacific"
    assert by_iso["CYP"] == "Asia-Pacific"
    assert by_iso["PSE"] == "Asia-Pacific"


def test_states_sorted_by_name(states):
    keys = [name_key(state["name"]) for state in states]
    assert keys == sorted(keys)


def test_current_un_short_names(states):
    names = {state["iso3"]: state["name"] for state in states}
    expected = {
        "BOL": "Bolivia (Plurinational State of)",
        "IRN": "Iran (Islamic Republic of)",
        "TUR": "Türkiye",
        "CZE": "Czechia",
        "MKD": "North Macedonia",
        "SWZ": "Eswatini",
        "CIV": "Côte d'Ivoire",
        "CPV": "Cabo Verde",
        "VNM": "Viet Nam",
        "USA": "United States of America",
        "GBR": "United Kingdom of Great Britain and Northern Ireland",
        "LAO": "Lao People's Democratic Republic",
        "MDA": "Republic of Moldova",
        "PRK": "Democratic People's Republic of Korea",
        "SYR": "Syrian Arab Republic",
        "VEN": "Venezuela (Bolivarian Republic of)",
        "FSM": "Micronesia (Federated States of)",
        "TZA": "United Republic of Tanzania",
        "RUS": "Russian Federation",
        "NLD": "Netherlands (Kingdom of the)",
        "COD": "Democratic Republic of the Congo",
        "COG": "Congo",
        "KOR": "Republic of Korea",
    }
    for iso3, name in expected.items():
        assert names[iso3] == name


def test_no_name_key_shared_between_or_within_states(states):
    seen: dict[str, tuple[str, str]] = {}
    clashes = []
    for state in states:
        for name in [state["name"], *state["other_names"]]:
            key = name_key(name)
            assert key, name
            if key in seen:
                clashes.append((name, state["iso3"], *seen[key]))
            else:
                seen[key] = (name, state["iso3"])
    # A clash inside one State means a redundant other_name (e.g. "Cote d'Ivoire" beside
    # "Côte d'Ivoire"); across States it would make a spelling ambiguous.
    assert clashes == []


@pytest.mark.parametrize(
    ("spelling", "iso3"),
    [
        ("Turkey", "TUR"),
        ("Czech Republic", "CZE"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("the Former Yugoslav Republic of Macedonia", "MKD"),
        ("Swaziland", "SWZ"),
        ("Cape Verde", "CPV"),
        ("Libyan Arab Jamahiriya", "LBY"),
        ("Netherlands", "NLD"),
        ("Bolivia", "BOL"),
        ("Iran", "IRN"),
        ("Venezuela", "VEN"),
        ("Syria", "SYR"),
        ("Laos", "LAO"),
        ("Moldova", "MDA"),
        ("Tanzania", "TZA"),
        ("United States", "USA"),
        ("United Kingdom", "GBR"),
        ("USA", "USA"),
        ("UK", "GBR"),
        ("Russia", "RUS"),
        ("Vietnam", "VNM"),
        ("Cote d'Ivoire", "CIV"),
        ("COTE D’IVOIRE", "CIV"),
        ("Turkiye", "TUR"),
        ("Bosnia & Herzegovina", "BIH"),
        ("Republic of Congo", "COG"),
        ("Democratic Republic of Congo", "COD"),
        ("Palestine", "PSE"),
    ],
)
def test_known_spellings_resolve(state_index, spelling, iso3):
    assert _resolve(state_index, spelling) == iso3


def test_ambiguous_short_forms_do_not_resolve(state_index):
    # A bare "Korea" must not silently pick one of the two Koreas; bare "Congo", "Guinea" and
    # "Sudan" are UN short names of one State each, not prefixes of their neighbours.
    assert _resolve(state_index, "Korea") is None
    assert _resolve(state_index, "Congo") == "COG"  # the UN short name of the Republic
    assert _resolve(state_index, "Guinea") == "GIN"
    assert _resolve(state_index, "Sudan") == "SDN"


# --- the sample documents ----------------------------------------------------------------------


def _uprinfo_rows() -> list[dict[str, str]]:
    text = UPRINFO_CSV.read_bytes().decode("mac_roman")
    lines = [line for line in text.split("\r") if line]
    return list(csv.DictReader(lines))


def test_uprinfo_export_states_resolve(states, state_index):
    rows = _uprinfo_rows()
    assert len(rows) == 8343
    group_of = {state["iso3"]: state["regional_group"] for state in states}
    status_of = {state["iso3"]: state["status"] for state in states}
    unresolved = set()
    wrong_group = set()
    resolved = set()
    for row in rows:
        for column in ("To", "From"):
            iso3 = _resolve(state_index, row[column])
            if iso3 is None:
                unresolved.add(row[column])
                continue
            resolved.add(iso3)
            group = row[f"{column}-Rgrp"]
            if group == "Observer":
                ok = status_of[iso3] == "observer"
            else:
                ok = UPRINFO_GROUPS.get(group) == group_of[iso3]
            if not ok:
                wrong_group.add((row[column], group))
    assert unresolved == set()
    assert wrong_group == set()
    assert len(resolved) == 159  # distinct States named in sessions 6-9
    assert {"PRK", "COD", "COG", "MKD", "TTO", "CIV", "PSE", "VAT", "LAO", "SYR"} <= resolved


def test_uprinfo_export_issues_are_themes(vocabularies):
    rows = _uprinfo_rows()
    theme_keys = {name_key(theme["name"]) for theme in vocabularies["themes"]}
    issues = {issue.strip() for row in rows for issue in row["Issue"].split(",") if issue.strip()}
    assert issues
    assert {issue for issue in issues if name_key(issue) not in theme_keys} == set()


def _kazakhstan_recommending_groups() -> list[str]:
    """The trailing "(State, State)" of every recommendation in paragraphs 95 and 97."""
    text = KAZ_WG_REPORT.read_text(encoding="utf-8")
    start = text.index("95. The recommendations formulated")
    end = text.index("98. All conclusions")
    # A recommendation ends with the State(s) in parentheses, then ";" or "." (recommendation
    # 95.3 has two sentences from two States, each with its own parentheses). Parentheses
    # inside the text, e.g. "(WHO) with", are not followed by ";" or ".".
    return re.findall(r"\(([^()]+)\)\s*[;.]", text[start:end])


def _split_states(group: str, index: dict[str, str]) -> list[str]:
    """Split "A, B and C" into States, keeping names that contain "and" whole."""
    parts: list[str] = []
    for chunk in (part.strip() for part in group.split(",")):
        if not chunk:
            continue
        if _resolve(index, chunk) is None and " and " in chunk:
            parts.extend(piece.strip() for piece in chunk.split(" and "))
        else:
            parts.append(chunk)
    return parts


def test_kazakhstan_wg_report_recommending_states_resolve(state_index):
    groups = _kazakhstan_recommending_groups()
    # 102 recommendations in paragraph 95 and 26 in paragraph 97; 95.3 names two States.
    assert len(groups) == 129
    names = [name for group in groups for name in _split_states(group, state_index)]
    unresolved = {name for name in names if _resolve(state_index, name) is None}
    assert unresolved == set()
    resolved = {_resolve(state_index, name) for name in names}
    assert "KAZ" not in resolved
    # Inverted and typographic forms used in the report.
    assert {"IRN", "VEN", "LAO", "GBR", "CZE", "KOR", "VNM", "NLD", "USA", "RUS"} <= resolved
    assert len(resolved) == 45


# --- vocabularies.json -------------------------------------------------------------------------


def test_vocabulary_structure(vocabularies):
    assert set(vocabularies) == {"themes", "sdgs", "affected_persons"}
    for entry in vocabularies["themes"] + vocabularies["affected_persons"]:
        assert set(entry) == {"name"}
        assert isinstance(entry["name"], str) and entry["name"].strip() == entry["name"] != ""
    for entry in vocabularies["sdgs"]:
        assert set(entry) == {"code", "name"}


def test_54_unique_uprinfo_themes(vocabularies):
    names = [theme["name"] for theme in vocabularies["themes"]]
    assert len(names) == 54
    assert len(set(names)) == 54
    for name in ("Death penalty", "Women's rights", "Sexual Orientation and Gender Identity",
                 "Torture and other CID treatment", "HIV - Aids", "NHRI", "UPR process",
                 "Asylum-seekers - refugees", "Rights of the Child"):
        assert name in names


def test_17_sdgs(vocabularies):
    sdgs = vocabularies["sdgs"]
    assert [sdg["code"] for sdg in sdgs] == [str(n) for n in range(1, 18)]
    assert sdgs[0]["name"] == "No poverty"
    assert sdgs[4]["name"] == "Gender equality"
    assert sdgs[15]["name"] == "Peace, justice and strong institutions"
    assert sdgs[16]["name"] == "Partnerships for the goals"
    for sdg in sdgs:
        assert not sdg["name"].lower().startswith("goal")


def test_affected_persons(vocabularies):
    names = [person["name"] for person in vocabularies["affected_persons"]]
    assert 25 <= len(names) <= 40
    for name in ("Women & girls", "Children", "Persons with disabilities", "Migrants",
                 "Refugees & asylum-seekers", "Human rights defenders", "General",
                 "Lesbian, gay, bisexual, transgender and intersex persons",
                 "Persons deprived of their liberty"):
        assert name in names


@pytest.mark.parametrize("vocabulary", ["themes", "sdgs", "affected_persons"])
def test_no_near_duplicates_within_a_vocabulary(vocabularies, vocabulary):
    keys = [name_key(entry["name"]) for entry in vocabularies[vocabulary]]
    assert all(keys)
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert duplicates == []
