"""The reports and the suggested themes: a recommendation no one gave a theme is listed under the
themes the app suggests, marked, the cover saying what the mark means; a confirmed theme always
wins; the demo database ships with its suggestions."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from tests.report_blocks import theme_groups
from upr_tracker.cli.main import main
from upr_tracker.reports.compose import ReportRequest, ReportTemplate, build_report
from upr_tracker.reports.document import Paragraph, Report, Table
from upr_tracker.reports.term_grouping import SUGGESTED_MARK, grouping_vocabulary, shows_suggestions, term_counts
from upr_tracker.services import recommendations, reviews
from upr_tracker.services.report_data import RecommendationFacts
from upr_tracker.services.suggestions import (
    ACCEPTED,
    SUGGESTED,
    SuggestionFilter,
    count_suggestions,
)
from upr_tracker.services.values import RecommendationRow
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import Recommendation, Suggestion

MADE_ON = dt.date(2025, 6, 30)
LEGEND = "Themes marked † are suggested by UPR Tracker where a person has not confirmed them."
FRENCH_LEGEND = "Les thèmes marqués † sont suggérés par UPR Tracker lorsqu'une personne ne les a pas confirmés."


def build(db: Database, template: ReportTemplate = ReportTemplate.COUNTRY_BRIEF, **fields) -> Report:
    fields.setdefault("state", "KAZ")
    return build_report(db, ReportRequest(template, made_on=MADE_ON, **fields))


def suggest(db: Database, recommendation_id: uuid.UUID, theme: str, confidence: float,
            status: str = SUGGESTED, kind: str = "theme") -> None:
    with db.write() as session:
        session.add(Suggestion(recommendation_id=recommendation_id, kind=kind, value=theme, confidence=confidence,
                               status=status, model="test-1", decided_by="tester" if status != SUGGESTED else None))


@pytest.fixture
def classified(db: Database) -> dict[str, uuid.UUID]:
    """Kazakhstan's second review: 1 without a theme, two issues suggested; 2 with a confirmed
    issue (and a stale suggestion); 3 with neither; 4 with one suggestion and one rejected."""
    review = reviews.create_review(db, "KAZ", 2, 20, dt.date(2014, 10, 30))
    add = recommendations.add_recommendation
    ids = {
        "1": add(db, review, "Abolish the death penalty and commute all death sentences", label="121.1",
                 recommending_states=["France"]),
        "2": add(db, review, "Ratify the Second Optional Protocol aiming at the abolition of the death penalty",
                 label="121.2", recommending_states=["Spain"], themes=["Death penalty"]),
        "3": add(db, review, "Continue its cooperation with the treaty bodies", label="121.3",
                 recommending_states=["Chile"]),
        "4": add(db, review, "Guarantee primary schooling for every child", label="121.4",
                 recommending_states=["Egypt"]),
    }
    suggest(db, ids["1"], "Death penalty", 0.91)
    suggest(db, ids["1"], "Justice", 0.55)
    suggest(db, ids["2"], "Torture and other CID treatment", 0.6)  # a person has given a theme since
    suggest(db, ids["4"], "Right to education", 0.8)
    suggest(db, ids["4"], "Rights of the Child", 0.7, status="rejected")
    return ids


# --- The country brief --------------------------------------------------------------------------


def test_the_brief_groups_by_suggested_themes_marked_with_the_cover_line(db: Database, classified) -> None:
    report = build(db, cycle=2)
    groups = theme_groups(report)
    assert list(groups) == ["Death penalty", f"Death penalty {SUGGESTED_MARK}", f"Justice {SUGGESTED_MARK}",
                            f"Right to education {SUGGESTED_MARK}", "No theme"]
    assert [row[0] for row in groups["Death penalty"]] == ["121.2"]
    assert [row[0] for row in groups[f"Death penalty {SUGGESTED_MARK}"]] == ["121.1"]
    assert [row[0] for row in groups[f"Justice {SUGGESTED_MARK}"]] == ["121.1"]
    assert [row[0] for row in groups["No theme"]] == ["121.3"]
    assert LEGEND in report.cover.notices
    assert any(isinstance(b, Paragraph) and b.text == LEGEND for b in report.blocks)  # above the lists too
    # The summary counts them the same way, marked the same way.
    summary = next(b for b in report.blocks if isinstance(b, Table) and (b.caption or "").startswith(
        "Recommendations by theme"))
    assert {row[0]: row[1] for row in summary.rows} == {
        "Death penalty": "1", f"Death penalty {SUGGESTED_MARK}": "1", f"Justice {SUGGESTED_MARK}": "1",
        f"Right to education {SUGGESTED_MARK}": "1", "No theme": "1"}


def test_a_confirmed_theme_wins_over_suggestions_and_a_rejected_one_is_never_shown(db: Database,
                                                                                    classified) -> None:
    report = build(db, cycle=2)
    groups = theme_groups(report)
    shown = "\n".join(cell for rows in groups.values() for row in rows for cell in row)
    assert "Torture" not in shown and "Torture" not in str(report.blocks)
    assert "Rights of the Child" not in str(report.blocks)
    labels = {name: [row[0] for row in rows] for name, rows in groups.items()}
    assert [name for name, found in labels.items() if "121.2" in found] == ["Death penalty"]
    assert [name for name, found in labels.items() if "121.4" in found] == [f"Right to education {SUGGESTED_MARK}"]


def test_an_accepted_suggestion_is_a_confirmed_theme_without_a_mark(db: Database, classified) -> None:
    recommendations.set_terms(db, classified["3"], "themes", ["International instruments"])
    suggest(db, classified["3"], "International instruments", 0.9, status=ACCEPTED)
    groups = theme_groups(build(db, cycle=2))
    assert [row[0] for row in groups["International instruments"]] == ["121.3"]
    assert f"International instruments {SUGGESTED_MARK}" not in groups and "No theme" not in groups


def test_without_suggestions_the_brief_is_as_before_and_has_no_cover_line(db: Database, classified) -> None:
    report = build(db, cycle=2, include_suggestions=False)
    groups = theme_groups(report)
    assert list(groups) == ["Death penalty", "No theme"]
    assert [row[0] for row in groups["No theme"]] == ["121.1", "121.3", "121.4"]
    assert LEGEND not in report.cover.notices and SUGGESTED_MARK not in str(report.blocks)
    assert LEGEND not in str(report.blocks)


def test_no_cover_line_when_no_suggestion_is_shown(db: Database, classified) -> None:
    # Every recommendation has a confirmed theme or no suggestion: the stale one is not shown.
    for key in ("1", "4"):
        recommendations.set_terms(db, classified[key], "themes", ["Justice"])
    report = build(db, cycle=2)
    assert not report.cover.notices
    assert SUGGESTED_MARK not in "".join(theme_groups(report))
    # Nor in a brief whose sections show no theme.
    classified_again = build(db, cycle=2, sections=frozenset({"charts"}))
    assert not classified_again.cover.notices


def test_in_french_the_cover_line_is_french(db: Database, classified) -> None:
    report = build(db, cycle=2, language="fr")
    assert FRENCH_LEGEND in report.cover.notices
    assert LEGEND not in report.cover.notices


# --- The other templates ------------------------------------------------------------------------


def test_a_thematic_brief_finds_recommendations_by_a_suggested_theme(db: Database, classified) -> None:
    report = build(db, ReportTemplate.THEMATIC, theme="Death penalty", state=None)
    rows = [row for b in report.blocks if isinstance(b, Table) and b.columns[0] == "State" and len(b.columns) == 6
            for row in b.rows]
    assert sorted(row[1] for row in rows) == ["121.1", "121.2"]
    by_label = {row[1]: row[3] for row in rows}
    assert f"UPR Info issues: Death penalty {SUGGESTED_MARK}; Justice {SUGGESTED_MARK}" in by_label["121.1"]
    assert "UPR Info issues: Death penalty" in by_label["121.2"] and SUGGESTED_MARK not in by_label["121.2"]
    assert LEGEND in report.cover.notices
    # One State, one cycle, a suggestion of another theme.
    education = build(db, ReportTemplate.THEMATIC, theme="Right to education", cycle=2)
    labels = [row[0] for b in education.blocks if isinstance(b, Table) and b.columns[0] == "Label" for row in b.rows]
    assert labels == ["121.4"]
    # Not by a rejected suggestion, nor by one a confirmed theme hides.
    for theme in ("Rights of the Child", "Torture and other CID treatment"):
        empty = build(db, ReportTemplate.THEMATIC, theme=theme)
        assert not [b for b in empty.blocks if isinstance(b, Table)], theme
    alone = build(db, ReportTemplate.THEMATIC, theme="Death penalty", include_suggestions=False)
    assert "121.1" not in str(alone.blocks) and not alone.cover.notices


def test_the_mid_term_report_marks_suggested_themes(db: Database, classified) -> None:
    report = build(db, ReportTemplate.MID_TERM, cycle=2)
    assert f"UPR Info issues: Death penalty {SUGGESTED_MARK}; Justice {SUGGESTED_MARK}." in str(report.blocks)
    assert LEGEND in report.cover.notices


@pytest.mark.sqlite_only("the command line is tested on a file")
def test_the_command_line_leaves_suggestions_out_when_asked(db: Database, db_path: Path, classified,
                                                            tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db.close()
    for extra, wanted in (((), True), (("--no-suggestions",), False)):
        out = tmp_path / f"brief{len(extra)}.docx"
        assert main(["report", "--template", "country-brief", "--db", str(db_path), "--state", "KAZ", "--cycle", "2",
                     "--out", str(out), *extra]) == 0
        document = Document(str(out))
        text = "\n".join([p.text for p in document.paragraphs] + [
            cell.text for table in document.tables for row in table.rows for cell in row.cells])
        assert (LEGEND in text) is wanted
        assert (f"Justice {SUGGESTED_MARK}" in text) is wanted
    capsys.readouterr()


# --- The demo -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Database]]:
    """The demo, and the demo built without its suggestions."""
    import upr_tracker.services.demo as demo

    folder = tmp_path_factory.mktemp("demo")
    demo.build_demo_database(folder / "demo.sqlite3")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo, "compute_suggestions", lambda *args, **kwargs: type("Nothing", (), {"suggested": 0}))
        demo.build_demo_database(folder / "bare.sqlite3")
    with Database.open(folder / "demo.sqlite3") as shipped, Database.open(folder / "bare.sqlite3") as bare:
        yield shipped, bare


def values_of(db: Database) -> dict[tuple[int, str | None, str], tuple]:
    """Every recommendation's values a person or a document may set, by cycle, label and text."""
    with db.read() as session:
        return {
            (r.review.cycle, r.label, r.text): (r.action_category, sorted((t.vocabulary, t.name) for t in r.terms),
                                                r.current_position, r.implementation_level, r.needs_review)
            for r in session.scalars(select(Recommendation))
        }


def test_the_demo_has_pending_suggestions_and_no_value_changed(demo_pair) -> None:
    shipped, bare = demo_pair
    assert count_suggestions(shipped, SuggestionFilter(kind="theme")) > 50
    assert count_suggestions(shipped, SuggestionFilter()) > count_suggestions(shipped, SuggestionFilter(kind="theme"))
    assert count_suggestions(shipped, SuggestionFilter(status=ACCEPTED)) == 0
    assert values_of(shipped) == values_of(bare)


def test_the_demo_s_brief_groups_by_suggested_themes_at_once(demo_pair) -> None:
    shipped, _bare = demo_pair
    report = build(shipped, cycle=1)
    groups = theme_groups(report)
    assert len(groups) > 5
    assert all(name.endswith(SUGGESTED_MARK) for name in groups if name != "No theme")
    assert len(groups.get("No theme", ())) < 128 / 4
    # Each of the 128 recommendations at least once.
    assert len({row[0] for rows in groups.values() for row in rows}) == 128
    assert report.cover.notices == (LEGEND,)


# --- The rule, in general -------------------------------------------------------------------------

ISSUES = ("Death penalty", "Justice", "Right to education", "Labour")


def facts_of(confirmed: tuple[str, ...], suggested: tuple[str, ...], ohchr: tuple[str, ...]) -> RecommendationFacts:
    row = RecommendationRow(
        id=uuid.uuid4(), review_id=uuid.uuid4(), state_iso3="KAZ", cycle=1, session=7, label="1.1", text="text",
        recommending_states=(), position=None, considered_implemented=False, needs_review=False,
        implementation_level=None, themes=confirmed, action_category=None, last_activity_at=None,
        terms=tuple(("themes", t) for t in confirmed) + tuple(("ohchr_themes", t) for t in ohchr))
    return RecommendationFacts(row=row, state_name="Kazakhstan", claim=None, assessments=(), milestones=(),
                               latest_note=None, suggested_themes=suggested if not confirmed else ())


themes_lists = st.lists(st.sampled_from(ISSUES), unique=True, max_size=3).map(tuple)


@given(st.lists(st.tuples(themes_lists, themes_lists, st.lists(st.sampled_from(("A1", "B2")), unique=True,
                                                                  max_size=2).map(tuple)), max_size=12))
def test_every_recommendation_counts_under_its_confirmed_themes_else_its_suggested_ones(given_facts) -> None:
    facts = [facts_of(*f) for f in given_facts]
    counts = {(term, suggested): count for term, suggested, count in term_counts(facts, "themes")}
    for term in ISSUES:
        assert counts.get((term, False), 0) == sum(1 for f in facts if term in f.row.themes)
        assert counts.get((term, True), 0) == sum(1 for f in facts if not f.row.themes and term in f.suggested_themes)
    assert counts.get(("No theme", False), 0) == sum(1 for f in facts if not f.row.themes and not f.suggested_themes)
    # Suggestions decide the vocabulary only where people's themes do not.
    confirmed = {v: sum(1 for f in facts if f.row.terms_of(v)) for v in ("themes", "ohchr_themes")}
    if confirmed["ohchr_themes"] > confirmed["themes"]:
        assert grouping_vocabulary(facts) == "ohchr_themes"
    elif confirmed["themes"] > confirmed["ohchr_themes"]:
        assert grouping_vocabulary(facts) == "themes"
    assert shows_suggestions(facts, ("themes",)) == any(not f.row.themes and f.suggested_themes for f in facts)
