"""Recommended again: links between a recommendation and its successor in the next cycle, made by
hand or suggested by similar wording, decided by a person; the filter, the command line."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    add_recommendation,
    count_recommendations,
    list_recommendation_ids,
)
from upr_tracker.services.recommendation_editing import find_recommendation
from upr_tracker.services.recommended_again import (
    SUGGESTION_THRESHOLD,
    decide_suggestion,
    link_by_hand,
    recommendation_chain,
    related_recommendations,
    remove_link,
    suggest_recommended_again,
    suggestion_rows,
)
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.suggestions.similarity import similar_pairs

# Each case: (earlier text, later text, suggested?). Repeats in other words, and pairs that share
# only a frame of words ("ratify the Optional Protocol to", "review legislation").
FIRST_CYCLE = {
    "97.1": "To completely abolish the death penalty and, to that end, to ratify as soon as possible the Second "
            "Optional Protocol to the International Covenant on Civil and Political Rights",
    "97.2": "To establish a national preventive mechanism in accordance with the Optional Protocol to the "
            "Convention against Torture",
    "97.3": "To ratify the Optional Protocol to the Convention on the Rights of the Child on a communications procedure",
    "97.4": "To amend legislation containing libel and defamation clauses",
}
SECOND_CYCLE = {
    "125.1": "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights, "
             "aiming at the abolition of the death penalty",
    "125.2": "Establish a national preventive mechanism in line with the Optional Protocol to the Convention "
             "against Torture",
    "125.3": "Ratify the Optional Protocol to CRPD",
    "125.4": "Review legislation on freedom of religion",
    "125.5": "Ratify",
}


@pytest.fixture
def two_cycles(db: Database) -> dict[str, uuid.UUID]:
    first = create_review(db, "Kazakhstan", 1, 7)
    second = create_review(db, "Kazakhstan", 2, 20)
    ids = {label: add_recommendation(db, first, text, label=label) for label, text in FIRST_CYCLE.items()}
    ids |= {label: add_recommendation(db, second, text, label=label) for label, text in SECOND_CYCLE.items()}
    return ids


def test_suggestions_pair_the_repeats_and_not_the_frames(db: Database, two_cycles: dict[str, uuid.UUID]) -> None:
    report = suggest_recommended_again(db, "KAZ")
    assert report.cycles == ((1, 2),)
    pairs = {(e.label, later.label): score for _id, score, e, later in suggestion_rows(db, "KAZ")}
    assert set(pairs) == {("97.1", "125.1"), ("97.2", "125.2")}
    assert all(SUGGESTION_THRESHOLD <= score <= 100 for score in pairs.values())
    assert report.created == 2
    # Suggesting again adds nothing: the pairs are there already.
    again = suggest_recommended_again(db, "KAZ")
    assert (again.created, again.already_linked) == (0, 2)


def test_a_rejected_suggestion_is_kept_and_never_suggested_again(db: Database, two_cycles: dict[str, uuid.UUID]) -> None:
    suggest_recommended_again(db, "KAZ")
    [(link_id, _score, _earlier, _later)] = [s for s in suggestion_rows(db, "KAZ") if s[2].label == "97.2"]
    decide_suggestion(db, link_id, accept=False)
    assert suggest_recommended_again(db, "KAZ").created == 0
    [rejected] = suggestion_rows(db, "KAZ", status="rejected")
    assert (rejected[2].label, rejected[3].label) == ("97.2", "125.2")
    assert related_recommendations(db, two_cycles["97.2"]) == ()  # not shown
    [shown] = related_recommendations(db, two_cycles["97.2"], with_rejected=True)
    assert shown.status == "rejected" and shown.decided_by == db.actor and shown.decided_at is not None


def test_an_accepted_suggestion_is_confirmed_and_joins_the_chain(db: Database, two_cycles: dict[str, uuid.UUID]) -> None:
    suggest_recommended_again(db, "KAZ")
    [(link_id, score, _e, _l)] = [s for s in suggestion_rows(db, "KAZ") if s[2].label == "97.1"]
    assert recommendation_chain(db, two_cycles["97.1"])[0].label == "97.1"
    assert len(recommendation_chain(db, two_cycles["97.1"])) == 1  # a suggestion is no part of the chain
    decide_suggestion(db, link_id, accept=True)
    [related] = related_recommendations(db, two_cycles["97.1"])
    assert (related.row.label, related.direction, related.status, related.score) == ("125.1", "later", "confirmed", score)
    third = create_review(db, "Kazakhstan", 3, 34)
    latest = add_recommendation(db, third, "Abolish the death penalty", label="140.1")
    link_by_hand(db, latest, two_cycles["125.1"])  # either order: the earlier cycle comes first
    chain = recommendation_chain(db, latest)
    assert [(r.cycle, r.label) for r in chain] == [(1, "97.1"), (2, "125.1"), (3, "140.1")]


def test_linking_by_hand(db: Database, two_cycles: dict[str, uuid.UUID]) -> None:
    link_by_hand(db, two_cycles["97.4"], two_cycles["125.4"], "the same concern, other words")
    [related] = related_recommendations(db, two_cycles["125.4"])
    assert (related.row.label, related.direction, related.status) == ("97.4", "earlier", "confirmed")
    assert suggest_recommended_again(db, "KAZ").created == 2  # the others; the hand-made link stays
    assert remove_link(db, two_cycles["125.4"], two_cycles["97.4"]) is True
    assert related_recommendations(db, two_cycles["125.4"]) == ()
    assert remove_link(db, two_cycles["125.4"], two_cycles["97.4"]) is False
    with pytest.raises(InvalidValueError, match="both recommendations are of cycle 1"):
        link_by_hand(db, two_cycles["97.1"], two_cycles["97.2"])
    chile = create_review(db, "Chile", 2, 18)
    other = add_recommendation(db, chile, "Abolish the death penalty", label="121.1")
    with pytest.raises(InvalidValueError, match="different States"):
        link_by_hand(db, two_cycles["97.1"], other)
    with pytest.raises(NotFoundError, match="no recommendation 99.9 in the review of Kazakhstan, cycle 1"):
        find_recommendation(db, "Kazakhstan", 1, "99.9")


def test_the_recommended_again_filter(db: Database, two_cycles: dict[str, uuid.UUID]) -> None:
    suggest_recommended_again(db, "KAZ")
    link_by_hand(db, two_cycles["97.4"], two_cycles["125.4"])

    def labels(wanted: str) -> set[str]:
        ids = set(list_recommendation_ids(db, RecommendationFilter(recommended_again=wanted)))
        return {label for label, rec_id in two_cycles.items() if rec_id in ids}

    assert labels("confirmed") == {"97.4", "125.4"}
    assert labels("suggested") == {"97.1", "125.1", "97.2", "125.2"}
    assert labels("none") == {"97.3", "125.3", "125.5"}
    assert count_recommendations(db, RecommendationFilter(recommended_again="confirmed", cycle=2)) == 1
    with pytest.raises(InvalidValueError, match="recommended again"):
        list_recommendation_ids(db, RecommendationFilter(recommended_again="maybe"))


WORDS = st.sampled_from(["ratify", "convention", "torture", "women", "children", "ensure", "rights", "freedom",
                         "expression", "protect", "journalists", "detention", "independent", "judiciary"])


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=5, max_size=25))
def test_a_recommendation_made_again_in_the_same_words_is_always_suggested(words: list[str]) -> None:
    """Case, punctuation and the "To" of cycle-1 reports never hide a repeat."""
    text = " ".join(words)
    earlier = [(uuid.uuid4(), f"To {text.capitalize()}.")]
    later_id = uuid.uuid4()
    from rapidfuzz import utils

    pairs = similar_pairs([(i, utils.default_process(t)) for i, t in earlier],
                          [(later_id, utils.default_process(f"{text.upper()};"))], SUGGESTION_THRESHOLD)
    assert [(e, later) for e, later, _s in pairs] == [(earlier[0][0], later_id)]


# --- the command line --------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_link_command(db: Database, db_target, tmp_path: Path, two_cycles: dict[str, uuid.UUID],
                      capsys: pytest.CaptureFixture[str]) -> None:
    db.close()
    code, out, err = run(capsys, "link", "--db", db_target, "--suggest", "--state", "KAZ", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["created"] == 2 and data["threshold"] == SUGGESTION_THRESHOLD
    assert {(s["earlier"]["label"], s["later"]["label"]) for s in data["suggestions"]} == {
        ("97.1", "125.1"), ("97.2", "125.2")}
    link = ["link", "--db", db_target, "--state", "KAZ", "--from-cycle", 1, "--from-label", "97.4",
            "--to-cycle", 2, "--to-label", "125.4"]
    code, out, _err = run(capsys, *link)
    assert code == 0 and "Linked KAZ 97.4 (cycle 1) and 125.4 (cycle 2)" in out
    code, out, _err = run(capsys, "link", "--db", db_target, "--state", "KAZ", "--from-cycle", 1, "--from-label", "97.2",
                          "--to-cycle", 2, "--to-label", "125.2", "--reject")
    assert code == 0 and "will not be suggested again" in out
    code, out, _err = run(capsys, "link", "--db", db_target, "--suggest", "--state", "KAZ")
    assert code == 0 and "0 new suggestions" in out and "1 waiting for a decision" in out and "97.1" in out
    code, out, _err = run(capsys, "export", "--db", db_target, "--format", "csv", "--out", tmp_path / "x.csv",
                          "--recommended-again", "confirmed")
    assert code == 0 and "Exported 2 recommendations" in out + _err
    code, out, _err = run(capsys, *link, "--remove")
    assert code == 0 and "Removed the link" in out
    code, _out, err = run(capsys, "link", "--db", db_target, "--state", "KAZ", "--from-cycle", 1, "--from-label", "97.4")
    assert code == 1 and "give --to-cycle, --to-label" in err
    code, _out, err = run(capsys, "link", "--db", db_target, "--state", "KAZ", "--from-cycle", 1, "--from-label", "9.9",
                          "--to-cycle", 2, "--to-label", "125.4")
    assert code == 1 and "--label 9.9: no recommendation 9.9 in the review of Kazakhstan, cycle 1" in err


def test_the_json_round_trip_keeps_each_link_status_and_a_decision_taken_here(
        db: Database, two_cycles: dict[str, uuid.UUID], tmp_path: Path) -> None:
    from upr_tracker.services.export_json import export_json
    from upr_tracker.services.json_import import import_json_export

    suggest_recommended_again(db, "KAZ")  # 97.1 → 125.1 and 97.2 → 125.2, suggested
    link_by_hand(db, two_cycles["97.4"], two_cycles["125.4"])
    export_json(db, tmp_path / "before.json")
    data = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))
    related = {r["label"]: r.get("related") for r in data["recommendations"]}
    assert related["125.4"] == [{"state": "KAZ", "cycle": 1, "label": "97.4", "kind": "recommended_again",
                                 "status": "confirmed"}]
    assert related["97.1"][0]["status"] == "suggested" and related["97.1"][0]["score"] >= SUGGESTION_THRESHOLD
    assert related["97.3"] is None
    # Here, a person then confirms one suggestion and rejects the other.
    [(first, *_), (second, *_)] = sorted(suggestion_rows(db, "KAZ"), key=lambda s: s[2].label)
    decide_suggestion(db, first, accept=True)
    decide_suggestion(db, second, accept=False)
    with Database.open(tmp_path / "colleague.sqlite3", actor="colleague") as colleague:
        import_json_export(colleague, tmp_path / "before.json")
        assert len(suggestion_rows(colleague, "KAZ")) == 2 and len(suggestion_rows(colleague, "KAZ", status="confirmed")) == 1
        export_json(db, tmp_path / "after.json")
        report = import_json_export(colleague, tmp_path / "after.json")
        assert report.counts["links"].updated == 1  # the confirmation; a rejection is not exported
        assert {(e.label, later.label) for _i, _s, e, later in suggestion_rows(colleague, "KAZ", status="confirmed")} == {
            ("97.1", "125.1"), ("97.4", "125.4")}
    # The file still suggesting 97.2 → 125.2 does not undo the rejection here.
    import_json_export(db, tmp_path / "before.json")
    assert [(e.label, later.label) for _i, _s, e, later in suggestion_rows(db, "KAZ", status="rejected")] == [("97.2", "125.2")]


def test_a_related_recommendation_found_neither_in_the_file_nor_here_is_reported(
        db: Database, two_cycles: dict[str, uuid.UUID], tmp_path: Path) -> None:
    from upr_tracker.services.export_json import export_json
    from upr_tracker.services.json_import import import_json_export

    link_by_hand(db, two_cycles["97.4"], two_cycles["125.4"])
    export_json(db, tmp_path / "second.json", wanted=RecommendationFilter(cycle=2))
    with Database.open(tmp_path / "colleague.sqlite3") as colleague:
        report = import_json_export(colleague, tmp_path / "second.json")
    assert any("KAZ has no recommendation 97.4 of cycle 1 in the file or here; the link is left out" in problem
               for problem in report.problems)
