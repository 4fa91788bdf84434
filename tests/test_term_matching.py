"""Terms written in imported files are matched to the vocabularies, never added as near-duplicates."""

from __future__ import annotations

import pytest

from upr_tracker.services.term_matching import TermMatcher, stem_key
from upr_tracker.services.vocabularies import list_terms
from upr_tracker.storage.database import Database


@pytest.mark.parametrize(
    ("vocabulary", "written", "expected"),
    [
        ("themes", "Death Penalty", "Death penalty"),
        ("themes", "death  penalty", "Death penalty"),
        ("themes", "Minority", "Minorities"),
        ("themes", "Torture", "Torture and other CID treatment"),
        ("themes", "Rights of the child", "Rights of the Child"),
        ("sdgs", "5", "Gender equality"),
        ("sdgs", "SDG 5", "Gender equality"),
        ("sdgs", "Goal 16 - Peace, justice and strong institutions", "Peace, justice and strong institutions"),
        ("affected_persons", "women", "Women & girls"),
    ],
)
def test_spellings_match_the_stored_term(db: Database, vocabulary: str, written: str, expected: str) -> None:
    with db.write() as session:
        notices: list[str] = []
        term = TermMatcher(session).match(vocabulary, written, notices)
        assert term is not None and term.name == expected


def test_new_terms_are_added_and_named_unknown_sdgs_are_refused(db: Database) -> None:
    before = {v: len(list_terms(db, v)) for v in ("themes", "sdgs")}
    with db.write() as session:
        matcher = TermMatcher(session)
        notices: list[str] = []
        assert matcher.match("sdgs", "SDG 18", notices) is None
        assert matcher.match("themes", "Digital rights", notices).name == "Digital rights"
        assert matcher.match("themes", "Right to", notices).name == "Right to"  # ambiguous: several start so
        summary = matcher.summary()
    assert any("SDG 18" in n and "not one of the 17" in n for n in notices)
    assert summary == ["themes: 2 new terms added: 'Digital rights', 'Right to'"]
    assert len(list_terms(db, "sdgs")) == before["sdgs"] == 17
    assert len(list_terms(db, "themes")) == before["themes"] + 2


def test_stem_key() -> None:
    assert stem_key("Minorities") == stem_key("minority")
    assert stem_key("Migrants") == stem_key("Migrant")
    assert stem_key("Press") == "press"


@pytest.mark.parametrize("added_before", [[], ["women - migrants"], ["Women human rights defenders"],
                                          ["Womens groups", "women and children"]])
def test_a_name_meets_the_same_term_whatever_this_import_added_before_it(db: Database,
                                                                        added_before: list[str]) -> None:
    with db.write() as session:
        matcher = TermMatcher(session)
        notices: list[str] = []
        for name in added_before:
            matcher.match("affected_persons", name, notices)
        assert matcher.match("affected_persons", "women", notices).name == "Women & girls"
        assert matcher.match("affected_persons", "Women", notices).name == "Women & girls"
        assert "women" not in [name.lower() for name in matcher.added.get("affected_persons", [])]
