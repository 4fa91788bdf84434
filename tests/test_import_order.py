"""The same review whatever order its documents and datasets are imported in: a Working Group
report after a UPR Info export merges the rows UPR Info keeps per State into the report's one
label, takes the report's wording, and leaves the position history the other order leaves. The
real samples in both orders, a small case built here with everything that hangs on a
recommendation, and imports repeated."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from tests.sample_paths import KAZAKHSTAN_ADDENDUM_TXT, KAZAKHSTAN_WG_REPORT_TXT, UPRINFO_CSV
from upr_tracker.services import assessments, milestones, notes, recommendations
from upr_tracker.services.audit_history import recommendation_history
from upr_tracker.services.dataset_import import UNKNOWN_STATE, import_dataset
from upr_tracker.services.document_import import import_document
from upr_tracker.services.recommendation_detail import recommendation_detail
from upr_tracker.services.recommendation_matching import StoredRecommendations, same_wording_key
from upr_tracker.services.recommendations import RecommendationFilter, list_recommendation_ids, recommendation_rows
from upr_tracker.services.reviews import create_review
from upr_tracker.storage.database import Database
from upr_tracker.storage.fulltext import find_matches
from upr_tracker.storage.models import (
    AuditEntry,
    ImportProblem,
    Recommendation,
    RecommendationLink,
    Response,
    import_problem_recommendation,
)

UPRINFO_HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"
# Chile, Working Group session 5: the Slovenia and Republic of Korea sentences of one label are
# rows of their own, which disagree on the position; the Republic of Korea's sentence has a second
# row from a State nobody knows (a flag to carry over).
CHILE_UPRINFO = UPRINFO_HEADER + (
    'Chile,GRULAC,,Consider ratifying the Convention on the Rights of Persons with Disabilities,Slovenia,EEG,EU,'
    'Accepted,3,Disabilities,5\n'
    'Chile,GRULAC,,Ratify the Convention on the Rights of Persons with Disabilities,Republic of Korea,Asia,,'
    'Noted,5,International instruments,5\n'
    'Chile,GRULAC,,Ratify the Convention on the Rights of Persons with Disabilities,Atlantis,,,'
    'Noted,5,International instruments,5\n'
    'Chile,GRULAC,,"Continue the process of abolishing the death penalty and consider a wellbeing plan",France,'
    'WEOG,EU,Accepted,2,Death penalty,5\n'
)
CHILE_REPORT = """United Nations\tA/HRC/12/10
General Assembly\tDistr.: General
4 June 2009
Original: English
Human Rights Council
Twelfth session
Report of the Working Group on the Universal Periodic Review*
Chile
Introduction
1.\tThe Working Group on the Universal Periodic Review, established in accordance with Human Rights Council resolution 5/1, held its fifth session from 4 to 15 May 2009. The review of Chile was held at the 3rd meeting, on 8 May 2009.
II.\tConclusions and/or recommendations
96.\tThe following recommendations have been examined by Chile and enjoy its support:
96.1\tTo consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia); ratify the Convention on the Rights of Persons with Disabilities (Republic of Korea);
96.2\tTo continue the process of abolishing the death penalty, and to consider a well-being plan (France);
97.\tThe following recommendations have been examined by Chile and have been noted by Chile:
97.1\tTo decriminalize defamation (Czechia).
98.\tAll conclusions and/or recommendations contained in the present report reflect the position of the submitting State(s) and/or the State under review. They should not be construed as endorsed by the Working Group as a whole.
"""


def review_state(db: Database, iso3: str) -> dict[str, tuple]:
    """Per label, every field that must not depend on the order of import, with the position
    history (as a multiset: the same entries, whenever they were written) and the kinds of the
    problems left to review (unsettled)."""
    ids = list_recommendation_ids(db, RecommendationFilter(state=iso3))
    result: dict[str, tuple] = {}
    with db.read() as session:
        problems: dict[uuid.UUID, list[str]] = {}
        for rec_id, kind in session.execute(
            select(import_problem_recommendation.c.recommendation_id, ImportProblem.kind)
            .join(ImportProblem, ImportProblem.id == import_problem_recommendation.c.import_problem_id)
            .where(import_problem_recommendation.c.recommendation_id.in_(ids), ImportProblem.resolved.is_(False))):
            problems.setdefault(rec_id, []).append(kind)
        recommended_by = dict(session.execute(
            select(Recommendation.id, Recommendation.recommended_by).where(Recommendation.id.in_(ids))).all())
    for row in recommendation_rows(db, ids):
        detail = recommendation_detail(db, row.id)
        history = tuple(sorted((r.position or "", r.considered_implemented, r.source or "") for r in detail.responses))
        result[row.label or f"(no label) {row.text}"] = (
            row.text, recommended_by[row.id], row.recommending_states, tuple(sorted(row.themes)),
            detail.affected_persons, detail.sdgs, row.action_category, row.position, row.considered_implemented,
            row.needs_review, history, tuple(sorted(problems.get(row.id, []))),
        )
    return result


def totals(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (Recommendation, Response, ImportProblem, RecommendationLink)) + (
            session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "merge")),
            session.scalar(text("SELECT count(*) FROM search_document")))


# --- the real samples --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def both_orders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Database]:
    folder = tmp_path_factory.mktemp("orders")
    report_first = Database.open(folder / "report_first.sqlite3", actor="tester")
    import_document(report_first, KAZAKHSTAN_WG_REPORT_TXT)
    import_dataset(report_first, UPRINFO_CSV)
    dataset_first = Database.open(folder / "dataset_first.sqlite3", actor="tester")
    import_dataset(dataset_first, UPRINFO_CSV)
    import_document(dataset_first, KAZAKHSTAN_WG_REPORT_TXT)
    yield report_first, dataset_first
    report_first.close()
    dataset_first.close()


def test_both_orders_give_the_same_review_field_by_field(both_orders: tuple[Database, Database]) -> None:
    report_first, dataset_first = both_orders
    expected, found = review_state(report_first, "KAZ"), review_state(dataset_first, "KAZ")
    assert len(found) == 128 and all(not label.startswith("(no label)") for label in found)
    assert set(found) == set(expected)
    for label in expected:
        assert found[label] == expected[label], label
    assert totals(dataset_first)[1:4] == totals(report_first)[1:4]   # responses, problems, links


def test_the_joined_label_keeps_both_states_and_the_upr_info_issues(both_orders: tuple[Database, Database]) -> None:
    _report_first, dataset_first = both_orders
    joined = review_state(dataset_first, "KAZ")["95.3"]
    text_, recommended_by, states, themes = joined[:4]
    assert text_.startswith("To consider ratifying the Convention on the Rights of Persons with Disabilities (Slovenia)")
    assert recommended_by == "Slovenia, Republic of Korea"
    assert states == ("Republic of Korea", "Slovenia")
    assert set(themes) == {"Disabilities", "International instruments"}
    assert joined[6] == 5 and joined[7] == "supported" and not joined[9]
    with dataset_first.read() as session:
        [merge] = session.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).all()
        kept = session.scalar(select(Recommendation.id).where(Recommendation.label == "95.3"))
        merged = json.loads(merge.after)["merged"]
        assert merge.record_id == str(kept) and len(merged) == 1
        deleted = session.scalar(select(AuditEntry).where(AuditEntry.action == "delete",
                                                          AuditEntry.record_id == merged[0]))
        assert deleted is not None and json.loads(deleted.before)["text"] == (
            "Ratify the Convention on the Rights of Persons with Disabilities")


def test_edited_wordings_are_the_same_recommendation_without_a_flag(both_orders: tuple[Database, Database]) -> None:
    """95.41 ("and to consider" / "and consider"), 95.83 ("well.being"), 97.10 ("non.discriminatory"):
    UPR Info's edits of the report's wording, not other recommendations."""
    for database in both_orders:
        state = review_state(database, "KAZ")
        for label in ("95.41", "95.83", "97.10"):
            assert "near_match" not in state[label][11] and "suggestion_applied" not in state[label][11]
            assert state[label][0].startswith("To ")   # the report's wording
        assert not state["95.41"][9] and state["95.41"][8]   # supported, and considered implemented (para. 96)


def test_importing_again_in_either_order_changes_nothing(both_orders: tuple[Database, Database]) -> None:
    for database in both_orders:
        before, counted = review_state(database, "KAZ"), totals(database)
        again = import_document(database, KAZAKHSTAN_WG_REPORT_TXT)
        assert again.recommendations.created == again.recommendations.updated == 0
        assert again.responses.created == 0
        import_dataset(database, UPRINFO_CSV)
        assert review_state(database, "KAZ") == before and totals(database) == counted


def test_with_the_addendum_every_order_that_can_be_imported_gives_the_same_review(tmp_path: Path) -> None:
    """The report, its addendum and UPR Info (an addendum, which does not say its cycle, comes after
    the report). UPR Info's positions imported before the addendum give way to the State's answer
    where they echo it, and the flag they raised against the report's "will be examined" is settled
    by it; where they contradict it (97.8: Accepted in UPR Info, in part in the addendum), the
    flag stays, in every order."""
    orders = {"report, addendum, UPR Info": ("W", "A", "U"), "report, UPR Info, addendum": ("W", "U", "A"),
              "UPR Info, report, addendum": ("U", "W", "A")}
    files = {"W": KAZAKHSTAN_WG_REPORT_TXT, "A": KAZAKHSTAN_ADDENDUM_TXT, "U": UPRINFO_CSV}
    states = {}
    for number, (name, order) in enumerate(orders.items()):
        database = Database.open(tmp_path / f"order{number}.sqlite3", actor="tester")
        try:
            for key in order:
                (import_dataset if key == "U" else import_document)(database, files[key])
            states[name] = review_state(database, "KAZ")
        finally:
            database.close()
    first, *others = states.values()
    assert len(first) == 128
    assert first["97.8"][9] and "conflicting_positions" in first["97.8"][11]
    assert not first["97.1"][9] and first["97.1"][7] == "noted"
    for name, state in states.items():
        for label in first:
            assert state[label] == first[label], (name, label)


# --- a case built here ---------------------------------------------------------------------------------


def write(path: Path, content: str) -> Path:
    path.write_text(content, encoding="utf-8")
    return path


def recommendation_of(db: Database, iso3: str, wanted: str) -> uuid.UUID:
    rows = recommendation_rows(db, list_recommendation_ids(db, RecommendationFilter(state=iso3)))
    [found] = [row.id for row in rows if row.text.startswith(wanted) and row.cycle == 1]
    return found


def test_a_report_merges_the_rows_of_its_label_with_everything_on_them(db: Database, tmp_path: Path) -> None:
    import_dataset(db, write(tmp_path / "uprinfo.csv", CHILE_UPRINFO))
    slovenia = recommendation_of(db, "CHL", "Consider ratifying")
    korea = recommendation_of(db, "CHL", "Ratify the Convention")
    later = recommendations.add_recommendation(db, create_review(db, "Chile", 2, 18), "Ratify the CRPD")
    recommendations.link_recommendations(db, korea, later)
    notes.add_note(db, "Met the ministry about the CRPD", recommendation_id=korea)
    assessments.add_assessment(db, korea, "ngo", "partially_implemented", source_name="Coalition")
    milestone = milestones.add_milestone(db, "Chile", "law", "Disability law adopted", date="2010-02-01",
                                         recommendation_ids=[korea])

    report = import_document(db, write(tmp_path / "A_HRC_12_10.txt", CHILE_REPORT))

    assert report.recommendations.created == 1   # 97.1 only: UPR Info has no row for it
    rows = {row.label: row for row in recommendation_rows(db, list_recommendation_ids(
        db, RecommendationFilter(state="CHL")))}
    assert set(rows) == {"96.1", "96.2", "97.1", None}   # None: the cycle-2 recommendation
    joined = rows["96.1"]
    assert joined.id == slovenia
    assert joined.recommending_states == ("Republic of Korea", "Slovenia")
    assert set(joined.themes) == {"Disabilities", "International instruments"}
    assert joined.action_category == 5    # 3 and 5, one recommendation each: the higher, as datasets decide
    assert joined.text.startswith("To consider ratifying") and joined.needs_review
    detail = recommendation_detail(db, slovenia)
    assert [n.body for n in detail.notes] == ["Met the ministry about the CRPD"]
    assert [a.source_name for a in detail.assessments] == ["Coalition"]
    assert [m.id for m in detail.milestones] == [milestone]
    assert [r.id for r in detail.related] == [later]
    assert sorted(r.position for r in detail.responses) == ["noted", "supported"]   # the echo of "supported" went
    with db.read() as session:
        assert session.get(Recommendation, korea) is None
        kinds = Counter(p.kind for p in session.scalars(select(ImportProblem)))
        disagreeing = session.scalar(select(ImportProblem).where(ImportProblem.kind == "rows_disagree"))
        assert "supported" in disagreeing.message and "noted" in disagreeing.message
        assert "Republic of Korea" in disagreeing.message and "Slovenia" in disagreeing.message
        unknown = session.scalar(select(ImportProblem).where(ImportProblem.kind == UNKNOWN_STATE))
        assert [r.id for r in unknown.recommendations] == [slovenia]
        assert session.scalar(select(func.count()).select_from(RecommendationLink)) == 1
        # the full-text index follows: the merged duplicate is gone from it, the kept one found
        assert session.scalar(text("SELECT count(*) FROM search_document WHERE ref_id = :i"),
                              {"i": korea.hex}) == 0
        found = {m.ref_id for m in find_matches(session, "ratify Disabilities", kinds=["recommendation"])}
        assert found == {slovenia}
        trail = session.scalar(select(AuditEntry).where(AuditEntry.action == "merge"))
        assert trail.record_id == str(slovenia) and json.loads(trail.after)["merged"] == [str(korea)]
    assert kinds["conflicting_positions"] == 1 and kinds["rows_disagree"] == 1
    [merge] = [c for c in recommendation_history(db, slovenia) if c.action == "merge"]
    changed = {change.field: change for change in merge.changes}
    assert str(korea) in changed["merged"].after and "Ratify the Convention" in changed["recommendations"].before
    # "and to consider a well-being plan" is UPR Info's "and consider a wellbeing plan": no flag
    assert not rows["96.2"].needs_review and rows["96.2"].action_category == 2

    counted, state = totals(db), review_state(db, "CHL")
    import_document(db, tmp_path / "A_HRC_12_10.txt")
    import_dataset(db, tmp_path / "uprinfo.csv")
    assert totals(db) == counted and review_state(db, "CHL") == state


def test_a_report_cancelled_after_merging_leaves_the_rows_as_they_were(db: Database, tmp_path: Path) -> None:
    """The merge is part of the report's unit of work: stopped after it, nothing of it stays."""
    import_dataset(db, write(tmp_path / "uprinfo.csv", CHILE_UPRINFO))
    counted, state = totals(db), review_state(db, "CHL")

    class CancelAtTheLastRecommendation:
        calls = 0

        def report(self, done: int, total: int, text: str = "") -> None:
            pass

        def check_cancelled(self) -> None:
            self.calls += 1
            if self.calls > 3:   # after the reading, 96.1 (merged) and 96.2
                raise KeyboardInterrupt("cancelled")

    with pytest.raises(KeyboardInterrupt):
        import_document(db, write(tmp_path / "A_HRC_12_10.txt", CHILE_REPORT),
                        progress=CancelAtTheLastRecommendation())
    assert totals(db) == counted and review_state(db, "CHL") == state


def test_the_case_built_here_gives_the_same_review_in_both_orders(tmp_path: Path) -> None:
    files = write(tmp_path / "uprinfo.csv", CHILE_UPRINFO), write(tmp_path / "A_HRC_12_10.txt", CHILE_REPORT)
    states = []
    for name, order in (("dataset_first", files), ("report_first", files[::-1])):
        database = Database.open(tmp_path / f"{name}.sqlite3", actor="tester")
        try:
            for file in order:
                (import_dataset if file.suffix == ".csv" else import_document)(database, file)
            states.append(review_state(database, "CHL"))
        finally:
            database.close()
    dataset_first, report_first = states
    assert set(dataset_first) == set(report_first) == {"96.1", "96.2", "97.1"}
    for label in report_first:
        # the fields; the problems are worded by whichever import found them
        assert dataset_first[label][:9] == report_first[label][:9], label
        assert [p for p, _i, _s in dataset_first[label][10]] == [p for p, _i, _s in report_first[label][10]], label


def test_sentences_no_states_parentheses_close_are_not_taken_apart(db: Database, tmp_path: Path) -> None:
    """A label whose sentences are not each closed by their State's parentheses cannot be told
    apart: the rows stored without a label stay as they are (a person can merge them), never guessed."""
    rows = UPRINFO_HEADER + ('Chile,GRULAC,,Ratify the Convention against Torture,France,WEOG,,Accepted,5,Torture,5\n'
                             'Chile,GRULAC,,Adopt a law on torture,Spain,WEOG,,Accepted,5,Torture,5\n')
    import_dataset(db, write(tmp_path / "uprinfo.csv", rows))
    report = CHILE_REPORT.replace(
        "96.2\tTo continue the process of abolishing the death penalty, and to consider a well-being plan (France);",
        "96.2\tTo ratify the Convention against Torture and adopt a law on torture (France, Spain);")
    import_document(db, write(tmp_path / "A_HRC_12_10.txt", report))
    labels = Counter(row.label for row in recommendation_rows(db, list_recommendation_ids(
        db, RecommendationFilter(state="CHL"))))
    assert labels[None] == 2 and labels["96.2"] == 1
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "merge")) == 0


# --- the rule of same wording ------------------------------------------------------------------------------

words = st.lists(st.sampled_from(["ratify", "the", "convention", "law", "adopt", "children", "well", "being",
                                  "non", "discriminatory", "and", "consider", "its", "plan"]), min_size=3, max_size=12)


@given(words, st.lists(st.sampled_from([" ", ", ", " to ", "-", ".", " - "]), min_size=11, max_size=11))
def test_same_wording_is_blind_to_joins_and_the_infinitive_to(chosen: list[str], joins: list[str]) -> None:
    plain = " ".join(chosen)
    edited = chosen[0] + "".join(join + word for join, word in zip(joins, chosen[1:], strict=False))
    assert same_wording_key(plain) == same_wording_key(edited)
    stored = StoredRecommendations()
    rec_id = uuid.uuid4()
    stored.add(rec_id, None, "key", plain)
    assert stored.same_wording(edited, unlabelled_only=True) == rec_id


@given(words, st.data())
def test_another_word_is_another_wording(chosen: list[str], data: st.DataObject) -> None:
    index = data.draw(st.integers(1, len(chosen) - 1))
    other = data.draw(st.sampled_from(["prohibit", "torture", "women", "press"]))
    changed = chosen[:index] + [other] + chosen[index + 1:]
    assert same_wording_key(" ".join(chosen)) != same_wording_key(" ".join(changed))
