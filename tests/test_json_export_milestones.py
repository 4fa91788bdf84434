"""The JSON export keeps every milestone in scope (the State filtered on, or all), linked to
recommendations or not, and the import brings them back: through the command line."""

from __future__ import annotations

import json
from pathlib import Path

from upr_tracker.cli.main import main
from upr_tracker.services import milestones, recommendations, reviews
from upr_tracker.storage.database import Database


def build(path: Path) -> None:
    db = Database.open(path, actor="tester")
    try:
        kazakhstan = reviews.create_review(db, "Kazakhstan", 1, 7)
        linked = recommendations.add_recommendation(db, kazakhstan, "Abolish the death penalty", label="97.1")
        recommendations.add_recommendation(db, kazakhstan, "Ratify the Optional Protocol", label="97.2")
        france = reviews.create_review(db, "France", 2, 15)
        recommendations.add_recommendation(db, france, "Fight racial discrimination", label="120.1")
        plan = milestones.add_milestone(db, "KAZ", "plan", "National human rights action plan", date="2012")
        milestones.add_milestone(db, "KAZ", "plan_item", "Moratorium on executions made law", plan_id=plan,
                                 item_number="1", recommendation_ids=[linked])
        milestones.add_milestone(db, "KAZ", "plan_item", "Training of judges on fair trial", plan_id=plan,
                                 item_number="2")
        milestones.add_milestone(db, "FRA", "law", "Law on equality and citizenship", date="2017-01")
    finally:
        db.close()


def exported(path: Path, *options: str) -> dict:
    assert main(["export", "--db", str(path.parent / "filled.sqlite3"), "--format", "json", "--out", str(path),
                 *options]) == 0
    return json.loads(path.read_text(encoding="utf-8"))


def titles(export: dict) -> set[str]:
    return {m["title"] for m in export["milestones"]}


ALL = {"National human rights action plan", "Moratorium on executions made law", "Training of judges on fair trial",
       "Law on equality and citizenship"}


def test_an_export_without_a_state_keeps_every_milestone_and_the_import_brings_them_back(tmp_path: Path) -> None:
    build(tmp_path / "filled.sqlite3")
    everything = exported(tmp_path / "all.json")
    assert titles(everything) == ALL
    [item] = [m for m in everything["milestones"] if m["item_number"] == "2"]
    assert item["recommendation_ids"] == [] and item["kind"] == "plan_item"
    [plan] = [m for m in everything["milestones"] if m["kind"] == "plan"]
    assert item["plan_id"] == plan["id"]
    # Another filter, no State: the recommendations are fewer, the milestones all there.
    cycle_two = exported(tmp_path / "cycle2.json", "--cycle", "2")
    assert [r["label"] for r in cycle_two["recommendations"]] == ["120.1"]
    assert titles(cycle_two) == ALL
    # A State: its milestones only, linked or not.
    assert titles(exported(tmp_path / "kaz.json", "--state", "KAZ")) == ALL - {"Law on equality and citizenship"}
    assert titles(exported(tmp_path / "fra.json", "--state", "FRA")) == {"Law on equality and citizenship"}

    empty = tmp_path / "empty.sqlite3"
    assert main(["import", str(tmp_path / "all.json"), "--db", str(empty)]) == 0
    db = Database.open(empty, actor="tester")
    try:
        back = {m.title: m for m in milestones.list_milestones(db)}
    finally:
        db.close()
    assert set(back) == ALL
    training = back["Training of judges on fair trial"]
    assert training.kind == "plan_item" and training.item_number == "2" and training.recommendation_ids == ()
    assert training.plan_id == back["National human rights action plan"].id
    assert len(back["Moratorium on executions made law"].recommendation_ids) == 1
