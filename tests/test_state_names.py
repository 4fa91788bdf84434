"""States named in the UN's sorted form ("Macedonia (the former Yugoslav Republic of)"), as UPR
Info exports and UN indexes write them, are the States named the way they are said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_odd_dataset_rows import problems, row, rows_of, write_export
from upr_tracker.domain.names import name_key, name_keys
from upr_tracker.services.dataset_import import import_dataset
from upr_tracker.services.states import find_state
from upr_tracker.storage.database import Database


def test_the_sorted_form_has_the_key_of_the_name_as_said() -> None:
    assert name_keys("Macedonia (the former Yugoslav Republic of)")[-1] == name_key(
        "the former Yugoslav Republic of Macedonia")
    assert name_keys("Congo (the Democratic Republic of the)")[-1] == name_key("Democratic Republic of the Congo")
    assert name_keys("Tanzania (United Republic of)")[-1] == name_key("United Republic of Tanzania")
    # Brackets that are no sorted form add nothing.
    assert name_keys("France") == (name_key("France"),)
    assert name_keys("Korea (DPRK)") == (name_key("Korea (DPRK)"),)


@pytest.mark.parametrize(("written", "iso3"), [
    ("Macedonia (the former Yugoslav Republic of)", "MKD"),
    ("Congo (the Democratic Republic of the)", "COD"),
    ("Tanzania (United Republic of)", "TZA"),
    ("Iran (Islamic Republic of)", "IRN"),
    ("Venezuela (Bolivarian Republic of)", "VEN"),
    ("Bolivia (Plurinational State of)", "BOL"),
])
def test_a_state_is_found_by_its_sorted_name(db: Database, written: str, iso3: str) -> None:
    assert find_state(db, written).iso3 == iso3


def test_a_upr_info_row_from_a_state_in_its_sorted_form_is_not_unknown(db: Database, tmp_path: Path) -> None:
    path = write_export(tmp_path / "export.csv", [
        row("Chile", "Ratify the Convention on enforced disappearances", "Macedonia (the former Yugoslav Republic of)"),
        row("Chile", "Ratify the Convention on enforced disappearances", "Tanzania (United Republic of)"),
    ])
    import_dataset(db, path)
    [recommendation] = rows_of(db)
    assert sorted(recommendation.recommending_states) == ["North Macedonia", "United Republic of Tanzania"]
    assert "unknown_recommending_state" not in problems(db)
