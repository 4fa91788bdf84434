"""Domain rules, without Qt or a database."""

from __future__ import annotations

import datetime as dt

import pytest

from upr_tracker.domain.action_categories import parse_action_category
from upr_tracker.domain.cycles import check_session_in_cycle, cycle_of_session
from upr_tracker.domain.documents import DocumentKind, kind_of_symbol, normalise_symbol
from upr_tracker.domain.implementation import (
    AssessmentSource,
    ImplementationLevel,
    combined_level,
    latest_per_source,
    parse_level,
    parse_source,
)
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.milestones import DatePrecision, PartialDate
from upr_tracker.domain.names import name_key
from upr_tracker.domain.positions import Position, parse_position
from upr_tracker.errors import InvalidValueError

NOT, PARTLY, FULLY = (ImplementationLevel.NOT_IMPLEMENTED, ImplementationLevel.PARTIALLY_IMPLEMENTED,
                      ImplementationLevel.FULLY_IMPLEMENTED)


@pytest.mark.parametrize(
    ("wording", "position", "implemented"),
    [
        ("Accepted", Position.SUPPORTED, False),
        ("supported", Position.SUPPORTED, False),
        ("Noted", Position.NOTED, False),
        ("Not accepted", Position.NOTED, False),
        ("Rejected", Position.NOTED, False),
        ("Partially supported", Position.PARTIALLY_SUPPORTED, False),
        ("accepted in part", Position.PARTIALLY_SUPPORTED, False),
        ("Will be examined", Position.PENDING, False),
        ("pending", Position.PENDING, False),
        ("Accepted and considered already implemented", Position.SUPPORTED, True),
        ("partially_supported", Position.PARTIALLY_SUPPORTED, False),
        ("General response", None, False),
        ("Voluntary pledge", None, False),
    ],
)
def test_position_wordings(wording: str, position: Position | None, implemented: bool) -> None:
    reading = parse_position(wording)
    assert reading.position == position
    assert reading.considered_implemented is implemented


def test_unknown_position_names_the_field_and_the_value() -> None:
    with pytest.raises(InvalidValueError, match=r"Response: unknown position 'Maybe'"):
        parse_position("Maybe", field="Response")


@pytest.mark.parametrize(
    ("levels", "expected"),
    [
        ([], None),
        ([NOT], NOT),
        ([FULLY], FULLY),
        ([NOT, PARTLY], NOT),          # mean 0.25
        ([NOT, FULLY], PARTLY),        # mean 0.5
        ([PARTLY, FULLY], FULLY),      # mean 0.75
        ([NOT, NOT, FULLY], PARTLY),   # mean 0.333… is not below 0.33
        ([NOT, PARTLY, FULLY], PARTLY),
        ([PARTLY, FULLY, FULLY], FULLY),  # 0.833
        ([NOT, NOT, PARTLY], NOT),     # 0.1666
    ],
)
def test_combined_level_follows_upr_info_banding(levels: list, expected: ImplementationLevel | None) -> None:
    assert combined_level(levels) == expected


def test_a_source_that_reassessed_counts_once_with_its_latest_view() -> None:
    recorded = dt.datetime(2020, 1, 1)
    assessments = [
        (("ngo", "KIBHR"), dt.date(2012, 1, 1), recorded, NOT),
        (("ngo", "KIBHR"), dt.date(2014, 1, 1), recorded, FULLY),
        (("state", ""), None, recorded, PARTLY),
    ]
    assert sorted(latest_per_source(assessments)) == sorted([FULLY, PARTLY])


def test_levels_and_sources_read_as_written() -> None:
    assert parse_level("Partially implemented") is PARTLY
    assert parse_level("ongoing") is PARTLY
    assert parse_level("completed") is FULLY
    assert parse_level("no action") is NOT
    assert parse_source("UN body") is AssessmentSource.UN_BODY
    assert parse_source("ngo") is AssessmentSource.NGO
    with pytest.raises(InvalidValueError, match="level"):
        parse_level("mostly")
    with pytest.raises(InvalidValueError, match="source"):
        parse_source("journalist")


@pytest.mark.parametrize(("session", "cycle"), [(1, 1), (7, 1), (12, 1), (13, 2), (26, 2), (27, 3), (40, 3), (41, 4), (42, 4), (47, 4)])
def test_cycle_of_session(session: int, cycle: int) -> None:
    assert cycle_of_session(session) == cycle


def test_session_must_belong_to_the_cycle() -> None:
    check_session_in_cycle(1, 7)
    with pytest.raises(InvalidValueError, match="session 17 belongs to cycle 2"):
        check_session_in_cycle(1, 17)


def test_labels_sort_naturally() -> None:
    labels = ["97.10", "95.2", "97.2", "95.10", "115.1", None, "97.1"]
    ordered = sorted(labels, key=label_sort_key)
    assert ordered == ["95.2", "95.10", "97.1", "97.2", "97.10", "115.1", None]


def test_name_key_folds_spellings_together() -> None:
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire")
    assert name_key("Bosnia & Herzegovina") == name_key("Bosnia and Herzegovina")
    assert name_key("Death Penalty") == name_key("death  penalty")
    assert name_key("The former Yugoslav Republic of Macedonia") == name_key("former Yugoslav Republic of Macedonia")
    assert name_key("СВОБОДА") == name_key("свобода")
    assert name_key("Mexico") != name_key("Morocco")


def test_document_symbols() -> None:
    assert kind_of_symbol("A/HRC/14/10") is DocumentKind.WORKING_GROUP_REPORT
    assert kind_of_symbol("A/HRC/14/10/Add.1") is DocumentKind.ADDENDUM
    assert kind_of_symbol("a/hrc/14/10/ add.1") is DocumentKind.ADDENDUM
    assert kind_of_symbol("A/HRC/WG.6/7/KAZ/1") is DocumentKind.NATIONAL_REPORT
    assert kind_of_symbol("A/HRC/WG.6/7/KAZ/2") is DocumentKind.COMPILATION
    assert kind_of_symbol("A/HRC/WG.6/7/KAZ/3") is DocumentKind.STAKEHOLDER_SUMMARY
    assert kind_of_symbol("CCPR/C/KAZ/CO/1") is DocumentKind.OTHER
    assert normalise_symbol(" a/hrc/14/10/add.1 ") == "A/HRC/14/10/Add.1"


def test_partial_dates() -> None:
    year = PartialDate.parse("2009")
    month = PartialDate.parse("2009-07")
    day = PartialDate.parse("2009-07-10")
    assert (year.start, year.precision, year.display()) == (dt.date(2009, 1, 1), DatePrecision.YEAR, "2009")
    assert (month.start, month.precision, month.display()) == (dt.date(2009, 7, 1), DatePrecision.MONTH, "July 2009")
    assert (day.iso(), day.display()) == ("2009-07-10", "10 July 2009")
    with pytest.raises(InvalidValueError, match="not a date"):
        PartialDate.parse("July 2009")
    with pytest.raises(InvalidValueError, match="not a valid date"):
        PartialDate.parse("2009-02-30")


def test_action_categories() -> None:
    assert parse_action_category("4") == 4
    assert parse_action_category(5) == 5
    assert parse_action_category("") is None
    with pytest.raises(InvalidValueError, match="action category"):
        parse_action_category("6")
