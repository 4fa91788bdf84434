"""`upr-tracker search`: how many results there are beyond --limit, and which recommendation a
response, milestone or note found is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.services import milestones, notes, recommendations, responses, reviews
from upr_tracker.services.search import concerned_recommendations, count_hits, search
from upr_tracker.services.values import RecommendationReference
from upr_tracker.storage.database import Database


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Database.open(db_path, actor="tester") as db:
        kazakhstan = reviews.create_review(db, "Kazakhstan", 1, 7)
        ids = [recommendations.add_recommendation(db, kazakhstan, f"Abolish the death penalty, step {n}",
                                                  label=f"97.{n}") for n in (2, 12, 3)]
        responses.record_response(db, ids[:2], "noted", response_text="The death penalty stays for now.")
        notes.add_note(db, "Met the minister about the death penalty", recommendation_id=ids[1])
        france = reviews.create_review(db, "France", 2, 15)
        other = recommendations.add_recommendation(db, france, "Ratify the Optional Protocol", label="120.4")
        moratorium = milestones.add_milestone(db, "KAZ", "moratorium", "Moratorium on the death penalty",
                                              date="2003-12")
        milestones.link_milestone(db, moratorium, [ids[0], ids[2]])
        milestones.add_milestone(db, "FRA", "law", "Death penalty abolished in the Constitution", date="2007-02")
        notes.add_note(db, "Asked about the protocol, not the death penalty", recommendation_id=other)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_a_limited_search_says_how_many_there_are_in_all(filled_db: Path, capsys) -> None:
    out = run(capsys, "search", "--db", str(filled_db), "death", "--limit", "3")
    assert out.strip().endswith("3 of 8 results (--limit 3).")
    out = run(capsys, "search", "--db", str(filled_db), "death")
    assert out.strip().endswith("\n8 results.")
    data = json.loads(run(capsys, "search", "--db", str(filled_db), "death", "--limit", "2", "--json"))
    assert data["count"] == 2 and data["total"] == 8


def test_a_hit_that_is_not_a_recommendation_names_the_recommendations_it_concerns(filled_db: Path, capsys) -> None:
    out = run(capsys, "search", "--db", str(filled_db), "death")
    lines = out.splitlines()

    def line_after(title_start: str) -> str:
        index = next(i for i, line in enumerate(lines) if line.startswith(title_start))
        return lines[index + 2].strip()

    assert line_after("Response (noted) to 97.2, 97.12") == "on Kazakhstan, cycle 1: 97.2, 97.12"
    assert line_after("Note by") in {"on Kazakhstan, cycle 1: 97.12", "on France, cycle 2: 120.4"}
    assert line_after("Milestone: Moratorium") == "on Kazakhstan, cycle 1: 97.2, 97.3"
    assert line_after("Milestone: Death penalty abolished") == "linked to no recommendation"
    data = json.loads(run(capsys, "search", "--db", str(filled_db), "minister", "--json"))
    [note] = data["results"]
    assert note["kind"] == "note"
    assert note["recommendations"] == [{"state": "Kazakhstan", "cycle": 1, "label": "97.12"}]


def test_a_recommendation_hit_carries_no_second_reference(filled_db: Path) -> None:
    with Database.open(filled_db, actor="tester") as db:
        hits = search(db, "protocol", kinds=["recommendation"])
        assert [h.recommendations for h in hits] == [()]
        assert count_hits(db, "protocol") == 2 and count_hits(db, "protocol", kinds=["note"]) == 1


def test_many_labels_are_cut_short_and_reviews_kept_apart() -> None:
    references = [RecommendationReference("Kazakhstan", 1, f"97.{n}") for n in range(20, 0, -1)]
    references.append(RecommendationReference("Kazakhstan", 2, "122.4"))
    text = concerned_recommendations(references)
    assert text == ("on Kazakhstan, cycle 1: 97.1, 97.2, 97.3, 97.4, 97.5, 97.6, 97.7, 97.8, 97.9, 97.10, 97.11, "
                    "97.12 and 8 more; Kazakhstan, cycle 2: 122.4")


@given(st.lists(st.tuples(st.sampled_from(["Chile", "Niger"]), st.integers(1, 4),
                          st.none() | st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,3})?[a-z]?", fullmatch=True))))
def test_every_review_is_named_once_whatever_the_labels(raw: list) -> None:
    references = [RecommendationReference(*r) for r in raw]
    text = concerned_recommendations(references)
    for state, cycle in {(r.state, r.cycle) for r in references}:
        assert text.count(f"{state}, cycle {cycle}:") == 1
    assert bool(references) == text.startswith("on ")
