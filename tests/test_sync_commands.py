"""`upr-tracker sync` and `sync status`: a laptop's database with the team server, the server's
address remembered (never its password), and the refusals (a server unreachable, a login refused,
no server known) that change nothing on the laptop."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.team_server_roles import PasswordRole
from upr_tracker.cli import server_passwords
from upr_tracker.cli.main import main
from upr_tracker.services import team_server_sync
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress
from upr_tracker.sync import server_sync
from upr_tracker.sync.peers import remember_peer
from upr_tracker.sync.server_sync import SyncReport

# Nothing listens on the discard port of this machine: the connection is refused at once.
UNREACHABLE = "postgresql://someone@127.0.0.1:9/team"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def laptop(db_path: Path) -> Path:
    Database.open(db_path, actor="tester").close()
    return db_path


class FakeSync:
    """Stands for the sync engine: records each call, and remembers the server as a peer in the
    laptop's database as the engine does."""

    def __init__(self, sent: int = 3, received: int = 5, conflicts: int = 1) -> None:
        self.calls: list[tuple[str, str]] = []
        self.counts = (sent, received, conflicts)

    def __call__(self, local: Database, server: Database, progress=None) -> SyncReport:
        self.calls.append((local.name, server.name))
        sent, received, conflicts = self.counts
        with local.write() as session:
            remember_peer(session, "server-replica", f"team server {server.name}", kind="server", sent=True,
                          received=True, summary={"sent": sent, "received": received, "conflicts": conflicts})
        return SyncReport(f"team server {server.name}", sent, received, conflicts, dt.datetime.now(dt.UTC))


def local_settings(path: Path) -> dict[str, str]:
    with closing(sqlite3.connect(path)) as connection:
        return dict(connection.execute("SELECT key, value FROM setting WHERE key LIKE 'sync.%'").fetchall())


def test_sync_then_again_without_the_address_then_status(laptop: Path, team_db: ServerAddress,
                                                          monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    fake = FakeSync()
    monkeypatch.setattr(server_sync, "sync_with_server", fake)
    code, out, err = run(capsys, "sync", "--db", str(laptop), "--server", str(team_db))
    assert (code, err) == (0, "")
    assert out == (f"Synced with team server {team_db.name}. Sent 3 changes, received 5, 1 conflict to decide "
                   f"(see `upr-tracker conflicts --db {laptop}`).\n")
    assert fake.calls == [(laptop.name, team_db.name)]
    assert local_settings(laptop) == {"sync.server": json.dumps(str(team_db))}
    # The next time the address may be left out.
    code, out, err = run(capsys, "sync", "--db", str(laptop), "--json")
    assert code == 0, err
    assert json.loads(out) | {"at": None} == {"server": str(team_db), "server_name": f"team server {team_db.name}",
                                              "sent": 3, "received": 5, "conflicts": 1, "at": None}
    assert len(fake.calls) == 2
    code, out, err = run(capsys, "sync", "status", "--db", str(laptop))
    assert code == 0, err
    assert f"Team server: {team_db.name}" in out
    assert f"team server {team_db.name} (server): last sent {dt.datetime.now().astimezone():%Y-%m-%d}" in out
    assert "3 out, 5 in, 1 conflict" in out
    code, out, _ = run(capsys, "sync", "status", "--db", str(laptop), "--json")
    status = json.loads(out)
    assert status["server"] == str(team_db) and status["automatic"] is False
    assert [(p["name"], p["kind"], p["last_summary"]) for p in status["peers"]] == [
        (f"team server {team_db.name}", "server", {"sent": 3, "received": 5, "conflicts": 1})]


def test_quiet_says_nothing_unless_there_is_a_conflict(laptop: Path, team_db: ServerAddress,
                                                        monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(server_sync, "sync_with_server", FakeSync(conflicts=0))
    assert run(capsys, "sync", "--db", str(laptop), "--server", str(team_db), "--quiet") == (0, "", "")
    monkeypatch.setattr(server_sync, "sync_with_server", FakeSync(conflicts=2))
    code, out, _ = run(capsys, "sync", "--db", str(laptop), "--quiet")
    assert code == 0 and "2 conflicts to decide" in out


def test_an_unreachable_server_changes_nothing_here(laptop: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    fake = FakeSync()
    monkeypatch.setattr(server_sync, "sync_with_server", fake)
    before = laptop.read_bytes()
    code, out, err = run(capsys, "sync", "--db", str(laptop), "--server", UNREACHABLE)
    assert (code, out) == (1, "")
    assert err.startswith("upr-tracker: error: team on 127.0.0.1:9: the server cannot be reached")
    assert "nothing was changed" in err
    assert fake.calls == [] and local_settings(laptop) == {}
    assert laptop.read_bytes() == before


def test_a_refused_login_changes_nothing_here(laptop: Path, role: PasswordRole, team_db: ServerAddress,
                                              no_password_around: None, monkeypatch: pytest.MonkeyPatch,
                                              capsys) -> None:
    fake = FakeSync()
    monkeypatch.setattr(server_sync, "sync_with_server", fake)
    monkeypatch.setattr(server_passwords, "_at_a_terminal", lambda: False)
    code, _, err = run(capsys, "sync", "--db", str(laptop), "--server", str(role.address(team_db)))
    assert code == 1
    assert "asks for a password" in err and "~/.pgpass" in err
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    code, _, err = run(capsys, "sync", "--db", str(laptop), "--server", str(role.address(team_db)))
    assert code == 1 and "the server refused the password" in err
    assert "not-the-password" not in err
    assert fake.calls == [] and local_settings(laptop) == {}


def test_the_refusals_before_any_connection(laptop: Path, team_db: ServerAddress, capsys) -> None:
    code, _, err = run(capsys, "sync", "--db", str(laptop))
    assert code == 1 and "has not synced with a team server yet: give its address with --server" in err
    code, _, err = run(capsys, "sync", "--db", str(team_db), "--server", str(team_db))
    assert code == 1 and "sync runs from a laptop's database file" in err
    with pytest.raises(SystemExit):
        main(["sync", "--db", str(laptop), "--server", str(laptop)])
    assert "is not a team server's address" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["sync", "--db", str(laptop), "--server", "postgresql://me:secret@db.example.org/team"])
    err = capsys.readouterr().err
    assert "do not put the password in the address" in err and "secret" not in err


def test_status_of_a_laptop_that_never_synced(laptop: Path, capsys) -> None:
    code, out, _ = run(capsys, "sync", "status", "--db", str(laptop))
    assert code == 0
    assert out.splitlines() == [
        ("No team server yet: upr-tracker sync --db FILE --server postgresql://USER@HOST:PORT/DATABASE"),
        "No exchange of changes yet."]


def test_the_remembered_address_never_holds_a_password(laptop: Path) -> None:
    address = ServerAddress("db.example.org", "team", "amina", 5433, (("sslmode", "require"),))
    with Database.open(laptop) as db:
        team_server_sync.remember_server(db, address)
        assert team_server_sync.remembered_server(db) == address
        team_server_sync.set_syncs_automatically(db, True)
        assert team_server_sync.syncs_automatically(db)
    assert local_settings(laptop) == {"sync.server": json.dumps("postgresql://amina@db.example.org:5433/team"
                                                                "?sslmode=require"), "sync.automatic": "true"}


# --- with the sync engine ---------------------------------------------------------------------------

def test_a_real_sync_both_ways(tmp_path: Path, team_db: ServerAddress, capsys) -> None:
    from upr_tracker.services import notes, recommendations, reviews

    laptop_file = tmp_path / "amina.sqlite3"
    with Database.open(laptop_file, actor="Amina") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        rec = recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.3")
        notes.add_note(db, "Met the ombudsman", recommendation_id=rec)
    code, out, err = run(capsys, "sync", "--db", str(laptop_file), "--server", str(team_db), "--author", "Amina K.")
    assert code == 0, err
    assert out.startswith(f"Synced with {team_db.name}. Sent ") and out.rstrip().endswith("no conflicts to decide.")
    with Database.open(team_db) as server:
        assert [(n.body, n.author) for n in notes.list_notes(server)] == [("Met the ombudsman", "Amina")]
        # A colleague working on the server itself adds a note: the next sync brings it to the laptop.
        notes.add_note(server, "The law was adopted in March", recommendation_id=rec)
    code, out, err = run(capsys, "sync", "--db", str(laptop_file), "--json")   # the address remembered
    assert code == 0, err
    assert json.loads(out)["received"] >= 1 and json.loads(out)["conflicts"] == 0
    with Database.open(laptop_file) as db:
        assert sorted(n.body for n in notes.list_notes(db)) == ["Met the ombudsman", "The law was adopted in March"]
    # Nothing new on either side: nothing goes out, nothing comes in.
    code, out, err = run(capsys, "sync", "--db", str(laptop_file), "--json")
    assert code == 0, err
    assert (json.loads(out)["sent"], json.loads(out)["received"], json.loads(out)["conflicts"]) == (0, 0, 0)
    code, out, _ = run(capsys, "sync", "status", "--db", str(laptop_file))
    assert f"{team_db.name}" in out and f"(server): last sent {dt.datetime.now().astimezone():%Y-%m-%d}" in out


def test_a_review_made_on_the_server_reaches_a_laptop(tmp_path: Path, team_db: ServerAddress, capsys) -> None:
    from upr_tracker.services import recommendations, reviews

    laptop_file = tmp_path / "joseph.sqlite3"
    Database.open(laptop_file, actor="Joseph").close()
    with Database.open(team_db) as server:
        review = reviews.create_review(server, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(server, review, "Abolish the death penalty", label="97.3")
    code, _, err = run(capsys, "sync", "--db", str(laptop_file), "--server", str(team_db))
    assert code == 0, err
    with Database.open(laptop_file) as db:
        assert len(reviews.list_reviews(db)) == 1
