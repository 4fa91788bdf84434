"""Datasets in (UPR Info, UHRI, mapped tables, JSON exports) and out (JSON, CSV, XLSX)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT, UPRINFO_CSV
from upr_tracker.cli.main import main
from upr_tracker.errors import InvalidValueError
from upr_tracker.services import assessments, milestones, notes, recommendations
from upr_tracker.services.column_mappings import resolve_mapping, save_mapping
from upr_tracker.services.dataset_import import BadRowsError, import_dataset
from upr_tracker.services.demo import build_demo_database
from upr_tracker.services.document_import import import_document
from upr_tracker.services.export_json import export_json
from upr_tracker.services.export_tables import COLUMNS, export_table
from upr_tracker.services.json_import import import_json_export
from upr_tracker.services.recommendations import RecommendationFilter, count_recommendations, recommendation_rows
from upr_tracker.services.reviews import list_reviews
from upr_tracker.services.vocabularies import list_terms
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, Document, ImportProblem, Recommendation, State

UPRINFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def count(db: Database, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def rows_of(db: Database, **wanted) -> list:
    return recommendation_rows(db, recommendations.list_recommendation_ids(db, RecommendationFilter(**wanted)))


# --- UPR Info exports ---------------------------------------------------------------------------------


def test_the_uprinfo_sample_imports_with_one_recommendation_per_text(db: Database) -> None:
    report = import_dataset(db, UPRINFO_CSV)
    assert report.format == "uprinfo" and report.rows_read == 8343
    assert report.recommendations.created == 8176 and report.bad_rows == []
    assert count(db, Recommendation) == 8176
    sessions = {(r.state_iso3, r.session) for r in list_reviews(db)}
    assert ("KAZ", 7) in sessions and {s for _iso, s in sessions} == {6, 7, 8, 9}
    italy = [r for r in rows_of(db, state="ITA") if "Migrant Workers" in r.text and len(r.recommending_states) == 6]
    assert len(italy) == 1 and italy[0].position == "noted" and italy[0].action_category == 3
    kazakhstan = rows_of(db, state="KAZ")
    assert len(kazakhstan) == 129
    assert {r.position for r in kazakhstan} == {"supported", "noted"}
    assert all(r.themes for r in kazakhstan)  # issues became themes, matched to the 54 UPR Info issues
    theme_names = {t.name for t in list_terms(db, "themes")}
    assert len(theme_names) == 54, "no near-duplicate theme was invented"
    with db.read() as session:
        trail = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
        fed = {str(d) for d in session.scalars(select(Document.id))}
    # One entry per document the file fed (one per review), each with the import's summary.
    assert sorted(e.record_id for e in trail) == sorted(fed) and len(fed) == len(sessions)
    assert {json.loads(e.after)["recommendations"]["created"] for e in trail} == {8176}


def test_importing_the_same_file_twice_adds_nothing(db: Database) -> None:
    import_dataset(db, UPRINFO_CSV)
    again = import_dataset(db, UPRINFO_CSV)
    assert again.recommendations.created == 0 and again.responses.created == 0
    assert again.recommendations.unchanged == 8176
    assert count(db, Recommendation) == 8176


def test_rows_that_match_un_documents_enrich_them(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    implemented_before = {r.label for r in rows_of(db, state="KAZ") if r.considered_implemented}
    report = import_dataset(db, UPRINFO_CSV)
    kazakhstan = {r.label: r for r in rows_of(db, state="KAZ")}
    assert report.recommendations.updated >= 120  # themes and action categories added to the report's texts
    assert len(kazakhstan) <= 131, "matched, not duplicated"
    abolish = kazakhstan["97.17"]
    assert "Death penalty" in abolish.themes and abolish.action_category is not None
    assert abolish.position == "supported"  # the State's addendum outranks a database's record
    with db.read() as session:
        conflicts = session.scalars(select(ImportProblem).where(ImportProblem.kind == "conflicting_positions")).all()
    for conflict in conflicts:
        assert "earlier sources say" in conflict.message
    assert len(implemented_before) > 60
    implemented_after = {r.label for r in rows_of(db, state="KAZ") if r.considered_implemented}
    assert implemented_after == implemented_before, "an echo of the position must not hide what the UN said"


def test_small_differences_in_text_still_match_and_are_flagged(db: Database, tmp_path: Path) -> None:
    from upr_tracker.services.reviews import create_review

    stored = create_review(db, "Chile", 1, 5)
    recommendations.add_recommendation(db, stored, "Adopt a comprehensive law against discrimination, "
                                       "including on grounds of sexual orientation", recommending_states=["Canada"])
    file = write(tmp_path / "uprinfo.csv", UPRINFO_HEADER +
                 'Chile,GRULAC,,"Adopt a comprehensive law against discrimination including on grounds of '
                 'sexual orientaton",Sweden,WEOG,EU,Accepted,5,"Sexual Orientation and Gender Identity",5\n')
    report = import_dataset(db, file)
    assert report.recommendations.created == 0 and report.recommendations.updated == 1
    [row] = rows_of(db, state="CHL")
    assert row.recommending_states == ("Canada", "Sweden")
    assert any("differs slightly" in notice for notice in report.notices)
    assert row.needs_review  # a near match is confirmed by a person


def test_a_different_action_is_not_a_near_match(db: Database, tmp_path: Path) -> None:
    from upr_tracker.services.reviews import create_review

    stored = create_review(db, "Guinea", 1, 8)
    recommendations.add_recommendation(db, stored, "Extend a standing invitation to all special procedures")
    file = write(tmp_path / "uprinfo.csv", UPRINFO_HEADER +
                 'Guinea,Africa,,"Consider extending a standing invitation to all special procedures",Latvia,EEG,,'
                 'Noted,3,"Special procedures",8\n')
    report = import_dataset(db, file)
    assert report.recommendations.created == 1 and len(rows_of(db, state="GIN")) == 2


def test_a_re_encoded_copy_of_an_export_adds_nothing(db: Database, tmp_path: Path) -> None:
    import_dataset(db, UPRINFO_CSV)
    copy = tmp_path / "same-export-utf8.csv"
    copy.write_text(UPRINFO_CSV.read_bytes().decode("mac_roman").replace("\r", "\n"), encoding="utf-8")
    again = import_dataset(db, copy)
    assert again.recommendations.created == 0 and again.responses.created == 0
    assert len(list_reviews(db)) == 63


def test_a_un_document_after_a_dataset_completes_what_is_there(db: Database) -> None:
    import_dataset(db, UPRINFO_CSV)
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    kazakhstan = rows_of(db, state="KAZ")
    assert len(kazakhstan) <= 131, f"{len(kazakhstan)} recommendations: the report duplicated UPR Info's"
    labelled = [r for r in kazakhstan if r.label]
    assert len(labelled) == 128 and all(r.themes for r in labelled if r.label.startswith("97."))


def test_mac_roman_with_cr_line_ends_and_accents(db: Database, tmp_path: Path) -> None:
    file = write(tmp_path / "old.csv", (UPRINFO_HEADER + 'Côte d’Ivoire,Africa,,"Ratify the Convention on the '
                 'Rights of Persons with Disabilities",Brazil,GRULAC,,Accepted,5,"Disabilities",6\n').replace("\n", "\r"),
                 encoding="mac_roman")
    import_dataset(db, file)
    [row] = rows_of(db, state="CIV")
    assert row.recommending_states == ("Brazil",) and row.themes == ("Disabilities",)


def test_bad_rows_write_nothing_unless_skipped(db: Database, tmp_path: Path) -> None:
    file = write(tmp_path / "bad.csv", UPRINFO_HEADER
                 + 'Chile,GRULAC,,Ratify the Convention,Peru,GRULAC,,Accepted,5,General,5\n'
                 + 'Atlantis,WEOG,,Protect the sea,Peru,GRULAC,,Accepted,5,Environment,5\n'
                 + 'Chile,GRULAC,,,Peru,GRULAC,,Accepted,4,General,5\n'
                 + 'Chile,GRULAC,,Protect children,Peru,GRULAC,,Accepted,4,General,seven\n')
    with pytest.raises(BadRowsError) as error:
        import_dataset(db, file)
    message = str(error.value)
    assert "3 rows cannot be imported, so nothing was written" in message
    assert "line 3" in message and "Atlantis" in message
    assert "line 4, column 'Text'" in message and "line 5, column 'Session'" in message
    assert count(db, Recommendation) == 0 and list_reviews(db) == []
    report = import_dataset(db, file, skip_bad_rows=True)
    assert report.recommendations.created == 1 and len(report.bad_rows) == 3
    assert [r.text for r in rows_of(db)] == ["Ratify the Convention"]


def test_a_spreadsheet_with_extra_columns_imports_and_says_which_were_left_out(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "uprinfo.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(UPRINFO_HEADER.strip().split(",") + ["Our comments"])
    sheet.append(["Chile", "GRULAC", "", "Ratify the Convention", "Peru", "GRULAC", "", "Noted", 5, "General", 5,
                  "follow up"])
    workbook.save(path)
    report = import_dataset(db, path)
    assert report.recommendations.created == 1
    assert "Our comments" in report.unmapped_columns


# --- UHRI and mapped tables ---------------------------------------------------------------------------


def test_uhri_export_keeps_upr_rows_and_counts_the_others(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "uhri.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Document Publication Date",
                  "Themes", "Affected Persons", "Sdgs", "UPR Session", "UPR Reccomending States", "UPR Position",
                  "OHCHR Annotation Id"])
    sheet.append(["Abolish the death penalty", "Kazakhstan", "UPR", "A/HRC/14/10", 40260,
                  "- D23 Death penalty\n- D21 Right to life", "- general", "- 16 - Peace, justice and strong institutions",
                  "7", "- France\n- United Kingdom of Great Britain and Northern Ireland", "Supported", "a-1"])
    sheet.append(["Take measures against torture", "Kazakhstan", "Committee against Torture", "CAT/C/KAZ/CO/2",
                  40260, "- D25 Prohibition of torture", "", "", "", "", "", "a-2"])
    workbook.save(path)
    report = import_dataset(db, path)
    assert report.format == "uhri" and report.recommendations.created == 1
    assert sum(report.skipped.values()) == 1
    [row] = rows_of(db, state="KAZ")
    assert row.recommending_states == ("France", "United Kingdom of Great Britain and Northern Ireland")
    assert row.position == "supported" and row.cycle == 1
    ohchr = {t.name for t in list_terms(db, "ohchr_themes")}
    assert {"Death penalty", "Right to life"} <= ohchr


def test_a_table_of_no_known_format_needs_a_mapping(db: Database, tmp_path: Path) -> None:
    file = write(tmp_path / "ours.csv", "Country;Year cycle;Recommendation;By;Status\n"
                 "Chile;2;Ratify the Optional Protocol;Peru, Mexico;Supported\n")
    with pytest.raises(InvalidValueError, match="columns found: Country, Year cycle.*--map"):
        import_dataset(db, file)
    mapping = resolve_mapping(db, "state_under_review=Country;cycle=Year cycle;text=Recommendation;"
                                  "recommending_states=By;position=Status")
    save_mapping(db, "our tracker", mapping)
    report = import_dataset(db, file, mapping=resolve_mapping(db, "our tracker"))
    assert report.recommendations.created == 1
    [row] = rows_of(db, state="CHL")
    assert row.cycle == 2 and row.recommending_states == ("Mexico", "Peru") and row.position == "supported"
    with pytest.raises(InvalidValueError, match="unknown field colour"):
        resolve_mapping(db, "text=Recommendation;colour=Status")


# --- Export and round trips ---------------------------------------------------------------------------


@pytest.fixture
def rich_db(tmp_path: Path) -> Database:
    """The demo with notes (one confidential, in Russian), assessments, a link and an attachment."""
    path = tmp_path / "rich.sqlite3"
    build_demo_database(path)
    db = Database.open(path, actor="tester")
    rows = {r.label: r for r in rows_of(db)}
    notes.add_note(db, "Встреча с омбудсменом", recommendation_id=rows["97.17"].id, confidential=True, tags=["meeting"])
    notes.add_note(db, "Public statement", recommendation_id=rows["97.17"].id)
    assessments.add_assessment(db, rows["97.17"].id, "ngo", "partially", source_name="KIBHR",
                               assessed_on=dt.date(2012, 5, 1), evidence="Moratorium, no abolition")
    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 the gazette")
    milestones.add_milestone(db, "KAZ", "law", "Law on peaceful assemblies", date="2011-02",
                             attachment=evidence, recommendation_ids=[rows["97.14"].id])
    from upr_tracker.services.reviews import create_review

    later_review = create_review(db, "KAZ", 3, 34)  # the demo holds cycles 1 and 2
    later = recommendations.add_recommendation(db, later_review, "Abolish the death penalty", label="121.5",
                                               recommending_states=["France"])
    recommendations.link_recommendations(db, rows["97.17"].id, later)
    yield db
    db.close()


def _without_time_of_export(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at")
    return data


def test_json_round_trips_into_an_empty_database(rich_db: Database, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    export_json(rich_db, first, include_confidential=True)
    with Database.open(tmp_path / "empty.sqlite3") as empty:
        report = import_json_export(empty, first)
        assert report.counts["recommendations"].created == 323
        # The demo's 13 suggestions come back suggested, the link made by hand confirmed.
        assert report.counts["links"].created == 14
        second = tmp_path / "second.json"
        export_json(empty, second, include_confidential=True)
        assert _without_time_of_export(second) == _without_time_of_export(first)
        again = import_json_export(empty, first)
        assert again.counts["recommendations"].created == 0


# The names README ("JSON export") promises to scripts.
STABLE_RECOMMENDATION_FIELDS = (
    "state", "cycle", "session", "label", "text", "recommending_states", "position", "considered_implemented",
    "needs_review", "review_reason", "response_text", "position_source", "themes", "sdgs", "affected_persons",
    "action_category", "implementation_level", "responses", "assessments")
STABLE_RESPONSE_FIELDS = (
    "id", "position", "considered_implemented", "response_text", "deciding_sentence", "source",
    "source_document_id", "source_paragraph", "responded_on", "needs_review", "review_reason", "labels",
    "recommendation_ids", "created_at")


def test_the_json_export_keeps_its_stable_names_and_writes_each_response_once(rich_db: Database,
                                                                             tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    export_json(rich_db, out, include_confidential=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "upr-tracker-export" and data["format_version"] == 2
    for key in ("recommendations", "responses", "milestones", "notes", "includes_confidential_notes", "reviews"):
        assert key in data
    for record in data["recommendations"]:
        assert [name for name in STABLE_RECOMMENDATION_FIELDS if name not in record] == []
        assert all(isinstance(i, str) for i in record["responses"])
    responses = {r["id"]: r for r in data["responses"]}
    assert len(responses) == len(data["responses"]), "a response written twice"
    for response in data["responses"]:
        assert [name for name in STABLE_RESPONSE_FIELDS if name not in response] == []
    # Every response named is in the table, covers the recommendation, and the latest gives its position.
    for record in data["recommendations"]:
        for response_id in record["responses"]:
            assert record["id"] in responses[response_id]["recommendation_ids"]
        if record["responses"]:
            latest = responses[record["responses"][-1]]
            assert (latest["position"], latest["response_text"]) == (record["position"], record["response_text"])
    shared = max(data["responses"], key=lambda r: len(r["recommendation_ids"]))
    assert len(shared["recommendation_ids"]) > 20  # the report's list of paragraph 95, written once


def test_confidential_notes_stay_out_unless_asked(rich_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "open.json"
    export_json(rich_db, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["includes_confidential_notes"] is False
    assert [n["body"] for n in data["notes"]] == ["Public statement"]


def test_csv_and_xlsx_exports_read_back(rich_db: Database, tmp_path: Path) -> None:
    csv_file, xlsx_file = tmp_path / "kaz.csv", tmp_path / "kaz.xlsx"
    assert export_table(rich_db, csv_file, "csv", RecommendationFilter(state="KAZ", cycle=1)).rows == 128
    export_table(rich_db, xlsx_file, "xlsx", RecommendationFilter(state="KAZ", cycle=1))
    with csv_file.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert tuple(table[0]) == COLUMNS and len(table) == 128
    stored = {r.label: r for r in rows_of(rich_db, state="KAZ", cycle=1)}
    abolish = next(r for r in table if r["label"] == "97.17")
    assert abolish["position"] == "supported" and abolish["implementation_level"] == "partially_implemented"
    assert abolish["recommending_states"] == "; ".join(stored["97.17"].recommending_states)
    sheet = openpyxl.load_workbook(xlsx_file, read_only=True).active
    sheet_rows = list(sheet.iter_rows(values_only=True))
    assert sheet_rows[0] == COLUMNS and len(sheet_rows) == 129
    for path in (csv_file, xlsx_file):
        with Database.open(tmp_path / f"from-{path.suffix[1:]}.sqlite3") as other:
            report = import_dataset(other, path)
            assert report.format == "upr-tracker" and report.recommendations.created == 128
            back = {r.label: r for r in rows_of(other)}
            for label, row in stored.items():
                assert (back[label].text, back[label].recommending_states, back[label].position) == (
                    row.text, row.recommending_states, row.position), label


def test_export_filters(rich_db: Database, tmp_path: Path) -> None:
    def exported(**wanted) -> int:
        return export_table(rich_db, tmp_path / "x.csv", "csv", RecommendationFilter(**wanted)).rows

    assert exported() == 323
    assert exported(cycle=2) == 194 and exported(cycle=3) == 1
    assert exported(position="noted") == count_recommendations(rich_db, RecommendationFilter(position="noted")) > 0
    assert exported(implementation_level="partially_implemented") == 1
    assert exported(text_query="death penalty") >= 3
    assert exported(state="KAZ", session=7) == 128


def test_a_formula_in_a_document_stays_text_in_spreadsheets(db: Database, tmp_path: Path) -> None:
    from upr_tracker.services.reviews import create_review

    review = create_review(db, "Chile", 1, 5)
    recommendations.add_recommendation(db, review, '=HYPERLINK("http://example.invalid","click")', label="1.1")
    export_table(db, tmp_path / "x.xlsx", "xlsx")
    export_table(db, tmp_path / "x.csv", "csv")
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active["E2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    with (tmp_path / "x.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["text"].startswith("'=HYPERLINK")


def test_command_line_export_formats_and_dataset_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cli.sqlite3"
    assert main(["import", str(UPRINFO_CSV), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "uprinfo, 8,343 rows" in out and "8,176 created" in out
    for fmt in ("csv", "xlsx", "json"):
        target = tmp_path / f"kaz.{fmt}"
        assert main(["export", "--db", str(db_path), "--format", fmt, "--out", str(target), "--state", "KAZ"]) == 0
        assert target.stat().st_size > 1000
    assert "Exported 129 recommendations" in capsys.readouterr().err
    bad = write(tmp_path / "bad.csv", UPRINFO_HEADER + "Atlantis,WEOG,,Protect the sea,Peru,GRULAC,,Accepted,5,Environment,5\n")
    assert main(["import", str(bad), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv: 1 row cannot be imported" in err and "line 2" in err and "--skip-bad-rows" in err


def test_states_are_matched_never_added(db: Database, tmp_path: Path) -> None:
    before = count(db, State)
    file = write(tmp_path / "spellings.csv", UPRINFO_HEADER
                 + 'Viet Nam,Asia,,Ratify the Convention,Bosnia & Herzegovina,EEG,,Accepted,5,General,5\n'
                 + '"Bolivia (Plurinational State of)",GRULAC,,Adopt a law,Republic of Atlantis,Asia,,Noted,5,General,5\n')
    report = import_dataset(db, file)   # an unknown recommending State is kept as unknown, not refused
    assert count(db, State) == before
    assert report.recommendations.created == 2 and report.bad_rows == []
    assert [r.recommending_states for r in rows_of(db, state="VNM")] == [("Bosnia and Herzegovina",)]
    [bolivia] = rows_of(db, state="BOL")
    assert bolivia.recommending_states == () and bolivia.needs_review
    assert report.flagged == {"unknown_recommending_state": 1}
    with db.read() as session:
        [problem] = session.scalars(select(ImportProblem)).all()
    assert problem.message.startswith("UPR Info line 3 names the recommending State 'Republic of Atlantis', "
                                      "which is no known State")


@pytest.mark.usefixtures("gui_settings")
def test_window_imports_a_dataset_and_exports_what_it_shows(qtbot, db: Database, tmp_path: Path) -> None:
    from upr_tracker.gui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.import_flow.finished, timeout=60000):
        window.import_files([UPRINFO_CSV])
    assert "1 document imported: 8,176 new recommendations" in window.import_flow.summary_box.text()
    qtbot.waitUntil(lambda: window.recommendations.rowCount() == 8176, timeout=10000)
    qtbot.keyClicks(window.search_box, "moratorium")
    qtbot.waitUntil(lambda: 0 < window.recommendations.rowCount() < 200, timeout=5000)
    shown = window.recommendations.rowCount()
    target = tmp_path / "moratorium.xlsx"
    window.export_to(target)
    qtbot.waitUntil(lambda: bool(getattr(window, "last_export_message", "")), timeout=10000)
    assert window.last_export_message == f"{shown:,} recommendations exported to moratorium.xlsx."
    assert len(list(openpyxl.load_workbook(target, read_only=True).active.iter_rows())) == shown + 1
