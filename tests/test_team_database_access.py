"""The commands on a team database: --db postgresql://USER@HOST:PORT/DATABASE reads and writes as a
file's path does; the password comes from PGPASSWORD or ~/.pgpass, else is asked at the terminal,
and never shows in an output or a log; the file-only commands say what to do instead."""

from __future__ import annotations

import contextlib
import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.team_server_roles import PasswordRole
from upr_tracker.cli import server_passwords
from upr_tracker.cli.main import main
from upr_tracker.storage.server_address import ServerAddress

pytestmark = pytest.mark.postgresql










def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_writing_then_a_reading_command_on_a_server_address(team_db: ServerAddress, tmp_path: Path,
                                                              capsys) -> None:
    url = str(team_db)
    code, _out, err = _run(capsys, "review", "add", "--db", url, "--state", "KAZ", "--cycle", "1", "--session", "7")
    assert code == 0, err
    code, out, err = _run(capsys, "review", "list", "--db", url)
    assert code == 0, err
    assert "Kazakhstan (KAZ), cycle 1, session 7" in out and "1 review." in out
    # The change is recorded under the user the server authenticated.
    trail = tmp_path / "trail.csv"
    code, _out, err = _run(capsys, "audit", "--db", url, "--out", str(trail))
    assert code == 0, err
    added = [line for line in trail.read_text(encoding="utf-8-sig").splitlines() if ",create,review," in line]
    assert added and all(f",{team_db.user},create,review," in line for line in added)


def test_a_reading_command_in_a_process_of_its_own(team_db: ServerAddress, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    done = subprocess.run([sys.executable, "-m", "upr_tracker", "export", "--db", str(team_db), "--format", "csv",
                           "--out", str(out)], capture_output=True, text=True, timeout=120, check=False,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    assert "Exported 0 recommendations" in done.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("state,cycle,session,label,text")


def test_a_url_holding_a_password_is_refused_without_showing_it(capsys) -> None:
    for url in ("postgresql://ana:Secret-Word-1@db.example.org/upr", "postgresql://ana:Secret-Word-1@db:x/upr"):
        with pytest.raises(SystemExit) as stopped:
            main(["review", "list", "--db", url])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert "Secret-Word-1" not in err
        assert "--db" in err
    with pytest.raises(SystemExit):
        main(["review", "list", "--db", "postgresql://ana:Secret-Word-1@db.example.org/upr"])
    assert "do not put the password in the address" in capsys.readouterr().err


def test_another_kind_of_server_is_refused(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["review", "list", "--db", "mysql://ana@db.example.org/upr"])
    assert "only PostgreSQL servers are supported" in capsys.readouterr().err


def test_the_password_is_asked_at_the_terminal_and_never_shown(
        role: PasswordRole, team_db: ServerAddress, no_password_around: None, monkeypatch: pytest.MonkeyPatch,
        capsys, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    asked: list[str] = []
    monkeypatch.setattr(server_passwords, "_at_a_terminal", lambda: True)
    monkeypatch.setattr(server_passwords.getpass, "getpass", lambda prompt: asked.append(prompt) or role.password)
    url = str(role.address(team_db))
    code, _out, err = _run(capsys, "review", "add", "--db", url, "--state", "KAZ", "--cycle", "2", "--session", "20")
    assert code == 0, err
    code, out, err = _run(capsys, "review", "list", "--db", url)
    assert code == 0, err
    assert "cycle 2, session 20" in out
    assert asked == [f"Password of {role.name} on {team_db.name}: "] * 2
    for text in (out, err, caplog.text):
        assert role.password not in text


def test_a_wrong_password_is_asked_again_three_times(
        role: PasswordRole, team_db: ServerAddress, no_password_around: None, monkeypatch: pytest.MonkeyPatch,
        capsys) -> None:
    typed = iter(["wrong-1", "wrong-2", role.password])
    monkeypatch.setattr(server_passwords, "_at_a_terminal", lambda: True)
    monkeypatch.setattr(server_passwords.getpass, "getpass", lambda _prompt: next(typed))
    code, out, err = _run(capsys, "problems", "--db", str(role.address(team_db)))
    assert code == 0, err
    assert err.count("The server refused that password; try again.") == 2
    typed = iter(["wrong-1", "wrong-2", "wrong-3", role.password])
    code, out, err = _run(capsys, "problems", "--db", str(role.address(team_db)))
    assert code == 1
    assert "the server refused the password" in err
    assert next(typed) == role.password  # not asked a fourth time
    assert "wrong-" not in out + err


def test_without_a_terminal_it_says_where_the_password_goes(
        role: PasswordRole, team_db: ServerAddress, no_password_around: None, monkeypatch: pytest.MonkeyPatch,
        capsys) -> None:
    monkeypatch.setattr(server_passwords, "_at_a_terminal", lambda: False)
    code, _out, err = _run(capsys, "review", "list", "--db", str(role.address(team_db)))
    assert code == 1
    assert "asks for a password" in err and "~/.pgpass" in err and "PGPASSWORD" in err
    assert f"{team_db.host}:{team_db.port}:{team_db.database}:{role.name}:PASSWORD" in err


def test_pgpassword_and_pgpass_give_it_without_asking(
        role: PasswordRole, team_db: ServerAddress, no_password_around: None, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(server_passwords, "_at_a_terminal", lambda: True)
    monkeypatch.setattr(server_passwords.getpass, "getpass", lambda _prompt: pytest.fail("asked for the password"))
    url = str(role.address(team_db))
    monkeypatch.setenv("PGPASSWORD", role.password)
    assert _run(capsys, "review", "list", "--db", url)[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{team_db.host}:{team_db.port}:*:{role.name}:{role.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    code, out, err = _run(capsys, "review", "list", "--db", url)
    assert code == 0, err
    assert role.password not in out + err


@pytest.mark.parametrize(("command", "said"), [
    (["check"], "checks the integrity of a database file"),
    (["encrypt"], "encrypts a database file"),
    (["decrypt"], "removes the encryption of a database file"),
    (["change-passphrase"], "changes the passphrase of an encrypted database file"),
])
def test_the_file_only_commands_say_what_to_do_on_a_server(team_db: ServerAddress, command: list[str], said: str,
                                                            capsys) -> None:
    code, _out, err = _run(capsys, *command, "--db", str(team_db))
    assert code == 1
    assert said in err and f"{team_db.name} is a team database on a server" in err


def test_a_passphrase_file_is_refused_on_a_server(team_db: ServerAddress, tmp_path: Path, capsys) -> None:
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("correct horse battery staple\n")
    code, _out, err = _run(capsys, "review", "list", "--db", str(team_db), "--passphrase-file", str(passphrase))
    assert code == 1
    assert "--passphrase-file is for an encrypted database file" in err


def test_an_unreachable_server_is_said_plainly(capsys) -> None:
    import socket

    with socket.socket() as probe:  # a port where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _out, err = _run(capsys, "review", "list", "--db", f"postgresql://ana@127.0.0.1:{port}/upr")
    assert code == 1
    assert "cannot be reached or refused the connection" in err
    assert "Traceback" not in err


def test_an_empty_database_says_an_admin_sets_it_up(server, capsys) -> None:
    with server.fresh_database(empty=True) as address:
        code, _out, err = _run(capsys, "review", "list", "--db", str(address))
    assert code == 1
    assert "has no UPR Tracker data yet" in err and "server init" in err



@settings(max_examples=60, deadline=None)
@given(password=st.text(alphabet=st.characters(codec="ascii", categories=["L", "N", "P", "S"],
                                               exclude_characters="/?#%\\"), min_size=4, max_size=30),
       port=st.sampled_from(["", ":5432", ":x1"]))
def test_no_refused_address_shows_its_password(password: str, port: str) -> None:
    password = f"Zq{password}"  # (a start no message holds: the whole password is looked for)
    url = f"postgresql://ana:{password}@db.example.org{port}/upr"
    said = io.StringIO()
    with contextlib.redirect_stderr(said), pytest.raises(SystemExit):
        main(["review", "list", "--db", url])
    assert password not in said.getvalue().replace("postgresql://ana:…@db.example.org", "")


def test_the_window_takes_a_server_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from upr_tracker.gui import app

    opened: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda target: opened.append(target) or 0)
    assert main(["--db", "postgresql://ana@db.example.org:5433/upr?sslmode=verify-full"]) == 0
    assert opened == [ServerAddress("db.example.org", "upr", "ana", 5433, (("sslmode", "verify-full"),))]
