"""What the briefing reports say: every count and row of a composed report checked against the
database, through other services than the ones that composed it."""

from __future__ import annotations

import ast
import datetime as dt
import itertools
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from tests.report_blocks import section, theme_groups
from upr_tracker.domain.implementation import ImplementationLevel, combined_level, latest_per_source
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.reports.compose import (
    SECTIONS,
    ReportRequest,
    ReportTemplate,
    build_report,
    report_title,
)
from upr_tracker.reports.document import BarChart, Block, Heading, PageBreak, Paragraph, Report, Table
from upr_tracker.services import assessments, milestones, notes, recommendations, responses, reviews
from upr_tracker.services.demo import DEMO_MILESTONES, build_demo_database
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    count_by_position,
    count_recommendations,
    list_recommendation_ids,
    recommendation_rows,
)
from upr_tracker.storage.database import Database
from upr_tracker.storage.derived import refresh_recommendations
from upr_tracker.storage.models import (
    Assessment,
    Milestone,
    Note,
    Recommendation,
    RecommendationLink,
    Response,
    State,
    Term,
)

UTC = dt.UTC
MADE_ON = dt.date(2025, 6, 30)
RUSSIAN_NOTE = "Встреча с представителями министерства: законопроект о СМИ отложен."
FRENCH_NOTE = "Première réunion avec le ministère de l'Information — réponse évasive."
SECRET_NOTE = "Источник в министерстве просит не называть его имя."
SECRET_NOTE_2 = "Contact at the Senate expects a vote in June."
REVIEW_SECRET = "Confidential planning of the shadow report."
FRENCH_TEXT = "Garantir la liberté d'expression et l'indépendance des médias, y compris en ligne"
CLAIM_121_1 = "Kazakhstan supports this recommendation and is preparing a draft law."
CLAIM_121_2 = "Свобода слова гарантирована Конституцией."


# --- Data -------------------------------------------------------------------------------------


def set_written_at(db: Database, note_id: uuid.UUID, moment: dt.datetime) -> None:
    with db.write() as session:
        session.get(Note, note_id).written_at = moment


@pytest.fixture
def briefing(db: Database) -> dict[str, uuid.UUID]:
    """Kazakhstan's second review with its first: themes (one recommendation with two), positions
    of every kind, assessments by three sources, milestones with a plan, notes in Russian and
    French (some confidential), a link and a repeated wording across the cycles; and Armenia."""
    first = reviews.create_review(db, "KAZ", 1, 7, dt.date(2010, 2, 12))
    second = reviews.create_review(db, "Kazakhstan", 2, 20, dt.date(2014, 10, 30))
    wg_report = reviews.add_document(db, second, "A/HRC/28/10", issued_on=dt.date(2014, 12, 1))
    addendum = reviews.add_document(db, second, "A/HRC/28/10/Add.1", issued_on=dt.date(2015, 3, 1))
    add = recommendations.add_recommendation
    ids = {
        "97.2": add(db, first, "To maintain the moratorium on executions", label="97.2",
                    recommending_states=["Italy"], themes=["Death penalty"]),
        "97.5": add(db, first, "To ratify the Second Optional Protocol to the International Covenant on Civil and "
                    "Political Rights", label="97.5", recommending_states=["Portugal"]),
        "97.17": add(db, first, "To abolish the death penalty", label="97.17", recommending_states=["Belgium"]),
        "121.1": add(db, second, "Abolish the death penalty and commute all death sentences", label="121.1",
                     recommending_states=["France", "Spain"], themes=["Death penalty", "International instruments"]),
        "121.2": add(db, second, FRENCH_TEXT, label="121.2", recommending_states=["Canada"],
                     themes=["Freedom of the press"]),
        "121.3": add(db, second, "Ensure that human rights defenders can work freely", label="121.3",
                     recommending_states=["Norway"]),
        "121.10": add(db, second, "Ratify the Second Optional Protocol to the International Covenant on Civil and "
                      "Political Rights", label="121.10", recommending_states=["Australia"], themes=["Death penalty"]),
    }
    armenia = reviews.create_review(db, "ARM", 2, 21)
    ids["110.4"] = add(db, armenia, "Ratify the Second Optional Protocol to the International Covenant on Civil and "
                       "Political Rights", label="110.4", recommending_states=["France"], themes=["Death penalty"])
    responses.record_response(db, [ids["97.2"], ids["97.5"], ids["97.17"]], "supported")
    # 121.1 has a history: the Working Group report's "will be examined", then the addendum's answer.
    responses.record_response(db, [ids["121.1"]], "will be examined", response_text="To be examined.",
                              source_document_id=wg_report, source_paragraph="121", responded_on=dt.date(2014, 10, 30))
    responses.record_response(db, [ids["121.1"]], "accepted", response_text=CLAIM_121_1,
                              source_document_id=addendum, source_paragraph="5", responded_on=dt.date(2015, 3, 1))
    responses.record_response(db, [ids["121.2"]], "noted", response_text=CLAIM_121_2,
                              source_document_id=addendum, source_paragraph="6", responded_on=dt.date(2015, 3, 1))
    responses.record_response(db, [ids["121.10"]], "will be examined")
    responses.record_response(db, [ids["110.4"]], "supported")
    recommendations.link_recommendations(db, ids["97.17"], ids["121.1"], "recommended again")

    kibhr = "Kazakhstan International Bureau for Human Rights"
    assessments.add_assessment(db, ids["121.1"], "ngo", "not", source_name=kibhr, assessed_on=dt.date(2015, 1, 1),
                               evidence="No draft yet.")
    assessments.add_assessment(db, ids["121.1"], "ngo", "partially", source_name=kibhr,
                               assessed_on=dt.date(2016, 5, 1), evidence="Draft law before the Mäjilis.")
    assessments.add_assessment(db, ids["121.1"], "state", "fully", assessed_on=dt.date(2016, 3, 1),
                               evidence="Mid-term report of Kazakhstan")
    assessments.add_assessment(db, ids["121.1"], "un_body", "not", source_name="Human Rights Committee",
                               assessed_on=dt.date(2016, 6, 1), evidence="Concluding observations")
    assessments.add_assessment(db, ids["121.2"], "state", "fully", assessed_on=dt.date(2016, 3, 1))

    add_milestone = milestones.add_milestone
    ids["moratorium"] = add_milestone(db, "KAZ", "moratorium", "De facto moratorium on executions", date="2003-12",
                                      recommendation_ids=[ids["121.1"], ids["121.10"]])
    ids["law"] = add_milestone(db, "KAZ", "law", "Law on amendments to the Criminal Code", date="2015-07-10",
                               source_citation="Official Gazette", recommendation_ids=[ids["121.1"], ids["97.17"]])
    ids["plan"] = add_milestone(db, "KAZ", "plan", "Plan d'action national 2015–2020", date="2015")
    ids["item 2"] = add_milestone(db, "KAZ", "plan_item", "Draft law on peaceful assemblies", date="2016",
                                  plan_id=ids["plan"], item_number="2", recommendation_ids=[ids["121.2"]])
    ids["item 10"] = add_milestone(db, "KAZ", "plan_item", "Review of the media law", date="2016-05",
                                   plan_id=ids["plan"], item_number="10")
    ids["item 1"] = add_milestone(db, "KAZ", "plan_item", "Training of judges", date="2030-01",
                                  plan_id=ids["plan"], item_number="1")
    ids["visit"] = add_milestone(db, "KAZ", "visit", "Visit of the Special Rapporteur on torture", date="2019-05")
    ids["round table"] = add_milestone(db, "KAZ", "other", "Round table with civil society",
                                       recommendation_ids=[ids["121.3"]])

    for body, author, confidential, subject, moment in (
        (FRENCH_NOTE, "Élodie Durand", False, "121.2", dt.datetime(2023, 1, 15, 12, tzinfo=UTC)),
        (RUSSIAN_NOTE, "Айгерим Сапарова", False, "121.2", dt.datetime(2024, 3, 5, 12, tzinfo=UTC)),
        (SECRET_NOTE, "Айгерим Сапарова", True, "121.2", dt.datetime(2024, 4, 1, 12, tzinfo=UTC)),
        (SECRET_NOTE_2, "Élodie Durand", True, "121.1", dt.datetime(2024, 2, 1, 12, tzinfo=UTC)),
    ):
        note = notes.add_note(db, body, recommendation_id=ids[subject], confidential=confidential,
                              author=confidential_author(db, author) if confidential else author)
        set_written_at(db, note, moment)
    notes.add_note(db, REVIEW_SECRET, review_id=second, confidential=True)
    return ids | {"first review": first, "second review": second}


def confidential_author(db: Database, name: str) -> str:
    """Who writes a confidential note: anyone on a file; on a team database, the user signed in
    (its row-level security compares the author with that user)."""
    return name if db.backend.is_file else db.actor


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo database, built once: the report tests only read it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo_database(path)
    database = Database.open(path, actor="tester")
    yield database
    database.close()


# --- Reading a report -------------------------------------------------------------------------


def build(db: Database, template: ReportTemplate, **fields) -> Report:
    return build_report(db, ReportRequest(template, made_on=MADE_ON, **fields))


def level1_headings(report: Report) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Heading) and b.level == 1]


def table_with_caption(blocks: list[Block], caption_start: str) -> Table:
    return next(b for b in blocks if isinstance(b, Table) and (b.caption or "").startswith(caption_start))


def counts_of(table: Table) -> dict[str, int]:
    return {row[0]: int(row[1]) for row in table.rows}


def all_text(report: Report) -> str:
    parts = [report.cover.title, report.cover.scope, *report.cover.documents, report.cover.organisation or "",
             *report.cover.notices,
             report.running_header, *report.metadata.values()]
    for block in report.blocks:
        if isinstance(block, (Heading, Paragraph)):
            parts.append(block.text)
        elif isinstance(block, Table):
            parts += [*block.columns, block.caption or "", *(cell for row in block.rows for cell in row)]
        elif isinstance(block, BarChart):
            parts += [block.title, *(bar.label for bar in block.bars)]
    return "\n".join(parts)


def level_key(name: str) -> str:
    return {"Fully implemented": "fully_implemented", "Partially implemented": "partially_implemented",
            "Not implemented": "not_implemented", "Not assessed": "none"}[name]


POSITION_KEYS = {"Supported": "supported", "Partially supported": "partially_supported", "Noted": "noted",
                 "Pending": "pending", "No position yet": "none"}


# --- Country brief ------------------------------------------------------------------------------


def test_country_brief_counts_equal_the_database(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2)
    summary = section(report, "Summary")
    review = RecommendationFilter(review_id=briefing["second review"])
    total = count_recommendations(db, review)
    assert total == 4

    positions = counts_of(table_with_caption(summary, "Recommendations by the State's current position"))
    expected = count_by_position(db, review)
    assert positions.pop("Total") == total
    assert {POSITION_KEYS[name]: count for name, count in positions.items() if count} == {
        k: v for k, v in expected.items() if k != "needs_review"}
    assert positions == {"Supported": 1, "Partially supported": 0, "Noted": 1, "Pending": 1, "No position yet": 1}

    levels = counts_of(table_with_caption(summary, "Recommendations by combined implementation level"))
    assert levels.pop("Total") == total
    for name, count in levels.items():
        key = level_key(name)
        wanted = RecommendationFilter(review_id=briefing["second review"], implementation_level=key)
        assert count == count_recommendations(db, wanted), name
    assert levels["Partially implemented"] == 1 and levels["Fully implemented"] == 1 and levels["Not assessed"] == 2

    themes = counts_of(table_with_caption(summary, "Recommendations by theme"))
    for theme, count in themes.items():
        if theme != "No theme":
            assert count == count_recommendations(db, RecommendationFilter(review_id=briefing["second review"],
                                                                           theme=theme)), theme
    assert themes == {"Death penalty": 2, "Freedom of the press": 1, "International instruments": 1, "No theme": 1}
    assert list(themes)[-1] == "No theme"


def test_country_brief_lists_each_recommendation_once_under_each_of_its_themes(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2)
    groups = theme_groups(report)
    assert list(groups) == ["Death penalty", "Freedom of the press", "International instruments", "No theme"]
    ids = list_recommendation_ids(db, RecommendationFilter(review_id=briefing["second review"]))
    for row in recommendation_rows(db, ids):
        for theme, rows in groups.items():
            labels = [r[0] for r in rows]
            wanted = 1 if theme in (row.themes or ("No theme",)) else 0
            assert labels.count(row.label) == wanted, (row.label, theme)
    # Label order within a theme, and the rule said above the lists.
    assert [r[0] for r in groups["Death penalty"]] == ["121.1", "121.10"]
    rule = [b.text for b in section(report, "Recommendations by theme") if isinstance(b, Paragraph)]
    assert any("listed under each of them (1 of the 4 recommendations has more than one)" in t for t in rule)


def test_country_brief_rows_say_states_position_level_milestone_and_note(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2)
    table = next(b for b in section(report, "Recommendations by theme") if isinstance(b, Table))
    assert table.columns == ("Label", "Recommendation", "Position and implementation", "Latest milestone and note")
    rows = {row[0]: row for rows in theme_groups(report).values() for row in rows}
    assert rows["121.1"] == ("121.1", "Abolish the death penalty and commute all death sentences\n"
                             "Recommended by France, Spain",
                             "Supported\nPartially implemented",
                             "Milestone: 10 July 2015: Law on amendments to the Criminal Code")
    assert rows["121.2"] == ("121.2", f"{FRENCH_TEXT}\nRecommended by Canada", "Noted\nFully implemented",
                             "Milestone: 2016: Draft law on peaceful assemblies\n"
                             f"Note: 5 March 2024, Айгерим Сапарова: {RUSSIAN_NOTE}")
    assert rows["121.3"][2:] == ("No position yet\nNot assessed", "Milestone: Undated: Round table with civil society")
    assert rows["121.10"][2:] == ("Pending\nNot assessed", "Milestone: December 2003: De facto moratorium on executions")
    # The older French note is not the latest: it is not shown.
    assert FRENCH_NOTE not in all_text(report)


def test_confidential_notes_only_on_request_and_then_announced(db: Database, briefing) -> None:
    plain = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, organisation="Kadir-Kasiyet")
    text = all_text(plain)
    assert SECRET_NOTE not in text and SECRET_NOTE_2 not in text and REVIEW_SECRET not in text
    assert not plain.confidential and plain.cover.notices == ()
    assert "confidential notes are not included" in text

    shared = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, organisation="Kadir-Kasiyet",
                   include_confidential=True)
    rows = {row[0]: row for rows in theme_groups(shared).values() for row in rows}
    aigerim, elodie = confidential_author(db, "Айгерим Сапарова"), confidential_author(db, "Élodie Durand")
    assert rows["121.2"][3].endswith(f"\nNote: Confidential — 1 April 2024, {aigerim}: {SECRET_NOTE}")
    assert rows["121.1"][3].endswith(f"\nNote: Confidential — 1 February 2024, {elodie}: {SECRET_NOTE_2}")
    assert shared.confidential
    assert shared.cover.notices == ("Contains 2 confidential notes: do not share outside Kadir-Kasiyet.",)
    assert shared.cover.organisation == "Kadir-Kasiyet" and shared.metadata["author"] == "Kadir-Kasiyet"
    assert REVIEW_SECRET not in all_text(shared)  # review notes are not part of a country brief

    without_the_list = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, include_confidential=True,
                             sections=frozenset({"summary"}))
    assert not without_the_list.confidential and without_the_list.cover.notices == ()


def test_asking_for_confidential_notes_where_there_are_none_marks_nothing(demo_db: Database) -> None:
    report = build(demo_db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1, include_confidential=True)
    # (The demo's one notice says its themes are suggested: test_report_suggestions.py.)
    assert not report.confidential and report.cover.notices == (
        "Themes marked † are suggested by UPR Tracker where a person has not confirmed them.",)
    assert "confidential notes included" in all_text(report)


def test_country_brief_charts_match_the_tables(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2)
    charts = [b for b in section(report, "Charts") if isinstance(b, BarChart)]
    assert [c.title for c in charts] == ["Recommendations by position", "Recommendations by implementation level"]
    positions = {bar.label: bar.value for bar in charts[0].bars}
    assert positions == {"Supported": 1, "Noted": 1, "Pending": 1, "No position yet": 1}
    assert {bar.label: bar.value for bar in charts[1].bars} == {
        "Fully implemented": 1, "Partially implemented": 1, "Not assessed": 2}
    assert all(bar.colour and bar.colour.startswith("#") and len(bar.colour) == 7 for c in charts for bar in c.bars)


def test_country_brief_cover_and_header(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.COUNTRY_BRIEF, state="kazakhstan", cycle=2, organisation="  NGO Coalition ")
    assert report.cover.title == "Country brief: Kazakhstan"
    assert report.cover.scope == ("Universal Periodic Review, cycle 2 (2012–2016), Working Group session 20, "
                                  "reviewed on 30 October 2014")
    assert report.cover.made_on == MADE_ON and report.cover.organisation == "NGO Coalition"
    assert report.running_header == "Kazakhstan · UPR cycle 2 · Country brief"
    assert level1_headings(report) == ["Summary", "Charts", "Recommendations by theme"]
    assert build_report(db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2)).cover.made_on == \
        dt.date.today()


def test_sections_choose_what_is_composed(db: Database, briefing) -> None:
    charts_only = build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, sections=frozenset({"charts"}))
    assert level1_headings(charts_only) == ["Charts"]
    assert not any(isinstance(b, (Table, PageBreak)) for b in charts_only.blocks)
    for template, known in SECTIONS.items():
        assert known and len({key for key, _label in known}) == len(known), template
    with pytest.raises(InvalidValueError, match=r"sections: a country brief has no section milestones "
                                                r"\(its sections: summary, charts, recommendations\)"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, sections=frozenset({"milestones"}))
    with pytest.raises(InvalidValueError, match="sections: choose at least one"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, sections=frozenset())


def test_country_brief_of_the_demo(demo_db: Database) -> None:
    # Without the themes the app suggests (test_report_suggestions.py: with them).
    report = build(demo_db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1, include_suggestions=False)
    expected = count_by_position(demo_db, RecommendationFilter(state="KAZ", cycle=1))
    positions = counts_of(table_with_caption(section(report, "Summary"), "Recommendations by the State's"))
    assert {POSITION_KEYS[name]: n for name, n in positions.items() if name != "Total" and n} == {
        k: v for k, v in expected.items() if k != "needs_review"}
    needs_review = expected["needs_review"]
    assert (f"The position of {needs_review} of them is still to be verified against the source document."
            in all_text(report))
    assert "confidence" not in all_text(report)  # a brief for donors: no words about the reading
    # No theme in the demo: every label once, under "No theme", in label order.
    groups = theme_groups(report)
    assert list(groups) == ["No theme"]
    labels = [row[0] for row in groups["No theme"]]
    ids = list_recommendation_ids(demo_db, RecommendationFilter(state="KAZ", cycle=1))
    assert labels == [r.label for r in recommendation_rows(demo_db, ids)]
    assert len(labels) == len(set(labels)) == positions["Total"] == 128


# --- Mid-term implementation report -------------------------------------------------------------


def test_mid_term_gives_position_claim_assessments_and_combined_level(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.MID_TERM, state="KAZ", cycle=2)
    blocks = section(report, "Recommendations")
    starts = [i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 2]
    assert [blocks[i].text for i in starts] == [f"Recommendation {label}" for label in
                                               ("121.1", "121.2", "121.3", "121.10")]
    for start, end in zip(starts, starts[1:] + [len(blocks)]):
        label = blocks[start].text.removeprefix("Recommendation ")
        detail = recommendation_detail(db, briefing[label])
        own = blocks[start + 1:end]
        texts = [b.text for b in own if isinstance(b, Paragraph)]
        assert texts[0] == detail.row.text
        assert texts[1] == f"Recommended by {', '.join(detail.row.recommending_states)}."
        claim = detail.responses[-1] if detail.responses else None
        if claim and claim.response_text:
            assert f"The State's response: “{claim.response_text}”" in texts
        tables = [b for b in own if isinstance(b, Table)]
        if detail.assessments:
            assert [row[3] for row in tables[0].rows] == [a.evidence or "—" for a in detail.assessments]
            assert len(tables[0].rows) == len(detail.assessments)
        else:
            assert tables == [] and "No assessment yet." in texts
        combined = combined_level(latest_per_source(
            ((a.source, a.source_name or ""), a.assessed_on, None, ImplementationLevel(a.level))
            for a in detail.assessments))
        assert f"Combined level: {combined.label if combined else 'Not assessed'}." in texts

    first = [b.text for b in blocks[starts[0] + 1:starts[1]] if isinstance(b, Paragraph)]
    assert "Position of the State: Supported (A/HRC/28/10/Add.1, para. 5)." in first
    assert f"The State's response: “{CLAIM_121_1}”" in first and "The State's response: “To be examined.”" not in first
    assessed = next(b for b in blocks[starts[0] + 1:starts[1]] if isinstance(b, Table))
    assert assessed.rows == (
        ("NGO (Kazakhstan International Bureau for Human Rights)", "Not implemented", "1 January 2015",
         "No draft yet."),
        ("State", "Fully implemented", "1 March 2016", "Mid-term report of Kazakhstan"),
        ("NGO (Kazakhstan International Bureau for Human Rights)", "Partially implemented", "1 May 2016",
         "Draft law before the Mäjilis."),
        ("UN body (Human Rights Committee)", "Not implemented", "1 June 2016", "Concluding observations"),
    )
    second = [b.text for b in blocks[starts[1] + 1:starts[2]] if isinstance(b, Paragraph)]
    assert f"The State's response: “{CLAIM_121_2}”" in second


def test_mid_term_summary_crosses_levels_and_positions(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.MID_TERM, state="KAZ", cycle=2)
    summary = section(report, "Summary")
    cross = table_with_caption(summary, "Recommendations by combined implementation level")
    positions = [POSITION_KEYS[name] for name in cross.columns[1:-1]]
    for row in cross.rows[:-1]:
        for position, cell in zip(positions, row[1:-1]):
            wanted = RecommendationFilter(review_id=briefing["second review"], position=position,
                                          implementation_level=level_key(row[0]))
            assert int(cell) == count_recommendations(db, wanted), (row[0], position)
        assert int(row[-1]) == sum(map(int, row[1:-1]))
    total_row = cross.rows[-1]
    expected = count_by_position(db, RecommendationFilter(review_id=briefing["second review"]))
    assert [int(c) for c in total_row[1:-1]] == [expected.get(p, 0) for p in positions]
    assert int(total_row[-1]) == 4
    sources = table_with_caption(summary, "Assessments by source")
    assert set(sources.rows) == {
        ("NGO (Kazakhstan International Bureau for Human Rights)", "1", "2"),
        ("State", "2", "2"),
        ("UN body (Human Rights Committee)", "1", "1"),
    }
    assert not report.confidential and SECRET_NOTE not in all_text(report)


def test_mid_term_milestones_section_is_the_review_timeline(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.MID_TERM, state="KAZ", cycle=2)
    table = next(b for b in section(report, "Milestones") if isinstance(b, Table))
    timeline = next(b for b in section(build(db, ReportTemplate.TIMELINE, state="KAZ", cycle=2), "Timeline")
                    if isinstance(b, Table))
    assert table == timeline


# --- Thematic brief -----------------------------------------------------------------------------


def test_thematic_brief_counts_per_cycle_and_state(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.THEMATIC, theme="death penalty")
    assert report.cover.title == "Thematic brief: Death penalty"
    assert report.running_header == "Death penalty · Thematic brief"
    summary = section(report, "Summary")
    by_cycle = table_with_caption(summary, "By cycle")
    for row in by_cycle.rows[:-1]:
        cycle = int(row[0].split()[1])
        wanted = RecommendationFilter(theme="Death penalty", cycle=cycle)
        assert int(row[2]) == count_recommendations(db, wanted)
        positions = count_by_position(db, wanted)
        assert [int(c) for c in row[3:]] == [positions.get(POSITION_KEYS[name], 0) for name in by_cycle.columns[3:]]
    assert [row[:3] for row in by_cycle.rows] == [
        ("Cycle 1 (2008–2011)", "1", "1"), ("Cycle 2 (2012–2016)", "2", "3"), ("Total", "2", "4")]
    by_state = table_with_caption(summary, "By State under review")
    assert [row[:2] for row in by_state.rows] == [("Kazakhstan", "3"), ("Armenia", "1")]

    listed = section(report, "Recommendations")
    labels = [row[1] for b in listed if isinstance(b, Table) for row in b.rows]
    ids = list_recommendation_ids(db, RecommendationFilter(theme="Death penalty"))
    assert sorted(labels) == sorted(r.label for r in recommendation_rows(db, ids))
    assert len(labels) == len(set(labels)) == 4


def test_thematic_brief_shows_what_was_recommended_again(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.THEMATIC, theme="Death penalty", state="KAZ")
    blocks = section(report, "Recommended again from cycle to cycle")
    chains = {b.text: following for b, following in itertools.pairwise(blocks)
              if isinstance(b, Heading) and b.level == 3}
    # By State, then by the label of their earliest recommendation: 97.5 before 97.17.
    assert list(chains) == ["Kazakhstan: cycle 1 → cycle 2 (same wording)",
                            "Kazakhstan: cycle 1 → cycle 2 (linked)"]
    worded, linked = chains.values()
    # The cycle-1 recommendations carry no theme: they repeat, but lie outside the brief.
    assert [row[:2] for row in linked.rows] == [("1", "97.17 (outside this brief)"), ("2", "121.1")]
    assert [row[:2] for row in worded.rows] == [("1", "97.5 (outside this brief)"), ("2", "121.10")]
    # Armenia's same wording is another State's: no chain with Kazakhstan's.
    assert "110.4" not in all_text(report)
    # One State asked for: no State column.
    assert all(b.columns[0] == "Label" for b in section(report, "Recommendations") if isinstance(b, Table))


def test_thematic_brief_says_where_a_recommendation_was_made_again_from_confirmed_links_only(
        db: Database, briefing) -> None:
    from upr_tracker.services.recommended_again import decide_suggestion, link_by_hand

    # 97.2 (the moratorium) and 121.3 (human rights defenders): a suggestion nobody confirmed is no link.
    suggestion = link_by_hand(db, briefing["97.2"], briefing["121.3"])
    with db.write() as session:
        session.get(RecommendationLink, suggestion).status = "suggested"
    report = build(db, ReportTemplate.THEMATIC, theme="Death penalty", state="KAZ")
    # The text and what it says of other cycles on the first line; the recommendation's terms below.
    cells = {row[0]: row[2].split("\n")[0]
             for b in section(report, "Recommendations") if isinstance(b, Table) for row in b.rows}
    assert cells["121.1"].endswith(" — Recommended before in cycle 1 as 97.17.")
    assert cells["121.10"].endswith(" — Recommended before in cycle 1 as 97.5.")  # the same wording
    assert cells["97.2"] == "To maintain the moratorium on executions"
    headings = [b.text for b in section(report, "Recommended again from cycle to cycle") if isinstance(b, Heading)]
    assert len(headings) == 3  # the section's own, and the two chains of the test above
    decide_suggestion(db, suggestion, accept=True)
    report = build(db, ReportTemplate.THEMATIC, theme="Death penalty", state="KAZ")
    cells = {row[0]: row[2] for b in section(report, "Recommendations") if isinstance(b, Table) for row in b.rows}
    assert cells["97.2"] == ("To maintain the moratorium on executions — Recommended again in cycle 2 as 121.3.\n"
                             "UPR Info issues: Death penalty")


def test_thematic_brief_over_a_search_and_a_cycle(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.THEMATIC, search="optional protocol", cycle=2)
    assert report.cover.title == "Thematic brief: “optional protocol”"
    assert report.cover.scope.endswith("whose text matches “optional protocol”: cycle 2")
    listed = [row[:2] for b in section(report, "Recommendations") if isinstance(b, Table) for row in b.rows]
    assert listed == [("Armenia", "110.4"), ("Kazakhstan", "121.10")]
    wanted = RecommendationFilter(text_query="optional protocol", cycle=2)
    assert len(listed) == count_recommendations(db, wanted)


def test_thematic_brief_that_matches_nothing_still_builds(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.THEMATIC, theme="Right to water", state="KAZ")
    assert level1_headings(report) == []
    assert [b.text for b in report.blocks] == [
        "No recommendation on Right to water (Kazakhstan) is in the database."]
    with pytest.raises(NotFoundError, match="theme"):
        build(db, ReportTemplate.THEMATIC, theme="Underwater basket weaving")
    with pytest.raises(InvalidValueError, match="theme: a thematic brief needs a theme or a search"):
        build(db, ReportTemplate.THEMATIC, state="KAZ")


# --- Milestones timeline ------------------------------------------------------------------------


def test_review_timeline_in_date_order_with_plan_items_under_their_plan(db: Database, briefing) -> None:
    report = build(db, ReportTemplate.TIMELINE, state="KAZ", cycle=2)
    blocks = section(report, "Timeline")
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.columns == ("Date", "Kind", "Milestone", "Source", "Status", "Recommendations")
    assert [row[:3] for row in table.rows] == [
        ("December 2003", "Moratorium", "De facto moratorium on executions"),
        ("2015", "Plan", "Plan d'action national 2015–2020"),  # a year sorts before the days in it
        ("January 2030", "Plan item", "– 1. Training of judges"),  # items by number, under their plan
        ("2016", "Plan item", "– 2. Draft law on peaceful assemblies"),
        ("May 2016", "Plan item", "– 10. Review of the media law"),
        ("10 July 2015", "Law", "Law on amendments to the Criminal Code"),
        ("Undated", "Other", "Round table with civil society"),
    ]
    recommendations_cells = {row[2]: row[5] for row in table.rows}
    assert recommendations_cells["Law on amendments to the Criminal Code"] == "121.1; cycle 1: 97.17"
    assert recommendations_cells["De facto moratorium on executions"] == "121.1, 121.10"
    assert recommendations_cells["– 10. Review of the media law"] == "—"
    assert {row[2]: row[4] for row in table.rows}["– 1. Training of judges"] == "Planned"
    assert table.rows[5][3] == "Official Gazette"
    # Every linked milestone of the review is there, and the unlinked visit is counted, not shown.
    listed = {m.title for m in milestones.list_milestones(db, state="KAZ")}
    assert {row[2].split(". ", 1)[-1].removeprefix("– ") for row in table.rows} == listed - {
        "Visit of the Special Rapporteur on torture"}
    assert any("1 other milestone of Kazakhstan is not linked" in b.text for b in blocks if isinstance(b, Paragraph))


def test_plan_timeline_found_by_title_or_id(db: Database, briefing) -> None:
    by_title = build(db, ReportTemplate.TIMELINE, plan="plan d’action national 2015-2020")
    by_id = build(db, ReportTemplate.TIMELINE, plan=briefing["plan"].hex, state="KAZ")
    assert by_title.blocks == by_id.blocks
    assert by_title.cover.title == "Milestones timeline: Plan d'action national 2015–2020"
    assert by_title.cover.scope == "Plan of action of Kazakhstan, 2015, with its items"
    table = next(b for b in by_title.blocks if isinstance(b, Table))
    assert [row[2] for row in table.rows] == [
        "Plan d'action national 2015–2020", "– 1. Training of judges", "– 2. Draft law on peaceful assemblies",
        "– 10. Review of the media law"]
    assert table.rows[2][5] == "cycle 2: 121.2"
    assert "of this review" not in all_text(by_title)  # a plan's timeline is the whole plan, whatever it is linked to
    with pytest.raises(InvalidValueError, match=r"plan: no plan of action is called 'Nothing' \(the plans: "
                                                r"Plan d'action national 2015–2020 \(Kazakhstan, 2015, id "):
        build(db, ReportTemplate.TIMELINE, plan="Nothing")
    # A cycle says whose labels read plainly.
    in_cycle_2 = build(db, ReportTemplate.TIMELINE, plan="Plan d'action national 2015–2020", state="KAZ", cycle=2)
    assert next(b for b in in_cycle_2.blocks if isinstance(b, Table)).rows[2][5] == "121.2"
    in_cycle_1 = build(db, ReportTemplate.TIMELINE, plan="Plan d'action national 2015–2020", state="KAZ", cycle=1)
    assert next(b for b in in_cycle_1.blocks if isinstance(b, Table)).rows[2][5] == "cycle 2: 121.2"
    with pytest.raises(InvalidValueError, match=r"plan: no plan of action of Armenia is called .*there is no plan"):
        build(db, ReportTemplate.TIMELINE, plan="Plan d'action national 2015–2020", state="ARM")


def test_timeline_of_the_demo(demo_db: Database) -> None:
    report = build(demo_db, ReportTemplate.TIMELINE, state="KAZ", cycle=1)
    table = next(b for b in report.blocks if isinstance(b, Table))
    titles = [row[2].removeprefix("– ") for row in table.rows]
    assert sorted(titles) == sorted(m.title for m in DEMO_MILESTONES)
    plan = titles.index("National Plan of Action on Human Rights 2009–2012")
    items = [m.title for m in DEMO_MILESTONES if m.plan_item_of]
    assert sorted(titles[plan + 1:plan + 1 + len(items)]) == sorted(items)
    top_dates = [row[0] for row in table.rows if row[1] != "Plan item"]
    assert top_dates == ["December 2003", "2007", "29 December 2008", "2009", "July 2009", "10 July 2009",
                         "4 December 2009"]


# --- Bad and empty requests -----------------------------------------------------------------------


def test_bad_requests_name_the_field_and_what_exists(db: Database, briefing) -> None:
    with pytest.raises(NotFoundError, match="state: no State called 'Atlantis'"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="Atlantis", cycle=1)
    with pytest.raises(InvalidValueError, match=r"cycle: Kazakhstan has no review in cycle 3 "
                                                r"\(its reviews: cycle 1, 2\)"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=3)
    with pytest.raises(InvalidValueError,
                       match=r"cycle: a mid-term implementation report needs the cycle .*cycle 1, 2"):
        build(db, ReportTemplate.MID_TERM, state="KAZ")
    with pytest.raises(InvalidValueError, match="state: a country brief needs a State"):
        build(db, ReportTemplate.COUNTRY_BRIEF, cycle=2)
    with pytest.raises(InvalidValueError, match="state: a milestones timeline without a plan needs a State"):
        build(db, ReportTemplate.TIMELINE, state="  ")
    with pytest.raises(InvalidValueError, match="no review of Brazil"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="BRA", cycle=1)
    with pytest.raises(InvalidValueError, match="theme: a country brief does not take a theme"):
        build(db, ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2, theme="Death penalty")
    with pytest.raises(InvalidValueError, match="plan: a thematic brief does not take a plan"):
        build(db, ReportTemplate.THEMATIC, theme="Death penalty", plan="Plan d'action national 2015–2020")
    with pytest.raises(InvalidValueError, match="cycle: 0 is not a UPR cycle"):
        build(db, ReportTemplate.THEMATIC, theme="Death penalty", cycle=0)


def test_a_review_without_recommendations_still_makes_each_report(db: Database) -> None:
    reviews.create_review(db, "Mongolia", 3, 36)
    for template in (ReportTemplate.COUNTRY_BRIEF, ReportTemplate.MID_TERM):
        report = build(db, template, state="MNG", cycle=3)
        assert [b.text for b in report.blocks] == [
            ("The database holds no recommendation of Mongolia's review in cycle 3 yet: import the Working Group "
             "report to fill this report.")]
        assert report.running_header == f"Mongolia · UPR cycle 3 · {template.label}"
    timeline = build(db, ReportTemplate.TIMELINE, state="MNG", cycle=3)
    assert "No milestone is linked to a recommendation of this review yet." in all_text(timeline)
    assert not any(isinstance(b, Table) for b in timeline.blocks)


# --- Progress, titles, speed, layers ---------------------------------------------------------------


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.checks = 0
        self.cancel_after = cancel_after

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))

    def check_cancelled(self) -> None:
        self.checks += 1
        if self.cancel_after is not None and self.checks > self.cancel_after:
            raise KeyboardInterrupt("cancelled")


def test_progress_is_reported_and_the_build_can_be_cancelled(db: Database, briefing) -> None:
    recorder = Recorder()
    build_report(db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2), recorder)
    done = [d for d, _total, _text in recorder.reports]
    assert done == sorted(done) and done[0] == 0 and done[-1] == recorder.reports[-1][1]
    assert all(text for _d, _t, text in recorder.reports) and recorder.checks >= len(recorder.reports)
    with pytest.raises(KeyboardInterrupt):
        build_report(db, ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=2), Recorder(cancel_after=1))


def test_report_title_is_a_usable_file_name() -> None:
    assert report_title(ReportRequest(ReportTemplate.COUNTRY_BRIEF, state="KAZ", cycle=1)) == \
        "Country brief - KAZ - cycle 1"
    assert report_title(ReportRequest(ReportTemplate.THEMATIC, search='"death penalty" OR a/b', state="KAZ")) == \
        "Thematic brief - search death penalty OR a b - KAZ"
    assert report_title(ReportRequest(ReportTemplate.TIMELINE, plan="Plan d'action: 2015–2020")) == \
        "Milestones timeline - Plan d'action 2015–2020"


def fill_review(db: Database, iso3: str, cycle: int, count: int) -> uuid.UUID:
    """A review of `count` recommendations, each with two themes, a response, an assessment, a
    note and a milestone, written in one unit of work (add_recommendation would take a minute)."""
    review_id = reviews.create_review(db, iso3, cycle)
    with db.write() as session:
        recommenders = list(session.scalars(select(State).where(State.iso3.in_(["FRA", "DEU", "BRA", "MEX"]))))
        themes = list(session.scalars(select(Term).where(Term.vocabulary == "themes").order_by(Term.name).limit(6)))
        made = []
        for n in range(count):
            text = f"Recommendation number {n} on the rights of everyone in {iso3}"
            made.append(Recommendation(
                review_id=review_id, label=f"120.{n + 1}", label_sort=label_sort_key(f"120.{n + 1}"), text=text,
                text_key=recommendations.text_key(text), recommending_states=[recommenders[n % 4]],
                terms=[themes[n % 6], themes[(n + 1) % 6]]))
        session.add_all(made)
        session.flush()
        session.add(Response(review_id=review_id, position="supported", response_text="Accepted.",
                             recommendations=made[: count // 2]))
        session.add(Response(review_id=review_id, position="noted", recommendations=made[count // 2:]))
        for n, recommendation in enumerate(made):
            session.add(Assessment(recommendation_id=recommendation.id, source="ngo",
                                   level="partially_implemented", assessed_on=dt.date(2016, 1, 1) + dt.timedelta(n)))
            session.add(Note(author="Ерлан", body=f"Заметка {n}", recommendation_id=recommendation.id,
                             confidential=n % 3 == 0))
        state = session.scalar(select(State).where(State.iso3 == iso3))
        session.add(Milestone(state=state, kind="law", title="A law", occurred_on=dt.date(2015, 1, 1),
                              recommendations=made))
        refresh_recommendations(session, [r.id for r in made])
    return review_id


def test_a_500_recommendation_review_is_read_in_a_few_queries_and_fast(db: Database) -> None:
    fill_review(db, "KAZ", 2, 5)
    fill_review(db, "CHN", 2, 500)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    counts = {}
    for iso3 in ("KAZ", "CHN"):
        for template in (ReportTemplate.COUNTRY_BRIEF, ReportTemplate.MID_TERM):
            statements.clear()
            report = build(db, template, state=iso3, cycle=2, include_confidential=True)
            counts[(iso3, template)] = len(statements)
    # Set-based reading: the same statements for 500 recommendations as for 5.
    assert counts[("KAZ", ReportTemplate.COUNTRY_BRIEF)] == counts[("CHN", ReportTemplate.COUNTRY_BRIEF)] <= 40
    assert counts[("KAZ", ReportTemplate.MID_TERM)] == counts[("CHN", ReportTemplate.MID_TERM)] <= 40
    assert not report.confidential and report.cover.notices == ()  # a mid-term report prints no note
    brief = build(db, ReportTemplate.COUNTRY_BRIEF, state="CHN", cycle=2, include_confidential=True)
    assert brief.cover.notices == ("Contains 167 confidential notes: do not share outside your organisation.",)
    assert sum(len(rows) for rows in theme_groups(brief).values()) == 1000

    seconds = []
    for _attempt in range(3):
        started = time.perf_counter()
        build(db, ReportTemplate.COUNTRY_BRIEF, state="CHN", cycle=2, include_confidential=True)
        seconds.append(time.perf_counter() - started)
    assert min(seconds) < 1.0, seconds


def test_compose_reaches_the_database_only_through_the_services() -> None:
    source = Path(__file__).resolve().parent.parent / "upr_tracker" / "reports" / "compose.py"
    imported = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    allowed = ("upr_tracker.services.", "upr_tracker.domain.", "upr_tracker.reports.")
    project = {m for m in imported if m.startswith("upr_tracker")}
    assert project and all(m.startswith(allowed) or m in ("upr_tracker.errors", "upr_tracker.storage.database")
                           for m in project), project
    assert not {m for m in imported if m.split(".")[0] in ("sqlalchemy", "PySide6")}
