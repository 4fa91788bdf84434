"""The sync engine: local changes found and stamped, merged field by field between databases,
conflicts kept for a person, deletions and links, kept notes, faults."""

from __future__ import annotations

import json
import shutil
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.sync_helpers import audit_values, content_of, exchange, send
from upr_tracker.errors import SyncError
from upr_tracker.services.notes import add_note, delete_note, edit_note
from upr_tracker.services.recommendations import set_terms
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import (
    AuditEntry,
    Note,
    Recommendation,
    SyncConflict,
    SyncRecord,
    Term,
    recommendation_term,
)
from upr_tracker.sync import clock as sync_clock
from upr_tracker.sync import merge as sync_merge
from upr_tracker.sync.changeset import Changeset
from upr_tracker.sync.exchange import apply_changes, collect_changes
from upr_tracker.sync.replica import knowledge_of, this_replica


def recommendation(db: Database, label: str) -> Recommendation:
    with db.read() as session:
        return session.scalars(select(Recommendation).where(Recommendation.label == label)).one()


def edit(db: Database, label: str, **values: object) -> None:
    with db.write() as session:
        rec = session.scalars(select(Recommendation).where(Recommendation.label == label)).one()
        for name, value in values.items():
            setattr(rec, name, value)


def open_conflicts(db: Database) -> list[SyncConflict]:
    with db.read() as session:
        return list(session.scalars(select(SyncConflict).where(SyncConflict.open.is_(True))))


def test_a_new_database_takes_a_full_copy_and_both_hold_the_same(demo_laptops) -> None:
    alice, bob = demo_laptops
    assert content_of(bob) == content_of(alice)
    assert content_of(bob)["recommendations"]
    # Nothing more to take either way, and applying the same changes again changes nothing.
    assert send(alice, bob).received == 0
    assert send(bob, alice).received == 0
    again = apply_changes(bob, collect_changes(alice, None))
    assert again.received == 0 and again.conflicts == 0


def test_two_databases_that_imported_the_same_documents_converge_without_duplicates(demo_file: Path,
                                                                                      tmp_path: Path) -> None:
    """Two laptops that each built the demo (the same UN documents imported twice, other ids) end
    with one copy of each recommendation, response and State."""
    from upr_tracker.services.demo import build_demo_database

    build_demo_database(tmp_path / "other.sqlite3", actor="bob")
    shutil.copy(demo_file, tmp_path / "alice.sqlite3")
    with Database.open(tmp_path / "alice.sqlite3", actor="alice") as alice, \
            Database.open(tmp_path / "other.sqlite3", actor="bob") as bob:
        before = content_of(alice)
        exchange(alice, bob)
        exchange(alice, bob)
        assert content_of(alice) == content_of(bob) == before


def test_different_fields_edited_on_two_laptops_both_survive(demo_laptops) -> None:
    alice, bob = demo_laptops
    edit(alice, "97.1", text="Alice's wording")
    edit(bob, "97.1", action_category=4)
    exchange(alice, bob)
    for db in demo_laptops:
        rec = recommendation(db, "97.1")
        assert (rec.text, rec.action_category) == ("Alice's wording", 4)
    assert open_conflicts(alice) == open_conflicts(bob) == []


def test_a_later_edit_made_after_seeing_the_other_wins_without_conflict(demo_laptops) -> None:
    alice, bob = demo_laptops
    edit(alice, "97.2", text="first")
    exchange(alice, bob)
    edit(bob, "97.2", text="second, after reading the first")
    exchange(alice, bob)
    assert recommendation(alice, "97.2").text == recommendation(bob, "97.2").text == "second, after reading the first"
    assert open_conflicts(alice) == []


def test_the_same_text_changed_differently_is_a_conflict_on_both_sides(demo_laptops) -> None:
    alice, bob = demo_laptops
    edit(alice, "97.3", text="Alice's version")
    edit(bob, "97.3", text="Bob's version")
    exchange(alice, bob)
    texts = {recommendation(db, "97.3").text for db in demo_laptops}
    assert len(texts) == 1 and texts <= {"Alice's version", "Bob's version"}  # the same value meanwhile
    for db in demo_laptops:
        [conflict] = open_conflicts(db)
        assert (conflict.table_name, conflict.field) == ("recommendation", "text")
        candidates = json.loads(conflict.candidates)
        assert {c["value"] for c in candidates} == {"Alice's version", "Bob's version"}
        assert {c["author"] for c in candidates} == {"alice", "bob"}
        assert all(c["origin_name"] and c["clock"] for c in candidates)
    # The same change made on both sides is no conflict.
    edit(alice, "97.4", text="Same words")
    edit(bob, "97.4", text="Same words")
    exchange(alice, bob)
    assert len(open_conflicts(alice)) == 1


def test_a_conflict_decided_on_one_laptop_is_closed_on_the_other(demo_laptops) -> None:
    alice, bob = demo_laptops
    edit(alice, "97.5", text="A")
    edit(bob, "97.5", text="B")
    exchange(alice, bob)
    [conflict] = open_conflicts(bob)
    # A person decides on Bob's laptop: the value written through the app, the conflict marked decided.
    edit(bob, "97.5", text="A and B combined")
    with bob.write() as session:
        row = session.get(SyncConflict, conflict.id)
        row.resolved = json.dumps([f"{c['clock']}@{c['origin']}" for c in json.loads(row.candidates)])
        row.open = False
    exchange(alice, bob)
    assert open_conflicts(alice) == open_conflicts(bob) == []
    assert recommendation(alice, "97.5").text == "A and B combined"


def test_sets_merge_by_element(demo_laptops) -> None:
    alice, bob = demo_laptops
    rec_id = recommendation(alice, "97.6").id
    set_terms(alice, rec_id, "themes", ["Death penalty", "Detention"])
    exchange(alice, bob)
    set_terms(alice, rec_id, "themes", ["Death penalty", "Detention", "Corruption"])  # adds one
    set_terms(bob, recommendation(bob, "97.6").id, "themes", ["Death penalty"])  # removes another
    exchange(alice, bob)
    for db in demo_laptops:
        assert sorted(t.name for t in _terms(db, "97.6")) == ["Corruption", "Death penalty"]


def _terms(db: Database, label: str) -> list[Term]:
    with db.read() as session:
        rec = session.scalars(select(Recommendation).where(Recommendation.label == label)).one()
        return list(rec.terms)


def test_notes_are_records_of_their_own_and_deletions_sync(demo_laptops) -> None:
    alice, bob = demo_laptops
    rec_a, rec_b = recommendation(alice, "97.7").id, recommendation(bob, "97.7").id
    note_a = add_note(alice, "Met the ministry", recommendation_id=rec_a, tags=["meeting"])
    add_note(bob, "Wrote to the ombudsman", recommendation_id=rec_b)
    exchange(alice, bob)
    assert len(content_of(alice)["notes"]) == len(content_of(bob)["notes"]) == 2
    delete_note(alice, note_a)
    exchange(alice, bob)
    assert [json.loads(n)[0] for n in content_of(bob)["notes"]] == ["Wrote to the ombudsman"]
    assert content_of(alice) == content_of(bob)


def test_a_note_edited_on_two_laptops_keeps_both_versions(demo_laptops) -> None:
    alice, bob = demo_laptops
    note = add_note(alice, "Draft", recommendation_id=recommendation(alice, "97.8").id)
    exchange(alice, bob)
    edit_note(alice, note, body="Alice's account")
    edit_note(bob, note, body="Bob's account")
    exchange(alice, bob)
    exchange(alice, bob)
    for db in demo_laptops:
        bodies = sorted(json.loads(n)[0] for n in content_of(db)["notes"])
        assert bodies == ["Alice's account", "Bob's account"]
    assert open_conflicts(alice) == []


def test_notes_kept_on_the_laptop_never_leave_it(demo_laptops) -> None:
    alice, bob = demo_laptops
    rec = recommendation(alice, "97.9").id
    kept = add_note(alice, "Name of a witness", recommendation_id=rec, confidential=True, tags=["witness"])
    shared = add_note(alice, "Shared confidential", recommendation_id=rec, confidential=True)
    with alice.write() as session:
        session.get(Note, kept).kept_on_laptop = True
    changes = collect_changes(alice, knowledge_of(bob))
    assert "Name of a witness" not in changes.to_bytes().decode()
    assert "witness" not in changes.to_bytes().decode()
    assert str(kept) not in changes.to_bytes().decode()
    apply_changes(bob, changes)
    with bob.read() as session:
        assert session.get(Note, kept) is None
        assert session.get(Note, shared).body == "Shared confidential"


def test_the_audit_trail_syncs_with_the_laptop_each_change_was_made_on(demo_laptops, tmp_path: Path) -> None:
    alice, bob = demo_laptops
    edit(bob, "97.10", text="Bob's text")
    exchange(alice, bob)
    rec_id = str(recommendation(alice, "97.10").id)
    with alice.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "recommendation",
                                                           AuditEntry.record_id == rec_id)).all()
    bobs = [e for e in entries if e.actor == "bob"]
    assert bobs and bobs[-1].origin == this_replica(bob).name
    assert "Bob's text" in audit_values(alice, "recommendation", "text")
    # The recommendation's history says who changed it on which laptop (and the trail's export too).
    from upr_tracker.services.audit_history import (
        export_audit_trail,
        recommendation_history,
    )

    history = recommendation_history(alice, uuid.UUID(rec_id))
    assert f"bob (on {this_replica(bob).name})" in [c.who for c in history]
    export_audit_trail(alice, tmp_path / "trail.csv")
    lines = (tmp_path / "trail.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].endswith(",made_on") and any(line.endswith(f",{this_replica(bob).name}") for line in lines)


def test_changes_applied_twice_or_out_of_order_converge(demo_laptops) -> None:
    alice, bob = demo_laptops
    known = knowledge_of(bob)
    edit(alice, "97.11", text="one")
    first = collect_changes(alice, known)
    edit(alice, "97.11", text="two")
    edit(alice, "97.12", action_category=2)
    second = collect_changes(alice, known)
    apply_changes(bob, second)
    apply_changes(bob, first)
    apply_changes(bob, second)
    assert recommendation(bob, "97.11").text == "two"
    assert content_of(bob) == content_of(alice)
    assert open_conflicts(bob) == []


def test_an_apply_cut_short_leaves_nothing_and_the_next_resumes(demo_laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob = demo_laptops
    for label in ("97.13", "97.14", "97.15"):
        edit(alice, label, text=f"new {label}")
    add_note(alice, "a note", recommendation_id=recommendation(alice, "97.13").id)
    before = content_of(bob)
    changes = collect_changes(alice, knowledge_of(bob))
    calls = {"n": 0}
    original = sync_merge.Merger._apply_table

    def killed(self, synced, records):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt("killed")
        return original(self, synced, records)

    monkeypatch.setattr(sync_merge.Merger, "_apply_table", killed)
    with pytest.raises(KeyboardInterrupt):
        apply_changes(bob, changes)
    monkeypatch.undo()
    assert content_of(bob) == before
    send(alice, bob)
    assert content_of(bob) == content_of(alice)


def test_wrong_clocks_do_not_lose_a_later_decision(demo_laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bob's clock is a year behind: his edit made after seeing Alice's still wins."""
    alice, bob = demo_laptops
    edit(alice, "97.16", text="Alice, with a right clock")
    exchange(alice, bob)
    real_tick = sync_clock.tick
    monkeypatch.setattr("upr_tracker.sync.scan.tick",
                        lambda last, now=None: real_tick(last, int((time.time() - 365 * 86400) * 1000)))
    edit(bob, "97.16", text="Bob, later, with a clock a year behind")
    exchange(alice, bob)
    assert recommendation(alice, "97.16").text == "Bob, later, with a clock a year behind"
    assert open_conflicts(alice) == []


def test_a_laptop_restored_from_an_old_backup_converges(demo_laptops, tmp_path: Path) -> None:
    alice, bob = demo_laptops
    backup = tmp_path / "bob-backup.sqlite3"
    bob.close()
    shutil.copy(tmp_path / "bob.sqlite3", backup)
    bob = Database.open(tmp_path / "bob.sqlite3", actor="bob")
    edit(bob, "97.17", text="Bob's edit that the backup lacks")
    exchange(alice, bob)
    bob.close()
    shutil.copy(backup, tmp_path / "bob.sqlite3")
    restored = Database.open(tmp_path / "bob.sqlite3", actor="bob")
    edit(restored, "97.18", text="after the restore")
    exchange(alice, restored)
    exchange(alice, restored)
    assert content_of(restored) == content_of(alice)
    assert recommendation(restored, "97.17").text == "Bob's edit that the backup lacks"
    restored.close()


def test_a_file_copied_elsewhere_becomes_another_replica(demo_laptops, tmp_path: Path) -> None:
    alice, _bob = demo_laptops
    first = this_replica(alice)
    alice.close()
    shutil.copy(tmp_path / "alice.sqlite3", tmp_path / "copy.sqlite3")
    with Database.open(tmp_path / "copy.sqlite3", actor="carol") as copy:
        assert this_replica(copy).id != first.id
        # It keeps what the original had seen.
        assert knowledge_of(copy).get(first.id)


def test_changes_from_this_same_database_are_refused(demo_laptops) -> None:
    alice, _bob = demo_laptops
    with pytest.raises(SyncError, match="this same database"):
        apply_changes(alice, collect_changes(alice, None))


def test_a_changeset_survives_its_text_form(demo_laptops) -> None:
    alice, bob = demo_laptops
    edit(alice, "97.19", text="via bytes")
    data = collect_changes(alice, knowledge_of(bob)).to_bytes()
    apply_changes(bob, Changeset.from_bytes(data))
    assert recommendation(bob, "97.19").text == "via bytes"


def test_a_deleted_recommendation_stays_deleted_and_its_links_go(demo_laptops) -> None:
    from upr_tracker.services.recommendations import delete_recommendation

    alice, bob = demo_laptops
    rec_id = recommendation(alice, "97.20").id
    set_terms(alice, rec_id, "themes", ["Death penalty"])
    exchange(alice, bob)
    delete_recommendation(alice, rec_id)
    edit(bob, "97.20", text="edited while Alice deleted it")
    exchange(alice, bob)
    exchange(alice, bob)
    for db in demo_laptops:
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(Recommendation)
                                  .where(Recommendation.label == "97.20")) == 0
            assert session.scalar(select(func.count()).select_from(recommendation_term)
                                  .where(recommendation_term.c.recommendation_id == rec_id)) == 0
    assert "edited while Alice deleted it" in audit_values(alice, "recommendation", "text")


def test_the_scan_stamps_only_what_changed(demo_laptops) -> None:
    alice, _bob = demo_laptops
    collect_changes(alice, None)
    with alice.read() as session:
        before = dict(session.execute(select(SyncRecord.record_id, SyncRecord.last_clock)
                                      .where(SyncRecord.table_name == "recommendation")).all())
    edit(alice, "97.21", text="only this one")
    collect_changes(alice, None)
    with alice.read() as session:
        after = dict(session.execute(select(SyncRecord.record_id, SyncRecord.last_clock)
                                     .where(SyncRecord.table_name == "recommendation")).all())
    changed = [r for r in after if after[r] != before.get(r)]
    assert changed == [str(recommendation(alice, "97.21").id)]
    assert uuid.UUID(changed[0])


def test_a_database_restored_by_the_app_takes_back_what_it_lost_from_the_others(demo_laptops, tmp_path: Path) -> None:
    from upr_tracker.storage.backup_restore import restore_backup, take_backup

    alice, bob = demo_laptops
    path = bob.path
    collect_changes(bob, None)
    backup = take_backup(path)
    edit(bob, "97.22", text="made after the backup")
    exchange(alice, bob)
    old_id = this_replica(bob).id
    bob.close()
    restore_backup(path, backup)
    with Database.open(path, actor="bob") as restored:
        assert this_replica(restored).id != old_id
        collect_changes(restored, None)  # (a bundle written first: the lost edit must still come back)
        exchange(alice, restored)
        assert recommendation(restored, "97.22").text == "made after the backup"
        assert content_of(restored) == content_of(alice)
