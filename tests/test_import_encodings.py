"""The encoding of imported text and CSV files, from the command line and the services: what the
report says was used and how sure, --encoding to force another, and unknown names refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.encoding_samples import RECOMMENDATIONS, UPRINFO_HEADER
from tests.sample_paths import CHINA_MATRIX_DOCX, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.parsing.text_encoding import Certainty
from upr_tracker.services.dataset_import import import_dataset
from upr_tracker.services.document_import import import_document
from upr_tracker.services.import_review import (
    detect_document,
    preview_dataset,
    table_columns,
)
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_recommendations,
)
from upr_tracker.storage.database import Database

RUSSIAN = [text for text, _state in RECOMMENDATIONS["ru"]]
RECOMMENDING = ["France", "Germany", "Brazil", "Norway", "Canada", "Spain"]


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def russian_export(path: Path, encoding: str) -> Path:
    """A UPR Info export of Kazakhstan's first review whose texts are in Russian."""
    lines = [",".join(UPRINFO_HEADER)]
    for text, state in zip(RUSSIAN, RECOMMENDING):
        lines.append(f'Kazakhstan,Asia,,"{text}",{state},WEOG,,Accepted,5,Torture and other CID treatment,7')
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def cp1252_report(path: Path) -> Path:
    """The Kazakhstan Working Group report (curly quotes, bullets, dashes) saved in Windows-1252."""
    path.write_bytes(KAZAKHSTAN_WG_REPORT_TXT.read_text("utf-8").encode("cp1252"))
    return path


# --- the command line -------------------------------------------------------------------------


def test_a_cyrillic_export_is_read_and_the_report_says_how(db_path: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    export = russian_export(tmp_path / "kaz.csv", "cp1251")
    code, out, err = run(capsys, "import", export, "--db", db_path)
    assert code == 0, err
    assert "  encoding: read as Windows-1251 (Cyrillic), detected; if the text looks wrong, give --encoding" in out
    with Database.open(db_path) as db:
        assert count_recommendations(db, RecommendationFilter(text_query="Ратифицировать")) == 1
        assert count_recommendations(db, RecommendationFilter(text_query="пыток")) == 1


def test_encoding_forces_the_reading_and_the_json_says_it_was_given(db_path: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    export = russian_export(tmp_path / "kaz.csv", "koi8-r")
    code, out, err = run(capsys, "import", export, "--db", db_path, "--dry-run", "--json", "--encoding", "KOI8-R")
    assert code == 0, err
    data = json.loads(out)
    assert data["encoding"] == {"name": "koi8-r", "title": "KOI8-R (Russian)", "certainty": "given",
                                "alternatives": []}
    code, out, _err = run(capsys, "import", export, "--db", db_path, "--encoding", "windows-1251")
    assert code == 0
    assert "encoding: read as Windows-1251 (Cyrillic), as given" in out
    with Database.open(db_path) as db:   # read as the user said, wrongly: no Russian word is found
        assert count_recommendations(db, RecommendationFilter(text_query="Ратифицировать")) == 0


def test_a_document_in_windows_1252_is_read_and_said(db_path: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    report = cp1252_report(tmp_path / "A_HRC_14_10.txt")
    code, out, _err = run(capsys, "import", report, "--db", db_path, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["recommendations"]["created"] == 128
    assert data["encoding"]["name"] == "cp1252" and data["encoding"]["certainty"] == "likely"


def test_a_utf8_document_is_certain(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "import", KAZAKHSTAN_WG_REPORT_TXT, "--db", db_path, "--dry-run")
    assert code == 0 and "  encoding: read as UTF-8, certain\n" in out


@pytest.mark.parametrize("name", ["klingon", "rot13"])
def test_an_unknown_encoding_is_refused_before_anything_is_read(db_path: Path, name: str,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["import", str(KAZAKHSTAN_WG_REPORT_TXT), "--db", str(db_path), "--encoding", name])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --encoding: unknown encoding '{name}'" in err and "windows-1251" in err
    assert not db_path.exists()


def test_encoding_given_for_a_word_file_is_said_not_to_apply(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "import", CHINA_MATRIX_DOCX, "--db", db_path, "--dry-run", "--encoding", "cp1251")
    assert code == 0 and out.startswith("Would import")
    assert "--encoding applies to text and CSV files only" in err
    assert "encoding:" not in out


# --- the services -----------------------------------------------------------------------------


def test_services_carry_the_encoding(db: Database, tmp_path: Path) -> None:
    export = russian_export(tmp_path / "kaz.csv", "koi8-r")
    columns = table_columns(export)
    assert columns.encoding is not None and columns.encoding.codec == "koi8-r"
    assert columns.encoding.certainty is Certainty.LIKELY
    assert table_columns(export, encoding="cp1251").encoding.given
    preview = preview_dataset(db, export)
    assert preview.encoding == columns.encoding and preview.as_json()["encoding"]["name"] == "koi8-r"
    report = import_dataset(db, export, encoding="koi8-r")
    assert report.encoding is not None and report.encoding.given
    assert count_recommendations(db, RecommendationFilter(text_query="Ратифицировать")) == 1


def test_documents_carry_the_encoding(db: Database, tmp_path: Path) -> None:
    report_file = cp1252_report(tmp_path / "A_HRC_14_10.txt")
    detected = detect_document(report_file)
    assert detected.encoding is not None and detected.encoding.codec == "cp1252"
    assert detect_document(report_file, encoding="mac-roman").encoding.given
    report = import_document(db, report_file, dry_run=True)
    assert report.encoding == detected.encoding
    assert report.as_json()["encoding"]["title"] == "Windows-1252 (Western European)"
    assert import_document(db, CHINA_MATRIX_DOCX, dry_run=True).encoding is None


# --- a guess is a point to review -------------------------------------------------------------


def ascii_report_with(accented: str) -> str:
    """The Kazakhstan report in plain ASCII, but for one recommendation that names `accented`."""
    text = KAZAKHSTAN_WG_REPORT_TXT.read_text("utf-8")
    for typographic, plain in (("’", "'"), ("•", "*"), ("–", "-"), ("“", '"'), ("”", '"')):
        text = text.replace(typographic, plain)
    return text.replace("as provided for in the 2009-2012 National Human Rights Plan (Belgium)",
                        f"as provided for in the 2009-2012 National Human Rights Plan, {accented} (Belgium)")


def test_a_guessed_encoding_marks_the_texts_it_may_have_misread(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "A_HRC_14_10.txt"
    path.write_bytes(ascii_report_with("Plán lidských práv").encode("cp1250"))
    report = import_document(db, path)
    assert report.encoding is not None and report.encoding.uncertain
    guessed = [p for p in report.problems if p.kind == "encoding_guessed"]
    assert len(guessed) == 1
    problem = guessed[0]
    assert len(problem.labels) == 1   # only the text with letters beyond ASCII
    assert "encoding was a guess" in problem.message and "--encoding" in problem.message
    assert "lidsk" in (problem.excerpt or "")
    assert count_recommendations(db, RecommendationFilter(needs_review=True)) >= 1
    flagged = count_recommendations(db, RecommendationFilter(needs_review=True, text_query="Belgium"))
    assert flagged == 1


def test_a_given_or_detected_encoding_is_no_point_to_review(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "A_HRC_14_10.txt"
    path.write_bytes(ascii_report_with("Plán lidských práv").encode("cp1250"))
    report = import_document(db, path, encoding="cp1250", dry_run=True)
    assert not [p for p in report.problems if p.kind == "encoding_guessed"]
    utf8 = import_document(db, KAZAKHSTAN_WG_REPORT_TXT, dry_run=True)
    assert not [p for p in utf8.problems if p.kind == "encoding_guessed"]


def test_a_guessed_encoding_of_a_table_is_noted(db: Database, tmp_path: Path) -> None:
    row = 'Kazakhstan,Asia,,"Přijmout zákon o rovném zacházení",France,WEOG,,Accepted,5,Justice,7'
    lines = [",".join(UPRINFO_HEADER), row]
    path = tmp_path / "short.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1250"))
    report = preview_dataset(db, path)
    assert report.encoding is not None and report.encoding.uncertain
    assert any(notice.startswith("the encoding was a guess: read as ") for notice in report.notices)


def test_an_encoding_given_that_the_file_is_not_in_is_refused_by_line(db_path: Path, tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """Read with replacement characters, six Russian texts would lose every letter and become one."""
    export = russian_export(tmp_path / "kaz.csv", "cp1251")
    code, out, err = run(capsys, "import", export, "--db", db_path, "--encoding", "utf-8")
    assert code == 1 and out == ""
    assert "kaz.csv, line 2: byte 0x" in err and "is not UTF-8" in err and "Windows-1251 (Cyrillic)" in err
    code, out, err = run(capsys, "import", export, "--db", db_path)
    assert code == 0, err
    with Database.open(db_path) as db:
        assert count_recommendations(db, RecommendationFilter()) == len(RUSSIAN)


def test_a_document_in_an_encoding_not_its_own_is_refused_and_nothing_is_written(db: Database,
                                                                                 tmp_path: Path) -> None:
    path = cp1252_report(tmp_path / "A_HRC_14_10.txt")
    with pytest.raises(InvalidValueError, match=r"A_HRC_14_10.txt, line \d+: byte 0x[0-9A-F]{2} is not UTF-8"):
        import_document(db, path, encoding="utf-8")
    assert count_recommendations(db, RecommendationFilter()) == 0


def test_a_guessed_encoding_of_a_table_flags_its_accented_texts(db: Database, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    rows = ['Kazakhstan,Asia,,"Přijmout zákon o rovném zacházení",France,WEOG,,Accepted,5,Justice,7',
            'Kazakhstan,Asia,,"Ratify the Optional Protocol",Germany,WEOG,,Accepted,5,Justice,7']
    path = tmp_path / "short.csv"
    path.write_bytes(("\r\n".join([",".join(UPRINFO_HEADER), *rows]) + "\r\n").encode("cp1250"))
    report = import_dataset(db, path)
    assert report.encoding is not None and report.encoding.uncertain
    assert report.flagged == {"encoding_guessed": 1}
    flagged = count_recommendations(db, RecommendationFilter(needs_review=True))
    assert flagged == 1 and count_recommendations(db, RecommendationFilter(needs_review=True, text_query="Ratify")) == 0
    again = import_dataset(db, path)   # the same file again adds no second flag
    assert again.recommendations.created == 0
    code, out, err = run(capsys, "problems", "--db", db.target, "--kind", "encoding_guessed", "--json")
    assert code == 0, err
    assert len(json.loads(out)["problems"]) == 1
