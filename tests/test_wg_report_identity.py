"""Who a Working Group report is about and when, from whatever clue its text gives: titles that
lost or gained spaces, a footnote mark, a line break; State names in all their spellings; the
cycle from the Working Group session, the symbol's Council session or the year of the review."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.domain.cycles import cycle_of_council_session, cycle_of_review_year
from upr_tracker.domain.names import name_key
from upr_tracker.domain.reference import shipped_states
from upr_tracker.parsing.parsed import ProblemKind
from upr_tracker.parsing.wg_report import parse_working_group_report
from upr_tracker.parsing.wg_report_identity import (
    REPORT_TITLE,
    known_state_name,
    likeliest_state_names,
)
from upr_tracker.services.document_reading import ImportKind, kind_of_text

BODY = """Introduction
1. The Working Group on the Universal Periodic Review, established in accordance with Human
Rights Council resolution 5/1 of 18 June 2007, held its {session} session from 2 to 13 May {year}.
The review of {state} was held at the 3rd meeting on 4 May {year}.
II. Conclusions and/or recommendations
90. The following recommendations will be examined by {state}:
90.1. Ratify the Convention against Torture (France);
90.2. Adopt a law against domestic violence (Chile).
91. All conclusions and/or recommendations contained in the present report reflect the position…
"""


def report(title_block: str, *, session: str = "fourth", year: int = 2009, state: str = "the State",
           symbol: str = "A/HRC/11/21") -> str:
    cover = f"United Nations {symbol}\nGeneral Assembly Distr.: General\n3 June {year}\nHuman Rights Council\n"
    return cover + title_block + "\n" + BODY.format(session=session, year=year, state=state)


@pytest.mark.parametrize(("title_block", "state"), [
    ("Report of the Working Group on the UniversalPeriodic Review*\nIslamic Republic of Iran", "Islamic Republic of Iran"),
    ("Report of the Working Group on the UniversalPeriodic Review.\nCôte d’Ivoire", "Côte d’Ivoire"),
    ("Report of the Working\nGroup on the Universal Periodic Review*\nthe former Yugoslav Republic of Macedonia",
     "the former Yugoslav Republic of Macedonia"),
    ("ReportoftheWorkingGroupontheUniversalPeriodic\nReview*\nIslamicRepublicofIran", "Iran (Islamic Republic of)"),
    ("REPORT OF THE WORKING GROUP ON THE UNIVERSAL PERIODIC REVIEW*\nDEMOCRATIC PEOPLE’S REPUBLIC OF KOREA",
     "DEMOCRATIC PEOPLE’S REPUBLIC OF KOREA"),
    ("Report of the Working Group on the Universal Periodic Review1\nIran (Islamic Republic of)",
     "Iran (Islamic Republic of)"),
    ("Report of the Working Group on the Universal Periodic Review* Cote d'Ivoire", "Cote d'Ivoire"),
])
def test_titles_and_states_as_extraction_leaves_them(title_block: str, state: str) -> None:
    text = report(title_block)
    identity = parse_working_group_report(text).identity
    assert identity.title == REPORT_TITLE
    assert identity.state_name == state
    assert (identity.session, identity.cycle) == (4, 1)
    assert kind_of_text(text) is ImportKind.WG_REPORT


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "  ", "\n", " \n  "]), min_size=9, max_size=9),
       st.sampled_from(["*", ".", "**", "1", ""]))
def test_the_title_is_found_whatever_the_spacing_between_its_words(gaps: list[str], mark: str) -> None:
    words = REPORT_TITLE.split()
    title = words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:], strict=True)) + mark
    identity = parse_working_group_report(report(f"{title}\nNepal")).identity
    assert (identity.title, identity.state_name) == (REPORT_TITLE, "Nepal")


def test_every_state_name_is_known_with_its_spaces_lost() -> None:
    for state in shipped_states():
        for name in (state.name, *state.other_names):
            if len(name_key(name)) < 4:
                continue
            found = known_state_name(name.replace(" ", ""))
            assert found is not None, name
            assert any(name_key(found) == name_key(n) for n in (state.name, *state.other_names)), (name, found)


def test_without_a_title_the_state_is_the_one_whose_review_was_held() -> None:
    text = "United Nations A/HRC/8/21\n" + BODY.format(session="first", year=2008, state="Tunisia")
    identity = parse_working_group_report(text).identity
    assert (identity.title, identity.state_name, identity.session, identity.cycle) == (None, "Tunisia", 1, 1)


def test_the_delegation_names_the_state_when_nothing_else_does() -> None:
    text = "The delegation of the Lao People’s Democratic Republic was headed by Mr. X.\n"
    assert parse_working_group_report(text).identity.state_name == "Lao People’s Democratic Republic"


def test_the_session_named_on_the_cover_after_the_working_group() -> None:
    text = ("Human Rights Council\nWorking Group on the Universal Periodic Review\nFourth session\n"
            "Geneva, 2–13 February 2009\nReport of the Working Group on the Universal Periodic Review*\nCameroon\n")
    identity = parse_working_group_report(text).identity
    assert (identity.state_name, identity.session, identity.cycle) == ("Cameroon", 4, 1)


def test_the_council_session_of_the_title_page_is_not_the_working_group_session() -> None:
    text = ("Human Rights Council\nFourteenth session\nAgenda item 6\nUniversal Periodic Review\n"
            "Report of the Working Group on the Universal Periodic Review*\nKazakhstan\n")
    identity = parse_working_group_report(text).identity
    assert (identity.session, identity.cycle) == (None, None)


@pytest.mark.parametrize(("symbol", "cycle"), [
    ("A/HRC/8/21", 1), ("A/HRC/19/12", 1), ("A/HRC/21/6", 2), ("A/HRC/28/10", 2), ("A/HRC/36/4", 3),
    ("A/HRC/50/11", 3), ("A/HRC/52/9", 4), ("A/HRC/54/11", 4),
])
def test_the_cycle_from_the_symbol_when_the_session_is_not_said(symbol: str, cycle: int) -> None:
    text = f"{symbol}\nReport of the Working Group on the Universal Periodic Review*\nNepal\n"
    identity = parse_working_group_report(text).identity
    assert (identity.symbol, identity.session, identity.cycle) == (symbol, None, cycle)


def test_the_cycle_from_the_year_of_the_review_when_nothing_else_says_it() -> None:
    text = ("Report of the Working Group on the Universal Periodic Review*\nNepal\n"
            "The review of Nepal was held at the 5th meeting on 25 January 2011.\n")
    identity = parse_working_group_report(text).identity
    assert (identity.symbol, identity.session, identity.cycle) == (None, None, 1)


def test_a_symbol_that_disagrees_with_the_session_is_reported() -> None:
    document = parse_working_group_report(report("Report of the Working Group on the Universal Periodic Review*\n"
                                                 "Nepal", session="seventeenth", year=2013, symbol="A/HRC/14/10"))
    assert document.identity.cycle == 2
    assert [p.kind for p in document.problems] == [ProblemKind.UNREADABLE]
    assert "A/HRC/14/10" in document.problems[0].message and "cycle 2 was taken" in document.problems[0].message


def test_cycles_of_council_sessions_and_years() -> None:
    assert [cycle_of_council_session(n) for n in (7, 8, 19, 20, 21, 34, 35, 36, 50, 51, 52, 53)] == \
        [None, 1, 1, None, 2, 2, None, 3, 3, None, 4, 4]
    assert [cycle_of_review_year(y) for y in (2007, 2008, 2011, 2012, 2016, 2017, 2022, 2023)] == \
        [None, 1, 1, 2, 2, 3, None, 4]   # 2022: the third cycle ended, the fourth began


def test_the_likeliest_states_are_those_the_text_names_most() -> None:
    text = ("The delegation thanked Germany. Nepal has adopted a law. Nepal will examine the recommendations. "
            "Germany and France spoke. In Nepal, a commission was set up.")
    assert likeliest_state_names(text)[:2] == ["Nepal", "Germany"]


def test_a_line_under_the_title_that_is_no_known_state_yields_to_the_state_reviewed() -> None:
    text = ("Report of the Working Group on the Universal Periodic Review*\nIntroduction\n"
            "The review of Nepal was held at the 5th meeting on 25 January 2011.\n")
    assert parse_working_group_report(text).identity.state_name == "Nepal"
    unknown = "Report of the Working Group on the Universal Periodic Review*\nRuritania\n"
    assert parse_working_group_report(unknown).identity.state_name == "Ruritania"   # kept: the import asks
