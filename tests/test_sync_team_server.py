"""Syncing laptops with a team server whose confidential notes each user sees only in part: a note a
user cannot see is not taken for one deleted, and a first sync of an empty laptop is a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.sync_helpers import content_of
from tests.test_server_roles import Team, review_id, team  # noqa: F401 (fixtures)
from upr_tracker.services import notes
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Note, Recommendation, SyncRecord
from upr_tracker.sync.server_sync import sync_with_server

pytestmark = pytest.mark.postgresql


def _count_notes(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Note)) or 0


def test_a_confidential_note_another_user_cannot_see_survives_their_sync(team: Team, review_id,  # noqa: F811
                                                                           tmp_path: Path) -> None:
    alice_user, bob_user = team.add("alice", "editor"), team.add("bob", "editor")
    with team.open(alice_user) as server_as_alice, Database.open(tmp_path / "alice.sqlite3", actor=alice_user) as laptop:
        sync_with_server(laptop, server_as_alice)
        rec = laptop_rec(laptop)
        secret = notes.add_note(laptop, "Only for Alice", recommendation_id=rec, confidential=True)
        sync_with_server(laptop, server_as_alice)
        assert _count_notes(server_as_alice) == 1
    with team.open(bob_user) as server_as_bob, Database.open(tmp_path / "bob.sqlite3", actor=bob_user) as bobs:
        assert _count_notes(server_as_bob) == 0  # (row-level security)
        sync_with_server(bobs, server_as_bob)
        sync_with_server(bobs, server_as_bob)
        assert _count_notes(bobs) == 0
        with server_as_bob.read() as session:
            record = session.get(SyncRecord, ("note", str(secret)))
            assert record is not None and record.deleted is None
    with team.open(alice_user) as server_as_alice, Database.open(tmp_path / "alice.sqlite3", actor=alice_user) as laptop:
        sync_with_server(laptop, server_as_alice)
        assert _count_notes(server_as_alice) == 1
        with laptop.read() as session:
            assert session.get(Note, secret).body == "Only for Alice"


def laptop_rec(db: Database):
    with db.read() as session:
        return session.scalars(select(Recommendation.id).where(Recommendation.label == "97.17")).one()


def test_a_first_sync_of_an_empty_laptop_copies_the_server(team: Team, review_id, tmp_path: Path) -> None:  # noqa: F811
    with Database.open(team.address) as server:
        notes.add_note(server, "On the server", recommendation_id=team.recommendation)
        with Database.open(tmp_path / "new.sqlite3", actor="carol") as laptop:
            report = sync_with_server(laptop, server)
            assert report.received >= 3  # the review, its recommendation, the note (and their trail)
            assert content_of(laptop) == content_of(server)
            again = sync_with_server(laptop, server)
            assert (again.sent, again.received, again.conflicts) == (0, 0, 0)
