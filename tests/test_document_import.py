"""Importing the UN documents into a database: the real samples, both orders, idempotence,
problems kept for review, dry runs and refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.sample_paths import (
    CHINA_MATRIX_DOCX,
    KAZAKHSTAN_ADDENDUM_TXT,
    KAZAKHSTAN_WG_REPORT_PDF,
    KAZAKHSTAN_WG_REPORT_TXT,
)
from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.services.document_import import CycleNeededError, import_document
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids, recommendation_rows
from upr_tracker.services.reviews import list_documents, list_reviews
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry, ImportProblem, Recommendation, Response


def state_of(db: Database) -> dict[str, tuple]:
    """Everything that must not depend on how the data came in: per label, the text, the States,
    the current position, the implementation claim, the review flag and the position history."""
    rows = recommendation_rows(db, list_recommendation_ids(db))
    result = {}
    for row in rows:
        detail = recommendation_detail(db, row.id)
        history = tuple((r.position, r.source, r.considered_implemented) for r in detail.responses)
        result[f"{row.state_iso3}{row.cycle}:{row.label}"] = (
            row.text, row.recommending_states, row.position, row.considered_implemented, row.needs_review, history,
        )
    return result


def count(db: Database, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_working_group_report_gives_every_recommendation_with_its_initial_position(db: Database) -> None:
    report = import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    assert (report.kind, report.symbol, report.state_iso3, report.cycle, report.session) == (
        "wg-report", "A/HRC/14/10", "KAZ", 1, 7)
    assert report.recommendations.created == 128 and report.problems == []
    rows = {r.label: r for r in recommendation_rows(db, list_recommendation_ids(db))}
    assert len([label for label in rows if label.startswith("95.")]) == 102
    assert len([label for label in rows if label.startswith("97.")]) == 26
    assert {rows[f"97.{n}"].position for n in range(1, 27)} == {"pending"}
    assert rows["95.1"].position == "supported"
    assert any(r.considered_implemented for r in rows.values())
    source = recommendation_detail(db, rows["97.1"].id).responses[0].source
    assert source == "A/HRC/14/10, para. 97"


def test_addendum_after_the_report_answers_paragraph_97(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    report = import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    assert (report.kind, report.symbol, report.cycle) == ("addendum", "A/HRC/14/10/Add.1", 1)
    assert report.recommendations.created == 0  # it answers the report's recommendations
    answered = {label for p in report.positions for label in p.labels}
    assert answered <= {f"97.{n}" for n in range(1, 27)}
    rows = {r.label: r for r in recommendation_rows(db, list_recommendation_ids(db))}
    assert rows["97.1"].position == "noted"       # "Kazakhstan therefore does not accept the recommendation."
    assert rows["97.17"].position == "supported"  # "The recommendation is accepted."
    assert rows["97.5"].considered_implemented and rows["97.6"].considered_implemented  # standing invitation
    history = recommendation_detail(db, rows["97.17"].id).responses
    assert [(r.position, r.source) for r in history] == [
        ("pending", "A/HRC/14/10, para. 97"), ("supported", history[-1].source)]
    assert history[-1].source.startswith("A/HRC/14/10/Add.1")
    assert "accepted" in (history[-1].deciding_sentence or "").lower()


def test_report_and_addendum_give_the_same_result_in_either_order(tmp_path: Path) -> None:
    with Database.open(tmp_path / "report-first.sqlite3") as first:
        import_document(first, KAZAKHSTAN_WG_REPORT_TXT)
        import_document(first, KAZAKHSTAN_ADDENDUM_TXT)
        report_first = state_of(first)
    with Database.open(tmp_path / "addendum-first.sqlite3") as second:
        with pytest.raises(CycleNeededError, match="give --cycle"):
            import_document(second, KAZAKHSTAN_ADDENDUM_TXT)
        early = import_document(second, KAZAKHSTAN_ADDENDUM_TXT, cycle=1)
        assert early.recommendations.created > 0  # known by their labels until the report comes
        late = import_document(second, KAZAKHSTAN_WG_REPORT_TXT)
        assert late.recommendations.created == 128 - early.recommendations.created
        addendum_first = state_of(second)
    assert addendum_first == report_first


def test_importing_the_same_documents_again_changes_nothing(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    before = state_of(db)
    counts = (count(db, Recommendation), count(db, Response), count(db, ImportProblem), count(db, AuditEntry))
    again_report = import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    again_addendum = import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    assert again_report.recommendations.created == again_report.recommendations.updated == 0
    assert again_addendum.responses.created == again_addendum.responses.updated == 0
    assert state_of(db) == before
    assert (count(db, Recommendation), count(db, Response), count(db, ImportProblem), count(db, AuditEntry)) == counts
    assert len(list_documents(db, list_reviews(db)[0].id)) == 2


def test_the_pdf_of_the_report_gives_what_the_text_gives(tmp_path: Path) -> None:
    with Database.open(tmp_path / "text.sqlite3") as from_text, Database.open(tmp_path / "pdf.sqlite3") as from_pdf:
        import_document(from_text, KAZAKHSTAN_WG_REPORT_TXT)
        import_document(from_pdf, KAZAKHSTAN_WG_REPORT_PDF)
        text_rows = {r.label: r for r in recommendation_rows(from_text, list_recommendation_ids(from_text))}
        pdf_rows = {r.label: r for r in recommendation_rows(from_pdf, list_recommendation_ids(from_pdf))}
    assert set(text_rows) == set(pdf_rows)
    for label, row in text_rows.items():
        assert pdf_rows[label].recommending_states == row.recommending_states, label
        assert pdf_rows[label].position == row.position, label


def test_problems_are_kept_and_mark_their_recommendations_for_review(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    report = import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    with db.read() as session:
        stored = list(session.scalars(select(ImportProblem)))
        flagged_labels = {r.label for p in stored for r in p.recommendations}
    assert len(stored) == len(report.problems)
    assert flagged_labels
    flagged_rows = {r.label for r in recommendation_rows(
        db, list_recommendation_ids(db, RecommendationFilter(needs_review=True)))}
    assert flagged_labels <= flagged_rows
    for problem in stored:
        assert problem.message and problem.kind


def test_ohchr_matrix_import(db: Database) -> None:
    report = import_document(db, CHINA_MATRIX_DOCX)
    assert (report.kind, report.state_iso3, report.cycle, report.session) == ("matrix", "CHN", 2, 17)
    assert report.recommendations.created == 252
    rows = recommendation_rows(db, list_recommendation_ids(db))
    positions = [r.position for r in rows]
    assert positions.count("supported") == 204 and positions.count("noted") == 48
    documents = {d.symbol for d in list_documents(db, list_reviews(db)[0].id)}
    assert "A/HRC/25/5/Add.1" in documents
    detail = recommendation_detail(db, rows[0].id)
    assert detail.responses[-1].source.startswith("A/HRC/25/5/Add.1, para.")
    again = import_document(db, CHINA_MATRIX_DOCX)
    assert again.recommendations.created == 0 and again.responses.created == 0


def test_dry_run_writes_nothing(db: Database) -> None:
    report = import_document(db, KAZAKHSTAN_WG_REPORT_TXT, dry_run=True)
    assert report.dry_run and report.recommendations.created == 128
    assert count(db, Recommendation) == 0 and list_reviews(db) == []


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "is empty"),
        (b"Dear colleagues,\nthe meeting is on Monday.\n", "letter.txt", "not a document UPR Tracker can import"),
        (b"\x00\x01\x02\x03" * 400, "binary.txt", "not a text file"),
        (b"%PDF-1.4 broken", "broken.pdf", "broken.pdf"),
        (b"PK\x03\x04 not really a zip", "broken.docx", "broken.docx"),
        (b"a,b\n1,2\n", "table.xlsx", ".xlsx"),
    ],
)
def test_bad_files_are_refused_with_nothing_written(db: Database, tmp_path: Path, content: bytes, name: str,
                                                    message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UprTrackerError, match=message.replace(".", r"\.")):
        import_document(db, path)
    assert count(db, Recommendation) == 0 and count(db, AuditEntry) == count(db, AuditEntry)
    assert list_reviews(db) == []


def test_a_state_given_that_contradicts_the_document_is_refused(db: Database) -> None:
    with pytest.raises(InvalidValueError, match="about Kazakhstan, not France"):
        import_document(db, KAZAKHSTAN_WG_REPORT_TXT, state="FRA")
    assert list_reviews(db) == []


def test_a_report_read_in_a_legacy_encoding_imports_the_same(db: Database, tmp_path: Path) -> None:
    text = KAZAKHSTAN_WG_REPORT_TXT.read_text(encoding="utf-8")
    legacy = tmp_path / "report-utf16.txt"
    legacy.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    report = import_document(db, legacy)
    assert report.recommendations.created == 128


def test_each_file_is_all_or_nothing_when_cancelled(db: Database) -> None:
    class CancelHalfWay:
        calls = 0

        def report(self, done: int, total: int, text: str = "") -> None:
            pass

        def check_cancelled(self) -> None:
            self.calls += 1
            if self.calls > 50:
                raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        import_document(db, KAZAKHSTAN_WG_REPORT_TXT, progress=CancelHalfWay())
    assert count(db, Recommendation) == 0 and list_reviews(db) == []


def test_the_same_file_under_another_name_is_recognised(db: Database, tmp_path: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    copy = tmp_path / "copy of the report.txt"
    shutil.copyfile(KAZAKHSTAN_WG_REPORT_TXT, copy)
    again = import_document(db, copy)
    assert again.recommendations.created == 0 and again.responses.created == 0
    assert len(list_documents(db, list_reviews(db)[0].id)) == 1


def test_export_says_why_a_recommendation_needs_review(db: Database, tmp_path: Path) -> None:
    import json

    from upr_tracker.services.export_json import export_json

    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    out = tmp_path / "kaz.json"
    export_json(db, out, state="KAZ")
    flagged = [r for r in json.loads(out.read_text(encoding="utf-8"))["recommendations"] if r["needs_review"]]
    assert flagged
    assert all(r["review_reason"] for r in flagged)


def planner_row_count(db: Database, table: str) -> int | None:
    """The row count the query planner holds for a table (sqlite_stat1; pg_class on PostgreSQL),
    None when it has none."""
    with db.read() as session:
        if db.backend.name == "postgresql":
            rows = session.execute(text("SELECT reltuples FROM pg_class WHERE relname = :t AND relkind = 'r'"),
                                   {"t": table}).scalar()
            return None if rows is None or rows < 0 else int(rows)
        if not session.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
            return None
        stat = session.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = :t AND idx IS NOT NULL"),
                               {"t": table}).scalar()
        return int(stat.split()[0]) if stat else None


def test_an_import_leaves_the_planner_the_numbers_of_what_it_wrote(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT, dry_run=True)
    assert planner_row_count(db, "recommendation") in (None, 0)
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    assert planner_row_count(db, "recommendation") == count(db, Recommendation) == 128
    if db.backend.name != "sqlite":
        return
    # Never of the full-text index's own tables: with those, every later write into it was six times slower.
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM sqlite_stat1 WHERE tbl LIKE 'search_text%'")).scalar() == 0
