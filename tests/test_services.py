"""The service layer on a real database: what the GUI, the command line and scripts all call."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from upr_tracker.errors import InvalidValueError, NotFoundError
from upr_tracker.services import (
    assessments,
    milestones,
    notes,
    recommendation_detail,
    recommendations,
    responses,
    reviews,
    search,
    states,
    vocabularies,
)
from upr_tracker.services.export_json import export_json
from upr_tracker.services.recommendations import RecommendationFilter, SortColumn
from upr_tracker.storage.database import Database
from upr_tracker.storage.models import AuditEntry


@pytest.fixture
def kazakhstan(db: Database) -> dict[str, uuid.UUID]:
    """A small review: three recommendations with documents, responses and themes."""
    review = reviews.create_review(db, "Kazakhstan", 1, 7, dt.date(2010, 2, 10))
    report = reviews.add_document(db, review, "A/HRC/14/10", issued_on=dt.date(2010, 3, 23))
    addendum = reviews.add_document(db, review, "A/HRC/14/10/Add.1", issued_on=dt.date(2010, 6, 1))
    ids = {
        "97.17": recommendations.add_recommendation(
            db, review, "Abolish the death penalty and ratify the Second Optional Protocol",
            label="97.17", recommending_states=["United Kingdom", "France"], themes=["Death penalty"],
            action_category=5, source_document_id=report, source_paragraph="97",
        ),
        "97.3": recommendations.add_recommendation(
            db, review, "Ratify the Rome Statute of the International Criminal Court",
            label="97.3", recommending_states=["Mexico"], themes=["International instruments"],
        ),
        "95.2": recommendations.add_recommendation(
            db, review, "Гарантировать свободу выражения мнений и свободу прессы",
            label="95.2", recommending_states=["Russian Federation"], themes=["Freedom of the press"],
        ),
    }
    responses.record_response(db, [ids["97.17"], ids["97.3"]], "will be examined",
                              source_document_id=report, source_paragraph="97", responded_on=dt.date(2010, 3, 23))
    responses.record_response(db, [ids["95.2"]], "supported", source_document_id=report, source_paragraph="95",
                              responded_on=dt.date(2010, 3, 23))
    responses.record_response(db, [ids["97.17"]], "accepted", response_text="The recommendation is accepted.",
                              source_document_id=addendum, source_paragraph="17", responded_on=dt.date(2010, 6, 1))
    responses.record_response(db, [ids["97.3"]], "noted", response_text="Cannot be accepted at present.",
                              source_document_id=addendum, source_paragraph="3", responded_on=dt.date(2010, 6, 1))
    return ids | {"review": review, "addendum": addendum}


def rows(db: Database, **wanted) -> dict[str, object]:
    ids = recommendations.list_recommendation_ids(db, RecommendationFilter(**wanted))
    return {r.label: r for r in recommendations.recommendation_rows(db, ids)}


# --- States ----------------------------------------------------------------------------------


def test_states_are_found_by_code_and_by_any_spelling(db: Database) -> None:
    assert states.find_state(db, "kaz").name == "Kazakhstan"
    assert states.find_state(db, "United Kingdom").iso3 == "GBR"
    assert states.find_state(db, "Cote d'Ivoire").iso3 == "CIV"
    assert states.find_state(db, "Viet Nam").iso3 == states.find_state(db, "Vietnam").iso3
    with pytest.raises(NotFoundError, match="no State called 'Kazakstan'.*Kazakhstan"):
        states.find_state(db, "Kazakstan")
    assert len(states.list_states(db)) == 195


# --- Reviews and recommendations -------------------------------------------------------------


def test_reviews_are_unique_per_state_and_cycle(db: Database) -> None:
    first = reviews.create_review(db, "KAZ", 1, 7)
    assert reviews.create_review(db, "Kazakhstan", 1) == first
    assert reviews.create_review(db, "KAZ", 2, 20) != first
    with pytest.raises(InvalidValueError, match="session 20 belongs to cycle 2"):
        reviews.create_review(db, "FRA", 1, 20)


def test_review_summaries_count_by_current_position(db: Database, kazakhstan) -> None:
    [summary] = reviews.list_reviews(db, state="KAZ")
    assert summary.recommendation_count == 3
    assert summary.count_by_position == {"supported": 2, "noted": 1}
    assert summary.title == "Kazakhstan: cycle 1, session 7"


def test_documents_are_not_duplicated(db: Database, kazakhstan) -> None:
    again = reviews.add_document(db, kazakhstan["review"], "a/hrc/14/10/add.1")
    assert again == kazakhstan["addendum"]
    kinds = {d.symbol: d.kind for d in reviews.list_documents(db, kazakhstan["review"])}
    assert kinds == {"A/HRC/14/10": "working_group_report", "A/HRC/14/10/Add.1": "addendum"}


def test_recommendation_rows_carry_what_the_table_shows(db: Database, kazakhstan) -> None:
    row = rows(db)["97.17"]
    assert row.state_iso3 == "KAZ" and row.cycle == 1 and row.session == 7
    assert row.recommending_states == ("France", "United Kingdom of Great Britain and Northern Ireland")
    assert row.themes == ("Death penalty",)
    assert row.action_category == 5
    assert row.position == "supported"
    assert row.last_activity_at is not None and row.last_activity_at.tzinfo is not None


def test_duplicate_label_and_empty_text_are_refused(db: Database, kazakhstan) -> None:
    with pytest.raises(InvalidValueError, match="already has a recommendation 97.3"):
        recommendations.add_recommendation(db, kazakhstan["review"], "Another text", label="97.3")
    with pytest.raises(InvalidValueError, match="needs its text"):
        recommendations.add_recommendation(db, kazakhstan["review"], "   ")
    with pytest.raises(NotFoundError, match="recommending state: no State called 'Atlantis'"):
        recommendations.add_recommendation(db, kazakhstan["review"], "Text", recommending_states=["Atlantis"])


def test_filters_combine(db: Database, kazakhstan) -> None:
    assert set(rows(db, position="supported")) == {"97.17", "95.2"}
    assert set(rows(db, position="noted")) == {"97.3"}
    assert set(rows(db, theme="death penalty")) == {"97.17"}
    assert set(rows(db, recommending_state="Mexico")) == {"97.3"}
    assert set(rows(db, state="KAZ", cycle=1, position="supported", recommending_state="France")) == {"97.17"}
    assert set(rows(db, cycle=2)) == set()
    assert set(rows(db, action_category=5)) == {"97.17"}
    assert set(rows(db, has_notes=True)) == set()
    assert recommendations.count_recommendations(db, RecommendationFilter(position="supported")) == 2


def test_sorting_happens_in_sql(db: Database, kazakhstan) -> None:
    by_label = recommendations.list_recommendation_ids(db, sort=SortColumn.LABEL)
    labels = [r.label for r in recommendations.recommendation_rows(db, by_label)]
    assert labels == ["95.2", "97.3", "97.17"]  # natural order, not "97.17" < "97.3"
    by_position = recommendations.list_recommendation_ids(db, sort=SortColumn.POSITION, descending=True)
    positions = [r.position for r in recommendations.recommendation_rows(db, by_position)]
    assert positions == ["supported", "supported", "noted"]


# --- Responses -------------------------------------------------------------------------------


def test_every_response_is_kept_and_the_latest_is_current(db: Database, kazakhstan) -> None:
    detail = recommendation_detail.recommendation_detail(db, kazakhstan["97.17"])
    assert [r.position for r in detail.responses] == ["pending", "supported"]
    assert detail.responses[-1].source == "A/HRC/14/10/Add.1, para. 17"
    assert detail.responses[0].labels == ("97.3", "97.17")
    assert detail.row.position == "supported"


def test_an_earlier_dated_response_recorded_later_does_not_become_current(db: Database, kazakhstan) -> None:
    responses.record_response(db, [kazakhstan["97.3"]], "pending", source_document_id=kazakhstan["addendum"],
                              responded_on=dt.date(2010, 2, 12))
    assert rows(db)["97.3"].position == "noted"


def test_an_undated_addendum_comes_after_the_report_whatever_the_order_of_entry(db: Database) -> None:
    review = reviews.create_review(db, "KAZ", 1, 7)
    addendum = reviews.add_document(db, review, "A/HRC/14/10/Add.1")  # no date in the extracted text
    report = reviews.add_document(db, review, "A/HRC/14/10", issued_on=dt.date(2010, 3, 23))
    rec = recommendations.add_recommendation(db, review, "Ratify the Rome Statute", label="97.3")
    responses.record_response(db, [rec], "noted", source_document_id=addendum)
    responses.record_response(db, [rec], "pending", source_document_id=report, responded_on=dt.date(2010, 3, 23))
    assert rows(db)["97.3"].position == "noted"
    later = responses.record_response(db, [rec], "supported", responded_on=dt.date(2012, 1, 1))  # a revision
    assert rows(db)["97.3"].position == "supported"
    history = recommendation_detail.recommendation_detail(db, rec).responses
    assert [r.position for r in history] == ["pending", "noted", "supported"] and history[-1].id == later


def test_considered_implemented_and_needs_review(db: Database, kazakhstan) -> None:
    response = responses.record_response(
        db, [kazakhstan["95.2"]], "accepted and considered already implemented", responded_on=dt.date(2010, 6, 2),
        needs_review=True, review_reason="the text lost its numbers",
    )
    row = rows(db)["95.2"]
    assert row.considered_implemented and row.needs_review
    assert set(rows(db, needs_review=True)) == {"95.2"}
    responses.correct_position(db, response, "supported")
    row = rows(db)["95.2"]
    assert not row.needs_review and row.position == "supported"
    with pytest.raises(InvalidValueError, match="say why"):
        responses.set_needs_review(db, response, True, "  ")


def test_one_response_cannot_span_two_reviews(db: Database, kazakhstan) -> None:
    other = reviews.create_review(db, "FRA", 1, 4)
    french = recommendations.add_recommendation(db, other, "Adopt a plan", label="60.1")
    with pytest.raises(InvalidValueError, match="one review only"):
        responses.record_response(db, [french, kazakhstan["97.3"]], "supported")


# --- Milestones, assessments, notes -----------------------------------------------------------


def test_plans_have_items_and_milestones_link_to_many_recommendations(db: Database, kazakhstan) -> None:
    plan = milestones.add_milestone(
        db, "KAZ", "plan", "National Plan of Action on Human Rights 2009–2012", date="2009",
        source_citation="Decree of the President, 2009",
    )
    item = milestones.add_milestone(db, "KAZ", "other", "Draft a law on the abolition of the death penalty",
                                    plan_id=plan, item_number="3.1", recommendation_ids=[kazakhstan["97.17"]])
    moratorium = milestones.add_milestone(
        db, "KAZ", "moratorium", "Moratorium on executions", date="2003-12",
        recommendation_ids=[kazakhstan["97.17"], kazakhstan["97.3"]],
    )
    assert milestones.link_milestone(db, moratorium, [kazakhstan["97.17"], kazakhstan["95.2"]]) == 1
    [listed_item] = milestones.list_milestones(db, plan_id=plan)
    assert (listed_item.id, listed_item.kind, listed_item.item_number) == (item, "plan_item", "3.1")
    timeline = milestones.list_milestones(db, state="KAZ")
    assert [m.date for m in timeline] == ["2003-12", "2009", None]
    assert timeline[0].date_display == "December 2003"
    assert set(rows(db, has_milestones=True)) == {"97.17", "97.3", "95.2"}
    with pytest.raises(InvalidValueError, match="not a plan of action"):
        milestones.add_milestone(db, "KAZ", "law", "Law", plan_id=moratorium)
    with pytest.raises(InvalidValueError, match="milestone kind"):
        milestones.add_milestone(db, "KAZ", "party", "A party")


def test_attachments_are_stored_inside_the_database(db: Database, tmp_path: Path) -> None:
    evidence = tmp_path / "gazette.pdf"
    evidence.write_bytes(b"%PDF-1.4 gazette")
    law = milestones.add_milestone(db, "KAZ", "law", "Refugees Act", date="2009-12-04", attachment=evidence)
    evidence.unlink()
    assert milestones.attachment_of(db, law) == ("gazette.pdf", "application/pdf", b"%PDF-1.4 gazette")


def test_assessments_combine_by_source(db: Database, kazakhstan) -> None:
    target = kazakhstan["97.17"]
    assessments.add_assessment(db, target, "state", "fully implemented", assessed_on=dt.date(2012, 1, 1))
    assert rows(db)["97.17"].implementation_level == "fully_implemented"
    assessments.add_assessment(db, target, "ngo", "not implemented", source_name="KIBHR",
                               assessed_on=dt.date(2012, 2, 1), evidence="Executions suspended, not abolished")
    assert rows(db)["97.17"].implementation_level == "partially_implemented"
    assert set(rows(db, implementation_level="partially_implemented")) == {"97.17"}
    detail = recommendation_detail.recommendation_detail(db, target)
    assert [(a.source, a.level) for a in detail.assessments] == [
        ("state", "fully_implemented"), ("ngo", "not_implemented")]


def test_a_note_is_found_by_the_first_characters_of_its_id_however_written(db: Database, kazakhstan) -> None:
    from upr_tracker.services.follow_up_subjects import find_note_id

    ids = [notes.add_note(db, f"Note {n}", recommendation_id=kazakhstan["97.3"]) for n in range(5)]
    for note_id in ids:
        for length in (6, 8, 9, 13, 20, 31, 32):
            prefix = note_id.hex[:length]
            assert find_note_id(db, prefix) == note_id, prefix
            assert find_note_id(db, str(note_id)[:length + length // 9].upper()) == note_id  # as listed, dashes kept
    absent = next(p for p in (f"{n:06x}" for n in range(2**24)) if not any(i.hex.startswith(p) for i in ids))
    with pytest.raises(NotFoundError, match="there is none whose id begins so"):
        find_note_id(db, absent)


def test_notes_thread_with_confidentiality_and_tags(db: Database, kazakhstan) -> None:
    first = notes.add_note(db, "Met the Ombudsman", recommendation_id=kazakhstan["97.17"], tags=["meeting", " meeting "])
    secret = notes.add_note(db, "Source in the ministry says…", recommendation_id=kazakhstan["97.17"],
                            confidential=True)
    notes.add_note(db, "Review-wide remark", review_id=kazakhstan["review"])
    thread = notes.list_notes(db, recommendation_id=kazakhstan["97.17"])
    assert [n.id for n in thread] == [first, secret]
    assert thread[0].tags == ("meeting",) and thread[0].author == db.actor
    assert [n.id for n in notes.list_notes(db, recommendation_id=kazakhstan["97.17"], include_confidential=False)] == [first]
    edited = notes.edit_note(db, first, body="Met the Ombudsman in Astana", confidential=True)
    assert edited.confidential and edited.body.endswith("Astana")
    with pytest.raises(InvalidValueError, match="one recommendation, milestone or review"):
        notes.add_note(db, "Orphan")
    with pytest.raises(InvalidValueError, match="empty"):
        notes.add_note(db, " ", review_id=kazakhstan["review"])
    notes.delete_note(db, secret)
    assert len(notes.list_notes(db, recommendation_id=kazakhstan["97.17"])) == 1


# --- Vocabularies ------------------------------------------------------------------------------


def test_near_duplicate_terms_are_refused_not_invented(db: Database) -> None:
    with pytest.raises(InvalidValueError, match="already exists"):
        vocabularies.add_term(db, "themes", "Death Penalty")
    with pytest.raises(InvalidValueError, match="close to 'Death penalty'"):
        vocabularies.add_term(db, "themes", "Death penalties")
    added = vocabularies.add_term(db, "themes", "Death penalties", force=True)
    assert added.name == "Death penalties"
    assert vocabularies.add_term(db, "themes", "Digital rights").usage_count == 0


def test_rename_keeps_the_old_name_findable(db: Database, kazakhstan) -> None:
    [term] = [t for t in vocabularies.list_terms(db, "themes") if t.name == "Death penalty"]
    renamed = vocabularies.rename_term(db, term.id, "Capital punishment")
    assert renamed.aliases == ("Death penalty",) and renamed.usage_count == 1
    assert set(rows(db, theme="Death penalty")) == {"97.17"}
    assert rows(db)["97.17"].themes == ("Capital punishment",)


def test_merge_moves_recommendations_and_keeps_names(db: Database, kazakhstan) -> None:
    terms = {t.name: t for t in vocabularies.list_terms(db, "themes")}
    recommendations.set_terms(db, kazakhstan["97.3"], "themes", ["Freedom of the press", "International instruments"])
    merged = vocabularies.merge_terms(db, terms["Freedom of the press"].id, terms["Freedom of opinion and expression"].id)
    assert merged.usage_count == 2
    assert "Freedom of the press" in merged.aliases
    assert set(rows(db, theme="Freedom of the press")) == {"95.2", "97.3"}
    assert "Freedom of the press" not in {t.name for t in vocabularies.list_terms(db, "themes")}
    with pytest.raises(InvalidValueError, match="itself"):
        vocabularies.merge_terms(db, merged.id, merged.id)


def test_sdgs_are_found_by_code(db: Database, kazakhstan) -> None:
    recommendations.set_terms(db, kazakhstan["95.2"], "sdgs", ["16"])
    detail = recommendation_detail.recommendation_detail(db, kazakhstan["95.2"])
    assert detail.sdgs == ("Peace, justice and strong institutions",)


# --- Search ------------------------------------------------------------------------------------


def test_search_finds_every_kind_of_text_regardless_of_case_and_accents(db: Database, kazakhstan) -> None:
    notes.add_note(db, "Rencontre avec le médiateur à propos de la peine de mort", recommendation_id=kazakhstan["97.17"])
    milestones.add_milestone(db, "KAZ", "moratorium", "Moratorium on executions", date="2003-12",
                             recommendation_ids=[kazakhstan["97.17"]])
    assert {h.kind for h in search.search(db, "СВОБОДУ")} == {"recommendation"}
    assert {h.kind for h in search.search(db, "mediateur")} == {"note"}
    assert {h.kind for h in search.search(db, "moratorium")} == {"milestone"}
    assert {h.kind for h in search.search(db, "accepted")} == {"response"}
    hit = search.search(db, "rome statute")[0]
    assert hit.recommendation_ids == (kazakhstan["97.3"],)
    assert [s.text for s in hit.snippet if s.match] == ["Rome", "Statute"]


def test_search_syntax(db: Database, kazakhstan) -> None:
    assert {h.id for h in search.search(db, "ratif*", kinds=["recommendation"])} == {kazakhstan["97.17"], kazakhstan["97.3"]}
    assert {h.id for h in search.search(db, '"death penalty"')} == {kazakhstan["97.17"]}
    assert {h.id for h in search.search(db, "ratify -rome", kinds=["recommendation"])} == {kazakhstan["97.17"]}
    assert {h.id for h in search.search(db, "rome OR свободу")} == {kazakhstan["97.3"], kazakhstan["95.2"]}
    assert search.search(db, 'AND NEAR( "unbalanced') == []  # user text never breaks the query
    with pytest.raises(InvalidValueError, match="no word"):
        search.search(db, '" * -')


def test_search_keeps_in_step_with_edits_and_deletes(db: Database, kazakhstan) -> None:
    note = notes.add_note(db, "Temporary remark about torture", recommendation_id=kazakhstan["97.3"])
    assert len(search.search(db, "torture")) == 1
    notes.edit_note(db, note, body="Remark about prisons")
    assert search.search(db, "torture") == []
    assert len(search.search(db, "prisons")) == 1
    recommendations.delete_recommendation(db, kazakhstan["97.3"])
    assert search.search(db, "prisons") == []  # the note went with its recommendation
    assert search.search(db, "rome", kinds=["recommendation"]) == []


def test_confidential_notes_can_be_left_out_of_search(db: Database, kazakhstan) -> None:
    notes.add_note(db, "Witness statement", recommendation_id=kazakhstan["97.3"], confidential=True)
    assert [h.confidential for h in search.search(db, "witness")] == [True]
    assert search.search(db, "witness", include_confidential=False) == []


def test_table_filter_by_text_uses_the_index(db: Database, kazakhstan) -> None:
    assert set(rows(db, text_query="свобода")) == set()  # another word form is another word
    assert set(rows(db, text_query="свободу")) == {"95.2"}
    assert set(rows(db, text_query="ratify", position="noted")) == {"97.3"}


# --- Audit trail -------------------------------------------------------------------------------


def test_every_change_is_audited_with_who_and_before_after(db: Database, kazakhstan) -> None:
    note = notes.add_note(db, "First version", recommendation_id=kazakhstan["97.3"])
    notes.edit_note(db, note, body="Second version")
    notes.delete_note(db, note)
    with db.read() as session:
        trail = list(session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "note", AuditEntry.record_id == str(note))
            .order_by(AuditEntry.at)))
    assert [e.action for e in trail] == ["create", "update", "delete"]
    assert {e.actor for e in trail} == {db.actor}  # on a server: the user it authenticated
    assert json.loads(trail[0].after)["body"] == "First version"
    assert json.loads(trail[1].before)["body"] == "First version"
    assert json.loads(trail[1].after)["body"] == "Second version"
    assert trail[2].after is None and json.loads(trail[2].before)["body"] == "Second version"


def test_links_between_cycles(db: Database, kazakhstan) -> None:
    later_review = reviews.create_review(db, "KAZ", 2, 20)
    later = recommendations.add_recommendation(db, later_review, "Abolish the death penalty", label="121.5")
    recommendations.link_recommendations(db, kazakhstan["97.17"], later, "recommended again")
    assert recommendations.link_recommendations(db, kazakhstan["97.17"], later) is not None
    detail = recommendation_detail.recommendation_detail(db, later)
    assert [r.label for r in detail.related] == ["97.17"]
    with pytest.raises(InvalidValueError, match="itself"):
        recommendations.link_recommendations(db, later, later)


# --- Export ----------------------------------------------------------------------------------


def test_json_export_has_the_documented_fields(db: Database, kazakhstan, tmp_path: Path) -> None:
    notes.add_note(db, "Open note", recommendation_id=kazakhstan["97.17"])
    notes.add_note(db, "Secret note", recommendation_id=kazakhstan["97.17"], confidential=True)
    milestones.add_milestone(db, "KAZ", "moratorium", "Moratorium on executions", date="2003-12",
                             recommendation_ids=[kazakhstan["97.17"]])
    out = tmp_path / "export.json"
    summary = export_json(db, out, state="KAZ", cycle=1)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert summary.recommendations == 3 and summary.notes == 1
    record = {r["label"]: r for r in data["recommendations"]}["97.17"]
    required = {"state", "cycle", "session", "label", "text", "recommending_states", "position",
                "considered_implemented", "needs_review", "review_reason", "response_text", "position_source",
                "themes", "action_category", "implementation_level"}
    assert required <= set(record)
    assert record["state"] == "KAZ" and record["cycle"] == 1 and record["session"] == 7
    assert record["position"] == "supported"
    assert record["position_source"] == "A/HRC/14/10/Add.1, para. 17"
    assert record["response_text"] == "The recommendation is accepted."
    responses = {r["id"]: r for r in data["responses"]}  # each written once, named by id
    assert [responses[i]["position"] for i in record["responses"]] == ["pending", "supported"]
    assert [m["title"] for m in data["milestones"]] == ["Moratorium on executions"]
    assert [n["body"] for n in data["notes"]] == ["Open note"]
    assert data["includes_confidential_notes"] is False
    export_json(db, out, include_confidential=True)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(n["body"] for n in data["notes"]) == ["Open note", "Secret note"]
    assert data["includes_confidential_notes"] is True


def test_export_scope_and_a_failed_export_leaves_no_partial_file(db: Database, kazakhstan, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    export_json(db, out, cycle=2)
    assert json.loads(out.read_text(encoding="utf-8"))["recommendations"] == []
    out.write_text("previous export")
    with pytest.raises(NotFoundError):
        export_json(db, out, state="Atlantis")
    assert out.read_text() == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_write_that_fails_half_way_changes_nothing(db: Database, kazakhstan) -> None:
    with db.read() as session:
        before = session.execute(text("SELECT count(*) FROM response")).scalar()
    with pytest.raises(NotFoundError):
        responses.record_response(db, [kazakhstan["97.3"], uuid.uuid4()], "supported")
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM response")).scalar() == before


def test_a_deleted_confidential_note_leaves_no_text_behind(db: Database, kazakhstan) -> None:
    secret = notes.add_note(db, "Witness Zhanna said the prison governor threatened her",
                            recommendation_id=kazakhstan["97.3"], confidential=True)
    notes.edit_note(db, secret, body="Witness Zhanna said the governor threatened her again")
    notes.delete_note(db, secret)
    db.close()
    if db.backend.is_file:  # the bytes a seized laptop holds (a server's files are not on it)
        assert b"Zhanna" not in db.path.read_bytes() and b"zhanna" not in db.path.read_bytes()
        wal = Path(f"{db.path}-wal")
        assert not wal.exists() or b"Zhanna" not in wal.read_bytes()
    with Database.open(db.target) as reopened, reopened.read() as session:
        trail = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "note")).all()
    assert len(trail) == 3 and all("Zhanna" not in (e.before or "") + (e.after or "") for e in trail)
