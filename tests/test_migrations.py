"""Every migration on a database full of data: nothing lost, the file backed up first, a failed
upgrade undone whole."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from tests.migration_filler import fill_every_table, snapshot
from upr_tracker.errors import MigrationError
from upr_tracker.services.recommendations import add_recommendation
from upr_tracker.services.reviews import create_review
from upr_tracker.services.search import search
from upr_tracker.storage import schema_upgrade
from upr_tracker.storage.backups import backup_folder
from upr_tracker.storage.database import Database
from upr_tracker.storage.engine import create_sqlite_engine


def revisions_oldest_first() -> list[str]:
    scripts = ScriptDirectory.from_config(schema_upgrade.alembic_config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def test_there_is_one_line_of_migrations() -> None:
    scripts = ScriptDirectory.from_config(schema_upgrade.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert revisions_oldest_first()[-1] == schema_upgrade.head_revision()


# Columns a migration recomputes on purpose (derived values), by the revision that does it.
RECOMPUTED_COLUMNS = {"0004": {("recommendation", "text_key")}, "0005": {("recommendation", "sort_key")}}


def recomputed_after(revision: str) -> set[tuple[str, str]]:
    later = revisions_oldest_first()
    later = later[later.index(revision) + 1:]
    return set().union(*(RECOMPUTED_COLUMNS.get(r, set()) for r in later))


@pytest.mark.parametrize("revision", revisions_oldest_first())
def test_upgrading_a_filled_database_from_each_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"at-{revision}.sqlite3"
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path, target=revision)
    with engine.begin() as connection:
        before = fill_every_table(connection)
    assert [table for table, rows in before.items() if not rows] == []
    schema_upgrade.upgrade_to_head(engine, path)
    with engine.connect() as connection:
        after = snapshot(connection)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        # Compare the columns both revisions have (a later one may add or drop columns).
        before_columns = {name for name, _ in rows[0]} if rows else set()
        after_columns = {name for name, _ in after[table][0]} if after[table] else set()
        kept_columns = {c for c in before_columns & after_columns if (table, c) not in recomputed_after(revision)}
        project = lambda row, kept=kept_columns: tuple((k, v) for k, v in row if k in kept)  # noqa: E731
        assert sorted(map(project, rows), key=repr) == sorted(map(project, after[table]), key=repr), table
    if ("recommendation", "text_key") in recomputed_after(revision):
        from upr_tracker.services.recommendations import text_key

        for row in map(dict, after["recommendation"]):
            assert row["text_key"] == text_key(row["text"])
    engine.dispose()


EXTRA_MIGRATION = '''
"""Test migration: adds a column to recommendation (batch mode: the table is recreated)."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("recommendation", recreate="always") as batch:
        batch.add_column(sa.Column("extra_note", sa.Text(), nullable=True))
    {after}


def downgrade():
    with op.batch_alter_table("recommendation") as batch:
        batch.drop_column("extra_note")
'''


@pytest.fixture
def migrations_with_extra_step(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the shipped migrations plus one more, which the app then believes is its head."""

    def make(after: str = "pass") -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(schema_upgrade.migrations_folder(), folder, ignore=shutil.ignore_patterns("__pycache__"))
        head = schema_upgrade.head_revision()
        (folder / "versions" / "9999_extra.py").write_text(EXTRA_MIGRATION.format(head=head, after=after))
        monkeypatch.setattr(schema_upgrade, "migrations_folder", lambda: folder)
        return folder

    return make


LINKED_TABLES = ("recommending_state", "recommendation_term", "response_recommendation", "note", "assessment",
                 "milestone_recommendation")


def _filled_database(path: Path) -> list[str]:
    """40 recommendations with links of every kind to them (States, themes, responses, notes,
    assessments, milestones): what a migration that recreates the table must not lose."""
    from upr_tracker.services.assessments import add_assessment
    from upr_tracker.services.milestones import add_milestone
    from upr_tracker.services.notes import add_note
    from upr_tracker.services.responses import record_response

    with Database.open(path, actor="tester") as db:
        review = create_review(db, "Kazakhstan", 1, 7)
        texts = [f"Ratify the Convention number {i} — ратифицировать конвенцию" for i in range(40)]
        ids = [add_recommendation(db, review, body, label=f"97.{i + 1}", recommending_states=["Mexico"],
                                  themes=["International instruments"]) for i, body in enumerate(texts)]
        record_response(db, ids[:20], "supported")
        for rec_id in ids[:5]:
            add_note(db, "Follow-up meeting", recommendation_id=rec_id)
            add_assessment(db, rec_id, "ngo", "partially")
        add_milestone(db, "KAZ", "law", "Law on ratification", date="2011", recommendation_ids=ids[:3])
    return texts


def _linked_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in LINKED_TABLES}


def test_pending_migration_backs_up_first_and_keeps_data(tmp_path: Path, migrations_with_extra_step) -> None:
    path = tmp_path / "filled.sqlite3"
    texts = _filled_database(path)
    links_before = _linked_counts(path)
    assert all(links_before.values())
    migrations_with_extra_step()
    with Database.open(path) as db:
        backup = db.last_migration_backup
        with db.read() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
            stored = set(session.execute(text("SELECT text FROM recommendation")).scalars())
            columns = {row[1] for row in session.execute(text("PRAGMA table_info(recommendation)"))}
        assert stored == set(texts)
        assert "extra_note" in columns
    assert _linked_counts(path) == links_before  # recreating the table cascaded to nothing
    assert backup is not None and backup.parent == backup_folder(path)
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT count(*) FROM recommendation").fetchone()[0] == 40
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9999"


def test_failed_migration_is_undone_whole(tmp_path: Path, migrations_with_extra_step) -> None:
    path = tmp_path / "filled.sqlite3"
    _filled_database(path)
    with closing(sqlite3.connect(path)) as connection:
        revision_before = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    migrations_with_extra_step(after='raise RuntimeError("disk trouble half-way")')
    with pytest.raises(MigrationError, match="failed and was undone.*disk trouble"):
        Database.open(path)
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision_before
        columns = {row[1] for row in connection.execute("PRAGMA table_info(recommendation)")}
        assert "extra_note" not in columns
        assert connection.execute("SELECT count(*) FROM recommendation").fetchone()[0] == 40


def test_a_batch_migration_that_forgets_the_fulltext_triggers_is_caught(tmp_path: Path, migrations_with_extra_step) -> None:
    """Recreating a table drops its triggers: after the extra migration, new recommendations are
    no longer indexed unless the migration recreates them, and `check` says so."""
    from upr_tracker.services.integrity import check_database

    path = tmp_path / "filled.sqlite3"
    _filled_database(path)
    migrations_with_extra_step()
    with Database.open(path) as db:
        review = create_review(db, "Kazakhstan", 1)
        add_recommendation(db, review, "Establish a national preventive mechanism", label="97.99")
        assert search(db, "preventive") == []
    report = check_database(path)
    assert not report.ok
    assert any("search index covers" in f.message for f in report.findings)


def test_the_models_and_the_migrations_describe_the_same_schema(tmp_path: Path) -> None:
    """A model change without its migration (or the reverse) fails here, not on a user's laptop."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from upr_tracker.storage.models import Base

    path = tmp_path / "head.sqlite3"
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": _not_fulltext}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def _not_fulltext(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("search_"))


def test_the_text_key_migration_computes_what_the_app_computes() -> None:
    """Migration 0004 keeps a frozen copy of the text key; while the app's key is unchanged, both
    must agree, or stored keys would stop matching new ones."""
    import importlib.util

    from upr_tracker.services.recommendations import text_key

    path = schema_upgrade.migrations_folder() / "versions" / "0004_text_key_without_leading_to.py"
    spec = importlib.util.spec_from_file_location("migration_0004", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    samples = ["To ratify the Convention", "ratify the convention.", "  TO  Abolish   the death penalty",
               "The former Yugoslav Republic — égalité & Свобода", "to", "", "Tolerance"]
    for sample in samples:
        assert module._key(sample, drop_leading_to=True) == text_key(sample), sample
    assert text_key("To ratify the Convention") == text_key("Ratify the convention.")
    assert text_key("Tolerance") != text_key("lerance")


def test_notes_written_before_event_dates_keep_their_triggers_and_take_a_date(tmp_path: Path) -> None:
    """0009 adds note.event_on in place: notes written at 0008 have none, can be given one, and the
    full-text triggers on the table still index new and edited notes. (Every table's rows are kept:
    see the test of every revision above.)"""
    import datetime as dt

    from alembic import command

    from upr_tracker.services import notes

    path = tmp_path / "at-0008.sqlite3"
    with Database.open(path, actor="tester") as db:
        review = create_review(db, "Kazakhstan", 1, 7)
        rec = add_recommendation(db, review, "Abolish the death penalty", label="97.3")
        for body in ("Met the court", "Met the ministry"):
            notes.add_note(db, body, recommendation_id=rec)
    engine = create_sqlite_engine(path)
    with engine.begin() as connection:  # back to 0008, as an earlier version left the file
        command.downgrade(schema_upgrade.alembic_config(connection), "0008")
        assert "event_on" not in {row[1] for row in connection.execute(text("PRAGMA table_info(note)"))}
    engine.dispose()
    with Database.open(path, actor="tester") as db:
        listed = notes.list_notes(db)
        assert [n.body for n in listed] == ["Met the court", "Met the ministry"]
        assert {n.event_on for n in listed} == {None}
        edited = notes.edit_note(db, listed[0].id, body="Quixotic meeting", event_on=dt.date(2011, 3, 12))
        assert edited.event_on == dt.date(2011, 3, 12)
        notes.add_note(db, "Zanzibarian testimony", recommendation_id=rec, event_on=dt.date(2012, 1, 5))
        assert [hit.kind for hit in search(db, "Quixotic")] == ["note"]
        assert [hit.kind for hit in search(db, "Zanzibarian")] == ["note"]


HOLD_THE_WRITER_LOCK = """
import sys, time
from pathlib import Path
from upr_tracker.storage.writer_lock import WriterLock
lock = WriterLock(Path(sys.argv[1]))  # kept: the lock lasts as long as its open file
lock.acquire()
print("held", flush=True)
time.sleep(120)
"""


def _at_the_previous_revision(path: Path) -> str:
    previous = revisions_oldest_first()[-2]
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path, target=previous)
    engine.dispose()
    return previous


def _revision_of(path: Path) -> str:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


READING_COMMANDS = {
    "search": ["search", "ratify"],
    "export": ["export", "--format", "json", "--out", "{tmp}/all.json"],
    "audit": ["audit", "--out", "{tmp}/audit.csv"],
    "problems": ["problems"],
}


@pytest.mark.parametrize("command", READING_COMMANDS)
def test_a_reading_command_does_not_upgrade_a_file_another_copy_has_open(
        tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess
    import sys

    from upr_tracker.cli.main import main

    path = tmp_path / "old.sqlite3"
    previous = _at_the_previous_revision(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_WRITER_LOCK, str(path)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        argv = [a.format(tmp=tmp_path) for a in READING_COMMANDS[command]]
        code = main([*argv, "--db", str(path)])
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert code == 1
    assert "must be upgraded" in err and "open it in the window or run a writing command" in err
    assert f"process {holder.pid}" in err
    assert _revision_of(path) == previous
    assert not backup_folder(path).exists()  # not even the backup taken before an upgrade


def test_a_reading_command_upgrades_an_older_file_holding_the_writer_lock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from upr_tracker.cli.main import main
    from upr_tracker.errors import DatabaseInUseError
    from upr_tracker.storage import database
    from upr_tracker.storage.writer_lock import WriterLock

    path = tmp_path / "old.sqlite3"
    _at_the_previous_revision(path)
    upgrade = schema_upgrade.upgrade_to_head
    locked_while_upgrading = []

    def watched(engine, db_path, *args, **kwargs):
        try:
            WriterLock(path).acquire()
        except DatabaseInUseError:
            locked_while_upgrading.append(True)
        else:
            locked_while_upgrading.append(False)
        return upgrade(engine, db_path, *args, **kwargs)

    monkeypatch.setattr(database, "upgrade_to_head", watched)
    assert main(["search", "ratify", "--db", str(path)]) == 0
    assert locked_while_upgrading == [True]
    assert _revision_of(path) == schema_upgrade.head_revision()
    assert "No match" in capsys.readouterr().out


def test_links_made_before_link_statuses_are_confirmed(tmp_path: Path) -> None:
    """0010 on a filled database: the links people made by hand stay, confirmed, and only the three
    statuses can be stored."""
    path = tmp_path / "at-0008.sqlite3"
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path, target="0008")
    with engine.begin() as connection:
        before = fill_every_table(connection)
    schema_upgrade.upgrade_to_head(engine, path, target="0010")
    with engine.connect() as connection:
        links = connection.execute(text(
            "SELECT earlier_id, later_id, status, score, decided_by FROM recommendation_link")).all()
    assert len(links) == len(before["recommendation_link"]) > 0
    assert {(status, score, decided_by) for _e, _l, status, score, decided_by in links} == {("confirmed", None, None)}
    with pytest.raises(Exception, match="CHECK constraint"), engine.begin() as connection:
        connection.execute(text("UPDATE recommendation_link SET status = 'maybe'"))
    engine.dispose()


def test_the_suggestions_migration_keeps_a_filled_database_and_takes_only_known_kinds(tmp_path: Path) -> None:
    """0019 on a database filled at 0018: every row stays, suggestions can be stored (one per
    recommendation, kind and value), go with their recommendation, and the step can be undone."""
    from alembic import command

    path = tmp_path / "at-0018.sqlite3"
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path, target="0018")
    with engine.begin() as connection:
        before = fill_every_table(connection)
    schema_upgrade.upgrade_to_head(engine, path, target="0019")
    with engine.connect() as connection:
        after = snapshot(connection)
    assert {t: rows for t, rows in after.items() if t != "suggestion"} == before
    assert after["suggestion"] == []
    with engine.begin() as connection:
        recommendation_id = connection.execute(text("SELECT id FROM recommendation LIMIT 1")).scalar()
        row = ("INSERT INTO suggestion (id, created_at, updated_at, recommendation_id, kind, value, confidence, model)"
               " VALUES (:id, '2026-12-07', '2026-12-07', :rec, :kind, :value, 0.9, 'test')")
        connection.execute(text(row), {"id": "a" * 32, "rec": recommendation_id, "kind": "theme",
                                       "value": "Death penalty"})
        assert connection.execute(text("SELECT status FROM suggestion")).scalar() == "suggested"
    for kind, value, error in (("theme", "Death penalty", "UNIQUE"), ("mood", "x", "CHECK")):
        with pytest.raises(Exception, match=error), engine.begin() as connection:
            connection.execute(text(row), {"id": "b" * 32, "rec": recommendation_id, "kind": kind, "value": value})
    with engine.begin() as connection:
        connection.execute(text("PRAGMA foreign_keys = ON"))
        connection.execute(text("DELETE FROM recommendation_link"))
        connection.execute(text("DELETE FROM recommendation WHERE id = :id"), {"id": recommendation_id})
        assert connection.execute(text("SELECT count(*) FROM suggestion")).scalar() == 0
    with engine.begin() as connection:
        command.downgrade(schema_upgrade.alembic_config(connection), "0018")
    with engine.connect() as connection:
        assert "suggestion" not in inspect(connection).get_table_names()
    engine.dispose()


def test_the_calendar_migration_fills_the_dates_of_reviews_whose_session_is_known(tmp_path: Path) -> None:
    path = tmp_path / "at-0010.sqlite3"
    engine = create_sqlite_engine(path)
    schema_upgrade.upgrade_to_head(engine, path, target="0010")
    with engine.begin() as connection:
        fill_every_table(connection)
        ids = [row[0] for row in connection.execute(text("SELECT id FROM review ORDER BY id"))]
        connection.execute(text("UPDATE review SET session = NULL, review_date = NULL"))
        connection.execute(text("UPDATE review SET session = 7 WHERE id = :id"), {"id": ids[0]})
        # Only the date known: the session is found from the calendar (session 20 sat 27 Oct–7 Nov 2014).
        connection.execute(text("UPDATE review SET review_date = '2014-10-30' WHERE id = :id"), {"id": ids[1]})
        connection.execute(text("UPDATE milestone SET ends_on = '2012-01-01' WHERE rowid = 1"))
    schema_upgrade.upgrade_to_head(engine, path)
    with engine.connect() as connection:
        rows = {row.id: row for row in connection.execute(text(
            "SELECT id, adopted_on, mid_term_on, next_review_on, estimated_dates FROM review"))}
        precision = connection.execute(text("SELECT ends_precision FROM milestone WHERE rowid = 1")).scalar()
    first, second = rows[ids[0]], rows[ids[1]]
    # Session 7 (February 2010) was adopted at the Council's 14th session (June 2010).
    assert first.adopted_on.startswith("2010-06")
    assert first.mid_term_on.startswith("2012-12")
    assert first.next_review_on.startswith("2014")
    assert first.estimated_dates == "adopted_on,mid_term_on,next_review_on"
    assert second.adopted_on.startswith("2015-03") and second.next_review_on.startswith("2019-11")
    others = [row for key, row in rows.items() if key not in ids[:2]]
    assert others and all(row.adopted_on is None and row.estimated_dates is None for row in others)
    assert precision == "day"
    engine.dispose()


def test_the_postgresql_full_text_migration_indexes_what_a_filled_database_holds(server) -> None:
    """0013 on a server database filled at 0012: every record is indexed, searchable, and kept in step."""
    from upr_tracker.storage.fulltext import count_matches
    from upr_tracker.storage.server_opening import create_server_engine

    with server.fresh_database(empty=True) as address:
        engine = create_server_engine(address)
        schema_upgrade.upgrade_to_head(engine, None, target="0012")
        with engine.begin() as connection:
            before = fill_every_table(connection)
        schema_upgrade.upgrade_to_head(engine, None, target="0013")
        with engine.connect() as connection:
            after = snapshot(connection)
            indexed = dict(connection.execute(text("SELECT kind, count(*) FROM search_document GROUP BY kind")).all())
        assert before == after
        assert indexed == {table: len(before[table]) for table in ("recommendation", "response", "milestone", "note")}
        from sqlalchemy.orm import Session

        with Session(engine) as session:
            # the filler's text: "{column} {index}: Свобода выражения — égalité"
            assert count_matches(session, "EGALITE свобода", kinds=["recommendation"]) == len(before["recommendation"])
            assert count_matches(session, "egalite", kinds=["note"]) == len(before["note"])
        with engine.begin() as connection:
            connection.execute(text("UPDATE note SET body = 'nothing left'"))
            connection.execute(text("DELETE FROM milestone"))
        with Session(engine) as session:
            assert count_matches(session, "egalite", kinds=["note", "milestone"]) == 0
            assert count_matches(session, "nothing left", kinds=["note"]) == len(before["note"])
        from alembic import command

        with engine.begin() as connection:  # and back
            command.downgrade(schema_upgrade.alembic_config(connection), "0012")
        with engine.connect() as connection:
            assert "search_document" not in inspect(connection).get_table_names()
        engine.dispose()


# -- PostgreSQL: the same migrations make the same schema on a server ---------------------------------

def _tables_and_columns(engine) -> dict[str, set[str]]:
    """Each table of the schema with its columns (the full-text index's tables apart: each engine
    keeps its own kind)."""
    from sqlalchemy import inspect

    inspector = inspect(engine)
    return {table: {column["name"] for column in inspector.get_columns(table)}
            for table in inspector.get_table_names() if not table.startswith("search_")}


def test_the_migrations_make_the_schema_on_an_empty_postgresql_database(server,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from upr_tracker.storage import server_opening
    from upr_tracker.storage.models import Base

    with server.fresh_database(empty=True) as address:
        with Database.open(address, actor="tester") as database:
            assert schema_upgrade.revision_known(database.engine, None) == schema_upgrade.head_revision()
            with database.engine.connect() as connection:
                context = MigrationContext.configure(
                    connection, opts={"compare_type": True, "include_name": _not_fulltext})
                differences = compare_metadata(context, Base.metadata)
            assert differences == []

        def upgraded(_engine) -> None:
            raise AssertionError("a database at head was upgraded again")

        monkeypatch.setattr(server_opening, "upgrade_server_schema", upgraded)
        with Database.open(address, create=False, actor="tester") as again, again.read() as session:
            assert session.execute(text("SELECT count(*) FROM state")).scalar() > 190


def test_sqlite_and_postgresql_have_the_same_tables_and_columns(tmp_path: Path, server) -> None:
    from upr_tracker.storage.models import Base

    path = tmp_path / "head.sqlite3"
    with Database.open(path, actor="tester") as on_file:
        in_file = _tables_and_columns(on_file.engine)
    with server.fresh_database(empty=True) as address, Database.open(address, actor="tester") as on_server:
        on_the_server = _tables_and_columns(on_server.engine)
    in_models = {table.name: {column.name for column in table.columns}
                 for table in Base.metadata.sorted_tables if not table.name.startswith("search_")}
    assert on_the_server == in_file
    assert {t: c for t, c in in_file.items() if t != "alembic_version"} == in_models
