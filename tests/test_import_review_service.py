"""Reviewing imports without the window: previews that write nothing, the problems beside their
source text, and each way of settling a problem clearing "needs review" on the right
recommendations, on the real Kazakhstan documents and on texts made here."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT
from upr_tracker.errors import InvalidValueError, NotFoundError, UprTrackerError
from upr_tracker.services.document_import import CycleNeededError, import_document
from upr_tracker.services.import_review import (
    ProblemInfo,
    accept_position,
    assign_text,
    assignable_labels,
    correct_problem_position,
    kind_title,
    list_problems,
    preview_dataset,
    preview_document,
    problem_info,
    resolve_problem,
    source_lines,
    split_text,
    table_columns,
)
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids, recommendation_rows
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import ImportProblem, Recommendation, Response

SPLIT_GROUP = ["97.11", "97.13", "97.20", "97.21", "97.22", "97.23", "97.24", "97.25", "97.26"]


# --- helpers -------------------------------------------------------------------------------------


def rows_by_label(db: Database) -> dict[str, object]:
    return {r.label: r for r in recommendation_rows(db, list_recommendation_ids(db))}


def needing_review(db: Database) -> set[str]:
    ids = list_recommendation_ids(db, RecommendationFilter(needs_review=True))
    return {r.label for r in recommendation_rows(db, ids)}


def count(db: Database, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def history(db: Database, label: str) -> list[tuple[str | None, str | None]]:
    row = rows_by_label(db)[label]
    return [(r.position, r.source) for r in recommendation_detail(db, row.id).responses]


def problem_of(db: Database, kind: str, **where) -> ProblemInfo:
    found = [p for p in list_problems(db) if p.kind == kind
             and all(getattr(p, name) == value for name, value in where.items())]
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def reviewed(db: Database) -> Database:
    """The report, then the addendum: two repairs the importer applied, to check."""
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    return db


@pytest.fixture
def addendum_alone(db: Database) -> Database:
    """The addendum alone (cycle given): a text without numbers, one text for two groups, and
    two labels without a response."""
    import_document(db, KAZAKHSTAN_ADDENDUM_TXT, cycle=1)
    return db


MADE_ORPHAN = """Position of Norway on the 4 recommendations made by
delegations participating in the universal periodic review
No. of
recommendation

1

Position of the Norwegian authorities

The recommendation is accepted. Norway will ratify the Convention on
enforced disappearances within two years.

2

Norway does not accept the recommendation. The Constitution already
protects freedom of assembly.

Norway accepts these recommendations. Its prisons will be
inspected by the national preventive mechanism.
A/HRC/99/1/Add.1
The inspections will be published.

4

The recommendation is noted.
"""

MADE_MERGED = """Position of Norway on the 3 recommendations made by
delegations participating in the universal periodic review
No. of
recommendation

1

Position of the Norwegian authorities

The recommendation is accepted. A new law on the ombudsman was adopted.

2

3

The recommendation is accepted. The law on the ombudsman also covers children.
Norway therefore does not accept the recommendation on the
death penalty, which it abolished long ago.
"""


def made(tmp_path: Path, name: str, text: str, newline: str = "\n") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


# --- previews ------------------------------------------------------------------------------------


def test_preview_of_the_report_says_what_would_be_created_and_writes_nothing(db: Database) -> None:
    report = preview_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    assert report.dry_run
    assert (report.kind, report.state_iso3, report.cycle, report.session, report.symbol) == (
        "wg-report", "KAZ", 1, 7, "A/HRC/14/10")
    assert report.recommendations.created == 128
    assert {p.position for p in report.positions} >= {"supported", "pending"}
    assert count(db, Recommendation) == 0 and count(db, Response) == 0 and count(db, ImportProblem) == 0


def test_preview_of_the_addendum_shows_positions_and_repairs_and_writes_nothing(db: Database) -> None:
    import_document(db, KAZAKHSTAN_WG_REPORT_TXT)
    before = (count(db, Response), count(db, ImportProblem))
    report = preview_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    assert report.recommendations.created == 0
    by_labels = {p.labels: p for p in report.positions}
    assert by_labels[("97.1",)].position == "noted"
    assert "does not accept" in by_labels[("97.1",)].deciding_sentence
    assert [p.kind.value for p in report.problems] == ["suggestion_applied", "suggestion_applied"]
    assert (count(db, Response), count(db, ImportProblem)) == before
    assert needing_review(db) == set()


def test_preview_asks_for_the_cycle_when_the_document_does_not_say_it(db: Database) -> None:
    with pytest.raises(CycleNeededError) as caught:
        preview_document(db, KAZAKHSTAN_ADDENDUM_TXT)
    assert "give --cycle" in str(caught.value)
    report = preview_document(db, KAZAKHSTAN_ADDENDUM_TXT, cycle=1)
    assert {p.kind.value for p in report.problems} == {"no_response", "merged_groups", "orphan_text"}
    assert count(db, Recommendation) == 0


def test_preview_with_the_kind_and_state_given(db: Database, tmp_path: Path) -> None:
    path = made(tmp_path, "norway.txt", MADE_ORPHAN)
    report = preview_document(db, path, kind="addendum", state="NOR", cycle=2)
    assert (report.kind, report.state_iso3, report.cycle) == ("addendum", "NOR", 2)
    with pytest.raises(InvalidValueError, match="is about Norway, not Sweden"):
        preview_document(db, path, state="Sweden", cycle=2)


def test_table_columns_and_dataset_preview_with_a_mapping(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "own.csv"
    path.write_text("Country;Round;Recommendation wording;Answer\n"
                    "Kazakhstan;1;Abolish the death penalty.;Noted\n"
                    "Kazakhstan;1;Ratify the Rome Statute.;Accepted\n", encoding="utf-8")
    columns = table_columns(path)
    assert columns.columns == ("Country", "Round", "Recommendation wording", "Answer") and columns.format is None
    report = preview_dataset(db, path, mapping={"state_under_review": "Country", "cycle": "Round",
                                                "text": "Recommendation wording", "position": "Answer"})
    assert report.dry_run and report.recommendations.created == 2 and report.bad_rows == []
    assert count(db, Recommendation) == 0


# --- problems as values --------------------------------------------------------------------------


def test_problems_come_with_their_source_text_and_recommendations(reviewed: Database) -> None:
    problems = list_problems(reviewed)
    assert [p.kind for p in problems] == ["suggestion_applied", "suggestion_applied"]
    split, orphan = problems
    assert (split.line, split.text_first_line, split.text_last_line) == (158, 147, 169)
    assert split.document == "A/HRC/14/10/Add.1" and split.review_title == "Kazakhstan, cycle 1"
    assert split.suggested_groups == (tuple(SPLIT_GROUP), ("97.12",)) and split.suggested_split_line == 158
    assert split.can_split and not split.can_assign
    lines = {s.number: s.text for s in split.context}
    assert min(lines) == 147 - 4 and max(lines) == 169 + 4
    assert lines[158].startswith("The law adopted on 10 July 2009")
    assert [r.labels for r in split.responses] == [tuple(SPLIT_GROUP), ("97.12",)]
    assert orphan.line == 186 and orphan.text_first_line == 186 and orphan.text_last_line == 195
    assert "Kazakhstan accepts these recommendations." in {s.text.strip() for s in orphan.context}
    assert orphan.can_assign and set(orphan.recommendation_labels) == {"97.16", "97.18"}
    assert orphan.title == kind_title("suggestion_applied") == "Repair to check"
    assert needing_review(reviewed) == set(SPLIT_GROUP) | {"97.12", "97.16", "97.18"}
    assert problem_info(reviewed, orphan.id) == orphan


def test_problems_of_the_addendum_read_alone(addendum_alone: Database) -> None:
    merged = problem_of(addendum_alone, "merged_groups")
    assert (merged.line, merged.text_first_line, merged.text_last_line) == (135, 147, 169)
    assert merged.suggested_groups == (("11", "13", "20", "21", "22", "23", "24", "25", "26"), ("12",))
    assert merged.text_first_line < merged.suggested_split_line <= merged.text_last_line
    assert merged.responses[0].position is None and merged.responses[0].needs_review
    orphan = problem_of(addendum_alone, "orphan_text")
    assert orphan.labels == () and orphan.recommendation_ids == ()
    no_response = problem_of(addendum_alone, "no_response", labels=("16",))
    assert no_response.context == () and not no_response.has_source_text
    # 16 and 18 are numbers of the review only through the problems that name them.
    assert {"16", "18"} <= set(assignable_labels(addendum_alone, orphan.id))
    assert list_problems(addendum_alone, document_id=orphan.document_id) == list_problems(addendum_alone)
    assert list_problems(addendum_alone, review_id=orphan.review_id) == list_problems(addendum_alone)


def test_source_lines_are_numbered_as_the_parsers_number_them(db: Database, tmp_path: Path) -> None:
    assert source_lines("a\r\nb\rc\fd\n") == ["a", "b", "cd", ""]
    path = made(tmp_path, "norway-crlf.txt", MADE_ORPHAN, newline="\r\n")
    import_document(db, path, cycle=2)
    orphan = problem_of(db, "orphan_text")
    assert orphan.line == 18
    lines = {s.number: s.text for s in orphan.context}
    assert lines[18].startswith("Norway accepts these recommendations.")
    assert (orphan.text_first_line, orphan.text_last_line) == (18, 21)


# --- settling problems: the report, then the addendum --------------------------------------------


def test_accepting_both_repairs_clears_needs_review(reviewed: Database) -> None:
    split, orphan = list_problems(reviewed)
    accept_position(reviewed, split.id)
    assert needing_review(reviewed) == {"97.16", "97.18"}
    accept_position(reviewed, orphan.id)
    assert needing_review(reviewed) == set()
    assert list_problems(reviewed) == []
    done = list_problems(reviewed, unresolved_only=False)
    assert [(p.resolved, p.resolution) for p in done] == [(True, "Accepted as read.")] * 2
    rows = rows_by_label(reviewed)
    assert rows["97.12"].position == "noted" and rows["97.16"].position == "supported"


def test_correcting_one_label_of_a_repair(reviewed: Database) -> None:
    split, _orphan = list_problems(reviewed)
    correct_problem_position(reviewed, split.id, "partially supported", labels=["12"])
    rows = rows_by_label(reviewed)
    assert rows["97.12"].position == "partially_supported"
    assert all(rows[label].position == "supported" for label in SPLIT_GROUP)
    assert needing_review(reviewed) == {"97.16", "97.18"}
    assert problem_info(reviewed, split.id).resolution == "Position corrected to partially supported for 97.12."
    # The correction replaces the addendum's reading; the report's stays in the history.
    assert [p for p, _s in history(reviewed, "97.12")] == ["pending", "partially_supported"]


def test_correcting_part_of_a_shared_response_gives_the_part_its_own(reviewed: Database) -> None:
    _split, orphan = list_problems(reviewed)
    correct_problem_position(reviewed, orphan.id, "noted", labels=["97.16"])
    rows = rows_by_label(reviewed)
    assert (rows["97.16"].position, rows["97.18"].position) == ("noted", "supported")
    assert {"97.16", "97.18"} & needing_review(reviewed) == set()
    detail = recommendation_detail(reviewed, rows["97.16"].id)
    assert detail.responses[-1].response_text.startswith("Kazakhstan accepts these recommendations.")
    assert detail.responses[-1].labels == ("97.16",)
    assert recommendation_detail(reviewed, rows["97.18"].id).responses[-1].labels == ("97.18",)


def test_correcting_all_labels_of_a_problem(reviewed: Database) -> None:
    _split, orphan = list_problems(reviewed)
    responses = count(reviewed, Response)
    correct_problem_position(reviewed, orphan.id, "accepted and considered already implemented")
    rows = rows_by_label(reviewed)
    assert all(rows[label].position == "supported" and rows[label].considered_implemented
               for label in ("97.16", "97.18"))
    assert count(reviewed, Response) == responses  # corrected in place: none added


def test_splitting_a_repair_elsewhere(reviewed: Database) -> None:
    split, _orphan = list_problems(reviewed)
    first_id, second_id = split_text(reviewed, split.id, SPLIT_GROUP, ["97.12"], 167)
    rows = rows_by_label(reviewed)
    assert rows["97.12"].position == "noted" and rows["97.11"].position == "supported"
    detail = recommendation_detail(reviewed, rows["97.12"].id)
    assert detail.responses[-1].id == second_id
    assert detail.responses[-1].response_text.startswith("Kazakhstan therefore does not accept")
    assert "The law adopted on 10 July 2009" in recommendation_detail(reviewed, rows["97.11"].id).responses[-1].response_text
    assert [p for p, _s in history(reviewed, "97.12")] == ["pending", "noted"]  # replaced, not added
    assert needing_review(reviewed) == {"97.16", "97.18"}
    assert problem_info(reviewed, split.id).resolution.startswith("Text split at line 167: 97.11, 97.13, 97.20")


def test_reassigning_a_repaired_orphan_flags_the_label_left_without_answer(reviewed: Database) -> None:
    _split, orphan = list_problems(reviewed)
    assign_text(reviewed, orphan.id, ["16"], None)
    rows = rows_by_label(reviewed)
    assert rows["97.16"].position == "supported"
    assert rows["97.18"].position == "pending"  # the addendum no longer answers it: the report's stands
    left = problem_of(reviewed, "no_response")
    assert left.labels == ("97.18",) and "assigned to other recommendations by hand" in left.message
    assert needing_review(reviewed) == set(SPLIT_GROUP) | {"97.12", "97.18"}


def test_resolving_with_a_note(reviewed: Database) -> None:
    split, _orphan = list_problems(reviewed)
    with pytest.raises(InvalidValueError, match="say how"):
        resolve_problem(reviewed, split.id, "   ")
    resolve_problem(reviewed, split.id, "Checked against the  printed\ndocument.")
    assert problem_info(reviewed, split.id).resolution == "Checked against the printed document."
    assert needing_review(reviewed) == {"97.16", "97.18"}
    with pytest.raises(InvalidValueError, match="already resolved"):
        accept_position(reviewed, split.id)


# --- settling problems: the addendum read alone --------------------------------------------------


def test_assigning_the_orphan_text_answers_16_and_18(addendum_alone: Database) -> None:
    orphan = problem_of(addendum_alone, "orphan_text")
    assert not {"16", "18"} & set(rows_by_label(addendum_alone))
    response_id = assign_text(addendum_alone, orphan.id, ["16", "18"], None)
    rows = rows_by_label(addendum_alone)
    assert rows["16"].position == rows["18"].position == "supported"
    assert not rows["16"].needs_review and not rows["18"].needs_review
    detail = recommendation_detail(addendum_alone, rows["16"].id)
    assert detail.responses[-1].id == response_id
    assert detail.responses[-1].deciding_sentence == "Kazakhstan accepts these recommendations."
    assert detail.responses[-1].response_text.endswith("2009–2012.")
    # The two "no response" problems are settled by the assignment.
    kinds = {p.kind for p in list_problems(addendum_alone)}
    assert kinds == {"merged_groups"}
    assert problem_info(addendum_alone, orphan.id).resolution == \
        "Text of lines 186–195 assigned to 16, 18 as supported."


def test_assigning_with_the_position_given_and_the_end_chosen(addendum_alone: Database) -> None:
    orphan = problem_of(addendum_alone, "orphan_text")
    assign_text(addendum_alone, orphan.id, ["16"], "noted", last_line=188)
    rows = rows_by_label(addendum_alone)
    detail = recommendation_detail(addendum_alone, rows["16"].id)
    assert rows["16"].position == "noted" and detail.responses[-1].deciding_sentence is None
    assert detail.responses[-1].response_text.endswith("Since December 2003, there has been")
    assert {p.labels for p in list_problems(addendum_alone) if p.kind == "no_response"} == {("18",)}


def test_assigning_refuses_what_is_not_a_label_of_the_review(addendum_alone: Database) -> None:
    orphan = problem_of(addendum_alone, "orphan_text")
    with pytest.raises(NotFoundError, match="no recommendation 40"):
        assign_text(addendum_alone, orphan.id, ["40"], None)
    with pytest.raises(InvalidValueError, match="choose the labels"):
        assign_text(addendum_alone, orphan.id, [" "], None)
    with pytest.raises(InvalidValueError, match="last line"):
        assign_text(addendum_alone, orphan.id, ["16"], None, last_line=100)
    with pytest.raises(InvalidValueError, match="unknown position"):
        assign_text(addendum_alone, orphan.id, ["16"], "maybe")
    merged = problem_of(addendum_alone, "merged_groups")
    with pytest.raises(InvalidValueError, match="only a text without numbers"):
        assign_text(addendum_alone, merged.id, ["11"], None)
    assert problem_of(addendum_alone, "orphan_text").resolved is False
    assert "16" not in rows_by_label(addendum_alone)  # nothing was written


def test_splitting_the_merged_text_answers_both_groups(addendum_alone: Database) -> None:
    merged = problem_of(addendum_alone, "merged_groups")
    first, second = merged.suggested_groups
    assert needing_review(addendum_alone) == set(first) | set(second)
    split_text(addendum_alone, merged.id, list(first), list(second), 158)
    rows = rows_by_label(addendum_alone)
    assert all(rows[label].position == "supported" for label in first)
    assert rows["12"].position == "noted"
    assert needing_review(addendum_alone) == set()
    detail = recommendation_detail(addendum_alone, rows["12"].id)
    assert [r.position for r in detail.responses] == ["noted"]  # the unread response was replaced
    assert detail.responses[0].response_text.startswith("The law adopted on 10 July 2009")
    assert detail.responses[0].deciding_sentence.startswith("Kazakhstan therefore does not accept")


def test_splitting_checks_the_line_and_the_labels(addendum_alone: Database) -> None:
    merged = problem_of(addendum_alone, "merged_groups")
    first, second = merged.suggested_groups
    with pytest.raises(InvalidValueError, match="from line 147 to line 169"):
        split_text(addendum_alone, merged.id, list(first), list(second), 147)
    with pytest.raises(InvalidValueError, match="12 is in neither"):
        split_text(addendum_alone, merged.id, list(first[1:]), [first[0]], 158)
    with pytest.raises(InvalidValueError, match="one part only"):
        split_text(addendum_alone, merged.id, list(first), list(second) + ["11"], 158)
    with pytest.raises(InvalidValueError, match="the first part"):
        split_text(addendum_alone, merged.id, [], list(first) + list(second), 158)
    # A part whose words both accept and refuse needs the position said.
    with pytest.raises(InvalidValueError, match=r"the first part \(lines 147–167\) states no single position"):
        split_text(addendum_alone, merged.id, list(first), list(second), 168)
    assert needing_review(addendum_alone) == set(first) | set(second)


def test_accepting_an_unread_position_is_refused_but_correcting_it_works(addendum_alone: Database) -> None:
    merged = problem_of(addendum_alone, "merged_groups")
    with pytest.raises(InvalidValueError, match="no position was read .* split the text"):
        accept_position(addendum_alone, merged.id)
    correct_problem_position(addendum_alone, merged.id, "partially supported")
    rows = rows_by_label(addendum_alone)
    assert {rows[label].position for label in merged.recommendation_labels} == {"partially_supported"}
    assert needing_review(addendum_alone) == set()


def test_correcting_a_label_without_response_records_one(addendum_alone: Database) -> None:
    problem = problem_of(addendum_alone, "no_response", labels=("18",))
    correct_problem_position(addendum_alone, problem.id, "noted")
    rows = rows_by_label(addendum_alone)
    assert rows["18"].position == "noted" and not rows["18"].needs_review
    assert recommendation_detail(addendum_alone, rows["18"].id).responses[0].source.startswith(
        "Position of Kazakhstan on the 26 recommendations")  # the addendum's title: it has no symbol
    assert {p.labels for p in list_problems(addendum_alone) if p.kind == "no_response"} == {("16",)}
    with pytest.raises(InvalidValueError, match="gives no position"):
        correct_problem_position(addendum_alone, problem_of(addendum_alone, "orphan_text").id, "general response")


def test_resolving_the_merged_text_with_a_note_clears_its_flags(addendum_alone: Database) -> None:
    merged = problem_of(addendum_alone, "merged_groups")
    resolve_problem(addendum_alone, merged.id, "Left unanswered: the State must say which is which.")
    assert needing_review(addendum_alone) == set()
    assert problem_info(addendum_alone, merged.id).responses[0].needs_review is False


# --- settling problems on texts made here --------------------------------------------------------


def test_an_orphan_across_page_furniture(db: Database, tmp_path: Path) -> None:
    import_document(db, made(tmp_path, "norway.txt", MADE_ORPHAN), cycle=2)
    orphan = problem_of(db, "orphan_text")
    assert (orphan.text_first_line, orphan.text_last_line) == (18, 21)
    assign_text(db, orphan.id, ["3"], None)
    rows = rows_by_label(db)
    text = recommendation_detail(db, rows["3"].id).responses[-1].response_text
    assert text == ("Norway accepts these recommendations. Its prisons will be inspected by the national "
                    "preventive mechanism.\nThe inspections will be published.")
    assert "A/HRC" not in text
    assert list_problems(db) == []  # "3 got no response" is settled too
    assert needing_review(db) == set()


def test_a_merged_text_made_here(db: Database, tmp_path: Path) -> None:
    import_document(db, made(tmp_path, "norway-merged.txt", MADE_MERGED), cycle=2)
    merged = problem_of(db, "merged_groups")
    assert merged.suggested_groups == (("2",), ("3",))
    assert (merged.text_first_line, merged.text_last_line) == (16, 18)
    assert merged.suggested_split_line == 17
    split_text(db, merged.id, ["2"], ["3"], merged.suggested_split_line)
    rows = rows_by_label(db)
    assert (rows["2"].position, rows["3"].position) == ("supported", "noted")
    assert needing_review(db) == set()


def test_a_document_whose_text_was_not_kept_cannot_give_text(db: Database, tmp_path: Path) -> None:
    import_document(db, made(tmp_path, "norway.txt", MADE_ORPHAN), cycle=2)
    orphan = problem_of(db, "orphan_text")
    with db.write() as session:
        session.get(ImportProblem, orphan.id).document.source_text = None
    assert problem_info(db, orphan.id).context == ()
    with pytest.raises(UprTrackerError, match="its text was not kept"):
        assign_text(db, orphan.id, ["3"], None)
