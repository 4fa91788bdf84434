"""A team database on PostgreSQL: `server init`, the viewer / editor / admin roles, users, and the
row-level security that keeps a confidential note to its author and those it is shared with, checked
by connecting as each user with a plain driver connection (psycopg), as someone with psql would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import text

from tests.migration_filler import fill_every_table
from upr_tracker.cli.main import main
from upr_tracker.errors import DatabaseReadOnlyError, InvalidValueError, NotFoundError, PermissionDeniedError
from upr_tracker.services import notes, recommendations, reviews, team_server, vocabularies
from upr_tracker.storage.database import Database
from upr_tracker.storage.server_address import ServerAddress

pytestmark = pytest.mark.postgresql


@dataclass
class Team:
    """A team database set up by `server init`, and the users made on it (dropped afterwards)."""

    server: object
    address: ServerAddress
    users: list[str] = field(default_factory=list)
    recommendation: object = None

    @property
    def database(self) -> str:
        return self.address.database

    def user_name(self, name: str) -> str:
        return f"{self.database}_{name}"

    def add(self, name: str, role: str) -> str:
        user = self.user_name(name)
        with Database.open(self.address) as db:
            team_server.add_user(db, user, role, f"secret of {name}")
        self.users.append(user)
        return user

    def as_user(self, user: str) -> ServerAddress:
        return self.address.with_user(user)

    def connect(self, user: str) -> psycopg.Connection:
        """A plain driver connection as `user` (the test server trusts local connections)."""
        return psycopg.connect(str(self.as_user(user)), autocommit=True)

    def open(self, user: str) -> Database:
        return Database.open(self.as_user(user), create=False)


def _drop_roles(server, database: str) -> None:  # noqa: ANN001
    with psycopg.connect(str(server.admin), autocommit=True) as connection:
        names = [row[0] for row in connection.execute(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s) ORDER BY rolcanlogin DESC",
            (f"{database}_",))]
        for name in names:
            connection.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))




@pytest.fixture
def team(server) -> Iterator[Team]:  # noqa: ANN001
    with server.fresh_database() as address:
        team_server.init_server(address)
        yield Team(server, address)
    _drop_roles(server, address.database)


@pytest.fixture
def review_id(team: Team):  # noqa: ANN201
    with Database.open(team.address) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        team.recommendation = recommendations.add_recommendation(db, review, "Abolish the death penalty",
                                                                 label="97.17")
        return review


def _state(connection: psycopg.Connection) -> dict:
    """What server init decides: roles, memberships, grants, policies, the database's access."""
    def rows(query: str) -> list:
        return [tuple(r) for r in connection.execute(query).fetchall()]

    return {
        "roles": rows("SELECT rolname, rolcanlogin, rolcreaterole FROM pg_roles ORDER BY 1"),
        "members": rows("SELECT roleid::regrole::text, member::regrole::text, admin_option FROM pg_auth_members"
                        " ORDER BY 1, 2"),
        "grants": rows("SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants"
                       " ORDER BY 1, 2, 3"),
        "policies": rows("SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies ORDER BY 1, 2"),
        "security": rows("SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class"
                         " WHERE relname IN ('note', 'note_tag', 'note_share', 'search_document') ORDER BY 1"),
        "database": rows("SELECT datacl::text FROM pg_database WHERE datname = current_database()"),
        "defaults": rows("SELECT defaclobjtype, defaclacl::text FROM pg_default_acl ORDER BY 1"),
    }


def test_server_init_sets_up_roles_and_row_level_security_and_a_second_run_changes_nothing(server) -> None:  # noqa: ANN001
    name = server.new_database_name()
    address = server.address(name)
    try:
        first = team_server.init_server(address)  # the database does not exist yet: made too
        assert first.created_database
        assert set(first.created_roles) == {f"{name}_viewer", f"{name}_editor", f"{name}_admin"}
        with psycopg.connect(str(address), autocommit=True) as connection:
            before = _state(connection)
        again = team_server.init_server(address)
        assert not again.created_database and again.created_roles == ()
        with psycopg.connect(str(address), autocommit=True) as connection:
            assert _state(connection) == before
    finally:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        _drop_roles(server, name)
    policies = {(table, policy) for table, policy, *_ in before["policies"]}
    assert {("note", "note_visible"), ("note_tag", "note_tag_visible"), ("note_share", "note_share_visible")} <= policies
    assert {(t, True, True) for t in ("note", "note_tag", "note_share")} <= set(before["security"])
    members = set(before["members"])
    assert (f"{name}_viewer", f"{name}_editor", False) in members
    assert (f"{name}_editor", f"{name}_admin", False) in members
    grants = {(g, t, p) for g, t, p in before["grants"]}
    assert (f"{name}_viewer", "term", "SELECT") in grants
    assert (f"{name}_editor", "note", "INSERT") in grants
    assert (f"{name}_editor", "term", "INSERT") not in grants
    assert (f"{name}_admin", "term", "INSERT") in grants
    # The team database is closed to the server's other users.
    outsider = f"{name}_outsider"
    server.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(outsider)))
    try:
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        team_server.init_server(address)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(str(address.with_user(outsider))).close()
    finally:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        _drop_roles(server, name)


def test_server_init_is_for_the_superuser_or_the_owner(team: Team) -> None:
    editor = team.add("ed", "editor")
    with pytest.raises(PermissionDeniedError, match="superuser or the database's owner"):
        team_server.init_server(team.as_user(editor))


def test_a_viewer_reads_but_cannot_insert_with_a_plain_connection(team: Team, review_id) -> None:  # noqa: ANN001
    viewer = team.add("vi", "viewer")
    with team.connect(viewer) as connection:
        assert connection.execute("SELECT count(*) FROM recommendation").fetchone()[0] == 1
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO note_tag (note_id, tag) VALUES (gen_random_uuid(), 'x')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("UPDATE recommendation SET text = 'changed'")


def test_a_viewer_opens_the_team_database_read_only_saying_why(team: Team, review_id) -> None:  # noqa: ANN001
    viewer = team.add("vi", "viewer")
    with team.open(viewer) as db:
        assert db.role == "viewer"
        assert db.read_only and db.read_only_reason == f"your role on {db.name} is viewer"
        with pytest.raises(DatabaseReadOnlyError, match="is viewer"):
            reviews.create_review(db, "France", 1, 1)


def test_an_editor_adds_a_note_but_not_a_term(team: Team, review_id) -> None:  # noqa: ANN001
    editor = team.add("ed", "editor")
    with team.open(editor) as db:
        assert db.role == "editor" and not db.read_only
        notes.add_note(db, "Met the ministry", recommendation_id=team.recommendation)
        with pytest.raises(PermissionDeniedError, match="needs the admin role"):
            vocabularies.add_term(db, "themes", "A new theme")
        with pytest.raises(PermissionDeniedError, match="needs the admin role"):
            team_server.add_user(db, team.user_name("x"), "viewer", "pw")
    with team.connect(editor) as connection:
        connection.execute("INSERT INTO setting (key, value) VALUES ('x', 'y')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO term (id, created_at, updated_at, vocabulary, name, name_key)"
                               " VALUES (gen_random_uuid(), now(), now(), 'themes', 'X', 'x')")


def _visible(team: Team, user: str, note_id) -> dict[str, int]:  # noqa: ANN001
    with team.connect(user) as connection:
        counts = {table: connection.execute(sql.SQL("SELECT count(*) FROM {} WHERE note_id = %s").format(
            sql.Identifier(table)), (note_id,)).fetchone()[0] for table in ("note_tag", "note_share")}
        counts["note"] = connection.execute("SELECT count(*) FROM note WHERE id = %s", (note_id,)).fetchone()[0]
        if connection.execute("SELECT to_regclass('search_document')").fetchone()[0] is not None:
            counts["search_document"] = connection.execute(
                "SELECT count(*) FROM search_document WHERE kind = 'note' AND ref_id::text = %s",
                (str(note_id),)).fetchone()[0]
    return counts


def test_a_confidential_note_is_seen_by_its_author_and_those_it_is_shared_with_only(team: Team, review_id) -> None:  # noqa: ANN001
    alice, bob, carol = team.add("alice", "editor"), team.add("bob", "editor"), team.add("carol", "viewer")
    with team.open(alice) as db:
        secret = notes.add_note(db, "Testimony of a witness", recommendation_id=team.recommendation,
                                confidential=True, tags=["witness"])
        plain = notes.add_note(db, "Public meeting", recommendation_id=team.recommendation)
        assert notes.list_notes(db, recommendation_id=team.recommendation)[0].author == alice
    assert _visible(team, alice, secret)["note"] == 1 and _visible(team, alice, secret)["note_tag"] == 1
    assert set(_visible(team, bob, secret).values()) == {0}
    assert _visible(team, bob, plain)["note"] == 1
    with team.open(bob) as db:
        assert [n.id for n in notes.list_notes(db, recommendation_id=team.recommendation)] == [plain]
        with pytest.raises(NotFoundError):  # as if it were not there
            notes.edit_note(db, secret, body="changed by another")
    # Shared with bob by name.
    with team.open(alice) as db:
        assert notes.edit_note(db, secret, shared_with=[bob]).shared_with == (bob,)
    seen = _visible(team, bob, secret)
    assert seen["note"] == 1 and seen["note_tag"] == 1 and seen["note_share"] == 1
    assert _visible(team, carol, secret)["note"] == 0
    # Shared with a role instead: its members see it, the others do not.
    with team.open(alice) as db:
        assert notes.edit_note(db, secret, shared_with=["editor"]).shared_with == (f"{team.database}_editor",)
    assert _visible(team, bob, secret)["note"] == 1
    assert _visible(team, carol, secret)["note"] == 0
    with team.open(alice) as db:
        notes.edit_note(db, secret, shared_with=["viewer"])
    assert _visible(team, carol, secret)["note"] == 1  # a viewer; editors are viewers too
    assert _visible(team, bob, secret)["note"] == 1
    with team.open(alice) as db:
        notes.edit_note(db, secret, shared_with=[])
    assert _visible(team, bob, secret)["note"] == 0 and _visible(team, carol, secret)["note"] == 0
    # The audit trail, which every role reads, holds none of its words; its author is the user.
    with team.connect(carol) as connection:
        trail = connection.execute("SELECT actor, before, after FROM audit_entry WHERE table_name LIKE 'note%%'"
                                   " AND record_id LIKE %s", (f"{secret}%",)).fetchall()
    assert trail and {actor for actor, *_ in trail} == {alice}
    assert not any("witness" in str(side).lower() or "testimony" in str(side).lower()
                   for _actor, *sides in trail for side in sides)


def test_plain_connections_cannot_get_round_the_policies(team: Team, review_id) -> None:  # noqa: ANN001
    alice, bob = team.add("alice", "editor"), team.add("bob", "editor")
    with team.open(alice) as db:
        secret = notes.add_note(db, "Testimony", recommendation_id=team.recommendation, confidential=True)
    with team.connect(bob) as connection:
        # Sharing someone else's note with oneself, or writing one under another's name, is refused.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute("INSERT INTO note_share (note_id, grantee, shared_by) VALUES (%s, %s, %s)",
                               (secret, bob, alice))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connection.execute(
                "INSERT INTO note (id, created_at, updated_at, author, written_at, body, confidential, review_id)"
                " VALUES (gen_random_uuid(), now(), now(), %s, now(), 'x', true, %s)", (alice, review_id))
        assert connection.execute("UPDATE note SET confidential = false WHERE id = %s", (secret,)).rowcount == 0
        assert connection.execute("DELETE FROM note WHERE id = %s", (secret,)).rowcount == 0
    assert _visible(team, alice, secret)["note"] == 1


def test_a_note_on_a_team_database_is_written_under_the_signed_in_user(team: Team, review_id) -> None:  # noqa: ANN001
    alice = team.add("alice", "editor")
    with team.open(alice) as db:
        with pytest.raises(InvalidValueError, match=f"signed in with, {alice}"):
            notes.add_note(db, "x", review_id=review_id, author="someone else")
        with pytest.raises(InvalidValueError, match=f"signed in with, {alice}"):
            notes.add_note(db, "x", review_id=review_id, author="someone else", confidential=True)
    with Database.open(team.address) as db:  # an admin types up a colleague's note, not a confidential one
        assert notes.list_notes(db, review_id=review_id) == []
        notes.add_note(db, "From the paper notes", review_id=review_id, author=alice)
        assert [n.author for n in notes.list_notes(db, review_id=review_id)] == [alice]
        with pytest.raises(InvalidValueError, match="signed in with"):
            notes.add_note(db, "x", review_id=review_id, author=alice, confidential=True)
        with pytest.raises(InvalidValueError, match="no user or role of that name"):
            notes.add_note(db, "x", review_id=review_id, confidential=True, shared_with=["nobody_at_all"])


def test_a_full_text_search_through_the_app_does_not_find_another_users_confidential_note(
        team: Team, review_id) -> None:  # noqa: ANN001
    from upr_tracker.services import search

    alice, bob = team.add("alice", "editor"), team.add("bob", "editor")
    with team.open(alice) as db:
        notes.add_note(db, "Whistleblower zanzibarian testimony", review_id=review_id, confidential=True)
        try:
            assert search.search(db, "zanzibarian")
        except NotImplementedError:
            pytest.skip("full-text search on PostgreSQL is not in this version")
    with team.open(bob) as db:
        assert search.search(db, "zanzibarian") == []


def test_users_are_added_listed_given_another_role_and_removed(team: Team) -> None:
    with Database.open(team.address) as db:
        assert db.role == "admin"
        boss = team.user_name("boss")
        team_server.add_user(db, boss, "admin", "pw of the boss")
        team.users.append(boss)
    with team.open(boss) as db:  # an admin user adds the others (CREATEROLE, the groups with admin option)
        assert db.role == "admin"
        dora = team.user_name("dora")
        team_server.add_user(db, dora, "viewer", "pw")
        with pytest.raises(InvalidValueError, match="exists already"):
            team_server.add_user(db, dora, "editor", "pw")
        assert {(u.name, u.role) for u in team_server.list_users(db)} == {(boss, "admin"), (dora, "viewer")}
        team_server.set_user_role(db, dora, "editor")
        assert {(u.name, u.role) for u in team_server.list_users(db)} == {(boss, "admin"), (dora, "editor")}
        assert team_server.remove_user(db, dora)
        assert [u.name for u in team_server.list_users(db)] == [boss]
    with psycopg.connect(str(team.server.admin), autocommit=True) as connection:
        stored = connection.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (boss,)).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and "pw of the boss" not in stored


def test_the_command_line_sets_up_and_manages_users(server, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    name = server.new_database_name()
    url = str(server.address(name))
    try:
        assert main(["server", "init", "--db", url]) == 0
        assert main(["server", "init", "--db", url, "--json"]) == 0
        out = capsys.readouterr().out
        assert "is set up" in out and json.loads(out[out.index("{"):])["created_roles"] == []
        password = tmp_path / "password"
        password.write_text("correct horse battery\n")
        user = f"{name}_erin"
        assert main(["user", "add", user, "--role", "editor", "--db", url, "--password-file", str(password)]) == 0
        assert main(["user", "list", "--db", url, "--json"]) == 0
        out = capsys.readouterr().out
        assert json.loads(out[out.index("["):]) == [{"name": user, "role": "editor"}]
        assert main(["user", "role", user, "--role", "viewer", "--db", url]) == 0
        assert f"{user} is now viewer" in capsys.readouterr().out
        # As the user now a viewer: adding a user is refused, naming the role needed.
        assert main(["user", "add", f"{name}_x", "--role", "viewer", "--db", str(server.address(name, user=user)),
                     "--password-file", str(password)]) == 1
        assert "needs the admin role" in capsys.readouterr().err
        assert main(["user", "remove", user, "--db", url]) == 0
        assert main(["user", "list", "--db", url]) == 0
        assert "0 users" in capsys.readouterr().out
        assert main(["user", "list", "--db", str(tmp_path / "file.sqlite3")]) == 1
        assert "team database on a PostgreSQL server" in capsys.readouterr().err
    finally:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        _drop_roles(server, name)


def test_a_viewer_gets_the_window_read_only(team: Team, review_id, qtbot, gui_settings) -> None:  # noqa: ANN001
    from upr_tracker.gui import database_opening
    from upr_tracker.gui.main_window import MainWindow

    viewer = team.add("vi", "viewer")
    db = team.open(viewer)
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        database_opening.show_read_only(window, db)
        assert window.windowTitle().endswith("(read-only)")
        assert f"your role on {db.name} is viewer" in database_opening.read_only_label(window)
        window.tasks.wait_for_all()
    finally:
        db.close()


UPRINFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"


def test_an_editor_imports_a_dataset_of_one_review_but_not_one_of_several(team: Team, tmp_path: Path) -> None:
    from upr_tracker.services.dataset_import import import_dataset

    one = tmp_path / "one.csv"
    one.write_text(UPRINFO_HEADER + "Kazakhstan,Asia,,Abolish the death penalty,France,WEOG,EU,Supported,5,"
                   "Death penalty,7\n", encoding="utf-8")
    several = tmp_path / "several.csv"
    several.write_text(UPRINFO_HEADER + "Kazakhstan,Asia,,Abolish the death penalty,France,WEOG,EU,Supported,5,"
                       "Death penalty,7\nItaly,WEOG,EU,Ratify the convention,Brazil,GRULAC,,Noted,5,"
                       "International instruments,7\n", encoding="utf-8")
    editor = team.add("ed", "editor")
    with team.open(editor) as db:
        assert import_dataset(db, one, dry_run=True).recommendations.created == 1
        with pytest.raises(PermissionDeniedError, match="touches 2 reviews, needs the admin role.*your role there "
                           "is editor"):
            import_dataset(db, several)
        assert import_dataset(db, several, dry_run=True).recommendations.created == 2  # a preview writes nothing
    with Database.open(team.address) as db:
        assert import_dataset(db, several, dry_run=True).recommendations.created == 2


def test_an_editor_is_told_the_vocabularies_need_an_admin(team: Team, qtbot, gui_settings) -> None:  # noqa: ANN001
    from upr_tracker.gui.main_window import MainWindow

    editor = team.add("ed", "editor")
    with team.open(editor) as db:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.tasks.wait_for_all()
        window.show_vocabularies()
        assert getattr(window, "vocabularies_dialog", None) is None
        assert "Editing the vocabularies needs the admin role" in window.last_error_box.text()
        window.last_error_box.close()


def test_a_team_database_of_an_earlier_version_with_notes_gets_its_policies(server) -> None:  # noqa: ANN001
    """The sharing migration on a filled database: every note stays, and the policies hold at once."""
    from upr_tracker.storage import schema_upgrade
    from upr_tracker.storage.server_opening import create_server_engine

    with server.fresh_database(empty=True) as address:
        engine = create_server_engine(address)
        try:
            schema_upgrade.upgrade_to_head(engine, None, target="0012")
            with engine.begin() as connection:
                fill_every_table(connection)
                total, public = connection.execute(text(
                    "SELECT count(*), count(*) FILTER (WHERE NOT confidential) FROM note")).one()
            schema_upgrade.upgrade_to_head(engine, None)
        finally:
            engine.dispose()
        with psycopg.connect(str(address), autocommit=True) as connection:
            assert connection.execute("SELECT count(*) FROM note").fetchone()[0] == total
            assert connection.execute("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'note'").fetchone()[0]
        team_server.init_server(address)
        with Database.open(address) as db:
            user = f"{address.database}_reader"
            team_server.add_user(db, user, "viewer", "pw")
        with psycopg.connect(str(address.with_user(user)), autocommit=True) as connection:
            assert connection.execute("SELECT count(*) FROM note").fetchone()[0] == public < total
    _drop_roles(server, address.database)


def test_the_notes_tab_shares_a_confidential_note_on_a_team_database(team: Team, review_id, qtbot,  # noqa: ANN001
                                                                     gui_settings) -> None:  # noqa: ANN001
    from upr_tracker.gui.main_window import MainWindow

    alice, bob = team.add("alice", "editor"), team.add("bob", "editor")
    with team.open(alice) as db:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        panel = window.panel
        panel.show_recommendation(team.recommendation)
        qtbot.waitUntil(lambda: panel.detail is not None, timeout=5000)
        assert panel.note_shared_with.isHidden()
        panel.note_confidential.setChecked(True)
        assert not panel.note_shared_with.isHidden()  # a team database, a confidential note: who may read it
        panel.note_editor.setPlainText("Testimony heard in Almaty")
        panel.note_shared_with.setText(f"{bob}, editor")
        panel.save_note()
        qtbot.waitUntil(lambda: len(panel.detail.notes) == 1, timeout=5000)
        [note] = notes.list_notes(db, recommendation_id=team.recommendation)
        assert note.confidential and set(note.shared_with) == {bob, f"{team.database}_editor"}
        window.tasks.wait_for_all()
    assert _visible(team, bob, note.id)["note"] == 1


def test_the_notes_tab_offers_no_sharing_for_a_file(db_path: Path, qtbot, gui_settings) -> None:  # noqa: ANN001
    from upr_tracker.gui.main_window import MainWindow

    with Database.open(db_path) as db:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.panel.note_confidential.setChecked(True)
        assert window.panel.note_shared_with.isHidden()
        window.tasks.wait_for_all()


def test_note_add_and_edit_take_share_with_on_the_command_line(db_path: Path, capsys) -> None:  # noqa: ANN001
    with Database.open(db_path) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
    assert main(["note", "add", "--db", str(db_path), "--state", "KAZ", "--cycle", "1", "--label", "97.17",
                 "--text", "Testimony", "--confidential", "--share-with", "editor", "--share-with", "dora",
                 "--json"]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["shared_with"] == ["dora", "editor"] and added["text"] is None
    assert main(["note", "edit", added["id"][:8], "--db", str(db_path), "--no-sharing", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["shared_with"] == []


def test_the_database_owner_sets_it_up_and_is_held_to_the_policies_too(server) -> None:  # noqa: ANN001
    name = server.new_database_name()
    owner = f"{name}_owner"
    server.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE").format(sql.Identifier(owner)))
    server.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(owner)))
    try:
        address = server.address(name, user=owner)
        team = Team(server, address)
        assert team_server.init_server(address).created_roles
        with Database.open(address) as db:
            assert db.role == "admin"
            review = reviews.create_review(db, "Kazakhstan", 1, 7)
        alice = team.add("alice", "editor")
        with team.open(alice) as db:
            secret = notes.add_note(db, "Testimony", review_id=review, confidential=True, tags=["witness"])
        assert _visible(team, owner, secret) == {"note": 0, "note_tag": 0, "note_share": 0, "search_document": 0}
        assert _visible(team, alice, secret)["note"] == 1
    finally:
        server.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        _drop_roles(server, name)


def test_the_search_index_of_notes_is_held_to_the_same_rule(server) -> None:  # noqa: ANN001
    """The full-text index keeps a note's words in its own table: a user who may not see the note
    sees neither its row there nor finds the note by its words."""
    from upr_tracker.services.search import search

    with server.fresh_database() as address:
        team_server.init_server(address)
        team = Team(server, address)
        alice, bob = team.add("alice", "editor"), team.add("bob", "viewer")
        with team.open(alice) as db:
            review = reviews.create_review(db, "Kazakhstan", 1, 7)
            secret = notes.add_note(db, "Testimony of zhanaozen witnesses", review_id=review, confidential=True)
            plain = notes.add_note(db, "Meeting with zhanaozen officials", review_id=review)
        with team.connect(bob) as connection:
            seen = {row[0] for row in connection.execute("SELECT ref_id FROM search_document WHERE kind = 'note'")}
        assert seen == {plain}
        with team.open(bob) as db:
            assert [hit.id for hit in search(db, "zhanaozen")] == [plain]
        with team.open(alice) as db:
            notes.edit_note(db, secret, shared_with=[bob])
        with team.connect(bob) as connection:
            seen = {row[0] for row in connection.execute("SELECT ref_id FROM search_document WHERE kind = 'note'")}
        assert seen == {plain, secret}
    _drop_roles(server, address.database)


@pytest.mark.parametrize(("detail", "needed"), [
    ("permission denied for table term", "admin"),
    ("permission denied for table state_name", "admin"),
    ("permission denied for table note", "editor"),
    ("permission denied for table recommendation", "editor"),
    ("permission denied to create role", "admin"),
    ('new row violates row-level security policy for table "note"', "author"),
    ("must be owner of table recommendation", "owner"),
])
def test_a_refusal_names_the_role_it_needs(detail: str, needed: str) -> None:
    from upr_tracker.storage.server_roles import role_needed

    assert role_needed(detail) == needed
