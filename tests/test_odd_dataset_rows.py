"""Real exports carry odd rows: rows of one recommendation that disagree, HTML entities, unnamed and
unknown recommending States, one label of a UN document split into rows per State. The file is
imported whole all the same, each odd recommendation flagged with its reason: a synthetic export
made here, the real samples, and properties over any order of the rows."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.sample_paths import KAZAKHSTAN_WG_REPORT_TXT, UPRINFO_CSV
from upr_tracker.cli.main import main
from upr_tracker.parsing.datasets import parse_uprinfo_export
from upr_tracker.parsing.tables import Table
from upr_tracker.services import recommendations
from upr_tracker.services.dataset_import import (
    ROWS_DISAGREE,
    UNKNOWN_STATE,
    BadRowsError,
    import_dataset,
)
from upr_tracker.services.document_import import import_document
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendation_matching import attributed_parts
from upr_tracker.services.recommendations import (
    RecommendationFilter,
    recommendation_rows,
)
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import ImportProblem, Recommendation, Response

HEADER = ["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue",
          "Session"]
REVIEWED = [("Chile", 5), ("Peru", 2), ("Norway", 6), ("Kazakhstan", 7), ("Ghana", 2), ("Fiji", 7)]
RECOMMENDING = ["France", "Germany", "Brazil", "Japan", "Mexico", "Senegal", "Canada", "Italy", "Spain", "Egypt",
                "Algeria", "Morocco", "India", "Argentina", "Sweden"]
VERBS = [("Ratify", 5), ("Continue", 2), ("Consider", 3), ("Strengthen", 4), ("Share", 1)]
GOALS = ["the Convention against Torture", "the rights of the child", "a national human rights institution",
         "measures against trafficking", "the freedom of the press", "its cooperation with special procedures",
         "a law on domestic violence", "the access of girls to school"]
ISSUES = ["Torture and other CID treatment", "Rights of the Child", "NHRI", "Trafficking", "Freedom of the press",
          "Special procedures", "Women's rights", "Right to education"]


def row(to: str, text: str, from_: str, response: str = "Accepted", action: str = "4", issue: str = "General",
        session: int = 5) -> list[str]:
    return [to, "", "", text, from_, "", "", response, action, issue, str(session)]


def odd_rows() -> dict[str, list[list[str]]]:
    """Each odd case, by name: the rows of one recommendation."""
    return {
        "action": [row("Chile", "Adopt a plan against torture in prisons", "Algeria", action="4"),
                   row("Chile", "Adopt a plan against torture in prisons", "Egypt", action="2")],
        "position": [row("Chile", "Abolish the death penalty for all crimes", "France"),
                     row("Chile", "Abolish the death penalty for all crimes", "Germany", response="Noted")],
        "issues": [row("Peru", "Protect indigenous land rights", "Canada", issue="Indigenous peoples", session=2),
                   row("Peru", "Protect indigenous land rights", "Mexico", issue="Indigenous peoples,Right to land",
                       session=2)],
        "entities": [row("Bosnia &amp; Herzegovina", "Protect &quot;human rights defenders&quot; &amp; "
                         "journalists&#39; sources", "Norway", session=7)],
        "unknown": [row("Norway", "Ratify the Optional Protocol on a communications procedure", "&#40;Unknown&#41;",
                        session=6)],
        "unnamed": [row("Ghana", "Criminalise female genital mutilation", "", session=2),
                    row("Ghana", "Criminalise female genital mutilation", "Sweden", session=2)],
        "no such State": [row("Fiji", "Restore the elected parliament", "Republic of Atlantis", session=7)],
    }


def synthetic_export(total: int = 300, seed: int = 12) -> list[list[str]]:
    """`total` rows: ordinary recommendations (one to four States each, rows that agree) over six
    reviews, with every odd case among them."""
    chooser = random.Random(seed)
    odd = [r for rows in odd_rows().values() for r in rows]
    ordinary: list[list[str]] = []
    number = 0
    while len(ordinary) < total - len(odd):
        number += 1
        (to, session), (verb, action) = chooser.choice(REVIEWED), chooser.choice(VERBS)
        goal, issue = chooser.randrange(len(GOALS)), chooser.choice(ISSUES)
        text = f"{verb} {GOALS[goal]} (measure {number})"
        response = chooser.choice(["Accepted", "Accepted", "Noted"])
        for state in chooser.sample(RECOMMENDING, chooser.randint(1, 4))[: total - len(odd) - len(ordinary)]:
            ordinary.append(row(to, text, state, response, str(action), issue, session))
    rows = ordinary + odd
    chooser.shuffle(rows)
    return rows


def write_export(path: Path, rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def line_of(rows: list[list[str]], text: str, from_: str) -> int:
    return next(index for index, r in enumerate(rows, start=2) if r[3] == text and r[4] == from_)


def rows_of(db: Database, **wanted) -> list:
    return recommendation_rows(db, recommendations.list_recommendation_ids(db, RecommendationFilter(**wanted)))


def problems(db: Database) -> dict[str, list[ImportProblem]]:
    found: dict[str, list[ImportProblem]] = {}
    with db.read() as session:
        for problem in session.scalars(select(ImportProblem)):
            found.setdefault(problem.kind, []).append(problem)
            session.expunge(problem)
    return found


def by_text(db: Database, text: str):
    return next(r for r in rows_of(db) if r.text == text)


# --- the synthetic export, imported whole ------------------------------------------------------------


def test_a_synthetic_export_with_every_odd_row_imports_whole_and_flags_them(db: Database, tmp_path: Path) -> None:
    rows = synthetic_export()
    path = write_export(tmp_path / "export.csv", rows)
    report = import_dataset(db, path)
    assert report.rows_read == 300 and report.bad_rows == []
    assert report.flagged == {ROWS_DISAGREE: 3, UNKNOWN_STATE: 3}
    assert "3 recommendations flagged for review whose rows disagree" in report.notices
    assert "3 recommendations flagged for review with an unnamed or unknown recommending State" in report.notices
    flagged = {r.text for r in rows_of(db, needs_review=True)}
    assert flagged == {"Adopt a plan against torture in prisons", "Abolish the death penalty for all crimes",
                       "Protect indigenous land rights", "Ratify the Optional Protocol on a communications procedure",
                       "Criminalise female genital mutilation", "Restore the elected parliament"}
    reasons = {p.message for p in problems(db)[ROWS_DISAGREE]}
    algeria = line_of(rows, "Adopt a plan against torture in prisons", "Algeria")
    egypt = line_of(rows, "Adopt a plan against torture in prisons", "Egypt")
    assert f"UPR Info rows disagree: Action 4 (line {algeria}, Algeria) vs 2 (line {egypt}, Egypt); 4 is kept" in reasons

    action = by_text(db, "Adopt a plan against torture in prisons")
    assert action.action_category == 4 and action.recommending_states == ("Algeria", "Egypt")

    # Both positions are in the history, each naming its row; the reason names both.
    position = by_text(db, "Abolish the death penalty for all crimes")
    detail = recommendation_detail(db, position.id)
    history = {(r.position, r.response_text) for r in detail.responses}
    france = line_of(rows, "Abolish the death penalty for all crimes", "France")
    germany = line_of(rows, "Abolish the death penalty for all crimes", "Germany")
    assert history == {("supported", f"Accepted: UPR Info line {france} (France)"),
                       ("noted", f"Noted: UPR Info line {germany} (Germany)")}
    assert f"UPR Info rows disagree: Response Accepted (line {france}, France) vs Noted (line {germany}, Germany); " \
           "Accepted is kept, the others are in the history" in reasons
    assert position.position == "supported"

    issues = by_text(db, "Protect indigenous land rights")
    assert set(issues.themes) == {"Indigenous peoples", "Right to land"}   # every issue kept
    assert any(reason.startswith("UPR Info rows disagree: Issue 'Indigenous peoples, Right to land' (line ")
               and "vs 'Indigenous peoples' (line " in reason for reason in reasons)

    # HTML entities decoded, in the State under review's cell too.
    [bosnia] = rows_of(db, state="BIH")
    assert bosnia.text == 'Protect "human rights defenders" & journalists\' sources' and not bosnia.needs_review

    # Unknown or unnamed recommending States: kept without them, the flag giving the name as written.
    unknown = {p.excerpt: p.message for p in problems(db)[UNKNOWN_STATE]}
    assert by_text(db, "Ratify the Optional Protocol on a communications procedure").recommending_states == ()
    assert "names the recommending State '(Unknown)', which is no known State" in \
        unknown["Ratify the Optional Protocol on a communications procedure"]
    assert by_text(db, "Criminalise female genital mutilation").recommending_states == ("Sweden",)
    unnamed = line_of(rows, "Criminalise female genital mutilation", "")
    assert unknown["Criminalise female genital mutilation"].startswith(
        f"UPR Info line {unnamed} names no recommending State: the recommendation is kept without it")
    assert "'Republic of Atlantis'" in unknown["Restore the elected parliament"]
    with db.read() as session:
        recommended_by = session.scalar(select(Recommendation.recommended_by)
                                        .where(Recommendation.text == "Restore the elected parliament"))
    assert recommended_by == "Republic of Atlantis"   # as written, for the person who checks

    # Again: nothing new, no flag raised twice, the same counts said.
    with db.read() as session:
        before = (session.scalar(select(func.count()).select_from(ImportProblem)),
                  session.scalar(select(func.count()).select_from(Response)))
    again = import_dataset(db, path)
    assert again.recommendations.created == 0 and again.responses.created == 0
    assert again.flagged == report.flagged
    with db.read() as session:
        assert (session.scalar(select(func.count()).select_from(ImportProblem)),
                session.scalar(select(func.count()).select_from(Response))) == before


def test_a_row_without_text_still_needs_skip_bad_rows(db: Database, tmp_path: Path) -> None:
    rows = synthetic_export()
    rows.insert(10, row("Chile", "", "France"))
    path = write_export(tmp_path / "export.csv", rows)
    with pytest.raises(BadRowsError, match="line 12, column 'Text': no recommendation text"):
        import_dataset(db, path)
    report = import_dataset(db, path, skip_bad_rows=True)
    assert len(report.bad_rows) == 1 and report.flagged == {ROWS_DISAGREE: 3, UNKNOWN_STATE: 3}


def test_the_command_line_says_how_many_were_flagged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_export(tmp_path / "export.csv", synthetic_export())
    db_path = tmp_path / "cli.sqlite3"
    assert main(["import", str(path), "--db", str(db_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "note: 3 recommendations flagged for review whose rows disagree" in out
    assert "note: 3 recommendations flagged for review with an unnamed or unknown recommending State" in out
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    imported = printed   # one file: its report
    assert imported["flagged_for_review"] == {ROWS_DISAGREE: 3, UNKNOWN_STATE: 3, "odd_value": 0, "encoding_guessed": 0}
    assert imported["bad_rows"] == []


# --- the real samples ------------------------------------------------------------------------------


def test_a_label_joining_two_states_sentences_takes_both_upr_info_rows(db: Database) -> None:
    """A/HRC/14/10 95.3 joins Slovenia's "consider ratifying" and the Republic of Korea's "ratify"
    the CRPD; UPR Info has a row for each. Both rows enrich 95.3: no unlabelled duplicates."""
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    assert len(rows_of(db, state="KAZ")) == 128
    import_dataset(db, UPRINFO_CSV)
    kazakhstan = rows_of(db, state="KAZ")
    assert len(kazakhstan) == 128 and all(r.label for r in kazakhstan)
    [joined] = [r for r in kazakhstan if r.label == "95.3"]
    assert joined.recommending_states == ("Republic of Korea", "Slovenia")
    assert {"Disabilities", "International instruments"} <= set(joined.themes)   # from both UPR Info rows
    assert joined.action_category is not None and joined.position == "supported"


def test_the_real_sample_has_no_odd_row(db: Database) -> None:
    report = import_dataset(db, UPRINFO_CSV)
    assert report.flagged == {} and report.recommendations.created == 8176
    assert rows_of(db, needs_review=True) == []


# --- properties ------------------------------------------------------------------------------------

STATES = ["France", "Germany", "Brazil", "Japan", "Egypt", "Algeria"]
one_row = st.tuples(st.sampled_from(STATES), st.sampled_from(["Accepted", "Noted"]), st.sampled_from("12345"),
                    st.sets(st.sampled_from(ISSUES[:3]), min_size=1, max_size=2))


def rows_for(drawn: list[tuple[str, str, str, set[str]]]) -> list[list[str]]:
    return [row("Chile", "Adopt a national action plan on human rights", state, response, action,
                ",".join(sorted(issues))) for state, response, action, issues in drawn]


def parsed(rows: list[list[str]]):
    [merged] = parse_uprinfo_export(Table.from_rows(HEADER, rows)).recommendations
    return merged


@settings(max_examples=150, deadline=None)
@given(drawn=st.lists(one_row, min_size=1, max_size=6), order=st.randoms(use_true_random=False))
def test_any_order_of_the_rows_gives_the_same_recommendation_and_every_disagreement_is_described(
        drawn, order) -> None:
    rows = rows_for(drawn)
    shuffled = list(rows)
    order.shuffle(shuffled)
    first, second = parsed(rows), parsed(shuffled)
    assert (first.position, first.action_category, set(first.recommending_states), set(first.themes)) == (
        second.position, second.action_category, set(second.recommending_states), set(second.themes))
    described = {d.field: {(v.shown, frozenset(states for _line, states in v.rows)) for v in d.values}
                 for d in first.disagreements}
    assert described == {d.field: {(v.shown, frozenset(states for _line, states in v.rows)) for v in d.values}
                         for d in second.disagreements}
    assert {d.field: d.values[0].shown for d in first.disagreements} == {
        d.field: d.values[0].shown for d in second.disagreements}   # the same value kept
    # Disagreement is always described, and only then.
    assert ("position" in described) == (len({response for _s, response, _a, _i in drawn}) > 1)
    assert ("action_category" in described) == (len({action for _s, _r, action, _i in drawn}) > 1)
    assert ("themes" in described) == (len({frozenset(issues) for *_rest, issues in drawn}) > 1)
    for disagreement in first.disagreements:
        assert disagreement.reason.startswith(f"UPR Info rows disagree: {disagreement.column} ")
        assert sum(len(value.rows) for value in disagreement.values) == len(rows)   # each row under one value
        for value in disagreement.values:   # four rows named per value, the others counted
            assert all(f"line {line}, {states}" in disagreement.reason for line, states in value.rows[:4])
            more = len(value.rows) - 4
            assert more <= 0 or f"and {more} more row{'s' if more > 1 else ''})" in disagreement.reason


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=st.lists(one_row, min_size=2, max_size=4, unique_by=lambda r: r[0]), order=st.randoms(use_true_random=False))
def test_importing_any_order_of_the_rows_stores_the_same_and_flags_disagreement(drawn, order) -> None:
    rows = rows_for(drawn)
    shuffled = list(rows)
    order.shuffle(shuffled)
    stored = []
    with tempfile.TemporaryDirectory() as folder:
        for version, these in enumerate((rows, shuffled)):
            path = write_export(Path(folder) / f"export{version}.csv", these)
            with Database.open(Path(folder) / f"db{version}.sqlite3", actor="tester") as db:
                report = import_dataset(db, path)
                [rec] = rows_of(db)
                detail = recommendation_detail(db, rec.id)
                stored.append((rec.position, rec.action_category, rec.recommending_states, rec.themes,
                               rec.needs_review, sorted(r.position for r in detail.responses), report.flagged))
    assert stored[0] == stored[1]
    disagree = len({(response, action, frozenset(issues)) for _s, response, action, issues in drawn}) > 1
    assert stored[0][4] == disagree and stored[0][6] == ({ROWS_DISAGREE: 1} if disagree else {})
    assert stored[0][5] == sorted({"supported" if response == "Accepted" else "noted"
                                   for _s, response, _a, _i in drawn})


# --- the import dialog's preview -------------------------------------------------------------------


@pytest.mark.usefixtures("gui_settings")
def test_the_import_dialog_preview_says_how_many_were_flagged(qtbot, db: Database, tmp_path: Path) -> None:
    from upr_tracker.gui.import_dialog import ImportDialog
    from upr_tracker.gui.import_entries import EntryStatus
    from upr_tracker.gui.tasks import TaskRunner

    path = write_export(tmp_path / "export.csv", synthetic_export())
    tasks = TaskRunner()
    dialog = ImportDialog(lambda: db, tasks, [path])
    qtbot.addWidget(dialog)
    dialog.show()
    entry = next(e for e in dialog.entries if e.path == path)
    qtbot.waitUntil(lambda: entry.status is EntryStatus.READY and not dialog.busy, timeout=30_000)
    notes = dialog.notes_view.toPlainText()
    assert "3 recommendations flagged for review whose rows disagree" in notes
    assert "3 recommendations flagged for review with an unnamed or unknown recommending State" in notes
    assert rows_of(db) == []   # a preview writes nothing
    tasks.wait_for_all()


# --- labels that join several States' sentences ------------------------------------------------------


@pytest.mark.parametrize(("text", "recommended_by", "parts"), [
    ("To consider ratifying the CRPD (Slovenia); ratify the CRPD", "Republic of Korea, Slovenia",
     ["To consider ratifying the CRPD", "ratify the CRPD"]),
    ("Abolish the death penalty (France, Germany) and establish a moratorium on executions", "France, Germany, Italy",
     ["Abolish the death penalty", "establish a moratorium on executions"]),
    ("Ratify OP-CAT (Czech Republic); adopt a law on torture (Mexico); train the police on it",
     "Czech Republic, Mexico, Peru", ["Ratify OP-CAT", "adopt a law on torture", "train the police on it"]),
    ("Ratify the Convention (CRPD) without delay", "Slovenia", []),          # not a State: one sentence
    ("Adopt a law on asylum (Slovenia)", "Republic of Korea", []),           # not one of its States
    ("Ratify the Rome Statute", "France", []),
])
def test_the_sentences_of_a_joined_label(text: str, recommended_by: str, parts: list[str]) -> None:
    assert attributed_parts(text, recommended_by) == parts


def test_rows_of_each_sentence_and_of_one_sentence_naming_two_states_enrich_the_one_label(db: Database,
                                                                                         tmp_path: Path) -> None:
    review = create_review(db, "Chile", 1, 5)
    recommendations.add_recommendation(db, review, "To ratify OP-CAT (Czech Republic); adopt a law on torture",
                                       label="95.4", recommending_states=["Mexico", "Czech Republic"])
    recommendations.add_recommendation(db, review, "To adopt a national plan on human rights", label="95.5",
                                       recommending_states=["Slovenia", "Czech Republic"])
    rows = [row("Chile", "Ratify OP-CAT", "Czech Republic", action="5", issue="Torture and other CID treatment"),
            row("Chile", "Adopt a law on torture.", "Mexico", action="5", issue="Torture and other CID treatment"),
            row("Chile", "Adopt a national plan on human rights", "Slovenia", issue="National plan of action"),
            row("Chile", "Adopt a national plan on human rights", "Czech Republic", issue="National plan of action")]
    report = import_dataset(db, write_export(tmp_path / "export.csv", rows))
    assert report.recommendations.created == 0 and report.recommendations.updated == 2
    stored = {r.label: r for r in rows_of(db, state="CHL")}
    assert set(stored) == {"95.4", "95.5"}
    assert stored["95.4"].recommending_states == ("Czechia", "Mexico")   # the stored name of the Czech Republic
    assert stored["95.4"].themes == ("Torture and other CID treatment",) and stored["95.4"].action_category == 5
    assert stored["95.5"].themes == ("National plan of action",)
    assert not any(r.needs_review for r in stored.values())


def test_sentences_of_one_label_that_get_different_positions_are_flagged(db: Database, tmp_path: Path) -> None:
    review = create_review(db, "Chile", 1, 5)
    recommendations.add_recommendation(db, review, "To ratify OP-CAT (Czech Republic); abolish the death penalty",
                                       label="97.1", recommending_states=["Mexico", "Czech Republic"])
    rows = [row("Chile", "Ratify OP-CAT", "Czech Republic", action="5"),
            row("Chile", "Abolish the death penalty", "Mexico", response="Noted", action="5")]
    report = import_dataset(db, write_export(tmp_path / "export.csv", rows))
    assert report.recommendations.created == 0 and report.flagged == {ROWS_DISAGREE: 1}
    [stored] = rows_of(db, state="CHL")
    assert stored.needs_review
    [problem] = problems(db)[ROWS_DISAGREE]
    assert problem.message.startswith("UPR Info rows disagree: Response ") and "Czech Republic" in problem.message
    assert "Mexico" in problem.message and problem.labels == "97.1"


def test_a_from_cell_naming_two_states_gives_both(db: Database, tmp_path: Path) -> None:
    rows = [row("Chile", "Adopt a law on torture", "Slovenia, Czech Republic"),
            row("Chile", "Adopt a law on asylum", "Korea, Republic of"),
            row("Chile", "Adopt a law on housing", "Slovenia, Atlantis")]
    report = import_dataset(db, write_export(tmp_path / "export.csv", rows))
    assert report.bad_rows == [] and report.flagged == {UNKNOWN_STATE: 1}
    assert by_text(db, "Adopt a law on torture").recommending_states == ("Czechia", "Slovenia")
    assert by_text(db, "Adopt a law on asylum").recommending_states == ("Republic of Korea",)
    housing = by_text(db, "Adopt a law on housing")
    assert housing.recommending_states == () and housing.needs_review   # not all known: the cell is flagged whole


def test_an_unreadable_action_or_response_is_kept_empty_and_flagged(db: Database, tmp_path: Path) -> None:
    rows = [row("Chile", "Ratify the Second Optional Protocol", "France", action="7"),
            row("Chile", "Ratify the Second Optional Protocol", "Germany", action="5"),
            row("Chile", "Abolish the death penalty", "Spain", response="Perhaps")]
    report = import_dataset(db, write_export(tmp_path / "odd.csv", rows))
    assert not report.bad_rows and report.recommendations.created == 2
    assert report.flagged.get("odd_value") == 2
    stored = {r.text: r for r in rows_of(db)}
    assert stored["Ratify the Second Optional Protocol"].action_category == 5   # the readable row's
    assert stored["Abolish the death penalty"].position is None
    assert all(r.needs_review for r in stored.values())
    [ratify, abolish] = sorted(problems(db)["odd_value"], key=lambda p: p.line or 0)
    assert "line 2, column 'Action': not an action category (1 to 5) ('7')" in ratify.message
    assert "line 4, column 'Response'" in abolish.message and "'Perhaps'" in abolish.message
    again = import_dataset(db, write_export(tmp_path / "odd.csv", rows))   # nothing more the second time
    assert again.recommendations.created == 0 and len(problems(db)["odd_value"]) == 2


def test_a_response_that_takes_no_position_is_kept_in_the_history(db: Database, tmp_path: Path) -> None:
    rows = [row("Chile", "Ratify the Second Optional Protocol", "France", response="General Response"),
            row("Chile", "Abolish the death penalty", "Spain", response="No Response"),
            row("Chile", "Adopt a law on torture", "Italy", response="")]
    report = import_dataset(db, write_export(tmp_path / "none.csv", rows))
    assert report.recommendations.created == 3 and report.responses.created == 2
    stored = {r.text: r for r in rows_of(db)}
    assert {r.position for r in stored.values()} == {None}
    with db.read() as session:
        texts = sorted(session.scalars(select(Response.response_text)))
    assert texts == ["General Response", "No Response"]   # the two can still be told apart
    again = import_dataset(db, write_export(tmp_path / "none.csv", rows))
    assert again.responses.created == 0
