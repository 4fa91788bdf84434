"""Bundles carried between laptops' databases through the real sync engine: a full copy into a new
database from the command line, edits going back, a disagreement kept as a conflict, notes kept on
a laptop staying there, and the size of a bundle of 1,000 edited recommendations."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from upr_tracker.cli.main import main
from upr_tracker.services import notes, recommendations, reviews
from upr_tracker.services.recommendation_editing import edit_recommendation
from upr_tracker.storage.database import Database
from upr_tracker.storage.encryption import Passphrase
from upr_tracker.storage.models import Note, Recommendation, SyncConflict
from upr_tracker.sync.bundles import apply_bundle, create_bundle
from upr_tracker.sync.replica import this_replica

TEAM = Passphrase("the team's bundle passphrase")

pytestmark = pytest.mark.usefixtures("quick_scrypt")  # bundles sealed quickly


def texts(db: Database) -> dict[str, str]:
    with db.read() as session:
        return {r.label: r.text for r in session.scalars(select(Recommendation))}


def note_bodies(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Note.body)))


def fill(db: Database) -> dict[str, uuid.UUID]:
    review = reviews.create_review(db, "Kazakhstan", 1, 7)
    ids = {label: recommendations.add_recommendation(db, review, text, label=label) for label, text in
           (("97.1", "Abolish the death penalty"), ("97.2", "Ratify the Optional Protocol to the CAT"))}
    notes.add_note(db, "Met the Ministry of Justice about the moratorium", recommendation_id=ids["97.1"])
    kept = notes.add_note(db, "Source inside the prison service: name withheld", recommendation_id=ids["97.1"],
                          confidential=True)
    with db.write() as session:
        session.get(Note, kept).kept_on_laptop = True
    return ids


def test_a_full_copy_by_the_command_line_then_nothing_more(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "aigerim.sqlite3"
    with Database.open(source, actor="Aigerim") as db:
        fill(db)
    passphrase_file = tmp_path / "team.txt"
    passphrase_file.write_text("the team's bundle passphrase\n")
    out = tmp_path / "everything.uprbundle"
    assert main(["bundle", "create", "--db", str(source), "--out", str(out),
                 "--bundle-passphrase-file", str(passphrase_file)]) == 0
    target = tmp_path / "bolat.sqlite3"
    args = ["bundle", "apply", str(out), "--db", str(target), "--bundle-passphrase-file", str(passphrase_file)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "Applied" in printed and "0 records changed" not in printed
    assert main(args) == 0   # again: nothing more
    assert "0 records changed" in capsys.readouterr().out
    with Database.open(target) as copy, Database.open(source) as original:
        assert texts(copy) == texts(original) == {"97.1": "Abolish the death penalty",
                                                  "97.2": "Ratify the Optional Protocol to the CAT"}
        assert note_bodies(copy) == {"Met the Ministry of Justice about the moratorium"}   # not the kept one
        assert "Source inside the prison service: name withheld" in note_bodies(original)
        assert b"name withheld" not in out.read_bytes()


def test_edits_travel_back_and_a_disagreement_becomes_a_conflict(tmp_path: Path) -> None:
    with Database.open(tmp_path / "aigerim.sqlite3", actor="Aigerim") as a, \
            Database.open(tmp_path / "bolat.sqlite3", actor="Bolat") as b:
        ids = fill(a)
        apply_bundle(b, _bundle(a, tmp_path / "1.uprbundle"), passphrase=TEAM)
        with b.read() as session:
            on_b = {r.label: r.id for r in session.scalars(select(Recommendation))}
        # Bolat edits one recommendation; his bundle for Aigerim carries it.
        edit_recommendation(b, on_b["97.2"], text="Ratify the Optional Protocol to the Convention against Torture")
        for_a = tmp_path / "2.uprbundle"
        report = create_bundle(b, for_a, passphrase=TEAM, for_peer=this_replica(a).name)
        assert report.peer_name == this_replica(a).name and report.records >= 1
        assert apply_bundle(a, for_a, passphrase=TEAM).received >= 1
        assert texts(a)["97.2"] == "Ratify the Optional Protocol to the Convention against Torture"
        # Both change the same text without seeing each other: kept for a person to decide.
        edit_recommendation(a, ids["97.1"], text="Abolish the death penalty in law")
        edit_recommendation(b, on_b["97.1"], text="Abolish the death penalty for all crimes")
        applied = apply_bundle(a, _bundle(b, tmp_path / "3.uprbundle"), passphrase=TEAM)
        assert applied.conflicts == 1
        with a.read() as session:
            conflict = session.scalars(select(SyncConflict).where(SyncConflict.open)).one()
            assert conflict.field == "text" and "for all crimes" in conflict.candidates


def test_a_bundle_of_1000_edited_recommendations_is_small(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(tmp_path / "aigerim.sqlite3", actor="Aigerim") as a, \
            Database.open(tmp_path / "bolat.sqlite3", actor="Bolat") as b:
        review = reviews.create_review(a, "Kazakhstan", 2, 20)
        ids = [recommendations.add_recommendation(a, review, f"Take measure {n} to protect human rights defenders",
                                                  label=f"124.{n}") for n in range(1, 1001)]
        apply_bundle(b, _bundle(a, tmp_path / "all.uprbundle"), passphrase=TEAM)
        apply_bundle(a, _bundle(b, tmp_path / "back.uprbundle"), passphrase=TEAM)   # Aigerim learns what Bolat has
        for n, recommendation_id in enumerate(ids, start=1):
            edit_recommendation(a, recommendation_id, text=f"Take measure {n} to protect human rights defenders and "
                                "journalists, edited after the mid-term consultation")
        out = tmp_path / "edits.uprbundle"
        report = create_bundle(a, out, passphrase=TEAM, for_peer=this_replica(b).id)
        with capsys.disabled():
            print(f"\nbundle of 1,000 edited recommendations: {report.size:,} bytes, {report.records:,} records")
        assert report.size < 1_000_000
        assert apply_bundle(b, out, passphrase=TEAM).received >= 1000
        assert texts(b)["124.1000"].endswith("edited after the mid-term consultation")


def _bundle(db: Database, path: Path) -> Path:
    create_bundle(db, path, passphrase=TEAM)
    return path
