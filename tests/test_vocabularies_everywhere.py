"""Every vocabulary shows wherever themes do: the table's rows, a recommendation's detail, the
theme filter (in SQL), the reports and the CSV/XLSX exports. An OHCHR matrix fills OHCHR themes
and affected persons, not UPR Info issues: before, its 658 links were stored and shown nowhere."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sample_paths import CHINA_MATRIX_DOCX
from upr_tracker.cli.main import main
from upr_tracker.domain.reference import term_display
from upr_tracker.errors import NotFoundError
from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
from upr_tracker.reports.document import Heading, Paragraph, Table
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.document_import import import_document
from upr_tracker.services.export_tables import export_table
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_recommendations,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.services.vocabularies import add_term, list_terms, qualified_term, theme_choices
from upr_tracker.storage.database import Database


@pytest.fixture(scope="module")
def china(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = Database.open(tmp_path_factory.mktemp("china") / "china.sqlite3", actor="tester")
    import_document(database, CHINA_MATRIX_DOCX)
    yield database
    database.close()


def report_text(db: Database, template: ReportTemplate, **fields: object) -> str:
    report = build_report(db, ReportRequest(template, **fields))  # type: ignore[arg-type]
    parts: list[str] = [report.cover.title]
    for block in report.blocks:
        if isinstance(block, (Heading, Paragraph)):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [block.caption or "", *(cell for row in block.rows for cell in row)]
    return "\n".join(parts)


def _rows(db: Database, **wanted: object) -> dict[str, recommendations.RecommendationRow]:
    ids = list_recommendation_ids(db, RecommendationFilter(**wanted))  # type: ignore[arg-type]
    return {r.label: r for r in recommendation_rows(db, ids)}  # type: ignore[misc]


def test_the_matrix_themes_reach_the_rows_and_the_detail(china: Database) -> None:
    rows = _rows(china)
    first = rows["186.1"]
    assert ("ohchr_themes", "A12 Acceptance of international norms") in first.terms
    assert first.terms_of("ohchr_themes") and first.themes == ()  # no UPR Info issue in a matrix
    # Vocabularies in the order shown: the themes before the affected persons.
    kinds = [v for v, _n in first.terms]
    assert kinds == sorted(kinds, key=["themes", "ohchr_themes", "sdgs", "affected_persons"].index)
    detail = recommendation_detail(china, first.id)
    assert detail.row.terms == first.terms


def test_the_matrix_links_are_all_shown(china: Database) -> None:
    from sqlalchemy import func, select

    from upr_tracker.storage.models import recommendation_term

    with china.read() as session:
        stored = session.scalar(select(func.count()).select_from(recommendation_term))
    rows = _rows(china)
    assert stored and sum(len(r.terms) for r in rows.values()) == stored


@pytest.mark.parametrize("written", [
    "ohchr_themes:Death penalty", "OHCHR:D23", "OHCHR themes: D23 Death penalty", "D23 Death penalty", "D23",
    "death PENALTY",
])
def test_the_theme_filter_takes_a_term_of_any_vocabulary(china: Database, written: str) -> None:
    found = _rows(china, theme=written)
    assert found and all("D23 Death penalty" in r.terms_of("ohchr_themes") for r in found.values())
    assert count_recommendations(china, RecommendationFilter(theme=written)) == len(found)


def test_the_theme_filter_is_exact_and_says_what_is_close(china: Database) -> None:
    assert _rows(china, theme="themes:Death penalty") == {}  # the UPR Info issue: none in a matrix
    women = _rows(china, theme="affected_persons:Women & girls")
    assert women and all("Women & girls" in r.terms_of("affected_persons") for r in women.values())
    with pytest.raises(NotFoundError, match=r"'Deth penalty' is not a term of any vocabulary.*OHCHR: Death penalty"):
        count_recommendations(china, RecommendationFilter(theme="Deth penalty"))
    with pytest.raises(NotFoundError, match="not a term of Sustainable Development Goals"):
        count_recommendations(china, RecommendationFilter(theme="SDG:Death penalty"))


def test_theme_choices_cover_every_vocabulary_and_filter_exactly(china: Database) -> None:
    choices = theme_choices(china)
    vocabularies = [v for v, _shown, _value in choices]
    assert vocabularies == sorted(vocabularies, key=["themes", "ohchr_themes", "sdgs", "affected_persons"].index)
    assert set(vocabularies) == {"themes", "ohchr_themes", "sdgs", "affected_persons"}
    sdgs = [shown for v, shown, _value in choices if v == "sdgs"]
    assert sdgs[0].startswith("1 ") and sdgs[-1].startswith("17 ")
    usage = {qualified_term(t.vocabulary, t.name): t.usage_count
             for vocabulary in ("themes", "ohchr_themes", "sdgs", "affected_persons")
             for t in list_terms(china, vocabulary)}
    assert set(usage) == {value for _v, _shown, value in choices}
    for _vocabulary, _shown, value in choices:  # each choice filters exactly its term's recommendations
        assert count_recommendations(china, RecommendationFilter(theme=value)) == usage[value], value


def test_reports_group_by_the_vocabulary_present(china: Database) -> None:
    brief = report_text(china, ReportTemplate.COUNTRY_BRIEF, state="CHN", cycle=2)
    assert "The themes are the OHCHR themes" in brief
    assert "D23 Death penalty (11)" in brief  # a heading of the grouped lists
    assert "Recommendations by theme (OHCHR themes; " in brief  # the counts' caption
    assert "Recommendations by affected persons" in brief
    assert "\nAffected persons: " in brief  # each line names the terms of the other vocabularies
    mid_term = report_text(china, ReportTemplate.MID_TERM, state="CHN", cycle=2)
    assert "OHCHR themes: A12 Acceptance of international norms" in mid_term
    thematic = report_text(china, ReportTemplate.THEMATIC, theme="OHCHR:D23")
    assert "Thematic brief: D23 Death penalty (OHCHR themes)" in thematic
    assert thematic.count("Abolish") >= 1 and "No recommendation on" not in thematic
    assert "\nOHCHR themes: D23 Death penalty" in thematic  # each line's terms, under its text


def test_the_table_exports_carry_every_vocabulary(china: Database, tmp_path: Path) -> None:
    out = tmp_path / "china.csv"
    export_table(china, out, "csv", RecommendationFilter(theme="OHCHR:D23"))
    with out.open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.DictReader(stream))
    assert len(records) == 11
    assert all("Death penalty" in r["ohchr_themes"] for r in records)
    assert any(r["affected_persons"] for r in records)


def test_the_command_line_theme_filters_take_any_vocabulary(china: Database, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "d23.csv"
    code = main(["export", "--db", str(china.path), "--format", "csv", "--out", str(out), "--theme", "OHCHR:D23"])
    assert code == 0, capsys.readouterr().err
    with out.open(encoding="utf-8-sig", newline="") as stream:
        assert len(list(csv.DictReader(stream))) == 11
    code = main(["export", "--db", str(china.path), "--format", "csv", "--out", str(out), "--theme", "Deth penalty"])
    assert code != 0 and "'Deth penalty' is not a term of any vocabulary" in capsys.readouterr().err


# --- one State's own terms, in every vocabulary, built for the test -------------------------------


@pytest.fixture
def mixed(db: Database) -> dict[str, uuid.UUID]:
    review = reviews.create_review(db, "Kenya", 3, 35, dt.date(2020, 1, 22))
    add_term(db, "ohchr_themes", "Prohibition of torture and cruel, inhuman or degrading treatment", code="D25")
    ids = {
        "1": recommendations.add_recommendation(db, review, "Ratify the Optional Protocol to CAT", label="142.1",
                                                themes=["Torture and other CID treatment"]),
        "2": recommendations.add_recommendation(db, review, "Investigate police killings", label="142.2"),
        "3": recommendations.add_recommendation(db, review, "Provide clean water to rural areas", label="142.3"),
    }
    recommendations.set_terms(db, ids["2"], "ohchr_themes", ["D25"])
    recommendations.set_terms(db, ids["3"], "sdgs", ["6"])
    recommendations.set_terms(db, ids["3"], "affected_persons", ["Persons living in rural areas"])
    return ids


def test_each_vocabulary_is_filtered_and_shown(db: Database, mixed: dict[str, uuid.UUID]) -> None:
    assert set(_rows(db, theme="Torture and other CID treatment")) == {"142.1"}
    assert set(_rows(db, theme="OHCHR:D25")) == {"142.2"}
    assert set(_rows(db, theme="SDG:6")) == {"142.3"}
    assert set(_rows(db, theme="Persons living in rural areas")) == {"142.3"}
    row = _rows(db)["142.3"]
    assert row.terms_by_vocabulary() == {"sdgs": ("6 Clean water and sanitation",),
                                         "affected_persons": ("Persons living in rural areas",)}


def test_a_country_brief_groups_by_the_vocabulary_that_classifies_most(db: Database, mixed) -> None:
    brief = report_text(db, ReportTemplate.COUNTRY_BRIEF, state="KEN", cycle=3)
    # One recommendation has a UPR Info issue, one an OHCHR theme: ties go to the UPR Info issues.
    assert "The themes are the UPR Info issues" in brief
    assert "OHCHR themes: D25 Prohibition of torture" in brief  # named on its line instead
    assert "SDGs: 6 Clean water and sanitation" in brief


@settings(max_examples=60, deadline=None)
@given(vocabulary=st.sampled_from(["themes", "ohchr_themes", "sdgs", "affected_persons"]),
       name=st.text(min_size=1, max_size=30).filter(str.strip),
       code=st.one_of(st.none(), st.from_regex(r"[A-H][0-9]{1,2}", fullmatch=True)))
def test_a_term_as_shown_keeps_its_name_and_shows_a_code_once(vocabulary: str, name: str, code: str | None) -> None:
    shown = term_display(vocabulary, name, code)
    assert shown.endswith(name)
    if code and vocabulary in ("ohchr_themes", "sdgs"):
        assert shown.startswith(code) and shown.count(code) >= 1
        assert term_display(vocabulary, shown, code) == shown  # never "D25 D25 …"
