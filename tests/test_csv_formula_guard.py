"""The app's CSV export puts an apostrophe before a cell a spreadsheet would take for a formula;
reading that export back removes it, and only there and only before a formula's first character."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from upr_tracker.cli.main import main
from upr_tracker.parsing.tables import unguarded
from upr_tracker.services import recommendations, vocabularies
from upr_tracker.services.dataset_import import import_dataset
from upr_tracker.services.export_tables import csv_safe, export_table
from upr_tracker.services.recommendations import RecommendationFilter, recommendation_rows
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database

FORMULA_THEME = "=1+2 theme"
TEXTS = {
    "1.1": "-Ratify the Convention against Torture",
    "1.2": "+Abolish the death penalty",
    "1.3": "@Protect human rights defenders",
    "1.4": "'Tis the duty of the State to protect journalists",   # an apostrophe of the text's own
}


def rows(db: Database) -> dict[str, recommendations.RecommendationRow]:
    found = recommendation_rows(db, recommendations.list_recommendation_ids(db, RecommendationFilter()))
    return {row.label: row for row in found}


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    review = create_review(db, "Chile", 1, 5)
    vocabularies.add_term(db, "themes", FORMULA_THEME)
    for label, text in TEXTS.items():
        recommendations.add_recommendation(db, review, text, label=label, recommending_states=["France"],
                                           themes=[FORMULA_THEME, "Death penalty"] if label == "1.1" else [])
    out = tmp_path / "chile.csv"
    export_table(db, out, "csv")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = {row["label"]: row for row in csv.DictReader(handle)}
    assert cells["1.1"]["text"].startswith("'-") and cells["1.1"]["themes"].startswith("'=")  # guarded
    return out


def test_the_own_export_reads_back_without_its_guards(db: Database, exported: Path, tmp_path: Path) -> None:
    with Database.open(tmp_path / "other.sqlite3", actor="tester") as other:
        report = import_dataset(other, exported)
        assert report.format == "upr-tracker" and report.recommendations.created == len(TEXTS)
        back = rows(other)
        assert {label: row.text for label, row in back.items()} == TEXTS
        assert set(back["1.1"].themes) == {FORMULA_THEME, "Death penalty"}


def test_reimporting_the_own_export_adds_no_near_duplicate(db: Database, exported: Path) -> None:
    themes_before = {t.name for t in vocabularies.list_terms(db, "themes")}
    report = import_dataset(db, exported)
    assert report.recommendations.created == 0
    assert {t.name for t in vocabularies.list_terms(db, "themes")} == themes_before
    assert {label: row.text for label, row in rows(db).items()} == TEXTS


def test_the_command_line_round_trip(db: Database, exported: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "cli.sqlite3"
    assert main(["import", str(exported), "--db", str(target)]) == 0, capsys.readouterr().err
    with Database.open(target, actor="tester") as other:
        assert rows(other)["1.1"].text == TEXTS["1.1"]
        assert FORMULA_THEME in rows(other)["1.1"].themes


def test_another_table_keeps_its_apostrophes(db: Database, tmp_path: Path) -> None:
    # Not the app's export (a UPR Info file): what it holds is kept as written.
    table = tmp_path / "uprinfo.csv"
    table.write_text("To,Text,From,Response,Action,Issue,Session\n"
                     "Chile,'-Ratify the Convention against Torture,France,Supported,,,5\n", encoding="utf-8")
    import_dataset(db, table)
    assert [row.text for row in rows(db).values()] == ["'-Ratify the Convention against Torture"]


@given(st.text())
def test_every_text_comes_back_as_it_was_exported(text: str) -> None:
    assert unguarded(csv_safe(text)) == text


def test_a_text_s_own_apostrophe_before_a_formula_start_survives_the_round_trip(db: Database, tmp_path: Path) -> None:
    review = create_review(db, "Chile", 1, 5)
    recommendations.add_recommendation(db, review, "'=quoted on purpose", label="2.1", recommending_states=["France"])
    export_table(db, tmp_path / "x.csv", "csv")
    with Database.open(tmp_path / "other.sqlite3", actor="tester") as other:
        import_dataset(other, tmp_path / "x.csv")
        assert [row.text for row in rows(other).values()] == ["'=quoted on purpose"]
