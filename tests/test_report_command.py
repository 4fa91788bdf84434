"""`upr-tracker report`: the four templates in the three formats, from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from upr_tracker.cli.main import main
from upr_tracker.services import milestones, notes, recommendations, responses, reviews
from upr_tracker.services.organisation import organisation_name, set_organisation_name
from upr_tracker.storage.database import Database


@pytest.fixture
def filled_db(db_path: Path) -> Path:
    with Database.open(db_path, actor="tester") as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        first = recommendations.add_recommendation(
            db, review, "Abolish the death penalty", label="97.17", recommending_states=["France"],
            themes=["Death penalty"])
        recommendations.add_recommendation(db, review, "Обеспечить свободу собраний", label="95.40",
                                           recommending_states=["Russian Federation"], themes=["Death penalty"])
        responses.record_response(db, [first], "accepted", response_text="The recommendation is accepted.")
        notes.add_note(db, "Мораторий продлён", recommendation_id=first)
        # The latest note is the one a brief prints: confidential, it is left out unless asked for.
        notes.add_note(db, "Confidential talk about the moratorium", recommendation_id=first, confidential=True)
        milestones.add_milestone(db, "KAZ", "moratorium", "Moratorium on the death penalty", date="2003-12-17",
                                 recommendation_ids=[first])
        set_organisation_name(db, "Bureau for Human Rights")
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    """The PDF's words with single spaces (Qt places words one by one; cells wrap their lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_country_brief_in_a_fresh_process_without_a_display(filled_db: Path, tmp_path: Path) -> None:
    """The command line has no window: the report must lay out its text all the same."""
    out = tmp_path / "brief.pdf"
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    finished = subprocess.run(
        [sys.executable, "-m", "upr_tracker", "report", "--db", str(filled_db), "--template", "country-brief",
         "--state", "KAZ", "--cycle", "1", "--out", str(out)],
        check=False, capture_output=True, text=True, env=environment, timeout=120)
    assert finished.returncode == 0, finished.stderr
    assert f"to {out}" in finished.stderr
    text = pdf_text(out)
    assert "Abolish the death penalty" in text
    assert "Обеспечить свободу собраний" in text
    assert "Bureau for Human Rights" in text  # the organisation saved in the database
    assert "Confidential talk" not in text
    assert "Мораторий продлён" in text  # the latest note that may be shown


@pytest.mark.parametrize("template", ["country-brief", "mid-term", "timeline"])
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_every_template_in_every_format(filled_db: Path, tmp_path: Path, capsys, template: str, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    code, _out, err = run(capsys, "report", "--db", str(filled_db), "--template", template, "--state", "KAZ",
                          "--cycle", "1", "--out", str(out))
    assert code == 0, err
    if fmt == "pdf":
        text = pdf_text(out)
    elif fmt == "docx":
        document = Document(str(out))
        text = "\n".join([p.text for p in document.paragraphs]
                         + [c.text for t in document.tables for r in t.rows for c in r.cells])
    else:
        text = out.read_text(encoding="utf-8")
    assert "Kazakhstan" in text
    expected = "Moratorium on the death penalty" if template == "timeline" else "Abolish the death penalty"
    assert expected in text


def test_a_thematic_brief_by_theme_or_by_search(filled_db: Path, tmp_path: Path, capsys) -> None:
    by_theme = tmp_path / "theme.html"
    assert run(capsys, "report", "--db", str(filled_db), "--template", "thematic", "--theme", "Death penalty",
               "--out", str(by_theme))[0] == 0
    assert "Abolish the death penalty" in by_theme.read_text(encoding="utf-8")
    by_search = tmp_path / "search.html"
    assert run(capsys, "report", "--db", str(filled_db), "--template", "thematic", "--search", "свободу",
               "--out", str(by_search))[0] == 0
    text = by_search.read_text(encoding="utf-8")
    assert "Обеспечить свободу собраний" in text and "Abolish the death penalty" not in text


def test_confidential_notes_only_when_asked(filled_db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.html"
    code, _out, err = run(capsys, "report", "--db", str(filled_db), "--template", "country-brief", "--state", "KAZ",
                          "--cycle", "1", "--out", str(out), "--include-confidential",
                          "--organisation", "Another organisation")
    assert code == 0
    assert "includes confidential notes" in err
    text = out.read_text(encoding="utf-8")
    assert "Confidential talk about the moratorium" in text
    assert "Another organisation" in text
    with Database.open(filled_db) as db:  # a one-off name on the command line is not saved
        assert organisation_name(db) == "Bureau for Human Rights"


@pytest.mark.parametrize(("extra", "message"), [
    (["--state", "KAZ", "--cycle", "1", "--out", "brief.pdf", "--format", "docx"], "the file name says .pdf"),
    (["--state", "KAZ", "--cycle", "1", "--out", "brief.txt"], "name the file .pdf, .docx or .html"),
    (["--state", "Atlantis", "--cycle", "1", "--out", "brief.pdf"], "Atlantis"),
    (["--state", "KAZ", "--cycle", "3", "--out", "brief.pdf"], "cycle"),
    (["--cycle", "1", "--out", "brief.pdf"], "state"),
])
def test_mistakes_print_one_line_and_write_nothing(filled_db: Path, tmp_path: Path, capsys, extra: list[str],
                                                   message: str) -> None:
    extra = [str(tmp_path / e) if e.startswith("brief.") else e for e in extra]
    code, _out, err = run(capsys, "report", "--db", str(filled_db), "--template", "country-brief", *extra)
    assert code == 1
    assert err.startswith("upr-tracker: error:") and err.count("\n") == 1
    assert message.lower() in err.lower()
    assert list(tmp_path.glob("brief*")) == []


def test_an_unencrypted_report_of_an_encrypted_database_says_so(tmp_path: Path, capsys) -> None:
    from upr_tracker.storage.encryption import Passphrase

    path = tmp_path / "encrypted.sqlite3"
    with Database.open(path, actor="tester", passphrase=Passphrase("correct horse battery staple")) as db:
        review = reviews.create_review(db, "Kazakhstan", 1, 7)
        recommendations.add_recommendation(db, review, "Abolish the death penalty", label="97.17")
    key = tmp_path / "key.txt"
    key.write_text("correct horse battery staple\n", encoding="utf-8")
    out = tmp_path / "brief.html"
    code, _out, err = run(capsys, "report", "--db", str(path), "--passphrase-file", str(key), "--template",
                          "country-brief", "--state", "KAZ", "--cycle", "1", "--out", str(out))
    assert code == 0 and out.exists()
    assert "The database is encrypted but this export is not: give --encrypt" in err
