"""Backups of a team database with pg_dump and pg_restore (storage.server_backups, `upr-tracker
backup/restore --db postgresql://…`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from psycopg import sql
from sqlalchemy import select

from upr_tracker.cli.main import main
from upr_tracker.services.database_copy import Endpoint, copied_tables, copy_database
from upr_tracker.storage import server_backups
from upr_tracker.storage.database import Database
from upr_tracker.storage.schema_upgrade import alembic_config, head_revision
from upr_tracker.storage.server_backups import (
    ServerToolError,
    dump_server_database,
    restore_server_database,
    upgrade_backup_folder,
)
from upr_tracker.storage.server_opening import create_server_engine

pytestmark = pytest.mark.postgresql




@pytest.fixture
def team_demo(server, demo_file: Path) -> Iterator:
    """The demo on the server (copied there from its file, as a team would move to a server)."""
    with server.fresh_database(empty=True) as address:
        copy_database(Endpoint(demo_file), Endpoint(address), check=False)
        yield address


@pytest.fixture
def empty(server) -> Iterator:
    with server.fresh_database(empty=True) as address:
        yield address


def _rows(address) -> dict[str, set[tuple]]:
    engine = create_server_engine(address)
    try:
        with engine.connect() as connection:
            return {table.name: {tuple(row) for row in connection.execute(select(*table.columns))}
                    for table in copied_tables()}
    finally:
        engine.dispose()


def test_a_backup_restored_into_a_new_database_gives_every_row_back(team_demo, empty, tmp_path: Path) -> None:
    backup = dump_server_database(team_demo, tmp_path / "team.dump")
    assert backup.complete and backup.warning is None and backup.size > 10_000
    assert backup.path.stat().st_mode & 0o077 == 0  # readable by its owner alone
    restored = restore_server_database(empty, backup.path)
    assert restored.recommendations == 322
    assert _rows(empty) == _rows(team_demo)
    with Database.open(empty, create=False) as db, db.read() as session:
        assert session.execute(select(copied_tables()[0])).all() is not None  # opens as ours, at head


def test_restore_refuses_a_database_that_is_not_empty_unless_clean(team_demo, tmp_path: Path) -> None:
    backup = dump_server_database(team_demo, tmp_path / "team.dump")
    with pytest.raises(Exception, match="is not empty.*new database.*--clean"):
        restore_server_database(team_demo, backup.path)
    before = _rows(team_demo)
    assert restore_server_database(team_demo, backup.path, clean=True).recommendations == 322
    assert _rows(team_demo) == before


def test_restore_refuses_a_file_that_is_not_a_dump(empty, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.dump"
    bogus.write_text("not a backup")
    with pytest.raises(Exception, match="not a backup made by pg_dump"):
        restore_server_database(empty, bogus)


def test_a_missing_or_older_pg_dump_is_named(team_demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_backups.shutil, "which", lambda name: None)
    with pytest.raises(ServerToolError, match="pg_dump was not found.*postgresql-client"):
        dump_server_database(team_demo, tmp_path / "a.dump")
    monkeypatch.undo()
    monkeypatch.setattr(server_backups, "tool_major_version", lambda program: 9)
    with pytest.raises(ServerToolError, match="PostgreSQL 9, older than the server's"):
        dump_server_database(team_demo, tmp_path / "a.dump")
    assert not list(tmp_path.iterdir())


def test_a_role_that_row_level_security_limits_is_told_its_backup_is_incomplete(server, team_demo,
                                                                               tmp_path: Path) -> None:
    role = f"reader_{team_demo.database}"
    server.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    try:
        for statement in ("GRANT USAGE ON SCHEMA public TO {}", "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}",
                          "GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO {}"):
            server.execute(sql.SQL(statement).format(sql.Identifier(role)), team_demo.database)
        server.execute("ALTER TABLE note ENABLE ROW LEVEL SECURITY", team_demo.database)
        server.execute("CREATE POLICY own_notes ON note USING (author = current_user)", team_demo.database)
        backup = dump_server_database(team_demo.with_user(role), tmp_path / "partial.dump")
        assert not backup.complete
        assert "incomplete" in backup.warning and "note" in backup.warning and "BYPASSRLS" in backup.warning
        assert dump_server_database(team_demo, tmp_path / "whole.dump").complete  # the superuser sees all
    finally:
        server.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)), team_demo.database)
        server.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_an_older_team_database_is_backed_up_before_its_upgrade(server, empty) -> None:
    engine = create_server_engine(empty)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0011")
    engine.dispose()
    with Database.open(empty, create=False) as db:
        backup = db.last_migration_backup
    assert backup is not None and backup.parent == upgrade_backup_folder() and "before-upgrade" in backup.name
    with server.fresh_database(empty=True) as other:
        restore_server_database(other, backup)
        engine = create_server_engine(other)
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
        engine.dispose()
    assert version == "0011" != head_revision()


def test_the_backup_and_restore_commands_on_a_server(team_demo, empty, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "team.dump"
    assert main(["backup", "--db", str(team_demo)]) == 1
    assert "--out FILE" in capsys.readouterr().err
    assert main(["backup", "--db", str(team_demo), "--out", str(out)]) == 0
    assert f"to {out}" in capsys.readouterr().err
    assert main(["restore", "--db", str(team_demo), "--from", str(out)]) == 1
    assert "--clean" in capsys.readouterr().err
    assert main(["restore", "--db", str(empty), "--from", str(out)]) == 0
    assert "322 recommendations" in capsys.readouterr().err

