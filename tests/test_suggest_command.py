"""`upr-tracker suggest`: a plain summary or JSON (the counts, and per recommendation what is
suggested), --accept-above, accepting and rejecting one suggestion by id, and clear refusals."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.suggesting_model import WordSuggester
from upr_tracker.cli.main import main
from upr_tracker.services.recommendation_editing import editable_recommendation
from upr_tracker.services.recommendations import add_recommendation
from upr_tracker.services.reviews import create_review
from upr_tracker.services.suggestions import SuggestionFilter, count_suggestions
from upr_tracker.storage.database import Database


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, uuid.UUID]]:
    monkeypatch.setattr("upr_tracker.suggestions.load_suggester", WordSuggester)
    path = tmp_path / "ngo.sqlite3"
    with Database.open(path, actor="tester") as db:
        kaz = create_review(db, "Kazakhstan", 1, 7)
        fra = create_review(db, "France", 2, 15)
        ids = {"death": add_recommendation(db, kaz, "Abolish the death penalty", label="97.1"),
               "school": add_recommendation(db, kaz, "Build a school in every village", label="97.2",
                                            action_category=1),
               "french": add_recommendation(db, fra, "Prevent torture in prisons", label="120.4")}
    return path, ids


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_summary_names_the_counts_and_what_is_suggested(database, capsys) -> None:
    path, _ids = database
    code, out, err = run(capsys, "suggest", "--db", str(path), "--state", "Kazakhstan", "--author", "Aigerim")
    assert code == 0, err
    assert out.splitlines()[0] == ("KAZ: 2 recommendations looked at; 7 suggestions waiting for a decision; "
                                   "0 accepted at once; 1 value set by a person or a document left as it is.")
    assert "KAZ cycle 1 97.1: Abolish the death penalty" in out
    assert "action category: 4 (93%)" in out and "themes: Death penalty (81%)" in out and "SDGs: 16 (70%)" in out
    assert "torture" not in out.lower()  # France was not asked for


def test_json_lists_each_recommendation_and_accept_above_accepts_at_once(database, capsys) -> None:
    path, ids = database
    code, out, err = run(capsys, "suggest", "--db", str(path), "--accept-above", "0.9", "--json", "--author", "A")
    assert code == 0, err
    result = json.loads(out)
    assert {k: result[k] for k in ("recommendations", "suggested", "accepted", "kept_values")} == {
        "recommendations": 3, "suggested": 7, "accepted": 2, "kept_values": 1}
    waiting = {r["label"]: r for r in result["waiting"]}
    assert set(waiting) == {"97.1", "97.2", "120.4"}
    death = waiting["97.1"]["suggestions"]
    assert death["action_category"] is None  # accepted at once (0.93)
    assert [(t["term"], t["confidence"]) for t in death["themes"]] == [("Death penalty", 0.81), ("Justice", 0.4)]
    school = waiting["97.2"]["suggestions"]
    assert school["action_category"] is None  # the document's 1 stands
    assert school["themes"] == []  # "Right to education" (0.9) accepted at once
    assert waiting["120.4"]["suggestions"]["action_category"]["value"] == 5
    with Database.open(path, actor="reader") as db:
        assert editable_recommendation(db, ids["death"]).action_category == 4
        assert editable_recommendation(db, ids["school"]).themes == ("Right to education",)
    # One accepted by id, one rejected by id.
    theme_id = death["themes"][0]["id"]
    sdg_id = death["sdgs"][0]["id"]
    assert run(capsys, "suggest", "--db", str(path), "--accept", theme_id, "--author", "B")[1] == (
        f"Suggestion {theme_id} accepted (by B).\n")
    code, out, _err = run(capsys, "suggest", "--db", str(path), "--reject", sdg_id, "--json", "--author", "B")
    assert json.loads(out) == {"id": sdg_id, "status": "rejected", "decided_by": "B"}
    with Database.open(path, actor="reader") as db:
        assert editable_recommendation(db, ids["death"]).themes == ("Death penalty",)
        assert count_suggestions(db, SuggestionFilter(status="rejected")) == 1
    code, out, _err = run(capsys, "suggest", "--db", str(path), "--quiet")
    assert code == 0 and out == ""


def test_the_summary_reads_only_what_it_lists_and_counts_the_rest(tmp_path: Path, capsys,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.cli import suggest_commands

    monkeypatch.setattr("upr_tracker.suggestions.load_suggester", WordSuggester)
    path = tmp_path / "ngo.sqlite3"
    with Database.open(path, actor="tester") as db:
        review = create_review(db, "Kazakhstan", 1, 7)
        for number in range(1, 71):  # 4 suggestions each: a category, two themes, an SDG
            add_recommendation(db, review, f"Abolish the death penalty ({number})", label=f"97.{number:02d}")
    read: list[tuple[int | None, int]] = []
    real = suggest_commands.list_suggestions

    def counted(db, where, *, limit=None, offset=0):  # noqa: ANN001, ANN202
        rows = real(db, where, limit=limit, offset=offset)
        read.append((limit, len(rows)))
        return rows

    monkeypatch.setattr(suggest_commands, "list_suggestions", counted)
    code, out, err = run(capsys, "suggest", "--db", str(path))
    assert code == 0, err
    assert read and all(limit is not None for limit, _n in read) and sum(n for _l, n in read) < 280
    listed = [line for line in out.splitlines() if line.startswith("  KAZ cycle 1 ")]
    assert [line.split()[3] for line in listed] == [f"97.{n:02d}:" for n in range(1, 31)]
    assert out.count("themes: Death penalty (81%)") == 30  # each listed whole
    assert "  … and 160 more suggestions waiting (--json lists them all)." in out
    # Where the first read falls short of 30 recommendations, more is read: the same listing.
    monkeypatch.setattr(suggest_commands, "FIRST_READ", 6)
    assert run(capsys, "suggest", "--db", str(path))[1] == out
    # --quiet reads nothing; --json reads every waiting suggestion (for scripts).
    read.clear()
    assert run(capsys, "suggest", "--db", str(path), "--quiet") == (0, "", "")
    assert read == []
    code, out, _err = run(capsys, "suggest", "--db", str(path), "--json")
    assert read == [(None, 280)] and len(json.loads(out)["waiting"]) == 70


@pytest.mark.parametrize("mixed", [["--state", "KAZ"], ["--cycle", "1"], ["--accept-above", "0.5"]])
@pytest.mark.parametrize("decision", ["--accept", "--reject"])
def test_deciding_one_suggestion_is_not_mixed_with_computing(database, capsys, decision, mixed) -> None:
    path, _ids = database
    code, out, err = run(capsys, "suggest", "--db", str(path), decision, str(uuid.UUID(int=7)), *mixed)
    assert code == 1 and out == ""
    assert f"{decision} decides one suggestion, named by its id: it cannot be given with --state, --cycle or " \
        "--accept-above" in err
    with Database.open(path, actor="reader") as db:
        assert count_suggestions(db, SuggestionFilter()) == 0  # nothing computed


@pytest.mark.parametrize(("args", "message"), [
    (["--accept-above", "1.5"], "--accept-above: '1.5' is not between 0 and 1"),
    (["--accept-above", "most"], "--accept-above: 'most' is not a number between 0 and 1"),
    (["--state", "Atlantis"], "Atlantis"),
    (["--cycle", "0"], "cycle: 0 is not a cycle number"),
    (["--accept", "97.1"], "'97.1' is not a suggestion's id"),
    (["--accept", str(uuid.UUID(int=7))], "suggestion 00000000-0000-0000-0000-000000000007 does not exist"),
])
def test_bad_values_are_refused_with_a_clear_message(database, capsys, args, message) -> None:
    path, _ids = database
    try:
        code = main(["suggest", "--db", str(path), *args])
    except SystemExit as exc:  # argparse's refusal
        code = exc.code
    err = capsys.readouterr().err
    assert code != 0
    assert message in err
    with Database.open(path, actor="reader") as db:
        assert count_suggestions(db, SuggestionFilter()) == 0


def test_the_shipped_model_suggests_through_the_command(tmp_path: Path, capsys) -> None:
    from upr_tracker.suggestions import load_suggester

    path = tmp_path / "ngo.sqlite3"
    with Database.open(path, actor="tester") as db:
        review = create_review(db, "Kazakhstan", 2, 20)
        add_recommendation(db, review, "Abolish the death penalty and ratify the Second Optional Protocol to the ICCPR",
                           label="124.1")
    code, out, err = run(capsys, "suggest", "--db", str(path), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["recommendations"] == 1 and result["suggested"] >= 1
    suggestions = result["waiting"][0]["suggestions"]
    assert "Death penalty" in [t["term"] for t in suggestions["themes"]]
    everything = [suggestions["action_category"] or {"confidence": 1}, *suggestions["themes"], *suggestions["sdgs"]]
    assert all(0 <= s["confidence"] <= 1 for s in everything)
    from sqlalchemy import select

    from upr_tracker.storage.models import Suggestion

    with Database.open(path, actor="reader") as db, db.read() as session:
        assert set(session.scalars(select(Suggestion.model))) == {load_suggester().model_version}


def test_the_summary_says_how_many_above_the_confidence_could_not_be_accepted() -> None:
    from upr_tracker.cli.suggest_commands import _summary
    from upr_tracker.services.suggestions import SuggestingReport

    report = SuggestingReport(recommendations=3, suggested=5, accepted=1, kept_values=0, refused=2)
    lines = _summary(report, "KAZ", [], 5)
    assert any(line.startswith("2 suggestions above the confidence could not be accepted") for line in lines)
    quiet = _summary(SuggestingReport(recommendations=3, suggested=5, accepted=1, kept_values=0), "KAZ", [], 5)
    assert not any("could not be accepted" in line for line in quiet)
