"""The command line: every command, its output, and its errors (one line, non-zero, no traceback)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from upr_tracker import __version__
from upr_tracker.cli.main import main
from upr_tracker.services import notes, recommendations, responses, reviews
from upr_tracker.storage.database import Database


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Database.open(db_path, actor="tester") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        first = recommendations.add_recommendation(
            db, review, "Abolish the death penalty", label="97.17", recommending_states=["France"],
            themes=["Death penalty"])
        recommendations.add_recommendation(db, review, "Обеспечить свободу собраний", label="95.40",
                                           recommending_states=["Russian Federation"])
        responses.record_response(db, [first], "accepted", response_text="The recommendation is accepted.")
        notes.add_note(db, "Confidential talk about the death penalty", recommendation_id=first, confidential=True)
        notes.add_note(db, "Public talk", recommendation_id=first)
        france = reviews.create_review(db, "France", 1, 4)
        recommendations.add_recommendation(db, france, "Combat racial discrimination", label="60.1")
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"upr-tracker {__version__}"


def test_module_entry_point_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "upr_tracker", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"upr-tracker {__version__}"


def test_search_prints_marked_matches(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "search", "--db", str(filled_db), "death")
    assert code == 0
    assert "Kazakhstan, cycle 1: recommendation 97.17" in out
    assert "Abolish the [death] penalty" in out
    assert "(confidential)" in out
    assert out.strip().endswith("2 results.")


def test_search_json(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "search", "--db", str(filled_db), "СВОБОДУ", "--json")
    data = json.loads(out)
    assert code == 0 and data["count"] == 1
    [hit] = data["results"]
    assert hit["kind"] == "recommendation" and hit["confidential"] is False
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "свободу"


def test_search_with_no_match(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "search", "--db", str(filled_db), "nonexistentword")
    assert code == 0 and "No match" in out


def test_check_reports_a_sound_database(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "check", "--db", str(filled_db), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert report["integrity"] == "ok"
    assert report["schema_revision"] == report["head_revision"]
    assert report["counts"]["recommendation"] == 3
    code, out, _err = run(capsys, "check", "--db", str(filled_db))
    assert code == 0 and out.strip().endswith("OK")


def test_check_finds_a_broken_search_index(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(sqlite3.connect(filled_db)) as connection:
        connection.execute("DELETE FROM search_document WHERE kind = 'note'")
        connection.commit()
    code, out, _err = run(capsys, "check", "--db", str(filled_db))
    assert code == 1
    assert "the search index covers 0 of 2 note records" in out
    assert out.strip().endswith("PROBLEMS FOUND")


def test_check_does_not_write(filled_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Database.open(filled_db).close()  # checkpointed and closed
    before = filled_db.read_bytes()
    run(capsys, "check", "--db", str(filled_db))
    assert filled_db.read_bytes() == before


def test_export_json_with_filters(filled_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "kaz.json"
    code, _out, err = run(capsys, "export", "--db", str(filled_db), "--format", "json", "--out", str(out_file),
                          "--state", "KAZ", "--cycle", "1")
    assert code == 0
    assert "Exported 2 recommendations" in err and "confidential notes left out" in err
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert sorted(r["label"] for r in data["recommendations"]) == ["95.40", "97.17"]
    assert [n["body"] for n in data["notes"]] == ["Public talk"]
    code, _out, err = run(capsys, "export", "--db", str(filled_db), "--out", str(out_file), "--include-confidential")
    data = json.loads(out_file.read_text(encoding="utf-8"))
    assert code == 0 and len(data["recommendations"]) == 3 and len(data["notes"]) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "--db", "{missing}", "x"], "there is no database at"),
        (["search", "--db", "{text_file}", "x"], "is not an UPR Tracker database"),
        (["export", "--db", "{db}", "--out", "{tmp}/no/such/folder/x.json"], "does not exist"),
        (["export", "--db", "{db}", "--out", "{tmp}/x.json", "--state", "Atlantis"], "no State called 'Atlantis'"),
        (["search", "--db", "{db}", "  "], "has no word to look for"),
        (["check", "--db", "{text_file}"], "not an SQLite file"),
    ],
)
def test_user_mistakes_print_one_line_and_exit_non_zero(
    filled_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    text_file = tmp_path / "letter.txt"
    text_file.write_text("Dear colleagues")
    values = {"missing": str(tmp_path / "missing.sqlite3"), "text_file": str(text_file), "db": str(filled_db),
              "tmp": str(tmp_path)}
    code, out, err = run(capsys, *[a.format(**values) for a in args])
    assert code == 1
    assert err.startswith("upr-tracker: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "missing.sqlite3").exists()


def test_unknown_command_is_an_argparse_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
