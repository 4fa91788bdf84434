"""Importing an addendum after its report: the recommendations that awaited an answer and did not
get one are flagged for review, never left silently pending, and every face says how many."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.cli.main import main
from upr_tracker.services.document_import import AwaitedAnswers, CycleNeededError, import_document
from upr_tracker.services.export_records import recommendation_records
from upr_tracker.services.import_review import list_problems
from upr_tracker.services.recommendations import list_recommendation_ids, recommendation_rows
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import ImportProblem, Response

# Kazakhstan's report (A/HRC/14/10) leaves 26 recommendations "to be examined" (paragraph 97); this
# addendum, laid out as a table with bare numbers, answers two of them.
TWO_ANSWERS = """\
                                                              A/HRC/14/10/Add.1

Position of the Government of Kazakhstan on the recommendations

  Recommendation No.   Position of the Government of Kazakhstan

  1.                   Kazakhstan ratified Convention No. 169 in 2012. The
                       recommendation is not accepted.
  5.                   The recommendation is accepted. Law No. 12 of 4 December
                       2009 provides for it.
"""
UNANSWERED = tuple(f"97.{n}" for n in range(1, 27) if n not in (1, 5))


@pytest.fixture
def two_answers(tmp_path: Path) -> Path:
    path = tmp_path / "addendum.txt"
    path.write_text(TWO_ANSWERS, encoding="utf-8")
    return path


def rows_by_label(db: Database) -> dict:
    return {row.label: row for row in recommendation_rows(db, list_recommendation_ids(db))}


def test_an_addendum_that_answers_2_of_26_flags_the_other_24(db: Database, two_answers: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    report = import_document(db, two_answers, kind="addendum", state="KAZ", cycle=1)
    assert report.awaited == AwaitedAnswers(26, 2, UNANSWERED)
    assert report.awaited.summary() == "answered 2 of 26 recommendations awaiting an answer; 24 flagged for review"
    rows = rows_by_label(db)
    assert (rows["97.1"].position, rows["97.5"].position) == ("noted", "supported")
    for label in UNANSWERED:
        assert rows[label].position == "pending" and rows[label].needs_review, label
    assert not any(row.needs_review for label, row in rows.items() if label.startswith("95."))
    problems = [p for p in list_problems(db) if p.kind == "no_response"]
    assert sorted(label for p in problems for label in p.labels) == sorted(UNANSWERED)
    assert all("awaited the State's answer" in p.message for p in problems)
    assert {p.title for p in problems} == {"Left unanswered"}
    with db.read() as session:   # the reason travels with the recommendation (exports say it)
        [record] = recommendation_records(session, [rows["97.2"].id.hex])
    assert record["needs_review"] and record["review_reason"].startswith("97.2 awaited the State's answer")


def test_importing_it_again_says_the_same_and_adds_no_problem(db: Database, two_answers: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    first = import_document(db, two_answers, kind="addendum", state="KAZ", cycle=1)
    again = import_document(db, two_answers, kind="addendum", state="KAZ", cycle=1)
    assert again.awaited == first.awaited
    with db.read() as session:
        assert len(session.scalars(select(ImportProblem).where(ImportProblem.kind == "no_response")).all()) == 24


def test_the_real_addendum_answers_all_26(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    report = import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    assert report.awaited == AwaitedAnswers(26, 26, ())
    assert report.awaited.summary() == "answered 26 of 26 recommendations awaiting an answer"


def test_an_addendum_read_before_its_report_counts_what_its_title_expects(db: Database) -> None:
    """"Position of Kazakhstan on the 26 recommendations": 1 to 26 are expected. Without the
    report's texts the answer that lost its numbers (16 and 18) cannot be placed."""
    report = import_document(db, KAZAKHSTAN_ADDENDUM_TXT, state="KAZ", cycle=1)
    assert report.awaited == AwaitedAnswers(26, 24, ("16", "18"))


def test_the_command_line_says_how_many_were_answered(db_path: Path, two_answers: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(KAZAKHSTAN_WG_REPORT_TXT), "--db", str(db_path)]) == 0
    capsys.readouterr()
    assert main(["import", str(two_answers), "--db", str(db_path), "--kind", "addendum", "--state", "KAZ",
                 "--cycle", "1", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "answered 2 of 26 recommendations awaiting an answer; 24 flagged for review" in out
    assert main(["import", str(two_answers), "--db", str(db_path), "--kind", "addendum", "--state", "KAZ",
                 "--cycle", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["awaited"] == {
        "awaiting": 26, "answered": 2, "unanswered": list(UNANSWERED),
        "summary": "answered 2 of 26 recommendations awaiting an answer; 24 flagged for review",
    }
    assert sum(p["kind"] == "no_response" for p in data["problems"]) == 24


# --- through the app's own PDF reading ------------------------------------------------------------------

PDF_ROWS = [
    ("1.", "Taking into account the financial implications of the ILO Domestic Workers Convention (No. 189) and "
           "Convention No. 169, signature would be premature. Kazakhstan therefore does not accept the recommendation."),
    ("2.", "The Refugees Act was adopted on 4 December 2009, in line with article 14 of the Constitution and "
           "paragraph 52 of the national report. The recommendation has been implemented."),
    ("3.", "Kazakhstan accepts the recommendation regarding the national preventive mechanism. However, it "
           "cannot accept the recommendation on the abolition of the death penalty."),
    ("4.", "Kazakhstan cannot, at this point in time, make a definitive statement on this recommendation."),
    ("5., 6., 7., 8., 9.", "Kazakhstan accepts these recommendations. Since 2009 the budget of the Ombudsman grew "
                           "by 15 per cent, to 3,776 thousand tenge, and in 2012 a plan of action was adopted."),
    ("12, 15, 17", "These recommendations are under consideration."),
    ("10.", "The recommendation is not accepted. Law No. 118 of 2010 already provides for the matter."),
] * 2   # two pages: the table header repeats


def write_table_pdf(path: Path) -> None:
    """The addendum as a PDF table, written by Qt as a word processor would."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from upr_tracker.reports.typography import report_font

    cells = "".join(f"<tr><td valign=top>{n}</td><td>{t}</td></tr>" for n, t in PDF_ROWS)
    document = QTextDocument()
    document.setDefaultFont(report_font(10))
    document.setHtml(
        "<p>A/HRC/14/10/Add.1</p><p>Position of Kazakhstan on the recommendations</p>"
        "<table border=1 cellpadding=4 width='100%'><thead><tr><th width='24%'>Recommendation No.</th>"
        f"<th>Position of the Government of Kazakhstan</th></tr></thead>{cells}</table>")
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document.print_(writer)


def test_a_pdf_table_read_by_the_app_answers_its_rows(qapp, db: Database, tmp_path: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    pdf = tmp_path / "addendum.pdf"
    write_table_pdf(pdf)
    first = import_document(db, pdf, kind="addendum", state="KAZ", cycle=1)
    answered = {"97.1": "noted", "97.2": "supported", "97.3": "partially_supported", "97.4": "pending",
                **dict.fromkeys(["97.5", "97.6", "97.7", "97.8", "97.9"], "supported"),
                "97.10": "noted", **dict.fromkeys(["97.12", "97.15", "97.17"], "pending")}
    rows = rows_by_label(db)
    assert {label: rows[label].position for label in answered} == answered
    assert rows["97.4"].needs_review                      # put off: read as pending, to be checked
    assert not rows["97.3"].needs_review and not rows["97.1"].needs_review
    unanswered = tuple(f"97.{n}" for n in (11, 13, 14, 16, *range(18, 27)))
    assert first.awaited == AwaitedAnswers(26, 13, unanswered)


PENDING_AND_PUT_OFF = """\
  Recommendation No.   Position of the Government of Kazakhstan

  1.                   The recommendation is under consideration by the Government.
  2.                   Kazakhstan cannot, at this point in time, make a definitive statement on
                       this recommendation.
  3.                   The recommendation is accepted.
"""


def test_an_answer_still_pending_or_put_off_is_flagged_with_its_reason(db: Database, tmp_path: Path) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    path = tmp_path / "addendum.txt"
    path.write_text(PENDING_AND_PUT_OFF, encoding="utf-8")
    report = import_document(db, path, kind="addendum", state="KAZ", cycle=1)
    flagged = {p.labels: p.needs_review for p in report.positions}
    assert flagged == {("97.1",): True, ("97.2",): True, ("97.3",): False}
    with db.read() as session:
        reasons = {r.recommendations[0].label: r.review_reason
                   for r in session.scalars(select(Response).where(Response.needs_review.is_(True)))}
    assert reasons["97.1"].startswith("the addendum still gives no position (pending)")
    assert reasons["97.2"].startswith("the State puts its position off (\"Kazakhstan cannot, at this point in time")


# --- an addendum read before its report -------------------------------------------------------------------

REPORT_WITH_TWO_LISTS_AWAITING = """\
United Nations A/HRC/16/12
Distr.: General
4 January 2011
Report of the Working Group on the Universal Periodic Review*
Kazakhstan

II. Conclusions and/or recommendations
110. The following recommendations will be examined by Kazakhstan, which will provide responses in due time:
1. To ratify the Optional Protocol to the Convention against Torture (Denmark);
2. To abolish the death penalty (France);
3. To issue a standing invitation to the special procedures (Latvia);
4. To adopt a law on domestic violence (Spain);
5. To protect journalists (Norway);
111. The following recommendations will be examined by Kazakhstan as well:
1. To establish a national human rights institution (Germany);
2. To train judges on the Istanbul Protocol (Austria);
112. All conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s).
"""
FOUR_ANSWERS = """\
  Recommendation No.   Position of the Government of Kazakhstan
  1., 2.               These recommendations are not accepted.
  3.                   The recommendation has already been implemented.
  4.                   The recommendation is accepted.
"""


def test_bare_numbers_stored_before_the_report_take_the_paragraph_they_fit(db: Database, tmp_path: Path) -> None:
    """Two lists of the report will be examined; only paragraph 110 has all the numbers 1 to 4."""
    addendum, report = tmp_path / "addendum.txt", tmp_path / "report.txt"
    addendum.write_text(FOUR_ANSWERS, encoding="utf-8")
    report.write_text(REPORT_WITH_TWO_LISTS_AWAITING, encoding="utf-8")
    import_document(db, addendum, kind="addendum", state="KAZ", cycle=1)
    import_document(db, report, kind="wg-report", state="KAZ", cycle=1)
    rows = rows_by_label(db)
    assert sorted(rows) == ["110.1", "110.2", "110.3", "110.4", "110.5", "111.1", "111.2"]   # no bare "1" left
    assert [rows[f"110.{n}"].position for n in range(1, 5)] == ["noted", "noted", "supported", "supported"]
    assert rows["110.3"].considered_implemented
    assert all(rows[label].needs_review for label in ("110.5", "111.1", "111.2"))   # awaited, not answered


def test_the_command_line_lists_the_points_to_review_with_their_counts(
        db_path: Path, two_answers: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(KAZAKHSTAN_WG_REPORT_TXT), "--db", str(db_path)]) == 0
    assert main(["import", str(two_answers), "--db", str(db_path), "--kind", "addendum", "--state", "KAZ",
                 "--cycle", "1"]) == 0
    capsys.readouterr()
    assert main(["problems", "--db", str(db_path), "--state", "KAZ", "--cycle", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "24 open points to review (Left unanswered: 24)"
    assert out[1].startswith("  [open] Kazakhstan, cycle 1")
    assert "Left unanswered · 97.2: 97.2 awaited the State's answer and got none in this addendum" in out[1]
    assert main(["problems", "--db", str(db_path), "--kind", "no_response", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["open"] == 24 and data["open_by_kind"] == {"Left unanswered": 24}
    assert [p["labels"] for p in data["problems"]][:2] == [["97.2"], ["97.3"]]
    assert main(["problems", "--db", str(db_path), "--state", "FRA"]) == 1
    assert "no review of FRA" in capsys.readouterr().err


UNREADABLE_ANSWERS = """\
No. of
recommendation
1
2
3
Position of the Government of Kazakhstan
The recommendation is accepted. Law No. 12 of 4 December 2009 provides for it.
The recommendation is not accepted. The death penalty remains for acts of terrorism.
"""


def test_an_answer_that_could_not_be_read_leaves_the_recommendation_pending(db: Database, tmp_path: Path) -> None:
    """Three numbers, two answers: no position is read, and the report's "will be examined" stays."""
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    path = tmp_path / "addendum.txt"
    path.write_text(UNREADABLE_ANSWERS, encoding="utf-8")
    report = import_document(db, path, kind="addendum", state="KAZ", cycle=1)
    assert {p.labels: p.position for p in report.positions}[("97.1", "97.2", "97.3")] is None
    rows = rows_by_label(db)
    for label in ("97.1", "97.2", "97.3"):
        assert rows[label].position == "pending" and rows[label].needs_review, label


def test_an_addendum_that_names_no_state_takes_the_state_and_cycle_of_its_stored_report(
        db: Database, tmp_path: Path) -> None:
    """A/HRC/14/10/Add.1 answers A/HRC/14/10, already imported: Kazakhstan's first review."""
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    path = tmp_path / "addendum.txt"
    path.write_text(TWO_ANSWERS.replace("Position of the Government of Kazakhstan", "Position"), encoding="utf-8")
    report = import_document(db, path, kind="addendum")
    assert (report.state_iso3, report.cycle) == ("KAZ", 1)
    rows = rows_by_label(db)
    assert (rows["97.1"].position, rows["97.5"].position) == ("noted", "supported")


def test_an_addendum_whose_report_is_not_stored_still_asks_for_the_state(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "addendum.txt"
    path.write_text(TWO_ANSWERS.replace("Position of the Government of Kazakhstan", "Position"), encoding="utf-8")
    with pytest.raises(Exception, match="does not say which State"):
        import_document(db, path, kind="addendum")


def with_symbol(tmp_path: Path, symbol: str) -> Path:
    """The Kazakhstan addendum with a symbol line on its cover, as the UN's PDF has it."""
    path = tmp_path / "addendum.txt"
    path.write_text(f"United Nations\n{symbol}\nGeneral Assembly\nDistr.: General\n1 June 2010\n\n"
                    + KAZAKHSTAN_ADDENDUM_TXT.read_text("utf-8"), encoding="utf-8")
    return path


def test_an_addendum_alone_takes_its_cycle_from_the_council_session_of_its_symbol(db: Database,
                                                                                 tmp_path: Path) -> None:
    report = import_document(db, with_symbol(tmp_path, "A/HRC/14/10/Add.1"), dry_run=True)
    assert (report.state_iso3, report.cycle, report.symbol) == ("KAZ", 1, "A/HRC/14/10/Add.1")
    report = import_document(db, with_symbol(tmp_path, "A/HRC/25/10/Add.1"), dry_run=True)
    assert report.cycle == 2


def test_a_council_session_that_adopted_no_report_says_no_cycle(db: Database, tmp_path: Path) -> None:
    with pytest.raises(CycleNeededError, match="give --cycle"):
        import_document(db, with_symbol(tmp_path, "A/HRC/20/10/Add.1"), dry_run=True)
